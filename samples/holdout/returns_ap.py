"""Batch 38: native returns (Word, .doc, Excel, text PDF) from offices nobody has seen, written by
a new author in session 4 without reading app/, parsers/ or any other batch. Please do not
read this file while changing app/extraction/."""
from __future__ import annotations

B = 38

from samples.holdout.corpus import QNAME, Truth, attachment_head, ret, sign_off
from samples.holdout.docxkit import HEI, Word
from samples.holdout.ledger_ap import fig, n, prev, split
from samples.holdout.numerals import cn, comma, full
from samples.holdout.seal import seal_png
from samples.holdout.wording import WORDING
from samples.holdout.xlkit import Sheet

TT = "2024年为全市妇女儿童办实事工作进展情况表"
D11 = ["张店区", "淄川区", "博山区", "周村区", "临淄区", "桓台县", "高青县", "沂源县",
       "高新区", "经济开发区", "文昌湖区"]
D8 = D11[:8]

WORDING.update({
    "ap01": (("title", "sign-off"), "第一季度"),
    "ap02": (("fill-line",), "1-9月"),
    "ap03": (("title", "sign-off"), "上半年"),
    "ap04": (("title", "fill-line"), "全年"),
    "ap05": (("fill-line", "table-cell", "seal"), "二季度"),
    "ap06": (("fill-line",), "截至12月底"),
    "ap07": (("title", "sign-off"), "前三季度"),
    "ap08": (("fill-line",), "一季度"),
    "ap09": (("header", "sign-off"), "第三季度"),
    "ap10": (("fill-line",), "截至6月30日"),
    "ap11": (("title", "sign-off", "seal"), "年度"),
    "ap12": (("title", "sign-off"), "1-3月"),
    "ap13": (("fill-line",), "三季度"),
    "ap14": (("title", "fill-line"), "截至2024年6月底"),
    "ap15": (("title", "sign-off"), "全年"),
    "ap16": (("title", "sign-off"), "7—9月"),
    "ap17": (("fill-line",), "一季度"),
    "ap18": (("title", "sign-off"), "二季度"),
    "ap19": (("fill-line",), "第四季度"),
    "ap20": (("title", "sign-off"), "第三季度"),
    "ap21": (("fill-line",), "上半年"),
    "ap22": (("title", "sign-off"), "截至3月底"),
    "ap23": (("title", "fill-line"), "前三季度"),
    "ap24": (("fill-line",), "第二季度"),
    "ap25": (("title", "sign-off"), "2024年度"),
    "ap26": (("fill-line", "sign-off"), "第一季度"),
    "ap27": (("title", "fill-line"), "年度"),
    "ap28": (("header", "sign-off", "seal"), "上半年"),
    "ap29": (("fill-line",), "截至9月末"),
    "ap30": (("title", "sign-off"), "一季度"),
})


# ---------------------------------------------------------------- 市教育局

@ret("ap01", "市教育局", "2024Q1", "report-with-attachment", "docx", batch=B)
def jy_q1(path):
    U, Q = "市教育局", "2024Q1"
    w = Word()
    w.title("淄博市教育局\n关于2024年第一季度为全市妇女儿童办实事\n工作进展情况的报告")
    w.para()
    w.para("市妇儿工委办公室：")
    w.body("按照淄政办字〔2024〕13号文件要求，现将我局承担的为全市妇女儿童办实事项目第一季度"
           "进展情况报告如下：")
    w.heading("一、教育资源扩增优化工程")
    w.body(f"4所新改扩建中小学均已完成立项，其中2所进入主体施工阶段，暂无竣工项目；新改扩建幼儿园"
           f"已完工{cn(n(U, '1.2', Q))}所（张店区马尚第二幼儿园），其余9所正在施工；"
           f"已打造智慧教育应用场景{n(U, '1.3', Q)}个。")
    w.heading("二、家庭教育指导服务")
    w.body(f"依托各级家长学校开展家庭教育巡讲{n(U, '4.1', Q)}场，受益家长约1.2万人次。")
    w.heading("三、青少年身心健康护航")
    w.body(f"开展心理健康科普知识宣传{n(U, '8.1', Q)}场；组织开学前安全大检查，全市中小学幼儿园"
           "安全防范建设“4个100%”达标率保持100%。")
    w.para("附件：2024年第一季度为全市妇女儿童办实事工作进展情况表", indent=True)
    sign_off(w, "淄博市教育局", "2024年3月29日")
    attachment_head(w, "2024年第一季度为全市妇女儿童办实事工作进展情况表")
    rows = [["序号", "实事项目", "具体任务", "年度目标", "截至3月底完成", "备注"],
            ["1", "教育资源扩增优化工程", "新改扩建中小学", "4所", "0", "4所均已立项，2所主体施工"],
            ["2", "", "新改扩建幼儿园", "10所", f"{n(U, '1.2', Q)}所", ""],
            ["3", "", "打造智慧教育应用场景", "10个", f"{n(U, '1.3', Q)}个", ""],
            ["4", "家庭教育指导服务行动", "家庭教育巡讲", "千场（与市妇联共同）", f"{n(U, '4.1', Q)}场", ""],
            ["5", "“阳光成长”护航行动", "心理健康科普知识宣传", "200场", f"{n(U, '8.1', Q)}场", ""],
            ["6", "", "安全防范建设“4个100%”", "稳定达标", "100%", ""]]
    w.table(rows, merges=[(1, 1, 3, 1), (5, 1, 6, 1)], widths=[1.3, 5, 5.5, 3.5, 3.5, 6])
    w.save(path)
    return Truth({i: fig(U, i, Q) for i in ("1.1", "1.2", "1.3", "4.1", "8.1", "8.2")})


