"""Batch 22: native returns (Word, .doc, Excel, text PDF) from offices nobody has seen, written by
a new author in session 3 without reading app/, parsers/ or any other batch. Please do not
read this file while changing app/extraction/."""
from __future__ import annotations

B = 22

from samples.holdout.corpus import QNAME, Truth, attachment_head, ret, sign_off
from samples.holdout.docxkit import HEI, Word
from samples.holdout.ledger_j import L, fig, n
from samples.holdout.numerals import cn, comma, full, pct
from samples.holdout.seal import seal_png
from samples.holdout.wording import WORDING
from samples.holdout.xlkit import Sheet

FULL = {"市教育局": "淄博市教育局", "市人力资源社会保障局": "淄博市人力资源和社会保障局",
        "市妇联": "淄博市妇女联合会", "市商务局": "淄博市商务局", "市卫生健康委": "淄博市卫生健康委员会",
        "团市委": "共青团淄博市委员会", "市医保局": "淄博市医疗保障局", "市交通运输局": "淄博市交通运输局",
        "市总工会": "淄博市总工会", "市公安局": "淄博市公安局", "市法院": "淄博市中级人民法院",
        "市检察院": "淄博市人民检察院", "市文化和旅游局": "淄博市文化和旅游局", "市科协": "淄博市科学技术协会",
        "市民政局": "淄博市民政局", "市残联": "淄博市残疾人联合会"}
PROJ = {1: "实施教育资源扩增优化工程", 2: "实施巾帼促就业计划", 3: "实施适龄妇女“两癌”免费检查和救助行动",
        4: "实施家庭教育指导服务行动", 5: "实施新型婚育文化培育行动", 6: "实施儿童友好城市建设促进行动",
        7: "实施普惠托育服务提质行动", 8: "实施“阳光成长”青少年身心健康护航行动",
        9: "实施“润童心”儿童素养提升工程", 10: "实施特殊困难儿童关爱项目"}
IND = {"1.1": ("新改扩建中小学", "所", "4所"), "1.2": ("新改扩建幼儿园", "所", "10所"),
       "1.3": ("打造智慧教育应用场景", "个", "10个"), "2.1": ("培训家政从业人员", "人次", "5000人次以上"),
       "2.2": ("举办女性就业专场招聘活动", "场", "——"), "3.1": ("适龄妇女“两癌”筛查率", "%", "90%以上"),
       "3.2": ("“两癌”患病妇女救助覆盖率", "%", "100%"), "4.1": ("家庭教育巡讲", "场", "1000场以上"),
       "4.2": ("培训家庭教育骨干", "人", "550人以上"), "5.1": ("单身青年联谊活动", "场", "10场以上"),
       "5.2": ("住院分娩医疗费用报销比例", "%", "100%"), "6.1": ("儿童友好共建联盟", "个", "8个"),
       "6.2": ("“定制公交”助学专线", "条", "4条"), "7.1": ("市级婴幼儿照护服务示范区县", "个", "5个左右"),
       "7.2": ("市级示范托育机构", "家", "10家以上"), "7.3": ("寒暑假职工子女托管班", "个班次", "50个班次以上"),
       "8.1": ("心理健康科普知识宣传", "场", "200场"), "8.2": ("安全防范建设“4个100%”达标率", "%", "100%"),
       "9.1": ("戏曲进校园演出及课程辅导", "场", "200场"), "9.2": ("科普大篷车巡展", "场", "30场"),
       "9.3": ("青少年“蒲公英”科普大讲堂", "场", "40场"), "10.1": ("孤困儿童就学资助覆盖率", "%", "100%"),
       "10.2": ("残疾儿童康复救助", "名", "约2000名")}
PCT = {"3.1", "3.2", "5.2", "8.2", "10.1"}
QI = {"2024Q1": 0, "2024Q2": 1, "2024Q3": 2, "2024Q4": 3}
END = {"2024Q1": "3月31日", "2024Q2": "6月30日", "2024Q3": "9月30日", "2024Q4": "12月31日"}
MON = {"2024Q1": 3, "2024Q2": 6, "2024Q3": 9, "2024Q4": 12}
DATE = {"2024Q1": "2024年4月3日", "2024Q2": "2024年7月4日", "2024Q3": "2024年10月8日", "2024Q4": "2025年1月6日"}


def inds(unit):
    return list(L[unit])


