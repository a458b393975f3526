"""Batch 28: native returns (Word, .doc, Excel, text PDF) from offices nobody has seen, written by
a new author in session 4 without reading app/, parsers/ or any other batch. Please do not
read this file while changing app/extraction/."""
from __future__ import annotations

B = 28

from openpyxl import Workbook

from samples.holdout.corpus import QNAME, Truth, attachment_head, ret, sign_off
from samples.holdout.docxkit import HEI, Word
from samples.holdout.ledger_af import DISTRICTS, fig, n, quarter_only, split
from samples.holdout.numerals import cn, comma, full
from samples.holdout.seal import seal_png
from samples.holdout.wording import WORDING
from samples.holdout.xlkit import Sheet

TABLE = "2024年为全市妇女儿童办实事工作进展情况表"

PROJECTS = [
    ("实施教育资源扩增优化工程", "市教育局"),
    ("实施巾帼促就业计划", "市人力资源社会保障局、市妇联、市商务局"),
    ("实施适龄妇女“两癌”免费检查和救助行动", "市卫生健康委、市妇联"),
    ("实施家庭教育指导服务行动", "市妇联、市教育局"),
    ("实施新型婚育文化培育行动", "市妇联、团市委、市医保局"),
    ("实施儿童友好城市建设促进行动", "市妇联、市交通运输局"),
    ("实施普惠托育服务提质行动", "市卫生健康委、市总工会"),
    ("实施“阳光成长”青少年身心健康护航行动", "市教育局、市卫生健康委、市公安局、市法院、市检察院"),
    ("实施“润童心”儿童素养提升工程", "市文化和旅游局、市科协"),
    ("实施特殊困难儿童关爱项目", "市民政局、市残联、市妇联、团市委"),
]


def whole_list(head: list[str], mine: dict[int, list[str]], blank: str = "") -> list[list[str]]:
    """The ten projects with a 责任单位 column; ``mine`` maps a project number to the cells
    after 序号/项目/责任单位 for the rows this office fills in."""
    rows = [head]
    width = len(head) - 3
    for k, (title, units) in enumerate(PROJECTS, 1):
        rows.append([str(k), title, units] + mine.get(k, [blank] * width))
    return rows


# ================================================================ 市教育局

@ret("af01", "市教育局", "2024Q1", "report-with-attachment", "docx", batch=28)
def jy_q1(path):
    U, Q = "市教育局", "2024Q1"
    w = Word()
    w.title("淄博市教育局\n关于2024年一季度为妇女儿童办实事\n项目推进情况的报告")
    w.para()
    w.para("市妇儿工委办公室：")
    w.body("按照《淄博市人民政府办公室关于印发2024年为全市妇女儿童办实事项目清单的通知》（淄政办字"
           "〔2024〕13号）要求，我局对牵头及参与的实事项目逐项建立台账、细化责任分工。现将一季度"
           "推进情况报告如下。")
    w.heading("一、教育资源扩增优化工程")
    w.body(f"年度计划新改扩建的4所中小学均已完成立项，其中2所进入施工招标阶段；新改扩建幼儿园已有"
           f"{cn(n(U, '1.2', Q))}所竣工（高青县实验幼儿园分园），其余9所正在施工；已打造智慧教育应用场景"
           f"{n(U, '1.3', Q)}个（张店区“AI+作业”、临淄区“智慧课堂”）。")
    w.heading("二、家庭教育指导服务行动")
    w.body(f"依托各级家长学校开展家庭教育巡讲{n(U, '4.1', Q)}场；家庭教育骨干培训计划于二季度集中组织。")
    w.heading("三、“阳光成长”青少年身心健康护航行动")
    w.body(f"开学第一周组织“心理健康第一课”，全市累计开展心理健康科普知识宣传{n(U, '8.1', Q)}场；"
           "对全市中小学幼儿园“4个100%”建设情况开展春季开学安全检查，达标率保持100%。")
    w.heading("四、下步工作")
    w.body("加快2所中学招标进度，确保6月底前开工；5月份集中开展“5·25”心理健康宣传月活动。")
    w.para("附件：2024年为全市妇女儿童办实事工作进展情况表（市教育局）", indent=True)
    sign_off(w, "淄博市教育局", "2024年3月29日")
    attachment_head(w, TABLE)
    w.para("填报单位：淄博市教育局　　　　　　　　　　　　　　　　　　　统计时间：2024年1月1日—3月31日", size=12)
    rows = [["序号", "指标", "年度目标", "累计完成", "备注"],
            ["1", "新改扩建中小学（所）", "4", "0", "均已立项，2所进入招标"],
            ["2", "新改扩建幼儿园（所）", "10", str(n(U, "1.2", Q)), "其余9所在建"],
            ["3", "打造智慧教育应用场景（个）", "10", str(n(U, "1.3", Q)), ""],
            ["4", "开展家庭教育巡讲（场）", "—", str(n(U, "4.1", Q)), "与市妇联共同推进"],
            ["5", "培训家庭教育骨干（人）", "每区县不少于50人", "0", "二季度集中培训"],
            ["6", "开展心理健康科普知识宣传（场）", "200", str(n(U, "8.1", Q)), ""],
            ["7", "安全防范建设“4个100%”达标率", "100%", "100%", "稳定达标"]]
    w.table(rows, widths=[1.5, 8, 4, 3, 8])
    w.save(path)
    return Truth({"1.1": 0, "1.2": fig(U, "1.2", Q), "1.3": fig(U, "1.3", Q), "4.1": fig(U, "4.1", Q),
                  "4.2": 0, "8.1": fig(U, "8.1", Q), "8.2": 100})


