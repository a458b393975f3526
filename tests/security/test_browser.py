"""What protects the browser: CSRF on forms, escaped extracted text, security headers,
rate-limited logins, secrets only from the environment."""
from __future__ import annotations

import io
import re
import subprocess
from pathlib import Path

import pytest

from tests.security.conftest import login, make_app

ROOT = Path(__file__).resolve().parents[2]


def _csrf_app(tmp_path):
    return make_app(tmp_path, WTF_CSRF_ENABLED=True)


def _login_with_token(client, name="rev", password="rev-pw-1"):
    page = client.get("/login").get_data(as_text=True)
    token = re.search(r'name="csrf_token" value="([^"]+)"', page).group(1)
    r = client.post("/login", data={"name": name, "password": password, "csrf_token": token})
    assert r.status_code == 302
    return token


def test_every_form_post_without_csrf_token_is_refused(tmp_path):
    app = _csrf_app(tmp_path)
    client = app.test_client()
    _login_with_token(client, "admin", "admin-pw")
    refused = []
    for rule in app.url_map.iter_rules():
        if "POST" not in rule.methods or rule.rule.startswith("/api/"):
            continue
        url = re.sub(r"<(?:\w+:)?(\w+)>", lambda m: "2024Q1" if m.group(1) == "code" else "1", rule.rule)
        r = client.post(url, data={"name": "x", "role": "admin", "password": "123456"})
        if r.status_code == 400 and "页面已过期" in r.get_data(as_text=True):
            refused.append(rule.rule)
        else:
            pytest.fail(f"POST {url} without CSRF token answered {r.status_code}")
    assert "/login" in refused and "/upload" in refused and len(refused) >= 8


def test_form_post_with_the_csrf_token_goes_through(tmp_path):
    app = _csrf_app(tmp_path)
    client = app.test_client()
    token = _login_with_token(client, "admin", "admin-pw")
    r = client.post("/admin/users", data={"name": "new", "password": "123456", "role": "viewer",
                                          "csrf_token": token})
    assert r.status_code == 302


def test_api_writes_with_a_browser_session_need_the_csrf_token(tmp_path, good_return):
    """The JSON API takes a Bearer token; a logged-in browser session alone must not let
    another site make it write (cross-site request forgery)."""
    app = _csrf_app(tmp_path)
    client = app.test_client()
    token = _login_with_token(client)
    r = client.post("/api/v1/documents", data={"file": [(io.BytesIO(good_return), "r.docx")]},
                    content_type="multipart/form-data")
    assert r.status_code == 400
    r = client.post("/api/v1/documents", data={"file": [(io.BytesIO(good_return), "r.docx")]},
                    content_type="multipart/form-data", headers={"X-CSRFToken": token})
    assert r.status_code == 201


def test_bearer_token_api_needs_no_csrf_token(tmp_path, good_return):
    from app.services import users

    app = _csrf_app(tmp_path)
    with app.app_context():
        bearer = users.create_token("rev")
    r = app.test_client().post("/api/v1/documents", headers={"Authorization": f"Bearer {bearer}"},
                               data={"file": [(io.BytesIO(good_return), "r.docx")]},
                               content_type="multipart/form-data")
    assert r.status_code == 201


SCRIPT = "<script>alert('x')</script>"
IMG = '<img src=x onerror="alert(1)">'


def test_script_in_a_returned_file_is_escaped_on_every_page(app, catalog):
    from tests.app.web.returns import return_docx

    data = return_docx(catalog, "市教育局", "2024Q1", {"1.1": 2}, note=SCRIPT,
                       progress={p.no: f"已完成{SCRIPT}{IMG}" for p in catalog.projects_of("市教育局")})
    client = login(app.test_client())
    r = client.post("/api/v1/documents", data={"file": [(io.BytesIO(data), f"{IMG}.docx")]},
                    content_type="multipart/form-data")
    doc_id = r.json["ids"][0]
    texts = client.get(f"/api/v1/documents/{doc_id}").json["texts"]
    assert any(SCRIPT in t.get("progress", "") for t in texts.values()), "the crafted text was extracted"
    for path in (f"/documents/{doc_id}", "/", f"/documents/{doc_id}/note", "/tracker"):
        html = client.get(path).get_data(as_text=True)
        assert "<script>alert" not in html and "<img src=x" not in html, path
    review = client.get(f"/documents/{doc_id}").get_data(as_text=True)
    assert "&lt;script&gt;" in review


