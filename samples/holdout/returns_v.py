"""Batch 15: native returns (Word, .doc, Excel, text PDF) from offices nobody has seen, written by
a new author in session 3 without reading app/, parsers/ or any other batch. Please do not
read this file while changing app/extraction/."""
from __future__ import annotations

B = 15

import random

from samples.holdout.corpus import QNAME, Truth, attachment_head, ret, sign_off
from samples.holdout.docxkit import HEI, Word
from samples.holdout.ledger_v import fig, n
from samples.holdout.numerals import cn, cn_decimal, comma, full, pct
from samples.holdout.seal import seal_png
from samples.holdout.wording import WORDING
from samples.holdout.xlkit import Sheet

DISTRICTS = ("张店区", "淄川区", "博山区", "周村区", "临淄区", "桓台县", "高青县", "沂源县",
             "高新区", "经济开发区", "文昌湖区")


def split(total: int, k: int, seed: str, floor: int = 0) -> list[int]:
    """``total`` shared out over ``k`` rows unevenly, as districts' figures are."""
    rng = random.Random(seed)
    if total <= floor * k:
        parts = [0] * k
        for i in range(total):
            parts[i % k] += 1
        return parts
    weights = [rng.uniform(0.5, 2.0) for _ in range(k)]
    spare = total - floor * k
    parts = [floor + int(spare * w / sum(weights)) for w in weights]
    for i in range(total - sum(parts)):
        parts[i % k] += 1
    return parts


# --------------------------------------------------------------------------- v01
@ret("v01", "市教育局", "2024Q3", "report-prose-then-attached-indicator-table", "docx", batch=B)
def v01(out):
    u, p = "市教育局", "2024Q3"
    w = Word()
    w.para("淄教函〔2024〕87号", align="center")
    w.title("淄博市教育局\n关于2024年前三季度为全市妇女儿童办实事\n项目推进情况的报告")
    w.para("市妇儿工委办公室：")
    w.body("根据《淄博市人民政府办公室关于印发2024年为全市妇女儿童办实事项目清单的通知》"
           "（淄政办字〔2024〕13号）要求，我局牵头承担教育资源扩增优化工程，配合实施家庭教育"
           "指导服务行动和“阳光成长”青少年身心健康护航行动。现将1—9月工作推进情况报告如下：")
    w.heading("一、教育资源扩增优化工程")
    w.body(f"全年计划新改扩建中小学4所、幼儿园10所。截至9月底，已完成新改扩建中小学{n(u, '1.1', p)}所"
           f"（其中新建2所、改扩建1所），幼儿园{n(u, '1.2', p)}所，新增学位5160个；其余1所中学、"
           f"2所幼儿园主体已完工，正在进行室内装修，预计11月底前投入使用。打造智慧教育应用场景"
           f"{n(u, '1.3', p)}个，较二季度末的{n(u, '1.3', '2024Q2')}个增加3个，涉及“AI+课堂”"
           "“智慧体育”“数字图书馆”等。")
    w.heading("二、家庭教育指导服务行动")
    w.body(f"依托全市1026所中小学幼儿园家长学校，开展家庭教育巡讲{n(u, '4.1', p)}场，其中三季度"
           f"{n(u, '4.1', p) - n(u, '4.1', '2024Q2')}场；举办全市家庭教育骨干教师培训班2期，培训骨干"
           f"{n(u, '4.2', p)}人。")
    w.heading("三、“阳光成长”青少年身心健康护航行动")
    w.body(f"升级心理健康管理云平台，累计开展心理健康科普知识宣传{n(u, '8.1', p)}场，覆盖学生"
           "21.6万人次；配备专兼职心理健康教师1380名。深入开展“护校安园”专项行动，全市中小学"
           f"幼儿园安全防范建设“4个100%”达标率为{pct(fig(u, '8.2', p))}。")
    w.heading("四、存在的问题和下步打算")
    w.body("个别项目受征地拆迁影响进度偏慢。下一步，我局将加强督导调度，确保年底前全面完成"
           "各项目标任务。")
    w.para("附件：2024年为全市妇女儿童办实事项目进展情况统计表", indent=True)
    sign_off(w, "淄博市教育局", "2024年10月9日")
    attachment_head(w, "2024年为全市妇女儿童办实事项目进展情况统计表（截至9月底）")
    rows = [["项目", "指标", "年度目标", "截至9月底完成", "完成率", "备注"]]
    for ind, proj, name, tgt, unit_w in (
            ("1.1", "教育资源扩增优化工程", "新改扩建中小学", 4, "所"),
            ("1.2", "教育资源扩增优化工程", "新改扩建幼儿园", 10, "所"),
            ("1.3", "教育资源扩增优化工程", "打造智慧教育应用场景", 10, "个"),
            ("4.1", "家庭教育指导服务行动", "开展家庭教育巡讲（教育系统）", None, "场"),
            ("4.2", "家庭教育指导服务行动", "培训家庭教育骨干（教育系统）", None, "人"),
            ("8.1", "“阳光成长”护航行动", "心理健康科普知识宣传", 200, "场")):
        v = n(u, ind, p)
        rate = f"{v / tgt * 100:.0f}%" if tgt else "—"
        rows.append([proj, name, f"{tgt}{unit_w}" if tgt else "与市妇联共同推进", f"{v}{unit_w}", rate, ""])
    rows.append(["“阳光成长”护航行动", "“4个100%”达标率", "100%", pct(fig(u, "8.2", p)), "100%", "稳定达标"])
    rows[1][5] = "含改造提升"
    w.table(rows, merges=[(1, 0, 3, 0), (4, 0, 5, 0), (6, 0, 7, 0)], widths=[4.5, 6, 3.5, 3.5, 2.5, 4])
    vals = {i: fig(u, i, p) for i in ("1.1", "1.2", "1.3", "4.1", "4.2", "8.1", "8.2")}
    w.save(out)
    return Truth(values=vals)


