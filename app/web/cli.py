"""Commands registered on the app: init-app, serve, create-user, create-token, worker."""
from __future__ import annotations

import secrets

import click
from flask import current_app
from flask.cli import with_appcontext
from sqlalchemy import inspect, select

from app.catalog import get_catalog
from app.models import Period, db
from app.services import ServiceError
from app.services import users as user_svc


def init_app(app) -> None:
    from app.services.backup import register_cli as register_backup

    for cmd in (init_app_command, serve_command, create_user_command, create_token_command,
                worker_command):
        app.cli.add_command(cmd)
    register_backup(app)


def upgrade_schema() -> None:
    """Bring the database to the newest migration (creating it on first run)."""
    from flask_migrate import stamp, upgrade

    tables = inspect(db.engine).get_table_names()
    if "users" in tables and "alembic_version" not in tables:
        stamp()  # made by create_all (tests, early versions): adopt it
    upgrade()


def load_periods() -> int:
    catalog = get_catalog()
    added = 0
    for code in catalog.periods:
        if db.session.scalar(select(Period).where(Period.code == code)) is None:
            y, q = code.split("Q")
            db.session.add(Period(code=code, year=int(y), quarter=int(q)))
            added += 1
    db.session.commit()
    return added


@click.command("init-app")
@click.option("--url", default=None, help="the address the app will be served at, shown with the first login")
@with_appcontext
def init_app_command(url):
    """Create or upgrade the schema, load the catalog's quarters, create the first admin."""
    upgrade_schema()
    catalog = get_catalog()
    load_periods()
    click.echo(f"数据库已就绪；清单：{catalog.title}（{len(catalog.units)} 个部门，"
               f"{len(catalog.indicators())} 项指标）")
    if not user_svc.has_users():
        password = secrets.token_urlsafe(9)
        user_svc.create_user("admin", password, "admin")
        click.echo("已创建管理员账号，请登录后修改密码：")
        click.echo("    用户名：admin")
        click.echo(f"    密码：{password}")
        url = url or f"http://{current_app.config.get('SERVER_NAME') or '127.0.0.1:5000'}"
        click.echo(f"    地址：{url.rstrip('/')}/login")


@click.command("create-user")
@click.argument("name")
@click.option("--role", type=click.Choice(["admin", "reviewer", "viewer"]), default="reviewer")
@click.option("--password", prompt=True, hide_input=True, confirmation_prompt=True)
@with_appcontext
def create_user_command(name, role, password):
    """Add a user."""
    try:
        user_svc.create_user(name, password, role)
    except ServiceError as e:
        raise click.ClickException(str(e)) from e
    click.echo(f"已创建用户 {name}（{role}）")


@click.command("create-token")
@click.argument("name")
@with_appcontext
def create_token_command(name):
    """Print a new API token for user NAME (the token alone, nothing else)."""
    try:
        click.echo(user_svc.create_token(name))
    except ServiceError as e:
        raise click.ClickException(str(e)) from e


@click.command("worker")
@click.option("--workers", "-w", default=2, show_default=True, help="worker threads")
@with_appcontext
def worker_command(workers):
    """Run a task consumer (for REDIS_URL deployments with workers on other machines)."""
    from app.tasks import queue_kind, run_worker

    click.echo(f"任务队列：{queue_kind(current_app.config)}，{workers} 个工作线程", err=True)
    run_worker(current_app._get_current_object(), workers)


@click.command("serve")
@click.option("--host", default="127.0.0.1", show_default=True)
@click.option("--port", default=5000, show_default=True, type=int)
@click.option("--threads", default=8, show_default=True, type=int, help="request threads")
@with_appcontext
def serve_command(host, port, threads):
    """Serve the app with waitress (a production WSGI server; `make run` uses it). The
    embedded task consumer starts at once, so returns queued before a restart resume
    without waiting for the first request."""
    from waitress import serve

    from app.tasks import start_embedded_consumer

    app = current_app._get_current_object()
    if app.config.get("EMBEDDED_WORKER") and not app.config.get("HUEY_IMMEDIATE"):
        start_embedded_consumer(app)
    click.echo(f"服务已启动：http://{host}:{port}/ （按 Ctrl+C 停止）", err=True)
    serve(app, host=host, port=port, threads=threads, ident="wcr",
          max_request_body_size=app.config.get("MAX_CONTENT_LENGTH") or 1073741824)
