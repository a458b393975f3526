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


# --------------------------------------------------------------------------- v11
@ret("v11", "市法院", "2024Q4", "court-annual-narrative-with-case-counts", "doc", batch=B)
def v11(out):
    u, p = "市法院", "2024Q4"
    w = Word()
    w.title("淄博市中级人民法院\n关于2024年度为妇女儿童办实事项目落实情况的报告")
    w.para("市妇儿工委办公室：")
    w.body("今年以来，全市法院围绕“阳光成长”青少年身心健康护航行动，加强未成年人综合司法保护，"
           "现将有关情况报告如下。")
    w.heading("一、建立家事案件调解联盟")
    w.body("5月，市中院联合市妇联、市司法局等6部门建立淄博市家事案件调解联盟，吸纳特邀调解员"
           "126名，全年通过联盟调解家事纠纷1,347件，调解成功率68.2%。")
    w.heading("二、开展法治宣传和心理健康教育")
    w.body(f"全年全市法院开展“法治进校园”暨青少年心理健康宣传活动{n(u, '8.1', p)}场，"
           "覆盖师生4.6万人次；发出家庭教育指导令58份，审结涉未成年人案件426件。")
    w.heading("三、下一步工作")
    w.body("继续深化“法官妈妈”工作室建设，完善家事审判与调解衔接机制。")
    sign_off(w, "淄博市中级人民法院", "2024年12月30日")
    w.save(out)
    return Truth(values={"8.1": fig(u, "8.1", p)})


# --------------------------------------------------------------------------- v12
@ret("v12", "市检察院", "2024Q2", "one-project-row-count-column-then-progress-problem-plan", "pdf-text", batch=B)
def v12(out):
    u, p = "市检察院", "2024Q2"
    w = Word(landscape=True)
    w.title("2024年1—6月为全市妇女儿童办实事进展情况", size=18)
    w.para("报送单位：淄博市人民检察院第九检察部　　　　　　　　　　　　　报送时间：2024年7月2日")
    prog = ("深化“检察官妈妈”进校园活动，联合教育部门开展心理健康与法治宣讲，覆盖中小学"
            "87所、学生3.9万人次；对涉案未成年人开展心理疏导112人次，督促监护令发出74份。")
    prob = "基层院专业心理咨询力量不足，部分宣讲内容针对性不强。"
    plan = "下半年计划再开展宣讲25场，推动建设未成年人检察工作社会支持体系。"
    rows = [["项目名称", "年度目标", "完成情况", "进展情况", "存在问题", "下步打算"],
            ["实施“阳光成长”青少年身心健康护航行动", "加强对未成年人的综合司法保护",
             f"开展心理健康与法治宣讲{n(u, '8.1', p)}场（一季度{n(u, '8.1', '2024Q1')}场）",
             prog, prob, plan]]
    w.table(rows, widths=[4, 3.5, 4, 8, 4, 4])
    w.para("联系人：于洁  0533-3110921")
    w.save(out)
    return Truth(values={"8.1": fig(u, "8.1", p)},
                 texts={"8": {"progress": prog, "problems": prob, "plans": plan}})


