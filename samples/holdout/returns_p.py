"""Batch 9: returns kept back until batches 7 and 8 are measured and fixed on: the last untouched measurement.
Please do not read this file while changing app/extraction/."""
from __future__ import annotations

import random
import shutil
import subprocess
import tempfile
from pathlib import Path

from samples.holdout import paper_p
from samples.holdout.corpus import Truth, attachment_head, ret, sign_off
from samples.holdout.docxkit import HEI, Word
from samples.holdout.ledger_p import cum, n, q
from samples.holdout.numerals import cn, comma, full
from samples.holdout.seal import seal_png
from samples.holdout.wording import WORDING
from samples.holdout.xlkit import Sheet

B = 9

DISTRICTS = ("张店区", "淄川区", "博山区", "周村区", "临淄区", "桓台县", "高青县", "沂源县",
             "高新区", "经济开发区", "文昌湖区")

STD_HEAD = ["序号", "项目名称", "目标任务", "责任单位", "进展情况", "存在问题", "下步打算"]
STD_W = (1.1, 2.8, 3.8, 2.2, 8.0, 3.3, 3.3)


def texts(*rows) -> dict[str, dict[str, str]]:
    """Truth texts from rows of (project no, progress, problems, plans)."""
    out = {}
    for no, prog, prob, plan in rows:
        t = {"progress": prog}
        if prob:
            t["problems"] = prob
        if plan:
            t["plans"] = plan
        out[str(no)] = t
    return out


def split(total: int, k: int, rng: random.Random, floor: int = 0) -> list[int]:
    """``total`` shared over ``k`` rows unevenly, each at least ``floor``."""
    weights = [rng.uniform(0.5, 1.6) for _ in range(k)]
    spare = total - floor * k
    parts = [floor + int(spare * w / sum(weights)) for w in weights]
    parts[rng.randrange(k)] += total - sum(parts)
    return parts


def recalc(path: Path) -> None:
    """Open and save the workbook in a spreadsheet program so formulas carry their values,
    as every workbook saved by Excel or WPS does."""
    exe = shutil.which("soffice") or shutil.which("libreoffice")
    profile = Path(tempfile.mkdtemp(prefix="b9-lo-"))
    out = Path(tempfile.mkdtemp(prefix="b9-xl-"))
    try:
        subprocess.run([exe, f"-env:UserInstallation={profile.as_uri()}", "--headless",
                        "--norestore", "--nolockcheck", "--convert-to",
                        "xlsx:Calc MS Excel 2007 XML", "--outdir", str(out), str(path)],
                       check=True, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL,
                       timeout=180)
        shutil.move(str(out / path.name), str(path))
    finally:
        shutil.rmtree(profile, ignore_errors=True)
        shutil.rmtree(out, ignore_errors=True)


def tbl(w: Word, rows, **kw):
    """``w.table`` with its column widths written into the table grid too, as Word does when
    a clerk drags the column borders (LibreOffice lays a table out by its grid)."""
    from docx.oxml.ns import qn
    from docx.shared import Cm
    t = w.table(rows, **kw)
    widths = kw.get("widths")
    if widths:
        t.autofit = False
        for gc, wd in zip(t._tbl.tblGrid.findall(qn("w:gridCol")), widths):
            gc.set(qn("w:w"), str(int(Cm(wd).twips)))
    return t


# ============================================================================ docx
@ret("p01", "市教育局", "2024Q2", "seven-column table, figures in prose", "docx", batch=B)
def p01(path: Path) -> Truth:
    u, p = "市教育局", "2024Q2"
    w = Word(landscape=True)
    w.title("2024年为全市妇女儿童办实事工作进展情况表", size=18)
    w.para("（2024年第二季度）", align="center")
    w.para("填报单位（盖章）：淄博市教育局　　　　　　　　　　　　　　　　　填报时间：2024年6月27日",
           size=12)
    r1 = (f"截至6月底，市实验中学北校区扩建工程已竣工交付，累计完成新改扩建中小学{n(u, '1.1', p)}所，"
          f"另有3所正在进行主体施工；累计完成新改扩建幼儿园{n(u, '1.2', p)}所；已打造智慧课堂、智慧作业、"
          f"智慧体育等智慧教育应用场景{n(u, '1.3', p)}个。")
    r4 = (f"依托各级家长学校开展家庭教育巡讲，上半年全市中小学幼儿园累计开展巡讲{n(u, '4.1', p)}场，"
          "覆盖家长约4.6万人次。")
    r8 = (f"举办心理健康科普知识宣传活动{n(u, '8.1', p)}场，其中“5·25”心理健康月集中开展41场；"
          f"全市中小学幼儿园安全防范建设“4个100%”达标率{cum(u, '8.2', p):g}%，剩余6所学校正在加装一键式紧急报警装置。")
    rows = [STD_HEAD,
            ["1", "实施教育资源扩增优化工程", "新改扩建4所中小学、10所幼儿园，打造10个智慧教育应用场景",
             "市教育局", r1, "部分幼儿园项目受土地手续影响，开工时间较计划延后。",
             "加快推进在建项目，确保秋季开学前再交付2所幼儿园。"],
            ["4", "实施家庭教育指导服务行动", "开展家庭教育千场巡讲，各区县年内培训家庭教育骨干不少于50人",
             "市妇联、市教育局", r4, "城乡之间巡讲质量不够均衡。", "下半年重点向农村学校倾斜，组织名师送教下乡。"],
            ["8", "实施“阳光成长”青少年身心健康护航行动", "开展心理健康科普知识宣传200场；“4个100%”稳定达标",
             "市教育局、市卫生健康委等", r8, "个别农村学校专职心理教师配备不足。",
             "利用暑期开展心理健康教师全员培训，完成剩余学校整改。"]]
    tbl(w, rows, widths=STD_W)
    w.para("填报人：孙晓东　　　　联系电话：3182605", size=12)
    w.save(path)
    return Truth({"1.1": cum(u, "1.1", p), "1.2": cum(u, "1.2", p), "1.3": cum(u, "1.3", p),
                  "4.1": cum(u, "4.1", p), "8.1": cum(u, "8.1", p), "8.2": cum(u, "8.2", p)},
                 texts((1, r1, rows[1][5], rows[1][6]), (4, r4, rows[2][5], rows[2][6]),
                       (8, r8, rows[3][5], rows[3][6])))


@ret("p02", "市人力资源社会保障局", "2024Q1", "formal report with 文号, figures among distractors",
     "docx", batch=B)
def p02(path: Path) -> Truth:
    u, p = "市人力资源社会保障局", "2024Q1"
    w = Word()
    w.para("淄人社函〔2024〕47号", align="center", size=14)
    w.para()
    w.title("淄博市人力资源和社会保障局\n关于2024年一季度巾帼促就业计划\n落实情况的报告")
    w.para()
    w.para("市妇儿工委办公室：")
    w.body("根据《淄博市人民政府办公室关于印发2024年为全市妇女儿童办实事项目清单的通知》"
           "（淄政办字〔2024〕13号）要求，我局牵头实施巾帼促就业计划，现将一季度工作进展情况报告如下：")
    w.heading("一、家政从业人员培训情况")
    w.body("全年目标为培训家政从业人员5000人次以上。一季度，全市共组织开展家政服务类职业技能培训42期，"
           f"培训家政从业人员{n(u, '2.1', p)}人次，完成年度任务的14.7%，同比增长12.3%。其中，养老护理员"
           "培训218人次、育婴员培训301人次、母婴护理培训216人次。落实职业技能培训补贴资金86.5万元。")
    w.heading("二、女性就业专场招聘活动开展情况")
    w.body("结合“春风行动”和“就业援助月”，市人社局会同市妇联举办女性就业专场招聘活动"
           f"{n(u, '2.2', p)}场，组织参会企业316家次，提供适合女性的就业岗位7800余个，达成初步就业意向"
           "1260人。全省同期共举办女性专场招聘活动137场。")
    w.heading("三、政策落实情况")
    w.body("发放一次性创业补贴23.6万元，为112名城镇失业女性发放失业保险金；在张店区、临淄区试点建设"
           "“家门口就业服务站”5处。")
    w.body("下一步，我局将继续实施“‘雏凤’助飞、企业赋能、就业帮扶、岗位建功”四项促就业计划，"
           "二季度计划再举办专场招聘活动10场左右，确保全年任务顺利完成。")
    w.para("（联系人：王芳，联系电话：0533-3182216）", indent=True)
    sign_off(w, "淄博市人力资源和社会保障局", "2024年3月29日")
    w.save(path)
    return Truth({"2.1": cum(u, "2.1", p), "2.2": cum(u, "2.2", p)})


