import json

import pytest

from samples import accuracy


def _truth(**kw):
    t = {"file": "a.docx", "kind": "docx", "layout": "prose_rows", "unit": "市教育局",
         "period": "2024Q1", "stamped": None, "values": {}, "texts": {}}
    t.update(kw)
    return t


def _result(values=None, **kw):
    r = {"ok": True, "unit": "市教育局", "period": "2024Q1", "stamped": None, "texts": {},
         "values": {k: {"value": v, "confidence": c} for k, (v, c) in (values or {}).items()}}
    r.update(kw)
    return r


def test_wrong_value_is_a_false_positive_and_a_false_negative(catalog):
    truth = _truth(values={"1.1": 2, "1.2": 5, "3.1": 92.6})
    result = _result({"1.1": (2, 0.95), "1.2": (4, 0.95), "3.1": (92.63, 0.5), "9.9": (1, 0.3)})
    s = accuracy.score_file(truth, result, catalog)
    assert (s.tp, s.fp, s.fn) == (2, 2, 1)
    assert s.wrong == {"1.2": [5, 4]} and s.extra == {"9.9": 1} and s.missing == []
    p, r, f = accuracy.prf(s.tp, s.fp, s.fn)
    assert (p, r) == (0.5, 2 / 3)
    assert f == pytest.approx(2 * 0.5 * (2 / 3) / (0.5 + 2 / 3))


@pytest.mark.parametrize("ind, truth, got, ok", [
    ("3.1", 92.6, 92.64, True), ("3.1", 92.6, 92.7, False), ("1.1", 5, 5.0000001, True),
    ("1.1", 5, 5.01, False), ("1.1", 5, "5", True), ("1.1", 5, None, False),
])
def test_tolerance_is_wider_for_percentages(catalog, ind, truth, got, ok):
    s = accuracy.score_file(_truth(values={ind: truth}), _result({ind: (got, 1)}), catalog)
    assert (s.tp == 1) is ok


def test_missing_value_is_a_false_negative_only(catalog):
    s = accuracy.score_file(_truth(values={"1.1": 2}), _result(), catalog)
    assert (s.tp, s.fp, s.fn, s.missing) == (0, 0, 1, ["1.1"])


@pytest.mark.parametrize("tp, fp, fn, expected", [
    (0, 0, 0, (1.0, 1.0, 1.0)), (0, 0, 3, (1.0, 0.0, 0.0)), (0, 2, 0, (0.0, 1.0, 0.0)),
    (3, 1, 0, (0.75, 1.0, 6 / 7)),
])
def test_prf_edge_cases(tp, fp, fn, expected):
    assert accuracy.prf(tp, fp, fn) == pytest.approx(expected)


def test_department_quarter_seal_and_texts(catalog):
    truth = _truth(stamped=True, texts={"1": {"progress": "累计 完成2所。", "plans": "下步。"}})
    result = _result(unit="市妇联", stamped=True, texts={"1": {"progress": "累计完成2所。\n", "plans": "下一步。"}})
    s = accuracy.score_file(truth, result, catalog)
    assert (s.unit_ok, s.period_ok, s.stamped_ok) == (False, True, True)
    assert (s.texts_total, s.texts_ok) == (2, 1)


def test_null_seal_truth_is_not_scored(catalog):
    s = accuracy.score_file(_truth(stamped=None), _result(stamped=False), catalog)
    assert s.stamped_ok is None
    assert accuracy.summarise([s])["stamped"] is None


def test_confident_wrong_share(catalog):
    truth = _truth(values={"1.1": 2, "1.2": 5})
    result = _result({"1.1": (2, 0.95), "1.2": (6, 0.9), "1.3": (1, 0.99), "8.1": (3, 0.2)})
    rep = accuracy.summarise([accuracy.score_file(truth, result, catalog)])
    assert rep["confident_values"] == 3
    assert rep["confident_wrong"] == pytest.approx(2 / 3, abs=1e-4)