# --------------------------------------------------------------------------- v02
@ret("v02", "市人力资源社会保障局", "2024Q2", "district-rows-two-row-header-quarter-and-cumulative", "xlsx", batch=B)
def v02(out):
    u, p = "市人力资源社会保障局", "2024Q2"
    s = Sheet(title="巾帼促就业")
    nc = 8
    s.line("2024年为全市妇女儿童办实事工作进展情况表", nc, size=16, bold=True, align="center", height=30)
    s.line("（巾帼促就业计划·2024年第二季度）", nc, align="center")
    s.cells(["填报单位：淄博市人力资源和社会保障局", None, None, None, None, "填报时间：2024年7月5日"])
    c21, c22 = n(u, "2.1", p), n(u, "2.2", p)
    q21, q22 = c21 - n(u, "2.1", "2024Q1"), c22 - n(u, "2.2", "2024Q1")
    cum = split(c21, 11, "v02a", 40)
    qtr = split(q21, 11, "v02b", 10)
    # the quarter's share must not exceed the cumulative one in any district
    qtr = [min(a, b) for a, b in zip(qtr, cum)]
    qtr[0] += q21 - sum(qtr)
    fairs = split(c22 - 2, 11, "v02c")
    fq = split(q22 - 1, 11, "v02d")
    fq = [min(a, b) for a, b in zip(fq, fairs)]
    fq[0] += (q22 - 1) - sum(fq)
    rows = [["区县", "家政从业人员培训（人次）", "", "女性就业专场招聘活动（场）", "", "进场企业（家）",
             "达成就业意向（人）", "备注"],
            ["", "本季度", "1-6月累计", "本季度", "1-6月累计", "", "", ""],
            ["市本级", "", "", 1, 2, 86, 412, "“春风行动”女性专场"]]
    rng = random.Random("v02e")
    for d, a, b, f1, f2 in zip(DISTRICTS, qtr, cum, fq, fairs):
        rows.append([d, a, b, f1, f2, rng.randint(8, 40) if f2 else 0, rng.randint(20, 160) if f2 else 0, ""])
    rows.append(["合计", q21, c21, q22, c22, sum(r[5] for r in rows[2:]), sum(r[6] for r in rows[2:]), ""])
    s.table(rows, merges=[(0, 0, 1, 0), (0, 1, 0, 2), (0, 3, 0, 4), (0, 5, 1, 5), (0, 6, 1, 6), (0, 7, 1, 7)],
            widths=[12, 10, 12, 10, 12, 11, 13, 20], header_rows=2)
    s.line("注：1.家政从业人员培训含岗前培训、技能提升培训、“领跑者”培训；2.全年目标：全市培训家政"
           "从业人员5000人次以上（人社、妇联、商务部门合计）。", nc, size=10, height=32)
    s.cells(["审核人：王建华", None, None, "填表人：李晓", None, "联系电话：0533-3182516"])
    s.save(out)
    return Truth(values={"2.1": c21, "2.2": c22})


