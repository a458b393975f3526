"""Backup → restore round trip (database and originals), through the flask commands."""
from __future__ import annotations

import io
import tarfile

import pytest

from app.models import Correction, Document, User, db
from tests.robustness.conftest import login, make_app


def _state(app):
    """Everything a clerk would miss: returns, their figures, corrections, users, originals."""
    from app.storage import get_storage

    with app.app_context():
        docs = db.session.scalars(db.select(Document).order_by(Document.id)).all()
        return {
            "docs": [(d.id, d.sha256, d.filename, d.status, d.unit, d.period, d.superseded_by_id,
                      d.duplicate_of_id, d.review_state, d.warnings, d.uploaded_at) for d in docs],
            "values": sorted((v.document_id, v.indicator_id, v.value, tuple(v.bbox or ()))
                             for d in docs for v in d.values),
            "corrections": sorted((c.document_id, c.field, c.new_value)
                                  for c in db.session.scalars(db.select(Correction))),
            "users": sorted((u.name, u.role, u.password_hash) for u in db.session.scalars(db.select(User))),
            "originals": {d.sha256: get_storage().local_path(d.storage_key).read_bytes() for d in docs},
        }


def _fill(app, catalog):
    """Three uploads (one corrected by a newer copy, one unreadable) and a correction."""
    from tests.app.web.returns import return_docx

    client = login(app.test_client())
    files = [(io.BytesIO(return_docx(catalog, "市教育局", "2024Q1", {"1.1": 2})), "教育局.docx"),
             (io.BytesIO(return_docx(catalog, "市教育局", "2024Q1", {"1.1": 3})), "教育局-更正.docx"),
             (io.BytesIO(b"not a return"), "坏文件.pdf")]
    r = client.post("/api/v1/documents", data={"file": files}, content_type="multipart/form-data")
    ids = r.json["ids"]
    r = client.patch(f"/api/v1/documents/{ids[1]}", json={"values": {"1.1": 4}, "reason": "电话核实"})
    assert r.status_code == 200
    return app


@pytest.fixture
def filled(tmp_path, catalog):
    return _fill(make_app(tmp_path / "a"), catalog)


def test_backup_then_restore_into_an_empty_instance_gives_everything_back(filled, tmp_path):
    before = _state(filled)
    assert len(before["docs"]) == 3 and before["corrections"]
    assert any(d[6] for d in before["docs"]), "the older return is superseded (a self-link)"
    out = tmp_path / "backup.tar.gz"
    r = filled.test_cli_runner().invoke(args=["backup", str(out)])
    assert r.exit_code == 0, r.output
    assert "3 份回执" in r.output and out.exists()

    fresh = make_app(tmp_path / "b")
    r = fresh.test_cli_runner().invoke(args=["restore", str(out), "--yes"])
    assert r.exit_code == 0, r.output
    assert _state(fresh) == before
    # the restored service works: a user logs in, the original downloads
    client = login(fresh.test_client(), "rev")
    doc_id = before["docs"][0][0]
    with client.get(f"/documents/{doc_id}/original") as d:
        assert d.data == before["originals"][before["docs"][0][1]]
    # and new uploads get fresh ids (sequences continue after the restored rows)
    from tests.robustness.conftest import PASSWORDS  # noqa: F401
    r = client.post("/api/v1/documents", data={"file": [(io.BytesIO(b"another"), "x.pdf")]},
                    content_type="multipart/form-data")
    assert r.json["ids"][0] > max(d[0] for d in before["docs"])


def test_restore_replaces_what_was_there(filled, tmp_path):
    out = tmp_path / "b.tar.gz"
    filled.test_cli_runner().invoke(args=["backup", str(out)])
    before = _state(filled)
    client = login(filled.test_client())
    client.post("/api/v1/documents", data={"file": [(io.BytesIO(b"later upload"), "late.pdf")]},
                content_type="multipart/form-data")
    r = filled.test_cli_runner().invoke(args=["restore", str(out), "--yes"])
    assert r.exit_code == 0, r.output
    assert _state(filled) == before


