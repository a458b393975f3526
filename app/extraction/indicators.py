"""Matching figures to catalog indicators, in general terms rather than fixed sentences.

An indicator is recognised by the overlap of its name's (and aliases') character bigrams
with the words around a number, weighted by how rare each bigram is across the catalog
(扩建 says less than 幼儿 or 大篷), by the project the text stands under (a table row, a
section heading), and by the measure word (所, 场, 人次, %). Distractors are recognised by
the words right before a number: targets (目标, 计划, 力争), earlier figures (上季度,
较…增加), this-quarter-only figures (本季度新增), counts of other things (惠及, 覆盖).
"""
from __future__ import annotations

import math
import re
from dataclasses import dataclass, field
from typing import Iterable, Optional

from app.catalog import Catalog, Indicator
from app.extraction.numbers import Mention, find_mentions, normalize

_CJK = re.compile(r"[\u4e00-\u9fff]+|[A-Za-z]{2,}")
#: bigrams every indicator could use; they count a little
_GENERIC = {"开展", "实施", "举办", "打造", "建设", "完成", "全市", "工作", "活动", "服务", "项目",
            "行动", "工程", "推进", "提升", "培育", "开通", "建立", "试点", "市级", "示范",
            "及儿", "儿童", "妇女", "适龄", "累计", "年度", "目前", "截至"}

#: measure compatibility: indicator measure → written measure → factor
_MEASURE_COMPAT: dict[str, dict[str, float]] = {
    "所": {"所": 1.0, "个": 0.6, "处": 0.6, "座": 0.5, "校": 0.7, "园": 0.7, "家": 0.4},
    "个": {"个": 1.0, "处": 0.6, "家": 0.5, "项": 0.4, "区县": 0.8, "县": 0.6, "所": 0.4},
    "人次": {"人次": 1.0, "人": 0.85, "名": 0.7, "万人次": 1.0},
    "人": {"人": 1.0, "名": 0.95, "人次": 0.6, "位": 0.8},
    "名": {"名": 1.0, "人": 0.95, "人次": 0.5, "例": 0.6, "位": 0.8},
    "场": {"场": 1.0, "场次": 1.0, "次": 0.75, "期": 0.5, "堂": 0.6, "轮": 0.4},
    "条": {"条": 1.0, "路": 0.7, "线": 0.6, "个": 0.3},
    "家": {"家": 1.0, "个": 0.6, "所": 0.5, "处": 0.4},
    "个班次": {"个班次": 1.0, "班次": 1.0, "个班": 0.9, "班": 0.9, "期": 0.6, "个": 0.4},
}

TARGET_WORDS = ("目标", "任务", "计划", "力争", "预计", "拟", "要求", "确保", "不少于", "不低于",
                "达到年度", "全年要", "年内", "将于", "争取", "规划")
PREVIOUS_WORDS = ("上季度", "上一季度", "上期", "上年", "去年", "同期", "此前", "一季度时", "二季度时",
                  "三季度时", "一季度末的", "上半年的", "较", "比上", "环比", "同比")
DELTA_WORDS = ("增加", "增长", "提高", "提升", "减少", "下降", "多出")
QUARTER_ONLY_WORDS = ("本季度", "当季", "本期", "季度内", "本季", "当月", "本月", "新增")
CUMULATIVE_WORDS = ("累计", "截至目前", "截至", "截止", "共计", "总计", "合计", "共", "已完成",
                    "已", "全年", "达到", "达")
OTHER_THING_WORDS = ("惠及", "覆盖", "受益", "参与", "参加", "吸引", "带动", "涉及", "辐射", "其中",
                     "受众", "观众", "听众")
REMAINING_WORDS = ("仍有", "尚有", "还有", "剩余", "其余", "另有", "尚未", "未完成", "未开工", "缺口", "差距")
def _list_goes_on(t: str, end: int, start: int, longest: int) -> bool:
    """The words between a figure ending at ``end`` (-1: none) and the next one at ``start``
    only join a list (中小学4所、幼儿园10所): no clause break, a 、/和/及/与 between."""
    gap = t[end:start] if end >= 0 else ""
    return bool(gap) and bool(re.fullmatch(rf"[^，,。；;：:]{{0,{longest}}}", gap)) and bool(
        re.search(r"[、和及与]", gap))


#: said of the things just counted: they are not finished (so not a completed figure)
#: (construction only: 尚未完成年度任务 says the figure is behind, not that it is not done)
_NOT_FINISHED = re.compile(r"(尚未|均未|还未|暂未|未)(竣工|完工|建成|完成建设|投入使用|交付)"
                           r"|(正在|仍在)(主体)?(施工|建设)|施工中|(均已|已)开工|提交\S{0,6}申请|正在申报|等待验收|待验收")
