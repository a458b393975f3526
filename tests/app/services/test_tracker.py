from app.services.review import approve, correct
from app.services.tracker import missing_units, period_status


def test_period_status_moves_from_missing_to_approved(record, user, catalog):
    before = period_status("2024Q2")
    assert before["counts"]["missing"] == len(catalog.units)
    doc = record("市教育局", "2024Q2", {"1.1": 1})
    assert _state(period_status("2024Q2"), "市教育局") == "received"
    correct(doc.id, "value:1.1", "2", "", user)
    assert _state(period_status("2024Q2"), "市教育局") == "reviewed"
    approve(doc.id, user)
    after = period_status("2024Q2")
    assert _state(after, "市教育局") == "approved"
    assert "市教育局" not in after["missing"] and len(after["missing"]) == len(catalog.units) - 1


def test_superseded_and_copy_documents_count_once(record):
    record("市妇联", "2024Q1", {"4.1": 1})
    record("市妇联", "2024Q1", {"4.1": 1}, kind="image")
    record("市妇联", "2024Q1", {"4.1": 9})
    assert sum(1 for u in period_status("2024Q1")["units"] if u["unit"] == "市妇联") == 1
    assert "市妇联" not in [m["unit"] for m in missing_units("2024Q1")]


def _state(status, unit):
    return next(u["state"] for u in status["units"] if u["unit"] == unit)
