"""Tables put into the shape the readers expect, before anything is read.

- **Stacked tables.** A sheet or a Word table often holds two tables one under the other,
  apart by an empty row, each with its own header (指标 | 应检人数 | 已检人数 | 率, then
  其他指标 | 累计完成). Read as one, the second header is taken for the table's, and the
  first table's rows are read under the wrong columns. They are split at the empty row.
- **Projects as columns.** A narrative table with one column per project and the
  进展情况 / 存在问题 / 下步打算 labels down the first column is turned so that each project
  is a row, as in every other 进展情况表.

Both return new ``Table`` objects and leave the document model as parsed untouched.
"""
from __future__ import annotations

from dataclasses import replace

from app.extraction.numbers import squash
from app.extraction.tables import _is_header_cell, _is_numeric_cell, _row_cells, classify_header
from parsers.model import Cell, Document, Table

_NARRATIVE_ROLES = ("progress", "problems", "plans", "problems_plans")


def _blank(grid, r: int) -> bool:
    return all(c is None or not c.text.strip() for c in grid[r])


def _crosses(table: Table, r: int) -> bool:
    """A merged cell runs over the line between rows r-1 and r."""
    return any(c.row < r < c.row + c.row_span for c in table.cells)


def _header_like(grid, r: int) -> bool:
    """A row of column headings: mostly header words, or words over a row of figures."""
    cells = [c for c in _row_cells(grid, r) if c.row == r and c.text.strip()]
    if len(cells) < 2 or any(_is_numeric_cell(c.text) for c in cells):
        return False
    hits = sum(1 for c in cells if _is_header_cell(c.text))
    if hits >= 2 and hits >= 0.6 * len(cells):
        return True
    if r + 1 >= len(grid):
        return False
    below = [c for c in _row_cells(grid, r + 1) if c.row == r + 1 and c.text.strip()]
    return len(below) >= 2 and sum(_is_numeric_cell(c.text) for c in below) >= 0.5 * len(below) \
        and hits >= 1


def _slice(table: Table, start: int, end: int) -> Table:
    cells = [replace(c, row=c.row - start, row_span=min(c.row_span, end - c.row))
             for c in table.cells if start <= c.row < end]
    return replace(table, cells=cells, n_rows=end - start)


def split_stacked(table: Table) -> list[Table]:
    """The table cut at each empty row that is followed by a header row of its own."""
    grid = table.grid()
    cuts = [0]
    for r in range(2, table.n_rows - 1):
        if not _blank(grid, r - 1) or _blank(grid, r) or _crosses(table, r) or _crosses(table, r - 1):
            continue
        above = [k for k in range(cuts[-1], r - 1) if not _blank(grid, k)]
        # (the second table may open with its caption: 附：已开通线路明细, then its header)
        captioned = len({id(c) for c in _row_cells(grid, r) if c.text.strip()}) == 1 and \
            r + 1 < table.n_rows - 1 and not _crosses(table, r + 1) and _header_like(grid, r + 1)
        if len(above) >= 2 and (_header_like(grid, r) or captioned):
            cuts.append(r)
    if len(cuts) == 1:
        return [table]
    bounds = list(zip(cuts, cuts[1:] + [table.n_rows]))
    return [_slice(table, a, b) for a, b in bounds]


def _transpose(table: Table) -> Table:
    """Rows become columns. The empty corner cell, now the head of the column of project
    names, is headed 项目 so the column is read as what it is."""
    cells = [replace(c, row=c.col, col=c.row, row_span=c.col_span, col_span=c.row_span)
             for c in table.cells if not (c.row == 0 and c.col == 0 and not c.text.strip())]
    if not any(c.row == 0 and c.col == 0 for c in cells):
        cells.append(Cell("项目", 0, 0, page=table.cells[0].page if table.cells else None))
    return replace(table, cells=cells, n_rows=table.n_cols, n_cols=table.n_rows)


def projects_as_columns(table: Table) -> bool:
    """进展情况/存在问题/下步打算 down the first column, one named item per column above."""
    if table.n_cols < 3 or table.n_rows < 3:
        return False
    grid = table.grid()
    labels = [classify_header(grid[r][0].text) for r in range(1, table.n_rows)
              if grid[r][0] is not None and grid[r][0].col_span == 1 and grid[r][0].text.strip()]
    if sum(1 for v in labels if v in _NARRATIVE_ROLES) < 2:
        return False
    heads = list({id(h): h for k in range(1, table.n_cols) if (h := grid[0][k]) is not None}.values())
    names = [c for c in heads if c.text.strip() and not _is_numeric_cell(c.text)]
    if len(names) < 2:
        return False
    # the row of names must not itself be headings (项目 | 进展情况 | 存在问题 …)
    headings = sum(1 for c in names if len(squash(c.text)) <= 8 and (
        _is_header_cell(c.text) or classify_header(c.text) in _NARRATIVE_ROLES))
    return headings < len(names) / 2


def reshape_tables(doc: Document) -> Document:
    """The document with stacked tables split and project-column tables turned."""
    items = []
    changed = False
    for it in doc.items:
        if not isinstance(it, Table):
            items.append(it)
            continue
        for part in split_stacked(it):
            if projects_as_columns(part):
                part = _transpose(part)
            changed |= part is not it
            items.append(part)
    return replace(doc, items=items) if changed else doc

