"""What a blank return form says, shared by its Word and Excel versions: the department's
projects with one row per indicator (序号 | 实事项目 | 指标 | 年度目标 | 累计完成 | 完成率 |
进展情况 | 存在问题 | 下步打算), the project's cells merged over its indicator rows."""
from __future__ import annotations

from dataclasses import dataclass

from app.catalog import Catalog, Indicator, Project
from app.consolidate.layout import GridCell, project_no_text, value_text
from app.consolidate.periods import as_of_label, period_label
from app.forms.mark import Mark, template_version

HEADERS = ("序号", "实事项目", "指标", "年度目标", "累计完成", "完成率", "进展情况", "存在问题",
           "下步打算")
#: Excel column units; the Word form scales them to the page
WIDTHS = (7, 16, 24, 12, 11, 10, 30, 20, 20)
#: pre-printed in cells where no figure is expected: words, not "——" (a scan's grid finder can
#: take a dash for a ruling line) nor "/" (OCR reads it as 1)
NOT_APPLICABLE = "无需填写"
QUALITATIVE = "定性任务"
NO_NUMBER = "不设数量"


@dataclass(frozen=True)
class FormContent:
    unit: str
    period: str
    mark: Mark
    title: str
    subtitle: str
    projects: tuple[Project, ...]
    cells: tuple[GridCell, ...]
    n_rows: int
    blocks: tuple[tuple[int, int], ...]  # (first row, row count) per project
    info_line: str
    notes: tuple[str, ...]
    signature: tuple[str, ...]


def indicator_label(ind: Indicator) -> str:
    return f"{ind.name}（{ind.measure}）" if ind.measure and ind.measure != "%" else ind.name


def target_label(ind: Indicator) -> str:
    if not ind.numeric:
        return QUALITATIVE
    if ind.target is None:
        return NO_NUMBER
    amount = value_text(ind.target, ind)
    return {"ge": f"不少于{amount}" if ind.kind == "count" else f"达到{amount}",
            "approx": f"{amount}左右", "le": f"不超过{amount}"}.get(ind.comparator, amount)


def form_content(catalog: Catalog, unit: str, period: str) -> FormContent:
    """The form of ``unit`` for ``period``; raises KeyError for a department not in the catalog."""
    catalog.unit(unit)
    projects = tuple(catalog.projects_of(unit))
    cells: list[GridCell] = []
    blocks = []
    r = 0
    for p in projects:
        n = len(p.indicators)
        blocks.append((r, n))
        cells.append(GridCell(r, 0, project_no_text(p.no), row_span=n, align="center"))
        title = p.title + ("" if p.lead == unit else f"\n（牵头单位：{p.lead}）")
        cells.append(GridCell(r, 1, title, row_span=n))
        for k, ind in enumerate(p.indicators):
            cells.append(GridCell(r + k, 2, indicator_label(ind)))
            cells.append(GridCell(r + k, 3, target_label(ind), align="center"))
            cells.append(GridCell(r + k, 4, "" if ind.numeric else NOT_APPLICABLE, align="center"))
            rate = "" if ind.numeric and ind.target is not None else NOT_APPLICABLE
            cells.append(GridCell(r + k, 5, rate, align="center"))
        for col in (6, 7, 8):
            cells.append(GridCell(r, col, "", row_span=n))
        r += n
    mark = Mark(period=period, unit=unit, version=template_version(catalog))
    return FormContent(
        unit=unit, period=period, mark=mark,
        title=f"{catalog.year}年为全市妇女儿童办实事工作进展情况表",
        subtitle=f"（{period_label(period)}，截至{as_of_label(period)}）",
        projects=projects, cells=tuple(cells), n_rows=r, blocks=tuple(blocks),
        info_line=f"填报单位（盖章）：{unit}" + "\u3000" * 12 + "报送时间：\u3000\u3000年\u3000\u3000月\u3000\u3000日",
        notes=("填报说明：1. “累计完成”填写年初至本季度末的累计数（百分比指标填百分数），不填本季度新增数；"
               "2. 协办的项目只填本单位完成的部分，不涉及的指标留空；"
               "3. 请勿改动表格结构，勿遮挡页眉二维码；4. 加盖单位公章后报送"
               f"{catalog.report_to or '市妇儿工委办公室'}。",),
        signature=("联系人：" + "\u3000" * 8 + "联系电话：" + "\u3000" * 10
                   + "单位负责人（签字）：" + "\u3000" * 8,
                   "（单位公章）" + "\u3000" * 6),
    )
