"""Parser output of the committed fixtures (tests/parsers/fixtures/) against golden JSON.

A change in output fails here; when the change is intended, regenerate and review the diff:

    REGEN_GOLDEN=1 .venv/bin/python -m pytest tests/parsers/test_golden.py
"""
from __future__ import annotations

import hashlib
import json
import os
from pathlib import Path

import pytest

from parsers import parse_file
from parsers.model import Document, Table

HERE = Path(__file__).parent
FIXTURES = HERE / "fixtures"
GOLDEN = HERE / "golden"
REGEN = os.environ.get("REGEN_GOLDEN") == "1"
#: properties that change every time a fixture is rewritten
VOLATILE = {"created", "modified", "creationdate", "moddate"}


def _box(bbox):
    return [round(float(v), 1) for v in bbox] if bbox else None


def document_to_dict(doc: Document) -> dict:
    items = []
    for item in doc.items:
        if isinstance(item, Table):
            items.append({"table": {"name": item.name, "page": item.page, "depth": item.depth,
                                    "n_rows": item.n_rows, "n_cols": item.n_cols, "bbox": _box(item.bbox),
                                    "grid": item.text_grid(),
                                    "cells": [[c.row, c.col, c.row_span, c.col_span, c.page, _box(c.bbox), c.text]
                                              for c in item.cells]}})
        else:
            items.append({"block": {"text": item.text, "page": item.page, "role": item.role,
                                    "bbox": _box(item.bbox)}})
    return {
        "kind": doc.kind,
        "pages": [[p.number, p.unit] for p in doc.pages],
        "stamped": doc.stamped,
        "properties": {k: v for k, v in sorted(doc.properties.items()) if k not in VOLATILE},
        "pictures": [[p.page, p.media_type, hashlib.sha1(p.data).hexdigest()[:12]] for p in doc.pictures],
        "warnings": doc.warnings,
        "items": items,
    }


@pytest.mark.parametrize("name", sorted(p.name for p in FIXTURES.iterdir() if p.suffix in (".docx", ".xlsx", ".pdf")))
def test_parser_output_matches_golden(name, monkeypatch):
    monkeypatch.setattr("parsers.native.load_seal_finder", lambda: None)  # OCR side not part of this
    got = document_to_dict(parse_file(FIXTURES / name))
    golden = GOLDEN / (name + ".json")
    if REGEN:
        golden.write_text(json.dumps(got, ensure_ascii=False, indent=1) + "\n", encoding="utf-8")
    assert golden.exists(), f"no golden file for {name}: run with REGEN_GOLDEN=1 and review it"
    assert got == json.loads(golden.read_text(encoding="utf-8"))


def test_golden_regeneration_flag_is_off():
    assert not REGEN, "REGEN_GOLDEN=1 rewrites the golden files; never leave it set in a test run"