FULL_COVERAGE = ("全覆盖", "全部覆盖", "应助尽助", "应救尽救", "应保尽保", "全部纳入", "100%覆盖",
                 "全部达标", "全面达标", "稳定达标", "均已达标", "均达标", "全部落实到位")


def bigrams(text: str) -> set[str]:
    out: set[str] = set()
    for run in _CJK.findall(normalize(text)):
        if run.isascii():
            out.add(run.upper())
            continue
        if len(run) == 1:
            continue
        out.update(run[i:i + 2] for i in range(len(run) - 1))
    return out


@dataclass
class Form:
    grams: set[str]
    weight: float


class IndicatorIndex:
    """Keyword forms of every numeric indicator and every project, with rarity weights."""

    def __init__(self, catalog: Catalog):
        self.catalog = catalog
        self.indicators: list[Indicator] = [i for i in catalog.indicators() if i.numeric]
        docs: list[set[str]] = []
        for ind in catalog.indicators():
            g = bigrams(ind.name)
            for a in ind.aliases:
                g |= bigrams(a)
            docs.append(g)
        for p in catalog.projects:
            docs.append(bigrams(p.title))
        n = len(docs)
        df: dict[str, int] = {}
        for d in docs:
            for g in d:
                df[g] = df.get(g, 0) + 1
        self.idf = {g: math.log(1 + n / c) * (0.25 if g in _GENERIC else 1.0) for g, c in df.items()}
        self.forms: dict[str, list[set[str]]] = {}
        for ind in catalog.indicators():
            self.forms[ind.id] = [bigrams(ind.name)] + [bigrams(a) for a in ind.aliases]
        self.project_forms: dict[int, list[set[str]]] = {}
        for p in catalog.projects:
            fs = [bigrams(p.title)]
            fs += [bigrams(i.name) for i in p.indicators]
            fs += [bigrams(a) for i in p.indicators for a in i.aliases]
            self.project_forms[p.no] = fs
        self.project_vocab = {no: set().union(*fs) for no, fs in self.project_forms.items()}

    def _w(self, g: str) -> float:
        return self.idf.get(g, 1.0)

    def _cover(self, forms: list[set[str]], grams: set[str]) -> float:
        best = 0.0
        for f in forms:
            if not f:
                continue
            # (summed in a fixed order: a set's order changes with the hash seed, and float
            # sums in another order can break a tie differently from run to run)
            ordered = sorted(f)
            tot = sum(self._w(g) for g in ordered)
            hit = sum(self._w(g) for g in ordered if g in grams)
            # a form fully present is strong however short; partial cover scales
            best = max(best, hit / tot if tot else 0.0)
        return best

    def keyword_score(self, ind_id: str, text: str | set[str]) -> float:
        grams = text if isinstance(text, set) else bigrams(text)
        return self._cover(self.forms[ind_id], grams)

    def project_score(self, no: int, text: str) -> float:
        """How well ``text`` names project ``no``: the best share of one of its forms that
        the text covers, or the share of the text's own words that belong to the project
        (a short heading such as 两癌检查 covers little of a long title)."""
        grams = bigrams(text)
        recall = self._cover(self.project_forms[no], grams)
        vocab = self.project_vocab[no]
        ordered = sorted(grams)
        tot = sum(self._w(g) for g in ordered)
        precision = sum(self._w(g) for g in ordered if g in vocab) / tot if tot else 0.0
        return max(recall, precision * min(1.0, len(grams) / 3))

    def match_project(self, text: str, allowed: Iterable[int],
                      threshold: float = 0.45) -> Optional[int]:
        """The project a heading or a project cell names, if one stands out."""
        allowed = list(allowed)
        scores = sorted(((self.project_score(no, text), no) for no in allowed), reverse=True)
        if not scores or scores[0][0] < threshold:
            return None
        if len(scores) > 1 and scores[1][0] > scores[0][0] - 0.1:
            return None
        return scores[0][1]


def measure_factor(ind: Indicator, m: Mention, in_figure_cell: bool = False) -> float:
    if ind.kind == "percent":
        return 1.0 if m.kind == "percent" else 0.0
    if m.kind == "percent":
        return 0.0
    if m.kind == "bare":
        return 0.8 if in_figure_cell else 0.3
    if m.kind != "count":
        return 0.0
    if ind.measure is None:
        return 0.5
    if m.measure == ind.measure:
        return 1.0
    return _MEASURE_COMPAT.get(ind.measure, {}).get(m.measure or "", 0.0)


@dataclass
class Candidate:
    ind_id: str
    value: float
    score: float
    method: str
    snippet: str
    cumulative: bool = False
    quarter_only: bool = False
    margin: float = 1.0
    source_conf: float = 1.0
    page: Optional[int] = None
    bbox: Optional[tuple] = None
    priority: int = 0  # 3 table column, 2 ledger, 1 text
    #: the indicator or the column's role was inferred (a title, a caption), not named
    guessed: bool = False
    #: the one quarter the sentence says the figure belongs to (二季度，开展…49场; 4月至6月…),
    #: when it does not say 累计/截至: a part of the year's figure unless it is the first
    quarter_named: Optional[int] = None
    #: said to be the running total right before it (累计开办52个班次, 截至目前共…), not just 已
    running_total: bool = False
    #: the sum of the parts just listed (…演出146场、课程辅导67场，合计213场)
    sums_up: bool = False


