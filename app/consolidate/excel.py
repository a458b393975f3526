"""openpyxl helpers shared by the consolidated table and the blank forms: a grid of texts with
merges written in one go, rows sized so wrapped text shows in full, A4 landscape print setup
with repeated header rows, page numbers and page breaks that keep a block of rows together."""
from __future__ import annotations

from typing import Iterable, Sequence

from openpyxl.styles import Alignment, Border, Font, Side
from openpyxl.utils import get_column_letter
from openpyxl.worksheet.pagebreak import Break
from openpyxl.worksheet.worksheet import Worksheet

from app.consolidate.layout import GridCell
from app.consolidate.style import (BODY_FONT, BODY_SIZE, lines_height, wrapped_lines)

GB2312_CHARSET = 134  # tells Excel the font is a Chinese one
THIN = Side(style="thin", color="000000")
BORDER = Border(left=THIN, right=THIN, top=THIN, bottom=THIN)
UNREVIEWED_COLOR = "C00000"
#: A4 landscape in points and the margins set below (inches → points)
PAGE_HEIGHT_PT = 595.0
PAGE_WIDTH_PT = 842.0
MARGIN_LR_IN, MARGIN_TB_IN, MARGIN_HF_IN = 0.4, 0.6, 0.3


def font(name: str = BODY_FONT, size: float = BODY_SIZE, bold: bool = False,
         color: str | None = None) -> Font:
    return Font(name=name, size=size, bold=bold, color=color, charset=GB2312_CHARSET)


def set_widths(ws: Worksheet, widths: Sequence[float], first_col: int = 1) -> None:
    for i, w in enumerate(widths):
        ws.column_dimensions[get_column_letter(first_col + i)].width = w


def write_grid(ws: Worksheet, cells: Iterable[GridCell], first_row: int, n_rows: int,
               widths: Sequence[float], *, name: str = BODY_FONT, size: float = BODY_SIZE,
               bold: bool = False, min_height: float = 0.0) -> list[float]:
    """Write ``cells`` (0-based rows from ``first_row``, columns from A) with borders, wrapping
    and merges; size the rows so every text fits; return the row heights set."""
    cells = list(cells)
    n_cols = len(widths)
    heights = [max(min_height, lines_height(1, size))] * n_rows
    for c in cells:
        row, col = first_row + c.row, 1 + c.col
        cell = ws.cell(row=row, column=col, value=c.text)
        cell.font = font(name, size, bold, UNREVIEWED_COLOR if c.unreviewed else None)
        cell.alignment = Alignment(horizontal=c.align, vertical="center", wrap_text=True)
        if c.row_span > 1 or c.col_span > 1:
            ws.merge_cells(start_row=row, start_column=col,
                           end_row=row + c.row_span - 1, end_column=col + c.col_span - 1)
    # borders on every slot, merged ones included, so the printed grid is closed
    for r in range(first_row, first_row + n_rows):
        for k in range(1, n_cols + 1):
            ws.cell(row=r, column=k).border = BORDER
    # single-row cells first, then spread what merged cells still need over their rows
    for c in sorted(cells, key=lambda c: c.row_span):
        width = sum(widths[c.col:c.col + c.col_span])
        need = lines_height(wrapped_lines(c.text, width, size), size)
        have = sum(heights[c.row:c.row + c.row_span])
        if need > have:
            extra = (need - have) / c.row_span
            for r in range(c.row, c.row + c.row_span):
                heights[r] += extra
    for i, h in enumerate(heights):
        ws.row_dimensions[first_row + i].height = round(h, 1)
    return heights


def setup_print(ws: Worksheet, *, title_rows: str | None, widths: Sequence[float],
                footer: str = "第 &P 页，共 &N 页") -> float:
    """A4 landscape, horizontally centred, fit to one page wide, header rows repeated on
    every page, page numbers in the footer. Returns the scale the width fit implies (≤ 1)."""
    ws.page_setup.orientation = ws.ORIENTATION_LANDSCAPE
    ws.page_setup.paperSize = ws.PAPERSIZE_A4
    ws.sheet_properties.pageSetUpPr.fitToPage = True
    ws.page_setup.fitToWidth = 1
    ws.page_setup.fitToHeight = 0
    ws.page_margins.left = ws.page_margins.right = MARGIN_LR_IN
    ws.page_margins.top = ws.page_margins.bottom = MARGIN_TB_IN
    ws.page_margins.header = ws.page_margins.footer = MARGIN_HF_IN
    ws.print_options.horizontalCentered = True
    if title_rows:
        ws.print_title_rows = title_rows
    ws.oddFooter.center.text = footer
    ws.oddFooter.center.font = f"{BODY_FONT},Regular"
    ws.oddFooter.center.size = 10
    width_px = sum(int(w * 7 + 5) for w in widths)
    printable_px = (PAGE_WIDTH_PT - 2 * MARGIN_LR_IN * 72) * 96 / 72
    return min(1.0, printable_px / width_px)


def page_capacity_pt(scale: float, top_in: float = MARGIN_TB_IN) -> float:
    """Height of sheet rows (in points at 100%) that fit on one printed page between the top
    and bottom margins (header and footer sit inside the margins)."""
    usable = PAGE_HEIGHT_PT - (top_in + MARGIN_TB_IN) * 72 - 6
    return usable / scale


def keep_blocks_together(ws: Worksheet, blocks: Sequence[tuple[int, Sequence[float]]], *,
                         first_page_used: float, repeated_header: float, capacity: float,
                         keep_margin: float = 0.95) -> list[int]:
    """Insert manual page breaks so that a block of rows (first sheet row, row heights) that
    would straddle a page starts on a new one. A block taller than a page is left to run over;
    the renderer then breaks it between rows, which is followed here row by row so the next
    block's decision starts from the right place. Returns the rows after which a break was put."""
    used = first_page_used
    breaks: list[int] = []
    for first_row, heights in blocks:
        total = sum(heights)
        if used + total > capacity * keep_margin and used > repeated_header + 1:
            ws.row_breaks.append(Break(id=first_row - 1))
            breaks.append(first_row - 1)
            used = repeated_header
        for h in heights:  # the renderer's own breaks inside a block taller than a page
            if used + h > capacity and used > repeated_header + 1:
                used = repeated_header
            used += h
    return breaks
