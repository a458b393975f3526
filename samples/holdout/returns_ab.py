"""Batch 24: native returns (Word, .doc, Excel, text PDF) from offices nobody has seen, written by
a new author in session 3 without reading app/, parsers/ or any other batch. Please do not
read this file while changing app/extraction/."""
from __future__ import annotations

B = 24

from openpyxl import Workbook
from openpyxl.styles import Alignment, Font

from samples.holdout.corpus import QNAME, Truth, attachment_head, ret, sign_off
from samples.holdout.docxkit import HEI, Word
from samples.holdout.ledger_ab import fig, n
from samples.holdout.numerals import cn, cn_decimal, comma, full, pct
from samples.holdout.seal import seal_png
from samples.holdout.wording import WORDING
from samples.holdout.xlkit import Sheet

EDU, HRSS, FL, SW, WJ, TUAN = "市教育局", "市人力资源社会保障局", "市妇联", "市商务局", "市卫生健康委", "团市委"
YB, JT, ZGH, GA, FY, JCY = "市医保局", "市交通运输局", "市总工会", "市公安局", "市法院", "市检察院"
WL, KX, MZ, CL = "市文化和旅游局", "市科协", "市民政局", "市残联"


def _heights(s: Sheet, rows, h: float) -> None:
    for r in rows:
        s.ws.row_dimensions[r].height = h


# ---------------------------------------------------------------- ab01: 教育局 formal report
@ret("ab01", EDU, "2024Q1", "report-prose-attached-table", "docx", batch=B)
def ab01(out):
    p = "2024Q1"
    w = Word()
    w.title("淄博市教育局\n关于2024年第一季度为全市妇女儿童办实事项目\n推进情况的报告")
    w.para("市妇儿工委办公室：")
    w.body("根据《2024年为全市妇女儿童办实事项目清单》（淄政办字〔2024〕13号）分工，我局牵头实施"
           "教育资源扩增优化工程、“阳光成长”青少年身心健康护航行动，并参与家庭教育指导服务行动。"
           "现将一季度工作推进情况报告如下。")
    w.heading("一、教育资源扩增优化工程")
    w.body(f"全年计划新改扩建中小学4所、幼儿园10所。截至3月底，4所中小学均已完成立项，"
           f"其中张店区第二十中学扩建项目已开工；新改扩建幼儿园已竣工{cn(n(EDU, '1.2', p), True)}所，"
           f"另有6所处于主体施工阶段。打造智慧教育应用场景{n(EDU, '1.3', p)}个，"
           f"2023年同期为2个。")
    w.heading("二、家庭教育指导服务")
    w.body(f"依托家长学校开展家庭教育巡讲{n(EDU, '4.1', p)}场，覆盖家长1.3万余人次；"
           "家庭教育骨干培训计划于4月集中开班。")
    w.heading("三、青少年身心健康护航")
    w.body(f"开展心理健康科普知识宣传{n(EDU, '8.1', p)}场，全市中小学幼儿园安全防范建设"
           f"“4个100%”达标率为{pct(fig(EDU, '8.2', p))}，较去年底提高1.8个百分点。")
    w.heading("四、下一步打算")
    w.body("加快在建项目进度，确保幼儿园项目秋季学期投入使用。")
    w.para("联系人：王晓    电话：0533-2181627")
    sign_off(w, "淄博市教育局", "2024年4月2日")
    attachment_head(w, "2024年第一季度教育局承担实事项目进展统计表")
    w.table([["序号", "项目", "指标", "全年目标", "截至3月底完成", "完成比例"],
             ["1", "教育资源扩增优化", "新改扩建中小学（所）", "4", str(n(EDU, "1.1", p)), "0%"],
             ["2", "", "新改扩建幼儿园（所）", "10", str(n(EDU, "1.2", p)), "20%"],
             ["3", "", "智慧教育应用场景（个）", "10", str(n(EDU, "1.3", p)), "30%"],
             ["4", "家庭教育指导服务", "家庭教育巡讲（场）", "—", str(n(EDU, "4.1", p)), "—"],
             ["5", "阳光成长", "心理健康科普宣传（场）", "200", str(n(EDU, "8.1", p)), "18.5%"],
             ["6", "", "安全防范“4个100%”达标率", "100%", pct(fig(EDU, "8.2", p)), "—"]],
            merges=[(1, 1, 3, 1), (5, 1, 6, 1)], widths=[1.5, 4, 6, 2.5, 3, 2.5])
    w.save(out)
    return Truth(values={k: fig(EDU, k, p) for k in ("1.1", "1.2", "1.3", "4.1", "8.1", "8.2")})


# ---------------------------------------------------------------- ab02: 人社局 district sheet
@ret("ab02", HRSS, "2024Q2", "district-rows-total", "xlsx", batch=B)
def ab02(out):
    p = "2024Q2"
    tot, fairs = n(HRSS, "2.1", p), n(HRSS, "2.2", p)
    shares = [0.24, 0.12, 0.08, 0.09, 0.14, 0.1, 0.06, 0.07, 0.05, 0.03]
    dist = ["张店区", "淄川区", "博山区", "周村区", "临淄区", "桓台县", "高青县", "沂源县", "高新区", "经济开发区", "文昌湖区"]
    vals = [int(tot * s) for s in shares]
    vals.append(tot - sum(vals))
    fv = [2, 2, 1, 1, 2, 1, 1, 1, 1, 1, 0]
    fv[0] += fairs - sum(fv)
    s = Sheet(title="巾帼促就业")
    s.line("巾帼促就业计划推进情况统计表（1-6月）", 6, size=16, bold=True, align="center")
    s.cells(["填报单位：淄博市人力资源和社会保障局（盖章）", None, None, None, "统计时间：2024年6月30日"])
    rows = [["区县", "家政从业人员培训（人次）", None, "女性就业专场招聘活动（场）", None, "备注"],
            [None, "本季度", "1-6月累计", "本季度", "1-6月累计", None]]
    q1 = [int(v * 0.37) for v in vals]
    f1 = [min(1, f) for f in fv]
    for d, v, a, f, b in zip(dist, vals, q1, fv, f1):
        rows.append([d, v - a, v, f - b, f, ""])
    rows.append(["合计", tot - sum(q1), tot, fairs - sum(f1), fairs, "全年目标5000人次"])
    s.table(rows, merges=[(0, 0, 1, 0), (0, 1, 0, 2), (0, 3, 0, 4), (0, 5, 1, 5)], header_rows=2,
            widths=[12, 12, 12, 12, 12, 18])
    s.skip()
    s.cells(["审核人：刘宁", None, "填报人：孙雪", None, "联系电话：3189022"])
    s.save(out)
    return Truth(values={"2.1": float(tot), "2.2": float(fairs)})


