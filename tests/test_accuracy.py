"""End-to-end accuracy floors: files → parsers → interpretation → scored against truth.

The full runs belong to `make accuracy` and bench/; these are small, fixed subsets so a
change that breaks reading a layout, a format or the scoring fails the suite. Two sources:
the samples generator (many layouts, one author) and the hand-written held-out corpus
(samples/holdout, other authors' layouts and wordings)."""
from __future__ import annotations

import pytest

from samples import accuracy, generate, holdout

pytestmark = pytest.mark.slow


def _summary(directory, catalog, formats=None):
    scores = accuracy.run(directory, formats=formats, jobs=2, catalog=catalog)
    assert scores, "no samples were scored"
    assert all(s.ok for s in scores), [s.file for s in scores if not s.ok]
    return accuracy.report(scores)


def _assert_floors(rep, f1, unit, period, confident_wrong=0.01):
    o = rep["overall"]
    detail = {"overall": o, "worst": rep["worst"]}
    assert o["f1"] >= f1, detail
    assert o["unit"] >= unit, detail
    assert o["period"] >= period, detail
    if o["confident_values"]:
        assert o["confident_wrong"] <= confident_wrong, detail


def test_generated_native_returns_meet_the_accuracy_floor(tmp_path, catalog):
    generate.generate(tmp_path, formats=["docx", "xlsx", "pdf-text"], count=12, seed=913,
                      catalog=catalog)
    rep = _summary(tmp_path, catalog)
    assert rep["overall"]["files"] == 36
    _assert_floors(rep, f1=0.97, unit=0.97, period=0.97)


# batch 5 is the untouched final measurement (see samples/holdout/FINDINGS.md): measured,
# not yet a floor
HELD_OUT_BATCHES = (1, 2, 3, 4)


def test_held_out_native_returns_meet_the_accuracy_floor(tmp_path, catalog):
    for batch in HELD_OUT_BATCHES:
        holdout.generate(tmp_path, formats=["docx", "xlsx"], batch=batch)
    rep = _summary(tmp_path, catalog)
    assert rep["overall"]["files"] >= 40
    _assert_floors(rep, f1=0.95, unit=0.97, period=0.95)


def test_old_office_formats_read_through_libreoffice(tmp_path, catalog):
    generate.generate(tmp_path, formats=["doc", "wps", "xls", "et"], count=2, seed=914,
                      catalog=catalog)
    rep = _summary(tmp_path, catalog)
    assert set(rep["by_format"]) == {"doc", "wps", "xls", "et"}
    _assert_floors(rep, f1=0.95, unit=1.0, period=1.0)


def test_scans_and_photos_meet_the_accuracy_floor(tmp_path, catalog):
    generate.generate(tmp_path, formats=["pdf-scan", "image"], count=2, seed=915, catalog=catalog)
    rep = _summary(tmp_path, catalog)
    _assert_floors(rep, f1=0.85, unit=1.0, period=1.0, confident_wrong=0.05)
    assert rep["overall"]["stamped"] == 1.0, rep["worst"]
