"""Batch 5, written for the final measurement in shapes batches 1-4 do not use: rows that are
a department's own sections, a 简报 newsletter, one short paragraph per indicator with a bold
lead, a 指标名称/计量单位/年度目标/一季度…四季度/合计 form, figures and narratives on separate
pages, the notice's wording quoted before each figure, a lead department's table of its
co-departments with a 小计 each, a list of routes or activities with a count, last year beside
this year, indicators as columns, disability categories with a 合计, 九成 beside the rate.
Please do not read this file while changing app/extraction/."""
from __future__ import annotations

from openpyxl import Workbook

from samples.holdout.corpus import Truth, ret, sign_off
from samples.holdout.docxkit import HEI, Word
from samples.holdout.ledger import cum, n
from samples.holdout.numerals import cn, comma
from samples.holdout.seal import seal_png
from samples.holdout.wording import WORDING
from samples.holdout.xlkit import Sheet

B = 5


# ---------------------------------------------------------------- 市教育局

@ret("i01", "市教育局", "2024Q1", "department-section-rows", "docx", batch=B)
def jy_q1_sections(path):
    U, Q = "市教育局", "2024Q1"
    w = Word(landscape=True)
    w.title("市教育局为妇女儿童办实事项目一季度推进情况（分科室）", size=18)
    w.para("填报科室汇总：办公室　　　　　　　　　　　　　　　　　　　　时间：2024年4月3日", size=12)
    rows = [["承办科室", "负责事项", "截至3月底完成", "说明"],
            ["基础教育科", "新改扩建中小学（所）", str(n(U, "1.1", Q)), "淄博第十一中学北校区已竣工"],
            ["学前教育科", "新改扩建幼儿园（所）", str(n(U, "1.2", Q)), "其余8所均已开工"],
            ["市电化教育馆", "打造智慧教育应用场景（个）", str(n(U, "1.3", Q)), "“AI+课堂”场景1个"],
            ["家庭教育指导中心", "家长学校开展家庭教育巡讲（场）", str(n(U, "4.1", Q)), "配合市妇联千场巡讲"],
            ["体卫艺科", "心理健康科普知识宣传（场）", str(n(U, "8.1", Q)), ""],
            ["安全稳定科", "安全防范建设“4个100%”达标率", "100%", "全市中小学幼儿园均达标"]]
    w.table(rows, widths=[4, 8, 4, 9])
    w.save(path)
    return Truth({i: cum(U, i, Q) for i in ("1.1", "1.2", "1.3", "4.1", "8.1", "8.2")})


@ret("i02", "市教育局", "2024Q4", "checklist-done-mark", "xlsx", batch=B)
def jy_q4_checklist(path):
    U, Q = "市教育局", "2024Q4"
    s = Sheet(title="任务清单")
    s.line("淄博市教育局2024年为妇女儿童办实事任务完成清单（全年）", 6, size=14, bold=True, align="center")
    rows = [["序号", "任务", "完成标准", "完成数", "是否完成", "佐证材料"],
            [1, "新改扩建中小学", "4所", "4所", "√", "竣工验收备案表"],
            [2, "新改扩建幼儿园", "10所", "10所", "√", "竣工验收备案表"],
            [3, "打造智慧教育应用场景", "10个", "10个", "√", "场景清单"],
            [4, "开展心理健康科普知识宣传", "200场", f"{n(U, '8.1', Q)}场", "√", "活动台账"],
            [5, "家长学校家庭教育巡讲", "—", f"{n(U, '4.1', Q)}场", "—", "活动台账"],
            [6, "安全防范建设“4个100%”达标率", "100%", "100%", "√", "督导检查通报"]]
    s.table(rows, widths=[6, 30, 12, 12, 10, 18])
    s.skip()
    s.line("报送：市教育局基础教育科　　2024年12月26日", 6, size=10)
    s.save(path)
    return Truth({"1.1": 4, "1.2": 10, "1.3": 10, "8.1": cum(U, "8.1", Q),
                  "4.1": cum(U, "4.1", Q), "8.2": 100})


# ---------------------------------------------------------------- 市妇联

