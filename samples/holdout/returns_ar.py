"""Batch 40: native returns (Word, .doc, Excel, text PDF) from offices nobody has seen, written by
a new author in session 4 without reading app/, parsers/ or any other batch. Please do not
read this file while changing app/extraction/."""
from __future__ import annotations

B = 40

from samples.holdout.corpus import QNAME, Truth, attachment_head, ret, sign_off
from samples.holdout.docxkit import HEI, Word
from samples.holdout.ledger_ar import fig, n, prev, split
from samples.holdout.numerals import cn, comma, full
from samples.holdout.seal import seal_png
from samples.holdout.wording import WORDING
from samples.holdout.xlkit import Sheet

TT = "2024年为全市妇女儿童办实事工作进展情况表"
DISTRICTS = ["张店区", "淄川区", "博山区", "周村区", "临淄区", "桓台县", "高青县", "沂源县",
             "高新区", "经济开发区", "文昌湖区"]
W11 = [16, 12, 8, 9, 12, 9, 7, 9, 8, 5, 4]


def _heights(sh: Sheet, top: int, rows: int, h: float) -> None:
    for r in range(top, top + rows):
        sh.ws.row_dimensions[r].height = h


# ---------------------------------------------------------------- 市教育局

@ret("ar01", "市教育局", "2024Q1", "report-with-attachment", "docx", batch=B)
def jy_q1(path):
    U, Q = "市教育局", "2024Q1"
    w = Word()
    w.title("淄博市教育局\n关于2024年一季度为妇女儿童办实事\n进展情况的报告")
    w.para()
    w.para("市妇儿工委办公室：")
    w.body("按照淄政办字〔2024〕13号文件要求，现将我局承担的2024年为全市妇女儿童办实事项目一季度"
           "推进情况报告如下。")
    w.heading("一、教育资源扩增优化")
    w.body(f"年度计划新改扩建的4所中小学均已完成立项，其中2所进入施工招标阶段，目前尚无竣工项目；"
           f"新改扩建幼儿园已完工{cn(n(U, '1.2', Q))}所（淄川区般阳幼儿园、临淄区稷下幼儿园），"
           f"打造智慧教育应用场景{n(U, '1.3', Q)}个。")
    w.heading("二、家庭教育指导")
    w.body(f"依托各级家长学校开展家庭教育巡讲{n(U, '4.1', Q)}场，线上线下参与家长2.1万人次。")
    w.heading("三、青少年身心健康护航")
    w.body(f"组织开展心理健康科普知识宣传{n(U, '8.1', Q)}场；开学前对全市中小学幼儿园安全防范建设"
           "进行拉网式排查，“4个100%”达标率100%。")
    w.para("附件：2024年一季度为妇女儿童办实事进展情况表", indent=True)
    sign_off(w, "淄博市教育局", "2024年4月7日")
    attachment_head(w, "2024年一季度为妇女儿童办实事进展情况表")
    rows = [["项目", "指标", "年度目标", "截至3月底完成", "备注"],
            ["教育资源扩增优化工程", "新改扩建中小学（所）", "4", "0", "4所均已立项"],
            ["", "新改扩建幼儿园（所）", "10", str(n(U, "1.2", Q)), ""],
            ["", "智慧教育应用场景（个）", "10", str(n(U, "1.3", Q)), ""],
            ["家庭教育指导服务行动", "家庭教育巡讲（场）", "—", str(n(U, "4.1", Q)), "与市妇联共同推进"],
            ["“阳光成长”护航行动", "心理健康科普宣传（场）", "200", str(n(U, "8.1", Q)), ""],
            ["", "“4个100%”达标率", "100%", "100%", ""]]
    w.table(rows, merges=[(1, 0, 3, 0), (5, 0, 6, 0)], widths=[5.5, 6, 3, 3.5, 5])
    w.para()
    w.para("填表人：刘倩　　审核人：周建国　　联系电话：2181106", size=12)
    w.save(path)
    return Truth({"1.1": 0, "1.2": fig(U, "1.2", Q), "1.3": fig(U, "1.3", Q), "4.1": fig(U, "4.1", Q),
                  "8.1": fig(U, "8.1", Q), "8.2": 100})


@ret("ar02", "市教育局", "2024Q3", "district-rows-total", "xlsx", batch=B)
def jy_q3(path):
    U, Q = "市教育局", "2024Q3"
    sh = Sheet(title="分区县")
    sh.line("2024年1-9月为妇女儿童办实事（教育部分）分区县进展统计表", 6, size=14, bold=True, align="center",
            height=28)
    sh.cells(["填报单位：市教育局基础教育科", "", "", "", "统计截至：2024年9月30日"])
    t11 = split(n(U, "1.1", Q), [0, 1, 0, 0, 1, 0, 0, 0, 1, 0, 0])
    t12 = split(n(U, "1.2", Q), [2, 1, 0, 1, 1, 1, 1, 1, 0, 0, 0])
    t13 = split(n(U, "1.3", Q), [2, 1, 1, 1, 1, 1, 0, 0, 1, 0, 0])
    t81 = split(n(U, "8.1", Q), W11)
    rows = [["区县", "新改扩建中小学（所）", "新改扩建幼儿园（所）", "智慧教育应用场景（个）",
             "心理健康科普宣传（场）", "备注"]]
    for k, d in enumerate(DISTRICTS):
        rows.append([d, t11[k], t12[k], t13[k], t81[k], ""])
    rows.append(["合计", sum(t11), sum(t12), sum(t13), sum(t81), "“4个100%”达标率100%"])
    sh.table(rows, widths=[12, 14, 14, 14, 14, 22])
    sh.skip()
    sh.line("说明：数据为1-9月累计数，学校、幼儿园以竣工验收为准。", 6, size=10)
    sh.save(path)
    return Truth({"1.1": fig(U, "1.1", Q), "1.2": fig(U, "1.2", Q), "1.3": fig(U, "1.3", Q),
                  "8.1": fig(U, "8.1", Q), "8.2": 100})


