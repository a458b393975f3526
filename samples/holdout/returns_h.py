"""Batch 4, written last for the final measurement: Excel returns in shapes batches 1-3 do not
use: a 工作台账 with months as columns and a 累计 column, one sheet per project, percentages
typed as decimals and formatted as percent, districts across with a 全市 column, 无新增 with
the cumulative figure unchanged, Chinese and Arabic numerals in one table, a court's table.
Please do not read this file while changing app/extraction/."""
from __future__ import annotations

from openpyxl import Workbook

from samples.holdout.corpus import Truth, ret
from samples.holdout.ledger import cum, n
from samples.holdout.numerals import cn
from samples.holdout.returns_g import DISTRICTS
from samples.holdout.xlkit import Sheet

MONTHS = [f"{m}月" for m in range(1, 13)]


# ---------------------------------------------------------------- 市教育局

@ret("h66", "市教育局", "2024Q3", "monthly-ledger", "xlsx", batch=4)
def jy_q3_ledger(path):
    U, Q = "市教育局", "2024Q3"
    s = Sheet(title="工作台账")
    width = 15
    s.line("市教育局2024年为妇女儿童办实事工作台账（1至9月）", width, size=15, bold=True, align="center")
    s.line("填报单位：淄博市教育局基础教育科", width, size=10)
    rows = [["指标", "年度目标", *MONTHS, "累计"]]
    # month by month, agreeing with the quarter ends of the department's ledger
    for ind, name, target, months in (
            ("1.1", "新改扩建中小学（所）", 4, [0, 0, 1, 0, 0, 1, 0, 1, 0]),
            ("1.2", "新改扩建幼儿园（所）", 10, [0, 0, 2, 0, 1, 2, 0, 2, 0]),
            ("1.3", "智慧教育应用场景（个）", 10, [0, 0, 1, 0, 2, 1, 0, 1, 2]),
            ("4.1", "家庭教育巡讲（场）", 300, [25, 28, 35, 38, 44, 40, 20, 22, 83]),
            ("8.1", "心理健康科普知识宣传（场）", 200, [10, 14, 22, 15, 25, 12, 8, 9, 36])):
        total = n(U, ind, Q)
        for k, quarter in enumerate(("2024Q1", "2024Q2", "2024Q3")):
            assert sum(months[:3 * k + 3]) == n(U, ind, quarter), (ind, quarter)
        rows.append([name, target, *[m if m else None for m in months], None, None, None, total])
    s.table(rows, widths=[26, 9] + [6] * 12 + [8])
    s.line("注：空白表示当月无完成数；“累计”为1月至本月末累计完成数。", width, size=10)
    s.save(path)
    return Truth({i: cum(U, i, Q) for i in ("1.1", "1.2", "1.3", "4.1", "8.1")})


# ---------------------------------------------------------------- 市总工会

@ret("h88", "市总工会", "2024Q3", "monthly-ledger", "xlsx", batch=4)
def gh_q3_ledger(path):
    U, Q = "市总工会", "2024Q3"
    s = Sheet(title="托管班台账")
    width = 15
    s.line("市总工会2024年寒暑假职工子女托管班工作台账", width, size=15, bold=True, align="center")
    s.cells(["填报单位：淄博市总工会", None, None, None, None, None, None, None, None, None,
             "截至9月末"])
    classes = [9, 0, 0, 0, 0, 0, 30, 8, 0, 0, 0, 0]
    children = [420, 0, 0, 0, 0, 0, 1630, 380, 0, 0, 0, 0]
    assert sum(classes) == n(U, "7.3", Q)
    rows = [["项目", *MONTHS, "累计", "备注"],
            ["开办托管班（个班次）", *[c or None for c in classes], sum(classes), "寒假1月、暑假7-8月"],
            ["服务职工子女（名）", *[c or None for c in children], sum(children), ""]]
    s.table(rows, widths=[22] + [6] * 12 + [8, 18])
    s.save(path)
    return Truth({"7.3": cum(U, "7.3", Q)})