# ---------------------------------------------------------------- ab03: 妇联 long report (.doc)
@ret("ab03", FL, "2024Q3", "long-report-prose", "doc", batch=B)
def ab03(out):
    p = "2024Q3"
    w = Word()
    w.title("市妇联2024年前三季度为妇女儿童办实事\n工作进展情况")
    w.body("今年以来，市妇联认真落实市委、市政府部署，牵头和参与的六项为妇女儿童办实事项目"
           "总体进展顺利，现将有关情况汇报如下。")
    w.heading("一、巾帼促就业")
    w.body(f"联合人社部门举办“巾帼家政”技能培训班，1—9月累计培训家政从业人员{comma(n(FL, '2.1', p))}人次，"
           f"其中第三季度培训427人次；举办女性就业专场招聘活动{n(FL, '2.2', p)}场，"
           "提供岗位4600余个，达成就业意向1100余人。")
    w.heading("二、“两癌”救助")
    w.body("争取省妇联“两癌”救助金86万元，救助患病妇女172名，符合条件的“两癌”患病妇女救助"
           f"覆盖率达到{pct(fig(FL, '3.2', p))}。")
    w.heading("三、家庭教育指导服务")
    w.body(f"“千场巡讲进万家”活动深入开展，截至9月底累计开展家庭教育巡讲{n(FL, '4.1', p)}场，"
           f"完成全年目标的78.1%；培训家庭教育骨干{n(FL, '4.2', p)}人，11个区县均达到50人以上。"
           "“淄博好爸妈”网上家庭教育平台已上线运行，注册用户3.2万人。")
    w.heading("四、新型婚育文化培育")
    w.body(f"联合团市委、市总工会举办单身青年联谊活动{cn(n(FL, '5.1', p))}场，参与青年2300余人次。")
    w.heading("五、儿童友好城市建设")
    w.body(f"试点打造儿童友好共建联盟{n(FL, '6.1', p)}个，全年计划8个；改建妇女儿童活动中心2处。")
    w.heading("六、特殊困难儿童关爱")
    w.body("“爱心妈妈”结对帮扶困境儿童1260名，新建“希望小屋”45个。")
    w.heading("七、存在的问题和下步打算")
    w.body("部分区县巡讲质量参差不齐。下一步将加强师资统筹，确保年底前全面完成任务。")
    sign_off(w, "淄博市妇女联合会", "2024年9月29日")
    w.save(out)
    return Truth(values={"2.1": fig(FL, "2.1", p), "2.2": fig(FL, "2.2", p), "3.2": 100.0,
                         "4.1": fig(FL, "4.1", p), "4.2": fig(FL, "4.2", p),
                         "5.1": fig(FL, "5.1", p), "6.1": fig(FL, "6.1", p)})


# ---------------------------------------------------------------- ab04: 商务局 short note, PDF
@ret("ab04", SW, "2024Q4", "short-note-no-table", "pdf-text", batch=B)
def ab04(out):
    p = "2024Q4"
    w = Word()
    w.title("关于巾帼促就业计划落实情况的说明", size=20)
    w.para("市妇儿工委办公室：")
    w.body("按照分工，我局配合做好家政从业人员培训工作。2024年全年，我局依托家政服务业提质扩容"
           f"“领跑者”行动，组织家政企业开展岗前培训和“回炉”培训，全年累计培训家政从业人员"
           f"{n(SW, '2.1', p)}人次（2023年为688人次），指导家政企业参加专场招聘活动{n(SW, '2.2', p)}场。"
           "全市现有家政服务企业412家，其中省级家政服务业信用示范企业9家。")
    w.body("2025年，我局将继续推动家政服务业提质扩容，力争培训人次增长20%以上。")
    sign_off(w, "淄博市商务局", "2024年12月25日", blank=1)
    w.save(out)
    return Truth(values={"2.1": fig(SW, "2.1", p), "2.2": fig(SW, "2.2", p)})


# ---------------------------------------------------------------- ab05: 卫健委 several sheets
@ret("ab05", WJ, "2024Q1", "three-sheets-per-project", "xlsx", batch=B)
def ab05(out):
    p = "2024Q1"
    wb = Workbook()
    s = Sheet(wb, "说明")
    wb.remove(wb.active)
    s.line("淄博市卫生健康委员会", 4, size=14, bold=True)
    s.line("2024年第一季度为妇女儿童办实事项目进展情况报送", 4)
    s.line("共三张表：两癌检查、普惠托育、心理健康宣传。", 4)
    s.line("报送日期：2024年4月3日    联系人：赵敏 3118765", 4)
    s.ws.column_dimensions["A"].width = 60
    a = Sheet(wb, "两癌")
    a.line("适龄妇女“两癌”免费检查和救助", 5, bold=True)
    a.table([["指标", "目标值", "上年同期", "截至3月末", "备注"],
             ["35—64岁适龄妇女“两癌”筛查率", "≥90%", "18.9%", pct(fig(WJ, "3.1", p)), "筛查人数4.6万人"],
             ["“两癌”患病妇女救助覆盖率", "100%", "100%", pct(fig(WJ, "3.2", p)), ""],
             ["适龄女孩HPV疫苗接种", "—", "—", "已完成招标", "首针接种4月启动"]],
            widths=[30, 10, 10, 12, 20])
    t = Sheet(wb, "托育")
    t.line("普惠托育服务提质行动", 4, bold=True)
    t.table([["内容", "全年任务", "已完成", "进度说明"],
             ["市级婴幼儿照护服务示范区县（个）", "5个左右", n(WJ, "7.1", p), "申报评审中"],
             ["市级示范托育机构（家）", "10", n(WJ, "7.2", p), "已认定2家"]], widths=[30, 10, 10, 24])
    x = Sheet(wb, "心理")
    x.line("“阳光成长”心理健康科普宣传", 3, bold=True)
    x.table([["月份", "当月场次", "累计场次"], ["1月", 2, 2], ["2月", 3, 5],
             ["3月", n(WJ, "8.1", p) - 5, n(WJ, "8.1", p)]], widths=[10, 10, 10])
    s.save(out)
    return Truth(values={"3.1": fig(WJ, "3.1", p), "3.2": 100.0, "7.1": 0.0, "7.2": fig(WJ, "7.2", p),
                         "8.1": fig(WJ, "8.1", p)})


