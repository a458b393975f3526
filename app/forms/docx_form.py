"""The blank return form as Word: A4 landscape, the mark's QR code in the header of every
page, the mark as custom property ``wcr_mark``, the department's projects pre-filled."""
from __future__ import annotations

import io

from docx.enum.text import WD_ALIGN_PARAGRAPH
from docx.shared import Mm, Pt, RGBColor

from app.consolidate.style import BODY_SIZE, SMALL_SIZE, TITLE_FONT, TITLE_SIZE
from app.consolidate.word import (cant_split, grid_table, landscape_document, page_number_footer, paragraph,
                                  set_custom_properties, styled_run)
from app.forms.layout import HEADERS, WIDTHS, FormContent
from app.forms.mark import MARK_PROPERTY, qr_png

MARGIN_MM = 15
QR_MM = 20
PRINTABLE_MM = 297 - 2 * MARGIN_MM


def build_form_docx(form: FormContent) -> bytes:
    doc = landscape_document(margin_mm=MARGIN_MM)
    sec = doc.sections[0]
    sec.top_margin = Mm(MARGIN_MM + 12)  # room for the QR code in the header
    sec.header_distance = Mm(6)
    doc.core_properties.title = f"{form.title}{form.subtitle}"
    doc.core_properties.subject = form.mark.payload
    doc.core_properties.author = form.unit
    set_custom_properties(doc, {MARK_PROPERTY: form.mark.payload})
    _header(doc, form)
    paragraph(doc, form.title, align="center", name=TITLE_FONT, size=TITLE_SIZE, space_after=2)
    paragraph(doc, form.subtitle, align="center", size=BODY_SIZE + 1, space_after=6)
    paragraph(doc, form.info_line, size=BODY_SIZE + 1, space_after=4)
    total = sum(WIDTHS)
    widths_mm = [round(w / total * PRINTABLE_MM, 1) for w in WIDTHS]
    # firm lines: a printed, stamped and scanned copy is read by finding its grid
    table = grid_table(doc, HEADERS, form.cells, form.n_rows, widths_mm, blocks=form.blocks,
                       border_pt=1.0)
    for row in table.rows[1:]:
        row.height = Mm(11)  # room to write by hand
        cant_split(row)
    paragraph(doc, "", space_after=2)
    for line in form.signature:
        paragraph(doc, line, size=BODY_SIZE + 1, space_after=8)
    for line in form.notes:
        paragraph(doc, line, size=SMALL_SIZE)
    page_number_footer(doc)
    buf = io.BytesIO()
    doc.save(buf)
    return buf.getvalue()


def _header(doc, form: FormContent) -> None:
    """The QR code (and the payload in small type) at the top right of every page."""
    header = doc.sections[0].header
    par = header.paragraphs[0]
    par.alignment = WD_ALIGN_PARAGRAPH.RIGHT
    run = styled_run(par, form.mark.payload + "  ", size=7, color=RGBColor(0x66, 0x66, 0x66))
    run.font.size = Pt(7)
    par.add_run().add_picture(io.BytesIO(qr_png(form.mark.payload)), width=Mm(QR_MM))
