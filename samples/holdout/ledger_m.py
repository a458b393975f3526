"""Batch 7's own working ledger (工作台账): each department's cumulative completed figure per
indicator at the end of each quarter of 2024, independent of ledger.py. Every batch-7 return
quotes these, so a department's figures never go down from one quarter to the next."""
from __future__ import annotations

QUARTERS = ("2024Q1", "2024Q2", "2024Q3", "2024Q4")

#: (department, indicator id) → cumulative figure at the end of Q1, Q2, Q3, Q4
LEDGER: dict[tuple[str, str], tuple[float, float, float, float]] = {
    ("市教育局", "1.1"): (0, 2, 2, 4),
    ("市教育局", "1.2"): (1, 4, 8, 11),
    ("市教育局", "1.3"): (2, 3, 6, 12),
    ("市教育局", "4.1"): (64, 187, 296, 431),
    ("市教育局", "8.1"): (37, 86, 139, 214),
    ("市教育局", "8.2"): (98.6, 99.3, 100, 100),
    ("市人力资源社会保障局", "2.1"): (540, 1630, 2870, 4460),
    ("市人力资源社会保障局", "2.2"): (9, 21, 36, 48),
    ("市商务局", "2.1"): (210, 640, 1015, 1390),
    ("市妇联", "2.1"): (95, 380, 655, 1030),
    ("市妇联", "2.2"): (2, 6, 9, 14),
    ("市妇联", "4.1"): (198, 476, 745, 1123),
    ("市妇联", "4.2"): (85, 264, 437, 612),
    ("市妇联", "5.1"): (1, 4, 7, 11),
    ("市妇联", "6.1"): (0, 2, 5, 8),
    ("市卫生健康委", "3.1"): (21.4, 43.8, 69.7, 92.6),
    ("市卫生健康委", "3.2"): (100, 100, 100, 100),
    ("市卫生健康委", "7.1"): (0, 1, 2, 5),
    ("市卫生健康委", "7.2"): (1, 3, 8, 12),
    ("市卫生健康委", "8.1"): (16, 44, 69, 112),
    ("团市委", "5.1"): (0, 2, 4, 6),
    ("市医保局", "5.2"): (100, 100, 100, 100),
    ("市交通运输局", "6.2"): (1, 3, 4, 4),
    ("市总工会", "7.3"): (7, 7, 53, 64),
    ("市公安局", "8.2"): (100, 100, 100, 100),
    ("市文化和旅游局", "9.1"): (42, 91, 150, 218),
    ("市科协", "9.2"): (5, 12, 21, 33),
    ("市科协", "9.3"): (7, 17, 28, 43),
    ("市民政局", "10.1"): (100, 100, 100, 100),
    ("市残联", "10.2"): (480, 1130, 1705, 2112),
}


def cum(unit: str, ind: str, period: str) -> float:
    """The department's cumulative figure for the indicator at the end of ``period``."""
    return LEDGER[(unit, ind)][QUARTERS.index(period)]


def prev(unit: str, ind: str, period: str) -> float:
    """Last quarter's cumulative figure (0 before Q1)."""
    k = QUARTERS.index(period)
    return LEDGER[(unit, ind)][k - 1] if k else 0


def n(unit: str, ind: str, period: str) -> int:
    return int(cum(unit, ind, period))


def q(unit: str, ind: str, period: str) -> float:
    """What was done in the quarter alone (cumulative minus last quarter's)."""
    return cum(unit, ind, period) - prev(unit, ind, period)
