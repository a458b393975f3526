"""A return recorded as queued whose job is no longer on the queue (the process died between
committing the upload and queueing its job, or right after a worker took the job) is queued
again when the embedded consumer starts: acknowledged or not, nothing stays stuck."""
from __future__ import annotations

import io
import time

from app.models import Document, db
from app.tasks import start_embedded_consumer, stop_embedded_consumer
from tests.robustness.conftest import login, make_app


def _upload(client, data, name):
    r = client.post("/api/v1/documents", data={"file": [(io.BytesIO(data), name)]},
                    content_type="multipart/form-data")
    assert r.status_code == 201
    return r.json["ids"][0]


def test_queued_return_whose_job_was_lost_is_queued_again_on_restart(tmp_path, catalog):
    from tests.app.web.returns import return_docx

    first = make_app(tmp_path, HUEY_IMMEDIATE=False, EMBEDDED_WORKER=False)
    client = login(first.test_client())
    lost = _upload(client, return_docx(catalog, "市教育局", "2024Q1", {"1.1": 2}), "lost.docx")
    kept = _upload(client, return_docx(catalog, "市妇联", "2024Q1", {}), "kept.docx")
    huey = first.extensions["huey"]
    with first.app_context():
        # a worker took the first job off the queue and the process died before it ran
        job = huey.dequeue()
        assert job is not None and job.args == (lost,)
        assert db.session.get(Document, lost).status == "queued"
        db.engine.dispose()

    second = make_app_again(tmp_path)
    try:
        start_embedded_consumer(second)
        client = second.test_client()
        login(client)
        deadline = time.monotonic() + 60
        while time.monotonic() < deadline:
            s = {i: client.get(f"/api/v1/documents/{i}").json["status"] for i in (lost, kept)}
            if set(s.values()) <= {"done", "failed"}:
                break
            time.sleep(0.2)
        assert s == {lost: "done", kept: "done"}
        with second.app_context():
            from app.models import Event
            processed = db.session.scalars(db.select(Event.document_id).where(Event.action == "processed")).all()
            assert sorted(processed) == sorted([lost, kept]), "each processed exactly once"
    finally:
        stop_embedded_consumer(second)
        with second.app_context():
            db.engine.dispose()


def make_app_again(tmp_path):
    """The same instance folder, restarted (users exist already)."""
    from app import create_app
    from app.web.config import TestConfig

    return create_app(TestConfig(str(tmp_path), HUEY_IMMEDIATE=False, EMBEDDED_WORKER=True))