@ret("i03", "市妇联", "2024Q1", "newsletter-brief", "pdf-text", batch=B)
def fl_q1_brief(path):
    U, Q = "市妇联", "2024Q1"
    w = Word()
    w.title("妇 联 工 作 简 报", size=26)
    w.para("第3期", align="center")
    w.para("淄博市妇女联合会办公室编　　　　　　　　　　2024年4月7日", size=12)
    w.para("━" * 24, align="center", size=12)
    w.para("一季度为妇女儿童办实事项目开局良好", font=HEI, size=16, align="center")
    w.body(f"【千场巡讲】“家家幸福安康”家庭教育千场巡讲活动一季度走进社区、学校、企业，"
           f"累计开展家庭教育巡讲{n(U, '4.1', Q)}场。")
    w.body(f"【骨干培训】举办家庭教育骨干培训班2期，培训家庭教育骨干{n(U, '4.2', Q)}人。")
    w.body(f"【巾帼就业】联合人社部门举办女性就业专场招聘活动{n(U, '2.2', Q)}场；"
           f"开展家政从业人员培训{n(U, '2.1', Q)}人次。")
    w.body(f"【婚育新风】举办单身青年联谊活动{cn(n(U, '5.1', Q), liang=True)}场，参与青年260余人。")
    w.body(f"【儿童友好】在张店区试点打造儿童友好共建联盟{n(U, '6.1', Q)}个。")
    w.para("━" * 24, align="center", size=12)
    w.para("报：市妇儿工委办公室　　送：各区县妇联", size=12)
    w.save(path)
    return Truth({i: cum(U, i, Q) for i in ("2.1", "2.2", "4.1", "4.2", "5.1", "6.1")})


@ret("i04", "市妇联", "2024Q2", "lead-with-co-department-subtotals", "docx", batch=B)
def fl_q2_subtotals(path):
    Q = "2024Q2"
    own, edu = n("市妇联", "4.1", Q), n("市教育局", "4.1", Q)
    w = Word(landscape=True)
    w.title("家庭教育指导服务行动牵头推进情况表（截至2024年6月末）", size=18)
    w.para("牵头单位：市妇联　　　　配合单位：市教育局", size=12)
    rows = [["责任单位", "实施主体", "开展家庭教育巡讲（场）", "备注"],
            ["市妇联", "市妇联本级", "120", "“家家幸福安康”宣讲团"],
            ["", "各区县妇联", str(own - 120), ""],
            ["", "市妇联小计", str(own), ""],
            ["市教育局", "中小学家长学校", str(edu - 60), "市教育局报送"],
            ["", "幼儿园家长学校", "60", ""],
            ["", "市教育局小计", str(edu), ""],
            ["合计", "", str(own + edu), ""]]
    w.table(rows, merges=[(1, 0, 3, 0), (4, 0, 6, 0), (7, 0, 7, 1)], widths=[4, 6, 6, 8])
    w.para()
    w.body(f"另：市妇联上半年培训家庭教育骨干{n('市妇联', '4.2', Q)}人。")
    w.para("淄博市妇女联合会", align="right")
    w.para("2024年7月4日", align="right")
    w.save(path)
    return Truth({"4.1": own, "4.2": cum("市妇联", "4.2", Q)})


@ret("i05", "市妇联", "2024Q4", "indicator-unit-quarter-form", "xlsx", batch=B)
def fl_q4_form(path):
    U, Q = "市妇联", "2024Q4"
    s = Sheet(title="进度表")
    s.line("2024年为全市妇女儿童办实事项目指标完成情况统计表", 8, size=14, bold=True, align="center")
    s.cells(["填报单位：市妇联", None, None, None, None, "统计时间：2024年全年"])
    head = ["指标名称", "计量单位", "年度目标", "一季度", "二季度", "三季度", "四季度", "合计"]
    rows = [head]
    for ind, name, unit, target in (("2.1", "培训家政从业人员", "人次", "—"),
                                    ("2.2", "女性就业专场招聘活动", "场", "—"),
                                    ("4.1", "家庭教育巡讲", "场", 1000),
                                    ("4.2", "培训家庭教育骨干", "人", 550),
                                    ("5.1", "单身青年联谊活动", "场", 10),
                                    ("6.1", "儿童友好共建联盟", "个", 8)):
        q = [cum(U, ind, p) for p in ("2024Q1", "2024Q2", "2024Q3", "2024Q4")]
        per = [int(q[0])] + [int(q[k] - q[k - 1]) for k in (1, 2, 3)]
        rows.append([name, unit, target, *per, int(q[3])])
    s.table(rows, widths=[22, 8, 9, 8, 8, 8, 8, 9])
    s.line("注：各季度为当季新增数，合计为全年累计数。", 8, size=10)
    s.save(path)
    return Truth({i: cum(U, i, Q) for i in ("2.1", "2.2", "4.1", "4.2", "5.1", "6.1")})


# ---------------------------------------------------------------- 市卫生健康委

