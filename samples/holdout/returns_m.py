"""Batch 7: native returns (docx, doc, wps-like, xlsx, text PDF) from offices batches 1-6 never showed.
Please do not read this file while changing app/extraction/."""
from __future__ import annotations

import re
import shutil
import tempfile
import zipfile
from pathlib import Path

from samples.holdout import seal
from samples.holdout.corpus import Truth, ret, sign_off
from samples.holdout.docxkit import HEI, Word
from samples.holdout.ledger_m import cum, n, prev, q
from samples.holdout.numerals import cn, comma, full
from samples.holdout.wording import WORDING
from samples.holdout.xlkit import Sheet

B = 7

DISTRICTS = ("张店区", "淄川区", "博山区", "周村区", "临淄区", "桓台县", "高青县", "沂源县", "高新区",
             "经济开发区", "文昌湖区")


def _g(x: float) -> str:
    return f"{x:g}"


def _texts(**rows: tuple[str, ...]) -> dict[str, dict[str, str]]:
    """p8=(progress, problems, plans) → {"8": {...}}; a None leaves that key out."""
    out = {}
    for key, vals in rows.items():
        d = {k: v for k, v in zip(("progress", "problems", "plans"), vals) if v is not None}
        out[key[1:]] = d
    return out


def _table(w: Word, rows, *, widths, **kw):
    """Word's table with its grid set to ``widths`` (cm), as a clerk drags the column borders:
    LibreOffice lays a table out by its grid, not by the cell widths alone."""
    from docx.shared import Cm
    t = w.table(rows, widths=widths, **kw)
    t.autofit = False
    for col, cm in zip(t.columns, widths):
        col.width = Cm(cm)
    return t


def _xt(s: Sheet, rows, **kw) -> int:
    """Sheet.table with its header rows made tall enough for their wrapped text."""
    top = s.table(rows, **kw)
    for r in range(kw.get("header_rows", 1)):
        s.ws.row_dimensions[top + r].height = 30
    return top


def _cache_formulas(path: Path, cached: dict[tuple[int, str], object]) -> None:
    """Give formula cells the cached value Excel would have stored on saving; ``cached`` maps
    (sheet index from 1, cell ref) → value. openpyxl leaves <v></v> empty."""
    tmp = Path(tempfile.mkdtemp(prefix="m-xl-")) / path.name
    with zipfile.ZipFile(path) as zin, zipfile.ZipFile(tmp, "w", zipfile.ZIP_DEFLATED) as zout:
        for item in zin.infolist():
            data = zin.read(item.filename)
            m = re.fullmatch(r"xl/worksheets/sheet(\d+)\.xml", item.filename)
            if m:
                xml = data.decode("utf-8")
                for (k, ref), v in cached.items():
                    if k != int(m.group(1)):
                        continue
                    pat = re.compile(r'(<c r="%s"[^>]*>)<f>(.*?)</f><v\s*/?>(?:</v>)?' % ref)
                    xml, count = pat.subn(lambda mm: f"{mm.group(1)}<f>{mm.group(2)}</f><v>{v}</v>", xml)
                    assert count == 1, (path, ref)
                data = xml.encode("utf-8")
            zout.writestr(item, data)
    shutil.move(str(tmp), path)


# ====================================================================== docx (12)

@ret("m01", "市教育局", "2024Q2", "progress-table-7col-landscape", "docx", batch=B)
def m01(path: Path) -> Truth:
    U, P = "市教育局", "2024Q2"
    w = Word(landscape=True)
    w.title("市教育局2024年为全市妇女儿童办实事项目进展情况表", size=18)
    w.para("（2024年第二季度）", align="center", size=14)
    p1 = (f"截至6月底，新改扩建中小学已竣工{n(U, '1.1', P)}所（张店区实验中学东校区、临淄区金山小学），"
          f"另有2所主体封顶；新改扩建幼儿园完成{n(U, '1.2', P)}所，在建6所；已打造智慧教育应用场景"
          f"{n(U, '1.3', P)}个，涵盖智慧课堂、智慧阅读、AI体育等领域。")
    p4 = (f"依托全市中小学幼儿园家长学校，上半年累计开展家庭教育巡讲{n(U, '4.1', P)}场，其中二季度"
          f"{int(q(U, '4.1', P))}场，覆盖家长5.6万人次。")
    p8 = (f"累计开展心理健康科普知识宣传{n(U, '8.1', P)}场，受益师生及家长12.3万人次；全市中小学幼儿园"
          f"安全防范建设“4个100%”达标率{_g(cum(U, '8.2', P))}%，剩余6所民办幼儿园正在整改。")
    t = _texts(
        p1=(p1, "部分项目受征地拆迁影响，开工时间较计划推迟1至2个月。",
            "督促在建项目倒排工期，确保秋季开学前再交付幼儿园3所以上；组织第二批智慧教育应用场景评选。"),
        p4=(p4, "农村学校专业讲师不足，巡讲内容针对性有待加强。",
            "配合市妇联组建家庭教育讲师团，暑期开展“家长大讲堂”进社区活动。"),
        p8=(p8, "个别民办幼儿园专职保安配备不到位。",
            "9月开学前开展安全隐患全覆盖排查，督促剩余幼儿园完成整改；继续开展心理健康宣传月活动。"),
    )
    rows = [["序号", "项目名称", "目标任务", "牵头/责任单位", "进展情况", "存在问题", "下一步打算"],
            ["1", "实施教育资源扩增优化工程", "新改扩建4所中小学、10所幼儿园，打造10个智慧教育应用场景",
             "市教育局", *t["1"].values()],
            ["2", "实施家庭教育指导服务行动", "开展家庭教育千场巡讲，各区县年内培训家庭教育骨干不少于50人",
             "市妇联（牵头）\n市教育局", *t["4"].values()],
            ["3", "实施“阳光成长”青少年身心健康护航行动",
             "开展心理健康科普知识宣传200场；确保中小学幼儿园安全防范建设“4个100%”稳定达标",
             "市教育局（牵头）\n市卫生健康委、市公安局、市法院、市检察院", *t["8"].values()]]
    _table(w, rows, widths=[1.2, 3.2, 4.2, 2.8, 7.0, 3.6, 4.0], size=10.5)
    w.save(path)
    vals = {k: cum(U, k, P) for k in ("1.1", "1.2", "1.3", "4.1", "8.1", "8.2")}
    return Truth(vals, t)


@ret("m02", "市法院", "2024Q3", "table-no-figures-date-only", "docx", batch=B)
def m02(path: Path) -> Truth:
    w = Word(landscape=True)
    w.title("2024年为全市妇女儿童办实事项目推进情况表", size=18)
    w.para("报送单位：淄博市中级人民法院（盖章）                    报送时间：2024年9月29日", size=12)
    t = _texts(p8=(
        "一是联合市妇联、市司法局等7家单位会签《关于建立淄博市家事案件调解联盟的实施意见》，家事案件调解联盟"
        "已于7月挂牌运行，全市法院设立家事调解工作室11个。二是三季度以来，通过联盟诉前化解婚姻家庭纠纷326件，"
        "发出家庭教育指导令19份。三是开展“法官进校园”法治宣传活动24场，覆盖师生1.1万余人。",
        "基层家事调解员专业化水平有待提高，部分区县调解工作室场地不足。",
        "组织全市家事调解员集中培训；推动联盟向镇街延伸，年底前实现区县全覆盖。"))
    rows = [["项目名称", "责任分工", "推进情况", "存在困难", "下步措施"],
            ["实施“阳光成长”青少年身心健康护航行动（第8项）", "建立家事案件调解联盟，加强对未成年人的综合司法保护",
             *t["8"].values()]]
    _table(w, rows, widths=[3.6, 4.0, 9.0, 4.2, 4.6], size=11)
    w.para()
    w.para("联系人：韩某某    联系电话：2288615", size=12)
    w.save(path)
    return Truth({}, t)


