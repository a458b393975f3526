"""The held-out corpus: it generates, every file opens with the product's parsers, and its
truth is what a reader of the file can see."""
import json
import re

import pytest

import parsers
from samples.holdout import KINDS, generate, select
from samples.holdout.corpus import RETURNS
from samples.holdout.ledger import LEDGER, QUARTERS
from samples.holdout.numerals import cn, forms

NATIVE = ("docx", "xlsx")


@pytest.fixture(scope="module")
def native(tmp_path_factory):
    out = tmp_path_factory.mktemp("holdout")
    return out, generate(out, NATIVE)


@pytest.fixture(scope="module")
def parsed(native):
    out, truths = native
    return {t["file"]: parsers.parse_file(out / t["file"]) for t in truths}


def _squash(text: str) -> str:
    return "".join(text.split())


def _cells(text: str) -> str:
    """Spaces inside a line removed; line and cell breaks kept (as |) so cells stay apart."""
    return re.sub(r"[\t\n]+", "|", re.sub(r"[ \u3000\xa0]+", "", text))


NUMERAL_CHARS = "0-9０-９.,．零一二三四五六七八九十百千万两"


def stated(text: str, value: float, percent: bool) -> bool:
    """``value`` written whole in ``text``: 103 not inside 10300.0%, 二 not inside 二十,
    a count not followed by a percent sign."""
    after = f"[{NUMERAL_CHARS}%％]" if not percent else f"[{NUMERAL_CHARS}]"
    return any(re.search(f"(?<![{NUMERAL_CHARS}]){re.escape(f)}(?!{after})", text)
               for f in forms(value, percent))


def test_corpus_has_about_forty_returns_from_every_department_and_format(catalog):
    assert 38 <= len(RETURNS) <= 1400
    assert {r.unit for r in RETURNS} == {u.name for u in catalog.units}
    assert {r.kind for r in RETURNS} == set(KINDS)
    assert {r.period for r in RETURNS} == set(QUARTERS)
    assert len({r.layout for r in RETURNS}) >= 10
    assert len({r.stem for r in RETURNS}) == len(RETURNS)


def test_every_return_records_where_it_names_its_department_and_quarter():
    from samples.holdout.wording import WORDING
    assert set(WORDING) == {r.stem for r in RETURNS}


def test_native_returns_are_the_greater_part_as_in_an_offices_inbox():
    paper = [r for r in RETURNS if r.kind in ("pdf-scan", "image")]
    assert 0 < len(paper) <= len(RETURNS) // 3


def test_native_generation_writes_every_file_with_its_truth(native):
    out, truths = native
    assert len(truths) == len(select(NATIVE))
    for t in truths:
        assert (out / t["file"]).stat().st_size > 0
        saved = json.loads((out / (t["file"].rsplit(".", 1)[0] + ".truth.json"))
                           .read_text(encoding="utf-8"))
        assert saved == t


def test_generation_is_deterministic(native, tmp_path):
    _, first = native
    assert generate(tmp_path, NATIVE) == first


def test_unknown_format_is_refused():
    with pytest.raises(ValueError, match="unknown formats"):
        select(["pdf", "docx"])


def test_every_native_file_opens_with_the_product_parsers(parsed, native):
    _, truths = native
    for t in truths:
        doc = parsed[t["file"]]
        assert doc.kind == t["kind"]
        assert doc.plain_text().strip()


def _bare_rate(text: str, value: float) -> bool:
    """A rate written without its sign in a column headed %（筛查率（%）| 21.4)."""
    return bool(re.search(rf"(?<![\d.]){re.escape(f'{value:g}')}(?![\d.%％])", text))


def test_truth_figures_are_written_in_the_file(parsed, native, catalog):
    _, truths = native
    for t in truths:
        text = _cells(parsed[t["file"]].plain_text())
        for ind_id, value in t["values"].items():
            percent = catalog.indicator(ind_id).kind == "percent"
            assert stated(text, value, percent) or (percent and _bare_rate(text, value)), \
                (t["file"], ind_id, value)


def test_truth_texts_are_written_verbatim(parsed, native):
    _, truths = native
    for t in truths:
        text = _squash(parsed[t["file"]].plain_text())
        for no, fields in t["texts"].items():
            for key, value in fields.items():
                assert _squash(value) in text, (t["file"], no, key)


def test_department_is_named_somewhere_a_reader_looks(parsed, native, catalog):
    """In the body, a header, a text box or a workbook's tab: the canonical name or one of
    its aliases."""
    _, truths = native
    for t in truths:
        doc = parsed[t["file"]]
        text = _squash(doc.plain_text()) + "|".join(x.name or "" for x in doc.tables())
        names = catalog.unit(t["unit"]).names
        assert any(name in text for name in names), t["file"]


def test_ledger_holds_only_numeric_indicators_of_the_departments_projects(catalog):
    for unit, ind in LEDGER:
        assert ind in {i.id for p in catalog.projects_of(unit) for i in p.indicators if i.numeric}


