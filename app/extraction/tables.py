"""Understanding a table: header rows (two-row merged headers too), what each column holds,
and the data rows with their cells by role.

Column roles: seq, project, indicator, target, cumulative, this_quarter, rate, ledger (one
column per quarter), progress, problems, plans, problems_plans, unit, remarks, part (a part
of a total beside it), other.
A column's header decides first; its content settles the ambiguous ones (完成情况 holding
figures is a cumulative column, holding prose a progress column).
"""
from __future__ import annotations

import re
from dataclasses import dataclass, field, replace
from typing import Optional

from app.extraction.numbers import find_mentions, normalize, parse_number, squash
from app.extraction.periods import quarter_mentions
from parsers.model import Cell, Table

_HEADER_WORDS = ("序号", "编号", "项目", "实事", "指标", "内容", "目标", "任务", "完成", "累计",
                 "进展", "进度", "问题", "困难", "打算", "计划", "措施", "单位", "备注", "季度",
                 "名称", "情况", "新增", "本季", "当季", "时限", "说明", "责任", "数量", "合计",
                 "事项", "科室", "标准", "主体", "类别", "场次", "实绩", "同比", "增减", "是否",
                 "Q1", "Q2", "Q3", "Q4", "月", "区县", "地区", "时间", "日期", "地点", "对象",
                 "人数", "类型", "形式")


@dataclass
class Column:
    index: int
    header: str
    role: str
    quarter: Optional[int] = None
    #: the role or quarter was inferred from the column's position, not read in its header
    guessed: bool = False


@dataclass
class Row:
    index: int
    cells: dict[str, Cell] = field(default_factory=dict)  # role → cell (first column of it)
    ledger: dict[int, Cell] = field(default_factory=dict)  # quarter → cell
    all_cells: list[Cell] = field(default_factory=list)
    section: Optional[str] = None  # text of the section row above (a project heading)

    def text(self, role: str) -> str:
        c = self.cells.get(role)
        return c.text if c else ""


@dataclass
class TableReading:
    table: Table
    header_rows: list[int]
    columns: list[Column]
    rows: list[Row]

    def roles(self) -> set[str]:
        return {c.role for c in self.columns}

    def header_text(self) -> str:
        return " ".join(c.header for c in self.columns)


#: a span of months (1—9月, 7-9月) in a header or a row label
MONTH_RANGE = re.compile(r"(\d{1,2})\s*月?\s*[-—–~～至到]\s*(\d{1,2})\s*月")
#: one month as a label (3月, 3月份): a column or a row of a table by month
MONTH_LABEL = re.compile(r"(\d{1,2})月份?")


def _is_header_cell(text: str) -> bool:
    t = squash(text)
    if not t or len(t) > 24:
        return False
    if re.search(r"[:：]", normalize(t)):
        # 填报单位：淄博市总工会 is a filled-in line, 填报单位： | 市总工会 a label and its
        # value: neither heads a column
        return False
    if any(m.kind in ("count", "percent") for m in find_mentions(t)) and not quarter_mentions(t):
        return False
    if re.search(r"\D[（(](场|场次|人|人次|名|所|个|家|处|次|条|期|班|户|%)[）)]$", t):
        return True  # 开展家庭教育巡讲（场）: an indicator with its measure heads a column
    return any(w in t for w in _HEADER_WORDS)


def _row_cells(grid: list[list[Optional[Cell]]], r: int) -> list[Cell]:
    seen: dict[int, Cell] = {}
    for c in grid[r]:
        if c is not None and id(c) not in seen:
            seen[id(c)] = c
    return list(seen.values())


row_cells = _row_cells  # the distinct cells of a grid row, for the readers of odd forms


def single_cell_row(grid, r: int) -> Optional[Cell]:
    cells = [c for c in _row_cells(grid, r) if c.text.strip()]
    if len(cells) == 1 and (len(grid[r]) <= 1 or cells[0].col_span >= 2
                            or sum(1 for c in grid[r] if c is cells[0]) >= 2
                            or all(c is None or c is cells[0] or not c.text.strip()
                                   for c in grid[r])):
        return cells[0]
    return None