@ret("i06", "市卫生健康委", "2024Q1", "indicators-as-columns", "xlsx", batch=B)
def wj_q1_columns(path):
    U, Q = "市卫生健康委", "2024Q1"
    s = Sheet(title="一季度")
    s.line("市卫生健康委一季度为妇女儿童办实事指标进度", 6, size=14, bold=True, align="center")
    rows = [["项目", "两癌筛查率（%）", "两癌患病妇女救助覆盖率（%）", "婴幼儿照护服务示范区县（个）",
             "市级示范托育机构（家）", "心理健康科普宣传（场）"],
            ["年度目标", 90, 100, "5个左右", 10, "—"],
            ["截至3月末完成", f"{cum(U, '3.1', Q):g}%", "100%", 0, 0, n(U, "8.1", Q)]]
    s.table(rows, widths=[16, 14, 18, 18, 16, 16])
    s.line("填表人：妇幼健康科　联系电话：3188621", 6, size=10)
    s.save(path)
    return Truth({"3.1": cum(U, "3.1", Q), "3.2": 100, "7.1": 0, "7.2": 0, "8.1": cum(U, "8.1", Q)})


@ret("i07", "市卫生健康委", "2024Q2", "bold-lead-paragraphs", "docx", batch=B)
def wj_q2_bold(path):
    U, Q = "市卫生健康委", "2024Q2"
    w = Word()
    w.title("市卫生健康委关于上半年为妇女儿童办实事\n项目推进情况的汇报")
    w.para()
    w.runs([("两癌筛查。", "b"), (f"上半年全市35—64岁适龄妇女“两癌”筛查率达到{cum(U, '3.1', Q):g}%，"
                                 "筛查工作按计划推进。", "")])
    w.runs([("患病救助。", "b"), ("符合条件的“两癌”患病妇女救助覆盖率100%，救助资金及时拨付。", "")])
    w.runs([("托育示范。", "b"), (f"评估认定市级示范托育机构{n(U, '7.2', Q)}家；示范区县培育工作正在组织申报，"
                                 "尚未认定。", "")])
    w.runs([("心理科普。", "b"), (f"各级医疗机构进校园开展心理健康科普知识宣传{n(U, '8.1', Q)}场。", "")])
    sign_off(w, "淄博市卫生健康委员会", "2024年7月5日", blank=1)
    w.save(path)
    # 示范区县 "尚未认定" is left out: 0 or not reported would be a guess
    return Truth({"3.1": cum(U, "3.1", Q), "3.2": 100, "7.2": cum(U, "7.2", Q),
                  "8.1": cum(U, "8.1", Q)})


@ret("i08", "市卫生健康委", "2024Q4", "rate-beside-cheng", "image", batch=B, photo_strength=0.8)
def wj_q4_cheng(path):
    U, Q = "市卫生健康委", "2024Q4"
    w = Word()
    w.title("市卫生健康委2024年全年办实事完成情况", size=18)
    w.para()
    w.body(f"1.全年适龄妇女“两癌”筛查率{cum(U, '3.1', Q):g}%，超过九成，完成年度目标。")
    w.body("2.符合条件的“两癌”患病妇女救助覆盖率达到100%。")
    w.body(f"3.培育市级婴幼儿照护服务示范区县{cn(n(U, '7.1', Q))}个、市级示范托育机构{n(U, '7.2', Q)}家。")
    w.body(f"4.全年开展心理健康科普知识宣传{n(U, '8.1', Q)}场。")
    w.para()
    w.para("淄博市卫生健康委员会　", align="right")
    w.para("2024年12月30日　", align="right")
    w.save(path)
    return Truth({i: cum(U, i, Q) for i in ("3.1", "7.1", "7.2", "8.1")} | {"3.2": 100})


# ---------------------------------------------------------------- 市人力资源社会保障局

@ret("i09", "市人力资源社会保障局", "2024Q2", "figures-and-narratives-on-two-pages", "docx", batch=B)
def rs_q2_two_tables(path):
    U, Q = "市人力资源社会保障局", "2024Q2"
    w = Word(landscape=True)
    w.title("巾帼促就业计划推进情况（二季度）", size=18)
    w.para("表一　主要指标", font=HEI, size=14)
    w.table([["指标", "年度目标", "累计完成", "完成率"],
             ["培训家政从业人员（人次）", "5000", comma(n(U, "2.1", Q)), "35.6%"],
             ["举办女性就业专场招聘活动（场）", "—", str(n(U, "2.2", Q)), "—"]], widths=[9, 4, 4, 4])
    w.page_break()
    w.para("表二　工作进展", font=HEI, size=14)
    progress = "依托“春风行动”“民营企业招聘月”举办女性专场招聘，家政培训覆盖母婴护理、养老护理等工种。"
    problems = "部分学员参训后持证上岗率不高。"
    plans = "推动家政企业与培训机构订单式培训，提高就业转化率。"
    w.table([["项目", "进展情况", "存在问题", "下步打算"],
             ["实施巾帼促就业计划", progress, problems, plans]], widths=[5, 10, 6, 6])
    w.para()
    w.para("淄博市人力资源和社会保障局　　2024年7月2日", align="right", size=12)
    w.save(path)
    return Truth({"2.1": cum(U, "2.1", Q), "2.2": cum(U, "2.2", Q)},
                 {"2": {"progress": progress, "problems": problems, "plans": plans}})