@ret("af02", "市教育局", "2024Q3", "district-rows-total", "xlsx", batch=28)
def jy_q3(path):
    U, Q = "市教育局", "2024Q3"
    s = Sheet(title="分区县")
    s.line("全市教育系统为妇女儿童办实事项目进展统计表（1-9月）", 7, size=14, bold=True, align="center", height=26)
    s.cells(["填报单位：淄博市教育局（基础教育科）", None, None, None, "填报日期：2024.10.8"])
    parts = {i: split(n(U, i, Q)) for i in ("4.1", "4.2", "8.1")}
    sch = [0, 1, 0, 0, 1, 0, 0, 1, 0, 0, 0]
    kg = [2, 1, 1, 0, 1, 1, 0, 1, 1, 0, 0]
    rows = [["区县", "新改扩建中小学（所）", "新改扩建幼儿园（所）", "家庭教育巡讲（场）",
             "培训家庭教育骨干（人）", "心理健康科普宣传（场）", "备注"]]
    for k, d in enumerate(DISTRICTS):
        rows.append([d, sch[k], kg[k], parts["4.1"][k], parts["4.2"][k], parts["8.1"][k], ""])
    rows.append(["合计", sum(sch), sum(kg), n(U, "4.1", Q), n(U, "4.2", Q), n(U, "8.1", Q),
                 f"智慧教育应用场景{n(U, '1.3', Q)}个（市级统筹）"])
    s.table(rows, widths=[12, 12, 12, 12, 12, 12, 26])
    s.skip()
    s.line("说明：1.数据为1月1日至9月30日累计数；2.“4个100%”安全防范建设全市达标率100%。", 7)
    s.save(path)
    assert sum(sch) == n(U, "1.1", Q) and sum(kg) == n(U, "1.2", Q)
    return Truth({i: fig(U, i, Q) for i in ("1.1", "1.2", "1.3", "4.1", "4.2", "8.1", "8.2")})


# ================================================================ 市人力资源社会保障局

@ret("af03", "市人力资源社会保障局", "2024Q2", "all-projects-responsible-column", "doc", batch=28)
def rs_q2(path):
    U, Q = "市人力资源社会保障局", "2024Q2"
    w = Word(landscape=True)
    w.header("淄博市人力资源和社会保障局", align="right")
    w.title(TABLE + "\n（二季度）", size=18)
    w.para("填报单位（盖章）：　　　　　　　　　　　　　　　　　　　　　　　　填报人：刘倩　电话：2870316", size=12)
    prog = (f"上半年全市举办“春风行动”“民营企业招聘月”等女性就业专场招聘活动{n(U, '2.2', Q)}场，"
            f"培训家政从业人员{comma(n(U, '2.1', Q))}人次，开展职业指导4,200余人次。")
    prob = "家政培训以初级工为主，高技能人才培训占比偏低。"
    plan = "下半年组织育婴员、养老护理员中高级培训班，开展家政服务技能竞赛。"
    rows = whole_list(["序号", "实事项目", "责任单位", "进展情况", "存在问题", "下步打算"],
                      {2: [prog, prob, plan]}, blank="/")
    w.table(rows, widths=[1.2, 5.5, 4.5, 8.5, 4, 4], size=10)
    w.para("注：本表仅填报我局牵头事项，其余项目由各责任单位分别报送。", size=11)
    w.save(path)
    return Truth({"2.1": fig(U, "2.1", Q), "2.2": fig(U, "2.2", Q)},
                 {"2": {"progress": prog, "problems": prob, "plans": plan}})


@ret("af04", "市人力资源社会保障局", "2024Q4", "district-rows-total", "pdf-text", batch=28, made_from="xlsx")
def rs_q4(path):
    U, Q = "市人力资源社会保障局", "2024Q4"
    s = Sheet(title="家政培训")
    s.line("巾帼促就业计划完成情况统计表", 5, size=14, bold=True, align="center", height=24)
    s.line("填报单位：淄博市人力资源和社会保障局　　　　统计截止：2024年12月31日", 5, height=18)
    trn = split(n(U, "2.1", Q))
    fair = split(n(U, "2.2", Q), weights=(5, 4, 3, 3, 4, 4, 3, 3, 3, 2, 2))
    rows = [["区县", "家政培训（人次）", "其中女性", "专场招聘（场）", "备注"]]
    for k, d in enumerate(DISTRICTS):
        rows.append([d, trn[k], round(trn[k] * 0.93), fair[k], ""])
    rows.append(["全市合计", n(U, "2.1", Q), sum(r[2] for r in rows[1:]), n(U, "2.2", Q),
                 "目标5000人次"])
    top = s.table(rows, widths=[14, 18, 12, 15, 16])
    s.ws.row_dimensions[top].height = 30
    s.save(path)
    return Truth({"2.1": fig(U, "2.1", Q), "2.2": fig(U, "2.2", Q)})


# ================================================================ 市妇联

@ret("af05", "市妇联", "2024Q1", "report-prose-only", "docx", batch=28)
def fl_q1(path):
    U, Q = "市妇联", "2024Q1"
    w = Word()
    w.title("市妇联关于2024年第一季度\n为全市妇女儿童办实事工作情况的报告")
    w.para()
    w.para("市妇儿工委办公室：")
    w.body("今年以来，市妇联把为妇女儿童办实事作为“我为群众办实事”的重要载体，对牵头和参与的"
           "6个项目逐项分解任务、明确时限。现将第一季度工作情况报告如下：")
    w.runs([("一、巾帼促就业。", "b"),
            (f"联合市人社局举办女性就业专场招聘活动{cn(n(U, '2.2', Q), liang=True)}场，依托“淄博巾帼家政”培训基地"
             f"培训家政从业人员{n(U, '2.1', Q)}人次。", "")])
    w.runs([("二、“两癌”救助。", "b"),
            ("为符合条件的37名“两癌”患病妇女发放救助金18.5万元，救助覆盖率100%；女性安康保险"
             "试点新增投保1.2万人。", "")])
    w.runs([("三、家庭教育。", "b"),
            (f"启动“家庭共成长”计划，开展家庭教育巡讲{n(U, '4.1', Q)}场，培训家庭教育骨干"
             f"{n(U, '4.2', Q)}人；“淄博好爸妈”网上家庭教育平台完成栏目改版。", "")])
    w.runs([("四、新型婚育文化。", "b"),
            (f"围绕“三八”节举办单身青年联谊活动{cn(n(U, '5.1', Q), liang=True)}场，参与青年300余人。", "")])
    w.runs([("五、儿童友好。", "b"),
            ("儿童友好共建联盟试点方案已印发，张店区、临淄区2个联盟正在筹建，尚未挂牌。", "")])
    w.runs([("六、下步打算。", "b"),
            ("二季度集中开展“母亲节”“六一”系列活动，推动儿童友好共建联盟挂牌运行。", "")])
    sign_off(w, "淄博市妇女联合会", "2024年4月1日")
    return_vals = {"2.1": fig(U, "2.1", Q), "2.2": fig(U, "2.2", Q), "3.2": 100,
                   "4.1": fig(U, "4.1", Q), "4.2": fig(U, "4.2", Q), "5.1": fig(U, "5.1", Q)}
    w.save(path)
    return Truth(return_vals)


