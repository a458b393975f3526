"""Batch 8: paper returns (scanned PDFs and phone photos) from offices batches 1-6 never showed.
Please do not read this file while changing app/extraction/.

Thirty returns as sixteen departments print, stamp and send them: sixteen fed through office
scanners (``pdf-scan``) and fourteen photographed with a phone (``image``), each through its
own paper in ``paper_n``. Figures come from ``ledger_n``."""
from __future__ import annotations

from pathlib import Path

from docx.oxml import parse_xml
from docx.oxml.ns import nsdecls
from docx.shared import RGBColor

from samples.holdout.corpus import Truth, attachment_head, ret, sign_off
from samples.holdout.docxkit import HEI, TITLE_FONT, Word
from samples.holdout.ledger_n import cum, f, n
from samples.holdout.numerals import cn
from samples.holdout.paper_n import Ink, Phone, Scanner, photographed, scanned
from samples.holdout.wording import WORDING

B = 8
TO = "市妇儿工委办公室："
NOTICE = "《2024年为全市妇女儿童办实事项目清单》（淄政办字〔2024〕13号）"


def vals(unit: str, period: str, *ids: str) -> dict[str, float]:
    return {i: cum(unit, i, period) for i in ids}


def letterhead(w: Word, org: str) -> None:
    """A red-headed document (红头文件): the office's name in big red type over a red rule."""
    p = w.para(org, font=TITLE_FONT, size=30, align="center")
    p.runs[0].font.color.rgb = RGBColor(0xD8, 0x10, 0x10)
    rule = w.para()
    rule._p.get_or_add_pPr().append(parse_xml(
        f'<w:pBdr {nsdecls("w")}><w:bottom w:val="single" w:sz="24" w:space="1" '
        'w:color="D81010"/></w:pBdr>'))


# =================================================================== scans (pdf-scan)
@ret("n01", "市卫生健康委", "2024Q1", "report+attached-indicator-table", "pdf-scan", batch=B,
     paper=scanned(Scanner(dpi=300, turn=0.6, jpeg=70), Ink(checked=True)))
def n01(path: Path) -> Truth:
    u, p = "市卫生健康委", "2024Q1"
    w = Word()
    w.title("淄博市卫生健康委员会\n关于2024年一季度为妇女儿童办实事\n项目进展情况的报告", size=20)
    w.para()
    w.para(TO)
    w.body(f"根据{NOTICE}要求，我委牵头实施“两癌”免费检查和救助、普惠托育服务提质两项实事，"
           "参与“阳光成长”青少年身心健康护航行动。现将一季度工作进展情况报告如下：")
    w.heading("一、适龄妇女“两癌”免费检查和救助")
    w.body("年初将全年约41.2万人的筛查任务分解到各区县，一季度共完成宫颈癌、乳腺癌筛查8.82万人，"
           f"35—64岁适龄妇女“两癌”筛查率{f(u, '3.1', p)}%；对筛查确诊的符合条件患病妇女及时落实救助，"
           f"救助覆盖率{f(u, '3.2', p)}%，其余3人正在审核材料。")
    w.heading("二、普惠托育服务提质")
    w.body("印发市级婴幼儿照护服务示范区县创建方案，5个区县已提交创建申请，评估验收安排在下半年进行。"
           f"完成第一批市级示范托育机构评审，认定{n(u, '7.2', p)}家。")
    w.heading("三、青少年心理健康科普")
    w.body(f"组织精神卫生专业机构进校园、进社区，开展心理健康科普知识宣传{n(u, '8.1', p)}场。")
    w.body("各项目具体完成情况详见附件。")
    attachment_head(w, "卫生健康系统为妇女儿童办实事项目进展情况表（一季度）")
    rows = [["序号", "项目", "指标", "年度目标", "截至3月底累计完成", "备注"],
            ["1", "“两癌”免费检查和救助", "适龄妇女“两癌”筛查率", "≥90%", f"{f(u, '3.1', p)}%", "筛查8.82万人"],
            ["2", "“两癌”免费检查和救助", "患病妇女救助覆盖率", "100%", f"{f(u, '3.2', p)}%", ""],
            ["3", "普惠托育服务提质", "市级婴幼儿照护服务示范区县", "5个左右", "0", "下半年评估"],
            ["4", "普惠托育服务提质", "市级示范托育机构", "不少于10家", f"{n(u, '7.2', p)}", ""],
            ["5", "“阳光成长”护航行动", "心理健康科普知识宣传", "200场（全市）", f"{n(u, '8.1', p)}", "全市共同任务"]]
    w.table(rows, widths=[1.4, 5, 6, 3, 4, 4.5], size=11)
    sign_off(w, "淄博市卫生健康委员会", "2024年4月3日", blank=1)
    w.save(path)
    return Truth(vals(u, p, "3.1", "3.2", "7.1", "7.2", "8.1"))


N02_TEXTS = {
    "1": {"progress": "1-6月，新改扩建中小学1所（淄川区般阳中学扩建工程已竣工）、幼儿园3所，"
                      "累计打造智慧教育应用场景5个。",
          "problems": "部分幼儿园项目受土地手续影响，开工时间滞后。",
          "plans": "加快推进在建项目，确保秋季开学前新增学位投入使用。"},
    "4": {"progress": "依托家长学校开展家庭教育巡讲187场，覆盖家长3.6万人次。",
          "problems": "农村学校家长参与率偏低。",
          "plans": "暑期组织家庭教育讲师团进社区、进乡村。"},
    "8": {"progress": "开展心理健康科普知识宣传92场；全市中小学幼儿园安全防范建设“4个100%”"
                      "达标率99.3%。",
          "problems": "个别民办幼儿园专职保安配备不到位。",
          "plans": "9月开学前完成整改，实现全部达标。"},
}


@ret("n02", "市教育局", "2024Q2", "progress-table-with-texts", "pdf-scan", batch=B,
     paper=scanned(Scanner(dpi=200, mode="grey", turn=0.4, jpeg=75), Ink(where=(0.2, 0.2))))
