"""From the document model to department, quarter, figures, texts and warnings.

Reads only ``parsers.model.Document``, so it runs unchanged on Word, Excel, PDF and OCR
output (cells with confidence < 1 and boxes in pixels)."""
from __future__ import annotations

import re
from dataclasses import replace
from typing import Optional

from app.catalog import Catalog
from app.extraction import checks
from app.extraction.figures import FigureReader
from app.extraction.indicators import IndicatorIndex, catalog_number_phrases, choose
from app.extraction.narratives import (BlockInContext, texts_from_blocks, texts_from_table,
                                       tidy, walk_blocks)
from app.extraction.numbers import find_mentions, squash
from app.extraction.periods import (PeriodFinding, find_period, period_from_report_date,
                                    period_from_signoff, period_from_time_label,
                                    quarter_dated, quarter_mentions)
from app.extraction.reshape import reshape_tables
from app.extraction.result import ExtractionResult, FieldValue, ProjectTexts
from app.extraction.tables import MONTH_LABEL, find_header_rows, read_table, record_lines
from app.extraction.units import UnitFinding, find_unit
from app.extraction.zones import Zones, document_zones
from parsers.model import Document, Table

_INDEX_CACHE: dict[int, tuple[Catalog, IndicatorIndex, list[str]]] = {}


def _index(catalog: Catalog) -> tuple[IndicatorIndex, list[str]]:
    cached = _INDEX_CACHE.get(id(catalog))
    if cached is None or cached[0] is not catalog:
        cached = (catalog, IndicatorIndex(catalog), catalog_number_phrases(catalog))
        _INDEX_CACHE[id(catalog)] = cached
    return cached[1], cached[2]


def _table_header_texts(doc: Document) -> list[str]:
    """Header rows that name the period (截至3月底累计完成); ledger headers that list every
    quarter say nothing about which one is reported."""
    out = []
    for t in doc.tables():
        rows = find_header_rows(t)
        grid = t.text_grid()
        for r in rows:
            text = " ".join(dict.fromkeys(x for x in grid[r] if x.strip()))
            months = sum(1 for x in set(grid[r]) if MONTH_LABEL.fullmatch(squash(x)))
            if len({m.quarter for m in quarter_mentions(text)}) <= 1 and months < 3:
                out.append(text)  # (1月 | 2月 … | 全年合计 lists the year, not the quarter)
    return out


def _ledger_period_texts(doc: Document) -> list[str]:
    """In a ledger (one column per quarter) the last quarter with figures is the one
    reported."""
    out = []
    for t in doc.tables():
        reading = read_table(t)
        if reading is None:
            continue
        filled = set()
        for row in reading.rows:
            for q, c in row.ledger.items():
                if any(m.kind in ("count", "percent", "bare") for m in find_mentions(c.text)):
                    filled.add(q)
        if filled:
            out.append(f"第{'一二三四'[max(filled) - 1]}季度")
        month = _last_filled_month(t, reading)
        if month and month % 3 == 0:
            out.append(f"1—{month}月")
    return out


def _last_filled_month(t: Table, reading) -> Optional[int]:
    """A table by month (1月 | 2月 … across the top, or down the first column): the last
    month with a figure is how far the return runs."""
    def month_of(text: str) -> Optional[int]:
        m = MONTH_LABEL.fullmatch(squash(text))
        return int(m.group(1)) if m and 1 <= int(m.group(1)) <= 12 else None

    def has_figure(text: str) -> bool:
        return any(m.kind in ("count", "percent", "bare") and m.value
                   for m in find_mentions(text))

    grid = t.text_grid()
    by_col = {c.index: m for c in reading.columns if (m := month_of(c.header))}
    filled: list[int] = []
    if len(by_col) >= 3:
        filled = [m for k, m in by_col.items()
                  if any(has_figure(grid[row.index][k]) for row in reading.rows)]
    else:
        # (a month label and its figures up to the next label: 1月 | 6 | 4月 | 17 … lays the
        # year out in blocks of three months side by side)
        for row in reading.rows:
            cells = row.all_cells
            labels = [(i, m) for i, c in enumerate(cells) if (m := month_of(c.text))]
            for k, (i, m) in enumerate(labels):
                end = labels[k + 1][0] if k + 1 < len(labels) else len(cells)
                if any(has_figure(c.text) for c in cells[i + 1:end]):
                    filled.append(m)
        if len(set(filled)) < 3:
            return None
    return max(filled) if filled else None