# ---------------------------------------------------------------- ab06: 团市委 committee form with texts
@ret("ab06", TUAN, "2024Q2", "form-progress-problems-plans", "docx", batch=B)
def ab06(out):
    p = "2024Q2"
    w = Word(landscape=True)
    w.title("2024年为全市妇女儿童办实事项目进展情况表", size=18)
    w.para("填报单位：共青团淄博市委员会（盖章）                      时间：2024年上半年", size=12)
    t5 = (f"举办“青春有约·缘来淄博”单身青年联谊活动{n(TUAN, '5.1', p)}场，参与青年620人，"
          "现场牵手48对。")
    t10 = (f"联合市残联实施“希望工程·助残康复”项目，资助残疾儿童康复救助{n(TUAN, '10.2', p)}名，"
           "发放助学金9.6万元；开展“希望小屋”建设20间。")
    pr5, pl5 = "男女青年参与比例不均衡，女青年报名偏多。", "下半年在企业园区举办2场专场联谊，吸引更多男青年参与。"
    pr10, pl10 = "资助资金主要依靠社会募集，来源不稳定。", "积极对接爱心企业，争取年底前资助达到30名。"
    w.table([["项目名称", "牵头单位", "进展情况", "存在问题", "下步打算"],
             ["5.实施新型婚育文化培育行动", "市妇联", t5, pr5, pl5],
             ["10.实施特殊困难儿童关爱项目", "市民政局", t10, pr10, pl10]],
            widths=[4.5, 2.5, 8.5, 4.5, 5.5], size=11)
    w.para("填表人：陈思远    审核人：李帅    电话：13953312264", size=12)
    w.save(out)
    return Truth(values={"5.1": fig(TUAN, "5.1", p), "10.2": fig(TUAN, "10.2", p)},
                 texts={"5": {"progress": t5, "problems": pr5, "plans": pl5},
                        "10": {"progress": t10, "problems": pr10, "plans": pl10}})


# ---------------------------------------------------------------- ab07: 医保局 single-row sheet
@ret("ab07", YB, "2024Q3", "single-row-policy", "xlsx", batch=B)
def ab07(out):
    p = "2024Q3"
    s = Sheet(title="医保局")
    s.line("淄博市医疗保障局为妇女儿童办实事进展情况（截至2024年9月30日）", 7, size=14, bold=True, align="center")
    s.table([["项目", "具体指标", "目标", "完成情况", "享受待遇人次（1-9月）", "基金支付（万元）", "备注"],
             ["新型婚育文化培育", "职工医保住院分娩政策范围内医疗费用报销比例",
              "100%", pct(fig(YB, "5.2", p)), 6873, 2411.6, "生育津贴按时足额发放"]],
            widths=[14, 26, 8, 10, 14, 12, 18])
    _heights(s, [3], 48)
    s.skip()
    s.cells(["报送人：马丽娟", None, None, "电话：0533-3170219"])
    s.save(out)
    return Truth(values={"5.2": 100.0})


# ---------------------------------------------------------------- ab08: 交通局 short .doc
@ret("ab08", JT, "2024Q4", "memo-with-small-table", "doc", batch=B)
def ab08(out):
    p = "2024Q4"
    w = Word()
    w.para("淄博市交通运输局", font=HEI, size=16, align="center")
    w.title("“定制公交”助学专线开通情况", size=20)
    w.body("为落实儿童友好城市建设促进行动，我局指导市公交集团围绕学生上下学出行需求开通"
           f"“定制公交”助学专线。全年计划开通4条，截至12月底已开通{cn(n(JT, '6.2', p))}条，超额完成任务。"
           "专线日均服务学生1450人次，累计运送学生18.7万人次。")
    w.table([["线路", "开通时间", "起讫", "服务学校"],
             ["助学1号线", "2024年3月", "齐润花园—淄博实验中学", "淄博实验中学"],
             ["助学2号线", "2024年5月", "华侨城—张店八中", "张店八中"],
             ["助学3号线", "2024年9月", "东城花园—淄博十一中", "淄博十一中"],
             ["助学4号线", "2024年9月", "新村西路—张店七中", "张店七中"],
             ["助学5号线", "2024年11月", "傅家社区—淄博四中", "淄博四中"]], widths=[3, 3, 6, 4])
    sign_off(w, "市交通运输局", "2024年12月27日")
    w.save(out)
    return Truth(values={"6.2": fig(JT, "6.2", p)})


# ---------------------------------------------------------------- ab09: 总工会 workbook to PDF
@ret("ab09", ZGH, "2024Q3", "summer-classes-list-printed", "pdf-text", batch=B, made_from="xlsx")
def ab09(out):
    p = "2024Q3"
    s = Sheet(title="托管班")
    s.line("淄博市总工会寒暑假职工子女托管班开办情况", 6, size=14, bold=True, align="center")
    s.line("统计截至：2024年9月底", 6, align="right")
    total = n(ZGH, "7.3", p)
    rows = [["区县工会", "寒假班次", "暑假班次", "合计班次", "参托儿童（人）", "备注"]]
    splits = [(4, 12), (2, 7), (1, 5), (2, 4), (3, 6), (1, 4), (0, 3), (1, 3), (0, 3), (0, 2)]
    for d, (a, b) in zip(["张店区", "淄川区", "博山区", "周村区", "临淄区", "桓台县", "高青县", "沂源县", "高新区", "经开区"], splits):
        rows.append([d, a, b, a + b, (a + b) * 38, ""])
    wa, sa = sum(a for a, _ in splits), sum(b for _, b in splits)
    assert wa + sa == total
    rows.append(["合计", wa, sa, total, sum(r[4] for r in rows[1:]), "目标不少于50个班次"])
    s.table(rows, widths=[12, 10, 10, 10, 14, 20])
    _heights(s, [3], 30)
    s.skip()
    s.cells(["淄博市总工会女职工部", None, None, "2024年9月28日"])
    s.save(out)
    return Truth(values={"7.3": float(total)})