@ret("m03", "市人力资源社会保障局", "2024Q3", "indicator-table-quarter-and-cumulative", "docx", batch=B)
def m03(path: Path) -> Truth:
    U, P = "市人力资源社会保障局", "2024Q3"
    w = Word()
    w.title("巾帼促就业计划落实情况统计表", size=20)
    w.para()
    w.para("填报单位：淄博市人力资源和社会保障局", size=12)
    w.para("统计时间：2024年1—9月                                单位：人次、场", size=12)
    a, b = n(U, "2.1", P), n(U, "2.2", P)
    rows = [["序号", "指标名称", "年度任务", "本季度完成", "截至本季度末累计完成", "完成进度", "备注"],
            ["1", "培训家政从业人员", "5000", str(int(q(U, "2.1", P))), str(a), f"{a / 50:.1f}%",
             "含线上培训386人次"],
            ["2", "举办女性就业专场招聘活动", "—", str(int(q(U, "2.2", P))), str(b), "—",
             "提供岗位1.8万个，达成就业意向2364人"]]
    _table(w, rows, widths=[1.2, 3.8, 1.8, 1.8, 2.4, 1.8, 3.4], size=11)
    w.para()
    w.body("说明：家政从业人员培训人次含市妇联、市商务局组织的培训中经人社部门认定的部分，"
           "年度任务5000人次为全市目标。")
    w.para("填表人：邢某某        审核人：周某某        联系电话：2286073", size=12)
    w.save(path)
    return Truth({"2.1": a, "2.2": b})


@ret("m04", "市卫生健康委", "2024Q4", "formal-report-prose-distractors-seal", "docx", batch=B)
def m04(path: Path) -> Truth:
    U, P = "市卫生健康委", "2024Q4"
    w = Word()
    w.para("淄卫字〔2025〕4号", align="center", size=14)
    w.para()
    w.title("淄博市卫生健康委员会\n关于2024年度为妇女儿童办实事项目落实情况的报告")
    w.para()
    w.para("市妇儿工委办公室：")
    w.body("按照《淄博市人民政府办公室关于印发2024年为全市妇女儿童办实事项目清单的通知》（淄政办字〔2024〕13号）"
           "要求，我委牵头实施适龄妇女“两癌”免费检查和救助行动、普惠托育服务提质行动，参与实施“阳光成长”"
           "青少年身心健康护航行动。现将全年工作情况报告如下：")
    w.heading("一、“两癌”免费检查和救助行动进展顺利")
    w.body(f"全年共为35—64岁适龄妇女免费开展宫颈癌检查21.36万人、乳腺癌检查20.87万人，筛查率达到"
           f"{_g(cum(U, '3.1', P))}%，高于全省平均水平（90.4%），较2023年提高1.8个百分点。确诊“两癌”患病妇女"
           f"437人，全部纳入救助，符合条件的患病妇女救助覆盖率{_g(cum(U, '3.2', P))}%，发放救助金218.5万元。"
           f"全市1.96万名适龄女孩完成HPV疫苗首针接种。")
    w.heading("二、普惠托育服务提质行动成效明显")
    w.body(f"成功培育张店区、临淄区、桓台县、周村区、高新区{n(U, '7.1', P)}个市级婴幼儿照护服务示范区县；"
           f"评选市级示范托育机构{n(U, '7.2', P)}家，全市每千人口拥有3岁以下婴幼儿托位数达到4.1个，"
           f"较年初新增托位2860个。")
    w.heading("三、青少年心理健康服务持续加强")
    w.body(f"组织市精神卫生中心及各区县专业机构开展心理健康科普知识宣传{n(U, '8.1', P)}场（其中第四季度"
           f"{int(q(U, '8.1', P))}场），开通24小时心理援助热线0533-2169595，累计接听来电3417人次。")
    w.heading("四、存在问题及下步打算")
    w.body("一是部分区县“两癌”检查信息录入不及时，数据质量有待提升；二是托育机构收费偏高，普惠托位供给仍显不足。"
           "2025年，我们将进一步完善“两癌”筛查信息系统，扩大普惠托育服务供给，持续做好妇女儿童健康服务工作。")
    w.para()
    w.para("（联系人：刘某某，联系电话：3182736）", indent=True)
    w.para()
    w.picture(seal.seal_png("淄博市卫生健康委员会", seed=704), width_cm=4.0)
    w.para("淄博市卫生健康委员会    ", align="right")
    w.para("2025年1月8日    ", align="right")
    w.save(path)
    vals = {k: cum(U, k, P) for k in ("3.1", "3.2", "7.1", "7.2", "8.1")}
    return Truth(vals, seal_picture=True)


