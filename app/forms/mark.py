"""The template mark (docs/ARCHITECTURE.md): ``WCR|1|<period>|<unit>|<template version>``,
carried by a blank form as the custom document property ``wcr_mark`` and as a QR code printed
on every page, so a returned form — native or printed, stamped and scanned — is recognised
exactly."""
from __future__ import annotations

import io
from dataclasses import dataclass
from typing import Optional

import qrcode
from qrcode.constants import ERROR_CORRECT_M

from app.catalog import Catalog

MARK_PROPERTY = "wcr_mark"
MARK_PREFIX = "WCR"
MARK_VERSION = "1"
#: bump the trailing number when the form's layout changes, so old and new forms are told apart
FORM_REVISION = 1


def template_version(catalog: Catalog) -> str:
    return f"{catalog.year}-{FORM_REVISION}"


@dataclass(frozen=True)
class Mark:
    period: str
    unit: str
    version: str

    @property
    def payload(self) -> str:
        return "|".join((MARK_PREFIX, MARK_VERSION, self.period, self.unit, self.version))


def parse_mark(payload: str) -> Optional[Mark]:
    """The mark in a payload string, or None when it is not one of ours."""
    parts = (payload or "").strip().split("|")
    if len(parts) != 5 or parts[0] != MARK_PREFIX or parts[1] != MARK_VERSION:
        return None
    _, _, period, unit, version = parts
    if not period or not unit:
        return None
    return Mark(period=period, unit=unit, version=version)


def qr_png(payload: str, box_size: int = 8) -> bytes:
    """A QR code of ``payload`` as PNG bytes (medium error correction, 4-module quiet zone)."""
    qr = qrcode.QRCode(error_correction=ERROR_CORRECT_M, box_size=box_size, border=4)
    qr.add_data(payload.encode("utf-8"))
    qr.make(fit=True)
    img = qr.make_image(fill_color="black", back_color="white")
    buf = io.BytesIO()
    img.save(buf)
    return buf.getvalue()
