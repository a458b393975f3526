"""The review screen: page image beside the department's indicators; corrections,
approval, the return note (退回意见)."""
from __future__ import annotations

from flask import (Blueprint, flash, jsonify, redirect, render_template, request, send_file,
                   url_for)

from app.catalog import get_catalog
from app.services import ServiceError, pages
from app.services import documents as doc_svc
from app.services import review as svc
from app.web.auth import me, role_required
from app.web.downloads import send_download

bp = Blueprint("review", __name__)


def _context(document_id: int) -> dict:
    catalog = get_catalog()
    doc = doc_svc.get_document(document_id)
    rows = svc.field_rows(doc, catalog) if doc.status == "done" else []
    n_pages, page_error, boxes = 0, None, {}
    if doc.status == "done" and pages.needs_conversion(doc):
        n_pages = None  # converted on first view; the page asks /pages.json for the count
    elif doc.status == "done":
        try:
            n_pages = pages.page_count(doc)
        except ServiceError as e:
            page_error = str(e)
        boxes = {r.indicator.id: pages.box_percent(doc, r.page, r.bbox) for r in rows}
    return dict(doc=doc, rows=rows, boxes=boxes, n_pages=n_pages, page_error=page_error,
                checks=svc.document_checks(doc, catalog), history=svc.history(doc.id),
                texts=doc.effective_texts(), catalog=catalog, copies=doc.copies(),
                projects=catalog.projects_of(doc.unit) if doc.unit else [],
                fmt=svc.fmt_number, field_label=svc.field_label, TEXT_PARTS=svc.TEXT_PARTS,
                stamped=doc_svc.return_stamped(doc))


@bp.get("/documents/<int:document_id>")
@role_required("viewer")
def show(document_id: int):
    return render_template("review.html", **_context(document_id))


@bp.get("/documents/<int:document_id>/pages/<int:page>.png")
@role_required("viewer")
def page_image(document_id: int, page: int):
    doc = doc_svc.get_document(document_id)
    return send_file(pages.page_png(doc, page), mimetype="image/png", max_age=3600)


@bp.get("/documents/<int:document_id>/pages.json")
@role_required("viewer")
def page_info(document_id: int):
    """Page count and, for Word/Excel returns, the evidence boxes found on the converted PDF."""
    doc = doc_svc.get_document(document_id)
    return jsonify(pages=pages.page_count(doc), boxes=pages.evidence_boxes(doc))


@bp.post("/documents/<int:document_id>/fields")
@role_required("reviewer")
def correct(document_id: int):
    """Form post (department, quarter, texts) or JSON from the in-place editor."""
    data = request.get_json(silent=True) or request.form
    field_name, value, reason = data.get("field", ""), data.get("value", ""), data.get("reason", "")
    if request.is_json:
        try:
            svc.correct(document_id, field_name, value, reason, me(),
                        confirm=bool(data.get("confirm")))
        except ServiceError as e:
            return jsonify(ok=False, error=str(e)), e.status
        ctx = _context(document_id)
        row = next((r for r in ctx["rows"] if f"value:{r.indicator.id}" == field_name), None)
        return jsonify(ok=True,
                       row=render_template("_field_row.html", r=row, **ctx) if row else None,
                       checks=render_template("_checks.html", **ctx),
                       history=render_template("_history.html", **ctx))
    svc.correct(document_id, field_name, value, reason, me())
    flash(f"已修改：{svc.field_label(field_name)}", "info")
    return redirect(url_for("review.show", document_id=document_id))


@bp.post("/documents/<int:document_id>/approve")
@role_required("reviewer")
def approve(document_id: int):
    svc.approve(document_id, me())
    flash("已审核通过", "info")
    return redirect(url_for("review.show", document_id=document_id))


@bp.post("/documents/<int:document_id>/reopen")
@role_required("reviewer")
def reopen(document_id: int):
    svc.reopen(document_id, me())
    flash("已撤销通过，可继续修改", "info")
    return redirect(url_for("review.show", document_id=document_id))


@bp.route("/documents/<int:document_id>/note", methods=["GET", "POST"])
@role_required("reviewer")
def note(document_id: int):
    if request.method == "POST":
        svc.save_return_note(document_id, request.form.get("items", "").splitlines(),
                             me())
        flash("退回意见已保存", "info")
        return redirect(url_for("review.note", document_id=document_id))
    doc = doc_svc.get_document(document_id)
    return render_template("note.html", doc=doc, items=svc.return_note_items(document_id))


@bp.get("/documents/<int:document_id>/note.docx")
@role_required("viewer")
def note_docx(document_id: int):
    name, data = svc.return_note_docx(document_id)
    return send_download(name, data)
