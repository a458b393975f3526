"""Returns typed into Excel workbooks."""
from __future__ import annotations

from samples.holdout.corpus import Truth, ret
from samples.holdout.ledger import cum, n
from samples.holdout.numerals import cn, comma, full
from samples.holdout.xlkit import Sheet

DISTRICTS = ("张店区", "淄川区", "博山区", "周村区", "临淄区", "桓台县", "高青县", "沂源县",
             "高新区", "经济开发区", "文昌湖区")


@ret("h32", "市教育局", "2024Q1", "workbook-title-info-note", "xlsx")
def jy_q1(path):
    U, Q = "市教育局", "2024Q1"
    s = Sheet(title="一季度")
    s.line("2024年第一季度为全市妇女儿童办实事工作进展情况表", 7, size=16, bold=True, align="center", height=30)
    s.cells(["填报单位：淄博市教育局（盖章）", None, None, "填报人：孙明", None, "联系电话：2181023"])
    rows = [["序号", "项目", "指标", "全年任务", "累计完成数", "进度", "备注"],
            ["一、", "教育资源扩增优化工程", "新改扩建中小学", "4所", "1所", "25%", "淄川区第二中学改扩建工程竣工"],
            ["", "", "新改扩建幼儿园", "10所", f"{n(U, '1.2', Q)}所", "20%", ""],
            ["", "", "智慧教育应用场景", "10个", f"{n(U, '1.3', Q)}个", "10%", ""],
            ["二、", "家庭教育指导服务行动", "家庭教育巡讲", "—", f"{n(U, '4.1', Q)}场", "—", "学校家长会同步开展"],
            ["三、", "青少年身心健康护航行动", "心理健康科普知识宣传", "200场", f"{n(U, '8.1', Q)}场", "23%", ""],
            ["", "", "安全防范建设“4个100%”", "100%", 1, "—", "稳定达标"]]
    s.table(rows, merges=[(1, 0, 3, 0), (1, 1, 3, 1), (5, 0, 6, 0), (5, 1, 6, 1)],
            widths=[6, 20, 22, 10, 12, 8, 26], number_formats={(6, 4): "0%"})
    s.line("注：累计完成数为年初至本季度末的累计数。", 7, size=10)
    s.save(path)
    return Truth({"1.1": 1, "1.2": cum(U, "1.2", Q), "1.3": cum(U, "1.3", Q), "4.1": cum(U, "4.1", Q),
                  "8.1": cum(U, "8.1", Q), "8.2": 100})


@ret("h33", "市人力资源社会保障局", "2024Q2", "district-rows-with-total", "xlsx")
def rs_q2(path):
    U, Q = "市人力资源社会保障局", "2024Q2"
    s = Sheet(title="家政培训")
    s.line("巾帼促就业计划分区县推进情况（截至2024年6月30日）", 4, size=14, bold=True, align="center")
    s.line("报送单位：市人社局职业能力建设科", 4, size=10)
    train = (352, 196, 141, 158, 214, 170, 118, 126, 139, 92, 74)
    fairs = (4, 3, 2, 2, 3, 2, 2, 2, 2, 2, 1)
    assert sum(train) == n(U, "2.1", Q) and sum(fairs) == n(U, "2.2", Q)
    rows = [["区县", "家政从业人员培训（人次）", "女性就业专场招聘（场）", "备注"]]
    rows += [[d, t, f, ""] for d, t, f in zip(DISTRICTS, train, fairs)]
    rows.append(["合计", sum(train), sum(fairs), "年度培训目标5000人次"])
    s.table(rows, widths=[14, 24, 24, 22])
    s.save(path)
    return Truth({"2.1": cum(U, "2.1", Q), "2.2": cum(U, "2.2", Q)})


