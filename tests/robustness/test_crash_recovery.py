"""The real server (``flask --app app run``, embedded queue) killed -9 while it extracts:
after a restart every acknowledged upload is there, byte for byte, and is processed exactly
once (the interrupted job retried), none lost."""
from __future__ import annotations

import hashlib
import sqlite3
import time

import pytest

from tests.robustness.server import Server

N_FILES = 6


@pytest.fixture
def server(tmp_path):
    s = Server(tmp_path / "instance")
    s.init()
    yield s
    s.stop()


@pytest.mark.slow
@pytest.mark.timeout(240)
def test_kill_9_mid_processing_then_restart_loses_nothing(server, catalog):
    from tests.app.web.returns import return_docx

    units = [u.name for u in catalog.units][:N_FILES]
    files = [(f"{u}.docx", return_docx(catalog, u, "2024Q1", {})) for u in units]
    server.start(slow=3.0)
    ids = []
    for pair in (files[i:i + 2] for i in range(0, N_FILES, 2)):
        status, body = server.upload(pair)
        assert status == 201
        ids += body["ids"]
    assert len(ids) == N_FILES

    deadline = time.monotonic() + 30
    while "processing" not in server.statuses(ids).values():
        assert time.monotonic() < deadline, "no job started"
        time.sleep(0.1)
    before_kill = server.statuses(ids)
    server.kill9()
    assert "processing" in before_kill.values() and "queued" in before_kill.values()

    server.start(slow=0.0)
    final = server.wait_finished(ids)
    assert set(final.values()) == {"done"}, final

    db = sqlite3.connect(server.instance / "wcr.sqlite3")
    try:
        rows = db.execute("SELECT id, sha256, storage_key FROM documents ORDER BY id").fetchall()
        assert [r[0] for r in rows] == sorted(ids), "every acknowledged upload is recorded, once"
        by_sha = {hashlib.sha256(data).hexdigest() for _, data in files}
        for _, sha, key in rows:
            stored = (server.instance / "storage" / key).read_bytes()
            assert hashlib.sha256(stored).hexdigest() == sha and sha in by_sha
        processed = dict(db.execute("SELECT document_id, COUNT(*) FROM events WHERE action = 'processed' "
                                    "GROUP BY document_id").fetchall())
        assert processed == {i: 1 for i in ids}, "each return processed exactly once"
        retried = {d for d, in db.execute("SELECT document_id FROM events WHERE action = 'reprocess'")}
        interrupted = {i for i, s in before_kill.items() if s == "processing"}
        assert interrupted <= retried, "the interrupted jobs were retried after the restart"
    finally:
        db.close()
