"""Legacy formats through LibreOffice. The real conversions are marked slow; the process
handling (timeout, kill, profile pool, extension) is tested with a stand-in soffice."""
import stat
import struct
import textwrap
import threading

import openpyxl
import pytest

from parsers import parse_file
from parsers.detect import detect_kind
from parsers.errors import ConversionError, EncryptedFileError, MissingDependencyError
from parsers.libreoffice import convert, profile_slot
from parsers.limits import Limits
from tests.parsers import builders as b


@pytest.fixture(scope="module")
def legacy(tmp_path_factory):
    """One .doc, one .xls, and their Kingsoft-marked twins (WPS writes KSOProductBuildVer)."""
    root = tmp_path_factory.mktemp("legacy")
    profile = root / "profile"
    d = b.new_docx()
    d.add_paragraph("2024年第一季度进展情况表")
    t = d.add_table(rows=3, cols=2)
    t.cell(0, 0).text, t.cell(0, 1).text = "项目", "累计完成"
    t.cell(1, 0).merge(t.cell(2, 0)).text = "一、教育资源"
    t.cell(1, 1).text, t.cell(2, 1).text = "中小学2所", "幼儿园5所"
    d.add_paragraph("填报人：张三")  # Word always ends a body with a paragraph; LibreOffice needs it
    d.save(root / "word.docx")
    d.save(root / "kso_word.docx")
    b.add_custom_properties(root / "kso_word.docx", {"KSOProductBuildVer": "2052-11.1.0.14309"})
    wb = openpyxl.Workbook()
    wb.active["A1"], wb.active["B1"] = "指标", "累计完成"
    wb.active["A2"], wb.active["B2"] = "筛查率", 0.9
    wb.active["B2"].number_format = "0%"
    wb.save(root / "sheet.xlsx")
    wb.save(root / "kso_sheet.xlsx")
    b.add_custom_properties(root / "kso_sheet.xlsx", {"KSOProductBuildVer": "2052-11.1.0.14309"})
    docs = b.soffice_convert([root / "word.docx", root / "kso_word.docx"], "doc", root, profile)
    sheets = b.soffice_convert([root / "sheet.xlsx", root / "kso_sheet.xlsx"], "xls", root, profile)
    out = dict(zip(["word", "kso_word", "sheet", "kso_sheet"], docs + sheets))
    return out


@pytest.mark.slow
def test_doc_is_converted_and_read_as_word(legacy):
    doc = parse_file(legacy["word"])
    assert doc.kind == "doc"
    (table,) = doc.tables()
    assert table.cell_at(2, 0).text == "一、教育资源" and table.cell_at(2, 0).row_span == 2


@pytest.mark.slow
def test_xls_is_converted_and_read_as_excel(legacy):
    doc = parse_file(legacy["sheet"])
    assert doc.kind == "xls"
    assert next(doc.tables()).text_grid() == [["指标", "累计完成"], ["筛查率", "90%"]]


@pytest.mark.slow
@pytest.mark.parametrize("stem,kind", [("word", "doc"), ("kso_word", "wps"), ("sheet", "xls"), ("kso_sheet", "et")])
def test_detect_tells_kingsoft_files_from_microsoft_ones(legacy, stem, kind):
    assert detect_kind(legacy[stem]) == kind


@pytest.mark.slow
def test_detect_refuses_an_encrypted_doc(legacy, tmp_path):
    import olefile
    path = tmp_path / "locked.doc"
    path.write_bytes(legacy["word"].read_bytes())
    with olefile.OleFileIO(str(path), write_mode=True) as ole:
        fib = bytearray(ole.openstream("WordDocument").read())
        flags = struct.unpack_from("<H", fib, 0x0A)[0] | 0x0100  # fEncrypted
        struct.pack_into("<H", fib, 0x0A, flags)
        ole.write_stream("WordDocument", bytes(fib))
    with pytest.raises(EncryptedFileError) as e:
        detect_kind(path)
    assert e.value.kind == "doc"


@pytest.mark.slow
def test_detect_refuses_an_encrypted_xls(legacy, tmp_path):
    import olefile
    path = tmp_path / "locked.xls"
    path.write_bytes(legacy["sheet"].read_bytes())
    with olefile.OleFileIO(str(path), write_mode=True) as ole:
        data = bytearray(ole.openstream("Workbook").read())
        pos = 0
        while True:  # turn the first record after BOF into a FILEPASS of the same length
            rtype, size = struct.unpack_from("<HH", data, pos)
            if pos > 0:
                struct.pack_into("<H", data, pos, 0x002F)
                break
            pos += 4 + size
        ole.write_stream("Workbook", bytes(data))
    with pytest.raises(EncryptedFileError):
        detect_kind(path)


# --- process handling, with a stand-in soffice ---------------------------------------------

def fake_soffice(tmp_path, body: str):
    script = tmp_path / "soffice"
    script.write_text("#!/usr/bin/env python3\n" + textwrap.dedent(body))
    script.chmod(script.stat().st_mode | stat.S_IEXEC)
    return script


@pytest.fixture
def profiles(tmp_path, monkeypatch):
    monkeypatch.setenv("PARSERS_LO_PROFILE_DIR", str(tmp_path / "profiles"))
    return tmp_path / "profiles"


def test_conversion_is_killed_on_timeout_with_its_children(tmp_path, monkeypatch, profiles):
    pidfile = tmp_path / "child.pid"
    script = tmp_path / "soffice"
    script.write_text(f"#!/bin/sh\nsleep 60 &\necho $! > {pidfile}\nsleep 60\n")
    script.chmod(script.stat().st_mode | stat.S_IEXEC)
    monkeypatch.setenv("SOFFICE", str(script))
    src = tmp_path / "a.doc"
    src.write_bytes(b"x")
    with pytest.raises(ConversionError) as e:
        convert(src, "word", limits=Limits(conversion_timeout=3), workdir=str(tmp_path / "w"))
    assert "超时" in e.value.message
    assert pidfile.exists(), "the stand-in soffice did not start its child in time"
    assert not _running(int(pidfile.read_text()))