@ret("af06", "市妇联", "2024Q3", "all-projects-remarks-figures", "xlsx", batch=28)
def fl_q3(path):
    U, Q = "市妇联", "2024Q3"
    s = Sheet(title="进展情况")
    s.line(TABLE, 6, size=15, bold=True, align="center", height=28)
    s.cells(["填报单位：市妇联", None, None, "截至2024年9月30日", None, "联系人：赵敏 3160331"])
    mine = {
        2: ["联合人社部门开展“春风行动”巾帼专场，开展家政技能培训。", "按计划推进",
            f"专场招聘{n(U, '2.2', Q)}场；培训家政从业人员{n(U, '2.1', Q)}人次"],
        3: ["“两癌”患病妇女救助做到应救尽救。", "按计划推进", "救助覆盖率100%"],
        4: ["“家庭共成长”计划深入实施，千场巡讲进社区、进学校。", "进度较快",
            f"巡讲{n(U, '4.1', Q)}场；培训骨干{n(U, '4.2', Q)}人"],
        5: ["打造“淄缘相约”青年交友联谊品牌。", "按计划推进", f"举办联谊活动{n(U, '5.1', Q)}场"],
        6: ["儿童友好共建联盟试点建设。", "按计划推进", f"已挂牌{n(U, '6.1', Q)}个"],
        10: ["持续推进“希望小屋”建设，“爱心妈妈”结对帮扶。", "按计划推进", "新建希望小屋46间"],
    }
    rows = whole_list(["序号", "项目", "责任单位", "主要进展", "推进情况", "备注（累计数）"], mine)
    s.table(rows, widths=[6, 30, 24, 40, 12, 34])
    s.skip()
    s.line("注：备注栏为1-9月累计完成数。", 6)
    s.save(path)
    return Truth({"2.1": fig(U, "2.1", Q), "2.2": fig(U, "2.2", Q), "3.2": 100,
                  "4.1": fig(U, "4.1", Q), "4.2": fig(U, "4.2", Q), "5.1": fig(U, "5.1", Q),
                  "6.1": fig(U, "6.1", Q)})


@ret("af07", "市妇联", "2024Q4", "per-project-rows-seal", "pdf-text", batch=28)
def fl_q4(path):
    U, Q = "市妇联", "2024Q4"
    w = Word(landscape=True)
    w.para("附件", font=HEI, size=16)
    w.title("市妇联2024年为全市妇女儿童办实事\n工作完成情况表", size=18)
    w.para("（2024年1—12月）", align="center", size=12)
    t = {
        "2": (f"全年联合举办女性就业专场招聘{n(U, '2.2', Q)}场，培训家政从业人员{n(U, '2.1', Q)}人次。",
              "家政培训与就业衔接不够紧密。", "推动“巾帼家政”培训就业一体化。"),
        "4": (f"开展家庭教育巡讲{comma(n(U, '4.1', Q))}场，完成千场巡讲任务；培训家庭教育骨干{n(U, '4.2', Q)}人，"
              "各区县均达到50人以上。", "农村地区指导力量相对薄弱。", "建立家庭教育指导师资库。"),
        "5": (f"全年举办单身青年联谊活动{n(U, '5.1', Q)}场，参与青年1,600余人次。", "无。", "持续打造联谊品牌。"),
        "6": (f"{n(U, '6.1', Q)}个儿童友好共建联盟全部挂牌运行，妇女儿童活动中心改建完工。", "无。",
              "总结联盟运行经验，逐步扩大覆盖。"),
    }
    rows = [["项目", "完成情况", "存在问题", "下步打算"]]
    names = {"2": "巾帼促就业计划", "4": "家庭教育指导服务行动", "5": "新型婚育文化培育行动",
             "6": "儿童友好城市建设促进行动"}
    for k, (p, pr, pl) in t.items():
        rows.append([names[k], p, pr, pl])
    w.table(rows, widths=[5, 12, 5, 5])
    w.para("备注：“两癌”患病妇女救助全年救助146人，覆盖率100%。", size=12)
    w.para()
    w.picture(seal_png("淄博市妇女联合会", seed=28), width_cm=4.0)
    w.para("2024年12月26日", align="right")
    w.save(path)
    return Truth({"2.1": fig(U, "2.1", Q), "2.2": fig(U, "2.2", Q), "3.2": 100,
                  "4.1": fig(U, "4.1", Q), "4.2": fig(U, "4.2", Q), "5.1": fig(U, "5.1", Q),
                  "6.1": fig(U, "6.1", Q)},
                 {k: {"progress": p, "problems": pr, "plans": pl} for k, (p, pr, pl) in t.items()},
                 seal_picture=True)


# ================================================================ 市商务局

@ret("af08", "市商务局", "2024Q3", "figures-in-remarks", "doc", batch=28)
def sw_q3(path):
    U, Q = "市商务局", "2024Q3"
    w = Word(landscape=True)
    w.title("市商务局2024年前三季度为妇女儿童办实事进展情况", size=18)
    w.para("单位：淄博市商务局（服务业发展科）", size=12)
    prog = "组织家政领跑企业开展岗前培训、技能提升培训，推进家政服务员持证上岗。"
    w.table([["项目名称", "承担任务", "进展情况", "备注"],
             ["实施巾帼促就业计划", "家政从业人员职业技能培训", prog,
              f"截至9月底累计培训{comma(n(U, '2.1', Q))}人次，其中三季度{quarter_only(U, '2.1', Q)}人次"]],
            widths=[5, 5, 10, 7])
    w.para()
    w.para("审核人：周建军　　　填表人：陈琳　　　2024年10月9日", size=12, align="right")
    w.save(path)
    return Truth({"2.1": fig(U, "2.1", Q)})


# ================================================================ 市卫生健康委

