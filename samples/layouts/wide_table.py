"""Indicators as columns, the rows labelled 年度目标 / 累计完成 / 完成率 (or 本季度完成):
the table turned on its side."""
from __future__ import annotations

from samples import numbers
from samples.doc import Grid, SampleDoc
from samples.layouts.common import Context, Truth, cell_number, finish, heading, target_text


def build(ctx: Context, truth: Truth) -> SampleDoc:
    rng = ctx.rng
    head = heading(ctx, truth)
    figs = ctx.figures
    inds = [ind for a in ctx.assignments for ind in a.indicators if ind.numeric][:7]
    row_kinds = rng.choice([["target", "done", "rate"], ["done", "target", "rate"],
                            ["target", "quarter", "done"], ["target", "done"]])
    labels = {"target": rng.choice(["年度目标", "全年任务"]),
              "done": rng.choice(["累计完成", "截至本季度末累计完成", "累计完成数"]),
              "rate": rng.choice(["完成率", "完成进度"]),
              "quarter": rng.choice(["本季度完成", "本季度新增"])}
    truth.variant = "-".join(row_kinds)
    header = [rng.choice(["项目", "指标", "类别"])]
    for ind in inds:
        unit = f"（{ind.measure}）" if ind.measure else ""
        header.append(f"{ind.name}{unit}")
    rows = [header]
    for k in row_kinds:
        row = [labels[k]]
        for ind in inds:
            fig = figs[ind.id]
            if k == "target":
                row.append(target_text(ind, fig["target"], rng))
            elif k == "done":
                row.append(cell_number(ind, fig["value"], rng, False))
                truth.values[ind.id] = fig["value"]
            elif k == "rate":
                row.append(f"{round(100 * fig['value'] / fig['target'], 1):g}%" if fig["target"] else "—")
            else:
                row.append("—" if ind.kind == "percent" else
                           numbers.arabic(fig["value"] - (fig["previous"] or 0)))
        rows.append(row)
    grid = Grid(rows, widths=[1.4] + [1.0] * len(inds))
    doc = SampleDoc(blocks=[head.title, *head.lines, grid], landscape=len(inds) > 4)
    return finish(ctx, doc, head, truth)
