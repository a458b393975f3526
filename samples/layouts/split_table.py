"""A long table split over two pages: either one table whose header row repeats on the next
page, or two tables with the header copied after a page break."""
from __future__ import annotations

from samples.doc import Grid, PageBreak, Para, SampleDoc
from samples.layouts import indicator_rows
from samples.layouts.common import Context, Truth, finish, heading


def build(ctx: Context, truth: Truth) -> SampleDoc:
    rng = ctx.rng
    head = heading(ctx, truth)
    order = ["no", "project", "indicator", "target", "done", "progress"]
    grid, tail = indicator_rows.indicator_grid(ctx, truth, order, False, True, False,
                                               head.period_text)
    grid.repeat_header = True
    body = grid.rows[grid.header_rows:]
    blocks = [head.title, *head.lines]
    if len(body) >= 2 and rng.random() < 0.6:
        cut = _project_boundary(grid)
        truth.variant = "two-tables"
        top = Grid(grid.rows[:cut], merges=[m for m in grid.merges if m[2] < cut],
                   header_rows=grid.header_rows, repeat_header=True)
        bottom_rows = grid.rows[:grid.header_rows] + grid.rows[cut:]
        shift = cut - grid.header_rows
        bottom = Grid(bottom_rows, header_rows=grid.header_rows, repeat_header=True,
                      merges=[(r0 - shift, c0, r1 - shift, c1) for r0, c0, r1, c1 in grid.merges
                              if r0 >= cut])
        blocks += [top, PageBreak(), bottom]
    else:
        truth.variant = "flowing"
        blocks.append(Para("（续表见下页）" if rng.random() < 0.2 else " "))
        blocks.append(grid)
    blocks += tail
    doc = SampleDoc(blocks=blocks, landscape=True)
    return finish(ctx, doc, head, truth)


def _project_boundary(grid: Grid) -> int:
    """The row to start the second page at: the middle, moved to a project's first row so
    no vertical merge is cut."""
    n = len(grid.rows)
    mid = grid.header_rows + (n - grid.header_rows) // 2
    starts = {grid.header_rows} | {r1 + 1 for r0, _, r1, _ in grid.merges if r0 >= grid.header_rows}
    starts |= {r for r in range(grid.header_rows, n)
               if not any(r0 < r <= r1 for r0, _, r1, _ in grid.merges)}
    starts.discard(grid.header_rows)
    starts = {s for s in starts if s < n} or {mid}
    return min(starts, key=lambda s: abs(s - mid))
