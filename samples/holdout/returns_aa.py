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


# ---------------------------------------------------------------- aa11 法院 Q4 .doc
@ret("aa11", "市法院", "2024Q4", "court-summary-family-cases", "doc", batch=B)
def aa11(out):
    u, p = "市法院", "2024Q4"
    w = Word()
    w.title("淄博市中级人民法院\n2024年“阳光成长”护航行动工作总结")
    w.body("一、家事案件调解联盟。联合市妇联、市民政局建立家事案件调解联盟，全年调解涉未成年人"
           "家事纠纷412件，调解成功率68.2%。")
    w.body(f"二、心理健康科普宣传。全年开展“法官进校园”心理健康及法治宣传{n(u,'8.1',p)}场"
           f"（2023年为17场），发放宣传资料1.3万份，两级法院共审结涉未成年人案件236件。")
    w.body("三、2025年打算。继续深化“法护未来”品牌建设。")
    sign_off(w, "淄博市中级人民法院", "2024年12月27日")
    w.save(out)
    return Truth(values={"8.1": fig(u,'8.1',p)})


# ---------------------------------------------------------------- aa12 检察院 Q1 xlsx activity list
@ret("aa12", "市检察院", "2024Q1", "activity-log-with-count", "xlsx", batch=B)
def aa12(out):
    u, p = "市检察院", "2024Q1"
    s = Sheet(title="一季度台账")
    s.line("淄博市人民检察院“阳光成长”心理健康科普宣传活动台账（2024年1-3月）", 5, size=13, bold=True, align="center", height=30)
    acts = [("1月10日", "张店区四宝山小学", "“检察护蕾”法治课", 460),
            ("1月19日", "临淄区雪宫中学", "心理健康讲座", 620),
            ("2月28日", "淄川区实验小学", "开学第一课", 800),
            ("3月6日", "博山区第一中学", "防性侵心理辅导", 350),
            ("3月14日", "周村区新建路小学", "法治副校长讲座", 540),
            ("3月27日", "桓台县实验学校", "心理健康宣讲", 410)]
    rows = [["序号", "日期", "地点", "活动名称", "受众（人）"]]
    for i, a in enumerate(acts, 1):
        rows.append([i, *a])
    rows.append(["合计", f"{n(u,'8.1',p)}场", "", "", sum(a[3] for a in acts)])
    s.table(rows, widths=[6, 10, 24, 22, 12], merges=[(len(rows) - 1, 1, len(rows) - 1, 3)])
    s.cells(["填报人：赵敏  0533-3119870"])
    s.save(out)
    return Truth(values={"8.1": fig(u,'8.1',p)})


# ---------------------------------------------------------------- aa13 文旅局 Q3 pdf report with small table
@ret("aa13", "市文化和旅游局", "2024Q3", "report-inline-table", "pdf-text", batch=B)
def aa13(out):
    u, p = "市文化和旅游局", "2024Q3"
    w = Word()
    w.title("市文化和旅游局关于“润童心”儿童素养提升工程\n前三季度进展情况的报告")
    w.body(f"前三季度，我局组织五音戏、京剧、吕剧院团开展戏曲进校园演出及课程辅导{n(u,'9.1',p)}场，"
           f"其中7—9月{n(u,'9.1',p) - n(u,'9.1','2024Q2')}场，惠及师生4.6万人次；"
           f"配合市科协在图书馆、文化馆举办“蒲公英”科普大讲堂{n(u,'9.3',p)}场。")
    w.table([["内容", "全年目标", "截至9月底累计"],
             ["戏曲进校园（场）", "200", str(n(u,'9.1',p))],
             ["科普大讲堂（场）", "40（市科协牵头）", str(n(u,'9.3',p))]], widths=[6, 4, 4])
    sign_off(w, "淄博市文化和旅游局", "2024年9月30日")
    w.save(out)
    return Truth(values={"9.1": fig(u,'9.1',p), "9.3": fig(u,'9.3',p)})


