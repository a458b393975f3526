"""The year's list of practical projects, loaded from a data file into typed objects.

One JSON file per year lives in ``app/catalogs/`` (``2024.json`` is the notice of
淄政办字〔2024〕13号). Next year's list is another file of the same shape; no code changes.

Optional keys beyond the published list, all with defaults:

* indicator ``aliases``: other wordings offices use for the indicator;
* indicator ``aggregate``: ``"sum"`` (add the departments' figures) or ``"lead"`` (take the
  lead department's figure) when a project has several departments;
  default ``"sum"`` for counts, ``"lead"`` for percentages and milestones;
* indicator ``not_about``: words that, before a figure, say it is about something else the
  indicator's words also fit (the 职工医保 报销比例 is not the 城乡居民医保 one).
"""
from __future__ import annotations

import json
import os
from dataclasses import dataclass, field
from functools import lru_cache
from pathlib import Path
from typing import Optional

CATALOG_DIR = Path(__file__).with_name("catalogs")
COMPARATORS = {"eq", "ge", "le", "approx", None}
KINDS = {"count", "percent", "milestone"}
AGGREGATES = {"sum", "lead"}


class CatalogError(ValueError):
    """The catalog file is missing or malformed; the message names the bad key."""


@dataclass(frozen=True)
class Unit:
    name: str
    aliases: tuple[str, ...] = ()

    @property
    def names(self) -> tuple[str, ...]:
        return (self.name, *self.aliases)


@dataclass(frozen=True)
class Indicator:
    id: str
    name: str
    project_no: int
    kind: str  # count | percent | milestone
    measure: Optional[str] = None
    target: Optional[float] = None
    comparator: Optional[str] = None  # eq | ge | le | approx
    note: Optional[str] = None
    aliases: tuple[str, ...] = ()
    aggregate: str = "sum"
    not_about: tuple[str, ...] = ()

    @property
    def numeric(self) -> bool:
        return self.kind in ("count", "percent")


@dataclass(frozen=True)
class Project:
    no: int
    title: str
    units: tuple[str, ...]
    lead: str
    indicators: tuple[Indicator, ...]


@dataclass(frozen=True)
class Catalog:
    year: int
    title: str
    periods: tuple[str, ...]
    units: tuple[Unit, ...]
    projects: tuple[Project, ...]
    districts: tuple[str, ...] = ()
    report_to: str = ""
    document: str = ""
    issuer: str = ""
    _unit_index: dict = field(default_factory=dict, repr=False, compare=False)

    def unit(self, name: str) -> Unit:
        for u in self.units:
            if u.name == name:
                return u
        raise KeyError(name)

    def project(self, no: int) -> Project:
        for p in self.projects:
            if p.no == int(no):
                return p
        raise KeyError(no)

    def indicator(self, ind_id: str) -> Indicator:
        for ind in self.indicators():
            if ind.id == ind_id:
                return ind
        raise KeyError(ind_id)

    def indicators(self) -> list[Indicator]:
        return [i for p in self.projects for i in p.indicators]

    def projects_of(self, unit_name: str) -> list[Project]:
        """The projects a department is responsible for (lead or co-responsible)."""
        return [p for p in self.projects if unit_name in p.units]

    def resolve_unit(self, text: str) -> Optional[str]:
        """Canonical department name for a name or alias written exactly; else None."""
        t = "".join(text.split())
        for u in self.units:
            if t in u.names:
                return u.name
        return None

    def unit_names_longest_first(self) -> list[tuple[str, str]]:
        """(written form, canonical name) pairs, longest written form first, for searching
        free text: a longer alias (淄博市卫生健康委员会) wins over a shorter one inside it."""
        pairs = [(n, u.name) for u in self.units for n in u.names]
        return sorted(pairs, key=lambda p: -len(p[0]))


def _require(d: dict, key: str, where: str):
    if key not in d:
        raise CatalogError(f"{where}: missing key {key!r}")
    return d[key]


def catalog_from_dict(data: dict) -> Catalog:
    units = tuple(
        Unit(name=_require(u, "name", "units[]"), aliases=tuple(u.get("aliases", ())))
        for u in _require(data, "units", "catalog")
    )
    unit_names = {u.name for u in units}
    projects = []
    seen_ids: set[str] = set()
    for p in _require(data, "projects", "catalog"):
        no = int(_require(p, "no", "projects[]"))
        where = f"project {no}"
        p_units = tuple(_require(p, "units", where))
        for un in p_units:
            if un not in unit_names:
                raise CatalogError(f"{where}: unit {un!r} is not in 'units'")
        lead = p.get("lead") or p_units[0]
        if lead not in p_units:
            raise CatalogError(f"{where}: lead {lead!r} is not one of its units")
        inds = []
        for i in _require(p, "indicators", where):
            iid = str(_require(i, "id", where))
            w = f"indicator {iid}"
            if iid in seen_ids:
                raise CatalogError(f"{w}: duplicate id")
            seen_ids.add(iid)
            kind = _require(i, "kind", w)
            if kind not in KINDS:
                raise CatalogError(f"{w}: kind {kind!r} not one of {sorted(KINDS)}")
            comparator = i.get("comparator")
            if comparator not in COMPARATORS:
                raise CatalogError(f"{w}: comparator {comparator!r} unknown")
            aggregate = i.get("aggregate") or ("sum" if kind == "count" else "lead")
            if aggregate not in AGGREGATES:
                raise CatalogError(f"{w}: aggregate {aggregate!r} not one of {sorted(AGGREGATES)}")
            target = i.get("target")
            inds.append(
                Indicator(
                    id=iid,
                    name=_require(i, "name", w),
                    project_no=no,
                    kind=kind,
                    measure=i.get("measure"),
                    target=float(target) if target is not None else None,
                    comparator=comparator,
                    note=i.get("note"),
                    aliases=tuple(i.get("aliases", ())),
                    aggregate=aggregate,
                    not_about=tuple(i.get("not_about", ())),
                )
            )
        projects.append(
            Project(no=no, title=_require(p, "title", where), units=p_units, lead=lead,
                    indicators=tuple(inds))
        )
    return Catalog(
        year=int(_require(data, "year", "catalog")),
        title=data.get("title", ""),
        periods=tuple(data.get("periods") or [f"{data['year']}Q{q}" for q in range(1, 5)]),
        units=units,
        projects=tuple(projects),
        districts=tuple(data.get("districts", ())),
        report_to=data.get("report_to", ""),
        document=data.get("document", ""),
        issuer=data.get("issuer", ""),
    )


def load_catalog(path: str | os.PathLike) -> Catalog:
    try:
        with open(path, encoding="utf-8") as f:
            data = json.load(f)
    except FileNotFoundError as e:
        raise CatalogError(f"catalog file not found: {path}") from e
    except json.JSONDecodeError as e:
        raise CatalogError(f"catalog file is not valid JSON: {path}: {e}") from e
    return catalog_from_dict(data)


def available_years() -> list[int]:
    return sorted(int(p.stem) for p in CATALOG_DIR.glob("*.json") if p.stem.isdigit())


@lru_cache(maxsize=8)
def get_catalog(year: Optional[int] = None) -> Catalog:
    """The catalog for ``year`` (default: ``CATALOG_PATH`` if set, else the latest year)."""
    env = os.environ.get("CATALOG_PATH")
    if year is None and env:
        return load_catalog(env)
    years = available_years()
    if not years:
        raise CatalogError(f"no catalog files in {CATALOG_DIR}")
    y = year if year is not None else years[-1]
    return load_catalog(CATALOG_DIR / f"{y}.json")
