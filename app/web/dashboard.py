"""进度看板: a quarter's completion per project, departments yet to report, and quarter over
quarter — one service call; the charts are inline SVG drawn here, no script, no CDN."""
from __future__ import annotations

from typing import Optional, Sequence

from flask import Blueprint, render_template, request

from app.catalog import get_catalog
from app.services import dashboard as svc
from app.web.auth import role_required

bp = Blueprint("dashboard", __name__)

#: the completion chart: label column, bar area, row height (px, in the SVG's own units)
CHART = {"label": 300, "bar": 380, "row": 28, "top": 26, "right": 70}
SPARK = {"w": 130, "h": 30, "pad": 4}
COLOURS = {"已完成": "#2e9e44", "序时推进": "#1a56a8", "滞后": "#d9822b", None: "#bbbbbb"}


def spark_points(values: Sequence[Optional[float]], slots: int = 4,
                 ceiling: Optional[float] = None) -> list[tuple[float, float]]:
    """(x, y) of each known figure in a sparkline of ``slots`` quarters, scaled to the larger
    of the figures and ``ceiling`` (the target), so a line at the top means the target met."""
    known = [v for v in values if v is not None]
    top = max(known + ([ceiling] if ceiling else []) + [1e-9])
    w, h, pad = SPARK["w"], SPARK["h"], SPARK["pad"]
    step = (w - 2 * pad) / max(slots - 1, 1)
    return [(round(pad + i * step, 1), round(h - pad - (v / top) * (h - 2 * pad), 1))
            for i, v in enumerate(values) if v is not None]


@bp.get("/dashboard")
@role_required("viewer")
def index():
    catalog = get_catalog()
    period = request.args.get("period") or svc.default_period(catalog)
    data = svc.dashboard(period, include_unreviewed=bool(request.args.get("all")),
                         catalog=catalog)
    return render_template("dashboard.html", d=data, all_periods=catalog.periods, chart=CHART,
                           spark=SPARK, colours=COLOURS, spark_points=spark_points)