@ret("ap02", "市教育局", "2024Q3", "quarter-columns-cumulative", "xlsx", batch=B)
def jy_q3(path):
    U, Q = "市教育局", "2024Q3"
    s = Sheet(title="1-9月")
    s.line("为全市妇女儿童办实事进展情况统计表（1-9月）", 8, size=16, bold=True, align="center", height=30)
    s.cells(["填报单位：淄博市教育局（基础教育科）", None, None, None, None, "填报日期：2024.9.30"])
    ids = [("1.1", "新改扩建中小学", "所", 4), ("1.2", "新改扩建幼儿园", "所", 10),
           ("1.3", "智慧教育应用场景", "个", 10), ("4.1", "家庭教育巡讲", "场", "—"),
           ("8.1", "心理健康科普宣传", "场", 200)]
    rows = [["序号", "指标", "单位", "全年目标", "一季度", "二季度", "三季度", "1-9月累计"]]
    for k, (i, name, unit, tgt) in enumerate(ids, 1):
        q1 = n(U, i, "2024Q1")
        q2 = n(U, i, "2024Q2") - q1
        q3 = n(U, i, Q) - n(U, i, "2024Q2")
        rows.append([k, name, unit, tgt, q1, q2, q3, n(U, i, Q)])
    rows.append([6, "“4个100%”达标率", "%", 100, 100, 100, 100, 100])
    s.table(rows, widths=[6, 22, 6, 10, 9, 9, 9, 12])
    s.line("说明：中小学3所为淄川区实验中学、临淄区雪宫中学扩建、高新区第二小学；幼儿园含改扩建。", 8, size=10)
    s.save(path)
    return Truth({i: fig(U, i, Q) for i in ("1.1", "1.2", "1.3", "4.1", "8.1", "8.2")})


# ---------------------------------------------------------------- 市人社局

@ret("ap03", "市人力资源社会保障局", "2024Q2", "report-prose-only", "doc", batch=B)
def rs_q2(path):
    U, Q = "市人力资源社会保障局", "2024Q2"
    w = Word()
    w.title("市人力资源社会保障局\n2024年上半年巾帼促就业计划落实情况")
    w.para()
    w.body("今年以来，我局会同市妇联、市商务局扎实推进巾帼促就业计划，现将上半年进展报告如下。")
    w.runs([("一、女性就业专场招聘。", "h"),
            (f"以“春风行动”为抓手，上半年累计举办女性就业专场招聘活动{n(U, '2.2', Q)}场，"
             "组织1,460家（次）企业进场，提供适合女性岗位2.3万个，达成初步就业意向3,870人。", "")])
    w.runs([("二、家政从业人员培训。", "h"),
            (f"依托33家家政培训机构开展母婴护理、养老护理等项目制培训，累计培训家政从业人员"
             f"{comma(n(U, '2.1', Q))}人次，完成年度目标任务的{n(U, '2.1', Q) * 100 // 5000}%左右。", "")])
    w.runs([("三、下步打算。", "h"),
            ("下半年重点开展“雏凤”高校毕业生专场和秋季招聘月活动，继续推动家政培训“应训尽训”。", "")])
    sign_off(w, "淄博市人力资源和社会保障局", "2024年7月5日")
    w.save(path)
    return Truth({"2.1": fig(U, "2.1", Q), "2.2": fig(U, "2.2", Q)})