@ret("p03", "市妇联", "2024Q3", "all ten projects listed, only its own rows filled", "docx", batch=B)
def p03(path: Path) -> Truth:
    u, p = "市妇联", "2024Q3"
    w = Word(landscape=True)
    w.title("淄博市妇女联合会2024年为全市妇女儿童办实事\n工作进展情况（截至9月底）", size=18)
    w.para()
    t2 = (f"联合市人社局、市商务局开展家政技能培训，累计培训家政从业人员{n(u, '2.1', p)}人次；"
          f"举办“巾帼就业暖心”女性就业专场招聘活动{n(u, '2.2', p)}场，提供岗位3200余个。")
    t3 = "协调为1286名低收入适龄妇女购买“两癌”保险，为47名“两癌”患病困难妇女发放救助金23.5万元。"
    t4 = (f"“家庭共成长”千场巡讲累计开展{n(u, '4.1', p)}场；举办家庭教育骨干培训班6期，"
          f"累计培训骨干{n(u, '4.2', p)}人，其中高青县、文昌湖区尚未达到50人。")
    t5 = f"举办“缘定淄博”单身青年联谊活动{cn(n(u, '5.1', p))}场，参与青年680余人，牵手成功95对。"
    t6 = (f"试点打造儿童友好共建联盟{n(u, '6.1', p)}个；市妇女儿童活动中心改建工程完成主体施工，"
          "新建儿童城市书房3处。")
    t10 = "“爱心妈妈”结对帮扶困境儿童1452名，新建“希望小屋”86间。"
    P = {"2": (t2, "家政培训后就业跟踪不够。", "联合家政企业开展订单式培训。"),
         "3": (t3, "", "做好年底救助金发放。"),
         "4": (t4, "个别区县骨干培训进度偏慢。", "第四季度督促高青县、文昌湖区完成培训任务。"),
         "5": (t5, "", "四季度再举办联谊活动3场以上。"),
         "6": (t6, "活动中心改建资金尚有缺口。", "年底前完成8个共建联盟建设。"),
         "10": (t10, "", "持续推进“希望小屋”建设。")}
    titles = ["实施教育资源扩增优化工程", "实施巾帼促就业计划", "实施适龄妇女“两癌”免费检查和救助行动",
              "实施家庭教育指导服务行动", "实施新型婚育文化培育行动", "实施儿童友好城市建设促进行动",
              "实施普惠托育服务提质行动", "实施“阳光成长”青少年身心健康护航行动",
              "实施“润童心”儿童素养提升工程", "实施特殊困难儿童关爱项目"]
    owners = ["市教育局", "市人力资源社会保障局、市妇联、市商务局", "市卫生健康委、市妇联",
              "市妇联、市教育局", "市妇联、团市委、市医保局", "市妇联、市交通运输局",
              "市卫生健康委、市总工会", "市教育局、市卫生健康委、市公安局、市法院、市检察院",
              "市文化和旅游局、市科协", "市民政局、市残联、市妇联、团市委"]
    rows = [["序号", "项目名称", "责任单位", "进展情况", "存在问题", "下步打算"]]
    for k in range(10):
        prog, prob, plan = P.get(str(k + 1), ("", "", ""))
        rows.append([str(k + 1), titles[k], owners[k], prog, prob or ("无" if prog else ""), plan])
    tbl(w, rows, widths=(1.1, 3.4, 3.4, 8.6, 3.4, 4.0), size=10)
    sign_off(w, "淄博市妇女联合会", "2024年9月29日", blank=1)
    w.save(path)
    return Truth({k: cum(u, k, p) for k in ("2.1", "2.2", "4.1", "4.2", "5.1", "6.1")},
                 texts(*[(no, v[0], v[1] or "无", v[2]) for no, v in P.items()]))


@ret("p04", "市法院", "2024Q2", "court: project 8 work, no catalog figure", "docx", batch=B)
def p04(path: Path) -> Truth:
    w = Word(landscape=True)
    w.header("淄博市中级人民法院")
    w.title("市中院关于为全市妇女儿童办实事项目进展情况的报告（1—6月）", size=16)
    w.para()
    prog = ("推动建立家事案件调解联盟，吸纳市妇联、市民政局、市司法局等成员单位9家，在全市法院设立"
            "家事调解工作室12个。1—6月，全市法院审结涉未成年人家事案件412件，调解撤诉率58.7%，"
            "发出家庭教育指导令37份，开展“法官进校园”法治宣讲26场。")
    prob = "家事调解员专业化水平有待提升，联盟成员单位协作机制尚需细化。"
    plan = "下半年出台《家事案件调解联盟工作规则》，组织家事调解员培训不少于2期。"
    tbl(w, [STD_HEAD, ["8", "实施“阳光成长”青少年身心健康护航行动", "建立家事案件调解联盟，加强对未成年人的综合司法保护",
                        "市法院", prog, prob, plan]], widths=STD_W)
    w.para()
    w.para("联系人：刘倩　　电话：2286137", size=12)
    w.save(path)
    return Truth({}, texts((8, prog, prob, plan)))


@ret("p05", "市卫生健康委", "2024Q4", "per-indicator table with 完成率 and 本季度; unit only in header",
     "docx", batch=B)
def p05(path: Path) -> Truth:
    u, p = "市卫生健康委", "2024Q4"
    w = Word(landscape=True)
    w.header("淄博市卫生健康委员会", align="right")
    w.title("2024年度为全市妇女儿童办实事项目完成情况统计表", size=18)
    w.para("填报日期：2024年12月30日", align="right", size=12)

    def rate(ind, target):
        return f"{cum(u, ind, p) / target * 100:.1f}%"
    rows = [["序号", "指标名称", "计量单位", "年度任务", "截至本季度末累计", "完成率", "本季度完成", "备注"],
            ["1", "35—64岁适龄妇女“两癌”筛查率", "%", "90", f"{cum(u, '3.1', p):g}", rate("3.1", 90),
             "—", "筛查宫颈癌32.6万人、乳腺癌31.9万人"],
            ["2", "符合条件的“两癌”患病妇女救助覆盖率", "%", "100", f"{cum(u, '3.2', p):g}", "100.0%", "—", ""],
            ["3", "适龄女孩免费接种HPV疫苗", "—", "推进实施", "已实施", "—", "—",
             "全年为13周岁女孩免费接种首剂1.86万人"],
            ["4", "培育市级婴幼儿照护服务示范区县", "个", "5个左右", str(n(u, "7.1", p)), rate("7.1", 5),
             str(q(u, "7.1", p)), "张店、临淄、桓台等"],
            ["5", "打造市级示范托育机构", "家", "10", str(n(u, "7.2", p)), rate("7.2", 10),
             str(q(u, "7.2", p)), ""],
            ["6", "开展心理健康科普知识宣传（卫健系统）", "场", "200", str(n(u, "8.1", p)), rate("8.1", 200),
             str(q(u, "8.1", p)), "与教育系统共同完成"]]
    tbl(w, rows, widths=(1.1, 6.0, 1.6, 2.3, 3.0, 2.1, 2.4, 5.8))
    w.para()
    w.para("审核人：高建华　　　　填表人：马丽　　　　联系电话：3986021", size=12)
    w.save(path)
    return Truth({k: cum(u, k, p) for k in ("3.1", "3.2", "7.1", "7.2", "8.1")})


@ret("p06", "市科协", "2024Q1", "short table, full-width digits", "docx", batch=B)
def p06(path: Path) -> Truth:
    u, p = "市科协", "2024Q1"
    w = Word()
    w.title("淄博市科学技术协会\n一季度“润童心”儿童素养提升工程进展情况", size=18)
    w.para()
    w.body("一季度，我会围绕“科普进校园”主题，组织科普大篷车深入沂源县、高青县等农村中小学开展巡展，"
           "同步开展青少年“蒲公英”科普大讲堂，具体完成情况如下：")
    rows = [["项目", "年度目标", "一季度完成", "累计完成", "完成进度"],
            ["科普大篷车巡展", full("30") + "场", full(q(u, "9.2", p)) + "场", full(n(u, "9.2", p)) + "场",
             full(f"{n(u, '9.2', p) / 30 * 100:.1f}%")],
            ["青少年“蒲公英”科普大讲堂", full("40") + "场", full(q(u, "9.3", p)) + "场",
             full(n(u, "9.3", p)) + "场", full(f"{n(u, '9.3', p) / 40 * 100:.1f}%")]]
    tbl(w, rows, widths=(5.0, 2.4, 2.6, 2.6, 2.6), size=12)
    w.para()
    w.body("受寒假影响，一季度巡展场次偏少，二季度将加密进校频次，确保上半年完成全年任务的40%以上。")
    sign_off(w, "淄博市科学技术协会", "2024年3月27日")
    w.save(path)
    return Truth({"9.2": cum(u, "9.2", p), "9.3": cum(u, "9.3", p)})


@ret("p07", "团市委", "2024Q3", "report in Chinese numerals, unit only in sign-off", "docx", batch=B)
def p07(path: Path) -> Truth:
    u, p = "团市委", "2024Q3"
    w = Word()
    w.title("关于1—9月为妇女儿童办实事\n项目推进情况的报告")
    w.para()
    w.para("市妇儿工委办公室：")
    w.body("今年以来，我们认真落实市委、市政府部署，扎实推进新型婚育文化培育和特殊困难儿童关爱相关工作，"
           "现将1—9月进展情况报告如下。")
    w.heading("一、青年交友联谊")
    w.body(f"打造“青春有约·缘来淄博”交友品牌，1—9月累计举办单身青年联谊活动{cn(n(u, '5.1', p))}场"
           f"（其中第三季度{cn(q(u, '5.1', p), liang=True)}场，上半年{cn(int(cum(u, '5.1', '2024Q2')))}场），"
           "参与青年八百余人次，现场互选成功一百三十余对。")
    w.heading("二、困境儿童关爱")
    w.body("持续推进“希望小屋”儿童关爱项目，新建“希望小屋”一百二十间，组织青年志愿者开展陪伴服务"
           "三千余小时。")
    w.body("下一步，将结合“七夕”“国庆”等节点继续举办联谊活动，确保全年不少于十场的目标任务如期完成。")
    sign_off(w, "共青团淄博市委员会", "2024年9月26日")
    w.save(path)
    return Truth({"5.1": cum(u, "5.1", p)})


