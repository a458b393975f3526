"""Batch 35's own ledger: each department's cumulative (year-to-date) figure per numeric
indicator at the end of 2024Q1…Q4, as its 工作台账 holds them. Never decreasing."""
from __future__ import annotations

QUARTERS = ("2024Q1", "2024Q2", "2024Q3", "2024Q4")

LEDGER: dict[tuple[str, str], tuple[float, float, float, float]] = {
    ("市教育局", "1.1"): (0, 1, 3, 4),
    ("市教育局", "1.2"): (1, 4, 8, 11),
    ("市教育局", "1.3"): (2, 5, 8, 10),
    ("市教育局", "4.1"): (64, 170, 281, 395),
    ("市教育局", "4.2"): (0, 120, 260, 310),
    ("市教育局", "8.1"): (35, 92, 150, 212),
    ("市教育局", "8.2"): (100, 100, 100, 100),
    ("市人力资源社会保障局", "2.1"): (850, 2100, 3420, 4680),
    ("市人力资源社会保障局", "2.2"): (9, 21, 30, 38),
    ("市妇联", "2.1"): (96, 340, 610, 890),
    ("市妇联", "2.2"): (2, 6, 9, 11),
    ("市妇联", "4.1"): (260, 540, 830, 1120),
    ("市妇联", "4.2"): (150, 330, 520, 603),
    ("市妇联", "5.1"): (3, 6, 9, 13),
    ("市妇联", "6.1"): (0, 2, 5, 8),
    ("市商务局", "2.1"): (120, 480, 860, 1150),
    ("市卫生健康委", "3.1"): (21.4, 48.7, 70.2, 90.6),
    ("市卫生健康委", "3.2"): (100, 100, 100, 100),
    ("市卫生健康委", "7.1"): (0, 0, 2, 5),
    ("市卫生健康委", "7.2"): (1, 3, 8, 12),
    ("市卫生健康委", "8.1"): (15, 44, 70, 96),
    ("团市委", "5.1"): (0, 2, 4, 6),
    ("市医保局", "5.2"): (100, 100, 100, 100),
    ("市交通运输局", "6.2"): (1, 3, 4, 4),
    ("市总工会", "7.3"): (6, 8, 51, 62),
    ("市公安局", "8.2"): (100, 100, 100, 100),
    ("市文化和旅游局", "9.1"): (42, 88, 150, 196),
    ("市科协", "9.2"): (5, 13, 21, 32),
    ("市科协", "9.3"): (7, 18, 29, 40),
    ("市民政局", "10.1"): (100, 100, 100, 100),
    ("市残联", "10.2"): (510, 1130, 1580, 1980),
}


def fig(unit: str, ind: str, period: str) -> float:
    return LEDGER[(unit, ind)][QUARTERS.index(period)]


def n(unit: str, ind: str, period: str) -> int:
    return int(fig(unit, ind, period))


def split(total: int, weights: tuple[int, ...]) -> list[int]:
    """``total`` shared out over districts in proportion to ``weights``; the parts add up."""
    s = sum(weights)
    parts = [total * w // s for w in weights]
    for k in range(total - sum(parts)):
        parts[k % len(parts)] += 1
    return parts