def w_(unit, ind, p):
    """the figure as written: 46.3% or 1,200 style left to the caller"""
    return pct(fig(unit, ind, p)) if ind in PCT else str(n(unit, ind, p))


def unit_of(ind):
    return IND[ind][1]


def prev(p):
    return ("2024Q1", "2024Q1", "2024Q2", "2024Q3")[QI[p]]


def quarter_only(unit, ind, p):
    if QI[p] == 0:
        return n(unit, ind, p)
    return n(unit, ind, p) - n(unit, ind, prev(p))


def truth_all(unit, p, only=None):
    return {i: fig(unit, i, p) for i in (only or inds(unit))}


def proj(ind):
    return int(ind.split(".")[0])


def sentence(unit, ind, p, style=0):
    name, meas, target = IND[ind]
    v = fig(unit, ind, p)
    if ind in PCT:
        s = [f"{name}达到{pct(v)}", f"{name}{pct(v)}（目标{target}）", f"{name}已达{pct(v)}"][style % 3]
    else:
        q = quarter_only(unit, ind, p)
        s = [f"累计完成{name}{n(unit, ind, p)}{meas}，其中本季度{q}{meas}",
             f"{name}全年目标{target}，截至{END[p]}已完成{n(unit, ind, p)}{meas}",
             f"本季度新增{name}{q}{meas}，年度累计达到{n(unit, ind, p)}{meas}"][style % 3]
    return s


# =========================================================== generic shapes, varied per office
def report_docx(out, unit, p, *, title, lead, seal=False, table=False, header=None, stem_style=0,
                extra=(), fw=False):
    w = Word()
    if header:
        w.header(header)
    w.title(title)
    w.para()
    w.para("市妇儿工委办公室：", indent=False)
    w.body(lead)
    groups = {}
    for i in inds(unit):
        groups.setdefault(proj(i), []).append(i)
    heads = "一二三四五六七八九十"
    for k, (pj, ii) in enumerate(groups.items()):
        w.heading(f"{heads[k]}、{PROJ[pj]}")
        txt = "；".join(sentence(unit, i, p, stem_style + k) for i in ii)
        txt = txt + "。" + (extra[k % len(extra)] if extra else "")
        w.body(full(txt) if fw else txt)
    if table:
        attachment_head(w, f"{FULL[unit]}2024年为妇女儿童办实事项目进展情况统计表")
        rows = [["序号", "项目", "指标", "年度目标", "累计完成", "备注"]]
        for k, i in enumerate(inds(unit), 1):
            rows.append([str(k), PROJ[proj(i)], IND[i][0], IND[i][2], w_(unit, i, p), ""])
        w.table(rows, widths=[1.2, 6, 6, 3, 3, 4])
    sign_off(w, FULL[unit], DATE[p])
    if seal:
        w.picture(seal_png(FULL[unit]))
    w.save(out)
    return Truth(values=truth_all(unit, p), seal_picture=seal)


def form_docx(out, unit, p, *, title, fill, cols="a", note="", seal=False, textbox=None):
    w = Word(landscape=True)
    if textbox:
        w.textbox(textbox)
    w.title(title, size=18)
    w.para(fill, size=12)
    texts = {}
    if cols == "a":
        rows = [["项目名称", "具体指标", "目标任务", "本季度完成", "累计完成", "完成进度"]]
        for i in inds(unit):
            t = IND[i][2]
            if i in PCT:
                rows.append([PROJ[proj(i)], IND[i][0], t, "——", pct(fig(unit, i, p)), ""])
            else:
                rows.append([PROJ[proj(i)], IND[i][0], t, str(quarter_only(unit, i, p)),
                             str(n(unit, i, p)) + IND[i][1], "序时推进" if QI[p] < 3 else "已完成"])
        w.table(rows, size=10)
    else:
        rows = [["序号", "项目", "进展情况", "存在问题", "下步打算"]]
        groups = {}
        for i in inds(unit):
            groups.setdefault(proj(i), []).append(i)
        for k, (pj, ii) in enumerate(groups.items(), 1):
            prog = "；".join(sentence(unit, i, p, k) for i in ii) + "。"
            prob = ["部分区县进度偏慢。", "经费保障不足，基层力量薄弱。", "暂无。"][k % 3]
            plan = ["加强调度，确保按期完成年度目标。", "会同各区县督导推进。", "持续抓好落实。"][k % 3]
            rows.append([str(k), PROJ[pj], prog, prob, plan])
            texts[str(pj)] = {"progress": prog, "problems": prob, "plans": plan}
        w.table(rows, size=10, widths=[1.2, 5, 11, 4.5, 4.5])
    if note:
        w.para(note, size=10.5)
    sign_off(w, FULL[unit], DATE[p], blank=1)
    if seal:
        w.picture(seal_png(FULL[unit]))
    w.save(out)
    return Truth(values=truth_all(unit, p), texts=texts, seal_picture=seal)


