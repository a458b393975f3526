"""Quarters as the office writes them: ``2024Q2`` → its last day, its name, the share of the
year elapsed at its end."""
from __future__ import annotations

import re
from datetime import date

_PERIOD = re.compile(r"^(\d{4})Q([1-4])$")
_LAST_DAY = {1: (3, 31), 2: (6, 30), 3: (9, 30), 4: (12, 31)}
QUARTER_NAMES = {1: "第一季度", 2: "第二季度", 3: "第三季度", 4: "第四季度"}


class PeriodError(ValueError):
    """A period that is not written as ``2024Q1`` … ``2024Q4``; the message is for the clerk."""


def parse_period(period: str) -> tuple[int, int]:
    m = _PERIOD.match((period or "").strip().upper())
    if not m:
        raise PeriodError(f"季度“{period}”的写法不对，应写作 2024Q1、2024Q2、2024Q3 或 2024Q4")
    return int(m.group(1)), int(m.group(2))


def period_end(period: str) -> date:
    """The quarter's last day: 2024Q2 → 2024-06-30."""
    year, q = parse_period(period)
    month, day = _LAST_DAY[q]
    return date(year, month, day)


def elapsed_share(period: str) -> float:
    """Share of the year elapsed at the quarter's end: Q1 → 0.25 … Q4 → 1.0."""
    return parse_period(period)[1] / 4


def period_label(period: str) -> str:
    """2024Q2 → 2024年第二季度."""
    year, q = parse_period(period)
    return f"{year}年{QUARTER_NAMES[q]}"


def as_of_label(period: str) -> str:
    """截至日期 as written on the table: 2024Q2 → 2024年6月30日."""
    d = period_end(period)
    return f"{d.year}年{d.month}月{d.day}日"
