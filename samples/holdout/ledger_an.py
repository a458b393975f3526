"""Batch 36 ledger (工作台账): each department's cumulative completed figure per numeric
indicator at the end of each quarter of 2024, as its own office keeps it. Figures never go
down from one quarter to the next."""
from __future__ import annotations

QUARTERS = ("2024Q1", "2024Q2", "2024Q3", "2024Q4")

#: (department, indicator id) → cumulative figure at the end of Q1, Q2, Q3, Q4
LEDGER: dict[tuple[str, str], tuple[float, float, float, float]] = {
    ("市教育局", "1.1"): (0, 1, 3, 4),
    ("市教育局", "1.2"): (1, 4, 8, 11),
    ("市教育局", "1.3"): (2, 5, 7, 9),
    ("市教育局", "4.1"): (65, 180, 290, 412),
    ("市教育局", "8.1"): (38, 92, 140, 196),
    ("市教育局", "8.2"): (100, 100, 100, 100),
    ("市人力资源社会保障局", "2.1"): (540, 1620, 2870, 4120),
    ("市人力资源社会保障局", "2.2"): (9, 17, 24, 30),
    ("市妇联", "2.1"): (210, 530, 860, 1150),
    ("市妇联", "2.2"): (2, 5, 8, 11),
    ("市妇联", "3.2"): (100, 100, 100, 100),
    ("市妇联", "4.1"): (260, 540, 830, 1105),
    ("市妇联", "4.2"): (85, 260, 430, 572),
    ("市妇联", "5.1"): (1, 4, 7, 11),
    ("市妇联", "6.1"): (0, 2, 5, 8),
    ("市商务局", "2.1"): (160, 470, 820, 1190),
    ("市卫生健康委", "3.1"): (21.4, 48.7, 70.3, 92.6),
    ("市卫生健康委", "3.2"): (100, 100, 100, 100),
    ("市卫生健康委", "7.1"): (0, 0, 2, 5),
    ("市卫生健康委", "7.2"): (0, 3, 6, 10),
    ("市卫生健康委", "8.1"): (17, 44, 69, 92),
    ("团市委", "5.1"): (1, 2, 4, 6),
    ("市医保局", "5.2"): (100, 100, 100, 100),
    ("市交通运输局", "6.2"): (1, 3, 4, 4),
    ("市总工会", "7.3"): (12, 12, 44, 61),
    ("市公安局", "8.2"): (100, 100, 100, 100),
    ("市法院", "8.1"): (4, 9, 15, 22),
    ("市检察院", "8.1"): (5, 12, 20, 27),
    ("市文化和旅游局", "9.1"): (42, 101, 150, 208),
    ("市科协", "9.2"): (5, 12, 21, 30),
    ("市科协", "9.3"): (7, 16, 27, 38),
    ("市民政局", "10.1"): (100, 100, 100, 100),
    ("市残联", "10.2"): (470, 1060, 1530, 1985),
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