@ret("i10", "市人力资源社会保障局", "2024Q4", "last-year-beside-this-year", "pdf-text", batch=B)
def rs_q4_yoy(path):
    U, Q = "市人力资源社会保障局", "2024Q4"
    w = Word(landscape=True)
    w.title("市人社局2024年巾帼促就业计划完成情况（与上年对比）", size=18)
    a, b = n(U, "2.1", Q), n(U, "2.2", Q)
    w.table([["指标", "2023年完成", "2024年完成", "同比增减"],
             ["培训家政从业人员（人次）", "3,860", comma(a), f"+{(a - 3860) / 3860 * 100:.1f}%"],
             ["女性就业专场招聘活动（场）", "33", str(b), f"+{b - 33}场"]], widths=[9, 5, 5, 5])
    w.para()
    w.para("填报：淄博市人力资源和社会保障局就业促进科　　2024年12月27日", size=12)
    w.save(path)
    return Truth({"2.1": cum(U, "2.1", Q), "2.2": cum(U, "2.2", Q)})


# ---------------------------------------------------------------- 市商务局

@ret("i11", "市商务局", "2024Q2", "number-caption-highlights", "doc", batch=B)
def sw_q2_numbers(path):
    U, Q = "市商务局", "2024Q2"
    w = Word()
    w.title("数说上半年：市商务局家政服务提质扩容", size=18)
    w.para()
    w.para(f"{n(U, '2.1', Q)}人次", font=HEI, size=20)
    w.body("——上半年依托家政服务“领跑者”企业累计培训家政从业人员")
    w.para("12家", font=HEI, size=20)
    w.body("——参与培训的家政服务企业")
    w.para("96.5%", font=HEI, size=20)
    w.body("——学员培训满意度")
    w.para()
    w.para("市商务局服务贸易科　2024年7月", align="right")
    w.save(path)
    return Truth({"2.1": cum(U, "2.1", Q)})


@ret("i12", "市商务局", "2024Q4", "class-roster-total", "xlsx", batch=B)
def sw_q4_roster(path):
    U, Q = "市商务局", "2024Q4"
    s = Sheet(title="培训班次")
    s.line("市商务局2024年家政从业人员培训班次登记表（1-12月）", 5, size=14, bold=True, align="center")
    parts = [("第1期", "母婴护理", "1月", 180), ("第2期", "养老护理", "4月", 200),
             ("第3期", "家居保洁", "5月", 180), ("第4期", "育婴员", "8月", 370),
             ("第5期", "收纳整理", "11月", 330)]
    assert sum(p[3] for p in parts) == n(U, "2.1", Q)
    rows = [["期次", "培训内容", "举办月份", "培训人次", "承办单位"]]
    rows += [[a, b, c, d, "淄博市家政服务协会"] for a, b, c, d in parts]
    rows.append(["合计", "", "", n(U, "2.1", Q), ""])
    s.table(rows, widths=[10, 16, 10, 12, 24])
    s.line("填报单位：淄博市商务局", 5, size=10)
    s.save(path)
    return Truth({"2.1": cum(U, "2.1", Q)})


# ---------------------------------------------------------------- 团市委

@ret("i13", "团市委", "2024Q3", "activity-log-count", "docx", batch=B)
def tw_q3_log(path):
    U, Q = "团市委", "2024Q3"
    w = Word()
    w.title("共青团淄博市委员会\n青年联谊活动开展情况登记（1至9月）", size=18)
    acts = [("2月14日", "“青春有约·浪漫淄博”交友活动", "86"), ("5月4日", "“五四”青年联谊会", "120"),
            ("6月15日", "“齐风陶韵”青年交友会", "94"), ("8月10日", "七夕“鹊桥会”", "150"),
            ("9月21日", "“金秋有约”户外联谊", "78")]
    assert len(acts) == n(U, "5.1", Q)
    rows = [["序号", "时间", "活动名称", "参与人数"]]
    rows += [[str(k), a, b, c] for k, (a, b, c) in enumerate(acts, 1)]
    w.table(rows, widths=[2, 3, 9, 3])
    w.para()
    w.body(f"截至9月末，共举办单身青年联谊活动{n(U, '5.1', Q)}场，服务单身青年528人次。")
    w.save(path)
    return Truth({"5.1": cum(U, "5.1", Q)})


