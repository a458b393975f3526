"""Numbers as Chinese offices write them: full-width digits, thousands separators, Chinese
numerals (两所, 一千二百三十人, 三万五千), 余/多/近/约, percentages (95.6%, 百分之九十五点六,
百分之百), and the mentions of numbers in a string with their span and measure word.

``normalize`` maps characters one to one (full-width ASCII → ASCII), so every span found in
the normalised string is also a span of the original.
"""
from __future__ import annotations

import re
from dataclasses import dataclass
from typing import Optional

CN_DIGITS = {"零": 0, "〇": 0, "○": 0, "一": 1, "二": 2, "两": 2, "三": 3, "四": 4, "五": 5,
             "六": 6, "七": 7, "八": 8, "九": 9, "壹": 1, "贰": 2, "叁": 3, "肆": 4, "伍": 5,
             "陆": 6, "柒": 7, "捌": 8, "玖": 9}
CN_SMALL_UNITS = {"十": 10, "拾": 10, "百": 100, "佰": 100, "千": 1000, "仟": 1000}
CN_BIG_UNITS = {"万": 10_000, "亿": 100_000_000}
CN_NUM_CHARS = "".join(CN_DIGITS) + "".join(CN_SMALL_UNITS) + "".join(CN_BIG_UNITS)

#: measure words after a number, longest first; money and time words are recognised so
#: that they can be rejected
COUNT_MEASURES = ("个班次", "个班", "班次", "人次", "场次", "余所", "所", "个", "场", "人",
                  "名", "家", "条", "次", "期", "处", "座", "项", "批", "班", "户", "支",
                  "队", "位", "件", "例", "套", "台", "辆", "路", "线", "本", "册", "节",
                  "课时", "堂", "次", "轮", "张", "份", "篇", "所次", "校", "园", "区县",
                  "县", "区", "镇", "村", "社区", "万人次")
MONEY_MEASURES = ("亿元", "万元", "千元", "元", "块")
TIME_MEASURES = ("年", "月", "日", "号", "时", "点", "分钟", "分", "秒", "季度", "季", "周岁",
                 "岁", "周", "天", "小时", "学期", "学年")
_MEASURES = sorted({m for m in COUNT_MEASURES if m not in ("余所", "万人次")}
                   | set(MONEY_MEASURES) | set(TIME_MEASURES), key=len, reverse=True)

APPROX_BEFORE = ("近", "约", "逾", "超", "超过", "达", "达到", "共计", "大约")
APPROX_AFTER = ("余", "多", "左右", "以上", "余万", "多万")


def normalize(text: str) -> str:
    """Full-width ASCII → ASCII and the ideographic space → space, one char for one."""
    out = []
    for ch in text:
        o = ord(ch)
        if 0xFF01 <= o <= 0xFF5E:
            out.append(chr(o - 0xFEE0))
        elif o == 0x3000:
            out.append(" ")
        else:
            out.append(ch)
    return "".join(out)


def squash(text: str) -> str:
    """Normalised text without any whitespace (OCR puts spaces inside words)."""
    return "".join(normalize(text).split())


def parse_cn_int(s: str) -> Optional[int]:
    """一千二百三十 → 1230, 三万五千 → 35000, 两 → 2, 十二 → 12, 二〇二四 → 2024."""
    if not s:
        return None
    if all(c in CN_DIGITS for c in s):  # digit by digit: 二〇二四, 五
        v = 0
        for c in s:
            v = v * 10 + CN_DIGITS[c]
        return v
    total = 0
    section = 0
    digit: Optional[int] = None
    for c in s:
        if c in CN_DIGITS:
            digit = CN_DIGITS[c]
        elif c in CN_SMALL_UNITS:
            section += (1 if digit is None else digit) * CN_SMALL_UNITS[c]
            digit = None
        elif c in CN_BIG_UNITS:
            section += digit or 0
            total = (total + section) * CN_BIG_UNITS[c]
            section = 0
            digit = None
        else:
            return None
    if digit is not None:
        # 三万五 → 35000, 一千二 → 1200 (the trailing digit takes the next lower unit)
        last = s[-2] if len(s) >= 2 else ""
        if last in CN_BIG_UNITS and CN_BIG_UNITS[last] >= 10_000:
            section += digit * CN_BIG_UNITS[last] // 10
            total -= 0
        elif last in CN_SMALL_UNITS and CN_SMALL_UNITS[last] >= 100:
            section += digit * CN_SMALL_UNITS[last] // 10
        else:
            section += digit
    return total + section


def parse_cn_number(s: str) -> Optional[float]:
    """Chinese numeral with an optional decimal part: 九十五点六 → 95.6."""
    if "点" in s:
        whole, _, frac = s.partition("点")
        w = parse_cn_int(whole) if whole else 0
        if w is None or not frac or not all(c in CN_DIGITS for c in frac):
            return None
        return float(f"{w}.{''.join(str(CN_DIGITS[c]) for c in frac)}")
    v = parse_cn_int(s)
    return float(v) if v is not None else None


def parse_number(s: str) -> Optional[float]:
    """A whole string that is one number: '5,230', '１２', '95.6%', '两', '3.2万', '五千余'.
    Percent signs are dropped (the caller knows whether the column is a rate)."""
    t = squash(s).rstrip("%")
    for suffix in APPROX_AFTER:
        if t.endswith(suffix) and len(t) > len(suffix):
            t = t[: -len(suffix)]
            break
    if t.startswith("百分之"):
        t = t[3:]
        if t == "百":
            return 100.0
    m = re.fullmatch(r"(\d{1,3}(?:,\d{3})+|\d+)(\.\d+)?(万|千|亿)?", t)
    if m:
        v = float(m.group(1).replace(",", "") + (m.group(2) or ""))
        mult = {"万": 10_000, "千": 1000, "亿": 100_000_000}.get(m.group(3) or "", 1)
        return v * mult
    if t and all(c in CN_NUM_CHARS or c == "点" for c in t):
        return parse_cn_number(t)
    return None


