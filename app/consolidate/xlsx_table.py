"""The consolidated table as an Excel workbook: 进展情况表 (the table as filed), 数据来源 (every
figure's department, document, page, extracted and reviewed value, reviewer) and 完成情况图
(completion per project as a chart)."""
from __future__ import annotations

import os
from typing import BinaryIO, Union

from openpyxl import Workbook
from openpyxl.chart import BarChart, LineChart, Reference
from openpyxl.chart.label import DataLabelList
from openpyxl.styles import Alignment

from app.consolidate.excel import (font, keep_blocks_together, page_capacity_pt, set_widths,
                                   setup_print, write_grid)
from app.consolidate.layout import (HEADERS, WIDTHS, GridCell, body_grid, legend,
                                    marks_each_figure, project_rows, subtitle)
from app.consolidate.rules import ConsolidatedTable
from app.consolidate.style import (BODY_SIZE, HEADER_FONT, SMALL_SIZE, TITLE_FONT, TITLE_SIZE,
                                   lines_height, wrapped_lines)

MAIN_SHEET = "进展情况表"
SOURCES_SHEET = "数据来源"
CHART_SHEET = "完成情况图"
SOURCE_HEADERS = ("指标编号", "实事项目", "指标", "部门", "文件名", "上传时间", "页码",
                  "提取值", "审核后数值", "修改人", "计入汇总", "原文")
SOURCE_WIDTHS = (8, 20, 24, 14, 26, 15, 5, 9, 9, 8, 7, 30)
HEADER_ROW = 3
FIRST_BODY_ROW = 4


def build_xlsx(table: ConsolidatedTable, out: Union[str, os.PathLike, BinaryIO]) -> None:
    """Write the consolidated table workbook to a path or a binary stream."""
    wb = Workbook()
    ws = wb.active
    ws.title = MAIN_SHEET
    _main_sheet(ws, table)
    _sources_sheet(wb.create_sheet(SOURCES_SHEET), table)
    _chart_sheet(wb.create_sheet(CHART_SHEET), table)
    wb.properties.title = f"{table.title}（{table.period}）"
    wb.properties.creator = "市妇儿工委办公室"
    wb.save(out)


def _main_sheet(ws, table: ConsolidatedTable) -> None:
    n_cols = len(HEADERS)
    set_widths(ws, WIDTHS)
    ws.merge_cells(start_row=1, start_column=1, end_row=1, end_column=n_cols)
    title = ws.cell(row=1, column=1, value=table.title)
    title.font = font(TITLE_FONT, TITLE_SIZE)
    title.alignment = Alignment(horizontal="center", vertical="center")
    ws.row_dimensions[1].height = lines_height(1, TITLE_SIZE) + 8
    ws.merge_cells(start_row=2, start_column=1, end_row=2, end_column=n_cols)
    sub = ws.cell(row=2, column=1, value=subtitle(table))
    sub.font = font(size=BODY_SIZE + 1)
    sub.alignment = Alignment(horizontal="center", vertical="center")
    ws.row_dimensions[2].height = lines_height(1, BODY_SIZE + 1)
    header = [GridCell(0, k, h, align="center") for k, h in enumerate(HEADERS)]
    head_h = write_grid(ws, header, HEADER_ROW, 1, WIDTHS, name=HEADER_FONT, min_height=30)[0]
    cells, n_rows = body_grid(table)
    heights = write_grid(ws, cells, FIRST_BODY_ROW, n_rows, WIDTHS)
    # legend under the table
    note_row = FIRST_BODY_ROW + n_rows
    text = legend(table)
    ws.merge_cells(start_row=note_row, start_column=1, end_row=note_row, end_column=n_cols)
    c = ws.cell(row=note_row, column=1, value=text)
    c.font = font(size=SMALL_SIZE)
    c.alignment = Alignment(horizontal="left", vertical="top", wrap_text=True)
    ws.row_dimensions[note_row].height = lines_height(wrapped_lines(text, sum(WIDTHS), SMALL_SIZE),
                                                       SMALL_SIZE)
    scale = setup_print(ws, title_rows=f"{HEADER_ROW}:{HEADER_ROW}", widths=WIDTHS)
    ws.print_area = f"A1:G{note_row}"
    ws.freeze_panes = ws.cell(row=FIRST_BODY_ROW, column=1)
    blocks, r = [], 0
    for p in table.projects:
        n = max(project_rows(p), 1)
        blocks.append((FIRST_BODY_ROW + r, heights[r:r + n]))
        r += n
    first_used = sum(ws.row_dimensions[i].height for i in (1, 2)) + head_h
    capacity = page_capacity_pt(scale)
    keep_blocks_together(ws, blocks, first_page_used=first_used, repeated_header=head_h,
                         capacity=capacity)
    # a project taller than a page runs over a break; a merged cell prints its text only on
    # the first part, so put the text at the top where it is sure to show
    for first_row, block_heights in blocks:
        if sum(block_heights) > capacity - head_h:
            for col in (1, 2, 4, 7):
                c = ws.cell(row=first_row, column=col)
                c.alignment = Alignment(horizontal=c.alignment.horizontal, vertical="top",
                                        wrap_text=True)


