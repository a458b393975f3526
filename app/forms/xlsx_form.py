"""The blank return form as Excel: the same grid as the Word form, A4 landscape, the mark as
custom property ``wcr_mark`` and its QR code as a header picture (``&G``), so it prints on
every page. openpyxl writes no header pictures; ``add_header_picture`` adds the VML part
Excel itself uses for them."""
from __future__ import annotations

import io
import re
import zipfile

from openpyxl import Workbook
from openpyxl.drawing.image import Image as SheetImage
from openpyxl.packaging.custom import StringProperty
from openpyxl.styles import Alignment

from app.consolidate.excel import (font, keep_blocks_together, page_capacity_pt, set_widths,
                                   setup_print, write_grid)
from app.consolidate.layout import GridCell
from app.consolidate.style import (BODY_SIZE, HEADER_FONT, SMALL_SIZE, TITLE_FONT, TITLE_SIZE,
                                   lines_height, wrapped_lines)
from app.forms.layout import HEADERS, WIDTHS, FormContent
from app.forms.mark import MARK_PROPERTY, qr_png

SHEET = "进展情况表"
HEADER_ROW = 4
QR_PT = 54
ROW_MIN_PT = 32  # room to write by hand
QR_COL_WIDTH = 11
QR_PX = 72
TOP_MARGIN_IN = 1.15


def build_form_xlsx(form: FormContent) -> bytes:
    wb = Workbook()
    ws = wb.active
    ws.title = SHEET
    n_cols = len(HEADERS)
    set_widths(ws, WIDTHS)
    lines = [(form.title, TITLE_FONT, TITLE_SIZE, "center"),
             (form.subtitle, None, BODY_SIZE + 1, "center"),
             (form.info_line, None, BODY_SIZE + 1, "left")]
    for i, (text, name, size, align) in enumerate(lines, start=1):
        ws.merge_cells(start_row=i, start_column=1, end_row=i, end_column=n_cols)
        c = ws.cell(row=i, column=1, value=text)
        c.font = font(name, size) if name else font(size=size)
        c.alignment = Alignment(horizontal=align, vertical="center")
        ws.row_dimensions[i].height = lines_height(1, size) + 6
    write_grid(ws, [GridCell(0, k, h, align="center") for k, h in enumerate(HEADERS)],
               HEADER_ROW, 1, WIDTHS, name=HEADER_FONT, min_height=28)
    head_h = ws.row_dimensions[HEADER_ROW].height
    heights = write_grid(ws, form.cells, HEADER_ROW + 1, form.n_rows, WIDTHS,
                         min_height=ROW_MIN_PT)
    r = HEADER_ROW + 1 + form.n_rows + 1
    for text, size in [(t, BODY_SIZE + 1) for t in form.signature] + [(t, SMALL_SIZE)
                                                                      for t in form.notes]:
        ws.merge_cells(start_row=r, start_column=1, end_row=r, end_column=n_cols)
        c = ws.cell(row=r, column=1, value=text)
        c.font = font(size=size)
        c.alignment = Alignment(horizontal="left", vertical="center", wrap_text=True)
        ws.row_dimensions[r].height = lines_height(
            wrapped_lines(text, sum(WIDTHS), size), size) + 8
        r += 1
    set_widths(ws, (QR_COL_WIDTH,), first_col=n_cols + 1)
    scale = setup_print(ws, title_rows=f"{HEADER_ROW}:{HEADER_ROW}", widths=WIDTHS + (QR_COL_WIDTH,))
    ws.page_margins.top = TOP_MARGIN_IN  # room for the QR code in the header
    ws.page_margins.header = 0.25
    ws.oddHeader.right.text = "&G"
    ws.print_area = f"A1:{chr(ord('A') + n_cols)}{r - 1}"
    # Excel and WPS print the header picture on every page; LibreOffice does not read header
    # pictures from .xlsx, so the QR code also sits beside the table at the top of each page
    blocks = [(HEADER_ROW + 1 + first, heights[first:first + n]) for first, n in form.blocks]
    first_used = sum(ws.row_dimensions[i].height for i in range(1, HEADER_ROW + 1))
    breaks = keep_blocks_together(ws, blocks, first_page_used=first_used, repeated_header=head_h,
                                  capacity=page_capacity_pt(scale, top_in=TOP_MARGIN_IN))
    png = qr_png(form.mark.payload)
    for row in [1] + [b + 1 for b in breaks]:
        img = SheetImage(io.BytesIO(png))
        img.width = img.height = QR_PX
        ws.add_image(img, f"{chr(ord('A') + n_cols)}{row}")
    wb.custom_doc_props.append(StringProperty(name=MARK_PROPERTY, value=form.mark.payload))
    wb.properties.title = f"{form.title}{form.subtitle}"
    wb.properties.subject = form.mark.payload
    wb.properties.creator = form.unit
    buf = io.BytesIO()
    wb.save(buf)
    return add_header_picture(buf.getvalue(), qr_png(form.mark.payload), QR_PT)


