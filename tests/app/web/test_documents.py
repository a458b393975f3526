import io
import zipfile

from app.models import Document, db


def _upload(client, *files):
    data = {"file": [(io.BytesIO(content), name) for name, content in files]}
    return client.post("/upload", data=data, content_type="multipart/form-data")


def test_upload_extracts_in_the_background_and_lists_the_return(client, auth, returns):
    auth.login()
    r = _upload(client, ("教育局一季度.docx", returns("市教育局", "2024Q1", {"1.1": 2, "1.2": 5})))
    assert r.status_code == 200
    doc_id = r.json["files"][0]["id"]
    progress = client.get(f"/batches/{r.json['batch']}").json
    assert progress["finished"] == progress["total"] == 1
    assert progress["documents"][0]["status"] == "done"
    assert progress["documents"][0]["unit"] == "市教育局"
    page = client.get("/?period=2024Q1").get_data(as_text=True)
    assert "教育局一季度.docx" in page and "市教育局" in page
    assert client.get(f"/documents/{doc_id}").status_code == 200


def test_same_file_twice_is_recognised_not_duplicated(client, auth, returns, app):
    auth.login()
    content = returns("市教育局", "2024Q1", {"1.1": 2})
    first = _upload(client, ("a.docx", content)).json
    second = _upload(client, ("a-copy.docx", content), ("a-again.docx", content)).json
    assert second["batch"] is None
    assert [f["duplicate"] for f in second["files"]] == [True, True]
    assert {f["id"] for f in second["files"]} == {first["files"][0]["id"]}
    with app.app_context():
        assert db.session.query(Document).count() == 1


def test_original_is_stored_unchanged_and_downloadable(client, auth, returns):
    auth.login("rev")
    content = returns("市妇联", "2024Q2", {"4.1": 12})
    doc_id = _upload(client, ("妇联.docx", content)).json["files"][0]["id"]
    auth.logout()
    auth.login("view")
    with client.get(f"/documents/{doc_id}/original") as r:
        assert r.data == content
        assert "attachment" in r.headers["Content-Disposition"]


def test_unreadable_file_fails_with_a_chinese_reason(client, auth):
    auth.login()
    r = _upload(client, ("坏文件.docx", b"this is not a word file at all"))
    progress = client.get(f"/batches/{r.json['batch']}").json
    d = progress["documents"][0]
    assert d["status"] == "failed"
    assert d["error"] and any("\u4e00" <= ch <= "\u9fff" for ch in d["error"])


def _zip(members: dict[str, bytes]) -> bytes:
    buf = io.BytesIO()
    with zipfile.ZipFile(buf, "w") as zf:
        for name, content in members.items():
            zf.writestr(name, content)
    return buf.getvalue()


def test_zip_members_are_each_recorded(client, auth, returns):
    auth.login()
    z = _zip({"一季度/教育局.docx": returns("市教育局", "2024Q1", {"1.1": 1}),
              "一季度/妇联.docx": returns("市妇联", "2024Q1", {"4.1": 3}),
              "__MACOSX/._x": b"junk"})
    files = _upload(client, ("returns.zip", z)).json["files"]
    assert sorted(f["name"] for f in files) == ["妇联.docx", "教育局.docx"]
    assert all(f["id"] and not f["error"] for f in files)


def test_zip_with_path_traversal_member_is_refused_for_that_member(client, auth, returns, app):
    auth.login()
    z = _zip({"../../etc/evil.docx": b"x", "ok.docx": returns("市残联", "2024Q1", {"10.2": 100})})
    files = _upload(client, ("r.zip", z)).json["files"]
    refused = [f for f in files if f["error"]]
    assert len(refused) == 1 and "不安全" in refused[0]["error"]
    storage = app.config["STORAGE_DIR"]
    import os
    for root, _dirs, names in os.walk(os.path.dirname(storage)):
        assert "evil.docx" not in names


def test_zip_with_too_many_members_is_refused(tmp_path, returns):
    from .conftest import AuthActions, make_app
    from app.services import users
    app = make_app(tmp_path, ZIP_MAX_MEMBERS=2)
    with app.app_context():
        users.create_user("rev", "rev-pw-1", "reviewer")
    client = app.test_client()
    AuthActions(client).login()
    r = _upload(client, ("r.zip", _zip({f"{i}.txt": b"x" for i in range(3)})))
    assert r.status_code == 400
    assert "文件过多" in r.json["error"]


def test_viewer_cannot_upload(client, auth, returns):
    auth.login("view")
    assert _upload(client, ("a.docx", returns("市教育局", "2024Q1", {"1.1": 1}))).status_code == 403


def test_excel_return_is_read_although_originals_are_stored_without_suffix(client, auth, tmp_path):
    from openpyxl import Workbook
    wb = Workbook()
    ws = wb.active
    ws.append(["填报单位：市总工会", "截至6月底"])
    ws.append(["项目", "指标", "目标", "累计完成"])
    ws.append(["实施普惠托育服务提质行动", "开展寒暑假职工子女托管班", "50个", "12个"])
    path = tmp_path / "r.xlsx"
    wb.save(path)
    auth.login()
    r = _upload(client, ("总工会.xlsx", path.read_bytes()))
    d = client.get(f"/batches/{r.json['batch']}").json["documents"][0]
    assert d["status"] == "done", d["error"]
