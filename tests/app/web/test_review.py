import io

import pytest

from app.models import Correction, Document, db


@pytest.fixture
def doc_id(client, auth, returns):
    auth.login()
    content = returns("市教育局", "2024Q2", {"1.1": 2, "1.2": 5, "4.1": 30, "8.1": 120})
    r = client.post("/upload", data={"file": [(io.BytesIO(content), "教育局.docx")]},
                    content_type="multipart/form-data")
    return r.json["files"][0]["id"]


def test_review_page_lists_every_indicator_of_the_departments_projects(client, doc_id, catalog):
    page = client.get(f"/documents/{doc_id}").get_data(as_text=True)
    for p in catalog.projects_of("市教育局"):
        for ind in p.indicators:
            assert f"<b>{ind.id}</b> {ind.name}" in page


def test_correction_is_recorded_on_top_of_the_extracted_value(client, doc_id, app):
    r = client.post(f"/documents/{doc_id}/fields",
                    json={"field": "value:1.1", "value": "3", "reason": "按原件更正"})
    assert r.json["ok"] and 'value="3"' in r.json["row"]
    assert "按原件更正" in r.json["history"]
    with app.app_context():
        doc = db.session.get(Document, doc_id)
        assert [v.value for v in doc.values if v.indicator_id == "1.1"] == [2.0]
        assert doc.effective_values()["1.1"] == 3.0
        c = db.session.scalar(db.select(Correction))
        assert (c.old_value, c.new_value, c.user.name) == ("2", "3", "rev")


def test_reextraction_never_overwrites_a_correction(client, doc_id, app):
    client.post(f"/documents/{doc_id}/fields", json={"field": "value:1.1", "value": "4"})
    client.post(f"/documents/{doc_id}/fields", data={"field": "unit", "value": "市妇联"})
    client.post(f"/documents/{doc_id}/reprocess")
    with app.app_context():
        doc = db.session.get(Document, doc_id)
        assert doc.status == "done"
        assert doc.effective_values()["1.1"] == 4.0
        assert doc.unit == "市妇联" and doc.extracted_unit == "市教育局"


@pytest.mark.parametrize("value,message", [("abc", "不是数字"), ("-1", "负数")])
def test_bad_value_is_refused_in_chinese(client, doc_id, value, message):
    r = client.post(f"/documents/{doc_id}/fields", json={"field": "value:1.1", "value": value})
    assert r.status_code == 400 and message in r.json["error"]


def test_viewer_cannot_correct(client, auth, doc_id):
    auth.logout()
    auth.login("view")
    r = client.post(f"/documents/{doc_id}/fields", json={"field": "value:1.1", "value": "9"})
    assert r.status_code == 403


def test_extracted_text_is_escaped_in_the_page(client, doc_id):
    client.post(f"/documents/{doc_id}/fields",
                data={"field": "text:1:problems", "value": "<script>alert(1)</script>"})
    page = client.get(f"/documents/{doc_id}").get_data(as_text=True)
    assert "<script>alert(1)</script>" not in page
    assert "&lt;script&gt;alert(1)&lt;/script&gt;" in page


def test_approve_changes_the_tracker(client, doc_id):
    cell = '<td class="state-received" data-unit="市教育局" data-period="2024Q2">'
    assert cell in client.get("/tracker").get_data(as_text=True)
    client.post(f"/documents/{doc_id}/approve")
    page = client.get("/tracker").get_data(as_text=True)
    assert '<td class="state-approved" data-unit="市教育局" data-period="2024Q2">' in page


def test_return_note_is_editable_and_downloads_as_word(client, doc_id):
    draft = client.get(f"/documents/{doc_id}/note").get_data(as_text=True)
    assert "未发现公章" in draft
    client.post(f"/documents/{doc_id}/note", data={"items": "请加盖公章\n补报项目8的进展\n"})
    r = client.get(f"/documents/{doc_id}/note.docx")
    assert r.data[:2] == b"PK"
    from docx import Document as Docx
    text = "\n".join(p.text for p in Docx(io.BytesIO(r.data)).paragraphs)
    assert "请加盖公章" in text and "补报项目8的进展" in text and "市教育局" in text
    r.close()


def test_reminder_list_downloads_the_departments_yet_to_report(client, doc_id):
    r = client.get("/tracker/2024Q2/reminders.xlsx")
    from openpyxl import load_workbook
    ws = load_workbook(io.BytesIO(r.data)).active
    units = [row[1] for row in ws.iter_rows(min_row=3, values_only=True)]
    r.close()
    assert "市教育局" not in units and "市妇联" in units and len(units) == 15


@pytest.mark.parametrize("fmt,magic", [("xlsx", b"PK"), ("docx", b"PK")])
def test_consolidated_table_downloads_for_the_quarter(client, doc_id, fmt, magic):
    client.post(f"/documents/{doc_id}/approve")
    r = client.get(f"/tracker/2024Q2/consolidated.{fmt}")
    assert r.status_code == 200 and r.data[:2] == magic
    assert "attachment" in r.headers["Content-Disposition"]
    r.close()


def test_consolidated_table_counts_the_approved_figure(client, doc_id):
    from openpyxl import load_workbook
    client.post(f"/documents/{doc_id}/fields", json={"field": "value:1.2", "value": "7"})
    client.post(f"/documents/{doc_id}/approve")
    r = client.get("/tracker/2024Q2/consolidated.xlsx")
    cells = [str(c) for row in load_workbook(io.BytesIO(r.data)).active.iter_rows(values_only=True)
             for c in row if c is not None]
    r.close()
    assert any(c.startswith("累计完成7所") for c in cells)  # the corrected figure, not 5


@pytest.mark.slow
def test_blank_forms_of_every_department_download_as_one_zip(client, auth, catalog):
    import zipfile
    auth.login("view")
    r = client.get("/tracker/2024Q3/forms.zip")
    names = zipfile.ZipFile(io.BytesIO(r.data)).namelist()
    r.close()
    assert len(names) == 2 * len(catalog.units) and any("市教育局" in n for n in names)
