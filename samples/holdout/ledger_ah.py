"""Batch 30's own working ledger (工作台账): each department's cumulative figure at the end of
each quarter of 2024, per numeric indicator it is charged with. Never decreasing."""
from __future__ import annotations

QUARTERS = ("2024Q1", "2024Q2", "2024Q3", "2024Q4")

#: (department, indicator id) → cumulative figure at the end of Q1, Q2, Q3, Q4
LEDGER: dict[tuple[str, str], tuple[float, float, float, float]] = {
    ("市教育局", "1.1"): (0, 1, 3, 4),
    ("市教育局", "1.2"): (1, 4, 8, 11),
    ("市教育局", "1.3"): (2, 5, 7, 9),
    ("市教育局", "4.1"): (72, 181, 263, 377),
    ("市教育局", "4.2"): (0, 96, 168, 240),
    ("市教育局", "8.1"): (38, 92, 147, 212),
    ("市教育局", "8.2"): (100, 100, 100, 100),
    ("市人力资源社会保障局", "2.1"): (540, 1465, 2630, 3810),
    ("市人力资源社会保障局", "2.2"): (9, 17, 24, 31),
    ("市商务局", "2.1"): (210, 470, 815, 1120),
    ("市妇联", "2.1"): (130, 355, 610, 862),
    ("市妇联", "2.2"): (2, 5, 8, 11),
    ("市妇联", "4.1"): (205, 468, 731, 1036),
    ("市妇联", "4.2"): (86, 274, 452, 603),
    ("市妇联", "5.1"): (3, 6, 9, 13),
    ("市妇联", "6.1"): (0, 2, 5, 8),
    ("市卫生健康委", "3.1"): (21.4, 48.7, 74.5, 92.6),
    ("市卫生健康委", "3.2"): (100, 100, 100, 100),
    ("市卫生健康委", "7.1"): (0, 0, 2, 5),
    ("市卫生健康委", "7.2"): (1, 3, 6, 9),
    ("市卫生健康委", "8.1"): (15, 44, 70, 96),
    ("团市委", "5.1"): (1, 4, 6, 9),
    ("市医保局", "5.2"): (100, 100, 100, 100),
    ("市交通运输局", "6.2"): (0, 2, 4, 5),
    ("市总工会", "7.3"): (14, 14, 52, 61),
    ("市公安局", "8.2"): (100, 100, 100, 100),
    ("市公安局", "8.1"): (12, 27, 41, 56),
    ("市法院", "8.1"): (5, 11, 18, 26),
    ("市检察院", "8.1"): (9, 21, 30, 44),
    ("市文化和旅游局", "9.1"): (41, 88, 151, 209),
    ("市科协", "9.2"): (5, 13, 21, 28),
    ("市科协", "9.3"): (9, 17, 29, 43),
    ("市民政局", "10.1"): (100, 100, 100, 100),
    ("市残联", "10.2"): (486, 1034, 1580, 1957),
}


def fig(unit: str, ind: str, period: str) -> float:
    """The department's cumulative figure for the indicator at the end of ``period``."""
    return LEDGER[(unit, ind)][QUARTERS.index(period)]


def prev(unit: str, ind: str, period: str) -> float:
    """Last quarter's cumulative figure (0 before Q1)."""
    k = QUARTERS.index(period)
    return LEDGER[(unit, ind)][k - 1] if k else 0


def n(unit: str, ind: str, period: str) -> int:
    return int(fig(unit, ind, period))


def q(unit: str, ind: str, period: str) -> int:
    """This quarter's own figure (cumulative less last quarter's)."""
    return int(fig(unit, ind, period) - prev(unit, ind, period))
