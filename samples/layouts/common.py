"""What every layout shares: the context of one return, the truth being recorded, and the
title, 填报单位 line and signature block with the department and quarter named in one of
many ways."""
from __future__ import annotations

import random
from dataclasses import dataclass, field
from typing import Optional

from app.catalog import Catalog, Indicator
from samples import numbers, phrasing, plan
from samples.doc import Para, SampleDoc

#: places a department writes its name; "seal" means only the seal shows it
UNIT_PLACES = ("title", "fill-line", "header", "textbox", "signature")


@dataclass
class Context:
    catalog: Catalog
    unit: str
    period: str
    seed: int
    rng: random.Random
    #: the seal will be visible on the output (pasted picture or drawn on the scan)
    stamped: bool
    #: OCR will see the whole page (scans, photos): the name may sit only in the seal
    seal_readable: bool = False

    @property
    def year(self) -> int:
        return int(self.period[:4])

    @property
    def q(self) -> int:
        return plan.quarter_of(self.period)

    @property
    def figures(self) -> dict[str, dict]:
        return plan.figures(self.catalog, self.seed, self.unit, self.period)

    @property
    def assignments(self) -> list[plan.Assignment]:
        return plan.assignments(self.catalog, self.unit)


@dataclass
class Truth:
    values: dict[str, float] = field(default_factory=dict)
    texts: dict[str, dict[str, str]] = field(default_factory=dict)
    phrasing: dict[str, object] = field(default_factory=dict)
    variant: str = ""

    def text(self, project_no: int, key: str, value: str) -> None:
        self.texts.setdefault(str(project_no), {})[key] = value

    def note(self, key: str, value: object) -> None:
        if isinstance(value, list):
            self.phrasing.setdefault(key, [])
            self.phrasing[key] += [v for v in value if v not in self.phrasing[key]]
        else:
            self.phrasing[key] = value


@dataclass
class Heading:
    """What the layout needs to open and close the return."""

    title: Para
    lines: list[Para]
    signature: list[Para]
    header: Optional[str]
    textbox: Optional[str]
    period_text: str


def heading(ctx: Context, truth: Truth, *, kind: str = "table") -> Heading:
    """Title, 填报单位/period lines and signature, naming department and quarter."""
    rng = ctx.rng
    names = phrasing.written_names(ctx.catalog, ctx.unit)
    places = ["title", "fill-line", "header", "textbox", "signature"]
    if kind == "report":  # a report names its author in the title or under it
        places = ["title", "title", "signature", "header"]
    where = rng.choice(places)
    chosen = {where}
    if rng.random() < 0.35:
        chosen.add(rng.choice(places))
    if ctx.stamped and ctx.seal_readable and rng.random() < 0.25:
        chosen = {"seal"}
    name = rng.choice(names)
    truth.note("unit_places", sorted(chosen))
    truth.note("unit_written", name)

    form = phrasing.period_form(rng, ctx.year, ctx.q)
    truth.note("period_written", form)
    tp = phrasing.title_period(form, ctx.year)
    period_in_title = rng.random() < 0.75
    head_period = tp if period_in_title else f"{ctx.year}年"
    truth.note("period_place", "title" if period_in_title else "subtitle")
    own = name if "title" in chosen else ""
    if kind == "report":
        title_text = rng.choice([
            f"{own}关于{head_period}为全市妇女儿童办实事项目进展情况的报告",
            f"{own}{head_period}为妇女儿童办实事工作进展情况汇报",
            f"{own}{head_period}为全市妇女儿童办实事项目推进情况",
        ])
    else:
        title_text = rng.choice([
            f"{own}{head_period}为全市妇女儿童办实事工作进展情况表",
            f"{head_period}{own}为全市妇女儿童办实事项目进展情况",
            f"{own}{head_period}妇女儿童实事项目推进情况统计表",
        ])
    lines: list[Para] = []
    if not period_in_title:
        lines.append(Para(rng.choice([f"（{tp}）", f"（统计时间：{form.format(y=ctx.year)}）",
                                      f"报告期：{tp}"]), "subtitle"))
    date = phrasing.sign_date(rng, ctx.year, ctx.q)
    if "fill-line" in chosen:
        lines.append(Para(rng.choice([f"填报单位：{name}（盖章）        填报时间：{date}",
                                      f"填报单位（公章）：{name}",
                                      f"报送单位：{name}"]), "meta"))
    elif kind == "table" and rng.random() < 0.5:
        lines.append(Para(f"填报单位（盖章）：                    填报日期：{date}", "meta"))
    signature = []
    if "signature" in chosen:
        signature.append(Para(name, "signature"))
    if rng.random() < 0.8 or signature:
        signature.append(Para(date, "signature"))
    header = textbox = None
    if "header" in chosen:
        header = rng.choice([name, f"{name}文件", f"报送单位：{name}"])
    if "textbox" in chosen:
        textbox = rng.choice([f"报送单位：{name}", name, f"{name}\n（盖章）"])
    return Heading(Para(title_text, "title"), lines, signature, header, textbox, tp)