_UNIT_HEADS = ("填报单位", "报送单位", "上报单位", "填报部门", "报送部门", "单位名称")
_PERIOD_HEADS = ("报送期", "报告期", "统计期", "填报期", "所属期", "报送期间", "统计时段", "统计周期",
                 "报告期间", "所属季度", "填报季度", "报送季度")


def _column_values(doc: Document, heads: tuple[str, ...], label: str) -> list[str]:
    """A system export of long rows (序号 | 填报单位 | 报送期 | 指标名称 | 累计完成值): the one
    value written under a 填报单位 or 报送期 header cell in every data row."""
    out = []
    for t in doc.tables():
        rows = find_header_rows(t)
        if not rows:
            continue
        grid = t.text_grid()
        for k in range(t.n_cols):
            head = squash(" ".join(grid[r][k] for r in rows))
            if not any(h == head or (head.endswith(h) and len(head) <= len(h) + 2) for h in heads):
                continue
            # (the data rows, not the form's 填报单位 | … and 填报人 | … lines under them)
            data = [r for r in range(rows[-1] + 1, t.n_rows)
                    if not _FORM_LABEL.fullmatch(squash(next((x for x in grid[r] if x.strip()), "")))]
            vals = {squash(grid[r][k]) for r in data} - {""}
            if len(vals) == 1:
                out.append(f"{label}：{vals.pop()}")
    return out


#: a form's own line under its table: 填报单位 | 淄博市… ; 填报人 | 韩冰 | 联系电话 | …
_FORM_LABEL = re.compile(r"(填报|报送|上报|填表|制表|审核|联系|统计)?(单位|人|日期|时间|电话)[:：]?|负责人[:：]?"
                         r"|(填表|填报|审核|联系|制表|统计)人?[:：].*")


def _label_cells(doc: Document, catalog: Catalog) -> list[str]:
    """'填报单位' in one cell and the name in the next: joined so the label reads whole. A
    cell above the header holding nothing but a department's name (淄博市人力资源和社会保障局
    | … | 截至9月末) is the form's 填报单位 line without its label."""
    out = _column_values(doc, _UNIT_HEADS, "填报单位")
    for t in doc.tables():
        grid = t.text_grid()
        for row in grid[:4] + grid[-4:]:
            cells = list(dict.fromkeys(x for x in row if x.strip()))
            out += [a + "：" + b for a, b in zip(cells, cells[1:]) if "单位" in a and len(a) <= 12]
        header = find_header_rows(t)
        for row in grid[:header[0] if header else 0]:
            out += [f"填报单位：{x.strip()}" for x in dict.fromkeys(row)
                    if x.strip() and _names_a_unit_alone(x, catalog)]
    return out


#: an office inside the department: 艺术科, 妇幼健康科, 治安支队, 办公室
_SECTION = re.compile(r"[\u4e00-\u9fff]{0,8}(科|处|室|股|中心|支队|大队|部)")


def _names_a_unit_alone(text: str, catalog: Catalog) -> bool:
    """淄博市人力资源和社会保障局, 市文化和旅游局艺术科: a department's name, perhaps with the
    office inside it that filled the form, and nothing else."""
    t = squash(text)
    return any(t.startswith(name) and (t == name or _SECTION.fullmatch(t[len(name):]))
               for name, _ in catalog.unit_names_longest_first())