# ---------------------------------------------------------------- ab10: 公安局 header + table
@ret("ab10", GA, "2024Q2", "page-header-table", "docx", batch=B)
def ab10(out):
    p = "2024Q2"
    w = Word()
    w.header("淄博市公安局治安支队")
    w.title("“阳光成长”护航行动推进情况（二季度）", size=20)
    w.body("二季度，全市公安机关结合“护校安园”专项行动，深入开展校园及周边安全防范工作，"
           f"共组织法治安全及心理健康科普宣传进校园{n(GA, '8.1', p) - n(GA, '8.1', '2024Q1')}场，"
           f"上半年累计{n(GA, '8.1', p)}场，受教育师生4.1万人次。")
    w.table([["指标", "一季度末", "二季度末", "全年目标"],
             ["心理健康科普宣传（场）", str(n(GA, "8.1", "2024Q1")), str(n(GA, "8.1", p)), "—"],
             ["“4个100%”达标率", pct(fig(GA, "8.2", "2024Q1")), pct(fig(GA, "8.2", p)), "100%"],
             ["护学岗（个）", "512", "531", "—"]], widths=[6, 3, 3, 3])
    w.para()
    w.para("联系人：高翔  0533-2863110", size=12)
    w.save(out)
    return Truth(values={"8.1": fig(GA, "8.1", p), "8.2": fig(GA, "8.2", p)})


# ---------------------------------------------------------------- ab11: 中院 .doc narrative
@ret("ab11", FY, "2024Q1", "court-narrative", "doc", batch=B)
def ab11(out):
    p = "2024Q1"
    w = Word()
    w.title("淄博市中级人民法院\n关于一季度家事审判护航青少年工作情况的报告", size=20)
    w.body("一季度，全市法院共审结涉未成年人家事案件236件，同比下降4.1%。"
           f"开展“法官进校园”心理健康科普知识宣传{cn(n(FY, '8.1', p))}场，"
           "发放《家事调解告知书》1800余份。会同市妇联等部门筹建家事案件调解联盟，章程已起草完毕。")
    sign_off(w, "淄博市中级人民法院", "2024年3月29日")
    w.save(out)
    return Truth(values={"8.1": fig(FY, "8.1", p)})


# ---------------------------------------------------------------- ab12: 检察院 quarterly ledger
@ret("ab12", JCY, "2024Q4", "quarter-ledger-columns", "xlsx", batch=B)
def ab12(out):
    s = Sheet(title="检察院")
    s.line("淄博市人民检察院为妇女儿童办实事台账", 8, size=14, bold=True, align="center")
    q = [n(JCY, "8.1", x) for x in ("2024Q1", "2024Q2", "2024Q3", "2024Q4")]
    s.table([["工作内容", "一季度", "二季度", "三季度", "四季度", "全年累计", "2023年", "责任部门"],
             ["“法治进校园”心理健康科普宣传（场）", q[0], q[1] - q[0], q[2] - q[1], q[3] - q[2], q[3], 22, "第九检察部"],
             ["督促监护令（份）", 31, 28, 40, 35, 134, 97, "第九检察部"]],
            widths=[30, 8, 8, 8, 8, 10, 8, 12])
    s.skip()
    s.cells(["填表日期：2024年12月30日"])
    s.save(out)
    return Truth(values={"8.1": fig(JCY, "8.1", "2024Q4")})


# ---------------------------------------------------------------- ab13: 文旅局 text box name
@ret("ab13", WL, "2024Q3", "textbox-unit-table", "docx", batch=B)
def ab13(out):
    p = "2024Q3"
    w = Word()
    w.textbox("报送单位：市文化和旅游局", width_pt=260)
    w.title("“润童心”儿童素养提升工程进展情况", size=20)
    w.para("（2024年1月1日—9月30日）", align="center")
    w.table([["工作内容", "目标任务", "完成情况", "完成率"],
             ["戏曲进校园演出及课程辅导", "200场", f"{n(WL, '9.1', p)}场（其中三季度{n(WL, '9.1', p) - n(WL, '9.1', '2024Q2')}场，暑期学校放假）", "60.5%"],
             ["公益少儿艺术培训", "—", "开班46期，培训少儿2100人次", "—"]], widths=[5, 3, 6, 2])
    w.body("下一步，将结合秋季开学集中安排五音戏、京剧进校园，确保年底完成目标。")
    w.save(out)
    return Truth(values={"9.1": fig(WL, "9.1", p)})


# ---------------------------------------------------------------- ab14: 科协 monthly, printed
@ret("ab14", KX, "2024Q2", "monthly-columns-printed", "pdf-text", batch=B, made_from="xlsx")
def ab14(out):
    p = "2024Q2"
    s = Sheet(title="科协")
    s.line("市科协“润童心”科普活动月度统计（1—6月）", 9, size=14, bold=True, align="center")
    s.line("单位：淄博市科学技术协会", 9)
    a2, a3 = n(KX, "9.2", p), n(KX, "9.3", p)
    m2, m3 = [1, 2, 2, 3, 2, a2 - 10], [2, 2, 2, 4, 3, a3 - 13]
    s.table([["活动", "目标", "1月", "2月", "3月", "4月", "5月", "6月", "累计"],
             ["科普大篷车巡展（场）", 30] + m2 + [a2],
             ["青少年“蒲公英”科普大讲堂（场）", 40] + m3 + [a3]], widths=[30, 7, 6, 6, 6, 6, 6, 6, 8])
    _heights(s, [4], 30)
    s.save(out)
    return Truth(values={"9.2": float(a2), "9.3": float(a3)})


# ---------------------------------------------------------------- ab15: 民政局 stats export
@ret("ab15", MZ, "2024Q1", "stats-system-export", "xlsx", batch=B)
def ab15(out):
    p = "2024Q1"
    s = Sheet(title="export_20240401")
    s.cells(["指标代码", "指标名称", "计量单位", "统计期", "本期值", "上年同期", "填报单位", "状态"])
    s.cells(["MZ-ET-01", "享受民政保障的孤困儿童就学资助覆盖率", "%", "2024-03", pct(fig(MZ, '10.1', p)), "100%", "淄博市民政局", "已审核"])
    s.cells(["MZ-ET-02", "孤困儿童保障人数", "人", "2024-03", "3126", "3208", "淄博市民政局", "已审核"])
    s.cells(["MZ-ET-03", "集中养育孤儿基本生活费标准", "元/月", "2024-03", "2030", "1930", "淄博市民政局", "已审核"])
    for c, wd in zip("ABCDEFGH", [10, 36, 8, 9, 8, 8, 14, 8]):
        s.ws.column_dimensions[c].width = wd
    s.save(out)
    return Truth(values={"10.1": 100.0})