# --------------------------------------------------------------------------- v03
@ret("v03", "市妇联", "2024Q4", "annual-workbook-summary-sheet-plus-district-detail-sheet", "xlsx", batch=B)
def v03(out):
    u, p = "市妇联", "2024Q4"
    s = Sheet(title="汇总表")
    nc = 7
    s.line("淄博市妇女联合会2024年度为妇女儿童办实事项目完成情况汇总表", nc, size=15, bold=True,
           align="center", height=30)
    s.line("统计时间：2024年1月1日—12月31日", nc, align="right")
    rows = [["序号", "项目", "具体指标", "全年目标", "全年完成", "完成率", "责任部室"]]
    spec = [("二", "巾帼促就业计划", "培训家政从业人员（人次）", "5000（全市）", "2.1", "发展部"),
            ("", "", "女性就业专场招聘（场）", "—", "2.2", "发展部"),
            ("三", "“两癌”免费检查和救助", "适龄妇女“两癌”筛查率", "90%", "3.1", "权益部"),
            ("", "", "患病妇女救助覆盖率", "100%", "3.2", "权益部"),
            ("四", "家庭教育指导服务行动", "家庭教育巡讲（场）", "1000", "4.1", "家儿部"),
            ("", "", "培训家庭教育骨干（人）", "550", "4.2", "家儿部"),
            ("五", "新型婚育文化培育行动", "单身青年联谊活动（场）", "10", "5.1", "宣传部"),
            ("", "", "住院分娩报销比例", "100%", None, "由市医保局填报"),
            ("六", "儿童友好城市建设促进行动", "儿童友好共建联盟（个）", "8", "6.1", "家儿部"),
            ("", "", "“定制公交”助学专线（条）", "4", "6.2", "配合市交通运输局"),
            ("十", "特殊困难儿童关爱项目", "残疾儿童康复救助（名）", "约2000（全市）", "10.2", "家儿部")]
    vals = {}
    k = 0
    for no, proj, name, tgt, ind, note in spec:
        if no:
            k += 1
        if ind is None:
            rows.append([k if no else "", proj, name, tgt, "—", "—", note])
            continue
        v = fig(u, ind, p)
        vals[ind] = v
        if ind in ("3.1", "3.2"):
            shown, rate = pct(v), f"{v / float(tgt.rstrip('%')) * 100:.1f}%"
        else:
            shown = int(v)
            t = int(tgt.split("（")[0]) if tgt[0].isdigit() else None
            rate = f"{v / t * 100:.1f}%" if t else "—"
        rows.append([k if no else "", proj, name, tgt, shown, rate, note])
    merges = [(r, c, r + 1, c) for r in (1, 3, 5, 7, 9) for c in (0, 1)]
    s.table(rows, merges=merges, widths=[6, 22, 26, 14, 11, 10, 18])
    s.line("注：“两癌”筛查率为全市35—64岁适龄妇女累计筛查人数占应筛查人数比例，与市卫生健康委数据一致。",
           nc, size=10)
    s.line("填报人：孙丽娟    联系电话：0533-2286109    报送日期：2025年1月8日", nc, size=10)
    d = Sheet(s.wb, title="家庭教育明细")
    d.line("2024年家庭教育巡讲及骨干培训分区县情况", 6, size=13, bold=True, align="center")
    talks = split(n(u, "4.1", p) - 60, 11, "v03a", 40)
    train = split(n(u, "4.2", p), 11, "v03b", 50)
    drows = [["单位", "巡讲场次", "受益家长（人次）", "骨干培训（人）", "是否达到50人", "备注"],
             ["市妇联本级", 60, 12600, "", "", "“淄博好爸妈”直播课"]]
    rng = random.Random("v03c")
    for dd, a, b in zip(DISTRICTS, talks, train):
        drows.append([dd, a, a * rng.randint(90, 160), b, "是" if b >= 50 else "否", ""])
    drows.append(["合计", n(u, "4.1", p), sum(r[2] for r in drows[1:]), n(u, "4.2", p), "", ""])
    d.table(drows, widths=[14, 11, 16, 14, 13, 22])
    s.save(out)
    return Truth(values=vals)


