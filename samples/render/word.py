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
    t.autofit = False
    grid_cols = t._tbl.tblGrid.findall(qn("w:gridCol"))
    for c in range(n_cols):
        width = Cm(usable_cm * widths[c] / total)
        grid_cols[c].set(qn("w:w"), str(int(width.twips)))
        for cell in t.columns[c].cells:
            cell.width = width
    if g.repeat_header:
        for r in range(g.header_rows):
            trpr = t.rows[r]._tr.get_or_add_trPr()
            trpr.append(parse_xml(f"<w:tblHeader {nsdecls('w')}/>"))
    return t


def _txbx_content(text: str) -> str:
    return "".join(f'<w:p><w:r><w:rPr><w:rFonts w:eastAsia="黑体"/></w:rPr><w:t>{escape(line)}</w:t></w:r></w:p>'
                   for line in text.split("\n"))


def _vml_textbox(text: str) -> str:
    return ('<w:pict><v:shapetype id="_x0000_t202" coordsize="21600,21600" o:spt="202" '
            'path="m,l,21600r21600,l21600,xe"><v:stroke joinstyle="miter"/>'
            '<v:path gradientshapeok="t" o:connecttype="rect"/></v:shapetype>'
            '<v:shape id="TextBox1" type="#_x0000_t202" style="position:absolute;margin-left:330pt;'
            'margin-top:-40pt;width:150pt;height:40pt;z-index:1"><v:textbox>'
            f'<w:txbxContent>{_txbx_content(text)}</w:txbxContent></v:textbox></v:shape></w:pict>')


NS = (f'{nsdecls("w", "wp", "a")} xmlns:v="urn:schemas-microsoft-com:vml" '
      'xmlns:o="urn:schemas-microsoft-com:office:office" '
      'xmlns:mc="http://schemas.openxmlformats.org/markup-compatibility/2006" '
      'xmlns:wps="http://schemas.microsoft.com/office/word/2010/wordprocessingShape"')


def _textbox(par, text: str, modern: bool) -> None:
    """A floating text box at the top right: VML as Word 2003 wrote it, or a DrawingML shape
    with the VML fallback beside it, as Word 2010+ and WPS write it."""
    if not modern:
        par._p.append(parse_xml(f"<w:r {NS}>{_vml_textbox(text)}</w:r>"))
        return
    cx, cy = 1905000, 508000
    xml = (f'<w:r {NS}><mc:AlternateContent><mc:Choice Requires="wps"><w:drawing>'
           '<wp:anchor distT="0" distB="0" distL="114300" distR="114300" simplePos="0" '
           'relativeHeight="251659264" behindDoc="0" locked="0" layoutInCell="1" allowOverlap="1">'
           '<wp:simplePos x="0" y="0"/><wp:positionH relativeFrom="margin"><wp:align>right</wp:align>'
           '</wp:positionH><wp:positionV relativeFrom="paragraph"><wp:posOffset>-520000</wp:posOffset>'
           f'</wp:positionV><wp:extent cx="{cx}" cy="{cy}"/><wp:effectExtent l="0" t="0" r="0" b="0"/>'
           '<wp:wrapNone/><wp:docPr id="101" name="文本框 101"/><wp:cNvGraphicFramePr/>'
           '<a:graphic><a:graphicData uri="http://schemas.microsoft.com/office/word/2010/wordprocessingShape">'
           '<wps:wsp><wps:cNvSpPr txBox="1"/><wps:spPr><a:xfrm><a:off x="0" y="0"/>'
           f'<a:ext cx="{cx}" cy="{cy}"/></a:xfrm><a:prstGeom prst="rect"><a:avLst/></a:prstGeom>'
           '<a:ln w="6350"><a:solidFill><a:srgbClr val="000000"/></a:solidFill></a:ln></wps:spPr>'
           f'<wps:txbx><w:txbxContent>{_txbx_content(text)}</w:txbxContent></wps:txbx>'
           '<wps:bodyPr rot="0" vert="horz" wrap="square" anchor="t"/></wps:wsp>'
           '</a:graphicData></a:graphic></wp:anchor></w:drawing></mc:Choice>'
           f'<mc:Fallback>{_vml_textbox(text)}</mc:Fallback></mc:AlternateContent></w:r>')
    par._p.append(parse_xml(xml))


def _float_picture(run, dx_emu: int, dy_emu: int) -> None:
    """Turn the run's inline picture into one floating over the text, offset from the
    paragraph: how a clerk drags a pasted seal onto the signature."""
    inline = run._r.find(".//" + qn("wp:inline"))
    extent = inline.find(qn("wp:extent"))
    doc_pr = inline.find(qn("wp:docPr"))
    graphic = inline.find(qn("a:graphic"))
    anchor = parse_xml(
        f'<wp:anchor {nsdecls("wp", "a")} distT="0" distB="0" distL="0" distR="0" simplePos="0" '
        'relativeHeight="251660288" behindDoc="0" locked="0" layoutInCell="1" allowOverlap="1">'
        '<wp:simplePos x="0" y="0"/>'
        f'<wp:positionH relativeFrom="column"><wp:posOffset>{dx_emu}</wp:posOffset></wp:positionH>'
        f'<wp:positionV relativeFrom="paragraph"><wp:posOffset>{dy_emu}</wp:posOffset></wp:positionV>'
        f'<wp:extent cx="{extent.get("cx")}" cy="{extent.get("cy")}"/>'
        '<wp:effectExtent l="0" t="0" r="0" b="0"/><wp:wrapNone/></wp:anchor>')
    anchor.append(doc_pr)
    anchor.append(parse_xml(f'<wp:cNvGraphicFramePr {nsdecls("wp")}/>'))
    anchor.append(graphic)
    inline.getparent().replace(inline, anchor)


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
                run = par.add_run()
                run.add_picture(buf, width=Cm(4.2))
                if rng.random() < 0.6:
                    _float_picture(run, int(Cm(rng.uniform(-1.5, 1.0))), int(Cm(rng.uniform(-2.5, -1.0))))
        elif isinstance(b, Grid):
            _table(d, b, usable)
        elif isinstance(b, PageBreak):
            d.add_page_break()
    if doc.textbox and first_par is not None:
        _textbox(first_par, doc.textbox, modern=rng.random() < 0.6)
    d.save(str(path))
    if properties:
        set_custom_properties(path, properties)
