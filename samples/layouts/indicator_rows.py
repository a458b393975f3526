"""One row per indicator: 年度目标 | 累计完成 | 完成率 columns in an office's own order, a
two-row merged header in some, the project cell merged down its indicator rows."""
from __future__ import annotations

from samples import numbers, phrasing
from samples.doc import Grid, Para, SampleDoc
from samples.layouts.common import (Context, Truth, cell_number, finish, heading, milestone_cell,
                                    progress_text, target_text)

COLUMN_ORDERS = [
    ["no", "project", "indicator", "target", "done", "rate", "note"],
    ["no", "project", "indicator", "measure", "target", "done", "rate"],
    ["project", "indicator", "done", "target", "rate"],
    ["no", "project", "indicator", "target", "done", "progress"],
    ["no", "indicator", "project", "done", "rate", "target"],
]


def build(ctx: Context, truth: Truth, *, order: list[str] | None = None) -> SampleDoc:
    rng = ctx.rng
    head = heading(ctx, truth)
    order = list(order or rng.choice(COLUMN_ORDERS))
    two_row = "done" in order and "rate" in order and rng.random() < 0.45
    merge_projects = rng.random() < 0.7
    with_measure = "measure" not in order and rng.random() < 0.3
    grid, tail = indicator_grid(ctx, truth, order, two_row, merge_projects, with_measure,
                                head.period_text)
    truth.variant = f"{'-'.join(order)}{'/2row' if two_row else ''}{'/merged' if merge_projects else ''}"
    doc = SampleDoc(blocks=[head.title, *head.lines, grid, *tail], landscape=len(order) > 5)
    return finish(ctx, doc, head, truth)


def header_labels(rng, period_text: str) -> dict[str, str]:
    return {
        "no": "序号",
        "project": rng.choice(["实事项目", "项目名称", "项目"]),
        "indicator": rng.choice(["具体指标", "任务指标", "主要任务", "目标任务"]),
        "measure": rng.choice(["单位", "计量单位"]),
        "target": rng.choice(["年度目标", "全年目标", "目标任务数", "年度任务"]),
        "done": rng.choice(["累计完成", "累计完成数", f"截至{period_text.replace('截至', '')}累计完成",
                            "完成情况（累计）", "累计完成情况"]),
        "rate": rng.choice(["完成率", "完成进度", "完成比例"]),
        "note": rng.choice(["备注", "说明"]),
        "progress": rng.choice(["进展情况", "工作进展"]),
    }


def indicator_grid(ctx: Context, truth: Truth, order: list[str], two_row: bool,
                   merge_projects: bool, with_measure: bool, period_text: str):
    rng = ctx.rng
    labels = header_labels(rng, period_text)
    merges = []
    if two_row:
        i_done, i_rate = order.index("done"), order.index("rate")
        if abs(i_done - i_rate) != 1:  # keep the pair adjacent under one group heading
            order.remove("rate")
            order.insert(order.index("done") + 1, "rate")
            i_done, i_rate = order.index("done"), order.index("done") + 1
        top = [labels[k] for k in order]
        sub = [""] * len(order)
        group = rng.choice(["完成情况", f"{period_text}完成情况", "进展情况"])
        top[i_done], top[i_rate] = group, ""
        sub[i_done] = rng.choice(["累计完成", "累计完成数", "完成数"])
        sub[i_rate] = labels["rate"]
        merges.append((0, i_done, 0, i_rate))
        for c, k in enumerate(order):
            if k not in ("done", "rate"):
                merges.append((0, c, 1, c))
        rows = [top, sub]
        header_rows = 2
    else:
        rows = [[labels[k] for k in order]]
        header_rows = 1
    numbers_at = {}
    percent_at = set()
    formulas = {}
    tail = []
    figs = ctx.figures
    n = 0
    for a in ctx.assignments:
        first = len(rows)
        prog = progress_text(ctx, a, truth, with_intro=False, exact=True) if "progress" in order else None
        if prog:
            truth.text(a.project.no, "progress", prog)
        for ind in a.indicators:
            n += 1
            r = len(rows)
            row = []
            fig = figs.get(ind.id)
            for c, k in enumerate(order):
                if k == "no":
                    row.append(str(n))
                elif k == "project":
                    row.append(a.project.title if (r == first or not merge_projects) else "")
                elif k == "indicator":
                    row.append(ind.name)
                elif k == "measure":
                    row.append(ind.measure or "")
                elif k == "target":
                    row.append(target_text(ind, fig["target"] if fig else ind.target, rng))
                    if fig and fig["target"] is not None and row[-1] == numbers.arabic(fig["target"]):
                        numbers_at[(r, c)] = fig["target"]
                elif k == "done":
                    if fig is None:
                        row.append(milestone_cell(ind, rng))
                        continue
                    text = cell_number(ind, fig["value"], rng, with_measure)
                    row.append(text)
                    truth.values[ind.id] = fig["value"]
                    if text.replace(",", "") == numbers.arabic(fig["value"]):
                        numbers_at[(r, c)] = fig["value"]
                    elif ind.kind == "percent" and text.endswith("%") and rng.random() < 0.5:
                        percent_at.add((r, c))
                        numbers_at[(r, c)] = fig["value"] / 100
                elif k == "rate":
                    if fig is None or not fig["target"]:
                        row.append("—")
                        continue
                    rate = round(100 * fig["value"] / fig["target"], 1)
                    row.append(f"{rate:g}%")
                    if "target" in order and (r, order.index("target")) in numbers_at \
                            and (r, order.index("done")) in numbers_at and ind.kind == "count":
                        formulas[(r, c)] = ("ratio", order.index("done"), order.index("target"))
                        percent_at.add((r, c))
                        numbers_at[(r, c)] = fig["value"] / fig["target"]
                elif k == "note":
                    row.append(rng.choice(["", "", "超额完成" if fig and fig["target"] and
                                           fig["value"] > fig["target"] else "", "按进度推进"]))
                elif k == "progress":
                    row.append(prog if r == first else "")
            rows.append(row)
        last = len(rows) - 1
        if last > first:
            if merge_projects and "project" in order:
                c = order.index("project")
                merges.append((first, c, last, c))
            if "progress" in order:
                c = order.index("progress")
                merges.append((first, c, last, c))  # the prose sits once per project
    if "progress" in order and rng.random() < 0.6:
        for label, fn, key in (("存在问题", phrasing.problems, "problems"),
                               ("下步打算", phrasing.plans, "plans")):
            text = fn(rng, ctx.unit)
            if rng.random() < 0.5:
                tail.append(Para(f"{label}：{text}"))
            else:
                tail += [Para(label, "heading"), Para(text)]
            if len(ctx.assignments) == 1:
                truth.text(ctx.assignments[0].project.no, key, text)
    grid = Grid(rows, merges=merges, header_rows=header_rows, numbers=numbers_at,
                formulas=formulas, percent_format=percent_at)
    return grid, tail
