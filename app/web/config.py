"""Configuration read from the environment (defaults in brackets in docs/WEB.md).

``Config(instance_path)`` resolves the defaults that live under the instance folder; tests
pass their own ``TestConfig``."""
from __future__ import annotations

import os
import secrets
from pathlib import Path


def _secret_key(instance: Path) -> str:
    """SECRET_KEY from the environment, else generated once and kept in instance/secret_key."""
    if os.environ.get("SECRET_KEY"):
        return os.environ["SECRET_KEY"]
    path = instance / "secret_key"
    if not path.exists():
        instance.mkdir(parents=True, exist_ok=True)
        fd = os.open(path, os.O_WRONLY | os.O_CREAT | os.O_EXCL, 0o600)
        with os.fdopen(fd, "w") as f:
            f.write(secrets.token_hex(32))
    return path.read_text().strip()


class Config:
    """Production defaults; every setting can be overridden by the environment."""

    TESTING = False
    MAX_CONTENT_LENGTH = 200 * 1024 * 1024  # one request, all files together
    MAX_FILE_SIZE = 50 * 1024 * 1024
    ZIP_MAX_MEMBERS = 200
    ZIP_MAX_TOTAL = 300 * 1024 * 1024
    STORAGE_BACKEND = "filesystem"
    HUEY_IMMEDIATE = False
    HUEY_WORKERS = 2
    SQLALCHEMY_ENGINE_OPTIONS: dict = {}
    WTF_CSRF_TIME_LIMIT = None
    SESSION_COOKIE_HTTPONLY = True
    SESSION_COOKIE_SAMESITE = "Lax"

    def __init__(self, instance_path: str):
        instance = Path(instance_path)
        env = os.environ
        self.SECRET_KEY = _secret_key(instance)
        self.SQLALCHEMY_DATABASE_URI = normalise_db_url(
            env.get("DATABASE_URL") or f"sqlite:///{instance / 'wcr.sqlite3'}")
        self.STORAGE_DIR = env.get("STORAGE_DIR") or str(instance / "storage")
        self.REDIS_URL = env.get("REDIS_URL") or None
        self.HUEY_SQLITE_PATH = env.get("HUEY_SQLITE_PATH") or str(instance / "queue.sqlite3")
        #: with no Redis, `flask run` runs the queue's consumer inside the app process
        self.EMBEDDED_WORKER = env.get("EMBEDDED_WORKER", "1" if not self.REDIS_URL else "0") == "1"
        #: read each return in a child process killed past its time/memory limit
        #: (parsers.sandbox), so one hostile file cannot take the worker down
        self.PARSERS_ISOLATE = env.get("PARSERS_ISOLATE", "1") == "1"


class TestConfig(Config):
    """Everything under one temporary instance folder; tasks run eagerly (huey immediate)."""

    __test__ = False  # not a pytest test class
    TESTING = True
    HUEY_IMMEDIATE = True
    PARSERS_ISOLATE = False  # tests patch parsers in-process; tests/robustness isolates
    WTF_CSRF_ENABLED = False
    SECRET_KEY = "test"
    PASSWORD_HASH_METHOD = "pbkdf2:sha256:1000"  # fast; production keeps scrypt

    def __init__(self, instance_path: str, **overrides):
        instance = Path(instance_path)
        self.SQLALCHEMY_DATABASE_URI = f"sqlite:///{instance / 'test.sqlite3'}"
        self.STORAGE_DIR = str(instance / "storage")
        self.REDIS_URL = None
        self.HUEY_SQLITE_PATH = str(instance / "queue.sqlite3")
        self.EMBEDDED_WORKER = False
        for k, v in overrides.items():
            setattr(self, k, v)
        if "SQLALCHEMY_DATABASE_URI" in overrides:
            self.SQLALCHEMY_DATABASE_URI = normalise_db_url(self.SQLALCHEMY_DATABASE_URI)


def normalise_db_url(url: str) -> str:
    """``postgres://`` / ``postgresql://`` → the psycopg 3 driver that is installed."""
    for prefix in ("postgres://", "postgresql://"):
        if url.startswith(prefix):
            return "postgresql+psycopg://" + url[len(prefix):]
    return url