# --------------------------------------------------------------------------- v13
@ret("v13", "市文化和旅游局", "2024Q3", "district-rows-merged-header-shows-and-lessons-subtotal", "xlsx", batch=B)
def v13(out):
    u, p = "市文化和旅游局", "2024Q3"
    s = Sheet(title="戏曲进校园")
    nc = 8
    s.line("“润童心”儿童素养提升工程——戏曲进校园进展情况统计表", nc, size=14, bold=True, align="center")
    s.line("填报单位：淄博市文化和旅游局                                   统计时间：截至9月底", nc)
    total, q3 = n(u, "9.1", p), n(u, "9.1", p) - n(u, "9.1", "2024Q2")
    units = ("市五音戏艺术传承保护中心", "市京剧院") + DISTRICTS
    subtotal = split(total, len(units), "v13a", 4)
    q3s = split(q3, len(units), "v13b")
    q3s = [min(a, b) for a, b in zip(q3s, subtotal)]
    q3s[0] += q3 - sum(q3s)
    rng = random.Random("v13c")
    rows = [["单位", "戏曲进校园（场）", "", "", "其中：7-9月", "覆盖学校（所）", "受益师生（人次）", "备注"],
            ["", "演出场次", "课程辅导", "小计", "", "", "", ""]]
    for name, sub, q in zip(units, subtotal, q3s):
        show = sub // 2 + rng.randint(0, sub // 4)
        rows.append([name, show, sub - show, sub, q, rng.randint(3, 19), rng.randint(900, 5200),
                     "五音戏《云翠仙》等" if name == "市五音戏艺术传承保护中心" else ""])
    rows.append(["合计", sum(r[1] for r in rows[2:]), sum(r[2] for r in rows[2:]), total, q3,
                 sum(r[5] for r in rows[2:]), sum(r[6] for r in rows[2:]), "全年目标200场"])
    s.table(rows, merges=[(0, 0, 1, 0), (0, 1, 0, 3), (0, 4, 1, 4), (0, 5, 1, 5), (0, 6, 1, 6), (0, 7, 1, 7)],
            widths=[26, 10, 10, 9, 11, 13, 15, 20], header_rows=2)
    s.line("说明：科普大篷车巡展、“蒲公英”科普大讲堂由市科协填报。", nc, size=10)
    s.cells(["填表人：石磊", None, None, "联系电话：0533-2181365"])
    s.save(out)
    return Truth(values={"9.1": total})


# --------------------------------------------------------------------------- v14
@ret("v14", "市科协", "2024Q1", "formal-report-fullwidth-digits-and-attached-table", "pdf-text", batch=B)
def v14(out):
    u, p = "市科协", "2024Q1"
    a, b = n(u, "9.2", p), n(u, "9.3", p)
    w = Word()
    w.title("淄博市科学技术协会\n关于一季度为妇女儿童办实事工作\n推进情况的报告")
    w.para("市妇儿工委办公室：")
    w.body("按照《2024年为全市妇女儿童办实事项目清单》分工，我会承担“润童心”儿童素养提升工程"
           "中科普服务均衡普惠任务。一季度工作情况如下：")
    w.body(f"一是科普大篷车巡展开局良好。3月起，科普大篷车先后走进沂源县、高青县等地农村中小学，"
           f"开展巡展{full(a)}场，展出展品４２件，服务青少年８６００余人次，全年目标为３０场。")
    w.body(f"二是“蒲公英”科普大讲堂稳步推进。邀请院士专家、科技工作者走进校园，举办青少年"
           f"“蒲公英”科普大讲堂{full(b)}场，受益学生５２００余人。")
    w.body("三是开展“科技之春”宣传月活动。组织科技志愿服务队伍１８支，开展活动６０余次。")
    w.para("附件：一季度科普服务项目进度表", indent=True)
    sign_off(w, "淄博市科学技术协会", "2024年4月3日")
    attachment_head(w, "一季度科普服务项目进度表")
    w.table([["项目", "全年目标（场）", "一季度完成（场）", "完成进度", "服务人次"],
             ["科普大篷车巡展", "30", str(a), f"{a / 30 * 100:.1f}%", "8600"],
             ["青少年“蒲公英”科普大讲堂", "40", str(b), f"{b / 40 * 100:.1f}%", "5200"]],
            widths=[7, 4, 4, 4, 4])
    w.save(out)
    return Truth(values={"9.2": a, "9.3": b})


