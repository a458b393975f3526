"""A report with no table: one section per project, 进展 / 问题 / 打算 as labelled
paragraphs or as sub-headings."""
from __future__ import annotations

from samples import numbers, phrasing
from samples.doc import Para, SampleDoc
from samples.layouts.common import Context, Truth, finish, heading, progress_text

LABELS = [("工作进展", "存在问题", "下步打算"), ("进展情况", "存在的问题", "下一步工作打算"),
          ("推进情况", "存在困难", "下步计划")]


def build(ctx: Context, truth: Truth) -> SampleDoc:
    rng = ctx.rng
    head = heading(ctx, truth, kind="report")
    labels = rng.choice(LABELS)
    inline = rng.random() < 0.5
    truth.variant = "inline-labels" if inline else "label-headings"
    blocks = [head.title, *head.lines]
    blocks.append(Para(rng.choice(["市妇儿工委办公室：", "市妇女儿童工作委员会办公室："])))
    blocks.append(Para(rng.choice([
        f"根据工作要求，现将{head.period_text}为全市妇女儿童办实事项目进展情况报告如下：",
        f"按照《2024年为全市妇女儿童办实事项目清单》要求，现将有关工作进展情况汇报如下。",
    ])))
    for i, a in enumerate(ctx.assignments, 1):
        blocks.append(Para(f"{numbers.chinese_int(i)}、{a.project.title}", "heading"))
        texts = (progress_text(ctx, a, truth), phrasing.problems(rng, ctx.unit),
                 phrasing.plans(rng, ctx.unit))
        for j, (label, key, text) in enumerate(zip(labels, ("progress", "problems", "plans"),
                                                   texts), 1):
            mark = f"（{numbers.chinese_int(j)}）{label}"
            if inline:
                blocks.append(Para(f"{mark}。{text}"))
            else:
                blocks += [Para(mark, "heading"), Para(text)]
            truth.text(a.project.no, key, text)
    blocks.append(Para(rng.choice(["特此报告。", "专此报告。", ""]) or "以上情况，特此报告。"))
    doc = SampleDoc(blocks=blocks)
    return finish(ctx, doc, head, truth)