def test_restore_asks_before_replacing_existing_returns(filled, tmp_path):
    out = tmp_path / "b.tar.gz"
    filled.test_cli_runner().invoke(args=["backup", str(out)])
    r = filled.test_cli_runner().invoke(args=["restore", str(out)], input="n\n")
    assert r.exit_code != 0 and "是否继续" in r.output


def _tamper(src, dst, name, data):
    with tarfile.open(src, "r:gz") as a, tarfile.open(dst, "w:gz") as b:
        for m in a.getmembers():
            content = a.extractfile(m).read()
            if m.name == name or (name.endswith("*") and m.name.startswith(name[:-1])):
                content = data
            m.size = len(content)
            b.addfile(m, io.BytesIO(content))


def test_restore_refuses_a_damaged_backup_and_changes_nothing(filled, tmp_path):
    out, bad = tmp_path / "b.tar.gz", tmp_path / "bad.tar.gz"
    filled.test_cli_runner().invoke(args=["backup", str(out)])
    _tamper(out, bad, "originals/*", b"swapped bytes")
    fresh = make_app(tmp_path / "c")
    before = _state(fresh)
    r = fresh.test_cli_runner().invoke(args=["restore", str(bad), "--yes"])
    assert r.exit_code != 0 and "校验不符" in r.output
    assert _state(fresh) == before


@pytest.mark.parametrize("content", [b"", b"not a tar at all", b"\x1f\x8b\x08\x00garbage"])
def test_restore_of_something_else_says_so_in_chinese(app, tmp_path, content):
    p = tmp_path / "x.tar.gz"
    p.write_bytes(content)
    r = app.test_cli_runner().invoke(args=["restore", str(p), "--yes"])
    assert r.exit_code != 0 and "备份" in r.output and "Traceback" not in r.output


def test_restore_refuses_a_path_outside_the_store(filled, tmp_path):
    import json
    out, bad = tmp_path / "b.tar.gz", tmp_path / "bad.tar.gz"
    filled.test_cli_runner().invoke(args=["backup", str(out)])
    with tarfile.open(out, "r:gz") as a:
        manifest = json.loads(a.extractfile("manifest.json").read())
    key, digest = next(iter(manifest["originals"].items()))
    manifest["originals"] = {"originals/../../../evil": digest}
    _tamper(out, bad, "manifest.json", json.dumps(manifest).encode())
    fresh = make_app(tmp_path / "d")
    r = fresh.test_cli_runner().invoke(args=["restore", str(bad), "--yes"])
    assert r.exit_code != 0 and "不安全" in r.output
    assert not (tmp_path / "evil").exists()


@pytest.mark.postgres
@pytest.mark.parametrize("source, target", [("sqlite", "postgres"), ("postgres", "sqlite"),
                                            ("postgres", "postgres")])
def test_backup_moves_between_sqlite_and_postgresql(source, target, tmp_path, catalog,
                                                     postgres_url):
    """The office starts on the embedded SQLite and later moves to PostgreSQL (or back):
    a backup from one restores into the other with nothing lost."""
    from tests.conftest import new_pg_schema

    with new_pg_schema(postgres_url) as pg_a, new_pg_schema(postgres_url) as pg_b:
        url = {"sqlite": {}, "postgres": {"SQLALCHEMY_DATABASE_URI": pg_a}}
        src = _fill(make_app(tmp_path / "a", **url[source]), catalog)
        before = _state(src)
        out = tmp_path / "backup.tar.gz"
        r = src.test_cli_runner().invoke(args=["backup", str(out)])
        assert r.exit_code == 0, r.output
        dst_url = {"sqlite": {}, "postgres": {"SQLALCHEMY_DATABASE_URI": pg_b}}[target]
        dst = make_app(tmp_path / "b", **dst_url)
        r = dst.test_cli_runner().invoke(args=["restore", str(out), "--yes"])
        assert r.exit_code == 0, r.output
        assert _state(dst) == before
        client = login(dst.test_client(), "rev")
        r = client.post("/api/v1/documents", data={"file": [(io.BytesIO(b"another"), "x.pdf")]},
                        content_type="multipart/form-data")
        assert r.status_code == 201 and r.json["ids"][0] > max(d[0] for d in before["docs"])
        for app in (src, dst):
            with app.app_context():
                db.session.remove()
                db.engine.dispose()