@ret("af09", "市卫生健康委", "2024Q2", "indicator-rows-rate", "xlsx", batch=28)
def wj_q2(path):
    U, Q = "市卫生健康委", "2024Q2"
    s = Sheet(title="卫健")
    s.line("2024年为妇女儿童办实事指标完成情况（卫生健康部分）", 7, size=14, bold=True, align="center", height=26)
    s.cells(["报送单位：淄博市卫生健康委员会", None, None, None, "时间：2024年6月30日"])
    rows = [["序号", "指标名称", "计量单位", "年度目标", "累计完成", "完成进度", "备注"],
            [1, "35—64岁适龄妇女“两癌”筛查率", "%", 0.9, fig(U, "3.1", Q) / 100, None, "按年度筛查任务数计算"],
            [2, "“两癌”患病妇女救助覆盖率", "%", 1, 1, None, ""],
            [3, "市级婴幼儿照护服务示范区县", "个", 5, 0, "0%", "下半年评估命名"],
            [4, "市级示范托育机构", "家", 10, n(U, "7.2", Q), f"{n(U, '7.2', Q) * 10}%", ""],
            [5, "心理健康科普知识宣传", "场", "—", n(U, "8.1", Q), "", "精神卫生中心组织"]]
    top = s.table(rows, widths=[6, 34, 10, 10, 10, 10, 22],
                  number_formats={(1, 3): "0%", (1, 4): "0.0%", (2, 3): "0%", (2, 4): "0%"})
    s.ws.cell(top + 1, 6, f"=E{top + 1}/D{top + 1}").number_format = "0.0%"
    s.ws.cell(top + 2, 6, "100%")
    s.save(path)
    return Truth({"3.1": fig(U, "3.1", Q), "3.2": 100, "7.1": 0, "7.2": fig(U, "7.2", Q),
                  "8.1": fig(U, "8.1", Q)})


@ret("af10", "市卫生健康委", "2024Q4", "report-district-rate-table", "docx", batch=28)
def wj_q4(path):
    U, Q = "市卫生健康委", "2024Q4"
    w = Word()
    w.header("淄博市卫生健康委员会")
    w.title("关于2024年度为全市妇女儿童办实事\n卫生健康项目完成情况的报告")
    w.para()
    w.para("市妇儿工委办公室：")
    w.body("2024年，我委牵头实施适龄妇女“两癌”免费检查和救助行动、普惠托育服务提质行动，参与"
           "“阳光成长”青少年身心健康护航行动，各项任务均已完成。现报告如下。")
    w.heading("一、“两癌”免费检查")
    w.body(f"全年为适龄妇女免费开展宫颈癌、乳腺癌检查，全市筛查率达到{fig(U, '3.1', Q)}%，超过90%的年度目标"
           "（各区县情况见附表）；符合条件的“两癌”患病妇女救助实现全覆盖；适龄女孩HPV疫苗免费接种"
           "首剂接种率93.2%。")
    w.heading("二、普惠托育")
    w.body(f"经评估，命名张店区、临淄区、桓台县、周村区、高新区{cn(n(U, '7.1', Q))}个区县为市级婴幼儿照护"
           f"服务示范区县，认定市级示范托育机构{n(U, '7.2', Q)}家。")
    w.heading("三、心理健康")
    w.body(f"全年开展心理健康科普知识宣传{n(U, '8.1', Q)}场，开通24小时心理援助热线。")
    w.para("附表：2024年各区县适龄妇女“两癌”筛查情况", indent=True)
    sign_off(w, "淄博市卫生健康委员会", "2024年12月30日")
    w.page_break()
    w.para("附表", font=HEI, size=16)
    w.title("2024年各区县适龄妇女“两癌”筛查情况", size=16)
    rates = [92.4, 91.0, 88.7, 90.3, 91.8, 90.9, 89.5, 87.6, 92.1, 90.2, 88.9]
    rows = [["区县", "年度任务数（人）", "已筛查（人）", "筛查率（%）"]]
    tasks = [58000, 44000, 26000, 30000, 41000, 33000, 20000, 27000, 19000, 12000, 8000]
    done = [round(t * r / 100) for t, r in zip(tasks, rates)]
    done[0] += round(sum(tasks) * fig(U, "3.1", Q) / 100) - sum(done)
    for d, t, dn in zip(DISTRICTS, tasks, done):
        rows.append([d, comma(t), comma(dn), f"{dn / t * 100:.1f}"])
    rows.append(["全市", comma(sum(tasks)), comma(sum(done)), f"{fig(U, '3.1', Q)}"])
    w.table(rows, widths=[4, 4, 4, 4])
    w.save(path)
    return Truth({"3.1": fig(U, "3.1", Q), "3.2": 100, "7.1": fig(U, "7.1", Q),
                  "7.2": fig(U, "7.2", Q), "8.1": fig(U, "8.1", Q)})


@ret("af30", "市卫生健康委", "2024Q3", "all-projects-responsible-column", "doc", batch=28)
def wj_q3(path):
    U, Q = "市卫生健康委", "2024Q3"
    w = Word(landscape=True)
    w.para("附件", font=HEI, size=16)
    w.title(TABLE, size=18)
    w.para("填报单位：市卫生健康委　　　　　　　　　　　　　　　　　　　　　　　　2024年第三季度", size=12)
    p3 = (f"1-9月全市完成适龄妇女“两癌”筛查，筛查率{fig(U, '3.1', Q)}%；符合条件的患病妇女救助覆盖率100%；"
          "适龄女孩HPV疫苗接种工作稳步推进。")
    p7 = (f"张店区、临淄区{n(U, '7.1', Q)}个区县已通过评估，命名为市级婴幼儿照护服务示范区县；"
          f"认定市级示范托育机构{n(U, '7.2', Q)}家。")
    p8 = f"累计开展心理健康科普知识宣传{n(U, '8.1', Q)}场。"
    mine = {3: [p3, "部分农村妇女主动筛查意识不强。"], 7: [p7, "托育机构收费偏高，入托率不高。"],
            8: [p8, "无"]}
    rows = whole_list(["序号", "项目名称", "责任单位", "工作进展", "存在问题"], mine)
    w.table(rows, widths=[1.2, 6, 5.5, 11, 5], size=10)
    w.save(path)
    return Truth({"3.1": fig(U, "3.1", Q), "3.2": 100, "7.1": fig(U, "7.1", Q),
                  "7.2": fig(U, "7.2", Q), "8.1": fig(U, "8.1", Q)},
                 {"3": {"progress": p3, "problems": "部分农村妇女主动筛查意识不强。"},
                  "7": {"progress": p7, "problems": "托育机构收费偏高，入托率不高。"},
                  "8": {"progress": p8, "problems": "无"}})