@ret("i14", "团市委", "2024Q1", "care-project-narrative-only", "doc", batch=B)
def tw_q1_care(path):
    U, Q = "团市委", "2024Q1"
    w = Word()
    w.title("团市委一季度办实事项目进展", size=18)
    w.para("（2024年1至3月）", align="center")
    w.table([["项目", "本季度工作情况"],
             ["实施新型婚育文化培育行动", f"举办单身青年联谊活动{n(U, '5.1', Q)}场。"],
             ["实施特殊困难儿童关爱项目", "新建“希望小屋”23处，组织青年志愿者结对陪伴困境儿童。"]],
            widths=[6, 11])
    w.para()
    w.para("共青团淄博市委员会", align="right")
    w.para("2024年4月1日", align="right")
    w.save(path)
    return Truth({"5.1": cum(U, "5.1", Q)})


# ---------------------------------------------------------------- 市医保局

@ret("i15", "市医保局", "2024Q1", "monthly-rows-rate", "pdf-text", batch=B)
def yb_q1_months(path):
    w = Word()
    w.title("职工医保住院分娩报销情况月报（1至3月）", size=18)
    w.para("报送单位：淄博市医疗保障局待遇保障科", size=12)
    w.table([["月份", "住院分娩人次", "政策范围内费用（万元）", "报销比例"],
             ["1月", "1,032", "486.2", "100%"], ["2月", "874", "401.7", "100%"],
             ["3月", "1,115", "523.9", "100%"], ["一季度", "3,021", "1,411.8", "100%"]],
            widths=[3, 4, 5, 3])
    w.para()
    w.body("一季度职工医保住院分娩政策范围内医疗费用报销比例为100%。")
    w.save(path)
    return Truth({"5.2": 100})


@ret("i16", "市医保局", "2024Q3", "reply-letter", "docx", batch=B)
def yb_q3_letter(path):
    w = Word()
    w.title("关于报送三季度办实事进展情况的函")
    w.para()
    w.para("市妇儿工委办公室：")
    w.body("贵办《关于报送2024年三季度为全市妇女儿童办实事工作进展情况的通知》收悉。经核，"
           "我局承担的职工医保住院分娩政策范围内医疗费用报销比例三季度继续保持100%，"
           "已按规定落实到位，无新增问题。")
    w.body("特此函复。")
    w.para()
    w.picture(seal_png("淄博市医疗保障局", seed=51), width_cm=4.0)
    w.para("淄博市医疗保障局", align="right")
    w.para("2024年10月9日", align="right")
    w.save(path)
    return Truth({"5.2": 100}, seal_picture=True)


# ---------------------------------------------------------------- 市交通运输局

@ret("i17", "市交通运输局", "2024Q2", "route-list-count", "xlsx", batch=B)
def jt_q2_routes(path):
    U, Q = "市交通运输局", "2024Q2"
    s = Sheet(title="线路明细")
    s.line("“定制公交”助学专线开通明细（截至二季度末）", 5, size=14, bold=True, align="center")
    routes = [("助学1号线", "3月4日", "淄博实验中学"), ("助学2号线", "3月11日", "张店二中"),
              ("助学3号线", "5月6日", "淄博七中"), ("助学4号线", "6月3日", "周村区实验学校")]
    assert len(routes) == n(U, "6.2", Q)
    rows = [["线路名称", "开通时间", "服务学校", "运营单位"]]
    rows += [[a, b, c, "淄博公交集团"] for a, b, c in routes]
    rows.append([f"已开通{len(routes)}条", "", "", ""])
    s.table(rows, merges=[(len(rows) - 1, 0, len(rows) - 1, 3)], widths=[14, 12, 20, 16])
    s.line("填报：淄博市交通运输局　2024年7月1日", 4, size=10)
    s.save(path)
    return Truth({"6.2": cum(U, "6.2", Q)})


@ret("i18", "市交通运输局", "2024Q4", "route-list-count", "pdf-scan", batch=B)
def jt_q4_scan(path):
    U, Q = "市交通运输局", "2024Q4"
    w = Word()
    w.title("市交通运输局全年“定制公交”助学专线运行情况", size=18)
    w.para()
    w.body(f"2024年全年，我局共开通“定制公交”助学专线{cn(n(U, '6.2', Q))}条（助学1号线至4号线），"
           "下半年无新增线路，累计服务学生通学2.3万人次。")
    w.body("下一步，将根据秋季学期学生出行需求优化站点设置。")
    sign_off(w, "淄博市交通运输局", "2024年12月26日", blank=1)
    w.save(path)
    return Truth({"6.2": cum(U, "6.2", Q)})


