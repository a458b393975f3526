"""Word returns on the review page: evidence boxes located on the LibreOffice PDF."""
from __future__ import annotations

import io
import json

import pytest

from app.models import Document, ExtractedValue, db
from app.services import pages
from app.storage import get_storage

pytestmark = pytest.mark.slow


def _docx() -> bytes:
    """Page 1: a heading and a sentence with a figure; page 2: a district table where the
    bare figure 1 stands in several cells, the city's figures in the total row."""
    from docx import Document as Docx
    from docx.enum.text import WD_BREAK

    d = Docx()
    d.add_paragraph("市教育局2024年第一季度进展情况表")
    d.add_paragraph("截至3月底，全市累计新增普惠性幼儿园学位860个。").runs[0].add_break(WD_BREAK.PAGE)
    rows = [("单位", "新改扩建中小学（所）", "新改扩建幼儿园（所）"), ("张店区", "0", "1"),
            ("淄川区", "1", "0"), ("全市合计", "1", "1")]
    t = d.add_table(rows=len(rows), cols=3)
    t.style = "Table Grid"
    for r, row in enumerate(rows):
        for k, text in enumerate(row):
            t.cell(r, k).text = text
    buf = io.BytesIO()
    d.save(buf)
    return buf.getvalue()


@pytest.fixture
def word_return(app):
    data = _docx()
    key = get_storage().put(data)
    doc = Document(sha256=key.rsplit("/", 1)[1], filename="教育局.docx", storage_key=key,
                   size=len(data), kind="docx", status="done")
    db.session.add(doc)
    db.session.flush()
    for ind, value, text in [("1.1", 1, "1"), ("1.2", 1, "1"),
                             ("2.1", 860, "截至3月底，全市累计新增普惠性幼儿园学位860个。"),
                             ("3.1", 5, "五所学校")]:  # the last is not in the document
        db.session.add(ExtractedValue(document_id=doc.id, indicator_id=ind, value=value,
                                      confidence=0.9, page=None, bbox=None, text=text))
    db.session.commit()
    return doc


def test_word_evidence_box_lands_on_the_page_and_around_the_figure(word_return):
    boxes = pages.evidence_boxes(word_return)
    assert pages.page_count(word_return) == 2
    assert boxes["1.1"]["page"] == boxes["1.2"]["page"] == 2 and boxes["2.1"]["page"] == 1
    assert "3.1" not in boxes
    (l1, t1, w1, h1), (l2, t2, w2, h2) = boxes["1.1"]["box"], boxes["1.2"]["box"]
    # both in the total row (the table's last, near the top of page 2), 1.1 in the middle
    # column and 1.2 in the right-hand one, the boxes about one line high
    assert t1 == pytest.approx(t2, abs=0.5) and 5 < t1 < 30 and 0 < h1 < 4
    assert 35 < l1 < 55 < l2 < 90 and w1 < 5


def test_located_boxes_are_cached_beside_the_converted_pdf(word_return):
    first = pages.evidence_boxes(word_return)
    cache = get_storage().cache_dir(word_return.storage_key) / "evidence.json"
    located = json.loads(cache.read_text("utf-8"))
    by_text = {k.split("\x1f")[0]: v for k, v in located.items()}
    assert by_text["1"][0] == 2 and by_text["五所学校"] is None
    mtime = cache.stat().st_mtime_ns
    assert pages.evidence_boxes(word_return) == first and cache.stat().st_mtime_ns == mtime


def test_pdf_returns_have_no_located_boxes(app):
    from tests.app.services.test_pages import _stored, _pdf
    assert pages.evidence_boxes(_stored("pdf-text", _pdf(n=1))) == {}
