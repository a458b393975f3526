"""The consolidation rules, as pure functions over ``Return`` objects and the catalog.

* Each indicator takes the lead department's figure (``aggregate: "lead"``) or the sum of the
  departments' figures (``"sum"``), as the catalog says.
* Completion rate = figure ÷ target for ``ge``/``eq``/``approx``; for ``le`` (at most) a figure
  within the limit counts as 100%. Milestones and indicators without a target have none.
* Status against the share of the year elapsed at the quarter's end (Q1 25% … Q4 100%):
  已完成 when the target is met, 序时推进 when the rate keeps pace, else 滞后.
* Only approved returns count by default; with ``include_unreviewed`` every return counts
  and its figures are marked.
"""
from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date
from typing import Iterable, Optional

from app.catalog import Catalog, Indicator, Project
from app.consolidate.periods import elapsed_share, parse_period, period_end
from app.consolidate.returns import Return, ReturnValue

STATUS_DONE = "已完成"
STATUS_ON_TRACK = "序时推进"
STATUS_BEHIND = "滞后"
#: "约2000名", "5个左右": a figure within 5% below the target counts as met
APPROX_TOLERANCE = 0.05
_EPS = 1e-9


# ---------------------------------------------------------------- rate and status

def completion_rate(value: Optional[float], target: Optional[float],
                    comparator: Optional[str]) -> Optional[float]:
    """Figure against target as a fraction (0.75 = 75%); None where there is no rate."""
    if value is None or target is None or comparator is None:
        return None
    if comparator == "le":
        if value <= target + _EPS:
            return 1.0
        return target / value if value else None
    if target == 0:
        return None
    return value / target


def target_met(value: float, target: float, comparator: str) -> bool:
    if comparator == "le":
        return value <= target + _EPS
    if comparator == "approx":
        return value >= target * (1 - APPROX_TOLERANCE) - _EPS
    return value >= target - _EPS  # ge, eq: reaching the target is completion


def status(value: Optional[float], target: Optional[float], comparator: Optional[str],
           share: float) -> Optional[str]:
    """已完成 / 序时推进 / 滞后, or None for milestones and figures without a target."""
    if value is None or target is None or comparator is None:
        return None
    if comparator == "le":  # a limit: kept so far is on track, kept at year end is done
        if not target_met(value, target, comparator):
            return STATUS_BEHIND
        return STATUS_DONE if share >= 1 - _EPS else STATUS_ON_TRACK
    if target_met(value, target, comparator):
        return STATUS_DONE
    rate = completion_rate(value, target, comparator)
    return STATUS_ON_TRACK if rate is not None and rate >= share - _EPS else STATUS_BEHIND


# ---------------------------------------------------------------- the table

@dataclass(frozen=True)
class Contribution:
    """One department's figure for one indicator, and whether it went into the total."""

    unit: str
    value: float
    ret: Return
    source: ReturnValue
    counted: bool

    @property
    def unreviewed(self) -> bool:
        return not self.ret.approved


@dataclass
class IndicatorRow:
    indicator: Indicator
    value: Optional[float]
    rate: Optional[float]
    status: Optional[str]
    contributions: list[Contribution]
    #: a figure from a return nobody has approved yet went into ``value``
    unreviewed: bool = False
    notes: list[str] = field(default_factory=list)


@dataclass(frozen=True)
class Narrative:
    """What one department wrote for a project, each text headed 【department】 ("" if none)."""

    unit: str
    progress: str
    problems_plans: str


@dataclass
class ProjectRow:
    project: Project
    indicators: list[IndicatorRow]
    #: one per department that wrote anything, the lead department first
    narratives: list[Narrative]
    reported: list[str]
    #: reported but not approved, so not counted (default mode only)
    pending: list[str]
    missing: list[str]
    #: reported units whose counted return is unreviewed (include_unreviewed mode)
    unreviewed_units: list[str]

    @property
    def progress(self) -> list[str]:
        return [n.progress for n in self.narratives if n.progress]

    @property
    def problems_plans(self) -> list[str]:
        return [n.problems_plans for n in self.narratives if n.problems_plans]

    @property
    def completion(self) -> Optional[float]:
        """Mean completion over the indicators that have a rate, each capped at 100%."""
        rates = [min(r.rate, 1.0) for r in self.indicators if r.rate is not None]
        return sum(rates) / len(rates) if rates else None


@dataclass
class ConsolidatedTable:
    title: str
    period: str
    as_of: date
    elapsed_share: float
    include_unreviewed: bool
    projects: list[ProjectRow]
    reported_units: list[str]
    pending_units: list[str]
    missing_units: list[str]
    #: anything the clerk should know about the inputs (returns left out and why)
    notes: list[str] = field(default_factory=list)

    @property
    def all_unreviewed(self) -> bool:
        """Every counted return is unreviewed (e.g. read straight from files): then the table
        says so once instead of marking every figure."""
        counted = [c for _, c in self.contributions() if c.counted]
        return bool(counted) and all(c.unreviewed for c in counted)

    def contributions(self) -> Iterable[tuple[IndicatorRow, Contribution]]:
        for p in self.projects:
            for row in p.indicators:
                for c in row.contributions:
                    yield row, c


def table_title(catalog: Catalog) -> str:
    return f"{catalog.year}年为全市妇女儿童办实事工作进展情况表"


