"""Login, logout, and the role checks the other blueprints use."""
from __future__ import annotations

from functools import wraps
from urllib.parse import urlparse

from flask import Blueprint, abort, flash, redirect, render_template, request, url_for
from flask_login import current_user, login_required, login_user, logout_user

from app.models import User, db
from app.services import users as user_service
from app.web.extensions import login_manager

bp = Blueprint("auth", __name__)


@login_manager.user_loader
def load_user(user_id: str):
    return db.session.get(User, int(user_id))


def me() -> User:
    """The logged-in user as a model object (not Flask-Login's proxy)."""
    return current_user._get_current_object()


def role_required(role: str):
    """Login plus at least ``role`` (admin > reviewer > viewer)."""
    def deco(view):
        @wraps(view)
        @login_required
        def wrapped(*args, **kwargs):
            if not current_user.can(role):
                abort(403)
            return view(*args, **kwargs)
        return wrapped
    return deco


@bp.route("/login", methods=["GET", "POST"])
def login():
    if request.method == "POST":
        user = user_service.authenticate(request.form.get("name", ""),
                                         request.form.get("password", ""))
        if user is None:
            flash("用户名或密码不正确", "error")
            return render_template("login.html"), 401
        login_user(user, remember=bool(request.form.get("remember")))
        target = request.args.get("next", "")
        if not target or urlparse(target).netloc or not target.startswith("/"):
            target = url_for("documents.index")
        return redirect(target)
    return render_template("login.html")


@bp.post("/logout")
@login_required
def logout():
    logout_user()
    flash("已退出登录", "info")
    return redirect(url_for("auth.login"))