# ---------------------------------------------------------------- 市人力资源社会保障局

@ret("ar03", "市人力资源社会保障局", "2024Q2", "report-prose-only", "doc", batch=B)
def rs_q2(path):
    U, Q = "市人力资源社会保障局", "2024Q2"
    w = Word()
    w.header("淄博市人力资源和社会保障局")
    w.title("巾帼促就业计划上半年工作进展情况")
    w.para()
    w.body("今年以来，我局聚焦女性就业需求，扎实推进巾帼促就业计划，上半年进展情况如下：")
    w.runs([("一、招聘服务扎实开展。", "b"),
            (f"依托“春风行动”“民营企业招聘月”等平台，1-6月累计举办女性就业专场招聘活动{n(U, '2.2', Q)}场，"
             "参会企业1,120家次，提供适合女性的岗位8,400余个。", "")])
    w.runs([("二、家政培训提速扩面。", "b"),
            (f"上半年全市累计培训家政从业人员{comma(n(U, '2.1', Q))}人次，完成年度任务的32.4%，"
             "其中二季度培训1,080人次。", "")])
    w.runs([("三、下步工作。", "b"),
            ("暑期集中开展高校女毕业生就业指导，三季度启动养老护理员专项培训。", "")])
    sign_off(w, "市人力资源社会保障局", "2024年7月5日")
    w.save(path)
    return Truth({"2.1": fig(U, "2.1", Q), "2.2": fig(U, "2.2", Q)})


@ret("ar04", "市人力资源社会保障局", "2024Q4", "bare-table", "xlsx", batch=B)
def rs_q4(path):
    U, Q = "市人力资源社会保障局", "2024Q4"
    sh = Sheet(title="2024年度")
    sh.line("附件", 6, size=12)
    sh.line(TT, 6, size=16, bold=True, align="center", height=30)
    sh.cells(["报送单位：淄博市人力资源和社会保障局", "", "", "", "", "2024年12月26日"])
    prog = (f"全年举办女性就业专场招聘活动{n(U, '2.2', Q)}场；培训家政从业人员{n(U, '2.1', Q)}人次，"
            "完成年度目标的93.6%。")
    prob = "家政从业人员年龄偏大，参训积极性不高。"
    plan = "2025年推行“订单式”家政培训。"
    rows = [["序号", "项目名称", "年度目标", "进展情况", "存在问题", "下步打算"],
            [1, "实施巾帼促就业计划", "培训家政从业人员5000人次以上", prog, prob, plan]]
    top = sh.table(rows, widths=[6, 16, 18, 40, 20, 20])
    _heights(sh, top + 1, 1, 90)
    sh.save(path)
    return Truth({"2.1": fig(U, "2.1", Q), "2.2": fig(U, "2.2", Q)},
                 {"2": {"progress": prog, "problems": prob, "plans": plan}})


# ---------------------------------------------------------------- 市妇联

@ret("ar05", "市妇联", "2024Q1", "multi-project-indicator-rows", "xlsx", batch=B)
def fl_q1(path):
    U, Q = "市妇联", "2024Q1"
    sh = Sheet(title="一季度")
    sh.line("市妇联牵头及参与实事项目一季度进展情况", 7, size=14, bold=True, align="center", height=26)
    sh.cells(["填报单位：淄博市妇女联合会", "", "", "", "填报人：张丽", "", "电话：3160331"])
    rows = [["项目", "具体指标", "单位", "年度目标", "一季度完成", "累计完成", "备注"],
            ["巾帼促就业计划", "家政从业人员培训", "人次", "5000（全市）", n(U, "2.1", Q), n(U, "2.1", Q), "妇联系统培训数"],
            ["", "女性就业专场招聘", "场", "", n(U, "2.2", Q), n(U, "2.2", Q), ""],
            ["家庭教育指导服务行动", "家庭教育巡讲", "场", 1000, n(U, "4.1", Q), n(U, "4.1", Q), ""],
            ["", "培训家庭教育骨干", "人", 550, n(U, "4.2", Q), n(U, "4.2", Q), ""],
            ["新型婚育文化培育行动", "单身青年联谊活动", "场", 10, n(U, "5.1", Q), n(U, "5.1", Q), "“缘来在淄博”"],
            ["儿童友好城市建设促进行动", "儿童友好共建联盟", "个", 8, 0, 0, "正在遴选试点"]]
    sh.table(rows, merges=[(1, 0, 2, 0), (3, 0, 4, 0)], widths=[22, 18, 7, 12, 11, 11, 16])
    sh.skip()
    sh.line("注：“淄博好爸妈”网上家庭教育平台已完成需求调研。", 7, size=10)
    sh.save(path)
    return Truth({i: fig(U, i, Q) for i in ("2.1", "2.2", "4.1", "4.2", "5.1")} | {"6.1": 0})


