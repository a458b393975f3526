"""SampleDoc → .docx with python-docx: merged cells, a repeated header row, the department in
the page header or a text box, a seal picture pasted over the signature."""
from __future__ import annotations

import io
import random
from pathlib import Path
from xml.sax.saxutils import escape

from docx import Document
from docx.enum.section import WD_ORIENT
from docx.enum.text import WD_ALIGN_PARAGRAPH
from docx.oxml import parse_xml
from docx.oxml.ns import nsdecls, qn
from docx.shared import Cm, Pt

from samples.doc import Grid, PageBreak, Para, SampleDoc
from samples.render.package import set_custom_properties
from samples.seal import seal_image

FONTS = {"title": ("方正小标宋简体", 18, True), "subtitle": ("楷体_GB2312", 14, False),
         "heading": ("黑体", 14, False), "body": ("仿宋_GB2312", 14, False),
         "meta": ("仿宋_GB2312", 12, False), "signature": ("仿宋_GB2312", 14, False),
         "note": ("仿宋_GB2312", 11, False)}
ALIGN = {"title": WD_ALIGN_PARAGRAPH.CENTER, "subtitle": WD_ALIGN_PARAGRAPH.CENTER,
         "signature": WD_ALIGN_PARAGRAPH.RIGHT}


def _font(run, name: str, size: float, bold: bool = False) -> None:
    run.font.size = Pt(size)
    run.font.bold = bold
    run.font.name = name
    rpr = run._element.get_or_add_rPr()
    rfonts = rpr.find(qn("w:rFonts"))
    if rfonts is None:
        rfonts = rpr.makeelement(qn("w:rFonts"), {})
        rpr.insert(0, rfonts)
    rfonts.set(qn("w:eastAsia"), name)


def _para(doc, p: Para):
    name, size, bold = FONTS.get(p.style, FONTS["body"])
    par = doc.add_paragraph()
    if p.style in ALIGN:
        par.alignment = ALIGN[p.style]
    elif p.style == "body":
        par.paragraph_format.first_line_indent = Pt(size * 2)
    lines = p.text.split("\n")
    for i, line in enumerate(lines):
        run = par.add_run(line)
        _font(run, name, size, bold)
        if i < len(lines) - 1:
            run.add_break()
    return par


def _table(doc, g: Grid, usable_cm: float):
    n_cols = max(len(r) for r in g.rows)
    t = doc.add_table(rows=len(g.rows), cols=n_cols)
    t.style = "Table Grid"
    widths = g.widths or [1.0] * n_cols
    total = sum(widths)
    for r0, c0, r1, c1 in g.merges:
        t.cell(r0, c0).merge(t.cell(r1, c1))
    merged_away = {(r, c) for r0, c0, r1, c1 in g.merges
                   for r in range(r0, r1 + 1) for c in range(c0, c1 + 1) if (r, c) != (r0, c0)}
    for r, row in enumerate(g.rows):
        for c, text in enumerate(row):
            if (r, c) in merged_away:
                continue
            cell = t.cell(r, c)
            par = cell.paragraphs[0]
            run = par.add_run(text)
            _font(run, "仿宋_GB2312" if r >= g.header_rows else "黑体", 10.5)
            if r < g.header_rows:
                par.alignment = WD_ALIGN_PARAGRAPH.CENTER
    for c in range(n_cols):
        for cell in t.columns[c].cells:
            cell.width = Cm(usable_cm * widths[c] / total)
    if g.repeat_header:
        for r in range(g.header_rows):
            trpr = t.rows[r]._tr.get_or_add_trPr()
            trpr.append(parse_xml(f"<w:tblHeader {nsdecls('w')}/>"))
    return t


def _textbox(par, text: str) -> None:
    """A VML text box floating at the top right, as Word 2003-2010 documents carry it."""
    body = "".join(f"<w:p><w:r><w:rPr><w:rFonts w:eastAsia=\"黑体\"/></w:rPr><w:t>{escape(line)}</w:t></w:r></w:p>"
                   for line in text.split("\n"))
    xml = (f'<w:r {nsdecls("w")} xmlns:v="urn:schemas-microsoft-com:vml"><w:pict>'
           '<v:shapetype id="_x0000_t202" coordsize="21600,21600" o:spt="202" '
           'xmlns:o="urn:schemas-microsoft-com:office:office" path="m,l,21600r21600,l21600,xe">'
           '<v:stroke joinstyle="miter"/><v:path gradientshapeok="t" o:connecttype="rect"/></v:shapetype>'
           '<v:shape id="TextBox1" type="#_x0000_t202" style="position:absolute;margin-left:330pt;'
           'margin-top:-40pt;width:150pt;height:40pt;z-index:1"><v:textbox>'
           f'<w:txbxContent>{body}</w:txbxContent></v:textbox></v:shape></w:pict></w:r>')
    par._p.append(parse_xml(xml))


def render(doc: SampleDoc, path: Path, rng: random.Random, *, properties: dict | None = None) -> None:
    d = Document()
    sec = d.sections[0]
    if doc.landscape:
        sec.orientation = WD_ORIENT.LANDSCAPE
        sec.page_width, sec.page_height = sec.page_height, sec.page_width
    usable = (sec.page_width - sec.left_margin - sec.right_margin) / 360000  # EMU → cm
    if doc.header:
        hp = sec.header.paragraphs[0]
        hp.alignment = WD_ALIGN_PARAGRAPH.LEFT
        _font(hp.add_run(doc.header), "仿宋_GB2312", 10.5)
    first_par = None
    for i, b in enumerate(doc.blocks):
        if isinstance(b, Para):
            par = _para(d, b)
            first_par = first_par or par
            if i == doc.seal_anchor and doc.seal_name:
                buf = io.BytesIO()
                seal_image(doc.seal_name, rng, 360).save(buf, "PNG")
                buf.seek(0)
                par.add_run().add_picture(buf, width=Cm(4.2))
        elif isinstance(b, Grid):
            _table(d, b, usable)
        elif isinstance(b, PageBreak):
            d.add_page_break()
    if doc.textbox and first_par is not None:
        _textbox(first_par, doc.textbox)
    d.save(str(path))
    if properties:
        set_custom_properties(path, properties)
