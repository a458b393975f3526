"""A document as the JSON API shows it: the extract contract's fields
(shared/spec/extract-contract.md) with reviewers' corrections applied, and for every value
both what was extracted and what was corrected."""
from __future__ import annotations

from app.models import Document
from app.services.documents import copy_disagreements, return_stamped
from app.services.review import document_checks


def _num(v):
    if v is None:
        return None
    return int(v) if float(v).is_integer() else v


def document_contract(doc: Document) -> dict:
    corrections = doc.latest_corrections()
    effective = doc.effective_values()
    values = {}
    extracted = {v.indicator_id: v for v in doc.values}
    ids = set(extracted) | {f[6:] for f in corrections if f.startswith("value:")}
    for ind_id in sorted(ids, key=lambda i: tuple(int(p) for p in i.split(".") if p.isdigit())):
        ev = extracted.get(ind_id)
        c = corrections.get(f"value:{ind_id}")
        values[ind_id] = {
            "value": _num(effective.get(ind_id)),
            "confidence": round(ev.confidence, 3) if ev else None,
            "page": ev.page if ev else None,
            "bbox": ev.bbox if ev else None,
            "text": ev.text if ev else "",
            "extracted": _num(ev.value) if ev else None,
            "corrected": None if c is None else {
                "value": _num(c.new_number), "reason": c.reason,
                "by": c.user.name if c.user else None, "at": c.created_at.isoformat() + "Z"},
        }
    texts = {str(no): parts for no, parts in sorted(doc.effective_texts().items()) if parts}
    return {
        "id": doc.id,
        "status": doc.status,
        "file": doc.filename,
        "ok": doc.status != "failed",
        "error": doc.error,
        "kind": doc.kind or "unknown",
        "unit": doc.unit,
        "period": doc.period,
        "stamped": return_stamped(doc) if doc.status == "done" else doc.stamped,
        "values": values,
        "texts": texts,
        "warnings": list(doc.warnings or []) + (document_checks(doc) if doc.status == "done" else []),
        "extracted_unit": doc.extracted_unit,
        "extracted_period": doc.extracted_period,
        "sha256": doc.sha256,
        "size": doc.size,
        "uploaded_at": doc.uploaded_at.isoformat() + "Z",
        "review_state": doc.review_state,
        "superseded_by": doc.superseded_by_id,
        "duplicate_of": doc.duplicate_of_id,
        "copies": [c.id for c in doc.copies()],
        "disagreements": copy_disagreements(doc) if doc.status == "done" else [],
    }
