"""Batch 40's own working ledgers (工作台账): each department's cumulative figure per
indicator at the end of each quarter of 2024, as its returns quote them."""
from __future__ import annotations

QUARTERS = ("2024Q1", "2024Q2", "2024Q3", "2024Q4")

#: (department, indicator id) → cumulative figure at the end of Q1, Q2, Q3, Q4
LEDGER: dict[tuple[str, str], tuple[float, float, float, float]] = {
    ("市教育局", "1.1"): (0, 1, 3, 4),
    ("市教育局", "1.2"): (2, 4, 8, 11),
    ("市教育局", "1.3"): (2, 5, 8, 12),
    ("市教育局", "4.1"): (70, 180, 300, 420),
    ("市教育局", "8.1"): (40, 95, 148, 196),
    ("市教育局", "8.2"): (100, 100, 100, 100),
    ("市人力资源社会保障局", "2.1"): (540, 1620, 2890, 4680),
    ("市人力资源社会保障局", "2.2"): (9, 18, 24, 31),
    ("市妇联", "2.1"): (120, 350, 610, 860),
    ("市妇联", "2.2"): (2, 5, 8, 11),
    ("市妇联", "4.1"): (210, 480, 790, 1105),
    ("市妇联", "4.2"): (96, 260, 430, 612),
    ("市妇联", "5.1"): (1, 4, 8, 13),
    ("市妇联", "6.1"): (0, 2, 5, 8),
    ("市商务局", "2.1"): (150, 470, 820, 1190),
    ("市卫生健康委", "3.1"): (15.2, 41.8, 68.4, 90.6),
    ("市卫生健康委", "3.2"): (100, 100, 100, 100),
    ("市卫生健康委", "7.1"): (0, 0, 2, 5),
    ("市卫生健康委", "7.2"): (1, 3, 8, 12),
    ("市卫生健康委", "8.1"): (18, 44, 70, 96),
    ("团市委", "5.1"): (1, 2, 4, 6),
    ("市医保局", "5.2"): (100, 100, 100, 100),
    ("市交通运输局", "6.2"): (1, 3, 4, 4),
    ("市总工会", "7.3"): (12, 12, 56, 63),
    ("市公安局", "8.1"): (10, 26, 41, 55),
    ("市公安局", "8.2"): (100, 100, 100, 100),
    ("市法院", "8.1"): (3, 7, 12, 16),
    ("市检察院", "8.1"): (5, 11, 19, 26),
    ("市文化和旅游局", "9.1"): (32, 88, 151, 196),
    ("市科协", "9.2"): (5, 13, 23, 32),
    ("市科协", "9.3"): (7, 18, 29, 43),
    ("市民政局", "10.1"): (100, 100, 100, 100),
    ("市残联", "10.2"): (470, 1130, 1590, 1985),
}


def fig(unit: str, ind: str, period: str) -> float:
    """The department's cumulative figure for the indicator at the end of ``period``."""
    return LEDGER[(unit, ind)][QUARTERS.index(period)]


def prev(unit: str, ind: str, period: str) -> float:
    k = QUARTERS.index(period)
    return LEDGER[(unit, ind)][k - 1] if k else 0


def n(unit: str, ind: str, period: str) -> int:
    return int(fig(unit, ind, period))


def split(total: int, weights: list[float]) -> list[int]:
    """``total`` shared out over districts in proportion to ``weights``, summing exactly."""
    s = sum(weights)
    parts = [int(total * w / s) for w in weights]
    k = 0
    while sum(parts) < total:
        parts[k % len(parts)] += 1
        k += 1
    return parts