# --------------------------------------------------------------------------- v04
@ret("v04", "市商务局", "2024Q1", "short-letter-prose-only-with-breakdown", "doc", batch=B)
def v04(out):
    u, p = "市商务局", "2024Q1"
    w = Word()
    w.title("市商务局关于2024年第一季度\n家政从业人员培训工作进展情况的报告")
    w.para("市妇儿工委办公室：")
    c = n(u, "2.1", p)
    w.body("按照全市为妇女儿童办实事工作部署，我局积极推进巾帼促就业计划家政培训任务，现将第一季度"
           "进展情况报告如下。")
    w.body(f"一季度，我局依托全市23家家政培训基地和“家政服务领跑者”企业，组织开展家政职业技能培训，"
           f"累计培训家政从业人员{c}人次，完成我局全年任务（1000人次）的{c / 10:.0f}%。其中，母婴护理"
           f"培训156人次，养老护理培训132人次，整理收纳培训{c - 288}人次。2023年全年我局共培训家政"
           "从业人员1862人次。")
    w.body(f"3月8日，联合市妇联举办“春风行动·家政企业专场招聘会”{n(u, '2.2', p)}场，47家家政企业"
           "进场招聘，提供岗位460个，现场达成就业意向128人。")
    w.body("下一步，我局将指导家政企业做好“应训尽训”，二季度计划再开展培训600人次以上，并"
           "组织第2届全市家政服务职业技能竞赛。")
    w.body("联系人：商贸服务科 赵娜，电话：3185027。")
    sign_off(w, "淄博市商务局", "2024年4月2日")
    w.save(out)
    return Truth(values={"2.1": c, "2.2": n(u, "2.2", p)})


# --------------------------------------------------------------------------- v05
@ret("v05", "市卫生健康委", "2024Q3", "statistics-system-export-month-and-cumulative-columns", "pdf-text",
     batch=B, made_from="xlsx")
