"""Batch 12: native returns, Excel and text PDF most, written after batch 11 was measured and
fixed on. Please do not read this file while changing app/extraction/."""
from __future__ import annotations

B = 12

from openpyxl import Workbook

from samples.holdout.corpus import Truth, ret, sign_off
from samples.holdout.docxkit import Word
from samples.holdout.ledger_s import fig, n
from samples.holdout.numerals import cn, comma, full
from samples.holdout.wording import WORDING
from samples.holdout.xlkit import Sheet

WORDING.update({
    "s01": (("fill-line",), "1—6月"),
    "s02": (("cover-sheet", "fill-line"), "截至9月底"),
    "s03": (("title",), "2024年度"),
    "s04": (("fill-line",), "一季度"),
    "s05": (("title", "contact"), "前三季度"),
    "s06": (("fill-line",), "全年"),
    "s07": (("title", "fill-line"), "第三季度"),
    "s08": (("title",), "上半年"),
    "s09": (("fill-line",), "统计时间"),
    "s10": (("title", "sign-off"), "截至2024年6月30日"),
    "s11": (("title", "sign-off"), "第三季度"),
    "s12": (("fill-line",), "1至12月"),
    "s13": (("sign-off",), "一季度"),
    "s14": (("header",), "第二季度"),
    "s15": (("title", "sign-off"), "全年"),
    "s16": (("title",), "date-line"),
    "s17": (("fill-line",), "第一季度"),
    "s18": (("title", "sign-off"), "2024年度"),
    "s19": (("title",), "一季度"),
    "s20": (("contact",), "上半年"),
    "s21": (("title", "sign-off"), "1—12月"),
    "s22": (("title", "sign-off"), "前三季度"),
    "s23": (("fill-line",), "截至6月底"),
    "s24": (("title",), "第一季度"),
    "s25": (("fill-line", "sign-off"), "全年"),
    "s26": (("title", "sign-off"), "截至2024年12月31日"),
    "s27": (("header",), "1—3月"),
    "s28": (("sheet-name", "fill-line"), "一季度"),
    "s29": (("title", "sign-off"), "截至9月底"),
    "s30": (("fill-line",), "第三季度"),
})

EDU, HRSS, WF, COM, HEALTH = "市教育局", "市人力资源社会保障局", "市妇联", "市商务局", "市卫生健康委"
YL, MI, TR, UN, PS = "团市委", "市医保局", "市交通运输局", "市总工会", "市公安局"
CT, CTL, PR, CU, CA, DF = "市法院", "市检察院", "市文化和旅游局", "市科协", "市民政局", "市残联"


# ------------------------------------------------------------------ Excel
@ret("s01", EDU, "2024Q2", "xlsx-indicator-cumulative", "xlsx", batch=12)
def s01(out):
    p = "2024Q2"
    s = Sheet(title="进度表")
    s.line("2024年为全市妇女儿童办实事项目推进情况统计表", 7, size=16, bold=True, align="center")
    s.cells(["填报单位：淄博市教育局（盖章）", None, None, None, "统计时段：2024年1—6月"])
    rows = [["序号", "项目", "具体指标", "单位", "年度任务", "截至本季度末累计完成", "本季度完成", "完成进度"]]
    items = [("1", "教育资源扩增优化工程", "新改扩建中小学", "所", 4, "1.1", 1),
             ("", "", "新改扩建幼儿园", "所", 10, "1.2", 3),
             ("", "", "打造智慧教育应用场景", "个", 10, "1.3", 3),
             ("2", "“阳光成长”行动", "心理健康科普知识宣传", "场", 200, "8.1", 48)]
    vals = {}
    for no, proj, name, unit, tgt, ind, q in items:
        v = n(EDU, ind, p)
        vals[ind] = v
        rows.append([no, proj, name, unit, tgt, v, q, f"{v / tgt * 100:.1f}%"])
    v82 = fig(EDU, "8.2", p)
    rows.append(["", "", "安全防范建设“4个100%”达标率", "%", "100%", f"{v82}%", "—", "—"])
    vals["8.2"] = v82
    s.table(rows, merges=[(1, 0, 3, 0), (1, 1, 3, 1), (4, 0, 5, 0), (4, 1, 5, 1)],
            widths=[6, 20, 30, 6, 10, 14, 10, 10])
    s.line("填表人：孙丽娟    联系电话：0533-3182467    审核人：王建", 8)
    s.save(out)
    return Truth(values={k: float(v) for k, v in vals.items()})