# ================================================================ 团市委

@ret("af11", "团市委", "2024Q2", "letter-short", "pdf-text", batch=28)
def tw_q2(path):
    U, Q = "团市委", "2024Q2"
    w = Word()
    w.title("共青团淄博市委\n关于上半年青年交友联谊工作情况的报告")
    w.para()
    w.para("市妇儿工委办公室：")
    w.body("按照为全市妇女儿童办实事工作分工，团市委负责新型婚育文化培育行动中的青年交友联谊活动。"
           f"上半年，我们依托“青春有约·缘聚淄博”品牌，联合市直机关工委、高新区团工委等举办单身青年"
           f"联谊活动{cn(n(U, '5.1', Q), liang=True)}场（1月“冬日暖心”专场、5月“五四”青年节专场），"
           "累计参与青年380余人，现场牵手42对。")
    w.body("同时，持续推进“希望小屋”儿童关爱项目，上半年新建“希望小屋”58间。")
    w.body("下半年，计划在七夕、国庆期间再举办2场联谊活动。")
    sign_off(w, "共青团淄博市委", "2024年7月5日")
    w.save(path)
    return Truth({"5.1": fig(U, "5.1", Q)})


@ret("af12", "团市委", "2024Q4", "bare-table", "xlsx", batch=28)
def tw_q4(path):
    U, Q = "团市委", "2024Q4"
    s = Sheet(title="团市委")
    s.line("团市委2024年为妇女儿童办实事进展情况（全年）", 6, size=14, bold=True, align="center", height=24)
    rows = [["项目", "任务", "全年完成情况", "累计完成数", "存在问题", "下一步打算"],
            ["新型婚育文化培育行动", "举办单身青年联谊活动",
             "“青春有约·缘聚淄博”品牌活动全年举办，参与青年860人次。", f"{n(U, '5.1', Q)}场",
             "男女报名比例不均衡。", "扩大活动覆盖面。"],
            ["特殊困难儿童关爱项目", "“希望小屋”建设", "全年新建“希望小屋”120间，全部交付使用。", "120间",
             "无", "开展“希望小屋”回访。"]]
    s.table(rows, widths=[18, 18, 34, 12, 16, 16])
    s.skip()
    s.cells(["填报人：孙悦", None, "联系电话：3188025", None, "2024年12月24日"])
    s.save(path)
    return Truth({"5.1": fig(U, "5.1", Q)})


# ================================================================ 市医保局

@ret("af13", "市医保局", "2024Q1", "report-prose-only", "doc", batch=28)
def yb_q1(path):
    w = Word()
    w.title("淄博市医疗保障局\n2024年第一季度为妇女儿童办实事工作进展情况")
    w.para()
    w.body("为落实“提高职工生育医疗费报销标准”任务，我局于1月1日起执行新的生育保险待遇政策，职工医保"
           "参保人员（含灵活就业人员）住院分娩发生的政策范围内医疗费用不再设起付线，报销比例提高至100%。")
    w.body("一季度，全市共为3,126名参保职工报销住院分娩医疗费用2,870万元，支付生育津贴1.46亿元。"
           "同时，将灵活就业人员纳入生育医疗费用保障范围，惠及参保人员218人。")
    w.body("下一步，我局将加强政策宣传，优化“免申即享”经办服务，确保政策红利应享尽享。")
    sign_off(w, "淄博市医疗保障局", "2024年4月3日", blank=1)
    w.save(path)
    return Truth({"5.2": 100})


@ret("af14", "市医保局", "2024Q3", "bare-table", "xlsx", batch=28)
def yb_q3(path):
    s = Sheet(title="Sheet1")
    s.line("为全市妇女儿童办实事工作进展情况表", 5, size=14, bold=True, align="center", height=24)
    s.cells(["单位：市医保局", None, None, "2024年9月"])
    prog = "职工医保参保人员住院分娩政策范围内医疗费用全额报销，1-9月惠及9,480人。"
    rows = [["项目名称", "目标任务", "进展情况", "报销比例", "备注"],
            ["实施新型婚育文化培育行动（生育医疗费报销）", "住院分娩政策范围内医疗费用报销比例达到100%", prog,
             1, "含灵活就业人员"]]
    s.table(rows, widths=[26, 28, 40, 10, 14], number_formats={(1, 3): "0%"})
    s.save(path)
    return Truth({"5.2": 100})


# ================================================================ 市交通运输局

@ret("af15", "市交通运输局", "2024Q2", "item-list-table", "docx", batch=28)
def jt_q2(path):
    U, Q = "市交通运输局", "2024Q2"
    w = Word()
    w.title("市交通运输局关于“定制公交”助学专线\n开通情况的报告")
    w.para()
    w.para("市妇儿工委办公室：")
    w.body(f"根据2024年为全市妇女儿童办实事项目分工，我局负责开通4条“定制公交”助学专线。截至6月30日，"
           f"已开通{cn(n(U, '6.2', Q))}条，第四条（周村区）正在征集学生乘车需求。具体如下：")
    rows = [["序号", "线路名称", "服务学校", "开通时间", "日均乘车（人次）"],
            ["1", "助学专线1号", "淄博实验中学", "2024年3月4日", "186"],
            ["2", "助学专线2号", "张店区第八中学", "2024年4月15日", "142"],
            ["3", "助学专线3号", "临淄区第一中学", "2024年5月6日", "97"]]
    w.table(rows, widths=[1.5, 3.5, 4.5, 3.5, 3])
    w.para()
    w.body("下步，我局将在秋季开学前开通第四条专线，并根据学生需求动态调整发车时刻。")
    sign_off(w, "淄博市交通运输局", "2024年7月1日")
    w.save(path)
    return Truth({"6.2": fig(U, "6.2", Q)})


