"""Departments × quarters, and the reminder list (催报清单) download."""
from __future__ import annotations

from flask import Blueprint, render_template, request

from app.catalog import get_catalog
from app.services import outputs
from app.services import tracker as svc
from app.web.auth import role_required
from app.web.downloads import send_download

bp = Blueprint("tracker", __name__)


@bp.get("/tracker")
@role_required("viewer")
def index():
    catalog = get_catalog()
    period = request.args.get("period") or catalog.periods[0]
    return render_template("tracker.html", t=svc.tracker(catalog), period=period,
                           missing=svc.missing_units(period, catalog), labels=svc.STATE_LABELS)


@bp.get("/tracker/<period>/reminders.xlsx")
@role_required("viewer")
def reminders(period: str):
    name, data = svc.reminder_xlsx(period)
    return send_download(name, data)


@bp.get("/tracker/<period>/consolidated.<fmt>")
@role_required("viewer")
def consolidated(period: str, fmt: str):
    name, data = outputs.consolidated_table(period, fmt, bool(request.args.get("all")))
    return send_download(name, data)


@bp.get("/tracker/<period>/form")
@role_required("viewer")
def form(period: str):
    name, data = outputs.blank_form(request.args.get("unit", ""), period,
                                    request.args.get("fmt", "docx"))
    return send_download(name, data)


@bp.get("/tracker/<period>/forms.zip")
@role_required("viewer")
def forms(period: str):
    name, data = outputs.blank_forms(period)
    return send_download(name, data)