@ret("s02", WF, "2024Q3", "xlsx-cover-quarter-ledger", "xlsx", batch=12)
def s02(out):
    p = "2024Q3"
    wb = Workbook()
    cov = wb.active
    cov.title = "封面"
    cov["B3"] = "2024年为全市妇女儿童办实事项目"
    cov["B4"] = "进展情况台账"
    cov["B7"] = "报送单位：淄博市妇女联合会"
    cov["B8"] = "统计截止：2024年9月底"
    s = Sheet(wb, "台账")
    s.line("市妇联承担实事项目季度推进台账（累计数）", 8, size=14, bold=True, align="center")
    rows = [["项目", "指标", "单位", "目标", "累计完成情况", "", "", ""],
            ["", "", "", "", "一季度", "二季度", "三季度", "四季度"]]
    spec = [("巾帼促就业", "女性就业专场招聘活动", "场", "—", "2.2"),
            ("家庭教育指导", "家庭教育巡讲", "场", 1000, "4.1"),
            ("家庭教育指导", "培训家庭教育骨干", "人", 550, "4.2"),
            ("新型婚育文化", "单身青年联谊活动", "场", 10, "5.1"),
            ("儿童友好城市", "儿童友好共建联盟", "个", 8, "6.1")]
    vals = {}
    for proj, name, u, t, ind in spec:
        q = [n(WF, ind, x) for x in ("2024Q1", "2024Q2", "2024Q3")]
        rows.append([proj, name, u, t, *q, None])
        vals[ind] = float(q[-1])
    s.table(rows, header_rows=2, merges=[(0, 0, 1, 0), (0, 1, 1, 1), (0, 2, 1, 2), (0, 3, 1, 3), (0, 4, 0, 7), (2, 0, 2, 0), (3, 0, 4, 0)],
            widths=[16, 26, 6, 8, 10, 10, 10, 10])
    s.line("说明：各季度数据均为自年初起累计数。", 8)
    s.save(out)
    return Truth(values=vals)


@ret("s03", DF, "2024Q4", "xlsx-districts-total-text-numbers", "xlsx", batch=12)
def s03(out):
    p = "2024Q4"
    total = n(DF, "10.2", p)
    dists = ["张店区", "淄川区", "博山区", "周村区", "临淄区", "桓台县", "高青县", "沂源县", "高新区", "经济开发区", "文昌湖区"]
    share = [412, 248, 176, 189, 263, 214, 151, 197, 103, 82]
    share.append(total - sum(share))
    s = Sheet(title="残疾儿童康复救助")
    s.line("淄博市残疾人联合会2024年度残疾儿童康复救助完成情况表", 5, size=14, bold=True, align="center")
    s.cells(["单位：名", None, None, None, "2025年1月6日"])
    rows = [["区县", "年度任务", "已救助人数", "其中：0-6岁", "备注"]]
    for d, k in zip(dists, share):
        rows.append([d, str(int(round(k * 0.96))), str(k), str(int(k * 0.81)), ""])
    rows.append(["全市合计", "2000", str(total), str(sum(int(k * 0.81) for k in share)), "超额完成"])
    s.table(rows, widths=[14, 12, 14, 14, 16])
    s.save(out)
    return Truth(values={"10.2": float(total)})


@ret("s04", HRSS, "2024Q1", "xlsx-common-progress-prose", "xlsx", batch=12)
def s04(out):
    p = "2024Q1"
    a, b = n(HRSS, "2.1", p), n(HRSS, "2.2", p)
    prog = (f"一季度，全市组织开展家政服务从业人员技能培训{comma(a)}人次，其中育婴员、养老护理员培训"
            f"{a - 388}人次；结合“春风行动”举办女性就业专场招聘活动{b}场，"
            f"提供岗位2310个，达成就业意向617人。")
    prob = "部分县区家政培训机构师资力量不足，培训结业后跟踪就业服务有待加强。"
    plan = "二季度重点推进家政服务员“订单式”培训，计划举办专场招聘活动8场以上。"
    s = Sheet(title="Sheet1")
    s.line("2024年全市妇女儿童实事项目进展情况表（一季度）", 7, size=14, bold=True, align="center")
    s.cells(["填报单位：市人社局", None, None, None, "填报日期：2024年4月3日"])
    s.table([["序号", "项目名称", "目标任务", "责任单位", "进展情况", "存在问题", "下一步打算"],
             ["2", "实施巾帼促就业计划", "培训家政从业人员5000人次以上，举办女性就业专场招聘活动",
              "市人力资源社会保障局", prog, prob, plan]],
            widths=[5, 14, 22, 14, 50, 26, 26])
    s.save(out)
    return Truth(values={"2.1": float(a), "2.2": float(b)},
                 texts={"2": {"progress": prog, "problems": prob, "plans": plan}})


@ret("s05", CU, "2024Q3", "xlsx-merged-two-row-header", "xlsx", batch=12)
def s05(out):
    p = "2024Q3"
    a, b = n(CU, "9.2", p), n(CU, "9.3", p)
    s = Sheet(title="科协")
    s.line("市科协2024年前三季度“润童心”儿童素养提升工程推进情况", 6, size=14, bold=True, align="center")
    rows = [["指标名称", "全年目标（场）", "前三季度", "", "", "备注"],
            ["", "", "第三季度新增", "累计完成", "完成率", ""],
            ["科普大篷车巡展", 30, a - n(CU, "9.2", "2024Q2"), a, f"{a / 30:.0%}", "进校园、进社区"],
            ["青少年“蒲公英”科普大讲堂", 40, b - n(CU, "9.3", "2024Q2"), b, f"{b / 40:.0%}", "线上线下结合"]]
    s.table(rows, header_rows=2, merges=[(0, 0, 1, 0), (0, 1, 1, 1), (0, 2, 0, 4), (0, 5, 1, 5)],
            widths=[28, 14, 14, 12, 10, 18])
    s.skip()
    s.line("联系人：淄博市科学技术协会科普部 韩磊  电话：13869301572", 6)
    s.save(out)
    return Truth(values={"9.2": float(a), "9.3": float(b)})


