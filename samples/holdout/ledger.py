"""Each department's own working ledger (工作台账): its cumulative completed figure per
indicator at the end of each quarter of 2024. Every return in the corpus quotes these, so a
department's figures never go down from one quarter to the next."""
from __future__ import annotations

QUARTERS = ("2024Q1", "2024Q2", "2024Q3", "2024Q4")

#: (department, indicator id) → cumulative figure at the end of Q1, Q2, Q3, Q4
LEDGER: dict[tuple[str, str], tuple[float, float, float, float]] = {
    ("市教育局", "1.1"): (1, 2, 3, 4),
    ("市教育局", "1.2"): (2, 5, 7, 10),
    ("市教育局", "1.3"): (1, 4, 7, 10),
    ("市教育局", "4.1"): (88, 210, 335, 460),
    ("市教育局", "8.1"): (46, 98, 151, 205),
    ("市教育局", "8.2"): (100, 100, 100, 100),
    ("市人力资源社会保障局", "2.1"): (620, 1780, 2950, 4300),
    ("市人力资源社会保障局", "2.2"): (12, 25, 33, 41),
    ("市商务局", "2.1"): (180, 560, 930, 1260),
    ("市妇联", "2.1"): (150, 420, 700, 980),
    ("市妇联", "2.2"): (3, 7, 10, 12),
    ("市妇联", "4.1"): (236, 515, 802, 1068),
    ("市妇联", "4.2"): (120, 310, 480, 586),
    ("市妇联", "5.1"): (2, 5, 8, 12),
    ("市妇联", "6.1"): (1, 3, 6, 8),
    ("市卫生健康委", "3.1"): (18.6, 46.3, 72.5, 91.2),
    ("市卫生健康委", "3.2"): (100, 100, 100, 100),
    ("市卫生健康委", "7.1"): (0, 0, 3, 5),
    ("市卫生健康委", "7.2"): (0, 4, 7, 11),
    ("市卫生健康委", "8.1"): (20, 51, 77, 103),
    ("团市委", "5.1"): (1, 3, 5, 7),
    ("市医保局", "5.2"): (100, 100, 100, 100),
    ("市交通运输局", "6.2"): (2, 4, 4, 4),
    ("市总工会", "7.3"): (9, 9, 47, 58),
    ("市公安局", "8.2"): (100, 100, 100, 100),
    ("市文化和旅游局", "9.1"): (38, 96, 142, 203),
    ("市科协", "9.2"): (6, 14, 22, 31),
    ("市科协", "9.3"): (8, 19, 30, 41),
    ("市民政局", "10.1"): (100, 100, 100, 100),
    ("市残联", "10.2"): (560, 1200, 1620, 2046),
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