def _period_label_cells(doc: Document) -> list[str]:
    """'报告期' in one cell and '2024年1-6月' in the next, above or below a table."""
    out = _column_values(doc, _PERIOD_HEADS, "报告期")
    for t in doc.tables():
        grid = t.text_grid()
        for row in grid[:4] + grid[-4:]:
            cells = list(dict.fromkeys(x.strip() for x in row if x.strip()))
            out += [a + "：" + b for a, b in zip(cells, cells[1:])
                    if len(a) <= 8 and any(w in a for w in ("报告期", "统计期", "统计时段", "时段",
                                                            "统计时间", "报告时间"))]
        # 单位：市医保局 | … | 2024年9月: a bare month on the form's line of the department
        # is when it was filled in, as 时间：2024年9月 would be
        for row in grid[:4]:
            cells = [x.strip() for x in dict.fromkeys(row) if x.strip()]
            if any("单位" in x for x in cells):
                out += [f"时间：{x}" for x in cells if _YEAR_MONTH.fullmatch(squash(x))]
    return out


_YEAR_MONTH = re.compile(r"20\d\d年\d{1,2}月份?")


def _period_from_dates(zones: Zones, form_lines: list[str], year: int) -> Optional[PeriodFinding]:
    """The quarter just closed when the return was dated: 填报日期, a 时间 label, the 落款."""
    for text in [*zones.title, *zones.tail, *zones.furniture, *form_lines]:
        yq = period_from_report_date(text)
        if yq and yq[0] == year:
            return PeriodFinding(f"{year}Q{yq[1]}", f"填报日期：{text.strip()[:40]}", 0.5)
    for text in [*zones.title, *zones.tail, *zones.furniture, *form_lines]:
        yq = period_from_time_label(text)
        if yq and yq[0] == year:
            return PeriodFinding(f"{year}Q{yq[1]}", f"填报时间：{text.strip()[:40]}", 0.45)
    for text in [*reversed(zones.tail), *zones.title]:
        yq = period_from_signoff(text)
        if yq and yq[0] == year:
            return PeriodFinding(f"{year}Q{yq[1]}", f"落款日期：{text.strip()[:40]}", 0.4)
    return None


#: a figure's part in brackets after it (52场（上半年23场）): the period it names is the
#: part's, not the return's
_PART_IN_BRACKETS = re.compile(r"(\d\s*[\u4e00-\u9fff%％]{0,3})[（(][^（）()]*\d[^（）()]*[)）]")


def _total_row_labels(doc: Document) -> list[str]:
    """A total row's label naming its period (全年合计 | 208, 1—9月合计): how far the
    figures above it run."""
    out = []
    for t in doc.tables():
        for row in t.text_grid():
            label = next((squash(x) for x in row if x.strip()), "")
            if len(label) <= 10 and re.search(r"(合计|累计|总计)$", label) and quarter_mentions(label):
                out.append(label)
    return out


def _signed_in_quarter(zones: Zones, year: int) -> Optional[tuple[int, str]]:
    """The quarter of the full date the return is signed with (its last dated line), and
    the line."""
    for text in reversed(zones.tail):
        if (yq := quarter_dated(text)) and yq[0] == year:
            return yq[1], text.strip()
    return None


