import pytest

import parsers
from app.extraction.result import KINDS
from parsers import FORMATS, parse_file
from parsers.errors import CorruptFileError, MissingDependencyError, ParseError, TooLargeError
from parsers.limits import Limits
from tests.parsers import builders as b


@pytest.fixture
def docx_file(tmp_path):
    d = b.new_docx()
    d.add_paragraph("填报单位：市教育局")
    path = tmp_path / "市教育局.docx"
    d.save(path)
    return path


def test_every_kind_has_a_parser_entry():
    assert set(FORMATS) == set(KINDS) - {"unknown"}
    assert all(":" in target for target in FORMATS.values())


def test_parse_file_sets_kind_and_source_name(docx_file):
    doc = parse_file(docx_file)
    assert doc.kind == "docx"
    assert doc.source_name == "市教育局.docx"
    assert doc.plain_text() == "填报单位：市教育局"


def test_parse_file_reports_a_missing_parser_module(docx_file, monkeypatch):
    monkeypatch.setitem(FORMATS, "docx", "parsers.no_such_module:parse")
    with pytest.raises(MissingDependencyError) as e:
        parse_file(docx_file)
    assert e.value.kind == "docx"
    assert "组件" in e.value.message


def test_parse_file_wraps_a_third_party_failure(docx_file, monkeypatch):
    from lxml import etree

    def broken(path, *, limits=None):
        etree.fromstring(b"<unclosed>")

    monkeypatch.setattr("parsers.word.parse_docx", broken)
    with pytest.raises(CorruptFileError) as e:
        parse_file(docx_file)
    assert isinstance(e.value.__cause__, etree.XMLSyntaxError)
    assert e.value.kind == "docx"


def test_parse_file_refuses_a_docx_with_broken_xml(docx_file, tmp_path):
    b.rewrite_zip(docx_file, {"word/document.xml": lambda d: d[: len(d) // 2]})
    with pytest.raises(CorruptFileError) as e:
        parse_file(docx_file)
    assert e.value.kind == "docx"


def test_parse_file_checks_the_size_before_reading(docx_file):
    with pytest.raises(TooLargeError) as e:
        parse_file(docx_file, limits=Limits(max_file_mb=0.0001))
    assert e.value.kind is None


def test_parse_file_refuses_a_pdf_over_the_page_limit(tmp_path):
    from reportlab.platypus import PageBreak
    path = b.build_pdf(tmp_path / "long.pdf", lambda font: [b.para("一", font), PageBreak(),
                                                            b.para("二", font), PageBreak(),
                                                            b.para("三", font)])
    with pytest.raises(TooLargeError) as e:
        parse_file(path, limits=Limits(max_pages=2))
    assert e.value.kind == "pdf-text"


@pytest.mark.parametrize("payload", [b"", b"\x00\x01garbage" * 10])
def test_parse_file_raises_only_parse_errors_for_bad_input(tmp_path, payload):
    path = tmp_path / "x.docx"
    path.write_bytes(payload)
    with pytest.raises(ParseError) as e:
        parse_file(path)
    assert e.value.message and not e.value.message.isascii()


def test_parsers_package_imports_no_third_party_reader_up_front():
    import subprocess
    import sys
    code = ("import sys, parsers; bad = [m for m in ('docx', 'openpyxl', 'pdfplumber', 'cv2') "
            "if m in sys.modules]; print(','.join(bad))")
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True)
    assert out.stdout.strip() == ""
    assert parsers.FORMATS is FORMATS


def test_parse_file_blames_the_server_not_the_file_for_a_missing_import(docx_file, monkeypatch):
    def needs_missing(path, *, limits=None):
        import no_such_reader  # noqa: F401

    monkeypatch.setattr("parsers.word.parse_docx", needs_missing)
    with pytest.raises(MissingDependencyError):
        parse_file(docx_file)


@pytest.mark.parametrize("name", ["return.xls", "return.et", "return", "return.pdf"])
def test_parse_file_reads_an_xlsx_whatever_its_name(tmp_path, name):
    import openpyxl
    wb = openpyxl.Workbook()
    wb.active["A1"], wb.active["B1"] = "累计完成", 5
    path = tmp_path / name
    wb.save(tmp_path / "x.xlsx")
    path.write_bytes((tmp_path / "x.xlsx").read_bytes())
    doc = parse_file(path)
    assert doc.kind == "xlsx" and next(doc.tables()).text_grid() == [["累计完成", "5"]]


@pytest.mark.parametrize("name", ["return.doc", "return.wps", "return"])
def test_parse_file_reads_a_docx_whatever_its_name(tmp_path, docx_file, name):
    path = tmp_path / name
    path.write_bytes(docx_file.read_bytes())
    assert parse_file(path).plain_text() == "填报单位：市教育局"


def test_parse_file_reads_a_text_pdf_whatever_its_name(tmp_path):
    path = b.build_pdf(tmp_path / "return.docx", lambda font: [b.para("填报单位：市教育局", font)])
    doc = parse_file(path)
    assert doc.kind == "pdf-text" and doc.plain_text() == "填报单位：市教育局"
