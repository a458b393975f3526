"""Batch 14's own working ledger (工作台账): for each department, the cumulative completed
figure per numeric indicator at the end of each quarter of 2024, as its clerk keeps it.
Invented for this batch alone; figures never go down from one quarter to the next."""
from __future__ import annotations

QUARTERS = ("2024Q1", "2024Q2", "2024Q3", "2024Q4")

#: (department, indicator id) → cumulative figure at the end of Q1, Q2, Q3, Q4
LEDGER: dict[tuple[str, str], tuple[float, float, float, float]] = {
    ("市教育局", "1.1"): (0, 1, 3, 4),
    ("市教育局", "1.2"): (3, 5, 8, 11),
    ("市教育局", "1.3"): (2, 5, 8, 12),
    ("市教育局", "4.1"): (64, 171, 293, 418),
    ("市教育局", "4.2"): (0, 120, 260, 320),
    ("市教育局", "8.1"): (38, 87, 142, 216),
    ("市教育局", "8.2"): (100, 100, 100, 100),
    ("市人力资源社会保障局", "2.1"): (540, 1690, 2810, 4160),
    ("市人力资源社会保障局", "2.2"): (9, 21, 30, 38),
    ("市妇联", "2.1"): (130, 395, 640, 905),
    ("市妇联", "2.2"): (2, 6, 9, 13),
    ("市妇联", "3.2"): (100, 100, 100, 100),
    ("市妇联", "4.1"): (198, 476, 781, 1096),
    ("市妇联", "4.2"): (95, 268, 447, 603),
    ("市妇联", "5.1"): (1, 4, 8, 13),
    ("市妇联", "6.1"): (0, 2, 5, 8),
    ("市商务局", "2.1"): (210, 590, 1010, 1385),
    ("市卫生健康委", "3.1"): (21.4, 48.7, 73.9, 92.6),
    ("市卫生健康委", "3.2"): (100, 100, 100, 100),
    ("市卫生健康委", "7.1"): (0, 0, 2, 5),
    ("市卫生健康委", "7.2"): (0, 3, 6, 12),
    ("市卫生健康委", "8.1"): (17, 46, 80, 118),
    ("团市委", "5.1"): (2, 4, 7, 11),
    ("市医保局", "5.2"): (100, 100, 100, 100),
    ("市交通运输局", "6.2"): (1, 2, 3, 4),
    ("市总工会", "7.3"): (16, 16, 47, 47),
    ("市公安局", "8.1"): (12, 30, 51, 77),
    ("市公安局", "8.2"): (100, 100, 100, 100),
    ("市法院", "8.1"): (3, 7, 12, 18),
    ("市检察院", "8.1"): (5, 11, 19, 26),
    ("市文化和旅游局", "9.1"): (36, 92, 141, 208),
    ("市科协", "9.2"): (6, 13, 22, 31),
    ("市科协", "9.3"): (7, 18, 27, 42),
    ("市民政局", "10.1"): (100, 100, 100, 100),
    ("市残联", "10.2"): (512, 1148, 1603, 2087),
}


def fig(unit: str, ind: str, period: str) -> float:
    """The cumulative figure of ``unit`` for indicator ``ind`` at the end of ``period``."""
    return float(LEDGER[(unit, ind)][QUARTERS.index(period)])


def n(unit: str, ind: str, period: str) -> int:
    return int(round(fig(unit, ind, period)))


def prev(unit: str, ind: str, period: str) -> float:
    """The figure at the end of the quarter before (0 before Q1)."""
    k = QUARTERS.index(period)
    return float(LEDGER[(unit, ind)][k - 1]) if k else 0.0


for (_u, _i), _row in LEDGER.items():
    assert all(a <= b for a, b in zip(_row, _row[1:])), (_u, _i)