def test_unreadable_file_misses_every_figure(catalog):
    s = accuracy.score_file(_truth(values={"1.1": 2, "1.2": 5}),
                            {"ok": False, "error": "文件已损坏", "values": {}}, catalog)
    rep = accuracy.summarise([s])
    assert (rep["unreadable"], rep["fn"], rep["recall"], rep["f1"]) == (1, 2, 0.0, 0.0)


def test_report_groups_by_format_and_layout_and_ranks_worst(catalog):
    a = accuracy.score_file(_truth(file="a.docx", values={"1.1": 2}), _result({"1.1": (2, 1)}), catalog)
    b = accuracy.score_file(_truth(file="b.pdf", kind="pdf-text", layout="ledger", values={"1.1": 2}),
                            _result({"1.1": (3, 1)}), catalog)
    rep = accuracy.report([a, b])
    assert set(rep["by_format"]) == {"docx", "pdf-text"}
    assert set(rep["by_layout"]) == {"prose_rows", "ledger"}
    assert rep["by_format"]["docx"]["f1"] == 1.0 and rep["by_format"]["pdf-text"]["f1"] == 0.0
    assert [w["file"] for w in rep["worst"]] == ["b.pdf"]
    assert "b.pdf" in accuracy.render_text(rep)


@pytest.mark.parametrize("items, expected", [
    (["0.97"], {"f1": 0.97}), (["unit=0.9,period=0.95"], {"unit": 0.9, "period": 0.95}),
    (["recall=0.5", "confident_wrong=0.02"], {"recall": 0.5, "confident_wrong": 0.02}),
])
def test_parse_thresholds(items, expected):
    assert accuracy.parse_thresholds(items) == expected


def test_unknown_metric_is_refused():
    with pytest.raises(ValueError):
        accuracy.parse_thresholds(["speed=1"])


def test_failures_compare_the_right_way():
    rep = {"overall": {"f1": 0.9, "unit": 1.0, "confident_wrong": 0.05, "stamped": None}}
    bad = accuracy.failures(rep, {"f1": 0.95, "unit": 0.97, "confident_wrong": 0.02, "stamped": 0.9})
    assert len(bad) == 2 and bad[0].startswith("f1") and bad[1].startswith("confident_wrong")


def test_accuracy_command_end_to_end(native_samples, capsys):
    out, truths = native_samples
    code = accuracy.main([str(out), "--json", "--jobs", "1", "--formats", "docx,xlsx,pdf-text"])
    rep = json.loads(capsys.readouterr().out)
    assert code == 0
    assert rep["overall"]["files"] == len(truths)
    assert set(rep["by_format"]) == {"docx", "xlsx", "pdf-text"}
    assert set(rep["by_layout"]) == {t["layout"] for t in truths}
    for m in rep["by_format"].values():
        assert {"precision", "recall", "f1", "unit", "period", "stamped", "texts", "confident_wrong"} <= set(m)
        assert 0 <= m["f1"] <= 1
    assert len(rep["files"]) == len(truths)


def test_accuracy_command_exits_1_under_threshold(native_samples, capsys):
    out, _ = native_samples
    code = accuracy.main([str(out), "--formats", "docx", "--jobs", "1", "--fail-under", "1.01"])
    captured = capsys.readouterr()
    assert code == 1 and "FAIL: f1" in captured.err
    assert "per format" in captured.out


def test_extraction_never_sees_the_truth(native_samples, monkeypatch):
    out, _ = native_samples
    seen = []
    import app.extraction

    def spy(path, display_name=None, **kw):
        seen.append((str(path), display_name))
        raise RuntimeError("boom")
    monkeypatch.setattr(app.extraction, "extract_file", spy)
    scores = accuracy.run(out, ["docx"], jobs=1)
    assert all(not s.ok for s in scores)
    assert all(not p.endswith(".truth.json") and "truth" not in (d or "") for p, d in seen)
    assert len(seen) == len(scores)
