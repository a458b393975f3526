"""flaskr-style fixtures: each test gets its own temporary instance folder and app; tasks
run eagerly (huey immediate mode)."""
from __future__ import annotations

import pytest

from app import create_app
from app.models import db
from app.services import users
from app.web.config import TestConfig


def make_app(tmp_path, **overrides):
    app = create_app(TestConfig(str(tmp_path), **overrides))
    with app.app_context():
        db.create_all()
    return app


@pytest.fixture
def app(tmp_path):
    app = make_app(tmp_path)
    with app.app_context():
        users.create_user("admin", "admin-pw", "admin")
        users.create_user("rev", "rev-pw-1", "reviewer")
        users.create_user("view", "view-pw-1", "viewer")
    yield app
    with app.app_context():
        db.session.remove()
        db.engine.dispose()


@pytest.fixture
def client(app):
    return app.test_client()


@pytest.fixture
def runner(app):
    return app.test_cli_runner()


class AuthActions:
    PASSWORDS = {"admin": "admin-pw", "rev": "rev-pw-1", "view": "view-pw-1"}

    def __init__(self, client):
        self._client = client

    def login(self, name="rev"):
        return self._client.post("/login", data={"name": name, "password": self.PASSWORDS[name]})

    def logout(self):
        return self._client.post("/logout")


@pytest.fixture
def auth(client):
    return AuthActions(client)


@pytest.fixture
def token(app):
    with app.app_context():
        return users.create_token("rev")


@pytest.fixture
def returns(catalog):
    """Build a .docx return: ``returns("市教育局", "2024Q2", {"1.1": 2})``."""
    from .returns import return_docx

    def build(unit, period, values, **kw):
        return return_docx(catalog, unit, period, values, **kw)

    return build
