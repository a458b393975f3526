"""How offices word their returns: department and quarter names, the figure sentences with
their distractors, and the 进展情况 / 存在问题 / 下步打算 narratives.

Written from the notice and from how government returns read, independently of the
extraction code. Every function takes the caller's ``random.Random`` so a seed fixes the text.
"""
from __future__ import annotations

import random
from dataclasses import dataclass, field

from app.catalog import Catalog, Indicator
from samples import numbers

# ---------------------------------------------------------------- departments

def full_name(catalog: Catalog, unit: str) -> str:
    """The formal name carved on the seal: 淄博市妇女联合会, 共青团淄博市委员会 …"""
    names = [n for n in catalog.unit(unit).names if "淄博" in n]
    return max(names, key=len) if names else unit


def written_names(catalog: Catalog, unit: str) -> list[str]:
    """Names an office writes for itself: canonical, formal, aliases, and 淄博+short form."""
    u = catalog.unit(unit)
    out = [u.name, full_name(catalog, unit)]
    out += [a for a in u.aliases if len(a) > 3]  # bare 教育局 is not how a return signs off
    if u.name.startswith("市"):
        out.append("淄博" + u.name)
    return list(dict.fromkeys(out))


def self_reference(unit: str) -> str:
    """How the office refers to itself in prose: 我局, 我委, 我会, 我院 …"""
    if unit.endswith("局"):
        return "我局"
    if unit.endswith("委") and unit != "团市委":
        return "我委"
    if unit.endswith("院"):
        return "我院"
    if unit.endswith(("联", "会", "协")):
        return "我会"
    return "我们"


# ---------------------------------------------------------------- quarters

PERIOD_FORMS: dict[int, list[str]] = {
    1: ["第一季度", "一季度", "1—3月", "1-3月份", "截至3月底", "截至{y}年3月31日", "{y}年1季度", "1至3月"],
    2: ["第二季度", "二季度", "上半年", "1-6月", "1—6月份", "截至6月底", "截至{y}年6月30日", "1至6月"],
    3: ["第三季度", "三季度", "前三季度", "1-9月", "1—9月份", "截至9月底", "截至{y}年9月30日"],
    4: ["第四季度", "四季度", "全年", "年度", "1-12月", "截至12月底", "截至{y}年12月31日"],
}


def period_form(rng: random.Random, year: int, q: int) -> str:
    return rng.choice(PERIOD_FORMS[q]).format(y=year)


def title_period(form: str, year: int) -> str:
    """The form as it sits in a title: 2024年第一季度 / 2024年1-3月份 / 截至2024年3月31日."""
    if form.startswith("截至"):
        return form if str(year) in form else form.replace("截至", f"截至{year}年")
    if form == "年度":
        return f"{year}年度"
    return form if str(year) in form else f"{year}年{form}"


def sign_date(rng: random.Random, year: int, q: int) -> str:
    """The date under the signature: early in the month after the quarter."""
    if q == 4 and rng.random() < 0.5:
        return f"{year}年12月{rng.randint(20, 30)}日"
    y, m = (year + 1, 1) if q == 4 else (year, 3 * q + 1)
    return f"{y}年{m}月{rng.randint(1, 10)}日"


# ---------------------------------------------------------------- figure sentences

#: our own wordings per 2024 indicator; {n} is the number as written, {m} the measure
COUNT_PHRASES: dict[str, list[str]] = {
    "1.1": ["新改扩建中小学{n}{m}", "中小学新改扩建项目完工{n}{m}", "完成{n}{m}中小学新建、改扩建任务"],
    "1.2": ["新改扩建幼儿园{n}{m}", "幼儿园新改扩建完工{n}{m}", "建成并投用幼儿园{n}{m}"],
    "1.3": ["打造智慧教育应用场景{n}{m}", "建成智慧教育应用场景{n}{m}", "智慧教育应用场景已打造{n}{m}"],
    "2.1": ["培训家政从业人员{n}{m}", "开展家政职业技能培训{n}{m}", "培训家政服务从业人员{n}{m}"],
    "2.2": ["举办女性就业专场招聘活动{n}{m}", "举办“春风行动”女性就业专场招聘会{n}{m}",
            "组织女性专场招聘活动{n}{m}"],
    "4.1": ["开展家庭教育巡讲{n}{m}", "家庭教育“千场巡讲”已开展{n}{m}", "举办家庭教育巡讲活动{n}{m}"],
    "4.2": ["培训家庭教育骨干{n}{m}", "培训家庭教育指导骨干{n}{m}", "开展家庭教育骨干培训{n}{m}"],
    "5.1": ["举办单身青年联谊活动{n}{m}", "组织单身青年交友联谊活动{n}{m}", "开展青年交友联谊活动{n}{m}"],
    "6.1": ["试点打造儿童友好共建联盟{n}{m}", "建成儿童友好共建联盟{n}{m}"],
    "6.2": ["开通“定制公交”助学专线{n}{m}", "开通定制公交助学线路{n}{m}"],
    "7.1": ["培育市级婴幼儿照护服务示范区县{n}{m}", "创建市级婴幼儿照护服务示范区县{n}{m}"],
    "7.2": ["打造市级示范托育机构{n}{m}", "认定市级示范托育机构{n}{m}"],
    "7.3": ["开展寒暑假职工子女托管班{n}{m}", "开办职工子女寒暑假托管班{n}{m}"],
    "8.1": ["开展心理健康科普知识宣传{n}{m}", "举办心理健康科普宣传活动{n}{m}"],
    "9.1": ["开展戏曲进校园演出及课程辅导{n}{m}", "组织五音戏、京剧等剧目进校园演出及戏曲课程辅导{n}{m}"],
    "9.2": ["开展科普大篷车巡展{n}{m}", "组织科普大篷车巡展{n}{m}"],
    "9.3": ["举办青少年“蒲公英”科普大讲堂{n}{m}", "开展“蒲公英”科普大讲堂{n}{m}"],
    "10.2": ["为{n}{m}残疾儿童实施康复救助", "实施残疾儿童康复救助{n}{m}", "救助残疾儿童{n}{m}"],
}

