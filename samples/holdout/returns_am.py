"""Batch 35: native returns (Word, .doc, Excel, text PDF) from offices nobody has seen, written by
a new author in session 4 without reading app/, parsers/ or any other batch. Please do not
read this file while changing app/extraction/."""
from __future__ import annotations

B = 35

from openpyxl.worksheet.properties import PageSetupProperties

from samples.holdout.corpus import Truth, attachment_head, ret, sign_off
from samples.holdout.docxkit import HEI, Word
from samples.holdout.ledger_am import fig, n, split
from samples.holdout.numerals import cn, comma
from samples.holdout.seal import seal_png
from samples.holdout.wording import WORDING
from samples.holdout.xlkit import Sheet

T = "2024年为全市妇女儿童办实事工作进展情况表"
DISTRICTS = ("张店区", "淄川区", "博山区", "周村区", "临淄区", "桓台县", "高青县", "沂源县",
             "高新区", "经济开发区", "文昌湖区")
W11 = (18, 14, 9, 10, 13, 9, 6, 7, 6, 5, 3)


def _landscape_all(wb) -> None:
    for ws in wb.worksheets:
        ws.page_setup.orientation = "landscape"
        ws.page_setup.paperSize = ws.PAPERSIZE_A4
        ws.page_setup.fitToWidth = 1
        ws.page_setup.fitToHeight = 0
        ws.sheet_properties.pageSetUpPr = PageSetupProperties(fitToPage=True)