def _is_numeric_cell(text: str) -> bool:
    t = squash(text)
    if MONTH_LABEL.fullmatch(t):
        return False  # a month (1月 | 2月 | 3月 | 小计) heads a column; it is no figure
    return bool(t) and (parse_number(t) is not None or (len(t) <= 8 and any(ch.isdigit() for ch in t)))


def _header_by_shape(table: Table, grid) -> list[int]:
    """A row of words over rows of figures is a header whatever its words
    (区县 | 家政从业人员培训（人次） | 招聘（场）)."""
    for r in range(min(8, table.n_rows - 1)):
        cells = [c for c in _row_cells(grid, r) if c.text.strip()]
        if len(cells) < 2 or any(_is_numeric_cell(c.text) for c in cells):
            continue
        below = [c for c in _row_cells(grid, r + 1) if c.row == r + 1
                 and squash(c.text) not in ("", "—", "-", "/", "－", "——", "无")]
        if len(below) >= 2 and sum(_is_numeric_cell(c.text) for c in below) >= 0.5 * len(below):
            return [r]
    return []


def table_title_rows(table: Table) -> list[str]:
    """Texts of the single-cell rows above the header (the sheet's title)."""
    grid = table.grid()
    header = find_header_rows(table)
    end = header[0] if header else 0
    return [c.text for r in range(end) if (c := single_cell_row(grid, r)) is not None]


def find_header_rows(table: Table) -> list[int]:
    grid = table.grid()
    for r in range(min(8, table.n_rows)):
        cells = [c for c in _row_cells(grid, r) if c.text.strip()]
        if len(cells) < 2:
            continue
        hits = sum(1 for c in cells if _is_header_cell(c.text))
        if squash(cells[0].text).startswith(("合计", "总计", "小计")) and any(
                _is_numeric_cell(c.text) for c in cells):
            continue  # 合计 | 203 | 完成年度目标 is the total row, not a header
        # (a row of words only may have a few headers of its own: 起讫点 | 服务学校)
        if hits >= 2 and (hits >= 0.6 * len(cells) or (hits >= 3 and hits >= 0.5 * len(cells) and not any(
                _is_numeric_cell(c.text) for c in cells))):
            rows = [r]
            # a parent row above: indicator names merged over their 目标 | 累计完成 pairs
            if r > 0:
                above = [c for c in _row_cells(grid, r - 1) if c.text.strip()]
                if len(above) >= 2 and any(c.col_span > 1 for c in above) and not any(
                        _is_numeric_cell(c.text) or ":" in normalize(c.text)
                        or len(squash(c.text)) > 24 for c in above):
                    rows = [r - 1, r]
            # a second header row: under horizontally merged parents, or itself header-like
            if r + 1 < table.n_rows:
                nxt = [c for c in _row_cells(grid, r + 1) if c.text.strip() and c.row == r + 1]
                parent_merged = any(c.col_span > 1 for c in cells)
                nhits = sum(1 for c in nxt if _is_header_cell(c.text))
                if nxt and ((parent_merged and nhits >= 1) or
                            (nhits >= 2 and nhits == len(nxt))):
                    rows.append(r + 1)
            return rows
    return _header_by_shape(table, grid)


def _quarter_of_header(h: str) -> Optional[int]:
    qs = quarter_mentions(h)
    return qs[0].quarter if qs and qs[0].strength >= 0.9 else None