def _newest(returns: list[Return]) -> Return:
    """The latest upload; undated ones count as oldest; ties go to the later in the list."""
    def key(ir: tuple[int, Return]):
        i, r = ir
        return (r.uploaded_at is not None, r.uploaded_at.timestamp() if r.uploaded_at else 0.0, i)
    return max(enumerate(returns), key=key)[1]


def select_returns(returns: Iterable[Return], catalog: Catalog, period: str,
                   include_unreviewed: bool) -> tuple[dict[str, Return], list[str], list[str]]:
    """The one return counted per department, the departments whose returns are all
    unreviewed (not counted), and notes on the returns left out."""
    known = {u.name for u in catalog.units}
    by_unit: dict[str, list[Return]] = {}
    notes: list[str] = []
    for r in returns:
        if r.period != period:
            notes.append(f"{r.file_name}：季度为{r.period or '未识别'}，不是本期，未计入")
            continue
        if r.unit not in known:
            notes.append(f"{r.file_name}：报送部门{('“' + r.unit + '”') if r.unit else '未识别'}，未计入")
            continue
        by_unit.setdefault(r.unit, []).append(r)
    chosen: dict[str, Return] = {}
    pending: list[str] = []
    for unit, rs in by_unit.items():
        eligible = rs if include_unreviewed else [r for r in rs if r.approved]
        if not eligible:
            pending.append(unit)
            continue
        pick = _newest(eligible)
        chosen[unit] = pick
        for r in rs:
            if r is not pick and r in eligible:
                notes.append(f"{r.file_name}：{unit}本期另有较新的回执（{pick.file_name}），此份未计入")
    return chosen, pending, notes


def _aggregate(ind: Indicator, project: Project,
               chosen: dict[str, Return]) -> tuple[Optional[float], list[Contribution], list[str]]:
    found: list[tuple[str, Return, ReturnValue]] = []
    for unit in project.units:
        r = chosen.get(unit)
        if r is None:
            continue
        rv = r.values.get(ind.id)
        if rv is not None and rv.value is not None:
            found.append((unit, r, rv))
    if not found:
        return None, [], []
    notes: list[str] = []
    if ind.aggregate == "lead":
        lead = [f for f in found if f[0] == project.lead]
        if lead:
            used_unit = project.lead
        else:
            used_unit = found[0][0]
            notes.append(f"牵头单位{project.lead}未报此项，暂取{used_unit}数据")
        contribs = [Contribution(u, rv.value, r, rv, counted=(u == used_unit)) for u, r, rv in found]
        value = next(c.value for c in contribs if c.counted)
    else:
        contribs = [Contribution(u, rv.value, r, rv, counted=True) for u, r, rv in found]
        value = sum(c.value for c in contribs)
    return value, contribs, notes


def _narratives(project: Project, chosen: dict[str, Return]) -> list[Narrative]:
    out: list[Narrative] = []
    units = [project.lead] + [u for u in project.units if u != project.lead]
    for unit in units:
        r = chosen.get(unit)
        t = r.texts.get(project.no) if r else None
        if t is None:
            continue
        progress = f"【{unit}】{t.progress.strip()}" if t.progress.strip() else ""
        parts = []
        if t.problems.strip():
            parts.append(f"存在问题：{t.problems.strip()}")
        if t.plans.strip():
            parts.append(f"下步打算：{t.plans.strip()}")
        problems_plans = f"【{unit}】" + "\n".join(parts) if parts else ""
        if progress or problems_plans:
            out.append(Narrative(unit, progress, problems_plans))
    return out


def consolidate(returns: Iterable[Return], catalog: Catalog, period: str,
                include_unreviewed: bool = False) -> ConsolidatedTable:
    """Assemble the quarter's consolidated table from the departments' returns."""
    parse_period(period)
    share = elapsed_share(period)
    chosen, pending, notes = select_returns(returns, catalog, period, include_unreviewed)
    projects: list[ProjectRow] = []
    for p in catalog.projects:
        rows = []
        for ind in p.indicators:
            value, contribs, ind_notes = _aggregate(ind, p, chosen)
            target = ind.target if ind.numeric else None
            if value is not None and ind.comparator == "eq" and target is not None \
                    and value > target + _EPS:
                ind_notes.append("超出年度目标，请核实")
            rows.append(IndicatorRow(
                indicator=ind, value=value,
                rate=completion_rate(value, target, ind.comparator),
                status=status(value, target, ind.comparator, share),
                contributions=contribs,
                unreviewed=any(c.counted and c.unreviewed for c in contribs),
                notes=ind_notes))
        projects.append(ProjectRow(
            project=p, indicators=rows, narratives=_narratives(p, chosen),
            reported=[u for u in p.units if u in chosen],
            pending=[u for u in p.units if u in pending],
            missing=[u for u in p.units if u not in chosen and u not in pending],
            unreviewed_units=[u for u in p.units if u in chosen and not chosen[u].approved]))
    all_units = [u.name for u in catalog.units]
    return ConsolidatedTable(
        title=table_title(catalog), period=period, as_of=period_end(period),
        elapsed_share=share, include_unreviewed=include_unreviewed, projects=projects,
        reported_units=[u for u in all_units if u in chosen],
        pending_units=[u for u in all_units if u in pending],
        missing_units=[u for u in all_units if u not in chosen and u not in pending],
        notes=notes)