def _running(pid: int) -> bool:
    """Alive and not a zombie waiting for its (gone) parent to be reaped."""
    import time
    for _ in range(20):
        try:
            with open(f"/proc/{pid}/status") as f:
                state = next(line for line in f if line.startswith("State:"))
        except (FileNotFoundError, ProcessLookupError):
            return False
        if "Z" in state.split()[1]:
            return False
        time.sleep(0.1)
    return True


def test_conversion_feeds_a_wps_file_to_libreoffice_as_doc(tmp_path, monkeypatch, profiles):
    argfile = tmp_path / "args"
    script = fake_soffice(tmp_path, f"""
        import sys, pathlib
        args = sys.argv[1:]
        open({str(argfile)!r}, "w").write("\\n".join(args))
        out = pathlib.Path(args[args.index("--outdir") + 1])
        (out / (pathlib.Path(args[-1]).stem + ".docx")).write_bytes(b"PK")
    """)
    monkeypatch.setenv("SOFFICE", str(script))
    src = tmp_path / "进展情况.wps"
    src.write_bytes(b"\xd0\xcf\x11\xe0")
    result = convert(src, "word", workdir=str(tmp_path / "w"))
    args = argfile.read_text().splitlines()
    assert args[-1].endswith("source.doc")
    assert any(a.startswith("-env:UserInstallation=file://") and str(profiles) in a for a in args)
    assert result.suffix == ".docx"


def test_conversion_reports_libreoffice_producing_nothing(tmp_path, monkeypatch, profiles):
    monkeypatch.setenv("SOFFICE", str(fake_soffice(tmp_path, "import sys; sys.exit(1)")))
    src = tmp_path / "a.xls"
    src.write_bytes(b"x")
    with pytest.raises(ConversionError) as e:
        convert(src, "sheet", workdir=str(tmp_path / "w"))
    assert ".xlsx" in e.value.message


def test_conversion_without_libreoffice_says_what_is_missing(tmp_path, monkeypatch):
    monkeypatch.delenv("SOFFICE", raising=False)
    monkeypatch.setenv("PATH", str(tmp_path))
    with pytest.raises(MissingDependencyError) as e:
        convert(tmp_path / "a.doc", "word")
    assert "LibreOffice" in e.value.message


def test_concurrent_conversions_never_share_a_profile(profiles):
    held, release = [], threading.Event()
    got_second = threading.Event()

    def hold():
        with profile_slot(2) as p:
            held.append(p)
            got_second.wait(5)
            release.wait(5)

    t = threading.Thread(target=hold)
    t.start()
    for _ in range(500):
        if held:
            break
        threading.Event().wait(0.01)
    with profile_slot(2) as mine:
        got_second.set()
        assert mine != held[0]
    release.set()
    t.join()


def test_a_free_profile_is_reused(profiles):
    with profile_slot(3) as first:
        pass
    with profile_slot(3) as again:
        pass
    assert first == again


MARKUP = {
    "sheet-html": ("报表.xls", "xls", '<html xmlns:o="urn:schemas-microsoft-com:office:office" '
                   'xmlns:x="urn:schemas-microsoft-com:office:excel"><head><meta charset="utf-8"></head>'
                   "<body><table><tr><td>指标</td><td>累计完成</td></tr>"
                   "<tr><td>培训家政从业人员</td><td>1200</td></tr></table></body></html>"),
    "word-html": ("报告.doc", "doc", '<html xmlns:o="urn:schemas-microsoft-com:office:office" '
                  'xmlns:w="urn:schemas-microsoft-com:office:word"><head><meta charset="utf-8"></head>'
                  "<body><table><tr><td>指标</td><td>累计完成</td></tr>"
                  "<tr><td>培训家政从业人员</td><td>1200</td></tr></table><p>市妇联</p></body></html>"),
    "sheet-xml": ("导出.xls", "xls", '<?xml version="1.0" encoding="UTF-8"?><?mso-application progid="Excel.Sheet"?>'
                  '<Workbook xmlns="urn:schemas-microsoft-com:office:spreadsheet" '
                  'xmlns:ss="urn:schemas-microsoft-com:office:spreadsheet"><Worksheet ss:Name="S"><Table>'
                  '<Row><Cell><Data ss:Type="String">指标</Data></Cell><Cell><Data ss:Type="String">累计完成</Data>'
                  '</Cell></Row><Row><Cell><Data ss:Type="String">培训家政从业人员</Data></Cell>'
                  '<Cell><Data ss:Type="Number">1200</Data></Cell></Row></Table></Worksheet></Workbook>'),
}


@pytest.mark.parametrize("source", sorted(MARKUP))
def test_detect_takes_office_markup_under_an_office_name_for_that_office_kind(tmp_path, source):
    name, kind, text = MARKUP[source]
    path = tmp_path / name
    path.write_text(text, encoding="utf-8")
    assert detect_kind(path) == kind


@pytest.mark.slow
@pytest.mark.parametrize("source", sorted(MARKUP))
def test_office_markup_is_converted_and_read(tmp_path, source):
    name, kind, text = MARKUP[source]
    path = tmp_path / name
    path.write_text(text, encoding="utf-8")
    doc = parse_file(path)
    assert doc.kind == kind
    assert next(doc.tables()).text_grid() == [["指标", "累计完成"], ["培训家政从业人员", "1200"]]
