"""The 进展情况 / 存在问题 / 下步打算 texts per project, as written (whitespace tidied):
from table columns, or from the paragraphs under a project's heading and its 存在问题 /
下步打算 sub-headings (or inline labels "存在问题：…").

``walk_blocks`` is shared with the figure reader: it tells, for every paragraph outside
tables, which project it stands under and in which part (progress, problems, plans).
"""
from __future__ import annotations

import re
from dataclasses import dataclass
from typing import Iterator, Optional

from app.extraction.indicators import FULL_COVERAGE, IndicatorIndex
from app.extraction.numbers import find_mentions, normalize, parse_cn_int, squash
from app.extraction.tables import SIGN_LINE, TableReading, find_header_rows, single_cell_row
from parsers.model import Document, Table, TextBlock

_ORDINAL = r"^\s*(?:[（(]?[一二三四五六七八九十\d]{1,3}[)）]|[一二三四五六七八九十]{1,3}[、.．]|\d{1,2}[、.．)）](?!\d)|第[一二三四五六七八九十\d]+(?:项|部分)?[、:：.．])?\s*"
_KIND_LABELS = [
    ("problems_plans", r"存在(?:的)?问题(?:及|和|与)(?:下(?:一)?步|今后)(?:工作)?(?:打算|计划|措施)"),
    ("problems", r"存在(?:的)?(?:主要)?(?:问题|困难|不足)(?:和困难|与困难|与不足|和不足)?|问题(?:和|与)困难|困难(?:和|与)问题|主要问题|困难问题"),
    ("plans", r"下(?:一)?步(?:工作)?(?:打算|计划|安排|措施|思路)|今后(?:工作)?(?:打算|计划)|工作打算|下阶段(?:工作)?(?:打算|计划)"),
    ("progress", r"(?:工作)?进展情况|工作进展|完成情况|进展成效|主要做法(?:及成效)?|工作开展情况|推进情况|工作成效"),
]
_LABEL_RE = [(k, re.compile(_ORDINAL + f"(?:{rx})" + r"\s*(?:[:：。]|$)")) for k, rx in _KIND_LABELS]
_HEADING_PREFIX = re.compile(_ORDINAL)
#: the end of the report: closing formula, contact lines, signature, date
_CLOSING = re.compile(r"^\s*(?:以上情况|特此报告|特此汇报|专此报告|联系人|填报人|填表人|联系电话|审核人|签发人|"
                      r"备注[:：]|注[:：]|说明[:：]|"
                      r"负责人|分管领导|附件|报送单位|填报单位|填报日期|填报时间|\d{4}\s*年\s*\d{1,2}\s*月\s*\d{1,2}\s*日\s*$)")


def is_closing(text: str, catalog_units: list[str]) -> bool:
    t = normalize(text).strip()
    if _CLOSING.match(t):
        return True
    flat = "".join(t.split()).rstrip("（盖章）(盖章)")
    # the signature with its date on one line: 淄博市民政局 2024年7月3日
    flat = re.sub(r"20\d\d\s*[年.\-/]\s*\d{1,2}\s*[月.\-/]\s*(\d{1,2}\s*日?)?$", "", flat) or flat
    return 0 < len(flat) <= 24 and any(flat.endswith(u) or flat == u for u in catalog_units)


#: a table's caption standing as a line of its own (表一　主要指标, 附表2 分区县情况)
_TABLE_CAPTION = re.compile(r"^\s*(?:附?表\s*[一二三四五六七八九十\d]+|附表)(?:[\s:：、.．]|$)")


#: the letter's addressee line: 市妇儿工委办公室：
_SALUTATION = re.compile(r"^\s*\S{2,24}(办公室|委员会|工委|领导小组|办)\s*[:：]\s*$")
#: the covering sentence of a letter: 现将…进展情况报送如下 / 详见附件
_COVER_NOTE = re.compile(r"^\s*现将.{0,60}(报送|报告|呈报|汇报|报来)|(详见|见)附(件|表)")

