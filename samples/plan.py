"""What each department reports and its cumulative figures quarter by quarter.

The figures are drawn once per (seed, department, indicator), independently of the format or
layout of a file, so the same office's returns agree with each other: they grow over the
quarters, some offices exceed their share of the target, some lag. A co-responsible
department reports its own share (市妇联's trainees for 2.1, not the city total).
"""
from __future__ import annotations

import hashlib
import random
from dataclasses import dataclass

from app.catalog import Catalog, Indicator, Project

#: which indicators a department reports for a project, for the 2024 list; a catalog without
#: an entry here falls back to ``_default_indicators``
REPORTS_2024: dict[tuple[str, int], tuple[str, ...]] = {
    ("市教育局", 1): ("1.1", "1.2", "1.3"),
    ("市人力资源社会保障局", 2): ("2.1", "2.2"),
    ("市妇联", 2): ("2.1", "2.2"),
    ("市商务局", 2): ("2.1",),
    ("市卫生健康委", 3): ("3.1", "3.2", "3.3"),
    ("市妇联", 3): ("3.2",),
    ("市妇联", 4): ("4.1", "4.2", "4.3"),
    ("市教育局", 4): ("4.1", "4.2"),
    ("市妇联", 5): ("5.1",),
    ("团市委", 5): ("5.1",),
    ("市医保局", 5): ("5.2",),
    ("市妇联", 6): ("6.1", "6.3"),
    ("市交通运输局", 6): ("6.2",),
    ("市卫生健康委", 7): ("7.1", "7.2"),
    ("市总工会", 7): ("7.3",),
    ("市教育局", 8): ("8.1", "8.2"),
    ("市卫生健康委", 8): ("8.1",),
    ("市公安局", 8): ("8.2",),
    ("市法院", 8): ("8.3",),
    ("市检察院", 8): ("8.3",),
    ("市文化和旅游局", 9): ("9.1",),
    ("市科协", 9): ("9.2", "9.3"),
    ("市民政局", 10): ("10.1",),
    ("市残联", 10): ("10.2",),
    ("市妇联", 10): ("10.3",),
    ("团市委", 10): ("10.3",),
}

#: a department's stance over the year: factor applied to its share of the target
PROFILES = {"ahead": (1.08, 1.45), "on_track": (0.97, 1.06), "lagging": (0.55, 0.9)}


def rng_for(seed: int, *key: object) -> random.Random:
    """A generator that depends only on the seed and the key, not on call order."""
    h = hashlib.sha256("|".join(map(str, (seed, *key))).encode()).digest()
    return random.Random(int.from_bytes(h[:8], "big"))


def quarter_of(period: str) -> int:
    return int(period[-1])


@dataclass(frozen=True)
class Assignment:
    project: Project
    indicators: tuple[Indicator, ...]  # numeric and milestone ones the department reports


def _default_indicators(catalog: Catalog, unit: str, project: Project) -> tuple[str, ...]:
    if unit == project.lead:
        return tuple(i.id for i in project.indicators)
    return tuple(i.id for i in project.indicators if i.kind == "count")


def assignments(catalog: Catalog, unit: str) -> list[Assignment]:
    out = []
    ids = {i.id for i in catalog.indicators()}
    for p in catalog.projects_of(unit):
        chosen = REPORTS_2024.get((unit, p.no)) if catalog.year == 2024 else None
        if chosen is None or not set(chosen) <= ids:
            chosen = _default_indicators(catalog, unit, p)
        out.append(Assignment(p, tuple(catalog.indicator(i) for i in chosen)))
    return out


def reporters(catalog: Catalog, indicator: Indicator) -> list[str]:
    p = catalog.project(indicator.project_no)
    return [u for u in p.units if indicator in
            next(a.indicators for a in assignments(catalog, u) if a.project.no == p.no)]


def profile(seed: int, unit: str) -> str:
    return rng_for(seed, "profile", unit).choice(["ahead", "on_track", "on_track", "lagging"])


def share(catalog: Catalog, seed: int, unit: str, indicator: Indicator) -> float:
    """This department's part of the target when several report the same count."""
    units = reporters(catalog, indicator)
    if len(units) <= 1:
        return 1.0
    p = catalog.project(indicator.project_no)
    weights = {u: (2.5 if u == p.lead else 1.0) * rng_for(seed, "w", indicator.id, u).uniform(0.7, 1.3)
               for u in units}
    return weights[unit] / sum(weights.values())


def _fractions(rng: random.Random) -> list[float]:
    q1 = rng.uniform(0.12, 0.35)
    q2 = rng.uniform(q1 + 0.12, 0.66)
    q3 = rng.uniform(q2 + 0.1, 0.9)
    return [q1, q2, q3, 1.0]


def trajectory(catalog: Catalog, seed: int, unit: str, indicator: Indicator) -> list[float]:
    """Cumulative figure at the end of each quarter (4 numbers, non-decreasing)."""
    rng = rng_for(seed, "traj", unit, indicator.id)
    if indicator.kind == "percent":
        target = indicator.target or 100.0
        if target >= 100:  # a coverage rate: full from the start, or nearly so early on
            if rng.random() < 0.7:
                return [100.0] * 4
            start = round(rng.uniform(93, 99.5), 1)
            return [start, round(min(100.0, start + rng.uniform(0.3, 3)), 1), 100.0, 100.0]
        final = round(target * rng.uniform(1.0, 1.08), 1)
        fr = _fractions(rng)
        return [round(final * f, 1) for f in fr[:3]] + [final]
    target = indicator.target
    if target is None:  # no number set: a modest count of events
        target = rng.choice([8, 12, 20, 30])
    lo, hi = PROFILES[profile(seed, unit)]
    final = max(1, round(target * share(catalog, seed, unit, indicator) * rng.uniform(lo, hi)))
    out = []
    prev = 1
    for f in _fractions(rng):
        v = max(prev, round(final * f))
        out.append(float(v))
        prev = v
    return out


def figures(catalog: Catalog, seed: int, unit: str, period: str) -> dict[str, dict]:
    """indicator id → {value, previous, target_share} for the numeric indicators reported."""
    q = quarter_of(period)
    out = {}
    for a in assignments(catalog, unit):
        for ind in a.indicators:
            if not ind.numeric:
                continue
            t = trajectory(catalog, seed, unit, ind)
            tgt = ind.target
            if ind.kind == "count" and tgt is not None:
                tgt = max(1, round(tgt * share(catalog, seed, unit, ind)))
            out[ind.id] = {"value": t[q - 1], "previous": t[q - 2] if q > 1 else None,
                           "series": t[:q], "target": tgt}
    return out