# ---------------------------------------------------------------- ab16: 残联 seal picture
@ret("ab16", CL, "2024Q4", "annual-summary-seal", "docx", batch=B)
def ab16(out):
    p = "2024Q4"
    v = n(CL, "10.2", p)
    w = Word()
    w.title("2024年度残疾儿童康复救助工作总结")
    w.body("2024年，市残联将残疾儿童康复救助作为为妇女儿童办实事的重要内容，全年目标约2000名。"
           f"全年共为{comma(v)}名0—6岁及7—17岁残疾儿童提供康复救助，其中视力残疾儿童83名、"
           "听力残疾儿童191名、孤独症儿童612名，拨付康复救助资金3846.2万元。"
           "全省共救助残疾儿童4.3万名，我市位列全省第五。")
    w.body("全市现有定点康复机构57家，2025年拟新增3家。")
    sign_off(w, "", "2024年12月31日", blank=1)
    w.picture(seal_png("淄博市残疾人联合会"))
    w.save(out)
    return Truth(values={"10.2": float(v)}, seal_picture=True)


# ---------------------------------------------------------------- ab17: 教育局 whole list of ten
@ret("ab17", EDU, "2024Q3", "full-list-others-blank", "xlsx", batch=B)
def ab17(out):
    p = "2024Q3"
    s = Sheet(title="进展情况表")
    s.line("2024年为全市妇女儿童办实事项目进展情况表", 6, size=16, bold=True, align="center")
    s.line("填报单位：淄博市教育局          填报时间：2024年10月8日          统计区间：1—9月", 6)
    rows = [["序号", "项目名称", "具体指标", "责任单位", "截至目前完成", "进展情况"]]
    mine = {"1.1": f"{n(EDU, '1.1', p)}所", "1.2": f"{n(EDU, '1.2', p)}所", "1.3": f"{n(EDU, '1.3', p)}个",
            "4.1": f"{n(EDU, '4.1', p)}场", "4.2": f"{n(EDU, '4.2', p)}人",
            "8.1": f"{n(EDU, '8.1', p)}场", "8.2": pct(fig(EDU, "8.2", p))}
    lines = [
        ("1", "实施教育资源扩增优化工程", [("1.1", "新改扩建中小学4所"), ("1.2", "新改扩建幼儿园10所"), ("1.3", "打造智慧教育应用场景10个")], "市教育局"),
        ("2", "实施巾帼促就业计划", [("2.1", "培训家政从业人员5000人次以上")], "市人力资源社会保障局、市妇联、市商务局"),
        ("3", "实施适龄妇女“两癌”免费检查和救助行动", [("3.1", "“两癌”筛查率90%以上")], "市卫生健康委、市妇联"),
        ("4", "实施家庭教育指导服务行动", [("4.1", "开展家庭教育巡讲1000场以上"), ("4.2", "培训家庭教育骨干550人以上")], "市妇联、市教育局"),
        ("5", "实施新型婚育文化培育行动", [("5.1", "举办单身青年联谊活动10场以上")], "市妇联、团市委、市医保局"),
        ("6", "实施儿童友好城市建设促进行动", [("6.1", "试点打造儿童友好共建联盟8个")], "市妇联、市交通运输局"),
        ("7", "实施普惠托育服务提质行动", [("7.2", "打造市级示范托育机构10家以上")], "市卫生健康委、市总工会"),
        ("8", "实施“阳光成长”青少年身心健康护航行动", [("8.1", "开展心理健康科普知识宣传200场"), ("8.2", "“4个100%”达标率100%")], "市教育局、市卫生健康委、市公安局、市法院、市检察院"),
        ("9", "实施“润童心”儿童素养提升工程", [("9.1", "戏曲进校园200场")], "市文化和旅游局、市科协"),
        ("10", "实施特殊困难儿童关爱项目", [("10.2", "残疾儿童康复救助约2000名")], "市民政局、市残联、市妇联、团市委"),
    ]
    merges, r = [], 1
    for no, title, inds, units in lines:
        for k, (iid, text) in enumerate(inds):
            if iid in mine:
                rows.append([no if k == 0 else None, title if k == 0 else None, text, units if k == 0 else None, mine[iid],
                             "按计划推进" if iid != "1.1" else "3所已竣工，1所主体施工"])
            else:
                rows.append([no if k == 0 else None, title if k == 0 else None, text, units if k == 0 else None, "/", "非我局牵头"])
        if len(inds) > 1:
            merges += [(r, 0, r + len(inds) - 1, 0), (r, 1, r + len(inds) - 1, 1), (r, 3, r + len(inds) - 1, 3)]
        r += len(inds)
    s.table(rows, merges=merges, widths=[6, 26, 28, 22, 14, 26])
    _heights(s, range(4, 4 + len(rows)), 36)
    s.save(out)
    return Truth(values={k: fig(EDU, k, p) for k in mine})


# ---------------------------------------------------------------- ab18: 卫健委 annual, PDF
@ret("ab18", WJ, "2024Q4", "annual-report-two-tables", "pdf-text", batch=B)
def ab18(out):
    p = "2024Q4"
    w = Word()
    w.title("市卫生健康委2024年为妇女儿童办实事\n项目完成情况报告", size=20)
    w.para("市妇儿工委办公室：", size=14)
    w.body("2024年我委承担的“两癌”免费检查和救助、普惠托育服务提质、青少年心理健康科普等任务"
           "已全部完成，具体如下。")
    w.heading("一、“两癌”检查")
    w.body(f"全年完成宫颈癌筛查11.2万人、乳腺癌筛查10.9万人，35—64岁适龄妇女“两癌”筛查率"
           f"{pct(fig(WJ, '3.1', p))}，超过90%的目标；对筛查确诊的患病妇女，符合条件的全部纳入救助，"
           "救助覆盖率100%。启动适龄女孩HPV疫苗免费接种，首针接种1.8万人。")
    w.heading("二、普惠托育")
    w.table([["指标", "目标", "完成", "备注"],
             ["市级婴幼儿照护服务示范区县", "5个左右", f"{n(WJ, '7.1', p)}个", "张店、临淄、桓台、周村、高新区"],
             ["市级示范托育机构", "10家以上", f"{n(WJ, '7.2', p)}家", "全市托位数1.26万个"]], widths=[6, 3, 2.5, 5])
    w.heading("三、心理健康科普")
    w.body(f"组织精神卫生专业机构开展心理健康科普知识宣传{n(WJ, '8.1', p)}场（上半年{n(WJ, '8.1', '2024Q2')}场）。")
    sign_off(w, "淄博市卫生健康委员会", "2024年12月30日")
    w.save(out)
    return Truth(values={"3.1": fig(WJ, "3.1", p), "3.2": 100.0, "7.1": fig(WJ, "7.1", p),
                         "7.2": fig(WJ, "7.2", p), "8.1": fig(WJ, "8.1", p)})


