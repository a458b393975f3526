"""An app per test (its own instance folder, tasks run eagerly) with a reviewer and a viewer,
and the hostile files written to disk."""
from __future__ import annotations

import pytest

from app import create_app
from app.models import db
from app.services import users
from app.web.config import TestConfig

PASSWORDS = {"admin": "admin-pw", "rev": "rev-pw-1", "view": "view-pw-1"}


def make_app(tmp_path, **overrides):
    app = create_app(TestConfig(str(tmp_path), **overrides))
    with app.app_context():
        db.create_all()
        users.create_user("admin", PASSWORDS["admin"], "admin")
        users.create_user("rev", PASSWORDS["rev"], "reviewer")
        users.create_user("view", PASSWORDS["view"], "viewer")
    return app


def login(client, name="rev"):
    r = client.post("/login", data={"name": name, "password": PASSWORDS[name]})
    assert r.status_code == 302, r.get_data(as_text=True)
    return client


@pytest.fixture
def app(tmp_path):
    app = make_app(tmp_path)
    yield app
    with app.app_context():
        db.session.remove()
        db.engine.dispose()


@pytest.fixture
def client(app):
    return login(app.test_client())


@pytest.fixture(scope="session")
def good_return(catalog) -> bytes:
    from tests.app.web.returns import return_docx

    return return_docx(catalog, "市教育局", "2024Q1", {"1.1": 2})
