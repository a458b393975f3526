"""Batch 39: native returns (Word, .doc, Excel, text PDF) from offices nobody has seen, written by
a new author in session 4 without reading app/, parsers/ or any other batch. Please do not
read this file while changing app/extraction/."""
from __future__ import annotations

B = 39

from samples.holdout.corpus import Truth, attachment_head, ret, sign_off
from samples.holdout.docxkit import HEI, Word
from samples.holdout.ledger_aq import fig, n
from samples.holdout.numerals import cn, comma
from samples.holdout.seal import seal_png
from samples.holdout.wording import WORDING
from samples.holdout.xlkit import Sheet

T24 = "2024年为全市妇女儿童办实事工作进展情况表"
DISTRICTS = ("张店区", "淄川区", "博山区", "周村区", "临淄区", "桓台县", "高青县", "沂源县",
             "高新区", "经济开发区", "文昌湖区")


def split(total: int, weights: tuple[int, ...]) -> list[int]:
    """``total`` shared out over districts in proportion to ``weights`` (sums exactly)."""
    s = sum(weights)
    parts = [total * w // s for w in weights]
    parts[0] += total - sum(parts)
    return parts


W11 = (18, 12, 8, 9, 13, 10, 7, 9, 6, 4, 4)


# ---------------------------------------------------------------- 市教育局

@ret("aq01", "市教育局", "2024Q1", "report-with-attachment", "docx", batch=39)
def jy_q1(path):
    U, Q = "市教育局", "2024Q1"
    w = Word()
    w.title("淄博市教育局\n关于2024年第一季度为妇女儿童办实事\n项目推进情况的报告")
    w.para()
    w.para("市妇儿工委办公室：")
    w.body("按照《2024年为全市妇女儿童办实事项目清单》（淄政办字〔2024〕13号）分工，我局牵头"
           "实施教育资源扩增优化工程和“阳光成长”青少年身心健康护航行动，配合市妇联实施家庭教育"
           "指导服务行动。现将一季度推进情况报告如下。")
    w.heading("一、教育资源扩增优化工程")
    w.body(f"4所中小学新改扩建项目均已完成立项，其中2所已进场施工；新改扩建幼儿园已完成{cn(n(U, '1.2', Q))}所"
           f"（张店区马尚街道中心幼儿园分园），其余9所正在施工；已打造智慧教育应用场景{n(U, '1.3', Q)}个。")
    w.heading("二、家庭教育指导服务行动")
    w.body(f"依托中小学家长学校开展家庭教育巡讲{n(U, '4.1', Q)}场，家庭教育骨干培训计划于二季度集中开展。")
    w.heading("三、“阳光成长”青少年身心健康护航行动")
    w.body(f"开展心理健康科普知识宣传{n(U, '8.1', Q)}场，覆盖师生、家长8.2万人次；开展“护校安园”专项检查，"
           "全市中小学幼儿园安全防范建设“4个100%”达标率100%。")
    w.heading("四、下步工作")
    w.body("加快在建项目施工进度，组织开展家庭教育骨干培训，做好“5·25”心理健康月活动。")
    w.para("附件：2024年一季度为妇女儿童办实事项目进展情况表", indent=True)
    sign_off(w, "淄博市教育局", "2024年3月29日")
    attachment_head(w, "2024年一季度为妇女儿童办实事项目进展情况表")
    w.para("单位：淄博市教育局", size=12)
    rows = [["项目", "任务指标", "全年目标", "一季度累计完成", "备注"],
            ["实施教育资源扩增优化工程", "新改扩建中小学", "4所", "0", "4所均已立项，2所进场施工"],
            ["", "新改扩建幼儿园", "10所", f"{n(U, '1.2', Q)}所", "9所在建"],
            ["", "打造智慧教育应用场景", "10个", f"{n(U, '1.3', Q)}个", ""],
            ["实施家庭教育指导服务行动", "开展家庭教育巡讲", "千场（与市妇联共同完成）", f"{n(U, '4.1', Q)}场", ""],
            ["", "培训家庭教育骨干", "每区县不少于50人", "0", "二季度集中培训"],
            ["实施“阳光成长”青少年身心健康护航行动", "心理健康科普知识宣传", "200场", f"{n(U, '8.1', Q)}场", ""],
            ["", "安全防范建设“4个100%”", "稳定达标", "100%", ""]]
    w.table(rows, merges=[(1, 0, 3, 0), (4, 0, 5, 0), (6, 0, 7, 0)], widths=[5.5, 5.5, 4, 3.5, 6.5])
    w.save(path)
    return Truth({i: fig(U, i, Q) for i in ("1.1", "1.2", "1.3", "4.1", "4.2", "8.1", "8.2")})


@ret("aq02", "市教育局", "2024Q3", "district-rows-total", "xlsx", batch=39)
def jy_q3(path):
    U, Q = "市教育局", "2024Q3"
    s = Sheet(title="家庭教育骨干培训")
    s.line("各区县家庭教育骨干培训及家庭教育巡讲情况统计表（1-9月）", 5, size=14, bold=True, align="center", height=26)
    s.line("填报单位：淄博市教育局基础教育科　　　　　　　　　　　　　统计截至：2024年9月30日", 5)
    gu = split(n(U, "4.2", Q), (32, 38, 29, 30, 34, 26, 19, 22, 12, 10, 10))
    xj = split(n(U, "4.1", Q), W11)
    rows = [["序号", "区县", "培训家庭教育骨干（人）", "开展家庭教育巡讲（场）", "备注"]]
    for k, (d, a, b) in enumerate(zip(DISTRICTS, gu, xj), 1):
        note = "未达50人" if a < 50 else ""
        rows.append([k, d, a, b, note])
    rows.append(["合计", "", n(U, "4.2", Q), n(U, "4.1", Q), ""])
    s.table(rows, merges=[(12, 0, 12, 1)], widths=[7, 14, 22, 22, 16])
    s.line("注：巡讲场次为教育系统家长学校组织场次，不含妇联系统数据。", 5, size=10)
    s.save(path)
    return Truth({"4.2": fig(U, "4.2", Q), "4.1": fig(U, "4.1", Q)})


# ---------------------------------------------------------------- 市人力资源社会保障局

@ret("aq03", "市人力资源社会保障局", "2024Q2", "form-with-fill-line", "xlsx", batch=39)
def rs_q2(path):
    U, Q = "市人力资源社会保障局", "2024Q2"
    s = Sheet(title="上半年")
    s.line("巾帼促就业计划推进情况表", 6, size=16, bold=True, align="center", height=28)
    s.cells(["填报单位：市人社局就业促进科", None, None, "填报人：刘倩", None, "电话：2310517"])
    prog = (f"上半年全市举办“春风行动”女性就业专场招聘活动{n(U, '2.2', Q)}场，进场企业1,120家次；"
            f"开展家政职业技能培训{n(U, '2.1', Q)}人次。")
    rows = [["项目名称", "重点任务", "目标", "累计完成", "工作进展", "存在问题"],
            ["实施巾帼促就业计划", "培训家政从业人员", "5000人次以上", n(U, "2.1", Q), prog, "培训补贴申领周期较长"],
            ["", "举办女性就业专场招聘活动", "—", n(U, "2.2", Q), "", ""]]
    s.table(rows, merges=[(1, 0, 2, 0), (1, 4, 2, 4), (1, 5, 2, 5)], widths=[14, 18, 12, 10, 46, 18])
    s.ws.row_dimensions[s.row - 2].height = 60
    s.line("时间：2024年6月28日", 6, align="right")
    s.save(path)
    return Truth({"2.1": fig(U, "2.1", Q), "2.2": fig(U, "2.2", Q)},
                 {"2": {"progress": prog, "problems": "培训补贴申领周期较长"}})


@ret("aq04", "市人力资源社会保障局", "2024Q4", "report-prose-only", "doc", batch=39)
def rs_q4(path):
    U, Q = "市人力资源社会保障局", "2024Q4"
    w = Word()
    w.title("淄博市人力资源和社会保障局\n2024年度巾帼促就业计划工作总结")
    w.para()
    w.body("2024年，我局围绕市政府为妇女儿童办实事部署，扎实推进巾帼促就业计划，现将全年工作情况报告如下。")
    w.runs([("一、招聘服务精准对接。", "b"),
            (f"全年共举办女性就业专场招聘活动{cn(n(U, '2.2', Q))}场，累计提供适合女性的岗位1.6万余个，"
             "现场达成就业意向4,870人。", "")])
    w.runs([("二、家政培训扩面提质。", "b"),
            (f"全年培训家政从业人员{comma(n(U, '2.1', Q))}人次，其中母婴护理员1,460人次、养老护理员1,120人次，"
             "培训后取证率达82%。", "")])
    w.runs([("三、就业帮扶兜底保障。", "b"),
            ("为就业困难女性提供“一对一”帮扶服务1,300余人次，开发公益性岗位安置186人。", "")])
    w.runs([("四、2025年工作打算。", "b"),
            ("持续打造“淄博家政”品牌，推进家政培训与就业服务一体化。", "")])
    sign_off(w, "淄博市人力资源和社会保障局", "2024年12月26日")
    w.save(path)
    return Truth({"2.1": fig(U, "2.1", Q), "2.2": fig(U, "2.2", Q)})


# ---------------------------------------------------------------- 市妇联

PROJECTS = [
    ("1", "实施教育资源扩增优化工程", "市教育局"),
    ("2", "实施巾帼促就业计划", "市人力资源社会保障局、市妇联、市商务局"),
    ("3", "实施适龄妇女“两癌”免费检查和救助行动", "市卫生健康委、市妇联"),
    ("4", "实施家庭教育指导服务行动", "市妇联、市教育局"),
    ("5", "实施新型婚育文化培育行动", "市妇联、团市委、市医保局"),
    ("6", "实施儿童友好城市建设促进行动", "市妇联、市交通运输局"),
    ("7", "实施普惠托育服务提质行动", "市卫生健康委、市总工会"),
    ("8", "实施“阳光成长”青少年身心健康护航行动", "市教育局、市卫生健康委、市公安局、市法院、市检察院"),
    ("9", "实施“润童心”儿童素养提升工程", "市文化和旅游局、市科协"),
    ("10", "实施特殊困难儿童关爱项目", "市民政局、市残联、市妇联、团市委"),
]


@ret("aq05", "市妇联", "2024Q1", "all-projects-responsible-column", "docx", batch=39)
def fl_q1(path):
    U, Q = "市妇联", "2024Q1"
    w = Word(landscape=True)
    w.header("淄博市妇女联合会", align="right")
    w.title("2024年一季度为全市妇女儿童办实事工作进展情况表", size=18)
    w.para("（市妇联承担部分）", align="center", size=12)
    texts = {
        "2": f"联合人社部门举办女性就业专场招聘活动{n(U, '2.2', Q)}场；依托巾帼家政培训基地培训家政从业人员{n(U, '2.1', Q)}人次。",
        "4": f"启动“家庭共成长”计划，开展家庭教育巡讲{n(U, '4.1', Q)}场；培训家庭教育骨干{n(U, '4.2', Q)}人；“淄博好爸妈”平台完成改版上线。",
        "5": f"举办“缘来淄博”单身青年联谊活动{n(U, '5.1', Q)}场，参与青年260余人。",
        "6": "儿童友好共建联盟试点方案已印发，首批联盟正在筹建；市妇女儿童活动中心改建完成设计。",
    }
    rows = [["序号", "项目名称", "责任单位", "进展情况", "备注"]]
    for no, name, units in PROJECTS:
        rows.append([no, name, units, texts.get(no, ""), "" if no in texts else "非我会牵头/参与"
                     if "市妇联" not in units else "由牵头单位报送"])
    w.table(rows, widths=[1.2, 5.5, 5, 11, 3], size=10)
    w.para()
    w.para("填报人：张敏　　审核人：李静　　联系电话：3160332　　　　　　2024年3月28日", size=12)
    w.save(path)
    vals = {i: fig(U, i, Q) for i in ("2.1", "2.2", "4.1", "4.2", "5.1")}
    return Truth(vals, {k: {"progress": v} for k, v in texts.items()})


@ret("aq06", "市妇联", "2024Q3", "workbook-two-sheets", "xlsx", batch=39)
def fl_q3(path):
    U, Q = "市妇联", "2024Q3"
    s = Sheet(title="汇总")
    s.line("市妇联2024年为妇女儿童办实事项目推进台账（前三季度）", 7, size=14, bold=True, align="center", height=26)
    s.cells(["报送单位：淄博市妇女联合会", None, None, None, "截至：2024年9月30日"])
    rows = [["项目", "指标", "单位", "年度目标", "1-6月", "7-9月", "累计"]]
    spec = [("巾帼促就业", "培训家政从业人员", "人次", "—", "2.1"),
            ("巾帼促就业", "女性就业专场招聘", "场", "—", "2.2"),
            ("家庭教育指导", "家庭教育巡讲", "场", 1000, "4.1"),
            ("家庭教育指导", "培训家庭教育骨干", "人", 550, "4.2"),
            ("新型婚育文化", "单身青年联谊活动", "场", 10, "5.1"),
            ("儿童友好城市", "儿童友好共建联盟", "个", 8, "6.1")]
    for proj, name, unit, tgt, i in spec:
        h1, tot = n(U, i, "2024Q2"), n(U, i, Q)
        rows.append([proj, name, unit, tgt, h1, tot - h1, tot])
    s.table(rows, merges=[(1, 0, 2, 0), (3, 0, 4, 0)], widths=[16, 20, 7, 10, 9, 9, 9])
    s.line("说明：“累计”为1-9月数；家政培训为妇联系统巾帼家政培训基地数，不含人社、商务部门。", 7, size=10, height=30)
    d = Sheet(s.wb, title="分区县")
    d.line("各区县家庭教育骨干培训情况（1-9月）", 3, size=12, bold=True, align="center")
    parts = split(n(U, "4.2", Q), (60, 48, 40, 42, 52, 40, 30, 36, 30, 26, 26))
    d.table([["区县", "培训骨干（人）", "是否达到50人"]]
            + [[dd, p, "是" if p >= 50 else "否"] for dd, p in zip(DISTRICTS, parts)]
            + [["合计", n(U, "4.2", Q), ""]], widths=[14, 16, 14])
    s.save(path)
    return Truth({i: fig(U, i, Q) for _, _, _, _, i in spec})


@ret("aq07", "市妇联", "2024Q4", "report-with-seal", "pdf-text", batch=39)
def fl_q4(path):
    U, Q = "市妇联", "2024Q4"
    w = Word()
    w.title("淄博市妇女联合会\n关于2024年为全市妇女儿童办实事\n牵头项目完成情况的报告")
    w.para("淄妇字〔2024〕58号", align="center", size=14)
    w.para("市妇儿工委办公室：")
    w.body("2024年，市妇联牵头实施家庭教育指导服务、新型婚育文化培育、儿童友好城市建设促进三项行动，"
           "参与巾帼促就业、“两癌”救助、特殊困难儿童关爱等项目。现将全年完成情况报告如下。")
    w.heading("一、家庭教育指导服务行动")
    w.body(f"全年开展家庭教育巡讲{comma(n(U, '4.1', Q))}场，超额完成“千场巡讲”任务；11个区县共培训家庭教育骨干"
           f"{n(U, '4.2', Q)}人，各区县均不少于50人；“淄博好爸妈”网上家庭教育平台累计访问量达126万人次。")
    w.heading("二、新型婚育文化培育行动")
    w.body(f"打造“缘来淄博·青春有约”交友品牌，全年举办单身青年联谊活动{n(U, '5.1', Q)}场，参与青年1,480人次。")
    w.heading("三、儿童友好城市建设促进行动")
    w.body(f"建成儿童友好共建联盟{cn(n(U, '6.1', Q))}个，完成年度任务；市妇女儿童活动中心改建完成并对外开放，"
           "建成儿童城市书房5处。")
    w.heading("四、参与项目")
    w.body(f"巾帼家政培训基地培训家政从业人员{n(U, '2.1', Q)}人次，联合举办女性就业专场招聘活动{n(U, '2.2', Q)}场；"
           "持续推进“爱心妈妈”结对帮扶和“希望小屋”建设，全年新建“希望小屋”120间。")
    w.heading("五、存在问题及2025年打算")
    w.body("家庭教育指导服务专业力量仍显不足。2025年将推动家庭教育指导服务站点向村（社区）延伸。")
    w.para()
    w.picture(seal_png("淄博市妇女联合会", seed=39), width_cm=4.0)
    w.para("淄博市妇女联合会    ", align="right")
    w.para("2024年12月24日    ", align="right")
    w.save(path)
    return Truth({i: fig(U, i, Q) for i in ("2.1", "2.2", "4.1", "4.2", "5.1", "6.1")}, seal_picture=True)


# ---------------------------------------------------------------- 市商务局

@ret("aq08", "市商务局", "2024Q3", "bare-table", "doc", batch=39)
def sw_q3(path):
    U, Q = "市商务局", "2024Q3"
    w = Word(landscape=True)
    w.title("家政从业人员培训工作进展情况表", size=18)
    w.para("填报单位：淄博市商务局服务业发展科　　　　　　　　　　　　　填报日期：2024年9月27日", size=12)
    prog = (f"联合家政领跑者企业和职业院校开展家政从业人员岗前培训、技能提升培训，1至9月累计培训"
            f"{n(U, '2.1', Q)}人次，其中三季度{n(U, '2.1', Q) - n(U, '2.1', '2024Q2')}人次；新增员工制家政企业4家。")
    prob = "家政企业规模小、培训组织能力弱。"
    plan = "组织家政企业参加全省家政服务职业技能大赛。"
    w.table([["序号", "项目", "工作进展", "存在问题", "下步计划"],
             ["1", "实施巾帼促就业计划（家政职业技能培训）", prog, prob, plan]],
            widths=[1.5, 5, 11, 4.5, 4.5])
    w.para()
    w.para("联系人：赵磊　　电话：2865041", size=12)
    w.save(path)
    return Truth({"2.1": fig(U, "2.1", Q)}, {"2": {"progress": prog, "problems": prob, "plans": plan}})


# ---------------------------------------------------------------- 市卫生健康委

@ret("aq09", "市卫生健康委", "2024Q2", "report-with-attachment", "docx", batch=39)
def wj_q2(path):
    U, Q = "市卫生健康委", "2024Q2"
    w = Word()
    w.title("淄博市卫生健康委员会\n关于2024年上半年为全市妇女儿童办实事\n工作进展情况的报告")
    w.para()
    w.para("市妇儿工委办公室：")
    w.body("现将我委牵头负责的适龄妇女“两癌”免费检查和救助行动、普惠托育服务提质行动以及参与的"
           "“阳光成长”青少年身心健康护航行动上半年进展情况报告如下。")
    w.heading("一、“两癌”免费检查和救助")
    w.body(f"截至6月底，全市35—64岁适龄妇女“两癌”筛查率达到{fig(U, '3.1', Q):g}%，其中宫颈癌筛查9.6万人、"
           "乳腺癌筛查9.4万人；符合条件的“两癌”患病妇女救助实现全覆盖。适龄女孩HPV疫苗免费接种"
           "第一剂次接种工作已于5月启动。")
    w.heading("二、普惠托育服务提质")
    w.body(f"印发《市级婴幼儿照护服务示范区县评估标准》，6个区县提出创建申请；已评定市级示范托育机构"
           f"{cn(n(U, '7.2', Q))}家。")
    w.heading("三、心理健康服务")
    w.body(f"依托市精神卫生中心开展心理健康科普知识宣传{n(U, '8.1', Q)}场。")
    w.para("附件：上半年进展情况表", indent=True)
    sign_off(w, "淄博市卫生健康委员会", "2024年7月1日")
    attachment_head(w, "2024年上半年为全市妇女儿童办实事工作进展情况表")
    rows = [["项目", "指标", "年度目标", "截至6月底", "完成比例"],
            ["“两癌”免费检查和救助", "适龄妇女“两癌”筛查率", "≥90%", f"{fig(U, '3.1', Q):g}%", "—"],
            ["", "患病妇女救助覆盖率", "100%", "100%", "—"],
            ["普惠托育服务提质", "市级婴幼儿照护服务示范区县", "5个左右", "0", "评估中"],
            ["", "市级示范托育机构", "不少于10家", f"{n(U, '7.2', Q)}家", "30%"],
            ["青少年身心健康护航", "心理健康科普知识宣传", "—", f"{n(U, '8.1', Q)}场", "—"]]
    w.table(rows, merges=[(1, 0, 2, 0), (3, 0, 4, 0)], widths=[5.5, 7, 3.5, 3.5, 3])
    w.save(path)
    return Truth({i: fig(U, i, Q) for i in ("3.1", "3.2", "7.1", "7.2", "8.1")})


@ret("aq10", "市卫生健康委", "2024Q4", "district-rows-total", "xlsx", batch=39)
def wj_q4(path):
    U, Q = "市卫生健康委", "2024Q4"
    s = Sheet(title="两癌筛查")
    s.line("2024年全市适龄妇女“两癌”免费检查情况统计表", 6, size=14, bold=True, align="center", height=26)
    s.line("填报单位：市卫生健康委妇幼健康科　　　　　　　　　　数据截至2024年12月20日", 6)
    tgt = (98200, 61300, 38400, 45100, 60800, 49500, 34000, 43700, 21600, 12900, 9800)
    rate = (92.4, 90.8, 89.6, 91.2, 90.1, 90.3, 88.7, 89.9, 90.5, 87.9, 88.2)
    done = [round(t * r / 100) for t, r in zip(tgt, rate)]
    rows = [["区县", "适龄妇女任务数（人）", "宫颈癌筛查（人）", "乳腺癌筛查（人）", "筛查率（%）", "救助覆盖率（%）"]]
    for d, t, dn, r in zip(DISTRICTS, tgt, done, rate):
        rows.append([d, t, dn, dn - round(t * 0.004), r, 100])
    rows.append(["全市", sum(tgt), sum(done), sum(done) - sum(round(t * 0.004) for t in tgt),
                 fig(U, "3.1", Q), 100])
    fmts = {(r, 4): "0.0" for r in range(1, 13)}
    s.table(rows, widths=[12, 18, 16, 16, 12, 14], number_formats=fmts)
    s.line("备注：全年培育市级婴幼儿照护服务示范区县5个，评定市级示范托育机构10家。", 6, size=10)
    s.save(path)
    return Truth({"3.1": fig(U, "3.1", Q), "3.2": 100, "7.1": 5, "7.2": 10})


# ---------------------------------------------------------------- 团市委

@ret("aq11", "团市委", "2024Q2", "workbook-printed", "pdf-text", made_from="xlsx", batch=39)
def tw_q2(path):
    U, Q = "团市委", "2024Q2"
    s = Sheet(title="联谊活动台账")
    s.line("共青团淄博市委单身青年联谊活动开展情况（2024年1-6月）", 6, size=13, bold=True, align="center", height=24)
    acts = [("2月24日", "“青春有约·元宵灯会”交友活动", "张店区", 86),
            ("4月20日", "“春日踏青”青年联谊会", "博山区", 64),
            ("5月18日", "“爱在齐都”青年交友活动", "临淄区", 72)]
    rows = [["序号", "时间", "活动名称", "地点", "参与人数", "备注"]]
    for k, (d, name, place, p) in enumerate(acts, 1):
        rows.append([k, d, name, place, p, "联合市妇联" if k == 3 else ""])
    rows.append(["合计", "", f"{len(acts)}场", "", sum(a[3] for a in acts), ""])
    s.table(rows, merges=[(4, 0, 4, 1)], widths=[6, 10, 34, 10, 10, 12])
    s.skip()
    s.line("填报人：王一鸣　　联系电话：3178290　　　　　　　　　　报送日期：2024年6月27日", 6, size=10)
    s.save(path)
    assert len(acts) == n(U, "5.1", Q)
    return Truth({"5.1": fig(U, "5.1", Q)})


@ret("aq12", "团市委", "2024Q4", "report-prose-only", "docx", batch=39)
def tw_q4(path):
    U, Q = "团市委", "2024Q4"
    w = Word()
    w.title("共青团淄博市委员会\n2024年为妇女儿童办实事工作完成情况")
    w.para()
    w.body("今年以来，团市委按照市妇儿工委统一部署，参与实施新型婚育文化培育行动和特殊困难儿童关爱项目，"
           "现将全年工作情况报告如下：")
    w.body(f"一、打造青年交友品牌。围绕“青春有约”品牌，全年举办单身青年联谊活动{cn(n(U, '5.1', Q))}场，"
           "服务单身青年530余人次，现场牵手配对96对。")
    w.body("二、关爱困境儿童。持续开展“希望小屋”儿童关爱项目，全年新建“希望小屋”85间，累计建成412间；"
           "组织青年志愿者开展结对陪伴活动1,200余人次。")
    w.body("三、存在问题。联谊活动受众以城区青年为主，农村青年参与度不高。")
    w.body("四、下步打算。推动联谊活动向县域、园区延伸，拓展线上交友服务。")
    sign_off(w, "共青团淄博市委员会", "2024年12月30日")
    w.save(path)
    return Truth({"5.1": fig(U, "5.1", Q)})


# ---------------------------------------------------------------- 市医保局

@ret("aq13", "市医保局", "2024Q1", "report-prose-only", "doc", batch=39)
def yb_q1(path):
    w = Word()
    w.title("市医疗保障局关于提高职工生育医疗费报销标准\n一季度落实情况的报告")
    w.para()
    w.para("市妇儿工委办公室：")
    w.body("根据市政府为妇女儿童办实事工作安排，我局负责提高职工生育医疗费报销标准。一季度，我局印发"
           "《关于进一步完善职工生育保险有关政策的通知》，自2024年1月1日起，职工医保参保人员（含灵活就业人员）"
           "住院分娩政策范围内医疗费用报销比例提高至100%。1-3月，全市享受生育医疗费待遇3,216人次，"
           "基金支付2,865万元。")
    w.body("下一步，我局将加强政策宣传，确保符合条件的参保人员应享尽享。")
    sign_off(w, "淄博市医疗保障局", "2024年4月1日")
    w.save(path)
    return Truth({"5.2": 100})


@ret("aq14", "市医保局", "2024Q3", "bare-table", "xlsx", batch=39)
def yb_q3(path):
    s = Sheet(title="Sheet1")
    s.line("2024年第三季度为妇女儿童办实事进展情况", 5, size=14, bold=True, align="center")
    s.line("单位（盖章）：淄博市医疗保障局", 5)
    prog = "住院分娩政策范围内医疗费用报销比例保持100%，1-9月全市享受生育医疗费待遇9,842人次，基金支付8,614万元。"
    rows = [["项目名称", "目标任务", "进展情况", "存在问题", "下步打算"],
            ["实施新型婚育文化培育行动（提高职工生育医疗费报销标准）",
             "职工医保参保人员（含灵活就业人员）住院分娩政策范围内医疗费用报销比例达到100%", prog, "无",
             "继续做好生育医疗费待遇保障。"]]
    s.table(rows, widths=[22, 26, 40, 10, 20])
    s.ws.row_dimensions[s.row - 1].height = 90
    s.line("2024年9月29日", 5, align="right")
    s.save(path)
    return Truth({"5.2": 100}, {"5": {"progress": prog, "problems": "无", "plans": "继续做好生育医疗费待遇保障。"}})


# ---------------------------------------------------------------- 市交通运输局

@ret("aq15", "市交通运输局", "2024Q2", "report-with-attachment", "docx", batch=39)
def jt_q2(path):
    U, Q = "市交通运输局", "2024Q2"
    w = Word()
    w.title("淄博市交通运输局\n关于“定制公交”助学专线开通情况的报告")
    w.para()
    w.para("市妇儿工委办公室：")
    w.body(f"为落实儿童友好城市建设促进行动，我局会同市教育局、淄博市公交集团推进“定制公交”助学专线建设。"
           f"截至6月30日，已开通助学专线{cn(n(U, '6.2', Q))}条，日均服务学生1,050人次，全年计划4条。")
    w.body("二季度新开通的2条专线为：张店区实验中学—新村西路专线、临淄区齐都中学专线。")
    w.body("下步，我局将结合秋季开学学生通学需求调查，开通第4条专线。")
    w.para("附件：“定制公交”助学专线开通明细", indent=True)
    sign_off(w, "淄博市交通运输局", "2024年7月5日")
    attachment_head(w, "“定制公交”助学专线开通明细（截至2024年6月30日）")
    w.table([["序号", "线路名称", "服务学校", "开通时间", "日均客流（人次）"],
             ["1", "助学1号线", "淄博一中（东校区）", "2024年3月4日", "420"],
             ["2", "助学2号线", "张店区实验中学", "2024年4月8日", "360"],
             ["3", "助学3号线", "临淄区齐都中学", "2024年5月6日", "270"],
             ["合计", "", "", "3条", "1050"]],
            merges=[(4, 0, 4, 2)], widths=[2, 5, 7, 5, 5])
    w.save(path)
    return Truth({"6.2": fig(U, "6.2", Q)})


@ret("aq16", "市交通运输局", "2024Q4", "bare-table", "pdf-text", batch=39)
def jt_q4(path):
    U, Q = "市交通运输局", "2024Q4"
    w = Word(landscape=True)
    w.title("2024年为全市妇女儿童办实事工作进展情况表", size=18)
    w.para("报送单位：市交通局　　　　　　　　　　　　　　　　　　　　　　　　　　时间：2024年12月", size=12)
    prog = (f"全年开通“定制公交”助学专线{n(U, '6.2', Q)}条，完成年度目标，日均服务学生1,380人次，"
            "秋季学期新增沂源县第一中学专线1条。")
    w.table([["项目", "任务", "完成情况", "存在问题", "下步计划"],
             ["儿童友好城市建设促进行动", "开通4条“定制公交”助学专线", prog, "部分线路早高峰运力偏紧。",
              "根据客流动态调整发车班次。"]], widths=[4.5, 5, 10, 4, 4])
    w.save(path)
    return Truth({"6.2": fig(U, "6.2", Q)}, {"6": {"progress": prog, "problems": "部分线路早高峰运力偏紧。",
                                                  "plans": "根据客流动态调整发车班次。"}})


# ---------------------------------------------------------------- 市总工会

@ret("aq17", "市总工会", "2024Q3", "ledger-list", "xlsx", batch=39)
def gh_q3(path):
    U, Q = "市总工会", "2024Q3"
    s = Sheet(title="托管班台账")
    s.line("2024年职工子女寒暑假托管班开办情况台账", 7, size=14, bold=True, align="center", height=26)
    s.line("填报单位：淄博市总工会女职工部　　　　　　　　　　　　　　　　截至2024年9月10日", 7)
    hosts = ["张店区总工会", "淄川区总工会", "博山区总工会", "周村区总工会", "临淄区总工会", "桓台县总工会",
             "高青县总工会", "沂源县总工会", "高新区工会", "齐鲁石化工会", "淄博矿业集团工会", "山东铝业工会",
             "淄博供电公司工会", "市直机关工会", "齐鲁医院（淄博）工会"]
    rows = [["序号", "举办单位", "托管类型", "班次", "托管儿童（人）", "开班时间", "备注"]]
    total, k = n(U, "7.3", Q), 0
    winter = n(U, "7.3", "2024Q2")
    plan = []
    for i in range(winter):
        if i < n(U, "7.3", "2024Q1"):
            plan.append((hosts[i % len(hosts)], "寒假", 1, "1月22日"))
        else:
            plan.append((hosts[i % len(hosts)], "五一假期", 1, "5月1日"))
    left = total - winter
    i = 0
    while left:
        c = 2 if left >= 2 and i % 3 == 0 else 1
        plan.append((hosts[i % len(hosts)], "暑假", c, "7月8日" if i % 2 else "7月15日"))
        left -= c
        i += 1
    for host, kind, c, start in plan:
        k += 1
        rows.append([k, host, kind, c, 30 * c + (k * 7) % 19, start, ""])
    rows.append(["合计", "", "", total, sum(r[4] for r in rows[1:]), "", ""])
    s.table(rows, merges=[(len(rows) - 1, 0, len(rows) - 1, 2)], widths=[6, 24, 10, 7, 14, 11, 10])
    s.line("注：寒假班1月开办，五一假期班5月开办，暑假班7—8月开办；“班次”列合计即全年累计开班次数。", 7, size=10)
    s.save(path)
    return Truth({"7.3": fig(U, "7.3", Q)})


@ret("aq18", "市总工会", "2024Q4", "report-prose-only", "doc", batch=39)
def gh_q4(path):
    U, Q = "市总工会", "2024Q4"
    w = Word()
    w.title("淄博市总工会\n关于2024年职工子女托管服务工作情况的报告")
    w.para()
    w.para("市妇儿工委办公室：")
    w.body(f"2024年，市总工会将职工子女托管服务作为为职工办实事的重要内容，推动各级工会和用人单位开办寒暑假"
           f"职工子女托管班。全年共开办寒暑假职工子女托管班{n(U, '7.3', Q)}个班次（其中寒假班8个、暑假班36个、"
           "国庆假期班9个），托管职工子女2,100余人，完成年度目标（不少于50个班次）。")
    w.body("市总工会对开办托管班的单位给予每班次5,000元补助，全年拨付补助资金26.5万元。")
    w.body("下步，我们将推动托管服务向园区、新就业形态劳动者集中的行业延伸。")
    sign_off(w, "淄博市总工会", "2024年12月23日")
    w.save(path)
    return Truth({"7.3": fig(U, "7.3", Q)})


# ---------------------------------------------------------------- 市公安局

@ret("aq19", "市公安局", "2024Q1", "report-prose-only", "pdf-text", batch=39)
def ga_q1(path):
    w = Word()
    w.header("淄博市公安局治安管理支队")
    w.title("“护校安园”专项行动一季度工作情况")
    w.para()
    w.body("一季度，全市公安机关持续深化“护校安园”专项行动，会同教育部门对全市中小学幼儿园开展春季开学"
           "安全检查，检查学校幼儿园1,386所，督促整改隐患47处。全市中小学幼儿园专职保安员配备率、封闭化管理率、"
           "一键式紧急报警和视频监控系统建设率、“护学岗”设置率均为100%，安全防范建设“4个100%”稳定达标。")
    w.body("下一步，将常态化开展上下学“护学岗”勤务，严厉打击侵害未成年人违法犯罪。")
    sign_off(w, "淄博市公安局", "2024年3月30日", blank=1)
    w.save(path)
    return Truth({"8.2": 100})


@ret("aq20", "市公安局", "2024Q3", "bare-table", "xlsx", batch=39)
def ga_q3(path):
    s = Sheet(title="护校安园")
    s.line("“护校安园”专项行动进展情况表（第三季度）", 6, size=14, bold=True, align="center")
    s.cells(["填报单位：市公安局", None, None, None, "2024年9月26日"])
    rows = [["区县", "学校幼儿园数（所）", "专职保安员配备率", "封闭化管理率", "一键报警和视频监控建设率", "“护学岗”设置率"]]
    nums = (265, 190, 118, 121, 176, 138, 95, 128, 80, 43, 32)
    for d, m in zip(DISTRICTS, nums):
        rows.append([d, m, "100%", "100%", "100%", "100%"])
    rows.append(["全市", sum(nums), "100%", "100%", "100%", "100%"])
    s.table(rows, widths=[12, 16, 16, 14, 22, 14])
    s.line("备注：全市中小学幼儿园安全防范建设“4个100%”达标率100%。", 6, size=10)
    s.save(path)
    return Truth({"8.2": 100})


# ---------------------------------------------------------------- 市法院、市检察院

@ret("aq21", "市法院", "2024Q2", "report-prose-only", "doc", batch=39)
def fy_q2(path):
    w = Word()
    w.title("淄博市中级人民法院\n关于家事案件调解联盟建设及未成年人司法保护\n工作进展情况的报告")
    w.para()
    w.para("市妇儿工委办公室：")
    w.body("今年以来，我院认真落实“阳光成长”青少年身心健康护航行动部署，现将上半年工作情况报告如下。")
    w.heading("一、家事案件调解联盟建设")
    w.body("联合市妇联、市司法局印发《淄博市家事纠纷多元化解联盟工作规则》，5月22日召开联盟成立大会，"
           "吸纳人民调解组织、妇联执委、心理咨询师等成员单位32家。上半年通过联盟调解家事纠纷418件，调解成功296件。")
    w.heading("二、未成年人司法保护")
    w.body("上半年审结涉未成年人案件156件，发出家庭教育指导令23份，开展“法官进校园”活动41场次。")
    w.heading("三、下步打算")
    w.body("推动家事调解工作室向基层人民法庭延伸，年内实现区县全覆盖。")
    sign_off(w, "淄博市中级人民法院", "2024年6月28日")
    w.save(path)
    return Truth({})


@ret("aq22", "市检察院", "2024Q4", "bare-table-with-seal", "docx", batch=39)
def jc_q4(path):
    w = Word(landscape=True)
    w.para("附件", font=HEI, size=16)
    w.title(T24, size=18)
    w.para("填报单位：淄博市人民检察院第九检察部　　　　　　　　　　　　　　　　　　　　截至2024年12月20日", size=12)
    prog = ("全年办理侵害未成年人犯罪案件87件，开展未成年人综合司法保护督促监护令发放112份；"
            "参与家事案件调解联盟工作，共同化解涉未成年人家事纠纷63件；“法治副校长”进校园授课196场次。")
    prob = "部分区县未成年人保护社会支持体系不够健全。"
    plan = "深化“检察+妇联”协作机制。"
    w.table([["项目名称", "责任单位", "工作进展", "存在问题", "下步打算"],
             ["实施“阳光成长”青少年身心健康护航行动", "市检察院", prog, prob, plan]],
            widths=[4.5, 3, 11, 4, 4])
    w.para()
    w.picture(seal_png("淄博市人民检察院", seed=7), width_cm=3.8)
    w.para("2024年12月24日", align="right")
    w.save(path)
    return Truth({}, {"8": {"progress": prog, "problems": prob, "plans": plan}}, seal_picture=True)


# ---------------------------------------------------------------- 市文化和旅游局

@ret("aq23", "市文化和旅游局", "2024Q1", "monthly-columns", "xlsx", batch=39)
def wl_q1(path):
    U, Q = "市文化和旅游局", "2024Q1"
    s = Sheet(title="戏曲进校园")
    s.line("“戏曲进校园”活动开展情况统计表（2024年1-3月）", 7, size=14, bold=True, align="center", height=24)
    s.cells(["报送单位：市文旅局艺术科", None, None, None, None, "报送时间：2024.3.29"])
    teams = [("淄博市五音剧院", 3, 8, 9), ("淄博市京剧院", 2, 5, 6), ("淄川区文化馆", 0, 2, 2),
             ("博山区孝妇河剧团", 1, 2, 1)]
    rows = [["演出团体", "剧种", "1月", "2月", "3月", "小计", "备注"]]
    kinds = ("五音戏", "京剧", "五音戏", "吕剧")
    for (t, a, b, c), kd in zip(teams, kinds):
        rows.append([t, kd, a, b, c, a + b + c, ""])
    rows.append(["合计", "", sum(t[1] for t in teams), sum(t[2] for t in teams), sum(t[3] for t in teams),
                 n(U, "9.1", Q), "含演出和校园戏曲课程辅导"])
    assert sum(t[1] + t[2] + t[3] for t in teams) == n(U, "9.1", Q)
    s.table(rows, merges=[(5, 0, 5, 1)], widths=[20, 9, 7, 7, 7, 8, 24])
    s.line("全年目标200场。", 7, size=10)
    s.save(path)
    return Truth({"9.1": fig(U, "9.1", Q)})


@ret("aq24", "市文化和旅游局", "2024Q3", "workbook-printed", "pdf-text", made_from="xlsx", batch=39)
def wl_q3(path):
    U, Q = "市文化和旅游局", "2024Q3"
    s = Sheet(title="进展表")
    s.line("2024年为妇女儿童办实事进展情况（前三季度）", 5, size=14, bold=True, align="center", height=24)
    s.line("填报单位：淄博市文化和旅游局", 5)
    prog = (f"1-9月累计开展五音戏、京剧等剧目进校园演出及校园戏曲课程辅导{n(U, '9.1', Q)}场，"
            "暑期组织“戏曲夏令营”3期。")
    prob = "暑期学校放假，三季度场次偏少。"
    plan = "四季度集中安排进校园演出。"
    rows = [["项目", "年度目标", "进展情况", "存在问题", "下步打算"],
            ["“润童心”儿童素养提升工程（戏曲进校园）", "200场", prog, prob, plan]]
    s.table(rows, widths=[18, 9, 36, 16, 16])
    s.ws.row_dimensions[s.row - 1].height = 75
    s.ws.row_dimensions[1].height = 24
    s.line("联系人：陈晓　电话：2702316　　　　　　　　　　　　2024年9月30日", 5, size=10)
    s.save(path)
    return Truth({"9.1": fig(U, "9.1", Q)}, {"9": {"progress": prog, "problems": prob, "plans": plan}})


# ---------------------------------------------------------------- 市科协

@ret("aq25", "市科协", "2024Q2", "report-with-attachment", "docx", batch=39)
def kx_q2(path):
    U, Q = "市科协", "2024Q2"
    w = Word()
    w.title("淄博市科学技术协会\n关于上半年科普惠童工作进展情况的报告")
    w.para()
    w.para("市妇儿工委办公室：")
    w.body(f"上半年，我会围绕“润童心”儿童素养提升工程，组织科普大篷车深入农村学校、社区巡展{n(U, '9.2', Q)}场，"
           f"举办青少年“蒲公英”科普大讲堂{n(U, '9.3', Q)}场，受益青少年3.2万人次。")
    w.body("存在问题：偏远乡村学校巡展路线较长，展品损耗较大。下步将补充更新展品，提高巡展频次。")
    sign_off(w, "淄博市科学技术协会", "2024年7月2日")
    attachment_head(w, "科普惠童项目上半年进展统计表")
    rows = [["活动", "全年目标（场）", "一季度（场）", "二季度（场）", "累计（场）", "完成率"]]
    for i, name, tgt in (("9.2", "科普大篷车巡展", 30), ("9.3", "青少年“蒲公英”科普大讲堂", 40)):
        a, b = n(U, i, "2024Q1"), n(U, i, Q)
        rows.append([name, str(tgt), str(a), str(b - a), str(b), f"{b / tgt * 100:.0f}%"])
    w.table(rows, widths=[6.5, 3.5, 3, 3, 3, 3])
    w.save(path)
    return Truth({"9.2": fig(U, "9.2", Q), "9.3": fig(U, "9.3", Q)})


@ret("aq26", "市科协", "2024Q4", "bare-table", "pdf-text", batch=39)
def kx_q4(path):
    U, Q = "市科协", "2024Q4"
    w = Word(landscape=True)
    w.title("市科协2024年为妇女儿童办实事进展情况", size=18)
    w.para("（截至12月20日）", align="center", size=14)
    rows = [["序号", "工作任务", "目标", "全年完成", "备注"],
            ["1", "科普大篷车巡展", "30场", f"{n(U, '9.2', Q)}场", "覆盖11个区县"],
            ["2", "青少年“蒲公英”科普大讲堂", "40场", f"{n(U, '9.3', Q)}场", ""]]
    w.table(rows, widths=[2, 8, 4, 4, 7], size=12)
    w.para()
    w.para("淄博市科学技术协会　　　　", align="right")
    w.para("2024年12月23日　　　　", align="right")
    w.save(path)
    return Truth({"9.2": fig(U, "9.2", Q), "9.3": fig(U, "9.3", Q)})


# ---------------------------------------------------------------- 市民政局

@ret("aq27", "市民政局", "2024Q2", "district-rows-total", "xlsx", batch=39)
def mz_q2(path):
    s = Sheet(title="孤困儿童助学")
    s.line("孤困儿童就学资助情况统计表", 6, size=14, bold=True, align="center")
    s.line("填报单位：淄博市民政局儿童福利科　　　　　　统计时段：2024年1月1日—6月30日", 6)
    kids = (62, 48, 35, 29, 41, 30, 26, 38, 8, 6, 5)
    rows = [["区县", "孤儿（人）", "事实无人抚养儿童（人）", "重点困境儿童（人）", "已资助（人）", "资助覆盖率"]]
    for d, k in zip(DISTRICTS, kids):
        a, b = k // 4, k // 2
        rows.append([d, a, b, k - a - b, k, "100%"])
    rows.append(["合计", sum(r[1] for r in rows[1:]), sum(r[2] for r in rows[1:]), sum(r[3] for r in rows[1:]),
                 sum(kids), "100%"])
    s.table(rows, widths=[12, 10, 20, 16, 12, 12])
    s.line("注：享受民政保障的孤困儿童就学资助实现全覆盖。", 6, size=10)
    s.save(path)
    return Truth({"10.1": 100})


@ret("aq28", "市民政局", "2024Q4", "report-with-attachment", "doc", batch=39)
def mz_q4(path):
    w = Word()
    w.title("淄博市民政局\n关于2024年度特殊困难儿童关爱项目\n实施情况的报告")
    w.para()
    w.para("市妇儿工委办公室：")
    w.body("2024年，我局牵头实施特殊困难儿童关爱项目，现将全年工作情况报告如下：")
    w.body("一、就学资助。实施“福彩圆梦·孤儿助学工程”“慈善助学·事实无人抚养及重点困境儿童助学工程”，"
           "全年资助孤困儿童702名，发放助学金206.4万元，享受民政保障的孤困儿童就学资助实现全覆盖。")
    w.body("二、关爱服务。配齐乡镇（街道）儿童督导员88名、村（社区）儿童主任3,052名，开展“爱心妈妈”结对帮扶1,286对。")
    w.body("三、下步打算。健全困境儿童动态监测机制，推进儿童福利机构优化提质。")
    w.para("附件：特殊困难儿童关爱项目进展表", indent=True)
    sign_off(w, "淄博市民政局", "2024年12月26日")
    attachment_head(w, "特殊困难儿童关爱项目进展表")
    w.table([["指标", "目标值", "完成值", "备注"],
             ["享受民政保障的孤困儿童就学资助覆盖率", "100%", "100%", "资助702名"],
             ["“爱心妈妈”结对帮扶", "—", "1286对", ""]], widths=[9, 4, 4, 7])
    w.save(path)
    return Truth({"10.1": 100})


# ---------------------------------------------------------------- 市残联

@ret("aq29", "市残联", "2024Q3", "district-rows-total", "docx", batch=39)
def cl_q3(path):
    U, Q = "市残联", "2024Q3"
    w = Word(landscape=True)
    w.header("淄博市残疾人联合会康复部")
    w.title("2024年1-9月残疾儿童康复救助情况统计表", size=18)
    parts = split(n(U, "10.2", Q), W11)
    prev = split(n(U, "10.2", "2024Q2"), W11)
    rows = [["区县", "上半年救助（名）", "三季度新增（名）", "累计救助（名）", "其中孤独症儿童（名）"]]
    for d, a, p in zip(DISTRICTS, parts, prev):
        rows.append([d, str(p), str(a - p), str(a), str(a * 3 // 10)])
    rows.append(["合计", str(sum(prev)), str(sum(parts) - sum(prev)), str(sum(parts)),
                 str(sum(a * 3 // 10 for a in parts))])
    w.table(rows, widths=[4, 4, 4, 4, 5], size=11)
    w.para()
    w.para("说明：年度目标约2000名，完成78%。　　　　　　　　　　　填表日期：2024年9月30日", size=12)
    w.save(path)
    return Truth({"10.2": fig(U, "10.2", Q)})


@ret("aq30", "市残联", "2024Q1", "report-prose-only", "pdf-text", batch=39)
def cl_q1(path):
    U, Q = "市残联", "2024Q1"
    w = Word()
    w.title("市残联残疾儿童康复救助项目\n一季度工作进展")
    w.para()
    w.body(f"1-3月，全市共为{n(U, '10.2', Q)}名符合条件且有康复需求的残疾儿童实施康复救助，完成年度目标的24%；"
           "其中视力、听力、言语、肢体、智力残疾儿童及孤独症儿童分别为12名、38名、64名、126名、95名和145名。")
    w.body("存在问题：康复救助定点机构区域分布不均衡，沂源、高青等县康复资源相对薄弱。")
    w.body("下步打算：开展定点康复机构年度评估，推动优质康复资源向县域延伸。")
    sign_off(w, "淄博市残疾人联合会", "2024年4月2日", blank=1)
    w.save(path)
    return Truth({"10.2": fig(U, "10.2", Q)})


WORDING.update({  # batch 39
    "aq01": (("title", "sign-off", "fill-line"), "第一季度"),
    "aq02": (("fill-line",), "1-9月"),
    "aq03": (("fill-line",), "上半年"),
    "aq04": (("title", "sign-off"), "年度"),
    "aq05": (("header",), "一季度"),
    "aq06": (("title", "fill-line"), "前三季度"),
    "aq07": (("title", "sign-off", "seal"), "全年"),
    "aq08": (("fill-line",), "1至9月"),
    "aq09": (("title", "sign-off"), "上半年"),
    "aq10": (("fill-line",), "截至2024年12月20日"),
    "aq11": (("title",), "1-6月"),
    "aq12": (("title", "sign-off"), "全年"),
    "aq13": (("title", "sign-off"), "一季度"),
    "aq14": (("fill-line",), "第三季度"),
    "aq15": (("title", "sign-off"), "截至6月30日"),
    "aq16": (("fill-line",), "全年"),
    "aq17": (("fill-line",), "截至2024年9月10日"),
    "aq18": (("title", "sign-off"), "全年"),
    "aq19": (("header", "sign-off"), "一季度"),
    "aq20": (("fill-line",), "第三季度"),
    "aq21": (("title", "sign-off"), "上半年"),
    "aq22": (("fill-line", "seal"), "截至2024年12月20日"),
    "aq23": (("fill-line",), "1-3月"),
    "aq24": (("fill-line",), "前三季度"),
    "aq25": (("title", "sign-off"), "上半年"),
    "aq26": (("title", "sign-off"), "截至12月20日"),
    "aq27": (("fill-line",), "date-range"),
    "aq28": (("title", "sign-off"), "年度"),
    "aq29": (("header",), "1-9月"),
    "aq30": (("title", "sign-off"), "一季度"),
})
