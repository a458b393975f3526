"""The JSON API (Bearer token), the same operations as the UI; described at
/api/v1/openapi.json."""
from __future__ import annotations

from functools import wraps

from flask import Blueprint, current_app, g, jsonify, request
from flask_login import current_user

from app.services import ServiceError
from app.services import documents as doc_svc
from app.services import outputs
from app.services import review as review_svc
from app.services import tracker as tracker_svc
from app.services import users as user_svc
from app.services.contract import document_contract
from app.web.downloads import send_download
from app.web.extensions import csrf
from app.web.openapi import openapi_spec

bp = Blueprint("api", __name__, url_prefix="/api/v1")
csrf.exempt(bp)


def api_auth(role: str = "viewer"):
    """A Bearer token (or a logged-in browser session) of a user with at least ``role``."""
    def deco(view):
        @wraps(view)
        def wrapped(*args, **kwargs):
            header = request.headers.get("Authorization", "")
            user = None
            if header.startswith("Bearer "):
                user = user_svc.user_for_token(header[7:].strip())
            elif current_user.is_authenticated:
                if current_app.config.get("WTF_CSRF_ENABLED", True):
                    csrf.protect()  # a session cookie alone must not let another site write
                user = current_user._get_current_object()
            if user is None:
                return jsonify(error="需要有效的访问令牌（Authorization: Bearer …）"), 401
            if not user.can(role):
                return jsonify(error="您没有权限进行此操作"), 403
            g.api_user = user
            return view(*args, **kwargs)
        return wrapped
    return deco


@bp.get("/openapi.json")
@api_auth("viewer")
def openapi():
    return jsonify(openapi_spec())


@bp.post("/documents")
@api_auth("reviewer")
def upload():
    files = [(f.filename, f.read()) for f in request.files.getlist("file")]
    batch, outcomes = doc_svc.upload_files(files, g.api_user)
    return jsonify(batch=batch.id if batch else None,
                   ids=[o.document.id for o in outcomes if o.document],
                   files=[o.to_dict() for o in outcomes]), 201


@bp.get("/documents")
@api_auth("viewer")
def list_documents():
    docs = doc_svc.list_documents(period=request.args.get("period"),
                                  unit=request.args.get("unit"),
                                  status=request.args.get("status"))
    return jsonify(documents=[{"id": d.id, "file": d.filename, "status": d.status,
                               "unit": d.unit, "period": d.period,
                               "review_state": d.review_state} for d in docs])


@bp.get("/documents/<int:document_id>")
@api_auth("viewer")
def get_document(document_id: int):
    return jsonify(document_contract(doc_svc.get_document(document_id)))


@bp.patch("/documents/<int:document_id>")
@api_auth("reviewer")
def patch_document(document_id: int):
    body = request.get_json(silent=True)
    if not isinstance(body, dict):
        raise ServiceError("请求体应为 JSON 对象")
    changes: dict[str, str] = {}
    for ind_id, v in (body.get("values") or {}).items():
        changes[f"value:{ind_id}"] = "" if v is None else str(v)
    for key in ("unit", "period"):
        if key in body:
            changes[key] = body[key] or ""
    if "department" in body:
        changes["unit"] = body["department"] or ""
    for no, parts in (body.get("texts") or {}).items():
        for part, text in (parts or {}).items():
            changes[f"text:{no}:{part}"] = text or ""
    if not changes:
        raise ServiceError("没有要修改的内容（values / unit / period / texts）")
    # department and quarter first: they decide which return the figures belong to
    ordered = dict(sorted(changes.items(), key=lambda kv: kv[0] not in ("unit", "period")))
    review_svc.correct_many(document_id, ordered, body.get("reason", ""), g.api_user)
    return jsonify(document_contract(doc_svc.get_document(document_id)))


@bp.post("/documents/<int:document_id>/approve")
@api_auth("reviewer")
def approve(document_id: int):
    return jsonify(document_contract(review_svc.approve(document_id, g.api_user)))


@bp.get("/documents/<int:document_id>/history")
@api_auth("viewer")
def history(document_id: int):
    items = review_svc.history(document_id)
    for i in items:
        i["at"] = i["at"].isoformat() + "Z"
    return jsonify(document_id=document_id, history=items)


@bp.get("/periods/<period>/status")
@api_auth("viewer")
def period_status(period: str):
    return jsonify(tracker_svc.period_status(period))


@bp.get("/periods/<period>/consolidated.<fmt>")
@api_auth("viewer")
def consolidated(period: str, fmt: str):
    include = request.args.get("include_unreviewed", "").lower() in ("1", "true", "yes")
    name, data = outputs.consolidated_table(period, fmt, include)
    return send_download(name, data)
