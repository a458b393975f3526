"""The service's database: who uploaded which return, what was extracted from it and what
reviewers changed.

Reading guide (for the consolidation and anyone querying a period):

* A **Document** is one uploaded file (回执/return). ``unit`` and ``period`` are the
  *effective* department and quarter (extracted, or set by a reviewer — the change is then a
  ``Correction`` with ``field`` ``"unit"``/``"period"``); ``extracted_unit`` /
  ``extracted_period`` keep what extraction found.
* A department's return for a quarter is the **current primary document**: ``status ==
  "done"``, ``superseded_by_id is None`` and ``duplicate_of_id is None``
  (``Document.current_returns(period)`` gives them). A second copy of the same return (the
  Word file and its stamped scan) points at the primary with ``duplicate_of_id``; an older
  return replaced by a newer one points at it with ``superseded_by_id`` and stays on record.
* **ExtractedValue** rows are what extraction read (value, confidence, evidence) and are never
  edited by a reviewer. **Correction** rows are applied on top: the effective value of a field
  is the newest correction's ``new_value`` if any, else the extracted value.
  ``Document.effective_values()`` does exactly that.
* ``review_state``: ``pending`` (not looked at) → ``reviewed`` (a reviewer changed or confirmed
  something) → ``approved``; ``returned`` when a return note (退回意见) was issued.
"""
from __future__ import annotations

import hashlib
import secrets
from datetime import datetime, timezone
from typing import Optional

from flask_login import UserMixin
from flask_sqlalchemy import SQLAlchemy
from sqlalchemy import (JSON, Boolean, DateTime, Float, ForeignKey, Integer, String, Text,
                        UniqueConstraint, select)
from sqlalchemy.orm import DeclarativeBase, Mapped, mapped_column, relationship
from werkzeug.security import check_password_hash, generate_password_hash


class Base(DeclarativeBase):
    pass


db = SQLAlchemy(model_class=Base)


def utcnow() -> datetime:
    return datetime.now(timezone.utc).replace(tzinfo=None)


ROLES = ("admin", "reviewer", "viewer")
ROLE_LABELS = {"admin": "管理员", "reviewer": "审核员", "viewer": "查看"}
DOC_STATUSES = ("queued", "processing", "done", "failed")
STATUS_LABELS = {"queued": "排队中", "processing": "处理中", "done": "已完成", "failed": "失败"}
REVIEW_STATES = ("pending", "reviewed", "approved", "returned")
REVIEW_LABELS = {"pending": "待审核", "reviewed": "已审核", "approved": "已通过",
                 "returned": "已退回"}
#: kinds read from the file's own structure (figures taken from these) vs. images of paper
NATIVE_KINDS = {"docx", "doc", "wps", "xlsx", "xls", "et", "pdf-text"}
SCAN_KINDS = {"pdf-scan", "image"}


class User(UserMixin, db.Model):
    __tablename__ = "users"

    id: Mapped[int] = mapped_column(primary_key=True)
    name: Mapped[str] = mapped_column(String(64), unique=True)
    password_hash: Mapped[str] = mapped_column(String(256))
    role: Mapped[str] = mapped_column(String(16), default="viewer")
    active: Mapped[bool] = mapped_column(Boolean, default=True)
    created_at: Mapped[datetime] = mapped_column(DateTime, default=utcnow)

    def set_password(self, password: str, method: str = "scrypt") -> None:
        self.password_hash = generate_password_hash(password, method=method)

    def check_password(self, password: str) -> bool:
        return check_password_hash(self.password_hash, password)

    @property
    def is_active(self) -> bool:  # Flask-Login
        return self.active

    def can(self, role: str) -> bool:
        """Roles are ordered: an admin can do what a reviewer can, a reviewer what a viewer can."""
        return ROLES.index(self.role) <= ROLES.index(role)

    @property
    def role_label(self) -> str:
        return ROLE_LABELS.get(self.role, self.role)


