"""Reviewing one return: the department's indicators with value, target, completion rate,
confidence and the checks a reviewer would make; corrections on top of extraction;
approval; the return note (退回意见)."""
from __future__ import annotations

import re
from dataclasses import dataclass, field
from typing import Optional

from sqlalchemy import select

from app.catalog import Catalog, Indicator, get_catalog
from app.models import (Correction, Document, Event, ReturnNote, User, db, previous_period,
                        utcnow)
from app.services import ServiceError
from app.services.periods import ensure_open
from app.services.documents import (copy_disagreements, get_document, lock_group, relink,
                                    return_seal_text, return_stamped)

#: below this confidence a figure is flagged for a human look
LOW_CONFIDENCE = 0.8
MID_CONFIDENCE = 0.95
#: a figure more than this many times its target is "far beyond target"
FAR_BEYOND = 3.0
TEXT_PARTS = {"progress": "进展情况", "problems": "存在问题", "plans": "下步打算"}


@dataclass
class FieldRow:
    """One indicator of the department's projects as the review page shows it."""

    indicator: Indicator
    value: Optional[float] = None  # effective (after corrections)
    extracted: Optional[float] = None
    confidence: Optional[float] = None
    page: Optional[int] = None
    bbox: Optional[list] = None
    text: str = ""
    corrected: bool = False
    correction: Optional[Correction] = None
    previous: Optional[float] = None  # last quarter's figure of the same department
    rate: Optional[float] = None  # completion rate, percent
    warnings: list[str] = field(default_factory=list)

    @property
    def flagged(self) -> bool:
        """Needs a human look: a warning no reviewer has acted on yet (a correction or a
        confirmation means someone looked; the warnings stay visible)."""
        return bool(self.warnings) and not self.corrected

    @property
    def level(self) -> str:
        """Confidence colour: ok / check / low / missing / corrected."""
        if self.corrected:
            return "corrected"
        if self.value is None:
            return "missing"
        if self.confidence is None or self.confidence >= MID_CONFIDENCE:
            return "ok"
        return "check" if self.confidence >= LOW_CONFIDENCE else "low"


def fmt_number(v: Optional[float]) -> str:
    if v is None:
        return ""
    return str(int(v)) if float(v).is_integer() else f"{v:g}"


def parse_number(text: str) -> Optional[float]:
    """A reviewer's typed figure: "5,000", "５０００", "85%", "" (empty removes the value)."""
    t = (text or "").strip().translate(str.maketrans("０１２３４５６７８９．，％", "0123456789.,%"))
    t = re.sub(r"[,\s]", "", t).rstrip("%")
    if t == "":
        return None
    try:
        v = float(t)
    except ValueError:
        raise ServiceError(f"“{text}”不是数字，请只填写数字") from None
    if v < 0:
        raise ServiceError("数值不能为负数")
    return v


def previous_values(doc: Document) -> dict[str, float]:
    """The same department's figures in the previous quarter (its current return)."""
    prev = previous_period(doc.period)
    if not (prev and doc.unit):
        return {}
    for d in Document.current_returns(prev):
        if d.unit == doc.unit:
            return d.effective_values()
    return {}


def _previous_texts(doc: Document) -> dict[int, dict[str, str]]:
    prev = previous_period(doc.period)
    if not (prev and doc.unit):
        return {}
    for d in Document.current_returns(prev):
        if d.unit == doc.unit:
            return d.effective_texts()
    return {}


def indicators_for(doc: Document, catalog: Catalog) -> list[Indicator]:
    """Every indicator of the department's projects (all of them if the department is unknown)."""
    if doc.unit:
        projects = catalog.projects_of(doc.unit)
        if projects:
            return [i for p in projects for i in p.indicators]
    return catalog.indicators()


