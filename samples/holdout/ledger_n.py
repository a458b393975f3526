"""Batch 8's departments' own working ledgers (工作台账): the cumulative completed figure per
indicator at the end of each quarter of 2024, independent of ledger.py's figures. Counts
never go down from one quarter to the next; rates are in percent."""
from __future__ import annotations

QUARTERS = ("2024Q1", "2024Q2", "2024Q3", "2024Q4")

#: (department, indicator id) → cumulative figure at the end of Q1, Q2, Q3, Q4
LEDGER: dict[tuple[str, str], tuple[float, float, float, float]] = {
    ("市教育局", "1.1"): (0, 1, 3, 4),
    ("市教育局", "1.2"): (1, 3, 6, 10),
    ("市教育局", "1.3"): (2, 5, 8, 12),
    ("市教育局", "4.1"): (64, 187, 302, 455),
    ("市教育局", "8.1"): (38, 92, 148, 212),
    ("市教育局", "8.2"): (98.6, 99.3, 100, 100),
    ("市人力资源社会保障局", "2.1"): (735, 1920, 3180, 4630),
    ("市人力资源社会保障局", "2.2"): (9, 21, 30, 38),
    ("市商务局", "2.1"): (210, 645, 1015, 1390),
    ("市妇联", "2.1"): (130, 388, 655, 921),
    ("市妇联", "2.2"): (2, 6, 9, 13),
    ("市妇联", "4.1"): (197, 468, 759, 1042),
    ("市妇联", "4.2"): (96, 287, 455, 603),
    ("市妇联", "5.1"): (1, 4, 7, 11),
    ("市妇联", "6.1"): (0, 2, 5, 8),
    ("市卫生健康委", "3.1"): (21.4, 43.8, 69.7, 92.6),
    ("市卫生健康委", "3.2"): (97.8, 100, 100, 100),
    ("市卫生健康委", "7.1"): (0, 1, 2, 5),
    ("市卫生健康委", "7.2"): (1, 3, 8, 12),
    ("市卫生健康委", "8.1"): (17, 44, 70, 112),
    ("团市委", "5.1"): (0, 2, 4, 6),
    ("市医保局", "5.2"): (98.4, 100, 100, 100),
    ("市交通运输局", "6.2"): (1, 3, 4, 4),
    ("市总工会", "7.3"): (12, 12, 51, 63),
    ("市公安局", "8.2"): (99.5, 100, 100, 100),
    ("市检察院", "8.1"): (4, 11, 19, 26),
    ("市文化和旅游局", "9.1"): (41, 88, 150, 207),
    ("市科协", "9.2"): (5, 13, 21, 32),
    ("市科协", "9.3"): (7, 17, 28, 43),
    ("市民政局", "10.1"): (99.2, 100, 100, 100),
    ("市残联", "10.2"): (498, 1130, 1688, 2075),
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


def f(unit: str, ind: str, period: str) -> str:
    """The figure as printed: 21.4, 100, 1688."""
    return f"{cum(unit, ind, period):g}"
