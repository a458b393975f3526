from __future__ import annotations

from datetime import datetime

import pytest

from app.consolidate.periods import PeriodError, as_of_label, elapsed_share, period_end
from app.consolidate.rules import (STATUS_BEHIND, STATUS_DONE, STATUS_ON_TRACK,
                                   completion_rate, consolidate, status)
from tests.app.consolidate.conftest import make_return


def _row(table, ind_id):
    for p in table.projects:
        for r in p.indicators:
            if r.indicator.id == ind_id:
                return r
    raise KeyError(ind_id)


def _project(table, no):
    return next(p for p in table.projects if p.project.no == no)


@pytest.mark.parametrize("period, share, last_day", [
    ("2024Q1", 0.25, "2024年3月31日"), ("2024Q2", 0.5, "2024年6月30日"),
    ("2024Q3", 0.75, "2024年9月30日"), ("2024Q4", 1.0, "2024年12月31日")])
def test_period_gives_share_of_year_and_last_day(period, share, last_day):
    assert elapsed_share(period) == share
    assert as_of_label(period) == last_day
    assert period_end(period).year == 2024


@pytest.mark.parametrize("bad", ["2024Q5", "2024-2", "", "Q2"])
def test_period_written_wrongly_is_refused_in_chinese(bad):
    with pytest.raises(PeriodError, match="季度"):
        period_end(bad)


@pytest.mark.parametrize("value, target, comparator, rate", [
    (3, 4, "eq", 0.75), (6000, 5000, "ge", 1.2), (1900, 2000, "approx", 0.95),
    (80, 100, "le", 1.0), (125, 100, "le", 0.8), (3, None, None, None), (3, 4, None, None)])
def test_completion_rate_against_target_with_comparator(value, target, comparator, rate):
    got = completion_rate(value, target, comparator)
    if rate is None:
        assert got is None
    else:
        assert got == pytest.approx(rate)


@pytest.mark.parametrize("value, target, comparator, share, expected", [
    (4, 4, "eq", 0.5, STATUS_DONE),
    (2, 4, "eq", 0.5, STATUS_ON_TRACK),
    (1, 4, "eq", 0.5, STATUS_BEHIND),
    (5000, 5000, "ge", 0.25, STATUS_DONE),
    (1000, 5000, "ge", 0.25, STATUS_BEHIND),
    (1300, 5000, "ge", 0.25, STATUS_ON_TRACK),
    (1920, 2000, "approx", 0.75, STATUS_DONE),   # 约2000名: within 5% is met
    (1800, 2000, "approx", 1.0, STATUS_BEHIND),
    (90, 100, "le", 0.5, STATUS_ON_TRACK),
    (90, 100, "le", 1.0, STATUS_DONE),
    (110, 100, "le", 0.5, STATUS_BEHIND),
    (3, None, None, 0.5, None),
])
def test_status_against_share_of_year_elapsed(value, target, comparator, share, expected):
    assert status(value, target, comparator, share) == expected


def test_sum_indicator_adds_the_departments_figures(catalog, returns_q2):
    table = consolidate(returns_q2, catalog, "2024Q2")
    row = _row(table, "2.1")  # 培训家政从业人员: sum; the commerce bureau is not approved
    assert row.indicator.aggregate == "sum"
    assert row.value == 800 + 1700
    assert row.rate == pytest.approx(2500 / 5000)
    assert row.status == STATUS_ON_TRACK
    assert not row.unreviewed


def test_lead_indicator_takes_the_lead_departments_figure(catalog):
    # 8.2 达标率 (percent → lead): 市教育局 leads project 8, 市卫生健康委 also wrote a figure
    returns = [make_return("市卫生健康委", {"8.2": 90}), make_return("市教育局", {"8.2": 100})]
    row = _row(consolidate(returns, catalog, "2024Q2"), "8.2")
    assert row.indicator.aggregate == "lead"
    assert row.value == 100
    assert [(c.unit, c.counted) for c in row.contributions] == [("市教育局", True),
                                                                 ("市卫生健康委", False)]