@dataclass
class Mention:
    """One number in a string. ``kind``: count | percent | money | time | range | phone |
    ordinal | bare (a number with no measure word)."""

    value: float
    start: int
    end: int  # end of the mention including its measure word
    raw: str
    kind: str
    measure: Optional[str] = None
    approx: bool = False
    chinese: bool = False


_ARABIC = r"\d{1,3}(?:,\d{3})+(?:\.\d+)?|\d+(?:\.\d+)?"
_CN = f"[{CN_NUM_CHARS}]+(?:点[{''.join(CN_DIGITS)}]+)?"
_NUM_RE = re.compile(
    rf"(?P<pct_cn>百分之(?:百|{_CN}))"
    rf"|(?P<ar>{_ARABIC})(?P<ar_mult>\s*[万千亿](?![元]))?"
    rf"|(?P<cn>{_CN})"
)
_MEASURE_RE = re.compile("|".join(re.escape(m) for m in _MEASURES))
_COUNT_SET = set(COUNT_MEASURES)
_MONEY_SET = set(MONEY_MEASURES)
_TIME_SET = set(TIME_MEASURES)
_RANGE_RE = re.compile(r"\s*[-—–~～至到]{1,2}\s*(\d|[一二三四五六七八九十])")
#: Chinese numerals that are words, not numbers, when no measure word follows
_CN_WORDS = ("一些", "一步", "一批", "一线", "一站", "一体", "一是", "二是", "三是", "一起",
             "一直", "一系列", "一定", "一般", "一致", "一次性", "万一", "千方百计", "一流",
             "十大", "百姓", "千家万户", "一对一", "一项", "一把手", "一年", "一岗双责")


def find_mentions(text: str) -> list[Mention]:
    """All numbers in ``text`` (already normalised or not) with their kind and measure."""
    t = normalize(text)
    out: list[Mention] = []
    for m in _NUM_RE.finditer(t):
        start, end = m.start(), m.end()
        raw = m.group(0)
        chinese = False
        if m.group("pct_cn"):
            v = parse_number(raw)
            if v is None:
                continue
            out.append(Mention(v, start, end, raw, "percent", "%", chinese=True))
            continue
        if m.group("ar"):
            num = m.group("ar")
            if _looks_like_phone(t, m.start("ar"), m.end("ar")):
                out.append(Mention(float(num.replace(",", "")), start, _phone_end(t, end),
                                   raw, "phone"))
                continue
            v = float(num.replace(",", ""))
            mult = (m.group("ar_mult") or "").strip()
            if mult:
                v *= {"万": 10_000, "千": 1000, "亿": 100_000_000}[mult]
        else:
            raw_cn = m.group("cn")
            if any(t.startswith(w, start) or t[max(0, start - 1):].startswith(w)
                   for w in _CN_WORDS):
                continue
            if not any(c in CN_DIGITS for c in raw_cn) and raw_cn not in ("十", "拾"):
                continue  # 百场, 千家万户: a lone unit character is a slogan, not a figure
            v = parse_cn_number(raw_cn)
            if v is None:
                continue
            chinese = True
        # the measure word, after optional 余/多 and spaces
        j = end
        approx = False
        while j < len(t) and t[j] == " ":
            j += 1
        for suf in ("余", "多"):
            if t.startswith(suf, j):
                approx = True
                j += len(suf)
                break
        if t.startswith("%", j):
            out.append(Mention(v, start, j + 1, t[start:j + 1], "percent", "%", approx, chinese))
            continue
        if t.startswith("万", j) and approx:  # 3万余人: already multiplied? no: 3余万
            v *= 10_000
            j += 1
        mm = _MEASURE_RE.match(t, j)
        measure = mm.group(0) if mm else None
        if mm:
            j = mm.end()
        if t[max(0, start - 1):start] == "第":
            kind = "ordinal"
        elif _RANGE_RE.match(t, end):
            kind = "range"
        elif measure in _MONEY_SET:
            kind = "money"
        elif measure in _TIME_SET:
            kind = "time"
        elif measure is None:
            if chinese and t.strip() != raw:
                # a Chinese numeral without a measure word is a word in prose, not a figure;
                # alone in a cell (一千零六十八, as Excel's [DBNum1] shows 1068) it is one
                continue
            before = t[max(0, start - 1):start]
            if t[j:j + 1] in (".", "、", ")", "）") and (start == 0 or before in "（( ;；。:：\n\t"):
                kind = "ordinal"  # a list marker: 1. 2、 (3)
            else:
                kind = "bare"
        else:
            kind = "count"
        if t.startswith(("左右", "以上"), j):
            approx = True
        if t[max(0, start - 2):start].endswith(APPROX_BEFORE):
            approx = True
        out.append(Mention(v, start, j, t[start:j], kind, measure, approx, chinese))
    return out


def _looks_like_phone(t: str, s: int, e: int) -> bool:
    digits = t[s:e]
    if "," in digits or "." in digits:
        return False
    if len(digits) >= 7:
        return True
    # 0533-3160330, 3160330 with an area code
    if re.match(r"-\d{6,8}", t[e:]) and len(digits) in (3, 4) and digits.startswith("0"):
        return True
    before = t[max(0, s - 8):s]
    return any(k in before for k in ("电话", "手机", "联系方式", "传真", "Tel", "tel"))


def _phone_end(t: str, e: int) -> int:
    m = re.match(r"[-\d]*", t[e:])
    return e + (m.end() if m else 0)