@ret("s06", HEALTH, "2024Q4", "xlsx-all-ten-own-rows", "xlsx", batch=12)
def s06(out):
    p = "2024Q4"
    v = {k: fig(HEALTH, k, p) for k in ("3.1", "3.2", "7.1", "7.2", "8.1")}
    projects = ["教育资源扩增优化工程", "巾帼促就业计划", "“两癌”免费检查和救助行动", "家庭教育指导服务行动",
                "新型婚育文化培育行动", "儿童友好城市建设促进行动", "普惠托育服务提质行动",
                "“阳光成长”青少年身心健康护航行动", "“润童心”儿童素养提升工程", "特殊困难儿童关爱项目"]
    fill = {
        3: f"全年完成35—64岁适龄妇女“两癌”筛查，筛查率{v['3.1']}%；符合条件的患病妇女救助覆盖率{v['3.2']:g}%；适龄女孩HPV疫苗免费接种工作全面启动。",
        7: f"培育市级婴幼儿照护服务示范区县{int(v['7.1'])}个，打造市级示范托育机构{int(v['7.2'])}家。",
        8: f"全年开展心理健康科普知识宣传{int(v['8.1'])}场次。",
    }
    s = Sheet(title="全年")
    s.line("2024年为全市妇女儿童办实事项目完成情况表（全年）", 4, size=14, bold=True, align="center")
    s.cells(["填报单位：淄博市卫生健康委员会"])
    rows = [["序号", "项目", "完成情况", "备注"]]
    for i, t in enumerate(projects, 1):
        rows.append([i, "实施" + t, fill.get(i, ""), "" if i in fill else "非我委牵头"])
    s.table(rows, widths=[6, 34, 60, 14])
    s.save(out)
    return Truth(values=v)


@ret("s07", UN, "2024Q3", "xlsx-notes-column", "xlsx", batch=12)
def s07(out):
    p = "2024Q3"
    a = n(UN, "7.3", p)
    summer = a - n(UN, "7.3", "2024Q2")
    s = Sheet(title="Sheet1")
    s.line("市总工会第三季度职工子女托管班开办情况", 6, size=14, bold=True, align="center")
    s.cells(["填报单位：淄博市总工会"])
    rows = [["时段", "开班数（个班次）", "参与职工子女（人）", "志愿者（人次）", "投入资金（万元）", "备注"],
            ["寒假", n(UN, "7.3", "2024Q1"), 538, 96, 12.6, "1-2月"],
            ["暑假", summer, 1874, 305, 41.3, "7-8月"],
            ["合计", a, 2412, 401, 53.9, "年度目标50个班次"]]
    s.table(rows, widths=[10, 16, 18, 14, 14, 18])
    s.save(out)
    return Truth(values={"7.3": float(a)})


@ret("s08", TR, "2024Q2", "xlsx-route-list", "xlsx", batch=12)
def s08(out):
    p = "2024Q2"
    s = Sheet(title="定制公交")
    s.line("市交通运输局2024年上半年“定制公交”助学专线开通情况", 5, size=14, bold=True, align="center")
    rows = [["序号", "线路名称", "服务学校", "开通时间", "日均乘车学生（人）"],
            [1, "助学1号线（火车站—淄博实验中学）", "淄博实验中学", "2024年3月4日", 126],
            [2, "助学2号线（华侨城—淄博十一中）", "淄博第十一中学", "2024年5月13日", 98],
            ["合计", "已开通2条，年度目标4条", "", "", 224]]
    s.table(rows, widths=[8, 38, 20, 16, 18])
    s.line("联系人：李晓东  0533-2308716", 5)
    s.save(out)
    return Truth(values={"6.2": float(n(TR, "6.2", p))})


@ret("s09", PR, "2024Q1", "xlsx-stat-time-cell", "xlsx", batch=12)
def s09(out):
    p = "2024Q1"
    a = n(PR, "9.1", p)
    s = Sheet(title="Sheet1")
    s.line("戏曲进校园演出及课程辅导情况统计", 5, size=14, bold=True, align="center")
    s.table([["填报单位", "淄博市文化和旅游局", "统计时间", "2024年1月1日—3月31日", ""],
             ["指标", "年度目标", "累计完成", "完成比例", "备注"],
             ["戏曲进校园演出及课程辅导（场）", "200", str(a), f"{a / 2:.0f}%", "含五音戏、吕剧专场"]],
            header_rows=0, widths=[30, 20, 14, 24, 20])
    s.save(out)
    return Truth(values={"9.1": float(a)})


