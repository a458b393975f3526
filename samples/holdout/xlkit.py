"""openpyxl helpers for a return typed into Excel: title row across the table, a
填报单位/填报人/联系电话 row, bordered table with wrapped text, a note row."""
from __future__ import annotations

from typing import Optional, Sequence

from openpyxl import Workbook
from openpyxl.styles import Alignment, Border, Font, Side
from openpyxl.utils import get_column_letter

THIN = Side(style="thin")
BOX = Border(left=THIN, right=THIN, top=THIN, bottom=THIN)


class Sheet:
    def __init__(self, wb: Optional[Workbook] = None, title: str = "Sheet1"):
        self.wb = wb or Workbook()
        if wb is None:
            self.ws = self.wb.active
            self.ws.title = title
        else:
            self.ws = self.wb.create_sheet(title)
        self.row = 1

    def line(self, text: str, n_cols: int, *, size: int = 11, bold: bool = False,
             align: str = "left", height: Optional[float] = None) -> None:
        """One text line merged across the table's width (title, 填报单位 row, note)."""
        ws = self.ws
        ws.cell(self.row, 1, text).font = Font(name="宋体", size=size, bold=bold)
        ws.cell(self.row, 1).alignment = Alignment(horizontal=align, vertical="center", wrap_text=True)
        if n_cols > 1:
            ws.merge_cells(start_row=self.row, start_column=1, end_row=self.row, end_column=n_cols)
        if height:
            ws.row_dimensions[self.row].height = height
        self.row += 1

    def cells(self, values: Sequence[object], *, size: int = 11) -> None:
        """A row of separate unbordered cells (e.g. 填报单位：… in A, 填报人：… in D)."""
        for k, v in enumerate(values, 1):
            if v not in (None, ""):
                self.ws.cell(self.row, k, v).font = Font(name="宋体", size=size)
        self.row += 1

    def table(self, rows: list[list[object]], *, merges: Sequence[tuple[int, int, int, int]] = (),
              widths: Sequence[float] = (), header_rows: int = 1,
              number_formats: Optional[dict[tuple[int, int], str]] = None) -> int:
        """Bordered table starting at the current row; merges are (r0, c0, r1, c1) inclusive
        and 0-based within the table; ``number_formats`` maps (row, col) of a cell to its Excel
        number format. Returns the sheet row of the table's first row."""
        ws, top = self.ws, self.row
        n_cols = max(len(r) for r in rows)
        for r, row in enumerate(rows):
            for c in range(n_cols):
                v = row[c] if c < len(row) else None
                cell = ws.cell(top + r, c + 1, v if v != "" else None)
                cell.border = BOX
                cell.alignment = Alignment(wrap_text=True, vertical="center",
                                           horizontal="center" if r < header_rows or not isinstance(v, str) or len(v) < 8 else "left")
                cell.font = Font(name="黑体" if r < header_rows else "宋体", size=11 if r < header_rows else 10)
                if number_formats and (r, c) in number_formats:
                    cell.number_format = number_formats[(r, c)]
        for r0, c0, r1, c1 in merges:
            ws.merge_cells(start_row=top + r0, start_column=c0 + 1, end_row=top + r1, end_column=c1 + 1)
        for k, w in enumerate(widths, 1):
            ws.column_dimensions[get_column_letter(k)].width = w
        self.row += len(rows)
        return top

    def skip(self, n: int = 1) -> None:
        self.row += n

    def save(self, path) -> None:
        self.ws.page_setup.orientation = "landscape"
        self.ws.page_setup.paperSize = self.ws.PAPERSIZE_A4
        self.wb.save(str(path))