def field_rows(doc: Document, catalog: Optional[Catalog] = None) -> list[FieldRow]:
    catalog = catalog or get_catalog()
    extracted = {v.indicator_id: v for v in doc.values}
    corrections = doc.latest_corrections()
    effective = doc.effective_values()
    prev = previous_values(doc)
    rows = []
    for ind in indicators_for(doc, catalog):
        ev = extracted.get(ind.id)
        c = corrections.get(f"value:{ind.id}")
        row = FieldRow(indicator=ind, value=effective.get(ind.id),
                       extracted=ev.value if ev else None,
                       confidence=ev.confidence if ev else None,
                       page=ev.page if ev else None, bbox=ev.bbox if ev else None,
                       text=ev.text if ev else "", corrected=c is not None, correction=c,
                       previous=prev.get(ind.id))
        row.rate, row.warnings = value_checks(ind, row.value, row.previous,
                                              None if row.corrected else row.confidence)
        rows.append(row)
    return rows


def value_checks(ind: Indicator, value: Optional[float], previous: Optional[float],
                 confidence: Optional[float]) -> tuple[Optional[float], list[str]]:
    """(completion rate in percent, warnings) for one indicator's figure."""
    warnings: list[str] = []
    rate = None
    if value is None:
        if ind.kind == "milestone":
            return None, []  # a milestone is usually reported in words (see the texts)
        return None, ["未填报或未识别到该指标的数据"]
    if ind.target:
        rate = value / ind.target * 100
    if ind.kind == "percent" and value > 100:
        warnings.append("百分比超过 100%")
    if ind.target and ind.comparator != "le":
        if value > ind.target * FAR_BEYOND:
            warnings.append(f"远超目标（目标 {fmt_number(ind.target)}{ind.measure or ''}，"
                            f"为目标的 {rate:.0f}%）")
        elif value > ind.target and ind.comparator in ("eq", "approx"):
            warnings.append(f"超过目标（目标 {fmt_number(ind.target)}{ind.measure or ''}）")
        elif rate is not None and rate > 100 and ind.kind != "percent":
            warnings.append(f"完成率 {rate:.0f}%，超过 100%")
    if previous is not None and value < previous and ind.kind != "milestone":
        warnings.append(f"低于上季度累计数（上季度 {fmt_number(previous)}）")
    if confidence is not None and confidence < LOW_CONFIDENCE:
        warnings.append(f"识别把握不大（置信度 {confidence:.2f}），请核对原件")
    return rate, warnings


def _norm_text(t: str) -> str:
    return re.sub(r"[\s，。、；：,.;:]", "", t or "")


def document_checks(doc: Document, catalog: Optional[Catalog] = None) -> list[str]:
    """Return-level findings: seal, department, copied narrative, unreported projects,
    disagreeing copies, supersession."""
    catalog = catalog or get_catalog()
    out: list[str] = []
    if doc.status != "done":
        return out
    if not doc.unit:
        out.append("未能识别报送部门，请在上方选择部门")
    if not doc.period:
        out.append("未能识别季度，请在上方选择季度")
    stamped = return_stamped(doc)
    if stamped is not True:
        out.append("未发现公章（各部门进展情况须加盖公章）")
    seal = return_seal_text(doc)
    if seal and doc.unit:
        seal_unit = next((canon for written, canon in catalog.unit_names_longest_first()
                          if written in "".join(seal.split())), None)
        if seal_unit and seal_unit != doc.unit:
            out.append(f"公章单位（{seal_unit}）与报送部门（{doc.unit}）不一致")
    if doc.unit:
        texts = doc.effective_texts()
        values = doc.effective_values()
        for p in catalog.projects_of(doc.unit):
            if not any(i.id in values for i in p.indicators) and not texts.get(p.no):
                out.append(f"项目{p.no}“{p.title}”未填报")
        prev_texts = _previous_texts(doc)
        for no, parts in sorted(texts.items()):
            for part, text in parts.items():
                old = prev_texts.get(no, {}).get(part)
                if old and len(_norm_text(text)) >= 10 and _norm_text(old) == _norm_text(text):
                    out.append(f"项目{no}的{TEXT_PARTS.get(part, part)}与上季度完全相同，疑似照抄")
    for d in copy_disagreements(doc):
        out.append(f"指标 {d['indicator_id']}：本件为 {fmt_number(d['value'])}，"
                   f"另一份（{d['copy_filename']}）为 {fmt_number(d['copy_value'])}")
    if doc.superseded_by_id:
        out.append(f"已被较新的回执 #{doc.superseded_by_id} 取代，仅作存档")
    return out