@ret("ar06", "市妇联", "2024Q3", "report-with-attachment", "docx", batch=B)
def fl_q3(path):
    U, Q = "市妇联", "2024Q3"
    w = Word()
    w.title("关于2024年前三季度为全市妇女儿童办实事\n工作进展情况的报告")
    w.para()
    w.para("市妇儿工委办公室：")
    w.body("今年以来，市妇联认真履行牵头和参与职责，现将前三季度办实事工作进展报告如下。")
    w.heading("一、巾帼促就业")
    w.body(f"举办女性就业专场招聘活动{n(U, '2.2', Q)}场，妇联系统培训家政从业人员{n(U, '2.1', Q)}人次。")
    w.heading("二、家庭教育指导服务")
    w.body(f"“家庭共成长”千场巡讲累计开展{n(U, '4.1', Q)}场，培训家庭教育骨干{n(U, '4.2', Q)}人，"
           "“淄博好爸妈”网上平台于6月1日正式上线。")
    w.heading("三、新型婚育文化和儿童友好")
    w.body(f"举办单身青年联谊活动{cn(n(U, '5.1', Q))}场；试点打造儿童友好共建联盟{n(U, '6.1', Q)}个。")
    w.para("附件：进展情况表", indent=True)
    sign_off(w, "淄博市妇女联合会", "2024年10月8日")
    attachment_head(w, TT)
    w.para("填报单位：市妇联（盖章）", size=12)
    rows = [["序号", "项目", "指标", "目标", "1-9月累计", "完成比例"],
            ["1", "巾帼促就业计划", "培训家政从业人员", "5000人次（全市）", f"{n(U, '2.1', Q)}人次", "—"],
            ["2", "", "女性就业专场招聘", "—", f"{n(U, '2.2', Q)}场", "—"],
            ["3", "家庭教育指导服务行动", "家庭教育巡讲", "1000场", f"{n(U, '4.1', Q)}场", "79%"],
            ["4", "", "培训家庭教育骨干", "550人", f"{n(U, '4.2', Q)}人", "78.2%"],
            ["5", "新型婚育文化培育行动", "单身青年联谊活动", "10场", f"{n(U, '5.1', Q)}场", "80%"],
            ["6", "儿童友好城市建设促进行动", "儿童友好共建联盟", "8个", f"{n(U, '6.1', Q)}个", "62.5%"]]
    w.table(rows, merges=[(1, 1, 2, 1), (3, 1, 4, 1)], widths=[1.5, 6, 5.5, 4, 4, 3])
    w.para()
    w.picture(seal_png("淄博市妇女联合会", seed=40), width_cm=4.0)
    w.save(path)
    return Truth({i: fig(U, i, Q) for i in ("2.1", "2.2", "4.1", "4.2", "5.1", "6.1")}, seal_picture=True)


@ret("ar30", "市妇联", "2024Q4", "all-projects-responsible-column", "doc", batch=B)
def fl_q4(path):
    U, Q = "市妇联", "2024Q4"
    w = Word(landscape=True)
    w.para("附件", font=HEI, size=16)
    w.title(TT + "\n（第四季度）", size=18)
    w.para("填报单位：淄博市妇女联合会　　　　　　　　　　　　　　　　　　　　　　　　填报日期：2024年12月27日", size=11)
    p2 = f"妇联系统全年培训家政从业人员{n(U, '2.1', Q)}人次，举办女性就业专场招聘{n(U, '2.2', Q)}场。"
    p4 = (f"全年开展家庭教育巡讲{comma(n(U, '4.1', Q))}场，培训家庭教育骨干{n(U, '4.2', Q)}人，"
          "各区县均超过50人；“淄博好爸妈”平台注册用户12.3万人。")
    p5 = f"全年举办单身青年联谊活动{n(U, '5.1', Q)}场，参与青年2,600余人次。"
    p6 = "8个儿童友好共建联盟全部建成；改建市妇女儿童活动中心，建成儿童城市书房6处。"
    p10 = "“爱心妈妈”结对帮扶困境儿童386名，新建“希望小屋”52间。"
    rows = [["序号", "项目名称", "责任单位", "进展情况", "备注"],
            ["1", "实施教育资源扩增优化工程", "市教育局", "", ""],
            ["2", "实施巾帼促就业计划", "市人力资源社会保障局、市妇联、市商务局", p2, ""],
            ["3", "实施适龄妇女“两癌”免费检查和救助行动", "市卫生健康委、市妇联", "配合卫健部门开展宣传动员。", ""],
            ["4", "实施家庭教育指导服务行动", "市妇联、市教育局", p4, ""],
            ["5", "实施新型婚育文化培育行动", "市妇联、团市委、市医保局", p5, ""],
            ["6", "实施儿童友好城市建设促进行动", "市妇联、市交通运输局", p6, ""],
            ["7", "实施普惠托育服务提质行动", "市卫生健康委、市总工会", "", ""],
            ["8", "实施“阳光成长”青少年身心健康护航行动", "市教育局、市卫生健康委、市公安局、市法院、市检察院", "", ""],
            ["9", "实施“润童心”儿童素养提升工程", "市文化和旅游局、市科协", "", ""],
            ["10", "实施特殊困难儿童关爱项目", "市民政局、市残联、市妇联、团市委", p10, ""]]
    w.table(rows, widths=[1.2, 6.5, 5.5, 10.5, 2], size=10)
    w.save(path)
    return Truth({"2.1": fig(U, "2.1", Q), "2.2": fig(U, "2.2", Q), "4.1": fig(U, "4.1", Q),
                  "4.2": fig(U, "4.2", Q), "5.1": fig(U, "5.1", Q), "6.1": 8},
                 {"2": {"progress": p2}, "3": {"progress": "配合卫健部门开展宣传动员。"},
                  "4": {"progress": p4}, "5": {"progress": p5}, "6": {"progress": p6},
                  "10": {"progress": p10}})