def rows_xlsx(out, unit, p, *, title, fill, sheet="Sheet1", texts_cols=False, last_q=True,
              height=False):
    s = Sheet(title=sheet)
    ncol = 9 if texts_cols else 7
    s.line(title, ncol, size=16, bold=True, align="center", height=30)
    s.line(fill, ncol)
    head1 = ["序号", "项目名称", "指标", "年度目标", "完成情况", "", ""]
    head2 = ["", "", "", "", "上季度末累计" if last_q else "2023年同期", "本季度新增", "截至本季度末累计"]
    if texts_cols:
        head1 += ["存在问题", "下步打算"]
        head2 += ["", ""]
    rows = [head1, head2]
    merges = [(0, 0, 1, 0), (0, 1, 1, 1), (0, 2, 1, 2), (0, 3, 1, 3), (0, 4, 0, 6)]
    if texts_cols:
        merges += [(0, 7, 1, 7), (0, 8, 1, 8)]
    texts = {}
    r = 2
    groups = {}
    for i in inds(unit):
        groups.setdefault(proj(i), []).append(i)
    for pj, ii in groups.items():
        for k, i in enumerate(ii):
            pv = fig(unit, i, prev(p)) if QI[p] else 0
            if not last_q:
                pv = fig(unit, i, "2024Q4") if i in PCT else int(fig(unit, i, "2024Q4") * 0.17)
            row = [pj if k == 0 else "", PROJ[pj] if k == 0 else "", IND[i][0], IND[i][2]]
            if i in PCT:
                row += [pct(pv) if QI[p] or not last_q else "—", "—", pct(fig(unit, i, p))]
            else:
                row += [int(pv) if QI[p] or not last_q else "—", quarter_only(unit, i, p), n(unit, i, p)]
            if texts_cols:
                row += ["部分区县报送不及时" if k == 0 else "", "加大督导力度" if k == 0 else ""]
            rows.append(row)
        if len(ii) > 1:
            merges += [(r, 0, r + len(ii) - 1, 0), (r, 1, r + len(ii) - 1, 1)]
            if texts_cols:
                merges += [(r, 7, r + len(ii) - 1, 7), (r, 8, r + len(ii) - 1, 8)]
        r += len(ii)
    top = s.table(rows, merges=merges, widths=[6, 22, 26, 14, 12, 12, 14, 20, 20][:ncol], header_rows=2)
    if height:
        for k in range(len(rows)):
            s.ws.row_dimensions[top + k].height = 36
    s.skip()
    s.line("注：累计数为2024年1月1日起至本季度末数据。", ncol)
    s.save(out)
    return Truth(values=truth_all(unit, p), texts=texts)


# =========================================================== the returns
@ret("j01", "市教育局", "2024Q1", "report-prose-with-attached-table", "docx", batch=22)
def j01(out):
    u, p = "市教育局", "2024Q1"
    return report_docx(out, u, p, title="淄博市教育局\n关于2024年第一季度为妇女儿童办实事\n项目推进情况的报告",
                       lead="按照市妇儿工委办公室通知要求，现将我局承担的2024年为妇女儿童办实事项目第一季度进展情况报告如下。",
                       table=True, extra=("2023年全市共完成新改扩建学校9所。",))


@ret("j02", "市人力资源社会保障局", "2024Q2", "xlsx-two-row-header-last-quarter", "xlsx", batch=22)
def j02(out):
    u, p = "市人力资源社会保障局", "2024Q2"
    return rows_xlsx(out, u, p, title="2024年为妇女儿童办实事项目上半年进展情况表",
                     fill="填报单位：市人社局（盖章）      填报人：王晓燕      联系电话：0533-3182206")


@ret("j03", "市妇联", "2024Q3", "xlsx-rows-merged-project-notes", "xlsx", batch=22)
def j03(out):
    u, p = "市妇联", "2024Q3"
    return rows_xlsx(out, u, p, title="市妇联牵头及参与办实事项目推进情况（1—9月）", sheet="妇联",
                     fill="报送时间：2024年10月9日", texts_cols=True)


