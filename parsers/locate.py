"""Find where evidence snippets stand in a PDF (Word/Excel returns converted by LibreOffice).

Flow formats have no positions (``bbox=None``); the review page shows them through a PDF
made by LibreOffice. ``locate_snippets`` finds each value's evidence text (a cell's text or
a sentence) on that PDF so the reviewer sees the highlight.

Matching is on a normalised character stream: NFKC (full-width digits and punctuation fold
to their ASCII forms) and all whitespace dropped, so line wraps inside a table cell and
spaces the PDF adds or loses do not matter. Each normalised character keeps the box of the
PDF character it came from; a match's box is the union of its characters' boxes (a snippet
wrapped over several lines of a cell gets the box around those lines).

Boxes follow parsers/model.py: ``(x0, top, x1, bottom)`` in PDF points, top-left origin.
"""
from __future__ import annotations

import re
import unicodedata
from difflib import SequenceMatcher
from dataclasses import dataclass
from pathlib import Path
from typing import Optional, Union

from parsers.errors import ParseError
from parsers.model import BBox

#: a long sentence not found whole is matched on a part around its figure of at least this
#: many normalised characters (short parts would match too much by chance)
MIN_PART = 6
#: the part around the figure starts this wide on each side and shrinks to MIN_PART
PART_SIDE = 12

_NUM = re.compile(r"\d+(?:\.\d+)?")


@dataclass
class _Stream:
    """A page's text as one normalised string, each character with its PDF box."""

    page: int
    text: str
    boxes: list[BBox]
    #: the page's words (normalised text, box), shared by both orders of a page
    words: tuple = ()


def normalise(text: str) -> str:
    """NFKC, whitespace dropped: the form both the PDF text and the snippets are compared in."""
    return "".join(ch for ch in unicodedata.normalize("NFKC", text) if not ch.isspace())


def chars_to_stream(page_no: int, chars: list[dict]) -> _Stream:
    """pdfplumber chars (in the order given) → one normalised stream with a box per char."""
    text: list[str] = []
    boxes: list[BBox] = []
    for c in chars:
        norm = normalise(c.get("text", ""))
        box = (float(c["x0"]), float(c["top"]), float(c["x1"]), float(c["bottom"]))
        for ch in norm:
            text.append(ch)
            boxes.append(box)
    return _Stream(page_no, "".join(text), boxes)


def union(boxes: list[BBox]) -> BBox:
    return (min(b[0] for b in boxes), min(b[1] for b in boxes),
            max(b[2] for b in boxes), max(b[3] for b in boxes))


def _reading_order(chars: list[dict]) -> list[dict]:
    """Chars sorted into lines top to bottom, left to right within a line."""
    lines: list[list[dict]] = []
    for c in sorted(chars, key=lambda c: (c["top"], c["x0"])):
        if lines and abs(lines[-1][0]["top"] - c["top"]) <= 0.5 * (c["bottom"] - c["top"]):
            lines[-1].append(c)
        else:
            lines.append([c])
    return [c for line in lines for c in sorted(line, key=lambda c: c["x0"])]


def pdf_streams(pdf_path: Union[str, Path]) -> list[list[_Stream]]:
    """Per page, its text in two orders: the content-stream order (LibreOffice writes a table
    cell by cell, so a wrapped cell is contiguous) and the visual line order."""
    import pdfplumber

    out: list[list[_Stream]] = []
    try:
        with pdfplumber.open(str(pdf_path)) as pdf:
            for n, page in enumerate(pdf.pages, start=1):
                chars = list(page.chars)
                words = tuple((normalise(w["text"]), (w["x0"], w["top"], w["x1"], w["bottom"]))
                              for w in page.extract_words(x_tolerance=1.5))
                orders = [chars_to_stream(n, chars), chars_to_stream(n, _reading_order(chars))]
                for o in orders:
                    o.words = words
                out.append(orders)
    except Exception as e:  # pdfminer raises many kinds on a damaged file
        raise ParseError("转换后的页面无法读取，无法标出原文位置") from e
    return out


def _find_all(streams: list[list[_Stream]], needle: str) -> list[tuple[_Stream, BBox]]:
    """Every occurrence of ``needle`` as (stream, box), in page order, per page from the first
    order that has it."""
    hits: list[tuple[_Stream, BBox]] = []
    for orders in streams:
        for s in orders:
            found = [m.start() for m in re.finditer(re.escape(needle), s.text)]
            if found:
                hits.extend((s, union(s.boxes[i:i + len(needle)])) for i in found)
                break
    return hits


def _inside(box: BBox, outer: BBox, slack: float = 1.0) -> bool:
    return (box[0] >= outer[0] - slack and box[1] >= outer[1] - slack
            and box[2] <= outer[2] + slack and box[3] <= outer[3] + slack)