# ---------------------------------------------------------------- aa14 科协 Q2 quarter ledger columns
@ret("aa14", "市科协", "2024Q2", "quarter-ledger-columns", "xlsx", batch=B)
def aa14(out):
    u, p = "市科协", "2024Q2"
    s = Sheet(title="科协台账")
    s.line("市科协2024年办实事项目季度台账", 8, size=14, bold=True, align="center", height=26)
    s.cells(["单位：淄博市科学技术协会", "", "", "", "", "", "截至：2024年6月30日"])
    q = lambda ind, per: n(u, ind, per)
    s.table([["指标", "目标", "1季度", "2季度", "3季度", "4季度", "累计", "备注"],
             ["科普大篷车巡展（场）", 30, q("9.2", "2024Q1"), q("9.2", p) - q("9.2", "2024Q1"), "", "", q("9.2", p), "省科协配发大篷车2辆"],
             ["“蒲公英”科普大讲堂（场）", 40, q("9.3", "2024Q1"), q("9.3", p) - q("9.3", "2024Q1"), "", "", q("9.3", p), ""]],
            widths=[26, 8, 8, 8, 8, 8, 8, 22])
    s.save(out)
    return Truth(values={"9.2": fig(u,'9.2',p), "9.3": fig(u,'9.3',p)})


# ---------------------------------------------------------------- aa15 民政局 Q4 docx seal
@ret("aa15", "市民政局", "2024Q4", "form-table-pasted-seal", "docx", batch=B)
def aa15(out):
    u, p = "市民政局", "2024Q4"
    w = Word(landscape=True)
    w.title("2024年为全市妇女儿童办实事项目进展情况表", size=18)
    w.para("填报单位（盖章）：                          填报日期：2024年12月25日", indent=False)
    prog = (f"全年为孤儿、事实无人抚养儿童发放就学资助，资助覆盖率100%；协助市残联落实残疾儿童"
            f"康复救助{n(u,'10.2',p)}名；“爱心妈妈”结对帮扶困境儿童1320名。")
    prob = "基层儿童督导员业务能力有待提升。"
    plan = "2025年继续开展儿童主任轮训。"
    w.table([["项目", "责任单位", "进展情况", "存在问题", "下步打算"],
             ["10.实施特殊困难儿童关爱项目", "市民政局", prog, prob, plan]], widths=[5, 3, 10, 4, 4])
    w.picture(seal_png("淄博市民政局"), 4.0)
    w.save(out)
    return Truth(values={"10.1": 100.0, "10.2": fig(u,'10.2',p)},
                 texts={"10": {"progress": prog, "problems": prob, "plans": plan}}, seal_picture=True)