_ONE_QUARTER = re.compile(
    r"(?<![前截至止到])第?([一二三四1-4])季度(?!末|底|以来的?累计|止|前)"
    r"|(?<![\d\-—－~至到])(4|7|10)\s*月?\s*(?:份)?\s*[-—－~至到]\s*(6|9|12)\s*月")
_Q_OF = {"一": 1, "二": 2, "三": 3, "四": 4, "1": 1, "2": 2, "3": 3, "4": 4}


_SINCE_JANUARY = re.compile(r"(?<!\d)1\s*月?\s*[-—－~至到]\s*\d{1,2}\s*月|前[二三]季度|上半年|全年|今年以来|年初以来|"
                            r"累计|截至|截止|共计|总计|合计")
_CLOSED_BRACKETS = re.compile(r"[（(][^（()）]*[)）]")


def one_quarter_named(text: str) -> Optional[int]:
    """The quarter ``text`` (the sentence up to a figure) names last, nearest the figure
    (一季度开展5场，二季度开展 → 2), or None when the sentence counts from January
    (1-9月…, 累计…) or names none. A closed aside (其中三季度8场) is not the sentence's period."""
    text = _CLOSED_BRACKETS.sub("", text)
    if _SINCE_JANUARY.search(text):
        return None
    last = None
    for m in _ONE_QUARTER.finditer(text):
        last = _Q_OF[m.group(1)] if m.group(1) else {"4": 2, "7": 3, "10": 4}[m.group(2)]
    return last


_CLAUSE_SPLIT = re.compile(r"[，,；;。!！?？\n]|(?<!\d)[:：]")
_SENT_SPLIT = re.compile(r"[。；;!！?？\n]")


def _spans(text: str, rx: re.Pattern) -> list[tuple[int, int]]:
    out, s = [], 0
    for m in rx.finditer(text):
        out.append((s, m.start()))
        s = m.end()
    out.append((s, len(text)))
    return out


def _find(spans: list[tuple[int, int]], i: int) -> tuple[int, int]:
    for s, e in spans:
        if s <= i < e or (i == e and s == e):
            return s, e
    return spans[-1]


@dataclass
class TextContext:
    """What surrounds a piece of text: the project it stands under, whether it sits in a
    column that holds cumulative figures, and where it is on the page."""

    project: Optional[int] = None
    cumulative_column: bool = False
    figure_cell: bool = False
    page: Optional[int] = None
    bbox: Optional[tuple] = None
    confidence: float = 1.0
    method: str = "text"
    quarter: Optional[int] = None
    masks: list[tuple[int, int]] = field(default_factory=list)
    #: words that name what the text is about (the indicator cell of its table row)
    about: str = ""
    #: the text sits in a column of this quarter's work (本季度工作开展情况)
    quarter_column: bool = False


def masked_spans(text: str, catalog_phrases: list[str]) -> list[tuple[int, int]]:
    """Spans of catalog phrases with numbers in them (“4个100%”, 35—64岁) inside ``text``."""
    t = normalize(text)
    out = []
    for p in catalog_phrases:
        start = 0
        while (i := t.find(p, start)) >= 0:
            out.append((i, i + len(p)))
            start = i + 1
    return out


def catalog_number_phrases(catalog: Catalog) -> list[str]:
    """Fragments of catalog names that contain digits (never a reported figure)."""
    out: set[str] = set()
    for ind in catalog.indicators():
        for name in (ind.name, *ind.aliases):
            for m in re.finditer(r"\d[\d—\-~]*(?:个\d+%|%|岁|个)?", normalize(name)):
                frag = m.group(0)
                if len(frag) >= 3 and not frag.rstrip("%").isdigit():
                    out.add(frag)
    return sorted(out, key=len, reverse=True)


DONE_WORDS = ("完成", "已", "累计", "实际", "建成", "达到", "目前", "现有", "共")
#: the figure is named a target after it: 培训家政从业人员5000人次以上的目标由我局…承担
_TARGET_AFTER = re.compile(r"\s*(以上|以下|左右|及以上)?\s*(的|之)?\s*(年度|全年)?(目标|任务|计划)(?![任务目标]*(完成|达成|已))")
def _last_scope(text: str) -> Optional[str]:
    """The place the words nearest before a figure speak of: the province (全省, 全国) or
    the city (全市, 我局)."""
    province = max((m.end() for m in re.finditer(r"全省|全国|省内", text)), default=-1)
    city = max((m.end() for m in re.finditer(r"我市|全市|本市|我局|我委|我会", text)), default=-1)
    if province < 0 and city < 0:
        return None
    return "province" if province > city else "city"


