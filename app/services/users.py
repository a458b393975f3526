"""People and API tokens."""
from __future__ import annotations

from typing import Optional

from flask import current_app
from sqlalchemy import select

from app.models import ROLES, ApiToken, User, db, utcnow
from app.services import ServiceError


def create_user(name: str, password: str, role: str = "viewer") -> User:
    name = (name or "").strip()
    if not name:
        raise ServiceError("请填写用户名")
    if role not in ROLES:
        raise ServiceError(f"角色只能是 {'、'.join(ROLES)} 之一")
    if len(password or "") < 6:
        raise ServiceError("密码至少 6 位")
    if db.session.scalar(select(User).where(User.name == name)):
        raise ServiceError(f"用户“{name}”已存在")
    user = User(name=name, role=role)
    user.set_password(password, current_app.config.get("PASSWORD_HASH_METHOD", "scrypt"))
    db.session.add(user)
    db.session.commit()
    return user


def set_role(user_id: int, role: str, active: bool) -> User:
    user = db.session.get(User, user_id)
    if user is None:
        raise ServiceError("没有这个用户", 404)
    if role not in ROLES:
        raise ServiceError("角色不正确")
    user.role, user.active = role, active
    db.session.commit()
    return user


def list_users() -> list[User]:
    return list(db.session.scalars(select(User).order_by(User.id)))


def authenticate(name: str, password: str) -> Optional[User]:
    user = db.session.scalar(select(User).where(User.name == (name or "").strip()))
    if user and user.active and user.check_password(password or ""):
        return user
    return None


def create_token(user_name: str) -> str:
    """A new API token for the user; only its hash is stored, the token is returned once."""
    user = db.session.scalar(select(User).where(User.name == user_name))
    if user is None:
        raise ServiceError(f"没有用户“{user_name}”，请先用 create-user 创建")
    row, token = ApiToken.issue(user)
    db.session.add(row)
    db.session.commit()
    return token


def user_for_token(token: str) -> Optional[User]:
    row = db.session.scalar(select(ApiToken).where(ApiToken.token_hash == ApiToken.hash(token)))
    if row is None or not row.user.active:
        return None
    row.last_used_at = utcnow()
    db.session.commit()
    return row.user


def has_users() -> bool:
    return db.session.scalar(select(User.id).limit(1)) is not None