def n02(path: Path) -> Truth:
    u, p = "市教育局", "2024Q2"
    assert (n(u, "1.1", p), n(u, "1.2", p), n(u, "1.3", p), n(u, "4.1", p), n(u, "8.1", p),
            cum(u, "8.2", p)) == (1, 3, 5, 187, 92, 99.3)
    w = Word(landscape=True)
    w.title("2024年为全市妇女儿童办实事工作进展情况表", size=18)
    w.para("填报单位：市教育局（盖章）          统计时段：2024年1-6月          "
           "填报时间：2024年7月3日", size=12)
    rows = [["序号", "项目名称", "年度目标", "进展情况", "存在问题", "下步打算"]]
    goals = {"1": ("实施教育资源扩增优化工程", "新改扩建4所中小学、10所幼儿园，打造10个智慧教育应用场景"),
             "4": ("实施家庭教育指导服务行动", "开展家庭教育千场巡讲"),
             "8": ("实施“阳光成长”青少年身心健康护航行动", "心理健康科普知识宣传200场；“4个100%”稳定达标")}
    for k, (name, goal) in goals.items():
        t = N02_TEXTS[k]
        rows.append([k, name, goal, t["progress"], t["problems"], t["plans"]])
    w.table(rows, widths=[1.3, 4, 4.5, 7.5, 4, 4.4], size=11)
    w.para("填表人：孙晓  审核人：刘建国  联系电话：0533-3182765", size=12)
    w.save(path)
    return Truth({"1.1": 1, "1.2": 3, "1.3": 5, "4.1": 187, "8.1": 92, "8.2": 99.3}, N02_TEXTS)


@ret("n03", "市人力资源社会保障局", "2024Q3", "indicator-table-target-done-rate", "pdf-scan",
     batch=B, paper=scanned(Scanner(dpi=300, mode="bw", turn=1.0, threshold=150), Ink(where="date")))
def n03(path: Path) -> Truth:
    u, p = "市人力资源社会保障局", "2024Q3"
    done = n(u, "2.1", p)
    w = Word()
    w.title("为妇女儿童办实事项目进展情况表", size=20)
    w.para("（2024年前三季度）", align="center", size=15)
    w.para()
    rows = [["指标", "计量单位", "年度目标", "累计完成", "完成率"],
            ["培训家政从业人员", "人次", "5000", str(done), f"{done / 50:.1f}%"],
            ["举办女性就业专场招聘活动", "场", "—", str(n(u, "2.2", p)), "—"],
            ["其中：“春风行动”专场", "场", "—", "12", "—"]]
    w.table(rows, widths=[5.6, 2.2, 2.6, 2.6, 2.6], size=12)
    w.para()
    w.body("说明：家政培训含母婴护理、养老护理、收纳整理等项目，参训人员中女性占91.3%；"
           "招聘活动累计提供岗位1.4万余个，达成就业意向3200余人。")
    w.para()
    w.para("填表人：王丽        联系电话：0533-2186034", size=13)
    w.para("2024年10月8日    ", align="right")
    w.save(path)
    return Truth(vals(u, p, "2.1", "2.2"))


@ret("n04", "市妇联", "2024Q4", "long-report+table-three-pages", "pdf-scan", batch=B,
     paper=scanned(Scanner(dpi=150, turn=0.5, jpeg=68, specks=0.001),
                   Ink(heavy=True, riding=True, checked=True)))
def n04(path: Path) -> Truth:
    u, p = "市妇联", "2024Q4"
    w = Word()
    w.title("淄博市妇女联合会\n关于2024年度为妇女儿童办实事项目\n完成情况的报告", size=20)
    w.para()
    w.para(TO)
    w.body(f"2024年，市妇联认真落实{NOTICE}部署，牵头实施家庭教育指导服务、新型婚育文化培育、"
           "儿童友好城市建设促进三项行动，协同推进巾帼促就业、“两癌”救助和特殊困难儿童关爱等工作。"
           "现将全年完成情况报告如下。")
    w.heading("一、巾帼促就业计划")
    w.body("联合人社、商务部门举办“春风行动”“巾帼就业服务月”等女性就业专场招聘活动"
           f"{n(u, '2.2', p)}场，提供岗位2.1万余个；依托巾帼家政培训基地培训家政从业人员"
           f"{n(u, '2.1', p)}人次，推荐上岗460余人。")
    w.heading("二、家庭教育指导服务行动")
    w.body("实施“家庭共成长”计划，组建市、区县、镇街三级家庭教育讲师团，全年开展家庭教育巡讲"
           f"{n(u, '4.1', p)}场，完成千场巡讲目标的104.2%，覆盖家长和儿童12.6万余人次；"
           f"各区县共培训家庭教育骨干{n(u, '4.2', p)}人，每个区县均超过50人。"
           "“淄博好爸妈”网上家庭教育平台于6月上线运行，累计访问量突破80万人次。")
    w.heading("三、新型婚育文化培育行动")
    w.body(f"打造“淄缘有约”青年交友品牌，与团市委等单位联合举办单身青年联谊活动{n(u, '5.1', p)}场，"
           "参与青年2300余人次，现场牵手成功186对。")
    w.heading("四、儿童友好城市建设促进行动")
    w.body(f"在张店、淄川、临淄等区县试点打造儿童友好共建联盟{n(u, '6.1', p)}个，吸纳成员单位"
           "170余家；争取专项资金286万元改建市妇女儿童活动中心，新建儿童城市书房14处。")
    w.heading("五、存在的不足")
    w.body("一是区县之间工作进展不够均衡，个别区县家庭教育骨干队伍专业化水平不高；"
           "二是儿童友好共建联盟运行机制还需进一步完善，社会力量参与不够充分。")
    w.heading("六、下步打算")
    w.body("2025年，我们将持续深化家庭教育指导服务，完善儿童友好共建联盟运行机制，"
           "推动各项实事项目常态长效，不断增强妇女儿童的获得感、幸福感、安全感。")
    w.body("附件：市妇联2024年为妇女儿童办实事项目完成情况统计表")
    attachment_head(w, "市妇联2024年为妇女儿童办实事项目完成情况统计表")
    rows = [["项目", "具体任务", "年度任务", "全年完成", "备注"],
            ["巾帼促就业计划", "培训家政从业人员（人次）", "5000（全市）", str(n(u, "2.1", p)), "与人社、商务部门共同完成"],
            ["巾帼促就业计划", "女性就业专场招聘活动（场）", "—", str(n(u, "2.2", p)), "提供岗位2.1万余个"],
            ["家庭教育指导服务行动", "家庭教育巡讲（场）", "1000", str(n(u, "4.1", p)), ""],
            ["家庭教育指导服务行动", "培训家庭教育骨干（人）", "550", str(n(u, "4.2", p)), "11个区县均超50人"],
            ["新型婚育文化培育行动", "单身青年联谊活动（场）", "10", str(n(u, "5.1", p)), ""],
            ["儿童友好城市建设促进行动", "儿童友好共建联盟（个）", "8", str(n(u, "6.1", p)), ""]]
    w.table(rows, widths=[5.5, 6.5, 3.5, 3, 6], size=11)
    sign_off(w, "淄博市妇女联合会", "2024年12月27日", blank=1)
    w.save(path)
    return Truth(vals(u, p, "2.1", "2.2", "4.1", "4.2", "5.1", "6.1"))