def classify_header(h: str) -> str:
    t = squash(h)
    if not t:
        return "other"
    if re.fullmatch(r"序号?|编号|序列|No\.?", t) or (len(t) <= 4 and "序" in t) or \
            re.fullmatch(r"\S{0,4}(编码|代码|编号)", t):
        return "seq"  # 指标编码 SY-03 is a code, not the indicator's words
    months = MONTH_RANGE.search(normalize(t))
    if months and not any(w in t for w in ("目标", "任务", "计划")):
        # 1—9月累计 runs from January: the total; 7—9月完成 is the quarter's own work
        if int(months.group(1)) == 1:
            return "cumulative"
        if int(months.group(1)) in (4, 7, 10) and "累计" not in t:
            return "this_quarter"
    if "问题" in t and any(w in t for w in ("打算", "计划", "措施", "下步", "下一步")):
        return "problems_plans"
    if any(w in t for w in ("问题", "困难", "不足", "短板")):
        return "problems"
    if any(w in t for w in ("下步", "下一步", "打算", "下阶段", "措施", "建议", "工作计划")):
        return "plans"
    if any(w in t for w in ("责任单位", "牵头单位", "配合单位", "责任部门", "填报单位", "报送单位",
                            "上报单位", "单位名称", "部门名称")) or t == "单位":
        return "unit"
    if any(w in t for w in ("备注", "说明")):
        return "remarks"
    if any(w in t for w in ("完成率", "完成比例", "完成进度", "百分比", "进度(%)", "进度%")):
        return "rate"
    if any(w in t for w in ("上季度", "上一季度", "上期", "上年", "去年", "上半年末", "同期")):
        return "previous"
    if any(w in t for w in ("同比", "环比", "增减", "增幅", "增长率", "对比")):
        return "previous"  # a change against an earlier period, never the figure itself
    if re.fullmatch(r"(是否|有无)(完成|达标|按期|按时)\S{0,4}", t):
        return "mark"  # 是否完成 | √: a tick, not a figure
    if "标准" in t and not any(w in t for w in ("累计", "实际", "完成数", "完成值", "完成情况")):
        return "target"  # 完成标准 restates the target (200场) beside the actual
    if any(w in t for w in ("本季度", "当季", "本期", "本季", "季度新增", "当期")) and "累计" not in t:
        # 本季度工作情况 is the quarter's prose, 本季度完成 its figure
        return "progress" if any(w in t for w in ("工作情况", "进展", "开展情况", "推进情况",
                                                  "落实情况")) else "this_quarter"
    if "新增" in t and "累计" not in t:
        return "this_quarter"
    if any(w in t for w in ("计划完成", "应完成", "目标值", "目标数")):
        return "target"
    if any(w in t for w in ("目标", "任务数", "计划数", "年度任务", "全年任务", "年度计划", "计划")) and not any(
            w in t for w in ("完成", "进展", "累计")):
        return "target"
    if re.sub(r"[（(][^（）()]{1,6}[）)]$", "", t) in ("合计", "总计", "全市", "全市合计", "小计", "全年合计",
                                                       "累计"):
        return "cumulative"  # the total column of a table by district or by month (合计（个班次）)
    if any(w in t for w in ("进展情况", "推进情况", "落实情况", "开展情况", "工作情况")) and not any(
            w in t for w in ("累计完成", "完成数", "完成值", "完成量", "实际完成", "数量")):
        return "progress"  # 一季度进展情况（截至3月31日）: the narrative, dated
    if any(w in t for w in ("累计", "截至", "截止", "已完成", "完成数", "完成值", "实际完成", "完成量",
                            "完成情况", "完成", "实绩", "实际", "执行情况")):
        return "cumulative"
    if any(w in t for w in ("进展", "进度", "推进", "落实情况", "开展情况", "工作情况", "成效", "做法")):
        return "progress"
    if re.fullmatch(r"(指标|统计|实际|本期|累计|完成|报告期)?(数值|值|数量)", t):
        return "cumulative"  # 指标值 | 数值 | 数量 of a system export or form: the figure itself
    if re.fullmatch(r"(开展)?活动(类型|类别|项目)?", t):
        return "indicator"  # 活动 | 目标 | 1月 … | 累计: each row names the activity counted
    if any(w in t for w in ("指标", "内容", "名称", "任务", "事项", "具体")):
        return "project" if ("项目" in t or "实事" in t or "工程" in t) and "指标" not in t \
            else "indicator"
    if any(w in t for w in ("项目", "实事", "工程")):
        return "project"
    if _quarter_of_header(t):
        return "ledger"
    return "other"


