"""Warnings a reviewer must see, in plain Chinese."""
from __future__ import annotations

from typing import Optional

from app.catalog import Catalog
from app.extraction.result import FieldValue

#: values below this confidence are flagged for a look
LOW_CONFIDENCE = 0.6
#: a cell or line read by OCR below this confidence is flagged
LOW_OCR = 0.8
#: a count this many times its annual target is suspicious
FAR_OVER_TARGET = 2.0

_SCAN_KINDS = ("pdf-scan", "image")


def _label(catalog: Catalog, ind_id: str) -> str:
    return f"{ind_id}“{catalog.indicator(ind_id).name}”"


def value_warnings(catalog: Catalog, values: dict[str, FieldValue],
                   ocr_conf: dict[str, float]) -> list[str]:
    out: list[str] = []
    for ind_id, v in sorted(values.items(), key=lambda kv: [int(x) for x in kv[0].split(".")]):
        ind = catalog.indicator(ind_id)
        shown = f"{v.value:g}"
        if ind.kind == "percent" and v.value > 100:
            out.append(f"指标{_label(catalog, ind_id)}填报为{shown}%，超过100%，请核实")
        elif ind.kind == "count" and not float(v.value).is_integer():
            out.append(f"指标{_label(catalog, ind_id)}是个数，却识别为{shown}，"
                       "可能是千位分隔符被看成了小数点，请对照原文核对")
        elif ind.kind == "count" and ind.target and v.value > FAR_OVER_TARGET * ind.target:
            out.append(f"指标{_label(catalog, ind_id)}填报为{shown}{ind.measure or ''}，"
                       f"远超年度目标{ind.target:g}{ind.measure or ''}，请核实")
        if v.confidence < LOW_CONFIDENCE:
            out.append(f"指标{_label(catalog, ind_id)}的数值{shown}识别把握不大，请对照原文核对")
        if ocr_conf.get(ind_id, 1.0) < LOW_OCR:
            out.append(f"指标{_label(catalog, ind_id)}的数值来自不清晰的扫描文字，请对照原文核对")
    return out


NO_UNIT = "未能识别填报单位，请人工选择"


def document_warnings(catalog: Catalog, *, kind: str, unit: Optional[str],
                      period: Optional[str], stamped: Optional[bool],
                      values: dict[str, FieldValue], parser_warnings: list[str]) -> list[str]:
    out = list(parser_warnings)
    if unit is None:
        out.append(NO_UNIT)
    if period is None:
        out.append("未能识别所属季度，请人工选择")
    if stamped is False and kind in _SCAN_KINDS:
        out.append("扫描件或照片上未发现公章，请确认是否已加盖公章")
    if unit is not None:
        missing = []
        for p in catalog.projects_of(unit):
            numeric = [i for i in p.indicators if i.numeric]
            if p.lead == unit:
                missing += [i for i in numeric if i.id not in values]
            elif numeric and not any(i.id in values for i in numeric):
                missing += numeric  # a co-responsible department reports its share of some
        if missing:
            names = "、".join(f"{i.id}“{i.name}”" for i in missing)
            out.append(f"未找到以下指标的数值：{names}")
    return out
