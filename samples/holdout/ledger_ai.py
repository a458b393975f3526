"""Batch 31's working ledger (工作台账): each department's own cumulative figure per numeric
indicator at the end of 2024Q1…Q4, as its clerk keeps it. Never decreasing."""
from __future__ import annotations

QUARTERS = ("2024Q1", "2024Q2", "2024Q3", "2024Q4")

LEDGER: dict[tuple[str, str], tuple[float, float, float, float]] = {
    ("市教育局", "1.1"): (0, 1, 3, 4),
    ("市教育局", "1.2"): (1, 4, 8, 11),
    ("市教育局", "1.3"): (2, 5, 8, 10),
    ("市教育局", "4.1"): (64, 171, 298, 412),
    ("市教育局", "8.1"): (37, 92, 146, 213),
    ("市教育局", "8.2"): (100, 100, 100, 100),
    ("市人力资源社会保障局", "2.1"): (706, 1935, 3127, 4488),
    ("市人力资源社会保障局", "2.2"): (9, 21, 30, 38),
    ("市妇联", "2.1"): (132, 388, 655, 917),
    ("市妇联", "2.2"): (4, 8, 11, 14),
    ("市妇联", "4.1"): (251, 548, 826, 1107),
    ("市妇联", "4.2"): (96, 287, 463, 602),
    ("市妇联", "5.1"): (2, 4, 7, 11),
    ("市妇联", "6.1"): (0, 2, 5, 8),
    ("市商务局", "2.1"): (215, 604, 988, 1342),
    ("市卫生健康委", "3.1"): (21.4, 48.7, 70.9, 88.6),
    ("市卫生健康委", "3.2"): (100, 100, 100, 100),
    ("市卫生健康委", "7.1"): (0, 1, 3, 5),
    ("市卫生健康委", "7.2"): (1, 4, 8, 12),
    ("市卫生健康委", "8.1"): (18, 44, 69, 97),
    ("团市委", "5.1"): (1, 2, 4, 6),
    ("市医保局", "5.2"): (100, 100, 100, 100),
    ("市交通运输局", "6.2"): (1, 3, 4, 4),
    ("市总工会", "7.3"): (11, 11, 52, 63),
    ("市公安局", "8.2"): (100, 100, 100, 100),
    ("市法院", "8.1"): (5, 12, 19, 27),
    ("市检察院", "8.1"): (7, 15, 24, 33),
    ("市文化和旅游局", "9.1"): (41, 88, 139, 196),
    ("市科协", "9.2"): (5, 13, 21, 32),
    ("市科协", "9.3"): (7, 17, 28, 38),
    ("市民政局", "10.1"): (100, 100, 100, 100),
    ("市残联", "10.2"): (512, 1086, 1573, 1964),
}


def fig(unit: str, ind: str, period: str) -> float:
    """Cumulative figure at the end of ``period``."""
    return LEDGER[(unit, ind)][QUARTERS.index(period)]


def prev(unit: str, ind: str, period: str) -> float:
    k = QUARTERS.index(period)
    return LEDGER[(unit, ind)][k - 1] if k else 0


def n(unit: str, ind: str, period: str) -> int:
    return int(fig(unit, ind, period))


def q(unit: str, ind: str, period: str) -> int:
    """This quarter's increase."""
    return int(fig(unit, ind, period) - prev(unit, ind, period))