def _numeric_share(cells: list[Cell]) -> float:
    filled = [c for c in cells if c.text.strip()]
    if not filled:
        return 0.0
    n = 0
    for c in filled:
        t = squash(c.text)
        ms = [m for m in find_mentions(t) if m.kind in ("count", "percent", "bare")]
        # a figure, maybe with a word or two (约2000名, 已完成3所), not a sentence
        if parse_number(t) is not None or (ms and len(t) - (ms[0].end - ms[0].start) <= 4):
            n += 1
    return n / len(filled)


def _mean_len(cells: list[Cell]) -> float:
    filled = [len(squash(c.text)) for c in cells if c.text.strip()]
    return sum(filled) / len(filled) if filled else 0.0


def _quarters_by_position(table: Table, header_rows: list[int], columns: list[Column]) -> None:
    """Four columns under one merged parent (累计完成情况 → 一季度 … 四季度) are the four
    quarters in order, even where a child header was misread (OCR: "季度")."""
    if len(header_rows) < 2:
        return
    grid = table.grid()
    top = header_rows[0]
    groups: dict[int, list[Column]] = {}
    for col in columns:
        parent = grid[top][col.index]
        if parent is not None and parent.col_span == 4:
            groups.setdefault(id(parent), []).append(col)
    for cols in groups.values():
        if len(cols) == 4 and any(c.quarter for c in cols) and all(
                c.quarter in (None, k + 1) for k, c in enumerate(cols)):
            for k, c in enumerate(cols):
                c.guessed = c.guessed or c.quarter != k + 1
                c.quarter = k + 1
                c.role = "ledger"


def _earlier_years(columns: list[Column]) -> None:
    """2023年完成 | 2024年完成: the column of the latest year is the figure, a column headed
    by an earlier year is last year's result beside it."""
    years: dict[int, int] = {}
    for c in columns:
        ys = [int(y) for y in re.findall(r"(20\d\d)\s*年?", normalize(c.header))]
        if ys:
            years[c.index] = max(ys)
    if len(set(years.values())) < 2:
        return
    # (the year of any column counts: 2023年完成 | 2024年目标 | 1-3月完成)
    latest = max(years.values())
    for c in columns:
        if c.index in years and years[c.index] < latest and c.role in (
                "cumulative", "ledger", "other", "this_quarter"):
            c.role = "previous"


_PERIOD_PART = re.compile(r"(春季|秋季|夏季|冬季|寒假|暑假|暑期|寒期|周末|上学期|下学期|第[一二]学期|上半年|下半年"
                          r"|[上下]半学期)")


def _period_parts(columns: list[Column], children: list[str]) -> None:
    """春季学期 | 秋季学期 | 累计, 上半年 | 下半年 | 全年累计: beside a column headed as the
    total, a column headed by one part of the period is that part's figure, never the
    cumulative one."""
    totals = [c for c in columns if c.role == "cumulative"
              and re.search(r"累计|合计|总计|全年", squash(children[c.index]))]
    if not totals:
        return
    for c in columns:
        h = squash(children[c.index])
        if c in totals or c.role not in ("other", "ledger", "cumulative") or any(
                w in h for w in ("累计", "合计", "总计", "截至", "截止")):
            continue
        if _PERIOD_PART.search(h):
            c.role, c.quarter = "this_quarter", None


def _fraction_columns(columns: list[Column], children: list[str]) -> None:
    """应检人数 | 已检人数 | 筛查率 (or a bare 率): the denominator is what was due, and the
    column headed by the rate holds a rate indicator's figure."""
    due = [c for c in columns if re.match(r"应(?!用|急|对)[\u4e00-\u9fff]", squash(children[c.index]))
           and c.role in ("other", "target")]
    rate = [c for c in columns if c.role in ("other", "rate") and re.fullmatch(
        r"[\u4e00-\u9fff（）()]{0,8}率[（(]?%?[）)]?", squash(children[c.index]))]
    if not due or not rate:
        return
    for c in due:
        c.role = "target"
    for c in rate:
        c.role = "rate"


