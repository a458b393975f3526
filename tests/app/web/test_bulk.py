"""50 returns uploaded at once: progress while the queue works, all 50 listed at the end,
none duplicated (also when the same 50 are uploaded again)."""
import io
import itertools
import time

import pytest

from app.models import Document, db
from app.tasks import stop_embedded_consumer

from .test_queue import _logged_in_client
from .conftest import make_app


def _post_files(client, files):
    """One multipart request with all files, encoded in memory (the test client would spool a
    large body to a temporary file it never closes)."""
    from werkzeug.datastructures import FileStorage, MultiDict
    from werkzeug.test import stream_encode_multipart

    data = MultiDict([("file", FileStorage(io.BytesIO(c), filename=n)) for n, c in files])
    stream, length, boundary = stream_encode_multipart(data, use_tempfile=False)
    return client.post("/upload", input_stream=stream, content_length=length,
                       content_type=f"multipart/form-data; boundary={boundary}")


@pytest.mark.slow
def test_fifty_returns_at_once(tmp_path, returns, catalog):
    app = make_app(tmp_path, HUEY_IMMEDIATE=False, EMBEDDED_WORKER=True)
    client = _logged_in_client(app)
    combos = list(itertools.islice(itertools.product(
        [u.name for u in catalog.units], catalog.periods), 50))
    files = []
    for unit, period in combos:
        first = catalog.projects_of(unit)[0].indicators[0]
        files.append((f"{unit}-{period}.docx", returns(unit, period, {first.id: 1})))
    try:
        r = _post_files(client, files)
        assert r.status_code == 200 and len(r.json["files"]) == 50
        batch = r.json["batch"]
        seen = []
        deadline = time.monotonic() + 240
        while time.monotonic() < deadline:
            p = client.get(f"/batches/{batch}").json
            seen.append(p["finished"])
            if p["finished"] == p["total"]:
                break
            time.sleep(0.3)
        assert p["total"] == 50 and p["finished"] == 50, p["counts"]
        assert seen == sorted(seen)  # progress only moves forward
        assert p["counts"]["done"] == 50

        again = _post_files(client, files).json
        assert all(f["duplicate"] for f in again["files"]) and again["batch"] is None

        page = client.get("/").get_data(as_text=True)
        for name, _ in files:
            assert page.count(f">{name}</a>") == 1
        with app.app_context():
            assert db.session.query(Document).count() == 50
            units_periods = {(d.unit, d.period) for d in db.session.scalars(db.select(Document))}
            assert units_periods == set(combos)
    finally:
        stop_embedded_consumer(app)
        with app.app_context():
            db.engine.dispose()