# ------------------------------------------------------------------ Word (docx, pdf-text, doc)
@ret("s10", HEALTH, "2024Q2", "formal-report-distractors", "pdf-text", batch=12)
def s10(out):
    p = "2024Q2"
    v = {k: fig(HEALTH, k, p) for k in ("3.1", "3.2", "7.1", "7.2", "8.1")}
    w = Word()
    w.para("淄卫健字〔2024〕58号", align="center")
    w.title("淄博市卫生健康委员会\n关于2024年为全市妇女儿童办实事项目\n进展情况的报告")
    w.para("市妇儿工委办公室：")
    w.body("按照《2024年为全市妇女儿童办实事项目清单》（淄政办字〔2024〕13号）要求，现将我委牵头及参与的实事项目截至2024年6月30日进展情况报告如下：")
    w.heading("一、适龄妇女“两癌”免费检查和救助行动")
    w.body(f"全省下达我市年度筛查任务12.6万人。截至6月30日，全市累计完成35—64岁适龄妇女“两癌”筛查5.91万人，"
           f"筛查率{v['3.1']}%，较一季度末的{fig(HEALTH, '3.1', '2024Q1')}%提高{v['3.1'] - fig(HEALTH, '3.1', '2024Q1'):.1f}个百分点；"
           f"全省平均筛查率为41.2%。符合条件的“两癌”患病妇女救助覆盖率{v['3.2']:g}%，发放救助金86.5万元。")
    w.heading("二、普惠托育服务提质行动")
    w.body(f"制定市级示范托育机构评估细则，已打造市级示范托育机构{int(v['7.2'])}家（目标10家），"
           f"培育市级婴幼儿照护服务示范区县{int(v['7.1'])}个，全市每千人口拥有3岁以下婴幼儿托位数达到4.1个，同比增长12.3%。")
    w.heading("三、青少年身心健康护航行动")
    w.body(f"联合市教育局开展心理健康科普知识宣传{int(v['8.1'])}场，其中二季度{int(v['8.1']) - n(HEALTH, '8.1', '2024Q1')}场，开通心理援助热线0533-12356。")
    w.heading("四、下步工作")
    w.body("持续推进筛查进度，确保全年筛查率达到90%以上。")
    w.para("联系人：周颖  电话：0533-3118925", indent=True)
    sign_off(w, "淄博市卫生健康委员会", "2024年7月5日")
    w.save(out)
    return Truth(values=v)


def _plan_table(w, no, title, target, unit, prog, prob, plan, heads=("序号", "项目名称", "目标任务", "牵头/责任单位", "进展情况", "存在问题", "下一步打算")):
    w.table([list(heads), [no, title, target, unit, prog, prob, plan]],
            widths=[1.2, 2.6, 3.2, 2.2, 7.5, 4, 4], size=10)


@ret("s11", CT, "2024Q3", "common-table-no-figures", "pdf-text", batch=12)
def s11(out):
    prog = ("联合市妇联、市司法局建立家事案件调解联盟，在张店区、桓台县法院设立家事调解工作室，"
            "三季度通过联盟诉前化解婚姻家庭纠纷，对涉未成年人家事案件开展心理疏导和家庭教育指导。")
    prob = "基层特邀调解员专业化水平参差不齐。"
    plan = "四季度将调解联盟工作向其余区县推开，组织调解员专题培训。"
    w = Word(landscape=True)
    w.title("淄博市中级人民法院2024年第三季度\n妇女儿童实事项目进展情况表", size=18)
    _plan_table(w, "8", "实施“阳光成长”青少年身心健康护航行动", "建立家事案件调解联盟", "市法院", prog, prob, plan)
    sign_off(w, "淄博市中级人民法院", "2024年9月29日", blank=1)
    w.save(out)
    return Truth(values={}, texts={"8": {"progress": prog, "problems": prob, "plans": plan}})