# --------------------------------------------------------------------------- v15
@ret("v15", "市民政局", "2024Q2", "committee-form-one-row-with-progress-problem-plan-columns", "xlsx", batch=B)
def v15(out):
    u, p = "市民政局", "2024Q2"
    s = Sheet(title="进展情况表")
    nc = 8
    s.line("附件", nc, bold=True)
    s.line("2024年为全市妇女儿童办实事工作进展情况表", nc, size=16, bold=True, align="center", height=30)
    s.cells(["填报单位：淄博市民政局（盖章）", None, None, None, None, "时间：2024年1-6月"])
    prog = ("实施“福彩圆梦·孤儿助学工程”，为1,286名孤儿和事实无人抚养儿童发放助学金385.8万元；"
            "实施“慈善助学”工程，资助重点困境儿童637名；“爱心妈妈”结对帮扶困境儿童2,104名。")
    prob = "部分区县困境儿童动态监测不够及时。"
    plan = "9月开学前完成秋季学期助学金发放，开展困境儿童“全面排查”行动。"
    rows = [["序号", "项目名称", "目标任务", "完成情况", "进展情况", "存在问题", "下步打算", "责任单位"],
            [10, "实施特殊困难儿童关爱项目", "享受民政保障的孤困儿童就学资助实现全覆盖",
             f"就学资助覆盖率{pct(fig(u, '10.1', p))}", prog, prob, plan, "市民政局"]]
    s.table(rows, widths=[6, 16, 22, 16, 44, 20, 24, 10])
    s.ws.row_dimensions[s.row - 1].height = 120
    s.cells(["填表人：马静", None, None, "联系电话：3180651", None, "报送时间：2024年7月4日"])
    s.save(out)
    return Truth(values={"10.1": fig(u, "10.1", p)},
                 texts={"10": {"progress": prog, "problems": prob, "plans": plan}})


# --------------------------------------------------------------------------- v16
@ret("v16", "市残联", "2024Q3", "single-progress-cell-long-paragraph-chinese-numerals", "docx", batch=B)
def v16(out):
    u, p = "市残联", "2024Q3"
    v, q = n(u, "10.2", p), n(u, "10.2", p) - n(u, "10.2", "2024Q2")
    w = Word()
    w.title("淄博市残疾人联合会2024年三季度\n为妇女儿童办实事项目进展情况", size=18)
    prog = (f"一是残疾儿童康复救助扎实推进。截至9月底，全市已为{cn(v)}名符合条件且有康复需求的残疾"
            f"儿童实施康复救助（全省共救助2.96万名），完成全年目标（约2000名）的{v / 20:.1f}%，其中"
            f"三季度救助{cn(q)}名；按照每人每年最高2.4万元标准拨付救助资金2,318万元。二是定点康复"
            "机构管理持续规范，全市定点康复机构达到41家，开展机构评估复核12次。三是配合民政部门做好"
            "残疾孤困儿童就学资助，与“希望小屋”项目衔接，为17户残疾儿童家庭改善学习环境。")
    w.table([["项目名称", "责任单位", "进展情况"],
             ["实施特殊困难儿童关爱项目", "市残联", prog]], widths=[3.5, 2.5, 10])
    w.para()
    w.para("填报人：冯媛媛    联系电话：3127706    2024年10月8日")
    w.save(out)
    return Truth(values={"10.2": v}, texts={"10": {"progress": prog}})


# --------------------------------------------------------------------------- v17
@ret("v17", "市教育局", "2024Q1", "school-by-school-project-list-with-counts-under-it", "xlsx", batch=B)
def v17(out):
    u, p = "市教育局", "2024Q1"
    s = Sheet(title="一季度")
    nc = 9
    s.line("市教育局2024年新改扩建中小学幼儿园项目推进台账（截至3月底）", nc, size=14, bold=True, align="center")
    rows = [["序号", "项目名称", "区县", "学段", "建设性质", "新增学位（个）", "总投资（万元）", "形象进度", "是否完工"]]
    schools = [("淄博高新区第二实验中学", "高新区", "初中", "新建", 1800, 21500, "主体封顶"),
               ("张店区祥瑞园小学", "张店区", "小学", "新建", 1620, 13800, "二次结构施工"),
               ("临淄区稷下小学", "临淄区", "小学", "改扩建", 540, 4200, "室外工程"),
               ("周村区新建路学校", "周村区", "九年一贯制", "新建", 2160, 26300, "主体施工"),
               ("张店区东方星城幼儿园", "张店区", "幼儿园", "新建", 360, 2650, "已投入使用"),
               ("淄川区昆仑镇中心幼儿园", "淄川区", "幼儿园", "改扩建", 270, 980, "已投入使用"),
               ("博山区城西幼儿园", "博山区", "幼儿园", "新建", 360, 2480, "装修"),
               ("桓台县索镇实验幼儿园", "桓台县", "幼儿园", "改扩建", 180, 760, "装修")]
    for k, (name, d, stage, kind, seats, money, prog) in enumerate(schools, 1):
        rows.append([k, name, d, stage, kind, seats, money, prog, "是" if prog == "已投入使用" else "否"])
    s.table(rows, widths=[6, 28, 10, 11, 10, 13, 13, 14, 10])
    s.skip()
    s.cells([None, f"截至3月底：已完工中小学{n(u, '1.1', p)}所、幼儿园{n(u, '1.2', p)}所（全年目标中小学4所、幼儿园10所）；"])
    s.cells([None, f"智慧教育应用场景已打造{n(u, '1.3', p)}个（张店区“AI+课堂”），另有5个正在建设。"])
    s.cells([None, "填报：市教育局发展规划科    联系电话：2286318"])
    s.save(out)
    return Truth(values={"1.1": fig(u, "1.1", p), "1.2": fig(u, "1.2", p), "1.3": fig(u, "1.3", p)})


