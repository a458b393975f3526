"""One row per district (区县) and a 合计/全市 row: the city total is the figure, the districts'
rows are not. Percentages: the 全市 row holds the city rate, not a sum."""
from __future__ import annotations

from samples import numbers
from samples.doc import Grid, Para, SampleDoc
from samples.layouts.common import Context, Truth, finish, heading
from samples.phrasing import DISTRICTS, split_among


def build(ctx: Context, truth: Truth) -> SampleDoc:
    rng = ctx.rng
    head = heading(ctx, truth)
    figs = ctx.figures
    inds = [ind for a in ctx.assignments for ind in a.indicators if ind.numeric][:6]
    districts = list(DISTRICTS) if rng.random() < 0.6 else DISTRICTS[:8] + ["高新区", "经开区", "文昌湖区"]
    total_label = rng.choice(["合计", "全市", "全市合计", "总计"])
    total_first = rng.random() < 0.35
    with_target = rng.random() < 0.4
    truth.variant = f"{'total-first' if total_first else 'total-last'}{'/targets' if with_target else ''}"
    cols: dict[str, list[str]] = {}
    header = [rng.choice(["区县", "单位", "地区"])]
    sub = [""]
    merges = []
    for ind in inds:
        fig = figs[ind.id]
        label = f"{ind.name}（{ind.measure}）" if ind.measure and ind.measure != "%" else ind.name
        if ind.kind == "percent":
            city = fig["value"]
            per = [min(100.0, round(city + rng.uniform(-4, 4), 1)) if city < 100 else 100.0
                   for _ in districts]
            cells = [numbers.arabic(v) + "%" for v in per]
            total = numbers.arabic(city) + "%"
        else:
            v = int(fig["value"])
            parts = split_among(v, min(len(districts), max(1, v)), rng, whole=True) if v >= 2 else [v]
            parts += [0] * (len(districts) - len(parts))
            rng.shuffle(parts)
            cells = [str(p) for p in parts]
            total = str(v)
        truth.values[ind.id] = fig["value"]
        if with_target:
            header += [label, ""]
            sub += [rng.choice(["目标", "年度目标"]), rng.choice(["累计完成", "完成"])]
            merges.append((0, len(header) - 2, 0, len(header) - 1))
            tgt = fig["target"]
            cols[ind.id + "/t"] = ["—"] * len(districts) + [numbers.arabic(tgt) if tgt else "—"]
        else:
            header.append(label)
        cols[ind.id] = cells + [total]
    keys = list(cols)
    rows_body = []
    for i, d in enumerate(districts + [total_label]):
        rows_body.append([d] + [cols[k][i] for k in keys])
    if total_first:
        rows_body = [rows_body[-1]] + rows_body[:-1]
    rows = [header, sub] + rows_body if with_target else [header] + rows_body
    if with_target:
        merges += [(0, 0, 1, 0)]
    hr = 2 if with_target else 1
    nums = {(r, c): float(t) for r, row in enumerate(rows) for c, t in enumerate(row)
            if r >= hr and c > 0 and t.isdigit()}
    total_row = hr if total_first else len(rows) - 1
    first, last = (hr + 1, len(rows) - 1) if total_first else (hr, len(rows) - 2)
    formulas = {(total_row, c): ("sum", first, last) for c in range(1, len(header))
                if (total_row, c) in nums and all((r, c) in nums for r in range(first, last + 1))}
    grid = Grid(rows, merges=merges, header_rows=hr, numbers=nums, formulas=formulas)
    blocks = [head.title, *head.lines, grid]
    if rng.random() < 0.5:
        blocks.append(Para("注：表中数据为截至本季度末累计数，全市数据含市直单位。", "note"))
    doc = SampleDoc(blocks=blocks, landscape=len(header) > 5)
    return finish(ctx, doc, head, truth)
