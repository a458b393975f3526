import pytest


def test_healthz_needs_no_login(client):
    assert client.get("/healthz").json == {"ok": True}


@pytest.mark.parametrize("path", ["/", "/upload", "/tracker", "/admin/users", "/documents/1"])
def test_pages_redirect_to_login_when_logged_out(client, path):
    r = client.get(path)
    assert r.status_code == 302
    assert "/login" in r.headers["Location"]


def test_login_with_wrong_password_says_so_in_chinese(client):
    r = client.post("/login", data={"name": "rev", "password": "nope"})
    assert r.status_code == 401
    assert "用户名或密码不正确" in r.get_data(as_text=True)


def test_login_then_logout(client, auth):
    assert auth.login().headers["Location"] == "/"
    assert client.get("/").status_code == 200
    auth.logout()
    assert client.get("/").status_code == 302


def test_login_ignores_offsite_next(client):
    r = client.post("/login?next=https://evil.example/", data={"name": "rev", "password": "rev-pw-1"})
    assert r.headers["Location"] == "/"


@pytest.mark.parametrize("who,path,status", [
    ("view", "/upload", 403),
    ("view", "/admin/users", 403),
    ("rev", "/admin/users", 403),
    ("rev", "/upload", 200),
    ("admin", "/admin/users", 200),
    ("rev", "/admin/periods", 403),
    ("admin", "/admin/periods", 200),
])
def test_roles_decide_what_a_user_may_open(client, auth, who, path, status):
    auth.login(who)
    assert client.get(path).status_code == status


def test_passwords_are_stored_hashed(app):
    from app.models import User, db
    with app.app_context():
        u = db.session.scalar(db.select(User).where(User.name == "rev"))
        assert "rev-pw-1" not in u.password_hash and u.check_password("rev-pw-1")


def test_forms_are_csrf_protected(tmp_path):
    from .conftest import make_app
    from app.services import users
    app = make_app(tmp_path, WTF_CSRF_ENABLED=True)
    with app.app_context():
        users.create_user("rev", "rev-pw-1", "reviewer")
    client = app.test_client()
    r = client.post("/login", data={"name": "rev", "password": "rev-pw-1"})
    assert r.status_code == 400 and "页面已过期" in r.get_data(as_text=True)


def test_pages_forbid_inline_script_and_foreign_sources(client, auth):
    auth.login()
    csp = client.get("/upload").headers["Content-Security-Policy"]
    assert "script-src 'self'" in csp and "unsafe-inline" not in csp
