"""Every candidate figure in a document: from table rows (cumulative column, ledger,
prose cells) and from paragraphs, each with the project it stands under."""
from __future__ import annotations

import re
from dataclasses import dataclass, field
from typing import Optional

from app.catalog import Indicator
from app.extraction.indicators import (FULL_COVERAGE, Candidate, IndicatorIndex, TextContext,
                                       bigrams,
                                       masked_spans, measure_factor, pick_in_cell,
                                       text_candidates)
from app.extraction.narratives import BlockInContext
from app.extraction.numbers import COUNT_MEASURES, Mention, find_mentions, normalize, squash
from app.extraction.periods import quarter_mentions
from app.extraction.tables import (MONTH_LABEL, MONTH_RANGE, Row, TableReading, classify_header,
                                   is_total_head, read_table, record_table, row_cells,
                                   table_title_rows)
from parsers.model import Cell, Table

#: a row names its indicator when the best keyword cover reaches this
ROW_MATCH = 0.4


#: a column headed by what it counts: 培训期数, 服务人次, 受益人数, …（场）
_HEAD_MEASURE = re.compile(r"(个班次|班次|人次|场次|(?<![日周时学假星])期|场|人|名|所|个|家|条|户|次)数?$")


def _head_measures(head: str) -> list[str]:
    """What a column header says it counts: the word before 数 (培训期数 → 期) and the
    measure in brackets (开办班次（个） → 班次, 个)."""
    out = []
    base = re.sub(r"\([^()]{1,4}\)$", "", head)
    m = _HEAD_MEASURE.search(base)
    if m:
        out.append(m.group(1))
    b = re.search(r"\(([^()]{1,3})\)$", head)
    if b:
        out.append(b.group(1))
    return out


def _row_label_role(text: str) -> str:
    """What a first-column label says its row holds. A bare period (1-3月, 4-6月) is a row
    of a table by period, not a 累计/本季度 row of a transposed one."""
    if MONTH_RANGE.search(normalize(text)) and not any(
            w in text for w in ("累计", "合计", "完成", "目标", "新增")):
        return "other"
    return classify_header(text)


def _head_rules_out(ind: Indicator, head: str) -> bool:
    """The column's header says it counts something the indicator is not measured in
    (培训期数 for 培训人次); a rate's （%） fits a rate."""
    said = _head_measures(head)
    return bool(said) and all(measure_factor(ind, Mention(
        0, 0, 0, "", "percent" if w in ("%", "％", "百分比") else "count", w)) < 0.6 for w in said)


#: a paragraph that opens with its own numbered heading: 一、科普大篷车巡展。… / （二）…：
_INLINE_HEADING = re.compile(r"\s*(?:[一二三四五六七八九十]+、|[（(][一二三四五六七八九十\d]+[）)]|\d+[.、．])"
                             r"\s*([^。：:；;，,]{2,24})[。：:]")


def _is_figure_text(text: str) -> bool:
    """A short cell that is a figure (12, 96.5%, 1 4 场, 3所), not prose."""
    t = squash(text)
    return 0 < len(t) <= 12 and any(ch.isdigit() for ch in t)