@ret("h34", "市商务局", "2024Q4", "workbook-title-info-note", "xlsx")
def sw_q4(path):
    U, Q = "市商务局", "2024Q4"
    s = Sheet(title="Sheet1")
    s.line("市商务局2024年家政职业技能培训完成情况", 5, size=15, bold=True, align="center")
    s.cells(["填报单位：市商务局服务贸易科", None, "填报人：高鹏", "电话：3189052", "日期：2024.12.26"])
    progress = f"全年依托家政企业开展家政从业人员培训{comma(n(U, '2.1', Q))}人次，培育家政领跑者企业5家。"
    s.table([["项目", "目标任务", "完成情况", "存在问题", "下步打算"],
             ["实施巾帼促就业计划（家政培训）", "配合完成全市培训5000人次以上", progress,
              "小型家政企业培训积极性不高。", "推进家政服务员持证上岗。"]],
            widths=[26, 24, 40, 24, 22])
    s.line("备注：本表仅填报商务部门承担部分。", 5, size=10)
    s.save(path)
    return Truth({"2.1": cum(U, "2.1", Q)},
                 {"2": {"progress": progress, "problems": "小型家政企业培训积极性不高。",
                        "plans": "推进家政服务员持证上岗。"}})


@ret("h35", "市妇联", "2024Q2", "all-projects-responsible-column", "xlsx")
def fl_q2(path):
    U, Q = "市妇联", "2024Q2"
    s = Sheet(title="进展情况")
    s.line("2024年为全市妇女儿童办实事工作进展情况表", 6, size=16, bold=True, align="center")
    s.line("填报单位：淄博市妇女联合会　　　　　　　　　　　　　　时间：2024年上半年", 6, size=11)
    p2 = f"举办女性专场招聘{n(U, '2.2', Q)}场；开展巾帼家政培训{n(U, '2.1', Q)}人次。"
    p4 = (f"开展家庭教育巡讲{n(U, '4.1', Q)}场；各区县培训家庭教育骨干{n(U, '4.2', Q)}人；"
          "“淄博好爸妈”网上平台上线。")
    p5 = f"举办单身青年联谊活动{cn(n(U, '5.1', Q))}场。"
    p6 = f"试点打造儿童友好共建联盟{n(U, '6.1', Q)}个。"
    rows = [["序号", "项目", "责任单位", "进展情况", "存在问题", "下步打算"],
            [1, "实施教育资源扩增优化工程", "市教育局", "", "", ""],
            [2, "实施巾帼促就业计划", "市人力资源社会保障局、市妇联、市商务局", p2, "", ""],
            [3, "实施适龄妇女“两癌”免费检查和救助行动", "市卫生健康委、市妇联", "配合卫健部门做好宣传动员。", "", ""],
            [4, "实施家庭教育指导服务行动", "市妇联、市教育局", p4, "", ""],
            [5, "实施新型婚育文化培育行动", "市妇联、团市委、市医保局", p5, "", ""],
            [6, "实施儿童友好城市建设促进行动", "市妇联、市交通运输局", p6, "", ""],
            [7, "实施普惠托育服务提质行动", "市卫生健康委、市总工会", "", "", ""],
            [8, "实施“阳光成长”青少年身心健康护航行动", "市教育局、市卫生健康委、市公安局、市法院、市检察院", "", "", ""],
            [9, "实施“润童心”儿童素养提升工程", "市文化和旅游局、市科协", "", "", ""],
            [10, "实施特殊困难儿童关爱项目", "市民政局、市残联、市妇联、团市委", "“爱心妈妈”结对帮扶持续推进。", "", ""]]
    s.table(rows, widths=[6, 30, 30, 44, 12, 12])
    s.save(path)
    vals = {i: cum(U, i, Q) for i in ("2.1", "2.2", "4.1", "4.2", "5.1", "6.1")}
    return Truth(vals, {"2": {"progress": p2}, "4": {"progress": p4}, "5": {"progress": p5},
                        "6": {"progress": p6}})