# ---------------------------------------------------------------- 市总工会

@ret("i19", "市总工会", "2024Q4", "season-columns-year-total", "pdf-text", batch=B)
def gh_q4_seasons(path):
    U, Q = "市总工会", "2024Q4"
    w = Word(landscape=True)
    w.title("2024年职工子女托管班开办情况统计", size=18)
    w.para("单位：淄博市总工会", size=12)
    w.table([["托管时段", "寒假", "暑假", "国庆假期", "全年合计"],
             ["开班数（个班次）", "9", "38", "11", str(n(U, "7.3", Q))],
             ["托管职工子女（人）", "412", "1,806", "503", "2,721"]], widths=[5, 3, 3, 3, 4])
    w.save(path)
    return Truth({"7.3": cum(U, "7.3", Q)})


@ret("i20", "市总工会", "2024Q1", "bold-lead-paragraphs", "doc", batch=B)
def gh_q1_bold(path):
    U, Q = "市总工会", "2024Q1"
    w = Word()
    w.title("市总工会第一季度办实事工作情况", size=18)
    w.runs([("寒假托管。", "b"), (f"寒假期间依托企业工会和职工之家开办职工子女托管班{n(U, '7.3', Q)}个班次，"
                                 "托管职工子女412人。", "")])
    w.runs([("暑期准备。", "b"), ("已完成暑期托管班场地摸排，计划开设40个以上班次。", "")])
    sign_off(w, "淄博市总工会", "2024年4月2日", blank=1)
    w.save(path)
    return Truth({"7.3": cum(U, "7.3", Q)})


# ---------------------------------------------------------------- 市公安局 / 市法院 / 市检察院

@ret("i21", "市公安局", "2024Q1", "bracket-lead-bulletin", "pdf-text", batch=B)
def ga_q1_bulletin(path):
    w = Word()
    w.title("市公安局护航未成年人成长工作动态\n（一季度）", size=18)
    w.body("【校园安全】会同教育部门开展校园及周边治安隐患排查，全市中小学幼儿园“一键报警”"
           "与公安机关联网、专职保安配备等“4个100%”达标率100%。")
    w.body("【护学岗】开学季在1,120处校门口设立“护学岗”，出动警力4,600余人次。")
    w.body("【法治教育】法治副校长进校园开展未成年人保护法治宣讲86场。")
    w.para()
    w.para("淄博市公安局治安支队　2024年4月3日", align="right")
    w.save(path)
    return Truth({"8.2": 100})


@ret("i22", "市公安局", "2024Q4", "legal-year-table", "doc", batch=B)
def ga_q4_table(path):
    w = Word(landscape=True)
    w.title("淄博市公安局2024年“阳光成长”护航行动完成情况", size=18)
    progress = ("全年校园安全防范建设“4个100%”达标率100%；依法严厉打击侵害未成年人违法犯罪，"
                "开展校园周边集中整治4轮。")
    problems = "个别农村学校周边视频监控覆盖不足。"
    plans = "协调属地加快补建监控点位。"
    w.table([["项目", "全年工作进展", "存在问题", "下步计划"],
             ["实施“阳光成长”青少年身心健康护航行动", progress, problems, plans]], widths=[6, 11, 5, 5])
    w.para()
    w.para("2024年12月27日", align="right")
    w.save(path)
    return Truth({"8.2": 100}, {"8": {"progress": progress, "problems": problems, "plans": plans}})


@ret("i23", "市法院", "2024Q1", "family-mediation-figures", "docx", batch=B)
def fy_q1_mediation(path):
    w = Word()
    w.title("淄博市中级人民法院\n家事审判与未成年人保护工作一季度进展", size=18)
    w.para()
    w.body("一、家事案件调解联盟建设。联合市妇联、市司法局制定家事案件调解联盟工作规则，"
           "吸纳特邀家事调解员42名。")
    w.body("二、家事调解成效。一季度全市法院受理婚姻家庭纠纷1,186件，诉前调解成功413件，"
           "调解成功率34.8%。")
    w.body("三、未成年人权益保护。发出家庭教育指导令17份，开展“法官进校园”活动25场。")
    sign_off(w, "淄博市中级人民法院", "2024年4月8日", blank=1)
    w.save(path)
    return Truth({})