def read_period(doc: Document, zones: Zones, catalog: Catalog, file_name: str,
                as_parsed: Optional[Document] = None) -> PeriodFinding:
    """``as_parsed``: the document before its tables were reshaped, whose label cells (报告期 |
    2024年第二季度) still sit beside their values."""
    mark = doc.properties.get("wcr_mark", "")
    parts = mark.split("|")
    if len(parts) >= 3 and parts[0] == "WCR" and parts[2] in catalog.periods:
        return PeriodFinding(parts[2], f"模板标记：{mark}", 1.0)
    weighted: list[tuple[str, float, str]] = []
    weighted += [(t, 3.0, "标题") for t in zones.title]
    weighted += [(t, 2.0, "页眉页脚") for t in zones.furniture]
    weighted += [(t, 1.5, "表头") for t in _table_header_texts(doc)]
    weighted += [(t, 1.2, "台账已填季度") for t in _ledger_period_texts(doc)]
    form_lines = [line for t in doc.tables() for line in record_lines(t)]
    form_lines += _period_label_cells(as_parsed or doc)
    weighted += [(t, 1.5, "登记表") for t in form_lines]
    weighted += [(_PART_IN_BRACKETS.sub(r"\1", t), 0.8, "落款") for t in zones.tail]
    weighted += [(_PART_IN_BRACKETS.sub(r"\1", t), 0.3, "正文") for t in zones.body[:30]]
    weighted += [(t, 0.3, "合计行") for t in _total_row_labels(doc)]
    found = find_period(weighted, catalog.year)
    dated = _period_from_dates(zones, form_lines, catalog.year)
    from_text = found.evidence.startswith(("正文", "落款"))
    # 按照全年开通4条…的任务 in a note dated 3月29日: a weak 全年 in the text gives way to
    # the date (a strong 前三季度 in the text does not)
    weak = from_text and all(m.strength <= 0.55 for m in quarter_mentions(found.evidence.split("：", 1)[-1]))
    if found.period and from_text and (written := _signed_in_quarter(zones, catalog.year)) and \
            written[0] < int(found.period[-1]):
        # 全年累计开办41个班次 in a report signed 2024年9月10日: the fourth quarter had not
        # begun; the return runs to the quarter it was written in
        return PeriodFinding(f"{catalog.year}Q{written[0]}", f"落款日期：{written[1][:40]}", 0.4)
    if found.period and not (
            dated and ((from_text and dated.period > found.period)
                       or (weak and dated.period != found.period))):
        return found
    # (only the body or its closing lines named a period, earlier than the one the return's
    # date closes: 上半年累计完成数为1,164名 in a return dated 10月9日 is last quarter's figure)
    if dated:
        return dated
    stem = file_name.replace("\\", "/").rsplit("/", 1)[-1]
    found = find_period([(stem, 1.0, "文件名")], catalog.year)
    if found.period:
        found.confidence = min(found.confidence, 0.5)
    return found


_SHEET_KINDS = ("xlsx", "xls", "et")


def _page_doc(doc: Document, page: int) -> Document:
    return replace(doc, items=[it for it in doc.items if it.page == page])


def _has_figures(doc: Document) -> bool:
    if any(m.kind in ("count", "percent") for b in doc.blocks() for m in find_mentions(b.text)):
        return True
    for t in doc.tables():
        header = find_header_rows(t)
        start = header[-1] + 1 if header else 0
        for c in t.cells:
            if c.row >= start and any(m.kind in ("count", "percent", "bare")
                                      for m in find_mentions(c.text)):
                return True
    return False


def latest_sheet(doc: Document, catalog: Catalog, file_name: str) -> Document:
    """A workbook with one sheet per quarter (一季度 | 二季度 | …) reports the latest quarter
    that has figures: read that sheet alone."""
    if doc.kind not in _SHEET_KINDS:
        return doc
    pages = sorted({it.page for it in doc.items})
    if len(pages) < 2:
        return doc
    found: list[tuple[str, int]] = []
    for p in pages:
        sub = _page_doc(doc, p)
        period = read_period(sub, document_zones(sub), catalog, "")
        # (a quarter named only in a sheet's text, 小计：2家（二季度末1家）, does not make
        # it that quarter's sheet)
        if period.period and _has_figures(sub) and not period.evidence.startswith(("正文", "落款")):
            found.append((period.period, p))
    if len({per for per, _ in found}) < 2:
        return doc
    return _page_doc(doc, max(found)[1])


