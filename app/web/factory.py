"""``create_app(config=None)``: the application factory (``flask --app app run``)."""
from __future__ import annotations

import logging
import os

from flask import Flask, jsonify, render_template, request
from sqlalchemy import event
from sqlalchemy.engine import Engine

from app import storage, tasks
from app.models import db
from app.services import ServiceError
from app.web.config import Config
from app.web.extensions import csrf, login_manager, migrate

ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))


def create_app(config=None) -> Flask:
    app = Flask("app", root_path=ROOT, instance_relative_config=True,
                template_folder="templates", static_folder="static")
    os.makedirs(app.instance_path, exist_ok=True)
    if config is None:
        config = Config(app.instance_path)
    app.config.from_object(config)
    if isinstance(config, dict):
        app.config.update(config)

    db.init_app(app)
    migrate.init_app(app, db, directory=os.path.join(os.path.dirname(ROOT), "migrations"))
    login_manager.init_app(app)
    csrf.init_app(app)
    storage.init_app(app)
    tasks.init_app(app)

    from app.web import admin, api, auth, cli, dashboard, documents, review, security, tracker

    security.init_app(app)

    for module in (auth, documents, review, tracker, dashboard, admin, api):
        app.register_blueprint(module.bp)
    cli.init_app(app)
    _register_handlers(app)

    @app.get("/healthz")
    def healthz():
        return {"ok": True}

    @app.after_request
    def _security_headers(response):
        # everything is served from here: no inline script, no CDN, no framing
        response.headers.setdefault(
            "Content-Security-Policy",
            "default-src 'self'; img-src 'self' data:; script-src 'self'; style-src 'self'; "
            "object-src 'none'; frame-ancestors 'none'; base-uri 'self'; form-action 'self'")
        response.headers.setdefault("X-Content-Type-Options", "nosniff")
        response.headers.setdefault("Referrer-Policy", "same-origin")
        return response

    @app.context_processor
    def _globals():
        from app.models import REVIEW_LABELS, ROLE_LABELS, STATUS_LABELS, period_label

        return {"STATUS_LABELS": STATUS_LABELS, "REVIEW_LABELS": REVIEW_LABELS,
                "ROLE_LABELS": ROLE_LABELS, "period_label": period_label}

    if not app.debug and not app.testing:
        logging.basicConfig(level=logging.INFO)
    return app


@event.listens_for(Engine, "connect")
def _sqlite_pragmas(dbapi_connection, connection_record):
    """SQLite shared by the web threads and the embedded queue workers: WAL journal and a
    busy timeout, so a writer waits instead of failing with 'database is locked'."""
    import sqlite3

    if isinstance(dbapi_connection, sqlite3.Connection):
        cur = dbapi_connection.cursor()
        cur.execute("PRAGMA journal_mode=WAL")
        cur.execute("PRAGMA busy_timeout=30000")
        cur.execute("PRAGMA foreign_keys=ON")
        cur.close()


def _wants_json() -> bool:
    return request.path.startswith("/api/")


def _register_handlers(app: Flask) -> None:
    @app.errorhandler(ServiceError)
    def service_error(e: ServiceError):
        if _wants_json():
            return jsonify(error=str(e)), e.status
        return render_template("error.html", message=str(e)), e.status

    messages = {400: "请求不正确", 403: "您没有权限进行此操作", 404: "没有找到该页面",
                405: "不支持该操作", 413: "上传的文件过大，请分批上传", 500: "服务器内部错误，已记录，请稍后重试"}

    for code, message in messages.items():
        def handler(e, message=message, code=code):
            if _wants_json():
                return jsonify(error=message), code
            return render_template("error.html", message=message), code

        app.register_error_handler(code, handler)

    from flask_wtf.csrf import CSRFError

    @app.errorhandler(CSRFError)
    def csrf_error(e):
        if _wants_json():
            return jsonify(error="页面已过期，请刷新后重试"), 400
        return render_template("error.html", message="页面已过期，请刷新后重试"), 400
