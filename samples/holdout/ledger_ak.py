"""Batch 33's own ledger (工作台账): each department's cumulative figure (year to date) per
numeric indicator at the end of each quarter of 2024. Figures never go down from one quarter
to the next; some departments run ahead of the year's target, some behind."""
from __future__ import annotations

QUARTERS = ("2024Q1", "2024Q2", "2024Q3", "2024Q4")

LEDGER: dict[tuple[str, str], tuple[float, float, float, float]] = {
    ("市教育局", "1.1"): (0, 1, 3, 4),
    ("市教育局", "1.2"): (1, 4, 8, 11),
    ("市教育局", "1.3"): (2, 5, 7, 9),
    ("市教育局", "4.1"): (72, 185, 301, 428),
    ("市教育局", "4.2"): (0, 85, 160, 236),
    ("市教育局", "8.1"): (38, 92, 147, 196),
    ("市教育局", "8.2"): (100, 100, 100, 100),
    ("市人力资源社会保障局", "2.1"): (540, 1690, 3120, 4580),
    ("市人力资源社会保障局", "2.2"): (15, 22, 30, 37),
    ("市妇联", "2.1"): (96, 350, 610, 905),
    ("市妇联", "2.2"): (4, 6, 9, 11),
    ("市妇联", "3.2"): (100, 100, 100, 100),
    ("市妇联", "4.1"): (265, 540, 836, 1125),
    ("市妇联", "4.2"): (110, 290, 455, 602),
    ("市妇联", "5.1"): (3, 6, 9, 13),
    ("市妇联", "6.1"): (0, 2, 5, 8),
    ("市商务局", "2.1"): (210, 480, 860, 1190),
    ("市卫生健康委", "3.1"): (21.4, 48.7, 70.2, 92.6),
    ("市卫生健康委", "3.2"): (100, 100, 100, 100),
    ("市卫生健康委", "7.1"): (0, 0, 2, 5),
    ("市卫生健康委", "7.2"): (0, 3, 8, 12),
    ("市卫生健康委", "8.1"): (26, 58, 83, 112),
    ("团市委", "5.1"): (1, 2, 4, 6),
    ("市医保局", "5.2"): (100, 100, 100, 100),
    ("市交通运输局", "6.2"): (1, 3, 4, 4),
    ("市总工会", "7.3"): (12, 12, 51, 63),
    ("市公安局", "8.2"): (100, 100, 100, 100),
    ("市法院", "8.1"): (5, 12, 20, 29),
    ("市检察院", "8.1"): (7, 16, 24, 35),
    ("市文化和旅游局", "9.1"): (42, 105, 151, 208),
    ("市科协", "9.2"): (5, 13, 21, 30),
    ("市科协", "9.3"): (9, 18, 31, 42),
    ("市民政局", "10.1"): (100, 100, 100, 100),
    ("市残联", "10.2"): (512, 1130, 1588, 2037),
}


def fig(unit: str, ind: str, period: str) -> float:
    """The department's cumulative figure for the indicator at the end of ``period``."""
    return LEDGER[(unit, ind)][QUARTERS.index(period)]


def n(unit: str, ind: str, period: str) -> int:
    return int(fig(unit, ind, period))


def before(unit: str, ind: str, period: str) -> float:
    """The previous quarter's cumulative figure (0 before Q1)."""
    k = QUARTERS.index(period)
    return LEDGER[(unit, ind)][k - 1] if k else 0