@ret("n05", "市商务局", "2024Q1", "short-report-prose", "pdf-scan", seal=False, batch=B,
     paper=scanned(Scanner(dpi=200, mode="grey", turn=1.2, dark_edge="left", jpeg=70)))
def n05(path: Path) -> Truth:
    u, p = "市商务局", "2024Q1"
    w = Word()
    w.title("市商务局2024年第一季度\n为妇女儿童办实事工作进展情况", size=20)
    w.para()
    w.para(TO)
    w.body("按照市妇儿工委办公室工作要求，我局会同市人社局、市妇联推进家政从业人员培训工作，"
           "现将有关情况报告如下：")
    w.body(f"截至3月底，全市共组织开展家政服务员、母婴护理员、育婴员等培训班9期，培训家政从业人员"
           f"{n(u, '2.1', p)}余人次。指导8家家政企业参与“家政服务领跑者”培育，"
           "争取省级家政服务业提质扩容资金150万元。")
    w.body("下一步，我局将继续发挥家政行业协会作用，推动“员工制”家政企业开展岗前培训和技能提升培训，"
           "确保有培训需求的从业人员“应训尽训”。")
    sign_off(w, "淄博市商务局", "2024年3月29日")
    w.save(path)
    return Truth(vals(u, p, "2.1"))


@ret("n06", "市总工会", "2024Q3", "quarter-vs-cumulative-table", "pdf-scan", batch=B,
     paper=scanned(Scanner(dpi=200, turn=0.3, jpeg=74),
                   Ink(colour="orange", where="edge", angle=28)))
def n06(path: Path) -> Truth:
    u, p = "市总工会", "2024Q3"
    total, before = n(u, "7.3", p), 12
    w = Word()
    w.title("淄博市总工会2024年第三季度\n妇女儿童实事项目推进情况统计表", size=18)
    w.para()
    rows = [["项目", "具体指标", "全年目标", "本季度完成", "累计完成", "完成进度"],
            ["寒暑假职工子女托管班", "开班数（个班次）", "50", str(total - before), str(total),
             f"{total * 2}%"],
            ["寒暑假职工子女托管班", "服务职工子女（人）", "—", "1860", "2310", "—"],
            ["寒暑假职工子女托管班", "投入资金（万元）", "—", "68.5", "83.2", "—"]]
    w.table(rows, widths=[4, 3.8, 2, 2.4, 2.4, 2.4], size=11.5)
    w.para()
    w.body("说明：寒假托管班于1-2月开办，暑期托管班7月上旬至8月中旬开办，均依托职工之家、"
           "爱心托管驿站和社区共建单位举办。")
    sign_off(w, "淄博市总工会", "2024年9月29日")
    w.save(path)
    return Truth({"7.3": total})


@ret("n07", "市科协", "2024Q2", "report+table-second-page-upside-down", "pdf-scan", batch=B,
     paper=scanned(Scanner(dpi=200, mode="grey", turn=0.8, flip={1: 180}, jpeg=72), Ink()))
def n07(path: Path) -> Truth:
    u, p = "市科协", "2024Q2"
    w = Word()
    w.title("淄博市科学技术协会\n关于上半年为妇女儿童办实事工作\n开展情况的报告", size=20)
    w.para()
    w.para(TO)
    w.body("今年以来，市科协聚焦“润童心”儿童素养提升工程，推进科普服务均衡普惠，"
           "重点向农村学校、薄弱学校倾斜。")
    w.body(f"一是科普大篷车巡展。组织2辆科普大篷车深入沂源、高青等区县中小学巡展{n(u, '9.2', p)}场，"
           "展出互动展品60余件，服务师生1.5万人次。")
    w.body(f"二是青少年“蒲公英”科普大讲堂。邀请高校教授、科技工作者等走进校园开讲{n(u, '9.3', p)}场，"
           "线上线下受众约4.3万人次。")
    w.body("三是存在问题。部分偏远学校场地条件有限，大篷车展品展示受到一定影响。")
    w.body("四是下步打算。暑期结合“科技之夏”活动，加大科普进社区力度，确保全年任务按期完成。")
    w.page_break()
    w.para("附表", font=HEI, size=16)
    w.title("市科协2024年上半年实事项目完成情况表", size=18)
    rows = [["项目", "年度目标（场）", "上半年完成（场）", "完成率"],
            ["科普大篷车巡展", "30", str(n(u, "9.2", p)), f"{n(u, '9.2', p) / 30 * 100:.1f}%"],
            ["青少年“蒲公英”科普大讲堂", "40", str(n(u, "9.3", p)), f"{n(u, '9.3', p) / 40 * 100:.1f}%"]]
    w.table(rows, widths=[6, 3, 3.5, 3], size=12)
    sign_off(w, "淄博市科学技术协会", "2024年6月28日")
    w.save(path)
    return Truth(vals(u, p, "9.2", "9.3"))


@ret("n08", "市文化和旅游局", "2024Q4", "one-page-prose-chinese-numerals", "pdf-scan", batch=B,
     paper=scanned(Scanner(dpi=200, mode="bw", turn=0.9, threshold=172),
                   Ink(strength=0.68)))