#: a subtitle naming the period and the kind of report (一季度进展情况, 2024年上半年工作推进情况):
#: a heading over what follows, not a project's progress text
_PERIOD_SUBTITLE = re.compile(
    r"^\s*[（(]?(?:20\d\d年度?)?(?:第?[一二三四1-4]季度|上半年|下半年|前三季度|全年|年度|"
    r"\d{1,2}\s*[-—－~至到]\s*\d{1,2}\s*月份?|截[至止]\S{0,10}?)(?:工作)?"
    r"(?:进展|推进|落实|完成|开展)情况(?:表|报告|汇报)?[)）]?\s*$")


def tidy(text: str) -> str:
    lines = [" ".join(line.split()) for line in text.replace("\r", "\n").split("\n")]
    return "\n".join(line for line in lines if line)


@dataclass
class BlockInContext:
    block: TextBlock
    project: Optional[int]
    part: str  # progress | problems | plans | problems_plans | heading | preamble
    content: str  # the text without its heading label


def _label(text: str) -> Optional[tuple[str, str]]:
    """(part, the text after the label, as written) for '存在问题：…' and headings."""
    t = normalize(text)
    lead = len(t) - len(t.lstrip())
    for kind, rx in _LABEL_RE:
        m = rx.match(t[lead:])
        if m:
            return kind, text[lead + m.end():].strip()
    return None


#: the notice's own number for a project: 项目四, 项目4, 第四项
_PROJECT_NUMBER = re.compile(r"项目\s*([一二三四五六七八九十]{1,2}|\d{1,2})(?![\d一二三四五六七八九十])|第([一二三四五六七八九十]{1,2})项")


def _project_heading(text: str, index: IndicatorIndex, allowed: list[int]) -> Optional[tuple[int, str]]:
    """A paragraph that starts with a project's name: (project, the rest of the text)."""
    raw = text.strip()
    t = normalize(raw)
    head = re.split(r"[。：:；;\n]", t, maxsplit=1)[0]
    has_ordinal = bool(_HEADING_PREFIX.match(head).group(0).strip())
    if len(head) > (40 if has_ordinal else 30):
        return None
    if any(m.kind in ("count", "percent") for m in find_mentions(_PROJECT_NUMBER.sub("", head))) or any(
            w in head for w in FULL_COVERAGE):
        return None  # a sentence with figures (1.巾帼家政培训980人次…) is not a heading
    if not has_ordinal and len(t) > len(head):
        return None  # a sentence that merely mentions the project's words
    no = index.match_project(head, allowed, threshold=0.5 if has_ordinal else 0.6)
    named = _PROJECT_NUMBER.search(head)
    if no is None and named:
        # 市妇联项目四 家庭教育推进情况: the list's own number for the project, with its words
        n = named.group(1) or named.group(2)
        k = int(n) if n.isdigit() else parse_cn_int(n)
        if k in allowed and index.project_score(k, head) >= 0.3:
            no = k
    if no is None:
        return None
    rest = raw[len(head):].lstrip("。：:；; \n.")
    return no, rest


def _row_blocks(table: Table, rows: list[int]) -> list[TextBlock]:
    grid = table.grid()
    out = []
    for r in rows:
        cells = list({id(c): c for c in grid[r] if c is not None and c.text.strip()}.values())
        if not cells:
            continue
        c = cells[0]
        out.append(TextBlock(" ".join(x.text for x in cells), page=c.page or table.page,
                             bbox=c.bbox if len(cells) == 1 else None,
                             confidence=min(x.confidence for x in cells), from_ocr=c.from_ocr))
    return out


def _footer_row(grid, r: int) -> bool:
    texts = [squash(c.text) for c in grid[r] if c is not None and c.text.strip()]
    return bool(texts) and all(SIGN_LINE.match(t) for t in texts)