# --------------------------------------------------------------------------- v18
@ret("v18", "市妇联", "2024Q2", "long-report-figures-in-prose-with-pasted-seal", "docx", batch=B)
def v18(out):
    u, p, q1 = "市妇联", "2024Q2", "2024Q1"
    w = Word()
    w.title("淄博市妇女联合会\n关于2024年上半年为全市妇女儿童办实事\n工作进展情况的报告")
    w.para("市妇儿工委办公室：")
    w.body("上半年，市妇联坚持把为妇女儿童办实事作为党建带妇建、服务大局的重要抓手，牵头落实家庭"
           "教育指导服务、新型婚育文化培育、儿童友好城市建设等项目，配合做好巾帼促就业、“两癌”"
           "检查救助和特殊困难儿童关爱工作。现将有关情况报告如下：")
    w.heading("一、巾帼促就业计划")
    w.body(f"举办“春风行动”女性就业专场招聘活动{n(u, '2.2', p)}场，提供岗位6,800余个；依托巾帼"
           f"家政培训基地培训家政从业人员{comma(n(u, '2.1', p))}人次（一季度{n(u, '2.1', q1)}人次），"
           "全市目标为5000人次以上。")
    w.heading("二、“两癌”检查和救助行动")
    w.body(f"配合卫健部门推进适龄妇女“两癌”免费检查，全市筛查率达到{pct(fig(u, '3.1', p))}；"
           "争取全国妇联、省妇联“两癌”救助金86万元，救助患病妇女86名，符合条件的患病妇女"
           "救助实现全覆盖。")
    w.heading("三、家庭教育指导服务行动")
    w.body(f"实施“家庭共成长”计划，妇联系统开展家庭教育巡讲{n(u, '4.1', p)}场，受益家长7.2万人次；"
           f"举办区县家庭教育骨干培训班6期，培训骨干{n(u, '4.2', p)}人，11个区县均已启动培训。"
           "“淄博好爸妈”网上家庭教育平台于5月15日正式上线，注册用户3.1万人。")
    w.heading("四、新型婚育文化培育行动")
    w.body(f"打造“鹊桥淄博”交友联谊品牌，举办单身青年联谊活动{n(u, '5.1', p)}场，参与青年1,050人。")
    w.heading("五、儿童友好城市建设促进行动")
    w.body(f"试点打造儿童友好共建联盟{n(u, '6.1', p)}个；市妇女儿童活动中心改建工程已完成设计招标。")
    w.heading("六、特殊困难儿童关爱项目")
    w.body("深化“爱心妈妈”结对帮扶，新增结对困境儿童312名；新建“希望小屋”19间。")
    w.heading("七、存在问题及下步打算")
    w.body("家庭教育骨干培训区县间进度不均衡，下半年将加强调度，确保年底前各区县均完成50人以上的培训任务。")
    sign_off(w, "淄博市妇女联合会", "2024年7月5日")
    w.picture(seal_png("淄博市妇女联合会"), width_cm=4.0)
    w.save(out)
    vals = {i: fig(u, i, p) for i in ("2.1", "2.2", "3.1", "3.2", "4.1", "4.2", "5.1", "6.1")}
    return Truth(values=vals, seal_picture=True)


