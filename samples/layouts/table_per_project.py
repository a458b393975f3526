"""One small table per project, the project named only in the heading above it, the
进展情况 / 存在问题 / 下步打算 as paragraphs under each table."""
from __future__ import annotations

from samples import numbers, phrasing
from samples.doc import Grid, Para, SampleDoc
from samples.layouts.common import (Context, Truth, cell_number, finish, heading, milestone_cell,
                                    progress_text, target_text)


def build(ctx: Context, truth: Truth) -> SampleDoc:
    rng = ctx.rng
    head = heading(ctx, truth)
    figs = ctx.figures
    cols = rng.choice([["指标", "年度目标", "累计完成", "完成率"], ["任务内容", "累计完成", "全年目标"],
                       ["序号", "具体任务", "目标值", "完成值"]])
    truth.variant = "-".join(cols)
    blocks = [head.title, *head.lines]
    numbering = rng.choice(["{n}、{t}", "（{n}）{t}", "{n}、{t}"])
    for i, a in enumerate(ctx.assignments, 1):
        blocks.append(Para(numbering.format(n=numbers.chinese_int(i), t=a.project.title), "heading"))
        rows = [cols]
        nums = {}
        for k, ind in enumerate(a.indicators, 1):
            fig = figs.get(ind.id)
            row = []
            for c, col in enumerate(cols):
                if col == "序号":
                    row.append(str(k))
                elif col in ("指标", "任务内容", "具体任务"):
                    row.append(ind.name)
                elif col in ("年度目标", "全年目标", "目标值"):
                    row.append(target_text(ind, fig["target"] if fig else ind.target, rng))
                elif col in ("累计完成", "完成值"):
                    if fig is None:
                        row.append(milestone_cell(ind, rng))
                    else:
                        row.append(cell_number(ind, fig["value"], rng, rng.random() < 0.3))
                        truth.values[ind.id] = fig["value"]
                        if row[-1] == numbers.arabic(fig["value"]):
                            nums[(len(rows), c)] = fig["value"]
                else:  # 完成率
                    row.append(f"{round(100 * fig['value'] / fig['target'], 1):g}%"
                               if fig and fig["target"] else "—")
            rows.append(row)
        blocks.append(Grid(rows, numbers=nums))
        prog = progress_text(ctx, a, truth, exact=True)
        prob, plan_text = phrasing.problems(rng, ctx.unit), phrasing.plans(rng, ctx.unit)
        for label, key, text in (("进展情况", "progress", prog), ("存在问题", "problems", prob),
                                 ("下步打算", "plans", plan_text)):
            blocks.append(Para(f"{label}：{text}"))
            truth.text(a.project.no, key, text)
    doc = SampleDoc(blocks=blocks)
    return finish(ctx, doc, head, truth)
