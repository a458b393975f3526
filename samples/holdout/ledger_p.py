"""Batch 9's own working ledgers (工作台账): each department's cumulative completed figure per
indicator at the end of each quarter of 2024, independent of ledger.py's figures. Counts only
rise through the year; some land over target, some short of it, some are 0 in the first quarter."""
from __future__ import annotations

QUARTERS = ("2024Q1", "2024Q2", "2024Q3", "2024Q4")

#: (department, indicator id) → cumulative figure at the end of Q1, Q2, Q3, Q4
LEDGER_P: dict[tuple[str, str], tuple[float, float, float, float]] = {
    ("市教育局", "1.1"): (0, 1, 3, 4),
    ("市教育局", "1.2"): (1, 4, 8, 10),
    ("市教育局", "1.3"): (2, 3, 6, 9),
    ("市教育局", "4.1"): (64, 171, 298, 412),
    ("市教育局", "8.1"): (37, 89, 140, 212),
    ("市教育局", "8.2"): (97.6, 99.1, 100, 100),
    ("市人力资源社会保障局", "2.1"): (735, 1912, 3068, 4521),
    ("市人力资源社会保障局", "2.2"): (9, 21, 30, 38),
    ("市商务局", "2.1"): (212, 604, 1015, 1388),
    ("市妇联", "2.1"): (174, 455, 768, 1043),
    ("市妇联", "2.2"): (2, 6, 9, 13),
    ("市妇联", "4.1"): (261, 548, 839, 1127),
    ("市妇联", "4.2"): (96, 287, 463, 571),
    ("市妇联", "5.1"): (1, 4, 7, 11),
    ("市妇联", "6.1"): (0, 2, 5, 8),
    ("市卫生健康委", "3.1"): (21.4, 43.8, 69.7, 92.3),
    ("市卫生健康委", "3.2"): (100, 100, 100, 100),
    ("市卫生健康委", "7.1"): (0, 1, 4, 6),
    ("市卫生健康委", "7.2"): (1, 3, 8, 12),
    ("市卫生健康委", "8.1"): (15, 44, 70, 118),
    ("团市委", "5.1"): (2, 4, 6, 9),
    ("市医保局", "5.2"): (100, 100, 100, 100),
    ("市交通运输局", "6.2"): (1, 2, 4, 4),
    ("市总工会", "7.3"): (11, 11, 55, 63),
    ("市公安局", "8.2"): (100, 100, 100, 100),
    ("市文化和旅游局", "9.1"): (42, 105, 161, 217),
    ("市科协", "9.2"): (5, 12, 21, 33),
    ("市科协", "9.3"): (7, 17, 28, 43),
    ("市民政局", "10.1"): (100, 100, 100, 100),
    ("市残联", "10.2"): (487, 1133, 1702, 2118),
}


def cum(unit: str, ind: str, period: str) -> float:
    """The department's cumulative figure for the indicator at the end of ``period``."""
    return LEDGER_P[(unit, ind)][QUARTERS.index(period)]


def prev(unit: str, ind: str, period: str) -> float:
    """Last quarter's cumulative figure (0 before Q1)."""
    k = QUARTERS.index(period)
    return LEDGER_P[(unit, ind)][k - 1] if k else 0


def n(unit: str, ind: str, period: str) -> int:
    return int(cum(unit, ind, period))


def q(unit: str, ind: str, period: str) -> int:
    """This quarter's own figure (cumulative minus last quarter's)."""
    return int(cum(unit, ind, period) - prev(unit, ind, period))
