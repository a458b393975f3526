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
                out.append([chars_to_stream(n, chars),
                            chars_to_stream(n, _reading_order(chars))])
    except Exception as e:  # pdfminer raises many kinds on a damaged file
        raise ParseError("转换后的页面无法读取，无法标出原文位置") from e
    return out


def _find_all(streams: list[list[_Stream]], needle: str) -> list[tuple[int, BBox]]:
    """Every occurrence of ``needle`` as (page, box), in page order, first order that has it."""
    hits: list[tuple[int, BBox]] = []
    for orders in streams:
        for s in orders:
            found = [m.start() for m in re.finditer(re.escape(needle), s.text)]
            if found:
                hits.extend((s.page, union(s.boxes[i:i + len(needle)])) for i in found)
                break
    return hits


def figure_parts(norm: str) -> list[str]:
    """Parts of a normalised sentence around its figures, widest first (all ≥ MIN_PART)."""
    parts: list[str] = []
    for m in _NUM.finditer(norm):
        for side in range(PART_SIDE, -1, -2):
            part = norm[max(0, m.start() - side):m.end() + side]
            if len(part) >= MIN_PART and part not in parts:
                parts.append(part)
    return parts


def _choose(hits: list[tuple[int, BBox]], near: Optional[tuple[int, BBox]]) -> tuple[int, BBox]:
    """Of several occurrences, the first at or after the previous match (reading order);
    without one, the first."""
    if near is None or len(hits) == 1:
        return hits[0]
    page, box = near
    after = [h for h in hits if (h[0], h[1][1]) >= (page, box[1] - 1)]
    return (after or hits)[0]


def locate_snippets(pdf_path: Union[str, Path],
                    snippets: list[str]) -> dict[str, Optional[tuple[int, BBox]]]:
    """For each snippet, ``(page, bbox)`` where it stands in the PDF (page 1-based, bbox in
    points, top-left origin), or None when it is not there.

    Whitespace and full/half width do not matter. A snippet not found whole is looked for on
    the parts around its figures (widest first), so a long sentence the PDF renders with a
    footnote mark or different punctuation is still found by its figure and nearby words.
    When a snippet occurs several times, the occurrence at or after the previous snippet's
    match (the snippets' list order) is taken, else the first: evidence is listed in reading
    order, so equal cells (two rows with 100%) resolve to the one further down.
    """
    streams = pdf_streams(pdf_path)
    out: dict[str, Optional[tuple[int, BBox]]] = {}
    near: Optional[tuple[int, BBox]] = None
    for snippet in snippets:
        if snippet in out:
            continue
        norm = normalise(snippet)
        found: Optional[tuple[int, BBox]] = None
        if norm:
            for needle in [norm] + figure_parts(norm):
                hits = _find_all(streams, needle)
                if hits:
                    found = _choose(hits, near)
                    break
        out[snippet] = found
        if found is not None:
            near = found
    return out