@dataclass
class FigureReader:
    index: IndicatorIndex
    allowed: list[Indicator]
    period_q: Optional[int]
    masks: list[str]
    #: the reporting department's names (市妇联, 妇联): its own 小计 row in a shared table
    unit_names: tuple[str, ...] = ()
    #: the document's title (家政从业人员培训工作进展情况): what a table with no words of
    #: its own is about, as a last resort
    doc_title: str = ""
    candidates: list[Candidate] = field(default_factory=list)
    _last_block: str = ""
    _last_figure: Optional[object] = None
    #: (project, heading) of the section being read, when its heading names one indicator
    _topic: tuple[Optional[int], str] = (None, "")
    readings: list[tuple[TableReading, dict[int, Optional[int]]]] = field(default_factory=list)

    @property
    def allowed_projects(self) -> list[int]:
        return sorted({i.project_no for i in self.allowed})

    # ---- paragraphs -----------------------------------------------------------------
    def read_block(self, b: BlockInContext) -> None:
        if b.part in ("problems", "plans", "problems_plans"):
            return
        lone = self._last_figure
        self._last_figure = b.block if _is_figure_text(b.block.text) else None
        cap = re.match(r"\s*[—－―\-]{1,2}\s*(\S.*)", normalize(b.block.text))
        if lone is not None and cap and len(cap.group(1)) <= 60:
            # 560人次 on its own line, then its caption: ——累计培训家政从业人员
            joined = f"{cap.group(1).strip()}{squash(lone.text)}"
            lctx = TextContext(project=b.project, page=lone.page, bbox=lone.bbox,
                               confidence=lone.confidence, method="text",
                               masks=masked_spans(joined, self.masks))
            self.candidates += text_candidates(joined, self.index, self.allowed, lctx)
            return
        if b.part == "heading":
            self._topic = (b.project, b.block.text if self._names_one_indicator(b.block.text) else "")
        text = b.content if b.part != "heading" else ""
        if not text:
            return
        # 完成：一季度巡展6场 right under the task it answers (任务一：“开展大篷车巡展30场”)
        about = self._last_block if re.match(r"\s*(完成|进展|完成情况|进展情况|落实情况|实际完成)\s*[:：]",
                                            normalize(b.block.text)) else ""
        if not about and self._topic[1] and self._topic[0] == b.project:
            about = self._topic[1]  # 二、青少年“蒲公英”科普大讲堂, then 开讲17场 under it
        lead = _INLINE_HEADING.match(normalize(b.block.text))
        if not about and lead and self._names_one_indicator(lead.group(1)):
            about = lead.group(1)  # 一、科普大篷车巡展。一季度开展巡展5场…全年累计开展31场
        self._last_block = b.block.text
        ctx = TextContext(project=b.project, page=b.block.page, bbox=b.block.bbox,
                          confidence=b.block.confidence, method="text",
                          masks=masked_spans(text, self.masks), about=about)
        self.candidates += text_candidates(text, self.index, self.allowed, ctx)

    def _names_one_indicator(self, heading: str) -> bool:
        """A section heading that names one of the department's indicators clearly, and no
        other nearly as well (not a project title shared by several)."""
        scores = sorted((self.index.keyword_score(i.id, heading) for i in self.allowed), reverse=True)
        return bool(scores) and scores[0] >= 0.6 and (len(scores) == 1 or scores[1] <= scores[0] - 0.25)

    # ---- tables ---------------------------------------------------------------------
    def _read_transposed(self, table: Table, project: Optional[int], caption: str = "") -> bool:
        """Indicators across the top, 年度目标 / 本季度新增 / 累计完成 down the first column:
        the row labelled cumulative gives each column's figure."""
        grid = table.grid()
        labels = {r: _row_label_role(grid[r][0].text) if grid[r][0] and grid[r][0].col_span == 1
                  else "other" for r in range(1, table.n_rows)}
        if sum(1 for v in labels.values() if v in ("target", "cumulative", "this_quarter", "rate",
                                                    "previous")) < 2:
            return False
        figure_rows = [r for r, v in labels.items() if v == "cumulative"]
        if not figure_rows:
            return False
        r = figure_rows[-1]
        top = min(x for x, v in labels.items() if v in ("target", "cumulative", "this_quarter",
                                                        "rate", "previous")) - 1
        if top < 0:
            return False
        for k in range(1, table.n_cols):
            head, cell = grid[top][k], grid[r][k]
            if head is None or cell is None or not cell.text.strip() or cell is grid[r][0]:
                continue
            ind, match, margin = self._identify_by(head.text, project, cell)
            if (ind is None or match < ROW_MATCH) and caption:
                # one column headed 完成情况 under a line naming the indicator
                ind, match, margin = self._identify_by(f"{head.text} {caption}", project, cell)
            if ind is not None and _head_rules_out(ind, normalize(squash(head.text))):
                continue  # 培训期数 beside 培训人次: a count of something else
            if ind is not None and match >= ROW_MATCH:
                self._figure_from_cell(cell, ind, match, margin, "table-column", 3, table.page)
        return True

    def _read_key_value(self, table: Table, project: Optional[int], caption: str) -> bool:
        """A form filled in down the page (登记表: 项目名称 | 戏曲进校园 / 累计完成 | 142场):
        labels in the first column, one value beside each. A 名称/指标/项目 row names what
        the 累计/完成 rows below it are about; the caption above the table does if none does."""
        grid = table.grid()
        if table.n_cols > 3:
            return False
        pairs: list[tuple[str, Cell]] = []
        for r in range(table.n_rows):
            cells = [c for c in row_cells(grid, r) if c.text.strip()]
            if len(cells) == 2 and cells[0].col == 0:
                pairs.append((squash(cells[0].text), cells[1]))
        figures = [(k, c) for k, (label, c) in enumerate(pairs)
                   if len(label) <= 12 and classify_header(label) == "cumulative"
                   and _is_figure_text(c.text)]
        if not figures or (len(pairs) < 2 and not caption):
            return False
        if len(pairs) < 0.5 * table.n_rows:
            return False  # a table of rows (…小计 | 32, 合计 | 41) with one merged total row
        about = caption
        read = False
        for k, (label, cell) in enumerate(pairs):
            role = classify_header(label) if len(label) <= 12 else "other"
            if role in ("project", "indicator") and not _is_figure_text(cell.text):
                if not (len(squash(cell.text)) <= 10 and classify_header(cell.text) != "other"):
                    about = cell.text.strip()  # (指标 | 完成情况 is a header, not a name)
                continue
            if (k, cell) not in figures or not about:
                continue
            p = self.index.match_project(about, self.allowed_projects, 0.4) or project
            ind, match, margin = self._identify_by(about, p, cell)
            if ind is not None and match >= ROW_MATCH:
                read |= self._figure_from_cell(cell, ind, match, margin, "table-form", 3,
                                               table.page)
        return read

    def read_table(self, table: Table, context_project: Optional[int], caption: str = ""
                   ) -> Optional[TableReading]:
        """``caption``: the short line right above the table, which may be all that names
        its indicator (残疾儿童康复救助分区县情况 over 区县 | 救助人数)."""
        table = record_table(table) or table  # a 登记表 filled in down the page
        if self._read_key_value(table, context_project, caption):
            return None
        if self._read_transposed(table, context_project, caption):
            return None
        reading = read_table(table)
        if reading is None:
            self._read_headerless(table, context_project, caption)
            return None
        row_projects: dict[int, Optional[int]] = {}
        current = context_project
        last_section: Optional[str] = None
        by_row: list[tuple[Row, list[Candidate]]] = []
        for row in reading.rows:
            if row.section is not None and row.section != last_section:
                last_section = row.section
                p = self.index.match_project(row.section, self.allowed_projects, 0.4)
                if p is not None:
                    current = p
            proj = self._row_project(row, current)
            row_projects[row.index] = proj
            before = len(self.candidates)
            if not self._is_district_row(reading, row):
                self._read_row(reading, row, proj, caption)
            by_row.append((row, self.candidates[before:]))
        self._keep_overall_rows(by_row)
        self._keep_latest_quarter_row(by_row)
        self.readings.append((reading, row_projects))
        self._read_wide(reading, current, caption)
        return reading

    def _is_district_row(self, reading: TableReading, row: Row) -> bool:
        """A row of one district (张店区 | 420 | 236): a part of the city's figure, which only
        the 全市/合计 row states (read by ``_read_wide``); districts are never added up."""
        districts = self.index.catalog.districts
        by_header = any(re.search(r"区县|县区|地区|区域|县（区）|县\(区\)", squash(c.header))
                        for c in reading.columns)
        for c in row.all_cells[:3]:
            t = squash(c.text)
            if t in districts or (by_header and re.fullmatch(r"[\u4e00-\u9fff]{1,6}(区|县)", t)):
                return True
        return False

    def _keep_latest_quarter_row(self, by_row: list[tuple[Row, list[Candidate]]]) -> None:
        """A table by quarter or by month down the page (一季度 | 38 | 38 … 四季度 | 75 | 206;
        1月 | 2 | 2 … 3月 | 4 | 9): each row's 累计 is the running total at that row's end,
        so only the latest row up to the reported quarter gives the figure."""
        def month_reached(row: Row) -> Optional[int]:
            label = next((c.text for c in row.all_cells[:2] if c.text.strip()), "")
            if (m := MONTH_LABEL.fullmatch(squash(label))) and 1 <= int(m.group(1)) <= 12:
                return int(m.group(1))
            if (m := MONTH_RANGE.fullmatch(normalize(squash(label)))) and int(m.group(1)) == 1 \
                    and 1 <= int(m.group(2)) <= 12:
                return int(m.group(2))  # 1-6月 | — | 88, then 7月 | 12 | 100: the months so far
            qs = quarter_mentions(label)
            return 3 * qs[0].quarter if len(squash(label)) <= 8 and len(qs) == 1 and \
                qs[0].strength >= 0.9 else None
        dated = [(month_reached(row), cands) for row, cands in by_row]
        dated = [(q, cands) for q, cands in dated if q is not None and cands]
        if len({q for q, _ in dated}) < 2:
            return
        usable = [q for q, _ in dated if self.period_q is None or q <= 3 * self.period_q]
        if not usable:
            return
        keep = max(usable)
        drop = {id(c) for q, cands in dated if q != keep for c in cands}
        self.candidates = [c for c in self.candidates if id(c) not in drop]

    def _keep_overall_rows(self, by_row: list[tuple[Row, list[Candidate]]]) -> None:
        """Sub-item rates (专职保安员配备 100%, 封闭化管理 98%) above a 综合/总体 row: the
        overall row gives the indicator its figure, the parts beside it are dropped."""
        overall: dict[str, list[Candidate]] = {}
        for row, cands in by_row:
            label = squash(row.text("indicator") or row.text("project") or next(
                (c.text for c in row.all_cells[:3] if c.text.strip()), ""))  # ( | 合计 | 962)
            if re.search(r"综合|总体|整体|平均|合计|总计|小计", label):
                for c in cands:
                    overall.setdefault(c.ind_id, []).append(c)
        if not overall:
            return
        dropped = [c for _, cands in by_row for c in cands
                   if c.ind_id in overall and not any(c is o for o in overall[c.ind_id])]
        if not dropped:
            return
        drop = {id(c) for c in dropped}
        self.candidates = [c for c in self.candidates if id(c) not in drop]
        for ind_id, cs in overall.items():
            if any(d.ind_id == ind_id and d.value not in {c.value for c in cs} for d in dropped):
                for c in cs:
                    c.guessed = True  # other figures were set aside by a rule: less sure

    def _read_wide(self, reading: TableReading, project: Optional[int], caption: str = ""
                   ) -> None:
        """Indicators as columns (区县 | 家政培训（人次） | 招聘（场）), districts as rows: the
        合计/全市 row — or the table's only row — holds the department's figures. Districts
        are never added up here: a total not written is not reported."""
        if project is None and len(self.allowed_projects) == 1:
            project = self.allowed_projects[0]  # a department with one project
        grid = reading.table.grid()
        rows = [r for r in reading.rows if any(c.text.strip() for c in r.all_cells)]
        # a transposed table: the row labelled 累计完成 holds the figures
        # (a row of a table by period, 1-6月 | — | 88 above 7月 | 12 | 100, is not one)
        labelled = [r for r in rows if _row_label_role(r.all_cells[0].text) == "cumulative"]
        total = [r for r in rows if any(squash(c.text).startswith(
            ("合计", "总计", "全市", "小计", "累计", "全市合计")) or squash(c.text).endswith(
            ("小计", "合计", "总计")) for c in r.all_cells[:2])]  # (1—9月合计 too)
        # a lead department's table with each department's 小计: its own 小计 is its figure
        own = [r for r in total if "小计" in " ".join(squash(c.text) for c in r.all_cells)
               and any(n and n in squash(c.text) for c in r.all_cells for n in self.unit_names)]
        labelled, total = (own, own) if own else (labelled, total)
        target_row = (labelled or total or [None])[-1] if (labelled or total) else (
            rows[0] if len(rows) == 1 else None)
        if target_row is None:
            return
        if not (labelled or total) and any(c.role == "cumulative" for c in reading.columns) and \
                self._identify(target_row, project, target_row.cells.get("cumulative"))[0] is not None:
            return  # one row naming its indicator, with a 完成 column (指标 | 单位 | 完成 | 参与人数)
        title = " ".join([*table_title_rows(reading.table), caption])
        found: list[tuple[Cell, Indicator, float, float, bool, bool]] = []
        totalled: set[str] = set()  # indicators a 小计/合计 column gives
        for col in reading.columns:
            if squash(col.header).startswith(("其中", "含")):
                continue  # a part of the total (其中：孤独症儿童), not the indicator's figure
            if re.search(r"金额|资金|经费|万元|（元）|\(元\)", squash(col.header)):
                continue  # money spent: no indicator of the list is counted in yuan
            if re.search(r"申请|申报|审核|审批|待|拟|在训|在建", squash(col.header)):
                continue  # 申请人数 | 审核通过人数 | 已实施救助人数: asked for, not done
            if MONTH_LABEL.fullmatch(squash(col.header)):
                continue  # 月份 | 1月 | 2月 … | 累计: one month's own figure, a part of the total
            cell = grid[target_row.index][col.index]
            # a list's 合计 row may count its items in the naming column (活动名称 | 11场)
            counted = col.role in ("indicator", "project") and cell is not None and any(
                m.kind == "count" for m in find_mentions(normalize(cell.text))) and _is_figure_text(cell.text)
            if col.role in ("seq", "project", "indicator", "unit", "target", "rate", "this_quarter",
                            "previous", "mark", "progress", "problems", "plans", "problems_plans",
                            "remarks", "ledger", "part") and not counted:  # (a ledger's: its latest quarter)
                continue
            ind, match, margin = self._identify_by(col.header, project, cell)
            guessed = False
            if ind is None or match < ROW_MATCH:
                ind, match, margin = self._identify_by(f"{col.header} {title}", project, cell)
                guessed = True  # named by the title, not the column
            if (ind is None or match < ROW_MATCH) and self.doc_title:
                title = f"{title} {self.doc_title}"
                ind, match, margin = self._identify_by(f"{col.header} {title}", project, cell)
                guessed = True
            if (ind is None or match < ROW_MATCH) and project is not None:
                # a table over two projects (两癌筛查 | 示范托育机构（家） | 示范区县) under a title
                # naming the first: a column naming another project's indicator is that one
                other = self._identify_by(col.header, None, cell)
                if other[0] is not None and other[0].project_no != project and other[1] >= ROW_MATCH:
                    (ind, match, margin), guessed = other, False
            # (the column's own measure, 培训人次, says more than a weak keyword share; one
            # that cannot be the indicator's, 培训期数 beside 培训人次, rules it out)
            head = normalize(squash(col.header))
            own_measure = bool(ind is not None and ind.measure and (
                head.endswith(ind.measure) or f"({ind.measure})" in head))
            if ind is not None and not own_measure and _head_rules_out(ind, head):
                continue
            if ind is None or match < (0.3 if own_measure else ROW_MATCH) or self.index.keyword_score(
                    ind.id, f"{col.header} {title}") < (0.2 if own_measure else 0.3):
                continue
            if ind.kind == "percent" and cell is not None and not any(
                    m.kind == "percent" or (m.kind == "bare" and 0 <= m.value <= 100)
                    for m in find_mentions(cell.text)) and not any(w in cell.text for w in FULL_COVERAGE):
                continue  # 已资助人数 1946 under a 覆盖率 title: a count, never the rate (全覆盖 is one)
            # (a cell with no figure, the 合计 label merged across 托管类型, names nothing)
            if cell is not None and cell.text.strip() and (any(
                    m.kind in ("count", "percent", "bare") for m in find_mentions(normalize(cell.text)))
                    or any(w in cell.text for w in FULL_COVERAGE)):
                borrowed = guessed and not own_measure
                if is_total_head(col.header):
                    borrowed = False  # 小计 | 合计: the table's own total
                    totalled.add(ind.id)
                elif ind.id in totalled or any(is_total_head(c.header)
                                               for c in reading.columns if c.index > col.index):
                    continue  # 课程辅导（场）before a 小计 column: one of its parts
                found.append((cell, ind, match, margin, guessed, borrowed))
        # a column that names the indicator itself (培训人数（人次）) outweighs one that
        # only borrows the title's words (考核合格 under 家政从业人员培训台账)
        borrowed_only = {ind.id for _, ind, *_ in found} - {
            ind.id for _, ind, _, _, _, borrowed in found if not borrowed}
        for cell, ind, match, margin, guessed, borrowed in found:
            if not borrowed or ind.id in borrowed_only:
                self._figure_from_cell(cell, ind, match, margin, "table-column", 3,
                                       reading.table.page, guessed=guessed)

    def _row_project(self, row: Row, current: Optional[int]) -> Optional[int]:
        every = [p.no for p in self.index.catalog.projects]
        for role in ("project", "seq"):
            t = row.text(role)
            if t and len(squash(t)) > 3:
                p = self.index.match_project(t, self.allowed_projects, 0.35)
                if p is not None:
                    return p
                other = self.index.match_project(t, every, 0.6)
                if other is not None and other not in self.allowed_projects:
                    return None  # the whole list's row of another department's project
        # no project column: the indicator's own words name the project
        t = " ".join(row.text(r) for r in ("indicator", "target") if row.text(r))
        if t:
            p = self.index.match_project(t, self.allowed_projects, 0.45)
            if p is not None:
                return p
        if len(self.allowed_projects) == 1:
            return self.allowed_projects[0]
        return current

    def _identify(self, row: Row, project: Optional[int], figure: Optional[Cell]
                  ) -> tuple[Optional[Indicator], float, float]:
        """The indicator a row is about: keyword cover of its indicator/target/project text,
        the row's project, and the figure's measure word."""
        sources = [" ".join(row.text(r) for r in ("indicator", "target") if row.text(r))]
        if figure is not None and figure.text.strip() and len(squash(figure.text)) <= 12:
            sources.append(row.text("project"))  # a 项目 column that lists indicators
        best: tuple[Optional[Indicator], float, float] = (None, 0.0, 0.0)
        for k, words in enumerate(sources):
            # one row per project has no words of its own: its prose names several indicators
            # (the row's own indicator cell may be short: 巡讲(场))
            if len(bigrams(words)) >= (1 if k == 0 else 2):
                found = self._identify_by(words, project, figure)
                if found[1] > best[1]:
                    best = found
        return best if best[0] is not None and best[1] >= ROW_MATCH else (None, best[1], 0.0)

    def _identify_by(self, words: str, project: Optional[int], figure: Optional[Cell]
                     ) -> tuple[Optional[Indicator], float, float]:
        ms = [m for m in find_mentions(squash(figure.text) if _is_figure_text(figure.text)
                                       else figure.text)
              if m.kind in ("count", "percent", "bare")] if figure is not None else []
        # a measure in brackets after the indicator: 培训人数（人次）, 完成数(所)
        # (a measure word or %, not （全市） or （第四季度）)
        bracket = [b for b in re.findall(r"[（(]\s*(?:单位[:：]?)?([^）)\s]{1,4})\s*[）)]", normalize(words))
                   if b in COUNT_MEASURES or b in ("%", "％", "百分比")]
        if bracket:
            ms = [m if m.kind != "bare" else Mention(m.value, m.start, m.end, m.raw,
                                                     "percent" if bracket[-1] in ("%", "％", "百分比") else "count",
                                                     bracket[-1]) for m in ms]
        compat = {}
        for ind in self.allowed:
            if project is not None and ind.project_no != project:
                continue
            if ind.not_about and any(w in squash(words) for w in ind.not_about):
                continue  # a row about 城乡居民医保 is not the 职工医保 indicator
            mf = max((measure_factor(ind, m, in_figure_cell=True) for m in ms), default=0.7)
            if ms and mf == 0 and ind.kind == "percent" and all(m.kind == "bare" for m in ms):
                mf = 0.7
            compat[ind.id] = mf
        n_compatible = sum(1 for v in compat.values() if v >= 0.6)
        # the indicator the words name best, whatever the figure's measure: a row about
        # 残疾儿童康复救助 whose 进度 is 28% is not the 覆盖率 of the same project
        named = max(((self.index.keyword_score(i, words), i) for i in compat), default=(0.0, ""))
        scored = []
        kws: dict[str, float] = {}
        for ind in self.allowed:
            if ind.id not in compat or compat[ind.id] == 0:
                continue
            kw = self.index.keyword_score(ind.id, words)
            if kw < 0.1 or (named[1] != ind.id and named[0] >= kw + 0.3):
                continue
            kws[ind.id] = kw
            s = 0.75 * kw
            if project is not None:
                s += 0.15 + (0.2 if n_compatible == 1 and compat[ind.id] >= 0.6 else 0.0)
            scored.append((s * (0.6 + 0.4 * compat[ind.id]), ind))
        if not scored:
            return None, 0.0, 0.0
        scored.sort(key=lambda x: -x[0])
        best_s, best = scored[0]
        second = scored[1][0] if len(scored) > 1 else 0.0
        top = max(kws.values())
        tied = [(s, ind) for s, ind in scored if kws[ind.id] >= top - 0.01]
        if len(tied) > 1:
            # 中小学幼儿园安全防范建设“4个100%”达标率 holds 中小学 and 幼儿园 whole too: of the
            # names the words hold whole, the one covering most of them is the one they name
            grams = bigrams(words)
            cover = sorted(((len(grams & bigrams(" ".join((i.name, *i.aliases)))) / max(1, len(grams)), s, i)
                            for s, i in tied), key=lambda x: -x[0])
            if cover[0][0] - cover[1][0] >= 0.2:
                return cover[0][2], cover[0][1], min(0.3, cover[0][0] - cover[1][0])
        return best, best_s, best_s - second

    def _read_row(self, reading: TableReading, row: Row, project: Optional[int],
                  caption: str = "") -> None:
        figure = row.cells.get("cumulative")
        ledger_cell = self._ledger_cell(row)
        source = figure if (figure is not None and figure.text.strip()) else ledger_cell
        if source is None and row.text("previous").strip() and row.text("this_quarter").strip():
            source = row.cells["this_quarter"]  # the figure is the two added up: its measure
        # in the first quarter, 本季度 is the year so far: a table whose only figure column
        # is 本季度 reports the running total
        first_quarter = self.period_q == 1 and (source is None or source is row.cells.get("this_quarter")) and not any(
            c.role in ("cumulative", "ledger") for c in reading.columns) and row.text("this_quarter").strip()
        if first_quarter:
            source = row.cells["this_quarter"]
        if source is None and row.text("rate").strip():
            source = row.cells["rate"]
        # no figure cell: the measures of the row's prose still tell which indicator its
        # words name (中小学幼儿园…达标率 beside 100% is the rate, not the school count)
        prose = row.cells.get("progress")
        ind, match, margin = self._identify(
            row, project, source if source is not None or prose is None or prose.row_span > 1
            or len(squash(prose.text)) > 60 else prose)
        head = next((c.header for c in reading.columns if figure is not None and c.index == figure.col), "")
        if ind is not None and ind.kind == "count" and head and _head_rules_out(ind, normalize(squash(head))):
            ind = None  # 区县工会 | … | 累计班次 25: the column counts 班次, not 示范区县 (a rate's
            # row may still show its count beside the rate: 实际筛查（人） | 筛查率)
        label = squash(row.text("indicator"))
        guessed = False
        if ind is None and caption and (not any(
                len(bigrams(row.text(r))) >= 2 for r in ("indicator", "target", "project"))
                or (len(label) <= 10 and classify_header(label) == "cumulative")):
            # a row with no words of its own (or labelled 截至目前完成) under a line naming
            # the indicator
            ind, match, margin = self._identify_by(caption, project, source)
            guessed = True  # named by the line above, not the row
            if ind is not None and match < ROW_MATCH:
                ind = None
        used = False
        said: Optional[list[Candidate]] = None  # a several-figure cumulative cell read as prose
        if ind is not None:
            page = reading.table.page
            guessed = guessed or any(c.guessed and c.role == "cumulative" for c in reading.columns)
            n_figure_cols = sum(1 for c in reading.columns if c.role == "cumulative")
            if n_figure_cols > 1:
                match *= 0.7  # several 累计 columns: which one is the figure is a guess
            rate = row.cells.get("rate")
            if ind.kind == "percent" and figure is not None and rate is not None and \
                    _fits_rate_cell(ind, rate) and _is_count_cell(figure):
                figure = None  # 实际筛查（人）| 筛查率: a rate's figure is the rate, not the count
            if figure is not None and figure.text.strip():
                if any(c.guessed and c.role == "cumulative" for c in reading.columns):
                    match, margin = match * 0.6, min(margin, 0.2)  # the column is a guess
                # a cell that states several figures in words (结对帮扶困境儿童1,046名，协助救助
                # 残疾儿童35名): its words, read as prose below, say which is the row's
                if _states_several(figure):
                    said = self._cell_prose(reading, row, figure, "cumulative", ind, project, margin)
                if any(c.score >= 0.5 for c in said or ()):
                    # read as prose below: its words say which figure is whose (科普大篷车巡展14场;
                    # 科普大讲堂17场 under a row whose target names 戏曲进校园 first)
                    used = True
                else:
                    used = self._figure_from_cell(figure, ind, match, margin, "table-column", 3,
                                                  page, guessed=guessed)
            if not used and ledger_cell is not None:
                if any(c.guessed and c.quarter == q for c in reading.columns
                       for q, lc in row.ledger.items() if lc is ledger_cell):
                    match, margin = match * 0.6, min(margin, 0.2)  # its quarter is a guess
                used = self._figure_from_cell(ledger_cell, ind, match, margin, "ledger", 2, page,
                                              guessed=guessed)
            if not used and first_quarter:
                used = self._figure_from_cell(row.cells["this_quarter"], ind, match, margin,
                                              "table-column", 3, page, guessed=guessed)
            if not used and ind.kind == "count":
                used = self._previous_plus_this_quarter(reading, row, ind, match, margin, page)
            if not used and rate is not None and rate.text.strip() and _fits_rate_cell(ind, rate):
                # no figure column for this row: its 进度/完成率 cell states the indicator's own
                # figure when the measure fits (a rate for a rate, 1所 for a count) — less sure
                used = self._figure_from_cell(rate, ind, match * 0.85, margin * 0.7,
                                              "table-rate-column", 2, page)
        # prose: a cumulative cell that names several figures, or the progress text
        if used:
            # the row's figure is taken from its column; a 累计完成 cell that states
            # several figures in words (心理健康科普宣传12场；“4个100%”达标率100%) may
            # give the project's other indicators theirs, and so may the progress text
            # (84场 | …“4个100%”达标率100%…)
            if said is not None:
                self.candidates += said
            prose = row.cells.get("progress")
            if ind is not None and prose is not None and prose.text.strip():
                self.candidates += [c for c in self._cell_prose(reading, row, prose, "progress", ind,
                                                                project, margin)
                                    if c.ind_id != ind.id]
            return
        # prose: the progress text, a cumulative cell that states several figures, remarks
        for role in ("progress", "cumulative", "remarks"):
            c = row.cells.get(role)
            if c is None or not c.text.strip():
                continue
            # all indicators: the row's words may name several (新改扩建4所中小学、10所幼儿园…)
            self.candidates += self._cell_prose(reading, row, c, role, ind, project, margin)

    def _cell_prose(self, reading: TableReading, row: Row, c: Cell, role: str,
                    ind: Optional[Indicator], project: Optional[int], margin: float
                    ) -> list[Candidate]:
        """The figures a cell of the row states in words, for any indicator."""
        about = (row.text("indicator") or (row.text("project") if _is_figure_text(c.text) else "")) \
            if ind is not None and margin >= 0.15 and c.row_span == 1 else ""
        if not about and ind is None and c.row_span == 1:
            about = self._names_one_indicator_only(row.text("indicator") or row.text("project"))
        if not about and role in ("remarks", "cumulative") and c.row_span == 1 and max(
                (self.index.keyword_score(i.id, c.text) for i in self.allowed), default=0.0) < 0.3:
            # a bare 已挂牌5个 in 备注 beside 儿童友好共建联盟试点建设 in the row's progress cell:
            # the words beside it say what it counts
            about = self._names_one_indicator_only(row.text("progress"))
        ctx = TextContext(project=ind.project_no if ind is not None else project,
                          cumulative_column=(role == "cumulative"),
                          page=c.page or reading.table.page, bbox=c.bbox,
                          confidence=c.confidence, method="table-row-text",
                          masks=masked_spans(c.text, self.masks),
                          # (a cell merged over several rows is not about one row's words)
                          # (a bare figure, 4所, is about the row's name even when the
                          # name stands in the 项目 column: 中小学小计 | … | 4所)
                          about=about,
                          quarter_column=role == "progress" and self._this_quarter_column(
                              reading, c))
        return text_candidates(c.text, self.index, self.allowed, ctx)

    def _names_one_indicator_only(self, label: str) -> str:
        """A row's name that is one indicator's (科普大篷车巡展 | 全年目标30场，上半年完成12场),
        not its project's (家庭教育指导服务 names both 巡讲 and 骨干): the row's prose is about
        it, even where the row's figure cell did not fit the indicator (a 完成率 60.5%)."""
        if len(bigrams(label)) < 2:
            return ""
        scores = sorted((self.index.keyword_score(i.id, label) for i in self.allowed), reverse=True)
        return label if scores and scores[0] >= 0.7 and scores[0] - (scores[1:] or [0.0])[0] >= 0.4 \
            else ""

    @staticmethod
    def _this_quarter_column(reading: TableReading, cell: Cell) -> bool:
        """The cell stands under a heading of this quarter's work (本季度工作开展情况)."""
        col = next((c for c in reading.columns if c.index == cell.col), None)
        return col is not None and bool(re.search(r"本季度|当季|本期|本季", squash(col.header))) \
            and "累计" not in col.header and "截至" not in col.header

    def _ledger_cell(self, row: Row) -> Optional[Cell]:
        best = None
        for q in sorted(row.ledger):
            if self.period_q is not None and q > self.period_q:
                continue
            c = row.ledger[q]
            if any(m.kind in ("count", "percent", "bare") for m in find_mentions(c.text)):
                best = c
        return best

    def _previous_plus_this_quarter(self, reading: TableReading, row: Row, ind: Indicator,
                                    match: float, margin: float, page: int) -> bool:
        """上半年累计 12 | 第三季度完成 9, no running total to this quarter: the clerk's sum,
        21, less sure than a figure written out."""
        prev, this = row.cells.get("previous"), row.cells.get("this_quarter")
        if prev is None or this is None or not (_is_figure_text(prev.text) and _is_figure_text(this.text)):
            return False
        head = next((c.header for c in reading.columns if c.index == prev.col), "")
        if re.search(r"上年|去年|同期|20\d\d|同比|环比", squash(head)):
            return False  # last year's figure (上年同期) is not this year's total so far
        a = pick_in_cell(normalize(squash(prev.text)), ind, [])
        b = pick_in_cell(normalize(squash(this.text)), ind, [])
        if a is None or b is None:
            return False
        self.candidates.append(Candidate(
            ind_id=ind.id, value=a.value + b.value, score=min(1.0, match) * 0.8, method="table-sum",
            snippet=f"{prev.text.strip()} + {this.text.strip()}", cumulative=True,
            margin=min(margin, 0.3), source_conf=min(prev.confidence, this.confidence),
            page=this.page or page, bbox=this.bbox, priority=2, guessed=True))
        return True

    def _figure_from_cell(self, cell: Cell, ind: Indicator, match: float, margin: float,
                          method: str, priority: int, page: int, guessed: bool = False) -> bool:
        text = normalize(cell.text)
        if _is_figure_text(text):
            text = squash(text)  # OCR spaces inside a short figure: "1 4 场"
        ms = [m for m in find_mentions(text) if m.kind in ("count", "percent", "bare")]
        ms = [m for m in ms if measure_factor(ind, m, in_figure_cell=True) > 0
              or (ind.kind == "percent" and m.kind == "bare")]
        if not ms:
            if ind.kind == "percent" and (ind.target or 0) >= 100 and any(
                    w in text for w in FULL_COVERAGE):
                value = 100.0
            else:
                return False
        else:
            # one figure or several (1,102（含结转156名）); never a restated target
            m = pick_in_cell(text, ind, masked_spans(text, self.masks))
            if m is None:
                return False
            value = m.value
        self.candidates.append(Candidate(
            ind_id=ind.id, value=value, score=min(1.0, match), method=method,
            snippet=cell.text.strip()[:60], cumulative=True, margin=margin,
            source_conf=cell.confidence, page=cell.page or page, bbox=cell.bbox,
            priority=priority, guessed=guessed))
        return True

    def _read_headerless(self, table: Table, project: Optional[int], caption: str = ""
                         ) -> None:
        """A table without a recognisable header (a layout table, or one whose header OCR
        merged into the first row): read its cells as prose. Where a row has both a naming
        cell and a figure-only cell, which holds the result is a guess (the name may carry
        the target: 大讲堂40场 | 8场): the figure cell is read as about the name, and both
        with less confidence."""
        grid = table.grid()
        for r in range(table.n_rows):
            cells = [c for c in row_cells(grid, r) if c.text.strip() and c.row == r]
            figure_cells = [c for c in cells if _is_figure_text(c.text)
                            and not self.index.match_project(c.text, self.allowed_projects, 0.6)]
            named = [c for c in cells if c not in figure_cells]
            mixed = bool(figure_cells) and bool(named)
            for c in cells:
                p = self.index.match_project(c.text[:40], self.allowed_projects, 0.6) or project
                about = caption
                if mixed and c in figure_cells:
                    about = " ".join(x.text for x in named)
                    p = self.index.match_project(about[:40], self.allowed_projects, 0.6) or p
                ctx = TextContext(project=p, page=c.page or table.page, bbox=c.bbox,
                                  confidence=c.confidence, method="table-cell-text",
                                  masks=masked_spans(c.text, self.masks), about=about)
                found = text_candidates(c.text, self.index, self.allowed, ctx)
                if mixed:
                    for cand in found:
                        cand.score *= 0.6 if c in named else 0.8
                        cand.margin = min(cand.margin, 0.2)
                        # the cell beside the name is where a result goes; the name's own
                        # figure is more often the target
                        cand.cumulative = c in figure_cells
                self.candidates += found


