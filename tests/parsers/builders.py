"""Tiny input files built inside the tests: Word (python-docx plus raw XML where python-docx
has no API), Excel (openpyxl), PDF (reportlab with a CJK font), legacy files (LibreOffice)."""
from __future__ import annotations

import io
import shutil
import subprocess
import zipfile
from pathlib import Path
from typing import Callable, Optional

W_NS = "http://schemas.openxmlformats.org/wordprocessingml/2006/main"
NSDECL = (
    f'xmlns:w="{W_NS}" '
    'xmlns:mc="http://schemas.openxmlformats.org/markup-compatibility/2006" '
    'xmlns:wps="http://schemas.microsoft.com/office/word/2010/wordprocessingShape" '
    'xmlns:wp="http://schemas.openxmlformats.org/drawingml/2006/wordprocessingDrawing" '
    'xmlns:a="http://schemas.openxmlformats.org/drawingml/2006/main" '
    'xmlns:v="urn:schemas-microsoft-com:vml"'
)

CJK_FONT_FILES = ("/usr/share/fonts/truetype/wqy/wqy-zenhei.ttc",
                  "/usr/share/fonts/opentype/noto/NotoSansCJK-Regular.ttc")


# --- Word ----------------------------------------------------------------------------------

def new_docx():
    import docx
    return docx.Document()


def xml_run(inner: str):
    from docx.oxml import parse_xml
    return parse_xml(f"<w:r {NSDECL}>{inner}</w:r>")


def textbox_run(text: str, *, drawingml: bool = True, vml: bool = True):
    """A run holding a text box: DrawingML inside mc:AlternateContent with the VML copy as
    fallback (what Word writes), or either one alone."""
    body = f"<w:txbxContent><w:p><w:r><w:t>{text}</w:t></w:r></w:p></w:txbxContent>"
    dml = ("<w:drawing><wp:anchor><a:graphic><a:graphicData "
           'uri="http://schemas.microsoft.com/office/word/2010/wordprocessingShape">'
           f"<wps:wsp><wps:txbx>{body}</wps:txbx></wps:wsp></a:graphicData></a:graphic>"
           "</wp:anchor></w:drawing>")
    vml_xml = f"<w:pict><v:shape><v:textbox>{body}</v:textbox></v:shape></w:pict>"
    if drawingml and vml:
        inner = (f'<mc:AlternateContent><mc:Choice Requires="wps">{dml}</mc:Choice>'
                 f"<mc:Fallback>{vml_xml}</mc:Fallback></mc:AlternateContent>")
    else:
        inner = dml if drawingml else vml_xml
    return xml_run(inner)


def set_cell_merge(cell, *, vmerge: Optional[str] = None) -> None:
    from docx.oxml import parse_xml
    tcpr = cell._tc.get_or_add_tcPr()
    attr = f' w:val="{vmerge}"' if vmerge == "restart" else ""
    tcpr.append(parse_xml(f'<w:vMerge {NSDECL}{attr}/>'))


def add_custom_properties(path: Path, props: dict[str, str]) -> None:
    """Adds docProps/custom.xml (custom document properties) to a .docx/.xlsx in place."""
    entries = "".join(
        f'<property fmtid="{{D5CDD505-2E9C-101B-9397-08002B2CF9AE}}" pid="{i + 2}" name="{k}">'
        f"<vt:lpwstr>{v}</vt:lpwstr></property>" for i, (k, v) in enumerate(props.items()))
    custom = ('<?xml version="1.0" encoding="UTF-8" standalone="yes"?>'
              '<Properties xmlns="http://schemas.openxmlformats.org/officeDocument/2006/custom-properties" '
              'xmlns:vt="http://schemas.openxmlformats.org/officeDocument/2006/docPropsVTypes">'
              f"{entries}</Properties>")
    rewrite_zip(path, {
        "[Content_Types].xml": lambda d: d.replace(
            b"</Types>", b'<Override PartName="/docProps/custom.xml" ContentType="application/'
                         b'vnd.openxmlformats-officedocument.custom-properties+xml"/></Types>'),
        "_rels/.rels": lambda d: d.replace(
            b"</Relationships>", b'<Relationship Id="rIdCustom1" Type="http://schemas.openxmlformats.org/'
                                 b'officeDocument/2006/relationships/custom-properties" '
                                 b'Target="docProps/custom.xml"/></Relationships>'),
    }, add={"docProps/custom.xml": custom.encode("utf-8")})


