"""Returns from the service's database (app/models.py): each department's current primary
return for the quarter, with the extracted values, the reviewers' corrections applied on top,
and who made them. Needs a Flask application context; nothing else here touches Flask."""
from __future__ import annotations

from typing import Optional

from app.consolidate.returns import Return, ReturnTexts, ReturnValue

UNKNOWN_REVIEWER = "审核员"


def document_to_return(doc) -> Return:
    """One ``app.models.Document`` as a ``Return``."""
    latest = doc.latest_corrections()
    extracted = {v.indicator_id: v for v in doc.values}
    effective = doc.effective_values()
    corrected_ids = {f.split(":", 1)[1] for f in latest if f.startswith("value:")}
    values: dict[str, ReturnValue] = {}
    for ind_id in sorted(set(extracted) | corrected_ids):
        ev = extracted.get(ind_id)
        corr = latest.get(f"value:{ind_id}")
        who: Optional[str] = None
        if corr is not None:
            who = corr.user.name if corr.user is not None else UNKNOWN_REVIEWER
        values[ind_id] = ReturnValue(ind_id, value=effective.get(ind_id),
                                     extracted=ev.value if ev is not None else None,
                                     changed_by=who, page=ev.page if ev is not None else None,
                                     text=ev.text if ev is not None else "")
    texts = {int(no): ReturnTexts(progress=t.get("progress") or "",
                                  problems=t.get("problems") or "", plans=t.get("plans") or "")
             for no, t in doc.effective_texts().items()}
    return Return(unit=doc.unit or "", period=doc.period or "", file_name=doc.filename,
                  uploaded_at=doc.uploaded_at, values=values, texts=texts,
                  approved=doc.review_state == "approved", stamped=doc.stamped,
                  document_id=doc.id)


def returns_for_period(period: str) -> list[Return]:
    """The quarter's current returns (one primary document per department), inside an
    application context."""
    from app.models import Document

    return [document_to_return(d) for d in Document.current_returns(period)]


def returns_for_period_from_app(period: str, app=None) -> list[Return]:
    """For the command line: build the application from the environment (DATABASE_URL …)
    and read the returns inside its context."""
    if app is None:
        from app import create_app
        app = create_app()
    with app.app_context():
        return returns_for_period(period)
