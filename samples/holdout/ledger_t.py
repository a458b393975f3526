"""Batch 13's own working ledger: what each department had done by the end of each quarter of
2024, cumulative for the year (a rate is the rate reached by then). Invented for these returns,
independent of every other ledger."""
from __future__ import annotations

PERIODS = ("2024Q1", "2024Q2", "2024Q3", "2024Q4")

#: (department, indicator) → cumulative figure at the end of Q1, Q2, Q3, Q4
LEDGER: dict[tuple[str, str], tuple[float, float, float, float]] = {
    # 市教育局: projects 1, 4, 8
    ("市教育局", "1.1"): (0, 1, 3, 4),
    ("市教育局", "1.2"): (2, 5, 8, 11),
    ("市教育局", "1.3"): (1, 4, 7, 10),
    ("市教育局", "4.1"): (46, 118, 173, 262),
    ("市教育局", "4.2"): (0, 85, 140, 212),
    ("市教育局", "8.1"): (38, 96, 151, 214),
    ("市教育局", "8.2"): (96.5, 98.2, 100, 100),
    # 市人力资源社会保障局: project 2
    ("市人力资源社会保障局", "2.1"): (812, 2136, 3478, 5264),
    ("市人力资源社会保障局", "2.2"): (14, 31, 45, 58),
    # 市妇联: projects 2, 3, 4, 5, 6, 10
    ("市妇联", "2.1"): (226, 604, 893, 1247),
    ("市妇联", "2.2"): (3, 7, 9, 12),
    ("市妇联", "3.1"): (19.4, 44.1, 69.7, 90.6),
    ("市妇联", "3.2"): (100, 100, 100, 100),
    ("市妇联", "4.1"): (218, 497, 763, 1086),
    ("市妇联", "4.2"): (120, 308, 466, 587),
    ("市妇联", "5.1"): (2, 5, 8, 12),
    ("市妇联", "5.2"): (100, 100, 100, 100),
    ("市妇联", "6.1"): (1, 3, 6, 8),
    ("市妇联", "6.2"): (0, 0, 0, 0),
    ("市妇联", "10.1"): (100, 100, 100, 100),
    ("市妇联", "10.2"): (0, 0, 0, 0),
    # 市商务局: project 2
    ("市商务局", "2.1"): (350, 915, 1460, 2038),
    ("市商务局", "2.2"): (0, 1, 2, 2),
    # 市卫生健康委: projects 3, 7, 8
    ("市卫生健康委", "3.1"): (18.7, 43.5, 70.2, 92.4),
    ("市卫生健康委", "3.2"): (100, 100, 100, 100),
    ("市卫生健康委", "7.1"): (0, 0, 2, 5),
    ("市卫生健康委", "7.2"): (0, 3, 7, 12),
    ("市卫生健康委", "7.3"): (0, 0, 0, 0),
    ("市卫生健康委", "8.1"): (22, 57, 93, 131),
    ("市卫生健康委", "8.2"): (100, 100, 100, 100),
    # 团市委: projects 5, 10
    ("团市委", "5.1"): (1, 4, 7, 11),
    ("团市委", "5.2"): (100, 100, 100, 100),
    ("团市委", "10.1"): (100, 100, 100, 100),
    ("团市委", "10.2"): (0, 0, 0, 0),
    # 市医保局: project 5
    ("市医保局", "5.1"): (0, 0, 0, 0),
    ("市医保局", "5.2"): (100, 100, 100, 100),
    # 市交通运输局: project 6
    ("市交通运输局", "6.1"): (0, 0, 0, 0),
    ("市交通运输局", "6.2"): (1, 2, 4, 5),
    # 市总工会: project 7 (winter classes in Q1, summer classes in Q3)
    ("市总工会", "7.1"): (0, 0, 0, 0),
    ("市总工会", "7.2"): (0, 0, 0, 0),
    ("市总工会", "7.3"): (19, 19, 64, 64),
    # project 8: the police, the court, the procuratorate
    ("市公安局", "8.1"): (45, 102, 160, 233),
    ("市公安局", "8.2"): (100, 100, 100, 100),
    ("市法院", "8.1"): (6, 14, 21, 30),
    ("市法院", "8.2"): (100, 100, 100, 100),
    ("市检察院", "8.1"): (11, 25, 37, 52),
    ("市检察院", "8.2"): (100, 100, 100, 100),
    # project 9
    ("市文化和旅游局", "9.1"): (41, 96, 128, 207),
    ("市文化和旅游局", "9.2"): (0, 0, 0, 0),
    ("市文化和旅游局", "9.3"): (0, 0, 0, 0),
    ("市科协", "9.1"): (0, 0, 0, 0),
    ("市科协", "9.2"): (5, 14, 22, 31),
    ("市科协", "9.3"): (8, 19, 27, 42),
    # project 10
    ("市民政局", "10.1"): (100, 100, 100, 100),
    ("市民政局", "10.2"): (0, 0, 0, 0),
    ("市残联", "10.1"): (100, 100, 100, 100),
    ("市残联", "10.2"): (512, 1034, 1587, 2086),
}


def fig(unit: str, ind: str, period: str) -> float:
    """The cumulative figure of ``unit`` for indicator ``ind`` at the end of ``period``."""
    return float(LEDGER[(unit, ind)][PERIODS.index(period)])


def n(unit: str, ind: str, period: str) -> int:
    return int(round(fig(unit, ind, period)))


def quarter_only(unit: str, ind: str, period: str) -> int:
    """What was done in the quarter itself (the cumulative figure less last quarter's)."""
    k = PERIODS.index(period)
    prev = LEDGER[(unit, ind)][k - 1] if k else 0
    return int(round(LEDGER[(unit, ind)][k] - prev))


def _check() -> None:
    for key, row in LEDGER.items():
        assert all(a <= b for a, b in zip(row, row[1:])), key


_check()