def n08(path: Path) -> Truth:
    u, p = "市文化和旅游局", "2024Q4"
    done = n(u, "9.1", p)
    w = Word()
    w.title("淄博市文化和旅游局\n2024年全年为妇女儿童办实事项目进展情况", size=20)
    w.para()
    w.body("2024年，我局深入推进“戏曲进校园”活动，组织市五音剧院、市京剧院、各区县文化馆及"
           "民间剧团，把五音戏、京剧、吕剧等优秀剧目送进中小学校园，同步开展校园戏曲课程辅导。")
    w.body(f"全年累计开展戏曲进校园演出及课程辅导{cn(done)}场，完成年度目标的103.5%，"
           "其中演出一百二十六场、课程辅导八十一场，覆盖全市中小学三百余所，惠及师生约十八万人次。"
           "市财政安排专项经费九十五万元。")
    w.body("下一步，我局将总结推广“一校一剧种”经验，推动戏曲进校园常态化、长效化。")
    sign_off(w, "淄博市文化和旅游局", "2024年12月25日")
    w.save(path)
    assert done == 126 + 81
    return Truth({"9.1": done})


@ret("n09", "市残联", "2024Q3", "red-headed-report", "pdf-scan", batch=B,
     paper=scanned(Scanner(dpi=300, mode="grey", turn=0.7, fold=True, holes=True, jpeg=70),
                   Ink(colour="dark")))
def n09(path: Path) -> Truth:
    u, p = "市残联", "2024Q3"
    done = n(u, "10.2", p)
    w = Word()
    letterhead(w, "淄博市残疾人联合会")
    w.title("关于残疾儿童康复救助项目进展情况的报告", size=20)
    w.para()
    w.para(TO)
    w.body(f"截至9月底，全市累计为{done}名符合条件且有康复需求的残疾儿童实施康复救助，"
           f"完成年度任务的{done / 20:.1f}%，拨付康复救助资金1342.6万元。其中，视力残疾儿童"
           "61名、听力残疾儿童214名、言语残疾儿童187名、肢体残疾儿童409名、智力残疾儿童346名、"
           "孤独症儿童471名。")
    w.body("全市现有残疾儿童康复定点服务机构43家，9月对各定点机构开展了服务质量专项检查，"
           "督促整改问题17个。")
    w.body("四季度，我们将加快救助资金拨付进度，做好新申请儿童的评估和转介，确保全年为约2000名"
           "残疾儿童实施康复救助的目标如期完成。")
    sign_off(w, "淄博市残疾人联合会", "2024年9月30日")
    w.save(path)
    assert 61 + 214 + 187 + 409 + 346 + 471 == done
    return Truth({"10.2": done})


@ret("n10", "市民政局", "2024Q2", "seal-only-project-table-date-line", "pdf-scan", batch=B,
     paper=scanned(Scanner(dpi=150, turn=1.6, jpeg=70), Ink(heavy=True, where="table")))
def n10(path: Path) -> Truth:
    u, p = "市民政局", "2024Q2"
    w = Word()
    w.title("为妇女儿童办实事项目工作进展情况表", size=20)
    w.para()
    rows = [["序号", "项目", "工作任务", "完成情况"],
            ["10", "实施特殊困难儿童关爱项目", "享受民政保障的孤困儿童就学资助实现全覆盖",
             "已为符合条件的孤儿、事实无人抚养儿童和重点困境儿童发放助学金，资助覆盖率达"
             f"{f(u, '10.1', p)}%，发放资金436.8万元。"],
            ["", "", "实施“爱心妈妈”结对帮扶计划",
             "新增“爱心妈妈”312名，累计结对帮扶困境儿童1260名。"]]
    w.table(rows, merges=[(1, 0, 2, 0), (1, 1, 2, 1)], widths=[1.4, 3.6, 4.8, 6.4], size=12)
    w.para()
    w.para("填报日期：2024年7月4日", size=13)
    w.save(path)
    return Truth(vals(u, p, "10.1"))


@ret("n11", "市交通运输局", "2024Q1", "short-report-prose", "pdf-scan", seal=False, batch=B,
     paper=scanned(Scanner(dpi=150, mode="grey", turn=1.9, dark_edge="top", jpeg=66)))
def n11(path: Path) -> Truth:
    u, p = "市交通运输局", "2024Q1"
    w = Word()
    w.title("市交通运输局关于一季度“定制公交”\n助学专线开通情况的报告", size=20)
    w.para()
    w.para(TO)
    w.body("按照全年开通4条“定制公交”助学专线的任务要求，我局会同市教育局、市公交集团对"
           "城区学校学生通学需求进行了摸底调查，回收有效问卷6800余份。")
    w.body(f"一季度已开通助学专线{n(u, '6.2', p)}条（张店区实验中学—华润中央公园线，早晚各2个班次），"
           "日均服务学生约260人次；另有2条线路正在进行线路勘察和站点设置。")
    w.body("下一步，我们将根据学生出行需求，成熟一条开通一条，确保年内完成目标。")
    sign_off(w, "淄博市交通运输局", "2024年4月2日")
    w.save(path)
    return Truth(vals(u, p, "6.2"))


@ret("n12", "市医保局", "2024Q4", "indicator-table-target-done-rate", "pdf-scan", batch=B,
     paper=scanned(Scanner(dpi=300, turn=0.5, jpeg=45), Ink(colour="orange")))
def n12(path: Path) -> Truth:
    u, p = "市医保局", "2024Q4"
    w = Word()
    w.title("淄博市医疗保障局2024年1-12月\n为妇女儿童办实事项目落实情况", size=20)
    w.para()
    rows = [["项目", "指标", "年度目标", "累计完成", "完成率"],
            ["实施新型婚育文化培育行动", "职工医保住院分娩政策范围内医疗费用报销比例", "100%",
             f"{f(u, '5.2', p)}%", "100%"]]
    w.table(rows, widths=[4, 5.5, 2.2, 2.2, 2.2], size=12)
    w.para()
    w.body("全年职工医保住院分娩结算1.28万人次，基金支付9876.5万元；为灵活就业参保人员"
           "办理生育医疗费用报销2140人次。自2024年1月1日起，职工医保参保人员住院分娩政策范围内"
           "医疗费用不设起付线，全部纳入报销。")
    sign_off(w, "淄博市医疗保障局", "2024年12月30日")
    w.save(path)
    return Truth(vals(u, p, "5.2"))


@ret("n13", "市公安局", "2024Q2", "report+table-page-scanned-sideways", "pdf-scan", batch=B,
     paper=scanned(Scanner(dpi=200, turn=0.5, flip={1: 90}, jpeg=72), Ink()))
