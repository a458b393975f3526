import json
import re

import pytest

from samples import plan
from samples.generate import FORMATS, generate, plan_jobs
from samples.layouts import LAYOUTS
from tests.samples.helpers import docx_text, pdf_text, written_forms, xlsx_cells


def _text_of(path):
    if path.suffix == ".docx":
        return docx_text(path)
    if path.suffix == ".pdf":
        return pdf_text(path)
    return "\n".join(map(str, xlsx_cells(path)))


def _squash(text: str) -> str:
    return re.sub(r"\s+", "", text)


def test_truth_sits_beside_each_file_and_names_it(native_samples):
    out, truths = native_samples
    assert len(truths) == 27
    for t in truths:
        assert (out / t["file"]).is_file()
        on_disk = json.loads((out / (t["file"].rsplit(".", 1)[0] + ".truth.json")).read_text("utf-8"))
        assert on_disk == t
        assert set(t) >= {"file", "kind", "unit", "period", "stamped", "values", "texts", "layout",
                          "layout_variant", "phrasing"}


def test_every_layout_is_drawn_in_every_native_format(native_samples):
    _, truths = native_samples
    for fmt in ("docx", "xlsx", "pdf-text"):
        assert {t["layout"] for t in truths if t["kind"] == fmt} == set(LAYOUTS)


def test_same_seed_gives_the_same_returns(tmp_path, native_samples):
    _, first = native_samples
    again = generate(tmp_path, formats=("docx", "xlsx", "pdf-text"), count=9, seed=11, libreoffice=False)
    assert again == first
    docx = [t["file"] for t in first if t["kind"] == "docx"]
    assert [docx_text(tmp_path / f) for f in docx] == [docx_text(native_samples[0] / f) for f in docx]


def test_another_seed_gives_other_returns(tmp_path, native_samples):
    other = generate(tmp_path, formats=("docx",), count=8, seed=12, libreoffice=False)
    assert [t["values"] for t in other] != [t["values"] for t in native_samples[1] if t["kind"] == "docx"]


def test_every_truth_figure_is_written_in_the_file(native_samples, catalog):
    out, truths = native_samples
    for t in truths:
        path = out / t["file"]
        if path.suffix == ".xlsx":
            cells = xlsx_cells(path)
            for ind_id, v in t["values"].items():
                percent = catalog.indicator(ind_id).kind == "percent"
                hits = [c for c in cells if isinstance(c, (int, float)) and
                        (abs(c - v) < 1e-6 or (percent and abs(c * 100 - v) < 1e-6))]
                hits += [c for c in cells if isinstance(c, str) and
                         any(f in c for f in written_forms(v, percent))]
                assert hits, f"{t['file']}: {ind_id}={v} not in the workbook"
            continue
        text = _squash(_text_of(path))
        for ind_id, v in t["values"].items():
            forms = written_forms(v, catalog.indicator(ind_id).kind == "percent")
            assert any(f in text for f in forms), f"{t['file']}: {ind_id}={v} not written ({forms})"


def test_truth_texts_are_written_verbatim(native_samples):
    out, truths = native_samples
    for t in truths:
        text = _squash(_text_of(out / t["file"]))
        for no, fields in t["texts"].items():
            for key, value in fields.items():
                assert _squash(value) in text, f"{t['file']} project {no} {key}"


def test_department_is_named_in_the_file_unless_only_the_seal_shows_it(native_samples, catalog):
    out, truths = native_samples
    for t in truths:
        text = _squash(_text_of(out / t["file"]))
        assert t["phrasing"]["unit_places"] != ["seal"]  # native files: the seal is a picture
        written = t["phrasing"]["unit_written"]
        assert catalog.resolve_unit(written) == t["unit"] or written.endswith(t["unit"][1:])
        assert written in text


def test_stamped_truth_follows_the_format(native_samples):
    _, truths = native_samples
    for t in truths:
        assert t["stamped"] in ((True, False) if t["kind"] == "pdf-text" else (True, None))


@pytest.mark.parametrize("unit", ["市教育局", "市妇联", "市卫生健康委", "团市委"])
def test_figures_grow_over_the_quarters(catalog, unit):
    series = [plan.figures(catalog, 5, unit, p) for p in catalog.periods]
    for ind_id in series[0]:
        values = [s[ind_id]["value"] for s in series]
        assert values == sorted(values), (ind_id, values)
        assert series[3][ind_id]["series"] == values


def test_co_responsible_department_reports_its_own_share(catalog):
    ind = catalog.indicator("2.1")
    shares = {u: plan.share(catalog, 5, u, ind) for u in plan.reporters(catalog, ind)}
    assert set(shares) == {"市人力资源社会保障局", "市妇联", "市商务局"}
    assert abs(sum(shares.values()) - 1) < 1e-9
    assert max(shares, key=shares.get) == "市人力资源社会保障局"
    final = plan.figures(catalog, 5, "市妇联", "2024Q4")["2.1"]["value"]
    assert final < ind.target


def test_some_departments_exceed_and_some_lag(catalog):
    profiles = {plan.profile(2024, u.name) for u in catalog.units}
    assert {"ahead", "lagging"} <= profiles


def test_jobs_cover_every_department_and_quarter(catalog):
    jobs = plan_jobs(catalog, ["docx"], [u.name for u in catalog.units], list(catalog.periods),
                     list(LAYOUTS), None, 3)
    assert {(j.unit, j.period) for j in jobs} == {(u.name, p) for u in catalog.units for p in catalog.periods}
    assert {j.layout for j in jobs} == set(LAYOUTS)


def test_departments_without_figures_get_a_layout_with_prose(catalog):
    jobs = plan_jobs(catalog, ["docx"], ["市法院"], list(catalog.periods), ["ledger"], None, 3)
    assert all(j.layout != "ledger" for j in jobs)


def test_formats_needing_libreoffice_are_refused_without_it(tmp_path):
    with pytest.raises(ValueError):
        generate(tmp_path, formats=("doc",), count=1, libreoffice=False)


def test_format_list_is_the_contracts():
    assert set(FORMATS) == {"docx", "doc", "wps", "xlsx", "xls", "et", "pdf-text", "pdf-scan", "image"}


def test_workbook_kept_all_year_opens_on_the_reported_quarter(tmp_path):
    import random

    from openpyxl import load_workbook

    from samples.doc import Grid, Para, SampleDoc
    from samples.render import excel
    doc = SampleDoc(blocks=[Para("三季度", "title"), Grid([["累计完成"], ["9"]])], sheet_name="三季度",
                    earlier_sheets=[("一季度", [Grid([["累计完成"], ["3"]])]),
                                    ("二季度", [Grid([["累计完成"], ["6"]])])])
    excel.render(doc, tmp_path / "w.xlsx", random.Random(0))
    wb = load_workbook(tmp_path / "w.xlsx")
    assert wb.sheetnames == ["一季度", "二季度", "三季度"]
    assert wb.active.title == "三季度"