class ApiToken(db.Model):
    """A Bearer token for the JSON API; only its SHA-256 is stored."""

    __tablename__ = "api_tokens"

    id: Mapped[int] = mapped_column(primary_key=True)
    user_id: Mapped[int] = mapped_column(ForeignKey("users.id"))
    token_hash: Mapped[str] = mapped_column(String(64), unique=True)
    created_at: Mapped[datetime] = mapped_column(DateTime, default=utcnow)
    last_used_at: Mapped[Optional[datetime]] = mapped_column(DateTime)

    user: Mapped[User] = relationship()

    @staticmethod
    def hash(token: str) -> str:
        return hashlib.sha256(token.encode()).hexdigest()

    @classmethod
    def issue(cls, user: User) -> tuple["ApiToken", str]:
        token = secrets.token_urlsafe(32)
        return cls(user=user, token_hash=cls.hash(token)), token


class Period(db.Model):
    """A reporting quarter, ``code`` like ``2024Q2``; ``open`` periods accept returns."""

    __tablename__ = "periods"

    id: Mapped[int] = mapped_column(primary_key=True)
    code: Mapped[str] = mapped_column(String(8), unique=True)
    year: Mapped[int] = mapped_column(Integer)
    quarter: Mapped[int] = mapped_column(Integer)
    open: Mapped[bool] = mapped_column(Boolean, default=True)

    @property
    def label(self) -> str:
        return period_label(self.code)


def period_label(code: Optional[str]) -> str:
    if not code or "Q" not in code:
        return code or "未识别"
    y, q = code.split("Q")
    return f"{y}年第{'一二三四'[int(q) - 1]}季度"


def previous_period(code: Optional[str]) -> Optional[str]:
    """The quarter before ``code`` in the same year (cumulative figures restart each year)."""
    if not code or "Q" not in code:
        return None
    y, q = code.split("Q")
    return f"{y}Q{int(q) - 1}" if int(q) > 1 else None


class Batch(db.Model):
    """Files uploaded together; the upload page shows progress per batch."""

    __tablename__ = "batches"

    id: Mapped[int] = mapped_column(primary_key=True)
    created_at: Mapped[datetime] = mapped_column(DateTime, default=utcnow)
    created_by_id: Mapped[Optional[int]] = mapped_column(ForeignKey("users.id"))

    created_by: Mapped[Optional[User]] = relationship()
    documents: Mapped[list["Document"]] = relationship(back_populates="batch")