def interpret_document(doc: Document, catalog: Catalog, file_name: str) -> ExtractionResult:
    index, masks = _index(catalog)
    parsed = doc  # (a form turned on its side keeps its label cells beside their values here)
    doc = reshape_tables(doc)
    zones = document_zones(doc)
    seal_texts = [s.text for s in doc.seals if s.text.strip()]
    unit_args = dict(seals=seal_texts, file_name=file_name,
                     label_cells=_label_cells(parsed, catalog),
                     mark=doc.properties.get("wcr_mark"),
                     sheet_names=list(dict.fromkeys(t.name for t in doc.tables() if t.name)))
    unit = find_unit(zones, catalog, use_file_name=False, use_body=False, **unit_args)
    whole = doc
    doc = latest_sheet(doc, catalog, file_name)
    if doc is not whole:
        zones = document_zones(doc)
        pages = {x.page for x in doc.items}
        parsed = replace(parsed, items=[it for it in parsed.items if it.page in pages])
    period = read_period(doc, zones, catalog, file_name, as_parsed=parsed)
    period_q = int(period.period[-1]) if period.period else None

    reader, walked, projects = _read_content(doc, catalog, unit.unit, period_q)
    inferred = None
    sharing: list[str] = []
    if unit.unit is None:
        reported = _reported_projects(reader, walked, period_q)
        inferred = infer_unit(catalog, reported, set(choose(reader.candidates, period_q)))
        sharing = unit_candidates(catalog, reported)
        if inferred:
            unit = UnitFinding(inferred, "根据所报项目推断", 0.5)
        else:
            unit = find_unit(zones, catalog, **unit_args)  # the file name, then the body
        if unit.unit:
            reader, walked, projects = _read_content(doc, catalog, unit.unit, period_q)

    chosen = choose(reader.candidates, period_q)
    values: dict[str, FieldValue] = {}
    ocr_conf: dict[str, float] = {}
    for ind_id, c in chosen.items():
        conf = c.margin
        if catalog.indicator(ind_id).kind == "count" and not float(c.value).is_integer():
            conf = min(conf, 0.5)  # a count with a fraction: 2,069 read as 2.069?
        values[ind_id] = FieldValue(indicator_id=ind_id, value=c.value, confidence=conf,
                                    page=c.page, bbox=c.bbox, text=c.snippet, method=c.method)
        ocr_conf[ind_id] = c.source_conf

    texts = _collect_texts(reader, walked, index, [p.no for p in projects])
    result = ExtractionResult(
        file=file_name, kind=doc.kind, unit=unit.unit, period=period.period,
        stamped=doc.stamped, values=values, texts=texts,
        unit_evidence=unit.evidence or None, period_evidence=period.evidence or None,
        seal_text=" ".join(seal_texts) or None)
    result.warnings = checks.document_warnings(
        catalog, kind=doc.kind, unit=unit.unit, period=period.period, stamped=doc.stamped,
        values=values, parser_warnings=list(doc.warnings))
    if inferred:
        result.warnings.insert(0, f"文件中未写明填报单位，根据所报项目推断为“{inferred}”，请核对")
    elif unit.unit is None and len(sharing) >= 2:
        # the plain reason instead of the bare 未能识别填报单位
        plain = (f"文件中未写明填报单位，所报项目由{'、'.join(sharing)}共同承担，"
                 "无法判断是哪个单位报送的，请人工选择")
        result.warnings = [plain if w == checks.NO_UNIT else w for w in result.warnings]
    result.warnings += checks.value_warnings(catalog, values, ocr_conf)
    return result


