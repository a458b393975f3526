"""SampleDoc → .xlsx with openpyxl: the table from row 1 or under a merged title, numbers as
numbers, percentages as fractions with a percent format, 完成率 as a formula, merged ranges,
the seal pasted as a picture, a second sheet of notes."""
from __future__ import annotations

import io
import random
from pathlib import Path

from openpyxl import Workbook
from openpyxl.drawing.image import Image as XLImage
from openpyxl.styles import Alignment, Border, Font, Side
from openpyxl.utils import get_column_letter

from samples.doc import Grid, PageBreak, Para, SampleDoc
from samples.render.package import set_custom_properties
from samples.seal import seal_image

THIN = Side(style="thin")
BOX = Border(left=THIN, right=THIN, top=THIN, bottom=THIN)


def _write_blocks(ws, blocks, width: int, doc: SampleDoc | None, rng: random.Random,
                  use_formulas: bool) -> bool:
    """Write blocks from row 1 down; True when a formula was written."""
    row = 1
    wrote_formula = False
    if doc is not None and doc.textbox:
        ws.cell(row=row, column=max(1, width - 1), value=doc.textbox.replace("\n", " "))
        row += 1
    for i, b in enumerate(blocks):
        if isinstance(b, PageBreak):
            continue
        if isinstance(b, Para):
            if not b.text.strip() and not (doc and i == doc.seal_anchor):
                continue
            c = ws.cell(row=row, column=1, value=b.text)
            if b.style in ("title", "subtitle"):
                c.font = Font(name="宋体", size=16 if b.style == "title" else 12, bold=b.style == "title")
                c.alignment = Alignment(horizontal="center", vertical="center")
                ws.row_dimensions[row].height = 30
            elif b.style == "signature":
                c.alignment = Alignment(horizontal="right")
            if width > 1:
                ws.merge_cells(start_row=row, start_column=1, end_row=row, end_column=width)
            if doc and i == doc.seal_anchor and doc.seal_name:
                buf = io.BytesIO()
                seal_image(doc.seal_name, rng, 160).save(buf, "PNG")
                buf.seek(0)
                img = XLImage(buf)
                ws.add_image(img, f"{get_column_letter(max(1, width - 2))}{max(1, row - 2)}")
            row += 1
            continue
        top = row
        for r, cells in enumerate(b.rows):
            for c, text in enumerate(cells):
                cell = ws.cell(row=top + r, column=c + 1)
                cell.border = BOX
                cell.alignment = Alignment(wrap_text=True, vertical="center",
                                           horizontal="center" if r < b.header_rows else None)
                key = (r, c)
                if use_formulas and key in b.formulas:
                    kind, a, z = b.formulas[key]
                    if kind == "ratio":  # a: numerator column, z: denominator column
                        cell.value = f"={get_column_letter(a + 1)}{top + r}/{get_column_letter(z + 1)}{top + r}"
                        cell.number_format = "0.0%"
                    else:  # "sum" of this column from row a to row z
                        col = get_column_letter(c + 1)
                        cell.value = f"=SUM({col}{top + a}:{col}{top + z})"
                    wrote_formula = True
                elif key in b.numbers and key not in b.formulas:
                    v = b.numbers[key]
                    cell.value = int(v) if float(v).is_integer() else v
                    if key in b.percent_format:
                        cell.number_format = "0.0%"
                    elif isinstance(cell.value, int) and "," in text:
                        cell.number_format = "#,##0"
                else:
                    cell.value = text if text != "" else None
                if r < b.header_rows:
                    cell.font = Font(bold=True)
        for r0, c0, r1, c1 in b.merges:
            ws.merge_cells(start_row=top + r0, start_column=c0 + 1, end_row=top + r1, end_column=c1 + 1)
        row = top + len(b.rows) + 1
    return wrote_formula


def render(doc: SampleDoc, path: Path, rng: random.Random, *, properties: dict | None = None,
           use_formulas: bool = False) -> bool:
    """Write the workbook; True when it holds formulas (their values need a recalculation)."""
    wb = Workbook()
    ws = wb.active
    ws.title = doc.sheet_name
    grids = [b for b in doc.blocks if isinstance(b, Grid)]
    width = max([len(g.rows[0]) for g in grids] + [6])
    for c in range(1, width + 1):
        ws.column_dimensions[get_column_letter(c)].width = 14
    for g in grids[:1]:
        for c, w in enumerate(g.widths or []):
            ws.column_dimensions[get_column_letter(c + 1)].width = 8 + 6 * w
    if doc.header:
        ws.oddHeader.left.text = doc.header
    has_formula = _write_blocks(ws, doc.blocks, width, doc, rng, use_formulas)
    for name, blocks in doc.extra_sheets:
        extra = wb.create_sheet(name)
        extra.column_dimensions["A"].width = 80
        _write_blocks(extra, blocks, 1, None, rng, False)
    for k, (name, blocks) in enumerate(doc.earlier_sheets):
        old = wb.create_sheet(name, k)
        for c in range(1, width + 1):
            old.column_dimensions[get_column_letter(c)].width = 14
        _write_blocks(old, blocks, width, None, rng, False)
    wb.active = wb.sheetnames.index(ws.title)
    wb.save(str(path))
    if properties:
        set_custom_properties(path, properties)
    return has_formula
