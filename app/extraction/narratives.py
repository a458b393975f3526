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
from app.extraction.numbers import find_mentions, normalize
from app.extraction.tables import TableReading
from parsers.model import Document, Table, TextBlock

_ORDINAL = r"^\s*(?:[（(]?[一二三四五六七八九十\d]{1,3}[)）]|[一二三四五六七八九十]{1,3}[、.．]|\d{1,2}[、.．)）](?!\d)|第[一二三四五六七八九十\d]+[项部分]?[、:：]?)?\s*"
_KIND_LABELS = [
    ("problems_plans", r"存在(?:的)?问题(?:及|和|与)(?:下(?:一)?步|今后)(?:工作)?(?:打算|计划|措施)"),
    ("problems", r"存在(?:的)?(?:主要)?问题(?:和困难|与不足)?|问题(?:和|与)困难|困难(?:和|与)问题|主要问题|困难问题|存在不足"),
    ("plans", r"下(?:一)?步(?:工作)?(?:打算|计划|安排|措施|思路)|今后(?:工作)?(?:打算|计划)|工作打算|下阶段(?:工作)?(?:打算|计划)"),
    ("progress", r"(?:工作)?进展情况|工作进展|完成情况|进展成效|主要做法(?:及成效)?|工作开展情况|推进情况|工作成效"),
]
_LABEL_RE = [(k, re.compile(_ORDINAL + f"(?:{rx})" + r"\s*(?:[:：。]|$)")) for k, rx in _KIND_LABELS]
_HEADING_PREFIX = re.compile(_ORDINAL)


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


def _project_heading(text: str, index: IndicatorIndex, allowed: list[int]) -> Optional[tuple[int, str]]:
    """A paragraph that starts with a project's name: (project, the rest of the text)."""
    raw = text.strip()
    t = normalize(raw)
    head = re.split(r"[。：:；;\n]", t, maxsplit=1)[0]
    has_ordinal = bool(_HEADING_PREFIX.match(head).group(0).strip())
    if len(head) > (40 if has_ordinal else 30):
        return None
    if not has_ordinal and (len(t) > len(head) or any(
            m.kind in ("count", "percent") for m in find_mentions(head))
            or any(w in head for w in FULL_COVERAGE)):
        return None  # a sentence that merely mentions the project's words
    no = index.match_project(head, allowed, threshold=0.5 if has_ordinal else 0.6)
    if no is None:
        return None
    rest = raw[len(head):].lstrip("。：:；; \n.")
    return no, rest


def walk_blocks(doc: Document, index: IndicatorIndex, allowed: list[int]) -> Iterator[object]:
    """Yields ``BlockInContext`` for paragraphs and the ``Table`` items themselves, in order;
    the project context carries over into tables that follow a heading."""
    project: Optional[int] = None
    part = "preamble"
    for item in doc.items:
        if isinstance(item, Table):
            yield item
            continue
        if item.role not in ("body", "title") or not item.text.strip():
            continue
        ph = _project_heading(item.text, index, allowed)
        if ph:
            project, rest = ph
            part = "progress"
            if rest:
                lab = _label(rest)
                if lab:
                    part = lab[0]
                    rest = lab[1]
                yield BlockInContext(item, project, part, rest)
            else:
                yield BlockInContext(item, project, "heading", "")
            continue
        lab = _label(item.text)
        if lab:
            part = lab[0] if project is not None or lab[0] != "progress" else "progress"
            yield BlockInContext(item, project, part, lab[1])
            continue
        yield BlockInContext(item, project, part if project is not None else "preamble",
                             item.text.strip())


def texts_from_blocks(walked: list[BlockInContext]) -> dict[int, dict[str, list[str]]]:
    out: dict[int, dict[str, list[str]]] = {}
    for b in walked:
        if b.project is None or b.part in ("heading", "preamble") or not b.content:
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
                continue
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
