"""Batch 10's own working ledgers (工作台账): each department's cumulative completed figure per
indicator at the end of each quarter of 2024, independent of the other ledgers' figures. Counts
only rise through the year; some end over target, some short, some are 0 in the first quarter."""
from __future__ import annotations

QUARTERS = ("2024Q1", "2024Q2", "2024Q3", "2024Q4")

#: (department, indicator id) → cumulative figure at the end of Q1, Q2, Q3, Q4
LEDGER_Q: dict[tuple[str, str], tuple[float, float, float, float]] = {
    ("市教育局", "1.1"): (0, 2, 2, 4),
    ("市教育局", "1.2"): (3, 5, 9, 11),
    ("市教育局", "1.3"): (1, 5, 8, 10),
    ("市教育局", "4.1"): (73, 186, 317, 439),
    ("市教育局", "8.1"): (41, 93, 163, 226),
    ("市教育局", "8.2"): (96.8, 98.7, 99.4, 100),
    ("市人力资源社会保障局", "2.1"): (683, 1857, 3126, 4679),
    ("市人力资源社会保障局", "2.2"): (11, 23, 31, 44),
    ("市商务局", "2.1"): (197, 583, 962, 1317),
    ("市妇联", "2.1"): (163, 437, 741, 1096),
    ("市妇联", "2.2"): (4, 8, 11, 15),
    ("市妇联", "4.1"): (248, 533, 817, 1093),
    ("市妇联", "4.2"): (109, 296, 452, 593),
    ("市妇联", "5.1"): (3, 6, 9, 14),
    ("市妇联", "6.1"): (1, 2, 6, 9),
    ("市卫生健康委", "3.1"): (19.7, 44.9, 71.3, 93.6),
    ("市卫生健康委", "3.2"): (100, 100, 100, 100),
    ("市卫生健康委", "7.1"): (0, 2, 3, 5),
    ("市卫生健康委", "7.2"): (2, 5, 9, 13),
    ("市卫生健康委", "8.1"): (17, 47, 82, 124),
    ("团市委", "5.1"): (0, 2, 5, 8),
    ("市医保局", "5.2"): (100, 100, 100, 100),
    ("市交通运输局", "6.2"): (1, 3, 4, 5),
    ("市总工会", "7.3"): (6, 6, 52, 61),
    ("市公安局", "8.2"): (98.9, 99.6, 100, 100),
    ("市文化和旅游局", "9.1"): (43, 104, 157, 219),
    ("市科协", "9.2"): (5, 13, 24, 33),
    ("市科协", "9.3"): (7, 18, 29, 42),
    ("市民政局", "10.1"): (100, 100, 100, 100),
    ("市残联", "10.2"): (512, 1164, 1597, 2089),
}


def cum(unit: str, ind: str, period: str) -> float:
    """The cumulative figure for the indicator at the end of ``period``."""
    return LEDGER_Q[(unit, ind)][QUARTERS.index(period)]


def prev(unit: str, ind: str, period: str) -> float:
    """Last quarter's cumulative figure (0 before Q1)."""
    k = QUARTERS.index(period)
    return LEDGER_Q[(unit, ind)][k - 1] if k else 0


def n(unit: str, ind: str, period: str) -> int:
    return int(cum(unit, ind, period))


def qtr(unit: str, ind: str, period: str) -> int:
    """This quarter's own figure (cumulative minus last quarter's)."""
    return int(cum(unit, ind, period) - prev(unit, ind, period))