@ret("s12", EDU, "2024Q4", "common-table-reordered-headers", "pdf-text", batch=12)
def s12(out):
    p = "2024Q4"
    a, b, c = n(EDU, "1.1", p), n(EDU, "1.2", p), n(EDU, "1.3", p)
    d, e, f = n(EDU, "4.1", p), n(EDU, "8.1", p), fig(EDU, "8.2", p)
    rows = [["序号", "项目名称", "完成情况", "困难和问题", "下步工作计划", "责任单位"]]
    t1 = (f"全年新改扩建中小学{a}所、幼儿园{b}所，新增学位4860个；打造智慧教育应用场景{c}个，"
          f"投入资金3260万元。")
    t4 = f"组织中小学开展家庭教育巡讲{d}场，覆盖家长12.4万人次。"
    t8 = f"开展心理健康科普知识宣传{e}场；中小学幼儿园安全防范建设“4个100%”达标率{f:g}%。"
    probs = {"1": "个别项目受征地影响开工较晚。", "4": "农村学校家长参与度偏低。", "8": "专职心理教师配备不足。"}
    plans = {"1": "做好新建校舍投用前验收。", "4": "推动巡讲常态化。", "8": "2025年实现专职心理教师全覆盖。"}
    for no, name, t in (("1", "实施教育资源扩增优化工程", t1), ("4", "实施家庭教育指导服务行动", t4),
                        ("8", "实施“阳光成长”青少年身心健康护航行动", t8)):
        rows.append([no, name, t, probs[no], plans[no], "市教育局"])
    w = Word(landscape=True)
    w.title("2024年为全市妇女儿童办实事项目进展情况表", size=18)
    w.para("填报单位（盖章）：淄博市教育局                    统计时间：2024年1至12月", size=12)
    w.table(rows, widths=[1.2, 4, 9, 4, 4, 2.4], size=10)
    w.save(out)
    texts = {no: {"progress": t, "problems": probs[no], "plans": plans[no]} for no, t in (("1", t1), ("4", t4), ("8", t8))}
    return Truth(values={"1.1": float(a), "1.2": float(b), "1.3": float(c), "4.1": float(d), "8.1": float(e), "8.2": f}, texts=texts)


@ret("s13", MI, "2024Q1", "short-letter-signoff-only", "pdf-text", batch=12)
def s13(out):
    w = Word()
    w.title("关于一季度妇女儿童实事项目推进情况的报告")
    w.para("市妇儿工委办公室：")
    w.body("一季度，我局认真落实职工医保生育保障政策，职工医保住院分娩政策范围内医疗费用实现全额报销，"
           "报销比例达到100%。1—3月共为3142名参保职工结算住院分娩费用2217.6万元，同比增长6.8%，"
           "平均每人次7058元。同时推进生育津贴“免申即享”，经办时限压缩至5个工作日。")
    w.body("下一步，我局将继续做好生育医疗费用结算工作，确保政策落实到位。")
    sign_off(w, "淄博市医疗保障局", "2024年4月2日")
    w.save(out)
    return Truth(values={"5.2": 100.0})


@ret("s14", CA, "2024Q2", "header-only-unit", "pdf-text", batch=12)
def s14(out):
    w = Word()
    w.header("淄博市民政局", align="right")
    w.title("第二季度特殊困难儿童关爱项目进展情况", size=18)
    w.body("一、孤困儿童就学资助。截至二季度末，全市享受民政保障的孤儿、事实无人抚养儿童共1386名，其中在校就学的"
           "1120名全部纳入助学资助范围，覆盖率100%，上半年发放助学金168万元。")
    w.body("二、“爱心妈妈”结对帮扶。联合市妇联新增结对帮扶儿童214名，累计结对1032名。")
    w.body("三、存在问题：部分县区基层儿童主任业务能力不足。")
    w.body("四、下步打算：开展儿童主任全员轮训。")
    w.save(out)
    return Truth(values={"10.1": 100.0})


@ret("s15", YL, "2024Q4", "formal-report-chinese-numerals", "pdf-text", batch=12)
def s15(out):
    a = n(YL, "5.1", "2024Q4")
    w = Word()
    w.title("共青团淄博市委员会\n关于2024年全年妇女儿童实事项目完成情况的报告")
    w.para("市妇儿工委办公室：")
    w.body(f"全年，团市委围绕新型婚育文化培育行动，依托“青春有约”品牌累计举办单身青年联谊活动{cn(a)}场，"
           f"参与青年一千二百余人，牵手成功六十余对，其中第四季度举办{cn(a - n(YL, '5.1', '2024Q3'))}场。")
    w.body("在特殊困难儿童关爱项目中，新建“希望小屋”四十二个，累计建成三百一十五个，组织青年志愿者结对陪伴困境儿童。")
    w.body("特此报告。")
    sign_off(w, "共青团淄博市委", "2024年12月26日")
    w.save(out)
    return Truth(values={"5.1": float(a)})


@ret("s16", COM, "2024Q3", "date-line-only", "pdf-text", batch=12)
def s16(out):
    a = n(COM, "2.1", "2024Q3")
    prog = f"依托家政服务业提质扩容“领跑者”行动，组织家政企业开展岗前培训和技能提升培训，累计培训家政从业人员{comma(a)}人次，本季度新增{a - n(COM, '2.1', '2024Q2')}人次。"
    prob = "家政企业规模小，员工流动性大。"
    plan = "开展家政服务技能大赛，推动员工制家政企业发展。"
    w = Word(landscape=True)
    w.title("淄博市商务局妇女儿童实事项目进展情况", size=18)
    w.para("报送日期：2024年10月8日", align="right", size=12)
    w.table([["项目", "工作进度", "存在的问题", "下步打算"],
             ["实施巾帼促就业计划（培训家政从业人员）", prog, prob, plan]], widths=[5, 11, 5, 5], size=10.5)
    w.save(out)
    return Truth(values={"2.1": float(a)}, texts={"2": {"progress": prog, "problems": prob, "plans": plan}})


