"""Small helpers over python-docx for writing a return the way a clerk does in Word:
仿宋 body, 小标宋 title, tables with merged cells, the department in the page header or a
text box, a pasted seal picture."""
from __future__ import annotations

import io
from typing import Optional, Sequence

from docx import Document
from docx.enum.section import WD_ORIENT
from docx.enum.table import WD_TABLE_ALIGNMENT
from docx.enum.text import WD_ALIGN_PARAGRAPH
from docx.oxml import parse_xml
from docx.oxml.ns import nsdecls, qn
from docx.shared import Cm, Pt

BODY_FONT = "仿宋_GB2312"
TITLE_FONT = "方正小标宋简体"
HEI = "黑体"


def _font(run, name: str, size: float, bold: bool = False) -> None:
    run.font.name = name
    run.font.size = Pt(size)
    run.font.bold = bold
    rpr = run._element.get_or_add_rPr()
    rfonts = rpr.find(qn("w:rFonts"))
    if rfonts is None:
        rfonts = parse_xml(f"<w:rFonts {nsdecls('w')}/>")
        rpr.insert(0, rfonts)
    rfonts.set(qn("w:eastAsia"), name)


class Word:
    """One Word document being written top to bottom."""

    def __init__(self, landscape: bool = False):
        self.doc = Document()
        sec = self.doc.sections[0]
        sec.page_width, sec.page_height = Cm(21), Cm(29.7)
        if landscape:
            self.landscape(sec)
        sec.left_margin = sec.right_margin = Cm(2.6)
        sec.top_margin, sec.bottom_margin = Cm(3.2), Cm(2.8)
        st = self.doc.styles["Normal"]
        st.font.name = BODY_FONT
        st.font.size = Pt(14)
        st.element.get_or_add_rPr().get_or_add_rFonts().set(qn("w:eastAsia"), BODY_FONT)

    @staticmethod
    def landscape(sec) -> None:
        sec.orientation = WD_ORIENT.LANDSCAPE
        sec.page_width, sec.page_height = Cm(29.7), Cm(21)

    def new_landscape_section(self) -> None:
        from docx.enum.section import WD_SECTION
        sec = self.doc.add_section(WD_SECTION.NEW_PAGE)
        self.landscape(sec)
        sec.left_margin = sec.right_margin = Cm(2.0)
        sec.top_margin = sec.bottom_margin = Cm(2.0)

    # ------------------------------------------------------------ paragraphs
    def para(self, text: str = "", *, font: str = BODY_FONT, size: float = 14, bold=False,
             align: Optional[str] = None, indent: bool = False, space_after: float = 0):
        p = self.doc.add_paragraph()
        if text:
            _font(p.add_run(text), font, size, bold)
        if align:
            p.alignment = {"center": WD_ALIGN_PARAGRAPH.CENTER, "right": WD_ALIGN_PARAGRAPH.RIGHT,
                           "left": WD_ALIGN_PARAGRAPH.LEFT}[align]
        if indent:
            p.paragraph_format.first_line_indent = Pt(size * 2)
        p.paragraph_format.space_after = Pt(space_after)
        return p

    def runs(self, parts: Sequence[tuple[str, str]], size: float = 14, indent: bool = True):
        """A paragraph of runs: (text, "b"|"") — a bold lead-in followed by plain text."""
        p = self.doc.add_paragraph()
        for text, style in parts:
            _font(p.add_run(text), HEI if style == "h" else BODY_FONT, size, style == "b")
        if indent:
            p.paragraph_format.first_line_indent = Pt(size * 2)
        return p

    def title(self, text: str, size: float = 22) -> None:
        for line in text.split("\n"):
            self.para(line, font=TITLE_FONT, size=size, align="center")

    def heading(self, text: str) -> None:
        self.para(text, font=HEI, size=16, indent=True)

    def body(self, text: str) -> None:
        self.para(text, indent=True)

    def page_break(self) -> None:
        from docx.enum.text import WD_BREAK
        self.doc.add_paragraph().add_run().add_break(WD_BREAK.PAGE)

    # ------------------------------------------------------------ tables
    def table(self, rows: list[list[str]], *, merges: Sequence[tuple[int, int, int, int]] = (),
              widths: Optional[Sequence[float]] = None, size: float = 10.5,
              header_rows: int = 1):
        """``rows`` of cell texts; ``merges`` (r0, c0, r1, c1) inclusive; the text of a merged
        range is the top-left cell's."""
        n_cols = max(len(r) for r in rows)
        t = self.doc.add_table(rows=len(rows), cols=n_cols)
        t.style = "Table Grid"
        t.alignment = WD_TABLE_ALIGNMENT.CENTER
        covered = set()
        for r0, c0, r1, c1 in merges:
            t.cell(r0, c0).merge(t.cell(r1, c1))
            covered |= {(r, c) for r in range(r0, r1 + 1) for c in range(c0, c1 + 1)} - {(r0, c0)}
        for r, row in enumerate(rows):
            for c in range(n_cols):
                if (r, c) in covered:
                    continue
                text = row[c] if c < len(row) else ""
                cell = t.cell(r, c)
                p = cell.paragraphs[0]
                for k, line in enumerate(text.split("\n")):
                    if k:
                        p = cell.add_paragraph()
                    _font(p.add_run(line), HEI if r < header_rows else BODY_FONT, size)
                    if r < header_rows:
                        p.alignment = WD_ALIGN_PARAGRAPH.CENTER
        if widths:
            for row in t.rows:
                for k, w in enumerate(widths[:n_cols]):
                    row.cells[k].width = Cm(w)
        for r in range(header_rows):  # repeat the header row on every page
            trpr = t.rows[r]._tr.get_or_add_trPr()
            trpr.append(parse_xml(f"<w:tblHeader {nsdecls('w')}/>"))
        return t

    # ------------------------------------------------------------ header, text box, seal
    def header(self, text: str, align: str = "left") -> None:
        p = self.doc.sections[0].header.paragraphs[0]
        _font(p.add_run(text), BODY_FONT, 10.5)
        p.alignment = WD_ALIGN_PARAGRAPH.LEFT if align == "left" else WD_ALIGN_PARAGRAPH.RIGHT

    def textbox(self, text: str, width_pt: int = 220, height_pt: int = 28) -> None:
        """A floating VML text box (as made with 插入→文本框) holding ``text``."""
        p = self.doc.add_paragraph()
        xml = (
            f'<w:r {nsdecls("w")} xmlns:v="urn:schemas-microsoft-com:vml">'
            '<w:pict><v:shape id="tb1" type="#_x0000_t202" '
            f'style="width:{width_pt}pt;height:{height_pt}pt;mso-position-horizontal:left" '
            'stroked="f"><v:textbox><w:txbxContent><w:p><w:r>'
            f'<w:rPr><w:rFonts w:eastAsia="{BODY_FONT}"/><w:sz w:val="28"/></w:rPr>'
            f'<w:t xml:space="preserve">{text}</w:t></w:r></w:p></w:txbxContent></v:textbox>'
            '</v:shape></w:pict></w:r>')
        p._p.append(parse_xml(xml))

    def picture(self, png: bytes, width_cm: float = 4.2, align: str = "right") -> None:
        p = self.para(align=align)
        p.add_run().add_picture(io.BytesIO(png), width=Cm(width_cm))

    def save(self, path) -> None:
        # Word always keeps a paragraph after a closing table; without it LibreOffice's
        # .doc export flattens that table into one paragraph
        body = self.doc.element.body
        last = [el for el in body if el.tag != qn("w:sectPr")][-1]
        if last.tag == qn("w:tbl"):
            self.doc.add_paragraph()
        self.doc.save(str(path))
