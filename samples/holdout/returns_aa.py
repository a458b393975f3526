"""Batch 23: native returns (Word, .doc, Excel, text PDF) from offices nobody has seen, written by
a new author in session 3 without reading app/, parsers/ or any other batch. Please do not
read this file while changing app/extraction/."""
from __future__ import annotations

B = 23

from samples.holdout.corpus import QNAME, Truth, attachment_head, ret, sign_off
from samples.holdout.docxkit import HEI, Word
from samples.holdout.ledger_aa import fig, n
from samples.holdout.numerals import cn, comma, full, pct
from samples.holdout.seal import seal_png
from samples.holdout.wording import WORDING
from samples.holdout.xlkit import Sheet

from openpyxl import Workbook


def _h(s: Sheet, rows: dict[int, float]) -> None:
    for r, h in rows.items():
        s.ws.row_dimensions[r].height = h


# ---------------------------------------------------------------- aa01 教育局 Q1 formal report
@ret("aa01", "市教育局", "2024Q1", "report-prose-plus-attached-table", "docx", batch=B)
def aa01(out):
    u, p = "市教育局", "2024Q1"
    w = Word()
    w.title("淄博市教育局\n关于2024年第一季度为妇女儿童办实事\n项目推进情况的报告")
    w.para("市妇儿工委办公室：", indent=False)
    w.body("按照《2024年为全市妇女儿童办实事项目清单》（淄政办字〔2024〕13号）要求，我局牵头"
           "实施教育资源扩增优化工程，并配合市妇联实施家庭教育指导服务行动。现将一季度进展报告如下。")
    w.heading("一、教育资源扩增优化工程")
    w.body(f"全年计划新改扩建中小学4所、幼儿园10所。截至3月底，新改扩建幼儿园已完成{n(u,'1.2',p)}所，"
           f"另有6所完成立项、3所进入招标程序；4所中小学均已开工，正在进行主体施工。"
           f"智慧教育应用场景打造{n(u,'1.3',p)}个，涉及张店区、临淄区共12所学校，投入资金386.5万元。")
    w.heading("二、家庭教育指导服务")
    w.body(f"依托全市家长学校开展家庭教育巡讲{n(u,'4.1',p)}场，覆盖家长1.2万人次；家庭教育骨干培训"
           "计划于二季度集中开展。")
    w.heading("三、下一步工作")
    w.body("加快在建项目进度，确保秋季开学前新建幼儿园投入使用。联系人：王立新，电话：0533-3182256。")
    sign_off(w, "淄博市教育局", "2024年4月3日")
    attachment_head(w, "2024年一季度为妇女儿童办实事项目进展情况统计表")
    w.table([["项目", "指标", "年度目标", "一季度完成", "完成率"],
             ["教育资源扩增优化工程", "新改扩建中小学（所）", "4", str(n(u,'1.1',p)), "0%"],
             ["", "新改扩建幼儿园（所）", "10", str(n(u,'1.2',p)), "10%"],
             ["", "智慧教育应用场景（个）", "10", str(n(u,'1.3',p)), "20%"],
             ["家庭教育指导服务行动", "家庭教育巡讲（场）", "——", str(n(u,'4.1',p)), "——"]],
            merges=[(1, 0, 3, 0)], widths=[5, 6, 3, 3, 3])
    w.save(out)
    return Truth(values={"1.1": 0.0, "1.2": fig(u,'1.2',p), "1.3": fig(u,'1.3',p), "4.1": fig(u,'4.1',p)})


# ---------------------------------------------------------------- aa02 人社局 Q2 committee form xlsx
@ret("aa02", "市人力资源社会保障局", "2024Q2", "form-own-columns-this-quarter", "xlsx", batch=B)
def aa02(out):
    u, p = "市人力资源社会保障局", "2024Q2"
    s = Sheet(title="二季度")
    s.line("2024年为妇女儿童办实事项目进展情况表（第二季度）", 8, size=16, bold=True, align="center", height=30)
    s.cells(["填报单位（盖章）：淄博市人力资源和社会保障局", "", "", "", "", "填报时间：2024.6.28"])
    p1, q1 = n(u, "2.1", "2024Q1"), n(u, "2.1", p)
    r1, r2 = n(u, "2.2", "2024Q1"), n(u, "2.2", p)
    prog = (f"联合市家政协会开展育婴员、养老护理员等培训，本季度培训{q1 - p1}人次；"
            f"举办“春风行动”“巾帼就业”专场招聘会，达成就业意向1360人。")
    s.table([["序号", "项目名称", "具体指标", "年度目标", "本季度完成", "累计完成", "进展情况", "备注"],
             [2, "实施巾帼促就业计划", "培训家政从业人员（人次）", "5000人次以上", q1 - p1, q1, prog, ""],
             ["", "", "举办女性就业专场招聘活动（场）", "——", r2 - r1, r2, "", "含线上直播带岗4场"]],
            merges=[(1, 0, 2, 0), (1, 1, 2, 1), (1, 6, 2, 6)], widths=[6, 16, 22, 12, 10, 10, 40, 14])
    _h(s, {3: 30, 4: 60, 5: 60})
    s.cells(["填表人：刘婷", "", "", "审核人：张建国", "", "联系电话：13853366021"])
    s.save(out)
    return Truth(values={"2.1": float(q1), "2.2": float(r2)})