#: what a figure used to be: 原报销比例为90%, 原来为, 调整前为
_FORMER = re.compile(r"(?:^|[，,；;。（(\s])(?:原(?:来|先|有)?[\u4e00-\u9fff]{0,8}|调整前|改革前|以往)(?:为|是|仅)\s*$")
#: a programme's name, not a plan: “家庭共成长”计划上半年开展巡讲436场
_NAMED_PLAN = re.compile(r"[”\"』」》]\s*(计划|规划)")
#: 年内 is a deadline (年内建成) except before what is done so far (年内累计开办64个班次)
_YEAR_SO_FAR = re.compile(r"年内(?=累计|已|共)")


def _after_last(text: str, words: tuple[str, ...], cancel: tuple[str, ...]) -> bool:
    """A word of ``words`` stands in ``text`` with no word of ``cancel`` after it
    (目标…4所 is a target; 目标4所，已完成3所 is not, for the 3所)."""
    last = max((text.rfind(w) + len(w) for w in words if w in text), default=-1)
    if last < 0:
        return False
    return not any(c in text[last:] for c in cancel)


#: measure words too common to tell an indicator by themselves
_GENERIC_MEASURES = ("个", "人", "名", "次", None)


def _only_measure_in_project(ind: Indicator, allowed: list[Indicator], m: Mention) -> bool:
    """No other indicator of the same project takes this measure word (开通4条 under the
    project whose only 条 indicator is the 定制公交 lines)."""
    return not any(o.id != ind.id and o.project_no == ind.project_no
                   and measure_factor(o, m) > 0 for o in allowed)


#: characters of time, quantity and the verbs every report uses: words made of them say
#: nothing about what a figure counts
_FUNCTION_CHARS = set("一二三四五六七八九十百千万季度年月日底末累计共已完成开展组织举办截至止目前全市今本期上下半"
                      "第是为了在和与及等其中各个新此外另还并先后达到实现合总数量")


def _content_grams(pre: str, index: "IndicatorIndex") -> set[str]:
    """The word pairs before a figure that say what it counts: departments (市妇联牵头培训…),
    the verbs of working together, generic words and those of time and quantity left out."""
    for name, _ in index.catalog.unit_names_longest_first():
        pre = pre.replace(name, "|")
    pre = re.sub(r"牵头|会同|联合|配合|指导|推动|督促|协调|依托", "|", pre)
    return {g for g in bigrams(pre) if g not in _GENERIC and not any(ch in _FUNCTION_CHARS for ch in g)}


def _names_another_thing(content: set[str], index: "IndicatorIndex", project_no: int) -> bool:
    """The words before a figure (``_content_grams``) name an activity of their own
    (开展“法官进校园”法治宣传活动24场): three or more word pairs foreign to the project, so the
    figure is not the project's only indicator of that measure just because the measure fits."""
    return len(content - index.project_vocab.get(project_no, set())) >= 3


_TASK_LABEL = re.compile(r"(?:任务|目标|计划|要求)[一二三四五六七八九十\d]*\s*[:：]\s*[“\"「『]?\s*$")


def _quoted_target(t: str, sent_start: int, clause_start: int, at: int) -> bool:
    """The notice's own wording quoted or labelled as the task (任务二：“举办大讲堂40场”,
    年度任务：巡讲30场) is the target; the figure comes after it (完成：…)."""
    if _TASK_LABEL.search(t[max(sent_start, clause_start - 12):clause_start + 1]):
        return True
    before = t[sent_start:at]
    q = max(before.rfind("“"), before.rfind("「"), before.rfind("『"))
    if q < 0 or any(c in before[q:] for c in "”」』"):
        return False
    if _TASK_LABEL.search(before[:q + 1]) or _has_word(before[:q], TARGET_WORDS + (
            "原文", "通知", "清单")):
        return True
    # 市政府将“为约2000名…实施康复救助”列入为民办实事项目: the quoted task, listed
    close = min((i for i in (t.find(c, at) for c in "”」』") if i >= 0), default=-1)
    return close >= 0 and bool(re.match(r"\s*(列入|纳入|列为|作为|确定为|写入)", t[close + 1:close + 8]))


def _has_word(text: str, words: tuple[str, ...]) -> Optional[str]:
    for w in words:
        if w in text:
            return w
    return None


_JOINERS = re.compile(r"以及|和|及|与|同|、|/")