def _sources_sheet(ws, table: ConsolidatedTable) -> None:
    set_widths(ws, SOURCE_WIDTHS)
    header = [GridCell(0, k, h, align="center") for k, h in enumerate(SOURCE_HEADERS)]
    write_grid(ws, header, 1, 1, SOURCE_WIDTHS, name=HEADER_FONT, size=SMALL_SIZE, min_height=24)
    cells: list[GridCell] = []
    numbers: list[tuple[int, int, float]] = []  # (row, col, value) written as numbers
    mark = marks_each_figure(table)
    r = 0
    for row, c in table.contributions():
        ind, ret, src = row.indicator, c.ret, c.source
        reviewed = src.value if (ret.approved or src.changed) else None
        texts = [ind.id, f"{ind.project_no}. {table_project_title(table, ind.project_no)}",
                 ind.name, c.unit, ret.file_name,
                 ret.uploaded_at.strftime("%Y-%m-%d %H:%M") if ret.uploaded_at else "",
                 str(src.page) if src.page else "", "", "" if reviewed is not None else "未审核",
                 src.changed_by or "", "是" if c.counted else "否（取牵头单位数据）", src.text]
        for k, t in enumerate(texts):
            cells.append(GridCell(r, k, t, align="center" if k in (0, 3, 6, 7, 8, 9, 10) else "left",
                                  unreviewed=mark and not ret.approved))
        if src.extracted is not None:
            numbers.append((r, 7, src.extracted))
        if reviewed is not None:
            numbers.append((r, 8, reviewed))
        r += 1
    if r == 0:
        cells.append(GridCell(0, 0, "本期尚无计入汇总的数据", col_span=len(SOURCE_HEADERS)))
        r = 1
    write_grid(ws, cells, 2, r, SOURCE_WIDTHS, size=SMALL_SIZE)
    for row, col, v in numbers:
        ws.cell(row=2 + row, column=1 + col, value=int(v) if float(v).is_integer() else v)
    setup_print(ws, title_rows="1:1", widths=SOURCE_WIDTHS)
    ws.freeze_panes = "A2"
    ws.auto_filter.ref = f"A1:L{1 + r}"


def short_title(no: int, title: str, limit: int = 8) -> str:
    """A chart label: 实施教育资源扩增优化工程 → 1.教育资源扩增优化."""
    t = title[2:] if title.startswith("实施") else title
    for tail in ("工程", "行动", "计划", "项目"):
        if t.endswith(tail) and len(t) > len(tail) + 2:
            t = t[: -len(tail)]
            break
    t = t.replace("“", "").replace("”", "").replace('"', "")
    return f"{no}.{t[:limit]}"


def table_project_title(table: ConsolidatedTable, no: int) -> str:
    return next(p.project.title for p in table.projects if p.project.no == no)


def _chart_sheet(ws, table: ConsolidatedTable) -> None:
    heads = ("实事项目", "完成率（%）", "时间进度（%）")
    widths = (30, 14, 14)
    set_widths(ws, widths)
    write_grid(ws, [GridCell(0, k, h, align="center") for k, h in enumerate(heads)], 1, 1,
               widths, name=HEADER_FONT, min_height=22)
    cells = []
    for i, p in enumerate(table.projects):
        cells.append(GridCell(i, 0, short_title(p.project.no, p.project.title)))
    write_grid(ws, cells, 2, len(table.projects), widths)
    for i, p in enumerate(table.projects):
        done = ws.cell(row=2 + i, column=2,
                       value=round(p.completion * 100, 1) if p.completion is not None else None)
        pace = ws.cell(row=2 + i, column=3, value=round(table.elapsed_share * 100, 1))
        for c in (done, pace):
            c.font = font()
            c.alignment = Alignment(horizontal="center", vertical="center")
    n = len(table.projects)
    bar = BarChart()
    bar.type = "col"
    bar.title = f"各实事项目完成率（截至{table.as_of.month}月底）"
    bar.y_axis.title = "完成率（%）"
    bar.y_axis.scaling.min = 0
    bar.y_axis.scaling.max = 100
    bar.add_data(Reference(ws, min_col=2, min_row=1, max_row=n + 1), titles_from_data=True)
    bar.set_categories(Reference(ws, min_col=1, min_row=2, max_row=n + 1))
    bar.series[0].dLbls = DataLabelList()
    bar.series[0].dLbls.showVal = True
    for flag in ("showSerName", "showCatName", "showLegendKey", "showPercent"):
        setattr(bar.series[0].dLbls, flag, False)
    line = LineChart()
    line.add_data(Reference(ws, min_col=3, min_row=1, max_row=n + 1), titles_from_data=True)
    bar += line
    bar.x_axis.delete = False
    bar.y_axis.delete = False
    bar.legend.position = "b"
    bar.width, bar.height = 26, 13
    ws.add_chart(bar, "E1")
    setup_print(ws, title_rows=None, widths=widths + (60,))
