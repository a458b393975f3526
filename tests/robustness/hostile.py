"""Hostile and broken returns, each built small inside the tests: one builder per kind of
bad input the service must refuse with a plain Chinese message (and survive)."""
from __future__ import annotations

import io
import os
import random
import struct
import zipfile
import zlib
from dataclasses import dataclass
from typing import Callable


def valid_docx(text: str = "市教育局 2024年一季度 进展情况表") -> bytes:
    import docx

    d = docx.Document()
    d.add_paragraph(text)
    t = d.add_table(rows=2, cols=2)
    t.cell(0, 0).text, t.cell(0, 1).text = "指标", "累计完成"
    t.cell(1, 0).text, t.cell(1, 1).text = "新改扩建中小学", "2所"
    buf = io.BytesIO()
    d.save(buf)
    return buf.getvalue()


def valid_xlsx() -> bytes:
    import openpyxl

    wb = openpyxl.Workbook()
    ws = wb.active
    ws.append(["指标", "累计完成"])
    ws.append(["新改扩建中小学", "2所"])
    buf = io.BytesIO()
    wb.save(buf)
    return buf.getvalue()


def valid_pdf(pages: int = 1, size=(595, 842)) -> bytes:
    from reportlab.pdfgen import canvas

    buf = io.BytesIO()
    c = canvas.Canvas(buf, pagesize=size)
    for i in range(pages):
        c.drawString(72, 720, f"Progress report page {i + 1}: 2 schools")
        c.showPage()
    c.save()
    return buf.getvalue()


def valid_png(w: int = 40, h: int = 30) -> bytes:
    from PIL import Image

    buf = io.BytesIO()
    Image.new("RGB", (w, h), "white").save(buf, "PNG")
    return buf.getvalue()


# ----------------------------------------------------------------------------- the hostile ones

def zero_bytes() -> bytes:
    return b""


def random_bytes() -> bytes:
    return random.Random(6).randbytes(4096)


