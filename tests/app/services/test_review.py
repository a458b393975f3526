import pytest

from app.services.review import document_checks, field_rows, parse_number


def _row(doc, ind_id):
    return next(r for r in field_rows(doc) if r.indicator.id == ind_id)


def test_cumulative_figure_lower_than_last_quarter_is_flagged(record):
    record("市教育局", "2024Q1", {"1.2": 6})
    doc = record("市教育局", "2024Q2", {"1.2": 4})
    assert any("低于上季度累计数（上季度 6）" in w for w in _row(doc, "1.2").warnings)


def test_same_figure_as_last_quarter_is_not_flagged_as_lower(record):
    record("市教育局", "2024Q1", {"1.2": 6})
    doc = record("市教育局", "2024Q2", {"1.2": 6})
    assert not any("上季度" in w for w in _row(doc, "1.2").warnings)


@pytest.mark.parametrize("ind_id,value,expected", [
    ("3.1", 104, "百分比超过 100%"),          # percent over 100
    ("1.1", 20, "远超目标"),                  # 20 schools against a target of 4
    ("1.1", 5, "超过目标"),                   # comparator eq: over target
    ("2.1", 6000, "完成率 120%"),             # "5000 人次以上": over 100% is fine but shown
])
def test_figures_beyond_the_catalog_are_flagged(record, ind_id, value, expected, catalog):
    unit = catalog.project(int(ind_id.split(".")[0])).lead
    doc = record(unit, "2024Q2", {ind_id: value})
    assert any(expected in w for w in _row(doc, ind_id).warnings)


def test_completion_rate_is_value_over_target(record):
    doc = record("市教育局", "2024Q2", {"1.2": 5})
    assert _row(doc, "1.2").rate == pytest.approx(50.0)


def test_low_confidence_is_flagged_until_corrected(record, user):
    from app.services.review import correct
    doc = record("市教育局", "2024Q2", {"1.2": 5}, confidence=0.5)
    assert _row(doc, "1.2").level == "low" and _row(doc, "1.2").flagged
    correct(doc.id, "value:1.2", "5", "核对无误", user)  # same value: nothing to record
    correct(doc.id, "value:1.2", "6", "按原件", user)
    assert _row(doc, "1.2").level == "corrected" and not _row(doc, "1.2").flagged


def test_missing_seal_is_reported(record):
    assert "未发现公章" in " ".join(document_checks(record("市教育局", "2024Q2", {"1.1": 1})))


def test_seal_of_another_department_is_reported(record):
    doc = record("市教育局", "2024Q2", {"1.1": 1}, kind="pdf-scan", stamped=True,
                 seal_text="淄博市民政局")
    checks = " ".join(document_checks(doc))
    assert "公章单位（市民政局）与报送部门（市教育局）不一致" in checks
    assert "未发现公章" not in checks


def test_narrative_copied_from_last_quarter_is_reported(record):
    text = "积极推进中小学和幼儿园新改扩建工作，已完成选址论证。"
    record("市教育局", "2024Q1", {"1.1": 1}, texts={1: text})
    doc = record("市教育局", "2024Q2", {"1.1": 2}, texts={1: " " + text})
    assert any("与上季度完全相同" in c for c in document_checks(doc))


def test_unreported_project_of_the_department_is_reported(record):
    doc = record("市教育局", "2024Q2", {"1.1": 1})  # 市教育局 also has projects 4 and 8
    checks = document_checks(doc)
    assert any(c.startswith("项目4") and c.endswith("未填报") for c in checks)
    assert not any(c.startswith("项目1") and "未填报" in c for c in checks)


@pytest.mark.parametrize("text,value", [("5,000", 5000), ("８５％", 85), (" 12.5 ", 12.5), ("", None)])
def test_typed_numbers_are_normalised(text, value):
    assert parse_number(text) == value


def test_returns_of_a_closed_quarter_cannot_be_changed(record, user):
    from app.models import Period, db
    from app.services import ServiceError
    from app.services.periods import set_open
    from app.services.review import approve, correct
    db.session.add(Period(code="2024Q1", year=2024, quarter=1))
    db.session.commit()
    doc = record("市教育局", "2024Q1", {"1.1": 1})
    set_open("2024Q1", False)
    for change in (lambda: correct(doc.id, "value:1.1", "2", "", user), lambda: approve(doc.id, user)):
        with pytest.raises(ServiceError, match="已关闭"):
            change()
    set_open("2024Q1", True)
    assert correct(doc.id, "value:1.1", "2", "", user) is not None


def test_confirming_an_unchanged_figure_is_recorded_and_clears_the_flag(record, user):
    from app.services.review import correct
    doc = record("市教育局", "2024Q2", {"1.2": 5}, confidence=0.5)
    c = correct(doc.id, "value:1.2", "5", "", user, confirm=True)
    assert (c.old_value, c.new_value, c.reason) == ("5", "5", "核对无误")
    assert not _row(doc, "1.2").flagged and _row(doc, "1.2").value == 5


def test_a_confirmed_figure_keeps_its_warning_but_is_no_longer_flagged(record, user):
    from app.services.review import correct
    doc = record("市教育局", "2024Q2", {"1.1": 20})
    assert _row(doc, "1.1").flagged
    correct(doc.id, "value:1.1", "20", "确有20所", user, confirm=True)
    row = _row(doc, "1.1")
    assert not row.flagged and any("远超目标" in w for w in row.warnings)
