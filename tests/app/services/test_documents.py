from app.models import Document, db
from app.services.documents import copy_disagreements, return_stamped
from app.services.review import approve, correct


def test_word_file_and_stamped_scan_are_one_return(record):
    native = record("市教育局", "2024Q1", {"1.1": 2, "1.2": 5, "1.3": 3}, kind="docx")
    scan = record("市教育局", "2024Q1", {"1.1": 2, "1.2": 5, "1.3": 8}, kind="pdf-scan",
                  stamped=True)
    assert scan.duplicate_of_id == native.id and native.is_current
    assert return_stamped(native) is True  # seal from the scan
    assert native.effective_values()["1.3"] == 3  # figures from the native file
    assert copy_disagreements(native) == [{"indicator_id": "1.3", "value": 3.0, "copy_value": 8.0,
                                           "copy_id": scan.id, "copy_filename": scan.filename}]


def test_scan_uploaded_first_gives_way_to_the_native_file(record):
    scan = record("市妇联", "2024Q2", {"4.1": 12}, kind="image", stamped=True)
    native = record("市妇联", "2024Q2", {"4.1": 12}, kind="xlsx")
    assert scan.duplicate_of_id == native.id
    assert Document.current_returns("2024Q2") == [native]


def test_newer_return_supersedes_the_older_which_stays_on_record(record):
    old = record("市民政局", "2024Q3", {"10.1": 100}, kind="docx")
    new = record("市民政局", "2024Q3", {"10.1": 98}, kind="docx")
    assert old.superseded_by_id == new.id
    assert db.session.get(Document, old.id) is not None
    assert Document.current_returns("2024Q3") == [new]


def test_scan_with_different_figures_is_a_newer_return_not_a_copy(record):
    old = record("市残联", "2024Q1", {"10.2": 300, "10.3": 5}, kind="docx")
    new = record("市残联", "2024Q1", {"10.2": 450, "10.3": 9}, kind="pdf-scan", stamped=True)
    assert new.duplicate_of_id is None and old.superseded_by_id == new.id


def test_other_departments_and_quarters_are_not_related(record):
    a = record("市教育局", "2024Q1", {"1.1": 2})
    b = record("市教育局", "2024Q2", {"1.1": 2}, kind="image")
    c = record("市妇联", "2024Q1", {"1.1": 2}, kind="image")
    assert all(d.is_current for d in (a, b, c))


def test_changing_the_department_relinks_the_return(record, user):
    a = record("市教育局", "2024Q1", {"1.1": 2})
    b = record(None, "2024Q1", {"1.1": 2}, kind="pdf-scan", stamped=True)
    correct(b.id, "unit", "淄博市教育局", "", user)
    assert b.unit == "市教育局" and b.duplicate_of_id == a.id


def test_approval_of_a_copy_is_refused(record, user):
    record("市教育局", "2024Q1", {"1.1": 2})
    scan = record("市教育局", "2024Q1", {"1.1": 2}, kind="image")
    import pytest
    from app.services import ServiceError
    with pytest.raises(ServiceError, match="另一份"):
        approve(scan.id, user)