def _rate_columns(columns: list[Column], children: list[str], body: dict[int, list[Cell]]) -> None:
    """项目 | 达标学校（所） | 达标率: with rows named by their item and no figure column, a
    column headed by a rate (达标率, 覆盖率) and holding percentages is the rates' column."""
    if any(c.role in ("cumulative", "ledger", "rate") for c in columns) or not any(
            c.role in ("indicator", "project") for c in columns):
        return
    for c in columns:
        cells = [x for x in body.get(c.index, []) if squash(x.text) not in ("", "—", "-", "/")]
        if c.role == "other" and cells and re.fullmatch(
                r"[\u4e00-\u9fff（）()]{0,8}率[（(]?%?[）)]?", squash(children[c.index])) and sum(
                "%" in normalize(x.text) for x in cells) >= 0.5 * len(cells):
            c.role = "rate"


def _previous_and_this_quarter(columns: list[Column]) -> None:
    """上半年累计 | 第三季度完成: the running total to an earlier quarter's end beside one
    quarter's own work is not a ledger of totals. The first is the previous total, the second
    this quarter's; the figure is their sum (``figures`` adds them, as a clerk would)."""
    cand = [c for c in columns if c.quarter and c.role in ("ledger", "cumulative", "other")]
    if len(cand) != 2:
        return
    a, b = sorted(cand, key=lambda c: c.quarter)
    total = ("累计", "截至", "截止")
    if a.quarter < b.quarter and any(w in a.header for w in total) and not any(
            w in b.header for w in total):
        a.role, b.role = "previous", "this_quarter"


_TOTAL_WORDS = ("累计", "合计", "总计", "小计", "截至", "截止")


def _quarter_parts_beside_total(columns: list[Column], children: list[str]) -> None:
    """一季度 | 二季度 | 1—6月合计: one column headed as the total beside columns of single
    quarters that do not say 累计 is a table of each quarter's own work and its sum. The
    total is the figure; the quarters are its parts, not a ledger of running totals."""
    quarterly = [c for c in columns if c.quarter and c.role in ("ledger", "cumulative", "other")]
    totals = [c for c in quarterly if any(w in squash(children[c.index]) or w in squash(c.header)
                                          for w in _TOTAL_WORDS)]
    parts = [c for c in quarterly if c not in totals]
    if len(totals) != 1 or not parts or totals[0].quarter < max(c.quarter for c in parts):
        return
    total, latest = totals[0], max(c.quarter for c in parts)
    total.role = "cumulative"
    total.quarter = None  # (no longer one of a ledger's quarter columns)
    for c in parts:
        c.role = "this_quarter" if c.quarter == latest else "previous"
        c.quarter = None


def _period_beside_its_quarter(columns: list[Column]) -> None:
    """本期实际 | 其中：本季度 of a statistics report: 本期 is the report's whole period (1—6月)
    when a column beside it is the quarter's own part."""
    part = [c for c in columns if re.search(r"其中\S{0,2}(本季度|本季|当季)", squash(c.header))]
    if not part:
        return
    for c in columns:
        if c.role == "this_quarter" and c not in part and re.search(r"本期|报告期", squash(c.header)):
            c.role = "cumulative"


def is_total_head(text: str) -> bool:
    """A column headed as the total of the ones before it: 小计, 合计（场）, 合计班次,
    救助人数小计 (not 全年合计 or 1-9月合计, a period's total)."""
    return bool(re.fullmatch(r"[\u4e00-\u9fff]{0,6}(小计|合计|总计|共计)([（(][^（）()]{1,4}[）)]|[\u4e00-\u9fff]{1,3})?",
                             squash(text))) and not re.search(r"[年季月]", squash(text))