class Document(db.Model):
    """One uploaded file (回执). See the module docstring for how copies and supersession work."""

    __tablename__ = "documents"

    id: Mapped[int] = mapped_column(primary_key=True)
    sha256: Mapped[str] = mapped_column(String(64), unique=True)
    filename: Mapped[str] = mapped_column(String(255))  # original name as uploaded
    storage_key: Mapped[str] = mapped_column(String(255))
    size: Mapped[int] = mapped_column(Integer)
    kind: Mapped[Optional[str]] = mapped_column(String(16))  # from content, after processing
    status: Mapped[str] = mapped_column(String(16), default="queued", index=True)
    error: Mapped[Optional[str]] = mapped_column(Text)  # plain Chinese, for the clerk
    uploaded_by_id: Mapped[Optional[int]] = mapped_column(ForeignKey("users.id"))
    uploaded_at: Mapped[datetime] = mapped_column(DateTime, default=utcnow)
    processed_at: Mapped[Optional[datetime]] = mapped_column(DateTime)
    batch_id: Mapped[Optional[int]] = mapped_column(ForeignKey("batches.id"), index=True)

    unit: Mapped[Optional[str]] = mapped_column(String(64), index=True)
    period: Mapped[Optional[str]] = mapped_column(String(8), index=True)
    extracted_unit: Mapped[Optional[str]] = mapped_column(String(64))
    extracted_period: Mapped[Optional[str]] = mapped_column(String(8))
    stamped: Mapped[Optional[bool]] = mapped_column(Boolean)
    seal_text: Mapped[Optional[str]] = mapped_column(Text)
    warnings: Mapped[list] = mapped_column(JSON, default=list)  # extraction's warnings

    superseded_by_id: Mapped[Optional[int]] = mapped_column(ForeignKey("documents.id"))
    duplicate_of_id: Mapped[Optional[int]] = mapped_column(ForeignKey("documents.id"))

    review_state: Mapped[str] = mapped_column(String(16), default="pending")
    approved_by_id: Mapped[Optional[int]] = mapped_column(ForeignKey("users.id"))
    approved_at: Mapped[Optional[datetime]] = mapped_column(DateTime)

    batch: Mapped[Optional[Batch]] = relationship(back_populates="documents")
    uploaded_by: Mapped[Optional[User]] = relationship(foreign_keys=[uploaded_by_id])
    approved_by: Mapped[Optional[User]] = relationship(foreign_keys=[approved_by_id])
    superseded_by: Mapped[Optional["Document"]] = relationship(
        remote_side=[id], foreign_keys=[superseded_by_id])
    duplicate_of: Mapped[Optional["Document"]] = relationship(
        remote_side=[id], foreign_keys=[duplicate_of_id])
    values: Mapped[list["ExtractedValue"]] = relationship(
        back_populates="document", cascade="all, delete-orphan")
    texts: Mapped[list["ProjectText"]] = relationship(
        back_populates="document", cascade="all, delete-orphan")
    corrections: Mapped[list["Correction"]] = relationship(
        back_populates="document", order_by="Correction.id", cascade="all, delete-orphan")

    @property
    def is_native(self) -> bool:
        return self.kind in NATIVE_KINDS

    @property
    def is_current(self) -> bool:
        return (self.status == "done" and self.superseded_by_id is None
                and self.duplicate_of_id is None)

    def copies(self) -> list["Document"]:
        """Other copies of this same return (documents pointing here with duplicate_of)."""
        return list(db.session.scalars(
            select(Document).where(Document.duplicate_of_id == self.id).order_by(Document.id)))

    def latest_corrections(self) -> dict[str, "Correction"]:
        out: dict[str, Correction] = {}
        for c in self.corrections:  # ordered by id: later wins
            out[c.field] = c
        return out

    def effective_values(self) -> dict[str, Optional[float]]:
        """indicator id → value after corrections (a correction to empty removes the value)."""
        vals: dict[str, Optional[float]] = {v.indicator_id: v.value for v in self.values}
        for field_name, c in self.latest_corrections().items():
            if field_name.startswith("value:"):
                vals[field_name[6:]] = c.new_number
        return {k: v for k, v in vals.items() if v is not None}

    def effective_texts(self) -> dict[int, dict[str, str]]:
        """project no → {progress, problems, plans} after corrections."""
        out: dict[int, dict[str, str]] = {t.project_no: t.as_dict() for t in self.texts}
        for field_name, c in self.latest_corrections().items():
            if field_name.startswith("text:"):
                _, no, part = field_name.split(":")
                out.setdefault(int(no), {})[part] = c.new_value or ""
        return out

    @classmethod
    def current_returns(cls, period: str) -> list["Document"]:
        """The primary, non-superseded, processed return of each department for ``period``."""
        return list(db.session.scalars(
            select(cls).where(cls.period == period, cls.status == "done",
                              cls.superseded_by_id.is_(None), cls.duplicate_of_id.is_(None))
            .order_by(cls.unit, cls.id)))


class ExtractedValue(db.Model):
    """One indicator's cumulative figure as extraction read it, with its evidence."""

    __tablename__ = "extracted_values"
    __table_args__ = (UniqueConstraint("document_id", "indicator_id"),)

    id: Mapped[int] = mapped_column(primary_key=True)
    document_id: Mapped[int] = mapped_column(ForeignKey("documents.id"), index=True)
    indicator_id: Mapped[str] = mapped_column(String(16))
    value: Mapped[float] = mapped_column(Float)
    confidence: Mapped[float] = mapped_column(Float)
    page: Mapped[Optional[int]] = mapped_column(Integer)
    bbox: Mapped[Optional[list]] = mapped_column(JSON)  # [x0, top, x1, bottom] in page units
    text: Mapped[str] = mapped_column(Text, default="")
    method: Mapped[str] = mapped_column(String(32), default="")

    document: Mapped[Document] = relationship(back_populates="values")


