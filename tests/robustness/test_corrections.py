"""Corrections are transactional: a set of changes that fails part-way leaves nothing behind,
and a failure of the database itself mid-correction loses nothing already recorded."""
from __future__ import annotations

import io

import pytest

from app.models import Correction, Event, db


@pytest.fixture
def doc_id(client, good_return):
    r = client.post("/api/v1/documents", data={"file": [(io.BytesIO(good_return), "r.docx")]},
                    content_type="multipart/form-data")
    return r.json["ids"][0]


def _snapshot(client, app, doc_id):
    with app.app_context():
        n = (db.session.scalar(db.select(db.func.count(Correction.id))),
             db.session.scalar(db.select(db.func.count(Event.id))))
    return client.get(f"/api/v1/documents/{doc_id}").json, n


def test_a_patch_with_one_bad_change_changes_nothing(app, client, doc_id):
    before = _snapshot(client, app, doc_id)
    r = client.patch(f"/api/v1/documents/{doc_id}",
                     json={"values": {"1.1": 7, "99.99": 1}, "reason": "核实"})
    assert r.status_code in (400, 404) and "99.99" in r.json["error"]
    assert _snapshot(client, app, doc_id) == before


def test_a_patch_with_a_bad_quarter_keeps_the_good_figure_out_too(app, client, doc_id):
    before = _snapshot(client, app, doc_id)
    r = client.patch(f"/api/v1/documents/{doc_id}", json={"values": {"1.1": 7}, "period": "2031Q9"})
    assert r.status_code == 400 and "季度" in r.json["error"]
    assert _snapshot(client, app, doc_id) == before


def test_a_database_failure_mid_correction_rolls_everything_back(app, client, doc_id, monkeypatch):
    from sqlalchemy.exc import OperationalError

    from app.services import review

    before = _snapshot(client, app, doc_id)
    real = review.correct
    calls = []

    def failing(*a, **kw):
        calls.append(a[1])
        if len(calls) == 2:
            raise OperationalError("UPDATE", {}, Exception("disk I/O error"))
        return real(*a, **kw)

    monkeypatch.setattr(review, "correct", failing)
    app.config["PROPAGATE_EXCEPTIONS"] = False
    r = client.patch(f"/api/v1/documents/{doc_id}", json={"values": {"1.1": 7, "1.2": 8}})
    assert r.status_code == 500 and "服务器内部错误" in r.json["error"]
    monkeypatch.setattr(review, "correct", real)
    assert _snapshot(client, app, doc_id) == before
    ok = client.patch(f"/api/v1/documents/{doc_id}", json={"values": {"1.1": 7}, "reason": "重试"})
    assert ok.status_code == 200 and ok.json["values"]["1.1"]["value"] == 7