@ret("s17", PS, "2024Q1", "docx-fill-line-table", "docx", batch=12)
def s17(out):
    v = fig(PS, "8.2", "2024Q1")
    prog = f"会同教育部门对全市中小学幼儿园开展安全检查，“4个100%”安全防范建设达标率为{v}%，整改隐患37处，护学岗覆盖学校412所。"
    prob = "部分农村幼儿园视频监控未与公安联网。"
    plan = "二季度督促完成剩余学校监控联网。"
    w = Word(landscape=True)
    w.title("2024年第一季度妇女儿童实事项目进展情况表", size=18)
    w.para("填报单位：市公安局治安支队        填报人：刘强        电话：0533-2125106", size=12)
    _plan_table(w, "8", "“阳光成长”青少年身心健康护航行动", "中小学幼儿园安全防范建设“4个100%”达标率100%",
                "市公安局", prog, prob, plan, heads=("序号", "项目", "年度目标", "责任单位", "推进情况", "困难问题", "下步计划"))
    w.save(out)
    return Truth(values={"8.2": v}, texts={"8": {"progress": prog, "problems": prob, "plans": plan}})


@ret("s18", CTL, "2024Q4", "report-no-figures", "docx", batch=12)
def s18(out):
    w = Word()
    w.title("淄博市人民检察院\n关于2024年度妇女儿童实事项目落实情况的报告")
    w.para("市妇儿工委办公室：")
    w.body("2024年度，我院积极参与家事案件调解联盟建设，会同市法院、市妇联完善涉未成年人家事纠纷多元化解机制，"
           "全年办理涉未成年人案件线索移送和司法救助工作，落实强制报告制度，开展法治进校园活动，"
           "检察长担任法治副校长覆盖全市重点学校。")
    w.body("下一步，我院将继续深化未成年人综合司法保护。")
    sign_off(w, "淄博市人民检察院", "2025年1月3日")
    w.save(out)
    return Truth(values={})


@ret("s19", WF, "2024Q1", "docx-title-only-multi-project", "docx", batch=12)
def s19(out):
    p = "2024Q1"
    g = {k: n(WF, k, p) for k in ("2.2", "4.1", "4.2", "5.1")}
    rows = [["序号", "项目名称", "落实情况", "存在问题", "下步打算"]]
    t = {
        "2": (f"联合人社部门举办“春风行动·巾帼就业”专场招聘活动{g['2.2']}场。", "女性求职者技能与岗位匹配度不高。", "开展巾帼技能培训。"),
        "4": (f"启动“千场家庭教育巡讲”，一季度开展巡讲{g['4.1']}场；培训家庭教育骨干{g['4.2']}人。", "巡讲师资不足。", "组建市级讲师团。"),
        "5": (f"举办单身青年联谊活动{g['5.1']}场。", "无。", "二季度举办“520”主题联谊。"),
        "6": ("制定儿童友好共建联盟试点方案，遴选试点单位。", "试点单位积极性有待调动。", "二季度完成首批联盟授牌。"),
    }
    names = {"2": "实施巾帼促就业计划", "4": "实施家庭教育指导服务行动", "5": "实施新型婚育文化培育行动", "6": "实施儿童友好城市建设促进行动"}
    for no, (a, b, c) in t.items():
        rows.append([no, names[no], a, b, c])
    w = Word(landscape=True)
    w.title("淄博市妇联一季度实事项目推进情况", size=18)
    w.table(rows, widths=[1.2, 4, 10, 5, 5], size=10.5)
    w.save(out)
    vals = {k: float(v) for k, v in g.items()}
    return Truth(values=vals, texts={k: {"progress": a, "problems": b, "plans": c} for k, (a, b, c) in t.items()})


@ret("s20", CU, "2024Q2", "fullwidth-digits-contact-only", "docx", batch=12)
def s20(out):
    a, b = n(CU, "9.2", "2024Q2"), n(CU, "9.3", "2024Q2")
    w = Word()
    w.title("上半年“润童心”儿童素养提升工程工作情况")
    w.body(f"上半年，科普大篷车走进沂源、高青等地中小学巡展{full(a)}场，服务青少年１．２万人次；"
           f"举办青少年“蒲公英”科普大讲堂{full(b)}场，邀请院士专家３名。")
    w.body("下半年计划巡展１９场、大讲堂２５场，确保完成年度任务。")
    w.para("联系人：市科协科普部  赵敏  １３５６１０８２２４３", indent=True)
    w.save(out)
    return Truth(values={"9.2": float(a), "9.3": float(b)})


