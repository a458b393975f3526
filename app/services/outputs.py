"""What the office sends out, built by the consolidation and forms packages from the
database: the quarter's consolidated table (汇总表) and the blank return forms."""
from __future__ import annotations

import io

from app.catalog import get_catalog
from app.models import period_label
from app.services import ServiceError

MIMETYPES = {
    "xlsx": "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet",
    "docx": "application/vnd.openxmlformats-officedocument.wordprocessingml.document",
    "zip": "application/zip",
}


def consolidated_table(period: str, fmt: str = "xlsx",
                       include_unreviewed: bool = False) -> tuple[str, bytes]:
    """(file name, bytes) of the quarter's consolidated table from the current returns;
    figures not yet approved count only with ``include_unreviewed`` (and are marked)."""
    from app.consolidate import FORMATS, consolidate, write_table
    from app.consolidate.database import returns_for_period

    catalog = get_catalog()
    if period not in catalog.periods:
        raise ServiceError(f"没有季度 {period}", 404)
    if fmt not in FORMATS:
        raise ServiceError("汇总表只能导出为 Excel（xlsx）或 Word（docx）")
    table = consolidate(returns_for_period(period), catalog, period,
                        include_unreviewed=include_unreviewed)
    buf = io.BytesIO()
    write_table(table, buf, fmt=fmt)
    suffix = "（含未审核）" if include_unreviewed else ""
    return f"{period_label(period)}进展情况汇总表{suffix}.{fmt}", buf.getvalue()


def blank_forms(period: str) -> tuple[str, bytes]:
    """(file name, zip bytes) of every department's blank form for the quarter."""
    from app.forms import FormError, forms_zip

    try:
        return f"{period_label(period)}空白进展情况表.zip", forms_zip(period)
    except FormError as e:
        raise ServiceError(str(e)) from e


def blank_form(unit: str, period: str, fmt: str = "docx") -> tuple[str, bytes]:
    """(file name, bytes) of one department's blank form (Word or Excel) for the quarter."""
    from app.forms import FormError, form_file

    if not unit:
        raise ServiceError("请选择部门")
    try:
        return form_file(unit, period, fmt)
    except FormError as e:
        raise ServiceError(str(e)) from e
