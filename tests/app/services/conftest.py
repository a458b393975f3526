"""Service tests run inside an app context with a fresh database per test; documents are
recorded from ExtractionResults built here (the service layer's input), not parsed."""
from __future__ import annotations

import itertools

import pytest

from app import create_app
from app.extraction.result import ExtractionResult, FieldValue, ProjectTexts
from app.models import Document, User, db
from app.services.documents import apply_extraction, lock_group, relink
from app.web.config import TestConfig


@pytest.fixture
def app(tmp_path):
    app = create_app(TestConfig(str(tmp_path)))
    with app.app_context():
        db.create_all()
        yield app
        db.session.remove()
        db.engine.dispose()


@pytest.fixture
def user(app):
    u = User(name="rev", role="reviewer")
    u.set_password("x", "pbkdf2:sha256:1000")
    db.session.add(u)
    db.session.commit()
    return u


_seq = itertools.count()


@pytest.fixture
def record(app):
    """record(unit, period, {id: value}, kind="docx", stamped=None, texts=None, seal_text=None)
    → a processed Document, related to the others as the background job would."""
    def make(unit, period, values, kind="docx", stamped=None, texts=None, seal_text=None,
             confidence=0.98):
        n = next(_seq)
        result = ExtractionResult(
            file=f"{n}.{kind}", kind=kind, unit=unit, period=period, stamped=stamped,
            values={k: FieldValue(k, float(v), confidence, page=1, bbox=None, text=str(v))
                    for k, v in values.items()},
            texts={str(no): ProjectTexts(progress=t) for no, t in (texts or {}).items()},
            seal_text=seal_text)
        doc = Document(sha256=f"{n:064d}", filename=result.file, storage_key=f"k{n}", size=1)
        db.session.add(doc)
        db.session.flush()
        apply_extraction(doc, result)
        db.session.commit()
        lock_group(period)
        relink(unit, period)
        db.session.commit()
        return doc
    return make
