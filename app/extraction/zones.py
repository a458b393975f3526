"""Where a piece of text stands in a return: the title area at the top, page furniture
(header, footer, text boxes), the signature area at the end, or the body. Department and
quarter are read from the trusted zones first; the body only as a fallback."""
from __future__ import annotations

from dataclasses import dataclass, field

from parsers.model import Document, Table, TextBlock

#: how many non-empty leading blocks count as the title area
TITLE_BLOCKS = 6
TAIL_BLOCKS = 8
#: a title-area line is short; a long paragraph means the body has begun
TITLE_MAX_CHARS = 60


@dataclass
class Zones:
    title: list[str] = field(default_factory=list)      # leading blocks, top full-width rows
    furniture: list[str] = field(default_factory=list)  # header / footer / text box / caption
    tail: list[str] = field(default_factory=list)       # signature area: trailing blocks, rows
    body: list[str] = field(default_factory=list)       # everything else
    table_headers: list[str] = field(default_factory=list)


def _full_width_rows(table: Table) -> tuple[list[int], list[str]]:
    """Rows made of one cell spanning (nearly) the whole table: titles and footers inside a
    spreadsheet or a Word table."""
    rows, texts = [], []
    grid = table.grid()
    for r, row in enumerate(grid):
        distinct = {id(c): c for c in row if c is not None and c.text.strip()}
        if len(distinct) == 1:
            c = next(iter(distinct.values()))
            if c.col_span >= max(2, table.n_cols - 1) or table.n_cols == 1:
                rows.append(r)
                texts.append(c.text)
        elif 1 <= len(distinct) <= 6 and sum(":" in c.text or "：" in c.text
                                             for c in distinct.values()) >= len(distinct) / 2:
            # 填报单位：…  填报时间：… spread over a few cells
            rows.append(r)
            texts.append("  ".join(c.text for c in distinct.values()))
    return rows, texts


def document_zones(doc: Document) -> Zones:
    z = Zones()
    items = doc.items
    first_table = next((i for i, it in enumerate(items) if isinstance(it, Table)), len(items))
    last_table = max((i for i, it in enumerate(items) if isinstance(it, Table)), default=-1)
    n_lead = 0
    title_open = True
    trailing = [i for i, it in enumerate(items)
                if isinstance(it, TextBlock) and it.text.strip() and i > last_table
                and it.role in ("body", "title")]
    tail_set = set(trailing[-TAIL_BLOCKS:]) if last_table >= 0 else set(trailing[-4:])
    for i, it in enumerate(items):
        if isinstance(it, TextBlock):
            text = it.text.strip()
            if not text:
                continue
            if it.role in ("header", "footer", "textbox", "caption", "seal"):
                z.furniture.append(text)
            elif it.role == "title" or (i < first_table and n_lead < TITLE_BLOCKS and title_open
                                        and len(text) <= TITLE_MAX_CHARS):
                z.title.append(text)
                n_lead += 1
            else:
                if len(text) > TITLE_MAX_CHARS:
                    title_open = False  # the body has begun (even in a short letter's last lines)
                if i in tail_set:
                    z.tail.append(text)
                else:
                    z.body.append(text)
        else:
            rows, texts = _full_width_rows(it)
            half = it.n_rows / 2
            for r, t in zip(rows, texts):
                if r < half and r < 4:
                    z.title.append(t)
                elif r >= half and r >= it.n_rows - 4:
                    z.tail.append(t)
    return z
