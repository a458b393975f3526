"""Batch 29's own ledger: each department's working ledger (工作台账) of cumulative completed
figures per numeric indicator at the end of each quarter of 2024. Figures never go down from one
quarter to the next; some departments finish over their target, some fall behind."""
from __future__ import annotations

QUARTERS = ("2024Q1", "2024Q2", "2024Q3", "2024Q4")

#: (department, indicator id) → cumulative figure at the end of Q1, Q2, Q3, Q4
LEDGER: dict[tuple[str, str], tuple[float, float, float, float]] = {
    ("市教育局", "1.1"): (0, 1, 3, 4),
    ("市教育局", "1.2"): (2, 4, 8, 11),
    ("市教育局", "1.3"): (2, 5, 7, 9),
    ("市教育局", "4.1"): (64, 152, 261, 388),
    ("市教育局", "8.1"): (38, 92, 140, 212),
    ("市教育局", "8.2"): (100, 100, 100, 100),
    ("市人力资源社会保障局", "2.1"): (540, 1620, 2880, 4510),
    ("市人力资源社会保障局", "2.2"): (9, 18, 26, 35),
    ("市妇联", "2.1"): (120, 380, 650, 910),
    ("市妇联", "2.2"): (2, 5, 8, 11),
    ("市妇联", "4.1"): (210, 480, 790, 1125),
    ("市妇联", "4.2"): (90, 260, 430, 602),
    ("市妇联", "5.1"): (2, 4, 7, 11),
    ("市妇联", "6.1"): (1, 3, 5, 8),
    ("市商务局", "2.1"): (150, 470, 820, 1190),
    ("市卫生健康委", "3.1"): (21.4, 48.7, 70.2, 92.6),
    ("市卫生健康委", "3.2"): (100, 100, 100, 100),
    ("市卫生健康委", "7.1"): (0, 0, 2, 5),
    ("市卫生健康委", "7.2"): (0, 3, 6, 10),
    ("市卫生健康委", "8.1"): (15, 42, 70, 98),
    ("团市委", "5.1"): (1, 2, 4, 6),
    ("市医保局", "5.2"): (100, 100, 100, 100),
    ("市交通运输局", "6.2"): (1, 3, 4, 4),
    ("市总工会", "7.3"): (12, 12, 44, 57),
    ("市公安局", "8.2"): (100, 100, 100, 100),
    ("市检察院", "8.1"): (3, 7, 11, 16),
    ("市文化和旅游局", "9.1"): (41, 88, 150, 206),
    ("市科协", "9.2"): (5, 13, 21, 30),
    ("市科协", "9.3"): (7, 18, 29, 42),
    ("市民政局", "10.1"): (100, 100, 100, 100),
    ("市残联", "10.2"): (510, 1090, 1580, 2012),
}


def fig(unit: str, ind: str, period: str) -> float:
    """The department's cumulative figure for the indicator at the end of ``period``."""
    return LEDGER[(unit, ind)][QUARTERS.index(period)]


def prev(unit: str, ind: str, period: str) -> float:
    """The cumulative figure at the end of the quarter before (0 before Q1)."""
    k = QUARTERS.index(period)
    return LEDGER[(unit, ind)][k - 1] if k else 0


def n(unit: str, ind: str, period: str) -> int:
    return int(fig(unit, ind, period))


def dq(unit: str, ind: str, period: str) -> int:
    """This quarter's own figure (cumulative minus last quarter's)."""
    return int(fig(unit, ind, period) - prev(unit, ind, period))
