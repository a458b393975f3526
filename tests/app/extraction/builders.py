"""Small helpers to build ``Document``s by hand, as a parser would emit them."""
from __future__ import annotations

from typing import Optional, Sequence

from parsers.model import Cell, Document, Seal, Table, TextBlock


def table(rows: Sequence[Sequence[str]], merges: Sequence[tuple[int, int, int, int]] = (),
          page: int = 1, confidence: float = 1.0, from_ocr: bool = False) -> Table:
    """``rows`` as written on a grid; ``merges``: (row, col, row_span, col_span) — the
    text of a merged cell is the one at its top-left slot."""
    spans = {(r, c): (rs, cs) for r, c, rs, cs in merges}
    covered = {(i, j) for r, c, rs, cs in merges for i in range(r, r + rs)
               for j in range(c, c + cs)} - set(spans)
    cells = []
    for r, row in enumerate(rows):
        for c, text in enumerate(row):
            if (r, c) in covered:
                continue
            rs, cs = spans.get((r, c), (1, 1))
            cells.append(Cell(text, r, c, rs, cs, confidence=confidence, from_ocr=from_ocr))
    return Table(cells, len(rows), max(len(r) for r in rows), page=page)


def doc(*items, kind: str = "docx", seals: Sequence[str] = (), stamped: Optional[bool] = None,
        properties: Optional[dict] = None, warnings: Sequence[str] = ()) -> Document:
    out = []
    for it in items:
        out.append(TextBlock(it) if isinstance(it, str) else it)
    return Document(kind=kind, items=out, stamped=stamped,
                    seals=[Seal(page=1, text=s, confidence=0.8) for s in seals],
                    properties=dict(properties or {}), warnings=list(warnings))


def block(text: str, role: str = "body", page: int = 1, confidence: float = 1.0,
          bbox=None, from_ocr: bool = False) -> TextBlock:
    return TextBlock(text, page=page, role=role, confidence=confidence, bbox=bbox,
                     from_ocr=from_ocr)
