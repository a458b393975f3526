"""Upload, the documents list, batch progress, the original's download."""
from __future__ import annotations

from flask import Blueprint, jsonify, render_template, request, send_file

from app.catalog import get_catalog
from app.models import DOC_STATUSES, REVIEW_STATES
from app.services import ServiceError
from app.services import documents as svc
from app.services.review import flagged_count
from app.storage import get_storage
from app.web.auth import me, role_required

bp = Blueprint("documents", __name__)


@bp.get("/")
@role_required("viewer")
def index():
    catalog = get_catalog()
    f = {k: request.args.get(k) or None for k in ("period", "unit", "status", "review")}
    docs = svc.list_documents(period=f["period"], unit=f["unit"], status=f["status"],
                              review_state=f["review"], include_old=bool(request.args.get("old")))
    flags = {d.id: flagged_count(d, catalog) for d in docs}
    return render_template("documents.html", docs=docs, flags=flags, filters=f,
                           catalog=catalog, statuses=DOC_STATUSES, review_states=REVIEW_STATES,
                           show_old=bool(request.args.get("old")))


@bp.get("/upload")
@role_required("reviewer")
def upload_form():
    return render_template("upload.html")


@bp.post("/upload")
@role_required("reviewer")
def upload():
    files = [(f.filename, f.read()) for f in request.files.getlist("file")]
    try:
        batch, outcomes = svc.upload_files(files, me())
    except ServiceError as e:  # the upload page reads JSON
        return jsonify(error=str(e)), e.status
    return jsonify(batch=batch.id if batch else None, files=[o.to_dict() for o in outcomes])


@bp.get("/batches/<int:batch_id>")
@role_required("viewer")
def batch_progress(batch_id: int):
    return jsonify(svc.batch_progress(batch_id))


@bp.get("/documents/<int:document_id>/original")
@role_required("viewer")
def original(document_id: int):
    doc = svc.get_document(document_id)
    return send_file(get_storage().local_path(doc.storage_key), as_attachment=True,
                     download_name=doc.filename)


@bp.post("/documents/<int:document_id>/reprocess")
@role_required("reviewer")
def reprocess(document_id: int):
    from flask import flash, redirect, url_for

    svc.reprocess(document_id, me())
    flash("已重新排队识别；审核员的修改会保留", "info")
    return redirect(url_for("review.show", document_id=document_id))