# ---------------------------------------------------------------- aa03 妇联 Q3 xlsx one row per project with texts
@ret("aa03", "市妇联", "2024Q3", "rows-per-project-with-narrative-cells", "xlsx", batch=B)
def aa03(out):
    u, p = "市妇联", "2024Q3"
    s = Sheet(title="市妇联")
    s.line("市妇联2024年为妇女儿童办实事项目1-9月进展情况", 6, size=16, bold=True, align="center", height=30)
    rows = [["项目", "责任内容", "1-9月累计完成", "进展情况", "存在问题", "下步打算"]]
    texts = {}
    data = [
        ("2", "巾帼促就业", f"家政培训{n(u,'2.1',p)}人次；专场招聘{n(u,'2.2',p)}场",
         f"依托巾帼家政培训基地开展月嫂、育婴员培训，累计培训{n(u,'2.1',p)}人次，举办专场招聘{n(u,'2.2',p)}场。",
         "农村妇女参训积极性不高。", "四季度开展“巾帼家政进社区”活动。"),
        ("4", "家庭教育指导", f"巡讲{n(u,'4.1',p)}场；骨干培训{n(u,'4.2',p)}人",
         f"组建市级巡讲团，开展“千场巡讲”{n(u,'4.1',p)}场，培训家庭教育骨干{n(u,'4.2',p)}人。",
         "部分区县巡讲集中在城区。", "向镇村延伸，确保完成千场目标。"),
        ("5", "新型婚育文化", f"联谊活动{n(u,'5.1',p)}场",
         f"联合团市委举办“缘定淄博”单身青年联谊活动{n(u,'5.1',p)}场，参与青年640余人。",
         "无", "筹备“七夕”后续系列活动。"),
        ("6", "儿童友好城市", f"共建联盟{n(u,'6.1',p)}个",
         f"在张店、周村等试点打造儿童友好共建联盟{n(u,'6.1',p)}个。",
         "阵地改建资金未全部到位。", "推进市妇女儿童活动中心改建。"),
    ]
    for no, name, short, prog, prob, plan in data:
        rows.append([f"{no}.{name}", "", short, prog, prob, plan])
        texts[no] = {"progress": prog, "problems": prob, "plans": plan}
    s.table(rows, widths=[16, 6, 24, 46, 24, 30])
    _h(s, {3: 60, 4: 60, 5: 60, 6: 60})
    s.cells(["", "", "", "", "淄博市妇女联合会", ""])
    s.cells(["", "", "", "", "2024年9月27日", ""])
    s.save(out)
    return Truth(values={k: fig(u, k, p) for k in ("2.1", "2.2", "4.1", "4.2", "5.1", "6.1")}, texts=texts)


# ---------------------------------------------------------------- aa04 商务局 Q4 narrative .doc
@ret("aa04", "市商务局", "2024Q4", "narrative-no-table", "doc", batch=B)
def aa04(out):
    u, p = "市商务局", "2024Q4"
    w = Word()
    w.title("市商务局2024年度巾帼促就业计划\n落实情况汇报")
    w.body(f"今年以来，我局围绕家政服务业提质扩容，会同市人社局、市妇联推进巾帼促就业计划。"
           f"全年累计培训家政从业人员{comma(n(u,'2.1',p))}人次，较2023年的488人次增长23.4%；"
           f"其中第四季度培训{n(u,'2.1',p) - n(u,'2.1','2024Q3')}人次。全市现有家政企业312家，"
           f"“领跑者”企业15家。")
    w.body(f"组织家政企业参加女性就业专场招聘活动{cn(n(u,'2.2',p))}场，提供岗位2100余个。")
    w.body("下一步，我局将继续推动家政服务进社区，培育家政品牌。")
    sign_off(w, "淄博市商务局", "2024年12月26日")
    w.save(out)
    return Truth(values={"2.1": fig(u,'2.1',p), "2.2": fig(u,'2.2',p)})


