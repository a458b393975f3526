"""Batch 36: native returns (Word, .doc, Excel, text PDF) from offices nobody has seen, written by
a new author in session 4 without reading app/, parsers/ or any other batch. Please do not
read this file while changing app/extraction/."""
from __future__ import annotations

B = 36

from openpyxl import Workbook
from openpyxl.styles import Alignment, Font

from samples.holdout.corpus import QNAME, Truth, attachment_head, ret, sign_off
from samples.holdout.docxkit import HEI, Word
from samples.holdout.ledger_an import fig, n, prev
from samples.holdout.numerals import cn, comma, full
from samples.holdout.seal import seal_png
from samples.holdout.wording import WORDING
from samples.holdout.xlkit import Sheet

TABLE_TITLE = "2024年为全市妇女儿童办实事工作进展情况表"
DISTRICTS = ("张店区", "淄川区", "博山区", "周村区", "临淄区", "桓台县", "高青县", "沂源县",
             "高新区", "经济开发区", "文昌湖区")


def split(total: int, weights) -> list[int]:
    """``total`` shared out over ``weights`` in whole numbers that add up to it."""
    s = sum(weights)
    parts = [total * w // s for w in weights]
    k = 0
    while sum(parts) < total:
        parts[k % len(parts)] += 1
        k += 1
    return parts


def r(stem, unit, period, layout, kind, **kw):
    return ret(stem, unit, period, layout, kind, batch=B, **kw)


# ---------------------------------------------------------------- 市教育局

@r("an01", "市教育局", "2024Q2", "report-with-attachment", "docx")
def jy_q2(out):
    U, Q = "市教育局", "2024Q2"
    w = Word()
    w.header("淄博市教育局文件", align="right")
    w.title("淄博市教育局\n关于2024年上半年为妇女儿童办实事\n工作进展情况的报告")
    w.para()
    w.para("市妇儿工委办公室：")
    w.body("按照《2024年为全市妇女儿童办实事项目清单》分工，我局牵头实施教育资源扩增优化工程和"
           "“阳光成长”青少年身心健康护航行动，配合市妇联实施家庭教育指导服务行动。现将1—6月份"
           "工作进展情况报告如下。")
    w.heading("一、主要工作进展")
    w.body(f"（一）教育资源扩增优化。张店区实验中学东校区改扩建工程已竣工；新改扩建幼儿园{n(U, '1.2', Q)}所，"
           f"其余6所正在施工；打造“AI+作业”“智慧课堂”等智慧教育应用场景{n(U, '1.3', Q)}个。")
    w.body(f"（二）家庭教育指导。依托中小学家长学校开展家庭教育巡讲{n(U, '4.1', Q)}场。")
    w.body(f"（三）身心健康护航。开展心理健康科普知识宣传{n(U, '8.1', Q)}场；会同公安机关开展“护校安园”"
           "专项检查，中小学幼儿园安全防范建设“4个100%”持续达标。")
    w.heading("二、存在问题")
    w.body("部分幼儿园建设项目受资金拨付节奏影响，进度偏慢。")
    w.heading("三、下步打算")
    w.body("加强项目调度，确保新建中小学、幼儿园秋季开学前投入使用。")
    w.para("附件：2024年上半年为妇女儿童办实事进展情况统计表", indent=True)
    sign_off(w, "淄博市教育局", "2024年7月5日")
    attachment_head(w, "2024年上半年为妇女儿童办实事进展情况统计表")
    rows = [["项目", "指标", "年度目标", "累计完成", "完成率"],
            ["教育资源扩增优化工程", "新改扩建中小学（所）", "4", str(n(U, "1.1", Q)), "25%"],
            ["", "新改扩建幼儿园（所）", "10", str(n(U, "1.2", Q)), "40%"],
            ["", "智慧教育应用场景（个）", "10", str(n(U, "1.3", Q)), "50%"],
            ["家庭教育指导服务行动", "家庭教育巡讲（场）", "—", str(n(U, "4.1", Q)), "—"],
            ["“阳光成长”护航行动", "心理健康科普宣传（场）", "200", str(n(U, "8.1", Q)), "46%"],
            ["", "“4个100%”达标率", "100%", "100%", "—"]]
    w.table(rows, merges=[(1, 0, 3, 0), (5, 0, 6, 0)], widths=[5.5, 7, 3, 3, 3], size=11)
    w.save(out)
    return Truth({i: fig(U, i, Q) for i in ("1.1", "1.2", "1.3", "4.1", "8.1", "8.2")})


@r("an02", "市教育局", "2024Q4", "district-rows-total", "xlsx")
def jy_q4(out):
    U, Q = "市教育局", "2024Q4"
    s = Sheet(title="分区县")
    s.line("2024年教育资源扩增优化工程完成情况统计表", 6, size=16, bold=True, align="center", height=30)
    s.cells(["填报单位：市教育局发展规划科", None, None, None, "统计时间：2024年12月31日"])
    mid = [0, 1, 0, 1, 1, 0, 0, 1, 0, 0, 0]
    kg = split(n(U, "1.2", Q), [3, 2, 1, 1, 1, 1, 1, 1, 0, 0, 0])
    sc = split(n(U, "1.3", Q), [3, 1, 1, 1, 1, 1, 0, 0, 1, 0, 0])
    rows = [["序号", "区县", "新改扩建中小学(所)", "新改扩建幼儿园(所)", "智慧教育应用场景(个)", "备注"]]
    for k, d in enumerate(DISTRICTS):
        rows.append([k + 1, d, mid[k], kg[k], sc[k], ""])
    rows[2][5] = "淄川区般阳中学"
    rows[5][5] = "周村区新城学校"
    rows.append(["", "合计", sum(mid), sum(kg), sum(sc), "幼儿园超计划1所"])
    s.table(rows, widths=[6, 12, 14, 14, 14, 20])
    s.skip()
    s.line("说明：智慧教育应用场景1个因平台验收推迟至2025年1月，未计入。", 6, size=10)
    s.cells(["审核人：刘建华", None, "填报人：赵倩", None, "电话：2181166"])
    s.save(out)
    return Truth({"1.1": sum(mid), "1.2": fig(U, "1.2", Q), "1.3": fig(U, "1.3", Q)})


# ---------------------------------------------------------------- 市人力资源社会保障局

@r("an03", "市人力资源社会保障局", "2024Q1", "bare-table-prose-figures", "doc")
def rs_q1(out):
    U, Q = "市人力资源社会保障局", "2024Q1"
    w = Word(landscape=True)
    w.title("为全市妇女儿童办实事项目进展情况（2024年1季度）", size=18)
    w.para("报送单位：淄博市人力资源和社会保障局就业促进和失业保险科", size=12)
    prog = (f"春节后启动“春风行动暨就业援助月”，截至3月末，全市举办女性就业专场招聘活动{n(U, '2.2', Q)}场，"
            f"进场企业312家，提供适合女性的岗位2800余个；开展家政职业技能培训{n(U, '2.1', Q)}人次。")
    prob = "家政培训多集中在张店区、临淄区，北部区县开班数量偏少。"
    plan = "二季度组织“雏凤助飞”高校女毕业生专场招聘，督促各区县按计划开班。"
    w.table([["项目", "责任单位", "进展情况", "存在问题", "下步打算"],
             ["实施巾帼促就业计划", "市人力资源社会保障局", prog, prob, plan]],
            widths=[3.5, 3.5, 10, 4.5, 4.5], size=11)
    w.para()
    w.para("联系人：韩磊　　电话：3175521　　　　　　　　　　　　　　　2024年3月29日", size=12)
    w.save(out)
    return Truth({"2.1": fig(U, "2.1", Q), "2.2": fig(U, "2.2", Q)},
                 {"2": {"progress": prog, "problems": prob, "plans": plan}})


@r("an04", "市人力资源社会保障局", "2024Q3", "monthly-ledger-sum", "xlsx")
def rs_q3(out):
    U, Q = "市人力资源社会保障局", "2024Q3"
    s = Sheet(title="巾帼促就业台账")
    s.line("巾帼促就业计划工作台账（2024年1-9月）", 5, size=14, bold=True, align="center", height=26)
    s.line("单位：淄博市人社局", 5, size=10, align="right")
    fairs = split(n(U, "2.2", Q), [2, 4, 3, 1, 1, 2, 2, 1, 2])
    train = split(n(U, "2.1", Q), [80, 140, 320, 330, 360, 390, 420, 410, 420])
    rows = [["月份", "女性就业专场招聘（场）", "家政从业人员培训（人次）", "其中：母婴护理", "备注"]]
    for m in range(9):
        rows.append([f"{m + 1}月", fairs[m], train[m], train[m] * 2 // 5, ""])
    rows[2][4] = "春风行动"
    rows[7][4] = "高校毕业生专场"
    rows.append(["累计", sum(fairs), sum(train), sum(x[3] for x in rows[1:]), ""])
    s.table(rows, widths=[10, 20, 22, 14, 16])
    s.skip()
    s.cells(["制表：就业促进科", None, "2024年10月8日"])
    s.save(out)
    return Truth({"2.1": fig(U, "2.1", Q), "2.2": fig(U, "2.2", Q)})


# ---------------------------------------------------------------- 市妇联

@r("an05", "市妇联", "2024Q1", "report-prose-only", "docx")
def fl_q1(out):
    U, Q = "市妇联", "2024Q1"
    w = Word()
    w.title("淄博市妇女联合会\n关于一季度为妇女儿童办实事工作进展情况的报告")
    w.para()
    w.para("市妇儿工委办公室：")
    w.body("一季度，市妇联对照2024年为全市妇女儿童办实事项目清单，细化任务分工，建立工作台账，"
           "各项工作开局良好。现将有关情况报告如下。")
    w.runs([("一、巾帼促就业。", "b"),
            (f"配合人社部门举办“春风行动”女性就业专场招聘活动{n(U, '2.2', Q)}场；依托巾帼家政培训基地"
             f"培训家政从业人员{n(U, '2.1', Q)}人次。", "")])
    w.runs([("二、“两癌”救助。", "b"),
            ("一季度救助“两癌”患病妇女46人，发放救助金23万元，符合条件的患病妇女救助实现全覆盖。", "")])
    w.runs([("三、家庭教育指导。", "b"),
            (f"启动“家庭共成长”计划，开展家庭教育巡讲{n(U, '4.1', Q)}场；举办区县家庭教育骨干培训班2期，"
             f"培训骨干{n(U, '4.2', Q)}人。“淄博好爸妈”网上平台完成需求调研。", "")])
    w.runs([("四、婚育文化。", "b"),
            (f"“三八”节期间举办“缘来在淄博”单身青年联谊活动{cn(n(U, '5.1', Q))}场，参与青年160人。", "")])
    w.runs([("五、儿童友好城市建设。", "b"),
            ("制定儿童友好共建联盟试点工作方案，确定张店区、临淄区等5个区县为首批试点，联盟尚在筹建中。", "")])
    w.body("二季度，我们将加快推进儿童友好共建联盟建设，持续开展家庭教育千场巡讲。")
    sign_off(w, "淄博市妇女联合会", "2024年4月1日")
    w.para("联系人：李静　电话：3160331", indent=True)
    w.save(out)
    return Truth({"2.1": fig(U, "2.1", Q), "2.2": fig(U, "2.2", Q), "3.2": 100,
                  "4.1": fig(U, "4.1", Q), "4.2": fig(U, "4.2", Q), "5.1": fig(U, "5.1", Q)})


@r("an06", "市妇联", "2024Q3", "all-projects-responsible-column", "xlsx")
def fl_q3(out):
    U, Q = "市妇联", "2024Q3"
    s = Sheet(title="进展情况表")
    s.line(TABLE_TITLE, 7, size=16, bold=True, align="center", height=30)
    s.cells(["填报单位（盖章）：淄博市妇女联合会", None, None, None, "时间：2024年9月27日"])
    t = {
        "2": (f"培训家政从业人员{n(U, '2.1', Q)}人次；联合举办女性就业专场招聘{n(U, '2.2', Q)}场。",
              "培训后就业跟踪不够。", "开展巾帼家政品牌评选。"),
        "3": ("符合条件的“两癌”患病妇女救助覆盖率100%，1-9月救助152人。", "无", "做好年度救助资金结算。"),
        "4": (f"开展家庭教育巡讲{n(U, '4.1', Q)}场，培训家庭教育骨干{n(U, '4.2', Q)}人；“淄博好爸妈”平台于6月上线。",
              "个别区县骨干培训未达50人。", "督促未达标区县四季度补训。"),
        "5": (f"举办单身青年联谊活动{n(U, '5.1', Q)}场。", "男女报名比例不均衡。", "与团市委联合举办“七夕”主题活动。"),
        "6": (f"已建成儿童友好共建联盟{n(U, '6.1', Q)}个；市妇女儿童活动中心改建完成主体工程。",
              "部分联盟成员单位参与度不高。", "年底前再建成3个。"),
        "10": ("“爱心妈妈”结对困境儿童418名，新建“希望小屋”36间。", "无", "持续推进结对帮扶。"),
    }
    proj = [("1", "实施教育资源扩增优化工程", "市教育局"),
            ("2", "实施巾帼促就业计划", "市人力资源社会保障局、市妇联、市商务局"),
            ("3", "实施适龄妇女“两癌”免费检查和救助行动", "市卫生健康委、市妇联"),
            ("4", "实施家庭教育指导服务行动", "市妇联、市教育局"),
            ("5", "实施新型婚育文化培育行动", "市妇联、团市委、市医保局"),
            ("6", "实施儿童友好城市建设促进行动", "市妇联、市交通运输局"),
            ("7", "实施普惠托育服务提质行动", "市卫生健康委、市总工会"),
            ("8", "实施“阳光成长”青少年身心健康护航行动", "市教育局、市卫生健康委等"),
            ("9", "实施“润童心”儿童素养提升工程", "市文化和旅游局、市科协"),
            ("10", "实施特殊困难儿童关爱项目", "市民政局、市残联、市妇联、团市委")]
    rows = [["序号", "项目名称", "责任单位", "进展情况", "存在问题", "下步打算"]]
    for no, title, units in proj:
        p = t.get(no, ("", "", ""))
        rows.append([no, title, units, *p])
    top = s.table(rows, widths=[6, 26, 22, 44, 20, 20])
    for k in range(1, len(rows)):
        s.ws.row_dimensions[top + k].height = 48
    s.save(out)
    vals = {i: fig(U, i, Q) for i in ("2.1", "2.2", "4.1", "4.2", "5.1", "6.1")}
    vals["3.2"] = 100
    texts = {k: {"progress": v[0], "problems": v[1], "plans": v[2]} for k, v in t.items()}
    return Truth(vals, texts)


@r("an07", "市妇联", "2024Q4", "indicator-table-sealed", "pdf-text")
def fl_q4(out):
    U, Q = "市妇联", "2024Q4"
    w = Word(landscape=True)
    w.title("市妇联2024年度为妇女儿童办实事任务完成情况", size=18)
    w.para("（数据截至2024年12月20日）", align="center", size=12)
    rows = [["序号", "任务指标", "全年目标", "全年完成", "备注"],
            ["1", "培训家政从业人员", "全市5000人次以上", f"{comma(n(U, '2.1', Q))}人次", "妇联系统培训数"],
            ["2", "女性就业专场招聘活动", "—", f"{n(U, '2.2', Q)}场", "与人社部门联办"],
            ["3", "“两癌”患病妇女救助", "全覆盖", "全覆盖", "全年救助217人"],
            ["4", "家庭教育巡讲", "1000场", f"{comma(n(U, '4.1', Q))}场", "超额完成"],
            ["5", "培训家庭教育骨干", "每区县不少于50人", f"{n(U, '4.2', Q)}人", "11个区县均达标"],
            ["6", "单身青年联谊活动", "不少于10场", f"{n(U, '5.1', Q)}场", ""],
            ["7", "儿童友好共建联盟", "8个", f"{n(U, '6.1', Q)}个", "已全部授牌"]]
    w.table(rows, widths=[1.5, 6.5, 5, 4, 6], size=12)
    w.para()
    w.picture(seal_png("淄博市妇女联合会", seed=36), width_cm=4.0)
    w.para("淄博市妇女联合会    ", align="right")
    w.para("2024年12月23日    ", align="right")
    w.save(out)
    vals = {i: fig(U, i, Q) for i in ("2.1", "2.2", "4.1", "4.2", "5.1", "6.1")}
    vals["3.2"] = 100
    return Truth(vals, seal_picture=True)


# ---------------------------------------------------------------- 市商务局

@r("an08", "市商务局", "2024Q2", "short-note-with-table", "doc")
def sw_q2(out):
    U, Q = "市商务局", "2024Q2"
    w = Word()
    w.title("市商务局家政培训工作情况说明", size=20)
    w.para()
    w.body("按照巾帼促就业计划分工，我局负责组织家政企业开展从业人员职业技能培训。上半年，"
           f"全市商务系统累计培训家政从业人员{n(U, '2.1', Q)}人次，其中二季度培训{n(U, '2.1', Q) - n(U, '2.1', '2024Q1')}人次，"
           "培训内容涵盖母婴护理、家庭保洁、养老照护等。")
    w.body("分区县情况见下表。")
    parts = split(n(U, "2.1", Q), [5, 3, 2, 2, 3, 2, 1, 1, 1, 0, 0])
    rows = [["区县", *DISTRICTS[:6]], ["人次", *map(str, parts[:6])],
            ["区县", *DISTRICTS[6:9], "经济开发区", "文昌湖区", "合计"],
            ["人次", *map(str, parts[6:9]), str(parts[9]), str(parts[10]), str(sum(parts))]]
    w.table(rows, size=11, header_rows=1)
    w.para()
    w.para("淄博市商务局服务业发展科    ", align="right")
    w.para("2024年6月28日    ", align="right")
    w.save(out)
    return Truth({"2.1": fig(U, "2.1", Q)})


@r("an09", "市商务局", "2024Q4", "district-rows-total", "xlsx")
def sw_q4(out):
    U, Q = "市商务局", "2024Q4"
    s = Sheet(title="Sheet1")
    s.line("2024年家政从业人员培训情况统计表", 5, size=14, bold=True, align="center", height=26)
    s.cells(["填报单位：淄博市商务局", None, None, "截止日期：2024.12.25"])
    total = n(U, "2.1", Q)
    parts = split(total, [5, 3, 2, 2, 3, 2, 1, 1, 1, 1, 0])
    prevp = split(n(U, "2.1", "2024Q3"), [5, 3, 2, 2, 3, 2, 1, 1, 1, 1, 0])
    rows = [["区县", "培训期数", "全年累计培训人次", "其中四季度", "备注"]]
    for k, d in enumerate(DISTRICTS):
        rows.append([d, max(1, parts[k] // 30) if parts[k] else 0, parts[k], parts[k] - prevp[k], ""])
    rows[-1][4] = "无家政培训机构"
    rows.append(["全市", sum(x[1] for x in rows[1:]), total, total - sum(prevp), ""])
    s.table(rows, widths=[14, 12, 20, 14, 20])
    s.save(out)
    return Truth({"2.1": fig(U, "2.1", Q)})


# ---------------------------------------------------------------- 市卫生健康委

@r("an10", "市卫生健康委", "2024Q1", "report-with-attachment", "docx")
def wj_q1(out):
    U, Q = "市卫生健康委", "2024Q1"
    w = Word()
    w.title("淄博市卫生健康委员会\n关于报送2024年一季度为妇女儿童办实事\n进展情况的函")
    w.para()
    w.para("市妇儿工委办公室：")
    w.body("现将我委牵头的适龄妇女“两癌”免费检查和救助行动、普惠托育服务提质行动及配合开展的"
           "青少年心理健康工作一季度进展情况报送如下：")
    w.body(f"1.“两癌”免费检查。印发年度工作方案，全市35—64岁适龄妇女“两癌”筛查率达到{fig(U, '3.1', Q):g}%；"
           "对筛查出的患病妇女，会同妇联落实救助政策，救助覆盖率100%。HPV疫苗接种完成对象摸底。")
    w.body("2.普惠托育。启动市级婴幼儿照护服务示范区县、示范托育机构评选，各区县正在申报，暂未认定。")
    w.body(f"3.心理健康。依托精神卫生中心开展心理健康科普进校园{n(U, '8.1', Q)}场。")
    sign_off(w, "淄博市卫生健康委员会", "2024年4月3日")
    attachment_head(w, TABLE_TITLE)
    w.para("填报单位：市卫生健康委　　　　　　　　　　　　　　　　　　　　　填报时间：2024年4月3日", size=12)
    rows = [["项目", "指标名称", "目标值", "一季度末完成值", "说明"],
            ["“两癌”检查和救助", "适龄妇女“两癌”筛查率", "≥90%", f"{fig(U, '3.1', Q):g}%", ""],
            ["", "患病妇女救助覆盖率", "100%", "100%", ""],
            ["普惠托育服务", "市级示范区县", "5个左右", "0", "评选中"],
            ["", "市级示范托育机构", "不少于10家", "0", "评选中"],
            ["身心健康护航", "心理健康科普宣传", "—", f"{n(U, '8.1', Q)}场", ""]]
    w.table(rows, merges=[(1, 0, 2, 0), (3, 0, 4, 0)], widths=[4.5, 6, 3, 4, 4], size=11)
    w.save(out)
    return Truth({"3.1": fig(U, "3.1", Q), "3.2": 100, "7.1": 0, "7.2": 0, "8.1": fig(U, "8.1", Q)})


@r("an11", "市卫生健康委", "2024Q3", "printed-workbook", "pdf-text", made_from="xlsx")
def wj_q3(out):
    U, Q = "市卫生健康委", "2024Q3"
    s = Sheet(title="三季度")
    s.line("市卫生健康委办实事进展（第三季度）", 5, size=14, bold=True, align="center", height=26)
    s.cells(["填报科室：妇幼健康科", None, None, "2024年9月30日"])
    rows = [["指标", "目标", "1-9月累计", "完成比例", "备注"],
            ["两癌筛查率", "90%", fig(U, "3.1", Q) / 100, "78.1%", ""],
            ["两癌救助覆盖率", "100%", 1, "100%", ""],
            ["示范区县", "5个左右", n(U, "7.1", Q), "40%", "张店、临淄"],
            ["示范托育机构", "≥10家", n(U, "7.2", Q), "60%", ""],
            ["心理科普宣传", "—", n(U, "8.1", Q), "—", "场次"]]
    s.table(rows, widths=[18, 12, 14, 12, 16],
            number_formats={(1, 2): "0.0%", (2, 2): "0%"})
    s.skip()
    s.line("注：筛查率=已筛查人数/35-64岁适龄妇女数。", 5, size=10)
    s.save(out)
    return Truth({"3.1": fig(U, "3.1", Q), "3.2": 100, "7.1": fig(U, "7.1", Q),
                  "7.2": fig(U, "7.2", Q), "8.1": fig(U, "8.1", Q)})


@r("an12", "市卫生健康委", "2024Q4", "annual-summary-table-sealed", "doc")
def wj_q4(out):
    U, Q = "市卫生健康委", "2024Q4"
    w = Word()
    w.title("市卫生健康委2024年为妇女儿童办实事\n工作总结")
    w.para()
    w.body("2024年，我委聚焦妇女儿童健康需求，推动各项实事任务全面落地。")
    w.heading("一、“两癌”免费检查和救助")
    w.body(f"全年完成宫颈癌筛查28.6万人、乳腺癌筛查28.1万人，适龄妇女“两癌”筛查率{fig(U, '3.1', Q):g}%，"
           "超过90%的目标；患病妇女救助全覆盖。适龄女孩HPV疫苗首针接种率91.3%。")
    w.heading("二、普惠托育服务")
    w.body(f"认定市级婴幼儿照护服务示范区县{cn(n(U, '7.1', Q))}个、市级示范托育机构{cn(n(U, '7.2', Q))}家。")
    w.heading("三、心理健康服务")
    w.body(f"全年开展心理健康科普宣传{n(U, '8.1', Q)}场，覆盖师生、家长5.2万人次。")
    w.heading("四、2025年打算")
    w.body("推进托育服务进社区，扩大“两癌”保险覆盖面。")
    w.para()
    w.picture(seal_png("淄博市卫生健康委员会", seed=12), width_cm=4.0)
    w.para("淄博市卫生健康委员会    ", align="right")
    w.para("2024年12月26日    ", align="right")
    w.save(out)
    return Truth({"3.1": fig(U, "3.1", Q), "3.2": 100, "7.1": fig(U, "7.1", Q),
                  "7.2": fig(U, "7.2", Q), "8.1": fig(U, "8.1", Q)}, seal_picture=True)


# ---------------------------------------------------------------- 团市委

@r("an13", "团市委", "2024Q2", "report-prose-only", "docx")
def tw_q2(out):
    U, Q = "团市委", "2024Q2"
    w = Word()
    w.title("共青团淄博市委员会\n关于上半年为妇女儿童办实事工作情况的报告")
    w.para()
    w.para("市妇儿工委办公室：")
    w.body("今年以来，团市委按照分工，积极参与新型婚育文化培育行动和特殊困难儿童关爱项目，"
           "现将上半年工作情况报告如下：")
    w.body(f"一、打造“青春有约”交友联谊品牌。上半年共举办单身青年联谊活动{cn(n(U, '5.1', Q), liang=True)}场"
           "（“五四”青年节专场、“淄博烧烤”主题专场），参与青年326人，现场牵手38对。")
    w.body("二、持续推进“希望小屋”儿童关爱项目。上半年新建“希望小屋”52间，累计建成628间，"
           "组织青年志愿者结对陪伴困境儿童。")
    w.body("三、下步打算。下半年计划再举办联谊活动4场，做好“希望小屋”回访。")
    sign_off(w, "共青团淄博市委员会", "2024年6月28日")
    w.save(out)
    return Truth({"5.1": fig(U, "5.1", Q)})


@r("an14", "团市委", "2024Q4", "bare-table-texts", "pdf-text")
def tw_q4(out):
    U, Q = "团市委", "2024Q4"
    w = Word(landscape=True)
    w.para("附件", font=HEI, size=16)
    w.title("团市委2024年第四季度为全市妇女儿童办实事进展情况表", size=18)
    p5 = f"全年举办“青春有约”单身青年联谊活动{n(U, '5.1', Q)}场，参与青年1020人。"
    p10 = "全年新建“希望小屋”118间，累计建成694间，回访覆盖率100%。"
    w.table([["项目名称", "进展情况", "存在问题", "下步打算"],
             ["实施新型婚育文化培育行动", p5, "活动覆盖面有待扩大。", "联合企业工会举办专场。"],
             ["实施特殊困难儿童关爱项目", p10, "无", "推进“希望小屋”提质升级。"]],
            widths=[6, 10, 5, 5], size=12)
    w.para()
    w.para("团市委青年发展部　　　　联系人：周洋　　　　电话：3183092　　　　2024年12月24日", size=12)
    w.save(out)
    return Truth({"5.1": fig(U, "5.1", Q)},
                 {"5": {"progress": p5, "problems": "活动覆盖面有待扩大。", "plans": "联合企业工会举办专场。"},
                  "10": {"progress": p10, "problems": "无", "plans": "推进“希望小屋”提质升级。"}})


# ---------------------------------------------------------------- 市医保局

@r("an15", "市医保局", "2024Q1", "one-row-sheet", "xlsx")
def yb_q1(out):
    s = Sheet(title="Sheet1")
    s.line("为妇女儿童办实事进展情况表（一季度）", 5, size=14, bold=True, align="center", height=26)
    s.line("填报单位：淄博市医疗保障局待遇保障科", 5, size=10)
    prog = ("职工医保参保人员（含灵活就业人员）住院分娩政策范围内医疗费用报销比例100%，"
            "一季度结算生育医疗费用3862人次、基金支出2317万元。")
    rows = [["项目", "目标", "进展情况", "存在问题", "下步打算"],
            ["新型婚育文化培育行动（生育医疗费报销）", "报销比例达到100%", prog, "无", "继续落实。"]]
    top = s.table(rows, widths=[22, 16, 48, 10, 14])
    s.ws.row_dimensions[top + 1].height = 60
    s.cells(["联系电话：2286711", None, "日期：2024.4.2"])
    s.save(out)
    return Truth({"5.2": 100}, {"5": {"progress": prog, "problems": "无", "plans": "继续落实。"}})


@r("an16", "市医保局", "2024Q3", "report-prose-only", "doc")
def yb_q3(out):
    w = Word()
    w.header("淄博市医疗保障局")
    w.title("关于前三季度提高职工生育医疗费报销标准\n落实情况的报告")
    w.para()
    w.para("市妇儿工委办公室：")
    w.body("根据市妇儿工委工作安排，现将我局落实“提高职工生育医疗费报销标准”有关情况报告如下。")
    w.body("自2024年1月1日起，我市职工医保参保人员（含灵活就业人员）住院分娩发生的政策范围内"
           "医疗费用报销比例提高到百分之百，不设起付线。1—9月，全市共结算职工生育住院医疗费用"
           "1.16万人次，基金支出6982万元，政策落实到位。")
    w.body("下一步，我局将加强政策宣传解读，确保参保职工应享尽享。")
    sign_off(w, "淄博市医疗保障局", "2024年9月29日")
    w.save(out)
    return Truth({"5.2": 100})


# ---------------------------------------------------------------- 市交通运输局

@r("an17", "市交通运输局", "2024Q2", "route-list-total", "pdf-text")
def jt_q2(out):
    U, Q = "市交通运输局", "2024Q2"
    w = Word(landscape=True)
    w.title("“定制公交”助学专线开通情况表", size=18)
    w.para("填报单位：淄博市交通运输局　　　　　　　　　　　　　　　　　　　　统计截至：2024年6月30日", size=12)
    rows = [["序号", "线路名称", "服务学校", "开通时间", "日均客流（人次）", "状态"],
            ["1", "助学专线1号（华润中央公园—张店八中）", "张店区第八中学", "2024年3月4日", "126", "已开通"],
            ["2", "助学专线2号（齐盛湖—淄博实验中学）", "淄博实验中学", "2024年4月8日", "98", "已开通"],
            ["3", "助学专线3号（大学城—柳泉中学）", "淄博柳泉中学", "2024年5月6日", "74", "已开通"],
            ["4", "助学专线4号（临淄区）", "临淄中学", "—", "—", "线路勘察中"],
            ["合计", f"已开通{n(U, '6.2', Q)}条，年度目标4条", "", "", "298", ""]]
    w.table(rows, merges=[(5, 1, 5, 3)], widths=[1.5, 9, 5, 4, 3.5, 3], size=11)
    w.para()
    w.para("备注：4号线计划于秋季开学前开通。", size=12)
    w.para("2024年7月1日", align="right")
    w.save(out)
    return Truth({"6.2": fig(U, "6.2", Q)})


@r("an18", "市交通运输局", "2024Q4", "report-with-attachment", "docx")
def jt_q4(out):
    U, Q = "市交通运输局", "2024Q4"
    w = Word()
    w.title("淄博市交通运输局\n关于2024年度“定制公交”助学专线\n开通运行情况的报告")
    w.para()
    w.para("市妇儿工委办公室：")
    w.body(f"今年我局会同市教育局、淄博公交集团，围绕学生上下学出行需求，共开通“定制公交”助学专线"
           f"{cn(n(U, '6.2', Q))}条，全面完成年度任务。四条专线全年累计服务学生9.6万人次，未发生安全责任事故。")
    w.body("下步，我局将根据学校和家长需求，动态优化线路站点和发车时刻。")
    w.para("附件：助学专线运行情况", indent=True)
    sign_off(w, "淄博市交通运输局", "2024年12月20日")
    attachment_head(w, "助学专线运行情况")
    w.table([["项目", "年度目标", "完成情况", "完成率"],
             ["开通“定制公交”助学专线", "4条", f"{n(U, '6.2', Q)}条", "100%"]],
            widths=[8, 4, 4, 4], size=12)
    w.save(out)
    return Truth({"6.2": fig(U, "6.2", Q)})


# ---------------------------------------------------------------- 市总工会

@r("an19", "市总工会", "2024Q1", "report-prose-only", "docx")
def zgh_q1(out):
    U, Q = "市总工会", "2024Q1"
    w = Word()
    w.title("市总工会关于寒假职工子女托管班\n开展情况的报告")
    w.para()
    w.para("市妇儿工委办公室：")
    w.body("为解决职工寒假期间子女“看护难”问题，市总工会联合各区县总工会、有条件的企事业单位，"
           f"于1月22日至2月6日开办寒假职工子女托管班{n(U, '7.3', Q)}个班次，托管职工子女586名，"
           "投入资金35万元，开展课业辅导、安全教育、非遗体验等活动。")
    w.body("暑期，我们将进一步扩大托管班覆盖面，确保全年不少于50个班次。")
    sign_off(w, "淄博市总工会", "2024年3月25日")
    w.save(out)
    return Truth({"7.3": fig(U, "7.3", Q)})


@r("an20", "市总工会", "2024Q3", "district-rows-two-terms", "xlsx")
def zgh_q3(out):
    U, Q = "市总工会", "2024Q3"
    s = Sheet(title="托管班统计")
    s.line("2024年职工子女托管班开展情况统计表", 6, size=14, bold=True, align="center", height=26)
    s.cells(["填报单位：市总工会女职工部", None, None, None, "2024年9月20日"])
    winter = split(n(U, "7.3", "2024Q1"), [3, 1, 1, 1, 2, 1, 1, 1, 1, 0, 0])
    summer = split(n(U, "7.3", Q) - n(U, "7.3", "2024Q1"), [6, 3, 2, 3, 4, 3, 2, 2, 3, 2, 2])
    rows = [["区县", "寒假班次", "暑假班次", "合计班次", "托管人数", "备注"]]
    for k, d in enumerate(DISTRICTS):
        rows.append([d, winter[k], summer[k], winter[k] + summer[k], (winter[k] + summer[k]) * 31, ""])
    rows.append(["总计", sum(winter), sum(summer), n(U, "7.3", Q), sum(x[4] for x in rows[1:]), ""])
    s.table(rows, widths=[14, 10, 10, 10, 10, 14])
    s.save(out)
    return Truth({"7.3": fig(U, "7.3", Q)})


# ---------------------------------------------------------------- 市公安局

@r("an21", "市公安局", "2024Q2", "report-prose-only", "doc")
def ga_q2(out):
    w = Word()
    w.title("淄博市公安局\n“护校安园”专项行动二季度工作情况")
    w.para()
    w.body("二季度，全市公安机关持续深化“护校安园”专项行动，会同教育部门对全市1,412所中小学、"
           "幼儿园开展安全隐患排查，推动落实“一校一警”和“高峰勤务”机制。截至6月底，全市中小学"
           "幼儿园专职保安员配备率、封闭化管理达标率、一键式紧急报警和视频监控系统联网率、"
           "“护学岗”设置率均为100%，“4个100%”达标率100%。")
    w.body("二季度共开展法治进校园活动186场，排查整改校园周边隐患43处，查处涉校违法犯罪案件7起。")
    sign_off(w, "淄博市公安局治安支队", "2024年7月2日", blank=1)
    w.save(out)
    return Truth({"8.2": 100})


@r("an22", "市公安局", "2024Q4", "printed-workbook", "pdf-text", made_from="xlsx")
def ga_q4(out):
    s = Sheet(title="Sheet1")
    s.line("市公安局2024年为妇女儿童办实事进展表（全年）", 4, size=14, bold=True, align="center", height=26)
    s.line("报送单位：淄博市公安局", 4, size=10)
    prog = "“4个100%”达标率100%，全年开展校园安全检查4200余次。"
    rows = [["项目", "目标", "进展情况", "下步打算"],
            ["护校安园", "4个100%稳定达标", prog, "常态化开展高峰勤务。"]]
    top = s.table(rows, widths=[12, 18, 40, 22])
    s.ws.row_dimensions[top + 1].height = 40
    s.skip()
    s.cells(["联系人：张伟", None, "2024年12月27日"])
    s.save(out)
    return Truth({"8.2": 100}, {"8": {"progress": prog, "plans": "常态化开展高峰勤务。"}})


# ---------------------------------------------------------------- 市法院、市检察院

@r("an23", "市法院", "2024Q3", "bare-table-texts", "docx")
def fy_q3(out):
    U, Q = "市法院", "2024Q3"
    w = Word(landscape=True)
    w.header("淄博市中级人民法院", align="right")
    w.title("“阳光成长”青少年身心健康护航行动进展情况（第三季度）", size=18)
    prog = (f"联合市妇联、市司法局组建家事案件调解联盟，吸纳心理咨询师、家事调解员42名；"
            f"今年以来开展“法官进校园”暨心理健康科普宣传{n(U, '8.1', Q)}场，发出家庭教育令19份。")
    prob = "基层法院专业心理评估力量不足。"
    plan = "推动家事调解联盟向基层法庭延伸。"
    w.table([["牵头单位", "配合单位", "进展情况", "存在问题", "下步打算"],
             ["市教育局", "市中级人民法院", prog, prob, plan]],
            widths=[3, 3.5, 11, 4.5, 4.5], size=11)
    w.para()
    w.para("填报人：陈慧（少年家事审判庭）　　电话：2198376　　日期：2024年9月26日", size=12)
    w.save(out)
    return Truth({"8.1": fig(U, "8.1", Q)}, {"8": {"progress": prog, "problems": prob, "plans": plan}})


@r("an24", "市检察院", "2024Q2", "report-prose-only", "pdf-text")
def jc_q2(out):
    U, Q = "市检察院", "2024Q2"
    w = Word()
    w.title("淄博市人民检察院\n2024年上半年未成年人综合司法保护工作情况")
    w.para()
    w.body("上半年，市检察院围绕“阳光成长”青少年身心健康护航行动，深化未成年人检察业务统一集中"
           "办理，加强对未成年人的综合司法保护。")
    w.body(f"一是开展法治和心理健康宣传。全市检察机关检察官担任法治副校长128人，1—6月累计开展"
           f"心理健康及法治科普宣传{cn(n(U, '8.1', Q))}场，覆盖学生1.8万人。")
    w.body("二是参与家事案件调解联盟建设。与市中院、市妇联会签协作意见，对涉未成年人家事案件开展"
           "社会调查、心理疏导32件。")
    w.body("三是强化强制报告制度落实，督促相关单位履行报告义务，发出检察建议6份。")
    sign_off(w, "淄博市人民检察院第九检察部", "2024年7月3日", blank=1)
    w.save(out)
    return Truth({"8.1": fig(U, "8.1", Q)})


# ---------------------------------------------------------------- 市文化和旅游局

@r("an25", "市文化和旅游局", "2024Q1", "genre-rows-total", "xlsx")
def wl_q1(out):
    U, Q = "市文化和旅游局", "2024Q1"
    wb = Workbook()
    ws = wb.active
    ws.title = "戏曲进校园"
    ws["A1"] = "2024年一季度“戏曲进校园”活动开展情况"
    ws["A1"].font = Font(name="宋体", size=14, bold=True)
    ws["A1"].alignment = Alignment(horizontal="center")
    ws.merge_cells("A1:E1")
    ws["A2"] = "市文化和旅游局艺术科"
    ws["D2"] = "截至3月31日"
    s = Sheet(wb=wb, title="_")
    wb.remove(s.ws)
    s.ws, s.row = ws, 3
    parts = split(n(U, "9.1", Q), [14, 9, 5, 8, 6])
    rows = [["剧种/形式", "演出场次", "课程辅导场次", "合计", "备注"],
            ["五音戏", parts[0] - 4, 4, parts[0], "五音戏艺术传承中心"],
            ["京剧", parts[1] - 3, 3, parts[1], ""],
            ["吕剧", parts[2], 0, parts[2], ""],
            ["地方小戏", parts[3], 0, parts[3], "各区县文化馆"],
            ["戏曲公开课", 0, parts[4], parts[4], "线上线下结合"],
            ["合计", None, None, n(U, "9.1", Q), "全年目标200场"]]
    rows[-1][1] = sum(x[1] for x in rows[1:6])
    rows[-1][2] = sum(x[2] for x in rows[1:6])
    s.table(rows, widths=[14, 12, 14, 10, 22])
    s.save(out)
    return Truth({"9.1": fig(U, "9.1", Q)})


@r("an26", "市文化和旅游局", "2024Q3", "figures-in-remarks", "docx")
def wl_q3(out):
    U, Q = "市文化和旅游局", "2024Q3"
    w = Word(landscape=True)
    w.para("附件", font=HEI, size=16)
    w.title("2024年第三季度为全市妇女儿童办实事进展情况表", size=18)
    w.para("报送单位：市文化和旅游局", size=12)
    prog = ("“戏曲进校园”活动覆盖全市11个区县，五音戏《王小赶脚》、京剧《三岔口》等精彩剧目进校园"
            "演出反响良好，新开设校园戏曲兴趣课程班23个。")
    w.table([["项目", "进展情况", "存在问题", "下步打算", "备注"],
             ["实施“润童心”儿童素养提升工程（戏曲进校园）", prog, "农村学校演出场地条件有限。",
              "四季度送戏进乡村学校。", f"1-9月累计{n(U, '9.1', Q)}场，完成全年目标的75%"]],
            widths=[5, 10, 4, 4, 4.5], size=11)
    w.para()
    w.para("2024年9月30日", align="right")
    w.save(out)
    return Truth({"9.1": fig(U, "9.1", Q)},
                 {"9": {"progress": prog, "problems": "农村学校演出场地条件有限。",
                        "plans": "四季度送戏进乡村学校。"}})


# ---------------------------------------------------------------- 市科协

@r("an27", "市科协", "2024Q2", "district-rows-total", "xlsx")
def kx_q2(out):
    U, Q = "市科协", "2024Q2"
    s = Sheet(title="科普活动")
    s.line("科普大篷车巡展及“蒲公英”科普大讲堂开展情况（上半年）", 4, size=13, bold=True,
           align="center", height=28)
    s.cells(["填报单位：淄博市科学技术协会", None, "2024年6月27日"])
    car = split(n(U, "9.2", Q), [2, 1, 1, 1, 2, 1, 1, 1, 1, 0, 1])
    lec = split(n(U, "9.3", Q), [3, 2, 1, 2, 2, 1, 1, 1, 1, 1, 1])
    rows = [["区县", "大篷车巡展（场）", "蒲公英大讲堂（场）", "受益青少年（人次）"]]
    for k, d in enumerate(DISTRICTS):
        rows.append([d, car[k], lec[k], (car[k] * 600 + lec[k] * 240)])
    rows.append(["合计", sum(car), sum(lec), sum(x[3] for x in rows[1:])])
    s.table(rows, widths=[16, 18, 20, 20])
    s.skip()
    s.line("备注：大讲堂含线上直播2场。", 4, size=10)
    s.save(out)
    return Truth({"9.2": fig(U, "9.2", Q), "9.3": fig(U, "9.3", Q)})


@r("an28", "市科协", "2024Q4", "report-with-attachment", "doc")
def kx_q4(out):
    U, Q = "市科协", "2024Q4"
    w = Word()
    w.title("淄博市科学技术协会\n关于2024年科普服务均衡普惠工作完成情况的报告")
    w.para()
    w.para("市妇儿工委办公室：")
    w.body(f"2024年，市科协组织科普大篷车深入基层学校、社区开展巡展{cn(n(U, '9.2', Q))}场，"
           f"举办青少年“蒲公英”科普大讲堂{cn(n(U, '9.3', Q))}场，惠及青少年3.1万人次。"
           "其中，大篷车巡展完成全年目标，“蒲公英”科普大讲堂因两场专家讲座调整至2025年寒假，"
           "完成年度目标的95%。")
    w.body("2025年，我们将推动科普资源向农村学校倾斜，打造“科普+研学”品牌。")
    sign_off(w, "淄博市科学技术协会", "2024年12月25日")
    attachment_head(w, TABLE_TITLE)
    w.table([["序号", "任务", "全年目标", "全年完成", "完成率"],
             ["1", "科普大篷车巡展", "30场", f"{n(U, '9.2', Q)}场", "100%"],
             ["2", "“蒲公英”科普大讲堂", "40场", f"{n(U, '9.3', Q)}场", "95%"]],
            widths=[1.5, 8, 4, 4, 4], size=12)
    w.save(out)
    return Truth({"9.2": fig(U, "9.2", Q), "9.3": fig(U, "9.3", Q)})


# ---------------------------------------------------------------- 市民政局

@r("an29", "市民政局", "2024Q2", "bare-table-sealed", "pdf-text")
def mz_q2(out):
    w = Word(landscape=True)
    w.title("特殊困难儿童关爱项目进展情况（二季度）", size=18)
    w.para("填报单位：淄博市民政局儿童福利科", size=12)
    prog = ("春季学期资助孤儿、事实无人抚养儿童及重点困境儿童412名，发放助学金118.6万元，"
            "享受民政保障的孤困儿童就学资助覆盖率100%。")
    w.table([["项目", "目标任务", "进展情况", "存在问题", "下步打算"],
             ["特殊困难儿童关爱项目", "孤困儿童就学资助全覆盖", prog, "无", "做好秋季学期资助对象认定。"]],
            widths=[4, 4.5, 10, 3, 4.5], size=11)
    w.para()
    w.picture(seal_png("淄博市民政局", seed=29), width_cm=3.8)
    w.para("2024年6月30日    ", align="right")
    w.save(out)
    return Truth({"10.1": 100}, {"10": {"progress": prog, "problems": "无",
                                        "plans": "做好秋季学期资助对象认定。"}}, seal_picture=True)


# ---------------------------------------------------------------- 市残联

@r("an30", "市残联", "2024Q3", "district-rows-total", "xlsx")
def cl_q3(out):
    U, Q = "市残联", "2024Q3"
    s = Sheet(title="康复救助")
    s.line("2024年1-9月残疾儿童康复救助进度表", 6, size=14, bold=True, align="center", height=26)
    s.cells(["单位：市残联康复部", None, None, None, "2024.9.30"])
    tot = n(U, "10.2", Q)
    parts = split(tot, [22, 12, 8, 9, 13, 9, 5, 8, 6, 4, 4])
    kinds = [split(p, [4, 2, 2, 1]) for p in parts]
    rows = [["区县", "视力", "听力言语", "肢体（含脑瘫）", "智力及孤独症", "小计"]]
    for k, d in enumerate(DISTRICTS):
        rows.append([d, kinds[k][2], kinds[k][1], kinds[k][3], kinds[k][0], parts[k]])
    rows.append(["全市合计", *(sum(x[c] for x in rows[1:]) for c in range(1, 5)), tot])
    s.table(rows, widths=[14, 10, 12, 16, 16, 10])
    s.skip()
    s.line(f"注：年度任务约2000名，已完成{tot * 100 // 2000}%。", 6, size=10)
    s.save(out)
    return Truth({"10.2": fig(U, "10.2", Q)})


WORDING.update({
    "an01": (("header", "title", "sign-off"), "上半年"),
    "an02": (("fill-line",), "统计时间"),
    "an03": (("fill-line",), "1季度"),
    "an04": (("fill-line",), "1-9月"),
    "an05": (("title", "sign-off"), "一季度"),
    "an06": (("fill-line", "table-cell"), "date-line"),
    "an07": (("title", "sign-off"), "年度"),
    "an08": (("title", "sign-off"), "上半年"),
    "an09": (("fill-line",), "截止日期"),
    "an10": (("title", "sign-off", "fill-line"), "一季度"),
    "an11": (("title",), "第三季度"),
    "an12": (("title", "sign-off"), "2024年"),
    "an13": (("title", "sign-off"), "上半年"),
    "an14": (("title", "sign-off"), "第四季度"),
    "an15": (("fill-line",), "一季度"),
    "an16": (("header", "sign-off"), "前三季度"),
    "an17": (("fill-line",), "截至2024年6月30日"),
    "an18": (("title", "sign-off"), "年度"),
    "an19": (("title", "sign-off"), "date-line"),
    "an20": (("fill-line",), "date-line"),
    "an21": (("title", "sign-off"), "二季度"),
    "an22": (("title", "fill-line"), "全年"),
    "an23": (("header", "table-cell"), "第三季度"),
    "an24": (("title", "sign-off"), "上半年"),
    "an25": (("fill-line",), "一季度"),
    "an26": (("fill-line",), "第三季度"),
    "an27": (("fill-line",), "上半年"),
    "an28": (("title", "sign-off"), "2024年"),
    "an29": (("fill-line",), "二季度"),
    "an30": (("fill-line",), "1-9月"),
})