def _heights(s: Sheet, top: int, rows: list, per_line: int = 28, base: float = 15) -> None:
    """Row heights for wrapped cells, since a printed workbook does not grow rows itself."""
    for r, row in enumerate(rows):
        longest = max(len(str(v)) for v in row if v is not None) if row else 0
        lines = max(1, -(-longest // per_line))
        s.ws.row_dimensions[top + r].height = max(base, 14 * lines + 4)


# ---------------------------------------------------------------- 市教育局

@ret("am01", "市教育局", "2024Q1", "report-with-attachment-merged-sections", "docx", batch=B)
def jy_q1(path):
    U, Q = "市教育局", "2024Q1"
    w = Word()
    w.title("淄博市教育局\n关于2024年第一季度为全市妇女儿童办实事\n项目推进情况的报告")
    w.para()
    w.para("市妇儿工委办公室：")
    w.body("按照淄政办字〔2024〕13号文件要求，我局对牵头承担的实事项目建立了工作台账，"
           "实行月调度、季通报。现将一季度推进情况报告如下：")
    w.heading("一、教育资源扩增优化工程")
    w.body(f"4所新改扩建中小学均已完成立项，其中2所已开工；新改扩建幼儿园完工{cn(n(U, '1.2', Q))}所"
           f"（周村区北郊镇中心幼儿园），打造智慧教育应用场景{n(U, '1.3', Q)}个。")
    w.heading("二、家庭教育指导服务和心理健康工作")
    w.body(f"全市中小学开展家庭教育巡讲{n(U, '4.1', Q)}场；开展心理健康科普知识宣传{n(U, '8.1', Q)}场。"
           "寒假开学前对全市中小学幼儿园安全防范建设进行了全面排查，“4个100%”达标率100%。")
    w.para("附件：2024年第一季度为全市妇女儿童办实事进展情况表", indent=True)
    sign_off(w, "淄博市教育局", "2024年3月29日")
    attachment_head(w, T)
    rows = [["项目", "指标", "年度目标", "一季度完成", "备注"],
            ["一、实施教育资源扩增优化工程", "新改扩建中小学（所）", "4", "0", "4所均已立项，2所开工"],
            ["", "新改扩建幼儿园（所）", "10", str(n(U, "1.2", Q)), "周村区北郊镇中心幼儿园"],
            ["", "打造智慧教育应用场景（个）", "10", str(n(U, "1.3", Q)), ""],
            ["四、实施家庭教育指导服务行动", "开展家庭教育巡讲（场）", "—", str(n(U, "4.1", Q)), "与市妇联共同推进"],
            ["", "培训家庭教育骨干（人）", "各区县不少于50人", "0", "培训计划4月份启动"],
            ["八、实施“阳光成长”青少年身心健康护航行动", "开展心理健康科普知识宣传（场）", "200",
             str(n(U, "8.1", Q)), ""],
            ["", "“4个100%”达标率", "100%", "100%", "稳定达标"]]
    w.table(rows, merges=[(1, 0, 3, 0), (4, 0, 5, 0), (6, 0, 7, 0)], widths=[5.5, 6.5, 3.5, 3, 6.5])
    w.para("注：完成数为截至3月25日的累计数。", size=12)
    w.save(path)
    vals = {i: fig(U, i, Q) for i in ("1.1", "1.2", "1.3", "4.1", "4.2", "8.1", "8.2")}
    return Truth(vals)


@ret("am02", "市教育局", "2024Q3", "workbook-summary-plus-detail-sheets", "xlsx", batch=B)
def jy_q3(path):
    U, Q = "市教育局", "2024Q3"
    s = Sheet(title="汇总")
    s.line("2024年为全市妇女儿童办实事工作进展情况表", 6, size=16, bold=True, align="center", height=28)
    s.line("（2024年1-9月）", 6, align="center")
    s.cells(["填报单位：淄博市教育局（盖章）", None, None, None, "填报日期：2024.9.27"])
    rows = [["序号", "项目", "指标", "目标", "1-9月累计完成", "备注"],
            [1, "教育资源扩增优化", "新改扩建中小学（所）", 4, n(U, "1.1", Q), "见明细表"],
            [2, "教育资源扩增优化", "新改扩建幼儿园（所）", 10, n(U, "1.2", Q), "见明细表"],
            [3, "教育资源扩增优化", "智慧教育应用场景（个）", 10, n(U, "1.3", Q), ""],
            [4, "家庭教育指导服务", "家庭教育巡讲（场）", None, n(U, "4.1", Q), ""],
            [5, "家庭教育指导服务", "培训家庭教育骨干（人）", 550, n(U, "4.2", Q), "暑期集中培训"],
            [6, "阳光成长护航", "心理健康科普宣传（场）", 200, n(U, "8.1", Q), ""],
            [7, "阳光成长护航", "“4个100%”达标率（%）", 100, 100, ""]]
    s.table(rows, merges=[(1, 1, 3, 1), (4, 1, 5, 1), (6, 1, 7, 1)], widths=[6, 18, 26, 8, 14, 14])
    s.cells(["填表人：韩雪", None, "审核人：刘建国", None, "电话：2181036"])
    d = Sheet(s.wb, "学校明细")
    d.line("新改扩建中小学、幼儿园明细", 5, size=14, bold=True, align="center")
    schools = [["序号", "区县", "学校名称", "类别", "进度"],
               [1, "张店区", "张店区华润小学", "中小学", "已投用"],
               [2, "高新区", "高新区四宝山中学", "中小学", "已投用"],
               [3, "淄川区", "淄川区般阳中学扩建", "中小学", "已投用"],
               [4, "临淄区", "临淄区齐都实验学校", "中小学", "主体施工"]]
    kgs = [("周村区", "北郊镇中心幼儿园"), ("张店区", "和平幼儿园"), ("博山区", "域城镇幼儿园"),
           ("桓台县", "果里镇幼儿园"), ("沂源县", "南麻街道幼儿园"), ("高青县", "芦湖街道幼儿园"),
           ("临淄区", "稷下街道幼儿园"), ("经济开发区", "傅家幼儿园"), ("淄川区", "洪山镇幼儿园"),
           ("文昌湖区", "商家幼儿园"), ("张店区", "体育场街道幼儿园")]
    for k, (dist, name) in enumerate(kgs):
        schools.append([5 + k, dist, dist + name, "幼儿园", "已投用" if k < n(U, "1.2", Q) else "在建"])
    d.table(schools, widths=[6, 10, 28, 10, 10])
    _landscape_all(s.wb)
    s.save(path)
    vals = {i: fig(U, i, Q) for i in ("1.1", "1.2", "1.3", "4.1", "4.2", "8.1", "8.2")}
    return Truth(vals)


@ret("am03", "市教育局", "2024Q4", "printed-workbook-whole-list-with-responsible-unit",
     "pdf-text", batch=B, made_from="xlsx")
def jy_q4(path):
    U, Q = "市教育局", "2024Q4"
    s = Sheet(title="进展情况")
    s.line("2024年为全市妇女儿童办实事工作进展情况表（第四季度）", 5, size=14, bold=True, align="center", height=26)
    s.line("报送单位：淄博市教育局　　　　统计截至：2024年12月20日", 5)
    rows = [["序号", "项目名称", "进展情况", "责任单位", "备注"],
            ["一", "实施教育资源扩增优化工程",
             f"全年新改扩建中小学{n(U, '1.1', Q)}所、幼儿园{n(U, '1.2', Q)}所，打造智慧教育应用场景"
             f"{n(U, '1.3', Q)}个，年度任务全部完成。", "市教育局", "幼儿园超额1所"],
            ["四", "实施家庭教育指导服务行动",
             f"全年开展家庭教育巡讲{n(U, '4.1', Q)}场，培训家庭教育骨干{n(U, '4.2', Q)}人。",
             "市妇联、市教育局", "牵头单位市妇联"],
            ["八", "实施“阳光成长”青少年身心健康护航行动",
             f"开展心理健康科普知识宣传{n(U, '8.1', Q)}场；中小学幼儿园安全防范建设“4个100%”达标率100%。",
             "市教育局、市卫生健康委、市公安局、市法院、市检察院", "本表仅填报教育系统数据"]]
    top = s.table(rows, widths=[6, 22, 48, 22, 16])
    _heights(s, top, rows, per_line=24)
    s.line("注：数据来源于市教育局实事项目工作台账。", 5)
    _landscape_all(s.wb)
    s.save(path)
    vals = {i: fig(U, i, Q) for i in ("1.1", "1.2", "1.3", "4.1", "4.2", "8.1", "8.2")}
    return Truth(vals)


# ---------------------------------------------------------------- 市人力资源社会保障局

@ret("am04", "市人力资源社会保障局", "2024Q2", "bare-table-one-row-texts", "doc", batch=B)
def rs_q2(path):
    U, Q = "市人力资源社会保障局", "2024Q2"
    w = Word(landscape=True)
    w.para("附件", font=HEI, size=16)
    w.title("2024年为全市妇女儿童办实事工作进展情况表", size=18)
    w.para("单位（盖章）：淄博市人力资源和社会保障局　　　　　　　　　　截至2024年6月30日", size=12)
    progress = (f"上半年全市举办“春风行动”女性就业专场招聘活动{n(U, '2.2', Q)}场，提供岗位1.2万个；"
                f"开展家政职业技能培训，累计培训家政从业人员{comma(n(U, '2.1', Q))}人次，完成年度目标的42%。")
    problems = "部分区县家政培训报名人数不足，培训机构师资力量薄弱。"
    plans = "联合市商务局、市妇联开展“家政服务进社区”招生宣传，下半年集中组织培训。"
    w.table([["项目名称", "进展情况", "存在问题", "下步打算"],
             ["实施巾帼促就业计划", progress, problems, plans]], widths=[4, 12, 5, 5])
    w.para()
    w.para("填表人：赵磊　　联系电话：3157820　　　　　　　　填报日期：2024年7月4日", size=12)
    w.save(path)
    return Truth({"2.1": fig(U, "2.1", Q), "2.2": fig(U, "2.2", Q)},
                 {"2": {"progress": progress, "problems": problems, "plans": plans}})


@ret("am05", "市人力资源社会保障局", "2024Q4", "workbook-district-rows-total-two-sheets", "xlsx", batch=B)
def rs_q4(path):
    U, Q = "市人力资源社会保障局", "2024Q4"
    s = Sheet(title="分区县")
    s.line("全市家政从业人员培训及女性专场招聘情况统计表", 5, size=14, bold=True, align="center")
    s.line("填报单位：市人社局职业能力建设科　　　　时间：2024年1-12月", 5)
    tr = split(n(U, "2.1", Q), W11)
    jb = split(n(U, "2.2", Q), W11)
    rows = [["区县", "培训家政从业人员（人次）", "其中：女性（人次）", "女性就业专场招聘（场）", "提供岗位（个）"]]
    for d, a, b in zip(DISTRICTS, tr, jb):
        rows.append([d, a, int(a * 0.93), b, b * 310])
    rows.append(["合计", sum(tr), sum(int(a * 0.93) for a in tr), sum(jb), sum(b * 310 for b in jb)])
    s.table(rows, widths=[14, 20, 18, 20, 14])
    s.line("说明：培训人次含市本级组织的“齐鲁家政”培训班。", 5)
    t = Sheet(s.wb, "说明")
    t.line("2024年巾帼促就业计划完成情况", 2, size=14, bold=True)
    t.table([["项目", "情况"],
             ["目标任务", "全市培训家政从业人员5000人次以上"],
             ["完成情况", f"全年培训{n(U, '2.1', Q)}人次，完成目标任务的93.6%"],
             ["未完成原因", "家政企业从业人员流动性大，部分人员已于上年参训"]], widths=[14, 60])
    s.save(path)
    return Truth({"2.1": fig(U, "2.1", Q), "2.2": fig(U, "2.2", Q)})


# ---------------------------------------------------------------- 市妇联

@ret("am06", "市妇联", "2024Q1", "report-with-table-notes-below", "docx", batch=B)
def fl_q1(path):
    U, Q = "市妇联", "2024Q1"
    w = Word()
    w.header("淄博市妇女联合会", align="right")
    w.title("市妇联2024年一季度为妇女儿童办实事\n工作进展情况")
    w.para()
    w.body("一季度，市妇联聚焦牵头和参与的6项实事项目，细化任务清单，压实区县责任，各项工作开局良好。")
    w.body(f"“家庭共成长”计划启动以来，全市开展家庭教育巡讲{n(U, '4.1', Q)}场，培训家庭教育骨干"
           f"{n(U, '4.2', Q)}人；举办单身青年联谊活动{cn(n(U, '5.1', Q))}场；配合人社部门举办“春风行动”"
           f"女性就业专场招聘{n(U, '2.2', Q)}场，组织家政从业人员培训{n(U, '2.1', Q)}人次。"
           "儿童友好共建联盟试点方案已报市政府审定。")
    w.table([["项目", "工作内容", "进度"],
             ["巾帼促就业", "家政从业人员培训（人次）", str(n(U, "2.1", Q))],
             ["", "女性就业专场招聘（场）", str(n(U, "2.2", Q))],
             ["家庭教育指导服务", "家庭教育巡讲（场）", str(n(U, "4.1", Q))],
             ["", "培训家庭教育骨干（人）", str(n(U, "4.2", Q))],
             ["新型婚育文化培育", "单身青年联谊活动（场）", str(n(U, "5.1", Q))],
             ["儿童友好城市建设", "儿童友好共建联盟（个）", "0"]],
            merges=[(1, 0, 2, 0), (3, 0, 4, 0)], widths=[4.5, 7, 3.5])
    w.para("备注：1.家庭教育巡讲含各区县妇联、妇儿工委成员单位组织的场次；", size=12)
    w.para("2.“淄博好爸妈”网上家庭教育平台已完成改版，3月8日上线运行。", size=12)
    sign_off(w, "淄博市妇联", "2024年3月28日", blank=1)
    w.save(path)
    return Truth({i: fig(U, i, Q) for i in ("2.1", "2.2", "4.1", "4.2", "5.1", "6.1")})


@ret("am07", "市妇联", "2024Q3", "workbook-summary-and-district-sheet", "xlsx", batch=B)
def fl_q3(path):
    U, Q = "市妇联", "2024Q3"
    s = Sheet(title="汇总表")
    s.line("市妇联2024年前三季度为妇女儿童办实事进展情况汇总表", 5, size=14, bold=True, align="center")
    s.cells(["填报单位：淄博市妇女联合会", None, None, "截至2024年9月30日"])
    rows = [["序号", "实事项目", "具体任务", "完成数", "完成进度"],
            ["二", "巾帼促就业计划", "培训家政从业人员（人次）", n(U, "2.1", Q), "—"],
            ["", "", "女性就业专场招聘（场）", n(U, "2.2", Q), "—"],
            ["四", "家庭教育指导服务行动", "家庭教育巡讲（场）", n(U, "4.1", Q), "83%"],
            ["", "", "培训家庭教育骨干（人）", n(U, "4.2", Q), "见分区县表"],
            ["五", "新型婚育文化培育行动", "单身青年联谊活动（场）", n(U, "5.1", Q), "90%"],
            ["六", "儿童友好城市建设促进行动", "儿童友好共建联盟（个）", n(U, "6.1", Q), "62.5%"]]
    s.table(rows, merges=[(1, 0, 2, 0), (1, 1, 2, 1), (3, 0, 4, 0), (3, 1, 4, 1)],
            widths=[7, 26, 28, 10, 12])
    d = Sheet(s.wb, "骨干培训分区县")
    d.line("家庭教育骨干培训分区县情况（单位：人）", 3, size=13, bold=True, align="center")
    parts = split(n(U, "4.2", Q), (60, 55, 48, 50, 56, 48, 40, 45, 42, 40, 36))
    rows2 = [["区县", "年度任务", "已培训"]] + [[dd, 50, p] for dd, p in zip(DISTRICTS, parts)]
    rows2.append(["全市合计", 550, sum(parts)])
    d.table(rows2, widths=[16, 12, 12])
    s.save(path)
    return Truth({i: fig(U, i, Q) for i in ("2.1", "2.2", "4.1", "4.2", "5.1", "6.1")})


@ret("am08", "市妇联", "2024Q4", "formal-report-prose-figures", "pdf-text", batch=B)
def fl_q4(path):
    U, Q = "市妇联", "2024Q4"
    w = Word()
    w.title("淄博市妇女联合会\n关于2024年度为全市妇女儿童办实事\n工作完成情况的报告")
    w.para("淄妇字〔2024〕58号", align="center")
    w.para()
    w.para("市妇儿工委办公室：")
    w.body("2024年，市妇联认真落实市委、市政府部署，扎实推进为妇女儿童办实事项目，全年目标任务全面完成。现报告如下：")
    w.heading("一、巾帼促就业计划")
    w.body(f"联合人社部门举办女性就业专场招聘活动{n(U, '2.2', Q)}场；依托“巾帼家政”培训基地培训家政从业人员"
           f"{n(U, '2.1', Q)}人次。")
    w.heading("二、家庭教育指导服务行动")
    w.body(f"全年开展家庭教育巡讲{comma(n(U, '4.1', Q))}场，超额完成“千场巡讲”任务；各区县培训家庭教育骨干"
           f"{n(U, '4.2', Q)}人，11个区县均达到50人以上。")
    w.heading("三、新型婚育文化培育和儿童友好城市建设")
    w.body(f"举办“鹊桥淄博”单身青年联谊活动{cn(n(U, '5.1', Q))}场，参与青年1,860人次；"
           f"试点打造儿童友好共建联盟{n(U, '6.1', Q)}个，全部挂牌运行。")
    w.heading("四、2025年工作打算")
    w.body("持续擦亮“淄博好爸妈”品牌，推动儿童友好共建联盟向镇（街道）延伸。")
    sign_off(w, "淄博市妇女联合会", "2024年12月24日")
    w.save(path)
    return Truth({i: fig(U, i, Q) for i in ("2.1", "2.2", "4.1", "4.2", "5.1", "6.1")})


# ---------------------------------------------------------------- 市商务局

@ret("am09", "市商务局", "2024Q2", "fill-line-table-seal", "docx", batch=B)
def sw_q2(path):
    U, Q = "市商务局", "2024Q2"
    w = Word(landscape=True)
    w.title("为全市妇女儿童办实事工作进展情况表", size=18)
    w.para("（2024年第二季度）", align="center")
    w.para("填报单位：淄博市商务局　　　　　　　　　　　　　　　　　　　　　填报时间：2024年6月28日", size=12)
    prog = (f"依托家政服务业提质扩容“领跑者”行动，组织8家家政培训机构开展母婴护理、养老护理等技能培训，"
            f"截至目前累计培训家政从业人员{n(U, '2.1', Q)}人次。")
    w.table([["实事项目", "责任单位", "目标任务", "进展情况", "备注"],
             ["实施巾帼促就业计划（家政职业技能培训）", "市人力资源社会保障局、市妇联、市商务局",
              "全市培训家政从业人员5000人次以上", prog, "商务部门培训数"]], widths=[4.5, 4.5, 4.5, 9, 3])
    w.para()
    w.picture(seal_png("淄博市商务局", seed=35), width_cm=3.8)
    w.save(path)
    return Truth({"2.1": fig(U, "2.1", Q)}, seal_picture=True)


@ret("am10", "市商务局", "2024Q3", "printed-workbook-district-total", "pdf-text", batch=B,
     made_from="xlsx")
def sw_q3(path):
    U, Q = "市商务局", "2024Q3"
    s = Sheet(title="家政培训")
    s.line("2024年1-9月家政从业人员培训情况统计表", 4, size=14, bold=True, align="center", height=24)
    s.line("报送单位：淄博市商务局", 4)
    parts = split(n(U, "2.1", Q), W11)
    rows = [["区县", "培训期数", "培训人次", "其中取证人数"]]
    for d, p in zip(DISTRICTS, parts):
        rows.append([d, max(1, p // 30), p, int(p * 0.7)])
    rows.append(["合计", sum(max(1, p // 30) for p in parts), sum(parts), sum(int(p * 0.7) for p in parts)])
    s.table(rows, widths=[16, 12, 12, 14])
    s.line("填报人：李娜　　审核：周强　　2024年9月29日", 4)
    _landscape_all(s.wb)
    s.save(path)
    return Truth({"2.1": fig(U, "2.1", Q)})


# ---------------------------------------------------------------- 市卫生健康委

@ret("am11", "市卫生健康委", "2024Q1", "letter-with-attachment-table", "doc", batch=B)
def wj_q1(path):
    U, Q = "市卫生健康委", "2024Q1"
    w = Word()
    w.title("关于报送一季度为全市妇女儿童办实事\n进展情况的函")
    w.para()
    w.para("市妇儿工委办公室：")
    w.body("现将我委承担的2024年为全市妇女儿童办实事项目一季度进展情况报送如下，请审阅。")
    w.body(f"一、“两癌”检查。全市35—64岁适龄妇女“两癌”筛查率{fig(U, '3.1', Q):g}%，符合条件的"
           "“两癌”患病妇女救助覆盖率100%。")
    w.body(f"二、普惠托育。印发市级示范托育机构评估标准，已认定{cn(n(U, '7.2', Q))}家；示范区县创建工作正在申报中。")
    w.body(f"三、心理健康。各级医疗卫生机构开展心理健康科普知识宣传{n(U, '8.1', Q)}场。")
    w.para("附件：一季度进展情况表", indent=True)
    sign_off(w, "淄博市卫生健康委员会", "2024年4月1日")
    attachment_head(w, "一季度进展情况表")
    w.table([["项目", "指标", "目标值", "完成值"],
             ["“两癌”免费检查和救助", "适龄妇女“两癌”筛查率", "90%", f"{fig(U, '3.1', Q):g}%"],
             ["", "患病妇女救助覆盖率", "100%", "100%"],
             ["普惠托育服务提质", "市级婴幼儿照护服务示范区县（个）", "5个左右", "0"],
             ["", "市级示范托育机构（家）", "10家以上", str(n(U, "7.2", Q))],
             ["青少年身心健康护航", "心理健康科普宣传（场）", "—", str(n(U, "8.1", Q))]],
            merges=[(1, 0, 2, 0), (3, 0, 4, 0)], widths=[6, 9, 4, 4])
    w.save(path)
    return Truth({i: fig(U, i, Q) for i in ("3.1", "3.2", "7.1", "7.2", "8.1")})


@ret("am12", "市卫生健康委", "2024Q2", "workbook-summary-plus-screening-by-district", "xlsx", batch=B)
def wj_q2(path):
    U, Q = "市卫生健康委", "2024Q2"
    s = Sheet(title="汇总")
    s.line("市卫生健康委为妇女儿童办实事进展情况（二季度）", 5, size=14, bold=True, align="center")
    s.cells(["统计时段：2024年1月1日—6月30日"])
    rows = [["项目", "指标", "单位", "目标", "累计完成"],
            ["两癌检查和救助", "适龄妇女两癌筛查率", "%", 90, fig(U, "3.1", Q)],
            ["两癌检查和救助", "患病妇女救助覆盖率", "%", 100, 100],
            ["普惠托育", "示范区县", "个", 5, n(U, "7.1", Q)],
            ["普惠托育", "市级示范托育机构", "家", 10, n(U, "7.2", Q)],
            ["身心健康护航", "心理健康科普宣传", "场", None, n(U, "8.1", Q)]]
    s.table(rows, widths=[18, 24, 8, 8, 12])
    s.cells(["备注：示范区县创建拟于三季度开展评估验收。"])
    d = Sheet(s.wb, "两癌筛查分区县")
    d.line("35—64岁适龄妇女“两癌”筛查进度", 4, size=13, bold=True, align="center")
    rates = (52.3, 47.9, 44.6, 50.1, 49.8, 46.2, 43.5, 41.7, 55.0, 51.2, 48.0)
    rows2 = [["区县", "应筛查人数", "已筛查人数", "筛查率（%）"]]
    for dd, r, wgt in zip(DISTRICTS, rates, W11):
        base = wgt * 5200
        rows2.append([dd, base, int(base * r / 100), r])
    rows2.append(["全市", sum(x[1] for x in rows2[1:]), sum(x[2] for x in rows2[1:]), fig(U, "3.1", Q)])
    d.table(rows2, widths=[14, 14, 14, 12])
    s.save(path)
    return Truth({i: fig(U, i, Q) for i in ("3.1", "3.2", "7.1", "7.2", "8.1")})


@ret("am13", "市卫生健康委", "2024Q4", "table-figures-in-remarks", "docx", batch=B)
def wj_q4(path):
    U, Q = "市卫生健康委", "2024Q4"
    w = Word(landscape=True)
    w.header("淄博市卫生健康委员会")
    w.title("2024年为全市妇女儿童办实事工作进展情况表", size=18)
    w.para("（截至2024年12月底）", align="center", size=12)
    w.table([["序号", "项目名称", "进展情况", "备注"],
             ["1", "实施适龄妇女“两癌”免费检查和救助行动",
              "全年免费“两癌”检查工作已全部完成，实现符合条件的患病妇女救助全覆盖。",
              f"筛查率{fig(U, '3.1', Q):g}%"],
             ["2", "实施普惠托育服务提质行动",
              "开展市级婴幼儿照护服务示范区县创建和示范托育机构评选。",
              f"示范区县{n(U, '7.1', Q)}个，示范托育机构{n(U, '7.2', Q)}家"],
             ["3", "实施“阳光成长”青少年身心健康护航行动",
              "依托精神卫生专业机构进校园、进社区开展科普宣传。",
              f"宣传{n(U, '8.1', Q)}场"]], widths=[1.5, 6, 12, 5])
    w.para("填报人：孟凡　　联系电话：3116752", size=12)
    w.save(path)
    return Truth({"3.1": fig(U, "3.1", Q), "3.2": 100, "7.1": fig(U, "7.1", Q),
                  "7.2": fig(U, "7.2", Q), "8.1": fig(U, "8.1", Q)})


# ---------------------------------------------------------------- 团市委

@ret("am14", "团市委", "2024Q2", "short-letter-one-row-table", "doc", batch=B)
def tw_q2(path):
    U, Q = "团市委", "2024Q2"
    w = Word()
    w.title("共青团淄博市委员会\n2024年上半年为妇女儿童办实事进展情况")
    w.para()
    prog = (f"上半年举办“青春有约·缘来淄博”单身青年联谊活动{n(U, '5.1', Q)}场，参与青年420余人；"
            "持续推进“希望小屋”儿童关爱项目，新建成希望小屋36间。")
    probs = "联谊活动男女报名比例不均衡。"
    plans = "联合市妇联、驻淄高校共同举办“七夕”主题联谊活动。"
    w.table([["项目", "进展情况", "存在问题", "下步打算"],
             ["新型婚育文化培育行动、特殊困难儿童关爱项目", prog, probs, plans]], widths=[3.5, 7, 3, 3.5])
    w.para()
    w.para("共青团淄博市委", align="right")
    w.para("2024年6月27日", align="right")
    w.save(path)
    return Truth({"5.1": fig(U, "5.1", Q)})


@ret("am15", "团市委", "2024Q4", "workbook-activity-ledger-with-summary", "xlsx", batch=B)
def tw_q4(path):
    U, Q = "团市委", "2024Q4"
    s = Sheet(title="联谊活动台账")
    s.line("团淄博市委2024年单身青年联谊活动台账", 5, size=14, bold=True, align="center")
    rows = [["序号", "活动名称", "时间", "地点", "参与人数"]]
    acts = [("“青春有约”春日联谊", "5月18日", "周村古商城"), ("“缘来淄博”520专场", "5月20日", "张店区人民公园"),
            ("“七夕·鹊桥会”", "8月10日", "齐盛湖公园"), ("“青年相约·书香为媒”", "9月21日", "淄博市图书馆"),
            ("“金秋有约”户外联谊", "10月26日", "博山区池上镇"), ("“冬日暖阳”联谊会", "12月14日", "临淄区齐文化博物院")]
    for k, (a, t, p) in enumerate(acts[:n(U, "5.1", Q)], 1):
        rows.append([k, a, t, p, 60 + 8 * k])
    rows.append(["合计", f"{n(U, '5.1', Q)}场", "", "", sum(60 + 8 * k for k in range(1, len(acts) + 1))])
    s.table(rows, merges=[], widths=[8, 26, 12, 22, 10])
    s.line("报送单位：共青团淄博市委　报送时间：2024年12月25日", 5)
    s.save(path)
    return Truth({"5.1": fig(U, "5.1", Q)})


# ---------------------------------------------------------------- 市医保局

@ret("am16", "市医保局", "2024Q1", "situation-note", "pdf-text", batch=B)
def yb_q1(path):
    w = Word()
    w.title("淄博市医疗保障局\n2024年第一季度为全市妇女儿童办实事工作情况")
    w.para()
    w.body("根据淄政办字〔2024〕13号文件，我局负责“提高职工生育医疗费报销标准”实事项目。")
    w.body("1月1日起，全市职工医保参保人员（含灵活就业人员）住院分娩政策范围内医疗费用报销比例提高至100%，"
           "一季度共为1,826名参保职工报销住院分娩医疗费用1,043万元。")
    w.body("下一步，我局将加强政策宣传，做好定点医疗机构直接结算管理。")
    sign_off(w, "淄博市医疗保障局", "2024年3月27日")
    w.save(path)
    return Truth({"5.2": 100})


@ret("am17", "市医保局", "2024Q3", "bare-table-texts", "docx", batch=B)
def yb_q3(path):
    w = Word(landscape=True)
    w.title("为全市妇女儿童办实事工作进展情况表", size=18)
    w.para("填报单位：市医疗保障局　　　　　　　　　　　　　　　　　　报送时间：2024年9月26日", size=12)
    w.para("统计时间：2024年1-9月", size=12)
    prog = ("职工医保参保人员（含灵活就业人员）住院分娩政策范围内医疗费用报销比例稳定在100%，"
            "1-9月累计为5,472名参保职工报销住院分娩费用3,128万元。")
    w.table([["项目", "进展情况", "存在问题", "下步打算"],
             ["实施新型婚育文化培育行动（职工生育医疗费报销）", prog, "无", "持续做好生育保险待遇保障。"]],
            widths=[5, 12, 3, 6])
    w.save(path)
    return Truth({"5.2": 100}, {"5": {"progress": prog, "problems": "无", "plans": "持续做好生育保险待遇保障。"}})


# ---------------------------------------------------------------- 市交通运输局

@ret("am18", "市交通运输局", "2024Q2", "workbook-route-list-and-summary", "xlsx", batch=B)
def jt_q2(path):
    U, Q = "市交通运输局", "2024Q2"
    s = Sheet(title="汇总")
    s.line("“定制公交”助学专线开通情况", 4, size=14, bold=True, align="center")
    s.cells(["单位：淄博市交通运输局", None, "2024年二季度"])
    s.table([["目标任务（条）", "已开通（条）", "在建/筹备（条）", "累计服务学生（人次）"],
             [4, n(U, "6.2", Q), 4 - n(U, "6.2", Q), 23600]], widths=[16, 14, 16, 20])
    d = Sheet(s.wb, "线路明细")
    d.line("定制公交助学专线明细", 5, size=13, bold=True, align="center")
    lines = [["序号", "线路名称", "起讫点", "开通时间", "服务学校"],
             [1, "助学1号线", "张店汽车总站—淄博实验中学", "2024.3.1", "淄博实验中学"],
             [2, "助学2号线", "华光路—淄博第七中学", "2024.4.8", "淄博第七中学"],
             [3, "助学3号线", "高新区政通路—淄博第一中学", "2024.5.6", "淄博第一中学"]]
    d.table(lines, widths=[8, 14, 32, 12, 18])
    s.save(path)
    return Truth({"6.2": fig(U, "6.2", Q)})


@ret("am19", "市交通运输局", "2024Q4", "report-prose-only", "doc", batch=B)
def jt_q4(path):
    U, Q = "市交通运输局", "2024Q4"
    w = Word()
    w.title("市交通运输局关于2024年为妇女儿童办实事\n工作完成情况的报告")
    w.para()
    w.para("市妇儿工委办公室：")
    w.body(f"今年我局承担开通“定制公交”助学专线任务。截至12月20日，全市已开通助学专线{cn(n(U, '6.2', Q))}条，"
           "累计开行班次1.1万余次，服务学生6.8万人次，全面完成年度任务。")
    w.body("下一步，我们将根据学校作息和学生需求动态优化线路站点，提升安全保障水平。")
    sign_off(w, "淄博市交通运输局", "2024年12月23日")
    w.save(path)
    return Truth({"6.2": fig(U, "6.2", Q)})


# ---------------------------------------------------------------- 市总工会

@ret("am20", "市总工会", "2024Q3", "report-with-district-table", "docx", batch=B)
def zgh_q3(path):
    U, Q = "市总工会", "2024Q3"
    w = Word()
    w.title("淄博市总工会\n关于前三季度职工子女托管服务工作情况的报告")
    w.para()
    w.para("市妇儿工委办公室：")
    w.body(f"暑假期间，全市各级工会联合用人单位开办职工子女托管班，1-9月累计开展寒暑假职工子女托管班"
           f"{n(U, '7.3', Q)}个班次，服务职工子女2,130人，已超额完成全年不少于50个班次的目标。分区县情况如下：")
    parts = split(n(U, "7.3", Q), W11)
    rows = [["区县", "托管班（个班次）", "服务人数"]]
    for d, p in zip(DISTRICTS, parts):
        rows.append([d, str(p), str(p * 41)])
    rows.append(["合计", str(sum(parts)), str(sum(parts) * 41)])
    w.table(rows, widths=[5, 5, 5])
    w.para("注：寒假托管班6个班次已在一季度报送。", size=12)
    sign_off(w, "淄博市总工会", "2024年9月30日")
    w.save(path)
    return Truth({"7.3": fig(U, "7.3", Q)})


# ---------------------------------------------------------------- 市公安局

@ret("am21", "市公安局", "2024Q2", "report-prose-only", "pdf-text", batch=B)
def ga_q2(path):
    w = Word()
    w.header("淄博市公安局")
    w.title("关于上半年“护校安园”专项行动\n推进情况的报告")
    w.para()
    w.para("市妇儿工委办公室：")
    w.body("上半年，市公安局持续深化“护校安园”专项行动，会同教育部门对全市中小学幼儿园安全防范建设"
           "开展联合检查2轮，全市中小学幼儿园专职保安员配备率、封闭化管理率、一键式紧急报警和视频监控"
           "联网率、“护学岗”设置率均为100%，“4个100%”稳定达标。")
    w.body("上半年共设置“护学岗”1,214个，出动警力5.6万人次，排查整改安全隐患312处。")
    sign_off(w, "淄博市公安局", "2024年6月28日")
    w.save(path)
    return Truth({"8.2": 100})


# ---------------------------------------------------------------- 市法院、市检察院

@ret("am22", "市法院", "2024Q3", "bare-table-texts", "doc", batch=B)
def fy_q3(path):
    w = Word(landscape=True)
    w.title("淄博市中级人民法院\n2024年第三季度为妇女儿童办实事进展情况表", size=18)
    prog = ("市中院联合市妇联、市司法局建立家事案件调解联盟，吸纳特邀调解员46名；"
            "三季度全市法院审结涉未成年人家事案件218件，发出家庭教育指导令31份。")
    probs = "基层法院专业家事审判力量不足。"
    plans = "推动各区县法院设立家事审判团队，完善心理疏导机制。"
    w.table([["项目名称", "进展情况", "存在问题", "下步打算"],
             ["实施“阳光成长”青少年身心健康护航行动", prog, probs, plans]], widths=[5, 12, 4, 5])
    w.para("填报人：王倩　　联系电话：2869011　　　　　　　　　　　　　　2024年9月25日", size=12)
    w.save(path)
    return Truth({}, {"8": {"progress": prog, "problems": probs, "plans": plans}})


@ret("am23", "市检察院", "2024Q4", "workbook-single-row-texts", "xlsx", batch=B)
def jc_q4(path):
    s = Sheet(title="市检察院")
    s.line("2024年为全市妇女儿童办实事工作进展情况表", 4, size=14, bold=True, align="center")
    s.line("填报单位：淄博市人民检察院　　　　　　　　　　　　时间：2024年第四季度", 4)
    prog = ("全年办理侵害未成年人犯罪案件142件，对涉案未成年被害人开展司法救助58人次，"
            "在全市中小学开展法治副校长讲座96场。")
    probs = "强制报告制度落实仍不平衡。"
    plans = "联合教育、卫健部门开展强制报告制度专项检查。"
    rows = [["项目名称", "进展情况", "存在问题", "下步打算"],
            ["加强对未成年人的综合司法保护", prog, probs, plans]]
    top = s.table(rows, widths=[20, 50, 22, 26])
    _heights(s, top, rows, per_line=22)
    s.save(path)
    return Truth({}, {"8": {"progress": prog, "problems": probs, "plans": plans}})


# ---------------------------------------------------------------- 市文化和旅游局

@ret("am24", "市文化和旅游局", "2024Q1", "workbook-summary-plus-performance-ledger", "xlsx", batch=B)
def wl_q1(path):
    U, Q = "市文化和旅游局", "2024Q1"
    s = Sheet(title="汇总")
    s.line("戏曲进校园工作进展（一季度）", 4, size=14, bold=True, align="center")
    s.cells(["报送单位：市文旅局艺术科"])
    s.table([["指标", "年度目标（场）", "本季度完成（场）", "累计完成（场）"],
             ["戏曲进校园演出及课程辅导", 200, n(U, "9.1", Q), n(U, "9.1", Q)]], widths=[30, 14, 16, 14])
    d = Sheet(s.wb, "演出明细")
    d.line("戏曲进校园演出台账（1-3月）", 4, size=13, bold=True, align="center")
    troupes = ("淄博五音剧院", "淄博市京剧院", "博山区吕剧团", "沂源县文化馆")
    parts = split(n(U, "9.1", Q), (14, 12, 9, 7))
    rows = [["演出单位", "场次", "覆盖学校（所）", "受众学生（人）"]]
    for t, p in zip(troupes, parts):
        rows.append([t, p, p, p * 320])
    rows.append(["合计", sum(parts), sum(parts), sum(parts) * 320])
    d.table(rows, widths=[20, 10, 14, 14])
    s.save(path)
    return Truth({"9.1": fig(U, "9.1", Q)})


@ret("am25", "市文化和旅游局", "2024Q4", "report-with-attachment", "pdf-text", batch=B)
def wl_q4(path):
    U, Q = "市文化和旅游局", "2024Q4"
    w = Word()
    w.title("淄博市文化和旅游局\n关于2024年“戏曲进校园”工作开展情况的报告")
    w.para()
    w.para("市妇儿工委办公室：")
    w.body(f"2024年，我局组织五音戏、京剧、吕剧等院团深入全市中小学，全年开展戏曲进校园演出及校园戏曲课程辅导"
           f"{n(U, '9.1', Q)}场，完成年度目标的98%，剩余场次受期末考试影响顺延至2025年1月。")
    w.para("附件：进展情况表", indent=True)
    sign_off(w, "淄博市文化和旅游局", "2024年12月26日")
    attachment_head(w, "2024年第四季度为全市妇女儿童办实事工作进展情况表")
    w.table([["项目", "目标", "完成", "其中：演出", "其中：课程辅导"],
             ["戏曲进校园", "200场", f"{n(U, '9.1', Q)}场", "128场", f"{n(U, '9.1', Q) - 128}场"]],
            widths=[6, 4, 4, 4, 4])
    w.save(path)
    return Truth({"9.1": fig(U, "9.1", Q)})


# ---------------------------------------------------------------- 市科协

@ret("am26", "市科协", "2024Q2", "two-row-table-fill-line", "docx", batch=B)
def kx_q2(path):
    U, Q = "市科协", "2024Q2"
    w = Word(landscape=True)
    w.title("2024年上半年为全市妇女儿童办实事工作进展情况表", size=18)
    w.para("填报单位：淄博市科学技术协会　　　　　　　联系人：邵静　　　　　　　电话：3182905", size=12)
    w.table([["序号", "任务", "全年目标", "1-6月完成", "完成比例", "主要做法"],
             ["1", "科普大篷车巡展", "30场", f"{n(U, '9.2', Q)}场", "43%", "进农村学校、进社区"],
             ["2", "青少年“蒲公英”科普大讲堂", "40场", f"{n(U, '9.3', Q)}场", "45%", "邀请院士专家授课"]],
            widths=[1.5, 6, 3, 3, 3, 7])
    w.para("注：“完成比例”按全年目标计算。", size=12)
    w.save(path)
    return Truth({"9.2": fig(U, "9.2", Q), "9.3": fig(U, "9.3", Q)})


@ret("am27", "市科协", "2024Q4", "workbook-monthly-columns", "xlsx", batch=B)
def kx_q4(path):
    U, Q = "市科协", "2024Q4"
    s = Sheet(title="科协")
    s.line("淄博市科协2024年科普活动月度统计（全年）", 15, size=14, bold=True, align="center")
    months = [f"{m}月" for m in range(1, 13)]
    a = split(n(U, "9.2", Q), (0, 1, 2, 3, 3, 3, 2, 2, 3, 4, 4, 5))
    b = split(n(U, "9.3", Q), (1, 2, 3, 4, 4, 4, 1, 1, 5, 5, 5, 4))
    rows = [["活动", "目标"] + months + ["全年合计"],
            ["科普大篷车巡展（场）", 30] + a + [sum(a)],
            ["蒲公英科普大讲堂（场）", 40] + b + [sum(b)]]
    s.table(rows, widths=[24, 6] + [6] * 12 + [10])
    s.line("填报：市科协科普部　2024年12月27日", 15)
    s.save(path)
    return Truth({"9.2": fig(U, "9.2", Q), "9.3": fig(U, "9.3", Q)})


# ---------------------------------------------------------------- 市民政局

@ret("am28", "市民政局", "2024Q1", "report-with-attachment", "doc", batch=B)
def mz_q1(path):
    w = Word()
    w.title("市民政局一季度为妇女儿童办实事\n工作进展情况")
    w.para()
    w.body("一季度，我局组织开展春季学期孤困儿童就学资助对象核查，全市资助孤儿、事实无人抚养儿童及重点困境儿童"
           "289名，享受民政保障的孤困儿童就学资助实现全覆盖。")
    w.body("“爱心妈妈”结对帮扶活动持续开展，新增结对45对。")
    sign_off(w, "淄博市民政局", "2024年3月29日", blank=1)
    attachment_head(w, T)
    w.table([["项目", "目标", "一季度进展", "备注"],
             ["孤困儿童就学资助", "全覆盖", "覆盖率100%，资助289名", ""],
             ["“爱心妈妈”结对帮扶", "持续推进", "新增结对45对", "与市妇联共同实施"]], widths=[6, 4, 8, 5])
    w.save(path)
    return Truth({"10.1": 100})


# ---------------------------------------------------------------- 市残联

@ret("am29", "市残联", "2024Q3", "report-prose-plus-small-table", "pdf-text", batch=B)
def cl_q3(path):
    U, Q = "市残联", "2024Q3"
    w = Word()
    w.title("淄博市残疾人联合会\n2024年1—9月残疾儿童康复救助\n工作进展情况")
    w.para()
    w.body(f"截至9月底，全市累计为{comma(n(U, '10.2', Q))}名符合条件且有康复需求的残疾儿童实施康复救助，"
           "完成年度目标的79%。其中，孤独症儿童康复训练412名，听力言语康复176名。")
    w.table([["类别", "救助人数（名）"],
             ["视力", "58"], ["听力言语", "176"], ["肢体（含脑瘫）", "702"], ["智力", "232"], ["孤独症", "412"],
             ["合计", str(n(U, "10.2", Q))]], widths=[6, 5])
    sign_off(w, "淄博市残联", "2024年9月28日")
    w.save(path)
    assert 58 + 176 + 702 + 232 + 412 == n(U, "10.2", Q)
    return Truth({"10.2": fig(U, "10.2", Q)})


@ret("am30", "市残联", "2024Q2", "bare-table-header-cell-period", "docx", batch=B)
def cl_q2(path):
    U, Q = "市残联", "2024Q2"
    w = Word(landscape=True)
    w.title("为全市妇女儿童办实事工作进展情况表", size=18)
    w.table([["填报单位", "淄博市残联", "报告期", "2024年第二季度"],
             ["项目名称", "实施特殊困难儿童关爱项目（残疾儿童康复救助）", "", ""],
             ["目标任务", "为约2000名符合条件且有康复需求的残疾儿童实施康复救助", "", ""],
             ["进展情况", f"累计救助残疾儿童{n(U, '10.2', Q)}名，定点康复机构37家全部完成年度评估。", "", ""],
             ["存在问题", "部分区县定点康复机构专业人员不足。", "", ""],
             ["下步打算", "开展康复机构从业人员专项培训。", "", ""]],
            merges=[(r, 1, r, 3) for r in range(1, 6)], widths=[3.5, 9, 3, 6], header_rows=0)
    w.para("注：康复救助人数以省残疾儿童康复救助系统登记为准。", size=12)
    w.save(path)
    return Truth({"10.2": fig(U, "10.2", Q)},
                 {"10": {"progress": f"累计救助残疾儿童{n(U, '10.2', Q)}名，定点康复机构37家全部完成年度评估。",
                         "problems": "部分区县定点康复机构专业人员不足。",
                         "plans": "开展康复机构从业人员专项培训。"}})


WORDING.update({
    "am01": (("title", "sign-off"), "第一季度"),
    "am02": (("fill-line",), "1-9月"),
    "am03": (("fill-line",), "第四季度"),
    "am04": (("fill-line",), "截至2024年6月30日"),
    "am05": (("fill-line",), "1-12月"),
    "am06": (("header", "title", "sign-off"), "一季度"),
    "am07": (("title", "fill-line"), "前三季度"),
    "am08": (("title", "sign-off"), "年度"),
    "am09": (("fill-line", "seal"), "第二季度"),
    "am10": (("fill-line",), "1-9月"),
    "am11": (("sign-off",), "一季度"),
    "am12": (("title",), "二季度"),
    "am13": (("header",), "截至12月底"),
    "am14": (("title", "sign-off"), "上半年"),
    "am15": (("title", "fill-line"), "date-line"),
    "am16": (("title", "sign-off"), "第一季度"),
    "am17": (("fill-line",), "1-9月"),
    "am18": (("fill-line",), "二季度"),
    "am19": (("title", "sign-off"), "截至12月20日"),
    "am20": (("title", "sign-off"), "前三季度"),
    "am21": (("header", "sign-off"), "上半年"),
    "am22": (("title",), "第三季度"),
    "am23": (("fill-line", "sheet-name"), "第四季度"),
    "am24": (("fill-line",), "一季度"),
    "am25": (("title", "sign-off"), "第四季度"),
    "am26": (("fill-line",), "上半年"),
    "am27": (("title",), "全年"),
    "am28": (("title", "sign-off"), "一季度"),
    "am29": (("title", "sign-off"), "1—9月"),
    "am30": (("table-cell",), "第二季度"),
})