@ret("p08", "市总工会", "2024Q2", "report with one small table, 1—6月", "docx", batch=B)
def p08(path: Path) -> Truth:
    u, p = "市总工会", "2024Q2"
    w = Word()
    w.title("淄博市总工会\n关于2024年1—6月职工子女托管服务\n工作进展情况的报告", size=20)
    w.para()
    w.para("市妇儿工委办公室：")
    w.body("按照《2024年为全市妇女儿童办实事项目清单》分工，市总工会负责开展寒暑假职工子女托管班"
           "（年度目标不少于50个班次）。现将1—6月工作情况报告如下：")
    tbl(w, [["工作任务", "完成情况", "备注"],
             ["寒假职工子女托管班", f"{n(u, '7.3', p)}个班次，服务职工子女620余人", "1月22日至2月7日"],
             ["暑期职工子女托管班", "已完成报名摸底，计划开班40个以上", "7月上旬开班"],
             ["合计（截至6月底）", f"{n(u, '7.3', p)}个班次", ""]], widths=(4.0, 7.5, 4.0), size=12)
    w.para()
    w.body("市总工会安排专项资金60万元，对每个托管班给予不超过1.5万元补助。")
    sign_off(w, "淄博市总工会", "2024年6月25日")
    w.save(path)
    return Truth({"7.3": cum(u, "7.3", p)})


@ret("p09", "市残联", "2024Q3", "quarter-by-quarter ledger table with a 累计 row", "docx", batch=B)
def p09(path: Path) -> Truth:
    u, p = "市残联", "2024Q3"
    w = Word()
    w.title("市残联2024年前三季度\n残疾儿童康复救助项目进展情况", size=20)
    w.para()
    w.body("年度目标：为约2000名符合条件且有康复需求的残疾儿童实施康复救助。")
    rows = [["季度", "救助人数（名）", "其中：0—6岁（名）", "定点康复机构（家）", "拨付资金（万元）"]]
    money = {"2024Q1": "318.6", "2024Q2": "402.3", "2024Q3": "377.9"}
    young = {"2024Q1": 402, "2024Q2": 531, "2024Q3": 470}
    for qq, name in (("2024Q1", "第一季度"), ("2024Q2", "第二季度"), ("2024Q3", "第三季度")):
        rows.append([name, str(q(u, "10.2", qq)), str(young[qq]), "46", money[qq]])
    rows.append(["累计", str(n(u, "10.2", p)), str(sum(young.values())), "46", "1098.8"])
    tbl(w, rows, widths=(3.0, 3.2, 3.6, 3.6, 3.2), size=12)
    w.para()
    w.body("存在困难：部分县区定点康复机构康复师数量不足，孤独症儿童康复需求增长较快。")
    sign_off(w, "淄博市残疾人联合会", "2024年9月30日")
    w.save(path)
    return Truth({"10.2": cum(u, "10.2", p)})


@ret("p10", "市民政局", "2024Q4", "report with only a report date; 全覆盖", "docx", batch=B)
def p10(path: Path) -> Truth:
    u, p = "市民政局", "2024Q4"
    w = Word()
    w.title("淄博市民政局\n关于特殊困难儿童关爱项目落实情况的报告")
    w.para()
    w.para("市妇儿工委办公室：")
    w.body("我局牵头实施特殊困难儿童关爱项目，现将落实情况报告如下：")
    w.body("一是实施“福彩圆梦·孤儿助学工程”和“慈善助学·事实无人抚养及重点困境儿童助学工程”，"
           "累计资助孤儿、事实无人抚养儿童等孤困儿童1,236名，发放助学金386.4万元，"
           "享受民政保障的孤困儿童就学资助实现全覆盖。")
    w.body("二是落实孤儿基本生活保障，集中养育孤儿每人每月2,150元、社会散居孤儿和事实无人抚养儿童"
           "每人每月1,720元，按时足额发放。")
    w.body("三是配合市妇联、团市委推进“爱心妈妈”结对帮扶，全市1,452名困境儿童实现结对。")
    sign_off(w, "淄博市民政局", "2025年1月8日")
    w.save(path)
    return Truth({"10.1": cum(u, "10.1", p)})


WORDING.update({
    "p01": (("fill-line",), "第二季度"),
    "p02": (("title", "sign-off", "body"), "一季度"),
    "p03": (("title", "sign-off"), "截至9月底"),
    "p04": (("header", "title"), "1—6月"),
    "p05": (("header",), "年度"),
    "p06": (("title", "sign-off"), "一季度"),
    "p07": (("sign-off",), "1—9月"),
    "p08": (("title", "sign-off"), "1—6月"),
    "p09": (("title", "sign-off"), "前三季度"),
    "p10": (("title", "sign-off"), "date-line"),
})


# ============================================================================ xlsx
@ret("p11", "市教育局", "2024Q4", "workbook: cover sheet, two-row merged header, text numbers, 完成率 formulas",
     "xlsx", batch=B)
def p11(path: Path) -> Truth:
    from openpyxl.styles import Alignment, Font
    u, p = "市教育局", "2024Q4"
    cover = Sheet(title="封面")
    ws = cover.ws
    ws.column_dimensions["A"].width = 70
    for r, (text, size) in enumerate((("", 11), ("2024年为全市妇女儿童办实事项目", 20),
                                      ("进展情况报表", 20), ("", 11), ("报送单位：淄博市教育局（盖章）", 14),
                                      ("统计期：2024年全年", 14), ("报送时间：2025年1月5日", 14),
                                      ("联系人：孙晓东　0533-3182605", 14)), 1):
        if text:
            c = ws.cell(r, 1, text)
            c.font = Font(name="宋体", size=size, bold=size > 14)
            c.alignment = Alignment(horizontal="center")
        ws.row_dimensions[r].height = 36
    s = Sheet(cover.wb, "进展表")
    s.line("2024年为全市妇女儿童办实事项目进展情况（教育部分）", 9, size=14, bold=True, align="center", height=30)
    head = [["序号", "项目", "指标", "单位", "年度目标", "完成情况", "", "完成率", "备注"],
            ["", "", "", "", "", "截至本季度末累计", "其中：第四季度", "", ""]]
    data = [("一", "教育资源扩增优化工程", "新改扩建中小学", "所", 4, "1.1"),
            ("", "", "新改扩建幼儿园", "所", 10, "1.2"),
            ("", "", "打造智慧教育应用场景", "个", 10, "1.3"),
            ("二", "家庭教育指导服务行动", "家庭教育巡讲（教育系统）", "场", 1000, "4.1"),
            ("三", "“阳光成长”身心健康护航行动", "心理健康科普知识宣传", "场", 200, "8.1")]
    rows = [r[:] for r in head]
    for no, proj, name, meas, target, ind in data:
        # the clerk typed the cumulative figures as text (the cells were formatted 文本 first)
        rows.append([no, proj, name, meas, target, str(n(u, ind, p)), q(u, ind, p), None,
                     "千场巡讲由市妇联牵头" if ind == "4.1" else ""])
    rows.append(["", "", "安全防范建设“4个100%”达标率", "%", "100%", "100%", "—", "", "持续稳定达标"])
    top = s.row
    s.table(rows, header_rows=2,
            merges=[(0, 0, 1, 0), (0, 1, 1, 1), (0, 2, 1, 2), (0, 3, 1, 3), (0, 4, 1, 4), (0, 5, 0, 6),
                    (0, 7, 1, 7), (0, 8, 1, 8), (2, 0, 4, 0), (2, 1, 4, 1), (6, 0, 7, 0), (6, 1, 7, 1)],
            widths=(6, 18, 26, 6, 10, 16, 14, 10, 20))
    s.ws.row_dimensions[top].height = 22
    s.ws.row_dimensions[top + 1].height = 30
    for r in range(top + 2, top + 8):
        s.ws.row_dimensions[r].height = 32
    for r in range(top + 2, top + 7):
        c = s.ws.cell(r, 8, f"=VALUE(F{r})/E{r}")
        c.number_format = "0.0%"
    s.skip(1)
    s.line("注：完成率=累计完成/年度目标。", 9, size=10)
    s.save(path)
    recalc(path)
    return Truth({k: cum(u, k, p) for k in ("1.1", "1.2", "1.3", "4.1", "8.1", "8.2")})