@ret("i24", "市检察院", "2024Q2", "label-value-narrative-form", "docx", batch=B)
def jc_q2_form(path):
    w = Word()
    w.title("办实事项目进展填报单", size=18)
    progress = ("上半年办理涉未成年人案件监督事项56件，开展强制报告制度落实专项检查，"
                "会同市法院推进家事案件调解联盟建设。")
    problems = "强制报告线索来源较为单一。"
    plans = "联合教育、卫健部门开展强制报告培训。"
    w.table([["填报单位", "淄博市人民检察院"], ["报告期", "2024年1-6月"],
             ["项目", "实施“阳光成长”青少年身心健康护航行动"],
             ["进展情况", progress], ["存在问题", problems], ["下步打算", plans]],
            widths=[4, 12], header_rows=0)
    w.save(path)
    return Truth({}, {"8": {"progress": progress, "problems": problems, "plans": plans}})


@ret("i25", "市检察院", "2024Q4", "legal-year-prose", "image", batch=B)
def jc_q4_photo(path):
    w = Word()
    w.title("市检察院2024年全年未成年人检察工作情况", size=18)
    w.para()
    w.body("全年依法惩治侵害未成年人犯罪，落实“一站式”询问救助机制，推进家事案件调解联盟建设，"
           "开展“检察护航·法治进校园”宣讲120场。")
    w.para()
    w.para("淄博市人民检察院　", align="right")
    w.para("2024年12月31日　", align="right")
    w.save(path)
    return Truth({})


# ---------------------------------------------------------------- 市文化和旅游局 / 市科协

@ret("i26", "市文化和旅游局", "2024Q2", "notice-wording-quoted", "doc", batch=B)
def wl_q2_quoted(path):
    U, Q = "市文化和旅游局", "2024Q2"
    w = Word()
    w.title("市文化和旅游局办实事任务落实情况（二季度）", size=18)
    w.body("通知要求：“开展戏曲进校园演出及课程辅导200场”。")
    w.body(f"落实情况：截至6月底，累计开展戏曲进校园演出及课程辅导{n(U, '9.1', Q)}场，"
           "覆盖中小学58所。")
    w.para()
    w.para("淄博市文化和旅游局", align="right")
    w.para("2024年7月3日", align="right")
    w.save(path)
    return Truth({"9.1": cum(U, "9.1", Q)})


@ret("i27", "市文化和旅游局", "2024Q4", "component-breakdown-total", "docx", batch=B)
def wl_q4_parts(path):
    U, Q = "市文化和旅游局", "2024Q4"
    total = n(U, "9.1", Q)
    w = Word()
    w.title("2024年戏曲进校园完成情况", size=18)
    w.para("填报单位：市文化和旅游局　　统计期：全年", size=12)
    w.table([["类别", "场次", "备注"], ["戏曲进校园演出", "150", "五音戏、京剧等"],
             ["戏曲课程辅导", str(total - 150), "进课堂辅导"], ["合计", str(total), "完成年度目标"]],
            widths=[6, 3, 6])
    w.save(path)
    return Truth({"9.1": cum(U, "9.1", Q)})


@ret("i28", "市科协", "2024Q3", "indicator-unit-quarter-form", "xlsx", batch=B)
def kx_q3_form(path):
    U, Q = "市科协", "2024Q3"
    s = Sheet(title="Sheet1")
    s.line("市科协2024年“润童心”科普项目分季度完成情况", 8, size=14, bold=True, align="center")
    head = ["指标名称", "计量单位", "年度目标", "一季度", "二季度", "三季度", "四季度", "合计"]
    rows = [head]
    for ind, name in (("9.2", "科普大篷车巡展"), ("9.3", "青少年“蒲公英”科普大讲堂")):
        q = [cum(U, ind, p) for p in ("2024Q1", "2024Q2", "2024Q3")]
        rows.append([name, "场", {"9.2": 30, "9.3": 40}[ind], int(q[0]), int(q[1] - q[0]),
                     int(q[2] - q[1]), None, int(q[2])])
    s.table(rows, widths=[26, 8, 9, 8, 8, 8, 8, 9])
    s.line("填报单位：淄博市科学技术协会　截至9月末", 8, size=10)
    s.save(path)
    return Truth({"9.2": cum(U, "9.2", Q), "9.3": cum(U, "9.3", Q)})


@ret("i29", "市科协", "2024Q1", "notice-wording-quoted", "pdf-scan", batch=B)
def kx_q1_scan(path):
    U, Q = "市科协", "2024Q1"
    w = Word()
    w.title("市科协一季度科普项目进展", size=18)
    w.body("任务一：“开展科普大篷车巡展30场”。")
    w.body(f"完成：一季度巡展{n(U, '9.2', Q)}场。")
    w.body("任务二：“举办青少年‘蒲公英’科普大讲堂40场”。")
    w.body(f"完成：一季度举办{n(U, '9.3', Q)}场。")
    sign_off(w, "淄博市科学技术协会", "2024年4月2日", blank=1)
    w.save(path)
    return Truth({"9.2": cum(U, "9.2", Q), "9.3": cum(U, "9.3", Q)})


