"""The consolidated table as a grid of texts and merges, shared by the Excel and Word builders
so both files say exactly the same thing.

Columns: 序号 | 实事项目 | 年度目标任务 | 责任单位 | 进展情况（累计完成、完成率）|
存在问题及下步打算 | 报送情况. A project takes one row per indicator, then one 工作进展 row per
department that wrote a narrative (its progress, and its problems and plans beside it), so a
long project can break between pages at a row; 序号, 实事项目, 责任单位 and 报送情况 span all the
project's rows.
"""
from __future__ import annotations

from dataclasses import dataclass
from typing import Optional

from app.catalog import Indicator
from app.consolidate.periods import as_of_label
from app.consolidate.rules import ConsolidatedTable, IndicatorRow, ProjectRow

HEADERS = ("序号", "实事项目", "年度目标任务", "责任单位", "进展情况（累计完成、完成率）",
           "存在问题及下步打算", "报送情况")
#: relative widths, in Excel character units (a CJK character is about 2)
WIDTHS = (7, 15, 24, 13, 34, 30, 17)
UNREVIEWED_MARK = "（未审核）"
_CN_NUM = "一二三四五六七八九十"


@dataclass(frozen=True)
class GridCell:
    row: int  # 0-based, within the body (the header is row -1)
    col: int
    text: str
    row_span: int = 1
    col_span: int = 1
    align: str = "left"  # left | center
    unreviewed: bool = False


def number_text(v: float) -> str:
    if float(v).is_integer():
        return f"{int(v):,}" if abs(v) >= 10000 else str(int(v))
    return f"{v:.2f}".rstrip("0").rstrip(".")


def value_text(v: float, ind: Indicator) -> str:
    if ind.kind == "percent" or ind.measure == "%":
        return f"{number_text(v)}%"
    return f"{number_text(v)}{ind.measure or ''}"


def rate_text(rate: float) -> str:
    return f"{number_text(round(rate * 100, 1))}%"


def target_text(ind: Indicator) -> str:
    """年度目标任务 as the notice words it: 新改扩建中小学4所, 筛查率达到90%, 约2000名."""
    if ind.target is None or not ind.numeric:
        return ind.name
    amount = value_text(ind.target, ind)
    if ind.comparator == "ge":
        return f"{ind.name}达到{amount}" if ind.kind == "percent" else f"{ind.name}不少于{amount}"
    if ind.comparator == "approx":
        return f"{ind.name}{amount}左右"
    if ind.comparator == "le":
        return f"{ind.name}不超过{amount}"
    return f"{ind.name}{amount}" if ind.kind == "count" else f"{ind.name}达到{amount}"


def progress_text(row: IndicatorRow, mark_unreviewed: bool = True) -> str:
    ind = row.indicator
    if not ind.numeric:
        return "详见工作进展"
    if row.value is None:
        return "暂无报送数据"
    parts = [f"累计完成{value_text(row.value, ind)}"]
    if row.rate is not None:
        parts.append(f"完成率{rate_text(row.rate)}")
    text = "，".join(parts)
    if row.status:
        text += f"（{row.status}）"
    counted = [c for c in row.contributions if c.counted]
    if ind.aggregate == "sum" and len(counted) > 1:
        text += "\n其中：" + "，".join(f"{c.unit}{value_text(c.value, ind)}" for c in counted)
    if row.unreviewed and mark_unreviewed:
        text += UNREVIEWED_MARK
    for n in row.notes:
        text += f"\n注：{n}"
    return text


def report_status_text(p: ProjectRow, mark_unreviewed: bool = True) -> str:
    lines = []
    if p.reported:
        done = [u + (UNREVIEWED_MARK if mark_unreviewed and u in p.unreviewed_units else "")
                for u in p.reported]
        lines.append("已报送：" + "、".join(done))
    if p.pending:
        lines.append("已报送待审核（未计入）：" + "、".join(p.pending))
    if p.missing:
        lines.append("未报送：" + "、".join(p.missing))
    return "\n".join(lines)


def units_text(p: ProjectRow) -> str:
    units = p.project.units
    if len(units) == 1:
        return units[0]
    return "\n".join(f"{u}（牵头）" if u == p.project.lead else u for u in units)


def project_no_text(no: int) -> str:
    return _CN_NUM[no - 1] if 1 <= no <= len(_CN_NUM) else str(no)


def project_rows(p: ProjectRow) -> int:
    return len(p.indicators) + len(p.narratives)


def body_grid(table: ConsolidatedTable) -> tuple[list[GridCell], int]:
    """Every cell of the body (below the header row) and the number of body rows."""
    cells: list[GridCell] = []
    mark = marks_each_figure(table)
    r = 0
    for p in table.projects:
        n = max(project_rows(p), 1)
        unrev = mark and any(i.unreviewed for i in p.indicators)
        cells.append(GridCell(r, 0, project_no_text(p.project.no), row_span=n, align="center"))
        cells.append(GridCell(r, 1, p.project.title, row_span=n))
        cells.append(GridCell(r, 3, units_text(p), row_span=n, align="center"))
        cells.append(GridCell(r, 6, report_status_text(p, mark), row_span=n, unreviewed=unrev))
        k_ind = len(p.indicators)
        if k_ind:
            cells.append(GridCell(r, 5, "" if p.narratives else "——", row_span=k_ind))
        for k, row in enumerate(p.indicators):
            cells.append(GridCell(r + k, 2, target_text(row.indicator)))
            cells.append(GridCell(r + k, 4, progress_text(row, mark),
                                  unreviewed=mark and row.unreviewed))
        if p.narratives:
            first = r + k_ind
            cells.append(GridCell(first, 2, "工作进展", row_span=len(p.narratives), align="center"))
            for k, nar in enumerate(p.narratives):
                cells.append(GridCell(first + k, 4, nar.progress or f"【{nar.unit}】——"))
                cells.append(GridCell(first + k, 5, nar.problems_plans or f"【{nar.unit}】——"))
        r += n
    return cells, r


def marks_each_figure(table: ConsolidatedTable) -> bool:
    """Mark unreviewed figures one by one only when the table mixes them with reviewed ones."""
    return table.include_unreviewed and not table.all_unreviewed


def subtitle(table: ConsolidatedTable) -> str:
    text = f"截至日期：{as_of_label(table.period)}"
    if table.all_unreviewed:
        text += "（数据未经审核）"
    return text


def legend(table: ConsolidatedTable) -> Optional[str]:
    lines = [f"说明：完成情况按{table.as_of.month}月底时间进度"
             f"{rate_text(table.elapsed_share)}判定，完成率达到时间进度为“序时推进”，未达到为“滞后”。"]
    if table.all_unreviewed:
        lines.append("本表数据均读自报送文件，尚未经审核确认。")
    elif table.include_unreviewed:
        lines.append(f"标注“{UNREVIEWED_MARK}”的数据尚未经审核确认。")
    for n in table.notes:
        lines.append(n)
    return "\n".join(lines)
