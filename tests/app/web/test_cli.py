import re

import pytest

from app import create_app
from app.models import ApiToken, Period, User, db
from app.web.config import TestConfig


@pytest.fixture
def fresh_app(tmp_path):
    """An app whose database does not exist yet (no create_all): init-app must make it."""
    app = create_app(TestConfig(str(tmp_path)))
    yield app
    with app.app_context():
        db.session.remove()
        db.engine.dispose()


def test_init_app_migrates_loads_quarters_and_prints_the_first_login(fresh_app, catalog):
    runner = fresh_app.test_cli_runner()
    result = runner.invoke(args=["init-app", "--url", "http://10.1.2.3:8080/"])
    assert result.exit_code == 0, result.output
    m = re.search(r"用户名：(\S+)\s+密码：(\S+)", result.output)
    assert m and m.group(1) == "admin"
    assert "地址：http://10.1.2.3:8080/login" in result.output
    with fresh_app.app_context():
        admin = db.session.scalar(db.select(User).where(User.name == "admin"))
        assert admin.role == "admin" and admin.check_password(m.group(2))
        assert [p.code for p in db.session.scalars(db.select(Period).order_by(Period.code))] == list(catalog.periods)
    again = runner.invoke(args=["init-app"])
    assert again.exit_code == 0 and "密码" not in again.output


def test_migrations_match_the_models(fresh_app):
    from alembic.autogenerate import compare_metadata
    from alembic.migration import MigrationContext

    assert fresh_app.test_cli_runner().invoke(args=["init-app"]).exit_code == 0
    with fresh_app.app_context(), db.engine.connect() as conn:
        diff = compare_metadata(MigrationContext.configure(conn), db.metadata)
    assert diff == []


def test_create_user_and_token(app, runner):
    r = runner.invoke(args=["create-user", "小王", "--role", "viewer", "--password", "pw-123456"])
    assert r.exit_code == 0, r.output
    r = runner.invoke(args=["create-token", "小王"])
    assert r.exit_code == 0
    token = r.output.strip()
    assert r.output == token + "\n" and len(token) >= 32
    with app.app_context():
        row = db.session.scalar(db.select(ApiToken))
        assert row.user.name == "小王" and row.token_hash == ApiToken.hash(token)


@pytest.mark.parametrize("args,message", [
    (["create-user", "rev", "--role", "viewer", "--password", "pw-123456"], "已存在"),
    (["create-user", "x", "--role", "viewer", "--password", "123"], "至少 6 位"),
    (["create-token", "nobody"], "没有用户"),
])
def test_cli_refusals_are_plain_chinese(runner, args, message):
    r = runner.invoke(args=args)
    assert r.exit_code != 0 and message in r.output
