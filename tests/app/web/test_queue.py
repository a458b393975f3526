"""The real task queue: huey's consumer against Redis, and the embedded SQLite queue
(persistent: a job queued while no consumer runs is done after a restart)."""
import io
import time
import uuid

import pytest

from app.models import Document, db
from app.services import users
from app.tasks import start_embedded_consumer, stop_embedded_consumer

from .conftest import AuthActions, make_app


def _wait_until_processed(client, batch_id, timeout=60):
    deadline = time.monotonic() + timeout
    while time.monotonic() < deadline:
        p = client.get(f"/batches/{batch_id}").json
        if p["finished"] == p["total"]:
            return p
        time.sleep(0.2)
    raise AssertionError(f"batch {batch_id} not processed in {timeout}s: {p}")


def _upload(client, returns, unit="市教育局"):
    content = returns(unit, "2024Q1", {"1.1": 1})
    r = client.post("/upload", data={"file": [(io.BytesIO(content), "r.docx")]},
                    content_type="multipart/form-data")
    assert r.status_code == 200
    return r.json["batch"]


def _logged_in_client(app):
    with app.app_context():
        if users.authenticate("rev", "rev-pw-1") is None:
            users.create_user("rev", "rev-pw-1", "reviewer")
    client = app.test_client()
    AuthActions(client).login()
    return client


@pytest.mark.redis
def test_redis_queue_is_processed_by_a_huey_consumer(tmp_path, redis_url, returns):
    app = make_app(tmp_path, REDIS_URL=redis_url, HUEY_IMMEDIATE=False,
                   HUEY_NAME=f"wcr-test-{uuid.uuid4().hex[:8]}")
    huey = app.extensions["huey"]
    assert type(huey).__name__ == "RedisHuey"
    client = _logged_in_client(app)
    try:
        batch = _upload(client, returns)
        assert client.get(f"/batches/{batch}").json["counts"]["queued"] == 1
        assert huey.pending_count() == 1
        start_embedded_consumer(app)  # stands in for `flask worker` on another machine
        p = _wait_until_processed(client, batch)
        assert p["documents"][0]["status"] == "done" and p["documents"][0]["unit"] == "市教育局"
    finally:
        stop_embedded_consumer(app)
        huey.storage.flush_all()
        with app.app_context():
            db.engine.dispose()


def test_embedded_sqlite_queue_survives_a_restart(tmp_path, returns):
    first = make_app(tmp_path, HUEY_IMMEDIATE=False, EMBEDDED_WORKER=False)
    assert type(first.extensions["huey"]).__name__ == "SqliteHuey"
    client = _logged_in_client(first)
    interrupted = _upload(client, returns, unit="市残联")
    with first.app_context():
        # the process stops while a worker has taken this job off the queue
        assert first.extensions["huey"].dequeue() is not None
        doc = db.session.scalar(db.select(Document).where(Document.batch_id == interrupted))
        doc.status = "processing"
        db.session.commit()
    batch = _upload(client, returns)  # still on the queue at the restart
    with first.app_context():
        assert db.session.scalar(db.select(Document.status).where(Document.batch_id == batch)) == "queued"
        db.engine.dispose()

    # the app restarts with its embedded consumer: the queued job is still there and runs,
    # the interrupted one is queued again
    second = make_app(tmp_path, HUEY_IMMEDIATE=False, EMBEDDED_WORKER=True)
    client = _logged_in_client(second)  # the first request starts the consumer
    try:
        assert second.extensions["huey_consumer"] is not None
        assert _wait_until_processed(client, interrupted)["counts"]["done"] == 1
        p = _wait_until_processed(client, batch)
        assert p["counts"]["done"] == 1
        batch2 = _upload(client, returns, unit="市妇联")
        assert _wait_until_processed(client, batch2)["counts"]["done"] == 1
    finally:
        stop_embedded_consumer(second)
        with second.app_context():
            db.engine.dispose()
