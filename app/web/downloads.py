"""Sending a generated file (consolidated table, form, note, reminder list) as a download."""
from __future__ import annotations

import io

from flask import send_file

from app.services.outputs import MIMETYPES


def send_download(name: str, data: bytes):
    """``data`` as an attachment named ``name``; the type follows its extension."""
    return send_file(io.BytesIO(data), as_attachment=True, download_name=name,
                     mimetype=MIMETYPES.get(name.rsplit(".", 1)[-1].lower()))