# ---------------------------------------------------------------- aa16 残联 Q3 district rows
@ret("aa16", "市残联", "2024Q3", "district-rows-total", "xlsx", batch=B)
def aa16(out):
    u, p = "市残联", "2024Q3"
    tot = n(u, "10.2", p)
    shares = [312, 201, 118, 143, 197, 154, 96, 121, 88, 79]
    shares.append(tot - sum(shares))
    dists = ["张店区", "淄川区", "博山区", "周村区", "临淄区", "桓台县", "高青县", "沂源县", "高新区", "经济开发区", "文昌湖区"]
    s = Sheet(title="康复救助")
    s.line("2024年1-9月残疾儿童康复救助完成情况", 5, size=14, bold=True, align="center", height=26)
    s.cells(["填报单位：淄博市残疾人联合会"])
    rows = [["区县", "年度任务（名）", "累计救助（名）", "其中9月", "资金（万元）"]]
    for d, k in zip(dists, shares):
        rows.append([d, round(k * 1.25), k, k // 9, round(k * 1.4, 1)])
    rows.append(["合计", 2000, tot, sum(k // 9 for k in shares), round(sum(k * 1.4 for k in shares), 1)])
    s.table(rows, widths=[14, 14, 14, 10, 12])
    s.save(out)
    return Truth(values={"10.2": float(tot)})


# ---------------------------------------------------------------- aa17 教育局 Q4 whole list of ten
@ret("aa17", "市教育局", "2024Q4", "whole-list-others-blank", "xlsx", batch=B)
def aa17(out):
    u, p = "市教育局", "2024Q4"
    s = Sheet(title="进展情况表")
    s.line("2024年为妇女儿童办实事项目进展情况表", 6, size=16, bold=True, align="center", height=30)
    s.cells(["填报单位：市教育局", "", "", "", "时间：2024年全年"])
    v = lambda ind: n(u, ind, p)
    rows = [["序号", "项目", "指标", "目标", "完成情况", "责任单位"],
            [1, "教育资源扩增优化工程", "新改扩建中小学", "4所", f"{v('1.1')}所", "市教育局"],
            ["", "", "新改扩建幼儿园", "10所", f"{v('1.2')}所", ""],
            ["", "", "智慧教育应用场景", "10个", f"{v('1.3')}个", ""],
            [2, "巾帼促就业计划", "家政培训", "5000人次", "/", "市人社局"],
            [3, "两癌检查救助", "筛查率", "90%", "/", "市卫健委"],
            [4, "家庭教育指导服务", "巡讲；骨干培训", "1000场；550人", f"巡讲{v('4.1')}场，培训骨干{v('4.2')}人", "市妇联、市教育局"],
            [5, "新型婚育文化培育", "联谊活动", "10场", "/", "市妇联"],
            [6, "儿童友好城市", "定制公交", "4条", "/", "市交通运输局"],
            [7, "普惠托育", "示范托育机构", "10家", "/", "市卫健委"],
            [8, "阳光成长护航", "心理健康科普宣传；“4个100%”达标率", "200场；100%", f"宣传{v('8.1')}场；达标率100%", "市教育局等"],
            [9, "润童心", "戏曲进校园", "200场", "/", "市文旅局"],
            [10, "特殊困难儿童关爱", "康复救助", "2000名", "/", "市残联"]]
    s.table(rows, merges=[(1, 0, 3, 0), (1, 1, 3, 1), (1, 5, 3, 5)], widths=[6, 22, 30, 14, 26, 16])
    _h(s, {9: 30, 13: 30})
    s.save(out)
    return Truth(values={k: fig(u, k, p) for k in ("1.1", "1.2", "1.3", "4.1", "4.2", "8.1", "8.2")})


# ---------------------------------------------------------------- aa18 妇联 Q1 docx long progress paragraph
@ret("aa18", "市妇联", "2024Q1", "long-paragraph-per-project", "docx", batch=B)
def aa18(out):
    u, p = "市妇联", "2024Q1"
    w = Word()
    w.title("淄博市妇女联合会\n2024年一季度妇女儿童实事项目推进情况")
    w.heading("一、“两癌”免费检查和救助")
    w.body(f"会同市卫健委推进适龄妇女“两癌”免费检查，截至3月底全市筛查率{pct(fig(u,'3.1',p))}，"
           f"为58名患病妇女发放救助金29万元，符合条件的患病妇女救助全覆盖。")
    w.heading("二、家庭教育指导服务")
    w.body(f"启动“千场巡讲进万家”活动，一季度开展家庭教育巡讲{n(u,'4.1',p)}场，"
           f"举办家庭教育骨干培训班2期，培训骨干{n(u,'4.2',p)}人；“淄博好爸妈”平台完成搭建。")
    w.heading("三、巾帼促就业")
    w.body(f"培训家政从业人员{n(u,'2.1',p)}人次，举办“春风行动·巾帼专场”招聘{cn(n(u,'2.2',p))}场。")
    w.heading("四、其他项目")
    w.body(f"举办单身青年联谊活动{n(u,'5.1',p)}场；儿童友好共建联盟完成{n(u,'6.1',p)}个试点遴选。")
    sign_off(w, "淄博市妇女联合会", "2024年4月2日")
    w.save(out)
    return Truth(values={k: fig(u, k, p) for k in ("3.1", "3.2", "4.1", "4.2", "2.1", "2.2", "5.1", "6.1")})


# ---------------------------------------------------------------- aa19 卫健委 Q4 .doc
@ret("aa19", "市卫生健康委", "2024Q4", "annual-summary-numbered", "doc", batch=B)
def aa19(out):
    u, p = "市卫生健康委", "2024Q4"
    w = Word()
    w.title("市卫生健康委2024年为妇女儿童办实事\n项目完成情况")
    w.body(f"（一）“两癌”检查。全年完成宫颈癌筛查12.4万人、乳腺癌筛查12.1万人，35—64岁适龄妇女"
           f"“两癌”筛查率{pct(fig(u,'3.1',p))}（目标90%）；救助覆盖率100%。")
    w.body(f"（二）普惠托育。培育市级婴幼儿照护服务示范区县{cn(n(u,'7.1',p))}个，打造市级示范托育机构"
           f"{n(u,'7.2',p)}家，全市每千人口托位数达到4.1个；协助市总工会举办托管班{n(u,'7.3',p)}个班次。")
    w.body(f"（三）心理健康。开展心理健康科普知识宣传{n(u,'8.1',p)}场，开通心理援助热线0533-12356。")
    sign_off(w, "淄博市卫生健康委员会", "2024年12月30日")
    w.save(out)
    return Truth(values={k: fig(u, k, p) for k in ("3.1", "3.2", "7.1", "7.2", "7.3", "8.1")})


# ---------------------------------------------------------------- aa20 人社局 Q3 xlsx printed, several sheets
@ret("aa20", "市人力资源社会保障局", "2024Q3", "printed-monthly-export", "pdf-text", batch=B, made_from="xlsx")
def aa20(out):
    u, p = "市人力资源社会保障局", "2024Q3"
    s = Sheet(title="汇总")
    s.line("淄博市人力资源和社会保障局 巾帼促就业计划统计（2024年1-9月）", 5, size=13, bold=True, align="center", height=30)
    months = [240, 262, 310, 380, 402, 375, 418, 446, 407]
    months[-1] += n(u, "2.1", p) - sum(months)
    rows = [["月份", "家政培训（人次）", "累计", "专场招聘（场）", "累计"]]
    c = 0
    fairs = [2, 2, 2, 3, 3, 2, 2, 3, 2]
    fc = 0
    for i, (m, f) in enumerate(zip(months, fairs), 1):
        c += m
        fc += f
        rows.append([f"{i}月", m, c, f, fc])
    s.table(rows, widths=[10, 18, 12, 16, 12])
    s.save(out)
    assert fc == n(u, "2.2", p) and c == n(u, "2.1", p)
    return Truth(values={"2.1": float(c), "2.2": float(fc)})


WORDING.update({
    "aa11": (("title", "sign-off"), "全年"),
    "aa12": (("title",), "1-3月"),
    "aa13": (("title", "sign-off"), "前三季度"),
    "aa14": (("fill-line",), "截至2024年6月30日"),
    "aa15": (("table-cell", "seal"), "date-line"),
    "aa16": (("fill-line",), "1-9月"),
    "aa17": (("fill-line",), "全年"),
    "aa18": (("title", "sign-off"), "一季度"),
    "aa19": (("title", "sign-off"), "全年"),
    "aa20": (("title",), "1-9月"),
})


# ---------------------------------------------------------------- aa21 科协 Q4 pdf annual with table split by project
@ret("aa21", "市科协", "2024Q4", "annual-report-compare-last-year", "pdf-text", batch=B)
def aa21(out):
    u, p = "市科协", "2024Q4"
    w = Word()
    w.title("淄博市科学技术协会\n关于2024年度为妇女儿童办实事项目完成情况的报告")
    w.body(f"全年科普大篷车巡展{n(u,'9.2',p)}场（目标30场，2023年完成27场），行程4800余公里，"
           f"服务农村青少年3.2万人次；“蒲公英”科普大讲堂{n(u,'9.3',p)}场，邀请院士专家12位。")
    w.table([["指标", "2023年", "2024年目标", "2024年完成", "同比"],
             ["科普大篷车巡展（场）", "27", "30", str(n(u,'9.2',p)), "+22.2%"],
             ["蒲公英科普大讲堂（场）", "35", "40", str(n(u,'9.3',p)), "+20.0%"]], widths=[5, 2.5, 3, 3, 2.5])
    sign_off(w, "淄博市科学技术协会", "2024年12月24日")
    w.save(out)
    return Truth(values={"9.2": fig(u,'9.2',p), "9.3": fig(u,'9.3',p)})


# ---------------------------------------------------------------- aa22 文旅局 Q1 xlsx per district
@ret("aa22", "市文化和旅游局", "2024Q1", "district-columns-xlsx", "xlsx", batch=B)
def aa22(out):
    u, p = "市文化和旅游局", "2024Q1"
    s = Sheet(title="戏曲进校园")
    s.line("戏曲进校园演出及课程辅导统计表", 8, size=14, bold=True, align="center", height=26)
    s.cells(["报送：市文旅局艺术科", "", "", "", "", "", "截至3月31日"])
    tot = n(u, "9.1", p)
    parts = [9, 5, 3, 4, 6, 2]
    parts.append(tot - sum(parts))
    s.table([["类别", "张店区", "淄川区", "博山区", "周村区", "临淄区", "桓台县", "其他区县", "合计"],
             ["演出（场）", *parts, tot],
             ["观众（人次）", 4100, 2200, 1300, 1650, 2700, 900, 800, 13650]], widths=[14] + [10] * 8)
    s.cells(["注：市级院团送戏下乡另计；全年目标200场。"])
    s.save(out)
    return Truth(values={"9.1": float(tot)})


# ---------------------------------------------------------------- aa23 团市委 Q2 .doc with table split
@ret("aa23", "团市委", "2024Q2", "memo-plus-two-tables", "doc", batch=B)
def aa23(out):
    u, p = "团市委", "2024Q2"
    w = Word()
    w.title("共青团淄博市委\n上半年为妇女儿童办实事工作情况")
    w.body("现将我委承担的新型婚育文化培育行动、特殊困难儿童关爱项目进展情况报告如下：")
    w.para("表1 单身青年联谊活动", font=HEI, size=12, align="center")
    w.table([["时间", "活动", "参与人数"],
             ["2月14日", "“青春有约”情人节联谊", "96"],
             ["5月20日", "“520”户外交友", "120"],
             ["6月16日", "“青春向党”联谊会", "88"],
             ["小计", f"{n(u,'5.1',p)}场", "304"]], widths=[3, 7, 3])
    w.para("表2 特殊困难儿童关爱", font=HEI, size=12, align="center")
    w.table([["指标", "完成情况"],
             ["孤困儿童就学资助覆盖率", "100%"],
             ["协助残疾儿童康复救助", f"{n(u,'10.2',p)}名"],
             ["希望小屋", "建成53间"]], widths=[7, 6])
    sign_off(w, "共青团淄博市委员会", "2024年6月27日")
    w.save(out)
    return Truth(values={"5.1": fig(u,'5.1',p), "10.1": 100.0, "10.2": fig(u,'10.2',p)})


# ---------------------------------------------------------------- aa24 总工会 Q1 docx brief
@ret("aa24", "市总工会", "2024Q1", "brief-bullets", "docx", batch=B)
def aa24(out):
    u, p = "市总工会", "2024Q1"
    w = Word()
    w.para("市总工会普惠托育服务提质行动一季度情况", font=HEI, size=16, align="center")
    w.body(f"●寒假期间在全市开办职工子女托管班{n(u,'7.3',p)}个班次，托管职工子女312名，"
           "投入工会经费18.6万元。")
    w.body("●会同市卫健委启动市级示范托育机构申报工作，共收到申报材料14份。")
    w.body("●暑期托管班计划开办45个班次以上。")
    w.para("联系人：陈晓燕 15065328877", indent=False)
    w.para("2024年3月28日", align="right")
    w.save(out)
    return Truth(values={"7.3": fig(u,'7.3',p)})


# ---------------------------------------------------------------- aa25 交通局 Q2 pdf
@ret("aa25", "市交通运输局", "2024Q2", "bus-line-table-pdf", "pdf-text", batch=B)
def aa25(out):
    u, p = "市交通运输局", "2024Q2"
    w = Word()
    w.header("淄博市交通运输局", align="right")
    w.title("“定制公交”助学专线开通情况（二季度）", size=18)
    w.body(f"截至6月底，已开通“定制公交”助学专线{n(u,'6.2',p)}条（一季度{n(u,'6.2','2024Q1')}条），"
           "投入车辆18部，日均服务学生1160人次。")
    w.table([["线路", "起讫", "开通时间"],
             ["K201", "华润中心—齐盛学校", "2月26日"],
             ["K202", "火车站—淄博实验中学", "3月4日"],
             ["K305", "临淄公交总站—齐都中学", "5月6日"]], widths=[3, 8, 4])
    sign_off(w, "市交通运输局", "2024年6月28日", blank=1)
    w.save(out)
    return Truth(values={"6.2": fig(u,'6.2',p)})


# ---------------------------------------------------------------- aa26 残联 Q1 docx
@ret("aa26", "市残联", "2024Q1", "rehab-categories-table", "docx", batch=B)
def aa26(out):
    u, p = "市残联", "2024Q1"
    tot = n(u, "10.2", p)
    cats = [("孤独症", 186), ("脑瘫", 97), ("智力", 121), ("听力言语", 64)]
    cats.append(("肢体及其他", tot - sum(c for _, c in cats)))
    w = Word()
    w.title("市残联残疾儿童康复救助项目推进情况\n（2024年1—3月）", size=18)
    w.body(f"一季度共为{tot}名残疾儿童实施康复救助，占全年2000名目标的{tot / 20:.1f}%，"
           "拨付救助资金756.3万元；定点康复机构47家。")
    rows = [["类别", "救助人数（名）"]] + [[a, str(b)] for a, b in cats] + [["合计", str(tot)]]
    w.table(rows, widths=[6, 4])
    sign_off(w, "淄博市残疾人联合会", "2024年4月1日")
    w.save(out)
    return Truth(values={"10.2": float(tot)})


# ---------------------------------------------------------------- aa27 民政局 Q2 xlsx committee form
@ret("aa27", "市民政局", "2024Q2", "committee-form-percent-cells", "xlsx", batch=B)
def aa27(out):
    u, p = "市民政局", "2024Q2"
    s = Sheet(title="Sheet1")
    s.line("2024年为妇女儿童办实事项目进展情况表", 6, size=16, bold=True, align="center", height=30)
    s.cells(["填报单位：市民政局（盖章）", "", "", "", "报送时间：2024年7月2日"])
    s.table([["项目", "指标", "目标值", "完成值", "进展情况", "备注"],
             ["特殊困难儿童关爱", "孤困儿童就学资助覆盖率", 1, 1, "上半年发放资助金312.4万元", ""],
             ["", "残疾儿童康复救助（名）", "", n(u,'10.2',p), "配合市残联", "市残联牵头"]],
            merges=[(1, 0, 2, 0)], widths=[18, 26, 10, 10, 30, 14],
            number_formats={(1, 2): "0%", (1, 3): "0%"})
    s.save(out)
    return Truth(values={"10.1": 100.0, "10.2": fig(u,'10.2',p)})


# ---------------------------------------------------------------- aa28 医保局 Q4 xlsx printed
@ret("aa28", "市医保局", "2024Q4", "printed-form-year-end", "pdf-text", batch=B, made_from="xlsx")
def aa28(out):
    u, p = "市医保局", "2024Q4"
    s = Sheet(title="医保")
    s.line("2024年为妇女儿童办实事项目（新型婚育文化培育行动）完成情况", 5, size=13, bold=True, align="center", height=30)
    s.cells(["填报单位：淄博市医疗保障局", "", "", "截至2024年12月31日"])
    s.table([["指标", "目标", "完成", "说明"],
             ["职工医保住院分娩政策范围内医疗费用报销比例", "100%", "100%", "全年报销生育医疗费1.21亿元，惠及9527人"],
             ["协办单身青年联谊活动（场）", "——", n(u,'5.1',p), "与市妇联联合举办"]], widths=[34, 10, 10, 40])
    _h(s, {4: 36, 5: 30})
    s.save(out)
    return Truth(values={"5.2": 100.0, "5.1": fig(u,'5.1',p)})


# ---------------------------------------------------------------- aa29 公安局 Q4 .doc
@ret("aa29", "市公安局", "2024Q4", "year-summary-prose", "doc", batch=B)
def aa29(out):
    u, p = "市公安局", "2024Q4"
    w = Word()
    w.title("淄博市公安局\n2024年“阳光成长”青少年身心健康护航行动完成情况")
    w.body(f"全年全市公安机关开展心理健康科普知识宣传{n(u,'8.1',p)}场，第四季度开展{n(u,'8.1',p) - n(u,'8.1','2024Q3')}场；"
           "破获侵害未成年人案件37起，救助走失儿童58名。")
    w.body("中小学幼儿园安全防范建设“4个100%”达标率百分之百，全市1427所学校全部达标。")
    sign_off(w, "淄博市公安局", "2024年12月28日")
    w.save(out)
    return Truth(values={"8.1": fig(u,'8.1',p), "8.2": 100.0})


# ---------------------------------------------------------------- aa30 妇联 Q2 pdf committee form with seal
@ret("aa30", "市妇联", "2024Q2", "committee-form-texts-seal", "pdf-text", batch=B)
def aa30(out):
    u, p = "市妇联", "2024Q2"
    w = Word(landscape=True)
    w.title("2024年为妇女儿童办实事项目进展情况表", size=18)
    w.para("填报单位（盖章）：淄博市妇女联合会                                2024年6月28日", indent=False)
    t2 = {"progress": f"截至6月底培训家政从业人员{n(u,'2.1',p)}人次，举办女性就业专场招聘活动{n(u,'2.2',p)}场。",
          "problems": "培训后持证上岗率偏低。", "plans": "下半年推动订单式培训。"}
    t4 = {"progress": f"开展家庭教育巡讲{n(u,'4.1',p)}场，培训家庭教育骨干{n(u,'4.2',p)}人，“淄博好爸妈”平台上线。",
          "problems": "无。", "plans": "持续推进千场巡讲。"}
    t5 = {"progress": f"举办单身青年联谊活动{n(u,'5.1',p)}场。", "problems": "男女报名比例失衡。", "plans": "七夕期间集中开展活动。"}
    rows = [["序号", "项目名称", "进展情况", "存在问题", "下步打算"]]
    for no, name, t in (("2", "实施巾帼促就业计划", t2), ("4", "实施家庭教育指导服务行动", t4),
                        ("5", "实施新型婚育文化培育行动", t5)):
        rows.append([no, name, t["progress"], t["problems"], t["plans"]])
    w.table(rows, widths=[1.5, 5, 10, 4.5, 4.5])
    w.picture(seal_png("淄博市妇女联合会"), 3.8)
    w.save(out)
    return Truth(values={k: fig(u, k, p) for k in ("2.1", "2.2", "4.1", "4.2", "5.1")},
                 texts={"2": t2, "4": t4, "5": t5}, seal_picture=True)


WORDING.update({
    "aa21": (("title", "sign-off"), "年度"),
    "aa22": (("fill-line",), "截至3月31日"),
    "aa23": (("title", "sign-off"), "上半年"),
    "aa24": (("title",), "一季度"),
    "aa25": (("header", "sign-off"), "二季度"),
    "aa26": (("title", "sign-off"), "1—3月"),
    "aa27": (("fill-line",), "date-line"),
    "aa28": (("fill-line",), "截至2024年12月31日"),
    "aa29": (("title", "sign-off"), "全年"),
    "aa30": (("fill-line", "seal"), "date-line"),
})
