"""Batch 38's ledger: each department's own 工作台账, cumulative completed figure per numeric
indicator at the end of each quarter of 2024 (never falling from one quarter to the next)."""
from __future__ import annotations

QUARTERS = ("2024Q1", "2024Q2", "2024Q3", "2024Q4")

LEDGER: dict[tuple[str, str], tuple[float, float, float, float]] = {
    ("市教育局", "1.1"): (0, 1, 3, 4),
    ("市教育局", "1.2"): (1, 4, 8, 11),
    ("市教育局", "1.3"): (2, 5, 7, 9),
    ("市教育局", "4.1"): (64, 171, 290, 417),
    ("市教育局", "8.1"): (39, 102, 166, 231),
    ("市教育局", "8.2"): (100, 100, 100, 100),
    ("市人力资源社会保障局", "2.1"): (734, 1918, 3306, 4862),
    ("市人力资源社会保障局", "2.2"): (9, 21, 30, 38),
    ("市商务局", "2.1"): (96, 388, 705, 1033),
    ("市妇联", "2.1"): (210, 455, 812, 1127),
    ("市妇联", "2.2"): (4, 8, 11, 15),
    ("市妇联", "4.1"): (268, 547, 839, 1126),
    ("市妇联", "4.2"): (96, 284, 461, 603),
    ("市妇联", "5.1"): (2, 6, 9, 13),
    ("市妇联", "6.1"): (2, 4, 6, 8),
    ("市卫生健康委", "3.1"): (21.4, 48.7, 70.2, 92.6),
    ("市卫生健康委", "3.2"): (100, 100, 100, 100),
    ("市卫生健康委", "7.1"): (0, 1, 3, 6),
    ("市卫生健康委", "7.2"): (1, 3, 8, 12),
    ("市卫生健康委", "8.1"): (17, 43, 70, 96),
    ("团市委", "5.1"): (1, 2, 4, 6),
    ("市医保局", "5.2"): (100, 100, 100, 100),
    ("市交通运输局", "6.2"): (1, 3, 4, 5),
    ("市总工会", "7.3"): (6, 11, 52, 64),
    ("市公安局", "8.2"): (100, 100, 100, 100),
    ("市检察院", "8.1"): (5, 12, 18, 26),
    ("市文化和旅游局", "9.1"): (31, 87, 128, 196),
    ("市科协", "9.2"): (5, 13, 21, 28),
    ("市科协", "9.3"): (9, 20, 33, 44),
    ("市民政局", "10.1"): (100, 100, 100, 100),
    ("市残联", "10.2"): (488, 1216, 1702, 2094),
}


def fig(unit: str, ind: str, period: str) -> float:
    """The department's cumulative figure for the indicator at the end of ``period``."""
    return LEDGER[(unit, ind)][QUARTERS.index(period)]


def prev(unit: str, ind: str, period: str) -> float:
    k = QUARTERS.index(period)
    return LEDGER[(unit, ind)][k - 1] if k else 0


def n(unit: str, ind: str, period: str) -> int:
    return int(fig(unit, ind, period))


def split(total: int, k: int, seed: int = 1) -> list[int]:
    """``total`` shared over ``k`` districts unevenly but deterministically (sums to total)."""
    weights = [((seed * 7 + i * 13) % 9) + 3 for i in range(k)]
    s = sum(weights)
    parts = [total * w // s for w in weights]
    parts[0] += total - sum(parts)
    return parts