def test_every_response_carries_the_security_headers(app):
    client = login(app.test_client())
    for path in ("/login", "/", "/upload", "/healthz", "/api/v1/documents", "/no-such-page"):
        h = client.get(path).headers
        csp = h["Content-Security-Policy"]
        assert "default-src 'self'" in csp and "frame-ancestors 'none'" in csp, path
        assert "http" not in csp and "*" not in csp and "unsafe-" not in csp, path
        assert h["X-Content-Type-Options"] == "nosniff"
        assert h["X-Frame-Options"] == "DENY"
        assert h["Referrer-Policy"] in ("same-origin", "no-referrer", "strict-origin")


def test_pages_load_nothing_from_other_origins(app):
    client = login(app.test_client())
    for path in ("/login", "/", "/upload", "/tracker"):
        html = client.get(path).get_data(as_text=True)
        assert not re.search(r'(src|href)="(https?:)?//', html), path


def test_session_cookie_is_http_only_and_same_site(app):
    client = app.test_client()
    r = client.post("/login", data={"name": "rev", "password": "rev-pw-1"})
    cookie = r.headers["Set-Cookie"]
    assert "HttpOnly" in cookie and "SameSite=Lax" in cookie


def test_login_is_rate_limited_by_user_name_with_a_chinese_message(app):
    client = app.test_client()
    for _ in range(app.config["LOGIN_MAX_FAILURES"]):
        assert client.post("/login", data={"name": "rev", "password": "wrong"}).status_code == 401
    r = client.post("/login", data={"name": "rev", "password": "rev-pw-1"})
    assert r.status_code == 429
    assert "登录失败次数过多" in r.get_data(as_text=True) and int(r.headers["Retry-After"]) > 0
    # another user from another address is not held back
    other = app.test_client()
    r = other.post("/login", data={"name": "view", "password": "view-pw-1"},
                   environ_base={"REMOTE_ADDR": "10.0.0.9"})
    assert r.status_code == 302


def test_login_rate_limit_by_address_spans_user_names(app):
    client = app.test_client()
    n = app.config["LOGIN_MAX_FAILURES"] * 4
    for i in range(n):
        client.post("/login", data={"name": f"guess{i}", "password": "x"})
    r = client.post("/login", data={"name": "view", "password": "view-pw-1"})
    assert r.status_code == 429


def test_login_rate_limit_window_passes():
    from app.web.security import FailureLimiter

    now = [0.0]
    lim = FailureLimiter(3, 60, clock=lambda: now[0])
    for _ in range(3):
        lim.fail("user:rev")
    assert lim.retry_after("user:rev") == pytest.approx(60)
    now[0] = 61
    assert lim.retry_after("user:rev") is None


def test_login_limiter_memory_is_bounded():
    from app.web.security import FailureLimiter

    lim = FailureLimiter(3, 60, max_keys=100)
    for i in range(1000):
        lim.fail(f"addr:{i}")
    assert len(lim._failures) <= 100


def test_secret_key_comes_from_the_environment(tmp_path, monkeypatch):
    from app.web.config import Config

    monkeypatch.setenv("SECRET_KEY", "from-env-" + "z" * 20)
    assert Config(str(tmp_path)).SECRET_KEY == "from-env-" + "z" * 20
    monkeypatch.delenv("SECRET_KEY")
    generated = Config(str(tmp_path)).SECRET_KEY
    assert len(generated) >= 32 and (tmp_path / "secret_key").stat().st_mode & 0o077 == 0
    assert Config(str(tmp_path)).SECRET_KEY == generated