# ---------------------------------------------------------------- 市商务局

@ret("ar07", "市商务局", "2024Q3", "bare-table", "pdf-text", batch=B)
def sw_q3(path):
    U, Q = "市商务局", "2024Q3"
    w = Word(landscape=True)
    w.title("家政从业人员培训进展情况（2024年第三季度）", size=18)
    w.para("报送单位：淄博市商务局服务业发展科", size=12)
    prog = (f"依托家政领跑企业开展岗前和“回炉”培训，截至9月底累计培训家政从业人员{comma(n(U, '2.1', Q))}人次，"
            f"其中第三季度{n(U, '2.1', Q) - int(prev(U, '2.1', Q))}人次。")
    prob = "小微家政企业培训组织能力弱。"
    plan = "四季度组织家政服务员技能竞赛。"
    w.table([["任务", "完成情况", "存在问题", "下步打算"],
             ["家政职业技能培训（商务领域）", prog, prob, plan]], widths=[5, 12, 5, 5])
    w.para()
    w.para("联系人：韩冰　　联系电话：2868315", size=12)
    w.para("2024年10月10日", align="right")
    w.save(path)
    return Truth({"2.1": fig(U, "2.1", Q)}, {"2": {"progress": prog, "problems": prob, "plans": plan}})


# ---------------------------------------------------------------- 市卫生健康委

@ret("ar08", "市卫生健康委", "2024Q2", "report-with-attachment", "docx", batch=B)
def wj_q2(path):
    U, Q = "市卫生健康委", "2024Q2"
    w = Word()
    w.title("淄博市卫生健康委员会\n关于上半年为妇女儿童办实事项目进展情况的报告")
    w.para()
    w.para("市妇儿工委办公室：")
    w.body("现将我委牵头和参与的办实事项目上半年进展情况报告如下：")
    w.heading("一、“两癌”免费检查和救助")
    w.body(f"截至6月30日，全市35—64岁适龄妇女“两癌”筛查率{fig(U, '3.1', Q):g}%，符合条件的“两癌”患病妇女"
           "救助覆盖率100%。适龄女孩HPV疫苗首针接种已在各区县全面铺开。")
    w.heading("二、普惠托育服务")
    w.body(f"市级婴幼儿照护服务示范区县创建已完成申报，尚未开展评估认定；已打造市级示范托育机构"
           f"{n(U, '7.2', Q)}家。")
    w.heading("三、心理健康科普")
    w.body(f"各级精神卫生机构开展心理健康科普宣传{n(U, '8.1', Q)}场。")
    sign_off(w, "淄博市卫生健康委员会", "2024年7月4日")
    attachment_head(w, TT)
    rows = [["项目名称", "指标", "目标值", "上半年完成值"],
            ["“两癌”免费检查和救助行动", "适龄妇女“两癌”筛查率", "90%", f"{fig(U, '3.1', Q):g}%"],
            ["", "患病妇女救助覆盖率", "100%", "100%"],
            ["普惠托育服务提质行动", "市级照护服务示范区县", "5个左右", "0"],
            ["", "市级示范托育机构", "10家", f"{n(U, '7.2', Q)}家"],
            ["“阳光成长”护航行动", "心理健康科普宣传", "200场（全市）", f"{n(U, '8.1', Q)}场"]]
    w.table(rows, merges=[(1, 0, 2, 0), (3, 0, 4, 0)], widths=[7, 7, 4, 5])
    w.save(path)
    return Truth({"3.1": fig(U, "3.1", Q), "3.2": 100, "7.1": 0, "7.2": fig(U, "7.2", Q),
                  "8.1": fig(U, "8.1", Q)})


@ret("ar09", "市卫生健康委", "2024Q4", "district-rows-total", "xlsx", batch=B)
def wj_q4(path):
    U, Q = "市卫生健康委", "2024Q4"
    sh = Sheet(title="两癌及托育")
    sh.line("2024年全市“两癌”筛查及托育服务完成情况统计表", 6, size=14, bold=True, align="center", height=28)
    sh.cells(["单位：淄博市卫生健康委员会妇幼健康科", "", "", "", "截至2024年12月20日"])
    rates = [91.8, 90.2, 88.9, 90.7, 92.1, 89.6, 90.4, 88.3, 91.0, 90.1, 89.2]
    t72 = split(n(U, "7.2", Q), [2, 1, 1, 1, 2, 1, 1, 1, 1, 1, 0])
    demo = ["是", "", "", "是", "是", "", "", "", "是", "", "是"]
    rows = [["区县", "“两癌”筛查率（%）", "救助覆盖率（%）", "示范托育机构（家）", "示范区县", "备注"]]
    for k, d in enumerate(DISTRICTS):
        rows.append([d, rates[k], 100, t72[k], demo[k], ""])
    rows.append(["全市", fig(U, "3.1", Q), 100, sum(t72), f"{demo.count('是')}个", ""])
    sh.table(rows, widths=[12, 16, 14, 16, 10, 14],
             number_formats={(r, 1): "0.0" for r in range(1, 13)})
    sh.skip()
    sh.line(f"全年开展心理健康科普宣传{n(U, '8.1', Q)}场。", 6, size=10)
    sh.save(path)
    return Truth({"3.1": fig(U, "3.1", Q), "3.2": 100, "7.1": 5, "7.2": fig(U, "7.2", Q),
                  "8.1": fig(U, "8.1", Q)})


# ---------------------------------------------------------------- 团市委

