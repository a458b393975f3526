"""SampleDoc → text PDF with reportlab and an embedded CJK TrueType font: ruled tables with
spans, the header row repeated when a table runs over a page, a running head. Returns where the
signature sits so a seal can be pressed there (as an e-seal here, or on the scan later)."""
from __future__ import annotations

import io
import random
from dataclasses import dataclass
from pathlib import Path
from xml.sax.saxutils import escape

from reportlab.lib import colors
from reportlab.lib.enums import TA_CENTER, TA_LEFT, TA_RIGHT
from reportlab.lib.pagesizes import A4, landscape
from reportlab.lib.styles import ParagraphStyle
from reportlab.lib.units import cm
from reportlab.lib.utils import ImageReader
from reportlab.pdfbase import pdfmetrics
from reportlab.pdfbase.ttfonts import TTFont
from reportlab.platypus import (Flowable, PageBreak, Paragraph, SimpleDocTemplate, Spacer, Table,
                                TableStyle)

from samples.doc import Grid, PageBreak as Break, Para, SampleDoc
from samples.seal import seal_image

FONT = "WQYZenHei"
FONT_FILE = "/usr/share/fonts/truetype/wqy/wqy-zenhei.ttc"


def _register() -> None:
    if FONT not in pdfmetrics.getRegisteredFontNames():
        pdfmetrics.registerFont(TTFont(FONT, FONT_FILE, subfontIndex=0))


STYLES = {
    "title": dict(fontSize=17, leading=24, alignment=TA_CENTER, spaceAfter=8),
    "subtitle": dict(fontSize=12, leading=17, alignment=TA_CENTER, spaceAfter=6),
    "heading": dict(fontSize=12, leading=18, spaceBefore=4),
    "body": dict(fontSize=11, leading=17, firstLineIndent=22),
    "meta": dict(fontSize=10.5, leading=15, spaceAfter=4),
    "signature": dict(fontSize=11, leading=17, alignment=TA_RIGHT, rightIndent=20),
    "note": dict(fontSize=9.5, leading=13),
    "cell": dict(fontSize=9, leading=12, alignment=TA_LEFT),
    "head": dict(fontSize=9, leading=12, alignment=TA_CENTER),
}


def style(name: str, scale: float = 1.0) -> ParagraphStyle:
    kw = dict(STYLES[name])
    for k in ("fontSize", "leading", "firstLineIndent"):
        if k in kw:
            kw[k] *= scale
    return ParagraphStyle(name, fontName=FONT, wordWrap="CJK", **kw)


@dataclass
class Anchor:
    """Where the signature block starts: page (1-based), x and y in points from the
    page's bottom-left corner, and the page size."""

    page: int
    x: float
    y: float
    page_w: float
    page_h: float


class _Mark(Flowable):
    """Zero-size flowable that records where it lands and optionally draws the seal there."""

    def __init__(self, sink: list, seal_png: bytes | None):
        super().__init__()
        self.sink = sink
        self.seal_png = seal_png
        self.width = self.height = 0

    def draw(self):
        x, y = self.canv.absolutePosition(0, 0)
        w, h = self.canv._pagesize
        self.sink.append(Anchor(self.canv.getPageNumber(), w - 2.0 * cm - 90, y - 25, w, h))
        if self.seal_png:
            size = 4.2 * cm
            self.canv.saveState()
            self.canv.drawImage(ImageReader(io.BytesIO(self.seal_png)), w - 2.0 * cm - 90 - x - size / 2,
                                -25 - size / 2, size, size, mask="auto")
            self.canv.restoreState()


def _table(g: Grid, avail: float, scale: float) -> Table:
    n_cols = max(len(r) for r in g.rows)
    widths = g.widths or [1.0] * n_cols
    total = sum(widths)
    data = [[Paragraph(escape(t).replace("\n", "<br/>"), style("head" if r < g.header_rows else "cell", scale))
             for t in row] for r, row in enumerate(g.rows)]
    cmds = [("GRID", (0, 0), (-1, -1), 0.6, colors.black), ("VALIGN", (0, 0), (-1, -1), "MIDDLE"),
            ("FONTNAME", (0, 0), (-1, -1), FONT)]
    for r0, c0, r1, c1 in g.merges:
        cmds.append(("SPAN", (c0, r0), (c1, r1)))
    return Table(data, colWidths=[avail * w / total for w in widths],
                 repeatRows=g.header_rows if g.repeat_header else 0, style=TableStyle(cmds),
                 splitByRow=1)


def render(doc: SampleDoc, path: Path | io.BytesIO, rng: random.Random, *, draw_seal: bool = True,
           scale: float = 1.0) -> list[Anchor]:
    """Write the PDF; the seal is drawn when the doc has one and ``draw_seal``. Returns the
    signature anchors (one per seal_anchor reached)."""
    _register()
    size = landscape(A4) if doc.landscape else A4
    anchors: list[Anchor] = []
    margin = 2.0 * cm
    out = SimpleDocTemplate(path if isinstance(path, io.BytesIO) else str(path), pagesize=size,
                            leftMargin=margin, rightMargin=margin, topMargin=margin,
                            bottomMargin=margin, title="", author="")
    avail = size[0] - 2 * margin
    story = []
    if doc.textbox:
        box = Table([[Paragraph(escape(doc.textbox).replace("\n", "<br/>"), style("meta", scale))]],
                    colWidths=[6 * cm], hAlign="RIGHT",
                    style=TableStyle([("BOX", (0, 0), (-1, -1), 0.8, colors.black)]))
        story.append(box)
    seal_png = None
    if doc.seal_name and draw_seal:
        buf = io.BytesIO()
        seal_image(doc.seal_name, rng, 360).save(buf, "PNG")
        seal_png = buf.getvalue()
    for i, b in enumerate(doc.blocks):
        if i == doc.seal_anchor:
            story.append(Spacer(1, 10))
            story.append(_Mark(anchors, seal_png))
        if isinstance(b, Para):
            story.append(Paragraph(escape(b.text).replace("\n", "<br/>") or "&nbsp;", style(b.style, scale)))
        elif isinstance(b, Grid):
            story.append(_table(b, avail, scale))
            story.append(Spacer(1, 6))
        elif isinstance(b, Break):
            story.append(PageBreak())

    def on_page(canvas, _doc):
        if doc.header:
            canvas.saveState()
            canvas.setFont(FONT, 9)
            canvas.drawString(margin, size[1] - margin + 14, doc.header)
            canvas.line(margin, size[1] - margin + 10, size[0] - margin, size[1] - margin + 10)
            canvas.restoreState()

    out.build(story, onFirstPage=on_page, onLaterPages=on_page)
    return anchors