def n13(path: Path) -> Truth:
    u, p = "市公安局", "2024Q2"
    w = Word()
    w.title("淄博市公安局\n关于第二季度“护校安园”专项行动\n推进情况的报告", size=20)
    w.para()
    w.para(TO)
    w.body("第二季度，全市公安机关持续深入开展“护校安园”专项行动，会同教育部门对全市"
           "1,126所中小学幼儿园安全防范建设情况进行了逐校复核。")
    w.body("截至6月底，全市中小学幼儿园专职保安员配备率、封闭化管理率、一键式报警和视频监控系统"
           f"联网率、护学岗设置率“4个100%”达标率{f(u, '8.2', p)}%。二季度累计开展护校巡逻"
           "4.2万余次，排查整改安全隐患236处。")
    w.body("具体情况见附表。")
    attachment_head(w, "中小学幼儿园安全防范建设“4个100%”情况统计表（第二季度）", label="附表")
    rows = [["项目", "应达标（所）", "已达标（所）", "达标率", "备注"],
            ["专职保安员配备", "1126", "1126", "100%", ""],
            ["封闭化管理", "1126", "1126", "100%", ""],
            ["一键式报警和视频监控联网", "1126", "1126", "100%", ""],
            ["护学岗设置", "1126", "1126", "100%", ""],
            ["“4个100%”综合达标", "1126", "1126", f"{f(u, '8.2', p)}%", "较一季度提高0.5个百分点"]]
    w.table(rows, widths=[7, 3.5, 3.5, 3, 6], size=12)
    sign_off(w, "淄博市公安局", "2024年6月28日", blank=1)
    w.save(path)
    return Truth(vals(u, p, "8.2"))


N14_TEXTS = {"8": {
    "progress": "前三季度，联合教育部门开展“法治进校园”暨心理健康科普宣传19场；会同市法院、"
                "市妇联建立家事案件调解联盟，办理涉未成年人家事案件调解32件。",
    "problems": "部分区县检察院专业心理咨询力量不足。",
    "plans": "四季度继续推进检察官兼任法治副校长工作，开展“开学第一课”巡讲。"}}


@ret("n14", "市检察院", "2024Q3", "progress-table-with-texts", "pdf-scan", batch=B,
     paper=scanned(Scanner(dpi=200, mode="grey", turn=1.1, jpeg=70),
                   Ink(where="date", strength=0.75, colour="pink")))
def n14(path: Path) -> Truth:
    u, p = "市检察院", "2024Q3"
    assert n(u, "8.1", p) == 19
    w = Word(landscape=True)
    w.title("淄博市人民检察院为妇女儿童办实事项目进展情况表（前三季度）", size=18)
    w.para()
    t = N14_TEXTS["8"]
    rows = [["序号", "项目", "进展情况", "存在问题", "下步打算"],
            ["8", "实施“阳光成长”青少年身心健康护航行动", t["progress"], t["problems"], t["plans"]]]
    w.table(rows, widths=[1.3, 4.5, 9.5, 5, 5.4], size=12)
    w.para()
    w.para("填报人：张敏    联系电话：0533-2286117    填报时间：2024年9月27日", size=13)
    w.save(path)
    return Truth({"8.1": 19}, N14_TEXTS)


@ret("n15", "团市委", "2024Q1", "quarter-vs-cumulative-table-zero", "pdf-scan", batch=B,
     paper=scanned(Scanner(dpi=200, mode="bw", turn=1.4, threshold=150), Ink(angle=-30)))
def n15(path: Path) -> Truth:
    u, p = "团市委", "2024Q1"
    w = Word(landscape=True)
    w.title("共青团淄博市委员会2024年一季度为妇女儿童办实事项目进展情况", size=18)
    w.para()
    rows = [["项目", "指标", "年度目标", "一季度完成", "累计完成", "备注"],
            ["新型婚育文化培育行动", "单身青年联谊活动（场）", "不少于10场（全市）", "0",
             str(n(u, "5.1", p)), "已与市妇联联合制定全年活动计划，首场活动定于4月下旬举办"],
            ["特殊困难儿童关爱项目", "新建“希望小屋”（间）", "—", "36", "36", "资金来源为社会募集"]]
    w.table(rows, widths=[4.5, 5, 3.5, 2.5, 2.5, 7.5], size=12)
    sign_off(w, "共青团淄博市委员会", "2024年3月28日")
    w.save(path)
    return Truth(vals(u, p, "5.1"))


@ret("n16", "市法院", "2024Q4", "two-page-report-milestone-only", "pdf-scan", batch=B,
     paper=scanned(Scanner(dpi=200, turn=0.6, fold=True, jpeg=72), Ink(riding=True)))
def n16(path: Path) -> Truth:
    w = Word()
    w.title("淄博市中级人民法院\n关于2024年度为妇女儿童办实事项目\n推进情况的报告", size=20)
    w.para()
    w.para(TO)
    w.body("按照“阳光成长”青少年身心健康护航行动中“建立家事案件调解联盟，加强对未成年人的综合司法"
           "保护”的任务要求，全市法院全年推进情况如下。")
    w.heading("一、家事案件调解联盟建设")
    w.body("4月，市中院会同市妇联、市检察院、市民政局等9家单位签署《关于建立家事案件调解联盟的"
           "意见》，联盟正式成立。全市两级法院设立家事调解工作室11个，聘任特邀家事调解员86名。")
    w.heading("二、未成年人综合司法保护")
    w.body("全年全市法院审结涉未成年人案件1,236件，发出家庭教育指导令58份，"
           "开展法治进校园活动74场，受教育师生3.1万人次；建立未成年人心理疏导机制，"
           "为涉案未成年人提供心理干预服务142人次。")
    w.heading("三、存在问题")
    w.body("家事调解员专业化水平参差不齐，与心理咨询机构的协作机制尚需完善。")
    w.heading("四、下步打算")
    w.body("2025年，进一步扩大调解联盟覆盖面，推动家事调解工作室向基层人民法庭延伸，"
           "加强对调解员的专业培训，持续提升未成年人司法保护水平。")
    w.body("特此报告。")
    sign_off(w, "淄博市中级人民法院", "2024年12月26日", blank=3)
    w.save(path)
    return Truth({})


