"""Batch 32's own working ledger (工作台账): each department's cumulative completed figure per
numeric indicator at the end of each quarter of 2024, as its own office keeps it. The returns
in returns_aj.py quote these; a figure never goes down from one quarter to the next."""
from __future__ import annotations

QUARTERS = ("2024Q1", "2024Q2", "2024Q3", "2024Q4")

#: (department, indicator id) → cumulative figure at the end of Q1, Q2, Q3, Q4
LEDGER: dict[tuple[str, str], tuple[float, float, float, float]] = {
    ("市教育局", "1.1"): (0, 1, 3, 4),
    ("市教育局", "1.2"): (3, 6, 9, 11),
    ("市教育局", "1.3"): (2, 5, 8, 10),
    ("市教育局", "4.1"): (64, 173, 288, 412),
    ("市教育局", "8.1"): (39, 92, 140, 196),
    ("市教育局", "8.2"): (100, 100, 100, 100),
    ("市人力资源社会保障局", "2.1"): (735, 1890, 3260, 4685),
    ("市人力资源社会保障局", "2.2"): (14, 22, 29, 37),
    ("市商务局", "2.1"): (126, 390, 655, 918),
    ("市妇联", "2.1"): (92, 268, 451, 640),
    ("市妇联", "2.2"): (4, 6, 9, 11),
    ("市妇联", "4.1"): (205, 468, 739, 1026),
    ("市妇联", "4.2"): (86, 247, 432, 571),
    ("市妇联", "5.1"): (1, 4, 7, 11),
    ("市妇联", "6.1"): (0, 2, 5, 8),
    ("市卫生健康委", "3.1"): (21.4, 48.7, 70.2, 90.6),
    ("市卫生健康委", "3.2"): (100, 100, 100, 100),
    ("市卫生健康委", "7.1"): (0, 0, 2, 5),
    ("市卫生健康委", "7.2"): (0, 3, 6, 10),
    ("市卫生健康委", "8.1"): (17, 45, 70, 96),
    ("团市委", "5.1"): (1, 2, 4, 6),
    ("市医保局", "5.2"): (100, 100, 100, 100),
    ("市交通运输局", "6.2"): (1, 3, 4, 4),
    ("市总工会", "7.3"): (6, 6, 41, 52),
    ("市公安局", "8.2"): (100, 100, 100, 100),
    ("市法院", "8.1"): (3, 8, 12, 17),
    ("市检察院", "8.1"): (5, 11, 18, 26),
    ("市文化和旅游局", "9.1"): (31, 88, 127, 186),
    ("市科协", "9.2"): (5, 12, 21, 30),
    ("市科协", "9.3"): (7, 17, 29, 42),
    ("市民政局", "10.1"): (100, 100, 100, 100),
    ("市残联", "10.2"): (498, 1093, 1561, 1987),
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


def new(unit: str, ind: str, period: str) -> int:
    """Done within the quarter itself."""
    return int(fig(unit, ind, period) - prev(unit, ind, period))