PERCENT_PHRASES: dict[str, list[str]] = {
    "3.1": ["全市35—64岁适龄妇女“两癌”筛查率达到{p}", "完成“两癌”免费检查{k}人，筛查率{p}",
            "适龄妇女“两癌”筛查率为{p}"],
    "3.2": ["符合条件的“两癌”患病妇女救助覆盖率达{p}", "救助“两癌”患病妇女{k}人，救助覆盖率{p}"],
    "5.2": ["职工医保住院分娩政策范围内医疗费用报销比例达到{p}",
            "参保职工住院分娩政策范围内费用报销比例为{p}"],
    "8.2": ["中小学幼儿园安全防范建设“4个100%”达标率{p}", "“护校安园”专项行动扎实开展，“4个100%”达标率达到{p}"],
    "10.1": ["享受民政保障的孤困儿童就学资助覆盖率{p}", "发放助学金{x}万元，资助孤困儿童{k}名，覆盖率达{p}"],
}

#: how many people a percent sentence mentions beside the rate (screened, helped, funded)
PEOPLE_RANGE = {"3.1": (20000, 90000), "3.2": (40, 600), "10.1": (300, 3000)}

#: milestones: prose with numbers that are no indicator's figure
MILESTONE_PHRASES: dict[str, list[str]] = {
    "3.3": ["持续推进适龄女孩免费接种HPV疫苗项目，已接种{k}人", "适龄女孩HPV疫苗免费接种工作有序开展"],
    "4.3": ["“淄博好爸妈”网上家庭教育平台上线运行，累计访问{k}万人次", "“淄博好爸妈”网上平台已开通"],
    "6.3": ["妇女儿童活动中心改建工程有序推进，建成儿童城市书房{k}处", "妇女儿童活动中心改建主体完工"],
    "8.3": ["建立家事案件调解联盟，调解家事案件{k}件", "家事案件调解联盟已组建，开展联合调解{k}次"],
    "10.3": ["“爱心妈妈”结对帮扶困境儿童{k}对，建成“希望小屋”{k2}间", "持续推进“希望小屋”儿童关爱项目"],
}

#: two figures in one sentence, the second without its full name
COMBINED_PHRASES: dict[tuple[str, str], list[str]] = {
    ("1.1", "1.2"): ["新改扩建中小学{a}所、幼儿园{b}所", "完成中小学新改扩建{a}所、幼儿园新改扩建{b}所"],
    ("7.1", "7.2"): ["培育市级婴幼儿照护服务示范区县{a}个、市级示范托育机构{b}家"],
    ("9.2", "9.3"): ["开展科普大篷车巡展{a}场、青少年“蒲公英”科普大讲堂{b}场",
                     "组织科普大篷车巡展和“蒲公英”科普大讲堂分别为{a}场和{b}场"],
}

LEAD_INS = ["累计", "截至目前，累计", "已", "共", "", "目前已"]
#: a phrase that opens with a verb can take 累计/已 in front; a noun phrase cannot
VERB_START = tuple("新完建打培开举组试认创为实救")


def count_phrase(ind: Indicator, rng: random.Random, n_text: str) -> str:
    templates = COUNT_PHRASES.get(ind.id) or ["{name}{n}{m}", "完成{name}{n}{m}"]
    m = ind.measure or ""
    return rng.choice(templates).format(n=n_text, m=m, name=ind.name)


def _months(q: int) -> list[int]:
    return [3 * q - 2, 3 * q - 1, 3 * q]