def _states_several(cell: Cell) -> bool:
    """A cell of words stating two figures or more (not 1 4 场, not 1,102（含结转156名）)."""
    text = normalize(cell.text)
    return not _is_figure_text(text) and sum(
        1 for m in find_mentions(text) if m.kind in ("count", "percent")) + sum(
        1 for w in FULL_COVERAGE if w in text) >= 2  # (筛查率21.4%；患病妇女救助全覆盖)


def _is_count_cell(cell: Cell) -> bool:
    """21300 or 1,268所: a count, which no percentage reads as (92.7 may be one)."""
    ms = [m for m in find_mentions(normalize(cell.text)) if m.kind in ("count", "percent", "bare")]
    return bool(ms) and not any(m.kind == "percent" for m in ms) and any(
        m.kind == "count" or m.value > 100 for m in ms)


def _fits_rate_cell(ind: Indicator, cell: Cell) -> bool:
    """A 进度/完成率 cell gives a rate indicator its percentage; a count indicator only a
    count with its measure word (1所), never a bare number or a share of the target."""
    ms = [m for m in find_mentions(normalize(cell.text)) if m.kind in ("count", "percent", "bare")]
    if ind.kind == "percent":
        return any(m.kind == "percent" for m in ms)
    return bool(ms) and all(m.kind == "count" for m in ms)