def table_edges(table: Table) -> tuple[list[TextBlock], bool, list[TextBlock]]:
    """(rows above the header as text, whether the table is really a table, rows below the
    data as text). A sheet where every row is one merged cell is a report laid out in a
    table: all of its rows are text."""
    grid = table.grid()
    single = [single_cell_row(grid, r) is not None for r in range(table.n_rows)]
    filled = [r for r in range(table.n_rows) if any(c is not None and c.text.strip() for c in grid[r])]
    header = find_header_rows(table)
    if not header:
        if filled and sum(single[r] for r in filled) >= 0.6 * len(filled):
            return _row_blocks(table, filled), False, []
        return [], True, []
    lead = [r for r in filled if r < header[0] and single[r]]
    trail: list[int] = []
    for r in reversed(filled):
        if _footer_row(grid, r):
            continue  # 填表：刘畅 | 联系电话：… under a summary line: the summary still is text
        if not single[r]:
            break
        trail.insert(0, r)
    return _row_blocks(table, lead), True, _row_blocks(table, trail)


_SENTENCE_END = tuple("。；;！!？?：:）)」”\"")


def _continues(a: TextBlock, b: TextBlock, units: list[str]) -> bool:
    """``b`` carries on the sentence ``a`` broke off (a PDF line break inside a paragraph)."""
    ta, tb = a.text.strip(), b.text.strip()
    if not ta or not tb or a.role != "body" or b.role != "body" or a.page != b.page:
        return False
    if ta.endswith(_SENTENCE_END) or len(ta) < 20 or a.bbox is None:
        return False
    if _label(tb) or _HEADING_PREFIX.match(tb).group(0).strip() or is_closing(tb, units):
        return False
    return True


def merge_broken_lines(items: list, units: list[str]) -> list:
    out: list = []
    for it in items:
        prev = out[-1] if out else None
        if isinstance(it, TextBlock) and isinstance(prev, TextBlock) and _continues(prev, it, units):
            bbox = None
            if prev.bbox and it.bbox:
                bbox = (min(prev.bbox[0], it.bbox[0]), min(prev.bbox[1], it.bbox[1]),
                        max(prev.bbox[2], it.bbox[2]), max(prev.bbox[3], it.bbox[3]))
            out[-1] = TextBlock(prev.text.rstrip() + it.text.strip(), page=prev.page, bbox=bbox,
                                confidence=min(prev.confidence, it.confidence), role="body",
                                from_ocr=prev.from_ocr or it.from_ocr)
        else:
            out.append(it)
    return out


def walk_blocks(doc: Document, index: IndicatorIndex, allowed: list[int]) -> Iterator[object]:
    """Yields ``BlockInContext`` for paragraphs (and for text rows of tables: titles, a
    report laid out in a sheet, 存在问题 rows under the data) and the ``Table`` items
    themselves, in order; the project context carries over into tables after a heading."""
    state = {"project": None, "part": "preamble"}
    units = [n for n, _ in index.catalog.unit_names_longest_first()]
    for item in merge_broken_lines(doc.items, units):
        if isinstance(item, Table):
            lead, is_table, trail = table_edges(item)
            for b in lead:
                yield from _walk_block(b, state, index, allowed, units)
            if is_table:
                yield item
            for b in trail:
                yield from _walk_block(b, state, index, allowed, units)
            continue
        if item.role not in ("body", "title") or not item.text.strip():
            continue
        yield from _walk_block(item, state, index, allowed, units)


def _walk_block(item: TextBlock, state: dict, index: IndicatorIndex, allowed: list[int],
                units: list[str]) -> Iterator[BlockInContext]:
    if is_closing(item.text, units):
        state.update(project=None, part="closing")
        yield BlockInContext(item, None, "closing", item.text.strip())
        return
    if (_TABLE_CAPTION.match(normalize(item.text)) and len(item.text.strip()) <= 40) or (
            _PERIOD_SUBTITLE.match(normalize(item.text))) or _SALUTATION.match(item.text) or (
            _COVER_NOTE.search(item.text) and len(item.text.strip()) <= 80):
        yield BlockInContext(item, state["project"], "heading", "")  # not the section's text
        return
    lab = _label(item.text)
    if lab:
        state["part"] = lab[0]
        yield BlockInContext(item, state["project"], lab[0], lab[1])
        return
    ph = _project_heading(item.text, index, allowed)
    if ph:
        state["project"], rest = ph
        state["part"] = "progress"
        if rest:
            lab = _label(rest)
            if lab:
                state["part"], rest = lab
            yield BlockInContext(item, state["project"], state["part"], rest)
        else:
            yield BlockInContext(item, state["project"], "heading", "")
        return
    project, part = state["project"], state["part"]
    if project is None and part not in ("problems", "plans", "problems_plans"):
        part = "preamble"
    yield BlockInContext(item, project, part, item.text.strip())