@dataclass
class Sentence:
    text: str
    #: numeric figures stated: indicator id → value read
    values: dict[str, float] = field(default_factory=dict)
    ids: list[str] = field(default_factory=list)  # phrasing ids used


def figure_sentence(ind: Indicator, fig: dict, q: int, rng: random.Random, *,
                    style: str | None = None, distractors: bool = True,
                    exact: bool = False) -> Sentence:
    """One sentence stating the indicator's cumulative figure, with a distractor or two;
    ``exact``: no rounded forms (五千余, 0.23万), as beside a table holding the exact figure."""
    ids: list[str] = []
    if ind.kind == "percent":
        p_text, p_val, st = numbers.write_percent(fig["value"], rng)
        ids.append(f"pct-{st}")
        tmpl = rng.choice(PERCENT_PHRASES.get(ind.id) or ["{name}{p}"])
        lo, hi = PEOPLE_RANGE.get(ind.id, (100, 5000))
        text = tmpl.format(p=p_text, name=ind.name, k=rng.randint(lo, hi), x=rng.randint(50, 900))
        if distractors and fig.get("previous") is not None and rng.random() < 0.3:
            prev = numbers.arabic(fig["previous"])
            text += f"，较上季度的{prev}%提高{numbers.arabic(round(fig['value'] - fig['previous'], 1))}个百分点" \
                if fig["value"] != fig["previous"] else "，与上季度持平"
            ids.append("dis-previous")
        return Sentence(text, {ind.id: p_val}, ids)
    m = ind.measure or ""
    n = int(fig["value"])
    n_text, n_val, st = numbers.write_count(n, rng, style, allow_approx=not exact)
    ids.append(f"num-{st}")
    core = count_phrase(ind, rng, n_text)
    lead = rng.choice(LEAD_INS) if core.startswith(VERB_START) else rng.choice(["", "截至目前，", "目前"])
    text = lead + core
    if distractors:
        options = ["target", "previous", "quarter", "money", "people", "date", "rate", "districts",
                   "lastyear"]
        for d in rng.sample(options, k=rng.choice([0, 1, 1, 2])):
            extra = _count_distractor(d, ind, fig, q, rng, m)
            if extra:
                text = extra[0] + text + extra[1] if d == "date" else text + extra[1]
                ids.append(f"dis-{d}")
    return Sentence(text, {ind.id: n_val}, ids)


def _count_distractor(kind: str, ind: Indicator, fig: dict, q: int, rng: random.Random,
                      m: str) -> tuple[str, str] | None:
    tgt = fig.get("target")
    prev = fig.get("previous")
    v = fig["value"]
    if kind == "target" and tgt:
        return "", rng.choice([f"（全年目标{int(tgt)}{m}）", f"，全年目标{int(tgt)}{m}",
                               f"，年度任务为{int(tgt)}{m}"])
    if kind == "previous" and prev is not None and prev < v:
        return "", rng.choice([f"，较上季度的{int(prev)}{m}增加{int(v - prev)}{m}",
                               f"，比上季度末增加{int(v - prev)}{m}"])
    if kind == "quarter" and prev is not None and prev < v:
        return "", f"，其中本季度新增{int(v - prev)}{m}"
    if kind == "money":
        return "", f"，投入资金{rng.randint(20, 3000)}万元"
    if kind == "people":
        who = rng.choice(["学生", "群众", "家长", "妇女群众", "职工"])
        return "", f"，惠及{who}{rng.randint(2, 60) * 100}余名"
    if kind == "date":
        mo = rng.choice(_months(q))
        place = rng.choice(DISTRICTS[:8])
        return f"{mo}月{rng.randint(1, 28)}日在{place}举行集中启动仪式，", ""
    if kind == "districts" and v >= 3:
        parts = split_among(int(v), rng.randint(2, 3), rng)
        places = rng.sample(DISTRICTS, len(parts))
        listed = "、".join(f"{p}{n}{m}" for p, n in zip(places, parts))
        return "", rng.choice([f"，其中{listed}", f"（{listed}）", f"，分区县看，{listed}"]) \
            if sum(parts) < v else f"，分别为{listed}"
    if kind == "lastyear":
        return "", f"，去年同期为{max(1, int(v * rng.uniform(0.5, 1.1)))}{m}"
    if kind == "rate" and tgt:
        return "", f"，完成年度目标的{round(100 * v / tgt, 1):g}%"
    return None


def combined_sentence(pair: tuple[Indicator, Indicator], figs: dict, rng: random.Random) -> Sentence:
    a, b = pair
    ta, va, sa = numbers.write_count(int(figs[a.id]["value"]), rng, allow_approx=False)
    tb, vb, sb = numbers.write_count(int(figs[b.id]["value"]), rng, allow_approx=False)
    text = rng.choice(["累计", "", "截至目前，共"]) + rng.choice(COMBINED_PHRASES[(a.id, b.id)]).format(a=ta, b=tb)
    return Sentence(text, {a.id: va, b.id: vb}, ["combined", f"num-{sa}", f"num-{sb}"])