def v05(out):
    u, p = "市卫生健康委", "2024Q3"
    s = Sheet(title="报表")
    nc = 8
    s.line("妇女儿童实事项目进展统计表", nc, size=14, bold=True, align="center")
    s.cells(["表号：ZBFE-03", None, None, "制定机关：市妇儿工委办公室", None, None, "有效期至：2024年12月"])
    s.cells(["填报单位：淄博市卫生健康委员会", None, None, "报表期别：2024年1-9月", None, None, "计量单位：见表"])
    rows = [["指标名称", "代码", "计量单位", "9月", "1-9月累计", "上年同期累计", "同比增减", "年度目标"],
            ["甲", "乙", "丙", "1", "2", "3", "4", "5"]]
    fmt = {}

    def add(name, code, unit, month, cumv, last, target, percent=False):
        r = len(rows)
        if percent:
            rows.append([name, code, unit, month / 100, cumv / 100, last / 100, None, target])
            for c in (3, 4, 5):
                fmt[(r, c)] = "0%" if cumv == 100 else "0.0%"
            rows[-1][6] = f"{cumv - last:+.1f}个百分点"
        else:
            rows.append([name, code, unit, month, cumv, last,
                         f"{(cumv - last) / last * 100:+.1f}%" if last else "—", target])
    add("35-64岁妇女“两癌”检查人数", "01", "人", 18420, 206317, 188905, "—")
    add("适龄妇女“两癌”筛查率", "02", "%", 6.2, fig(u, "3.1", p), 63.5, "90%", percent=True)
    add("“两癌”患病妇女救助覆盖率", "03", "%", 100, fig(u, "3.2", p), 100, "100%", percent=True)
    add("市级婴幼儿照护服务示范区县", "04", "个", 2, n(u, "7.1", p), 0, "5个左右")
    add("市级示范托育机构", "05", "家", 1, n(u, "7.2", p), 6, "10家以上")
    add("心理健康科普知识宣传", "06", "场", 14, n(u, "8.1", p), 88, "—")
    add("每千人口拥有3岁以下婴幼儿托位数", "07", "个", 0, 4.1, 3.6, "4.5")
    s.table(rows, widths=[32, 6, 9, 10, 12, 13, 14, 11], header_rows=2, number_formats=fmt)
    s.cells(["单位负责人：刘志强", None, "统计负责人：高敏", None, "填表人：陈雪", None, "报出日期：2024-10-10"], size=10)
    s.line("说明：筛查率=累计检查人数/应检人数；02、03项为比率指标，累计值即为截至期末数。", nc, size=9)
    s.save(out)
    return Truth(values={"3.1": fig(u, "3.1", p), "3.2": fig(u, "3.2", p), "7.1": fig(u, "7.1", p),
                         "7.2": fig(u, "7.2", p), "8.1": fig(u, "8.1", p)})


# --------------------------------------------------------------------------- v06
@ret("v06", "团市委", "2024Q2", "page-header-unit-one-row-per-task-with-remarks", "docx", batch=B)
def v06(out):
    u, p = "团市委", "2024Q2"
    w = Word(landscape=True)
    w.header("共青团淄博市委员会")
    w.title("2024年上半年为全市妇女儿童办实事项目进展情况", size=18)
    w.para("（团市委承担部分）", align="center")
    rows = [["序号", "项目名称", "工作内容", "完成情况", "备注"],
            ["1", "实施新型婚育文化培育行动", "打造“青春有约”交友联谊品牌，举办单身青年联谊活动",
             f"上半年举办单身青年联谊活动{n(u, '5.1', p)}场，参与青年620余人，现场牵手48对。",
             "全年计划不少于10场（与市妇联共同承担）"],
            ["2", "实施特殊困难儿童关爱项目", "“希望工程”助学、困境儿童关爱",
             f"团组织结对的事实无人抚养儿童和重点困境儿童就学资助覆盖率{pct(fig(u, '10.1', p))}，"
             f"发放助学金38.6万元；协调爱心企业资助残疾儿童康复救助{n(u, '10.2', p)}名。",
             "“希望小屋”建成23间"],
            ["3", "实施特殊困难儿童关爱项目", "“希望小屋”儿童关爱",
             "新建成“希望小屋”23间，累计建成417间，开展志愿陪伴活动56次。", ""]]
    w.table(rows, widths=[1.5, 5, 6, 10, 4.5])
    sign_off(w, "共青团淄博市委员会", "2024年7月3日", blank=1)
    w.save(out)
    return Truth(values={"5.1": fig(u, "5.1", p), "10.1": fig(u, "10.1", p), "10.2": fig(u, "10.2", p)})


