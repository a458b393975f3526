"""The API flow (upload → status → correct → history → approve → period status), on SQLite
and on PostgreSQL (a fresh schema per run)."""
import io

import pytest

from app.models import db
from app.services import users

from .conftest import make_app


@pytest.fixture(params=["sqlite", pytest.param("postgres", marks=pytest.mark.postgres)])
def api(request, tmp_path):
    overrides = {}
    if request.param == "postgres":
        overrides["SQLALCHEMY_DATABASE_URI"] = request.getfixturevalue("pg_schema")
    app = make_app(tmp_path, **overrides)
    with app.app_context():
        users.create_user("rev", "rev-pw-1", "reviewer")
        users.create_user("view", "view-pw-1", "viewer")
        tokens = {"rev": users.create_token("rev"), "view": users.create_token("view")}
    client = app.test_client()
    yield client, {k: {"Authorization": f"Bearer {t}"} for k, t in tokens.items()}
    with app.app_context():
        db.session.remove()
        db.engine.dispose()


def test_api_flow(api, returns):
    client, h = api
    content = returns("市卫生健康委", "2024Q2", {"3.1": 45.5, "7.1": 2})
    r = client.post("/api/v1/documents", headers=h["rev"],
                    data={"file": [(io.BytesIO(content), "卫健委.docx")]})
    assert r.status_code == 201
    [doc_id] = r.json["ids"]

    doc = client.get(f"/api/v1/documents/{doc_id}", headers=h["view"]).json
    assert doc["status"] == "done" and doc["ok"] and doc["kind"] == "docx"
    assert (doc["unit"], doc["period"]) == ("市卫生健康委", "2024Q2")
    assert doc["values"]["3.1"]["value"] == 45.5 and doc["values"]["3.1"]["corrected"] is None

    r = client.patch(f"/api/v1/documents/{doc_id}", headers=h["rev"],
                     json={"values": {"3.1": 46}, "reason": "按盖章件更正"})
    assert r.status_code == 200
    v = r.json["values"]["3.1"]
    assert (v["value"], v["extracted"], v["corrected"]["reason"], v["corrected"]["by"]) == \
        (46, 45.5, "按盖章件更正", "rev")

    hist = client.get(f"/api/v1/documents/{doc_id}/history", headers=h["view"]).json["history"]
    change = [i for i in hist if i["kind"] == "correction"]
    assert change == [{"at": change[0]["at"], "kind": "correction", "field": "value:3.1",
                       "old": "45.5", "new": "46", "reason": "按盖章件更正", "user": "rev"}]

    status = client.get("/api/v1/periods/2024Q2/status", headers=h["view"]).json
    assert _state(status, "市卫生健康委") == "reviewed"
    assert client.post(f"/api/v1/documents/{doc_id}/approve", headers=h["rev"]).status_code == 200
    status = client.get("/api/v1/periods/2024Q2/status", headers=h["view"]).json
    assert _state(status, "市卫生健康委") == "approved"
    assert "市卫生健康委" not in status["missing"]


def test_patch_department_and_quarter_is_recorded(api, returns):
    client, h = api
    content = returns("市科协", "2024Q3", {"9.2": 10})
    [doc_id] = client.post("/api/v1/documents", headers=h["rev"],
                           data={"file": [(io.BytesIO(content), "x.docx")]}).json["ids"]
    r = client.patch(f"/api/v1/documents/{doc_id}", headers=h["rev"],
                     json={"department": "市文旅局", "period": "2024Q4", "reason": "报错了部门"})
    assert (r.json["unit"], r.json["period"], r.json["extracted_unit"]) == ("市文化和旅游局", "2024Q4", "市科协")


def test_patch_with_a_bad_value_changes_nothing(api, returns):
    client, h = api
    content = returns("市科协", "2024Q3", {"9.2": 10})
    [doc_id] = client.post("/api/v1/documents", headers=h["rev"],
                           data={"file": [(io.BytesIO(content), "x.docx")]}).json["ids"]
    r = client.patch(f"/api/v1/documents/{doc_id}", headers=h["rev"],
                     json={"unit": "市妇联", "values": {"9.2": "很多"}})
    assert r.status_code == 400 and "不是数字" in r.json["error"]
    assert client.get(f"/api/v1/documents/{doc_id}", headers=h["rev"]).json["unit"] == "市科协"


def _state(status, unit):
    return next(u["state"] for u in status["units"] if u["unit"] == unit)


@pytest.mark.parametrize("method,path,who,code", [
    ("get", "/api/v1/documents/1", None, 401),
    ("get", "/api/v1/periods/2024Q1/status", "bogus", 401),
    ("post", "/api/v1/documents", "view", 403),
    ("patch", "/api/v1/documents/1", "view", 403),
    ("get", "/api/v1/documents/999", "view", 404),
    ("get", "/api/v1/periods/2023Q9/status", "view", 404),
])
def test_api_refusals_are_json_in_chinese(client, app, method, path, who, code):
    with app.app_context():
        headers = {"Authorization": "Bearer " + (users.create_token(who) if who in ("view", "rev")
                                                 else "bogus")} if who else {}
    r = getattr(client, method)(path, headers=headers, json={} if method != "get" else None)
    assert r.status_code == code and r.json["error"]


def test_openapi_needs_a_token(client):
    r = client.get("/api/v1/openapi.json")
    assert r.status_code == 401 and r.json["error"]


def test_openapi_describes_the_endpoints(client, token):
    spec = client.get("/api/v1/openapi.json", headers={"Authorization": f"Bearer {token}"}).json
    assert spec["openapi"].startswith("3.")
    assert {"/documents", "/documents/{id}", "/documents/{id}/history",
            "/periods/{period}/status"} <= set(spec["paths"])
    assert set(spec["paths"]["/documents/{id}"]) == {"get", "patch"}
