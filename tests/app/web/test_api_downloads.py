"""Downloads: the quarter's consolidated table through the API (Bearer token, viewer role,
approved figures or with unreviewed ones marked), opened with openpyxl / python-docx; and one
department's blank form from the tracker page."""
import io
from urllib.parse import unquote

import pytest
from docx import Document as Docx
from openpyxl import load_workbook

from app.services import users


@pytest.fixture
def api(app, client, returns):
    """市教育局's Q2 return approved (1.1 corrected 2 → 3), 市卫生健康委's reported only."""
    with app.app_context():
        h = {who: {"Authorization": f"Bearer {users.create_token(who)}"} for who in ("rev", "view")}

    def upload(unit, values):
        data = {"file": [(io.BytesIO(returns(unit, "2024Q2", values)), f"{unit}.docx")]}
        [doc_id] = client.post("/api/v1/documents", headers=h["rev"], data=data).json["ids"]
        return doc_id

    edu = upload("市教育局", {"1.1": 2, "1.2": 5, "8.1": 40})
    client.patch(f"/api/v1/documents/{edu}", headers=h["rev"],
                 json={"values": {"1.1": 3}, "reason": "按盖章件更正"})
    client.post(f"/api/v1/documents/{edu}/approve", headers=h["rev"])
    upload("市卫生健康委", {"3.1": 45, "8.1": 30})
    return client, h


def _get(client, path, headers):
    r = client.get(path, headers=headers)
    data = r.data
    r.close()
    return r, data


def xlsx_progress(data: bytes) -> dict[str, str]:
    """The 进展情况表 sheet's 进展情况 column by indicator (the 年度目标任务 cell starts with
    the indicator's name)."""
    ws = load_workbook(io.BytesIO(data))["进展情况表"]
    return {row[2]: row[4] for row in ws.iter_rows(values_only=True) if row[2] and row[4]}


def docx_cells(data: bytes) -> list[str]:
    return [c.text for t in Docx(io.BytesIO(data)).tables for row in t.rows for c in row.cells]


def _cell(cells, catalog, ind_id) -> str:
    name = catalog.indicator(ind_id).name
    return next(v for k, v in cells.items() if str(k).startswith(name))


def test_consolidated_xlsx_holds_the_approved_figures_only(api, catalog):
    client, h = api
    r, data = _get(client, "/api/v1/periods/2024Q2/consolidated.xlsx", h["view"])
    assert r.status_code == 200 and "attachment" in r.headers["Content-Disposition"]
    assert r.mimetype.endswith("spreadsheetml.sheet")
    cells = xlsx_progress(data)
    assert _cell(cells, catalog, "1.1").startswith("累计完成3所")  # the corrected figure
    assert _cell(cells, catalog, "1.2").startswith("累计完成5所")
    assert _cell(cells, catalog, "8.1").startswith("累计完成40场")  # 卫健委's 30 not approved
    assert _cell(cells, catalog, "3.1") == "暂无报送数据"
    sources = load_workbook(io.BytesIO(data))["数据来源"]
    rows = [[c.value for c in row] for row in sources.iter_rows()]
    header = rows[0]
    by = {(row[header.index("指标编号")], row[header.index("部门")]):
          (row[header.index("提取值")], row[header.index("审核后数值")], row[header.index("修改人")])
          for row in rows[1:] if row[0]}
    assert by[("1.1", "市教育局")] == (2, 3, "rev")


def test_including_unreviewed_counts_and_marks_them(api, catalog):
    client, h = api
    r, data = _get(client, "/api/v1/periods/2024Q2/consolidated.xlsx?include_unreviewed=1",
                   h["view"])
    assert r.status_code == 200 and "含未审核" in unquote(r.headers["Content-Disposition"])
    cells = xlsx_progress(data)
    assert _cell(cells, catalog, "8.1").startswith("累计完成70场")  # 40 + 30
    assert "（未审核）" in _cell(cells, catalog, "8.1") and "（未审核）" in _cell(cells, catalog, "3.1")
    assert "（未审核）" not in _cell(cells, catalog, "1.1")


@pytest.mark.parametrize("query,total", [("", "40场"), ("?include_unreviewed=1", "70场")])
def test_consolidated_docx_holds_the_same_figures(api, catalog, query, total):
    client, h = api
    r, data = _get(client, f"/api/v1/periods/2024Q2/consolidated.docx{query}", h["view"])
    assert r.status_code == 200 and r.mimetype.endswith("wordprocessingml.document")
    cells = docx_cells(data)
    assert any(c.startswith("累计完成3所") for c in cells)
    assert any(c.startswith(f"累计完成{total}") for c in cells)


@pytest.mark.parametrize("path,who,code,message", [
    ("/api/v1/periods/2024Q2/consolidated.xlsx", None, 401, "访问令牌"),
    ("/api/v1/periods/2024Q2/consolidated.xlsx", "bogus", 401, "访问令牌"),
    ("/api/v1/periods/2023Q9/consolidated.docx", "view", 404, "没有季度"),
    ("/api/v1/periods/2024Q2/consolidated.pdf", "view", 400, "xlsx"),
])
def test_download_refusals_are_json_in_chinese(client, app, path, who, code, message):
    with app.app_context():
        token = users.create_token(who) if who == "view" else who
    r = client.get(path, headers={"Authorization": f"Bearer {token}"} if token else {})
    assert r.status_code == code and message in r.json["error"]


def test_openapi_describes_the_downloads(client, token):
    paths = client.get("/api/v1/openapi.json",
                       headers={"Authorization": f"Bearer {token}"}).json["paths"]
    for fmt in ("xlsx", "docx"):
        op = paths[f"/periods/{{period}}/consolidated.{fmt}"]["get"]
        assert {p["name"] for p in op["parameters"]} == {"period", "include_unreviewed"}
        assert list(op["responses"]["200"]["content"])[0].startswith("application/vnd.openxmlformats")


@pytest.mark.parametrize("fmt", ["docx", "xlsx"])
def test_one_departments_blank_form_downloads_from_the_tracker(client, auth, fmt):
    auth.login("view")
    page = client.get("/tracker?period=2024Q3").get_data(as_text=True)
    assert 'id="blank-form"' in page and 'action="/tracker/2024Q3/form"' in page
    r, data = _get(client, f"/tracker/2024Q3/form?unit=市科协&fmt={fmt}", {})
    assert r.status_code == 200 and "attachment" in r.headers["Content-Disposition"]
    if fmt == "docx":
        props = Docx(io.BytesIO(data)).core_properties
        assert props.subject == "WCR|1|2024Q3|市科协|2024-" + props.subject.rsplit("-", 1)[1]
    else:
        wb = load_workbook(io.BytesIO(data))
        assert wb.custom_doc_props["wcr_mark"].value.startswith("WCR|1|2024Q3|市科协|")


@pytest.mark.parametrize("query,message", [("unit=市外星局&fmt=docx", "清单中没有部门"),
                                           ("unit=市科协&fmt=pdf", "不支持"),
                                           ("fmt=docx", "请选择部门")])
def test_blank_form_refusals_are_plain_chinese(client, auth, query, message):
    auth.login("view")
    r = client.get(f"/tracker/2024Q3/form?{query}")
    assert r.status_code == 400 and message in r.get_data(as_text=True)