# --------------------------------------------------------------------------- v07
@ret("v07", "市医保局", "2024Q4", "annual-narrative-ratio-with-old-ratio-money-and-province", "doc", batch=B)
def v07(out):
    u, p = "市医保局", "2024Q4"
    w = Word()
    w.title("淄博市医疗保障局\n关于2024年度为妇女儿童办实事工作完成情况的报告")
    w.para("市妇儿工委办公室：")
    w.body("2024年，我局认真落实《2024年为全市妇女儿童办实事项目清单》分工，聚焦“提高职工生育"
           "医疗费报销标准”任务，全力推进新型婚育文化培育行动相关工作。现将全年完成情况报告如下：")
    w.heading("一、政策落实情况")
    w.body("自2024年1月1日起，职工医保参保人员（含灵活就业人员）住院分娩政策范围内医疗费用报销比例"
           "由原来的90%提高到100%，不设起付线，并取消定点医疗机构等级差别。全年全市共为1.86万人次"
           "参保职工报销住院分娩医疗费用1.32亿元，政策范围内医疗费用报销比例达到"
           f"{pct(fig(u, '5.2', p))}，较全省平均水平（95.8%）高4.2个百分点。")
    w.heading("二、生育津贴及配套措施")
    w.body("全年发放生育津贴5.74亿元，惠及2.1万人；将辅助生殖类12项医疗服务项目纳入医保支付范围，"
           "报销326人次、金额41.2万元。")
    w.heading("三、下一步工作")
    w.body("持续做好生育保险待遇保障，推进生育津贴按月直接发放至参保人。")
    w.body("联系人：待遇保障科 周宁  电话：0533-2718630")
    sign_off(w, "淄博市医疗保障局", "2025年1月6日")
    w.save(out)
    return Truth(values={"5.2": fig(u, "5.2", p)})


# --------------------------------------------------------------------------- v08
@ret("v08", "市交通运输局", "2024Q3", "quarter-increment-ledger-plus-route-list", "xlsx", batch=B)
def v08(out):
    u, p = "市交通运输局", "2024Q3"
    s = Sheet(title="2024年三季度")
    nc = 9
    s.line("市交通运输局为妇女儿童办实事工作台账", nc, size=15, bold=True, align="center", height=28)
    s.line("填报单位：市交通运输局（盖章）                        截至2024年9月30日", nc)
    q = ("2024Q1", "2024Q2", "2024Q3")
    rows = [["项目", "指标", "单位", "年度目标", "一季度", "二季度", "三季度", "四季度", "累计完成"]]
    for name, ind, unit_w, tgt in (("开通“定制公交”助学专线", "6.2", "条", 4),
                                   ("儿童友好共建联盟（配合市妇联）", "6.1", "个", "—")):
        inc = [n(u, ind, q[0])] + [n(u, ind, q[k]) - n(u, ind, q[k - 1]) for k in (1, 2)]
        rows.append(["儿童友好城市建设促进行动", name, unit_w, tgt, *inc, "", n(u, ind, p)])
    s.table(rows, merges=[(1, 0, 2, 0)], widths=[22, 30, 6, 10, 8, 8, 8, 8, 10])
    s.skip()
    s.line("附：已开通“定制公交”助学专线明细", nc, bold=True)
    routes = [["序号", "线路名称", "开通时间", "服务学校", "运营车辆（台）", "日均客流（人次）", "票价（元）", "联系人", "电话"],
              [1, "助学专线1号线", "2024年2月26日", "淄博实验中学", 6, 412, 1, "张强", "13853312047"],
              [2, "助学专线2号线", "2024年5月6日", "张店区凯瑞小学", 4, 263, 1, "张强", "13853312047"],
              [3, "助学专线3号线", "2024年9月2日", "淄博第十一中学", 5, 338, 1, "吕文", "13325233918"]]
    s.table(routes)
    s.line("备注：第4条专线（临淄区）已完成线路踏勘，计划11月开通。", nc, size=10)
    s.save(out)
    return Truth(values={"6.2": fig(u, "6.2", p), "6.1": fig(u, "6.1", p)})


# --------------------------------------------------------------------------- v09
@ret("v09", "市总工会", "2024Q2", "textbox-unit-prose-and-small-class-table", "pdf-text", batch=B)
def v09(out):
    u, p = "市总工会", "2024Q2"
    w = Word()
    w.textbox("淄博市总工会", width_pt=160)
    w.title("为妇女儿童办实事工作进展情况\n（二季度）", size=20)
    c = n(u, "7.3", p)
    w.body("今年以来，市总工会把职工子女托管服务作为“工会暖心行动”重要内容，会同教育、卫健等部门"
           "推动有条件的用人单位为职工提供子女托管服务。")
    w.body(f"寒假期间，在全市开办职工子女寒假托管班{n(u, '7.3', '2024Q1')}个班次，服务职工子女"
           f"680人；4—6月，依托职工之家开办“四点半课堂”托管班2个班次。截至6月底，全市累计开展职工"
           f"子女托管班{c}个班次。2023年全市共开办托管班46个班次。")
    w.body("暑期托管班计划开设40个班次以上，目前已有31家用人单位报名，7月10日起陆续开班。市总"
           "工会对每个托管班给予1万元经费补助。")
    rows = [["时段", "班次（个）", "服务人数（人）", "补助资金（万元）"],
            ["寒假", str(n(u, "7.3", "2024Q1")), "680", "12"],
            ["4—6月", "2", "95", "2"],
            ["累计", str(c), "775", "14"]]
    w.table(rows, widths=[4, 4, 4, 4])
    w.para("联系人：女职工部 韩冰  电话：3161275", indent=True)
    w.para("2024年7月4日", align="right")
    w.save(out)
    return Truth(values={"7.3": c})