# ---------------------------------------------------------------- aa05 卫健委 Q2 pdf-text indicator table
@ret("aa05", "市卫生健康委", "2024Q2", "indicator-table-target-last-quarter", "pdf-text", batch=B)
def aa05(out):
    u, p = "市卫生健康委", "2024Q2"
    w = Word(landscape=True)
    w.title("2024年为妇女儿童办实事项目进展情况表", size=18)
    w.para("填报单位：淄博市卫生健康委员会        时间：2024年1月-6月", indent=False)
    rows = [["序号", "指标", "目标", "一季度末", "截至6月底累计", "备注"]]
    for i, (ind, name, tgt) in enumerate([("3.1", "适龄妇女“两癌”筛查率", "90%"),
                                           ("3.2", "“两癌”患病妇女救助覆盖率", "100%"),
                                           ("7.1", "婴幼儿照护服务示范区县（个）", "5"),
                                           ("7.2", "市级示范托育机构（家）", "10"),
                                           ("8.1", "心理健康科普宣传（场）", "200")], 1):
        pc = ind.startswith("3")
        a, b = fig(u, ind, "2024Q1"), fig(u, ind, p)
        rows.append([str(i), name, tgt, pct(a) if pc else str(int(a)), pct(b) if pc else str(int(b)),
                     "全省平均43.9%" if ind == "3.1" else ""])
    rows.append(["6", "适龄女孩免费接种HPV疫苗", "——", "方案制定", "已接种首针1.6万人", ""])
    w.table(rows, widths=[1.5, 8, 3, 3, 4, 5])
    w.para("填表人：孙洁   电话：0533-2270815", indent=False)
    w.save(out)
    return Truth(values={k: fig(u, k, p) for k in ("3.1", "3.2", "7.1", "7.2", "8.1")})


# ---------------------------------------------------------------- aa06 团市委 Q3 textbox
@ret("aa06", "团市委", "2024Q3", "textbox-unit-short-table", "docx", batch=B)
def aa06(out):
    u, p = "团市委", "2024Q3"
    w = Word()
    w.textbox("共青团淄博市委员会")
    w.title("为妇女儿童办实事项目进展情况（截至9月底）", size=18)
    w.table([["项目", "工作内容", "完成情况"],
             ["新型婚育文化培育", "单身青年联谊活动", f"累计举办{n(u,'5.1',p)}场（三季度2场），参与青年410人"],
             ["特殊困难儿童关爱", "孤困儿童就学资助", "资助覆盖率100%"],
             ["", "残疾儿童康复救助（协助）", f"链接社会资金救助{n(u,'10.2',p)}名"],
             ["", "希望小屋建设", "新建希望小屋86间"]], merges=[(2, 0, 4, 0)], widths=[4, 5, 7])
    w.para()
    w.para("2024年9月29日", align="right")
    w.save(out)
    return Truth(values={"5.1": fig(u,'5.1',p), "10.1": 100.0, "10.2": fig(u,'10.2',p)})


# ---------------------------------------------------------------- aa07 医保局 Q1 short .doc
@ret("aa07", "市医保局", "2024Q1", "short-letter", "doc", batch=B)
def aa07(out):
    u, p = "市医保局", "2024Q1"
    w = Word()
    w.title("关于一季度新型婚育文化培育行动\n有关工作情况的报告")
    w.para("市妇儿工委办：", indent=False)
    w.body("一季度，职工医保参保人员住院分娩政策范围内医疗费用报销比例达到100%，"
           "共为2364名参保职工报销生育医疗费用3127.6万元，发放生育津贴1.52亿元。"
           "单身青年联谊活动由我局配合市妇联开展，一季度暂未举办。")
    sign_off(w, "淄博市医疗保障局", "2024年3月29日")
    w.save(out)
    return Truth(values={"5.2": 100.0})