def _prefixed_project(text: str, index: IndicatorIndex, allowed: list[int]
                      ) -> Optional[tuple[int, str]]:
    """'实施新型婚育文化培育行动：受季节…' → (5, '受季节…')."""
    m = re.match(r"\s*([^：:。；;]{2,40})[：:]", text)
    if not m:
        return None
    no = index.match_project(m.group(1), allowed, threshold=0.5)
    return (no, text[m.end():].strip()) if no is not None else None


def texts_from_blocks(walked: list[BlockInContext], index: IndicatorIndex,
                      allowed: list[int]) -> dict[int, dict[str, list[str]]]:
    """Texts under project headings; a document-wide 存在问题 / 下步打算 section goes to the
    project each line names ('项目名：…'), or to the only project of the department."""
    out: dict[int, dict[str, list[str]]] = {}
    for b in walked:
        if b.project is None and b.part in ("problems", "plans", "problems_plans") and b.content:
            pre = _prefixed_project(b.content, index, allowed)
            if pre:
                b = BlockInContext(b.block, pre[0], b.part, pre[1])
            elif len(allowed) == 1:
                b = BlockInContext(b.block, allowed[0], b.part, b.content)
        if b.project is None or b.part in ("heading", "preamble", "closing") or not b.content:
            continue
        if b.part == "problems_plans":
            prob, plan = split_problems_plans(b.content)
            for p, text in (("problems", prob), ("plans", plan)):
                if text:
                    out.setdefault(b.project, {}).setdefault(p, []).append(text)
            continue
        out.setdefault(b.project, {}).setdefault(b.part, []).append(b.content)
    return out


def texts_from_table(reading: TableReading, row_projects: dict[int, Optional[int]]
                     ) -> dict[int, dict[str, list[str]]]:
    """Narrative columns of a table, per the project each row belongs to; a merged cell
    shared by several rows is taken once."""
    out: dict[int, dict[str, list[str]]] = {}
    seen: set[int] = set()
    for row in reading.rows:
        no = row_projects.get(row.index)
        if no is None:
            continue
        for role, part in (("progress", "progress"), ("problems", "problems"),
                           ("plans", "plans"), ("problems_plans", "problems_plans")):
            c = row.cells.get(role)
            if c is None or id(c) in seen or not c.text.strip():
                continue  # (—— or 无 in the department's own row is its answer, kept as written)
            seen.add(id(c))
            text = c.text.strip()
            if part == "problems_plans":
                prob, plan = split_problems_plans(text)
                if prob:
                    out.setdefault(no, {}).setdefault("problems", []).append(prob)
                if plan:
                    out.setdefault(no, {}).setdefault("plans", []).append(plan)
                continue
            out.setdefault(no, {}).setdefault(part, []).append(text)
    return out


def split_problems_plans(text: str) -> tuple[str, str]:
    """'存在问题：… 下步打算：…' in one cell → (problems, plans); unlabelled text → problems."""
    t = text
    m = re.search(r"(?:下(?:一)?步(?:工作)?(?:打算|计划|措施)|今后(?:工作)?(?:打算|计划)|工作打算)\s*[:：]", t)
    if not m:
        lab = _label(t)
        return (lab[1] if lab else t), ""
    prob, plan = t[:m.start()], t[m.end():]
    lab = _label(prob)
    if lab:
        prob = lab[1]
    return prob.strip(), plan.strip()