def truncated_docx() -> bytes:
    data = valid_docx()
    return data[: len(data) // 2]


def truncated_pdf() -> bytes:
    data = valid_pdf()
    return data[: len(data) // 2]


def truncated_png() -> bytes:
    data = valid_png(400, 300)
    return data[: len(data) // 2]


def encrypted_pdf() -> bytes:
    from reportlab.lib import pdfencrypt
    from reportlab.pdfgen import canvas

    buf = io.BytesIO()
    enc = pdfencrypt.StandardEncryption("open-sesame", canPrint=0)
    c = canvas.Canvas(buf, encrypt=enc)
    c.drawString(72, 720, "secret")
    c.showPage()
    c.save()
    return buf.getvalue()


def encrypted_docx() -> bytes:
    import msoffcrypto.format.ooxml as ooxml

    out = io.BytesIO()
    ooxml.OOXMLFile(io.BytesIO(valid_docx())).encrypt("open-sesame", out)
    return out.getvalue()


def encrypted_xlsx() -> bytes:
    import msoffcrypto.format.ooxml as ooxml

    out = io.BytesIO()
    ooxml.OOXMLFile(io.BytesIO(valid_xlsx())).encrypt("open-sesame", out)
    return out.getvalue()


def _rezip(data: bytes, extra: dict[str, bytes], replace: dict[str, bytes] | None = None) -> bytes:
    replace = replace or {}
    src = zipfile.ZipFile(io.BytesIO(data))
    out = io.BytesIO()
    with zipfile.ZipFile(out, "w", zipfile.ZIP_DEFLATED) as z:
        for info in src.infolist():
            z.writestr(info.filename, replace.get(info.filename, src.read(info.filename)))
        for name, content in extra.items():
            z.writestr(name, content)
    return out.getvalue()


def zip_bomb_docx() -> bytes:
    """A 20 MB run of zeros hidden in a .docx part (compresses ~1000:1)."""
    return _rezip(valid_docx(), {"word/media/pad.bin": b"\0" * (20 * 1024 * 1024)})


def zip_bomb_xlsx() -> bytes:
    return _rezip(valid_xlsx(), {"xl/media/pad.bin": b"\0" * (20 * 1024 * 1024)})


def many_members_docx() -> bytes:
    """5001 empty members: over the 5000-member cap, yet under 500 kB."""
    src = zipfile.ZipFile(io.BytesIO(valid_docx()))
    out = io.BytesIO()
    with zipfile.ZipFile(out, "w", zipfile.ZIP_DEFLATED) as z:
        for info in src.infolist():
            z.writestr(info.filename, src.read(info.filename))
        for i in range(5001 - len(src.infolist())):
            z.writestr(f"{i}", b"", compress_type=zipfile.ZIP_STORED)
    return out.getvalue()


def billion_laughs_docx() -> bytes:
    """document.xml with the classic entity-expansion bomb (10 levels of 10)."""
    levels = ['<!ENTITY lol0 "lol">'] + [
        f'<!ENTITY lol{i} "{("&lol%d;" % (i - 1)) * 10}">' for i in range(1, 10)]
    body = (
        '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n'
        f'<!DOCTYPE w:document [{"".join(levels)}]>'
        '<w:document xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main">'
        '<w:body><w:p><w:r><w:t>&lol9;</w:t></w:r></w:p></w:body></w:document>').encode()
    return _rezip(valid_docx(), {}, {"word/document.xml": body})


def external_entity_docx() -> bytes:
    """XXE: an entity pointing at a local file must never be read into the text."""
    body = (
        '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n'
        '<!DOCTYPE w:document [<!ENTITY xxe SYSTEM "file:///etc/passwd">]>'
        '<w:document xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main">'
        '<w:body><w:p><w:r><w:t>&xxe;</w:t></w:r></w:p></w:body></w:document>').encode()
    return _rezip(valid_docx(), {}, {"word/document.xml": body})


def traversal_docx() -> bytes:
    return _rezip(valid_docx(), {"../../evil.xml": b"<x/>"})


def absolute_path_docx() -> bytes:
    return _rezip(valid_docx(), {"/tmp/evil.xml": b"<x/>"})


def _png_chunk(kind: bytes, data: bytes) -> bytes:
    return struct.pack(">I", len(data)) + kind + data + struct.pack(">I", zlib.crc32(kind + data))


def decompression_bomb_png() -> bytes:
    """A 30000×30000 greyscale PNG header (900 MP) over a tiny compressed body."""
    w = h = 30000
    ihdr = struct.pack(">IIBBBBB", w, h, 8, 0, 0, 0, 0)
    row = b"\0" * (w + 1)
    comp = zlib.compressobj(9)
    body = comp.compress(row * 64) + comp.flush()  # only the start: the header is the bomb
    return b"\x89PNG\r\n\x1a\n" + _png_chunk(b"IHDR", ihdr) + _png_chunk(b"IDAT", body) + _png_chunk(b"IEND", b"")


def huge_page_pdf() -> bytes:
    """One page 14400×14400 pt (5 m square, the PDF maximum) with text: read from its text
    layer, never rendered whole."""
    return valid_pdf(size=(14400, 14400))


def huge_blank_page_pdf() -> bytes:
    """The same page with no text: a "scan" whose rendering would need 160 000² pixels."""
    return _pdf([b"<< /Type /Catalog /Pages 2 0 R >>", b"<< /Type /Pages /Kids [3 0 R] /Count 1 >>",
                 b"<< /Type /Page /Parent 2 0 R /MediaBox [0 0 14400 14400] >>"])


def too_many_pages_pdf() -> bytes:
    return valid_pdf(pages=205)


def zero_page_pdf() -> bytes:
    objs = [b"<< /Type /Catalog /Pages 2 0 R >>", b"<< /Type /Pages /Kids [] /Count 0 >>"]
    return _pdf(objs)


def javascript_pdf() -> bytes:
    """A text page plus an OpenAction JavaScript: read as text, the script never runs."""
    objs = [
        b"<< /Type /Catalog /Pages 2 0 R /OpenAction 5 0 R /Names << /JavaScript << /Names [(x) 5 0 R] >> >> >>",
        b"<< /Type /Pages /Kids [3 0 R] /Count 1 >>",
        b"<< /Type /Page /Parent 2 0 R /MediaBox [0 0 595 842] /Contents 4 0 R "
        b"/Resources << /Font << /F1 6 0 R >> >> >>",
        None,  # contents, filled below
        b"<< /S /JavaScript /JS (app.alert\\('pwned'\\); this.exportDataObject\\({cName: 'x'}\\);) >>",
        b"<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica >>",
    ]
    stream = b"BT /F1 12 Tf 72 720 Td (Progress report: 2 schools) Tj ET"
    objs[3] = b"<< /Length %d >>\nstream\n" % len(stream) + stream + b"\nendstream"
    return _pdf(objs)


def _pdf(objs: list[bytes]) -> bytes:
    out = io.BytesIO()
    out.write(b"%PDF-1.4\n")
    offsets = []
    for i, body in enumerate(objs, start=1):
        offsets.append(out.tell())
        out.write(b"%d 0 obj\n" % i + body + b"\nendobj\n")
    xref = out.tell()
    out.write(b"xref\n0 %d\n0000000000 65535 f \n" % (len(objs) + 1))
    for off in offsets:
        out.write(b"%010d 00000 n \n" % off)
    out.write(b"trailer\n<< /Size %d /Root 1 0 R >>\nstartxref\n%d\n%%%%EOF\n" % (len(objs) + 1, xref))
    return out.getvalue()


def pdf_named_docx() -> bytes:
    """An extension that lies: a real .docx handed in as report.pdf (read as a .docx)."""
    return valid_docx()


def text_named_xlsx() -> bytes:
    """An extension that lies the other way: plain text saved as .xlsx."""
    return "这不是表格，只是一段文字。\n".encode("utf-8") * 20


@dataclass(frozen=True)
class Hostile:
    name: str           # file name as uploaded
    build: Callable[[], bytes]
    refused: bool       # must the file be refused (ok: false)?
    says: tuple = ()    # fragments the clerk's message must contain (any of them)


#: every kind of bad input of issue 6; ``refused=False`` ones must be read safely instead
CASES: dict[str, Hostile] = {
    "zero-byte": Hostile("空文件.docx", zero_bytes, True, ("0 字节", "空")),
    "random-bytes": Hostile("乱码.docx", random_bytes, True, ("无法识别", "损坏")),
    "truncated-docx": Hostile("截断.docx", truncated_docx, True, ("损坏", "不完整")),
    "truncated-pdf": Hostile("截断.pdf", truncated_pdf, True, ("损坏", "不完整")),
    "truncated-png": Hostile("截断.png", truncated_png, True, ("损坏", "不完整")),
    "encrypted-pdf": Hostile("加密.pdf", encrypted_pdf, True, ("未加密的文件",)),
    "encrypted-docx": Hostile("加密.docx", encrypted_docx, True, ("未加密的文件",)),
    "encrypted-xlsx": Hostile("加密.xlsx", encrypted_xlsx, True, ("未加密的文件",)),
    "zip-bomb-docx": Hostile("炸弹.docx", zip_bomb_docx, True, ("压缩比", "上限")),
    "zip-bomb-xlsx": Hostile("炸弹.xlsx", zip_bomb_xlsx, True, ("压缩比", "上限")),
    "many-members-docx": Hostile("部件过多.docx", many_members_docx, True, ("部件",)),
    "billion-laughs-docx": Hostile("实体炸弹.docx", billion_laughs_docx, True, ("损坏",)),
    "external-entity-docx": Hostile("外部实体.docx", external_entity_docx, False),
    "traversal-docx": Hostile("穿越.docx", traversal_docx, True, ("不安全",)),
    "absolute-path-docx": Hostile("绝对路径.docx", absolute_path_docx, True, ("不安全",)),
    "decompression-bomb-png": Hostile("像素炸弹.png", decompression_bomb_png, True, ("像素过大", "上限")),
    "huge-page-pdf": Hostile("巨幅.pdf", huge_page_pdf, False),
    "huge-blank-page-pdf": Hostile("巨幅扫描.pdf", huge_blank_page_pdf, True, ("尺寸", "上限")),
    "too-many-pages-pdf": Hostile("页数过多.pdf", too_many_pages_pdf, True, ("页",)),
    "zero-page-pdf": Hostile("零页.pdf", zero_page_pdf, True, ("页", "损坏", "空")),
    "javascript-pdf": Hostile("脚本.pdf", javascript_pdf, False),
    "lying-extension-docx-as-pdf": Hostile("报告.pdf", pdf_named_docx, False),
    "lying-extension-text-as-xlsx": Hostile("表格.xlsx", text_named_xlsx, True, ("无法识别",)),
    "odd-unicode-long-name": Hostile("‮fdp.exe‭" + "进展情况表" * 60 + "\u0000\ud7ff.docx", valid_docx, False),
}
