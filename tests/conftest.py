"""Fixtures shared by the whole suite. Sub-packages add their own conftest.py."""
from __future__ import annotations

import contextlib
import os
import socket
import uuid
from urllib.parse import urlparse

import pytest

from app.catalog import get_catalog


@pytest.fixture(scope="session")
def catalog():
    return get_catalog(2024)


def _reachable(url: str, default_port: int) -> bool:
    u = urlparse(url)
    try:
        with socket.create_connection((u.hostname or "127.0.0.1", u.port or default_port), timeout=1):
            return True
    except OSError:
        return False


def require_service(env: str, default_url: str, default_port: int) -> str:
    """The service's URL if it is reachable. When it is not: a failure under CI
    (REQUIRE_SERVICES=1, set by .ci/run), a skip on a developer's machine without it."""
    url = os.environ.get(env, default_url)
    if _reachable(url, default_port):
        return url
    msg = f"{env}={url} is not reachable"
    if os.environ.get("REQUIRE_SERVICES") == "1":
        pytest.fail(msg + " (REQUIRE_SERVICES=1)")
    pytest.skip(msg)


@pytest.fixture(scope="session")
def postgres_url() -> str:
    return require_service("TEST_DATABASE_URL",
                           "postgresql+psycopg://postgres@127.0.0.1:5432/test", 5432)


@pytest.fixture(scope="session")
def redis_url() -> str:
    return require_service("TEST_REDIS_URL", "redis://127.0.0.1:6379/15", 6379)


@contextlib.contextmanager
def new_pg_schema(postgres_url: str):
    """A fresh PostgreSQL schema for one test, as a database URL whose search_path is it;
    dropped afterwards."""
    import psycopg
    from sqlalchemy.engine import make_url

    schema = f"wcr_test_{uuid.uuid4().hex[:12]}"
    u = make_url(postgres_url)
    dsn = dict(host=u.host, port=u.port or 5432, user=u.username, dbname=u.database,
               password=u.password or None)
    with psycopg.connect(**dsn, autocommit=True) as conn:
        conn.execute(f'CREATE SCHEMA "{schema}"')
    try:
        yield u.update_query_dict({"options": f"-csearch_path={schema}"}).render_as_string(
            hide_password=False)
    finally:
        with psycopg.connect(**dsn, autocommit=True) as conn:
            conn.execute(f'DROP SCHEMA "{schema}" CASCADE')


@pytest.fixture
def pg_schema(postgres_url):
    with new_pg_schema(postgres_url) as url:
        yield url