@ret("af16", "市交通运输局", "2024Q4", "bare-table", "pdf-text", batch=28, made_from="xlsx")
def jt_q4(path):
    U, Q = "市交通运输局", "2024Q4"
    s = Sheet(title="专线")
    s.line("“定制公交”助学专线开通情况（截至12月底）", 5, size=14, bold=True, align="center", height=24)
    s.line("报送单位：淄博市交通运输局", 5)
    rows = [["序号", "线路", "服务学校", "开通时间", "日均客流"],
            [1, "助学1号线", "淄博实验中学", "3月4日", 192],
            [2, "助学2号线", "张店八中", "4月15日", 150],
            [3, "助学3号线", "临淄一中", "5月6日", 104],
            [4, "助学4号线", "周村二中", "8月30日", 88],
            ["合计", f"{n(U, '6.2', Q)}条", "", "", 534]]
    s.table(rows, widths=[8, 16, 18, 14, 12], merges=[(5, 2, 5, 3)])
    s.save(path)
    return Truth({"6.2": fig(U, "6.2", Q)})


# ================================================================ 市总工会

@ret("af17", "市总工会", "2024Q3", "district-rows-total", "docx", batch=28)
def zgh_q3(path):
    U, Q = "市总工会", "2024Q3"
    w = Word()
    w.title("淄博市总工会\n2024年职工子女暑期托管班开展情况")
    w.para()
    w.body(f"今年暑期，市总工会联合教育、团委等部门，在全市开办职工子女暑期托管班{quarter_only(U, '7.3', Q)}个班次，"
           f"加上寒假托管班，全年累计开办{n(U, '7.3', Q)}个班次，已超额完成50个班次的年度任务，"
           "惠及职工子女2,900余名。各区县开办情况如下：")
    winter = split(n(U, "7.3", "2024Q2"))
    summer = split(quarter_only(U, "7.3", Q), weights=(9, 8, 5, 5, 7, 6, 4, 5, 5, 3, 3))
    rows = [["区县", "寒假托管班（个）", "暑期托管班（个）", "合计（个）"]]
    for d, a, b in zip(DISTRICTS, winter, summer):
        rows.append([d, str(a), str(b), str(a + b)])
    rows.append(["总计", str(sum(winter)), str(sum(summer)), str(n(U, "7.3", Q))])
    w.table(rows, widths=[4, 4, 4, 4])
    sign_off(w, "淄博市总工会女职工部", "2024年9月27日", blank=1)
    w.save(path)
    return Truth({"7.3": fig(U, "7.3", Q)})


@ret("af18", "市总工会", "2024Q1", "bare-table", "xlsx", batch=28)
def zgh_q1(path):
    U, Q = "市总工会", "2024Q1"
    s = Sheet(title="一季度")
    s.line("市总工会2024年一季度为妇女儿童办实事进展", 6, size=14, bold=True, align="center", height=24)
    rows = [["项目", "具体任务", "年度目标", "一季度完成", "完成率", "进展情况"],
            ["普惠托育服务提质行动", "开展寒暑假职工子女托管班", "不少于50个班次", n(U, "7.3", Q),
             f"{n(U, '7.3', Q) * 2}%", "寒假期间在张店、淄川、临淄等地开办托管班，服务职工子女520名。"]]
    s.table(rows, widths=[20, 24, 14, 12, 10, 40])
    s.skip()
    s.cells(["填报单位：淄博市总工会", None, None, "填报日期：2024-03-28"])
    s.save(path)
    return Truth({"7.3": fig(U, "7.3", Q)})


# ================================================================ 市公安局

@ret("af19", "市公安局", "2024Q2", "report-prose-only", "doc", batch=28)
def ga_q2(path):
    w = Word()
    w.title("淄博市公安局\n关于“护校安园”专项行动上半年工作情况的报告")
    w.para()
    w.para("市妇儿工委办公室：")
    w.body("上半年，全市公安机关深入开展“护校安园”专项行动，会同教育部门对全市1,392所中小学、幼儿园"
           "逐校开展安全防范检查，专职保安员配备、封闭化管理、一键式紧急报警、视频监控系统建设"
           "“4个100%”达标率保持100%。")
    w.body("设立“护学岗”1,210个，上下学高峰期警力见警率、管事率明显提升；排查整改校园周边安全隐患"
           "236处，开展法治进校园宣讲410场。")
    w.body("下一步，将结合暑期防溺水工作，持续加强校园周边巡逻防控。")
    sign_off(w, "淄博市公安局", "2024年7月4日")
    w.save(path)
    return Truth({"8.2": 100})


# ================================================================ 市法院 / 市检察院

@ret("af20", "市法院", "2024Q3", "report-prose-only", "pdf-text", batch=28)
def fy_q3(path):
    w = Word()
    w.title("淄博市中级人民法院\n关于家事案件调解联盟建设及未成年人司法保护\n工作进展情况的报告")
    w.para()
    w.para("市妇儿工委办公室：")
    w.body("今年以来，我院认真落实“阳光成长”青少年身心健康护航行动中“建立家事案件调解联盟，加强对"
           "未成年人的综合司法保护”任务，主要做了以下工作：")
    w.body("一、家事案件调解联盟已于5月挂牌成立，市妇联、市司法局、市民政局等8家单位加入，截至9月底"
           "联盟共调解家事纠纷318件，调解成功226件。")
    w.body("二、全市法院设立少年审判庭（合议庭）9个，发出家庭教育指导令47份，开展“法官进校园”"
           "活动62场。")
    w.body("三、下步将制定家事调解员培训计划，推动调解联盟向基层法庭延伸。")
    sign_off(w, "淄博市中级人民法院", "2024年9月29日")
    w.save(path)
    return Truth({})


