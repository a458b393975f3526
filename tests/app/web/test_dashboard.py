"""进度看板: completion per project, departments yet to report, quarter over quarter, read from
the consolidation core; approved returns by default, unreviewed ones only when asked."""
import io
import re

import pytest

from app.web.dashboard import SPARK, spark_points


def _upload(client, returns, unit, period, values):
    content = returns(unit, period, values)
    r = client.post("/upload", data={"file": [(io.BytesIO(content), f"{unit}{period}.docx")]},
                    content_type="multipart/form-data")
    return r.json["files"][0]["id"]


@pytest.fixture
def quarters(client, auth, returns):
    """市教育局 approved in Q1 and Q2; 市卫生健康委 reported Q2, not yet approved."""
    auth.login()
    for period, values in (("2024Q1", {"1.1": 1, "1.2": 2}), ("2024Q2", {"1.1": 2, "1.2": 5})):
        client.post(f"/documents/{_upload(client, returns, '市教育局', period, values)}/approve")
    _upload(client, returns, "市卫生健康委", "2024Q2", {"3.1": 45})
    return client


def _page(client, query=""):
    r = client.get(f"/dashboard?period=2024Q2{query}")
    assert r.status_code == 200
    return r.get_data(as_text=True)


def _completion(page, project_no):
    m = re.search(rf'data-project="{project_no}" data-completion="([0-9.]*)"', page)
    return m.group(1) if m else None


def _cells(page, indicator_id):
    row = re.search(rf'<tr data-indicator="{re.escape(indicator_id)}">(.*?)</tr>', page, re.S).group(1)
    return dict(re.findall(r'data-period="(\w+)">([^<]*)', row))


def test_completion_per_project_counts_only_approved_returns(quarters):
    page = _page(quarters)
    assert _completion(page, 1) == "0.5000"  # 1.1: 2 of 4, 1.2: 5 of 10; 1.3 not reported
    assert _completion(page, 3) == ""  # 卫健委's figure is not approved: no rate yet
    assert 'id="approved-only"' in page and "1 个部门已报送、待审核" in page
    assert '<ul id="pending"><li>市卫生健康委</li></ul>' in page


def test_including_unreviewed_counts_them_and_says_so(quarters):
    page = _page(quarters, "&all=1")
    assert _completion(page, 3) == "0.5000"  # 45% screening against 90%
    assert 'id="unreviewed-banner"' in page
    assert '<td class="num unreviewed" data-period="2024Q2">45%<span class="tag">未审核</span>' in page
    assert 'id="pending"' not in page


def test_departments_yet_to_report_are_listed(quarters, catalog):
    page = _page(quarters)
    listed = re.findall(r"<li>([^<]+)<br>", page.split('<ol id="missing">')[1].split("</ol>")[0])
    assert set(listed) == {u.name for u in catalog.units} - {"市教育局", "市卫生健康委"}


def test_quarter_over_quarter_shows_each_quarters_consolidated_figure(quarters):
    page = _page(quarters)
    assert _cells(page, "1.1") == {"2024Q1": "1所", "2024Q2": "2所"}
    assert _cells(page, "1.2") == {"2024Q1": "2所", "2024Q2": "5所"}
    assert "2024Q3" not in _cells(page, "1.1")  # only the quarters so far


def test_dashboard_is_linked_and_self_contained(quarters):
    page = _page(quarters)
    assert 'href="/dashboard"' in page
    assert not re.search(r'(src|href)="(https?:)?//', page)  # no CDN
    assert " style=" not in page and "<script>" not in page  # the CSP forbids inline


def test_without_a_quarter_it_opens_the_latest_one_reported(quarters):
    page = quarters.get("/dashboard").get_data(as_text=True)
    assert '<option value="2024Q2" selected>' in page and "进度看板 · 2024年第二季度" in page


@pytest.mark.parametrize("who,status", [(None, 302), ("view", 200)])
def test_dashboard_needs_a_login_and_a_viewer_may_open_it(client, auth, who, status):
    if who:
        auth.login(who)
    assert client.get("/dashboard?period=2024Q3").status_code == status


def test_unknown_quarter_is_refused_in_chinese(client, auth):
    auth.login("view")
    r = client.get("/dashboard?period=2023Q9")
    assert r.status_code == 404 and "没有季度 2023Q9" in r.get_data(as_text=True)


@pytest.mark.parametrize("values,ceiling,expected_y", [
    ([50, 100, None, None], 100, [SPARK["h"] / 2, SPARK["pad"]]),  # the target at the top
    ([0, 3, None, None], None, [SPARK["h"] - SPARK["pad"], SPARK["pad"]]),  # no target: own max
    ([None, 5, None, None], 10, [SPARK["h"] / 2]),  # a quarter with no figure leaves a gap
])
def test_sparkline_scales_figures_to_the_target(values, ceiling, expected_y):
    pts = spark_points(values, 4, ceiling)
    assert [y for _, y in pts] == pytest.approx(expected_y)
    assert all(SPARK["pad"] <= x <= SPARK["w"] - SPARK["pad"] for x, _ in pts)