# ---------------------------------------------------------------- 市民政局 / 市残联

@ret("i30", "市民政局", "2024Q3", "responsible-section-column", "pdf-text", batch=B)
def mz_q3_sections(path):
    w = Word(landscape=True)
    w.title("市民政局三季度特殊困难儿童关爱项目推进表", size=18)
    w.table([["序号", "工作事项", "推进情况", "责任科室"],
             ["1", "孤困儿童就学资助", "秋季学期资助对象认定完成，享受民政保障的孤困儿童就学资助覆盖率100%", "儿童福利科"],
             ["2", "“爱心妈妈”结对帮扶", "持续开展结对帮扶和走访探视", "儿童福利科"],
             ["3", "儿童主任培训", "组织区县儿童主任培训3场", "社会事务科"]], widths=[2, 6, 12, 4])
    w.para()
    w.para("淄博市民政局　2024年10月8日", align="right")
    w.save(path)
    return Truth({"10.1": 100})


@ret("i31", "市残联", "2024Q4", "category-rows-total", "doc", batch=B)
def cl_q4_categories(path):
    U, Q = "市残联", "2024Q4"
    total = n(U, "10.2", Q)
    cats = [("视力残疾", 96), ("听力言语残疾", 412), ("肢体残疾", 538), ("智力残疾", 380),
            ("孤独症", total - 96 - 412 - 538 - 380)]
    w = Word()
    w.title("2024年残疾儿童康复救助分类统计", size=18)
    w.para("填报单位：淄博市残疾人联合会　　时间：2024年12月", size=12)
    rows = [["残疾类别", "救助人数（名）"]] + [[a, str(b)] for a, b in cats] + [["合计", comma(total)]]
    w.table(rows, widths=[6, 5])
    w.save(path)
    return Truth({"10.2": cum(U, "10.2", Q)})


@ret("i32", "市残联", "2024Q3", "cumulative-with-prior-and-new", "xlsx", batch=B)
def cl_q3_prior_new(path):
    U, Q = "市残联", "2024Q3"
    s = Sheet(title="康复救助")
    s.line("残疾儿童康复救助进度（三季度）", 6, size=14, bold=True, align="center")
    s.cells(["市残联康复部"])
    c, p = n(U, "10.2", Q), int(cum(U, "10.2", "2024Q2"))
    s.table([["指标", "年度目标", "上季度末累计", "本季度新增", "截至本季度末累计", "完成率"],
             ["残疾儿童康复救助（名）", "约2000", p, c - p, c, c / 2000]],
            number_formats={(1, 5): "0.0%"}, widths=[24, 10, 14, 12, 18, 10])
    s.save(path)
    return Truth({"10.2": cum(U, "10.2", Q)})


WORDING.update({
    "i01": (("title",), "截至3月底"),
    "i02": (("title", "fill-line"), "全年"),
    "i03": (("title",), "一季度"),
    "i04": (("fill-line", "sign-off"), "截至2024年6月末"),
    "i05": (("fill-line",), "全年"),
    "i06": (("title",), "截至3月末"),
    "i07": (("title", "sign-off"), "上半年"),
    "i08": (("title", "sign-off", "seal"), "全年"),
    "i09": (("sign-off",), "二季度"),
    "i10": (("title", "fill-line"), "2024年"),
    "i11": (("title", "sign-off"), "上半年"),
    "i12": (("title", "fill-line"), "1-12月"),
    "i13": (("title",), "1至9月"),
    "i14": (("title", "sign-off"), "1至3月"),
    "i15": (("fill-line",), "1至3月"),
    "i16": (("title", "sign-off"), "三季度"),
    "i17": (("fill-line",), "截至二季度末"),
    "i18": (("title", "sign-off", "seal"), "全年"),
    "i19": (("fill-line",), "全年"),
    "i20": (("title", "sign-off"), "第一季度"),
    "i21": (("title", "sign-off"), "一季度"),
    "i22": (("title",), "全年"),
    "i23": (("title", "sign-off"), "一季度"),
    "i24": (("table-cell",), "2024年1-6月"),
    "i25": (("title", "sign-off", "seal"), "全年"),
    "i26": (("title", "sign-off"), "二季度"),
    "i27": (("title", "fill-line"), "全年"),
    "i28": (("title", "fill-line"), "截至9月末"),
    "i29": (("title", "sign-off", "seal"), "一季度"),
    "i30": (("title", "sign-off"), "三季度"),
    "i31": (("fill-line",), "date-line"),
    "i32": (("fill-line",), "三季度"),
})