# --------------------------------------------------------------------------- v19
@ret("v19", "市卫生健康委", "2024Q1", "indicator-table-merged-project-cells-with-national-notes", "doc", batch=B)
def v19(out):
    u, p = "市卫生健康委", "2024Q1"
    w = Word(landscape=True)
    w.title("市卫健委2024年第一季度为妇女儿童办实事项目进展情况", size=18)
    w.para("填报单位：淄博市卫生健康委员会（妇幼健康科）                      填报时间：2024年4月8日")
    rows = [["项目", "具体指标", "全年目标", "截至3月底完成", "备注"],
            ["“两癌”免费检查和救助行动", "35—64岁适龄妇女“两癌”筛查率", "≥90%", pct(fig(u, "3.1", p)),
             "2023年全市筛查率91.2%，全国平均约为55%"],
            ["", "患病妇女救助覆盖率", "100%", pct(fig(u, "3.2", p)), "一季度救助23人"],
            ["", "适龄女孩免费接种HPV疫苗", "—", "已完成疫苗采购招标", "首剂接种率待9月统计"],
            ["普惠托育服务提质行动", "市级婴幼儿照护服务示范区县", "5个左右", "—", "下半年组织评审"],
            ["", "市级示范托育机构", "10家以上", f"{n(u, '7.2', p)}家", "另有14家已申报"],
            ["“阳光成长”护航行动", "心理健康科普知识宣传", "—", f"{n(u, '8.1', p)}场", "卫健系统"],
            ["", "“4个100%”达标率（医疗机构周边）", "100%", pct(fig(u, "8.2", p)), ""]]
    w.table(rows, merges=[(1, 0, 3, 0), (4, 0, 5, 0), (6, 0, 7, 0)], widths=[5, 7, 3, 4, 7])
    w.para("联系人：孔令霞   电话：3118063")
    w.save(out)
    vals = {i: fig(u, i, p) for i in ("3.1", "3.2", "7.2", "8.1", "8.2")}
    return Truth(values=vals)


# --------------------------------------------------------------------------- v20
@ret("v20", "市人力资源社会保障局", "2024Q4", "annual-indicator-rows-printed-workbook-with-last-year", "pdf-text",
     batch=B, made_from="xlsx")
def v20(out):
    u, p = "市人力资源社会保障局", "2024Q4"
    s = Sheet(title="全年")
    nc = 7
    s.line("淄博市人力资源和社会保障局", nc, size=12, align="left")
    s.line("2024年为妇女儿童办实事（巾帼促就业计划）全年完成情况", nc, size=15, bold=True, align="center", height=28)
    c21, c22 = n(u, "2.1", p), n(u, "2.2", p)
    rows = [["工作内容", "计量单位", "2024年目标", "1-12月完成", "完成率", "2023年完成", "备注"],
            ["培训家政从业人员", "人次", 2000, c21, f"{c21 / 20:.1f}%", 2875, "人社部门任务"],
            ["举办女性就业专场招聘活动", "场", 20, c22, f"{c22 / 20 * 100:.0f}%", 21, "含线上直播带岗9场"],
            ["“雏凤”助飞：提供女大学生见习岗位", "个", 1500, 1862, "124.1%", 1437, ""],
            ["就业帮扶：帮助就业困难女性实现就业", "人", 800, 1036, "129.5%", 912, ""]]
    s.table(rows, widths=[34, 9, 12, 12, 10, 12, 18],
            number_formats={(1, 2): "#,##0", (1, 3): "#,##0", (1, 5): "#,##0", (3, 3): "#,##0", (4, 3): "#,##0"})
    s.line("填表人：邹敏    审核：韩东    联系电话：3030915    2025年1月7日", nc, size=10)
    s.save(out)
    return Truth(values={"2.1": c21, "2.2": c22})


WORDING.update({
    "v11": (("title", "sign-off"), "年度"),
    "v12": (("fill-line",), "1—6月"),
    "v13": (("fill-line",), "截至9月底"),
    "v14": (("title", "sign-off"), "一季度"),
    "v15": (("fill-line", "table-cell"), "1-6月"),
    "v16": (("title", "table-cell"), "三季度"),
    "v17": (("title", "fill-line"), "截至3月底"),
    "v18": (("title", "sign-off", "seal"), "上半年"),
    "v19": (("title", "fill-line"), "第一季度"),
    "v20": (("title",), "全年"),
})