@ret("j04", "市商务局", "2024Q4", "doc-short-letter", "doc", batch=22)
def j04(out):
    u, p = "市商务局", "2024Q4"
    w = Word()
    w.title("关于2024年度巾帼促就业计划\n完成情况的报告")
    w.para("市妇儿工委办公室：", indent=False)
    w.body("2024年，我局认真落实巾帼促就业计划有关要求，依托全市14家家政服务龙头企业开展家政从业人员培训。"
           f"全年共培训家政从业人员{comma(n(u, '2.1', p))}人次，较2023年的498人次有较大增长，"
           f"发放培训补贴36.2万元；联合人社部门举办女性就业专场招聘活动{cn(n(u, '2.2', p))}场，"
           "提供岗位1260余个。")
    w.body("下一步，我局将继续推动家政服务业提质扩容。联系人：刘敏，电话：0533-2287156。")
    sign_off(w, "淄博市商务局", "2025年1月7日")
    w.save(out)
    return Truth(values=truth_all(u, p))


@ret("j05", "市卫生健康委", "2024Q1", "pdf-form-quarter-and-cumulative", "pdf-text", batch=22)
def j05(out):
    u, p = "市卫生健康委", "2024Q1"
    return form_docx(out, u, p, title="2024年为妇女儿童办实事项目进展情况表（第一季度）",
                     fill="填报单位：市卫生健康委员会          填报日期：2024年4月2日",
                     note="注：“两癌”筛查率以全年任务数为分母计算。")


@ret("j06", "团市委", "2024Q2", "docx-progress-problems-plans-table", "docx", batch=22)
def j06(out):
    u, p = "团市委", "2024Q2"
    return form_docx(out, u, p, title="团市委2024年为妇女儿童办实事项目\n上半年推进情况", cols="b",
                     fill="报送单位：共青团淄博市委员会", seal=True)


@ret("j07", "市医保局", "2024Q3", "xlsx-single-indicator-policy", "xlsx", batch=22)
def j07(out):
    u, p = "市医保局", "2024Q3"
    s = Sheet(title="医保局")
    s.line("为妇女儿童办实事项目进展情况统计表", 6, size=14, bold=True, align="center")
    s.cells(["单位：淄博市医疗保障局", "", "", "", "截至2024年9月30日"])
    s.table([["项目", "指标", "目标", "完成情况", "享受待遇人次", "基金支付（万元）"],
             ["新型婚育文化培育行动", "职工医保住院分娩政策范围内医疗费用报销比例", "100%",
              pct(fig(u, "5.2", p)), 4127, 1486.52]], widths=[22, 34, 10, 12, 14, 16])
    s.save(out)
    return Truth(values={"5.2": fig(u, "5.2", p)})


@ret("j08", "市交通运输局", "2024Q4", "xlsx-printed-route-list", "pdf-text", made_from="xlsx", batch=22)
def j08(out):
    u, p = "市交通运输局", "2024Q4"
    s = Sheet(title="定制公交")
    s.line("淄博市交通运输局2024年“定制公交”助学专线开通情况（全年）", 5, size=14, bold=True, align="center", height=30)
    routes = [["序号", "线路名称", "服务学校", "开通时间", "日均客流（人次）"]]
    names = ["张店东部化工区—实验中学", "淄川区罗村—淄川中学", "周村区—周村区实验中学", "临淄区齐都—临淄中学",
             "高新区—淄博十一中"]
    for k in range(n(u, "6.2", p)):
        routes.append([k + 1, names[k], names[k].split("—")[1], f"2024年{3 + k * 2}月", 180 + 37 * k])
    s.table(routes, widths=[8, 34, 20, 14, 16])
    s.skip()
    s.line(f"全年目标4条，累计开通{n(u, '6.2', p)}条，超额完成。", 5)
    s.save(out)
    return Truth(values={"6.2": fig(u, "6.2", p)})


@ret("j09", "市总工会", "2024Q1", "doc-report-no-table", "doc", batch=22)
def j09(out):
    u, p = "市总工会", "2024Q1"
    w = Word()
    w.title("市总工会一季度普惠托育服务工作情况")
    w.body("一季度，市总工会围绕普惠托育服务提质行动，结合寒假开展职工子女托管服务。"
           f"截至3月底，全市各级工会共开办寒假职工子女托管班{n(u, '7.3', p)}个班次，服务职工子女412人，"
           "投入资金28.6万元。市级婴幼儿照护服务示范区县、示范托育机构创建工作配合市卫生健康委同步推进，"
           "目前正在摸底。")
    sign_off(w, "淄博市总工会", "2024年4月2日")
    w.save(out)
    return Truth(values={"7.3": fig(u, "7.3", p)})