def _respectively(t: str, usable: list[Mention], index: IndicatorIndex,
                  allowed: list[Indicator], ctx: TextContext,
                  sents: list[tuple[int, int]], clauses: list[tuple[int, int]],
                  text: str) -> tuple[list[Candidate], set[int]]:
    """中小学和幼儿园分别新建3所、5所: N things named and joined before 分别, N figures listed
    after it, paired in order. The pairing is inferred from the order, so never sure."""
    out: list[Candidate] = []
    taken: set[int] = set()
    for fb in re.finditer(r"分别", t):
        i = fb.start()
        ss, se = _find(sents, i)
        after = [m for m in usable if fb.end() <= m.start < se]
        if not after or after[0].start - fb.end() > 12:
            continue
        run = [after[0]]
        for m in after[1:]:
            if not re.fullmatch(r"\s*[、，,和及与]\s*|\s*以及\s*", t[run[-1].end:m.start]):
                break
            run.append(m)
        if len(run) < 2:
            continue
        cs, _ = _find(clauses, i)
        parts = [p for p in _JOINERS.split(t[cs:i]) if bigrams(p)]
        if len(parts) < len(run):
            continue
        parts = parts[-len(run):]
        pairs: list[tuple[Indicator, float, float]] = []
        for part, m in zip(parts, run):
            scored = sorted(((index.keyword_score(ind.id, part), ind) for ind in allowed
                             if measure_factor(ind, m) > 0), key=lambda x: -x[0])
            if not scored or scored[0][0] < 0.4 or (
                    len(scored) > 1 and scored[1][0] >= scored[0][0] - 0.1):
                break
            pairs.append((scored[0][1], scored[0][0], measure_factor(ind=scored[0][1], m=m)))
        if len(pairs) != len(run) or len({ind.id for ind, _, _ in pairs}) != len(run):
            continue
        for (ind, kw, mf), m in zip(pairs, run):
            near = t[cs:m.start]
            score = mf * (0.65 * min(1.0, kw) + 0.35)
            out.append(Candidate(
                ind_id=ind.id, value=m.value, score=score, method=ctx.method,
                snippet=text[max(ss, i - 24):min(se, m.end + 6)].strip(),
                cumulative=bool(_has_word(near, CUMULATIVE_WORDS)) or ctx.cumulative_column,
                quarter_only=bool(_has_word(near, QUARTER_ONLY_WORDS))
                and not _has_word(near, ("累计",)),
                margin=score, source_conf=ctx.confidence, page=ctx.page, bbox=ctx.bbox,
                priority=1, guessed=True))
            taken.add(m.start)
    return out, taken


