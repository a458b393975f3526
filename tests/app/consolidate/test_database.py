"""The database adapter on a small SQLite database built with the service's models."""
from __future__ import annotations

from datetime import datetime

import pytest
from flask import Flask

from app.consolidate import consolidate
from app.consolidate.database import returns_for_period
from app.models import Correction, Document, ExtractedValue, ProjectText, User, db


@pytest.fixture
def app(tmp_path):
    app = Flask("test-consolidate")
    app.config.update(SQLALCHEMY_DATABASE_URI=f"sqlite:///{tmp_path / 'db.sqlite'}",
                      TESTING=True)
    db.init_app(app)
    with app.app_context():
        db.create_all()
        yield app
        db.session.remove()
        db.engine.dispose()


def _doc(n: int, unit: str, period: str = "2024Q2", **kw) -> Document:
    d = Document(sha256=f"{n:064d}", filename=f"{unit}.docx", storage_key=f"k{n}", size=1,
                 kind="docx", status="done", unit=unit, period=period,
                 uploaded_at=datetime(2024, 7, n), **kw)
    db.session.add(d)
    db.session.flush()
    return d


def test_current_returns_with_corrections_and_reviewer(app, catalog):
    zhang = User(name="张三", password_hash="x", role="reviewer")
    db.session.add(zhang)
    edu = _doc(1, "市教育局", review_state="approved")
    db.session.add_all([
        ExtractedValue(document=edu, indicator_id="1.1", value=2, confidence=0.9, page=1,
                       text="新建中小学2所"),
        ExtractedValue(document=edu, indicator_id="1.2", value=50, confidence=0.4, page=2,
                       text="幼儿园50所"),
        ExtractedValue(document=edu, indicator_id="1.3", value=7, confidence=0.4, page=2),
        Correction(document=edu, field="value:1.2", old_value="50", new_value="5", user=zhang),
        Correction(document=edu, field="value:1.3", old_value="7", new_value="", user=zhang),
        ProjectText(document=edu, project_no=1, progress="进展顺利", problems="用地紧张"),
    ])
    old = _doc(2, "市妇联", review_state="approved")
    new = _doc(3, "市妇联")  # newer, not yet approved
    old.superseded_by_id = new.id
    db.session.add_all([
        ExtractedValue(document=old, indicator_id="2.1", value=100, confidence=1),
        ExtractedValue(document=new, indicator_id="2.1", value=300, confidence=1),
    ])
    _doc(4, "市商务局", period="2024Q1", review_state="approved")
    db.session.commit()

    returns = {r.unit: r for r in returns_for_period("2024Q2")}
    assert set(returns) == {"市教育局", "市妇联"}
    edu_r = returns["市教育局"]
    assert edu_r.approved and edu_r.file_name == "市教育局.docx"
    v = edu_r.values
    assert (v["1.1"].value, v["1.1"].extracted, v["1.1"].changed_by) == (2, 2, None)
    assert (v["1.2"].value, v["1.2"].extracted, v["1.2"].changed_by) == (5, 50, "张三")
    assert v["1.3"].value is None and v["1.3"].extracted == 7  # struck out by the reviewer
    assert edu_r.texts[1].progress == "进展顺利" and edu_r.texts[1].problems == "用地紧张"
    assert not returns["市妇联"].approved and returns["市妇联"].values["2.1"].value == 300

    table = consolidate(returns.values(), catalog, "2024Q2")
    p1 = table.projects[0]
    assert [r.value for r in p1.indicators] == [2, 5, None]
    assert "市妇联" in table.pending_units  # its current return is not approved yet
    with_unreviewed = consolidate(returns.values(), catalog, "2024Q2", include_unreviewed=True)
    assert with_unreviewed.projects[1].indicators[0].value == 300


def test_cli_consolidates_a_period_from_the_database(app, tmp_path, monkeypatch):
    """``python -m app consolidate --period … -o …`` reads the database the app is configured
    with (here the test's, handed over in place of the environment's)."""
    from openpyxl import load_workbook

    import app.consolidate.database as database
    from app.cli import main

    edu = _doc(1, "市教育局", review_state="approved")
    db.session.add(ExtractedValue(document=edu, indicator_id="1.1", value=3, confidence=1))
    db.session.commit()
    real = database.returns_for_period_from_app
    monkeypatch.setattr(database, "returns_for_period_from_app",
                        lambda period: real(period, app=app))
    out = tmp_path / "汇总表.xlsx"
    assert main(["consolidate", "--period", "2024Q2", "-o", str(out)]) == 0
    ws = load_workbook(out)["进展情况表"]
    assert ws["E4"].value.startswith("累计完成3所")
