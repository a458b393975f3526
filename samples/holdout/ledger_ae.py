"""Batch 27's own ledger (工作台账): each department's cumulative figure per numeric indicator
at the end of each quarter of 2024, as its clerks keep it. Figures never go down."""
from __future__ import annotations

QUARTERS = ("2024Q1", "2024Q2", "2024Q3", "2024Q4")

#: (department, indicator id) → cumulative figure at the end of Q1, Q2, Q3, Q4
LEDGER: dict[tuple[str, str], tuple[float, float, float, float]] = {
    ("市教育局", "1.1"): (0, 1, 3, 4),
    ("市教育局", "1.2"): (1, 4, 8, 11),
    ("市教育局", "1.3"): (2, 5, 8, 12),
    ("市教育局", "4.1"): (64, 173, 281, 392),
    ("市教育局", "4.2"): (0, 85, 160, 236),
    ("市教育局", "8.1"): (39, 87, 142, 198),
    ("市教育局", "8.2"): (100, 100, 100, 100),
    ("市人力资源社会保障局", "2.1"): (735, 1864, 3120, 4388),
    ("市人力资源社会保障局", "2.2"): (9, 21, 30, 38),
    ("市商务局", "2.1"): (212, 497, 806, 1153),
    ("市商务局", "2.2"): (0, 1, 2, 3),
    ("市妇联", "2.1"): (96, 310, 575, 862),
    ("市妇联", "2.2"): (4, 8, 11, 15),
    ("市妇联", "4.1"): (257, 548, 836, 1103),
    ("市妇联", "4.2"): (96, 278, 455, 603),
    ("市妇联", "5.1"): (3, 6, 9, 13),
    ("市妇联", "6.1"): (0, 2, 5, 8),
    ("市卫生健康委", "3.1"): (21.4, 48.7, 70.2, 92.6),
    ("市卫生健康委", "3.2"): (100, 100, 100, 100),
    ("市卫生健康委", "7.1"): (0, 0, 2, 5),
    ("市卫生健康委", "7.2"): (0, 3, 6, 10),
    ("市卫生健康委", "8.1"): (17, 44, 69, 96),
    ("团市委", "5.1"): (1, 2, 4, 6),
    ("市医保局", "5.2"): (100, 100, 100, 100),
    ("市交通运输局", "6.2"): (1, 3, 4, 4),
    ("市总工会", "7.3"): (12, 12, 43, 61),
    ("市公安局", "8.2"): (100, 100, 100, 100),
    ("市检察院", "8.1"): (6, 15, 22, 31),
    ("市文化和旅游局", "9.1"): (31, 88, 131, 196),
    ("市科协", "9.2"): (5, 13, 21, 32),
    ("市科协", "9.3"): (7, 17, 28, 39),
    ("市民政局", "10.1"): (100, 100, 100, 100),
    ("市残联", "10.2"): (488, 1076, 1583, 1968),
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


def quarter_adds(unit: str, ind: str, period: str) -> list[int]:
    """What was added in each quarter up to ``period`` (the 当季 columns of a ledger)."""
    k = QUARTERS.index(period)
    vals = [int(v) for v in LEDGER[(unit, ind)][:k + 1]]
    return [v - (vals[i - 1] if i else 0) for i, v in enumerate(vals)]


def month_adds(unit: str, ind: str, period: str) -> list[int]:
    """What was added in each month up to ``period``: each quarter's addition spread over its
    three months the uneven way real work goes (more in the second and third month)."""
    out: list[int] = []
    for q, add in enumerate(quarter_adds(unit, ind, period)):
        a = add * (2 + q % 2) // 10
        b = add * 4 // 10
        out += [a, b, add - a - b]
    return out


def split(total: int, weights: list[int]) -> list[int]:
    """``total`` spread over rows in proportion to ``weights``; the rows add up to ``total``."""
    s = sum(weights)
    parts = [total * w // s for w in weights]
    for k in range(total - sum(parts)):
        parts[k % len(parts)] += 1
    return parts
