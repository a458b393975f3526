"""Limits on what an upload may carry, and a worker that survives whatever a file does."""
from __future__ import annotations

import io
import zipfile

import pytest

from app.models import Document, db
from tests.robustness.conftest import login, make_app


def _zip(members: dict[str, bytes], method=zipfile.ZIP_DEFLATED) -> bytes:
    buf = io.BytesIO()
    with zipfile.ZipFile(buf, "w", method) as z:
        for name, data in members.items():
            z.writestr(name, data)
    return buf.getvalue()


def _post(client, *files):
    return client.post("/api/v1/documents", data={"file": [(io.BytesIO(d), n) for n, d in files]},
                       content_type="multipart/form-data")


@pytest.mark.parametrize("path", ["/api/v1/documents", "/upload"])
def test_request_over_max_content_length_gets_a_chinese_413(tmp_path, path):
    app = make_app(tmp_path, MAX_CONTENT_LENGTH=10_000)
    client = login(app.test_client())
    r = client.post(path, data={"file": [(io.BytesIO(b"x" * 20_000), "big.docx")]},
                    content_type="multipart/form-data")
    assert r.status_code == 413
    body = r.json["error"] if r.is_json else r.get_data(as_text=True)
    assert "过大" in body
    with app.app_context():
        assert db.session.scalar(db.select(db.func.count(Document.id))) == 0


def test_file_over_max_file_size_is_refused_the_rest_stored(tmp_path, good_return):
    app = make_app(tmp_path, MAX_FILE_SIZE=len(good_return) + 10)
    client = login(app.test_client())
    r = _post(client, ("big.pdf", b"%PDF" + b"x" * (len(good_return) + 100)), ("ok.docx", good_return))
    assert r.status_code == 201
    big, ok = r.json["files"]
    assert big["id"] is None and "过大" in big["error"]
    assert ok["status"] == "done"


def test_zip_bomb_upload_is_refused_without_inflating(tmp_path, good_return):
    app = make_app(tmp_path, ZIP_MAX_TOTAL=5 * 1024 * 1024)
    client = login(app.test_client())
    bomb = _zip({"a.docx": good_return, "pad.bin": b"\0" * (20 * 1024 * 1024)})
    assert len(bomb) < 100_000
    r = _post(client, ("returns.zip", bomb), ("ok.docx", good_return + b""))
    assert r.status_code == 201
    refused = r.json["files"][0]
    assert refused["id"] is None and "解压后过大" in refused["error"]
    assert r.json["files"][1]["status"] == "done"


def test_zip_with_too_many_members_is_refused(tmp_path, good_return):
    app = make_app(tmp_path, ZIP_MAX_MEMBERS=20)
    client = login(app.test_client())
    many = _zip({f"r{i}.txt": b"x" for i in range(21)})
    r = _post(client, ("returns.zip", many), ("ok.docx", good_return))
    assert r.status_code == 201
    assert "文件过多" in r.json["files"][0]["error"]


@pytest.mark.parametrize("evil", ["../../evil.docx", "/tmp/evil.docx", "a/../../evil.docx",
                                  "..\\..\\evil.docx", "C:/evil.docx"])
def test_zip_members_with_unsafe_paths_are_skipped_others_stored(app, client, good_return, evil, tmp_path):
    r = _post(client, ("returns.zip", _zip({evil: b"PK evil", "sub/good.docx": good_return})))
    assert r.status_code == 201
    by_name = {f["name"]: f for f in r.json["files"]}
    assert by_name["good.docx"]["status"] == "done"
    bad = [f for n, f in by_name.items() if n != "good.docx"]
    assert len(bad) == 1 and bad[0]["id"] is None and "不安全" in bad[0]["error"]
    assert not (tmp_path.parent / "evil.docx").exists() and not (tmp_path / "evil.docx").exists()


def test_zip_symlink_member_is_skipped(app, client, good_return):
    buf = io.BytesIO()
    with zipfile.ZipFile(buf, "w") as z:
        link = zipfile.ZipInfo("link.docx")
        link.external_attr = (0o120777 << 16)
        z.writestr(link, "/etc/passwd")
        z.writestr("good.docx", good_return)
    r = _post(client, ("returns.zip", buf.getvalue()))
    files = {f["name"]: f for f in r.json["files"]}
    assert files["good.docx"]["status"] == "done"
    assert files["link.docx"]["id"] is None


def test_upload_of_only_refused_files_says_why_in_chinese(tmp_path):
    app = make_app(tmp_path, MAX_FILE_SIZE=100)
    client = login(app.test_client())
    r = _post(client, ("a.docx", b"x" * 200), ("b.pdf", b"y" * 200))
    assert r.status_code == 400 and "a.docx" in r.json["error"] and "过大" in r.json["error"]
    with app.app_context():
        assert db.session.scalar(db.select(db.func.count(Document.id))) == 0


def test_broken_zip_upload_is_kept_and_fails_with_a_message(app, client):
    r = _post(client, ("returns.zip", b"PK\x03\x04 broken zip"))
    assert r.status_code == 201
    doc = client.get(f"/api/v1/documents/{r.json['ids'][0]}").json
    assert doc["ok"] is False and doc["error"]


def test_worker_survives_a_crashing_parser_and_the_batch_proceeds(app, client, good_return, monkeypatch):
    """A parser bug (not a ParseError) on one file: that return fails with a Chinese
    message, the next one in the same batch is processed."""
    import app.extraction as extraction

    real = extraction.extract_file

    def flaky(path, **kw):
        if kw.get("display_name") == "boom.docx":
            raise MemoryError("simulated")
        return real(path, **kw)

    monkeypatch.setattr(extraction, "extract_file", flaky)
    r = _post(client, ("boom.docx", good_return + b"\0"), ("ok.docx", good_return))
    boom, ok = r.json["files"]
    assert boom["status"] == "failed" and ok["status"] == "done"
    d = client.get(f"/api/v1/documents/{boom['id']}").json
    assert "意外错误" in d["error"]
