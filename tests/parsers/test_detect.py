import io
import zipfile

import pytest

from parsers.detect import detect_kind
from parsers.errors import (CorruptFileError, EmptyFileError, EncryptedFileError,
                            UnsupportedFormatError)
from tests.parsers import builders as b


@pytest.fixture
def docx_file(tmp_path):
    d = b.new_docx()
    d.add_paragraph("进展情况")
    path = tmp_path / "return.docx"
    d.save(path)
    return path


@pytest.fixture
def xlsx_file(tmp_path):
    import openpyxl
    wb = openpyxl.Workbook()
    wb.active["A1"] = "进展情况"
    path = tmp_path / "return.xlsx"
    wb.save(path)
    return path


@pytest.mark.parametrize("lying_name", ["return.pdf", "return.xlsx", "return", "return.jpg"])
def test_detect_reads_docx_from_content_whatever_the_name(docx_file, tmp_path, lying_name):
    liar = tmp_path / lying_name
    liar.write_bytes(docx_file.read_bytes())
    assert detect_kind(liar) == "docx"


def test_detect_reads_xlsx_from_content_whatever_the_name(xlsx_file, tmp_path):
    liar = tmp_path / "return.docx"
    liar.write_bytes(xlsx_file.read_bytes())
    assert detect_kind(liar) == "xlsx"


def test_detect_rejects_an_empty_file(tmp_path):
    path = tmp_path / "empty.docx"
    path.write_bytes(b"")
    with pytest.raises(EmptyFileError):
        detect_kind(path)


def test_detect_rejects_random_bytes_with_a_chinese_message(tmp_path):
    path = tmp_path / "noise.doc"
    path.write_bytes(bytes(range(256)) * 8)
    with pytest.raises(UnsupportedFormatError) as e:
        detect_kind(path)
    assert "无法识别" in e.value.message


def test_detect_reports_a_truncated_docx_as_corrupt_docx(docx_file, tmp_path):
    data = docx_file.read_bytes()
    path = tmp_path / "cut.docx"
    path.write_bytes(data[: len(data) // 2])
    with pytest.raises(CorruptFileError) as e:
        detect_kind(path)
    assert e.value.kind == "docx"


def test_detect_refuses_password_protected_ooxml(docx_file, tmp_path):
    from msoffcrypto.format.ooxml import OOXMLFile
    out = io.BytesIO()
    with open(docx_file, "rb") as f:
        OOXMLFile(f).encrypt("secret", out)
    path = tmp_path / "locked.docx"
    path.write_bytes(out.getvalue())
    with pytest.raises(EncryptedFileError) as e:
        detect_kind(path)
    assert "未加密" in e.value.message


def test_detect_refuses_a_pdf_with_an_open_password(tmp_path):
    from reportlab.lib import pdfencrypt
    from reportlab.pdfgen import canvas
    path = tmp_path / "locked.pdf"
    c = canvas.Canvas(str(path), encrypt=pdfencrypt.StandardEncryption("user", "owner"))
    c.drawString(100, 700, "progress")
    c.save()
    with pytest.raises(EncryptedFileError):
        detect_kind(path)


def test_detect_reads_a_pdf_with_only_an_owner_password_as_text(tmp_path):
    from reportlab.lib import pdfencrypt
    from reportlab.pdfgen import canvas
    path = tmp_path / "restricted.pdf"
    c = canvas.Canvas(str(path), encrypt=pdfencrypt.StandardEncryption("", "owner", canPrint=0))
    c.drawString(100, 700, "progress report of the first quarter, 2024")
    c.save()
    assert detect_kind(path) == "pdf-text"


def test_detect_tells_a_text_pdf_from_a_scan(tmp_path):
    text_pdf = b.build_pdf(tmp_path / "t.pdf", lambda font: [b.para("截至3月底，全市新改扩建中小学2所。", font)])
    scan_pdf = b.image_only_pdf(tmp_path / "s.pdf")
    assert detect_kind(text_pdf) == "pdf-text"
    assert detect_kind(scan_pdf) == "pdf-scan"


def test_detect_takes_a_scan_with_a_few_watermark_words_as_a_scan(tmp_path):
    from reportlab.lib.pagesizes import A4
    from reportlab.lib.utils import ImageReader
    from reportlab.pdfgen import canvas
    path = tmp_path / "camscanner.pdf"
    c = canvas.Canvas(str(path), pagesize=A4)
    c.drawImage(ImageReader(io.BytesIO(b.png_bytes((250, 250, 250), (200, 280)))), 0, 0,
                width=A4[0], height=A4[1])
    c.drawString(20, 20, "Scanned by App")
    c.save()
    assert detect_kind(path) == "pdf-scan"


@pytest.mark.parametrize("fmt", ["PNG", "JPEG", "TIFF", "BMP", "WEBP"])
def test_detect_recognises_images(tmp_path, fmt):
    from PIL import Image
    path = tmp_path / "photo.bin"
    Image.new("RGB", (8, 8), (255, 0, 0)).save(path, format=fmt)
    assert detect_kind(path) == "image"


def test_detect_takes_rtf_saved_as_doc_for_a_word_file(tmp_path):
    path = tmp_path / "return.doc"
    path.write_bytes(rb"{\rtf1\ansi hello}")
    assert detect_kind(path) == "doc"


def test_detect_explains_iphone_heic_photos(tmp_path):
    path = tmp_path / "IMG_0001.jpg"
    path.write_bytes(b"\x00\x00\x00\x18ftypheic" + b"\x00" * 64)
    with pytest.raises(UnsupportedFormatError) as e:
        detect_kind(path)
    assert "HEIC" in e.value.message


def test_detect_asks_to_unpack_a_zip_of_returns(tmp_path, docx_file):
    path = tmp_path / "returns.zip"
    with zipfile.ZipFile(path, "w") as zf:
        zf.write(docx_file, "市教育局.docx")
    with pytest.raises(UnsupportedFormatError) as e:
        detect_kind(path)
    assert "解压" in e.value.message


def test_detect_takes_a_pdf_whose_text_cannot_be_extracted_for_a_scan(tmp_path):
    assert detect_kind(b.unmapped_font_pdf(tmp_path / "nomap.pdf")) == "pdf-scan"