# =================================================================== phone photos (image)
@ret("n17", "市卫生健康委", "2024Q3", "indicator-table-target-done-rate", "image", batch=B,
     paper=photographed(Phone(long_side=2400, quality=76, desk="wood", shadow="phone"), Ink()))
def n17(path: Path) -> Truth:
    u, p = "市卫生健康委", "2024Q3"
    w = Word()
    w.title("淄博市卫生健康委员会\n为妇女儿童办实事项目进展情况\n（截至9月底）", size=18)
    w.para()
    rows = [["指标", "年度目标", "累计完成", "完成率"],
            ["35—64岁适龄妇女“两癌”筛查率", "≥90%", f"{f(u, '3.1', p)}%",
             f"{cum(u, '3.1', p) / 90 * 100:.1f}%"],
            ["“两癌”患病妇女救助覆盖率", "100%", f"{f(u, '3.2', p)}%", "100%"],
            ["市级婴幼儿照护服务示范区县", "5个左右", f"{n(u, '7.1', p)}个", "40%"],
            ["市级示范托育机构", "不少于10家", f"{n(u, '7.2', p)}家", "80%"],
            ["心理健康科普知识宣传", "200场", f"{n(u, '8.1', p)}场", "35%"]]
    w.table(rows, widths=[6.4, 2.8, 2.8, 2.6], size=12)
    w.para()
    w.body("备注：“两癌”筛查全年任务约41.2万人，已筛查28.7万人；HPV疫苗免费接种工作已于9月启动。")
    sign_off(w, "淄博市卫生健康委员会", "2024年10月9日", blank=1)
    w.save(path)
    return Truth(vals(u, p, "3.1", "3.2", "7.1", "7.2", "8.1"))


@ret("n18", "市教育局", "2024Q4", "one-page-prose-mixed-numerals", "image", batch=B,
     paper=photographed(Phone(long_side=2600, quality=70, desk="grey", shadow="hand",
                              barrel=0.03), Ink()))
def n18(path: Path) -> Truth:
    u, p = "市教育局", "2024Q4"
    w = Word()
    w.title("淄博市教育局\n2024年为妇女儿童办实事项目完成情况", size=20)
    w.para()
    w.body(f"一、教育资源扩增优化。全年新改扩建中小学{cn(n(u, '1.1', p))}所、幼儿园{cn(n(u, '1.2', p))}所，"
           f"新增学位5400个，总投资3.2亿元；打造智慧教育应用场景{n(u, '1.3', p)}个，超额完成年度目标。")
    w.body(f"二、家庭教育指导。依托中小学家长学校组织家庭教育巡讲{n(u, '4.1', p)}场，参与家长9.8万人次。")
    w.body(f"三、“阳光成长”护航。全年开展心理健康科普知识宣传{n(u, '8.1', p)}场；中小学幼儿园安全防范建设"
           f"“4个100%”达标率保持{f(u, '8.2', p)}%。")
    w.body("四、明年打算。继续实施学前教育扩容提质工程，计划新改扩建幼儿园8所。")
    sign_off(w, "淄博市教育局", "2024年12月24日")
    w.save(path)
    return Truth(vals(u, p, "1.1", "1.2", "1.3", "4.1", "8.1", "8.2"))


@ret("n19", "市妇联", "2024Q1", "quarter-vs-cumulative-table-landscape", "image", batch=B,
     paper=photographed(Phone(long_side=2000, quality=72, desk="cloth", sideways=True,
                              light=0.2), Ink()))
def n19(path: Path) -> Truth:
    u, p = "市妇联", "2024Q1"
    ids = ("2.1", "2.2", "4.1", "4.2", "5.1", "6.1")
    names = {"2.1": ("巾帼促就业计划", "培训家政从业人员（人次）", "5000（全市）"),
             "2.2": ("巾帼促就业计划", "女性就业专场招聘活动（场）", "—"),
             "4.1": ("家庭教育指导服务行动", "家庭教育巡讲（场）", "1000"),
             "4.2": ("家庭教育指导服务行动", "培训家庭教育骨干（人）", "550"),
             "5.1": ("新型婚育文化培育行动", "单身青年联谊活动（场）", "10"),
             "6.1": ("儿童友好城市建设促进行动", "儿童友好共建联盟（个）", "8")}
    w = Word(landscape=True)
    w.title("市妇联2024年一季度为妇女儿童办实事项目进展情况表", size=18)
    rows = [["序号", "项目", "指标", "年度目标", "一季度完成", "累计完成", "备注"]]
    for k, i in enumerate(ids, 1):
        a, b, c = names[i]
        rows.append([str(k), a, b, c, f(u, i, p), f(u, i, p), "联盟章程起草中" if i == "6.1" else ""])
    w.table(rows, widths=[1.3, 5.2, 6, 3, 2.6, 2.6, 4.5], size=12)
    sign_off(w, "淄博市妇女联合会", "2024年4月7日", blank=1)
    w.save(path)
    return Truth(vals(u, p, *ids))


@ret("n20", "市人力资源社会保障局", "2024Q1", "fill-lines-period-cumulative-table", "image",
     seal=False, batch=B,
     paper=photographed(Phone(long_side=1800, quality=65, desk="grey", slant=0.7)))
def n20(path: Path) -> Truth:
    u, p = "市人力资源社会保障局", "2024Q1"
    w = Word()
    w.title("巾帼促就业计划进展情况统计表", size=20)
    w.para()
    w.para("填报单位：淄博市人力资源和社会保障局", size=13)
    w.para("统计期间：2024年1-3月            填报时间：2024年4月2日", size=13)
    rows = [["指标名称", "单位", "本期完成", "累计完成", "备注"],
            ["培训家政从业人员", "人次", f(u, "2.1", p), f(u, "2.1", p), "含母婴护理、养老护理"],
            ["举办女性就业专场招聘活动", "场", f(u, "2.2", p), f(u, "2.2", p), "“春风行动”期间集中举办"],
            ["提供就业岗位", "个", "6350", "6350", ""]]
    w.table(rows, widths=[5, 1.6, 2.4, 2.4, 4.6], size=12)
    w.para()
    w.para("填表人：赵倩              审核人：周志强", size=13)
    w.save(path)
    return Truth(vals(u, p, "2.1", "2.2"))


