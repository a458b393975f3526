"""Batch 11: native returns, mostly Excel, written after batch 10 was measured and fixed on.
Please do not read this file while changing app/extraction/."""
from __future__ import annotations

B = 11

from openpyxl import Workbook
from openpyxl.styles import Alignment, Font

from samples.holdout.corpus import Truth, attachment_head, ret, sign_off
from samples.holdout.docxkit import HEI, Word
from samples.holdout.ledger_r import fig, n
from samples.holdout.numerals import cn, comma, full
from samples.holdout.wording import WORDING
from samples.holdout.xlkit import Sheet

WORDING.update({
    "r01": (("title",), "上半年"),
    "r02": (("fill-line",), "截至9月底"),
    "r03": (("cover-sheet",), "2024年度"),
    "r04": (("title", "fill-line"), "1—9月"),
    "r05": (("fill-line",), "统计时间"),
    "r06": (("title",), "全年"),
    "r07": (("title", "sign-off"), "第二季度"),
    "r08": (("fill-line",), "前三季度"),
    "r09": (("title",), "截至2024年6月30日"),
    "r10": (("fill-line",), "date-line"),
    "r11": (("cover-sheet",), "1至12月"),
    "r12": (("contact-line",), "三季度"),
    "r13": (("title", "fill-line"), "全年"),
    "r14": (("title", "sign-off"), "2024年度"),
    "r15": (("title", "sign-off"), "一季度"),
    "r16": (("title", "sign-off"), "前三季度"),
    "r17": (("header",), "截至6月底"),
    "r18": (("sign-off",), "1至12月"),
    "r19": (("title",), "第二季度"),
    "r20": (("title", "sign-off"), "截至3月31日"),
    "r21": (("title", "sign-off"), "前三季度"),
    "r22": (("header",), "上半年"),
    "r23": (("title", "sign-off"), "全年"),
    "r24": (("fill-line",), "第四季度"),
    "r25": (("title", "sign-off"), "二季度"),
    "r26": (("title", "sign-off"), "截至9月底"),
    "r27": (("title", "sign-off"), "全年"),
    "r28": (("fill-line",), "一季度"),
    "r29": (("title", "sign-off"), "1—6月"),
})

DISTRICTS = ["张店区", "淄川区", "博山区", "周村区", "临淄区", "桓台县", "高青县", "沂源县",
             "高新区", "经济开发区", "文昌湖区"]


