"""Formats that need LibreOffice or rasterising: they open, carry their marks, and their truth
says what a reader can see."""
import random

import olefile
import pypdfium2 as pdfium
import pytest
from openpyxl import load_workbook
from PIL import Image

from samples.convert import convert_batch
from samples.doc import Grid, Para, SampleDoc
from samples.generate import generate
from samples.render import excel

pytestmark = pytest.mark.slow


@pytest.fixture(scope="module")
def converted(tmp_path_factory):
    out = tmp_path_factory.mktemp("converted")
    truths = generate(out, formats=("doc", "wps", "xls", "et", "pdf-scan", "image"), count=1, seed=5)
    return out, {t["kind"]: t for t in truths}


def _summary_info(path) -> bytes:
    with olefile.OleFileIO(str(path)) as ole:
        return ole.openstream("\x05DocumentSummaryInformation").read()


@pytest.mark.parametrize("kind, stream", [("doc", "WordDocument"), ("wps", "WordDocument"),
                                          ("xls", "Workbook"), ("et", "Workbook")])
def test_old_binary_formats_are_ole_files(converted, kind, stream):
    out, truths = converted
    path = out / truths[kind]["file"]
    assert path.suffix == "." + kind
    with olefile.OleFileIO(str(path)) as ole:
        assert ole.exists(stream)


@pytest.mark.parametrize("kind, marked", [("wps", True), ("et", True), ("doc", False), ("xls", False)])
def test_kingsoft_mark_only_on_wps_and_et(converted, kind, marked):
    out, truths = converted
    raw = _summary_info(out / truths[kind]["file"])
    assert ("KSOProductBuildVer".encode("utf-16-le") in raw or b"KSOProductBuildVer" in raw) is marked


def test_scan_is_an_image_only_pdf(converted):
    out, truths = converted
    t = truths["pdf-scan"]
    pdf = pdfium.PdfDocument(str(out / t["file"]))
    try:
        page = pdf[0]
        assert page.get_textpage().get_text_range().strip() == ""
        assert any(obj.type == pdfium.raw.FPDF_PAGEOBJ_IMAGE for obj in page.get_objects())
    finally:
        pdf.close()
    assert t["stamped"] in (True, False) and 150 <= t["scan"]["dpi"] <= 300


def test_photo_is_a_jpeg(converted):
    out, truths = converted
    t = truths["image"]
    with Image.open(out / t["file"]) as im:
        assert im.format == "JPEG" and max(im.size) >= 1800
    assert t["stamped"] in (True, False)


def test_libreoffice_stores_formula_values(tmp_path):
    doc = SampleDoc(blocks=[Para("表", "title"), Grid(
        [["指标", "年度目标", "累计完成", "完成率"], ["新改扩建幼儿园", "10", "7", "70%"]],
        numbers={(1, 1): 10, (1, 2): 7}, formulas={(1, 3): ("ratio", 2, 1)})])
    src = tmp_path / "src" / "f.xlsx"
    src.parent.mkdir()
    assert excel.render(doc, src, random.Random(0), use_formulas=True)
    assert load_workbook(src, data_only=True).active["D3"].value is None  # openpyxl stores no value
    out = convert_batch([src], "xlsx", tmp_path / "out")[0]
    ws = load_workbook(out, data_only=True).active
    assert ws["D3"].value == pytest.approx(0.7)
    assert load_workbook(out).active["D3"].value.startswith("=")