@ret("s21", PR, "2024Q4", "docx-quarter-table", "docx", batch=12)
def s21(out):
    q = [n(PR, "9.1", x) for x in ("2024Q1", "2024Q2", "2024Q3", "2024Q4")]
    w = Word()
    w.title("淄博市文化和旅游局\n戏曲进校园工作完成情况（1—12月）", size=18)
    w.table([["季度", "当季演出及课程辅导（场）", "累计（场）"],
             ["一季度", str(q[0]), str(q[0])], ["二季度", str(q[1] - q[0]), str(q[1])],
             ["三季度", str(q[2] - q[1]), str(q[2])], ["四季度", str(q[3] - q[2]), str(q[3])]], widths=[3, 6, 4])
    w.body(f"全年完成戏曲进校园演出及课程辅导{q[3]}场，超额完成年度200场任务。")
    sign_off(w, "淄博市文化和旅游局", "2024年12月30日")
    w.save(out)
    return Truth(values={"9.1": float(q[3])})


@ret("s22", HRSS, "2024Q3", "doc-formal-report", "doc", batch=12)
def s22(out):
    a, b = n(HRSS, "2.1", "2024Q3"), n(HRSS, "2.2", "2024Q3")
    w = Word()
    w.para("淄人社函〔2024〕112号", align="right")
    w.title("淄博市人力资源和社会保障局\n关于前三季度巾帼促就业计划进展情况的报告")
    w.para("市妇儿工委办公室：")
    w.body(f"前三季度，全市累计培训家政从业人员{comma(a)}人次，完成年度目标5000人次的{a / 50:.1f}%，"
           f"其中三季度培训{a - n(HRSS, '2.1', '2024Q2')}人次；累计举办女性就业专场招聘活动{b}场，"
           f"进场企业864家次，提供岗位1.5万个。")
    w.body("下一步，将加快培训进度，确保四季度完成全年任务。")
    sign_off(w, "淄博市人力资源和社会保障局", "2024年10月9日")
    w.save(out)
    return Truth(values={"2.1": float(a), "2.2": float(b)})


@ret("s23", DF, "2024Q2", "doc-fill-line-table", "doc", batch=12)
def s23(out):
    a = n(DF, "10.2", "2024Q2")
    w = Word()
    w.title("残疾儿童康复救助进展情况表", size=18)
    w.para("填报单位：市残联康复部            统计截至：2024年6月底", size=12)
    w.table([["指标", "年度目标", "累计救助（名）", "完成率"],
             ["残疾儿童康复救助", "约2000名", f"{a:,}", f"{a / 20:.1f}%"]], widths=[5, 3, 4, 3])
    w.save(out)
    return Truth(values={"10.2": float(a)})


@ret("s24", EDU, "2024Q1", "doc-title-prose", "doc", batch=12)
def s24(out):
    p = "2024Q1"
    a, b, c, e = n(EDU, "1.2", p), n(EDU, "1.3", p), n(EDU, "4.1", p), n(EDU, "8.1", p)
    w = Word()
    w.title("市教育局2024年第一季度妇女儿童实事项目进展")
    w.body(f"一是教育资源扩增。4所中小学新改扩建项目均已完成立项，尚未竣工；新改扩建幼儿园{cn(a)}所已投入使用；"
           f"打造智慧教育应用场景{cn(b)}个。")
    w.body(f"二是家庭教育指导。组织中小学家长学校开展家庭教育巡讲{c}场。")
    w.body(f"三是心理健康。开展心理健康科普知识宣传{e}场，中小学幼儿园安全防范建设“4个100%”达标率{fig(EDU, '8.2', p)}%。")
    w.save(out)
    return Truth(values={"1.1": 0.0, "1.2": float(a), "1.3": float(b), "4.1": float(c), "8.1": float(e), "8.2": fig(EDU, "8.2", p)})


@ret("s25", WF, "2024Q4", "long-all-ten-indicator-table", "pdf-text", batch=12)
def s25(out):
    p = "2024Q4"
    own = {k: n(WF, k, p) for k in ("2.2", "4.1", "4.2", "5.1", "6.1")}
    import json
    from pathlib import Path
    # (the project's own copy of the 2024 list, so a clone builds it without ../shared)
    cat = json.loads((Path(__file__).parents[2] / "app" / "catalogs" / "2024.json").read_text(encoding="utf-8"))
    rows = [["项目序号", "项目名称", "指标", "年度目标", "全年累计完成", "完成情况说明", "备注"]]
    for pr in cat["projects"]:
        for i, ind in enumerate(pr["indicators"]):
            tgt = "" if ind["target"] is None else f"{ind['target']:g}{ind['measure'] or ''}"
            done, note = "", ""
            if ind["id"] in own:
                done = str(own[ind["id"]])
                note = "已完成" if ind["target"] is None or own[ind["id"]] >= ind["target"] else "未完成"
            rows.append([str(pr["no"]) if i == 0 else "", pr["title"] if i == 0 else "", ind["name"], tgt, done, note,
                         "" if ind["id"] in own else "其他单位填报"])
    w = Word(landscape=True)
    w.title("2024年为全市妇女儿童办实事项目全年完成情况统计表", size=18)
    w.para("填报单位：淄博市妇女联合会（盖章）                     单位：场、人、个", size=12)
    w.table(rows, widths=[1.6, 5, 6, 2.4, 2.6, 3, 3], size=10.5)
    w.body("注：“淄博好爸妈”网上家庭教育平台已于5月上线运行。")
    sign_off(w, "市妇联办公室", "2025年1月4日", blank=1)
    w.save(out)
    return Truth(values={k: float(v) for k, v in own.items()})