def test_truth_values_belong_to_the_reporting_department(native, catalog):
    _, truths = native
    for t in truths:
        own = {i.id for p in catalog.projects_of(t["unit"]) for i in p.indicators if i.numeric}
        assert set(t["values"]) <= own, t["file"]


@pytest.mark.parametrize("key", sorted(LEDGER))
def test_ledger_figures_never_go_down_over_the_quarters(key):
    figures = LEDGER[key]
    assert list(figures) == sorted(figures)


@pytest.mark.parametrize("n, written", [(2, "二"), (12, "十二"), (1068, "一千零六十八"),
                                        (2046, "二千零四十六"), (120000, "十二万")])
def test_chinese_numerals(n, written):
    assert cn(n) == written


@pytest.mark.parametrize("text, value, percent, expected", [
    ("累计完成10300.0%", 103, False, False), ("累计完成103场", 103, False, True),
    ("联谊活动二十场", 2, False, False), ("联谊活动两场", 2, False, True),
    ("完成年度任务的50%", 50, False, False), ("筛查率46.3%", 46.3, True, True),
    ("覆盖率100%", 100, True, True), ("救助实现全覆盖", 100, True, True),
])
def test_stated_finds_whole_numbers_only(text, value, percent, expected):
    assert stated(text, value, percent) is expected


def test_liang_form_for_two():
    assert cn(2, liang=True) == "两" and cn(2046, liang=True) == "两千零四十六"


@pytest.mark.slow
def test_libreoffice_and_paper_formats_generate_and_show_what_the_truth_says(tmp_path, catalog):
    import pypdfium2 as pdfium
    from PIL import Image
    import numpy as np

    # batches 1-6: printed, stamped in red and scanned by samples/holdout/scan.py; later
    # authors' own paper chains (black-and-white scans among them) are looked at by eye
    truths = [t for b in range(1, 7) for t in generate(tmp_path, batch=b)]
    by_kind = {}
    for t in truths:
        by_kind.setdefault(t["kind"], []).append(t)
    for t in by_kind["pdf-text"]:
        text = _cells(parsers.parse_file(tmp_path / t["file"]).plain_text())
        for ind_id, value in t["values"].items():
            percent = catalog.indicator(ind_id).kind == "percent"
            assert stated(text, value, percent), (t["file"], ind_id)
    for t in by_kind["doc"]:
        doc = parsers.parse_file(tmp_path / t["file"])
        assert doc.kind == "doc"
        cells = {_squash(c.text) for table in doc.tables() for c in table.cells}
        for no, fields in t["texts"].items():  # narratives stay in their own table cells
            for value in fields.values():
                assert _squash(value) in cells, (t["file"], no)
    for t in by_kind["pdf-scan"] + by_kind["image"]:
        path = tmp_path / t["file"]
        if t["kind"] == "pdf-scan":
            pdf = pdfium.PdfDocument(str(path))
            pages = [pdf[i].render(scale=2).to_pil() for i in range(len(pdf))]
            pdf.close()
        else:
            pages = [Image.open(path)]
        reds = sum(int((a[..., 0] - (a[..., 1] + a[..., 2]) / 2 > 80).sum())
                   for a in (np.asarray(p.convert("RGB")).astype(int) for p in pages))
        assert (reds > 200) == t["stamped"], (t["file"], reds)


def test_every_return_has_its_own_file_name():
    from samples.holdout import file_name
    names = [file_name(r) for r in RETURNS]
    assert len(set(names)) == len(names)


@pytest.mark.parametrize("batch", sorted({r.batch for r in RETURNS}))
def test_every_batch_can_be_chosen_alone(batch):
    chosen = select(batch=batch)
    assert chosen and {r.batch for r in chosen} == {batch}


@pytest.mark.slow
def test_a_workbook_printed_to_pdf_is_a_text_pdf_with_its_cells(tmp_path, monkeypatch):
    """``made_from="xlsx"``: the builder writes a workbook; LibreOffice Calc prints it."""
    import samples.holdout as holdout
    from samples.holdout.corpus import Return, Truth
    from samples.holdout.xlkit import Sheet

    def build(out):
        s = Sheet(title="进度")
        s.table([["指标", "累计完成"], ["家庭教育巡讲（场）", 829]])
        s.save(out)
        return Truth(values={"4.1": 829.0})

    r = Return("zz01", "市妇联", "2024Q3", "xlsx-printed", "pdf-text", build, batch=99,
               made_from="xlsx")
    monkeypatch.setattr(holdout, "RETURNS", [r])
    monkeypatch.setitem(holdout.WORDING, "zz01", (("sheet-name",), "none"))
    (t,) = holdout.generate(tmp_path, batch=99)
    pdf = tmp_path / t["file"]
    assert pdf.read_bytes()[:5] == b"%PDF-"
    doc = parsers.parse_file(pdf)
    assert doc.kind == "pdf-text" and "829" in doc.plain_text()


def test_a_return_cannot_be_made_from_a_source_its_format_does_not_come_from():
    from samples.holdout.corpus import ret
    with pytest.raises(ValueError, match="cannot be made from"):
        ret("zz02", "市妇联", "2024Q3", "x", "docx", made_from="xlsx")