@ret("h36", "市卫生健康委", "2024Q4", "workbook-title-info-note", "xlsx")
def wj_q4(path):
    U, Q = "市卫生健康委", "2024Q4"
    s = Sheet(title="全年")
    s.line("市卫生健康委2024年为全市妇女儿童办实事项目完成情况", 5, size=15, bold=True, align="center")
    s.cells(["填报单位：市卫生健康委", None, "联系人：刘静", "联系电话：13806437712"])
    rows = [["项目", "目标任务", "截至12月底完成", "完成率", "备注"],
            ["适龄妇女“两癌”筛查率", "≥90%", cum(U, "3.1", Q) / 100, "达标", "累计筛查28.5万人"],
            ["“两癌”患病妇女救助", "全覆盖", "全覆盖", "—", "救助患病妇女186人"],
            ["市级婴幼儿照护服务示范区县", "5个左右", n(U, "7.1", Q), "100%", ""],
            ["市级示范托育机构", "不少于10家", n(U, "7.2", Q), "110%", ""],
            ["心理健康科普知识宣传", "—", n(U, "8.1", Q), "—", "与教育部门联合开展"]]
    s.table(rows, widths=[30, 14, 16, 10, 24], number_formats={(1, 2): "0.0%"})
    s.line("说明：完成数为全年累计数。", 5, size=10)
    s.save(path)
    return Truth({"3.1": cum(U, "3.1", Q), "3.2": 100, "7.1": cum(U, "7.1", Q),
                  "7.2": cum(U, "7.2", Q), "8.1": cum(U, "8.1", Q)})


@ret("h37", "市交通运输局", "2024Q2", "quarter-in-date-line", "xlsx")
def jt_q2(path):
    U, Q = "市交通运输局", "2024Q2"
    s = Sheet(title="定制公交")
    s.line("“定制公交”助学专线开通情况", 5, size=15, bold=True, align="center")
    rows = [["线路名称", "开通时间", "服务学校", "日均客流（人次）", "备注"],
            ["助学专线1号线", "2024年3月4日", "张店区齐盛小学", 260, ""],
            ["助学专线2号线", "2024年3月11日", "临淄区金山中学", 220, ""],
            ["助学专线3号线", "2024年5月6日", "周村区新建中学", 180, ""],
            ["助学专线4号线", "2024年6月3日", "淄川区般阳中学", 150, ""],
            ["合计", "", "", 810, f"已开通{n(U, '6.2', Q)}条，完成全年任务"]]
    s.table(rows, widths=[18, 16, 20, 16, 26])
    s.skip()
    s.cells([None, None, None, "淄博市交通运输局"])
    s.cells([None, None, None, "2024年6月27日"])
    s.save(path)
    return Truth({"6.2": cum(U, "6.2", Q)})


@ret("h38", "市总工会", "2024Q1", "workbook-title-info-note", "xlsx")
def gh_q1(path):
    U, Q = "市总工会", "2024Q1"
    s = Sheet(title="Sheet1")
    s.line("淄博市总工会为全市妇女儿童办实事工作进展情况（一季度）", 4, size=14, bold=True, align="center")
    s.cells(["填报单位：市总工会女职工部", None, "联系电话：２２７１４０６"])
    progress = (f"寒假期间在张店、临淄、桓台等区县开办职工子女托管班{full(n(U, '7.3', Q))}个班次，"
                "服务职工子女４６０名。")
    s.table([["项目名称", "进展情况", "存在问题", "下一步打算"],
             ["实施普惠托育服务提质行动（职工子女托管）", progress, "场地不足。", "筹备暑期托管班。"]],
            widths=[28, 46, 16, 20])
    s.save(path)
    return Truth({"7.3": cum(U, "7.3", Q)},
                 {"7": {"progress": progress, "problems": "场地不足。", "plans": "筹备暑期托管班。"}})


