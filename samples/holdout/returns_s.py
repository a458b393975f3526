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
