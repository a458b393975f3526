"""The dashboard (进度看板) of a quarter, read from the consolidation core: completion per
project, departments yet to report, and each indicator's consolidated figure quarter by
quarter. Approved returns only by default; ``include_unreviewed`` counts every current return
and says which figures nobody has approved yet."""
from __future__ import annotations

from dataclasses import dataclass, field
from typing import Optional

from app.catalog import Catalog, Indicator, get_catalog
from app.consolidate import ConsolidatedTable, consolidate
from app.consolidate.database import returns_for_period
from app.consolidate.layout import rate_text, value_text
from app.consolidate.periods import as_of_label, period_label
from app.consolidate.rules import STATUS_BEHIND, STATUS_DONE, STATUS_ON_TRACK
from app.services import NotFound


@dataclass(frozen=True)
class ProjectBar:
    """One project's completion: the mean of its indicators' rates, each capped at 100%."""

    no: int
    title: str
    completion: Optional[float]  # 0–1, None when no indicator has a rate yet
    status: Optional[str]  # 已完成 / 序时推进 / 滞后 against the share of the year elapsed
    reported: int
    units: int
    missing: tuple[str, ...]
    unreviewed: bool

    @property
    def percent_text(self) -> str:
        return "暂无数据" if self.completion is None else rate_text(self.completion)


@dataclass(frozen=True)
class QuarterFigure:
    period: str
    value: Optional[float]
    text: str
    unreviewed: bool = False


@dataclass(frozen=True)
class IndicatorTrend:
    """One indicator's consolidated figure in each quarter of the year so far."""

    indicator: Indicator
    target: str
    figures: tuple[QuarterFigure, ...]

    @property
    def values(self) -> list[Optional[float]]:
        return [f.value for f in self.figures]


@dataclass
class Dashboard:
    period: str
    label: str
    as_of: str
    elapsed_share: float
    include_unreviewed: bool
    periods: list[str]  # the quarters of the year up to ``period``
    projects: list[ProjectBar]
    missing_units: list[dict]  # {"unit", "projects"} of departments with no return
    pending_units: list[str]  # reported, not yet approved (not counted by default)
    reported_units: list[str]
    unit_count: int
    trends: list[IndicatorTrend]
    notes: list[str] = field(default_factory=list)

    @property
    def any_unreviewed(self) -> bool:
        return any(p.unreviewed for p in self.projects)


def _project_status(completion: Optional[float], share: float) -> Optional[str]:
    if completion is None:
        return None
    if completion >= 1 - 1e-9:
        return STATUS_DONE
    return STATUS_ON_TRACK if completion >= share - 1e-9 else STATUS_BEHIND


def _bars(table: ConsolidatedTable) -> list[ProjectBar]:
    return [ProjectBar(no=p.project.no, title=p.project.title, completion=p.completion,
                       status=_project_status(p.completion, table.elapsed_share),
                       reported=len(p.reported), units=len(p.project.units),
                       missing=tuple(p.missing),
                       unreviewed=any(r.unreviewed for r in p.indicators))
            for p in table.projects]


def _trends(tables: dict[str, ConsolidatedTable], catalog: Catalog) -> list[IndicatorTrend]:
    rows = {period: {r.indicator.id: r for p in t.projects for r in p.indicators}
            for period, t in tables.items()}
    out = []
    for ind in catalog.indicators():
        if not ind.numeric:
            continue
        figures = []
        for period in tables:
            row = rows[period][ind.id]
            text = "—" if row.value is None else value_text(row.value, ind)
            figures.append(QuarterFigure(period, row.value, text, row.unreviewed))
        out.append(IndicatorTrend(ind, "—" if ind.target is None else value_text(ind.target, ind),
                                  tuple(figures)))
    return out


def default_period(catalog: Optional[Catalog] = None) -> str:
    """The latest quarter any department has reported for, else the year's first."""
    from app.models import Document

    catalog = catalog or get_catalog()
    reported = [p for p in catalog.periods if Document.current_returns(p)]
    return reported[-1] if reported else catalog.periods[0]


def dashboard(period: str, include_unreviewed: bool = False,
              catalog: Optional[Catalog] = None) -> Dashboard:
    """Everything the dashboard shows for ``period`` (inside an app context)."""
    catalog = catalog or get_catalog()
    if period not in catalog.periods:
        raise NotFound(f"没有季度 {period}")
    so_far = [p for p in catalog.periods if p <= period]
    tables = {p: consolidate(returns_for_period(p), catalog, p,
                             include_unreviewed=include_unreviewed) for p in so_far}
    table = tables[period]
    return Dashboard(
        period=period, label=period_label(period), as_of=as_of_label(period),
        elapsed_share=table.elapsed_share, include_unreviewed=include_unreviewed,
        periods=so_far, projects=_bars(table),
        missing_units=[{"unit": u, "projects": [f"{p.no}. {p.title}" for p in catalog.projects_of(u)]}
                       for u in table.missing_units],
        pending_units=list(table.pending_units), reported_units=list(table.reported_units),
        unit_count=len(catalog.units), trends=_trends(tables, catalog), notes=list(table.notes))