@ret("h39", "市检察院", "2024Q3", "workbook-title-info-note", "xlsx")
def jc_q3(path):
    s = Sheet(title="Sheet1")
    s.line("淄博市人民检察院2024年第三季度为妇女儿童办实事工作进展情况", 4, size=14, bold=True, align="center")
    s.cells(["填报单位：市人民检察院第九检察部", None, "填报人：韩雪"])
    progress = ("开展“法治进校园”巡讲46场，覆盖学生3.1万人；办理未成年人保护公益诉讼案件12件，"
                "发出督促监护令37份。")
    s.table([["项目名称", "工作进展", "存在问题", "下步计划"],
             ["实施“阳光成长”青少年身心健康护航行动（未成年人综合司法保护）", progress,
              "无", "持续落实强制报告制度。"]], widths=[30, 46, 10, 22])
    s.line("注：本院承担任务无量化指标。", 4, size=10)
    s.save(path)
    return Truth({}, {"8": {"progress": progress, "problems": "无", "plans": "持续落实强制报告制度。"}})


@ret("h40", "市科协", "2024Q2", "seq-numbered-table", "xlsx")
def kx_q2(path):
    U, Q = "市科协", "2024Q2"
    s = Sheet(title="上半年")
    s.line("市科协为全市妇女儿童办实事进展情况表", 5, size=14, bold=True, align="center")
    s.line("截至2024年6月30日", 5, size=11, align="right")
    rows = [["序号", "任务", "目标任务", "截至目前完成", "备注"],
            ["1.", "科普大篷车巡展", "30场", f"{n(U, '9.2', Q)}场（二季度新增8场）", ""],
            ["2.", "青少年“蒲公英”科普大讲堂", "40场", f"{cn(n(U, '9.3', Q))}场", "其中线上3场"]]
    s.table(rows, widths=[8, 30, 12, 26, 14])
    s.save(path)
    return Truth({"9.2": cum(U, "9.2", Q), "9.3": cum(U, "9.3", Q)})


@ret("h41", "市文化和旅游局", "2024Q4", "district-rows-with-total", "xlsx")
def wl_q4(path):
    U, Q = "市文化和旅游局", "2024Q4"
    s = Sheet(title="戏曲进校园")
    s.line("2024年“戏曲进校园”开展情况统计表（全年）", 4, size=14, bold=True, align="center")
    s.cells(["填报单位：市文化和旅游局艺术科"])
    shows = (36, 22, 20, 18, 24, 19, 14, 17, 13, 12, 8)
    assert sum(shows) == n(U, "9.1", Q)
    rows = [["区县", "演出及课程辅导（场）", "受益师生（人次）", "备注"]]
    rows += [[d, k, k * 210, ""] for d, k in zip(DISTRICTS, shows)]
    rows.append(["合计", sum(shows), sum(shows) * 210, "年度目标200场"])
    s.table(rows, widths=[14, 22, 20, 16])
    s.save(path)
    return Truth({"9.1": cum(U, "9.1", Q)})


@ret("h42", "市医保局", "2024Q2", "workbook-title-info-note", "xlsx")
def yb_q2(path):
    s = Sheet(title="Sheet1")
    s.line("市医保局为全市妇女儿童办实事工作进展情况表", 4, size=14, bold=True, align="center")
    s.cells(["填报单位：淄博市医疗保障局", None, "截止日期：2024年6月30日"])
    progress = "职工医保参保人员（含灵活就业人员）住院分娩政策范围内医疗费用报销比例100%，上半年报销6,410人次、3,655万元。"
    s.table([["项目", "进展情况", "存在问题", "下步计划"],
             ["实施新型婚育文化培育行动（提高职工生育医疗费报销标准）", progress, "无", "继续做好待遇保障。"]],
            widths=[30, 50, 10, 20])
    s.save(path)
    return Truth({"5.2": 100}, {"5": {"progress": progress, "problems": "无", "plans": "继续做好待遇保障。"}})