@ret("af21", "市检察院", "2024Q4", "report-with-attachment", "docx", batch=28)
def jc_q4(path):
    U, Q = "市检察院", "2024Q4"
    w = Word()
    w.title("淄博市人民检察院\n2024年为妇女儿童办实事工作总结")
    w.para()
    w.body("2024年，市检察院立足未成年人检察职能，深化“法治副校长”工作，将心理健康教育融入法治进校园，"
           f"全年开展心理健康科普知识宣传{n(U, '8.1', Q)}场，覆盖师生3.2万人；对涉案未成年人开展心理疏导"
           "86人次；牵头建立未成年人综合司法保护联席会议制度。")
    w.body("存在的问题：专业心理咨询力量不足，主要依靠购买社会服务。")
    w.body("下一步，将推动建设未成年人检察心理疏导工作室。")
    sign_off(w, "淄博市人民检察院", "2024年12月25日")
    attachment_head(w, "2024年为全市妇女儿童办实事工作进展情况表")
    rows = [["项目", "任务内容", "全年完成", "备注"],
            ["实施“阳光成长”青少年身心健康护航行动", "心理健康科普知识宣传", f"{n(U, '8.1', Q)}场",
             f"四季度{quarter_only(U, '8.1', Q)}场"],
            ["", "未成年人综合司法保护", "已完成", "联席会议制度已建立"]]
    w.table(rows, merges=[(1, 0, 2, 0)], widths=[6, 6, 4, 6])
    w.save(path)
    return Truth({"8.1": fig(U, "8.1", Q)})


# ================================================================ 市文化和旅游局

@ret("af22", "市文化和旅游局", "2024Q1", "district-rows-total", "xlsx", batch=28)
def wl_q1(path):
    U, Q = "市文化和旅游局", "2024Q1"
    s = Sheet(title="戏曲进校园")
    s.line("“戏曲进校园”活动开展情况统计表", 5, size=14, bold=True, align="center", height=24)
    s.cells(["填报单位：市文化和旅游局", None, None, "时间：2024年1-3月"])
    shows = split(n(U, "9.1", Q) - 12)
    rows = [["区县", "剧目演出（场）", "课程辅导（场）", "小计（场）", "主要剧种"]]
    extra = [3, 2, 2, 1, 2, 1, 0, 1, 0, 0, 0]
    genres = ["五音戏、京剧", "五音戏", "京剧", "五音戏", "吕剧", "京剧", "吕剧", "五音戏", "京剧", "五音戏", "京剧"]
    for d, a, b, g in zip(DISTRICTS, shows, extra, genres):
        rows.append([d, a, b, a + b, g])
    rows.append(["合计", sum(shows), sum(extra), n(U, "9.1", Q), ""])
    s.table(rows, widths=[14, 14, 14, 12, 18])
    s.save(path)
    assert sum(shows) + sum(extra) == n(U, "9.1", Q)
    return Truth({"9.1": fig(U, "9.1", Q)})


@ret("af23", "市文化和旅游局", "2024Q4", "all-projects-responsible-column", "doc", batch=28)
def wl_q4(path):
    U, Q = "市文化和旅游局", "2024Q4"
    w = Word(landscape=True)
    w.title("2024年为全市妇女儿童办实事工作进展情况表", size=18)
    w.para("报送单位：淄博市文化和旅游局　　　　　　　　　　　　　　　　　　　报送时间：2024年12月27日", size=12)
    prog = (f"全年开展五音戏、京剧等剧目进校园演出及校园戏曲课程辅导{n(U, '9.1', Q)}场，覆盖中小学"
            "148所，受益学生9.6万人次。")
    rows = whole_list(["序号", "项目", "责任单位", "完成情况", "完成率"],
                      {9: [prog, f"{n(U, '9.1', Q) / 2:.0f}%"]}, blank="")
    w.table(rows, widths=[1.2, 7, 6, 11, 2.5], size=10)
    w.para("说明：第九项中科普大篷车、蒲公英科普大讲堂由市科协另行报送。", size=11)
    w.save(path)
    return Truth({"9.1": fig(U, "9.1", Q)})


# ================================================================ 市科协

@ret("af24", "市科协", "2024Q2", "report-with-attachment", "docx", batch=28)
def kx_q2(path):
    U, Q = "市科协", "2024Q2"
    w = Word()
    w.title("淄博市科学技术协会\n关于2024年上半年科普惠童工作情况的报告")
    w.para()
    w.para("市妇儿工委办公室：")
    w.body(f"上半年，市科协组织科普大篷车深入沂源、高青等县区农村学校开展巡展{n(U, '9.2', Q)}场，"
           f"举办青少年“蒲公英”科普大讲堂{n(U, '9.3', Q)}场，邀请院士专家、科技工作者为青少年授课。")
    w.body("下半年，将结合全国科普日开展集中巡展，确保完成全年任务。")
    sign_off(w, "淄博市科学技术协会", "2024年6月28日")
    attachment_head(w, TABLE)
    rows = [["项目名称", "具体指标", "全年目标", "完成进度", "备注"],
            ["实施“润童心”儿童素养提升工程", "科普大篷车巡展", "30场", f"{n(U, '9.2', Q) * 100 // 30}%",
             f"已巡展{n(U, '9.2', Q)}场"],
            ["", "青少年“蒲公英”科普大讲堂", "40场", f"{n(U, '9.3', Q) * 100 // 40}%",
             f"已举办{n(U, '9.3', Q)}场"]]
    w.table(rows, merges=[(1, 0, 2, 0)], widths=[6, 6, 3, 3, 6])
    w.save(path)
    return Truth({"9.2": fig(U, "9.2", Q), "9.3": fig(U, "9.3", Q)})


@ret("af25", "市科协", "2024Q4", "quarter-and-cumulative-columns", "xlsx", batch=28)
def kx_q4(path):
    U, Q = "市科协", "2024Q4"
    s = Sheet(title="科协")
    s.line("市科协为妇女儿童办实事进展情况表（第四季度）", 7, size=14, bold=True, align="center", height=24)
    rows = [["序号", "工作内容", "单位", "年度目标", "本季度完成", "累计完成", "备注"],
            [1, "科普大篷车巡展", "场", 30, quarter_only(U, "9.2", Q), n(U, "9.2", Q), "超额完成"],
            [2, "青少年“蒲公英”科普大讲堂", "场", 40, quarter_only(U, "9.3", Q), n(U, "9.3", Q),
             "1场因天气原因顺延至2025年1月"]]
    s.table(rows, widths=[6, 28, 6, 10, 12, 10, 30])
    s.skip()
    s.cells(["填报单位：淄博市科学技术协会", None, None, None, "2024年12月26日"])
    s.save(path)
    return Truth({"9.2": fig(U, "9.2", Q), "9.3": fig(U, "9.3", Q)})