# ---------------------------------------------------------------- aa08 交通运输局 Q4 xlsx sheet named
@ret("aa08", "市交通运输局", "2024Q4", "route-list-with-total", "xlsx", batch=B)
def aa08(out):
    u, p = "市交通运输局", "2024Q4"
    s = Sheet(title="市交通运输局")
    s.line("“定制公交”助学专线开通情况（截至2024年12月31日）", 6, size=14, bold=True, align="center", height=26)
    lines = [("K201", "张店区", "齐盛学校", "2024-02-26"), ("K202", "张店区", "淄博实验中学", "2024-03-04"),
             ("K305", "临淄区", "齐都中学", "2024-05-06"), ("K118", "周村区", "周村实验学校", "2024-09-02"),
             ("K406", "桓台县", "桓台一中", "2024-09-02"), ("K512", "高新区", "高新区实验小学", "2024-11-11")]
    rows = [["线路编号", "区县", "服务学校", "开通日期", "日均客流（人次）", "备注"]]
    for i, (a, b, c, d) in enumerate(lines):
        rows.append([a, b, c, d, 120 + i * 17, ""])
    rows.append(["合计", "", f"{n(u,'6.2',p)}条", "", "", "年度目标4条"])
    s.table(rows, widths=[10, 10, 20, 14, 14, 14])
    s.skip()
    s.cells([f"儿童友好共建联盟：配合市妇联在张店区公交枢纽打造{n(u,'6.1',p)}个。"])
    s.save(out)
    return Truth(values={"6.2": fig(u,'6.2',p), "6.1": fig(u,'6.1',p)})


# ---------------------------------------------------------------- aa09 总工会 Q3 xlsx printed
@ret("aa09", "市总工会", "2024Q3", "printed-sheet-two-row-header", "pdf-text", batch=B, made_from="xlsx")
def aa09(out):
    u, p = "市总工会", "2024Q3"
    s = Sheet(title="托育")
    s.line("淄博市总工会普惠托育服务提质行动进展表", 7, size=14, bold=True, align="center", height=26)
    s.line("统计时间：2024年前三季度", 7)
    rows = [["指标", "年度目标", "完成情况", "", "", "完成率", "备注"],
            ["", "", "上半年", "7-9月", "累计", "", ""],
            ["市级示范托育机构（家）", 10, n(u,'7.2','2024Q2'), n(u,'7.2',p) - n(u,'7.2','2024Q2'), n(u,'7.2',p), "", "与卫健委共同认定"],
            ["寒暑假职工子女托管班（个班次）", 50, n(u,'7.3','2024Q2'), n(u,'7.3',p) - n(u,'7.3','2024Q2'), n(u,'7.3',p), "", "暑期托管服务儿童3126名"]]
    s.table(rows, merges=[(0, 2, 0, 4), (0, 0, 1, 0), (0, 1, 1, 1), (0, 5, 1, 5), (0, 6, 1, 6)],
            widths=[30, 10, 10, 10, 10, 10, 26], header_rows=2)
    s.ws.cell(6, 6).value = f"{n(u,'7.3',p)*2}%"
    s.ws.cell(5, 6).value = f"{n(u,'7.2',p)*10}%"
    _h(s, {5: 32, 6: 32})
    s.save(out)
    return Truth(values={"7.2": fig(u,'7.2',p), "7.3": fig(u,'7.3',p)})


# ---------------------------------------------------------------- aa10 公安局 Q2 header
@ret("aa10", "市公安局", "2024Q2", "header-unit-numbered-paras", "docx", batch=B)
def aa10(out):
    u, p = "市公安局", "2024Q2"
    w = Word()
    w.header("淄博市公安局")
    w.title("“阳光成长”青少年身心健康护航行动\n上半年工作进展")
    w.body(f"1.心理健康科普宣传。组织法治副校长、民警进校园开展心理健康和防欺凌科普宣传{n(u,'8.1',p)}场，"
           f"其中二季度{n(u,'8.1',p) - n(u,'8.1','2024Q1')}场，受众学生5.8万人。")
    w.body(f"2.校园安全防范。全市中小学幼儿园安全防范建设“4个100%”达标率{pct(fig(u,'8.2',p))}，"
           "较一季度提升5.3个百分点；设置护学岗1046个。")
    w.body("3.下步打算。暑期开展防溺水专项宣传，9月底前实现达标率全覆盖。")
    w.save(out)
    return Truth(values={"8.1": fig(u,'8.1',p), "8.2": fig(u,'8.2',p)})


WORDING.update({
    "aa01": (("title", "sign-off"), "第一季度"),
    "aa02": (("fill-line", "sheet-name"), "第二季度"),
    "aa03": (("title", "sign-off", "sheet-name"), "1-9月"),
    "aa04": (("title", "sign-off"), "全年"),
    "aa05": (("fill-line",), "date-range"),
    "aa06": (("textbox",), "截至9月底"),
    "aa07": (("sign-off",), "一季度"),
    "aa08": (("sheet-name",), "截至2024年12月31日"),
    "aa09": (("title",), "前三季度"),
    "aa10": (("header",), "上半年"),
})