DISTRICTS = ["张店区", "淄川区", "博山区", "周村区", "临淄区", "桓台县", "高青县", "沂源县", "高新区",
             "经济开发区", "文昌湖区"]


def split_among(total: int, k: int, rng: random.Random, whole: bool = False) -> list[int]:
    """``k`` positive parts of ``total`` (all of it when ``whole``, else part of it, as
    "其中…" lists only some districts)."""
    share = total if whole else max(k, int(total * rng.uniform(0.5, 0.9)))
    cuts = sorted(rng.sample(range(1, share), k - 1)) if share > k else list(range(1, k))
    parts = [b - a for a, b in zip([0] + cuts, cuts + [share])]
    return [p for p in parts if p > 0]


def milestone_sentence(ind: Indicator, rng: random.Random) -> str:
    tmpl = rng.choice(MILESTONE_PHRASES.get(ind.id) or ["{name}工作有序推进"])
    return tmpl.format(k=rng.randint(3, 400), k2=rng.randint(2, 60), name=ind.name)


# ---------------------------------------------------------------- narratives

INTROS = [
    "{me}高度重视，将该项目列入年度重点工作，成立工作专班，制定实施方案，明确责任分工和时间节点。",
    "{me}坚持项目化推进、清单化管理，定期调度工作进展，确保各项任务按时序推进。",
    "按照市委、市政府部署要求，{me}细化工作措施，压紧压实责任，扎实推进{topic}。",
    "{me}把{topic}作为为妇女儿童办实事的重要抓手，主要负责同志亲自调度，分管负责同志靠上抓落实。",
    "{period}，{me}紧扣年度目标任务，统筹推进{topic}各项工作。",
]
PARTNERS = ["会同{other}联合推进，", "积极协调{other}，", "与{other}加强协作，"]
PROBLEMS = [
    "部分区县工作进度不平衡，个别项目推进较慢。",
    "基层工作力量相对薄弱，专业人员不足，服务质量有待进一步提升。",
    "项目资金保障压力较大，部分区县配套资金到位不及时。",
    "宣传覆盖面还不够广，群众知晓率有待提高。",
    "受季节和天气因素影响，部分户外活动和工程建设进度滞后。",
    "部门间信息共享机制尚不健全，数据统计口径不够统一。",
    "暂无。",
    "无。",
]
PLANS = [
    "下一步，{me}将持续加大工作推进力度，加强调度督导，确保按时保质完成全年目标任务。",
    "下步，将进一步强化部门协同，加强宣传引导，扩大项目覆盖面和群众知晓率。",
    "一是加强督导检查，定期通报进展；二是强化要素保障，协调解决资金等问题；三是及时总结推广典型经验。",
    "{me}将对照年度目标查漏补缺，倒排工期、挂图作战，推动项目早见成效。",
    "持续跟踪项目实施情况，做好台账管理和资料归档，确保数据真实准确。",
]


def topic_of(title: str) -> str:
    """实施教育资源扩增优化工程 → 教育资源扩增优化工程"""
    return title[2:] if title.startswith("实施") else title


def intro(rng: random.Random, unit: str, title: str, period_text: str) -> str:
    return rng.choice(INTROS).format(me=self_reference(unit), topic=topic_of(title),
                                     period=period_text)


def partner_clause(rng: random.Random, others: list[str]) -> str:
    if not others:
        return ""
    return rng.choice(PARTNERS).format(other="、".join(others))


def problems(rng: random.Random, unit: str) -> str:
    k = rng.choice([1, 1, 2])
    picked = rng.sample(PROBLEMS[:-2], k) if rng.random() < 0.85 else [rng.choice(PROBLEMS[-2:])]
    if len(picked) == 2:
        return f"一是{picked[0]}二是{picked[1]}"
    return picked[0]


def plans(rng: random.Random, unit: str) -> str:
    return rng.choice(PLANS).format(me=self_reference(unit))


PHONE_LINES = ["联系人：{who}    联系电话：{tel}", "填报人：{who}  电话：{tel}", "联系人及电话：{who} {tel}"]
SURNAMES = "王李张刘陈杨赵黄周吴徐孙马朱胡郭何高林罗"


def contact_line(rng: random.Random) -> str:
    who = rng.choice(SURNAMES) + rng.choice(["静", "敏", "伟", "磊", "娜", "洁", "晓燕", "海燕", "建国", "丽"])
    tel = rng.choice([f"0533-{rng.randint(2000000, 3999999)}", f"{rng.randint(2000000, 3999999)}",
                      f"13{rng.randint(100000000, 999999999)}"])
    return rng.choice(PHONE_LINES).format(who=who, tel=tel)
