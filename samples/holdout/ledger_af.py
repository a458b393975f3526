"""Batch 28's working ledger (工作台账): each department's cumulative figure per numeric
indicator at the end of each quarter of 2024, as its own office keeps it. Never decreasing."""
from __future__ import annotations

QUARTERS = ("2024Q1", "2024Q2", "2024Q3", "2024Q4")

#: (department, indicator id) → cumulative figure at the end of Q1, Q2, Q3, Q4
LEDGER: dict[tuple[str, str], tuple[float, float, float, float]] = {
    ("市教育局", "1.1"): (0, 1, 3, 4),
    ("市教育局", "1.2"): (1, 4, 8, 11),
    ("市教育局", "1.3"): (2, 5, 7, 10),
    ("市教育局", "4.1"): (60, 150, 260, 372),
    ("市教育局", "4.2"): (0, 85, 160, 230),
    ("市教育局", "8.1"): (38, 92, 140, 186),
    ("市教育局", "8.2"): (100, 100, 100, 100),
    ("市人力资源社会保障局", "2.1"): (540, 1650, 3120, 4480),
    ("市人力资源社会保障局", "2.2"): (9, 18, 27, 36),
    ("市妇联", "2.1"): (120, 380, 610, 850),
    ("市妇联", "2.2"): (2, 5, 8, 11),
    ("市妇联", "3.2"): (100, 100, 100, 100),
    ("市妇联", "4.1"): (210, 480, 760, 1035),
    ("市妇联", "4.2"): (96, 280, 455, 602),
    ("市妇联", "5.1"): (2, 4, 7, 11),
    ("市妇联", "6.1"): (0, 2, 5, 8),
    ("市商务局", "2.1"): (150, 470, 820, 1130),
    ("市卫生健康委", "3.1"): (21.4, 48.7, 70.2, 90.6),
    ("市卫生健康委", "3.2"): (100, 100, 100, 100),
    ("市卫生健康委", "7.1"): (0, 0, 2, 5),
    ("市卫生健康委", "7.2"): (1, 4, 8, 12),
    ("市卫生健康委", "8.1"): (18, 45, 70, 96),
    ("团市委", "5.1"): (1, 2, 4, 6),
    ("市医保局", "5.2"): (100, 100, 100, 100),
    ("市交通运输局", "6.2"): (1, 3, 4, 4),
    ("市总工会", "7.3"): (12, 12, 55, 61),
    ("市公安局", "8.2"): (100, 100, 100, 100),
    ("市检察院", "8.1"): (5, 12, 20, 28),
    ("市文化和旅游局", "9.1"): (42, 95, 150, 206),
    ("市科协", "9.2"): (5, 12, 21, 32),
    ("市科协", "9.3"): (7, 16, 28, 39),
    ("市民政局", "10.1"): (100, 100, 100, 100),
    ("市残联", "10.2"): (480, 1010, 1560, 1985),
}


def fig(unit: str, indicator: str, period: str) -> float:
    """The department's cumulative figure for the indicator at the end of ``period``."""
    return LEDGER[(unit, indicator)][QUARTERS.index(period)]


def n(unit: str, indicator: str, period: str) -> int:
    return int(fig(unit, indicator, period))


def quarter_only(unit: str, indicator: str, period: str) -> int:
    """This quarter's own increase (cumulative minus last quarter's cumulative)."""
    k = QUARTERS.index(period)
    before = LEDGER[(unit, indicator)][k - 1] if k else 0
    return int(fig(unit, indicator, period) - before)


DISTRICTS = ("张店区", "淄川区", "博山区", "周村区", "临淄区", "桓台县", "高青县", "沂源县",
             "高新区", "经济开发区", "文昌湖区")
_WEIGHTS = (17, 13, 8, 9, 12, 10, 6, 8, 7, 5, 5)


def split(total: int, names=DISTRICTS, weights=_WEIGHTS) -> list[int]:
    """``total`` shared over the districts roughly by size; the parts add up exactly."""
    w = list(weights[:len(names)])
    parts = [total * x // sum(w) for x in w]
    for k in range(total - sum(parts)):
        parts[k % len(parts)] += 1
    return parts