def flagged_count(doc: Document, catalog: Optional[Catalog] = None) -> int:
    if doc.status != "done":
        return 0
    return sum(1 for r in field_rows(doc, catalog) if r.flagged)


# ---------------------------------------------------------------- changes

def _display(field_name: str, doc: Document) -> str:
    if field_name == "unit":
        return doc.unit or ""
    if field_name == "period":
        return doc.period or ""
    if field_name.startswith("value:"):
        return fmt_number(doc.effective_values().get(field_name[6:]))
    if field_name.startswith("text:"):
        _, no, part = field_name.split(":")
        return doc.effective_texts().get(int(no), {}).get(part, "")
    raise ServiceError("不能修改这一项")


def correct(document_id: int, field_name: str, new_value: str, reason: str,
            user: Optional[User], catalog: Optional[Catalog] = None,
            commit: bool = True, confirm: bool = False) -> Optional[Correction]:
    """Record a reviewer's change of one field (``value:<id>``, ``text:<no>:<part>``,
    ``unit``, ``period``). Returns None when nothing changed — unless ``confirm``: then the
    reviewer vouches for the figure as it stands (old = new, recorded like a change)."""
    catalog = catalog or get_catalog()
    doc = get_document(document_id)
    if doc.status != "done":
        raise ServiceError("文件尚未处理完成，暂不能修改")
    ensure_open(doc.period)
    if field_name == "period":
        ensure_open((new_value or "").strip())
    new_value = (new_value or "").strip()
    if field_name.startswith("value:"):
        ind_id = field_name[6:]
        try:
            catalog.indicator(ind_id)
        except KeyError:
            raise ServiceError(f"没有指标 {ind_id}") from None
        number = parse_number(new_value)
        new_value = fmt_number(number)
    elif field_name == "unit":
        if new_value:
            canon = catalog.resolve_unit(new_value)
            if canon is None:
                raise ServiceError(f"“{new_value}”不是清单中的责任单位")
            new_value = canon
    elif field_name == "period":
        if new_value and new_value not in catalog.periods:
            raise ServiceError(f"季度应为 {'、'.join(catalog.periods)} 之一")
    elif field_name.startswith("text:"):
        parts = field_name.split(":")
        if len(parts) != 3 or parts[2] not in TEXT_PARTS or not parts[1].isdigit():
            raise ServiceError("不能修改这一项")
    else:
        raise ServiceError("不能修改这一项")
    old = _display(field_name, doc)
    if old == new_value and not (confirm and new_value):
        return None
    if old == new_value and not reason:
        reason = "核对无误"
    c = Correction(document=doc, field=field_name, old_value=old, new_value=new_value,
                   reason=(reason or "").strip(), user=user)
    db.session.add(c)
    if field_name in ("unit", "period"):
        # it leaves one group of returns and joins another: relink both
        old_group = (doc.unit, doc.period)
        for period in sorted({doc.period or "", new_value if field_name == "period" else doc.period or ""}):
            lock_group(period or None)
        setattr(doc, field_name, new_value or None)
        doc.superseded_by_id = doc.duplicate_of_id = None
        db.session.flush()
        relink(*old_group)
        relink(doc.unit, doc.period)
    if doc.review_state == "pending":
        doc.review_state = "reviewed"
    if commit:
        db.session.commit()
    else:
        db.session.flush()
    return c


def correct_many(document_id: int, changes: dict[str, str], reason: str,
                 user: Optional[User]) -> list[Correction]:
    """Several changes at once (the API's PATCH); all or nothing."""
    done = []
    try:
        for field_name, value in changes.items():
            c = correct(document_id, field_name, value, reason, user, commit=False)
            if c:
                done.append(c)
        db.session.commit()
    except ServiceError:
        db.session.rollback()
        raise
    return done


