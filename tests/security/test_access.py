"""Who may open and do what: every endpoint behind a login except the login page, the
health check and static assets; role checks; downloads only of stored documents by id."""
from __future__ import annotations

import io
import re

import pytest

from tests.security.conftest import login

#: the only endpoints a visitor who has not logged in may reach (issue 6: the login page and
#: the health check; static assets carry no data)
PUBLIC = {"auth.login", "healthz", "static"}


def _sample_url(rule) -> str:
    """A concrete URL for a rule: integers → 1, other converters → a plausible word."""
    def fill(m):
        conv, name = (m.group(1) or "").rstrip(":"), m.group(2)
        return "1" if conv == "int" else ("2024Q1" if name in ("period", "code") else "x")
    return re.sub(r"<(?:(\w+):)?(\w+)>", fill, rule.rule)


def _rules(app):
    return [(r, m) for r in app.url_map.iter_rules() for m in sorted(r.methods - {"HEAD", "OPTIONS"})]


def test_url_map_has_the_endpoints_this_suite_walks(app):
    endpoints = {r.endpoint for r, _ in _rules(app)}
    assert {"documents.upload", "review.correct", "api.upload", "documents.original"} <= endpoints
    assert len(endpoints) > 20


def test_every_endpoint_but_login_health_and_assets_needs_login(app):
    client = app.test_client()
    open_ones = []
    for rule, method in _rules(app):
        if rule.endpoint in PUBLIC:
            continue
        r = client.open(_sample_url(rule), method=method)
        # a page sends the visitor to the login form; the API answers 401
        if not (r.status_code == 401 or (r.status_code == 302 and "/login" in r.headers["Location"])):
            open_ones.append(f"{method} {rule.rule} → {r.status_code}")
        r.close()
    assert not open_ones, "reachable without login: " + ", ".join(open_ones)


def test_public_endpoints_are_only_login_and_health(app):
    client = app.test_client()
    assert client.get("/healthz").status_code == 200
    assert client.get("/login").status_code == 200


@pytest.fixture
def doc_id(app, good_return):
    client = login(app.test_client(), "rev")
    r = client.post("/api/v1/documents", data={"file": [(io.BytesIO(good_return), "r.docx")]},
                    content_type="multipart/form-data")
    return r.json["ids"][0]


#: writes a viewer must not make (the UI's forms and the JSON API)
VIEWER_FORBIDDEN = [
    ("POST", "/upload"),
    ("POST", "/documents/{id}/fields"),
    ("POST", "/documents/{id}/approve"),
    ("POST", "/documents/{id}/reopen"),
    ("POST", "/documents/{id}/reprocess"),
    ("POST", "/documents/{id}/note"),
    ("POST", "/admin/users"),
    ("POST", "/admin/periods/2024Q1"),
    ("POST", "/api/v1/documents"),
    ("PATCH", "/api/v1/documents/{id}"),
    ("POST", "/api/v1/documents/{id}/approve"),
]


@pytest.mark.parametrize("method,path", VIEWER_FORBIDDEN)
def test_viewer_cannot_edit_or_upload(app, doc_id, method, path):
    client = login(app.test_client(), "view")
    before = client.get(f"/api/v1/documents/{doc_id}").json
    r = client.open(path.format(id=doc_id), method=method, json={"values": {"1.1": 9}},
                    data=None)
    assert r.status_code == 403
    after = client.get(f"/api/v1/documents/{doc_id}").json
    assert after == before


def test_viewer_token_cannot_write_through_the_api(app, doc_id):
    from app.services import users

    with app.app_context():
        token = users.create_token("view")
    client = app.test_client()
    h = {"Authorization": f"Bearer {token}"}
    assert client.get(f"/api/v1/documents/{doc_id}", headers=h).status_code == 200
    r = client.patch(f"/api/v1/documents/{doc_id}", headers=h, json={"values": {"1.1": 9}})
    assert r.status_code == 403 and "权限" in r.json["error"]


@pytest.mark.parametrize("who", ["rev", "view"])
def test_reviewer_and_viewer_cannot_manage_users(app, who):
    client = login(app.test_client(), who)
    r = client.post("/admin/users", data={"name": "mallory", "password": "123456", "role": "admin"})
    assert r.status_code == 403
    with app.app_context():
        from app.services import users
        assert users.authenticate("mallory", "123456") is None


def test_bad_bearer_token_is_refused(app, doc_id):
    r = app.test_client().get(f"/api/v1/documents/{doc_id}", headers={"Authorization": "Bearer nope"})
    assert r.status_code == 401 and "令牌" in r.json["error"]


def test_inactive_user_cannot_log_in(app):
    with app.app_context():
        from app.models import User, db
        u = db.session.scalar(db.select(User).where(User.name == "rev"))
        u.active = False
        db.session.commit()
    r = app.test_client().post("/login", data={"name": "rev", "password": "rev-pw-1"})
    assert r.status_code == 401


def test_downloads_take_a_document_id_never_a_path(app):
    """No route takes a path or file name: originals and pages are found by id only."""
    for rule, _ in _rules(app):
        if rule.endpoint == "static":
            continue
        for conv in rule._converters.values():
            assert type(conv).__name__ != "PathConverter", rule.rule
        assert "filename" not in rule.arguments and "path" not in rule.arguments, rule.rule


@pytest.mark.parametrize("path", ["/documents/999/original", "/documents/0/original",
                                  "/documents/-1/original", "/documents/..%2f..%2fetc%2fpasswd/original",
                                  "/documents/1%2f..%2f..%2fetc%2fpasswd/original"])
def test_download_of_anything_but_a_stored_document_is_404(app, doc_id, path):
    client = login(app.test_client(), "view")
    r = client.get(path)
    assert r.status_code == 404
    assert b"root:" not in r.data


def test_download_of_a_stored_document_gives_its_original_bytes(app, doc_id, good_return):
    client = login(app.test_client(), "view")
    with client.get(f"/documents/{doc_id}/original") as r:
        assert r.status_code == 200 and r.data == good_return


def test_tampered_storage_key_cannot_leave_the_store(app, doc_id):
    """Even a storage key altered in the database (a restored dump, a bug) cannot serve a
    file from outside the store."""
    from app.models import Document, db

    with app.app_context():
        d = db.session.get(Document, doc_id)
        d.storage_key = "../../../../etc/passwd"
        db.session.commit()
    app.config["PROPAGATE_EXCEPTIONS"] = False  # answer as production does
    client = login(app.test_client(), "view")
    r = client.get(f"/documents/{doc_id}/original")
    assert r.status_code in (400, 404, 500) and b"root:" not in r.data
    assert "服务器内部错误" in r.get_data(as_text=True) or r.status_code != 500