@ret("ar10", "团市委", "2024Q2", "report-prose-only", "doc", batch=B)
def tw_q2(path):
    U, Q = "团市委", "2024Q2"
    w = Word()
    w.title("共青团淄博市委员会\n关于二季度为妇女儿童办实事工作情况的报告")
    w.para()
    w.para("市妇儿工委办公室：")
    w.body(f"二季度，团市委围绕新型婚育文化培育，结合“5·20”举办“青春有约·缘来淄博”单身青年联谊活动，"
           f"截至目前累计举办{cn(n(U, '5.1', Q), liang=True)}场，参与青年460余人，现场牵手38对。")
    w.body("同时，依托“希望小屋”项目为困境儿童改善学习生活环境，上半年新建“希望小屋”24间。")
    w.body("下一步，将在七夕前后联合市直机关工委举办大型交友联谊活动。")
    sign_off(w, "共青团淄博市委员会", "2024年7月2日")
    w.save(path)
    return Truth({"5.1": fig(U, "5.1", Q)})


@ret("ar11", "团市委", "2024Q4", "bare-table", "pdf-text", made_from="xlsx", batch=B)
def tw_q4(path):
    U, Q = "团市委", "2024Q4"
    sh = Sheet(title="团市委")
    sh.line(TT, 5, size=14, bold=True, align="center", height=26)
    sh.cells(["填报单位：团市委", "", "", "时间：2024年12月"])
    rows = [["项目", "任务", "全年完成", "完成率", "备注"],
            ["新型婚育文化培育", "单身青年联谊活动", f"{n(U, '5.1', Q)}场", "—", "与市妇联联合举办2场"],
            ["特殊困难儿童关爱", "“希望小屋”", "建成41间", "—", ""]]
    sh.table(rows, widths=[20, 20, 14, 10, 22])
    sh.save(path)
    return Truth({"5.1": fig(U, "5.1", Q)})


# ---------------------------------------------------------------- 市医保局

@ret("ar12", "市医保局", "2024Q1", "report-prose-only", "pdf-text", batch=B)
def yb_q1(path):
    w = Word()
    w.title("市医疗保障局一季度生育医疗费用保障工作情况")
    w.para()
    w.body("今年1月1日起，我市提高职工生育医疗费报销标准，职工医保参保人员（含灵活就业人员）住院分娩"
           "政策范围内医疗费用报销比例达到100%。一季度全市职工医保住院分娩结算2,146人次，基金支付"
           "1,372万元。")
    w.body("下一步，将持续做好政策宣传，确保政策应享尽享。")
    sign_off(w, "淄博市医疗保障局", "2024年3月29日", blank=1)
    w.picture(seal_png("淄博市医疗保障局", seed=12), width_cm=3.8)
    w.save(path)
    return Truth({"5.2": 100}, seal_picture=True)


@ret("ar13", "市医保局", "2024Q3", "bare-table", "xlsx", batch=B)
def yb_q3(path):
    sh = Sheet(title="Sheet1")
    sh.line("淄博市医疗保障局实事项目进展情况（三季度）", 5, size=14, bold=True, align="center")
    prog = "职工医保住院分娩政策范围内医疗费用报销比例保持100%，1-9月结算6,905人次。"
    rows = [["项目", "目标", "进展情况", "存在问题", "下步打算"],
            ["提高职工生育医疗费报销标准", "报销比例达到100%", prog, "无", "做好年度清算。"]]
    top = sh.table(rows, widths=[20, 16, 40, 10, 16])
    _heights(sh, top + 1, 1, 60)
    sh.skip()
    sh.cells(["", "", "", "2024年9月30日"])
    sh.save(path)
    return Truth({"5.2": 100}, {"5": {"progress": prog, "problems": "无", "plans": "做好年度清算。"}})


# ---------------------------------------------------------------- 市交通运输局

@ret("ar14", "市交通运输局", "2024Q2", "bare-table", "docx", batch=B)
def jt_q2(path):
    U, Q = "市交通运输局", "2024Q2"
    w = Word(landscape=True)
    w.header("淄博市交通运输局", align="right")
    w.title("“定制公交”助学专线开通情况（截至6月底）", size=18)
    rows = [["序号", "线路名称", "服务学校", "开通时间", "日均客流（人次）"],
            ["1", "助学专线1号线", "淄博实验中学", "2024年3月4日", "186"],
            ["2", "助学专线2号线", "张店区第八中学", "2024年4月8日", "142"],
            ["3", "助学专线3号线", "临淄中学", "2024年5月6日", "120"],
            ["合计", f"{n(U, '6.2', Q)}条", "", "", "448"]]
    w.table(rows, widths=[2, 6, 6, 5, 5])
    w.para()
    w.body("第4条线路（周村区）正在征集学生出行需求，计划秋季开学后开通。")
    w.save(path)
    return Truth({"6.2": fig(U, "6.2", Q)})


