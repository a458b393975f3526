"""The OpenAPI 3 description of /api/v1 (served at /api/v1/openapi.json)."""
from __future__ import annotations

from app.services.outputs import MIMETYPES


def _ref(name: str) -> dict:
    return {"$ref": f"#/components/schemas/{name}"}


def _json(schema: dict, description: str) -> dict:
    return {"description": description, "content": {"application/json": {"schema": schema}}}


ERROR = _json(_ref("Error"), "a refusal; `error` is a Chinese message for the clerk")
DOC_ID = {"name": "id", "in": "path", "required": True, "schema": {"type": "integer"}}


PERIOD = {"name": "period", "in": "path", "required": True,
          "schema": {"type": "string", "example": "2024Q2"}}
CONSOLIDATED = {fmt: MIMETYPES[fmt] for fmt in ("xlsx", "docx")}


def _consolidated(fmt: str, mime: str) -> dict:
    what = "Excel (sheets 进展情况表, 数据来源, 完成情况图)" if fmt == "xlsx" else "Word"
    return {
        "summary": f"The quarter's consolidated table (汇总表) as {what}",
        "description": "Built from each department's current return: approved figures only, "
                       "or with `include_unreviewed=1` every current return, its unapproved "
                       "figures marked （未审核）.",
        "parameters": [PERIOD, {"name": "include_unreviewed", "in": "query", "required": False,
                                "schema": {"type": "string", "enum": ["0", "1"], "default": "0"}}],
        "responses": {"200": {"description": "the file, as an attachment",
                              "content": {mime: {"schema": {"type": "string", "format": "binary"}}}},
                      "401": ERROR, "403": ERROR, "404": ERROR},
    }


def openapi_spec() -> dict:
    value = {
        "type": "object",
        "properties": {
            "value": {"type": ["number", "null"], "description": "effective value (corrections applied)"},
            "extracted": {"type": ["number", "null"], "description": "as extraction read it"},
            "corrected": {"type": ["object", "null"], "properties": {
                "value": {"type": ["number", "null"]}, "reason": {"type": "string"},
                "by": {"type": ["string", "null"]}, "at": {"type": "string", "format": "date-time"}}},
            "confidence": {"type": ["number", "null"]},
            "page": {"type": ["integer", "null"]},
            "bbox": {"type": ["array", "null"], "items": {"type": "number"}, "minItems": 4, "maxItems": 4},
            "text": {"type": "string"},
        },
    }
    document = {
        "type": "object",
        "required": ["id", "status", "file", "ok", "kind", "unit", "period", "values"],
        "properties": {
            "id": {"type": "integer"},
            "status": {"type": "string", "enum": ["queued", "processing", "done", "failed"]},
            "file": {"type": "string"}, "ok": {"type": "boolean"},
            "error": {"type": ["string", "null"]},
            "kind": {"type": "string"},
            "unit": {"type": ["string", "null"], "description": "department (catalog name)"},
            "period": {"type": ["string", "null"], "example": "2024Q2"},
            "stamped": {"type": ["boolean", "null"]},
            "values": {"type": "object", "additionalProperties": value},
            "texts": {"type": "object", "additionalProperties": {"type": "object", "properties": {
                "progress": {"type": "string"}, "problems": {"type": "string"},
                "plans": {"type": "string"}}}},
            "warnings": {"type": "array", "items": {"type": "string"}},
            "review_state": {"type": "string", "enum": ["pending", "reviewed", "approved", "returned"]},
            "superseded_by": {"type": ["integer", "null"]},
            "duplicate_of": {"type": ["integer", "null"]},
            "copies": {"type": "array", "items": {"type": "integer"}},
            "disagreements": {"type": "array", "items": {"type": "object"}},
        },
    }
    return {
        "openapi": "3.1.0",
        "info": {"title": "妇女儿童实事进展情况 API", "version": "1.0",
                 "description": "Quarterly progress returns: upload, extraction status, "
                                "corrections, history, who has reported. Authenticate with "
                                "`Authorization: Bearer <token>` (`flask --app app create-token NAME`)."},
        "servers": [{"url": "/api/v1"}],
        "security": [{"bearer": []}],
        "components": {
            "securitySchemes": {"bearer": {"type": "http", "scheme": "bearer"}},
            "schemas": {
                "Error": {"type": "object", "properties": {"error": {"type": "string"}}},
                "Document": document,
                "Value": value,
            },
        },
        "paths": {
            "/documents": {
                "post": {
                    "summary": "Upload one or more returns (or a .zip of them)",
                    "requestBody": {"required": True, "content": {"multipart/form-data": {"schema": {
                        "type": "object", "properties": {"file": {
                            "type": "array", "items": {"type": "string", "format": "binary"}}}}}}},
                    "responses": {
                        "201": _json({"type": "object", "properties": {
                            "batch": {"type": ["integer", "null"]},
                            "ids": {"type": "array", "items": {"type": "integer"}},
                            "files": {"type": "array", "items": {"type": "object", "properties": {
                                "name": {"type": "string"}, "id": {"type": ["integer", "null"]},
                                "duplicate": {"type": "boolean"},
                                "error": {"type": ["string", "null"]}}}}}},
                            "stored and queued; a file already known (same SHA-256) gives its existing id with duplicate=true"),
                        "400": ERROR, "401": ERROR, "403": ERROR},
                },
                "get": {"summary": "List documents",
                        "parameters": [{"name": n, "in": "query", "schema": {"type": "string"}}
                                       for n in ("period", "unit", "status")],
                        "responses": {"200": _json({"type": "object"}, "documents")}},
            },
            "/documents/{id}": {
                "get": {"summary": "Status and extracted fields (corrections applied)",
                        "parameters": [DOC_ID],
                        "responses": {"200": _json(_ref("Document"), "the document"),
                                      "404": ERROR}},
                "patch": {
                    "summary": "Correct values, department, quarter or texts; recorded with the reason",
                    "parameters": [DOC_ID],
                    "requestBody": {"required": True, "content": {"application/json": {"schema": {
                        "type": "object", "properties": {
                            "values": {"type": "object", "additionalProperties": {"type": ["number", "string", "null"]}},
                            "unit": {"type": "string"}, "department": {"type": "string"},
                            "period": {"type": "string"},
                            "texts": {"type": "object"},
                            "reason": {"type": "string"}}}}}},
                    "responses": {"200": _json(_ref("Document"), "the document after the change"),
                                  "400": ERROR, "404": ERROR}},
            },
            "/documents/{id}/approve": {
                "post": {"summary": "Approve the return", "parameters": [DOC_ID],
                         "responses": {"200": _json(_ref("Document"), "approved"), "400": ERROR}}},
            "/documents/{id}/history": {
                "get": {"summary": "Every change (who, when, old → new, reason) and event",
                        "parameters": [DOC_ID],
                        "responses": {"200": _json({"type": "object"}, "history, oldest first")}}},
            "/periods/{period}/status": {
                "get": {"summary": "Who has reported for a quarter",
                        "parameters": [{"name": "period", "in": "path", "required": True,
                                        "schema": {"type": "string", "example": "2024Q2"}}],
                        "responses": {"200": _json({"type": "object"}, "per department: missing | received | reviewed | approved"),
                                      "404": ERROR}}},
            **{f"/periods/{{period}}/consolidated.{fmt}": {"get": _consolidated(fmt, mime)}
               for fmt, mime in CONSOLIDATED.items()},
        },
    }