def finish(ctx: Context, doc: SampleDoc, head: Heading, truth: Truth) -> SampleDoc:
    """Signature block, contact line, seal, header and text box."""
    rng = ctx.rng
    doc.header = head.header
    doc.textbox = head.textbox
    if rng.random() < 0.6:
        doc.blocks.append(Para(phrasing.contact_line(rng), "note"))
        truth.note("distractors", ["dis-phone"])
    if head.signature:
        doc.seal_anchor = len(doc.blocks)
        doc.blocks += head.signature
    if ctx.stamped:
        doc.seal_name = phrasing.full_name(ctx.catalog, ctx.unit)
        if doc.seal_anchor is None:
            doc.seal_anchor = len(doc.blocks)
            doc.blocks.append(Para(" ", "signature"))
    return doc


def others_of(ctx: Context, project_no: int) -> list[str]:
    p = ctx.catalog.project(project_no)
    return [u for u in p.units if u != ctx.unit]


def progress_text(ctx: Context, a: plan.Assignment, truth: Truth, *, style: Optional[str] = None,
                  with_intro: bool = True, exact: bool = False) -> str:
    """The 进展情况 prose of one project, figures inside, distractors around them."""
    rng = ctx.rng
    figs = ctx.figures
    parts = []
    if with_intro and rng.random() < 0.8:
        parts.append(phrasing.intro(rng, ctx.unit, a.project.title,
                                    phrasing.PERIOD_FORMS[ctx.q][0]))
    sentences = []
    others = others_of(ctx, a.project.no)
    if others and rng.random() < 0.5:
        sentences.append(phrasing.partner_clause(rng, rng.sample(others, 1)) + "统筹推进各项工作")
    done: set[str] = set()
    by_id = {ind.id: ind for ind in a.indicators}
    for pair in phrasing.COMBINED_PHRASES:
        if set(pair) <= set(by_id) and rng.random() < 0.4:
            s = phrasing.combined_sentence((by_id[pair[0]], by_id[pair[1]]), figs, rng)
            truth.values.update(s.values)
            truth.note("numbers", s.ids)
            sentences.append(s.text)
            done |= set(pair)
    for ind in a.indicators:
        if ind.id in done:
            continue
        if ind.numeric:
            s = phrasing.figure_sentence(ind, figs[ind.id], ctx.q, rng, style=style, exact=exact)
            truth.values.update(s.values)
            truth.note("numbers", [i for i in s.ids if i.startswith(("num", "pct"))])
            truth.note("distractors", [i for i in s.ids if i.startswith("dis")])
            sentences.append(s.text)
        else:
            sentences.append(phrasing.milestone_sentence(ind, rng))
    joiner = rng.choice(["；", "。", "，"])
    body = joiner.join(sentences) + "。"
    if rng.random() < 0.3 and len(sentences) > 1:
        body = "；".join(f"{numbers.chinese_int(i + 1)}是{s}" for i, s in enumerate(sentences)) + "。"
    parts.append(body)
    return "".join(parts)


def cell_number(ind: Indicator, value: float, rng: random.Random, with_measure: bool) -> str:
    """A figure as a table cell writes it: 2 / 2所 / 92.6% / 1,230."""
    if ind.kind == "percent":
        return numbers.arabic(value) + ("%" if with_measure or rng.random() < 0.6 else "")
    n = int(value)
    text = numbers.thousands(n) if n >= 1000 and rng.random() < 0.4 else str(n)
    return text + ((ind.measure or "") if with_measure else "")


def target_text(ind: Indicator, target: Optional[float], rng: random.Random) -> str:
    if target is None:
        return rng.choice(["—", "/", "不设目标", ""])
    if ind.kind == "percent":
        sign = {"ge": "≥", "le": "≤"}.get(ind.comparator or "", "")
        return f"{sign}{numbers.arabic(target)}%" if rng.random() < 0.7 else f"{numbers.arabic(target)}%"
    pre = {"ge": "不少于", "approx": "约"}.get(ind.comparator or "", "") if rng.random() < 0.4 else ""
    return f"{pre}{int(target)}{ind.measure or ''}" if pre or rng.random() < 0.4 else str(int(target))


def milestone_cell(ind: Indicator, rng: random.Random) -> str:
    return rng.choice(["已完成", "有序推进", "已上线运行", "按计划推进", "持续推进中"])