def text_candidates(text: str, index: IndicatorIndex, allowed: list[Indicator],
                    ctx: TextContext) -> list[Candidate]:
    """Figures in a piece of prose (a paragraph or a cell) matched to indicators."""
    t = normalize(text)
    if not t.strip():
        return []
    mentions = [m for m in find_mentions(t)
                if not any(s <= m.start < e for s, e in ctx.masks)]
    clauses = _spans(t, _CLAUSE_SPLIT)
    sents = _spans(t, _SENT_SPLIT)
    out: list[Candidate] = []
    usable = [m for m in mentions if m.kind in ("count", "percent", "bare")]
    # 全覆盖 statements: a 100% for coverage indicators, only when the clause names them
    for phrase in FULL_COVERAGE:
        start = 0
        while (i := t.find(phrase, start)) >= 0:
            start = i + 1
            if any(m.start <= i < m.end for m in mentions):
                continue
            usable.append(Mention(100.0, i, i + len(phrase), phrase, "coverage", "%"))
    usable.sort(key=lambda m: m.start)
    about_scores = {i.id: index.keyword_score(i.id, ctx.about) for i in allowed} if ctx.about else {}
    paired, taken = _respectively(t, usable, index, allowed, ctx, sents, clauses, text)
    out += paired
    target_end = -1  # where the last figure read as a target ended
    part_end = -1  # where the last figure read as a part (其中…) ended
    for k, m in enumerate(usable):
        if m.start in taken:
            continue
        cs, ce = _find(clauses, m.start)
        ss, se = _find(sents, m.start)
        prev_end = max([u.end for u in usable[:k] if u.end <= m.start] + [cs])
        nxt = [u.start for u in usable[k + 1:] if u.start >= m.end]
        next_start = min(nxt + [ce])
        pre = t[prev_end:m.start]
        post = t[m.end:min(next_start, m.end + 14)]
        # the clause before, when this one starts with the number or a bare verb (截至目前，累计…)
        prev_clause = ""
        if len(pre) <= 6 and cs > ss:
            pcs, _ = _find(clauses, max(ss, cs - 2))
            prev_clause = t[pcs:cs]
        near = t[max(cs, m.start - 8):m.start]
        wider = t[cs:m.start]
        # 完成年度目标的20%（2场）: the share is of the target, the count in brackets is done
        prior = [u for u in usable[:k] if u.end <= m.start]
        share = prior and prior[-1].kind == "percent" and re.fullmatch(r"\s*[（(]\s*", pre) and \
            re.search(r"(完成|达到|达|实现)了?(年度|全年|全年度)?(目标|任务)(任务|数)?的?\s*$",
                      t[cs:prior[-1].start])
        share_of_target = bool(share) and not _has_word(
            t[cs:cs + share.start()], tuple(w for w in TARGET_WORDS if w not in ("目标", "任务")))
        if _list_goes_on(t, target_end, m.start, 12) and not _has_word(t[target_end:m.start], DONE_WORDS):
            target_end = m.end
            continue  # 计划新改扩建中小学4所、幼儿园10所: the list goes on under 计划
        if not share_of_target and (
                _TARGET_AFTER.match(t, m.end) or
                _after_last(_NAMED_PLAN.sub("", pre), TARGET_WORDS, DONE_WORDS)
                or _has_word(_NAMED_PLAN.sub("", _YEAR_SO_FAR.sub("", near)), TARGET_WORDS) or (
                _has_word(t[m.end:m.end + 3], ("以上",)) and _has_word(wider, TARGET_WORDS))):
            target_end = m.end
            continue
        if _quoted_target(t, ss, cs, m.start):
            continue
        if _ASSIGNED.search(t[cs:m.start]):
            target_end = m.end
            continue  # 按照分工，我局负责开通4条: the share of the task it was given
        if _has_word(near, REMAINING_WORDS):
            continue
        if m.kind in ("count", "bare") and (unfinished := _NOT_FINISHED.search(t, m.end, se)) and \
                not any(m.end <= u.start < unfinished.start() for u in usable[k + 1:]) and \
                not re.search(r"其余|其他|另有|另外|剩余|其它", t[m.end:unfinished.start()]):
            continue  # 4所中小学…均已完成立项，尚未竣工: a count of what is not done yet
        years = [int(y) for y in re.findall(r"(20\d\d)\s*年", wider)]
        if years and years[-1] < index.catalog.year:
            continue  # 2023年全年我局共培训1420人次: last year's figure
        if _last_scope(wider) == "province":
            continue  # 全省共打造…300个, （全省共救助2.96万名）: the province's figure, not the city's
        if _after_last(pre, PREVIOUS_WORDS, ("累计", "目前", "现", "已")):
            continue
        if _has_word(near[-4:], DELTA_WORDS) and not _has_word(near, ("累计",)) and not re.search(
                r"(提高|提升|增加|增长|上调|扩大)(至|到)\s*$", near):
            continue  # 增长9.6% is a change; 提高至100% is the level reached
        if _FORMER.search(pre):
            continue  # 原报销比例为90%, 调整前为90%: what it used to be
        if re.search(r"(由|从)(原来的|原先的|原有的|原)?\s*$", pre) and re.match(
                r"\s*(提高|提升|增加|增长|上调|调整|扩大|降低|下降|减少|变更|改)为?(至|到|为)", post):
            continue  # 报销比例由90%提高至100%: the figure it was, not the figure it is
        quarter_only = (bool(_has_word(wider, QUARTER_ONLY_WORDS)) or ctx.quarter_column) \
            and not _has_word(near, ("累计",))
        # (a count only: a rate 三季度继续保持100% is a level, not a quarter's part)
        quarter_named = one_quarter_named(t[ss:m.start]) if m.kind in ("count", "bare") else None
        cumulative = bool(_has_word(pre + prev_clause[-8:], CUMULATIVE_WORDS)) or ctx.cumulative_column
        other = _has_word(pre[-10:], OTHER_THING_WORDS)
        # 其中剧目进校园演出67场、校园戏曲课程辅导91场: the list goes on under 其中
        if not other and _list_goes_on(t, part_end, m.start, 16):
            other = "其中"
        part_end = m.end if other == "其中" else -1
        # 惠及/覆盖… count beneficiaries; 参加/参与…N场 counts events someone else held
        # (参与举办/参与组织…N场: events it helped hold, its own)
        close_other = _has_word(near, OTHER_THING_WORDS) or (
            m.measure in ("场", "场次", "次", "期") and not _JOINED_IN_HOLDING.search(pre)
            and _has_word(pre, ("参加", "参与", "出席")))
        local = bigrams(pre + "|" + post)
        clause_grams = bigrams(prev_clause + "|" + t[cs:ce])
        sent_grams = bigrams(t[ss:se])
        scored: list[tuple[float, Indicator]] = []
        # the words right by the number may name another thing of the catalog (资助孤困儿童
        # 45429名 is not the 残疾儿童 count even under the same project)
        pre_grams = bigrams(pre)
        content = _content_grams(pre, index)  # (once per figure, not per indicator)
        # the words before a number name it first (中小学2所、幼儿园…); after it, less
        local_by_ind = {i: max(index.keyword_score(i, pre_grams),
                               0.75 * index.keyword_score(i, local)) for i in index.forms}
        # (any indicator of the catalog, even another department's or a milestone, except
        # one of the other kind: a count cannot be a rate's rival, nor a rate a count's)
        could_hold = {i.id for i in index.catalog.indicators() if not (
            (i.kind == "count" and m.kind in ("coverage", "percent"))
            or (i.kind == "percent" and m.kind in ("count",)))}
        for ind in allowed:
            if ind.not_about and _has_word(t[cs:m.start], ind.not_about):
                continue  # 城乡居民医保…报销比例达到70% is not the 职工医保 one
            if m.kind == "coverage":
                if ind.kind != "percent" or (ind.target or 0) < 100:
                    continue
                mf = 0.85
            else:
                mf = measure_factor(ind, m, ctx.figure_cell)
            if mf <= 0:
                continue
            kw_local = local_by_ind[ind.id]
            kw_clause = index.keyword_score(ind.id, clause_grams)
            kw_sent = index.keyword_score(ind.id, sent_grams)
            kw = max(kw_local, 0.8 * kw_clause, 0.55 * kw_sent,
                     0.8 * about_scores.get(ind.id, 0.0))
            if ctx.project is not None:
                proj = 1.0 if ind.project_no == ctx.project else 0.0
            else:
                proj = 0.4
            s = mf * (0.65 * kw + 0.35 * proj)
            if close_other and close_other not in ind.name and not any(
                    close_other in a for a in ind.aliases):
                continue  # 参加…招聘会3场, 惠及…2000人: another thing's count
            if other and other not in ind.name and not any(other in a for a in ind.aliases):
                s *= 0.35
            if ind.kind == "percent" and max(kw_local, kw_clause,
                                             about_scores.get(ind.id, 0.0)) < 0.3:
                continue  # a rate is stated with its name (筛查率达…); 占目标的28% is not one
            # only an indicator that could hold this figure is a rival: 中小学 names the
            # school count, not a rival to the 达标率 for a 全部达标 (100%)
            rival_local = max((v for k, v in local_by_ind.items()
                               if k != ind.id and k in could_hold), default=0.0)
            if rival_local >= kw_local + 0.35:
                s *= 0.5
            if kw < 0.12 and not ctx.figure_cell and not (
                    ctx.project == ind.project_no and mf == 1.0 and rival_local < 0.3
                    and m.measure not in _GENERIC_MEASURES
                    and _only_measure_in_project(ind, allowed, m)
                    and not _names_another_thing(content, index, ind.project_no)):
                continue  # the project alone does not say which indicator a figure is
            if max(kw_local, kw_clause, about_scores.get(ind.id, 0.0)) < 0.35 and not ctx.figure_cell \
                    and _names_another_thing(content, index, ind.project_no):
                # 法治宣传活动24场 shares only 宣传 with 心理健康宣传; 培训结束后推荐上岗630余人
                # only shares its sentence with 培训家政从业人员: another thing's count
                continue
            if m.kind == "coverage" and kw_clause < 0.3:
                continue
            scored.append((s, ind))
        if not scored:
            continue
        scored.sort(key=lambda x: -x[0])
        best_s, best = scored[0]
        second = scored[1][0] if len(scored) > 1 else 0.0
        if best_s < 0.3:
            continue
        if second >= best_s - 0.03:
            continue  # as much about another indicator (1,386所中小学幼儿园…): can't tell which
        lo, hi = max(ss, m.start - 24), min(se, m.end + 6)
        out.append(Candidate(
            ind_id=best.id, value=m.value, score=best_s, method=ctx.method,
            snippet=text[lo:hi].strip(), cumulative=cumulative, quarter_only=quarter_only,
            quarter_named=quarter_named,
            running_total=bool(_has_word(near, ("累计", "截至", "截止", "共计", "总计", "合计")))
            or _year_to_date_first(t, ss, m, usable),
            sums_up=bool(re.search(r"(合计|总计|共计|总共)\s*$", pre)) and any(
                u.end <= m.start and u.start >= ss for u in usable[:k]),
            margin=best_s - second, source_conf=ctx.confidence, page=ctx.page, bbox=ctx.bbox,
            priority=1))
    return out