@ret("j10", "市公安局", "2024Q2", "docx-report-seal-header", "docx", batch=22)
def j10(out):
    u, p = "市公安局", "2024Q2"
    return report_docx(out, u, p, title="关于上半年“阳光成长”青少年身心健康护航行动\n进展情况的报告", seal=True,
                       header="淄博市公安局", lead="今年以来，我局会同教育部门深入开展护校安园行动，现将1—6月工作情况报告如下。",
                       stem_style=1, extra=("全市共排查整治校园周边隐患87处。",))


@ret("j11", "市法院", "2024Q3", "doc-report-prose", "doc", batch=22)
def j11(out):
    u, p = "市法院", "2024Q3"
    return report_docx(out, u, p, title="淄博市中级人民法院\n2024年前三季度为妇女儿童办实事工作进展",
                       lead="前三季度，全市法院审结涉未成年人案件312件，现将办实事项目推进情况报告如下。",
                       stem_style=2)


@ret("j12", "市检察院", "2024Q4", "xlsx-ledger-four-quarters", "xlsx", batch=22)
def j12(out):
    u, p = "市检察院", "2024Q4"
    s = Sheet(title="2024年")
    s.line("淄博市人民检察院办实事项目季度台账", 7, size=14, bold=True, align="center")
    rows = [["指标", "年度目标", "一季度末", "二季度末", "三季度末", "四季度末", "备注"]]
    for i in inds(u):
        vals = [pct(fig(u, i, q)) if i in PCT else n(u, i, q) for q in QNAME]
        rows.append([IND[i][0], IND[i][2], *vals, "均为累计数"])
    s.table(rows, widths=[30, 12, 10, 10, 10, 10, 14])
    s.save(out)
    return Truth(values=truth_all(u, p))


@ret("j13", "市文化和旅游局", "2024Q1", "pdf-report-with-table", "pdf-text", batch=22)
def j13(out):
    u, p = "市文化和旅游局", "2024Q1"
    return report_docx(out, u, p, title="市文化和旅游局\n2024年一季度“润童心”儿童素养提升工程\n推进情况",
                       lead="一季度，我局组织全市12个院团开展戏曲进校园活动，有关情况如下。", table=True)


