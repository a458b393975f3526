"""Batch 37's ledger: each department's cumulative figure (year to date) per indicator at the
end of each quarter of 2024, as its own 工作台账 holds it. The returns of returns_ao quote it."""
from __future__ import annotations

QUARTERS = ("2024Q1", "2024Q2", "2024Q3", "2024Q4")

LEDGER: dict[tuple[str, str], tuple[float, float, float, float]] = {
    ("市教育局", "1.1"): (0, 1, 3, 4),
    ("市教育局", "1.2"): (1, 4, 8, 11),
    ("市教育局", "1.3"): (2, 5, 8, 10),
    ("市教育局", "4.1"): (64, 152, 263, 391),
    ("市教育局", "8.1"): (41, 95, 143, 212),
    ("市教育局", "8.2"): (100, 100, 100, 100),
    ("市人力资源社会保障局", "2.1"): (486, 1652, 3018, 4685),
    ("市人力资源社会保障局", "2.2"): (9, 21, 30, 38),
    ("市妇联", "2.1"): (126, 384, 651, 912),
    ("市妇联", "2.2"): (2, 6, 9, 13),
    ("市妇联", "4.1"): (213, 498, 776, 1036),
    ("市妇联", "4.2"): (96, 262, 431, 572),
    ("市妇联", "5.1"): (2, 4, 7, 11),
    ("市妇联", "6.1"): (1, 2, 5, 8),
    ("市商务局", "2.1"): (214, 643, 1021, 1392),
    ("市卫生健康委", "3.1"): (21.3, 44.8, 69.7, 90.6),
    ("市卫生健康委", "3.2"): (100, 100, 100, 100),
    ("市卫生健康委", "7.1"): (0, 0, 2, 5),
    ("市卫生健康委", "7.2"): (1, 3, 6, 10),
    ("市卫生健康委", "8.1"): (18, 43, 70, 96),
    ("团市委", "5.1"): (1, 2, 4, 6),
    ("市医保局", "5.2"): (100, 100, 100, 100),
    ("市交通运输局", "6.2"): (1, 3, 4, 4),
    ("市总工会", "7.3"): (12, 12, 53, 61),
    ("市公安局", "8.2"): (100, 100, 100, 100),
    ("市检察院", "8.1"): (6, 14, 23, 31),
    ("市文化和旅游局", "9.1"): (42, 101, 160, 214),
    ("市科协", "9.2"): (5, 13, 21, 30),
    ("市科协", "9.3"): (7, 16, 28, 42),
    ("市民政局", "10.1"): (100, 100, 100, 100),
    ("市残联", "10.2"): (472, 1083, 1591, 1986),
}


def fig(unit: str, ind: str, period: str) -> float:
    """The department's cumulative figure for the indicator at the end of ``period``."""
    return LEDGER[(unit, ind)][QUARTERS.index(period)]


def prev(unit: str, ind: str, period: str) -> float:
    k = QUARTERS.index(period)
    return LEDGER[(unit, ind)][k - 1] if k else 0


def n(unit: str, ind: str, period: str) -> int:
    return int(fig(unit, ind, period))