#: 负责开通…, 负责建设…: the department's assigned share, not what it has done (负责的4所
#:学校均已竣工 is a count of the done)
_ASSIGNED = re.compile(r"负责(?!的)[\u4e00-\u9fff“”\"]{0,10}$")

#: 参与举办, 参与组织开展: it held the events with others, they are its own
_JOINED_IN_HOLDING = re.compile(r"(参加|参与|共同)(举办|组织|开展|承办|主办|策划)")

#: the year so far, opening a sentence: 1—9月，全市为1,603名…; 今年以来; 前三季度
_YEAR_TO_DATE = re.compile(r"(?<!\d)1\s*月?\s*[-—–~～至到]\s*(?:[3-9]|1[0-2])\s*月|今年以来|年初以来|前三季度|上半年")


def _year_to_date_first(t: str, ss: int, m: Mention, usable: list[Mention]) -> bool:
    """The sentence opens with the year so far and this is the first figure after it: the
    running total it states (the parts and other things follow)."""
    ytd = None
    for x in _YEAR_TO_DATE.finditer(t, ss, m.start):
        ytd = x
    return ytd is not None and not any(ytd.end() <= u.start < m.start for u in usable)


def pick_in_cell(text: str, ind: Indicator, masks: list[tuple[int, int]]) -> Optional[Mention]:
    """The figure of a cell that belongs to one indicator but holds several numbers
    (1,102（含结转156名）, 累计5所（其中本季度2所）): a number with cumulative wording
    first, else the first one that is not a target, an earlier or a this-quarter figure."""
    t = normalize(text)
    ms = [m for m in find_mentions(t) if not any(s <= m.start < e for s, e in masks)]
    ms = [m for m in ms if m.kind in ("count", "percent", "bare")
          and (measure_factor(ind, m, in_figure_cell=True) > 0
               or (ind.kind == "percent" and m.kind == "bare"))]
    clean: list[tuple[bool, Mention]] = []
    prev_end = 0
    for m in ms:
        pre = t[prev_end:m.start]
        prev_end = m.end
        if _has_word(pre, TARGET_WORDS + PREVIOUS_WORDS + QUARTER_ONLY_WORDS + REMAINING_WORDS
                     + DELTA_WORDS + ("其中", "含", "包括")):
            continue
        clean.append((bool(_has_word(pre, ("累计", "共", "合计", "总计"))), m))
    if not clean:
        return None
    cumulative = [m for c, m in clean if c]
    return cumulative[0] if cumulative else clean[0][1]


