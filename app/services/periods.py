"""Reporting quarters: an admin closes a quarter once its consolidated table is final; the
returns of a closed quarter can no longer be changed or approved."""
from __future__ import annotations

from typing import Optional

from sqlalchemy import select

from app.models import Period, db, period_label
from app.services import NotFound, ServiceError


def list_periods() -> list[Period]:
    return list(db.session.scalars(select(Period).order_by(Period.code)))


def set_open(code: str, open_: bool) -> Period:
    p = db.session.scalar(select(Period).where(Period.code == code))
    if p is None:
        raise NotFound(f"没有季度 {code}")
    p.open = open_
    db.session.commit()
    return p


def ensure_open(code: Optional[str]) -> None:
    """Refuse changes to a return of a closed quarter."""
    if not code:
        return
    p = db.session.scalar(select(Period).where(Period.code == code))
    if p is not None and not p.open:
        raise ServiceError(f"{period_label(code)}已关闭，不能再修改；如需修改请管理员重新开放该季度")