def whole_words(hits: list[tuple[_Stream, BBox]], needle: str) -> list[tuple[_Stream, BBox]]:
    """The hits that are a whole word on their page (a cell reading just ``85``, not the 85
    inside 2085 or 85% or a date): when there are any, only they count."""
    whole = [h for h in hits if any(w == needle and _inside(h[1], b) for w, b in h[0].words)]
    return whole or hits


def surroundings(stream: _Stream, box: BBox) -> tuple[str, str]:
    """(row, column): the words left of a hit on its line, and above it in its column — the
    row label and column header of a table cell, the start of a paragraph line."""
    row = [(b[0], w) for w, b in stream.words
           if b[2] <= box[0] + 1 and b[1] < box[3] and b[3] > box[1]]
    col = [(b[1], w) for w, b in stream.words
           if b[3] <= box[1] + 1 and b[0] < box[2] and b[2] > box[0]]
    return "".join(w for _, w in sorted(row)), "".join(w for _, w in sorted(col))


def _shared(a: str, b: str) -> int:
    """Length of the longest run of characters ``a`` and ``b`` share (runs under 2 are chance)."""
    n = SequenceMatcher(None, a, b, autojunk=False).find_longest_match(0, len(a), 0, len(b)).size
    return n if n >= 2 else 0


def context_score(context: str, stream: _Stream, box: BBox) -> int:
    """How much of ``context`` stands beside the hit: its longest run shared with the row
    label plus that shared with the column header."""
    row, col = surroundings(stream, box)
    return _shared(context, row) + _shared(context, col)


def figure_parts(norm: str) -> list[str]:
    """Parts of a normalised sentence around its figures, widest first (all ≥ MIN_PART)."""
    parts: list[str] = []
    for m in _NUM.finditer(norm):
        for side in range(PART_SIDE, -1, -2):
            part = norm[max(0, m.start() - side):m.end() + side]
            if len(part) >= MIN_PART and part not in parts:
                parts.append(part)
    return parts


def _choose(hits: list[tuple[_Stream, BBox]], needle: str, context: str,
            near: Optional[tuple[int, BBox]]) -> tuple[int, BBox]:
    """Of several occurrences: whole words first; then the ones with the most of ``context``
    beside them (row label, column header); then the first at or after the previous match
    (reading order); else the first."""
    hits = whole_words(hits, needle)
    if len(hits) > 1 and context:
        scores = [context_score(context, s, b) for s, b in hits]
        best = max(scores)
        if best > 0:
            hits = [h for h, sc in zip(hits, scores) if sc == best]
    if near is not None and len(hits) > 1:
        page, box = near
        after = [h for h in hits if (h[0].page, h[1][1]) >= (page, box[1] - 1)]
        hits = after or hits
    return hits[0][0].page, hits[0][1]


def locate(pdf_path: Union[str, Path],
           queries: list[tuple[str, str]]) -> list[Optional[tuple[int, BBox]]]:
    """For each ``(snippet, context)``, ``(page, bbox)`` where the snippet stands in the PDF
    (page 1-based, bbox in points, top-left origin), or None when it is not there.

    ``context`` (may be "") is text expected beside the snippet, e.g. the indicator's name:
    it decides between several occurrences of a short snippet such as a bare figure, by the
    row label and column header around each. Whitespace and full/half width do not matter.
    A snippet not found whole is looked for on the parts around its figures (widest first),
    so a long sentence the PDF renders with other punctuation is still found by its figure
    and nearby words. Among occurrences equally fitting the context, the one at or after
    the previous query's match is taken (queries come in reading order), else the first:
    such a box can be wrong, and only context tells a bare figure's cell for sure.
    """
    streams = pdf_streams(pdf_path)
    out: list[Optional[tuple[int, BBox]]] = []
    near: Optional[tuple[int, BBox]] = None
    for snippet, context in queries:
        norm = normalise(snippet)
        found: Optional[tuple[int, BBox]] = None
        if norm:
            for needle in [norm] + figure_parts(norm):
                hits = _find_all(streams, needle)
                if hits:
                    found = _choose(hits, needle, normalise(context), near)
                    break
        out.append(found)
        if found is not None:
            near = found
    return out


def locate_snippets(pdf_path: Union[str, Path],
                    snippets: list[str]) -> dict[str, Optional[tuple[int, BBox]]]:
    """``locate`` without context, by snippet (a repeated snippet is looked up once)."""
    unique = list(dict.fromkeys(snippets))
    return dict(zip(unique, locate(pdf_path, [(t, "") for t in unique])))