def rewrite_zip(path: Path, edits: dict[str, Callable[[bytes], bytes]],
                add: Optional[dict[str, bytes]] = None) -> None:
    src = zipfile.ZipFile(path)
    buf = io.BytesIO()
    with zipfile.ZipFile(buf, "w", zipfile.ZIP_DEFLATED) as out:
        for info in src.infolist():
            data = src.read(info.filename)
            if info.filename in edits:
                data = edits[info.filename](data)
            out.writestr(info.filename, data)
        for name, data in (add or {}).items():
            out.writestr(name, data)
    src.close()
    Path(path).write_bytes(buf.getvalue())


def png_bytes(color=(200, 0, 0), size=(60, 60)) -> bytes:
    from PIL import Image
    buf = io.BytesIO()
    Image.new("RGB", size, color).save(buf, format="PNG")
    return buf.getvalue()


# --- PDF -----------------------------------------------------------------------------------

def cjk_font() -> str:
    from reportlab.pdfbase import pdfmetrics
    from reportlab.pdfbase.ttfonts import TTFont

    if "cjk" not in pdfmetrics.getRegisteredFontNames():
        for f in CJK_FONT_FILES:
            if Path(f).exists():
                pdfmetrics.registerFont(TTFont("cjk", f))
                break
        else:
            raise RuntimeError("no CJK font installed (fonts-wqy-zenhei or fonts-noto-cjk)")
    return "cjk"


def build_pdf(path: Path, story_fn: Callable[[str], list], **doc_kwargs) -> Path:
    """A PDF from a reportlab platypus story; ``story_fn(font_name)`` returns the flowables."""
    from reportlab.lib.pagesizes import A4
    from reportlab.platypus import SimpleDocTemplate

    font = cjk_font()
    SimpleDocTemplate(str(path), pagesize=A4, **doc_kwargs).build(story_fn(font))
    return path


def para(text: str, font: str, *, size: float = 11, indent: float = 0, align: int = 0):
    from reportlab.lib.styles import ParagraphStyle
    from reportlab.platypus import Paragraph
    style = ParagraphStyle(f"s{size}{indent}{align}", fontName=font, fontSize=size,
                           leading=size * 1.5, firstLineIndent=indent, alignment=align)
    return Paragraph(text, style)


def grid_table(rows: list[list[str]], font: str, *, ruled: bool = True, spans=(), repeat_rows=0,
               col_widths=None):
    from reportlab.platypus import Table, TableStyle
    style = [("FONTNAME", (0, 0), (-1, -1), font), ("FONTSIZE", (0, 0), (-1, -1), 10)]
    if ruled:
        style.append(("GRID", (0, 0), (-1, -1), 0.5, "black"))
    style += [("SPAN", a, b) for a, b in spans]
    t = Table(rows, repeatRows=repeat_rows, colWidths=col_widths)
    t.setStyle(TableStyle(style))
    return t


def image_only_pdf(path: Path, pages: int = 1) -> Path:
    from reportlab.lib.pagesizes import A4
    from reportlab.lib.utils import ImageReader
    from reportlab.pdfgen import canvas
    c = canvas.Canvas(str(path), pagesize=A4)
    img = ImageReader(io.BytesIO(png_bytes((240, 240, 240), (300, 400))))
    for _ in range(pages):
        c.drawImage(img, 20, 20, width=A4[0] - 40, height=A4[1] - 40)
        c.showPage()
    c.save()
    return path


# --- LibreOffice ----------------------------------------------------------------------------

