"""Batch 11's own working ledger: each department's cumulative completed figure per indicator
at the end of each quarter of 2024 (figures independent of ledger.py)."""
from __future__ import annotations

QUARTERS = ("2024Q1", "2024Q2", "2024Q3", "2024Q4")

LEDGER: dict[tuple[str, str], tuple[float, float, float, float]] = {
    ("市教育局", "1.1"): (0, 1, 2, 4),
    ("市教育局", "1.2"): (1, 4, 8, 11),
    ("市教育局", "1.3"): (2, 5, 8, 12),
    ("市教育局", "4.1"): (64, 171, 290, 418),
    ("市教育局", "8.1"): (39, 87, 140, 212),
    ("市教育局", "8.2"): (96.5, 98.2, 100, 100),
    ("市人力资源社会保障局", "2.1"): (540, 1630, 2810, 4520),
    ("市人力资源社会保障局", "2.2"): (9, 21, 30, 38),
    ("市商务局", "2.1"): (210, 490, 860, 1190),
    ("市妇联", "2.1"): (130, 380, 655, 910),
    ("市妇联", "2.2"): (2, 6, 9, 14),
    ("市妇联", "4.1"): (251, 537, 826, 1103),
    ("市妇联", "4.2"): (96, 284, 455, 603),
    ("市妇联", "5.1"): (1, 4, 7, 11),
    ("市妇联", "6.1"): (2, 4, 7, 8),
    ("市卫生健康委", "3.1"): (21.4, 44.8, 69.7, 92.6),
    ("市卫生健康委", "3.2"): (100, 100, 100, 100),
    ("市卫生健康委", "7.1"): (0, 1, 3, 6),
    ("市卫生健康委", "7.2"): (1, 3, 8, 12),
    ("市卫生健康委", "8.1"): (17, 45, 80, 109),
    ("团市委", "5.1"): (0, 2, 4, 6),
    ("市医保局", "5.2"): (100, 100, 100, 100),
    ("市交通运输局", "6.2"): (1, 3, 4, 4),
    ("市总工会", "7.3"): (12, 12, 52, 61),
    ("市公安局", "8.2"): (98.7, 100, 100, 100),
    ("市文化和旅游局", "9.1"): (31, 88, 151, 214),
    ("市科协", "9.2"): (5, 13, 23, 32),
    ("市科协", "9.3"): (7, 17, 28, 43),
    ("市民政局", "10.1"): (100, 100, 100, 100),
    ("市残联", "10.2"): (470, 1130, 1590, 2087),
}


def fig(unit: str, ind: str, period: str) -> float:
    """The cumulative figure of ``unit`` for ``ind`` at the end of ``period``."""
    return LEDGER[(unit, ind)][QUARTERS.index(period)]


def n(unit: str, ind: str, period: str):
    """The figure as a clerk writes it: an int for counts, a float kept for rates."""
    v = fig(unit, ind, period)
    return int(v) if float(v).is_integer() else v