class ProjectText(db.Model):
    """The narrative of one project in one return, as written."""

    __tablename__ = "project_texts"
    __table_args__ = (UniqueConstraint("document_id", "project_no"),)

    id: Mapped[int] = mapped_column(primary_key=True)
    document_id: Mapped[int] = mapped_column(ForeignKey("documents.id"), index=True)
    project_no: Mapped[int] = mapped_column(Integer)
    progress: Mapped[Optional[str]] = mapped_column(Text)
    problems: Mapped[Optional[str]] = mapped_column(Text)
    plans: Mapped[Optional[str]] = mapped_column(Text)

    document: Mapped[Document] = relationship(back_populates="texts")

    def as_dict(self) -> dict[str, str]:
        return {k: getattr(self, k) for k in ("progress", "problems", "plans")
                if getattr(self, k)}


class Correction(db.Model):
    """A reviewer's change, applied on top of extraction; never overwritten by re-extraction.

    ``field``: ``value:<indicator id>``, ``text:<project no>:<progress|problems|plans>``,
    ``unit`` or ``period``. ``old_value``/``new_value`` are text as shown ("" = empty)."""

    __tablename__ = "corrections"

    id: Mapped[int] = mapped_column(primary_key=True)
    document_id: Mapped[int] = mapped_column(ForeignKey("documents.id"), index=True)
    field: Mapped[str] = mapped_column(String(64))
    old_value: Mapped[Optional[str]] = mapped_column(Text)
    new_value: Mapped[Optional[str]] = mapped_column(Text)
    reason: Mapped[str] = mapped_column(Text, default="")
    user_id: Mapped[Optional[int]] = mapped_column(ForeignKey("users.id"))
    created_at: Mapped[datetime] = mapped_column(DateTime, default=utcnow)

    document: Mapped[Document] = relationship(back_populates="corrections")
    user: Mapped[Optional[User]] = relationship()

    @property
    def new_number(self) -> Optional[float]:
        return float(self.new_value) if self.new_value not in (None, "") else None


class Event(db.Model):
    """Everything else that happened to a document, for its history: uploaded, processed,
    approved, returned, linked as a copy, superseded."""

    __tablename__ = "events"

    id: Mapped[int] = mapped_column(primary_key=True)
    document_id: Mapped[int] = mapped_column(ForeignKey("documents.id"), index=True)
    action: Mapped[str] = mapped_column(String(32))
    detail: Mapped[str] = mapped_column(Text, default="")
    user_id: Mapped[Optional[int]] = mapped_column(ForeignKey("users.id"))
    created_at: Mapped[datetime] = mapped_column(DateTime, default=utcnow)

    document: Mapped[Document] = relationship()
    user: Mapped[Optional[User]] = relationship()


class ReturnNote(db.Model):
    """退回意见: the reviewer's editable list of what the department must fix, one per line."""

    __tablename__ = "return_notes"

    id: Mapped[int] = mapped_column(primary_key=True)
    document_id: Mapped[int] = mapped_column(ForeignKey("documents.id"), unique=True)
    items: Mapped[list] = mapped_column(JSON, default=list)
    updated_by_id: Mapped[Optional[int]] = mapped_column(ForeignKey("users.id"))
    updated_at: Mapped[datetime] = mapped_column(DateTime, default=utcnow)

    document: Mapped[Document] = relationship()


class Task(db.Model):
    """A background job about a document (microblog's pattern): queue id, state, error."""

    __tablename__ = "tasks"

    id: Mapped[str] = mapped_column(String(64), primary_key=True)  # huey task id
    document_id: Mapped[int] = mapped_column(ForeignKey("documents.id"), index=True)
    name: Mapped[str] = mapped_column(String(32), default="extract")
    status: Mapped[str] = mapped_column(String(16), default="queued")
    created_at: Mapped[datetime] = mapped_column(DateTime, default=utcnow)
    started_at: Mapped[Optional[datetime]] = mapped_column(DateTime)
    finished_at: Mapped[Optional[datetime]] = mapped_column(DateTime)
    error: Mapped[Optional[str]] = mapped_column(Text)
