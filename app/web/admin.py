"""Admin: people and their roles."""
from __future__ import annotations

from flask import Blueprint, flash, redirect, render_template, request, url_for

from app.catalog import get_catalog
from app.models import ROLES
from app.services import ServiceError
from app.services import periods as period_svc
from app.services import users as svc
from app.web.auth import role_required

bp = Blueprint("admin", __name__, url_prefix="/admin")


@bp.get("/users")
@role_required("admin")
def users():
    return render_template("users.html", users=svc.list_users(), roles=ROLES)


@bp.post("/users")
@role_required("admin")
def create_user():
    try:
        user = svc.create_user(request.form.get("name", ""), request.form.get("password", ""),
                               request.form.get("role", "viewer"))
        flash(f"已添加用户“{user.name}”", "info")
    except ServiceError as e:
        flash(str(e), "error")
    return redirect(url_for("admin.users"))


@bp.post("/users/<int:user_id>")
@role_required("admin")
def update_user(user_id: int):
    svc.set_role(user_id, request.form.get("role", "viewer"), bool(request.form.get("active")))
    flash("已保存", "info")
    return redirect(url_for("admin.users"))


@bp.get("/periods")
@role_required("admin")
def periods():
    return render_template("periods.html", periods=period_svc.list_periods(), catalog=get_catalog())


@bp.post("/periods/<code>")
@role_required("admin")
def set_period(code: str):
    p = period_svc.set_open(code, request.form.get("open") == "1")
    flash(f"{p.label}已{'开放' if p.open else '关闭'}", "info")
    return redirect(url_for("admin.periods"))