def split(total: int, k: int = 11, seed: int = 7) -> list[int]:
    """``total`` shared over ``k`` districts, roughly by size, summing exactly."""
    weights = [(seed * (i + 3)) % 9 + 4 for i in range(k)]
    parts = [total * w // sum(weights) for w in weights]
    parts[0] += total - sum(parts)
    return parts


def recalc(path) -> None:
    """Open and re-save the workbook in LibreOffice Calc so formulas get cached values."""
    import shutil
    import subprocess
    import tempfile
    from pathlib import Path
    exe = shutil.which("soffice") or shutil.which("libreoffice")
    tmp = Path(tempfile.mkdtemp(prefix="b11-calc-"))
    try:
        subprocess.run([exe, f"-env:UserInstallation={(tmp / 'profile').as_uri()}", "--headless",
                        "--norestore", "--convert-to", "xlsx:Calc MS Excel 2007 XML", "--outdir",
                        str(tmp / "out"), str(path)], check=True, stdout=subprocess.DEVNULL,
                       stderr=subprocess.DEVNULL, timeout=120)
        shutil.move(str(tmp / "out" / Path(path).name), str(path))
    finally:
        shutil.rmtree(tmp, ignore_errors=True)


def texts(rows: dict[str, tuple[str, str, str]]) -> dict[str, dict[str, str]]:
    return {k: {"progress": a, "problems": b, "plans": c} for k, (a, b, c) in rows.items()}


# ------------------------------------------------------------------ Excel
@ret("r01", "市教育局", "2024Q2", "xlsx: 进展情况表, own projects only, figures in prose", "xlsx", batch=B)
def r01(path):
    u, p = "市教育局", "2024Q2"
    t1 = (f"今年计划新改扩建中小学4所、幼儿园10所。上半年已完工中小学{n(u,'1.1',p)}所（张店区第十中学扩建工程），"
          f"幼儿园{n(u,'1.2',p)}所，另有6所幼儿园主体施工中；打造智慧教育应用场景{n(u,'1.3',p)}个。")
    t8 = (f"开展心理健康科普知识宣传{n(u,'8.1',p)}场，覆盖师生家长约3.6万人次；全市中小学幼儿园安全防范建设"
          f"“4个100%”达标率{n(u,'8.2',p)}%，较一季度提高1.7个百分点。")
    rows = {"1": (t1, "部分项目受用地手续影响，开工时间滞后。", "督促各区县加快施工进度，确保9月开学前投用一批。"),
            "8": (t8, "个别农村学校专职保安配备不足。", "开展暑期安全专项检查，年底前全部达标。")}
    s = Sheet(title="进展情况")
    s.line("淄博市教育局2024年上半年为全市妇女儿童办实事项目进展情况表", 7, size=16, bold=True, align="center", height=30)
    s.table([["序号", "项目名称", "目标任务", "牵头/责任单位", "进展情况", "存在问题", "下一步打算"],
             ["1", "实施教育资源扩增优化工程", "新改扩建中小学4所、幼儿园10所，打造智慧教育应用场景10个", "市教育局", *rows["1"]],
             ["8", "实施“阳光成长”青少年身心健康护航行动", "开展心理健康科普知识宣传200场；“4个100%”达标率100%", "市教育局（牵头）", *rows["8"]]],
            widths=[6, 20, 26, 14, 50, 26, 30])
    s.save(path)
    return Truth({"1.1": fig(u, "1.1", p), "1.2": fig(u, "1.2", p), "1.3": fig(u, "1.3", p),
                  "8.1": fig(u, "8.1", p), "8.2": fig(u, "8.2", p)}, texts(rows))


@ret("r02", "市妇联", "2024Q3", "xlsx: per-indicator table 年度任务|累计|进度|本季度", "xlsx", batch=B)
def r02(path):
    u, p, q = "市妇联", "2024Q3", "2024Q2"
    items = [("2.1", "培训家政从业人员", "人次", "—"), ("2.2", "举办女性就业专场招聘活动", "场", "—"),
             ("4.1", "开展家庭教育巡讲", "场", 1000), ("4.2", "培训家庭教育骨干", "人", 550),
             ("5.1", "举办单身青年联谊活动", "场", 10), ("6.1", "试点打造儿童友好共建联盟", "个", 8)]
    s = Sheet(title="Sheet1")
    s.line("2024年为全市妇女儿童办实事项目推进情况统计表", 8, size=16, bold=True, align="center")
    s.cells(["填报单位：淄博市妇女联合会（盖章）", None, None, None, None, "统计截至：2024年9月底"])
    rows = [["序号", "指标名称", "计量单位", "年度任务", "截至本季度末累计完成", "完成进度", "其中：本季度完成", "备注"]]
    vals = {}
    for k, (i, name, m, target) in enumerate(items, 1):
        cum, prev = n(u, i, p), n(u, i, q)
        prog = f"{cum / target:.1%}" if isinstance(target, int) else "—"
        rows.append([k, name, m, target, cum, prog, cum - prev, "市妇联牵头" if i[0] in "456" else "配合市人社局"])
        vals[i] = fig(u, i, p)
    s.table(rows, widths=[6, 30, 10, 10, 14, 10, 12, 16])
    s.cells(["填报人：王晓", None, None, "联系电话：0533-3182276"])
    s.save(path)
    return Truth(vals)


@ret("r03", "市卫生健康委", "2024Q4", "xlsx: cover sheet + table sheet, numbers stored as text", "xlsx", batch=B)
def r03(path):
    u, p = "市卫生健康委", "2024Q4"
    wb = Workbook()
    cov = wb.active
    cov.title = "封面"
    for r, text in ((4, "2024年为全市妇女儿童办实事项目"), (5, "进展情况报表"), (9, "报送单位：淄博市卫生健康委员会"),
                    (10, "报告期：2024年度"), (11, "报送日期：2025年1月6日")):
        cov.cell(r, 2, text).font = Font(name="宋体", size=18 if r < 6 else 14, bold=r < 6)
    cov.column_dimensions["B"].width = 60
    s = Sheet(wb, "报表")
    s.line("办实事项目完成情况", 6, size=14, bold=True, align="center")
    s.table([["项目", "指标", "全年目标", "完成值", "完成情况说明", "备注"],
             ["“两癌”检查", "35—64岁适龄妇女“两癌”筛查率", "≥90%", f"{n(u,'3.1',p)}%", "全市完成宫颈癌筛查11.2万人、乳腺癌筛查11.0万人", ""],
             ["“两癌”检查", "符合条件的“两癌”患病妇女救助覆盖率", "100%", "100%", "", ""],
             ["普惠托育", "培育市级婴幼儿照护服务示范区县", "5个左右", str(n(u, '7.1', p)), "", "桓台县、临淄区等"],
             ["普惠托育", "打造市级示范托育机构", "10家以上", str(n(u, '7.2', p)), "", ""],
             ["阳光成长", "开展心理健康科普知识宣传（场）", "", str(n(u, '8.1', p)), "", "与市教育局共同开展"]],
            merges=[(1, 0, 2, 0), (3, 0, 4, 0)], widths=[14, 36, 12, 10, 40, 18])
    s.save(path)
    return Truth({i: fig(u, i, p) for i in ("3.1", "3.2", "7.1", "7.2", "8.1")})


@ret("r04", "市残联", "2024Q3", "xlsx: district rows with 全市合计 at the bottom", "xlsx", batch=B)
def r04(path):
    u, p = "市残联", "2024Q3"
    tot = n(u, "10.2", p)
    parts = split(tot, seed=5)
    s = Sheet(title="康复救助")
    s.line("淄博市残疾儿童康复救助工作进度表（1—9月）", 6, size=15, bold=True, align="center")
    s.cells(["填报单位：市残联康复部", None, None, None, "单位：名"])
    rows = [["区县", "年度任务", "已救助人数", "其中：肢体", "其中：孤独症", "完成率"]]
    tasks = [260, 200, 150, 150, 230, 180, 120, 160, 250, 180, 120]
    for d, k, t in zip(DISTRICTS, parts, tasks):
        rows.append([d, t, k, k // 3, k // 4, f"{k / t:.0%}"])
    top = s.row
    rows.append(["全市合计", f"=SUM(B{top + 1}:B{top + 11})", f"=SUM(C{top + 1}:C{top + 11})",
                 f"=SUM(D{top + 1}:D{top + 11})", f"=SUM(E{top + 1}:E{top + 11})", f"=C{top + 12}/B{top + 12}"])
    s.table(rows, widths=[14, 10, 12, 12, 12, 10], number_formats={(12, 5): "0.0%"})
    s.save(path)
    recalc(path)  # as saved by Excel: the 合计 formulas carry their cached values
    return Truth({"10.2": float(tot)})


@ret("r05", "市人力资源社会保障局", "2024Q1", "xlsx: quarter ledger columns, merged two-row header, only Q1 filled", "xlsx", batch=B)
def r05(path):
    u, p = "市人力资源社会保障局", "2024Q1"
    s = Sheet(title="台账")
    s.line("巾帼促就业计划工作台账", 8, size=15, bold=True, align="center")
    s.cells(["填报单位：市人社局职业能力建设科", None, None, None, None, "统计时间：2024年1-3月"])
    s.table([["序号", "工作内容", "单位", "年度目标", "完成情况（累计）", None, None, None],
             [None, None, None, None, "一季度", "二季度", "三季度", "四季度"],
             [1, "培训家政从业人员", "人次", "5000", str(n(u, "2.1", p)), None, None, None],
             [2, "举办女性就业专场招聘活动", "场", "", str(n(u, "2.2", p)), None, None, None]],
            merges=[(0, 0, 1, 0), (0, 1, 1, 1), (0, 2, 1, 2), (0, 3, 1, 3), (0, 4, 0, 7)],
            header_rows=2, widths=[6, 28, 8, 10, 10, 10, 10, 10])
    s.save(path)
    return Truth({"2.1": fig(u, "2.1", p), "2.2": fig(u, "2.2", p)})


@ret("r06", "市科协", "2024Q4", "xlsx: per-quarter amounts with a 全年合计 column", "xlsx", batch=B)
def r06(path):
    u = "市科协"
    s = Sheet(title="Sheet1")
    s.line("淄博市科学技术协会2024年全年办实事项目完成情况", 8, size=15, bold=True, align="center")
    rows = [["项目", "年度任务（场）", "一季度", "二季度", "三季度", "四季度", "全年合计", "备注"]]
    for i, name, tgt in (("9.2", "科普大篷车巡展", 30), ("9.3", "青少年“蒲公英”科普大讲堂", 40)):
        cum = [n(u, i, q) for q in ("2024Q1", "2024Q2", "2024Q3", "2024Q4")]
        per = [cum[0]] + [cum[k] - cum[k - 1] for k in range(1, 4)]
        rows.append([name, tgt, *per, cum[3], "超额完成" if cum[3] > tgt else ""])
    s.table(rows, widths=[30, 14, 9, 9, 9, 9, 10, 12])
    s.skip()
    s.line("说明：各季度为当季新增场次。", 8)
    s.save(path)
    return Truth({"9.2": fig(u, "9.2", "2024Q4"), "9.3": fig(u, "9.3", "2024Q4")})


@ret("r07", "市法院", "2024Q2", "xlsx: 进展情况表 for project 8, no catalog figure", "xlsx", batch=B)
def r07(path):
    rows = {"8": ("牵头建立家事案件调解联盟，联合市妇联、市司法局等单位出台《家事纠纷联调工作办法》；二季度审结涉未成年人家事案件136件，"
                  "发出家庭教育指导令9份。",
                  "基层法庭专业调解力量不足。",
                  "下半年在张店、淄川两个基层法院试点家事调解工作室。")}
    s = Sheet(title="Sheet1")
    s.line("淄博市中级人民法院2024年第二季度办实事项目进展情况", 6, size=15, bold=True, align="center")
    s.table([["序号", "项目名称", "承担任务", "推进情况", "困难和问题", "下步工作计划"],
             ["8", "实施“阳光成长”青少年身心健康护航行动", "建立家事案件调解联盟", *rows["8"]]],
            widths=[6, 22, 18, 50, 24, 30])
    s.skip(2)
    s.cells([None, None, None, None, "淄博市中级人民法院"])
    s.cells([None, None, None, None, "2024年7月3日"])
    s.save(path)
    return Truth({}, texts(rows))


ALL_TEN = [("1", "实施教育资源扩增优化工程", "市教育局"), ("2", "实施巾帼促就业计划", "市人力资源社会保障局"),
           ("3", "实施适龄妇女“两癌”免费检查和救助行动", "市卫生健康委"), ("4", "实施家庭教育指导服务行动", "市妇联"),
           ("5", "实施新型婚育文化培育行动", "市妇联"), ("6", "实施儿童友好城市建设促进行动", "市妇联"),
           ("7", "实施普惠托育服务提质行动", "市卫生健康委、市总工会"), ("8", "实施“阳光成长”青少年身心健康护航行动", "市教育局"),
           ("9", "实施“润童心”儿童素养提升工程", "市文化和旅游局"), ("10", "实施特殊困难儿童关爱项目", "市民政局")]


@ret("r08", "市总工会", "2024Q3", "xlsx: all ten projects, only own row filled", "xlsx", batch=B)
def r08(path):
    u, p = "市总工会", "2024Q3"
    mine = (f"暑期在全市各级工会开办职工子女托管班40个班次，服务职工子女1600余名；加上寒假开办的{n(u,'7.3','2024Q1')}个班次，"
            f"前三季度累计开办{n(u,'7.3',p)}个班次。", "场地和志愿者依托学校，协调难度大。", "总结暑期托管经验，谋划寒假托管班。")
    s = Sheet(title="进展表")
    s.line("2024年为全市妇女儿童办实事项目进展情况表（前三季度）", 6, size=15, bold=True, align="center")
    s.cells(["填报单位：淄博市总工会", None, None, None, "填报时间：2024.10.9"])
    rows = [["序号", "项目", "牵头单位", "完成情况", "存在问题", "下步工作计划"]]
    for no, name, lead in ALL_TEN:
        rows.append([no, name, lead, *(mine if no == "7" else ("", "", ""))])
    s.table(rows, widths=[6, 30, 18, 50, 24, 26])
    s.save(path)
    return Truth({"7.3": fig(u, "7.3", p)}, texts({"7": mine}))


@ret("r09", "市文化和旅游局", "2024Q2", "xlsx: 全市合计 row on top of district rows, numbers as text, 备注", "xlsx", batch=B)
def r09(path):
    u, p = "市文化和旅游局", "2024Q2"
    tot = n(u, "9.1", p)
    parts = split(tot, seed=3)
    s = Sheet(title="戏曲进校园")
    s.line("淄博市文化和旅游局戏曲进校园演出及课程辅导开展情况统计（截至2024年6月30日）", 5, size=14, bold=True, align="center")
    rows = [["区县", "演出场次", "课程辅导场次", "小计", "备注"],
            ["全市合计", str(sum(k // 2 for k in parts)), str(sum(k - k // 2 for k in parts)), str(tot), "年度任务200场"]]
    for d, k in zip(DISTRICTS, parts):
        rows.append([d, str(k // 2), str(k - k // 2), str(k), "五音戏" if d == "周村区" else ""])
    s.table(rows, widths=[14, 12, 14, 10, 18])
    s.save(path)
    return Truth({"9.1": float(tot)})


@ret("r10", "市交通运输局", "2024Q1", "xlsx: one row, quarter only in a date line", "xlsx", batch=B)
def r10(path):
    u, p = "市交通运输局", "2024Q1"
    s = Sheet(title="Sheet1")
    s.line("“定制公交”助学专线开通情况", 5, size=14, bold=True, align="center")
    s.cells(["填报单位：淄博市交通运输局"])
    s.table([["任务", "目标", "已开通（条）", "线路", "备注"],
             ["开通“定制公交”助学专线", "4条", n(u, "6.2", p), "淄博七中—火车站", "其余线路正征集学生需求"]],
            widths=[26, 8, 12, 24, 26])
    s.cells(["报送日期：2024年4月7日"])
    s.save(path)
    return Truth({"6.2": fig(u, "6.2", p)})


@ret("r11", "市民政局", "2024Q4", "xlsx: cover sheet, rate stored as 1 with % format, explanation sheet", "xlsx", batch=B)
def r11(path):
    u, p = "市民政局", "2024Q4"
    wb = Workbook()
    cov = wb.active
    cov.title = "封面"
    cov["A2"], cov["A4"], cov["A5"] = "特殊困难儿童关爱项目进展报表", "填报单位：淄博市民政局儿童福利科", "报表期间：2024年1至12月"
    cov["A2"].font = Font(size=18, bold=True)
    cov.column_dimensions["A"].width = 50
    s = Sheet(wb, "数据")
    s.table([["指标", "应资助人数", "已资助人数", "覆盖率"],
             ["享受民政保障的孤困儿童就学资助", 1437, 1437, 1.0],
             ["其中：孤儿", 212, 212, 1.0], ["事实无人抚养儿童", 1225, 1225, 1.0]],
            number_formats={(r, 3): "0%" for r in (1, 2, 3)}, widths=[34, 12, 12, 10])
    ex = wb.create_sheet("说明")
    ex["A1"] = "“爱心妈妈”结对帮扶持续开展，全年结对886对。"
    s.save(path)
    return Truth({"10.1": 100.0})


@ret("r12", "市商务局", "2024Q3", "xlsx: 本季度|累计 columns, department only in the contact line", "xlsx", batch=B)
def r12(path):
    u, p = "市商务局", "2024Q3"
    cum, prev = n(u, "2.1", p), n(u, "2.1", "2024Q2")
    s = Sheet(title="家政培训")
    s.line("三季度家政从业人员培训情况", 6, size=14, bold=True, align="center")
    s.table([["培训机构", "培训类型", "本季度培训（人次）", "年初至今累计（人次）", "持证人数", "备注"],
             ["淄博市家政服务职业培训学校", "母婴护理", (cum - prev) // 2, None, 96, ""],
             ["张店区巾帼家政服务中心", "养老护理", (cum - prev) - (cum - prev) // 2, None, 71, ""],
             ["合计", "", cum - prev, cum, 167, "全年任务由市人社局牵头5000人次"]],
            widths=[28, 12, 16, 18, 10, 26])
    s.skip()
    s.cells(["联系人：市商务局服务贸易科  刘洋   电话：3183095"])
    s.save(path)
    return Truth({"2.1": fig(u, "2.1", p)})


@ret("r13", "团市委", "2024Q4", "xlsx: activity list with 单位：场 and a 合计", "xlsx", batch=B)
def r13(path):
    u, p = "团市委", "2024Q4"
    s = Sheet(title="联谊活动")
    s.line("共青团淄博市委员会2024年全年单身青年联谊活动开展情况", 5, size=14, bold=True, align="center")
    s.cells(["填报单位：团市委青年发展部", None, None, "单位：场、人"])
    acts = [("2024-05-04", "“青春有约”五四青年联谊会", "张店区", 120), ("2024-08-10", "七夕“淄”味相亲会", "周村区", 200),
            ("2024-09-21", "“牵手齐都”户外联谊", "临淄区", 86), ("2024-10-26", "秋日读书交友会", "高新区", 60),
            ("2024-11-16", "“缘来在淄博”企业青年联谊", "桓台县", 150), ("2024-12-14", "冬日暖心联谊", "张店区", 90)]
    rows = [["序号", "时间", "活动名称", "地点", "参与人数"]]
    rows += [[k, *a] for k, a in enumerate(acts, 1)]
    rows.append(["合计", f"{len(acts)}场", "", "", sum(a[3] for a in acts)])
    s.table(rows, widths=[6, 12, 30, 10, 10])
    s.save(path)
    assert len(acts) == n(u, "5.1", p)
    return Truth({"5.1": fig(u, "5.1", p)})


# ------------------------------------------------------------------ Word (docx, pdf-text, doc)
@ret("r14", "市教育局", "2024Q4", "report: 文号, 主送, prose with distractors", "docx", batch=B)
def r14(path):
    u, p = "市教育局", "2024Q4"
    w = Word()
    w.para("淄教字〔2025〕3号", align="center")
    w.title("淄博市教育局\n关于2024年度为全市妇女儿童办实事项目\n进展情况的报告")
    w.para("市妇儿工委办公室：")
    w.body("2024年，我局认真落实《2024年为全市妇女儿童办实事项目清单》（淄政办字〔2024〕13号）要求，现将有关情况报告如下。")
    w.heading("一、教育资源扩增优化工程")
    w.body(f"全年投入资金3.82亿元，同比增长12.6%。年度计划新改扩建中小学4所，实际完成{cn(n(u,'1.1',p))}所；"
           f"新改扩建幼儿园{n(u,'1.2',p)}所，超出计划1所，新增学位2760个。全省共打造智慧教育应用场景300个，"
           f"我市打造{n(u,'1.3',p)}个，其中张店区4个。")
    w.heading("二、“阳光成长”青少年身心健康护航行动")
    w.body(f"截至12月底，全市累计开展心理健康科普知识宣传{n(u,'8.1',p)}场（三季度末为{n(u,'8.1','2024Q3')}场），"
           f"开通心理援助热线0533-12355。中小学幼儿园安全防范建设“4个100%”达标率达到{n(u,'8.2',p)}%。")
    w.heading("三、下一步工作")
    w.body("持续巩固项目成果，建立长效机制。")
    w.para("联系人：李明，电话：0533-2181536", indent=True)
    sign_off(w, "淄博市教育局", "2025年1月8日")
    w.save(path)
    return Truth({i: fig(u, i, p) for i in ("1.1", "1.2", "1.3", "8.1", "8.2")})


@ret("r15", "市妇联", "2024Q1", "landscape 进展情况表, Chinese numerals, four projects", "docx", batch=B)
def r15(path):
    u, p = "市妇联", "2024Q1"
    rows = {
        "4": (f"启动“家庭教育千场巡讲”活动，一季度开展巡讲{cn(n(u,'4.1',p))}场；举办家庭教育骨干培训班2期，培训骨干{cn(n(u,'4.2',p))}人。",
              "部分区县师资力量薄弱。", "二季度各区县至少再培训骨干30人。"),
        "5": (f"在“三八”节期间举办单身青年联谊活动{cn(n(u,'5.1',p))}场，参与青年180余人。", "男女报名比例不均衡。", "联合团市委在五四期间举办联谊活动。"),
        "6": (f"已试点打造儿童友好共建联盟{cn(n(u,'6.1',p), liang=True)}个。", "无", "继续推进共建联盟试点。"),
    }
    w = Word(landscape=True)
    w.title("淄博市妇女联合会2024年一季度\n为全市妇女儿童办实事项目进展情况", size=18)
    tab = [["序号", "项目名称", "工作进度", "存在问题", "下一步工作计划"]]
    for no, name, _ in ALL_TEN:
        if no in rows:
            tab.append([no, name, *rows[no]])
    w.table(tab, widths=[1.5, 5, 11, 4, 5])
    sign_off(w, "淄博市妇女联合会", "2024年4月3日", blank=1)
    w.save(path)
    return Truth({i: fig(u, i, p) for i in ("4.1", "4.2", "5.1", "6.1")}, texts(rows))


@ret("r16", "市检察院", "2024Q3", "table for project 8, work but no catalog figure", "docx", batch=B)
def r16(path):
    rows = {"8": ("前三季度共办理侵害未成年人犯罪案件47件，开展“法治进校园”宣讲62场，联合市法院、市妇联参与家事案件调解联盟建设。",
                  "专业心理疏导人员缺乏。", "四季度开展未成年人检察业务统一集中办理工作评估。")}
    w = Word()
    w.title("淄博市人民检察院\n前三季度办实事项目落实情况", size=18)
    w.table([["项目", "落实情况", "存在问题", "下步打算"], ["8.“阳光成长”青少年身心健康护航行动", *rows["8"]]],
            widths=[3.5, 7, 3, 3.5])
    sign_off(w, "淄博市人民检察院", "2024年10月10日")
    w.save(path)
    return Truth({}, texts(rows))


@ret("r17", "市医保局", "2024Q2", "short table, department only in the page header, 百分之百", "docx", batch=B)
def r17(path):
    w = Word()
    w.header("淄博市医疗保障局")
    w.title("新型婚育文化培育行动医保工作进展", size=18)
    w.para("（截至6月底）", align="center")
    w.table([["指标", "目标", "完成情况"],
             ["职工医保住院分娩政策范围内医疗费用报销比例", "100%", "百分之百。上半年职工医保结算住院分娩4216人次，基金支付3108万元"]],
            widths=[6, 2.5, 8])
    w.save(path)
    return Truth({"5.2": 100.0})


@ret("r18", "市公安局", "2024Q4", "table, department only in the sign-off, 1至12月", "docx", batch=B)
def r18(path):
    w = Word()
    w.title("2024年1至12月中小学幼儿园安全防范建设情况", size=18)
    w.table([["项目", "全市学校（园）数", "达标数", "达标率", "备注"],
             ["专职保安员配备", "1032", "1032", "100%", ""], ["封闭化管理", "1032", "1032", "100%", ""],
             ["一键式报警", "1032", "1032", "100%", ""], ["视频监控系统", "1032", "1032", "100%", ""],
             ["“4个100%”达标率", "", "", "100%", "较上年提高0.8个百分点"]], widths=[5, 3, 2.5, 2.5, 4])
    w.body("全年护学岗累计出动警力5.6万人次。")
    sign_off(w, "淄博市公安局", "2025年1月5日")
    w.save(path)
    return Truth({"8.2": 100.0})


@ret("r19", "市卫生健康委", "2024Q2", "per-indicator table split by a page break", "docx", batch=B)
def r19(path):
    u, p, q = "市卫生健康委", "2024Q2", "2024Q1"
    items = [("3.1", "35—64岁适龄妇女“两癌”筛查率", "%", "≥90"), ("3.2", "“两癌”患病妇女救助覆盖率", "%", "100"),
             ("7.1", "市级婴幼儿照护服务示范区县", "个", "5左右"), ("7.2", "市级示范托育机构", "家", "≥10"),
             ("8.1", "心理健康科普知识宣传", "场", "—")]
    w = Word(landscape=True)
    w.title("淄博市卫生健康委员会第二季度办实事项目指标完成情况表", size=18)
    head = ["序号", "指标", "单位", "年度任务", "截至本季度末累计完成", "本季度完成", "备注"]
    first = [head]
    second = [head]
    for k, (i, name, m, t) in enumerate(items, 1):
        cum, prev = n(u, i, p), n(u, i, q)
        row = [str(k), name, m, t, str(cum), "—" if m == "%" else str(cum - prev), ""]
        (first if k <= 3 else second).append(row)
    w.table(first, widths=[1.5, 8, 1.5, 3, 4, 3, 4])
    w.page_break()
    w.para("（续表）")
    w.table(second, widths=[1.5, 8, 1.5, 3, 4, 3, 4])
    w.save(path)
    return Truth({i: fig(u, i, p) for i, *_ in items})


@ret("r20", "市残联", "2024Q1", "short report, figures as 余 and Chinese numerals", "docx", batch=B)
def r20(path):
    u, p = "市残联", "2024Q1"
    v = n(u, "10.2", p)
    w = Word()
    w.title("市残联关于一季度残疾儿童康复救助工作进展情况的报告", size=20)
    w.para("市妇儿工委办公室：")
    w.body(f"截至3月31日，全市共为{cn(v)}名残疾儿童提供康复救助，完成年度任务（约2000名）的{v / 20:.1f}%。"
           f"其中0—6岁儿童三百八十名，全市定点康复机构38家。")
    w.body("下一步，我们将加快审核进度，确保应救尽救。")
    sign_off(w, "淄博市残疾人联合会", "2024年4月2日")
    w.save(path)
    return Truth({"10.2": fig(u, "10.2", p)})


@ret("r21", "市人力资源社会保障局", "2024Q3", "report with an attached landscape table", "pdf-text", batch=B)
def r21(path):
    u, p = "市人力资源社会保障局", "2024Q3"
    w = Word()
    w.title("淄博市人力资源和社会保障局\n关于前三季度巾帼促就业计划落实情况的报告", size=20)
    w.para("市妇儿工委办公室：")
    w.body(f"今年以来，我局会同市妇联、市商务局扎实推进巾帼促就业计划。前三季度全市累计培训家政从业人员{comma(n(u,'2.1',p))}人次，"
           f"完成年度任务5000人次的{n(u,'2.1',p) / 50:.1f}%，其中市妇联组织培训{n('市妇联','2.1',p)}人次；"
           f"举办女性就业专场招聘活动{n(u,'2.2',p)}场，提供岗位1.3万个。")
    w.body("详细情况见附件。")
    sign_off(w, "淄博市人力资源和社会保障局", "2024年10月9日")
    attachment_head(w, "巾帼促就业计划推进情况表")
    w.table([["指标", "年度任务", "7—9月完成", "1—9月累计", "完成进度"],
             ["培训家政从业人员（人次）", "5000", str(n(u, '2.1', p) - n(u, '2.1', '2024Q2')), str(n(u, '2.1', p)), f"{n(u,'2.1',p) / 50:.1f}%"],
             ["举办女性就业专场招聘活动（场）", "—", str(n(u, '2.2', p) - n(u, '2.2', '2024Q2')), str(n(u, '2.2', p)), "—"]],
            widths=[8, 3, 3, 3, 3])
    w.save(path)
    return Truth({"2.1": fig(u, "2.1", p), "2.2": fig(u, "2.2", p)})


@ret("r22", "市科协", "2024Q2", "table, department only in the page header, full-width digits", "pdf-text", batch=B)
def r22(path):
    u, p = "市科协", "2024Q2"
    w = Word()
    w.header("淄博市科学技术协会")
    w.title("“润童心”儿童素养提升工程上半年推进情况", size=18)
    w.table([["工作任务", "全年目标", "上半年累计完成", "主要成效"],
             ["科普大篷车巡展", "30场", full(f"{n(u,'9.2',p)}场"), "走进沂源、高青等地农村学校"],
             ["青少年“蒲公英”科普大讲堂", "40场", full(f"{n(u,'9.3',p)}场"), "邀请院士专家授课，受众1.1万人次"]],
            widths=[5, 2.5, 3.5, 6])
    w.save(path)
    return Truth({"9.2": fig(u, "9.2", p), "9.3": fig(u, "9.3", p)})


@ret("r23", "市文化和旅游局", "2024Q4", "prose report with last quarter figure and money distractors", "pdf-text", batch=B)
def r23(path):
    u, p = "市文化和旅游局", "2024Q4"
    w = Word()
    w.title("市文旅局2024年全年为妇女儿童办实事项目完成情况", size=20)
    w.body(f"戏曲进校园演出及课程辅导：全年计划200场，全年累计开展{n(u,'9.1',p)}场，较三季度末的{n(u,'9.1','2024Q3')}场"
           f"增加{n(u,'9.1',p) - n(u,'9.1','2024Q3')}场，投入专项资金46.5万元，惠及学生8.3万人次。全省共完成2800余场。")
    w.body("存在问题：农村学校剧场条件有限。下一步：推动戏曲课程常态化。")
    sign_off(w, "淄博市文化和旅游局", "2025年1月7日")
    w.save(path)
    return Truth({"9.1": fig(u, "9.1", p)})


@ret("r24", "市妇联", "2024Q4", "long table of all its indicators with a fill line, full-width digits", "pdf-text", batch=B)
def r24(path):
    u, p = "市妇联", "2024Q4"
    items = [("2", "2.1", "培训家政从业人员（人次）"), ("2", "2.2", "举办女性就业专场招聘活动（场）"),
             ("4", "4.1", "开展家庭教育巡讲（场）"), ("4", "4.2", "培训家庭教育骨干（人）"),
             ("5", "5.1", "举办单身青年联谊活动（场）"), ("6", "6.1", "试点打造儿童友好共建联盟（个）")]
    w = Word(landscape=True)
    w.title("2024年第四季度为全市妇女儿童办实事项目进展情况统计表", size=18)
    w.para("填报单位（盖章）：淄博市妇女联合会                   填报日期：2025年1月3日")
    tab = [["项目序号", "指标", "目标", "全年累计完成", "落实情况"]]
    for no, i, name in items:
        tab.append([no, name, "", full(n(u, i, p)), "已完成" if i != "4.2" else "每区县均超过50人"])
    tab[3][2], tab[4][2], tab[5][2], tab[6][2] = "1000", "550", "10", "8"
    w.table(tab, widths=[2, 8, 2.5, 3.5, 6])
    w.save(path)
    return Truth({i: fig(u, i, p) for _, i, _ in items})


@ret("r25", "团市委", "2024Q2", "short prose return, milestone mention without figure", "pdf-text", batch=B)
def r25(path):
    u, p = "团市委", "2024Q2"
    w = Word()
    w.title("团市委二季度办实事项目进展情况", size=20)
    w.body(f"一、单身青年联谊。二季度举办“五四”青年联谊活动{cn(n(u,'5.1',p), liang=True)}场，上半年累计{n(u,'5.1',p)}场，参与青年320人。")
    w.body("二、“希望小屋”儿童关爱。新建“希望小屋”57间，累计建成1026间。")
    sign_off(w, "共青团淄博市委员会", "2024年7月5日")
    w.save(path)
    return Truth({"5.1": fig(u, "5.1", p)})


@ret("r26", "市交通运输局", "2024Q3", "report paragraph with route list", "doc", batch=B)
def r26(path):
    u, p = "市交通运输局", "2024Q3"
    w = Word()
    w.title("市交通运输局关于“定制公交”助学专线\n开通情况的报告", size=20)
    w.body(f"截至9月底，已开通“定制公交”助学专线{n(u,'6.2',p)}条（K201、K202、K205、K208），日均服务学生1300余人次，"
           "投入车辆26部。秋季开学以来新增线路1条。")
    sign_off(w, "淄博市交通运输局", "2024年10月8日")
    w.save(path)
    return Truth({"6.2": fig(u, "6.2", p)})


@ret("r27", "市法院", "2024Q4", "annual report, work but no catalog figure", "doc", batch=B)
def r27(path):
    w = Word()
    w.title("淄博市中级人民法院\n2024年全年家事案件调解联盟建设情况", size=20)
    w.body("全年全市法院审结婚姻家庭案件3162件，调解撤诉率61.4%；家事案件调解联盟吸纳成员单位14家，聘任特邀调解员85名。")
    w.body("下一步将推动联盟向乡镇（街道）延伸。")
    sign_off(w, "淄博市中级人民法院", "2025年1月9日")
    w.save(path)
    return Truth({})


@ret("r28", "市总工会", "2024Q1", "table with fill line, 一季度", "doc", batch=B)
def r28(path):
    u, p = "市总工会", "2024Q1"
    rows = {"7": (f"寒假期间开办职工子女托管班{n(u,'7.3',p)}个班次，服务职工子女480名。", "暂无", "筹备暑期托管班。")}
    w = Word()
    w.title("一季度办实事项目进展情况表", size=18)
    w.para("填报单位：市总工会")
    w.table([["序号", "项目名称", "进展情况", "存在问题", "下一步打算"], ["7", "实施普惠托育服务提质行动", *rows["7"]]],
            widths=[1.3, 4, 6, 2.5, 3])
    w.save(path)
    return Truth({"7.3": fig(u, "7.3", p)}, texts(rows))


@ret("r29", "市民政局", "2024Q2", "short report, 全覆盖 wording", "doc", batch=B)
def r29(path):
    w = Word()
    w.title("市民政局1—6月特殊困难儿童关爱项目进展情况", size=20)
    w.body("1—6月，全市享受民政保障的孤困儿童就学资助覆盖率100%，发放助学金178.6万元；"
           "“爱心妈妈”结对帮扶孤困儿童412名。")
    sign_off(w, "淄博市民政局", "2024年7月4日")
    w.save(path)
    return Truth({"10.1": 100.0})


WORDING.update({
    "r30": (("title", "sheet-name"), "截至6月底"),
    "r31": (("title", "sign-off"), "三季度"),
})


@ret("r30", "市妇联", "2024Q2", "xlsx: two-row merged header, one sheet per district group, 全市 row in the middle", "xlsx", batch=B)
def r30(path):
    u, p = "市妇联", "2024Q2"
    a, b = n(u, "4.1", p), n(u, "4.2", p)
    pa, pb = split(a, seed=4), split(b, seed=2)
    s = Sheet(title="市妇联-家庭教育")
    s.line("家庭教育指导服务行动推进情况（截至6月底）", 7, size=14, bold=True, align="center")
    rows = [["单位", "家庭教育巡讲", None, None, "家庭教育骨干培训", None, None],
            [None, "年度任务（场）", "累计开展（场）", "受益家长（人次）", "年度任务（人）", "累计培训（人）", "完成率"]]
    rows.append(["全市", 1000, a, a * 57, 550, b, f"{b / 550:.1%}"])
    for d, x, y in zip(DISTRICTS, pa, pb):
        rows.append([d, 90 if d != "张店区" else 100, x, x * 57, 50, y, f"{y / 50:.0%}"])
    s.table(rows, merges=[(0, 0, 1, 0), (0, 1, 0, 3), (0, 4, 0, 6)], header_rows=2,
            widths=[12, 12, 12, 14, 12, 12, 10])
    s.ws.row_dimensions[3].height = 36
    s.skip()
    s.line("备注：区县数据由各区县妇联报送，受益家长为估算数。", 7)
    s.save(path)
    return Truth({"4.1": fig(u, "4.1", p), "4.2": fig(u, "4.2", p)})


@ret("r31", "市教育局", "2024Q3", "all ten projects listed, own rows filled, long prose running onto the next page", "docx", batch=B)
def r31(path):
    u, p = "市教育局", "2024Q3"
    filler = ("各区县教育部门按照时间节点倒排工期，市教育局每月调度一次，对进度滞后的项目实行挂牌督办，"
              "并将项目推进情况纳入年度教育工作综合督导评估。")
    mine = {
        "1": (f"三季度新完工中小学1所，前三季度累计新改扩建中小学{n(u,'1.1',p)}所、幼儿园{n(u,'1.2',p)}所，"
              f"打造智慧教育应用场景{n(u,'1.3',p)}个。{filler}", "个别项目资金拨付滞后。", "年底前全部完工。"),
        "4": (f"配合市妇联开展家庭教育巡讲，各中小学累计举办家长学校巡讲{n(u,'4.1',p)}场。{filler}", "家长参与积极性不均衡。", "推动家长学校全覆盖。"),
        "8": (f"累计开展心理健康科普知识宣传{n(u,'8.1',p)}场；“4个100%”达标率{n(u,'8.2',p)}%。{filler}{filler}",
              "心理健康教师缺口较大。", "秋季学期开展心理健康月活动。"),
    }
    w = Word(landscape=True)
    w.title("淄博市教育局三季度为全市妇女儿童办实事项目进展情况表", size=18)
    tab = [["序号", "项目名称", "牵头单位", "落实情况", "存在问题", "下步打算"]]
    for no, name, lead in ALL_TEN:
        tab.append([no, name, lead, *mine.get(no, ("", "", ""))])
    w.table(tab, widths=[1.3, 4.5, 3, 10, 3.5, 3.5])
    sign_off(w, "淄博市教育局", "2024年10月11日")
    w.save(path)
    return Truth({i: fig(u, i, p) for i in ("1.1", "1.2", "1.3", "4.1", "8.1", "8.2")}, texts(mine))