@ret("ap04", "市人力资源社会保障局", "2024Q4", "district-rows-total", "xlsx", batch=B)
def rs_q4(path):
    U, Q = "市人力资源社会保障局", "2024Q4"
    s = Sheet(title="全年汇总")
    s.line("2024年全年巾帼促就业计划区县完成情况汇总表", 5, size=16, bold=True, align="center", height=30)
    s.line("填报单位：市人社局职业能力建设科　　　　　　　　　统计截至：2024年12月31日", 5, size=11)
    a = split(n(U, "2.1", Q), 11, 3)
    b = split(n(U, "2.2", Q), 11, 5)
    rows = [["区县", "培训家政从业人员（人次）", "其中：母婴护理", "女性专场招聘（场）", "备注"]]
    for d, x, y in zip(D11, a, b):
        rows.append([d, x, x * 2 // 5, y, ""])
    rows.append(["合计", sum(a), sum(x * 2 // 5 for x in a), sum(b), "年度目标5000人次"])
    s.table(rows, widths=[14, 20, 14, 16, 20])
    s.cells(["审核人：李振华", None, "填表人：孙倩", None, "电话：2711306"])
    s.save(path)
    return Truth({"2.1": fig(U, "2.1", Q), "2.2": fig(U, "2.2", Q)})


# ---------------------------------------------------------------- 市妇联

@ret("ap05", "市妇联", "2024Q2", "whole-list-unit-column", "docx", batch=B)
def fl_q2(path):
    U, Q = "市妇联", "2024Q2"
    w = Word(landscape=True)
    w.para("附件", font=HEI, size=16)
    w.title(TT, size=18)
    w.para("填报单位：淄博市妇女联合会（盖章）　　　　　　　　　　　　　时间：2024年二季度", size=12)
    t2 = (f"联合人社部门举办女性就业专场招聘活动{n(U, '2.2', Q)}场；培训家政从业人员"
          f"{n(U, '2.1', Q)}人次。")
    t4 = (f"开展家庭教育千场巡讲{n(U, '4.1', Q)}场，培训家庭教育骨干{n(U, '4.2', Q)}人；"
          "“淄博好爸妈”平台已上线运行，累计访问量38万人次。")
    t5 = f"举办“齐好缘”单身青年联谊活动{n(U, '5.1', Q)}场，参与青年1,100余人。"
    t6 = f"试点打造儿童友好共建联盟{n(U, '6.1', Q)}个；市妇女儿童活动中心改建完成设计招标。"
    rows = [["序号", "项目名称", "责任单位", "进展情况", "存在问题", "下步打算"],
            ["二", "实施巾帼促就业计划", "市人力资源社会保障局、市妇联、市商务局", t2, "无", "开展“巾帼家政”技能大赛。"],
            ["四", "实施家庭教育指导服务行动", "市妇联、市教育局", t4, "区县骨干培训进度不均衡。", "督促进度慢的区县三季度完成培训。"],
            ["五", "实施新型婚育文化培育行动", "市妇联、团市委、市医保局", t5, "无", "七夕期间集中举办联谊活动。"],
            ["六", "实施儿童友好城市建设促进行动", "市妇联、市交通运输局", t6, "无", "推进活动中心改建开工。"]]
    w.table(rows, widths=[1.3, 4, 4, 9, 3.5, 4.5])
    w.para()
    w.picture(seal_png("淄博市妇女联合会", seed=38), width_cm=4.0)
    w.para("2024年7月4日", align="right")
    w.save(path)
    vals = {i: fig(U, i, Q) for i in ("2.1", "2.2", "4.1", "4.2", "5.1", "6.1")}
    texts = {"2": {"progress": t2, "problems": "无", "plans": "开展“巾帼家政”技能大赛。"},
             "4": {"progress": t4, "problems": "区县骨干培训进度不均衡。", "plans": "督促进度慢的区县三季度完成培训。"},
             "5": {"progress": t5, "problems": "无", "plans": "七夕期间集中举办联谊活动。"},
             "6": {"progress": t6, "problems": "无", "plans": "推进活动中心改建开工。"}}
    return Truth(vals, texts, seal_picture=True)


@ret("ap06", "市妇联", "2024Q4", "printed-workbook-indicators", "pdf-text", made_from="xlsx", batch=B)
def fl_q4(path):
    U, Q = "市妇联", "2024Q4"
    s = Sheet(title="妇联")
    s.line("妇联牵头实事项目完成情况", 6, size=15, bold=True, align="center", height=28)
    s.line("报送单位：市妇联　　统计截至：2024年12月底", 6, size=11)
    rows = [["项目", "指标", "目标", "完成", "完成率", "备注"],
            ["巾帼促就业", "家政培训(人次)", 5000, n(U, "2.1", Q), "—", "全市合计另报"],
            ["巾帼促就业", "专场招聘(场)", "—", n(U, "2.2", Q), "—", ""],
            ["家庭教育", "巡讲(场)", 1000, n(U, "4.1", Q), f"{n(U, '4.1', Q) / 10:.1f}%", ""],
            ["家庭教育", "骨干培训(人)", 550, n(U, "4.2", Q), f"{n(U, '4.2', Q) / 5.5:.1f}%", ""],
            ["婚育文化", "联谊活动(场)", 10, n(U, "5.1", Q), "130.0%", ""],
            ["儿童友好", "共建联盟(个)", 8, n(U, "6.1", Q), "100.0%", ""]]
    s.table(rows, merges=[(1, 0, 2, 0), (3, 0, 4, 0)], widths=[12, 16, 8, 8, 9, 13])
    for r in range(1, s.row):
        s.ws.row_dimensions[r].height = 22
    s.save(path)
    return Truth({i: fig(U, i, Q) for i in ("2.1", "2.2", "4.1", "4.2", "5.1", "6.1")})


@ret("ap30", "市妇联", "2024Q1", "small-table-after-letter", "doc", batch=B)
def fl_q1(path):
    U, Q = "市妇联", "2024Q1"
    w = Word()
    w.title("市妇联一季度为妇女儿童办实事\n进展情况")
    w.para()
    w.body("一季度，市妇联围绕家庭教育、婚育文化、儿童友好等项目早谋划、早部署，主要数据如下表。")
    w.table([["指标", "年度任务", "一季度完成"],
             ["家庭教育巡讲", "1000场", f"{n(U, '4.1', Q)}场"],
             ["家庭教育骨干培训", "每区县不少于50人", f"{n(U, '4.2', Q)}人"],
             ["单身青年联谊活动", "不少于10场", f"{cn(n(U, '5.1', Q), liang=True)}场"],
             ["儿童友好共建联盟", "8个", f"{n(U, '6.1', Q)}个"],
             ["家政从业人员培训", "—", f"{n(U, '2.1', Q)}人次"],
             ["女性就业专场招聘", "—", f"{n(U, '2.2', Q)}场"]], widths=[6, 5, 4])
    w.body("“淄博好爸妈”网上家庭教育平台已完成内容建设，计划4月上线。")
    sign_off(w, "淄博市妇女联合会", "2024年4月1日", blank=1)
    w.save(path)
    return Truth({i: fig(U, i, Q) for i in ("2.1", "2.2", "4.1", "4.2", "5.1", "6.1")})


# ---------------------------------------------------------------- 市商务局

@ret("ap07", "市商务局", "2024Q3", "letter-prose", "pdf-text", batch=B)
def sw_q3(path):
    U, Q = "市商务局", "2024Q3"
    w = Word()
    w.title("淄博市商务局\n关于前三季度家政从业人员培训\n工作进展情况的函")
    w.para()
    w.para("市妇儿工委办公室：")
    w.body("根据工作安排，现将我局前三季度家政服务业从业人员培训情况函告如下：")
    w.body(f"今年以来，我局依托“家政兴农”行动和家政服务业提质扩容工作，组织12家家政企业开展岗前培训和"
           f"“回炉”培训，前三季度累计培训家政从业人员{comma(n(U, '2.1', Q))}人次，其中三季度培训"
           f"{n(U, '2.1', Q) - n(U, '2.1', '2024Q2')}人次。持证上岗率进一步提高。")
    w.body("下一步，我们将继续推动家政企业员工制转型，提升培训质量。")
    w.body("特此函告。")
    sign_off(w, "淄博市商务局", "2024年10月9日")
    w.para("（联系人：韩明，电话：3023167）", indent=True)
    w.save(path)
    return Truth({"2.1": fig(U, "2.1", Q)})


# ---------------------------------------------------------------- 市卫生健康委

@ret("ap08", "市卫生健康委", "2024Q1", "project-rows-prose-cells", "xlsx", batch=B)
def wj_q1(path):
    U, Q = "市卫生健康委", "2024Q1"
    s = Sheet(title="Sheet1")
    s.line(TT, 5, size=16, bold=True, align="center", height=32)
    s.line("填报单位（盖章）：市卫生健康委　　　　　报送时间：一季度", 5, size=11)
    p3 = (f"“两癌”免费检查全面启动，35—64岁适龄妇女筛查率{fig(U, '3.1', Q)}%；符合条件的"
          "患病妇女救助覆盖率100%。HPV疫苗接种工作已制定实施方案。")
    p7 = (f"印发示范区县创建标准；已评定市级示范托育机构{n(U, '7.2', Q)}家。")
    p8 = f"开展心理健康科普知识宣传{n(U, '8.1', Q)}场。"
    rows = [["项目", "进展情况", "存在问题", "下步打算", "备注"],
            ["三、“两癌”免费检查和救助行动", p3, "部分区县筛查进度偏慢", "加强调度通报", ""],
            ["七、普惠托育服务提质行动", p7, "无", "启动示范区县申报", "示范区县0个"],
            ["八、“阳光成长”护航行动", p8, "无", "利用心理健康月集中宣传", ""]]
    s.table(rows, widths=[22, 48, 18, 18, 10])
    s.save(path)
    vals = {"3.1": fig(U, "3.1", Q), "3.2": 100, "7.1": 0, "7.2": fig(U, "7.2", Q), "8.1": fig(U, "8.1", Q)}
    texts = {"3": {"progress": p3, "problems": "部分区县筛查进度偏慢", "plans": "加强调度通报"},
             "7": {"progress": p7, "problems": "无", "plans": "启动示范区县申报"},
             "8": {"progress": p8, "problems": "无", "plans": "利用心理健康月集中宣传"}}
    return Truth(vals, texts)


@ret("ap09", "市卫生健康委", "2024Q3", "header-report-table", "docx", batch=B)
def wj_q3(path):
    U, Q = "市卫生健康委", "2024Q3"
    w = Word()
    w.header("淄博市卫生健康委员会文件")
    w.title("关于第三季度为妇女儿童办实事\n有关项目进展情况的报告")
    w.para()
    w.para("市妇儿工委办公室：")
    w.body(f"第三季度，全市累计完成35—64岁适龄妇女“两癌”筛查，筛查率达到{fig(U, '3.1', Q)}%，"
           "对符合条件的患病妇女救助实现全覆盖。")
    w.body(f"婴幼儿照护服务方面，已培育市级婴幼儿照护服务示范区县{cn(n(U, '7.1', Q))}个（张店区、"
           f"临淄区、桓台县），打造市级示范托育机构{n(U, '7.2', Q)}家。")
    w.body(f"持续开展心理健康科普知识宣传，累计{n(U, '8.1', Q)}场。")
    w.table([["指标", "目标", "累计完成"],
             ["“两癌”筛查率", "90%", f"{fig(U, '3.1', Q)}%"],
             ["救助覆盖率", "100%", "100%"],
             ["示范区县", "5个左右", f"{n(U, '7.1', Q)}个"],
             ["示范托育机构", "不少于10家", f"{n(U, '7.2', Q)}家"],
             ["心理健康科普宣传", "—", f"{n(U, '8.1', Q)}场"]], widths=[6, 4, 4])
    sign_off(w, "淄博市卫生健康委员会", "2024年9月30日")
    w.save(path)
    return Truth({"3.1": fig(U, "3.1", Q), "3.2": 100, "7.1": fig(U, "7.1", Q),
                  "7.2": fig(U, "7.2", Q), "8.1": fig(U, "8.1", Q)})


# ---------------------------------------------------------------- 团市委

@ret("ap10", "团市委", "2024Q2", "bare-table-remarks", "doc", batch=B)
def tw_q2(path):
    U, Q = "团市委", "2024Q2"
    w = Word(landscape=True)
    w.title("为全市妇女儿童办实事工作进展情况表", size=18)
    w.para("填报单位：共青团淄博市委员会　　　　　　　　　　　　　　　　截至6月30日", size=12)
    t5 = "以“青春有约·缘定淄博”为主题，联合市直机关工委、驻淄高校举办单身青年交友联谊活动。"
    t10 = "“希望小屋”项目新建成32间，累计建成418间，志愿者开展陪伴服务1,200余小时。"
    w.table([["项目", "工作进展", "存在问题", "下步打算", "备注"],
             ["新型婚育文化培育行动", t5, "参与男青年比例偏高", "拓展企业青年参与面",
              f"累计举办{n(U, '5.1', Q)}场，参与青年460人"],
             ["特殊困难儿童关爱项目", t10, "无", "持续推进“希望小屋”建设", ""]],
            widths=[4.5, 9, 4, 4.5, 4.5])
    w.save(path)
    return Truth({"5.1": fig(U, "5.1", Q)},
                 {"5": {"progress": t5, "problems": "参与男青年比例偏高", "plans": "拓展企业青年参与面"},
                  "10": {"progress": t10, "problems": "无", "plans": "持续推进“希望小屋”建设"}})


@ret("ap11", "团市委", "2024Q4", "report-sealed", "docx", batch=B)
def tw_q4(path):
    U, Q = "团市委", "2024Q4"
    w = Word()
    w.title("共青团淄博市委员会\n关于2024年度为妇女儿童办实事\n任务完成情况的报告")
    w.para()
    w.para("市妇儿工委办公室：")
    w.body("2024年，团市委围绕新型婚育文化培育和特殊困难儿童关爱两项任务，现将年度完成情况报告如下。")
    w.heading("一、单身青年联谊")
    w.body(f"全年共举办单身青年联谊活动{cn(n(U, '5.1', Q))}场，累计服务青年1,850人次，牵手成功126对。")
    w.heading("二、希望小屋")
    w.body("全年新建“希望小屋”75间，累计达461间，实现8个区县全覆盖。")
    w.para()
    w.picture(seal_png("共青团淄博市委员会", seed=11), width_cm=4.0)
    w.para("共青团淄博市委员会    ", align="right")
    w.para("2024年12月25日    ", align="right")
    w.save(path)
    return Truth({"5.1": fig(U, "5.1", Q)}, seal_picture=True)


# ---------------------------------------------------------------- 市医保局

@ret("ap12", "市医保局", "2024Q1", "short-table-note", "pdf-text", batch=B)
def yb_q1(path):
    U, Q = "市医保局", "2024Q1"
    w = Word()
    w.title("市医保局1-3月为妇女儿童办实事\n进展情况", size=20)
    w.para()
    w.table([["项目", "目标", "进展情况"],
             ["职工医保住院分娩政策范围内医疗费用报销", "报销比例达到100%",
              "已于1月1日起执行，1-3月职工医保参保人员（含灵活就业人员）住院分娩2,136人次，"
              "政策范围内医疗费用报销比例100%。"]], widths=[5, 4, 7])
    w.para("注：生育津贴按月足额发放。", size=12)
    sign_off(w, "淄博市医疗保障局", "2024年4月2日", blank=1)
    w.save(path)
    return Truth({"5.2": 100})


@ret("ap13", "市医保局", "2024Q3", "single-row-sheet", "xlsx", batch=B)
def yb_q3(path):
    U, Q = "市医保局", "2024Q3"
    s = Sheet(title="三季度")
    s.line("为妇女儿童办实事进展情况表（三季度）", 5, size=14, bold=True, align="center", height=26)
    s.cells(["报送单位：市医疗保障局", None, None, "联系人：周静　3189025"])
    p = "职工医保住院分娩政策范围内医疗费用报销比例保持100%，1-9月享受待遇6,912人次。"
    s.table([["项目序号", "项目", "进展情况", "存在问题", "下步打算"],
             ["五", "新型婚育文化培育行动（生育医疗费报销）", p, "无", "继续抓好政策落实"]],
            widths=[8, 24, 44, 10, 16])
    s.ws.row_dimensions[s.row - 1].height = 60
    s.save(path)
    return Truth({"5.2": 100}, {"5": {"progress": p, "problems": "无", "plans": "继续抓好政策落实"}})


# ---------------------------------------------------------------- 市交通运输局

@ret("ap14", "市交通运输局", "2024Q2", "itemised-lines-total", "xlsx", batch=B)
def jt_q2(path):
    U, Q = "市交通运输局", "2024Q2"
    s = Sheet(title="定制公交")
    s.line("“定制公交”助学专线开通情况（截至2024年6月底）", 5, size=14, bold=True, align="center", height=26)
    s.line("单位：淄博市交通运输局", 5)
    rows = [["序号", "线路名称", "服务学校", "开通时间", "日均客流（人次）"],
            [1, "助学专线1路", "淄博实验中学", "2024.3.4", 186],
            [2, "助学专线2路", "张店区第九中学", "2024.4.8", 142],
            [3, "助学专线3路", "淄川区般阳中学", "2024.5.6", 97],
            ["合计", "", "", f"{n(U, '6.2', Q)}条", 425]]
    s.table(rows, merges=[(4, 0, 4, 2)], widths=[8, 16, 20, 12, 16])
    s.line("备注：第4条线路（临淄区）已完成线路踏勘，计划秋季开学开通。", 5, size=10)
    s.save(path)
    return Truth({"6.2": fig(U, "6.2", Q)})


@ret("ap15", "市交通运输局", "2024Q4", "report-prose-only", "doc", batch=B)
def jt_q4(path):
    U, Q = "市交通运输局", "2024Q4"
    w = Word()
    w.title("市交通运输局2024年全年\n“定制公交”助学专线工作总结")
    w.para()
    w.body(f"2024年，我局会同市教育局、淄博公交集团，全年累计开通“定制公交”助学专线{cn(n(U, '6.2', Q))}条，"
           "超额完成4条的年度任务，累计服务学生23.6万人次，未发生安全责任事故。")
    w.body("下一步将根据学生出行需求动态优化线路站点。")
    sign_off(w, "淄博市交通运输局", "2024年12月26日")
    w.save(path)
    return Truth({"6.2": fig(U, "6.2", Q)})


# ---------------------------------------------------------------- 市总工会

@ret("ap16", "市总工会", "2024Q3", "report-district-table", "docx", batch=B)
def zg_q3(path):
    U, Q = "市总工会", "2024Q3"
    w = Word()
    w.title("市总工会7—9月职工子女托管服务\n工作进展情况")
    w.para()
    w.body(f"暑期，全市各级工会联合用人单位开办职工子女暑期托管班，截至9月底累计开展寒暑假职工子女托管班"
           f"{n(U, '7.3', Q)}个班次，超额完成年度任务。各区县情况见下表。")
    parts = split(n(U, "7.3", Q), 8, 2)
    rows = [["区县", "托管班（个班次）", "服务职工子女（人）"]]
    rows += [[d, str(x), str(x * 37)] for d, x in zip(D8, parts)]
    rows.append(["合计", str(sum(parts)), comma(sum(parts) * 37)])
    w.table(rows, widths=[5, 5, 5])
    sign_off(w, "淄博市总工会", "2024年9月29日")
    w.save(path)
    return Truth({"7.3": fig(U, "7.3", Q)})


@ret("ap17", "市总工会", "2024Q1", "printed-workbook-one-row", "pdf-text", made_from="xlsx", batch=B)
def zg_q1(path):
    U, Q = "市总工会", "2024Q1"
    s = Sheet(title="一季度")
    s.line("工作进展情况表（一季度）", 5, size=14, bold=True, align="center", height=26)
    s.line("填报单位：淄博市总工会女职工部", 5)
    s.table([["项目", "目标", "累计完成", "进展", "备注"],
             ["寒暑假职工子女托管班", "≥50个班次", n(U, "7.3", Q), "寒假托管已结束", "含寒假"]],
            widths=[22, 12, 10, 18, 10])
    for r in range(1, s.row):
        s.ws.row_dimensions[r].height = 24
    s.save(path)
    return Truth({"7.3": fig(U, "7.3", Q)})


# ---------------------------------------------------------------- 市公安局

@ret("ap18", "市公安局", "2024Q2", "report-prose-only", "docx", batch=B)
def ga_q2(path):
    w = Word()
    w.title("淄博市公安局\n二季度“护校安园”专项行动开展情况")
    w.para()
    w.body("二季度，全市公安机关深入开展“护校安园”专项行动，在1,386所中小学幼儿园落实“高峰勤务”"
           "“护学岗”等措施，全市中小学幼儿园专职保安员配备率、封闭化管理率、一键式报警和视频监控"
           "系统联网率、“护学岗”设置率均达到100%，“4个100%”稳定达标。")
    w.body("开展校园周边治安乱点排查整治，清理整治隐患43处。")
    sign_off(w, "淄博市公安局", "2024年6月28日")
    w.save(path)
    return Truth({"8.2": 100})


@ret("ap19", "市公安局", "2024Q4", "indicator-sheet", "xlsx", batch=B)
def ga_q4(path):
    s = Sheet(title="护校安园")
    s.line("第四季度“护校安园”工作情况统计", 4, size=14, bold=True, align="center", height=26)
    s.cells(["填报单位：市公安局治安支队", None, "日期：2024年12月28日"])
    s.table([["指标", "全年目标", "完成情况", "备注"],
             ["专职保安员配备率", "100%", 1, ""],
             ["封闭化管理率", "100%", 1, ""],
             ["一键式报警联网率", "100%", 1, ""],
             ["护学岗设置率", "100%", 1, ""],
             ["“4个100%”达标率", "100%", 1, "稳定达标"]],
            widths=[24, 12, 12, 14],
            number_formats={(r, 2): "0%" for r in range(1, 6)})
    s.save(path)
    return Truth({"8.2": 100})


# ---------------------------------------------------------------- 市法院 / 市检察院

@ret("ap20", "市法院", "2024Q3", "milestone-table", "doc", batch=B)
def fy_q3(path):
    w = Word(landscape=True)
    w.title("淄博市中级人民法院\n2024年第三季度为妇女儿童办实事进展情况", size=18)
    p = ("联合市妇联、市司法局等单位成立淄博市家事案件调解联盟，吸纳特邀调解员46名，"
         "三季度调解家事纠纷218件，发出家庭教育指导令9份。")
    w.table([["项目", "进展情况", "存在问题", "下步打算"],
             ["建立家事案件调解联盟", p, "基层调解力量不足", "在区县法院设立联盟工作站"]],
            widths=[5, 12, 4.5, 5])
    sign_off(w, "淄博市中级人民法院", "2024年10月10日", blank=1)
    w.save(path)
    return Truth({}, {"8": {"progress": p, "problems": "基层调解力量不足", "plans": "在区县法院设立联盟工作站"}})


@ret("ap21", "市检察院", "2024Q2", "bare-table", "pdf-text", batch=B)
def jc_q2(path):
    U, Q = "市检察院", "2024Q2"
    w = Word(landscape=True)
    w.para("附件", font=HEI, size=16)
    w.title(TT + "（上半年）", size=18)
    w.para("填报单位：淄博市人民检察院第九检察部", size=12)
    p = (f"检察官担任法治副校长覆盖全市中小学，上半年开展心理健康和法治宣传进校园{n(U, '8.1', Q)}场，"
         "办理涉未成年人案件实行“一站式”询问救助。")
    w.table([["序号", "项目", "进展情况", "存在问题", "下步计划"],
             ["1", "“阳光成长”青少年身心健康护航行动", p, "无", "暑期开展“检护未来”专项活动"]],
            widths=[1.3, 5, 11, 3, 5])
    w.para("2024年7月1日", align="right")
    w.save(path)
    return Truth({"8.1": fig(U, "8.1", Q)},
                 {"8": {"progress": p, "problems": "无", "plans": "暑期开展“检护未来”专项活动"}})


# ---------------------------------------------------------------- 市文化和旅游局

@ret("ap22", "市文化和旅游局", "2024Q1", "report-with-attachment", "docx", batch=B)
def wl_q1(path):
    U, Q = "市文化和旅游局", "2024Q1"
    w = Word()
    w.title("市文化和旅游局关于“戏曲进校园”\n工作进展情况的报告")
    w.para()
    w.para("市妇儿工委办公室：")
    w.body(f"截至3月底，我局组织市五音戏剧院、市京剧团等院团开展精彩剧目进校园演出及校园戏曲课程辅导"
           f"共{n(U, '9.1', Q)}场，覆盖中小学46所、师生2.1万人次。")
    w.body("存在问题：部分农村学校场地条件有限。下步打算：推出“小戏小剧”流动演出套餐。")
    w.para("附件：戏曲进校园开展情况表", indent=True)
    sign_off(w, "淄博市文化和旅游局", "2024年4月3日")
    attachment_head(w, "戏曲进校园开展情况表（截至3月底）")
    a = split(n(U, "9.1", Q), 8, 4)
    rows = [["区县"] + D8 + ["合计"], ["场次"] + [str(x) for x in a] + [str(sum(a))]]
    w.table(rows, widths=[2.5] + [2.4] * 9)
    w.save(path)
    return Truth({"9.1": fig(U, "9.1", Q)})


@ret("ap23", "市文化和旅游局", "2024Q3", "district-rows-total", "xlsx", batch=B)
def wl_q3(path):
    U, Q = "市文化和旅游局", "2024Q3"
    s = Sheet(title="前三季度")
    s.line("2024年前三季度“戏曲进校园”活动统计表", 4, size=14, bold=True, align="center", height=26)
    s.line("填报单位：淄博市文化和旅游局艺术科", 4)
    a = split(n(U, "9.1", Q), 8, 6)
    b = [x * 3 // 5 for x in a]
    rows = [["区县", "演出场次", "其中：课程辅导", "受益师生（人次）"]]
    rows += [[d, x, y, x * 412] for d, x, y in zip(D8, a, b)]
    rows.append(["合计", sum(a), sum(b), sum(a) * 412])
    s.table(rows, widths=[14, 12, 14, 18])
    s.line("注：演出场次含课程辅导场次；全年目标200场。", 4, size=10)
    s.save(path)
    return Truth({"9.1": fig(U, "9.1", Q)})


# ---------------------------------------------------------------- 市科协

@ret("ap24", "市科协", "2024Q2", "target-done-rate", "xlsx", batch=B)
def kx_q2(path):
    U, Q = "市科协", "2024Q2"
    s = Sheet(title="科协")
    s.line("市科协为妇女儿童办实事第二季度进展", 6, size=14, bold=True, align="center", height=26)
    s.cells(["填报单位：淄博市科学技术协会", None, None, None, "填报人：高原"])
    rows = [["序号", "任务", "全年目标（场）", "累计完成（场）", "完成率", "备注"],
            [1, "科普大篷车巡展", 30, n(U, "9.2", Q), n(U, "9.2", Q) / 30, "二季度新增8场"],
            [2, "青少年“蒲公英”科普大讲堂", 40, n(U, "9.3", Q), n(U, "9.3", Q) / 40, ""]]
    s.table(rows, widths=[6, 26, 14, 14, 10, 16],
            number_formats={(1, 4): "0.0%", (2, 4): "0.0%"})
    s.save(path)
    return Truth({"9.2": fig(U, "9.2", Q), "9.3": fig(U, "9.3", Q)})


@ret("ap25", "市科协", "2024Q4", "report-with-attachment", "pdf-text", batch=B)
def kx_q4(path):
    U, Q = "市科协", "2024Q4"
    w = Word()
    w.title("淄博市科学技术协会\n2024年度为妇女儿童办实事完成情况")
    w.para()
    w.body(f"全年开展科普大篷车巡展{n(U, '9.2', Q)}场、青少年“蒲公英”科普大讲堂{n(U, '9.3', Q)}场，"
           "服务青少年8.7万人次，两项任务均已完成。")
    sign_off(w, "淄博市科学技术协会", "2024年12月24日", blank=1)
    attachment_head(w, "科普项目完成情况表")
    w.table([["项目", "目标", "完成", "完成率"],
             ["科普大篷车巡展", "30场", f"{n(U, '9.2', Q)}场", f"{n(U, '9.2', Q) / 30:.1%}"],
             ["“蒲公英”科普大讲堂", "40场", f"{n(U, '9.3', Q)}场", f"{n(U, '9.3', Q) / 40:.1%}"]],
            widths=[7, 4, 4, 4])
    w.save(path)
    return Truth({"9.2": fig(U, "9.2", Q), "9.3": fig(U, "9.3", Q)})


# ---------------------------------------------------------------- 市民政局

@ret("ap26", "市民政局", "2024Q1", "bare-table-fill-line", "doc", batch=B)
def mz_q1(path):
    w = Word(landscape=True)
    w.title("第一季度为全市妇女儿童办实事工作进展情况表", size=18)
    w.para("单位：淄博市民政局（儿童福利科）", size=12)
    p = ("春季学期孤儿、事实无人抚养儿童助学金已发放，共资助289名，享受民政保障的孤困儿童就学资助"
         "覆盖率100%。")
    w.table([["项目名称", "目标任务", "进展情况", "备注"],
             ["特殊困难儿童关爱项目", "孤困儿童就学资助全覆盖", p, ""]], widths=[5, 5, 12, 3])
    sign_off(w, "淄博市民政局", "2024年3月28日", blank=1)
    w.save(path)
    return Truth({"10.1": 100})


@ret("ap27", "市民政局", "2024Q4", "district-rows-rate", "xlsx", batch=B)
def mz_q4(path):
    s = Sheet(title="年度")
    s.line("2024年度孤困儿童就学资助情况统计表", 5, size=14, bold=True, align="center", height=26)
    s.line("填报单位：淄博市民政局", 5)
    a = split(742, 8, 7)
    rows = [["区县", "应资助人数", "已资助人数", "资助金额（万元）", "覆盖率"]]
    rows += [[d, x, x, round(x * 0.3, 1), 1] for d, x in zip(D8, a)]
    rows.append(["全市", sum(a), sum(a), round(sum(a) * 0.3, 1), 1])
    s.table(rows, widths=[12, 12, 12, 16, 10],
            number_formats={(r, 4): "0%" for r in range(1, 10)})
    s.save(path)
    return Truth({"10.1": 100})


# ---------------------------------------------------------------- 市残联

@ret("ap28", "市残联", "2024Q2", "report-sealed-yu", "docx", batch=B)
def cl_q2(path):
    U, Q = "市残联", "2024Q2"
    w = Word()
    w.header("淄博市残疾人联合会")
    w.title("上半年残疾儿童康复救助工作情况")
    w.para()
    w.body(f"上半年，全市共为{cn(n(U, '10.2', Q) // 100 * 100)}余名符合条件的残疾儿童实施康复救助，"
           "定点康复机构达到37家，救助资金按月结算。")
    w.body("下一步，做好新增救助对象的评估审核工作。")
    w.picture(seal_png("淄博市残疾人联合会", seed=28), width_cm=4.0)
    w.para("淄博市残疾人联合会    ", align="right")
    w.para("2024年7月2日    ", align="right")
    w.save(path)
    return Truth({"10.2": n(U, "10.2", Q) // 100 * 100}, seal_picture=True)


@ret("ap29", "市残联", "2024Q3", "bare-table", "pdf-text", batch=B)
def cl_q3(path):
    U, Q = "市残联", "2024Q3"
    w = Word(landscape=True)
    w.title("为全市妇女儿童办实事工作进展情况表", size=18)
    w.para("填报单位：市残联康复部　　　　　　　　　　　　　　　　统计截至：2024年9月末", size=12)
    w.table([["项目", "目标", "累计完成", "完成率", "备注"],
             ["残疾儿童康复救助", "约2000名", f"{comma(n(U, '10.2', Q))}名",
              f"{n(U, '10.2', Q) / 20:.1f}%", "三季度新增486名"]], widths=[6, 4, 4, 4, 6])
    w.save(path)
    return Truth({"10.2": fig(U, "10.2", Q)})