@ret("n21", "市科协", "2024Q4", "seal-only-short-prose-hasty-photo", "image", batch=B,
     photo_strength=1.8,
     paper=photographed(Phone(long_side=1700, quality=62, desk="wood", slant=1.8, tilt=3,
                              blur=1.0, shadow="hand", light=0.35), Ink(angle=12)))
def n21(path: Path) -> Truth:
    u, p = "市科协", "2024Q4"
    w = Word()
    w.title("2024年度为妇女儿童办实事项目进展情况", size=20)
    w.para()
    w.body(f"全年开展科普大篷车巡展{n(u, '9.2', p)}场，超额完成年度目标；举办青少年“蒲公英”科普大讲堂"
           f"{cn(n(u, '9.3', p))}场，覆盖全市中小学110余所，参与学生6.2万人次。")
    w.body("明年将继续推动科普资源向农村学校延伸。")
    w.para()
    w.para("（盖章）        ", align="right")
    w.para("2024年12月26日    ", align="right")
    w.save(path)
    return Truth(vals(u, p, "9.2", "9.3"))


@ret("n22", "市文化和旅游局", "2024Q2", "indicator-table-period-in-title", "image", batch=B,
     paper=photographed(Phone(long_side=2800, quality=78, desk="wood", barrel=0.05, warm=True),
                        Ink(where="date")))
def n22(path: Path) -> Truth:
    u, p = "市文化和旅游局", "2024Q2"
    w = Word()
    w.title("淄博市文化和旅游局\n为妇女儿童办实事项目进展情况表（1-6月）", size=18)
    w.para()
    rows = [["项目", "年度目标", "1-6月累计完成", "备注"],
            ["戏曲进校园演出及课程辅导", "200场", f"{n(u, '9.1', p)}场",
             "五音戏进校园52场，京剧、吕剧等36场"]]
    w.table(rows, widths=[5, 2.6, 3.4, 5.6], size=12)
    w.para()
    w.body("暑假期间组织“少儿戏曲夏令营”，秋季学期开学后集中开展进校园演出。")
    sign_off(w, "淄博市文化和旅游局", "2024年7月2日")
    w.save(path)
    assert 52 + 36 == n(u, "9.1", p)
    return Truth(vals(u, p, "9.1"))


@ret("n23", "市残联", "2024Q1", "short-report-prose", "image", batch=B,
     paper=photographed(Phone(long_side=2000, quality=70, desk="grey", slant=0.8), Ink()))
def n23(path: Path) -> Truth:
    u, p = "市残联", "2024Q1"
    w = Word()
    w.title("市残联一季度残疾儿童康复救助\n工作进展情况", size=20)
    w.para()
    w.body(f"截至3月底，已为{n(u, '10.2', p)}名残疾儿童实施康复救助（其中孤独症儿童142名），"
           "定点康复机构43家，拨付救助资金386.4万元。")
    w.body("一季度完成2024年度定点康复机构协议续签和新申请儿童评估转介工作，"
           "正在推进康复救助信息系统与民政、卫健数据共享。")
    sign_off(w, "淄博市残疾人联合会", "2024年4月1日")
    w.save(path)
    return Truth(vals(u, p, "10.2"))


@ret("n24", "市总工会", "2024Q2", "short-report-prose-plan-distractor", "image", batch=B,
     paper=photographed(Phone(long_side=2200, quality=68, desk="wood", shadow="phone",
                              light=0.3), Ink(colour="orange")))
def n24(path: Path) -> Truth:
    u, p = "市总工会", "2024Q2"
    w = Word()
    w.title("淄博市总工会\n上半年为妇女儿童办实事工作进展", size=20)
    w.para()
    w.body(f"上半年，全市各级工会依托职工之家、爱心托管驿站开展寒假职工子女托管班{n(u, '7.3', p)}个班次，"
           "服务职工子女450人。暑期托管班正在筹备中，已确定承办单位27家，计划开班45个以上。")
    w.body("同时，争取上级工会补助资金36万元，对开办托管班的基层工会给予每班次不超过1万元的补助。")
    sign_off(w, "淄博市总工会", "2024年6月27日")
    w.save(path)
    return Truth(vals(u, p, "7.3"))


@ret("n25", "市交通运输局", "2024Q3", "indicator-table-target-done-rate", "image", batch=B,
     paper=photographed(Phone(long_side=2400, quality=75, desk="cloth", tilt=2), Ink(angle=35)))
def n25(path: Path) -> Truth:
    u, p = "市交通运输局", "2024Q3"
    w = Word()
    w.title("淄博市交通运输局前三季度\n为妇女儿童办实事项目进展情况", size=20)
    w.para()
    rows = [["项目", "年度目标", "累计完成", "完成率"],
            ["开通“定制公交”助学专线", "4条", f"{n(u, '6.2', p)}条", "100%"]]
    w.table(rows, widths=[6, 3, 3, 3], size=12)
    w.para()
    w.body("4条助学专线日均服务学生1100余人次，9月新学期根据学生需求新增班次6个。")
    sign_off(w, "淄博市交通运输局", "2024年9月26日")
    w.save(path)
    return Truth(vals(u, p, "6.2"))


@ret("n26", "市医保局", "2024Q2", "fill-line-prose", "image", seal=False, batch=B,
     paper=photographed(Phone(long_side=1500, quality=66, desk="grey", slant=1.1, light=0.3)))
def n26(path: Path) -> Truth:
    u, p = "市医保局", "2024Q2"
    w = Word()
    w.title("为妇女儿童办实事项目进展情况", size=20)
    w.para("报送单位：市医疗保障局          截至：2024年6月30日", size=13)
    w.para()
    w.body(f"职工医保住院分娩政策范围内医疗费用报销比例{f(u, '5.2', p)}%。上半年职工医保住院分娩"
           "结算6120人次，基金支付4688.2万元；发放生育津贴2.36亿元。")
    w.body("已将灵活就业人员纳入生育保险保障范围，下半年继续做好政策宣传解读。")
    w.save(path)
    return Truth(vals(u, p, "5.2"))


@ret("n27", "团市委", "2024Q4", "seal-only-table-date-line", "image", batch=B,
     paper=photographed(Phone(long_side=2000, quality=72, desk="wood", slant=1.2, barrel=0.03),
                        Ink()))