@ret("h75", "市总工会", "2024Q2", "no-new-this-quarter", "xlsx", batch=4)
def gh_q2_none(path):
    U, Q = "市总工会", "2024Q2"
    s = Sheet(title="Sheet1")
    s.line("普惠托育服务提质行动（职工子女托管）进展情况", 5, size=14, bold=True, align="center")
    s.line("报送单位：市总工会女职工部　　统计截至6月末", 5, size=10)
    rows = [["指标", "年度目标", "本季度新增", "累计完成", "说明"],
            ["开展寒暑假职工子女托管班", "50个班次以上", "无新增", n(U, "7.3", Q),
             "寒假托管班已于1月结班；暑期托管班7月上旬开班"]]
    s.table(rows, widths=[26, 14, 12, 12, 36])
    s.save(path)
    return Truth({"7.3": cum(U, "7.3", Q)})


# ---------------------------------------------------------------- 市妇联: one sheet per project

@ret("h69", "市妇联", "2024Q3", "sheet-per-project", "xlsx", batch=4)
def fl_q3_sheets(path):
    U, Q = "市妇联", "2024Q3"
    wb: Workbook | None = None
    first = True
    for sheet_name, title, items in (
            ("巾帼促就业", "实施巾帼促就业计划", (("2.1", "培训家政从业人员", "—", "人次"),
                                                 ("2.2", "举办女性就业专场招聘活动", "—", "场"))),
            ("家庭教育", "实施家庭教育指导服务行动", (("4.1", "开展家庭教育巡讲", "1000", "场"),
                                                   ("4.2", "培训家庭教育骨干", "550", "人"))),
            ("婚育文化", "实施新型婚育文化培育行动", (("5.1", "举办单身青年联谊活动", "10", "场"),)),
            ("儿童友好", "实施儿童友好城市建设促进行动", (("6.1", "试点打造儿童友好共建联盟", "8", "个"),))):
        s = Sheet(wb, title=sheet_name)
        wb = s.wb
        s.line(f"{title}进展情况（截至9月末）", 4, size=14, bold=True, align="center")
        if first:
            s.line("填报单位：淄博市妇女联合会　联系人：刘芳　电话：2869015", 4, size=10)
            first = False
        rows = [["指标", "年度目标", "累计完成", "计量单位"]]
        rows += [[name, target, n(U, ind, Q), m] for ind, name, target, m in items]
        s.table(rows, widths=[28, 12, 12, 10])
        s.save(path)
    return Truth({i: cum(U, i, Q) for i in ("2.1", "2.2", "4.1", "4.2", "5.1", "6.1")})


# ---------------------------------------------------------------- percentages typed as decimals

@ret("h70", "市卫生健康委", "2024Q3", "decimal-percent", "xlsx", batch=4)
def wj_q3_decimal(path):
    U, Q = "市卫生健康委", "2024Q3"
    s = Sheet(title="第三季度")
    s.line("市卫生健康委第三季度为妇女儿童办实事指标完成情况", 5, size=14, bold=True, align="center")
    s.line("填报单位：淄博市卫生健康委员会妇幼健康科", 5, size=10)
    rows = [["指标", "目标值", "完成值", "完成进度", "备注"],
            ["35—64岁适龄妇女“两癌”筛查率", 0.9, cum(U, "3.1", Q) / 100, None, ""],
            ["“两癌”患病妇女救助覆盖率", 1, 1, None, "符合条件的全部救助"],
            ["市级婴幼儿照护服务示范区县（个）", 5, n(U, "7.1", Q), 0.6, ""],
            ["市级示范托育机构（家）", 10, n(U, "7.2", Q), 0.7, ""],
            ["心理健康科普知识宣传（场）", None, n(U, "8.1", Q), None, "持续开展"]]
    fmts = {(1, 1): "0%", (1, 2): "0.0%", (2, 1): "0%", (2, 2): "0%", (3, 3): "0%", (4, 3): "0%"}
    s.table(rows, widths=[34, 10, 10, 10, 20], number_formats=fmts)
    s.save(path)
    return Truth({"3.1": cum(U, "3.1", Q), "3.2": 100, "7.1": cum(U, "7.1", Q),
                  "7.2": cum(U, "7.2", Q), "8.1": cum(U, "8.1", Q)})