@ret("m05", "市妇联", "2024Q2", "all-ten-projects-own-rows-filled", "docx", batch=B)
def m05(path: Path) -> Truth:
    U, P = "市妇联", "2024Q2"
    w = Word(landscape=True)
    w.title("2024年为全市妇女儿童办实事工作进展情况表", size=18)
    w.para("填报单位（盖章）：市妇联                                          时间：2024年上半年", size=12)
    t = _texts(
        p2=(f"联合人社、商务部门举办“春风行动”女性就业专场招聘活动{n(U, '2.2', P)}场，提供岗位4200余个；"
            f"开展巾帼家政技能培训班12期，上半年累计培训家政从业人员{n(U, '2.1', P)}人次。",
            "家政培训学员以中老年妇女为主，技能提升空间有限。",
            "下半年再举办“巾帼家政”培训班8期以上，推动培训与就业对接。"),
        p3=("推进女性安康保险和低收入适龄妇女“两癌”保险试点，新增投保2.3万份，为78名患病妇女兑现理赔136万元。",
            "无", "配合市卫生健康委做好患病妇女救助衔接。"),
        p4=(f"开展“家庭共成长”家庭教育巡讲{n(U, '4.1', P)}场，直接受众3.8万人次；分两期培训家庭教育骨干"
            f"{n(U, '4.2', P)}人；“淄博好爸妈”网上家庭教育平台于5月15日上线，上线课程120节。",
            "部分区县骨干培训进度偏慢。", "督促进度滞后的区县三季度完成骨干培训，平台每月更新课程不少于10节。"),
        p5=(f"举办“缘来在淄博”单身青年联谊活动{n(U, '5.1', P)}场，参与青年1100余人，牵手成功136对。",
            "男性报名人数明显多于女性。", "联合团市委在七夕期间举办大型联谊活动。"),
        p6=(f"确定张店区、淄川区{n(U, '6.1', P)}个儿童友好共建联盟试点；市妇女儿童活动中心改造工程完成设计招标。",
            "活动中心改造资金尚未全部落实。", "积极争取财政支持，三季度启动改造施工。"),
        p10=("“爱心妈妈”结对帮扶困境儿童1260名，新建“希望小屋”35间。", "无",
             "继续扩大“爱心妈妈”队伍，开展暑期关爱活动。"),
    )
    projects = [
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
    notes = {2: "与市人社局联办场次未重复统计"}
    rows = [["序号", "项目名称", "责任单位", "工作进度", "困难和问题", "下步工作计划", "备注"]]
    for k, (title, units) in enumerate(projects, 1):
        tx = t.get(str(k))
        rows.append([str(k), title, units, *(tx.values() if tx else ("", "", "")), notes.get(k, "")])
    _table(w, rows, widths=[1.1, 3.4, 3.4, 8.0, 3.2, 4.2, 2.2], size=10.5)
    w.para()
    w.para("填表人：吕某某        联系电话：3160512", size=12)
    w.save(path)
    vals = {k: cum(U, k, P) for k in ("2.1", "2.2", "4.1", "4.2", "5.1", "6.1")}
    return Truth(vals, t)


@ret("m06", "市文化和旅游局", "2024Q1", "header-only-chinese-numerals", "docx", batch=B)
def m06(path: Path) -> Truth:
    U, P = "市文化和旅游局", "2024Q1"
    w = Word()
    w.header("淄博市文化和旅游局", align="right")
    w.title("“润童心”儿童素养提升工程\n一季度进展情况", size=20)
    w.para()
    k = n(U, "9.1", P)
    t = _texts(p9=(
        f"组织市五音剧院、市京剧团等院团走进张店区、博山区、沂源县等地中小学，开展戏曲进校园演出及课程辅导"
        f"{cn(k)}场，观演师生一万二千余人次。",
        "一季度含寒假，学校在校时间短，演出场次偏少。",
        "二季度计划开展五十场以上，并录制戏曲微课十节。"))
    rows = [["项目", "任务目标", "完成情况", "存在问题", "下一步打算"],
            ["推进“戏曲进校园”", "开展五音戏、京剧等精彩剧目进校园演出、校园戏曲课程辅导等活动二百场",
             *t["9"].values()]]
    _table(w, rows, widths=[2.2, 3.6, 5.2, 2.6, 2.6], size=11)
    w.save(path)
    return Truth({"9.1": k}, t)


@ret("m07", "团市委", "2024Q3", "table-chinese-project-numbers-signoff-only", "docx", batch=B)
def m07(path: Path) -> Truth:
    U, P = "团市委", "2024Q3"
    w = Word()
    w.title("2024年为全市妇女儿童办实事项目进展情况", size=20)
    w.para("（截至9月底）", align="center")
    w.para()
    t = _texts(
        p5=(f"打造“青春有约·遇见淄博”交友品牌，三季度在周村古商城举办七夕主题联谊活动{int(q(U, '5.1', P))}场，"
            f"累计举办单身青年联谊活动{n(U, '5.1', P)}场，参与青年620余人。",
            "男女报名比例不均衡，部分活动女青年报名偏少。",
            "联合市妇联、市总工会举办“青春有约”秋季专场，扩大企业单身青年参与面。"),
        p10=("新建“希望小屋”48间，累计建成312间；组织青年志愿者结对帮扶困境儿童560名。",
             "部分小屋后续陪伴服务跟进不够。",
             "完善“希望小屋”志愿者定期走访机制，四季度再建成20间。"),
    )
    rows = [["序号", "实事项目", "推进情况", "存在困难", "下步计划"],
            ["五", "实施新型婚育文化培育行动（举办单身青年联谊活动）", *t["5"].values()],
            ["十", "实施特殊困难儿童关爱项目（“希望小屋”儿童关爱）", *t["10"].values()]]
    _table(w, rows, widths=[1.2, 3.2, 5.6, 3.0, 3.2], size=11)
    sign_off(w, "共青团淄博市委员会", "2024年9月30日")
    w.save(path)
    return Truth({"5.1": n(U, "5.1", P)}, t)


@ret("m08", "市科协", "2024Q4", "two-row-header-quarter-columns-total", "docx", batch=B)
def m08(path: Path) -> Truth:
    U, P = "市科协", "2024Q4"
    w = Word(landscape=True)
    w.title("淄博市科学技术协会2024年度妇女儿童实事项目完成情况统计表", size=18)
    w.para()
    qs = {k: [int(cum(U, k, p) - prev(U, k, p)) for p in ("2024Q1", "2024Q2", "2024Q3", "2024Q4")]
          for k in ("9.2", "9.3")}
    rows = [["项目", "指标", "单位", "年度目标", "完成情况", "", "", "", "", "备注"],
            ["", "", "", "", "一季度", "二季度", "三季度", "四季度", "全年合计", ""],
            ["九、实施“润童心”儿童素养提升工程", "科普大篷车巡展", "场", "30",
             *map(str, qs["9.2"]), str(n(U, "9.2", P)), "深入沂源、高青等偏远乡村学校"],
            ["", "青少年“蒲公英”科普大讲堂", "场", "40", *map(str, qs["9.3"]), str(n(U, "9.3", P)),
             "线上直播同步开展"]]
    merges = [(0, 4, 0, 8), (0, 0, 1, 0), (0, 1, 1, 1), (0, 2, 1, 2), (0, 3, 1, 3), (0, 9, 1, 9),
              (2, 0, 3, 0)]
    _table(w, rows, merges=merges, widths=[4.0, 4.4, 1.2, 1.8, 1.8, 1.8, 1.8, 1.8, 2.0, 4.4],
            header_rows=2, size=11)
    w.para()
    w.para("填报人：田某某    审核人：马某某    填报日期：2025年1月5日", size=12)
    w.save(path)
    return Truth({"9.2": n(U, "9.2", P), "9.3": n(U, "9.3", P)})


@ret("m09", "市交通运输局", "2024Q2", "short-note-contact-line-only", "docx", batch=B)
def m09(path: Path) -> Truth:
    U, P = "市交通运输局", "2024Q2"
    w = Word()
    w.title("定制公交助学专线开通情况", size=20)
    w.para()
    k = n(U, "6.2", P)
    w.body(f"截至2024年6月30日，全市已开通“定制公交”助学专线{k}条（年度计划4条），分别为：")
    w.body("1.张店区淄博实验中学专线（D1路），日均运送学生260余人次；")
    w.body("2.临淄区金山中学专线（D3路），日均运送学生180余人次；")
    w.body("3.高新区第二实验小学专线（D5路），日均运送学生150余人次。")
    w.body("以上线路共投入新能源公交车18辆，上半年累计运送学生8.6万人次。第4条专线（周村区）已完成线路踏勘，"
           "计划9月开学前开通。")
    w.para()
    w.para("联系人：孙某某（市交通运输局运输科）    联系电话：3117652", size=12)
    w.save(path)
    return Truth({"6.2": k})


@ret("m10", "市总工会", "2024Q3", "progress-table-cumulative-from-two-seasons", "docx", batch=B)
def m10(path: Path) -> Truth:
    U, P = "市总工会", "2024Q3"
    w = Word()
    w.title("淄博市总工会关于2024年第三季度\n为妇女儿童办实事项目进展情况", size=18)
    w.para()
    k = n(U, "7.3", P)
    winter = n(U, "7.3", "2024Q1")
    t = _texts(p7=(
        f"暑假期间，全市各级工会联合教育部门、爱心企业开办职工子女暑期托管班{k - winter}个班次，加上寒假开办的"
        f"{winter}个班次，今年累计开办寒暑假职工子女托管班{k}个班次，服务职工子女2180人，投入资金96.4万元。",
        "部分企业场地、师资有限，托管班规模偏小。",
        "谋划寒假托管班，力争全年达到60个班次以上。"))
    rows = [["项目名称", "目标任务", "完成情况", "存在问题", "下一步工作打算"],
            ["实施普惠托育服务提质行动", "开展寒暑假职工子女托管班不少于50个班次", *t["7"].values()]]
    _table(w, rows, widths=[2.4, 2.8, 5.6, 2.6, 2.8], size=11)
    w.save(path)
    return Truth({"7.3": k}, t)


@ret("m11", "市医保局", "2024Q1", "progress-table-rate-with-old-rate", "docx", batch=B)
def m11(path: Path) -> Truth:
    U, P = "市医保局", "2024Q1"
    w = Word(landscape=True)
    w.title("市医保局2024年一季度为妇女儿童办实事项目进展情况表", size=18)
    w.para()
    t = _texts(p5=(
        f"自2024年1月1日起，职工医保参保人员住院分娩政策范围内医疗费用报销比例由90%提高至{_g(cum(U, '5.2', P))}%。"
        "一季度全市共为1873名参保职工报销住院分娩费用612.4万元，同比增长9.6%。",
        "部分灵活就业人员对政策知晓度不高。",
        "通过定点医疗机构、社区宣传栏等渠道加大政策宣传，确保应享尽享。"))
    rows = [["序号", "项目内容", "责任单位", "落实情况", "存在的问题", "下一步工作打算"],
            ["5", "提高职工生育医疗费报销标准，职工医保参保人员（含灵活就业人员）住院分娩政策范围内医疗费用"
                  "报销比例达到100%", "市医保局", *t["5"].values()]]
    _table(w, rows, widths=[1.2, 6.0, 2.4, 8.0, 3.6, 4.2], size=11)
    w.save(path)
    return Truth({"5.2": cum(U, "5.2", P)}, t)


M12_TARGET = (420, 260, 150, 180, 300, 200, 130, 160, 100, 50, 50)
M12_DONE = (446, 273, 161, 188, 319, 207, 135, 168, 109, 54, 52)


@ret("m12", "市残联", "2024Q4", "prose-plus-district-table-total", "docx", batch=B)
def m12(path: Path) -> Truth:
    U, P = "市残联", "2024Q4"
    assert sum(M12_DONE) == n(U, "10.2", P) and sum(M12_TARGET) == 2000
    w = Word()
    w.title("淄博市残疾人联合会\n2024年残疾儿童康复救助项目完成情况", size=20)
    w.para()
    tot = n(U, "10.2", P)
    w.body(f"2024年度，全市共为{comma(tot)}名残疾儿童实施康复救助，完成年度任务（约2000名）的"
           f"{tot / 20:.1f}%，下达康复救助资金1850.6万元。各区县完成情况如下：")
    rows = [["区县", "年度任务（名）", "完成救助（名）", "完成率"]]
    for d, a, b in zip(DISTRICTS, M12_TARGET, M12_DONE):
        rows.append([d, str(a), str(b), f"{b / a * 100:.1f}%"])
    rows.append(["全市合计", "2000", str(tot), f"{tot / 20:.1f}%"])
    _table(w, rows, widths=[3.6, 3.6, 3.6, 3.6], size=11)
    sign_off(w, "淄博市残疾人联合会", "2025年1月10日", blank=1)
    w.save(path)
    return Truth({"10.2": tot})


# ====================================================================== xlsx (8)

@ret("m13", "市教育局", "2024Q3", "xlsx-cover-sheet-indicator-table-text-numbers", "xlsx", batch=B)
def m13(path: Path) -> Truth:
    U, P = "市教育局", "2024Q3"
    c = Sheet(title="封面")
    wb = c.wb
    c.skip(3)
    c.line("淄博市教育局", 6, size=20, bold=True, align="center", height=36)
    c.skip(1)
    c.line("2024年为全市妇女儿童办实事项目", 6, size=16, align="center")
    c.line("进展情况报表", 6, size=16, align="center")
    c.skip(4)
    c.line("报送日期：2024年10月9日", 6, size=12, align="center")
    c.line("联系人：孔某某    电话：3182105", 6, size=12, align="center")
    s = Sheet(wb, "进展情况")
    s.line("为妇女儿童办实事项目进展情况", 8, size=16, bold=True, align="center", height=30)
    v = {k: cum(U, k, P) for k in ("1.1", "1.2", "1.3", "4.1", "8.1", "8.2")}
    qq = {k: int(q(U, k, P)) for k in ("1.1", "1.2", "1.3", "4.1", "8.1")}
    rows = [["序号", "项目", "指标", "年度任务", "截至本季度末累计完成", "完成进度", "本季度完成", "备注"],
            ["1", "教育资源扩增优化工程", "新改扩建中小学（所）", "4", str(int(v["1.1"])),
             f"{v['1.1'] / 4:.0%}", str(qq["1.1"]), "另有2所主体完工，预计年底交付"],
            ["", "", "新改扩建幼儿园（所）", "10", str(int(v["1.2"])), f"{v['1.2'] / 10:.0%}", str(qq["1.2"]), ""],
            ["", "", "打造智慧教育应用场景（个）", "10", str(int(v["1.3"])), f"{v['1.3'] / 10:.0%}",
             str(qq["1.3"]), ""],
            ["4", "家庭教育指导服务行动", "开展家庭教育巡讲（场）", "—", int(v["4.1"]), "—", qq["4.1"],
             "依托家长学校开展，与市妇联分别统计"],
            ["8", "“阳光成长”青少年身心健康护航行动", "心理健康科普知识宣传（场）", 200, int(v["8.1"]),
             f"{v['8.1'] / 200:.1%}", qq["8.1"], ""],
            ["", "", "安全防范建设“4个100%”达标率", "100%", f"{v['8.2']:g}%", "100%", "—", "全市1128所学校（园）"]]
    _xt(s, rows, merges=[(1, 0, 3, 0), (1, 1, 3, 1), (5, 0, 6, 0), (5, 1, 6, 1)],
            widths=[6, 16, 26, 10, 14, 10, 10, 26])
    s.save(path)
    return Truth(v)


M14_CUM = (236, 141, 82, 97, 168, 110, 71, 89, 73, 35, 28)
M14_Q2 = (135, 80, 47, 56, 97, 63, 41, 51, 42, 21, 17)


@ret("m14", "市残联", "2024Q2", "xlsx-district-rows-formula-total-cached", "xlsx", batch=B)
def m14(path: Path) -> Truth:
    U, P = "市残联", "2024Q2"
    tot = n(U, "10.2", P)
    assert sum(M14_CUM) == tot and sum(M14_Q2) == int(q(U, "10.2", P))
    s = Sheet(title="康复救助")
    s.line("残疾儿童康复救助项目进展统计表（1—6月）", 7, size=16, bold=True, align="center", height=30)
    s.cells(["填报单位：市残联康复部", None, None, None, "填报日期：2024年7月4日"])
    rows = [["序号", "区县", "年度任务（名）", "累计救助（名）", "其中：二季度", "完成率", "备注"]]
    for k, (d, a, b, c) in enumerate(zip(DISTRICTS, M12_TARGET, M14_CUM, M14_Q2), 1):
        rows.append([k, d, a, b, c, None, ""])
    top = s.row
    first, last = top + 1, top + len(DISTRICTS)
    for k in range(len(DISTRICTS)):
        r = first + k
        rows[k + 1][5] = f"=D{r}/C{r}"
    tr = last + 1
    rows.append(["", "全市合计", f"=SUM(C{first}:C{last})", f"=SUM(D{first}:D{last})",
                 f"=SUM(E{first}:E{last})", f"=D{tr}/C{tr}", "含省级项目救助"])
    nf = {(r, 5): "0.0%" for r in range(1, len(rows))}
    _xt(s, rows, widths=[6, 14, 14, 14, 14, 10, 18], number_formats=nf)
    s.save(path)
    cached = {(1, f"F{first + k}"): b / a for k, (a, b) in enumerate(zip(M12_TARGET, M14_CUM))}
    cached |= {(1, f"C{tr}"): 2000, (1, f"D{tr}"): tot, (1, f"E{tr}"): sum(M14_Q2), (1, f"F{tr}"): tot / 2000}
    _cache_formulas(path, cached)
    return Truth({"10.2": tot})


@ret("m15", "市妇联", "2024Q4", "xlsx-quarter-ledger-cumulative-columns", "xlsx", batch=B)
def m15(path: Path) -> Truth:
    U = "市妇联"
    s = Sheet(title="台账")
    s.line("淄博市妇联2024年为妇女儿童办实事项目工作台账", 9, size=16, bold=True, align="center", height=30)
    s.cells(["报送时间：2025年1月6日"])
    qs = ("2024Q1", "2024Q2", "2024Q3", "2024Q4")
    items = [("巾帼促就业", "培训家政从业人员", "人次", "5000（全市）", "2.1", "妇联系统承担部分"),
             ("", "女性就业专场招聘活动", "场", "—", "2.2", ""),
             ("家庭教育指导服务", "家庭教育巡讲", "场", 1000, "4.1", ""),
             ("", "培训家庭教育骨干", "人", 550, "4.2", "11个区县均不少于50人"),
             ("新型婚育文化", "单身青年联谊活动", "场", 10, "5.1", ""),
             ("儿童友好城市建设", "儿童友好共建联盟", "个", 8, "6.1", "")]
    rows = [["项目", "指标", "单位", "年度目标", "截至各季度末累计完成", "", "", "", "备注"],
            ["", "", "", "", "一季度", "二季度", "三季度", "四季度", ""]]
    for proj, name, unit, target, ind, note in items:
        rows.append([proj, name, unit, target, *(int(cum(U, ind, p)) for p in qs), note])
    merges = [(0, 4, 0, 7), (0, 0, 1, 0), (0, 1, 1, 1), (0, 2, 1, 2), (0, 3, 1, 3), (0, 8, 1, 8),
              (2, 0, 3, 0), (4, 0, 5, 0)]
    _xt(s, rows, merges=merges, header_rows=2, widths=[16, 22, 7, 12, 9, 9, 9, 9, 22])
    s.save(path)
    return Truth({it[4]: cum(U, it[4], "2024Q4") for it in items})


@ret("m16", "市人力资源社会保障局", "2024Q2", "xlsx-quarter-increments-formula-cumulative", "xlsx", batch=B)
def m16(path: Path) -> Truth:
    U, P = "市人力资源社会保障局", "2024Q2"
    s = Sheet(title="Sheet1")
    s.line("巾帼促就业计划推进情况季度统计表", 8, size=16, bold=True, align="center", height=30)
    s.cells(["填报单位：市人社局就业促进科", None, None, None, None, "统计时间：2024.6.30"])
    rows = [["指标", "计量单位", "全年目标", "分季度完成情况", "", "", "", "累计完成"],
            ["", "", "", "一季度", "二季度", "三季度", "四季度", ""]]
    top = s.row
    for name, unit, target, ind in (("培训家政从业人员", "人次", 5000, "2.1"),
                                    ("举办女性就业专场招聘活动", "场", "不设目标", "2.2")):
        r = top + len(rows)
        rows.append([name, unit, target, int(cum(U, ind, "2024Q1")), int(q(U, ind, P)), None, None,
                     f"=SUM(D{r}:G{r})"])
    merges = [(0, 3, 0, 6), (0, 0, 1, 0), (0, 1, 1, 1), (0, 2, 1, 2), (0, 7, 1, 7)]
    _xt(s, rows, merges=merges, header_rows=2, widths=[26, 10, 10, 10, 10, 10, 10, 12])
    s.skip()
    s.line("注：各季度为当季完成数；招聘活动含与市妇联联合举办场次。", 8, size=10)
    s.save(path)
    _cache_formulas(path, {(1, f"H{top + 2}"): n(U, "2.1", P), (1, f"H{top + 3}"): n(U, "2.2", P)})
    return Truth({"2.1": n(U, "2.1", P), "2.2": n(U, "2.2", P)})


M17_WOMEN = (156820, 118340, 67250, 62410, 108760, 79530, 56380, 79960, 31240, 14870, 9130)
M17_RATES = (22.6, 20.3, 21.9, 19.8, 22.1, 21.0, 20.6, 21.7, 22.9, 19.4, 20.8)
M17_SICK = (14, 9, 6, 4, 8, 5, 3, 6, 2, 1, 1)


@ret("m17", "市卫生健康委", "2024Q1", "xlsx-sheet-per-project-district-rates", "xlsx", batch=B)
def m17(path: Path) -> Truth:
    U, P = "市卫生健康委", "2024Q1"
    c = Sheet(title="说明")
    wb = c.wb
    c.line("淄博市卫生健康委员会", 6, size=16, bold=True)
    c.line("2024年一季度妇女儿童实事项目进展", 6, size=14)
    c.skip()
    c.line("填报说明：1.筛查率=已筛查人数/35—64岁适龄妇女人数×100%；2.救助覆盖率=已救助人数/符合条件的"
           "患病妇女人数×100%；3.分项目数据见各工作表。", 6, size=11, height=48)
    c.line("联系人：崔某某  0533-3182290", 6, size=11)
    s = Sheet(wb, "两癌筛查")
    s.line("适龄妇女“两癌”免费检查和救助情况", 7, size=14, bold=True, align="center")
    screened = [round(w_ * r / 100) for w_, r in zip(M17_WOMEN, M17_RATES)]
    rate = round(sum(screened) / sum(M17_WOMEN) * 100, 1)
    assert rate == cum(U, "3.1", P)
    rows = [["区县", "35—64岁适龄妇女数（人）", "已筛查（人）", "筛查率", "符合条件患病妇女（人）", "已救助（人）",
             "救助覆盖率"]]
    for d, a, b, k in zip(DISTRICTS, M17_WOMEN, screened, M17_SICK):
        rows.append([d, a, b, f"{b / a * 100:.1f}%", k, k, "100%"])
    rows.append(["全市", sum(M17_WOMEN), sum(screened), f"{rate:g}%", sum(M17_SICK), sum(M17_SICK), "100%"])
    _xt(s, rows, widths=[12, 16, 12, 10, 14, 10, 12])
    t = Sheet(wb, "托育")
    t.line("普惠托育服务提质行动", 4, size=14, bold=True, align="center")
    t.table([["指标", "年度目标", "完成", "备注"],
             ["培育市级婴幼儿照护服务示范区县（个）", "5个左右", int(cum(U, "7.1", P)), "已印发创建方案，各区县申报中"],
             ["打造市级示范托育机构（家）", "不少于10家", int(cum(U, "7.2", P)), "张店区1家通过评估"]],
            widths=[34, 12, 8, 30])
    h = Sheet(wb, "心理健康")
    h.line("青少年心理健康科普宣传", 4, size=14, bold=True, align="center")
    h.table([["指标", "单位", "完成", "参与人数"],
             ["开展心理健康科普知识宣传", "场", int(cum(U, "8.1", P)), 8400]], widths=[30, 8, 8, 12])
    for sh in wb.worksheets:
        sh.page_setup.orientation = "landscape"
    h.save(path)
    return Truth({k: cum(U, k, P) for k in ("3.1", "3.2", "7.1", "7.2", "8.1")})


@ret("m18", "市商务局", "2024Q3", "xlsx-progress-in-prose-cell-note-quarter", "xlsx", batch=B)
def m18(path: Path) -> Truth:
    U, P = "市商务局", "2024Q3"
    s = Sheet(title="进展情况")
    s.line("淄博市商务局2024年为全市妇女儿童办实事项目进展情况表（前三季度）", 5, size=14, bold=True,
           align="center", height=36)
    s.cells(["填报人：鹿某某", None, None, "联系电话：2710386"])
    prog = (f"前三季度，依托家政服务业提质扩容“领跑者”行动，累计培训家政从业人员{comma(n(U, '2.1', P))}人次，"
            f"其中母婴护理、养老护理方向占62%。")
    _xt(s, [["序号", "项目名称", "目标任务", "完成情况", "备注"],
             [2, "实施巾帼促就业计划", "全市培训家政从业人员5000人次以上", prog,
              f"三季度培训{int(q(U, '2.1', P))}人次"]],
            widths=[6, 18, 22, 52, 18])
    s.ws.row_dimensions[s.row - 1].height = 60
    s.save(path)
    return Truth({"2.1": n(U, "2.1", P)}, {"2": {"progress": prog}})


@ret("m19", "市公安局", "2024Q4", "xlsx-rate-as-number-percent-format-distractor-counts", "xlsx", batch=B)
def m19(path: Path) -> Truth:
    U, P = "市公安局", "2024Q4"
    s = Sheet(title="护校安园")
    s.line("市公安局“护校安园”专项行动工作情况统计（1至12月）", 6, size=14, bold=True, align="center", height=30)
    rows = [["序号", "工作内容", "指标", "目标值", "完成值", "备注"],
            [1, "中小学幼儿园安全防范建设“4个100%”", "达标率", 1, cum(U, "8.2", P) / 100, "全市1136所中小学幼儿园全部达标"],
            [2, "校园周边巡逻防控", "设置护学岗（个）", "—", 1136, ""],
            [3, "上下学高峰勤务", "出动警力（人次）", "—", 58720, ""],
            [4, "法治进校园", "开展法治讲座（场）", "—", 486, "民警兼任法治副校长"]]
    nf = {(1, 3): "0%", (1, 4): "0%", (3, 4): "#,##0"}
    _xt(s, rows, widths=[6, 34, 18, 10, 10, 30], number_formats=nf)
    s.skip()
    s.cells(["填报单位：市公安局治安支队", None, None, "2025年1月3日"])
    s.save(path)
    return Truth({"8.2": cum(U, "8.2", P)})


@ret("m20", "市民政局", "2024Q2", "xlsx-coverage-rate-as-text-money-distractors", "xlsx", batch=B)
def m20(path: Path) -> Truth:
    U, P = "市民政局", "2024Q2"
    s = Sheet(title="孤困儿童助学")
    s.line("孤困儿童就学资助情况统计表", 6, size=16, bold=True, align="center", height=30)
    s.cells(["填报单位：淄博市民政局（盖章）", None, None, "截至2024年6月30日"])
    rows = [["项目", "保障对象", "应资助人数", "已资助人数", "资助金额（万元）", "覆盖率"],
            ["福彩圆梦·孤儿助学工程", "孤儿", 312, 312, 93.6, "100%"],
            ["慈善助学工程", "事实无人抚养儿童", "1,046", "1,046", 156.9, "100%"],
            ["", "重点困境儿童", 588, 588, 52.9, "100%"],
            ["合计", "", 1946, 1946, 303.4, f"{cum(U, '10.1', P):g}%"]]
    _xt(s, rows, merges=[(2, 0, 3, 0), (4, 0, 4, 1)], widths=[24, 18, 12, 12, 16, 10])
    s.save(path)
    return Truth({"10.1": cum(U, "10.1", P)})


# ====================================================================== pdf-text (5)

@ret("m21", "市科协", "2024Q2", "formal-report-last-quarter-province-distractors", "pdf-text", batch=B)
def m21(path: Path) -> Truth:
    U, P = "市科协", "2024Q2"
    w = Word()
    w.para("淄科协发〔2024〕27号", align="center")
    w.para()
    w.title("淄博市科学技术协会\n关于上半年“润童心”儿童素养提升工程\n科普项目进展情况的报告", size=20)
    w.para()
    w.para("市妇儿工委办公室：")
    w.body("今年以来，市科协认真落实《2024年为全市妇女儿童办实事项目清单》部署，扎实推进科普大篷车巡展和青少年"
           "“蒲公英”科普大讲堂两项任务。现将上半年进展情况报告如下。")
    a, a1 = n(U, "9.2", P), n(U, "9.2", "2024Q1")
    w.heading("一、科普大篷车巡展")
    w.body(f"4月至6月，科普大篷车先后深入高青县、沂源县等12个乡镇（街道）中小学开展巡展{a - a1}场，加上一季度的"
           f"{a1}场，上半年累计开展{a}场，完成年度任务30场的{a / 30:.0%}，服务青少年1.6万人次。全省科协系统同期"
           f"共开展大篷车巡展486场。")
    b = n(U, "9.3", P)
    w.heading("二、青少年“蒲公英”科普大讲堂")
    w.body(f"邀请中国科学院、山东理工大学等单位专家开讲{b}场，年度任务40场，完成进度{b / 40 * 100:.1f}%，"
           f"线上线下受众共计3.2万人次。")
    w.heading("三、存在问题")
    w.body("大篷车车辆老化，展品更新不及时；偏远学校科普师资力量薄弱。")
    w.heading("四、下步打算")
    w.body("争取省科协支持更新大篷车展品，暑期开展“科普大篷车乡村行”，确保全年任务按期完成。")
    w.para()
    w.para("（联系人：赵某某，联系电话：0533-3180246）", indent=True)
    w.picture(seal.seal_png("淄博市科学技术协会", seed=721), width_cm=4.0)
    w.para("淄博市科学技术协会    ", align="right")
    w.para("2024年7月3日    ", align="right")
    w.save(path)
    return Truth({"9.2": a, "9.3": b}, seal_picture=True)


@ret("m22", "市文化和旅游局", "2024Q3", "progress-table-fullwidth-digits", "pdf-text", batch=B)
def m22(path: Path) -> Truth:
    U, P = "市文化和旅游局", "2024Q3"
    w = Word(landscape=True)
    w.title("市文旅局2024年1-9月为妇女儿童办实事项目进展情况表", size=18)
    w.para()
    k = n(U, "9.1", P)
    t = _texts(p9=(
        f"１－９月，累计开展五音戏、京剧、吕剧等戏曲进校园演出及课程辅导{full(k)}场，其中三季度"
        f"{full(int(q(U, '9.1', P)))}场，惠及师生４．３万人次。",
        "专业院团演出任务重，送戏进校园与商业演出时间冲突。",
        "统筹院团演出档期，四季度开展戏曲进校园６８场以上，确保完成全年任务。"))
    rows = [["序号", "项目名称", "目标任务", "责任单位", "进展情况", "存在问题", "下一步打算"],
            ["９", "实施“润童心”儿童素养提升工程",
             "开展五音戏、京剧等精彩剧目进校园演出、校园戏曲课程辅导等活动２００场", "市文化和旅游局",
             *t["9"].values()]]
    _table(w, rows, widths=[1.2, 3.2, 4.4, 2.4, 7.0, 3.8, 4.0], size=11)
    w.para()
    w.para("填报人：牛某某    联系电话：２７６５３１０", size=12)
    w.save(path)
    return Truth({"9.1": k}, t)


@ret("m23", "市检察院", "2024Q2", "progress-table-lead-and-own-unit-no-figures", "pdf-text", batch=B)
def m23(path: Path) -> Truth:
    w = Word(landscape=True)
    w.title("淄博市人民检察院2024年第二季度妇女儿童实事项目进展情况表", size=18)
    w.para()
    t = _texts(p8=(
        "一是会同市法院、市妇联推进家事案件调解联盟建设，联合制定《涉未成年人家事案件协作办理办法》；二是上半年"
        "办理涉未成年人刑事案件87件，发出督促监护令43份，开展司法救助23人次，发放救助金31.5万元；三是检察官"
        "担任法治副校长126人，开展法治进校园活动65场。",
        "涉未成年人案件社会支持体系仍不完善，专业社工力量不足。",
        "推动家事案件调解联盟运行机制落地，下半年开展“检察护苗”专项活动。"))
    rows = [["序号", "项目名称", "牵头单位", "责任单位", "进展情况", "存在问题", "下一步打算"],
            ["8", "实施“阳光成长”青少年身心健康护航行动", "市教育局", "市检察院", *t["8"].values()]]
    _table(w, rows, widths=[1.2, 3.4, 2.0, 2.0, 9.0, 3.8, 4.2], size=11)
    w.save(path)
    return Truth({}, t)


@ret("m24", "市妇联", "2024Q1", "formal-report-prose-signoff-only", "pdf-text", batch=B)
def m24(path: Path) -> Truth:
    U, P = "市妇联", "2024Q1"
    w = Word()
    w.para("淄妇字〔2024〕15号", align="center")
    w.para()
    w.title("关于2024年第一季度为妇女儿童办实事\n项目进展情况的报告", size=20)
    w.para()
    w.para("市妇儿工委办公室：")
    w.body("一季度，我们围绕《2024年为全市妇女儿童办实事项目清单》确定的牵头和参与任务，早谋划、早部署，"
           "各项工作开局良好。现将有关情况报告如下：")
    w.heading("一、巾帼促就业计划")
    w.body(f"联合市人社局举办“春风行动”女性就业专场招聘活动{n(U, '2.2', P)}场，进场企业186家，提供岗位5300余个，"
           f"达成就业意向1020人；开办家政培训班3期，培训家政从业人员{n(U, '2.1', P)}人次。")
    w.heading("二、家庭教育指导服务行动")
    w.body(f"启动“家庭共成长”计划，一季度开展家庭教育巡讲{cn(n(U, '4.1', P))}场，覆盖家长2.1万人次；举办首期家庭"
           f"教育骨干培训班，培训骨干{n(U, '4.2', P)}人，其中张店区12人、淄川区9人。")
    w.heading("三、新型婚育文化培育行动")
    w.body(f"3月8日举办“春暖花开·幸福有约”单身青年联谊活动{n(U, '5.1', P)}场，参加青年160人。")
    w.heading("四、儿童友好城市建设促进行动")
    w.body("制定儿童友好共建联盟试点方案，计划年内打造8个，目前正在遴选试点单位。")
    w.heading("五、下步打算")
    w.body("二季度，我们将加大家庭教育巡讲力度，力争上半年巡讲场次达到年度任务的40%以上；筹备“淄博好爸妈”网上"
           "家庭教育平台上线；会同团市委谋划五四、七夕联谊活动。")
    sign_off(w, "淄博市妇女联合会", "2024年4月2日")
    w.save(path)
    return Truth({k: cum(U, k, P) for k in ("2.1", "2.2", "4.1", "4.2", "5.1")})


@ret("m25", "市卫生健康委", "2024Q2", "landscape-8col-table-long-rows-over-pages", "pdf-text", batch=B)
def m25(path: Path) -> Truth:
    U, P = "市卫生健康委", "2024Q2"
    w = Word(landscape=True)
    w.title("2024年为全市妇女儿童办实事项目进展情况表", size=18)
    w.para("填报单位：市卫健委                                              统计时段：1—6月", size=12)
    t = _texts(
        p3=(f"1—6月，全市累计完成宫颈癌、乳腺癌免费检查10.12万人，35—64岁适龄妇女“两癌”筛查率{_g(cum(U, '3.1', P))}%"
            f"（年度目标90%）。各区县依托妇幼保健机构和基层医疗卫生机构设立筛查点126个，组织巡回筛查车深入镇村开展"
            f"上门服务；对筛查发现的可疑病例全部纳入随访管理，建立“筛查—诊断—治疗—救助”闭环机制。符合条件的"
            f"“两癌”患病妇女救助覆盖率{_g(cum(U, '3.2', P))}%。适龄女孩免费接种HPV疫苗项目已完成疫苗采购，"
            f"9月秋季开学后集中接种。",
            "部分适龄妇女健康意识不强，主动参检率不高；基层筛查人员专业水平参差不齐，阅片能力有待提高。",
            "三季度开展“两癌”筛查集中攻坚月活动，加强基层筛查人员培训，确保全年筛查率达到90%以上；做好HPV疫苗"
            "接种组织工作。"),
        p7=(f"临淄区通过市级婴幼儿照护服务示范区县评估验收，成为今年首个市级示范区县，累计{n(U, '7.1', P)}个；"
            f"新认定市级示范托育机构{int(q(U, '7.2', P))}家，累计{n(U, '7.2', P)}家；全市备案托育机构达到"
            f"312家，提供托位1.46万个。",
            "部分区县示范区县创建工作推进较慢，托育机构运营成本高。",
            "指导张店区、桓台县等4个区县做好示范区县创建迎评，下半年再认定一批市级示范托育机构。"),
        p8=(f"依托“心理健康管理云平台”，组织精神卫生专业机构走进学校、社区开展心理健康科普知识宣传"
            f"{n(U, '8.1', P)}场，发放宣传材料3.5万份；开展青少年心理危机干预培训6期。",
            "专业心理健康服务人员数量不足。",
            "暑期开展“阳光心理”进社区活动，持续扩大宣传覆盖面。"),
    )
    rows = [["序号", "项目名称", "目标任务", "牵头单位", "配合单位", "进展情况", "存在问题", "下一步打算"],
            ["3", "实施适龄妇女“两癌”免费检查和救助行动",
             "为35—64岁适龄妇女免费检查，筛查率达到90%；符合条件的患病妇女救助全覆盖；推进适龄女孩免费接种HPV疫苗",
             "市卫生健康委", "市妇联", *t["3"].values()],
            ["7", "实施普惠托育服务提质行动", "培育5个左右市级婴幼儿照护服务示范区县，打造不少于10家市级示范托育机构",
             "市卫生健康委", "市总工会", *t["7"].values()],
            ["8", "实施“阳光成长”青少年身心健康护航行动", "开展心理健康科普知识宣传200场",
             "市教育局", "市卫生健康委等", *t["8"].values()]]
    _table(w, rows, widths=[1.0, 2.6, 3.6, 2.0, 1.8, 7.4, 3.6, 3.6], size=11)
    w.save(path)
    return Truth({k: cum(U, k, P) for k in ("3.1", "3.2", "7.1", "7.2", "8.1")}, t)


# ====================================================================== doc (5)

@ret("m26", "市检察院", "2024Q4", "formal-report-no-catalog-figures", "doc", batch=B)
def m26(path: Path) -> Truth:
    w = Word()
    w.para("淄检发〔2025〕2号", align="center")
    w.para()
    w.title("淄博市人民检察院\n关于2024年度落实为妇女儿童办实事项目\n情况的报告", size=20)
    w.para()
    w.para("市妇儿工委办公室：")
    w.body("2024年，市检察院认真落实“阳光成长”青少年身心健康护航行动中加强未成年人综合司法保护的任务，"
           "现将全年工作情况报告如下：")
    w.heading("一、家事案件调解联盟实质运行")
    w.body("配合市中级人民法院建立家事案件调解联盟，在全市两级检察机关设立未成年人司法保护联络员16名，全年移送"
           "联盟调解涉未成年人家事纠纷58件，调解成功49件。")
    w.heading("二、未成年人综合司法保护持续加强")
    w.body("全年办理涉未成年人刑事案件173件，发出督促监护令96份；联合专业机构对涉案未成年人开展心理疏导45人次；"
           "检察官担任法治副校长开展法治进校园活动112场，覆盖师生8.7万人次。")
    w.heading("三、下步工作打算")
    w.body("2025年，我院将进一步深化家事案件调解联盟协作，推动未成年人检察业务统一集中办理，持续擦亮“淄检护苗”品牌。")
    sign_off(w, "淄博市人民检察院", "2025年1月9日")
    w.save(path)
    return Truth({})


@ret("m27", "市总工会", "2024Q1", "progress-table-fill-line-subdepartment", "doc", batch=B)
def m27(path: Path) -> Truth:
    U, P = "市总工会", "2024Q1"
    w = Word()
    w.title("2024年第一季度妇女儿童实事项目进展情况表", size=18)
    w.para()
    w.para("填报单位：市总工会女职工部                填报时间：2024年3月28日", size=12)
    t = _texts(p7=(
        f"寒假期间，市总工会联合张店区、周村区总工会及4家企业工会开办职工子女寒假托管班{n(U, '7.3', P)}个班次，"
        f"托管职工子女260名。",
        "寒假时间短，部分企业开班意愿不强。",
        "提前对接有条件的企业，谋划暑期托管班，力争暑期开班40个班次以上。"))
    rows = [["项目名称", "年度任务", "一季度工作进展", "存在问题", "下步打算"],
            ["实施普惠托育服务提质行动（职工子女托管）", "开展寒暑假职工子女托管班不少于50个班次", *t["7"].values()]]
    _table(w, rows, widths=[2.6, 2.8, 5.2, 2.6, 3.0], size=11)
    w.save(path)
    return Truth({"7.3": n(U, "7.3", P)}, t)


@ret("m28", "市法院", "2024Q1", "short-table-abbrev-unit-no-figures", "doc", batch=B)
def m28(path: Path) -> Truth:
    w = Word()
    w.title("为妇女儿童办实事项目进展情况", size=20)
    w.para("（截至3月底）", align="center")
    w.para("报送单位：市中院", size=12)
    t = _texts(p8=(
        "一季度起草《淄博市家事案件调解联盟工作规则（征求意见稿）》，已征求市妇联、市司法局等6家单位意见；"
        "审结涉未成年人家事案件214件，其中调解撤诉138件。",
        "联盟成员单位职责分工尚需进一步明确。",
        "二季度完成工作规则会签，推动家事案件调解联盟挂牌运行。"))
    rows = [["序号", "项目", "进展情况", "存在问题", "下步打算"],
            ["八", "建立家事案件调解联盟，加强对未成年人的综合司法保护", *t["8"].values()]]
    _table(w, rows, widths=[1.2, 3.4, 6.0, 2.8, 3.0], size=11)
    w.save(path)
    return Truth({}, t)


@ret("m29", "市交通运输局", "2024Q4", "report-with-route-table", "doc", batch=B)
def m29(path: Path) -> Truth:
    U, P = "市交通运输局", "2024Q4"
    w = Word()
    w.title("市交通运输局关于“定制公交”\n助学专线开通情况的报告", size=20)
    w.para()
    w.para("市妇儿工委办公室：")
    k = n(U, "6.2", P)
    w.body(f"1至12月，我局会同市教育局、淄博公交集团，围绕“5分钟儿童友好生活圈”建设，全年共开通“定制公交”助学专线"
           f"{k}条，完成年度任务。全年累计运送学生31.7万人次，投入车辆26辆，未发生一起安全责任事故。具体线路如下：")
    _table(w, [["线路", "开通时间", "服务学校", "日均客流（人次）"],
             ["D1路", "2024年3月4日", "淄博实验中学", "260"],
             ["D3路", "2024年5月6日", "临淄区金山中学", "180"],
             ["D5路", "2024年6月3日", "高新区第二实验小学", "150"],
             ["D8路", "2024年9月2日", "周村区新建路小学", "210"]], widths=[2.4, 3.6, 5.0, 3.4], size=11)
    w.para()
    w.body("下一步，我局将根据学生出行需求动态优化线路和班次，提升服务质量。")
    sign_off(w, "淄博市交通运输局", "2025年1月7日")
    w.save(path)
    return Truth({"6.2": k})


@ret("m30", "市医保局", "2024Q3", "table-progress-and-plans-signoff-only", "doc", batch=B)
def m30(path: Path) -> Truth:
    U, P = "市医保局", "2024Q3"
    w = Word()
    w.title("2024年为全市妇女儿童办实事项目进展情况", size=20)
    w.para()
    w.body("截至9月底，我局承担的“提高职工生育医疗费报销标准”任务进展情况如下：")
    t = _texts(p5=(
        f"1—9月，全市职工医保住院分娩政策范围内医疗费用报销比例稳定保持{_g(cum(U, '5.2', P))}%，累计为5942名"
        f"参保职工报销住院分娩医疗费用1968.3万元，其中灵活就业人员1126名。",
        None,
        "做好生育津贴与医疗费用同步结算，进一步简化报销流程。"))
    rows = [["序号", "项目", "完成情况", "下步打算"],
            ["5", "实施新型婚育文化培育行动（职工医保住院分娩报销）", t["5"]["progress"], t["5"]["plans"]]]
    _table(w, rows, widths=[1.2, 3.6, 7.4, 4.0], size=11)
    sign_off(w, "淄博市医疗保障局", "2024年9月30日")
    w.save(path)
    return Truth({"5.2": cum(U, "5.2", P)}, t)


WORDING.update({
    "m01": (("title",), "第二季度"),
    "m02": (("fill-line",), "date-line"),
    "m03": (("fill-line",), "1—9月"),
    "m04": (("title", "sign-off", "seal"), "年度"),
    "m05": (("fill-line",), "上半年"),
    "m06": (("header",), "一季度"),
    "m07": (("sign-off",), "截至9月底"),
    "m08": (("title",), "年度"),
    "m09": (("contact-line",), "截至2024年6月30日"),
    "m10": (("title",), "第三季度"),
    "m11": (("title", "table-cell"), "一季度"),
    "m12": (("title", "sign-off"), "年度"),
    "m13": (("cover-sheet",), "date-line"),
    "m14": (("fill-line",), "1—6月"),
    "m15": (("title",), "date-line"),
    "m16": (("fill-line",), "统计时间2024.6.30"),
    "m17": (("cover-sheet",), "一季度"),
    "m18": (("title",), "前三季度"),
    "m19": (("title", "fill-line"), "1至12月"),
    "m20": (("fill-line",), "截至2024年6月30日"),
    "m21": (("title", "sign-off", "seal"), "上半年"),
    "m22": (("title",), "1-9月"),
    "m23": (("title",), "第二季度"),
    "m24": (("sign-off",), "第一季度"),
    "m25": (("fill-line",), "1—6月"),
    "m26": (("title", "sign-off"), "年度"),
    "m27": (("fill-line",), "第一季度"),
    "m28": (("fill-line",), "截至3月底"),
    "m29": (("title", "sign-off"), "1至12月"),
    "m30": (("sign-off",), "截至9月底"),
})


# ====================================================================== a few more shapes

@ret("m31", "市教育局", "2024Q4", "indicator-table-split-by-page-break-continued", "docx", batch=B)
def m31(path: Path) -> Truth:
    U, P = "市教育局", "2024Q4"
    w = Word()
    w.title("市教育局2024年全年为妇女儿童办实事\n项目完成情况", size=20)
    w.para()
    w.body("2024年，我局牵头实施教育资源扩增优化工程和“阳光成长”青少年身心健康护航行动，配合市妇联实施家庭教育"
           "指导服务行动，各项任务均已按期完成。具体完成情况见下表。")
    head = ["项目", "指标", "全年目标", "完成情况", "备注"]
    v = {k: cum(U, k, P) for k in ("1.1", "1.2", "1.3", "4.1", "8.1", "8.2")}
    part1 = [head,
             ["一、教育资源扩增优化工程", "新改扩建中小学", "4所", f"{int(v['1.1'])}所",
              "淄博实验中学东校区等4所学校9月投入使用，新增学位5400个"],
             ["", "新改扩建幼儿园", "10所", f"{int(v['1.2'])}所", "新增学位2130个"],
             ["", "打造智慧教育应用场景", "10个", f"{int(v['1.3'])}个", "超额完成，其中省级典型场景3个"]]
    _table(w, part1, merges=[(1, 0, 3, 0)], widths=[3.4, 3.6, 2.0, 2.0, 5.2], size=11)
    w.page_break()
    w.para("续表", size=12)
    part2 = [head,
             ["二、家庭教育指导服务行动", "开展家庭教育巡讲", "—", f"{int(v['4.1'])}场", "与市妇联分别统计，未重复计算"],
             ["三、“阳光成长”青少年身心健康护航行动", "开展心理健康科普知识宣传", "200场", f"{int(v['8.1'])}场",
              "覆盖师生及家长36.5万人次"],
             ["", "中小学幼儿园安全防范建设“4个100%”达标率", "100%", f"{v['8.2']:g}%", "全市1128所学校（园）全部达标"]]
    _table(w, part2, merges=[(2, 0, 3, 0)], widths=[3.4, 3.6, 2.0, 2.0, 5.2], size=11)
    sign_off(w, "淄博市教育局", "2025年1月6日")
    w.save(path)
    return Truth(v)


@ret("m32", "市文化和旅游局", "2024Q2", "quarter-only-figure-no-cumulative", "doc", batch=B)
def m32(path: Path) -> Truth:
    U, P = "市文化和旅游局", "2024Q2"
    w = Word(landscape=True)
    w.title("2024年第二季度为妇女儿童办实事项目进展情况表", size=18)
    w.para("填报单位：市文旅局艺术科                                          2024年6月27日", size=12)
    # the office writes only what it did this quarter: a clerk cannot tell the year's total from it
    t = _texts(p9=(
        f"二季度，组织市五音剧院、市京剧团、市吕剧团走进淄川区、周村区、桓台县等地中小学，开展戏曲进校园演出及"
        f"课程辅导{int(q(U, '9.1', P))}场，观演师生1.1万人次；录制戏曲微课10节并在“淄博智慧教育”平台上线。",
        "部分学校场地条件有限，大型剧目难以进校演出。",
        "暑期组织“戏曲夏令营”，秋季开学后集中开展校园戏曲课程辅导。"))
    rows = [["序号", "项目名称", "目标任务", "本季度工作开展情况", "存在问题", "下步打算"],
            ["9", "实施“润童心”儿童素养提升工程（戏曲进校园）",
             "开展五音戏、京剧等精彩剧目进校园演出、校园戏曲课程辅导等活动200场", *t["9"].values()]]
    _table(w, rows, widths=[1.2, 3.4, 4.4, 7.6, 3.6, 4.0], size=11)
    w.save(path)
    return Truth({}, t)


M33_21 = (200, 780, 520, 310, 360, 640, 420, 260, 330, 380, 150, 110)
M33_22 = (8, 7, 5, 3, 4, 6, 4, 2, 3, 3, 2, 1)


@ret("m33", "市人力资源社会保障局", "2024Q4", "xlsx-total-row-first-unit-in-sheet-name", "xlsx", batch=B)
def m33(path: Path) -> Truth:
    U, P = "市人力资源社会保障局", "2024Q4"
    assert sum(M33_21) == n(U, "2.1", P) and sum(M33_22) == n(U, "2.2", P)
    s = Sheet(title="市人社局")
    s.line("巾帼促就业计划完成情况统计（全年）", 5, size=16, bold=True, align="center", height=30)
    s.cells([None, None, None, "单位：人次、场"])
    rows = [["地区", "培训家政从业人员", "举办女性就业专场招聘活动", "提供岗位（个）", "备注"],
            ["全市合计", n(U, "2.1", P), n(U, "2.2", P), 26480, ""]]
    jobs = (5200, 4300, 2600, 1500, 1800, 3100, 2100, 1100, 1500, 1700, 1000, 580)
    assert sum(jobs) == 26480
    for d, a, b, c in zip(("市本级",) + DISTRICTS, M33_21, M33_22, jobs):
        rows.append([d, a, b, c, "含线上培训" if d == "张店区" else ""])
    _xt(s, rows, widths=[14, 18, 22, 14, 16])
    s.skip()
    s.line("填报人：邢某某    审核人：周某某    报送日期：2025年1月8日", 5, size=10)
    s.save(path)
    return Truth({"2.1": n(U, "2.1", P), "2.2": n(U, "2.2", P)})


WORDING.update({
    "m31": (("title", "sign-off"), "全年"),
    "m32": (("fill-line",), "第二季度"),
    "m33": (("sheet-name",), "全年"),
})