_VML = """<xml xmlns:v="urn:schemas-microsoft-com:vml" xmlns:o="urn:schemas-microsoft-com:office:office" xmlns:x="urn:schemas-microsoft-com:office:excel">
<o:shapelayout v:ext="edit"><o:idmap v:ext="edit" data="1"/></o:shapelayout>
<v:shapetype id="_x0000_t75" coordsize="21600,21600" o:spt="75" o:preferrelative="t" path="m@4@5l@4@11@9@11@9@5xe" filled="f" stroked="f">
<v:stroke joinstyle="miter"/>
<v:formulas><v:f eqn="if lineDrawn pixelLineWidth 0"/><v:f eqn="sum @0 1 0"/><v:f eqn="sum 0 0 @1"/><v:f eqn="prod @2 1 2"/><v:f eqn="prod @3 21600 pixelWidth"/><v:f eqn="prod @3 21600 pixelHeight"/><v:f eqn="sum @0 0 1"/><v:f eqn="prod @6 1 2"/><v:f eqn="prod @7 21600 pixelWidth"/><v:f eqn="sum @8 21600 0"/><v:f eqn="prod @7 21600 pixelHeight"/><v:f eqn="sum @10 21600 0"/></v:formulas>
<v:path o:extrusionok="f" gradientshapeok="t" o:connecttype="rect"/>
<o:lock v:ext="edit" aspectratio="t"/>
</v:shapetype>
<v:shape id="RH" o:spid="_x0000_s1025" type="#_x0000_t75" style="position:absolute;margin-left:0;margin-top:0;width:{size}pt;height:{size}pt;z-index:1">
<v:imagedata o:relid="rId1" o:title="wcr_mark"/>
<o:lock v:ext="edit" rotation="t"/>
</v:shape>
</xml>"""
_REL_NS = "http://schemas.openxmlformats.org/package/2006/relationships"
_R_VML = "http://schemas.openxmlformats.org/officeDocument/2006/relationships/vmlDrawing"
_R_IMAGE = "http://schemas.openxmlformats.org/officeDocument/2006/relationships/image"
_R_DOC = "http://schemas.openxmlformats.org/officeDocument/2006/relationships"


def add_header_picture(xlsx: bytes, png: bytes, size_pt: float,
                       sheet: str = "xl/worksheets/sheet1.xml") -> bytes:
    """Attach ``png`` as the right-header picture (``&G``) of the first sheet."""
    src = zipfile.ZipFile(io.BytesIO(xlsx))
    out = io.BytesIO()
    sheet_rels = sheet.replace("worksheets/", "worksheets/_rels/") + ".rels"
    names = set(src.namelist())
    with zipfile.ZipFile(out, "w", zipfile.ZIP_DEFLATED) as dst:
        for item in src.infolist():
            data = src.read(item.filename)
            if item.filename == "[Content_Types].xml":
                data = _add_defaults(data.decode("utf-8")).encode("utf-8")
            elif item.filename == sheet:
                data = _add_legacy_hf(data.decode("utf-8")).encode("utf-8")
            elif item.filename == sheet_rels:
                data = data.decode("utf-8").replace(
                    "</Relationships>",
                    f'<Relationship Id="rIdWcrHF" Type="{_R_VML}" '
                    'Target="../drawings/vmlDrawingHF1.vml"/></Relationships>').encode("utf-8")
            dst.writestr(item, data)
        if sheet_rels not in names:
            dst.writestr(sheet_rels, (
                f'<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n'
                f'<Relationships xmlns="{_REL_NS}"><Relationship Id="rIdWcrHF" Type="{_R_VML}" '
                'Target="../drawings/vmlDrawingHF1.vml"/></Relationships>'))
        dst.writestr("xl/drawings/vmlDrawingHF1.vml", _VML.replace("{size}", f"{size_pt:g}"))
        dst.writestr("xl/drawings/_rels/vmlDrawingHF1.vml.rels", (
            f'<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n'
            f'<Relationships xmlns="{_REL_NS}"><Relationship Id="rId1" Type="{_R_IMAGE}" '
            'Target="../media/wcr_mark.png"/></Relationships>'))
        dst.writestr("xl/media/wcr_mark.png", png)
    return out.getvalue()


def _add_defaults(ct: str) -> str:
    for ext, mime in (("vml", "application/vnd.openxmlformats-officedocument.vmlDrawing"),
                      ("png", "image/png")):
        if f'Extension="{ext}"' not in ct:
            ct = re.sub(r"(<Types[^>]*>)", rf'\1<Default Extension="{ext}" ContentType="{mime}"/>',
                        ct, count=1)
    return ct


def _add_legacy_hf(xml: str) -> str:
    el = f'<legacyDrawingHF xmlns:r="{_R_DOC}" r:id="rIdWcrHF"/>'
    for follower in ("<picture", "<oleObjects", "<controls", "<webPublishItems", "<tableParts",
                     "<extLst", "</worksheet>"):
        i = xml.find(follower)
        if i >= 0:
            return xml[:i] + el + xml[i:]
    raise ValueError("worksheet XML has no end tag")