def _read_content(doc: Document, catalog: Catalog, unit: str | None, period_q: int | None):
    index, masks = _index(catalog)
    projects = catalog.projects_of(unit) if unit else list(catalog.projects)
    allowed = [i for p in projects for i in p.indicators if i.numeric]
    names: tuple[str, ...] = ()
    if unit:
        u = next((x for x in catalog.units if x.name == unit), None)
        names = (unit, *(getattr(u, "aliases", ()) or ()))
    reader = FigureReader(index, allowed, period_q, masks, unit_names=names,
                          doc_title=" ".join(document_zones(doc).title[:2]))
    walked: list[BlockInContext] = []
    context_project = None
    caption: list[str] = []
    for item in walk_blocks(doc, index, [p.no for p in projects]):
        if isinstance(item, Table):
            reader.read_table(item, context_project, " ".join(caption))
            caption = []
        else:
            walked.append(item)
            context_project = item.project
            reader.read_block(item)
            # the short lines right above a table are its caption (分区县完成情况, then
            # perhaps an info line 单位：… 统计时间：…; 一、戏曲进校园…)
            text = item.block.text.strip()
            caption = (caption + [text])[-2:] if 0 < len(text) <= 60 else []
    return reader, walked, projects


def _reported_projects(reader: FigureReader, walked: list[BlockInContext],
                       period_q: int | None) -> set[int]:
    found = {int(i.split(".")[0]) for i in choose(reader.candidates, period_q)}
    found |= {b.project for b in walked if b.project is not None}
    for _, row_projects in reader.readings:
        found |= {p for p in row_projects.values() if p is not None}
    return found


def unit_candidates(catalog: Catalog, projects: set[int]) -> list[str]:
    """The departments whose list of projects holds every reported project, closest list
    first; several when the projects are shared (人社局 and 商务局 both have only 2)."""
    scored = []
    for u in catalog.units:
        own = {p.no for p in catalog.projects_of(u.name)}
        if projects and projects <= own:
            scored.append((len(projects) / len(own), u.name))
    scored.sort(key=lambda x: -x[0])
    return [u for sc, u in scored if sc == scored[0][0]]


def infer_unit(catalog: Catalog, projects: set[int], indicators: set[str] = frozenset()
               ) -> str | None:
    """The one department whose list of projects matches the projects a return reports on
    (a return names its department nowhere we can read, e.g. only in a sheet's print
    header): every reported project must be the department's, the closest list wins. On a
    tie, a return that gives only lead-only figures (rates) is the lead department's."""
    if not projects:
        return None
    if not unit_candidates(catalog, projects):
        return None
    tied = unit_candidates(catalog, projects)
    if len(tied) == 1:
        return tied[0]
    if indicators and all(catalog.indicator(i).aggregate == "lead" for i in indicators):
        leads = {catalog.project(p).lead for p in projects}
        if len(leads) == 1 and next(iter(leads)) in tied:
            return next(iter(leads))
    return None


def _collect_texts(reader: FigureReader, walked: list[BlockInContext], index: IndicatorIndex,
                   allowed: list[int]) -> dict[str, ProjectTexts]:
    merged: dict[int, dict[str, list[str]]] = {}
    sources = [texts_from_table(r, rp) for r, rp in reader.readings]
    # a project's cell in the form is its text: the cover letter's paragraphs about the
    # same project (关于…康复救助工作情况的报告 … 一季度，全市累计…) are not added to it
    in_tables = {(no, part) for src in sources for no, parts in src.items() for part in parts}
    from_blocks = texts_from_blocks(walked, index, allowed)
    sources.append({no: {part: texts for part, texts in parts.items() if (no, part) not in in_tables}
                    for no, parts in from_blocks.items()})
    for src in sources:
        for no, parts in src.items():
            for part, texts in parts.items():
                have = merged.setdefault(no, {}).setdefault(part, [])
                # a parser may give a sheet's text rows both as paragraphs and in the table
                have.extend(t for t in texts if t not in have)
    out: dict[str, ProjectTexts] = {}
    for no, parts in merged.items():
        pt = ProjectTexts(**{k: tidy("\n".join(v)) or None for k, v in parts.items()
                             if k in ("progress", "problems", "plans")})
        if pt.to_contract():
            out[str(no)] = pt
    return out