# ================================================================ 市民政局

@ret("af26", "市民政局", "2024Q2", "bare-table", "pdf-text", batch=28)
def mz_q2(path):
    w = Word(landscape=True)
    w.header("淄博市民政局")
    w.title("特殊困难儿童关爱项目进展情况（二季度）", size=18)
    prog = ("春季学期孤儿、事实无人抚养儿童和重点困境儿童就学资助已全部发放到位，享受民政保障的"
            "孤困儿童就学资助实现全覆盖。")
    w.table([["项目", "进展情况", "存在问题", "下步打算"],
             ["特殊困难儿童关爱项目", prog, "部分儿童信息更新不及时。", "开展秋季学期资助对象动态核查。"]],
            widths=[4.5, 12, 5, 5])
    w.para()
    w.para("联系人：马丽　电话：3182275　　　　　　　　　　　　　　　　2024年6月28日", size=12)
    w.save(path)
    return Truth({"10.1": 100}, {"10": {"progress": prog, "problems": "部分儿童信息更新不及时。",
                                        "plans": "开展秋季学期资助对象动态核查。"}})


@ret("af27", "市民政局", "2024Q4", "district-rows-total", "xlsx", batch=28)
def mz_q4(path):
    s = Sheet(title="资助")
    s.line("2024年孤困儿童就学资助情况统计表", 6, size=14, bold=True, align="center", height=24)
    s.cells(["填报单位：市民政局（儿童福利科）", None, None, None, "截至2024年12月31日"])
    kids = [128, 96, 61, 58, 84, 70, 52, 66, 31, 22, 18]
    money = [round(k * 0.3, 1) for k in kids]
    rows = [["区县", "应资助人数", "已资助人数", "资助金额（万元）", "覆盖率", "备注"]]
    for d, k, m in zip(DISTRICTS, kids, money):
        rows.append([d, k, k, m, 1, ""])
    rows.append(["全市", sum(kids), sum(kids), round(sum(money), 1), 1, ""])
    fmts = {(r, 4): "0%" for r in range(1, len(rows))}
    s.table(rows, widths=[14, 12, 12, 16, 10, 12], number_formats=fmts)
    s.save(path)
    return Truth({"10.1": 100})


# ================================================================ 市残联

@ret("af28", "市残联", "2024Q3", "district-rows-total", "pdf-text", batch=28)
def cl_q3(path):
    U, Q = "市残联", "2024Q3"
    w = Word()
    w.title("市残联残疾儿童康复救助工作进展情况\n（2024年1—9月）", size=18)
    w.para("填报单位：淄博市残疾人联合会", size=12)
    parts = split(n(U, "10.2", Q))
    rows = [["区县", "救助人数（名）", "其中孤独症儿童", "定点机构（家）"]]
    orgs = [9, 7, 4, 4, 6, 5, 3, 4, 3, 1, 1]
    for d, p, o in zip(DISTRICTS, parts, orgs):
        rows.append([d, str(p), str(p // 4), str(o)])
    rows.append(["合计", comma(n(U, "10.2", Q)), str(sum(p // 4 for p in parts)), str(sum(orgs))])
    w.table(rows, widths=[4, 4, 4, 4])
    w.para()
    w.body("说明：救助人数为1月1日至9月30日累计数，年度目标约2000名。")
    sign_off(w, "淄博市残疾人联合会", "2024年10月10日", blank=1)
    w.save(path)
    return Truth({"10.2": fig(U, "10.2", Q)})


@ret("af29", "市残联", "2024Q2", "report-prose-only", "docx", batch=28)
def cl_q2(path):
    U, Q = "市残联", "2024Q2"
    w = Word()
    w.title("淄博市残疾人联合会\n2024年二季度残疾儿童康复救助进展情况")
    w.para()
    w.body(f"截至6月底，全市累计为{n(U, '10.2', Q)}名符合条件的残疾儿童实施康复救助，其中二季度新增"
           f"{quarter_only(U, '10.2', Q)}名；拨付救助资金612.4万元。")
    w.body("二季度开展定点康复机构年度评估，对2家不达标机构限期整改。")
    w.body("下步，将推进康复救助“一件事”联办，缩短审核周期。")
    sign_off(w, "淄博市残疾人联合会", "2024年7月2日", blank=1)
    w.save(path)
    return Truth({"10.2": fig(U, "10.2", Q)})


WORDING.update({
    "af01": (("title", "sign-off", "fill-line"), "一季度"),
    "af02": (("fill-line",), "1-9月"),
    "af03": (("header",), "二季度"),
    "af04": (("fill-line",), "统计截止2024年12月31日"),
    "af05": (("title", "sign-off"), "第一季度"),
    "af06": (("fill-line",), "截至2024年9月30日"),
    "af07": (("title", "seal"), "2024年1—12月"),
    "af08": (("title", "fill-line"), "前三季度"),
    "af09": (("title", "fill-line"), "date-line"),
    "af10": (("header", "sign-off"), "年度"),
    "af11": (("title", "sign-off"), "上半年"),
    "af12": (("title", "fill-line"), "全年"),
    "af13": (("title", "sign-off"), "第一季度"),
    "af14": (("fill-line",), "2024年9月"),
    "af15": (("title", "sign-off"), "截至6月30日"),
    "af16": (("fill-line",), "截至12月底"),
    "af17": (("title", "sign-off"), "暑期"),
    "af18": (("title", "fill-line"), "一季度"),
    "af19": (("title", "sign-off"), "上半年"),
    "af20": (("title", "sign-off"), "截至9月底"),
    "af21": (("title", "sign-off"), "全年"),
    "af22": (("fill-line",), "1-3月"),
    "af23": (("fill-line",), "date-line"),
    "af24": (("title", "sign-off"), "上半年"),
    "af25": (("title", "fill-line"), "第四季度"),
    "af26": (("header",), "二季度"),
    "af27": (("fill-line",), "截至2024年12月31日"),
    "af28": (("title", "fill-line", "sign-off"), "1—9月"),
    "af29": (("title", "sign-off"), "二季度"),
    "af30": (("fill-line",), "第三季度"),
})
