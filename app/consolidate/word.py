"""python-docx helpers shared by the consolidated table and the blank forms (and usable by the
web layer for short notes): an A4 landscape document in official-document fonts, runs with the
East Asian font set, grid tables with merges and a header row repeated on every page, page
numbers in the footer, and custom document properties."""
from __future__ import annotations

from typing import Iterable, Optional, Sequence
from xml.sax.saxutils import escape

from docx import Document as new_docx
from docx.document import Document
from docx.enum.section import WD_ORIENT
from docx.enum.table import WD_ALIGN_VERTICAL, WD_TABLE_ALIGNMENT
from docx.enum.text import WD_ALIGN_PARAGRAPH
from docx.opc.constants import RELATIONSHIP_TYPE as RT
from docx.opc.packuri import PackURI
from docx.opc.part import Part
from docx.oxml import OxmlElement
from docx.oxml.ns import qn
from docx.shared import Mm, Pt, RGBColor
from docx.table import Table, _Cell
from docx.text.paragraph import Paragraph
from docx.text.run import Run

from app.consolidate.layout import GridCell
from app.consolidate.style import BODY_FONT, BODY_SIZE, HEADER_FONT

UNREVIEWED_RGB = RGBColor(0xC0, 0x00, 0x00)
_ALIGN = {"left": WD_ALIGN_PARAGRAPH.LEFT, "center": WD_ALIGN_PARAGRAPH.CENTER,
          "right": WD_ALIGN_PARAGRAPH.RIGHT}
CUSTOM_PROPS_CT = "application/vnd.openxmlformats-officedocument.custom-properties+xml"
_CUSTOM_FMTID = "{D5CDD505-2E9C-101B-9397-08002B2CF9AE}"


def landscape_document(margin_mm: float = 18) -> Document:
    """An empty A4 landscape document whose Normal style is the body font."""
    return office_document(landscape=True, margin_mm=margin_mm)


def office_document(landscape: bool = False, margin_mm: float = 25) -> Document:
    """An empty A4 document (portrait unless ``landscape``) in the body font, e.g. for a
    return note (退回意见) with ``paragraph`` and ``grid_table``."""
    doc = new_docx()
    sec = doc.sections[0]
    if landscape:
        sec.orientation = WD_ORIENT.LANDSCAPE
        sec.page_width, sec.page_height = Mm(297), Mm(210)
    else:
        sec.orientation = WD_ORIENT.PORTRAIT
        sec.page_width, sec.page_height = Mm(210), Mm(297)
    sec.left_margin = sec.right_margin = Mm(margin_mm)
    sec.top_margin = sec.bottom_margin = Mm(margin_mm)
    sec.header_distance = sec.footer_distance = Mm(8)
    normal = doc.styles["Normal"]
    normal.font.size = Pt(BODY_SIZE)
    set_font(normal.element.get_or_add_rPr(), BODY_FONT)
    normal.paragraph_format.space_after = Pt(0)
    normal.paragraph_format.space_before = Pt(0)
    return doc


def set_font(rpr, name: str) -> None:
    """Set the font for Latin and East Asian text alike (w:ascii, w:hAnsi, w:eastAsia)."""
    rfonts = rpr.find(qn("w:rFonts"))
    if rfonts is None:
        rfonts = OxmlElement("w:rFonts")
        rpr.insert(0, rfonts)
    for attr in ("w:ascii", "w:hAnsi", "w:eastAsia", "w:cs"):
        rfonts.set(qn(attr), name)
    for theme in ("w:asciiTheme", "w:hAnsiTheme", "w:eastAsiaTheme", "w:cstheme"):
        rfonts.attrib.pop(qn(theme), None)


def styled_run(par: Paragraph, text: str, name: str = BODY_FONT, size: float = BODY_SIZE,
               bold: bool = False, color: Optional[RGBColor] = None) -> Run:
    run = par.add_run(text)
    run.font.size = Pt(size)
    run.font.bold = bold
    if color is not None:
        run.font.color.rgb = color
    set_font(run._r.get_or_add_rPr(), name)
    return run


def paragraph(doc_or_cell, text: str = "", *, align: str = "left", name: str = BODY_FONT,
              size: float = BODY_SIZE, bold: bool = False, space_after: float = 0) -> Paragraph:
    par = doc_or_cell.add_paragraph()
    par.alignment = _ALIGN[align]
    par.paragraph_format.space_after = Pt(space_after)
    if text:
        styled_run(par, text, name=name, size=size, bold=bold)
    return par


def repeat_as_header(row) -> None:
    """Mark a table row to repeat at the top of every page (w:tblHeader)."""
    trpr = row._tr.get_or_add_trPr()
    el = OxmlElement("w:tblHeader")
    el.set(qn("w:val"), "true")
    trpr.append(el)


def cant_split(row) -> None:
    trpr = row._tr.get_or_add_trPr()
    el = OxmlElement("w:cantSplit")
    el.set(qn("w:val"), "true")
    trpr.append(el)


def _field(par: Paragraph, instr: str, name: str, size: float) -> None:
    def fld(kind: str):
        r = styled_run(par, "", name=name, size=size)
        el = OxmlElement("w:fldChar")
        el.set(qn("w:fldCharType"), kind)
        r._r.append(el)
    fld("begin")
    r = styled_run(par, "", name=name, size=size)
    it = OxmlElement("w:instrText")
    it.set(qn("xml:space"), "preserve")
    it.text = f" {instr} "
    r._r.append(it)
    fld("separate")
    styled_run(par, "1", name=name, size=size)
    fld("end")