@ret("s26", TR, "2024Q4", "docx-prose-chinese-numeral", "docx", batch=12)
def s26(out):
    w = Word()
    w.title("市交通运输局关于“定制公交”助学专线\n开通情况的报告")
    w.body("截至2024年12月31日，我局会同市教育局、淄博公交集团累计开通“定制公交”助学专线四条，"
           "较年初计划的4条全部完成，共投入车辆23部，服务学生日均六百余人次，全年安全运营18.7万人次。")
    w.body("其中，9月新学期新开通助学3号线、4号线两条。")
    sign_off(w, "淄博市交通运输局", "2025年1月2日")
    w.save(out)
    return Truth(values={"6.2": 4.0})


@ret("s27", UN, "2024Q1", "doc-header-unit-table", "doc", batch=12)
def s27(out):
    a = n(UN, "7.3", "2024Q1")
    w = Word()
    w.header("淄博市总工会女职工委员会")
    w.title("1—3月职工子女寒假托管班开展情况", size=18)
    w.table([["县区", "开办托管班（个班次）", "托管职工子女（人）"],
             ["张店区", "4", "152"], ["淄川区", "2", "71"], ["临淄区", "3", "118"],
             ["桓台县", "2", "64"], ["市直单位", str(a - 11), "133"], ["合计", str(a), "538"]], widths=[4, 5, 5])
    w.body("寒假托管班已于2月中旬全部结业，暑期托管班正在筹备。")
    w.save(out)
    return Truth(values={"7.3": float(a)})


@ret("s28", HEALTH, "2024Q1", "xlsx-percent-formatted-districts", "xlsx", batch=12)
def s28(out):
    p = "2024Q1"
    v = fig(HEALTH, "3.1", p)
    s = Sheet(title="一季度两癌筛查")
    s.line("适龄妇女“两癌”筛查进度统计（一季度）", 5, size=14, bold=True, align="center")
    s.cells(["填报单位：市卫健委妇幼健康科"])
    dists = ["张店区", "淄川区", "博山区", "周村区", "临淄区", "桓台县", "高青县", "沂源县"]
    rates = [0.236, 0.198, 0.221, 0.187, 0.243, 0.205, 0.176, 0.229]
    rows = [["区县", "年度任务（人）", "已筛查（人）", "筛查率", "备注"]]
    fmts = {}
    for i, (d, r) in enumerate(zip(dists, rates), 1):
        task = 15000 + i * 731
        rows.append([d, task, round(task * r), r, ""])
        fmts[(i, 3)] = "0.0%"
    rows.append(["全市", 126000, round(126000 * v / 100), v / 100, "含高新区、经开区、文昌湖区"])
    fmts[(len(rows) - 1, 3)] = "0.0%"
    s.table(rows, widths=[12, 16, 14, 10, 26], number_formats=fmts)
    s.line("救助：符合条件的患病妇女救助覆盖率100%。", 5)
    s.save(out)
    return Truth(values={"3.1": v, "3.2": 100.0})


@ret("s29", DF, "2024Q3", "report-province-distractor", "pdf-text", batch=12)
def s29(out):
    a = n(DF, "10.2", "2024Q3")
    w = Word()
    w.title("淄博市残疾人联合会\n关于残疾儿童康复救助工作进展情况的报告")
    w.para("市妇儿工委办公室：")
    w.body(f"今年省残联下达全省残疾儿童康复救助任务2.8万名，我市任务约2000名。截至9月底，全市累计救助残疾儿童"
           f"{comma(a)}名，完成年度任务的{a / 20:.1f}%，比上半年末的{comma(n(DF, '10.2', '2024Q2'))}名增加"
           f"{a - n(DF, '10.2', '2024Q2')}名；全市定点康复机构38家，拨付救助资金1846万元。")
    w.body("咨询电话：0533-2287110。")
    sign_off(w, "淄博市残疾人联合会", "2024年10月10日")
    w.save(out)
    return Truth(values={"10.2": float(a)})


@ret("s30", MI, "2024Q3", "xlsx-single-row", "xlsx", batch=12)
def s30(out):
    s = Sheet(title="Sheet1")
    s.line("第三季度实事项目进展情况", 5, size=14, bold=True, align="center")
    s.cells(["填报单位：淄博市医疗保障局", None, None, "报送时间：2024.10.9"])
    s.table([["项目", "指标", "目标", "进展", "备注"],
             ["新型婚育文化培育行动", "职工医保住院分娩政策范围内医疗费用报销比例", "100%", "100%",
              "1-9月结算住院分娩9421人次"]], widths=[20, 40, 8, 8, 28])
    s.save(out)
    return Truth(values={"5.2": 100.0})