# --------------------------------------------------------------------------- v10
@ret("v10", "市公安局", "2024Q1", "whole-list-of-ten-with-progress-problem-plan-others-dashed", "docx", batch=B)
def v10(out):
    u, p = "市公安局", "2024Q1"
    w = Word(landscape=True)
    w.title("2024年为全市妇女儿童办实事工作进展情况表", size=18)
    w.para("填报单位（盖章）：淄博市公安局　　　　　　　　　　　　填报日期：2024年4月7日")
    w.para("（统计截至2024年3月31日）", align="right")
    titles = ["实施教育资源扩增优化工程", "实施巾帼促就业计划", "实施适龄妇女“两癌”免费检查和救助行动",
              "实施家庭教育指导服务行动", "实施新型婚育文化培育行动", "实施儿童友好城市建设促进行动",
              "实施普惠托育服务提质行动", "实施“阳光成长”青少年身心健康护航行动",
              "实施“润童心”儿童素养提升工程", "实施特殊困难儿童关爱项目"]
    units = ["市教育局", "市人力资源社会保障局、市妇联、市商务局", "市卫生健康委、市妇联", "市妇联、市教育局",
             "市妇联、团市委、市医保局", "市妇联、市交通运输局", "市卫生健康委、市总工会",
             "市教育局、市卫生健康委、市公安局、市法院、市检察院", "市文化和旅游局、市科协",
             "市民政局、市残联、市妇联、团市委"]
    prog = (f"开展“护校安园”法治宣传暨心理健康科普进校园活动{n(u, '8.1', p)}场，覆盖师生2.3万人；"
            f"全市中小学幼儿园“4个100%”安全防范建设达标率{pct(fig(u, '8.2', p))}，一季度校园周边"
            "警情同比下降12.6%。")
    prob = "部分农村学校周边视频监控点位老化，需协调更新。"
    plan = "二季度计划开展宣传活动20场以上，开展校园周边治安隐患排查整治。"
    rows = [["序号", "项目名称", "责任单位", "进展情况", "存在问题", "下步打算"]]
    for k, (t, us) in enumerate(zip(titles, units), 1):
        if k == 8:
            rows.append([str(k), t, us, prog, prob, plan])
        else:
            rows.append([str(k), t, us, "——", "——", "——"])
    w.table(rows, widths=[1.2, 5, 4.5, 8, 3.5, 4])
    w.para("填表人：孟凡超          审核人：徐伟          联系电话：2180762")
    w.save(out)
    return Truth(values={"8.1": fig(u, "8.1", p), "8.2": fig(u, "8.2", p)},
                 texts={"8": {"progress": prog, "problems": prob, "plans": plan}})


WORDING.update({
    "v01": (("title", "sign-off"), "前三季度"),
    "v02": (("fill-line",), "第二季度"),
    "v03": (("title",), "年度"),
    "v04": (("title", "sign-off"), "第一季度"),
    "v05": (("fill-line",), "1-9月"),
    "v06": (("header", "sign-off"), "上半年"),
    "v07": (("title", "sign-off"), "年度"),
    "v08": (("title", "fill-line", "sheet-name"), "截至2024年9月30日"),
    "v09": (("textbox",), "二季度"),
    "v10": (("fill-line",), "截至2024年3月31日"),
})