@ret("j14", "市科协", "2024Q2", "xlsx-sheet-per-indicator-districts", "xlsx", batch=22)
def j14(out):
    u, p = "市科协", "2024Q2"
    s0 = Sheet(title="汇总")
    wb = s0.wb
    s0.line("淄博市科协2024年上半年办实事项目汇总表", 4, size=14, bold=True, align="center")
    rows = [["指标", "年度目标", "截至6月底累计", "完成率"]]
    for i in inds(u):
        t = {"9.1": 200, "9.2": 30, "9.3": 40}[i]
        rows.append([IND[i][0], IND[i][2], n(u, i, p), f"{n(u, i, p) / t * 100:.1f}%"])
    s0.table(rows, widths=[30, 14, 16, 12])
    d = Sheet(wb, "大篷车分区县")
    d.line("科普大篷车巡展分区县情况（场）", 3, bold=True)
    dist = ["张店区", "淄川区", "博山区", "周村区", "临淄区", "桓台县", "高青县", "沂源县"]
    tot = n(u, "9.2", p)
    each = [tot // 8 + (1 if k < tot % 8 else 0) for k in range(8)]
    d.table([["区县", "场次", "受众（人次）"]] + [[x, e, 300 + 45 * k] for k, (x, e) in enumerate(zip(dist, each))]
            + [["合计", tot, sum(300 + 45 * k for k in range(8))]], widths=[14, 10, 14])
    s0.save(out)
    return Truth(values=truth_all(u, p))


@ret("j15", "市民政局", "2024Q3", "docx-form-progress-texts", "docx", batch=22)
def j15(out):
    u, p = "市民政局", "2024Q3"
    return form_docx(out, u, p, title="特殊困难儿童关爱项目进展情况", cols="b",
                     fill="填报单位：淄博市民政局    时间：截至2024年9月底")


@ret("j16", "市残联", "2024Q4", "xlsx-printed-districts-total", "pdf-text", made_from="xlsx", batch=22)
def j16(out):
    u, p = "市残联", "2024Q4"
    s = Sheet(title="康复救助")
    s.line("2024年残疾儿童康复救助完成情况统计表", 5, size=14, bold=True, align="center")
    s.cells(["填报单位：淄博市残疾人联合会", "", "", "统计时段：2024年1—12月"])
    dist = ["张店区", "淄川区", "博山区", "周村区", "临淄区", "桓台县", "高青县", "沂源县", "高新区", "经济开发区", "文昌湖区"]
    tot = n(u, "10.2", p)
    wts = [22, 14, 9, 9, 14, 10, 7, 8, 4, 2, 1]
    each = [tot * x // 100 for x in wts]
    each[0] += tot - sum(each)
    rows = [["区县", "年度任务（名）", "救助人数（名）", "其中四季度", "资金（万元）"]]
    for k, x in enumerate(dist):
        rows.append([x, [440, 280, 180, 180, 280, 200, 140, 160, 80, 40, 20][k], each[k], each[k] // 4,
                     round(each[k] * 1.6, 1)])
    rows.append(["合计", 2000, tot, sum(e // 4 for e in each), round(sum(round(e * 1.6, 1) for e in each), 1)])
    s.table(rows, widths=[14, 14, 14, 12, 12])
    s.skip()
    s.line(f"孤困儿童就学资助覆盖率：{pct(fig(u, '10.1', p))}", 5)
    s.save(out)
    return Truth(values=truth_all(u, p))


@ret("j17", "市教育局", "2024Q3", "xlsx-indicator-rows-with-notes", "xlsx", batch=22)
def j17(out):
    u, p = "市教育局", "2024Q3"
    return rows_xlsx(out, u, p, title="教育局承担2024年为妇女儿童办实事项目第三季度进展情况",
                     fill="淄博市教育局（盖章）", sheet="三季度", height=True)


@ret("j18", "市妇联", "2024Q1", "docx-narrative-only", "docx", batch=22)
def j18(out):
    u, p = "市妇联", "2024Q1"
    w = Word()
    w.textbox("淄博市妇女联合会")
    w.title("一季度为妇女儿童办实事项目工作进展")
    w.body(f"一季度，全市各级妇联开展家庭教育巡讲{n(u, '4.1', p)}场，覆盖家长2.3万人次；"
           f"组织家政从业人员培训{n(u, '2.1', p)}人次，举办女性就业专场招聘活动{cn(n(u, '2.2', p))}场；"
           f"举办单身青年联谊活动{cn(n(u, '5.1', p))}场，参与青年186人；"
           f"试点打造儿童友好共建联盟{cn(n(u, '6.1', p))}个。")
    w.body(f"“两癌”检查方面，配合卫健部门推进适龄妇女筛查，各级妇联参与动员的筛查率{pct(fig(u, '3.1', p))}，"
           f"符合条件的患病妇女救助实现全覆盖，共救助37人，发放救助金18.5万元。"
           f"开展残疾儿童关爱帮扶{n(u, '10.2', p)}名。")
    sign_off(w, "", "2024年4月7日", blank=1)
    w.save(out)
    vals = {i: fig(u, i, p) for i in ("4.1", "2.1", "2.2", "5.1", "6.1", "3.1", "3.2", "10.2")}
    return Truth(values=vals)


@ret("j19", "市卫生健康委", "2024Q4", "xlsx-whole-list-others-blank", "xlsx", batch=22)
def j19(out):
    u, p = "市卫生健康委", "2024Q4"
    s = Sheet(title="进展情况表")
    s.line("2024年为全市妇女儿童办实事项目进展情况表", 6, size=16, bold=True, align="center", height=28)
    s.cells(["填报单位：淄博市卫生健康委员会", "", "", "", "数据截至：2024年12月31日"])
    rows = [["序号", "项目名称", "具体指标", "责任单位", "全年累计完成", "备注"]]
    for pj in range(1, 11):
        for i in [k for k in IND if proj(k) == pj]:
            mine = i in L[u]
            v = (pct(fig(u, i, p)) if i in PCT else n(u, i, p)) if mine else ""
            rows.append([pj, PROJ[pj], IND[i][0], "市卫生健康委" if mine else "其他单位", v,
                         "" if mine else "非我委承担"])
    s.table(rows, widths=[6, 30, 30, 14, 14, 14])
    s.save(out)
    return Truth(values=truth_all(u, p))


@ret("j20", "市人力资源社会保障局", "2024Q4", "doc-report-two-indicators", "doc", batch=22)
def j20(out):
    u, p = "市人力资源社会保障局", "2024Q4"
    return report_docx(out, u, p, title="淄博市人力资源和社会保障局\n关于2024年巾帼促就业计划落实情况的报告",
                       lead="2024年，全市城镇新增就业6.8万人，其中女性3.1万人。现将巾帼促就业计划全年完成情况报告如下。",
                       stem_style=1, seal=True)


@ret("j21", "市妇联", "2024Q2", "xlsx-printed-ten-projects-texts", "pdf-text", made_from="xlsx", batch=22)
def j21(out):
    u, p = "市妇联", "2024Q2"
    s = Sheet(title="上半年")
    s.line("市妇联2024年上半年为妇女儿童办实事项目进展情况", 5, size=14, bold=True, align="center", height=28)
    s.cells(["报送单位：市妇联办公室", "", "", "2024年7月5日"])
    rows = [["序号", "项目", "进展情况", "存在问题", "下步打算"]]
    groups = {}
    for i in inds(u):
        groups.setdefault(proj(i), []).append(i)
    texts = {}
    for pj, ii in groups.items():
        prog = "，".join(f"{IND[i][0]}{w_(u, i, p)}" + ("" if i in PCT else IND[i][1]) for i in ii) + "。"
        prob = "无" if pj % 2 else "区县进度不均衡"
        plan = "持续推进"
        rows.append([pj, PROJ[pj], prog, prob, plan])
        texts[str(pj)] = {"progress": prog, "problems": prob, "plans": plan}
    top = s.table(rows, widths=[6, 30, 50, 16, 14])
    for k in range(1, len(rows)):
        s.ws.row_dimensions[top + k].height = 45
    s.save(out)
    return Truth(values=truth_all(u, p), texts=texts)


@ret("j22", "团市委", "2024Q4", "xlsx-annual-summary-with-last-year", "xlsx", batch=22)
def j22(out):
    u, p = "团市委", "2024Q4"
    s = Sheet(title="团市委")
    s.line("共青团淄博市委员会2024年全年办实事项目完成情况", 5, size=14, bold=True, align="center")
    rows = [["指标", "2023年完成", "2024年目标", "2024年完成", "说明"],
            ["单身青年联谊活动（场）", 5, "10场以上（与妇联共同）", n(u, "5.1", p), "与市妇联联合举办的计入妇联"],
            ["孤困儿童就学资助覆盖率", "100%", "100%", pct(fig(u, "10.1", p)), ""],
            ["“希望小屋”及残疾儿童关爱（名）", 18, "——", n(u, "10.2", p), "含希望小屋建设对象"]]
    s.table(rows, widths=[32, 12, 22, 12, 28])
    s.save(out)
    return Truth(values=truth_all(u, p))


@ret("j23", "市总工会", "2024Q3", "docx-form-three-indicators", "docx", batch=22)
def j23(out):
    u, p = "市总工会", "2024Q3"
    return form_docx(out, u, p, title="市总工会2024年第三季度为妇女儿童办实事项目进展情况表",
                     fill="填报单位（盖章）：淄博市总工会        联系人：赵蕾  电话：13953310426")


@ret("j24", "市科协", "2024Q4", "pdf-report-prose", "pdf-text", batch=22)
def j24(out):
    u, p = "市科协", "2024Q4"
    return report_docx(out, u, p, title="关于2024年“润童心”儿童素养提升工程\n全年完成情况的报告",
                       lead="2024年，市科协联合市文化和旅游局等部门，深入实施“润童心”儿童素养提升工程，全年情况如下。",
                       header="淄博市科学技术协会", stem_style=2, fw=True)


@ret("j25", "市民政局", "2024Q1", "xlsx-simple-two-rows", "xlsx", batch=22)
def j25(out):
    u, p = "市民政局", "2024Q1"
    return rows_xlsx(out, u, p, title="2024年第一季度为妇女儿童办实事项目进展情况", sheet="民政局",
                     fill="填报单位：淄博市民政局  填报人：孙倩  电话：0533-2183377", last_q=False)


@ret("j26", "市残联", "2024Q2", "doc-form-with-note", "doc", batch=22)
def j26(out):
    u, p = "市残联", "2024Q2"
    return form_docx(out, u, p, title="淄博市残疾人联合会\n为妇女儿童办实事项目进展情况（二季度）",
                     fill="截至2024年6月30日",
                     note="备注：2023年全市完成残疾儿童康复救助1958名；全省目标任务2.1万名。")


@ret("j27", "市文化和旅游局", "2024Q3", "docx-progress-texts-table", "docx", batch=22)
def j27(out):
    u, p = "市文化和旅游局", "2024Q3"
    return form_docx(out, u, p, title="2024年前三季度为妇女儿童办实事项目进展情况", cols="b",
                     fill="填报单位：市文旅局", seal=True)


@ret("j28", "市商务局", "2024Q2", "pdf-form-small", "pdf-text", batch=22)
def j28(out):
    u, p = "市商务局", "2024Q2"
    return form_docx(out, u, p, title="巾帼促就业计划进展情况表",
                     fill="填报单位：淄博市商务局    报送时间：2024年7月3日（统计至6月底）")


@ret("j29", "市交通运输局", "2024Q2", "doc-textbox-short-note", "doc", batch=22)
def j29(out):
    u, p = "市交通运输局", "2024Q2"
    w = Word()
    w.textbox("淄博市交通运输局", width_pt=200)
    w.title("关于“定制公交”助学专线\n上半年开通情况的说明")
    w.body(f"截至6月底，已开通“定制公交”助学专线{cn(n(u, '6.2', p), liang=True)}条，"
           "投入车辆16部，服务学生1150余人，全年目标4条。下半年结合秋季开学再开通2条。")
    w.para("2024年7月2日", align="right")
    w.save(out)
    return Truth(values={"6.2": fig(u, "6.2", p)})


@ret("j30", "市医保局", "2024Q1", "docx-report-single-paragraph", "docx", batch=22)
def j30(out):
    u, p = "市医保局", "2024Q1"
    w = Word()
    w.title("市医保局2024年一季度办实事项目进展情况")
    w.body("一季度，我局全面落实职工医保生育待遇政策，职工医保住院分娩政策范围内医疗费用报销比例"
           f"达到{pct(fig(u, '5.2', p))}，惠及参保职工1326人次，统筹基金支付468.3万元。"
           "城乡居民医保住院分娩定额补助标准提高至2000元。")
    sign_off(w, "淄博市医疗保障局", "2024年4月3日")
    w.picture(seal_png("淄博市医疗保障局"))
    w.save(out)
    return Truth(values={"5.2": fig(u, "5.2", p)}, seal_picture=True)


WORDING.update({
    "j01": (("title", "sign-off"), "第一季度"),
    "j02": (("fill-line",), "上半年"),
    "j03": (("title", "sheet-name"), "1—9月"),
    "j04": (("sign-off",), "全年"),
    "j05": (("fill-line", "sign-off"), "第一季度"),
    "j06": (("title", "fill-line", "sign-off", "seal"), "上半年"),
    "j07": (("fill-line", "sheet-name"), "截至2024年9月30日"),
    "j08": (("title",), "全年"),
    "j09": (("title", "sign-off"), "截至3月底"),
    "j10": (("header", "sign-off", "seal"), "上半年"),
    "j11": (("title", "sign-off"), "前三季度"),
    "j12": (("title",), "四季度末"),
    "j13": (("title", "sign-off"), "一季度"),
    "j14": (("title",), "截至6月底"),
    "j15": (("fill-line", "sign-off"), "截至9月底"),
    "j16": (("fill-line",), "1—12月"),
    "j17": (("title", "fill-line"), "第三季度"),
    "j18": (("textbox",), "一季度"),
    "j19": (("fill-line",), "截至12月31日"),
    "j20": (("title", "sign-off", "seal"), "全年"),
    "j21": (("title", "fill-line"), "上半年"),
    "j22": (("title", "sheet-name"), "全年"),
    "j23": (("title", "fill-line", "sign-off"), "第三季度"),
    "j24": (("header", "sign-off"), "全年"),
    "j25": (("fill-line", "sheet-name"), "第一季度"),
    "j26": (("title", "sign-off"), "二季度"),
    "j27": (("fill-line", "sign-off", "seal"), "前三季度"),
    "j28": (("fill-line", "sign-off"), "统计至6月底"),
    "j29": (("textbox",), "截至6月底"),
    "j30": (("title", "sign-off", "seal"), "一季度"),
})
