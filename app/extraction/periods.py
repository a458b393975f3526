"""The reporting quarter: 第一季度, 1—3月, 截至3月底, 上半年, 前三季度, 全年 … → ``2024Q1``.

``quarter_mentions(text)`` finds every phrase that names a reporting period with the quarter
it means; ``find_period`` weighs them by where they stand (template mark, title, heading
lines, table headers, 截至 lines, the file name) and ignores comparisons (较一季度, 上季度).
"""
from __future__ import annotations

import re
from dataclasses import dataclass
from typing import Iterable, Optional

from app.extraction.numbers import CN_DIGITS, normalize, parse_cn_int, squash

_CNQ = {"一": 1, "二": 2, "三": 3, "四": 4, "1": 1, "2": 2, "3": 3, "4": 4}
_MONTH = r"(1[0-2]|0?[1-9]|十[一二]?|[一二三四五六七八九])"


def _month(s: str) -> Optional[int]:
    if s.isdigit():
        return int(s)
    if s == "十":
        return 10
    if s.startswith("十"):
        return 10 + CN_DIGITS[s[1]]
    return CN_DIGITS.get(s)


def _q_of_end_month(m: Optional[int]) -> Optional[int]:
    """The quarter a month closes (3 → Q1); other months round down to the last quarter
    fully reported by then (5月底 → Q1 is not a quarter end: None)."""
    return {3: 1, 6: 2, 9: 3, 12: 4}.get(m or 0)


@dataclass
class QuarterMention:
    quarter: int
    start: int
    end: int
    text: str
    strength: float  # how clearly the phrase names a reporting period (0–1)


