"""Who has reported: departments × quarters, and the list of departments yet to report."""
from __future__ import annotations

from dataclasses import dataclass
from typing import Optional

from app.catalog import Catalog, get_catalog
from app.models import Document, period_label

STATES = ("missing", "received", "reviewed", "approved")
STATE_LABELS = {"missing": "未报送", "received": "已收到", "reviewed": "已审核",
                "approved": "已通过"}


@dataclass
class Cell:
    unit: str
    period: str
    state: str
    document: Optional[Document] = None
    returned: bool = False  # a return note was issued

    @property
    def label(self) -> str:
        return "已退回" if self.returned and self.state != "approved" else STATE_LABELS[self.state]


def _state(doc: Optional[Document]) -> str:
    if doc is None:
        return "missing"
    if doc.review_state == "approved":
        return "approved"
    if doc.review_state in ("reviewed", "returned"):
        return "reviewed"
    return "received"


def period_cells(period: str, catalog: Optional[Catalog] = None) -> list[Cell]:
    catalog = catalog or get_catalog()
    current = {d.unit: d for d in Document.current_returns(period)}
    return [Cell(unit=u.name, period=period, state=_state(current.get(u.name)),
                 document=current.get(u.name),
                 returned=bool(current.get(u.name)) and current[u.name].review_state == "returned")
            for u in catalog.units]


def tracker(catalog: Optional[Catalog] = None) -> dict:
    """{"periods": [...], "rows": [(unit, [Cell per period])], "totals": {period: {state: n}}}"""
    catalog = catalog or get_catalog()
    by_period = {p: period_cells(p, catalog) for p in catalog.periods}
    rows = [(u.name, [by_period[p][i] for p in catalog.periods])
            for i, u in enumerate(catalog.units)]
    totals = {p: {s: sum(1 for c in cells if c.state == s) for s in STATES}
              for p, cells in by_period.items()}
    return {"periods": list(catalog.periods), "rows": rows, "totals": totals}


def missing_units(period: str, catalog: Optional[Catalog] = None) -> list[dict]:
    """催报清单: departments with no return for the quarter, with their projects."""
    catalog = catalog or get_catalog()
    out = []
    for cell in period_cells(period, catalog):
        if cell.state == "missing":
            projects = catalog.projects_of(cell.unit)
            out.append({"unit": cell.unit,
                        "projects": [f"{p.no}. {p.title}" for p in projects],
                        "lead": [p.no for p in projects if p.lead == cell.unit]})
    return out


def period_status(period: str, catalog: Optional[Catalog] = None) -> dict:
    """The API's view of one quarter."""
    catalog = catalog or get_catalog()
    if period not in catalog.periods:
        from app.services import NotFound

        raise NotFound(f"没有季度 {period}")
    cells = period_cells(period, catalog)
    return {
        "period": period,
        "label": period_label(period),
        "units": [{"unit": c.unit, "state": c.state,
                   "document_id": c.document.id if c.document else None,
                   "review_state": c.document.review_state if c.document else None}
                  for c in cells],
        "counts": {s: sum(1 for c in cells if c.state == s) for s in STATES},
        "missing": [c.unit for c in cells if c.state == "missing"],
    }


def reminder_xlsx(period: str, catalog: Optional[Catalog] = None) -> tuple[str, bytes]:
    """(file name, .xlsx bytes) of the 催报清单."""
    from app.services.exports import reminder_xlsx as build

    catalog = catalog or get_catalog()
    label = period_label(period)
    return f"催报清单-{period}.xlsx", build(f"{label}未报送部门（催报清单）", missing_units(period, catalog))
