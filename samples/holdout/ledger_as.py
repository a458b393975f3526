"""Batch 41's own working ledger (工作台账): each department's cumulative completed figure per
numeric indicator at the end of each quarter of 2024, as its clerks keep it. Figures never go
down from one quarter to the next; some offices finish over target, some fall a little short."""
from __future__ import annotations

QUARTERS = ("2024Q1", "2024Q2", "2024Q3", "2024Q4")

#: (department, indicator id) → cumulative figure at the end of Q1, Q2, Q3, Q4
LEDGER: dict[tuple[str, str], tuple[float, float, float, float]] = {
    ("市教育局", "1.1"): (1, 2, 3, 4),
    ("市教育局", "1.2"): (2, 4, 8, 11),
    ("市教育局", "1.3"): (2, 5, 8, 10),
    ("市教育局", "4.1"): (64, 172, 291, 412),
    ("市教育局", "8.1"): (38, 92, 140, 196),
    ("市教育局", "8.2"): (100, 100, 100, 100),
    ("市人力资源社会保障局", "2.1"): (540, 1630, 2880, 4150),
    ("市人力资源社会保障局", "2.2"): (9, 18, 27, 36),
    ("市妇联", "2.1"): (120, 390, 650, 910),
    ("市妇联", "2.2"): (2, 6, 9, 11),
    ("市妇联", "4.1"): (213, 486, 795, 1107),
    ("市妇联", "4.2"): (95, 262, 431, 572),
    ("市妇联", "5.1"): (2, 4, 7, 11),
    ("市妇联", "6.1"): (1, 2, 5, 8),
    ("市商务局", "2.1"): (150, 480, 820, 1190),
    ("市卫生健康委", "3.1"): (16.2, 41.8, 69.4, 90.6),
    ("市卫生健康委", "3.2"): (100, 100, 100, 100),
    ("市卫生健康委", "7.1"): (0, 1, 3, 5),
    ("市卫生健康委", "7.2"): (1, 4, 7, 10),
    ("市卫生健康委", "8.1"): (22, 48, 80, 109),
    ("团市委", "5.1"): (1, 2, 4, 6),
    ("市医保局", "5.2"): (100, 100, 100, 100),
    ("市交通运输局", "6.2"): (1, 3, 4, 4),
    ("市总工会", "7.3"): (6, 8, 44, 57),
    ("市公安局", "8.2"): (100, 100, 100, 100),
    ("市文化和旅游局", "9.1"): (42, 101, 150, 206),
    ("市科协", "9.2"): (5, 13, 21, 30),
    ("市科协", "9.3"): (7, 18, 29, 42),
    ("市民政局", "10.1"): (100, 100, 100, 100),
    ("市残联", "10.2"): (480, 1090, 1580, 1985),
}


def fig(unit: str, ind: str, period: str) -> float:
    """The department's cumulative figure for the indicator at the end of ``period``."""
    return LEDGER[(unit, ind)][QUARTERS.index(period)]


def n(unit: str, ind: str, period: str) -> int:
    return int(fig(unit, ind, period))


def split(total: int, weights: list[int]) -> list[int]:
    """``total`` shared out in proportion to ``weights`` (whole numbers, summing to total)."""
    s = sum(weights)
    parts = [total * w // s for w in weights]
    parts[0] += total - sum(parts)
    return parts