@ret("ar15", "市交通运输局", "2024Q4", "report-with-attachment", "doc", batch=B)
def jt_q4(path):
    U, Q = "市交通运输局", "2024Q4"
    w = Word()
    w.title("市交通运输局关于2024年度“定制公交”\n助学专线工作完成情况的报告")
    w.para()
    w.para("市妇儿工委办公室：")
    w.body(f"2024年我局共开通“定制公交”助学专线{cn(n(U, '6.2', Q))}条，全面完成年度任务，全年累计服务"
           "学生8.6万人次，未发生安全责任事故。")
    sign_off(w, "淄博市交通运输局", "2024年12月24日")
    attachment_head(w, TT)
    prog = "已开通助学专线4条，覆盖张店、临淄、周村3个区县6所学校。"
    w.table([["项目名称", "责任单位", "进展情况", "存在问题", "下步打算"],
             ["开通4条“定制公交”助学专线", "市交通运输局", prog, "寒暑假期间运力闲置。", "研究开行假期研学专线。"]],
            widths=[5, 3.5, 9, 4, 4])
    w.save(path)
    return Truth({"6.2": fig(U, "6.2", Q)},
                 {"6": {"progress": prog, "problems": "寒暑假期间运力闲置。", "plans": "研究开行假期研学专线。"}})


# ---------------------------------------------------------------- 市总工会

@ret("ar16", "市总工会", "2024Q3", "ledger-list-total", "xlsx", batch=B)
def zgh_q3(path):
    U, Q = "市总工会", "2024Q3"
    sh = Sheet(title="托管班台账")
    sh.line("2024年职工子女托管班开班情况台账（截至9月）", 6, size=14, bold=True, align="center", height=26)
    sh.cells(["填报单位：淄博市总工会女职工部"])
    per = split(n(U, "7.3", Q), W11)
    rows = [["序号", "区县工会", "寒假班次", "暑假班次", "累计班次", "备注"]]
    win = split(12, [2, 2, 1, 1, 2, 1, 1, 1, 1, 0, 0])
    for k, d in enumerate(DISTRICTS):
        win[k] = min(win[k], per[k])
    diff = 12 - sum(win)
    k = 0
    while diff:
        if win[k] < per[k]:
            win[k] += 1
            diff -= 1
        k = (k + 1) % 11
    for k, d in enumerate(DISTRICTS):
        rows.append([k + 1, d, win[k], per[k] - win[k], per[k], ""])
    rows.append(["", "合计", 12, sum(per) - 12, sum(per), "暑假班已全部结班"])
    sh.table(rows, widths=[7, 14, 11, 11, 11, 20])
    sh.save(path)
    return Truth({"7.3": fig(U, "7.3", Q)})


@ret("ar17", "市总工会", "2024Q4", "report-prose-only", "pdf-text", batch=B)
def zgh_q4(path):
    U, Q = "市总工会", "2024Q4"
    w = Word()
    w.title("淄博市总工会\n2024年职工子女托管服务工作总结")
    w.para()
    w.body(f"全年全市各级工会共开办寒暑假职工子女托管班{n(U, '7.3', Q)}个班次，超额完成50个班次的年度任务，"
           "服务职工子女3,100余人。四季度指导7家用人单位建成职工子女爱心托管点。")
    w.body("存在问题：部分县区托管场地依赖学校，师资以志愿者为主。")
    w.body("下步打算：探索与托育机构合作，推动托管服务常态化。")
    sign_off(w, "淄博市总工会", "2024年12月30日")
    w.save(path)
    return Truth({"7.3": fig(U, "7.3", Q)})


# ---------------------------------------------------------------- 市公安局

@ret("ar18", "市公安局", "2024Q2", "report-prose-only", "doc", batch=B)
def ga_q2(path):
    U, Q = "市公安局", "2024Q2"
    w = Word()
    w.title("市公安局“护校安园”专项行动\n二季度工作开展情况")
    w.para()
    w.body("二季度，全市公安机关深入推进“护校安园”专项行动，会同教育部门对全市中小学幼儿园安全防范"
           "建设开展复查，专职保安员配备、封闭化管理、一键式报警、视频监控联网“4个100%”达标率保持100%。")
    w.body(f"结合“法治进校园”，各级公安机关开展防欺凌、防诈骗及心理健康科普宣传累计{n(U, '8.1', Q)}场。")
    w.body("下步将在暑期开展防溺水专项宣传，强化开学季校园周边治安整治。")
    sign_off(w, "淄博市公安局", "2024年6月28日")
    w.save(path)
    return Truth({"8.1": fig(U, "8.1", Q), "8.2": 100})


@ret("ar19", "市公安局", "2024Q4", "bare-table", "docx", batch=B)
def ga_q4(path):
    U, Q = "市公安局", "2024Q4"
    w = Word(landscape=True)
    w.para("附件", font=HEI, size=16)
    w.title("2024年“阳光成长”护航行动（公安部分）进展情况表", size=18)
    w.para("填报单位：市公安局治安支队　　　　　　　　　　　　　　　　　　统计时间：2024年1月—12月", size=12)
    rows = [["工作内容", "年度目标", "完成情况", "备注"],
            ["中小学幼儿园安全防范建设“4个100%”", "稳定达标", "100%", "全市1,386所"],
            ["校园安全及心理健康科普宣传", "—", f"{n(U, '8.1', Q)}场", ""],
            ["校园周边治安整治", "—", "整治隐患327处", ""]]
    w.table(rows, widths=[9, 4, 5, 6])
    w.save(path)
    return Truth({"8.1": fig(U, "8.1", Q), "8.2": 100})


# ---------------------------------------------------------------- 市法院 / 市检察院