def n27(path: Path) -> Truth:
    u, p = "团市委", "2024Q4"
    w = Word()
    w.title("为妇女儿童办实事项目进展情况表", size=20)
    w.para("（2024年全年）", align="center", size=15)
    w.para()
    rows = [["项目", "全年目标", "全年完成", "完成情况说明"],
            ["举办单身青年联谊活动", "不少于10场（与市妇联共同完成）", f"{n(u, '5.1', p)}场",
             f"举办“青春有约”单身青年联谊活动{n(u, '5.1', p)}场，参与青年1100余人"],
            ["“希望小屋”儿童关爱", "持续推进", "新建128间", "累计建成“希望小屋”516间"]]
    w.table(rows, widths=[4, 4.4, 2.4, 6], size=12)
    w.para()
    w.para("2024年12月27日    ", align="right")
    w.save(path)
    return Truth(vals(u, p, "5.1"))


@ret("n28", "市公安局", "2024Q4", "one-page-report-prose", "image", batch=B, photo_strength=1.5,
     paper=photographed(Phone(long_side=1500, quality=64, desk="grey", slant=1.6, tilt=2.5,
                              blur=0.9, light=0.3), Ink(colour="dark")))
def n28(path: Path) -> Truth:
    u, p = "市公安局", "2024Q4"
    w = Word()
    w.title("淄博市公安局关于2024年为妇女儿童\n办实事项目完成情况的报告", size=20)
    w.para()
    w.para(TO)
    w.body("全年，全市公安机关持续开展“护校安园”专项行动，每日上下学时段在校园周边设置护学岗"
           "1,130余个，开展校园周边巡逻17.6万余次。")
    w.body(f"全市中小学幼儿园安全防范建设“4个100%”达标率{f(u, '8.2', p)}%，实现稳定达标。")
    w.body("下一步，将继续巩固“4个100%”建设成果，推进智慧安防进校园。")
    sign_off(w, "淄博市公安局", "2024年12月23日")
    w.save(path)
    return Truth(vals(u, p, "8.2"))


@ret("n29", "市商务局", "2024Q3", "period-cumulative-with-quarter-part", "image", batch=B,
     paper=photographed(Phone(long_side=3000, quality=80, desk="grey", slant=0.6, light=0.2),
                        Ink(where="table")))
def n29(path: Path) -> Truth:
    u, p = "市商务局", "2024Q3"
    total = n(u, "2.1", p)
    q3 = total - n(u, "2.1", "2024Q2")
    w = Word()
    w.title("淄博市商务局2024年1-9月\n家政从业人员培训情况", size=20)
    w.para()
    rows = [["指标", "年度目标", "1-9月累计", "其中：第三季度"],
            ["培训家政从业人员（人次）", "5000（全市，与人社、妇联共同完成）", str(total), str(q3)],
            ["开展培训班（期）", "—", "41", "14"]]
    w.table(rows, widths=[5, 5.4, 2.8, 3.2], size=12)
    w.para()
    w.body("培训内容涵盖母婴护理、养老护理、家庭保洁、收纳整理等，培训合格率96.8%。")
    sign_off(w, "淄博市商务局", "2024年9月30日")
    w.save(path)
    return Truth({"2.1": total})


@ret("n30", "市民政局", "2024Q4", "report-title-period-in-brackets", "image", batch=B,
     paper=photographed(Phone(long_side=2400, quality=72, desk="wood", warm=True, light=0.3),
                        Ink(checked=True)))
def n30(path: Path) -> Truth:
    u, p = "市民政局", "2024Q4"
    w = Word()
    w.title("市民政局关于特殊困难儿童关爱项目\n进展情况的报告（截至12月底）", size=20)
    w.para()
    w.para(TO)
    w.body("全年实施“福彩圆梦·孤儿助学工程”“慈善助学·事实无人抚养及重点困境儿童助学工程”，"
           f"享受民政保障的孤困儿童就学资助覆盖率{f(u, '10.1', p)}%，发放助学金872.4万元，"
           "资助学生1934名。")
    w.body("“爱心妈妈”结对帮扶计划持续推进，全市“爱心妈妈”达到1480名，结对帮扶困境儿童2210名。")
    sign_off(w, "淄博市民政局", "2024年12月30日")
    w.save(path)
    return Truth(vals(u, p, "10.1"))


WORDING.update({
    "n01": (("title", "sign-off", "seal"), "一季度"),
    "n02": (("fill-line", "seal"), "1-6月"),
    "n03": (("seal",), "前三季度"),
    "n04": (("title", "sign-off", "seal"), "年度"),
    "n05": (("title", "sign-off"), "第一季度"),
    "n06": (("title", "sign-off", "seal"), "第三季度"),
    "n07": (("title", "sign-off", "seal"), "上半年"),
    "n08": (("title", "sign-off", "seal"), "全年"),
    "n09": (("header", "sign-off", "seal"), "截至9月底"),
    "n10": (("seal",), "date-line"),
    "n11": (("title", "sign-off"), "一季度"),
    "n12": (("title", "sign-off", "seal"), "1-12月"),
    "n13": (("title", "sign-off", "seal"), "第二季度"),
    "n14": (("title", "seal"), "前三季度"),
    "n15": (("title", "sign-off", "seal"), "一季度"),
    "n16": (("title", "sign-off", "seal"), "年度"),
    "n17": (("title", "sign-off", "seal"), "截至9月底"),
    "n18": (("title", "sign-off", "seal"), "全年"),
    "n19": (("title", "sign-off", "seal"), "一季度"),
    "n20": (("fill-line",), "1-3月"),
    "n21": (("seal",), "全年"),
    "n22": (("title", "sign-off", "seal"), "1-6月"),
    "n23": (("title", "sign-off", "seal"), "截至3月底"),
    "n24": (("title", "sign-off", "seal"), "上半年"),
    "n25": (("title", "sign-off", "seal"), "前三季度"),
    "n26": (("fill-line",), "截至6月30日"),
    "n27": (("seal",), "全年"),
    "n28": (("title", "sign-off", "seal"), "全年"),
    "n29": (("title", "sign-off", "seal"), "1-9月"),
    "n30": (("title", "sign-off", "seal"), "截至12月底"),
})