def test_lead_aggregate_falls_back_to_a_co_department_with_a_note(catalog):
    # 3.1 筛查率 (percent → lead 市卫生健康委); only 市妇联 reported it
    table = consolidate([make_return("市妇联", {"3.1": 70})], catalog, "2024Q2")
    row = _row(table, "3.1")
    assert row.indicator.aggregate == "lead"
    assert row.value == 70
    assert any("牵头单位市卫生健康委未报此项" in n for n in row.notes)


def test_reviewers_correction_is_the_figure_used(catalog, returns_q2):
    table = consolidate(returns_q2, catalog, "2024Q2")
    row = _row(table, "4.2")
    assert row.value == 320
    src = row.contributions[0].source
    assert (src.extracted, src.value, src.changed_by) == (300, 320, "张三")


def test_missing_and_pending_departments_are_listed(catalog, returns_q2):
    table = consolidate(returns_q2, catalog, "2024Q2")
    p2 = _project(table, 2)
    assert p2.reported == ["市人力资源社会保障局", "市妇联"]
    assert p2.pending == ["市商务局"]
    assert p2.missing == []
    p8 = _project(table, 8)
    assert p8.reported == ["市教育局"]
    assert set(p8.missing) == {"市卫生健康委", "市公安局", "市法院", "市检察院"}
    assert "市商务局" in table.pending_units
    assert "市民政局" in table.missing_units
    assert "市教育局" in table.reported_units


def test_unreviewed_figures_count_only_when_included_and_are_marked(catalog, returns_q2):
    table = consolidate(returns_q2, catalog, "2024Q2", include_unreviewed=True)
    row = _row(table, "2.1")
    assert row.value == 800 + 1700 + 500
    assert row.unreviewed
    assert _project(table, 2).unreviewed_units == ["市商务局"]
    assert not _row(table, "1.1").unreviewed


def test_narratives_are_merged_with_the_department_named(catalog, returns_q2):
    table = consolidate(returns_q2, catalog, "2024Q2")
    p1 = _project(table, 1)
    assert p1.progress == ["【市教育局】新建学校2所"]
    assert p1.problems_plans == ["【市教育局】存在问题：用地紧张\n下步打算：加快建设"]
    assert _project(table, 4).progress == ["【市妇联】开展巡讲450场"]


def test_newest_return_of_a_department_wins_and_the_other_is_noted(catalog):
    old = make_return("市教育局", {"1.1": 1}, file_name="old.docx",
                      uploaded_at=datetime(2024, 7, 1))
    new = make_return("市教育局", {"1.1": 3}, file_name="new.docx",
                      uploaded_at=datetime(2024, 7, 5))
    table = consolidate([new, old], catalog, "2024Q2")
    assert _row(table, "1.1").value == 3
    assert any("old.docx" in n for n in table.notes)


def test_returns_of_another_quarter_or_unknown_department_are_left_out(catalog):
    table = consolidate([make_return("市教育局", {"1.1": 1}, period="2024Q1"),
                         make_return("某某局", {"1.1": 1})], catalog, "2024Q2")
    assert _row(table, "1.1").value is None
    assert len(table.notes) == 2


def test_milestones_and_indicators_without_target_have_no_rate(catalog, returns_q2):
    table = consolidate(returns_q2, catalog, "2024Q2")
    assert _row(table, "2.2").value == 3 and _row(table, "2.2").rate is None
    assert _row(table, "4.3").status is None


def test_project_completion_is_the_mean_of_capped_rates(catalog):
    table = consolidate([make_return("市教育局", {"1.1": 8, "1.2": 5, "1.3": 0})],
                        catalog, "2024Q2")
    assert _project(table, 1).completion == pytest.approx((1.0 + 0.5 + 0.0) / 3)


def test_a_table_of_only_unreviewed_figures_says_so_once(catalog):
    from app.consolidate.layout import UNREVIEWED_MARK, body_grid, legend, subtitle
    table = consolidate([make_return("市教育局", {"1.1": 2}, approved=False)], catalog,
                        "2024Q2", include_unreviewed=True)
    assert table.all_unreviewed
    cells, _ = body_grid(table)
    assert not any(UNREVIEWED_MARK in c.text or c.unreviewed for c in cells)
    assert "未经审核" in subtitle(table) and "尚未经审核" in legend(table)