def _parts_beside_subtotal(table: Table, header_rows: list[int], columns: list[Column],
                           children: list[str]) -> None:
    """戏曲进校园（场）over 演出场次 | 课程辅导 | 小计: under one merged parent, a child headed
    as the total makes its siblings parts of it."""
    grid = table.grid()
    groups: dict[int, list[Column]] = {}
    if len(header_rows) >= 2:
        for col in columns:
            parent = grid[header_rows[0]][col.index]
            if parent is not None and parent.col_span >= 2:
                groups.setdefault(id(parent), []).append(col)
    # one header row: 进校园演出（场）| 课程辅导（场）| 合计（场）, the columns before the total
    # counted in the same measure
    measure = [(m.group(1) if (m := re.search(r"[（(]([^（）()]{1,4})[）)]$", squash(children[c.index])))
                else None) for c in columns]
    for k, col in enumerate(columns):
        if k < 2 or measure[k] is None or not is_total_head(children[col.index]):
            continue
        j = k
        while j > 0 and measure[j - 1] == measure[k] and columns[j - 1].role in ("other", "cumulative"):
            j -= 1
        if k - j >= 2:
            groups.setdefault(id(col), columns[j:k + 1])
    for cols in groups.values():
        totals = [c for c in cols if re.fullmatch(r"(小计|合计|总计|共计|累计|计)([（(][^（）()]{1,4}[）)])?",
                                                  squash(children[c.index]))]
        if len(totals) != 1:
            continue
        totals[0].role = "cumulative"
        for c in cols:
            if c is not totals[0] and c.role in ("other", "cumulative"):
                c.role = "part"


#: the filled-in lines under a form (填表人：…, 联系电话：…, 报送时间：…)
SIGN_LINE = re.compile(r"(填表人|填表|填报人|日期|时间|审核人|审核|联系人|联系电话|电话|手机|报送时间|填报时间|填报日期|报送日期"
                        r"|制表人|制表|负责人|分管领导|单位负责人|统计人)[:：]")