SECRET_PATTERNS = [
    re.compile(r"-----BEGIN (RSA |EC |OPENSSH )?PRIVATE KEY-----"),
    re.compile(r"""(?i)(secret_key|password|passwd|api_key|token)\s*=\s*['"][A-Za-z0-9+/_\-]{16,}['"]"""),
    re.compile(r"(?i)postgres(ql)?://\w+:[^@\s]+@"),
    re.compile(r"AKIA[0-9A-Z]{16}"),
]


def test_repository_holds_no_secrets_or_instance_files():
    files = subprocess.run(["git", "ls-files"], cwd=ROOT, capture_output=True, text=True,
                           check=True).stdout.split()
    assert not [f for f in files if f.startswith("instance/") or f.endswith(("secret_key", ".sqlite3"))]
    hits = []
    for f in files:
        p = ROOT / f
        if p.suffix not in (".py", ".md", ".txt", ".cfg", ".ini", ".toml", ".json", ".sh", ".yml",
                            ".yaml", ".env", "") or not p.is_file() or p.stat().st_size > 1_000_000:
            continue
        text = p.read_text("utf-8", errors="replace")
        hits += [f"{f}: {m.group(0)[:40]}" for pat in SECRET_PATTERNS for m in pat.finditer(text)]
    assert not hits, hits


def test_login_limit_is_shared_by_every_process_through_redis(tmp_path, redis_url):
    """With REDIS_URL, two app processes (here two apps) count one user's failures together."""
    import uuid

    from tests.robustness.conftest import make_app

    prefix = f"wcr:test:{uuid.uuid4().hex}:"
    one = make_app(tmp_path / "one", REDIS_URL=redis_url, LOGIN_LIMIT_PREFIX=prefix)
    two = make_app(tmp_path / "two", REDIS_URL=redis_url, LOGIN_LIMIT_PREFIX=prefix)
    n = one.config["LOGIN_MAX_FAILURES"]
    for i in range(n):
        app = (one, two)[i % 2]
        assert app.test_client().post("/login", data={"name": "rev", "password": "wrong"}).status_code == 401
    r = two.test_client().post("/login", data={"name": "rev", "password": "rev-pw-1"},
                               environ_base={"REMOTE_ADDR": "10.0.0.7"})
    assert r.status_code == 429 and "登录失败次数过多" in r.get_data(as_text=True)
    assert one.test_client().post("/login", data={"name": "view", "password": "view-pw-1"}).status_code == 302


def test_redis_login_limiter_window_passes_and_success_clears(redis_url):
    import uuid

    import redis

    from app.web.security import RedisFailureLimiter

    now = [1000.0]
    client = redis.Redis.from_url(redis_url)
    lim = RedisFailureLimiter(3, 60, client, prefix=f"wcr:test:{uuid.uuid4().hex}:", clock=lambda: now[0])
    for _ in range(3):
        lim.fail("user:rev")
    assert lim.retry_after("user:rev") == pytest.approx(60)
    assert lim.retry_after("user:other") is None
    now[0] += 61
    assert lim.retry_after("user:rev") is None
    for _ in range(3):
        lim.fail("user:rev")
    lim.clear("user:rev")
    assert lim.retry_after("user:rev") is None


def test_login_is_still_limited_when_redis_is_down(tmp_path):
    """An unreachable Redis neither locks the office out nor lifts the limit."""
    from tests.robustness.conftest import make_app

    app = make_app(tmp_path, REDIS_URL="redis://127.0.0.1:1/0")
    client = app.test_client()
    assert client.post("/login", data={"name": "view", "password": "view-pw-1"}).status_code == 302
    for _ in range(app.config["LOGIN_MAX_FAILURES"]):
        assert app.test_client().post("/login", data={"name": "rev", "password": "wrong"}).status_code == 401
    assert app.test_client().post("/login", data={"name": "rev", "password": "rev-pw-1"}).status_code == 429