# ---------------------------------------------------------------- ab19: 妇联 quarter-by-quarter ledger
@ret("ab19", FL, "2024Q1", "indicator-ledger-q1-only", "xlsx", batch=B)
def ab19(out):
    p = "2024Q1"
    s = Sheet(title="市妇联")
    s.line("市妇联牵头实事项目工作台账", 9, size=14, bold=True, align="center")
    s.line("更新至：2024年3月31日", 9, align="right")
    ids = [("2.1", "培训家政从业人员（人次）", "≥5000"), ("2.2", "女性就业专场招聘（场）", "—"),
           ("4.1", "家庭教育巡讲（场）", "≥1000"), ("4.2", "培训家庭教育骨干（人）", "≥550"),
           ("5.1", "单身青年联谊活动（场）", "≥10"), ("6.1", "儿童友好共建联盟（个）", "8")]
    rows = [["序号", "指标", "全年目标", "一季度", "二季度", "三季度", "四季度", "累计完成", "责任部室"],
            ]
    for k, (iid, name, tgt) in enumerate(ids, 1):
        v = n(FL, iid, p)
        rows.append([k, name, tgt, v, "", "", "", v, ["发展部", "发展部", "家儿部", "家儿部", "组联部", "家儿部"][k - 1]])
    s.table(rows, widths=[6, 28, 10, 8, 8, 8, 8, 10, 10])
    s.save(out)
    return Truth(values={iid: fig(FL, iid, p) for iid, _, _ in ids})


# ---------------------------------------------------------------- ab20: 人社局 annual .doc
@ret("ab20", HRSS, "2024Q4", "annual-report-fullwidth", "doc", batch=B)
def ab20(out):
    p = "2024Q4"
    w = Word()
    w.title("淄博市人力资源和社会保障局\n2024年巾帼促就业计划完成情况")
    w.body("一、总体情况。全年完成家政从业人员培训" + full(comma(n(HRSS, "2.1", p))) + "人次，为年度目标的"
           "112.6%；其中第四季度培训" + full(n(HRSS, "2.1", p) - n(HRSS, "2.1", "2024Q3")) + "人次。")
    w.body("二、招聘服务。全年举办女性就业专场招聘活动" + full(n(HRSS, "2.2", p)) + "场，参会企业1,136家次，"
           "提供岗位2.8万个。全市城镇新增就业女性3.4万人。")
    w.body("三、补贴发放。发放职业培训补贴463.5万元。")
    sign_off(w, "淄博市人力资源和社会保障局", "2025年1月6日")
    w.save(out)
    return Truth(values={"2.1": fig(HRSS, "2.1", p), "2.2": fig(HRSS, "2.2", p)})


# ---------------------------------------------------------------- ab21: 科协 annual table split over pages
@ret("ab21", KX, "2024Q4", "activity-list-long-table", "docx", batch=B)
def ab21(out):
    p = "2024Q4"
    a2, a3 = n(KX, "9.2", p), n(KX, "9.3", p)
    w = Word()
    w.title("市科协2024年全年科普进校园活动开展情况", size=20)
    w.body(f"全年共开展科普大篷车巡展{a2}场、青少年“蒲公英”科普大讲堂{a3}场，分别完成目标的110%和105%，"
           "服务青少年7.6万人次。活动明细如下：")
    rows = [["序号", "日期", "活动类别", "地点", "受众（人次）"]]
    schools = ["张店区实验小学", "淄川区般阳中学", "博山区第一中学", "周村区城北中学", "临淄区晏婴小学", "桓台县渔洋中学",
               "高青县实验中学", "沂源县历山中学"]
    for k in range(a2 + a3):
        kind = "科普大篷车巡展" if k % 2 == 0 and k // 2 < a2 else "蒲公英科普大讲堂"
        rows.append([str(k + 1), f"2024.{1 + k * 11 // (a2 + a3)}.{(k * 7) % 27 + 1}", kind, schools[k % 8], str(300 + k * 17 % 900)])
    cnt2 = sum(1 for r in rows[1:] if r[2] == "科普大篷车巡展")
    for r in rows[1:]:
        if cnt2 < a2 and r[2] != "科普大篷车巡展":
            r[2], cnt2 = "科普大篷车巡展", cnt2 + 1
    rows.append(["合计", "", f"大篷车{a2}场、大讲堂{a3}场", "", ""])
    w.table(rows, widths=[1.5, 3, 4.5, 5, 2.5], size=10)
    sign_off(w, "淄博市科学技术协会", "2024年12月26日", blank=1)
    w.save(out)
    return Truth(values={"9.2": float(a2), "9.3": float(a3)})


# ---------------------------------------------------------------- ab22: 文旅局 printed workbook
@ret("ab22", WL, "2024Q1", "committee-form-printed", "pdf-text", batch=B, made_from="xlsx")
def ab22(out):
    p = "2024Q1"
    s = Sheet(title="文旅局一季度")
    s.line("附件", 6)
    s.line("为妇女儿童办实事项目进展情况表", 6, size=16, bold=True, align="center")
    s.cells(["报送单位：淄博市文化和旅游局", None, None, None, "2024年3月28日"])
    prog = (f"一季度组织五音戏、京剧、吕剧等院团开展戏曲进校园演出及课程辅导{n(WL, '9.1', p)}场，"
            "惠及师生1.5万人次。")
    prob = "寒假期间学校停课，演出集中在3月。"
    plan = "二季度计划安排60场以上，推动戏曲课程常态化。"
    s.table([["项目", "目标任务", "进展情况", "存在问题", "下步打算", "完成率"],
             ["9.“润童心”儿童素养提升工程", "戏曲进校园200场", prog, prob, plan, "16%"]],
            widths=[16, 14, 36, 18, 22, 8])
    _heights(s, [s.row - 1], 90)
    s.save(out)
    return Truth(values={"9.1": fig(WL, "9.1", p)}, texts={"9": {"progress": prog, "problems": prob, "plans": plan}})