def choose(cands: list[Candidate], period_q: Optional[int]) -> dict[str, Candidate]:
    """One value per indicator: explicit cumulative figures first, then the strongest.
    This-quarter-only figures count only in the first quarter (where they are the total)."""
    by_ind: dict[str, list[Candidate]] = {}
    for c in cands:
        if c.quarter_only and not c.cumulative and period_q not in (1, None):
            continue
        if c.quarter_named is not None and not c.cumulative and period_q not in (1, None):
            continue  # 一季度…400人次，二季度…620人次 in a half-year return: parts of the year
        by_ind.setdefault(c.ind_id, []).append(c)
    out: dict[str, Candidate] = {}
    for ind_id, cs in by_ind.items():
        cs.sort(key=lambda c: (c.priority, c.score + (0.15 if c.cumulative and not c.quarter_only
                                                      else 0.0)), reverse=True)
        best = cs[0]
        if not best.cumulative and period_q not in (1, None):
            # 暑期开办40个班次…前三季度累计开办52个班次: the stated running total, larger than
            # the part that named the indicator better, is the figure
            # (a total of something else, 累计访问量86万人次 beside 培训家庭教育骨干587人, is
            # far larger than the parts a year adds up)
            totals = [c for c in cs if c.running_total and not c.quarter_only
                      and best.value < c.value <= 10 * best.value and c.priority == best.priority]
            if totals:
                best = max(totals, key=lambda c: c.score)
        # 演出146场、课程辅导67场，合计213场: the sum stated after its parts is the figure
        sums = [c for c in cs if c.sums_up and best.value < c.value <= 10 * best.value
                and c.priority == best.priority]
        if sums:
            best = max(sums, key=lambda c: c.score)
        rivals = [c for c in cs if c is not best and c.value != best.value]
        agree = [c for c in cs if c is not best and c.value == best.value]
        conf = _confidence(best, rivals, agree)
        best.margin = conf
        out[ind_id] = best
    # one figure, two indicators: a weak reading in prose (走进校园开讲17场 for 戏曲进校园)
    # gives way to an indicator the same figure names far more surely (大讲堂 | 17)
    for ind_id, c in list(out.items()):
        if c.priority > 1 or c.score >= 0.6 or c.cumulative:
            continue
        if any(o is not c and o.value == c.value and (o.priority > c.priority or o.score >= c.score + 0.2)
               for o in out.values()):
            del out[ind_id]
    return out


def _confidence(best: Candidate, rivals: list[Candidate], agree: list[Candidate]) -> float:
    if best.priority >= 2:
        base = 0.75 + 0.23 * min(1.0, best.score)
    else:
        base = 0.45 + 0.5 * min(1.0, best.score) + (0.05 if best.cumulative else 0.0)
        base += 0.1 * min(1.0, best.margin * 2)
    if agree:
        base += 0.05
    for r in rivals:
        same_rank = (r.priority, r.cumulative) == (best.priority, best.cumulative)
        if same_rank:
            base -= 0.25 * max(0.0, 1 - (best.score - r.score) * 3)
        else:
            base -= 0.04
    if best.guessed:
        base = min(base, 0.85)
    if best.source_conf < 1:  # read by OCR: never surer than the reading itself
        base = min(base * (0.3 + 0.7 * best.source_conf), best.source_conf * 0.97)
    return round(max(0.05, min(0.99, base)), 3)