@ret("h86", "市医保局", "2024Q4", "decimal-percent", "xlsx", batch=4)
def yb_q4_decimal(path):
    s = Sheet(title="全年")
    s.line("淄博市医疗保障局2024年全年实事项目完成情况", 4, size=14, bold=True, align="center")
    rows = [["指标", "2024年目标", "全年实际", "备注"],
            ["职工医保住院分娩政策范围内医疗费用报销比例", 1, 1, "全年执行到位"],
            ["享受生育医疗费用待遇（人次）", None, 6914, ""],
            ["生育津贴免申即享占比", None, 0.93, ""]]
    fmts = {(1, 1): "0%", (1, 2): "0%", (3, 2): "0%"}
    s.table(rows, widths=[40, 12, 12, 16], number_formats=fmts)
    s.save(path)
    return Truth({"5.2": 100})


# ---------------------------------------------------------------- 市人社局: districts across, 全市 column

@ret("h77", "市人力资源社会保障局", "2024Q3", "district-columns-citywide", "xlsx", batch=4)
def rs_q3_across(path):
    U, Q = "市人力资源社会保障局", "2024Q3"
    s = Sheet(title="分区县")
    width = 13
    s.line("巾帼促就业计划1至9月分区县完成情况", width, size=14, bold=True, align="center")
    s.line("填报单位：淄博市人力资源和社会保障局", width, size=10)
    train = (560, 318, 226, 262, 352, 281, 190, 205, 232, 190, 134)
    fairs = (5, 4, 3, 3, 4, 3, 2, 3, 3, 2, 1)
    assert sum(train) == n(U, "2.1", Q) and sum(fairs) == n(U, "2.2", Q)
    rows = [["指标", *DISTRICTS, "全市"],
            ["培训家政从业人员（人次）", *train, sum(train)],
            ["举办女性就业专场招聘活动（场）", *fairs, sum(fairs)]]
    s.table(rows, widths=[30] + [9] * 12)
    s.save(path)
    return Truth({"2.1": cum(U, "2.1", Q), "2.2": cum(U, "2.2", Q)})


# ---------------------------------------------------------------- 团市委: numerals mixed

@ret("h93", "团市委", "2024Q4", "mixed-numerals-table", "xlsx", batch=4)
def tw_q4_mixed(path):
    U, Q = "团市委", "2024Q4"
    s = Sheet(title="四季度")
    s.line("团市委四季度为妇女儿童办实事项目进展情况", 4, size=14, bold=True, align="center")
    s.line("填报单位：共青团淄博市委员会", 4, size=10)
    rows = [["工作内容", "本年度累计", "参与人数", "备注"],
            ["举办单身青年联谊活动", f"{cn(n(U, '5.1', Q))}场", "1,180人次", "含四季度2场"],
            ["“希望小屋”儿童关爱", "新建120间", "—", "已全部验收"],
            ["青年志愿者结对关爱留守儿童", "—", "三千二百余人次", ""]]
    s.table(rows, widths=[30, 14, 16, 16])
    s.save(path)
    return Truth({"5.1": cum(U, "5.1", Q)})


# ---------------------------------------------------------------- 市法院

@ret("h95", "市法院", "2024Q3", "legal-table-narrative", "xlsx", batch=4)
def fy_q3_table(path):
    s = Sheet(title="Sheet1")
    s.line("淄博市中级人民法院第三季度为妇女儿童办实事工作进展", 4, size=14, bold=True, align="center")
    progress = ("家事案件调解联盟运行平稳，吸纳调解组织31家；1-9月诉前分流家事纠纷847件，"
                "调解成功512件；发出家庭教育指导令21份。")
    problems = "部分区县调解员专业化水平不高。"
    plans = "四季度组织家事调解员业务培训。"
    rows = [["项目", "进展情况", "存在问题", "下步打算"],
            ["建立家事案件调解联盟", progress, problems, plans]]
    s.table(rows, widths=[20, 50, 22, 22])
    s.line("报送时间：2024年10月10日", 4, size=10, align="right")
    s.save(path)
    return Truth({}, {"8": {"progress": progress, "problems": problems, "plans": plans}})