# ---------------------------------------------------------------- ab23: 民政局 .doc with attachment
@ret("ab23", MZ, "2024Q3", "letter-bullets", "doc", batch=B)
def ab23(out):
    p = "2024Q3"
    w = Word()
    w.title("淄博市民政局关于特殊困难儿童关爱项目\n三季度推进情况的函", size=20)
    w.para("市妇儿工委办公室：")
    w.body("现将我局牵头的特殊困难儿童关爱项目推进情况函告如下：")
    w.body("1.就学资助。将享受民政保障的孤儿、事实无人抚养儿童全部纳入就学资助范围，"
           "1—9月发放资助金317.4万元，惠及儿童2987人，覆盖率百分之百。")
    w.body("2.“爱心妈妈”结对。全市“爱心妈妈”结对帮扶困境儿童1328名，较6月底增加68名。")
    w.body("3.基本生活保障。集中养育孤儿基本生活费标准提高到每人每月2030元。")
    w.body("特此函告。")
    sign_off(w, "淄博市民政局", "2024年10月9日")
    w.save(out)
    return Truth(values={"10.1": 100.0})


# ---------------------------------------------------------------- ab24: 团市委 two sheets annual
@ret("ab24", TUAN, "2024Q4", "sheet-per-project-annual", "xlsx", batch=B)
def ab24(out):
    p = "2024Q4"
    wb = Workbook()
    a = Sheet(wb, "团市委-联谊")
    wb.remove(wb.active)
    a.line("共青团淄博市委2024年度单身青年联谊活动明细", 5, bold=True)
    ev = [("2024-02-14", "情人节青年交友会", "张店"), ("2024-05-04", "五四青年联谊", "临淄"),
          ("2024-05-20", "“520”缘来淄博", "周村"), ("2024-08-10", "七夕鹊桥会", "博山"),
          ("2024-09-28", "企业园区专场", "高新区"), ("2024-10-26", "金秋联谊", "淄川"),
          ("2024-11-16", "冬日暖心交友", "桓台")]
    assert len(ev) == n(TUAN, "5.1", p)
    a.table([["序号", "日期", "活动名称", "地点", "参与人数"]] + [[k + 1, d, t, pl, 80 + k * 15] for k, (d, t, pl) in enumerate(ev)]
            + [["合计", None, f"共{len(ev)}场", None, sum(80 + k * 15 for k in range(len(ev)))]], widths=[8, 14, 24, 10, 10])
    b = Sheet(wb, "团市委-希望工程")
    b.line("希望工程残疾儿童康复资助", 4, bold=True)
    b.table([["季度", "本季度资助（名）", "累计资助（名）", "资金（万元）"],
             ["一季度", 0, 0, 0],
             ["二季度", 12, 12, 9.6], ["三季度", 8, 20, 6.4], ["四季度", 11, n(TUAN, "10.2", p), 8.8]],
            widths=[10, 16, 16, 12])
    a.save(out)
    return Truth(values={"5.1": fig(TUAN, "5.1", p), "10.2": fig(TUAN, "10.2", p)})


# ---------------------------------------------------------------- ab25: 残联 half-year, PDF
@ret("ab25", CL, "2024Q2", "district-table-word", "pdf-text", batch=B)
def ab25(out):
    p = "2024Q2"
    v = n(CL, "10.2", p)
    w = Word()
    w.title("淄博市残疾人联合会\n上半年残疾儿童康复救助进展情况", size=20)
    w.body(f"上半年，全市共为{v}名残疾儿童实施康复救助，完成年度目标（约2000名）的51.1%。分区县情况见下表。")
    dist = ["张店区", "淄川区", "博山区", "周村区", "临淄区", "桓台县", "高青县", "沂源县", "高新区", "经济开发区", "文昌湖区"]
    sh = [212, 121, 78, 96, 143, 110, 72, 89, 48, 31]
    sh.append(v - sum(sh))
    rows = [["区县", "年度任务（名）", "1—6月救助（名）", "完成率"]]
    tg = [380, 240, 150, 180, 280, 210, 140, 170, 100, 90, 60]
    for d, x, t in zip(dist, sh, tg):
        rows.append([d, str(t), str(x), f"{x / t * 100:.1f}%"])
    rows.append(["全市", "2000", str(v), "51.1%"])
    w.table(rows, widths=[4, 3.5, 3.5, 3])
    sign_off(w, "市残联康复部", "2024年7月3日", blank=1)
    w.save(out)
    return Truth(values={"10.2": float(v)})


# ---------------------------------------------------------------- ab26: 公安局 annual sheet with notes
@ret("ab26", GA, "2024Q4", "indicator-rows-notes", "xlsx", batch=B)
def ab26(out):
    p = "2024Q4"
    s = Sheet(title="市公安局")
    s.line("2024年度为妇女儿童办实事项目（市公安局承担部分）完成情况", 6, size=14, bold=True, align="center")
    s.table([["项目", "指标", "2024年目标", "全年完成", "2023年完成", "说明"],
             ["“阳光成长”青少年身心健康护航行动", "心理健康科普知识宣传（场）", "—", n(GA, "8.1", p), 41,
              "联合教育部门开展，数据为公安机关单独组织场次"],
             [None, "中小学幼儿园安全防范建设“4个100%”达标率", "100%", pct(fig(GA, "8.2", p)), "93.5%",
              "2所民办幼儿园一键报警未接入，2025年1月整改到位"],
             [None, "护学岗（个）", "—", 548, 497, ""]],
            merges=[(1, 0, 3, 0)], widths=[20, 30, 12, 12, 12, 36])
    _heights(s, [3, 4], 42)
    s.skip()
    s.cells(["填报人：高翔", None, None, "报送日期：2024年12月28日"])
    s.save(out)
    return Truth(values={"8.1": fig(GA, "8.1", p), "8.2": fig(GA, "8.2", p)})