def soffice_convert(sources: list[Path], fmt: str, outdir: Path, profile: Path) -> list[Path]:
    """Converts files with LibreOffice in one run (for making .doc/.xls test inputs)."""
    soffice = shutil.which("soffice")
    if soffice is None:
        raise RuntimeError("LibreOffice (soffice) is required for the .doc/.xls tests")
    subprocess.run([soffice, f"-env:UserInstallation={profile.as_uri()}", "--headless",
                    "--convert-to", fmt, "--outdir", str(outdir), *map(str, sources)],
                   check=True, capture_output=True, timeout=180)
    out = [outdir / (src.stem + "." + fmt.split(":")[0]) for src in sources]
    missing = [p for p in out if not p.exists()]
    assert not missing, f"LibreOffice did not produce {missing}"
    return out


def add_sheet_textbox(path: Path, text: str) -> None:
    """Draws a text box (a DrawingML shape, as Excel writes one) on the first sheet."""
    drawing = (
        '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>'
        '<xdr:wsDr xmlns:xdr="http://schemas.openxmlformats.org/drawingml/2006/spreadsheetDrawing" '
        'xmlns:a="http://schemas.openxmlformats.org/drawingml/2006/main">'
        '<xdr:twoCellAnchor><xdr:from><xdr:col>6</xdr:col><xdr:colOff>0</xdr:colOff><xdr:row>0</xdr:row>'
        '<xdr:rowOff>0</xdr:rowOff></xdr:from><xdr:to><xdr:col>9</xdr:col><xdr:colOff>0</xdr:colOff>'
        '<xdr:row>2</xdr:row><xdr:rowOff>0</xdr:rowOff></xdr:to>'
        '<xdr:sp macro="" textlink=""><xdr:nvSpPr><xdr:cNvPr id="2" name="TextBox 1"/><xdr:cNvSpPr txBox="1"/>'
        '</xdr:nvSpPr><xdr:spPr/><xdr:txBody><a:bodyPr/><a:p><a:r><a:t>'
        f'{text}</a:t></a:r></a:p></xdr:txBody></xdr:sp><xdr:clientData/></xdr:twoCellAnchor></xdr:wsDr>')
    rels = ('<?xml version="1.0" encoding="UTF-8" standalone="yes"?>'
            '<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">'
            '<Relationship Id="rIdDr1" Type="http://schemas.openxmlformats.org/officeDocument/2006/'
            'relationships/drawing" Target="../drawings/drawing1.xml"/></Relationships>')
    rewrite_zip(path, {
        "[Content_Types].xml": lambda d: d.replace(
            b"</Types>", b'<Override PartName="/xl/drawings/drawing1.xml" ContentType="application/'
                         b'vnd.openxmlformats-officedocument.drawing+xml"/></Types>'),
        "xl/worksheets/sheet1.xml": lambda d: d.replace(
            b"</worksheet>", b'<drawing xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/'
                             b'relationships" r:id="rIdDr1"/></worksheet>'),
    }, add={"xl/drawings/drawing1.xml": drawing.encode("utf-8"),
            "xl/worksheets/_rels/sheet1.xml.rels": rels.encode("utf-8")})


def unmapped_font_pdf(path: Path, text: str = "填报单位：市教育局 截至3月底累计完成新改扩建中小学2所") -> Path:
    """A PDF whose font has no Unicode map (its ToUnicode entry renamed, same length, so the
    offsets hold): the text shows but cannot be extracted, like many scanned-then-typeset files."""
    from reportlab.lib.pagesizes import A4
    from reportlab.pdfgen import canvas
    font = cjk_font()
    c = canvas.Canvas(str(path), pagesize=A4, pageCompression=0)
    c.setFont(font, 12)
    c.drawString(72, 760, text)
    c.save()
    data = path.read_bytes()
    assert b"/ToUnicode" in data
    path.write_bytes(data.replace(b"/ToUnicode", b"/ToUnicodX"))
    return path


def qr_png(payload: str, box_size: int = 4) -> bytes:
    import qrcode
    img = qrcode.make(payload, box_size=box_size, border=2)
    buf = io.BytesIO()
    img.save(buf, format="PNG")
    return buf.getvalue()