@ret("ar20", "市法院", "2024Q2", "single-project-row", "docx", batch=B)
def fy_q2(path):
    U, Q = "市法院", "2024Q2"
    w = Word(landscape=True)
    w.title("淄博市中级人民法院\n为妇女儿童办实事工作进展情况（二季度）", size=18)
    prog = (f"与市妇联共同建立家事案件调解联盟，4月18日举行揭牌仪式；上半年法官进校园开展法治及"
            f"心理健康教育{n(U, '8.1', Q)}场。")
    w.table([["项目", "进展情况", "存在问题", "下步打算"],
             ["建立家事案件调解联盟，加强未成年人综合司法保护", prog, "无", "制定联盟调解工作规程。"]],
            widths=[6, 11, 3, 5])
    sign_off(w, "淄博市中级人民法院", "2024年7月1日", blank=1)
    w.save(path)
    return Truth({"8.1": fig(U, "8.1", Q)},
                 {"8": {"progress": prog, "problems": "无", "plans": "制定联盟调解工作规程。"}})


@ret("ar21", "市检察院", "2024Q3", "report-prose-only", "pdf-text", batch=B)
def jcy_q3(path):
    U, Q = "市检察院", "2024Q3"
    w = Word()
    w.title("淄博市人民检察院\n未成年人综合司法保护工作进展情况")
    w.para("（2024年1—9月）", align="center")
    w.para()
    w.body(f"今年以来，市检察院深化“法治副校长”工作，检察官进校园开展法治和心理健康宣讲"
           f"{cn(n(U, '8.1', Q))}场，覆盖师生1.2万人；办理涉未成年人案件督促监护令发出78份。")
    w.body("下一步，将联合市法院、市妇联深化家事案件调解联盟运行。")
    sign_off(w, "淄博市人民检察院", "2024年9月27日")
    w.save(path)
    return Truth({"8.1": fig(U, "8.1", Q)})


# ---------------------------------------------------------------- 市文化和旅游局

@ret("ar22", "市文化和旅游局", "2024Q1", "monthly-breakdown", "xlsx", batch=B)
def wl_q1(path):
    U, Q = "市文化和旅游局", "2024Q1"
    sh = Sheet(title="戏曲进校园")
    sh.line("2024年“戏曲进校园”活动开展情况（1-3月）", 5, size=14, bold=True, align="center")
    sh.cells(["填报单位：市文旅局艺术科"])
    m = [0, 14, n(U, "9.1", Q) - 14]
    rows = [["月份", "演出场次", "课程辅导场次", "合计", "备注"],
            ["1月", 0, 0, 0, "寒假"],
            ["2月", 8, m[1] - 8, m[1], ""],
            ["3月", 11, m[2] - 11, m[2], ""],
            ["累计", 19, n(U, "9.1", Q) - 19, n(U, "9.1", Q), "年度目标200场"]]
    sh.table(rows, widths=[10, 12, 14, 10, 18])
    sh.save(path)
    return Truth({"9.1": fig(U, "9.1", Q)})


@ret("ar23", "市文化和旅游局", "2024Q3", "report-with-attachment", "docx", batch=B)
def wl_q3(path):
    U, Q = "市文化和旅游局", "2024Q3"
    w = Word()
    w.title("淄博市文化和旅游局\n关于“润童心”儿童素养提升工程\n前三季度进展情况的报告")
    w.para()
    w.para("市妇儿工委办公室：")
    w.body(f"截至9月底，全市累计开展五音戏、京剧等精彩剧目进校园演出及校园戏曲课程辅导{n(U, '9.1', Q)}场，"
           "完成全年目标的75.5%。")
    w.body("存在问题：暑期学校放假，7、8月份活动场次较少。")
    w.body("下步打算：四季度每周安排不少于10场，确保完成全年任务。")
    sign_off(w, "淄博市文化和旅游局", "2024年10月9日")
    attachment_head(w, TT)
    prog = f"累计开展戏曲进校园演出及课程辅导{n(U, '9.1', Q)}场。"
    w.table([["项目名称", "年度目标", "进展情况", "存在问题", "下步打算"],
             ["推进“戏曲进校园”", "200场", prog, "暑期场次较少。", "四季度加密场次安排。"]],
            widths=[5, 3, 8, 4, 5])
    w.save(path)
    return Truth({"9.1": fig(U, "9.1", Q)})


# ---------------------------------------------------------------- 市科协

@ret("ar24", "市科协", "2024Q2", "indicator-rows", "pdf-text", made_from="xlsx", batch=B)
def kx_q2(path):
    U, Q = "市科协", "2024Q2"
    sh = Sheet(title="科协")
    sh.line("市科协科普项目上半年进展情况", 6, size=14, bold=True, align="center")
    sh.cells(["填报单位：淄博市科学技术协会", "", "", "", "2024年7月3日"])
    rows = [["项目", "年度目标（场）", "一季度", "二季度", "累计", "完成率"],
            ["科普大篷车巡展", 30, n(U, "9.2", "2024Q1"), n(U, "9.2", Q) - n(U, "9.2", "2024Q1"),
             n(U, "9.2", Q), "43.3%"],
            ["“蒲公英”科普大讲堂", 40, n(U, "9.3", "2024Q1"), n(U, "9.3", Q) - n(U, "9.3", "2024Q1"),
             n(U, "9.3", Q), "45%"]]
    sh.table(rows, widths=[22, 18, 10, 10, 10, 10])
    sh.save(path)
    return Truth({"9.2": fig(U, "9.2", Q), "9.3": fig(U, "9.3", Q)})


@ret("ar25", "市科协", "2024Q4", "report-prose-only", "doc", batch=B)
def kx_q4(path):
    U, Q = "市科协", "2024Q4"
    w = Word()
    w.title("市科协2024年科普服务均衡普惠\n工作完成情况")
    w.para()
    w.body(f"全年开展科普大篷车巡展{cn(n(U, '9.2', Q))}场，深入沂源、高青等偏远乡镇学校；举办青少年"
           f"“蒲公英”科普大讲堂{n(U, '9.3', Q)}场，均超额完成年度任务。")
    sign_off(w, "淄博市科学技术协会", "2024年12月25日")
    w.save(path)
    return Truth({"9.2": fig(U, "9.2", Q), "9.3": fig(U, "9.3", Q)})