# ---------------------------------------------------------------- ab27: 商务局 table in report
@ret("ab27", SW, "2024Q2", "brief-table-targets", "docx", batch=B)
def ab27(out):
    p = "2024Q2"
    w = Word()
    w.para("淄博市商务局", font=HEI, size=14)
    w.title("巾帼促就业工作推进情况（截至6月底）", size=20)
    w.table([["工作任务", "本局任务", "1—3月", "4—6月", "截至6月底累计"],
             ["家政从业人员培训（人次）", "800", str(n(SW, "2.1", "2024Q1")), str(n(SW, "2.1", p) - n(SW, "2.1", "2024Q1")), str(n(SW, "2.1", p))],
             ["女性就业专场招聘（场）", "—", "1", "1", cn(n(SW, "2.2", p), True)]], widths=[5, 2.5, 2, 2, 3.5])
    w.body("上半年重点推进“家政+社区”融合发展，新增家政服务网点15个。联系人：周倩，电话2710358。")
    w.save(out)
    return Truth(values={"2.1": fig(SW, "2.1", p), "2.2": fig(SW, "2.2", p)})


# ---------------------------------------------------------------- ab28: 总工会 winter classes .doc
@ret("ab28", ZGH, "2024Q1", "union-notice-prose", "doc", batch=B)
def ab28(out):
    p = "2024Q1"
    w = Word()
    w.title("市总工会一季度普惠托育工作情况", size=20)
    w.body(f"寒假期间，各级工会依托职工之家、爱心托管驿站开办职工子女寒假托管班{cn(n(ZGH, '7.3', p))}个班次，"
           "托管职工子女530名，投入资金42万元。暑期托管班（全年不少于50个班次）正在筹备，"
           "拟于7月上旬开班。")
    w.body("另外，新建爱心托育用人单位4家，提供托位120个。")
    sign_off(w, "淄博市总工会", "二〇二四年三月二十九日")
    w.save(out)
    return Truth(values={"7.3": fig(ZGH, "7.3", p)})


# ---------------------------------------------------------------- ab29: 妇联 half-year, PDF from Word
@ret("ab29", FL, "2024Q2", "report-with-landscape-form", "pdf-text", batch=B)
def ab29(out):
    p = "2024Q2"
    w = Word()
    w.title("市妇联上半年为妇女儿童办实事项目推进情况", size=20)
    w.body("上半年，市妇联牵头的家庭教育指导、新型婚育文化培育、儿童友好城市建设等项目按时序推进，"
           "详见附表。")
    sign_off(w, "淄博市妇联", "2024年6月28日", blank=1)
    attachment_head(w, "市妇联牵头项目进展情况表（1—6月）")
    T = {"4": (f"家庭教育巡讲{n(FL, '4.1', p)}场，培训家庭教育骨干{n(FL, '4.2', p)}人；“淄博好爸妈”平台完成开发测试。",
               "巡讲师资不足，区县间不平衡。", "三季度开展骨干师资集中培训。"),
         "5": (f"举办单身青年联谊活动{n(FL, '5.1', p)}场，参与青年1100人次。", "无", "七夕前后集中举办系列活动。"),
         "6": (f"打造儿童友好共建联盟{n(FL, '6.1', p)}个，启动3处儿童城市书房改建。", "改建资金未完全落实。",
               "协调财政资金，9月底前完成改建。"),
         "10": (f"联合市残联救助残疾儿童{n(FL, '10.2', p)}名，“爱心妈妈”结对1260名。", "—", "持续推进。")}
    names = {"4": "实施家庭教育指导服务行动", "5": "实施新型婚育文化培育行动", "6": "实施儿童友好城市建设促进行动",
             "10": "实施特殊困难儿童关爱项目"}
    w.table([["序号", "项目", "进展情况", "存在问题", "下步打算"]] +
            [[k, names[k], *T[k]] for k in T], widths=[1.5, 5, 10, 5, 5])
    w.save(out)
    return Truth(values={i: fig(FL, i, p) for i in ("4.1", "4.2", "5.1", "6.1", "10.2")},
                 texts={k: {"progress": a, "problems": b, "plans": c} for k, (a, b, c) in T.items()})


# ---------------------------------------------------------------- ab30: 交通局 printed sheet
@ret("ab30", JT, "2024Q2", "route-list-printed", "pdf-text", batch=B, made_from="xlsx")
def ab30(out):
    p = "2024Q2"
    s = Sheet(title="定制公交")
    s.line("市交通运输局“定制公交”助学专线开通情况统计", 5, size=14, bold=True, align="center")
    s.line("填报单位：淄博市交通运输局    统计时段：2024年1月—6月", 5)
    s.table([["线路", "开通日期", "日均客流（人次）", "车辆（台）", "状态"],
             ["助学1号线", "2024-03-04", 310, 3, "运营"], ["助学2号线", "2024-05-13", 275, 2, "运营"],
             ["助学3号线", "—", None, None, "线路勘察"]], widths=[14, 14, 16, 10, 12])
    _heights(s, [3], 30)
    s.line(f"截至6月底，已开通助学专线{n(JT, '6.2', p)}条，全年目标4条。", 5)
    s.save(out)
    return Truth(values={"6.2": fig(JT, "6.2", p)})


WORDING.update({
    "ab01": (("title", "sign-off"), "第一季度"),
    "ab02": (("fill-line",), "1-6月"),
    "ab03": (("title", "sign-off"), "前三季度"),
    "ab04": (("sign-off",), "全年"),
    "ab05": (("cover-sheet",), "第一季度"),
    "ab06": (("fill-line",), "上半年"),
    "ab07": (("title", "sheet-name"), "截至2024年9月30日"),
    "ab08": (("title", "sign-off"), "截至12月底"),
    "ab09": (("title", "sign-off"), "截至9月底"),
    "ab10": (("header",), "二季度"),
    "ab11": (("title", "sign-off"), "一季度"),
    "ab12": (("title", "sheet-name"), "date-line"),
    "ab13": (("textbox",), "date-range"),
    "ab14": (("fill-line",), "1—6月"),
    "ab15": (("table-cell",), "2024-03"),
    "ab16": (("body", "seal"), "年度"),
    "ab17": (("fill-line",), "1—9月"),
    "ab18": (("title", "sign-off"), "全年"),
    "ab19": (("title", "sheet-name"), "date-line"),
    "ab20": (("title", "sign-off"), "全年"),
    "ab21": (("title", "sign-off"), "全年"),
    "ab22": (("fill-line",), "一季度"),
    "ab23": (("title", "sign-off"), "三季度"),
    "ab24": (("title", "sheet-name"), "年度"),
    "ab25": (("title",), "上半年"),
    "ab26": (("title", "sheet-name"), "年度"),
    "ab27": (("header-line",), "截至6月底"),
    "ab28": (("title", "sign-off"), "一季度"),
    "ab29": (("title", "sign-off"), "上半年"),
    "ab30": (("fill-line",), "1月—6月"),
})
