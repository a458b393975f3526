"""Batch 31: native returns (Word, .doc, Excel, text PDF) from offices nobody has seen, written by
a new author in session 4 without reading app/, parsers/ or any other batch. Please do not
read this file while changing app/extraction/."""
from __future__ import annotations

B = 31

from openpyxl import Workbook
from openpyxl.styles import Alignment, Font

from samples.holdout.corpus import QNAME, Truth, attachment_head, ret, sign_off
from samples.holdout.docxkit import HEI, Word
from samples.holdout.ledger_ai import fig, n, prev, q
from samples.holdout.numerals import cn, comma, full
from samples.holdout.seal import seal_png
from samples.holdout.wording import WORDING
from samples.holdout.xlkit import Sheet

T = "2024年为全市妇女儿童办实事工作进展情况表"
DISTRICTS = ("张店区", "淄川区", "博山区", "周村区", "临淄区", "桓台县", "高青县", "沂源县",
             "高新区", "经济开发区", "文昌湖区")
WEIGHTS = (16, 12, 8, 9, 12, 9, 6, 8, 8, 7, 5)


def split(total: int, weights=WEIGHTS) -> list[int]:
    """A total shared among districts the way the district returns add up."""
    s = sum(weights)
    parts = [total * w // s for w in weights]
    parts[0] += total - sum(parts)
    return parts


def fit(sheet: Sheet, heights: dict[int, float] = None) -> None:
    """Print the sheet on one page wide, as the clerk sets 页面设置→调整为1页宽."""
    ws = sheet.ws
    ws.sheet_properties.pageSetUpPr.fitToPage = True
    ws.page_setup.fitToWidth = 1
    ws.page_setup.fitToHeight = 0
    for r, h in (heights or {}).items():
        ws.row_dimensions[r].height = h


def instructions(wb: Workbook, lines: list[str], title: str = "填报说明") -> None:
    s = Sheet(wb, title)
    s.ws.column_dimensions["A"].width = 90
    for k, text in enumerate(lines):
        s.ws.cell(k + 1, 1, text).alignment = Alignment(wrap_text=True)
        s.ws.cell(k + 1, 1).font = Font(name="宋体", size=11, bold=(k == 0))


# ================================================================ 市教育局

@ret("ai01", "市教育局", "2024Q1", "report-with-attachment", "docx", batch=31)
def jy_q1(path):
    U, Q = "市教育局", "2024Q1"
    w = Word()
    w.title("淄博市教育局\n关于2024年一季度为全市妇女儿童办实事\n项目推进情况的报告")
    w.para()
    w.para("市妇儿工委办公室：")
    w.body("按照淄政办字〔2024〕13号文件要求，我局对牵头和参与的实事项目进行了全面梳理，"
           "建立工作台账，明确责任科室和时间节点。现将一季度推进情况报告如下：")
    w.heading("一、教育资源扩增优化工程")
    w.body("4所新改扩建中小学均已完成立项，其中2所进入主体施工阶段，尚无竣工投用项目；"
           f"新改扩建幼儿园已竣工{cn(n(U, '1.2', Q))}所（张店区马尚街道中心幼儿园），"
           f"打造智慧教育应用场景{n(U, '1.3', Q)}个。")
    w.heading("二、家庭教育指导服务行动")
    w.body(f"依托中小学家长学校开展家庭教育巡讲{n(U, '4.1', Q)}场次，覆盖家长1.2万人次。")
    w.heading("三、“阳光成长”青少年身心健康护航行动")
    w.body(f"开展心理健康科普知识宣传{n(U, '8.1', Q)}场；开学前组织“护校安园”专项检查，"
           "全市中小学幼儿园安全防范建设“4个100%”达标率保持100%。")
    w.para("附件：2024年一季度为全市妇女儿童办实事进展情况表", indent=True)
    sign_off(w, "淄博市教育局", "2024年3月29日")
    attachment_head(w, "2024年一季度为全市妇女儿童办实事进展情况表")
    rows = [["项目", "具体任务", "年度目标", "截至3月底完成", "备注"],
            ["教育资源扩增优化工程", "新改扩建中小学", "4所", "0所", "2所主体施工"],
            ["", "新改扩建幼儿园", "10所", f"{n(U, '1.2', Q)}所", ""],
            ["", "打造智慧教育应用场景", "10个", f"{n(U, '1.3', Q)}个", ""],
            ["家庭教育指导服务行动", "开展家庭教育巡讲", "千场（与市妇联共同）", f"{n(U, '4.1', Q)}场", ""],
            ["“阳光成长”护航行动", "心理健康科普知识宣传", "200场", f"{n(U, '8.1', Q)}场", ""],
            ["", "安全防范建设“4个100%”", "100%", "100%", "稳定达标"]]
    w.table(rows, merges=[(1, 0, 3, 0), (5, 0, 6, 0)], widths=[5, 6, 4, 4, 5])
    w.save(path)
    return Truth({i: fig(U, i, Q) for i in ("1.1", "1.2", "1.3", "4.1", "8.1", "8.2")})


@ret("ai02", "市教育局", "2024Q3", "system-export-indicator-codes", "xlsx", batch=31)
def jy_q3(path):
    U, Q = "市教育局", "2024Q3"
    s = Sheet(title="数据")
    inds = [("1.1", "新改扩建中小学", "所"), ("1.2", "新改扩建幼儿园", "所"),
            ("1.3", "打造智慧教育应用场景", "个"), ("4.1", "开展家庭教育巡讲", "场"),
            ("8.1", "开展心理健康科普知识宣传", "场"),
            ("8.2", "中小学幼儿园安全防范建设“4个100%”达标率", "%")]
    rows = [["统计期", "填报单位", "指标编码", "指标名称", "计量单位", "指标值", "上期值", "数据状态"]]
    for code, name, unit in inds:
        rows.append(["2024-09", "淄博市教育局", f"FE2024-{code}", name, unit,
                     fig(U, code, Q), prev(U, code, Q), "已审核"])
    s.table(rows, widths=[10, 14, 14, 40, 9, 9, 9, 10])
    s.skip()
    s.cells(["导出时间：2024-10-09 15:42:17", "", "", "导出人：jyj_zhangl"])
    s2 = Sheet(s.wb, "项目进展")
    s2.line("2024年1-9月为全市妇女儿童办实事项目进展（市教育局）", 3, size=14, bold=True, align="center")
    s2.table([["项目编号", "项目名称", "进展情况"],
              [1, "实施教育资源扩增优化工程",
               f"新改扩建中小学{n(U, '1.1', Q)}所、幼儿园{n(U, '1.2', Q)}所已于秋季开学投用，"
               f"智慧教育应用场景建成{n(U, '1.3', Q)}个。"],
              [4, "实施家庭教育指导服务行动", "各中小学家长学校常态开展巡讲活动。"],
              [8, "实施“阳光成长”青少年身心健康护航行动", "开学季开展心理健康宣传周活动。"]],
             widths=[10, 36, 70])
    instructions(s.wb, ["填报说明",
                        "1. 统计期按“年-月”填写，指标值为年初至统计期末累计数。",
                        "2. 指标编码与《2024年为全市妇女儿童办实事项目清单》序号对应，不得修改。",
                        "3. 百分比类指标填写数值，不带%号。",
                        "4. 数据经科室负责人审核后导出报送。"])
    s.save(path)
    return Truth({c: fig(U, c, Q) for c, _, _ in inds})


# ================================================================ 市人力资源社会保障局

@ret("ai03", "市人力资源社会保障局", "2024Q2", "wps-letter-prose", "doc", batch=31)
def rs_q2(path):
    U, Q = "市人力资源社会保障局", "2024Q2"
    w = Word()
    w.title("淄博市人力资源和社会保障局\n关于上半年巾帼促就业计划实施情况的函", size=20)
    w.para()
    w.para("市妇儿工委办公室：")
    w.body("现将我局2024年上半年实施巾帼促就业计划有关情况函告如下：")
    w.body(f"一是举办专场招聘。依托“春风行动”“民营企业服务月”等活动，1-6月份共举办女性就业专场招聘活动"
           f"{n(U, '2.2', Q)}场，其中二季度{q(U, '2.2', Q)}场，提供岗位1.3万余个，达成就业意向2100余人。")
    w.body(f"二是开展家政培训。指导全市36家职业培训机构开设育婴员、养老护理员、家政服务员等培训项目，"
           f"截至6月底累计培训家政从业人员{comma(n(U, '2.1', Q))}人次，占年度目标的38.7%。")
    w.body("三是强化服务指导。开展“雏凤”助飞、企业赋能、就业帮扶、岗位建功四项计划，提供政策咨询和"
           "职业指导服务4600余人次。")
    w.body("特此函告。")
    sign_off(w, "淄博市人力资源和社会保障局", "2024年7月4日")
    w.para("（联系人：孙文静　联系电话：2286513）", size=12)
    w.save(path)
    return Truth({"2.1": fig(U, "2.1", Q), "2.2": fig(U, "2.2", Q)})


@ret("ai04", "市人力资源社会保障局", "2024Q4", "wide-workbook-quarter-cumulative-lastyear",
     "pdf-text", batch=31, made_from="xlsx")
def rs_q4(path):
    U, Q = "市人力资源社会保障局", "2024Q4"
    s = Sheet(title="四季度")
    s.line("2024年第四季度巾帼促就业计划进展情况统计表", 9, size=16, bold=True, align="center", height=28)
    s.line("填报单位：淄博市人力资源和社会保障局（就业促进和失业保险科）　　　统计时间：2024年10月1日—12月31日", 9)
    rows = [["序号", "指标名称", "单位", "年度目标", "本季度完成", "全年累计完成", "完成率", "2023年同期", "同比增减"],
            [1, "培训家政从业人员", "人次", 5000, q(U, "2.1", Q), n(U, "2.1", Q), None, 4126, None],
            [2, "女性就业专场招聘活动", "场", "—", q(U, "2.2", Q), n(U, "2.2", Q), "—", 31, None]]
    top = s.table(rows, widths=[6, 22, 7, 10, 11, 13, 10, 11, 10])
    r1, r2 = top + 1, top + 2
    s.ws.cell(r1, 7, f"=F{r1}/D{r1}").number_format = "0.0%"
    s.ws.cell(r1, 9, f"=F{r1}-H{r1}")
    s.ws.cell(r2, 9, f"=F{r2}-H{r2}")
    s.line("备注：全年累计完成数为1-12月累计数；家政培训未达年度目标，主要是下半年补贴性培训项目调整所致。", 9,
           height=32)
    s.cells(["填表人：孙文静", "", "", "审核人：刘洪波", "", "", "联系电话：2286513"])
    fit(s, {1: 28, 3: 30})
    s.save(path)
    return Truth({"2.1": fig(U, "2.1", Q), "2.2": fig(U, "2.2", Q)})


# ================================================================ 市妇联

@ret("ai05", "市妇联", "2024Q1", "all-projects-responsible-column", "xlsx", batch=31)
def fl_q1(path):
    U, Q = "市妇联", "2024Q1"
    s = Sheet(title="一季度进展")
    s.line(T + "（第一季度）", 7, size=15, bold=True, align="center", height=26)
    s.cells(["填报单位：淄博市妇女联合会", "", "", "", "填报日期：2024年3月28日"])
    rows = [["序号", "项目名称", "责任单位", "具体指标", "目标任务", "截至3月底完成", "进展情况"],
            [2, "实施巾帼促就业计划", "市人力资源社会保障局、市妇联、市商务局", "培训家政从业人员（人次）", "5000",
             n(U, "2.1", Q), "市妇联：开展“巾帼家政”技能培训班5期"],
            ["", "", "", "女性就业专场招聘（场）", "—", n(U, "2.2", Q), "联合人社部门举办春风行动女性专场"],
            [4, "实施家庭教育指导服务行动", "市妇联、市教育局", "家庭教育巡讲（场）", "1000",
             n(U, "4.1", Q), "“家庭共成长”巡讲启动"],
            ["", "", "", "培训家庭教育骨干（人）", "550", n(U, "4.2", Q), "张店、临淄已开班"],
            [5, "实施新型婚育文化培育行动", "市妇联、团市委、市医保局", "单身青年联谊活动（场）", "10",
             n(U, "5.1", Q), "“青春有约”联谊2场"],
            [6, "实施儿童友好城市建设促进行动", "市妇联、市交通运输局", "儿童友好共建联盟（个）", "8",
             n(U, "6.1", Q), "已制定共建联盟试点方案，尚未授牌"],
            [10, "实施特殊困难儿童关爱项目", "市民政局、市残联、市妇联、团市委", "“爱心妈妈”结对", "—", "—",
             "新增结对困境儿童45名"]]
    s.table(rows, merges=[(1, 0, 2, 0), (1, 1, 2, 1), (1, 2, 2, 2), (3, 0, 4, 0), (3, 1, 4, 1), (3, 2, 4, 2)],
            widths=[6, 24, 22, 24, 10, 12, 36])
    s.line("注：本表仅填报市妇联承担部分的完成数。", 7)
    instructions(s.wb, ["说明", "1. 完成数为年初至季末累计数。", "2. 本表由市妇联发展部汇总，3月28日前报送。"])
    s.save(path)
    return Truth({i: fig(U, i, Q) for i in ("2.1", "2.2", "4.1", "4.2", "5.1", "6.1")})


@ret("ai06", "市妇联", "2024Q3", "report-attachment-three-text-columns", "docx", batch=31)
def fl_q3(path):
    U, Q = "市妇联", "2024Q3"
    w = Word()
    w.header("淄博市妇女联合会", align="right")
    w.title("关于2024年前三季度为全市妇女儿童办实事\n工作进展情况的报告")
    w.para()
    w.para("市妇儿工委办公室：")
    w.body("今年以来，市妇联牵头和参与的6项实事项目总体进展顺利，现将1-9月工作情况报告如下，"
           "具体进展详见附件。")
    w.body("下一步，我们将对照年度目标，逐项对账销号，确保年底前全面完成。")
    sign_off(w, "淄博市妇女联合会", "2024年9月30日")
    attachment_head(w, "市妇联2024年前三季度为全市妇女儿童办实事进展情况表")
    t4 = (f"“家庭共成长”千场巡讲累计开展{n(U, '4.1', Q)}场；各区县培训家庭教育骨干{n(U, '4.2', Q)}人；"
          "“淄博好爸妈”网上平台上线课程186节。")
    p4 = "个别区县骨干培训人数尚未达到50人。"
    x4 = "督导高青、文昌湖等区县于11月底前完成骨干培训。"
    t5 = f"举办“青春有约”单身青年联谊活动{n(U, '5.1', Q)}场，参与青年860余人。"
    t6 = f"试点打造儿童友好共建联盟{n(U, '6.1', Q)}个，妇女儿童活动中心改建完成方案设计。"
    p6 = "活动中心改建资金需进一步落实。"
    x6 = "10月底前完成剩余联盟授牌。"
    t2 = (f"培训家政从业人员{n(U, '2.1', Q)}人次；举办女性就业专场招聘活动{n(U, '2.2', Q)}场。")
    rows = [["项目", "进展情况", "存在问题", "下步打算"],
            ["二、实施巾帼促就业计划", t2, "无", "开展“巾帼家政”冬季培训。"],
            ["四、实施家庭教育指导服务行动", t4, p4, x4],
            ["五、实施新型婚育文化培育行动", t5, "无", "年底前再举办4场联谊活动。"],
            ["六、实施儿童友好城市建设促进行动", t6, p6, x6]]
    w.table(rows, widths=[5, 11, 5, 5])
    w.para("填表人：李倩　　联系电话：3160572", size=12)
    w.save(path)
    vals = {i: fig(U, i, Q) for i in ("2.1", "2.2", "4.1", "4.2", "5.1", "6.1")}
    texts = {"2": {"progress": t2, "problems": "无", "plans": "开展“巾帼家政”冬季培训。"},
             "4": {"progress": t4, "problems": p4, "plans": x4},
             "5": {"progress": t5, "problems": "无", "plans": "年底前再举办4场联谊活动。"},
             "6": {"progress": t6, "problems": p6, "plans": x6}}
    return Truth(vals, texts)


@ret("ai07", "市妇联", "2024Q4", "bare-table-seal-picture", "pdf-text", batch=31)
def fl_q4(path):
    U, Q = "市妇联", "2024Q4"
    w = Word(landscape=True)
    w.para("附件", font=HEI, size=16)
    w.title("2024年为全市妇女儿童办实事工作进展情况表（全年）", size=18)
    w.para("填报单位（盖章）：市妇联　　　　　　　　　　　　　　　　　　　　填报时间：2024年12月25日", size=12)
    rows = [["序号", "项目及指标", "目标任务", "全年完成", "完成率", "备注"],
            ["1", "培训家政从业人员", "5000人次（三部门合计）", f"{n(U, '2.1', Q)}人次", "—", "市妇联承担部分"],
            ["2", "女性就业专场招聘活动", "—", f"{n(U, '2.2', Q)}场", "—", ""],
            ["3", "家庭教育巡讲", "千场", f"{comma(n(U, '4.1', Q))}场", "110.7%", ""],
            ["4", "培训家庭教育骨干", "550人", f"{n(U, '4.2', Q)}人", "109.5%", "11个区县均超50人"],
            ["5", "单身青年联谊活动", "不少于10场", f"{n(U, '5.1', Q)}场", "110%", ""],
            ["6", "儿童友好共建联盟", "8个", f"{n(U, '6.1', Q)}个", "100%", "已全部授牌"]]
    w.table(rows, widths=[1.5, 7, 5, 3.5, 2.5, 6])
    w.para()
    w.picture(seal_png("淄博市妇女联合会", seed=31), width_cm=4.0)
    w.para("淄博市妇女联合会　　", align="right")
    w.save(path)
    return Truth({i: fig(U, i, Q) for i in ("2.1", "2.2", "4.1", "4.2", "5.1", "6.1")}, seal_picture=True)


# ================================================================ 市商务局

@ret("ai08", "市商务局", "2024Q2", "district-rows-total", "xlsx", batch=31)
def sw_q2(path):
    U, Q = "市商务局", "2024Q2"
    s = Sheet(title="家政培训")
    s.line("全市家政从业人员技能培训情况统计表（2024年1-6月）", 5, size=14, bold=True, align="center")
    s.cells(["填报单位：淄博市商务局（服务贸易科）", "", "", "单位：人次"])
    cum_q = split(n(U, "2.1", Q))
    cum_p = split(int(prev(U, "2.1", Q)))
    rows = [["区县", "一季度", "二季度", "1-6月累计", "参训机构数"]]
    for d, a, b in zip(DISTRICTS, cum_p, cum_q):
        rows.append([d, a, b - a, b, 1 + b // 60])
    rows.append(["合计", sum(cum_p), sum(cum_q) - sum(cum_p), sum(cum_q), sum(1 + b // 60 for b in cum_q)])
    top = s.table(rows, widths=[14, 12, 12, 14, 12])
    last = top + len(rows) - 1
    for c in "BCE":  # the 累计 total is typed over, checked against the district ledger
        s.ws[f"{c}{last}"] = f"=SUM({c}{top + 1}:{c}{last - 1})"
    s.line("注：数据来源于各区县商务主管部门报送的家政培训台账。", 5)
    s.save(path)
    s3 = Sheet(s.wb, "报送说明")
    s3.cells([f"截至6月30日，全市累计培训家政从业人员{n(U, '2.1', Q)}人次。"])
    s.wb.save(str(path))
    return Truth({"2.1": fig(U, "2.1", Q)})


@ret("ai09", "市商务局", "2024Q4", "report-prose-only", "doc", batch=31)
def sw_q4(path):
    U, Q = "市商务局", "2024Q4"
    w = Word()
    w.title("市商务局2024年度家政从业人员培训\n工作情况汇报")
    w.para()
    w.body("按照市政府为妇女儿童办实事工作部署，我局会同人社、妇联等部门，扎实推进家政服务业提质扩容。"
           "现将全年工作情况汇报如下：")
    w.heading("一、培训完成情况")
    w.body(f"全年共组织家政从业人员技能培训{cn(n(U, '2.1', Q))}人次（其中四季度{q(U, '2.1', Q)}人次），"
           "涉及母婴护理、养老照护、整理收纳等12个工种，培训合格率96.2%。")
    w.heading("二、主要做法")
    w.body("一是推动家政企业员工制转型；二是开展“家政进社区”活动46场；三是建立家政服务信用档案。")
    w.heading("三、下步打算")
    w.body("2025年将继续开展家政从业人员“应训尽训”，推动家政服务品牌化发展。")
    sign_off(w, "淄博市商务局", "二〇二四年十二月二十六日")
    w.save(path)
    return Truth({"2.1": fig(U, "2.1", Q)})


# ================================================================ 市卫生健康委

@ret("ai10", "市卫生健康委", "2024Q2", "bare-table-text-columns", "docx", batch=31)
def wj_q2(path):
    U, Q = "市卫生健康委", "2024Q2"
    w = Word(landscape=True)
    w.title("市卫生健康委2024年上半年为全市妇女儿童办实事进展情况表", size=18)
    w.para("报送单位：淄博市卫生健康委员会（妇幼健康科）　　　　　　　　统计截至：2024年6月30日", size=12)
    t3 = (f"全市35—64岁适龄妇女“两癌”筛查率{fig(U, '3.1', Q):g}%；符合条件的患病妇女救助覆盖率100%；"
          "适龄女孩HPV疫苗首针接种工作5月份启动。")
    t7 = (f"已培育市级婴幼儿照护服务示范区县{n(U, '7.1', Q)}个（张店区），认定市级示范托育机构"
          f"{n(U, '7.2', Q)}家。")
    t8 = f"卫生健康系统开展心理健康科普知识宣传{n(U, '8.1', Q)}场，精神卫生机构进校园32次。"
    rows = [["项目名称", "工作进展情况", "存在问题", "下一步打算"],
            ["实施适龄妇女“两癌”免费检查和救助行动", t3, "部分区县筛查进度偏慢。", "加强调度，三季度末筛查率达到70%。"],
            ["实施普惠托育服务提质行动", t7, "示范托育机构申报数量不足。", "9月份集中开展第二批评估认定。"],
            ["实施“阳光成长”青少年身心健康护航行动", t8, "无", "继续推进心理健康服务进校园。"]]
    w.table(rows, widths=[5.5, 11, 5, 5])
    w.para("填表人：高敏　　审核人：魏建国　　联系电话：3181127", size=12)
    w.save(path)
    vals = {i: fig(U, i, Q) for i in ("3.1", "3.2", "7.1", "7.2", "8.1")}
    texts = {"3": {"progress": t3, "problems": "部分区县筛查进度偏慢。", "plans": "加强调度，三季度末筛查率达到70%。"},
             "7": {"progress": t7, "problems": "示范托育机构申报数量不足。", "plans": "9月份集中开展第二批评估认定。"},
             "8": {"progress": t8, "problems": "无", "plans": "继续推进心理健康服务进校园。"}}
    return Truth(vals, texts)


@ret("ai11", "市卫生健康委", "2024Q4", "workbook-formulas-district-screening", "xlsx", batch=31)
def wj_q4(path):
    U, Q = "市卫生健康委", "2024Q4"
    s = Sheet(title="汇总")
    s.line("淄博市卫生健康委2024年为全市妇女儿童办实事完成情况（1-12月）", 6, size=14, bold=True, align="center")
    s.cells(["填报单位：市卫生健康委", "", "", "", "报送日期：2024.12.30"])
    rows = [["序号", "指标", "单位", "年度目标", "1-12月累计", "完成率"],
            [1, "35—64岁适龄妇女“两癌”筛查率", "%", 90, fig(U, "3.1", Q), None],
            [2, "“两癌”患病妇女救助覆盖率", "%", 100, 100, None],
            [3, "市级婴幼儿照护服务示范区县", "个", 5, n(U, "7.1", Q), None],
            [4, "市级示范托育机构", "家", 10, n(U, "7.2", Q), None],
            [5, "心理健康科普知识宣传（卫健系统）", "场", "—", n(U, "8.1", Q), "—"]]
    top = s.table(rows, widths=[6, 34, 7, 10, 12, 10])
    for r in range(top + 1, top + 5):
        s.ws.cell(r, 6, f"=E{r}/D{r}").number_format = "0.0%"
    s.line("注：筛查率=已筛查人数/适龄妇女应筛查人数，分区县数据见“两癌筛查”表。", 6)
    s2 = Sheet(s.wb, "两癌筛查")
    s2.line("各区县适龄妇女“两癌”筛查情况", 4, size=13, bold=True, align="center")
    targets = [9200, 7600, 4700, 5000, 6800, 5300, 3600, 5200, 3900, 2700, 1500]
    done = [round(t * fig(U, "3.1", Q) / 100) for t in targets]
    rows2 = [["区县", "应筛查人数", "已筛查人数", "筛查率"]]
    rows2 += [[d, t, x, None] for d, t, x in zip(DISTRICTS, targets, done)]
    rows2.append(["全市", sum(targets), sum(done), None])
    top2 = s2.table(rows2, widths=[14, 14, 14, 12])
    for r in range(top2 + 1, top2 + len(rows2)):
        s2.ws.cell(r, 4, f"=C{r}/B{r}").number_format = "0.0%"
    s.save(path)
    return Truth({i: fig(U, i, Q) for i in ("3.1", "3.2", "7.1", "7.2", "8.1")})


# ================================================================ 团市委

@ret("ai12", "团市委", "2024Q1", "wps-notice-prose", "doc", batch=31)
def tw_q1(path):
    U, Q = "团市委", "2024Q1"
    w = Word()
    w.title("共青团淄博市委员会\n2024年第一季度为妇女儿童办实事工作情况")
    w.para()
    w.body("一季度，团市委围绕新型婚育文化培育和特殊困难儿童关爱两项任务，重点开展以下工作：")
    w.body(f"1.打造“青春有约”青年交友品牌。3月份在周村古商城举办单身青年联谊活动{cn(n(U, '5.1', Q))}场，"
           "参与青年126人，现场互选成功23对。")
    w.body("2.推进“希望小屋”儿童关爱项目。新建“希望小屋”18间，累计建成412间。")
    w.body("3.下步计划。二季度将联合市妇联在“5·20”前后举办集体联谊活动。")
    sign_off(w, "共青团淄博市委员会", "2024年4月1日")
    w.save(path)
    return Truth({"5.1": fig(U, "5.1", Q)})


@ret("ai13", "团市委", "2024Q3", "bare-table-text-columns", "pdf-text", batch=31)
def tw_q3(path):
    U, Q = "团市委", "2024Q3"
    w = Word(landscape=True)
    w.title(T, size=18)
    w.para("填报单位：团市委　　　　　　　　　　　　　　　　　　　　　　　　　　　时间：2024年第三季度", size=12)
    t5 = f"截至9月底，累计举办“青春有约”单身青年联谊活动{n(U, '5.1', Q)}场，参与青年570余人。"
    t10 = "新建“希望小屋”36间，累计建成430间，每间均落实结对志愿者。"
    rows = [["序号", "项目名称", "进展情况", "存在问题", "下步打算"],
            ["五", "实施新型婚育文化培育行动", t5, "男女青年报名比例不均衡。", "联合驻淄高校、园区企业举办专场。"],
            ["十", "实施特殊困难儿童关爱项目", t10, "无", "开展“希望小屋”回访。"]]
    w.table(rows, widths=[1.5, 5, 10, 5, 5])
    w.para()
    w.para("共青团淄博市委员会", align="right")
    w.para("2024年10月9日", align="right")
    w.save(path)
    return Truth({"5.1": fig(U, "5.1", Q)},
                 {"5": {"progress": t5, "problems": "男女青年报名比例不均衡。",
                        "plans": "联合驻淄高校、园区企业举办专场。"},
                  "10": {"progress": t10, "problems": "无", "plans": "开展“希望小屋”回访。"}})


# ================================================================ 市医保局

@ret("ai14", "市医保局", "2024Q2", "report-prose-only", "pdf-text", batch=31)
def yb_q2(path):
    w = Word()
    w.header("淄博市医疗保障局")
    w.title("关于提高职工生育医疗费报销标准\n落实情况的报告（二季度）")
    w.para()
    w.para("市妇儿工委办公室：")
    w.body("我局自2024年1月1日起执行职工医保住院分娩医疗费用新政策。二季度，全市职工医保参保人员"
           "（含灵活就业人员）住院分娩2,317人次，政策范围内医疗费用报销比例达到百分之百，"
           "医保基金支付2,896万元。同时，将产前检查费用纳入门诊统筹支付范围。")
    w.body("下一步，我们将持续做好政策宣传，推动生育津贴“免申即享”。")
    sign_off(w, "淄博市医疗保障局", "2024年7月5日")
    w.save(path)
    return Truth({"5.2": 100})


@ret("ai15", "市医保局", "2024Q4", "single-row-workbook", "xlsx", batch=31)
def yb_q4(path):
    s = Sheet(title="Sheet1")
    s.line("为全市妇女儿童办实事进展情况表（四季度）", 6, size=14, bold=True, align="center")
    s.cells(["单位：淄博市医疗保障局"])
    s.table([["项目", "指标", "目标", "完成值", "全年住院分娩人次", "进展情况"],
             ["实施新型婚育文化培育行动", "职工医保住院分娩政策范围内医疗费用报销比例", "100%", "100%", 4632,
              "全年政策范围内报销比例稳定达到100%，基金支付5,781万元。"]],
            widths=[20, 28, 8, 8, 14, 40])
    s.cells(["填报人：周静", "", "", "日期：2024年12月27日"])
    s.save(path)
    return Truth({"5.2": 100})


# ================================================================ 市交通运输局

@ret("ai16", "市交通运输局", "2024Q1", "letter-with-route-table", "docx", batch=31)
def jt_q1(path):
    U, Q = "市交通运输局", "2024Q1"
    w = Word()
    w.title("市交通运输局一季度“定制公交”助学专线\n开通情况")
    w.para()
    w.body(f"今年以来，我局指导市公交集团对接学校通学需求，截至3月31日已开通“定制公交”助学专线"
           f"{cn(n(U, '6.2', Q))}条，日均服务学生约180人次。具体线路如下：")
    w.table([["线路名称", "起讫点", "服务学校", "开通时间"],
             ["助学专线1号", "华光路公交枢纽—淄博实验中学", "淄博实验中学", "2024年3月4日"]],
            widths=[3.5, 6, 4, 3])
    w.body("其余3条线路正在线路勘察和学生需求摸排中，计划二季度开通。")
    sign_off(w, "淄博市交通运输局", "2024年3月29日", blank=1)
    w.save(path)
    return Truth({"6.2": fig(U, "6.2", Q)})


@ret("ai17", "市交通运输局", "2024Q3", "route-ledger-workbook", "xlsx", batch=31)
def jt_q3(path):
    U, Q = "市交通运输局", "2024Q3"
    s = Sheet(title="助学专线台账")
    s.line("“定制公交”助学专线工作台账", 6, size=14, bold=True, align="center")
    s.cells(["统计期：2024年1-9月", "", "", "", "填报单位：市交通运输局"])
    routes = [["1", "助学专线1号", "华光路公交枢纽—淄博实验中学", "2024-03-04", 42, "运营中"],
              ["2", "助学专线2号", "淄川区般阳路—淄川中学", "2024-04-15", 35, "运营中"],
              ["3", "助学专线3号", "临淄区晏婴路—临淄中学", "2024-05-06", 38, "运营中"],
              ["4", "助学专线4号", "周村区丝绸路—周村区实验中学", "2024-09-02", 29, "运营中"]]
    s.table([["序号", "线路", "起讫点", "开通日期", "日均客流（人次）", "状态"]] + routes,
            widths=[6, 14, 34, 12, 16, 10])
    s.cells(["", f"累计开通：{n(U, '6.2', Q)}条", "", "年度目标：4条"])
    s.save(path)
    return Truth({"6.2": fig(U, "6.2", Q)})


# ================================================================ 市总工会

@ret("ai18", "市总工会", "2024Q3", "report-with-class-table", "docx", batch=31)
def zgh_q3(path):
    U, Q = "市总工会", "2024Q3"
    w = Word()
    w.title("淄博市总工会关于2024年暑期职工子女\n托管服务工作情况的报告")
    w.para()
    w.para("市妇儿工委办公室：")
    w.body(f"今年暑期，市总工会联合教育、团委等部门，依托职工之家、企业及社区开办暑期职工子女托管班。"
           f"截至9月底，全年累计开展寒暑假职工子女托管班{n(U, '7.3', Q)}个班次（其中寒假{n(U, '7.3', '2024Q1')}个），"
           "服务职工子女2,480余人。")
    w.body("各区县开班情况如下：")
    parts = split(n(U, "7.3", Q), (9, 7, 5, 5, 6, 5, 3, 4, 4, 2, 2))
    w.table([["区县"] + list(DISTRICTS[:6]), ["班次"] + [str(x) for x in parts[:6]],
             ["区县"] + list(DISTRICTS[6:]) + ["合计"], ["班次"] + [str(x) for x in parts[6:]] + [str(sum(parts))]],
            header_rows=0, size=10, widths=[1.8] + [2.3] * 6)
    sign_off(w, "淄博市总工会", "2024年9月27日")
    w.save(path)
    return Truth({"7.3": fig(U, "7.3", Q)})


@ret("ai19", "市总工会", "2024Q4", "printed-workbook-half-year-columns", "pdf-text", batch=31, made_from="xlsx")
def zgh_q4(path):
    U, Q = "市总工会", "2024Q4"
    s = Sheet(title="托管班")
    s.line("2024年寒暑假职工子女托管班开展情况统计表", 7, size=15, bold=True, align="center", height=26)
    s.line("报送单位：淄博市总工会（女职工部）　　　　截止时间：2024年12月31日", 7)
    win, summ = n(U, "7.3", "2024Q1"), n(U, "7.3", "2024Q3") - n(U, "7.3", "2024Q1")
    late = n(U, "7.3", Q) - n(U, "7.3", "2024Q3")
    rows = [["项目", "寒假班次", "暑假班次", "秋季周末班次", "全年合计", "年度目标", "服务人数"],
            ["职工子女托管班", win, summ, late, n(U, "7.3", Q), 50, 2890]]
    s.table(rows, widths=[18, 11, 11, 13, 11, 11, 11])
    s.line("备注：秋季周末班次为企业自办，经审核计入全年合计。", 7)
    fit(s, {1: 26})
    s.save(path)
    return Truth({"7.3": fig(U, "7.3", Q)})


# ================================================================ 市公安局

@ret("ai20", "市公安局", "2024Q2", "wps-letter-prose", "doc", batch=31)
def ga_q2(path):
    w = Word()
    w.para("淄博市公安局", font=HEI, size=16, align="center")
    w.title("关于“护校安园”专项行动二季度开展情况的报告", size=20)
    w.para()
    w.para("市妇儿工委办公室：")
    w.body("二季度，全市公安机关持续深化“护校安园”专项行动，在1,386所中小学幼儿园落实“高峰勤务”"
           "“护学岗”机制，开展校园周边治安清查行动62次。经联合教育部门检查，全市中小学幼儿园"
           "专职保安员配备、封闭化管理、一键式紧急报警和视频监控系统联网、“护学岗”设置"
           "“4个100%”达标率为100%。")
    w.body("下步，我局将结合暑期安全工作，加强对校外培训机构、托育机构周边的巡防。")
    sign_off(w, "淄博市公安局", "2024年6月28日")
    w.save(path)
    return Truth({"8.2": 100})


# ================================================================ 市法院 / 市检察院

@ret("ai21", "市法院", "2024Q3", "report-prose-only", "docx", batch=31)
def fy_q3(path):
    U, Q = "市法院", "2024Q3"
    w = Word()
    w.title("淄博市中级人民法院\n关于加强未成年人综合司法保护工作情况的报告")
    w.para()
    w.body("按照市政府为全市妇女儿童办实事项目分工，我院牵头推进家事案件调解联盟建设，现将"
           "1—9月工作情况报告如下：")
    w.heading("一、家事案件调解联盟建设")
    w.body("联合市妇联、市民政局等8家单位建立家事案件调解联盟，全市两级法院设立家事调解工作室12个，"
           "1—9月诉前化解婚姻家庭纠纷1,047件。")
    w.heading("二、法治宣传")
    w.body(f"开展“法官进校园”心理健康与法治教育宣讲{n(U, '8.1', Q)}场，覆盖师生2.1万人。")
    sign_off(w, "淄博市中级人民法院", "2024年9月29日")
    w.save(path)
    return Truth({"8.1": fig(U, "8.1", Q)})


@ret("ai22", "市检察院", "2024Q4", "year-summary-with-table", "doc", batch=31)
def jc_q4(path):
    U, Q = "市检察院", "2024Q4"
    w = Word()
    w.title("淄博市人民检察院2024年度未成年人\n综合司法保护工作开展情况")
    w.para()
    w.body("2024年，市检察院深入落实“阳光成长”青少年身心健康护航行动，主要工作如下。")
    w.table([["工作内容", "一季度", "二季度", "三季度", "四季度", "全年合计"],
             ["法治副校长进校园宣讲（场）", "7", "8", "9", "9", str(n(U, "8.1", Q))],
             ["督促监护令发出（份）", "21", "26", "19", "23", "89"],
             ["未成年人司法救助（人）", "6", "4", "9", "7", "26"]],
            widths=[5.5, 2, 2, 2, 2, 2.5])
    w.body("存在的问题：部分学校心理健康教育与法治教育衔接不够紧密。")
    sign_off(w, "淄博市人民检察院", "2024年12月30日")
    w.save(path)
    return Truth({"8.1": fig(U, "8.1", Q)})


# ================================================================ 市文化和旅游局

@ret("ai23", "市文化和旅游局", "2024Q1", "system-export-indicator-codes", "xlsx", batch=31)
def wl_q1(path):
    U, Q = "市文化和旅游局", "2024Q1"
    s = Sheet(title="指标数据")
    rows = [["序号", "统计期", "指标编码", "指标名称", "计量单位", "本期值", "累计值", "备注"],
            [1, "2024年1季度", "SS09-01", "戏曲进校园演出及课程辅导", "场", q(U, "9.1", Q), n(U, "9.1", Q),
             "含五音戏专场16场"]]
    s.table(rows, widths=[6, 14, 12, 30, 9, 9, 9, 20])
    s.skip()
    s.cells(["填报单位", "淄博市文化和旅游局"])
    s.cells(["填报人", "韩冰", "", "联系电话", "3113586"])
    d = Sheet(s.wb, "明细")
    d.table([["日期", "剧种/形式", "学校", "区县"],
             ["2024-03-06", "五音戏", "张店区铁山小学", "张店区"],
             ["2024-03-12", "京剧", "淄川区实验小学", "淄川区"],
             ["2024-03-20", "戏曲课程辅导", "博山区第一中学", "博山区"],
             ["……", "", "", ""]], widths=[14, 16, 24, 12])
    instructions(s.wb, ["填报说明", "本期值：统计期内新增场次；累计值：年初至统计期末累计场次。",
                        "指标编码由市妇儿工委办公室统一制定，请勿改动。"])
    s.save(path)
    return Truth({"9.1": fig(U, "9.1", Q)})


@ret("ai24", "市文化和旅游局", "2024Q4", "wide-workbook-quarter-cumulative-lastyear", "pdf-text",
     batch=31, made_from="xlsx")
def wl_q4(path):
    U, Q = "市文化和旅游局", "2024Q4"
    s = Sheet(title="戏曲进校园")
    s.line("2024年“戏曲进校园”活动开展情况表", 10, size=15, bold=True, align="center", height=26)
    s.cells(["填报单位：市文化和旅游局", "", "", "", "", "", "统计截止：2024年12月31日"])
    quarters = [n(U, "9.1", p) - prev(U, "9.1", p) for p in ("2024Q1", "2024Q2", "2024Q3", "2024Q4")]
    rows = [["指标", "年度目标", "一季度", "二季度", "三季度", "四季度", "全年累计", "2023年", "增减", "完成率"],
            ["戏曲进校园演出及课程辅导（场）", 200] + quarters + [n(U, "9.1", Q), 171, None, None]]
    top = s.table(rows, widths=[34, 9, 8, 8, 8, 8, 9, 8, 8, 9])
    r = top + 1
    s.ws.cell(r, 9, f"=G{r}-H{r}")
    s.ws.cell(r, 10, f"=G{r}/B{r}").number_format = "0.0%"
    s.line("说明：全年完成196场，较目标少4场，系12月下旬4场演出因流感停课顺延至2025年1月。", 10, height=30)
    fit(s, {1: 26, top + 1: 32})
    s.save(path)
    return Truth({"9.1": fig(U, "9.1", Q)})


# ================================================================ 市科协

@ret("ai25", "市科协", "2024Q2", "monthly-ledger-workbook", "xlsx", batch=31)
def kx_q2(path):
    U, Q = "市科协", "2024Q2"
    s = Sheet(title="科普活动台账")
    s.line("市科协2024年科普大篷车巡展和“蒲公英”科普大讲堂月度台账", 8, size=14, bold=True, align="center")
    s.cells(["填报单位：淄博市科学技术协会", "", "", "", "", "截至：2024年6月30日"])
    b1, b2 = n(U, "9.2", "2024Q1"), n(U, "9.2", Q)
    c1, c2 = n(U, "9.3", "2024Q1"), n(U, "9.3", Q)
    bm = [1, 2, b1 - 3, 3, 2, b2 - b1 - 5]
    cm = [2, 2, c1 - 4, 3, 4, c2 - c1 - 7]
    rows = [["项目", "1月", "2月", "3月", "4月", "5月", "6月", "1-6月累计"],
            ["科普大篷车巡展（场）"] + bm + [b2],
            ["“蒲公英”科普大讲堂（场）"] + cm + [c2]]
    s.table(rows, widths=[28, 7, 7, 7, 7, 7, 7, 12])
    s.line("年度目标：大篷车巡展30场，科普大讲堂40场。", 8)
    s.save(path)
    return Truth({"9.2": fig(U, "9.2", Q), "9.3": fig(U, "9.3", Q)})


@ret("ai26", "市科协", "2024Q4", "report-with-attachment", "docx", batch=31)
def kx_q4(path):
    U, Q = "市科协", "2024Q4"
    w = Word()
    w.title("淄博市科学技术协会\n2024年度“润童心”儿童素养提升工程\n科普项目完成情况报告")
    w.para()
    w.para("市妇儿工委办公室：")
    w.body(f"2024年，市科协全年开展科普大篷车巡展{n(U, '9.2', Q)}场，深入沂源、高青等偏远乡镇学校；"
           f"举办青少年“蒲公英”科普大讲堂{n(U, '9.3', Q)}场，受益青少年3.6万人次。"
           "科普大讲堂较年度目标少2场，已纳入2025年首批计划。")
    sign_off(w, "淄博市科学技术协会", "2024年12月27日")
    attachment_head(w, "市科协2024年为全市妇女儿童办实事项目完成情况表")
    w.table([["项目", "年度目标", "全年完成", "其中：四季度", "完成情况"],
             ["科普大篷车巡展", "30场", f"{n(U, '9.2', Q)}场", f"{q(U, '9.2', Q)}场", "超额完成"],
             ["青少年“蒲公英”科普大讲堂", "40场", f"{n(U, '9.3', Q)}场", f"{q(U, '9.3', Q)}场", "完成95%"]],
            widths=[7, 4, 4, 4, 5])
    w.save(path)
    return Truth({"9.2": fig(U, "9.2", Q), "9.3": fig(U, "9.3", Q)})


# ================================================================ 市民政局

@ret("ai27", "市民政局", "2024Q1", "report-prose-only", "pdf-text", batch=31)
def mz_q1(path):
    w = Word()
    w.title("市民政局2024年第一季度孤困儿童\n就学资助工作进展情况")
    w.para()
    w.body("一季度，我局对全市孤儿、事实无人抚养儿童、重点困境儿童开展春季学期就学情况摸底，"
           "共核实在校孤困儿童298名，全部纳入“福彩圆梦·孤儿助学工程”和“慈善助学”资助范围，"
           "享受民政保障的孤困儿童就学资助实现全覆盖。")
    w.body("同时，“爱心妈妈”结对帮扶新增结对37对。")
    w.para()
    w.para("淄博市民政局儿童福利科", align="right")
    w.para("2024年4月2日", align="right")
    w.save(path)
    return Truth({"10.1": 100})


@ret("ai28", "市民政局", "2024Q3", "bare-attachment-table", "doc", batch=31)
def mz_q3(path):
    w = Word(landscape=True)
    w.para("附件", font=HEI, size=16)
    w.title("为全市妇女儿童办实事工作进展情况表", size=18)
    w.para("单位：淄博市民政局　　　　　　　　　　　　　　　　　　　　　　　　　　2024年1—9月", size=12)
    w.table([["项目", "指标", "目标", "完成", "进展情况"],
             ["实施特殊困难儿童关爱项目", "享受民政保障的孤困儿童就学资助覆盖率", "100%", "100%",
              "秋季学期资助对象审核完毕，累计资助孤困儿童512名，发放助学金153.6万元。"]],
            widths=[5, 6, 2.5, 2.5, 10])
    w.save(path)
    return Truth({"10.1": 100})


# ================================================================ 市残联

@ret("ai29", "市残联", "2024Q2", "district-rows-total", "xlsx", batch=31)
def cl_q2(path):
    U, Q = "市残联", "2024Q2"
    s = Sheet(title="康复救助")
    s.line("2024年残疾儿童康复救助情况统计表（截至6月底）", 6, size=14, bold=True, align="center")
    s.cells(["填报单位：淄博市残疾人联合会（康复部）"])
    tot = split(n(U, "10.2", Q), (17, 12, 8, 8, 12, 9, 7, 10, 7, 6, 4))
    rows = [["区县", "视力", "听力言语", "肢体", "智力及孤独症", "小计"]]
    for d, t in zip(DISTRICTS, tot):
        a = t // 10
        b = t // 6
        c = t // 3
        rows.append([d, a, b, c, t - a - b - c, t])
    rows.append(["合计"] + [sum(r[k] for r in rows[1:]) for k in range(1, 6)])
    s.table(rows, widths=[14, 9, 11, 9, 14, 10])
    s.line("年度目标：约2000名。", 6)
    s.save(path)
    return Truth({"10.2": fig(U, "10.2", Q)})


@ret("ai30", "市残联", "2024Q4", "report-with-seal-picture", "docx", batch=31)
def cl_q4(path):
    U, Q = "市残联", "2024Q4"
    w = Word()
    w.title("淄博市残疾人联合会\n关于2024年残疾儿童康复救助项目\n完成情况的报告")
    w.para()
    w.para("市妇儿工委办公室：")
    w.body(f"2024年，我会会同卫健、教育、民政等部门全面落实残疾儿童康复救助制度，全年为"
           f"{comma(n(U, '10.2', Q))}名符合条件且有康复需求的残疾儿童实施康复救助，完成年度目标的98.2%，"
           "发放救助资金3,960万元，定点康复机构达到38家。")
    w.body("未完成部分主要是部分申请儿童年底前未完成评估，已纳入2025年一季度救助。")
    w.para()
    w.picture(seal_png("淄博市残疾人联合会", seed=7), width_cm=4.0)
    w.para("2024年12月28日", align="right")
    w.save(path)
    return Truth({"10.2": fig(U, "10.2", Q)}, seal_picture=True)


WORDING.update({
    "ai01": (("title", "sign-off"), "一季度"),
    "ai02": (("table-cell", "fill-line"), "统计期2024-09"),
    "ai03": (("title", "sign-off"), "上半年"),
    "ai04": (("fill-line",), "第四季度"),
    "ai05": (("fill-line",), "第一季度"),
    "ai06": (("header", "title", "sign-off"), "前三季度"),
    "ai07": (("fill-line", "seal"), "全年"),
    "ai08": (("fill-line",), "1-6月"),
    "ai09": (("title", "sign-off"), "年度"),
    "ai10": (("title", "fill-line"), "上半年"),
    "ai11": (("title", "fill-line"), "1-12月"),
    "ai12": (("title", "sign-off"), "第一季度"),
    "ai13": (("fill-line", "sign-off"), "第三季度"),
    "ai14": (("header", "sign-off"), "二季度"),
    "ai15": (("fill-line",), "四季度"),
    "ai16": (("title", "sign-off"), "一季度"),
    "ai17": (("fill-line",), "1-9月"),
    "ai18": (("title", "sign-off"), "截至9月底"),
    "ai19": (("fill-line",), "截止时间2024年12月31日"),
    "ai20": (("title", "sign-off"), "二季度"),
    "ai21": (("title", "sign-off"), "1—9月"),
    "ai22": (("title", "sign-off"), "年度"),
    "ai23": (("fill-line",), "2024年1季度"),
    "ai24": (("fill-line",), "统计截止2024年12月31日"),
    "ai25": (("fill-line",), "截至2024年6月30日"),
    "ai26": (("title", "sign-off"), "年度"),
    "ai27": (("title", "sign-off"), "第一季度"),
    "ai28": (("fill-line",), "1—9月"),
    "ai29": (("fill-line",), "截至6月底"),
    "ai30": (("title", "seal"), "年度"),
})