@ret("p12", "市妇联", "2024Q2", "district rows over a 全市合计 row of SUM formulas", "xlsx", batch=B)
def p12(path: Path) -> Truth:
    u, p = "市妇联", "2024Q2"
    rng = random.Random("p12")
    s = Sheet(title="上半年")
    s.line("2024年上半年家庭教育及婚育文化项目进展汇总表", 6, size=16, bold=True, align="center", height=32)
    s.line("填报单位：市妇联家庭和儿童工作部　　　　　　统计截至：2024年6月30日", 6, size=11)
    names = list(DISTRICTS) + ["市直"]
    a = split(n(u, "4.1", p), 12, rng, 8)
    b = split(n(u, "4.2", p), 12, rng, 12)
    c = [0] * 12
    for k in rng.sample(range(11), n(u, "5.1", p)):
        c[k] = 1
    rows = [["序号", "区县", "家庭教育巡讲（场）", "家庭教育骨干培训（人）", "单身青年联谊活动（场）", "备注"]]
    for k, name in enumerate(names):
        rows.append([k + 1, name, a[k], b[k], c[k], "含线上直播" if k == 0 else ""])
    first = s.row + 1
    last = first + len(names) - 1
    rows.append(["", "全市合计", f"=SUM(C{first}:C{last})", f"=SUM(D{first}:D{last})",
                 f"=SUM(E{first}:E{last})", ""])
    s.table(rows, widths=(6, 14, 18, 20, 20, 14), merges=[(len(rows) - 1, 0, len(rows) - 1, 1)])
    s.ws.cell(s.row - 1, 1, "全市合计")
    s.skip(1)
    s.cells(["填表人：", "张蕾", "", "联系电话：", "3115268"])
    s.save(path)
    recalc(path)
    return Truth({"4.1": cum(u, "4.1", p), "4.2": cum(u, "4.2", p), "5.1": cum(u, "5.1", p)})


@ret("p13", "市人力资源社会保障局", "2024Q3", "monthly ledger with running-total formulas and a 合计 row",
     "xlsx", batch=B)
