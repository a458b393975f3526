"""Departments × quarters, and the reminder list (催报清单) download."""
from __future__ import annotations

import io

from flask import Blueprint, render_template, request, send_file

from app.catalog import get_catalog
from app.services import outputs
from app.services import tracker as svc
from app.web.auth import role_required

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
    return send_file(io.BytesIO(data), as_attachment=True, download_name=name,
                     mimetype="application/vnd.openxmlformats-officedocument.spreadsheetml.sheet")


@bp.get("/tracker/<period>/consolidated.<fmt>")
@role_required("viewer")
def consolidated(period: str, fmt: str):
    name, data = outputs.consolidated_table(period, fmt, bool(request.args.get("all")))
    return send_file(io.BytesIO(data), as_attachment=True, download_name=name)


@bp.get("/tracker/<period>/form")
@role_required("viewer")
def form(period: str):
    name, data = outputs.blank_form(request.args.get("unit", ""), period,
                                    request.args.get("fmt", "docx"))
    return send_file(io.BytesIO(data), as_attachment=True, download_name=name,
                     mimetype=outputs.MIMETYPES.get(name.rsplit(".", 1)[-1]))


@bp.get("/tracker/<period>/forms.zip")
@role_required("viewer")
def forms(period: str):
    name, data = outputs.blank_forms(period)
    return send_file(io.BytesIO(data), as_attachment=True, download_name=name,
                     mimetype="application/zip")