# (regex, function(match) -> quarter or None, strength)
_RULES: list[tuple[re.Pattern, object, float]] = [
    (re.compile(r"前三季度|前3季度"), lambda m: 3, 1.0),
    # 2024-01~2024-06, 2024.01-2024.09, 2024-01-01至2024-06-30: a system's date range
    # (after a hyphen the second date must carry its year: 2024-01-06 is a day, not 1—6月)
    (re.compile(r"20\d\d\s*[-./]\s*(\d{1,2})(?:\s*[-./]\s*\d{1,2})?"
                r"(?:\s*[—–~～至到]+\s*(?:20\d\d\s*[-./]\s*)?|\s*-\s*20\d\d\s*[-./]\s*)"
                r"(\d{1,2})(?:\s*[-./]\s*\d{1,2})?(?!\d)"),
     lambda m: _q_of_end_month(int(m.group(2))) if int(m.group(1)) in (1, 4, 7, 10) else None, 1.0),
    # 202401-202403: an export's compact year-month range
    (re.compile(r"(?<!\d)20\d\d(0[1-9]|1[0-2])\s*[-—–~～至到]+\s*20\d\d(0[1-9]|1[0-2])(?!\d)"),
     lambda m: _q_of_end_month(int(m.group(2))) if int(m.group(1)) in (1, 4, 7, 10) else None, 1.0),
    # 统计期：2024-03 (a statistics system's month): a quarter's last month names the quarter
    (re.compile(r"(?:统计期|报告期|所属期|统计月份|报送期)[:：]\s*20\d\d\s*[-./年]\s*(\d{1,2})\s*月?(?![\d\-./])"),
     lambda m: _q_of_end_month(int(m.group(1))), 0.9),
    (re.compile(r"上半年|(?<![下后])半年(?:度)?(?!目标|任务|计划)|1-2季度|一、二季度"), lambda m: 2, 1.0),
    (re.compile(r"第?([一二三四1-4])季度|Q([1-4])|([一二三四1-4])季"),
     lambda m: _CNQ[m.group(1) or m.group(2) or m.group(3)], 1.0),
    (re.compile(rf"{_MONTH}\s*月?(?:份)?\s*[-—–~～至到]+\s*{_MONTH}\s*月(?!\d)"),
     lambda m: _q_of_end_month(_month(m.group(2))) if _month(m.group(1)) in (1, 4, 7, 10)
     else None, 1.0),
    (re.compile(rf"{_MONTH}\s*月\s*\d{{1,2}}\s*日?\s*[-—–~～至到]+\s*(?:20\d\d\s*年)?\s*{_MONTH}\s*月"
                rf"(?:\s*\d{{1,2}}\s*日)?"),
     lambda m: _q_of_end_month(_month(m.group(2))) if _month(m.group(1)) in (1, 4, 7, 10)
     else None, 1.0),
    (re.compile(rf"截[至止到](?:日期|时间)?[:：]?\s*(?:20\d\d\s*[年.\-/])?\s*{_MONTH}\s*月\s*(?:底|末|份|(?:3[01]|2[89])\s*日|止|(?![\d一二三四五六七八九十]))"),
     lambda m: _q_of_end_month(_month(m.group(1))), 0.9),
    (re.compile(rf"(?:20\d\d\s*年)?\s*{_MONTH}\s*月\s*(?:底|末)"),
     lambda m: _q_of_end_month(_month(m.group(1))), 0.6),
    # 截至8月20日 in a return sent before its quarter closed: the figures run into that
    # quarter (weakly: a date or a firmer word outweighs it)
    (re.compile(rf"截[至止到](?:日期|时间)?[:：]?\s*(?:20\d\d\s*年)?\s*{_MONTH}\s*月\s*(?:\d{{1,2}}\s*日|底|末|份)?"),
     lambda m: (_month(m.group(1)) - 1) // 3 + 1 if _month(m.group(1)) else None, 0.4),
    # (年度救助任务, 全年目标, 完成年度开通4条的目标任务: the year's task, not a period reported)
    (re.compile(r"全年(?![^，。；,;:：]{0,12}(?:目标|任务|计划))|年度(?![^，。；,;:：]{0,12}(?:目标|任务|计划))"
                r"|年终|1-12月"),
     lambda m: 4, 0.55),
]
#: words before a period phrase that make it a comparison, not the reporting period
_COMPARE_BEFORE = ("较", "比", "上", "同", "与", "自", "从", "低于", "高于", "去年", "上年", "2023年")
_COMPARE_AFTER = ("时", "相比", "末的", "的基础", "前")  # (年底前, 9月底前: a deadline)
#: a period of plans, not of the report: 二季度计划再开办…, 力争上半年…
_PLAN_BEFORE = ("力争", "预计", "争取", "确保", "下一步", "拟于", "将于", "将在")  # (not 计划: 巾帼促就业计划1至9月)
_PLAN_AFTER = ("计划", "将", "拟", "力争", "争取", "预计")


def quarter_mentions(text: str) -> list[QuarterMention]:
    t = squash(text)
    found: list[QuarterMention] = []
    taken: list[tuple[int, int]] = []
    for rx, fn, strength in _RULES:
        for m in rx.finditer(t):
            if any(s < m.end() and m.start() < e for s, e in taken):
                continue
            q = fn(m)
            if not q:
                continue
            before = t[max(0, m.start() - 4):m.start()]
            after = t[m.end():m.end() + 3]
            if before.endswith(_COMPARE_BEFORE) or after.startswith(_COMPARE_AFTER) or \
                    before.endswith(_PLAN_BEFORE) or after.startswith(_PLAN_AFTER):
                taken.append((m.start(), m.end()))
                continue
            # 年度 is weak alone and means nothing inside 年度目标/年度任务
            taken.append((m.start(), m.end()))
            found.append(QuarterMention(q, m.start(), m.end(), m.group(0), strength))
    found.sort(key=lambda x: x.start)
    return found


def period_from_text(text: str, year: int) -> Optional[str]:
    """The quarter named by a short text (a title, a file name): the strongest mention."""
    ms = quarter_mentions(text)
    if not ms:
        return None
    best = max(ms, key=lambda x: (x.strength, -x.start))
    return f"{year}Q{best.quarter}"


_FILL_DATE = re.compile(r"(?:填报|报送|上报|填表)(?:日期|时间)[:：]?\s*(20\d\d)\s*[年.\-/]\s*(\d{1,2})")


def period_from_report_date(text: str) -> Optional[tuple[int, int]]:
    """填报日期：2024年4月8日 → (2024, 1): the quarter just closed when the form was filled."""
    m = _FILL_DATE.search(squash(arabic_dates(text)))
    if not m:
        return None
    y, mo = int(m.group(1)), int(m.group(2))
    if not 1 <= mo <= 12:  # a misread month (15月) says nothing
        return None
    if mo <= 2:
        return y - 1, 4
    if mo == 12:
        return y, 4
    return y, mo // 3 if mo % 3 == 0 else (mo - 1) // 3


_TIME_LABEL = re.compile(r"(?:^|[\s　])(?:时间|日期)[:：]\s*(20\d\d)\s*[年.\-/]\s*(\d{1,2})\s*月?(?![\d])")


def period_from_time_label(text: str) -> Optional[tuple[int, int]]:
    """时间：2024年12月 beside the department's name: dated in a quarter's last month, the
    return reports that quarter. A month after a quarter (时间：2024年4月) may be the first
    quarter's return or an early look at the second: it says nothing."""
    m = _TIME_LABEL.search(arabic_dates(normalize(text)).replace("\u3000", " "))
    if not m:
        return None
    y, mo = int(m.group(1)), int(m.group(2))
    return (y, mo // 3) if mo in (3, 6, 9, 12) else None


_DATE = re.compile(r"(20\d\d)\s*[年.\-/]\s*(\d{1,2})\s*[月.\-/]\s*(\d{1,2})")
_CN_DIGIT = {c: str(v) for c, v in CN_DIGITS.items()} | {"Ｏ": "0", "O": "0"}  # (O typed for 〇)
#: a date written in Chinese numerals on a formal document: 二〇二四年三月二十八日
_CN_DATE = re.compile(r"([〇○零ＯO一二三四五六七八九]{4})年([一二三四五六七八九十]{1,3})月"
                      r"(?:([一二三四五六七八九十]{1,3})日)?")


def arabic_dates(text: str) -> str:
    """二〇二四年三月二十八日 → 2024年3月28日; other text unchanged."""
    def one(m: re.Match) -> str:
        year = "".join(_CN_DIGIT[c] for c in m.group(1))
        month, day = parse_cn_int(m.group(2)), parse_cn_int(m.group(3)) if m.group(3) else None
        if month is None or not 1 <= month <= 12:
            return m.group(0)
        return f"{year}年{month}月" + (f"{day}日" if day else "")
    return _CN_DATE.sub(one, text)


def period_from_signoff(text: str) -> Optional[tuple[int, int]]:
    """A return dated in the last half of a quarter's last month or the first weeks after it
    reports that quarter: 2024年6月27日 → (2024, 2), 2024.10.9 → (2024, 3). Other dates
    (5月8日) say nothing."""
    m = _DATE.search(squash(arabic_dates(text)))
    if not m:
        return None
    y, mo, d = int(m.group(1)), int(m.group(2)), int(m.group(3))
    if mo in (3, 6, 9, 12) and d >= 15:
        return y, mo // 3
    if mo in (1, 4, 7, 10) and d <= 25:
        return (y - 1, 4) if mo == 1 else (y, (mo - 1) // 3)
    return None


_DATE_LINE = re.compile(r"^(20\d\d)年(\d{1,2})月\d{1,2}日$")


def quarter_dated(text: str) -> Optional[tuple[int, int]]:
    """A line that is only a full date (2024年9月10日, 二〇二四年九月十日) → (year, the quarter
    the day falls in)."""
    m = _DATE_LINE.search(squash(arabic_dates(text)))
    if not m or not 1 <= int(m.group(2)) <= 12:
        return None
    return int(m.group(1)), (int(m.group(2)) - 1) // 3 + 1


def year_in_text(text: str) -> Optional[int]:
    m = re.search(r"(20\d\d)\s*年", squash(text))
    if m:
        return int(m.group(1))
    m = re.search(r"二[〇○零]二([〇○零一二三四五六七八九])年", text)
    if m:
        return 2020 + CN_DIGITS[m.group(1)]
    return None


_YEAR_BEFORE = re.compile(r"(?:(20\d\d)\s*年度?|明年|下一?年度?|次年|去年|上一?年度?)\s*(?:的)?\s*第?\s*$")


@dataclass
class PeriodFinding:
    period: Optional[str]
    evidence: str = ""
    confidence: float = 0.0


def find_period(weighted_texts: Iterable[tuple[str, float, str]], year: int) -> PeriodFinding:
    """``weighted_texts``: (text, weight, where) from the most to the least trusted place.
    Each quarter mention adds weight × strength; the first mention of a text counts most."""
    scores: dict[int, float] = {}
    evidence: dict[int, str] = {}
    for text, weight, where in weighted_texts:
        # (2025年一季度救助, 2023年一季度: another year's quarter says nothing of this return)
        ms = [m for m in quarter_mentions(text)
              if not ((y := _YEAR_BEFORE.search(text, 0, m.start)) and (
                  not y.group(1) or int(y.group(1)) != year))]
        for i, m in enumerate(ms):
            w = weight * m.strength * (1.0 if i == 0 else 0.5)
            scores[m.quarter] = scores.get(m.quarter, 0.0) + w
            if m.quarter not in evidence or w > 0.5:
                evidence.setdefault(m.quarter, f"{where}：{text.strip()[:60]}")
    if not scores:
        return PeriodFinding(None)
    ranked = sorted(scores.items(), key=lambda kv: -kv[1])
    q, s = ranked[0]
    second = ranked[1][1] if len(ranked) > 1 else 0.0
    conf = min(1.0, s / (s + second + 0.2)) if s else 0.0
    return PeriodFinding(f"{year}Q{q}", evidence[q], round(conf, 3))