# ---------------------------------------------------------------- 市民政局

@ret("ar26", "市民政局", "2024Q1", "report-prose-only", "docx", batch=B)
def mz_q1(path):
    w = Word()
    w.title("淄博市民政局\n关于一季度孤困儿童就学资助工作情况的报告")
    w.para()
    w.para("市妇儿工委办公室：")
    w.body("一季度，我局完成春季学期孤困儿童就学资助对象核查，共资助孤儿、事实无人抚养儿童及重点"
           "困境儿童289名，发放助学金86.7万元，享受民政保障的孤困儿童就学资助实现全覆盖。")
    w.body("“爱心妈妈”结对帮扶工作同步推进，新增结对45对。")
    sign_off(w, "淄博市民政局", "2024年4月1日")
    w.picture(seal_png("淄博市民政局", seed=26), width_cm=4.0)
    w.save(path)
    return Truth({"10.1": 100}, seal_picture=True)


@ret("ar27", "市民政局", "2024Q4", "bare-table", "xlsx", batch=B)
def mz_q4(path):
    sh = Sheet(title="民政")
    sh.line(TT + "（2024年度）", 5, size=14, bold=True, align="center", height=28)
    sh.cells(["报送单位：淄博市民政局儿童福利科"])
    rows = [["指标", "目标", "完成情况", "资助人数（名）", "资助金额（万元）"],
            ["孤困儿童就学资助覆盖率", "100%", "100%", 702, 210.6]]
    sh.table(rows, widths=[24, 10, 12, 14, 16])
    sh.save(path)
    return Truth({"10.1": 100})


# ---------------------------------------------------------------- 市残联

@ret("ar28", "市残联", "2024Q2", "report-prose-only", "pdf-text", batch=B)
def cl_q2(path):
    U, Q = "市残联", "2024Q2"
    w = Word()
    w.title("市残联关于残疾儿童康复救助\n上半年进展情况的报告")
    w.para()
    w.para("市妇儿工委办公室：")
    w.body(f"1—6月，全市累计为{comma(n(U, '10.2', Q))}名符合条件且有康复需求的残疾儿童实施康复救助，"
           "完成年度目标的56.5%，其中孤独症儿童312名。")
    w.body("下步将开展定点康复机构年度考核。")
    sign_off(w, "淄博市残疾人联合会", "2024年7月3日")
    w.save(path)
    return Truth({"10.2": fig(U, "10.2", Q)})


@ret("ar29", "市残联", "2024Q4", "district-rows-total", "xlsx", batch=B)
def cl_q4(path):
    U, Q = "市残联", "2024Q4"
    sh = Sheet(title="康复救助")
    sh.line("2024年残疾儿童康复救助分区县完成情况", 5, size=14, bold=True, align="center")
    sh.cells(["填报单位：淄博市残联康复部", "", "", "截至12月25日"])
    tgt = split(2000, W11)
    done = split(n(U, "10.2", Q), W11)
    rows = [["区县", "年度任务（名）", "已救助（名）", "完成率", "备注"]]
    for k, d in enumerate(DISTRICTS):
        rows.append([d, tgt[k], done[k], f"{done[k] / tgt[k] * 100:.1f}%", ""])
    rows.append(["合计", 2000, sum(done), f"{sum(done) / 20:.2f}%", ""])
    sh.table(rows, widths=[14, 14, 14, 12, 16])
    sh.save(path)
    return Truth({"10.2": fig(U, "10.2", Q)})


WORDING.update({
    "ar01": (("title", "sign-off"), "一季度"),
    "ar02": (("fill-line",), "1-9月"),
    "ar03": (("header", "sign-off"), "上半年"),
    "ar04": (("fill-line",), "date-line"),
    "ar05": (("title", "fill-line"), "一季度"),
    "ar06": (("sign-off", "fill-line", "seal"), "前三季度"),
    "ar07": (("fill-line",), "第三季度"),
    "ar08": (("title", "sign-off"), "上半年"),
    "ar09": (("fill-line",), "截至2024年12月20日"),
    "ar10": (("title", "sign-off"), "二季度"),
    "ar11": (("fill-line",), "date-line"),
    "ar12": (("title", "sign-off", "seal"), "一季度"),
    "ar13": (("title",), "三季度"),
    "ar14": (("header",), "截至6月底"),
    "ar15": (("title", "sign-off"), "年度"),
    "ar16": (("fill-line",), "截至9月"),
    "ar17": (("title", "sign-off"), "全年"),
    "ar18": (("title", "sign-off"), "二季度"),
    "ar19": (("fill-line",), "1月—12月"),
    "ar20": (("title", "sign-off"), "二季度"),
    "ar21": (("title", "sign-off"), "1—9月"),
    "ar22": (("fill-line",), "1-3月"),
    "ar23": (("title", "sign-off"), "前三季度"),
    "ar24": (("title", "fill-line"), "上半年"),
    "ar25": (("title", "sign-off"), "全年"),
    "ar26": (("title", "sign-off", "seal"), "一季度"),
    "ar27": (("fill-line",), "年度"),
    "ar28": (("title", "sign-off"), "1—6月"),
    "ar29": (("fill-line",), "截至12月25日"),
    "ar30": (("fill-line",), "第四季度"),
})