def page_number_footer(doc: Document, size: float = 10) -> None:
    """第 N 页，共 M 页 centred in every section's footer (PAGE and NUMPAGES fields)."""
    for sec in doc.sections:
        par = sec.footer.paragraphs[0] if sec.footer.paragraphs else sec.footer.add_paragraph()
        par.alignment = WD_ALIGN_PARAGRAPH.CENTER
        styled_run(par, "第 ", size=size)
        _field(par, "PAGE", BODY_FONT, size)
        styled_run(par, " 页，共 ", size=size)
        _field(par, "NUMPAGES", BODY_FONT, size)
        styled_run(par, " 页", size=size)


def grid_table(doc: Document, header: Sequence[str], cells: Iterable[GridCell], n_rows: int,
               widths_mm: Sequence[float], *, header_font: str = HEADER_FONT,
               size: float = BODY_SIZE,
               blocks: Sequence[tuple[int, int]] = (),
               border_pt: Optional[float] = None) -> Table:
    """A bordered table: one header row repeated on every page, then ``cells`` (0-based body
    rows) with their merges. Widths are fixed so Word and LibreOffice lay it out alike.
    ``blocks`` are (first body row, row count) runs kept on one page where they fit (a
    project's rows), so merged cells are not cut at a page break. ``border_pt`` sets the
    grid's line weight (default: Table Grid's ½ pt)."""
    n_cols = len(widths_mm)
    table = doc.add_table(rows=1 + n_rows, cols=n_cols)
    table.style = "Table Grid"
    table.alignment = WD_TABLE_ALIGNMENT.CENTER
    table.autofit = False  # w:tblLayout fixed
    if border_pt:
        _borders(table, border_pt)
    for k, w in enumerate(widths_mm):
        table.columns[k].width = Mm(w)
        for cell in table.columns[k].cells:
            cell.width = Mm(w)
    hdr = table.rows[0]
    repeat_as_header(hdr)
    cant_split(hdr)
    for k, h in enumerate(header):
        _fill(hdr.cells[k], h, "center", header_font, size, bold=False)
    for c in cells:
        target = table.cell(1 + c.row, c.col)
        if c.row_span > 1 or c.col_span > 1:
            target = target.merge(table.cell(c.row + c.row_span, c.col + c.col_span - 1))
        _fill(target, c.text, c.align, BODY_FONT, size,
              color=UNREVIEWED_RGB if c.unreviewed else None)
    for first, count in blocks:
        for r in range(first, first + count - 1):
            for tc in table.rows[1 + r]._tr.tc_lst:
                for p in tc.iter(qn("w:p")):
                    Paragraph(p, None).paragraph_format.keep_with_next = True
    return table


def _borders(table: Table, pt: float) -> None:
    borders = OxmlElement("w:tblBorders")
    for edge in ("top", "left", "bottom", "right", "insideH", "insideV"):
        el = OxmlElement(f"w:{edge}")
        el.set(qn("w:val"), "single")
        el.set(qn("w:sz"), str(int(round(pt * 8))))  # eighths of a point
        el.set(qn("w:space"), "0")
        el.set(qn("w:color"), "000000")
        borders.append(el)
    table._tbl.tblPr.insert_element_before(borders, "w:shd", "w:tblLayout", "w:tblCellMar",
                                           "w:tblLook", "w:tblCaption", "w:tblDescription")


def _fill(cell: _Cell, text: str, align: str, name: str, size: float, bold: bool = False,
          color: Optional[RGBColor] = None) -> None:
    cell.vertical_alignment = WD_ALIGN_VERTICAL.CENTER
    pars = cell.paragraphs
    for extra in pars[1:]:  # a merge leaves one paragraph per merged cell
        extra._p.getparent().remove(extra._p)
    lines = text.split("\n") if text else [""]
    first = pars[0]
    for i, line in enumerate(lines):
        par = first if i == 0 else cell.add_paragraph()
        par.alignment = _ALIGN[align]
        if line:
            styled_run(par, line, name=name, size=size, bold=bold, color=color)


def set_custom_properties(doc: Document, props: dict[str, str]) -> None:
    """Write string custom document properties (docProps/custom.xml), e.g. the template mark."""
    items = "".join(
        f'<property fmtid="{_CUSTOM_FMTID}" pid="{pid}" name="{escape(k, {chr(34): "&quot;"})}">'
        f"<vt:lpwstr>{escape(v)}</vt:lpwstr></property>"
        for pid, (k, v) in enumerate(props.items(), start=2))
    xml = ('<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n'
           '<Properties xmlns="http://schemas.openxmlformats.org/officeDocument/2006/'
           'custom-properties" xmlns:vt="http://schemas.openxmlformats.org/officeDocument/'
           f'2006/docPropsVTypes">{items}</Properties>').encode("utf-8")
    package = doc.part.package
    for rel in list(package.rels.values()):
        if rel.reltype == RT.CUSTOM_PROPERTIES:
            rel.target_part._blob = xml
            return
    part = Part(PackURI("/docProps/custom.xml"), CUSTOM_PROPS_CT, xml, package)
    package.relate_to(part, RT.CUSTOM_PROPERTIES)
