"""Both a 本季度新增 column and a 累计完成 column: only the second is the figure."""
from __future__ import annotations

from samples.doc import Grid, SampleDoc
from samples.layouts.common import Context, Truth, cell_number, finish, heading, target_text


def build(ctx: Context, truth: Truth) -> SampleDoc:
    rng = ctx.rng
    head = heading(ctx, truth)
    new_first = rng.random() < 0.7
    new_label = rng.choice(["本季度新增", "本季度完成", "当季新增", "本期完成"])
    total_label = rng.choice(["累计完成", "累计完成数", "年初至今累计"])
    pair = [new_label, total_label] if new_first else [total_label, new_label]
    rows = [["序号", rng.choice(["项目名称", "实事项目"]), rng.choice(["指标", "工作任务"]),
             rng.choice(["年度目标", "全年目标"]), *pair, "完成率"]]
    truth.variant = "new-first" if new_first else "total-first"
    figs = ctx.figures
    merges = []
    nums = {}
    k = 0
    for a in ctx.assignments:
        first = len(rows)
        for ind in a.indicators:
            if not ind.numeric:
                continue
            k += 1
            fig = figs[ind.id]
            total = cell_number(ind, fig["value"], rng, False)
            if ind.kind == "percent":
                new = "—"
            else:
                new = str(int(fig["value"] - (fig["previous"] or 0)))
            cells = [new, total] if new_first else [total, new]
            rate = f"{round(100 * fig['value'] / fig['target'], 1):g}%" if fig["target"] else "—"
            r = len(rows)
            rows.append([str(k), a.project.title if r == first else "", ind.name,
                         target_text(ind, fig["target"], rng), *cells, rate])
            for c in (4, 5):
                if rows[-1][c].isdigit():
                    nums[(r, c)] = float(rows[-1][c])
            truth.values[ind.id] = fig["value"]
        if len(rows) - 1 > first:
            merges.append((first, 1, len(rows) - 1, 1))
    doc = SampleDoc(blocks=[head.title, *head.lines, Grid(rows, merges=merges, numbers=nums)],
                    landscape=True)
    return finish(ctx, doc, head, truth)
