"""One row per project, the figures inside the 进展情况 prose; 存在问题 and 下步打算 as
columns, or as paragraphs under the table."""
from __future__ import annotations

from samples import numbers, phrasing
from samples.doc import Grid, Para, SampleDoc
from samples.layouts.common import Context, Truth, finish, heading, progress_text


def build(ctx: Context, truth: Truth) -> SampleDoc:
    rng = ctx.rng
    head = heading(ctx, truth)
    with_columns = rng.random() < 0.6
    with_unit_col = rng.random() < 0.4
    truth.variant = "columns" if with_columns else "paragraphs"
    header = ["序号", rng.choice(["实事项目", "项目名称", "实事项目名称"])]
    if with_unit_col:
        header.append(rng.choice(["责任单位", "牵头单位"]))
    header.append(rng.choice(["进展情况", "工作进展情况", f"{head.period_text}进展情况"]))
    if with_columns:
        header += [rng.choice(["存在问题", "存在的问题"]), rng.choice(["下步打算", "下一步工作打算"])]
    rows = [header]
    after: list[Para] = []
    for i, a in enumerate(ctx.assignments, 1):
        prog = progress_text(ctx, a, truth)
        prob = phrasing.problems(rng, ctx.unit)
        nxt = phrasing.plans(rng, ctx.unit)
        truth.text(a.project.no, "progress", prog)
        truth.text(a.project.no, "problems", prob)
        truth.text(a.project.no, "plans", nxt)
        no = rng.choice([str(i), numbers.chinese_int(a.project.no), str(a.project.no)])
        row = [no, a.project.title]
        if with_unit_col:
            row.append("、".join(a.project.units) if rng.random() < 0.5 else ctx.unit)
        row.append(prog)
        if with_columns:
            row += [prob, nxt]
        else:
            after.append((a.project, prob, nxt))
        rows.append(row)
    widths = [0.6, 2] + ([1.2] if with_unit_col else []) + [6] + ([2.5, 2.5] if with_columns else [])
    doc = SampleDoc(blocks=[head.title, *head.lines, Grid(rows, widths=widths)],
                    landscape=True)
    if after:
        single = len(after) == 1
        for label, idx in (("存在问题", 1), ("下步打算", 2)):
            doc.blocks.append(Para(rng.choice([f"{label}：", f"{numbers.chinese_int(idx)}、{label}"]),
                                   "heading"))
            for p, prob, nxt in after:
                text = prob if idx == 1 else nxt
                doc.blocks.append(Para(text if single else f"{p.title}：{text}"))
    return finish(ctx, doc, head, truth)