def p13(path: Path) -> Truth:
    u, p = "市人力资源社会保障局", "2024Q3"
    rng = random.Random("p13")
    s = Sheet(title="工作台账")
    s.line("巾帼促就业计划工作台账（前三季度）", 7, size=15, bold=True, align="center", height=30)
    s.line("填报单位：市人社局职业能力建设科　　　　　　　　　　　　单位：人次、场", 7, size=10)
    train, fairs = [], []
    for qq in ("2024Q1", "2024Q2", "2024Q3"):
        train += split(q(u, "2.1", qq), 3, rng, 60)
        fairs += split(q(u, "2.2", qq), 3, rng, 1)
    rows = [["月份", "家政培训期数", "培训人次", "累计培训人次", "女性专场招聘（场）", "累计场次", "备注"]]
    top = s.row
    for m in range(9):
        r = top + 1 + m
        rows.append([f"{m + 1}月", max(1, train[m] // 18), train[m],
                     f"=C{r}" if m == 0 else f"=D{r - 1}+C{r}", fairs[m],
                     f"=E{r}" if m == 0 else f"=F{r - 1}+E{r}",
                     "春风行动" if m in (1, 2) else ("高校毕业生专场" if m == 5 else "")])
    end = top + 9
    rows.append(["合计", f"=SUM(B{top + 1}:B{end})", f"=SUM(C{top + 1}:C{end})", "",
                 f"=SUM(E{top + 1}:E{end})", "", "年度目标5000人次"])
    s.table(rows, widths=(10, 14, 12, 14, 18, 12, 18))
    s.save(path)
    recalc(path)
    return Truth({"2.1": cum(u, "2.1", p), "2.2": cum(u, "2.2", p)})


@ret("p14", "市卫生健康委", "2024Q1", "district screening rates with a 全市合计 rate; second sheet for 托育",
     "xlsx", batch=B)
def p14(path: Path) -> Truth:
    u, p = "市卫生健康委", "2024Q1"
    rng = random.Random("p14")
    s = Sheet(title="两癌筛查")
    s.line("淄博市卫生健康委员会", 5, size=12, bold=True)
    s.line("2024年1-3月适龄妇女“两癌”免费检查进度表", 5, size=15, bold=True, align="center", height=30)
    women = [rng.randint(52000, 165000) for _ in DISTRICTS]
    target = cum(u, "3.1", p)
    screened = [int(wn * rng.uniform(target - 6, target + 6) / 100) for wn in women]
    # the last district is whatever brings the city to its figure
    screened[-1] += round(sum(women) * target / 100) - sum(screened)
    assert round(sum(screened) / sum(women) * 100, 1) == target
    rows = [["区县", "35-64岁适龄妇女数（人）", "累计筛查人数（人）", "筛查率（%）", "备注"]]
    top = s.row
    for k, d in enumerate(DISTRICTS):
        r = top + 1 + k
        rows.append([d, women[k], screened[k], f"=ROUND(C{r}/B{r}*100,1)", ""])
    end = top + len(DISTRICTS)
    rows.append(["全市合计", f"=SUM(B{top + 1}:B{end})", f"=SUM(C{top + 1}:C{end})",
                 f"=ROUND(C{end + 1}/B{end + 1}*100,1)", "年度目标90%"])
    s.table(rows, widths=(14, 22, 20, 14, 16),
            number_formats={(r, c): "#,##0" for r in range(1, len(rows)) for c in (1, 2)})
    s.skip(1)
    s.line("“两癌”患病妇女救助：符合条件的患病妇女均已纳入救助，救助覆盖率100%。", 5, size=10)
    t = Sheet(s.wb, "托育服务")
    t.line("普惠托育服务提质行动进展（1-3月）", 4, size=14, bold=True, align="center")
    t.table([["指标", "年度目标", "累计完成", "进展说明"],
             ["市级婴幼儿照护服务示范区县", "5个左右", n(u, "7.1", p), "已印发创建方案，各区县申报中"],
             ["市级示范托育机构", "不少于10家", n(u, "7.2", p), "张店区1家通过评估"]],
            widths=(30, 14, 12, 34))
    s.save(path)
    recalc(path)
    return Truth({"3.1": target, "3.2": cum(u, "3.2", p), "7.1": cum(u, "7.1", p), "7.2": cum(u, "7.2", p)})


@ret("p15", "市文化和旅游局", "2024Q2", "summary sheet counting a 明细 sheet of performances", "xlsx", batch=B)
def p15(path: Path) -> Truth:
    u, p = "市文化和旅游局", "2024Q2"
    rng = random.Random("p15")
    k = n(u, "9.1", p)
    s = Sheet(title="汇总")
    s.line("“戏曲进校园”活动进展汇总（截至6月底）", 5, size=15, bold=True, align="center", height=30)
    s.line("报送单位：市文旅局艺术科", 5)
    top = s.row
    s.table([["项目", "年度目标（场）", "累计完成（场）", "完成率", "说明"],
             ["戏曲进校园演出及课程辅导", 200, f"=COUNTA(明细!B3:B{k + 2})", f"=C{top + 1}/B{top + 1}",
              "详见“明细”表"]],
            widths=(28, 16, 16, 12, 20), number_formats={(1, 3): "0.0%"})
    d = Sheet(s.wb, "明细")
    d.line("戏曲进校园场次明细", 6, size=13, bold=True, align="center")
    plays = ("五音戏《王小赶脚》", "京剧《三岔口》", "五音戏《拐磨子》", "吕剧《李二嫂改嫁》",
             "京剧脸谱课程辅导", "五音戏唱腔课程辅导")
    schools = ("张店区第九中学", "淄川区实验小学", "博山区白塔中心学校", "周村区新建路小学",
               "临淄区金山中学", "桓台县实验学校", "高青县第一中学", "沂源县鲁村镇中学",
               "高新区第一小学", "经济开发区傅家实验小学", "文昌湖区萌山小学", "张店区华润小学")
    rows = [["序号", "日期", "学校", "剧目/课程", "形式", "观众（人）"]]
    days = sorted(rng.sample(range(1, 170), k))
    import datetime
    for j, day in enumerate(days):
        dt = datetime.date(2024, 1, 1) + datetime.timedelta(days=day + 20)
        play = rng.choice(plays)
        rows.append([j + 1, dt.strftime("%Y-%m-%d"), rng.choice(schools), play,
                     "课程辅导" if "辅导" in play else "演出", rng.randint(120, 900)])
    d.table(rows, widths=(7, 12, 24, 22, 10, 10))
    s.save(path)
    recalc(path)
    return Truth({"9.1": cum(u, "9.1", p)})


@ret("p16", "市交通运输局", "2024Q3", "one-row table, count written with its measure word", "xlsx", batch=B)
def p16(path: Path) -> Truth:
    u, p = "市交通运输局", "2024Q3"
    s = Sheet(title="Sheet1")
    s.line("2024年为全市妇女儿童办实事项目进展情况表", 6, size=15, bold=True, align="center", height=30)
    s.line("单位（盖章）：淄博市交通运输局　　　　　　　　　　截至2024年9月底", 6)
    s.table([["序号", "工作任务", "目标", "完成情况", "完成率", "责任科室"],
             ["1", "开通“定制公交”助学专线", "4条",
              f"已开通{n(u, '6.2', p)}条（张店区2条、淄川区1条、临淄区1条），日均服务学生1,350人次",
              "100%", "运输服务科"]],
            widths=(6, 26, 8, 46, 8, 12))
    s.skip(1)
    s.cells(["", "填报人：", "李娜", "", "电话：2317765"])
    s.save(path)
    return Truth({"6.2": cum(u, "6.2", p)})


@ret("p17", "市医保局", "2024Q4", "system export: one row per figure with 报送单位/报送期 columns", "xlsx", batch=B)
def p17(path: Path) -> Truth:
    u, p = "市医保局", "2024Q4"
    s = Sheet(title="导出数据")
    rows = [["报送单位", "报送期", "指标编码", "指标名称", "计量单位", "指标值", "数据来源"]]
    data = [("SY-01", "生育保险参保人数", "人", "412356"),
            ("SY-02", "职工医保住院分娩结算人次", "人次", "8217"),
            ("SY-03", "职工医保住院分娩政策范围内医疗费用报销比例", "%", f"{cum(u, '5.2', p):g}"),
            ("SY-04", "居民医保住院分娩政策范围内医疗费用报销比例", "%", "75"),
            ("SY-05", "生育津贴支付金额", "万元", "31245.6"),
            ("SY-06", "享受生育津贴人次", "人次", "21830")]
    for code, name, meas, val in data:
        rows.append(["淄博市医疗保障局", "2024年度", code, name, meas, float(val) if "." in val else int(val),
                     "医保信息平台"])
    s.table(rows, widths=(18, 10, 10, 44, 8, 12, 14))
    s.save(path)
    return Truth({"5.2": cum(u, "5.2", p)})


WORDING.update({
    "p11": (("cover-sheet",), "全年"),
    "p12": (("fill-line",), "上半年"),
    "p13": (("fill-line",), "前三季度"),
    "p14": (("title",), "1-3月"),
    "p15": (("fill-line",), "截至6月底"),
    "p16": (("fill-line",), "截至9月底"),
    "p17": (("table-cell",), "年度"),
})


# ============================================================================ doc
@ret("p18", "市公安局", "2024Q1", "report: 4个100% among police figures, unit in fill-line and sign-off",
     "doc", batch=B)
def p18(path: Path) -> Truth:
    u, p = "市公安局", "2024Q1"
    w = Word()
    w.para("报送单位：市公安局治安支队　　　　　　　　　报送时间：2024年3月28日", size=12)
    w.para()
    w.title("“护校安园”专项行动一季度工作情况")
    w.para()
    w.body("一季度，全市公安机关持续深入开展“护校安园”专项行动，会同教育部门对全市1,047所中小学、"
           "幼儿园开展安全检查两轮，排查整改安全隐患87处。")
    w.body("全市中小学幼儿园专职保安员配备率、封闭化管理率、“一键式”紧急报警和视频监控系统与公安机关联网率、"
           f"“护学岗”设置率均达到100%，安全防范建设“4个100%”达标率保持{cum(u, '8.2', p):g}%。")
    w.body("设置“护学岗”1,126个，每日上下学高峰时段投入警力3,400余人次；开展“法治副校长”进校园活动"
           "215场次，受教育师生12万余人次。一季度全市未发生涉校园重大案事件。")
    w.body("下步，将结合春季开学和“防溺水”关键节点，继续做好校园周边治安巡逻防控。")
    sign_off(w, "淄博市公安局", "2024年3月28日")
    w.save(path)
    return Truth({"8.2": cum(u, "8.2", p)})


@ret("p19", "市商务局", "2024Q2", "per-indicator table with 本季度 and 累计; 1.2万人次 distractor", "doc", batch=B)
def p19(path: Path) -> Truth:
    u, p = "市商务局", "2024Q2"
    w = Word()
    w.title("市商务局2024年二季度家政服务\n提质扩容工作进展情况", size=20)
    w.para()
    w.body("二季度，我局联合市人社局、市妇联实施家政服务业提质扩容“领跑者”行动，组织家政企业开展"
           "家政服务进社区活动32场，惠及群众1.2万人次。家政从业人员培训情况如下：")
    tbl(w, [["指标", "全市年度任务", "本季度完成", "截至二季度末累计", "备注"],
             ["培训家政从业人员（人次）", "5000人次以上（市人社局牵头）", str(q(u, "2.1", p)),
              str(n(u, "2.1", p)), "其中母婴护理类286人次"]],
            widths=(4.2, 4.0, 2.4, 3.2, 3.4), size=11)
    w.para()
    w.body("新增“家政信用查”平台注册家政服务人员2,460名，员工制家政企业达到27家。")
    sign_off(w, "淄博市商务局", "2024年6月28日")
    w.save(path)
    return Truth({"2.1": cum(u, "2.1", p)})


@ret("p20", "市科协", "2024Q3", "only last quarter's cumulative and this quarter's figure (clerk adds)",
     "doc", batch=B)
def p20(path: Path) -> Truth:
    u, p = "市科协", "2024Q3"
    w = Word(landscape=True)
    w.title("第三季度“润童心”儿童素养提升工程进展情况表", size=18)
    w.para("填报单位：市科协科普部　　　　　　　　　　　　　　　　　　　　　　填报日期：2024年9月27日", size=12)

    def pct(ind, target):
        return f"{n(u, ind, p) / target * 100:.1f}%"
    rows = [["项目", "年度目标（场）", "上半年累计（场）", "第三季度完成（场）", "年度任务完成进度", "主要做法"],
            ["科普大篷车巡展", "30", str(n(u, "9.2", "2024Q2")), str(q(u, "9.2", p)), pct("9.2", 30),
             "暑期走进沂源、高青等地乡村少年宫和农家书屋"],
            ["青少年“蒲公英”科普大讲堂", "40", str(n(u, "9.3", "2024Q2")), str(q(u, "9.3", p)),
             pct("9.3", 40), "邀请院士专家、科技工作者走进中小学"]]
    tbl(w, rows, widths=(5.0, 2.8, 3.2, 3.4, 3.6, 6.4), size=12)
    w.para()
    w.para("联系人：周敏　联系电话：2182953", size=12)
    w.save(path)
    return Truth({"9.2": cum(u, "9.2", p), "9.3": cum(u, "9.3", p)})


@ret("p21", "市检察院", "2024Q4", "procuratorate: seven-column table, work but no catalog figure", "doc", batch=B)
def p21(path: Path) -> Truth:
    w = Word(landscape=True)
    w.title("淄博市人民检察院2024年度为全市妇女儿童办实事进展情况", size=18)
    w.para()
    prog = ("全年共办理涉未成年人刑事案件156件，对涉罪未成年人开展社会调查和心理测评92人次；"
            "联合市法院、市妇联参与家事案件调解联盟建设，发出督促监护令64份；开展“法治进校园”宣讲48场。")
    prob = "未成年人司法保护社会支持体系仍需完善。"
    plan = "2025年推动建立未成年人综合保护中心，深化“一站式”询问救助机制。"
    tbl(w, [STD_HEAD, ["8", "实施“阳光成长”青少年身心健康护航行动",
                        "建立家事案件调解联盟，加强对未成年人的综合司法保护", "市检察院", prog, prob, plan]],
            widths=STD_W)
    sign_off(w, "淄博市人民检察院", "2024年12月27日")
    w.save(path)
    return Truth({}, texts((8, prog, prob, plan)))


# ============================================================================ pdf-text
@ret("p22", "市卫生健康委", "2024Q2", "seven-column table, abbreviated unit in title", "pdf-text", batch=B)
def p22(path: Path) -> Truth:
    u, p = "市卫生健康委", "2024Q2"
    w = Word(landscape=True)
    w.title("市卫健委2024年第二季度为全市妇女儿童办实事进展情况", size=18)
    w.para()
    t3 = (f"全市35—64岁适龄妇女“两癌”筛查率{cum(u, '3.1', p):g}%，较一季度提高22.4个百分点；"
          f"符合条件的“两癌”患病妇女救助覆盖率{cum(u, '3.2', p):g}%。适龄女孩HPV疫苗免费接种工作已于5月启动，"
          "首剂接种9,640人。")
    t7 = (f"示范区县创建评估完成{n(u, '7.1', p)}个（张店区），打造市级示范托育机构"
          f"{n(u, '7.2', p)}家；全市每千人口托位数达到4.1个。")
    t8 = f"卫健系统开展心理健康科普知识宣传{n(u, '8.1', p)}场，开通24小时心理援助热线。"
    rows = [STD_HEAD,
            ["3", "实施适龄妇女“两癌”免费检查和救助行动", "筛查率达到90%；救助全覆盖；推进HPV疫苗接种",
             "市卫生健康委、市妇联", t3, "部分农村妇女主动筛查意识不强。", "开展“两癌”筛查进村入户宣传。"],
            ["7", "实施普惠托育服务提质行动", "培育5个左右示范区县，打造不少于10家示范托育机构",
             "市卫生健康委、市总工会", t7, "托育机构收托率偏低。", "三季度集中开展示范托育机构评审。"],
            ["8", "实施“阳光成长”青少年身心健康护航行动", "心理健康科普知识宣传200场",
             "市教育局、市卫生健康委等", t8, "", "结合暑期开展青少年心理健康讲座。"]]
    tbl(w, rows, widths=STD_W)
    w.save(path)
    return Truth({k: cum(u, k, p) for k in ("3.1", "3.2", "7.1", "7.2", "8.1")},
                 texts((3, t3, rows[1][5], rows[1][6]), (7, t7, rows[2][5], rows[2][6]),
                       (8, t8, "", rows[3][6])))


@ret("p23", "团市委", "2024Q1", "table for projects 5 and 10; unit only in the fill-line", "pdf-text", batch=B)
def p23(path: Path) -> Truth:
    u, p = "团市委", "2024Q1"
    w = Word(landscape=True)
    w.title("为全市妇女儿童办实事项目进展情况表（一季度）", size=18)
    w.para("填报单位：团市委　　　　　　　　　　　　　　　　　　　　　　　　　　　2024年3月26日", size=12)
    t5 = f"举办“青春有约”单身青年联谊活动{n(u, '5.1', p)}场，参与青年210人。"
    t10 = "新建“希望小屋”32间，累计建成“希望小屋”1,018间。"
    rows = [["序号", "项目名称", "进展情况", "存在问题", "下步打算"],
            ["5", "实施新型婚育文化培育行动", t5, "活动覆盖面还不够广。", "二季度联合市妇联举办“五四”青年联谊活动。"],
            ["10", "实施特殊困难儿童关爱项目", t10, "无", "推动“希望小屋”向县域农村延伸。"]]
    tbl(w, rows, widths=(1.3, 4.6, 9.0, 4.0, 5.5), size=11)
    w.save(path)
    return Truth({"5.1": cum(u, "5.1", p)},
                 texts((5, t5, rows[1][3], rows[1][4]), (10, t10, "无", rows[2][4])))


@ret("p24", "市残联", "2024Q4", "formal report with 文号 and a pasted electronic seal", "pdf-text", batch=B)
def p24(path: Path) -> Truth:
    u, p = "市残联", "2024Q4"
    w = Word()
    w.para("淄残联字〔2024〕58号", align="right", size=14)
    w.para()
    w.title("淄博市残疾人联合会\n关于2024年残疾儿童康复救助项目\n完成情况的报告")
    w.para()
    w.para("市妇儿工委办公室：")
    w.body("今年，市政府将“为约2000名符合条件且有康复需求的残疾儿童实施康复救助”列入为全市妇女儿童"
           "办实事项目。省残联下达我市年度任务1,850名。现将全年完成情况报告如下：")
    w.body(f"全年累计为{comma(n(u, '10.2', p))}名残疾儿童实施康复救助，超额完成年度任务。其中0—6岁"
           "残疾儿童1,604名，7—17岁残疾儿童514名；视力、听力、言语、肢体、智力和孤独症六类救助均已覆盖。"
           "全年投入康复救助资金1,563.2万元，定点康复机构达到48家。")
    w.body("存在的主要问题是孤独症儿童康复需求增长较快，专业康复师缺口约60人。2025年，我们将扩大定点"
           "康复机构范围，提高救助标准。")
    sign_off(w, "淄博市残疾人联合会", "2024年12月26日")
    w.picture(seal_png("淄博市残疾人联合会", 420, seed=924), width_cm=4.0)
    w.save(path)
    return Truth({"10.2": cum(u, "10.2", p)}, seal_picture=True)


@ret("p25", "市民政局", "2024Q2", "per-indicator table, 截至6月30日", "pdf-text", batch=B)
def p25(path: Path) -> Truth:
    u, p = "市民政局", "2024Q2"
    w = Word()
    w.title("淄博市民政局为全市妇女儿童办实事\n项目进展情况表", size=20)
    w.para("（统计截至2024年6月30日）", align="center", size=14)
    w.para()
    tbl(w, [["项目", "指标", "目标", "完成情况"],
             ["特殊困难儿童关爱项目", "享受民政保障的孤困儿童就学资助覆盖率", "100%",
              f"{cum(u, '10.1', p):g}%（资助1,187名，发放助学金198.5万元）"],
             ["", "“爱心妈妈”结对帮扶", "持续推进", "结对1,402对"]],
            merges=[(1, 0, 2, 0)], widths=(3.6, 5.6, 2.2, 5.6), size=12)
    w.para()
    w.para("填表人：陈静　　电话：3119862", size=12)
    w.save(path)
    return Truth({"10.1": cum(u, "10.1", p)})


@ret("p26", "市文化和旅游局", "2024Q4", "full-width digits, 2024年度", "pdf-text", batch=B)
def p26(path: Path) -> Truth:
    u, p = "市文化和旅游局", "2024Q4"
    done = f"{n(u, '9.1', p) / 2:.1f}"
    w = Word()
    w.title("市文旅局2024年度“戏曲进校园”\n工作完成情况", size=20)
    w.para()
    w.body(f"２０２４年度，我局组织市五音戏剧院、市京剧院等院团深入全市中小学开展“戏曲进校园”活动，"
           f"全年累计开展演出及课程辅导{full(n(u, '9.1', p))}场，完成年度目标（２００场）的"
           f"{full(done)}％，其中第四季度{full(q(u, '9.1', p))}场。"
           "观看演出师生约１０．６万人次。")
    w.body("新编五音戏校园版剧目３部，培训学校戏曲兴趣小组辅导教师１２０名。")
    sign_off(w, "淄博市文化和旅游局", "２０２４年１２月２５日")
    w.save(path)
    return Truth({"9.1": cum(u, "9.1", p)})


WORDING.update({
    "p18": (("fill-line", "sign-off"), "一季度"),
    "p19": (("title", "sign-off"), "二季度"),
    "p20": (("fill-line",), "第三季度"),
    "p21": (("title", "sign-off"), "年度"),
    "p22": (("title",), "第二季度"),
    "p23": (("fill-line",), "一季度"),
    "p24": (("title", "sign-off"), "全年"),
    "p25": (("title",), "截至2024年6月30日"),
    "p26": (("title", "sign-off"), "年度"),
})


# ============================================================================ pdf-scan
@ret("p27", "市教育局", "2024Q3", "covering letter, landscape seven-column table, 落款 after the table; "
     "multi-page scan", "pdf-scan", batch=B, paper=paper_p.scanner(dpi=200, grey=False, staple=True))
def p27(path: Path) -> Truth:
    u, p = "市教育局", "2024Q3"
    w = Word()
    w.title("淄博市教育局\n关于报送2024年第三季度为全市妇女儿童\n办实事项目进展情况的函")
    w.para()
    w.para("市妇儿工委办公室：")
    w.body("现将我局牵头和参与的为全市妇女儿童办实事项目截至9月底的进展情况报送你们，详见附件。")
    w.body("前三季度，全市教育系统累计投入项目资金4.27亿元；秋季学期新增中小学学位5,400个、"
           "幼儿园学位1,620个。")
    w.para()
    w.para("附件：2024年第三季度为全市妇女儿童办实事项目进展情况表", indent=True)
    attachment_head(w, "2024年第三季度为全市妇女儿童办实事项目进展情况表")
    r1 = (f"截至9月底，累计完成新改扩建中小学{n(u, '1.1', p)}所（市实验中学北校区、张店区华润小学、"
          f"临淄区雪宫中学），新改扩建幼儿园{n(u, '1.2', p)}所，均已于秋季学期投入使用；"
          f"打造智慧教育应用场景{n(u, '1.3', p)}个。")
    r4 = f"各级家长学校累计开展家庭教育巡讲{n(u, '4.1', p)}场，开学季集中开展“家校共育”专题讲座。"
    r8 = (f"累计开展心理健康科普知识宣传{n(u, '8.1', p)}场；全市中小学幼儿园安全防范建设“4个100%”"
          f"达标率{cum(u, '8.2', p):g}%。")
    rows = [STD_HEAD,
            ["1", "实施教育资源扩增优化工程", "新改扩建4所中小学、10所幼儿园，打造10个智慧教育应用场景",
             "市教育局", r1, "剩余1所中学受冬季施工影响进度偏慢。", "加快推进，确保年底前竣工。"],
            ["4", "实施家庭教育指导服务行动", "开展家庭教育千场巡讲", "市妇联、市教育局", r4,
             "无", "四季度组织家庭教育优秀案例评选。"],
            ["8", "实施“阳光成长”青少年身心健康护航行动", "心理健康科普知识宣传200场；“4个100%”稳定达标",
             "市教育局、市卫生健康委、市公安局、市法院、市检察院", r8, "无", "开展秋季学期心理健康全员筛查。"]]
    tbl(w, rows, widths=STD_W, size=11)
    sign_off(w, "淄博市教育局", "2024年9月29日", blank=1)
    w.save(path)
    return Truth({k: cum(u, k, p) for k in ("1.1", "1.2", "1.3", "4.1", "8.1", "8.2")},
                 texts((1, r1, rows[1][5], rows[1][6]), (4, r4, "无", rows[2][6]),
                       (8, r8, "无", rows[3][6])))


@ret("p28", "市妇联", "2024Q1", "per-indicator table, unit named only in the seal", "pdf-scan", batch=B,
     paper=paper_p.scanner(dpi=240, grey=False))
def p28(path: Path) -> Truth:
    u, p = "市妇联", "2024Q1"
    w = Word()
    w.title("2024年第一季度为全市妇女儿童办实事\n项目进展情况表", size=18)
    w.para()
    rows = [["项目", "指标", "年度目标", "截至3月底累计", "备注"],
            ["巾帼促就业计划", "培训家政从业人员", "5000人次以上（全市）", f"{n(u, '2.1', p)}人次", "“巾帼家政”培训"],
            ["", "女性就业专场招聘活动", "—", f"{n(u, '2.2', p)}场", "“春风行动”专场"],
            ["家庭教育指导服务行动", "家庭教育巡讲", "1000场", f"{n(u, '4.1', p)}场", ""],
            ["", "培训家庭教育骨干", "550人（各区县不少于50人）", f"{n(u, '4.2', p)}人", "首期骨干培训班"],
            ["新型婚育文化培育行动", "单身青年联谊活动", "不少于10场", f"{n(u, '5.1', p)}场", "“三八”节专场"],
            ["儿童友好城市建设促进行动", "儿童友好共建联盟", "8个", f"{n(u, '6.1', p)}个", "试点方案已制定"]]
    tbl(w, rows, merges=[(1, 0, 2, 0), (3, 0, 4, 0)], widths=(3.6, 4.0, 3.4, 2.8, 2.8), size=11)
    w.para()
    w.body("“淄博好爸妈”网上家庭教育平台已完成需求调研，计划二季度上线试运行。")
    w.para()
    w.para("（盖章）　　　　　　", align="right")
    w.para("2024年3月28日　　", align="right")
    w.save(path)
    return Truth({k: cum(u, k, p) for k in ("2.1", "2.2", "4.1", "4.2", "5.1", "6.1")})


@ret("p29", "市人力资源社会保障局", "2024Q4", "seven-column table with 全年 figures, colour 300 dpi scan",
     "pdf-scan", batch=B, paper=paper_p.scanner(dpi=300, grey=False, lid_shadow=True))
def p29(path: Path) -> Truth:
    u, p = "市人力资源社会保障局", "2024Q4"
    w = Word(landscape=True)
    w.title("市人社局2024年全年为全市妇女儿童办实事项目完成情况", size=18)
    w.para()
    t2 = (f"全年累计培训家政从业人员{n(u, '2.1', p)}人次（含市商务局、市妇联组织培训），"
          f"完成年度目标的{n(u, '2.1', p) / 50:.1f}%；举办女性就业专场招聘活动{n(u, '2.2', p)}场，"
          "提供岗位2.3万个，帮助3,160名女性实现就业。")
    prob = "家政从业人员持证率仍偏低。"
    plan = "2025年继续实施家政服务人员“应训尽训”。"
    tbl(w, [STD_HEAD, ["2", "实施巾帼促就业计划", "培训家政从业人员5000人次以上；举办女性就业专场招聘活动",
                        "市人力资源社会保障局、市妇联、市商务局", t2, prob, plan]], widths=STD_W, size=11)
    sign_off(w, "淄博市人力资源和社会保障局", "2024年12月27日", blank=3)
    w.save(path)
    return Truth({"2.1": cum(u, "2.1", p), "2.2": cum(u, "2.2", p)}, texts((2, t2, prob, plan)))


@ret("p30", "市总工会", "2024Q3", "short report, cumulative spelled out by season; grey 150 dpi scan",
     "pdf-scan", batch=B, paper=paper_p.scanner(dpi=150, grey=True))
def p30(path: Path) -> Truth:
    u, p = "市总工会", "2024Q3"
    w = Word()
    w.title("市总工会前三季度职工子女托管服务\n工作情况", size=20)
    w.para()
    summer = q(u, "7.3", p)
    w.body(f"今年以来，市总工会联合各区县总工会和用人单位开展职工子女托管服务。寒假开办托管班"
           f"{n(u, '7.3', '2024Q1')}个班次，暑假开办托管班{summer}个班次，前三季度累计开办"
           f"{n(u, '7.3', p)}个班次，服务职工子女3,270人，超额完成不少于50个班次的年度目标。")
    w.body("全省职工子女托管班共1,200余个，我市开班数量居全省第3位。市总工会共发放托管班补助资金"
           "78.5万元。")
    w.body("下步将总结托管服务经验，探索开展常态化“四点半课堂”。")
    sign_off(w, "淄博市总工会", "2024年9月27日")
    w.save(path)
    return Truth({"7.3": cum(u, "7.3", p)})


@ret("p31", "市交通运输局", "2024Q1", "paragraph return, 截至3月底; not stamped", "pdf-scan", batch=B,
     seal=False, paper=paper_p.scanner(dpi=200, grey=True))
def p31(path: Path) -> Truth:
    u, p = "市交通运输局", "2024Q1"
    w = Word()
    w.title("市交通运输局“定制公交”助学专线\n开通情况（截至3月底）", size=20)
    w.para()
    w.body(f"截至3月底，已开通“定制公交”助学专线{n(u, '6.2', p)}条（张店区实验中学专线），"
           "日均服务学生260人次；另有3条线路已完成线路踏勘和学生需求摸底，计划春季学期内陆续开通。")
    w.body("全年目标：开通4条“定制公交”助学专线。")
    w.para()
    w.para("淄博市交通运输局运输服务科", align="right")
    w.para("2024年4月2日", align="right")
    w.save(path)
    return Truth({"6.2": cum(u, "6.2", p)})


@ret("p32", "市医保局", "2024Q2", "short report, unit named only in the seal", "pdf-scan", batch=B,
     paper=paper_p.scanner(dpi=200, grey=False))
def p32(path: Path) -> Truth:
    u, p = "市医保局", "2024Q2"
    w = Word()
    w.title("关于上半年职工医保住院分娩医疗费用\n报销政策落实情况的报告", size=20)
    w.para()
    w.para("市妇儿工委办公室：")
    w.body("我局认真落实提高职工生育医疗费报销标准的要求，职工医保参保人员（含灵活就业人员）住院分娩"
           "发生的政策范围内医疗费用全部纳入报销。")
    w.body(f"上半年，全市职工医保住院分娩结算3,864人次，政策范围内医疗费用报销比例达到{cum(u, '5.2', p):g}%，"
           "基金支付2,918.7万元；居民医保住院分娩政策范围内报销比例为75%。")
    w.body("下半年将进一步优化生育津贴“免申即享”经办服务。")
    w.para()
    w.para("（公章）　　　　　　", align="right")
    w.para("2024年6月26日　　", align="right")
    w.save(path)
    return Truth({"5.2": cum(u, "5.2", p)})


@ret("p33", "市法院", "2024Q4", "court report with work figures, no catalog figure", "pdf-scan", batch=B,
     paper=paper_p.scanner(dpi=240))
def p33(path: Path) -> Truth:
    w = Word()
    w.title("淄博市中级人民法院\n2024年度加强未成年人司法保护\n工作情况报告", size=20)
    w.para()
    w.body("2024年，全市法院认真落实为全市妇女儿童办实事项目分工，牵头建立家事案件调解联盟，"
           "吸纳成员单位11家，全年通过联盟调解家事纠纷738件，调解成功率61.2%。")
    w.body("全年审结涉未成年人家事案件865件，发出家庭教育指导令74份、人身安全保护令52份；"
           "开展“法官进校园”法治宣讲53场，覆盖师生4.8万人次。")
    w.body("2025年将推动家事审判与家事调解深度衔接，探索设立少年家事审判庭。")
    sign_off(w, "淄博市中级人民法院", "2024年12月30日")
    w.save(path)
    return Truth({})


@ret("p34", "市商务局", "2024Q3", "table in a report, 千余 beside the exact figure; grey scan", "pdf-scan",
     batch=B, paper=paper_p.scanner(dpi=200, grey=True, lid_shadow=True))
def p34(path: Path) -> Truth:
    u, p = "市商务局", "2024Q3"
    w = Word()
    w.title("市商务局2024年1—9月家政从业人员\n培训工作进展情况", size=20)
    w.para()
    w.body("前三季度，我局依托“家政兴农”行动和家政服务业提质扩容“领跑者”行动，累计培训家政从业人员"
           "千余人次，培训结束后推荐上岗630余人。分季度情况如下：")
    rows = [["时间", "培训期数", "培训人次"]]
    for qq, name in (("2024Q1", "1—3月"), ("2024Q2", "4—6月"), ("2024Q3", "7—9月")):
        rows.append([name, str(max(2, q(u, "2.1", qq) // 40)), str(q(u, "2.1", qq))])
    rows.append(["1—9月合计", str(sum(int(r[1]) for r in rows[1:])), str(n(u, "2.1", p))])
    tbl(w, rows, widths=(4.0, 3.0, 3.0), size=12)
    w.para()
    w.body("全市家政从业人员培训由市人社局牵头，年度目标为5000人次以上。")
    sign_off(w, "淄博市商务局", "2024年9月30日")
    w.save(path)
    return Truth({"2.1": cum(u, "2.1", p)})


# ============================================================================ image
@ret("p35", "市科协", "2024Q2", "one-page table photographed on a desk", "image", batch=B,
     paper=paper_p.phone(desk="wood"))
def p35(path: Path) -> Truth:
    u, p = "市科协", "2024Q2"
    w = Word()
    w.title("市科协上半年为全市妇女儿童办实事\n项目进展情况", size=20)
    w.para()
    tbl(w, [["项目", "年度目标", "上半年累计完成", "完成进度"],
             ["科普大篷车巡展", "30场", f"{n(u, '9.2', p)}场", f"{n(u, '9.2', p) / 30 * 100:.0f}%"],
             ["青少年“蒲公英”科普大讲堂", "40场", f"{n(u, '9.3', p)}场", f"{n(u, '9.3', p) / 40 * 100:.1f}%"]],
            widths=(5.6, 2.8, 3.6, 2.8), size=13)
    w.para()
    w.body("二季度结合全国科技活动周，组织科普大篷车走进周村区、桓台县等地乡村学校；“蒲公英”"
           "科普大讲堂邀请中科院专家作报告2场。")
    sign_off(w, "淄博市科学技术协会", "2024年6月27日")
    w.save(path)
    return Truth({"9.2": cum(u, "9.2", p), "9.3": cum(u, "9.3", p)})


@ret("p36", "市公安局", "2024Q3", "one-page note, not stamped, photographed", "image", batch=B, seal=False,
     paper=paper_p.phone(desk="grey", slant=1.3))
def p36(path: Path) -> Truth:
    u, p = "市公安局", "2024Q3"
    w = Word()
    w.title("市公安局“护校安园”工作进展\n（截至9月底）", size=20)
    w.para()
    w.body("秋季开学以来，全市公安机关对1,052所中小学幼儿园周边开展治安清查，整改隐患46处。")
    w.body(f"截至9月底，全市中小学幼儿园安全防范建设“4个100%”达标率{cum(u, '8.2', p):g}%。"
           "“护学岗”常态化运行1,130个。")
    w.para()
    w.para("报送人：赵刚　电话：2713355", align="right")
    w.save(path)
    return Truth({"8.2": cum(u, "8.2", p)})


@ret("p37", "团市委", "2024Q4", "one-page table, unit named only in the seal, photographed", "image",
     batch=B, paper=paper_p.phone(desk="glass"))
def p37(path: Path) -> Truth:
    u, p = "团市委", "2024Q4"
    w = Word()
    w.title("2024年全年为妇女儿童办实事\n项目完成情况", size=20)
    w.para()
    t5 = f"全年举办单身青年联谊活动{cn(n(u, '5.1', p))}场，参与青年一千二百余人次，互选成功二百一十对。"
    t10 = "全年新建“希望小屋”一百五十六间，组织志愿者结对陪伴困境儿童八百余名。"
    tbl(w, [["序号", "项目", "完成情况"],
             ["五", "新型婚育文化培育行动", t5],
             ["十", "特殊困难儿童关爱项目", t10]], widths=(1.6, 4.4, 10.0), size=12)
    w.para()
    w.para("（盖章）　　　　", align="right")
    w.para("2024年12月24日", align="right")
    w.save(path)
    return Truth({"5.1": cum(u, "5.1", p)})


@ret("p38", "市卫生健康委", "2024Q3", "one-page per-indicator table, 前三季度, photographed", "image",
     batch=B, paper=paper_p.phone(desk="wood", slant=1.2))
def p38(path: Path) -> Truth:
    u, p = "市卫生健康委", "2024Q3"
    w = Word()
    w.title("市卫生健康委前三季度\n妇女儿童实事项目进展", size=20)
    w.para()
    tbl(w, [["指标", "目标", "前三季度累计"],
             ["“两癌”筛查率", "90%", f"{cum(u, '3.1', p):g}%"],
             ["“两癌”患病妇女救助覆盖率", "100%", f"{cum(u, '3.2', p):g}%"],
             ["市级婴幼儿照护服务示范区县", "5个左右", f"{n(u, '7.1', p)}个"],
             ["市级示范托育机构", "10家", f"{n(u, '7.2', p)}家"],
             ["心理健康科普知识宣传", "（卫健系统）", f"{n(u, '8.1', p)}场"]],
            widths=(7.0, 3.4, 4.4), size=13)
    w.para()
    w.body("HPV疫苗免费接种累计完成首剂1.52万人，接种率86.4%。")
    sign_off(w, "淄博市卫生健康委员会", "2024年9月26日", blank=1)
    w.save(path)
    return Truth({k: cum(u, k, p) for k in ("3.1", "3.2", "7.1", "7.2", "8.1")})


@ret("p39", "市检察院", "2024Q2", "one-page table of work, no catalog figure, not stamped", "image",
     batch=B, seal=False, paper=paper_p.phone(desk="grey"))
def p39(path: Path) -> Truth:
    w = Word()
    w.title("市检察院二季度未成年人综合司法保护\n工作进展情况", size=20)
    w.para()
    prog = "二季度办理涉未成年人案件41件，发出督促监护令19份，参与家事案件调解联盟筹建。"
    prob = "专业社工力量不足。"
    plan = "三季度联合团市委引入专业社工机构。"
    tbl(w, [["项目", "进展情况", "存在问题", "下步打算"],
             ["“阳光成长”青少年身心健康护航行动", prog, prob, plan]], widths=(3.6, 6.4, 3.0, 3.6), size=12)
    w.para()
    w.para("淄博市人民检察院第九检察部", align="right")
    w.para("2024年6月28日", align="right")
    w.save(path)
    return Truth({}, texts((8, prog, prob, plan)))


@ret("p40", "市民政局", "2024Q3", "one-page notice-style return, 截至9月底, photographed", "image", batch=B,
     paper=paper_p.phone())
def p40(path: Path) -> Truth:
    u, p = "市民政局", "2024Q3"
    w = Word()
    w.title("市民政局特殊困难儿童关爱项目\n进展情况（截至9月底）", size=20)
    w.para()
    w.body("截至9月底，全市享受民政保障的孤困儿童就学资助覆盖率"
           f"{cum(u, '10.1', p):g}%，累计资助1,214名，发放助学金305.8万元。")
    w.body("秋季开学前，对全市孤儿、事实无人抚养儿童就学情况进行全面摸排，确保应助尽助。")
    sign_off(w, "淄博市民政局", "2024年9月29日")
    w.save(path)
    return Truth({"10.1": cum(u, "10.1", p)})


WORDING.update({
    "p27": (("title", "sign-off", "seal"), "第三季度"),
    "p28": (("seal",), "第一季度"),
    "p29": (("title", "sign-off", "seal"), "全年"),
    "p30": (("title", "sign-off", "seal"), "前三季度"),
    "p31": (("title", "sign-off"), "截至3月底"),
    "p32": (("seal",), "上半年"),
    "p33": (("title", "sign-off", "seal"), "年度"),
    "p34": (("title", "sign-off", "seal"), "1—9月"),
    "p35": (("title", "sign-off", "seal"), "上半年"),
    "p36": (("title",), "截至9月底"),
    "p37": (("seal",), "全年"),
    "p38": (("title", "sign-off", "seal"), "前三季度"),
    "p39": (("title", "sign-off"), "二季度"),
    "p40": (("title", "sign-off", "seal"), "截至9月底"),
})


# ============================================================================ two more shapes
@ret("p41", "市妇联", "2024Q4", "year-end report: own figures with 余 and Chinese numerals beside the city's "
     "total from another department", "docx", batch=B)
def p41(path: Path) -> Truth:
    u, p = "市妇联", "2024Q4"
    w = Word()
    w.para("淄妇字〔2024〕71号", align="center")
    w.para()
    w.title("淄博市妇女联合会\n关于2024年为全市妇女儿童办实事项目\n完成情况的报告")
    w.para()
    w.para("市妇儿工委办公室：")
    w.body("2024年，市妇联牵头实施家庭教育指导服务、新型婚育文化培育、儿童友好城市建设促进三项行动，"
           "参与实施巾帼促就业、“两癌”救助和特殊困难儿童关爱项目，全年各项任务均已完成。现报告如下：")
    w.heading("一、巾帼促就业")
    w.body("妇联系统全年培训家政从业人员一千余人次，举办女性就业专场招聘活动"
           f"{cn(n(u, '2.2', p))}场。据市人社局统计，全市共培训家政从业人员4,521人次，完成5000人次"
           "目标的90.4%。")
    w.heading("二、家庭教育指导服务")
    w.body("“家庭共成长”千场巡讲全年开展1100余场，线上线下受益家长12.6万人次；全年培训家庭教育骨干"
           f"{n(u, '4.2', p)}人，11个区县均达到50人以上。“淄博好爸妈”网上家庭教育平台已于5月上线，"
           "注册用户3.8万人。")
    w.heading("三、新型婚育文化培育")
    w.body(f"联合团市委举办单身青年联谊活动{n(u, '5.1', p)}场，较上年增加3场。")
    w.heading("四、儿童友好城市建设")
    w.body(f"{n(u, '6.1', p)}个儿童友好共建联盟全部建成；市妇女儿童活动中心改建完成，新建儿童城市书房5处。")
    w.body("联系人：张蕾，电话：3115268。")
    sign_off(w, "淄博市妇女联合会", "2024年12月30日")
    w.save(path)
    # 一千余 → 1000 and 1100余 → 1100: the round figures the report gives, as a clerk types them
    return Truth({"2.1": 1000, "2.2": cum(u, "2.2", p), "4.1": 1100, "4.2": cum(u, "4.2", p),
                  "5.1": cum(u, "5.1", p), "6.1": cum(u, "6.1", p)})


@ret("p42", "市总工会", "2024Q4", "one row per indicator across four quarter columns and a 全年 column",
     "pdf-text", batch=B)
def p42(path: Path) -> Truth:
    u, p = "市总工会", "2024Q4"
    w = Word(landscape=True)
    w.title("市总工会2024年普惠托育服务提质行动分季度完成情况", size=18)
    w.para()
    row = ["开展寒暑假职工子女托管班（个班次）", "不少于50"]
    row += [str(q(u, "7.3", qq)) for qq in ("2024Q1", "2024Q2", "2024Q3", "2024Q4")]
    row += [str(n(u, "7.3", p)), "四季度为寒假班提前开班"]
    tbl(w, [["指标", "年度目标", "一季度", "二季度", "三季度", "四季度", "全年合计", "备注"],
            row,
            ["服务职工子女（人）", "—", "620", "0", "2650", "410", "3680", ""]],
        widths=(6.4, 2.6, 2.0, 2.0, 2.0, 2.0, 2.4, 5.0), size=12)
    w.para()
    w.para("填报：市总工会女职工部　　　　　　　　　　　　　　　　　　　　2025年1月3日", size=12)
    w.save(path)
    return Truth({"7.3": cum(u, "7.3", p)})


WORDING.update({
    "p41": (("title", "sign-off"), "年度"),
    "p42": (("title", "fill-line"), "全年"),
})