def approve(document_id: int, user: Optional[User]) -> Document:
    doc = get_document(document_id)
    if doc.status != "done":
        raise ServiceError("文件尚未处理完成，不能审核通过")
    if doc.duplicate_of_id:
        raise ServiceError(f"这是 #{doc.duplicate_of_id} 的另一份，请审核那一份")
    if not doc.unit or not doc.period:
        raise ServiceError("请先确定报送部门和季度，再审核通过")
    ensure_open(doc.period)
    doc.review_state, doc.approved_by, doc.approved_at = "approved", user, utcnow()
    db.session.add(Event(document=doc, action="approved", user=user))
    db.session.commit()
    return doc


def reopen(document_id: int, user: Optional[User]) -> Document:
    doc = get_document(document_id)
    doc.review_state, doc.approved_by, doc.approved_at = "reviewed", None, None
    db.session.add(Event(document=doc, action="reopened", user=user))
    db.session.commit()
    return doc


def history(document_id: int) -> list[dict]:
    """Every change and event of a document, oldest first."""
    doc = get_document(document_id)
    items = [{"at": c.created_at, "kind": "correction", "field": c.field, "old": c.old_value,
              "new": c.new_value, "reason": c.reason, "user": c.user.name if c.user else None}
             for c in doc.corrections]
    events = db.session.scalars(select(Event).where(Event.document_id == doc.id))
    items += [{"at": e.created_at, "kind": e.action, "detail": e.detail,
               "user": e.user.name if e.user else None} for e in events]
    return sorted(items, key=lambda i: i["at"])


def field_label(field_name: str, catalog: Optional[Catalog] = None) -> str:
    catalog = catalog or get_catalog()
    if field_name == "unit":
        return "报送部门"
    if field_name == "period":
        return "季度"
    if field_name.startswith("value:"):
        try:
            ind = catalog.indicator(field_name[6:])
            return f"{ind.id} {ind.name}"
        except KeyError:
            return field_name[6:]
    if field_name.startswith("text:"):
        _, no, part = field_name.split(":")
        return f"项目{no} {TEXT_PARTS.get(part, part)}"
    return field_name


# ---------------------------------------------------------------- return note (退回意见)

def return_note_items(document_id: int) -> list[str]:
    """The saved note, or a first draft made of the return's problems."""
    doc = get_document(document_id)
    note = db.session.scalar(select(ReturnNote).where(ReturnNote.document_id == doc.id))
    if note is not None:
        return list(note.items)
    items = [m for m in document_checks(doc) if "取代" not in m]
    for r in field_rows(doc):
        for w in r.warnings:
            if "置信度" in w:
                continue
            items.append(f"{r.indicator.id} {r.indicator.name}：{w}")
    return items


def save_return_note(document_id: int, items: list[str], user: Optional[User]) -> ReturnNote:
    doc = get_document(document_id)
    items = [i.strip() for i in items if i and i.strip()]
    note = db.session.scalar(select(ReturnNote).where(ReturnNote.document_id == doc.id))
    if note is None:
        note = ReturnNote(document=doc)
        db.session.add(note)
    note.items, note.updated_by_id, note.updated_at = items, user.id if user else None, utcnow()
    if doc.review_state != "approved":
        doc.review_state = "returned"
    db.session.add(Event(document=doc, action="return_note", user=user,
                         detail=f"{len(items)} 条退回意见"))
    db.session.commit()
    return note


def return_note_docx(document_id: int) -> tuple[str, bytes]:
    """(file name, .docx bytes) of the return note."""
    from app.models import period_label
    from app.services.exports import return_note_docx as build

    doc = get_document(document_id)
    items = return_note_items(document_id)
    unit = doc.unit or "（部门未识别）"
    name = f"退回意见-{unit}-{doc.period or '季度未识别'}.docx"
    return name, build(unit, period_label(doc.period), doc.filename, items)
