"""Custom document properties (docProps/custom.xml) in an OOXML package, python-docx having
no API for them. Used for the Kingsoft mark (KSOProductBuildVer) WPS writes into its files."""
from __future__ import annotations

import os
import zipfile
from pathlib import Path
from xml.sax.saxutils import escape

CUSTOM_CT = "application/vnd.openxmlformats-officedocument.custom-properties+xml"
CUSTOM_REL = "http://schemas.openxmlformats.org/officeDocument/2006/relationships/custom-properties"
FMTID = "{D5CDD505-2E9C-101B-9397-08002B2CF9AE}"


def set_custom_properties(path: str | os.PathLike, props: dict[str, str]) -> None:
    """Write (replace) docProps/custom.xml with ``props`` as string properties."""
    path = Path(path)
    items = "".join(
        f'<property fmtid="{FMTID}" pid="{i}" name="{escape(k)}"><vt:lpwstr>{escape(v)}</vt:lpwstr></property>'
        for i, (k, v) in enumerate(props.items(), start=2))
    custom = ('<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n'
              '<Properties xmlns="http://schemas.openxmlformats.org/officeDocument/2006/custom-properties" '
              'xmlns:vt="http://schemas.openxmlformats.org/officeDocument/2006/docPropsVTypes">'
              f'{items}</Properties>')
    with zipfile.ZipFile(path) as z:
        entries = [(info, z.read(info.filename)) for info in z.infolist()]
    tmp = path.with_suffix(path.suffix + ".tmp")
    with zipfile.ZipFile(tmp, "w", zipfile.ZIP_DEFLATED) as out:
        for info, data in entries:
            name = info.filename
            if name == "docProps/custom.xml":
                continue
            if name == "[Content_Types].xml" and b"/docProps/custom.xml" not in data:
                data = data.replace(b"</Types>", (f'<Override PartName="/docProps/custom.xml" '
                                                  f'ContentType="{CUSTOM_CT}"/></Types>').encode())
            if name == "_rels/.rels" and b"docProps/custom.xml" not in data:
                data = data.replace(b"</Relationships>", (f'<Relationship Id="rIdCustom1" Type="{CUSTOM_REL}" '
                                                          'Target="docProps/custom.xml"/></Relationships>').encode())
            out.writestr(info, data)
        out.writestr("docProps/custom.xml", custom)
    os.replace(tmp, path)