def read_table(table: Table) -> Optional[TableReading]:
    """The table's columns by role and its data rows, or None when it has no header."""
    header_rows = find_header_rows(table)
    if not header_rows:
        return None
    grid = table.grid()
    last_h = header_rows[-1]
    headers: list[str] = []
    children: list[str] = []
    for k in range(table.n_cols):
        parts: list[str] = []
        for r in header_rows:
            c = grid[r][k]
            if c is not None and c.text.strip() and (not parts or parts[-1] != c.text.strip()):
                parts.append(c.text.strip())
        headers.append("".join(parts))
        children.append(parts[-1] if parts else "")
    body_rows = list(range(last_h + 1, table.n_rows))
    columns: list[Column] = []
    body: dict[int, list[Cell]] = {}
    worded: set[int] = set()  # figure columns written in sentences (完成情况 | 开展巡讲57场…)
    for k, h in enumerate(headers):
        role = classify_header(children[k])
        if role == "other" or (role == "cumulative" and classify_header(h) == "this_quarter"):
            role = classify_header(h)
        q = _quarter_of_header(children[k]) or _quarter_of_header(h)
        col_cells = [grid[r][k] for r in body_rows if grid[r][k] is not None
                     and grid[r][k].row == r and grid[r][k].col == k]
        body[k] = col_cells
        numeric = _numeric_share(col_cells)
        mean_len = _mean_len(col_cells)
        explicit = any(w in squash(h) for w in ("累计", "截至", "截止", "完成数", "完成值"))
        if role == "cumulative" and col_cells and numeric < 0.5 and mean_len > 14 and not (
                explicit and mean_len <= 30):
            role = "progress"
            worded.add(k)
        elif role == "progress" and col_cells and numeric >= 0.8 and mean_len <= 10:
            pct = sum(1 for c in col_cells if "%" in normalize(c.text))
            role = "rate" if pct >= 0.5 * len(col_cells) else "cumulative"
        elif role == "rate" and col_cells and numeric >= 0.8 and not any(
                "%" in normalize(c.text) or "％" in c.text for c in col_cells):
            role = "cumulative"  # 完成进度 holding counts, not percentages
        elif role == "target" and col_cells and numeric < 0.3 and "计划" in squash(children[k]) \
                and mean_len > 8:
            role = "plans"  # a 计划 column of sentences is the plans (…| 问题 | 计划)
        elif role == "target" and col_cells and numeric < 0.3 and mean_len > 14:
            role = "indicator"
        if squash(children[k]).startswith(("其中", "含")) and role in ("cumulative", "ledger", "other"):
            role, q = "part", None  # 其中四季度, 其中：0-6岁: a part of the column before it
        columns.append(Column(k, h, role, q))
    # 完成情况 in words beside a column headed 进展情况: the latter is the narrative, the
    # former the figures told in words (开展心理健康与法治宣讲20场（一季度9场）)
    if any(c.role == "progress" and c.index not in worded and re.search(r"进展|进度|推进", c.header)
           for c in columns):
        for c in columns:
            if c.index in worded:
                c.role = "cumulative"
    # 完成情况 in words (已全覆盖, 配合市残联实施) beside a 数量 column of figures: the figures
    # are in the latter, the former tells how
    figure_cols = [c for c in columns if c.role == "cumulative" and body.get(c.index)
                   and _numeric_share(body[c.index]) >= 0.6]
    if figure_cols:
        for c in columns:
            if c.role == "cumulative" and c not in figure_cols and body.get(c.index) and \
                    _numeric_share(body[c.index]) < 0.4:
                c.role = "progress"
    # 类别 | 年度任务 | 全年完成: with no column headed as the indicator, the first column of
    # words names each row
    if not any(c.role in ("indicator", "project") for c in columns) and columns and \
            columns[0].role == "other" and re.fullmatch(r"(项目|活动|工作)?(类别|类型|分类|种类)", squash(children[0])) \
            and body.get(0) and _numeric_share(body[0]) < 0.3:
        columns[0].role = "indicator"
    _quarters_by_position(table, header_rows, columns)
    _earlier_years(columns)
    _period_parts(columns, children)
    _fraction_columns(columns, children)
    _rate_columns(columns, children, body)
    _previous_and_this_quarter(columns)
    _quarter_parts_beside_total(columns, children)
    _period_beside_its_quarter(columns)
    _parts_beside_subtotal(table, header_rows, columns, children)
    # one column per quarter → a ledger; a single quarter column is the cumulative one
    quarter_cols = [c for c in columns if c.quarter and c.role in ("ledger", "cumulative", "other")]
    if len({c.quarter for c in quarter_cols}) >= 2:
        for c in quarter_cols:
            c.role = "ledger"
    else:
        # 二季度完成 | 累计完成: beside a column headed as the running total, one quarter's
        # column is that quarter's own work
        explicit = [x for x in columns if x.role == "cumulative" and not x.quarter
                    and any(w in squash(x.header) for w in ("累计", "截至", "截止"))]
        for c in quarter_cols:
            if explicit and not any(w in squash(c.header) for w in _TOTAL_WORDS):
                c.role, c.quarter = "this_quarter", None
            elif c.role == "ledger":
                c.role = "cumulative" if not any(x.role == "cumulative" for x in columns) else "other"
    # period columns whose period could not be read (OCR lost 一/二/三 of 季度): which one
    # holds the figure is a guess, however the roles were settled
    unread = [c for c in columns if re.fullmatch(r"第?(季度?|月份?)(末|完成|累计)?",
                                                 squash(children[c.index]))]
    if unread:
        for c in columns:
            if c.role in ("ledger", "cumulative", "this_quarter"):
                c.guessed = True
    # merged header cells spanning two columns with the same role: keep both as they are
    rows: list[Row] = []
    section: Optional[str] = None
    header_sig = [squash(h) for h in headers]
    for r in body_rows:
        cells = _row_cells(grid, r)
        if not any(c.text.strip() for c in cells):
            continue
        single = single_cell_row(grid, r)
        if single is not None and (table.n_cols > 2 or single.col_span >= 2):
            section = single.text.strip()
            continue
        sig = [squash(c.text) if c else "" for c in grid[r]]
        if sum(1 for a, b in zip(sig, header_sig) if a and a == b) >= max(2, len(header_sig) // 2):
            continue  # a header repeated on the next page
        if all(SIGN_LINE.match(squash(c.text)) for c in cells if c.text.strip()):
            continue  # 填表人：马静 | 联系电话：… | 报送时间：…: the form's footer, not a row
        row = Row(index=r, all_cells=cells, section=section)
        for col in columns:
            c = grid[r][col.index]
            if c is None:
                continue
            if col.role == "ledger" and col.quarter:
                if c.col == col.index or c.col_span == 1:
                    row.ledger.setdefault(col.quarter, c)
            elif col.role not in row.cells:
                row.cells[col.role] = c
        rows.append(row)
    return TableReading(table, header_rows, columns, rows)


def _label_pairs(table: Table) -> list[tuple[Cell, Cell]]:
    """(label, value) of the rows holding exactly two filled cells, the label first."""
    grid = table.grid()
    pairs = []
    for r in range(table.n_rows):
        cells = [c for c in _row_cells(grid, r) if c.text.strip() and c.row == r]
        if len(cells) == 2 and cells[0].col == 0:
            pairs.append((cells[0], cells[1]))
    return pairs


def _is_label(text: str) -> bool:
    t = squash(text)
    return 0 < len(t) <= 10 and not re.search(r"\d", t) and (
        _is_header_cell(t) or classify_header(t) != "other"
        or any(w in t for w in ("时间", "时段", "日期", "名称", "单位")))


def record_pairs(table: Table) -> list[tuple[Cell, Cell]]:
    """The label–value rows of a form filled in down the page (登记表: 填报单位 | 市民政局,
    项目名称 | …, 进展情况 | …), or [] when the table is not one: at most three columns,
    at least three rows of a short label beside its value, most rows being such."""
    if table.n_cols > 3 or table.n_rows < 3:
        return []
    pairs = [(k, v) for k, v in _label_pairs(table) if _is_label(k.text)]
    if len(pairs) < 3 or len(pairs) < 0.6 * table.n_rows:
        return []
    # a two-column table with a header (指标 | 累计完成) has figures under its second header
    if classify_header(pairs[0][1].text) not in ("other", "project", "indicator") and \
            _is_header_cell(pairs[0][1].text):
        return []
    return pairs


def record_lines(table: Table) -> list[str]:
    """A form's filled-in lines as written on paper (统计时段：2024年1月至3月末)."""
    return [f"{squash(k.text)}：{v.text.strip()}" for k, v in record_pairs(table)]


def record_table(table: Table) -> Optional[Table]:
    """A form filled in down the page turned into the usual shape: its labels as a header
    row, each record (a label seen again starts the next one) as a row below."""
    pairs = record_pairs(table)
    if not pairs:
        return None
    labels: list[str] = []
    records: list[dict[str, Cell]] = [{}]
    for k, v in pairs:
        label = squash(k.text)
        if label in records[-1]:
            records.append({})
        records[-1][label] = v
        if label not in labels:
            labels.append(label)
    cells = [Cell(label, 0, j, confidence=min(1.0, pairs[0][0].confidence),
                  from_ocr=pairs[0][0].from_ocr, page=pairs[0][0].page)
             for j, label in enumerate(labels)]
    for i, rec in enumerate(records, 1):
        for j, label in enumerate(labels):
            v = rec.get(label)
            if v is not None:
                cells.append(replace(v, row=i, col=j, row_span=1, col_span=1))
    return Table(cells, len(records) + 1, len(labels), page=table.page)
