"""A ledger (台账) with one column per quarter, each the cumulative figure at that quarter's
end, filled only up to the quarter reported."""
from __future__ import annotations

from samples.doc import Grid, Para, SampleDoc
from samples.layouts.common import Context, Truth, cell_number, finish, heading, target_text

QUARTER_HEADS = [
    ["第一季度", "第二季度", "第三季度", "第四季度"],
    ["一季度", "二季度", "三季度", "四季度"],
    ["截至3月底", "截至6月底", "截至9月底", "截至12月底"],
    ["1-3月", "1-6月", "1-9月", "1-12月"],
]


def build(ctx: Context, truth: Truth) -> SampleDoc:
    rng = ctx.rng
    head = heading(ctx, truth)
    qheads = list(rng.choice(QUARTER_HEADS))
    if rng.random() < 0.4:
        qheads = [h + "（累计）" for h in qheads]
    cols = ["序号", rng.choice(["项目", "实事项目"]), rng.choice(["指标", "任务指标"]),
            rng.choice(["年度目标", "全年任务"])]
    two_row = rng.random() < 0.5
    merges = []
    if two_row:
        rows = [cols + [rng.choice(["累计完成情况", "各季度累计完成", "完成进度"]), "", "", ""],
                [""] * len(cols) + qheads]
        merges.append((0, len(cols), 0, len(cols) + 3))
        merges += [(0, c, 1, c) for c in range(len(cols))]
        header_rows = 2
    else:
        rows = [cols + qheads]
        header_rows = 1
    truth.variant = f"{qheads[0]}{'/2row' if two_row else ''}"
    figs = ctx.figures
    nums = {}
    k = 0
    for a in ctx.assignments:
        first = len(rows)
        for ind in a.indicators:
            if not ind.numeric:
                continue
            k += 1
            fig = figs[ind.id]
            r = len(rows)
            row = [str(k), a.project.title if r == first else "", ind.name,
                   target_text(ind, fig["target"], rng)]
            for qi in range(4):
                if qi < len(fig["series"]):
                    v = fig["series"][qi]
                    row.append(cell_number(ind, v, rng, False))
                    if ind.kind == "count" and row[-1].replace(",", "") == str(int(v)):
                        nums[(r, len(row) - 1)] = v
                else:
                    row.append("")
            truth.values[ind.id] = fig["value"]
            rows.append(row)
        if len(rows) - 1 > first:
            merges.append((first, 1, len(rows) - 1, 1))
    blocks = [head.title, *head.lines, Grid(rows, merges=merges, header_rows=header_rows,
                                            numbers=nums)]
    if rng.random() < 0.5:
        blocks.append(Para(rng.choice(["注：各季度数据均为累计数。", "说明：表中数据为截至各季度末的累计完成数。"]),
                           "note"))
    doc = SampleDoc(blocks=blocks, landscape=True)
    return finish(ctx, doc, head, truth)
