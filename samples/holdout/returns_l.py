"""Batch 20: native returns (Word, .doc, Excel, text PDF) from offices nobody has seen, written by
a new author in session 3 without reading app/, parsers/ or any other batch. Please do not
read this file while changing app/extraction/."""
from __future__ import annotations

B = 20

from pathlib import Path

from samples.holdout.corpus import QNAME, Truth, attachment_head, ret, sign_off
from samples.holdout.docxkit import HEI, Word
from samples.holdout.ledger_l import fig, n
from samples.holdout.numerals import cn, comma, full, pct
from samples.holdout.seal import seal_png
from samples.holdout.wording import WORDING
from samples.holdout.xlkit import Sheet

FORM = "2024年为全市妇女儿童办实事工作进展情况表"


# ------------------------------------------------------------------ Word (.docx)
@ret("l01", "市妇联", "2024Q3", "report-prose-plus-project-table", "docx", batch=B)
def l01(out: Path) -> Truth:
    u, p = "市妇联", "2024Q3"
    w = Word()
    w.title("淄博市妇女联合会\n关于2024年第三季度为全市妇女儿童办实事\n工作进展情况的报告")
    w.para()
    w.para("市妇儿工委办公室：")
    w.body("按照《淄博市人民政府办公室关于印发2024年为全市妇女儿童办实事项目清单的通知》"
           "（淄政办字〔2024〕13号）要求，市妇联牵头和参与的6项实事扎实推进，现将1—9月份进展情况报告如下。")
    w.heading("一、总体进展")
    w.body(f"截至9月底，全市累计开展家庭教育巡讲{n(u, '4.1', p)}场（上半年{n(u, '4.1', '2024Q2')}场），"
           f"培训家庭教育骨干{n(u, '4.2', p)}人，“淄博好爸妈”平台累计访问量突破46万人次；"
           f"举办单身青年联谊活动{cn(n(u, '5.1', p))}场，参与青年1130余人。")
    w.body(f"各级妇联组织培训家政从业人员{n(u, '2.1', p)}人次，举办女性就业专场招聘"
           f"{n(u, '2.2', p)}场，提供岗位6240个。试点建设儿童友好共建联盟{n(u, '6.1', p)}个。")
    w.heading("二、存在问题")
    w.body("部分区县家庭教育骨干培训进度不均衡，高青县、沂源县完成率不足60%。")
    w.heading("三、下步打算")
    w.body("第四季度将集中开展“家庭共成长”巡讲冲刺行动，确保全年1000场目标按期完成。")
    w.para("联系人：孙晓岚  电话：0533-3182047", indent=True)
    sign_off(w, "淄博市妇女联合会", "2024年9月27日")
    attachment_head(w, "市妇联2024年办实事项目进展情况统计表")
    rows = [["序号", "项目", "指标", "年度目标", "截至9月底累计完成", "完成率", "备注"]]
    items = [("2", "巾帼促就业计划", "培训家政从业人员（人次）", "5000", "2.1"),
             ("2", "巾帼促就业计划", "女性就业专场招聘（场）", "—", "2.2"),
             ("3", "“两癌”免费检查", "筛查率（%）", "90%", "3.1"),
             ("3", "“两癌”免费检查", "患病妇女救助覆盖率", "100%", "3.2"),
             ("4", "家庭教育指导服务", "家庭教育巡讲（场）", "1000", "4.1"),
             ("4", "家庭教育指导服务", "培训家庭教育骨干（人）", "550", "4.2"),
             ("5", "新型婚育文化培育", "单身青年联谊活动（场）", "10", "5.1"),
             ("6", "儿童友好城市建设", "儿童友好共建联盟（个）", "8", "6.1"),
             ("10", "特殊困难儿童关爱", "残疾儿童康复救助（名）", "—", "10.2")]
    vals = {}
    for no, proj, name, tgt, ind in items:
        v = fig(u, ind, p)
        if ind in ("3.1", "3.2"):
            cell = pct(v)
            rate = "—"
        else:
            cell = str(int(v))
            rate = f"{v / float(tgt) * 100:.1f}%" if tgt not in ("—",) else "—"
        vals[ind] = v
        rows.append([no, proj, name, tgt, cell, rate, "妇联口径" if ind == "10.2" else ""])
    rows.append(["6", "儿童友好城市建设", "“定制公交”助学专线（条）", "4", "", "", "由市交通运输局负责"])
    w.table(rows, widths=[1.3, 4, 5.5, 2.2, 3.2, 2.2, 4])
    w.save(out)
    return Truth(values=vals)


@ret("l02", "市教育局", "2024Q2", "narrative-no-table", "docx", batch=B)
def l02(out: Path) -> Truth:
    u, p = "市教育局", "2024Q2"
    w = Word()
    w.title("市教育局上半年为妇女儿童办实事\n工作推进情况")
    w.para()
    w.body("今年以来，我局牢固树立以人民为中心的发展思想，把为妇女儿童办实事作为民生工作的重要内容，"
           "现将1-6月工作推进情况汇报如下：")
    w.runs([("一是教育资源扩增优化工程稳步推进。", "b"),
            (f"全年计划新改扩建中小学4所、幼儿园10所。截至6月30日，已建成投用中小学{cn(n(u, '1.1', p))}所"
             f"（张店区实验中学东校区），幼儿园{n(u, '1.2', p)}所，其余项目均已开工建设，累计完成投资3.26亿元。"
             f"打造智慧教育应用场景{n(u, '1.3', p)}个。", "")])
    w.runs([("二是家庭教育指导持续深化。", "b"),
            (f"配合市妇联开展家庭教育巡讲，上半年各级学校举办家长学校专题讲座{n(u, '4.1', p)}场，"
             f"其中第二季度{n(u, '4.1', p) - n(u, '4.1', '2024Q1')}场；培训家庭教育骨干教师"
             f"{n(u, '4.2', p)}人。", "")])
    w.runs([("三是青少年心理健康护航有力有效。", "b"),
            (f"依托心理健康管理云平台，开展心理健康科普知识宣传{n(u, '8.1', p)}场，覆盖师生家长21.7万人次；"
             "全市中小学幼儿园安全防范建设“4个100%”达标率保持100%。", "")])
    w.runs([("下一步，", "b"), ("我局将加快在建项目进度，确保秋季开学前全部交付使用。", "")])
    sign_off(w, "淄博市教育局", "2024年7月3日")
    vals = {k: fig(u, k, p) for k in ("1.1", "1.2", "1.3", "4.1", "4.2", "8.1", "8.2")}
    w.save(out)
    return Truth(values=vals)


@ret("l03", "市卫生健康委", "2024Q4", "report-plus-indicator-table-quarter-and-total", "docx", batch=B)
def l03(out: Path) -> Truth:
    u, p = "市卫生健康委", "2024Q4"
    w = Word()
    w.title("淄博市卫生健康委员会\n2024年度为妇女儿童办实事项目完成情况")
    w.para()
    w.body("2024年，市卫生健康委承担的“两癌”免费检查和救助、普惠托育服务提质、青少年身心健康护航3项实事"
           "已全部完成年度任务，具体见下表。")
    rows = [["项目", "指标名称", "全年目标", "第四季度完成", "全年累计完成", "2023年完成"]]
    prev = {"3.1": "88.7%", "3.2": "100%", "7.1": "3", "7.2": "8", "7.3": "—", "8.1": "132", "8.2": "100%"}
    names = {"3.1": ("“两癌”检查", "35—64岁适龄妇女筛查率", "≥90%"),
             "3.2": ("“两癌”检查", "患病妇女救助覆盖率", "100%"),
             "7.1": ("普惠托育", "市级婴幼儿照护服务示范区县（个）", "5个左右"),
             "7.2": ("普惠托育", "市级示范托育机构（家）", "≥10"),
             "7.3": ("普惠托育", "寒暑假职工子女托管班（班次）", "≥50"),
             "8.1": ("阳光成长", "心理健康科普宣传（场）", "200"),
             "8.2": ("阳光成长", "“4个100%”达标率", "100%")}
    vals = {}
    for ind, (proj, name, tgt) in names.items():
        v, q3 = fig(u, ind, p), fig(u, ind, "2024Q3")
        if ind.endswith((".1",)) and ind.startswith("3") or ind in ("3.2", "8.2"):
            rows.append([proj, name, tgt, "—", pct(v), prev[ind]])
        else:
            rows.append([proj, name, tgt, str(int(v - q3)), str(int(v)), prev[ind]])
        vals[ind] = v
    w.table(rows, merges=[(1, 0, 2, 0), (3, 0, 5, 0), (6, 0, 7, 0)], widths=[2.5, 5.5, 2.2, 2.4, 2.4, 2.2])
    w.para()
    w.body("备注：托管班由市卫生健康委会同市总工会统计，本表为卫健系统组织开办数。")
    sign_off(w, "淄博市卫生健康委员会", "2024年12月30日")
    w.save(out)
    return Truth(values=vals)


@ret("l04", "市公安局", "2024Q1", "header-unit-short-table", "docx", batch=B)
def l04(out: Path) -> Truth:
    u, p = "市公安局", "2024Q1"
    w = Word()
    w.header("淄博市公安局治安支队")
    w.title("为妇女儿童办实事项目进展情况（一季度）", size=18)
    w.para()
    rows = [["实事项目", "承担任务", "进展情况", "累计数"],
            ["八、“阳光成长”青少年身心健康护航行动", "开展心理健康科普知识宣传（法治进校园）",
             "会同教育部门开展“护校安园”法治宣讲，派出民警312人次。", f"{n(u, '8.1', p)}场"],
            ["", "“护校安园”安全防范建设“4个100%”",
             "全市1126所中小学幼儿园中1090所达标，其余正在整改。", pct(fig(u, "8.2", p))]]
    w.table(rows, merges=[(1, 0, 2, 0)], widths=[4, 4.5, 6, 2])
    w.para()
    w.para("填报人：刘建　　审核人：王立新　　电话：2863110　　2024年3月28日")
    w.save(out)
    return Truth(values={"8.1": fig(u, "8.1", p), "8.2": fig(u, "8.2", p)})


@ret("l05", "团市委", "2024Q3", "textbox-unit-project-rows-with-texts", "docx", batch=B)
def l05(out: Path) -> Truth:
    u, p = "团市委", "2024Q3"
    w = Word(landscape=True)
    w.textbox("填报单位（盖章）：共青团淄博市委员会", width_pt=360)
    w.title(FORM, size=18)
    w.para("（2024年1-9月）", align="center")
    t5 = (f"“青春有约”交友联谊品牌持续打响，截至9月底累计举办单身青年联谊活动{n(u, '5.1', p)}场，"
          "其中七夕专场吸引386名青年参加，牵手成功42对。")
    t10 = (f"联合民政部门实施“慈善助学”工程，享受民政保障的孤困儿童就学资助覆盖率{pct(fig(u, '10.1', p))}；"
           f"“希望小屋”累计建成27间并入住。")
    rows = [["序号", "项目名称", "进展情况", "存在问题", "下步打算"],
            ["五", "实施新型婚育文化培育行动", t5, "青年参与面不够广，县域活动偏少。", "10月起在高青、沂源各办一场专场。"],
            ["十", "实施特殊困难儿童关爱项目", t10, "无", "做好第四季度希望小屋回访。"]]
    w.table(rows, widths=[1.5, 4.5, 10, 4, 4.5])
    w.para()
    w.para("填表人：韩璐　　联系电话：13953312647", align="left")
    texts = {"5": {"progress": t5, "problems": "青年参与面不够广，县域活动偏少。", "plans": "10月起在高青、沂源各办一场专场。"},
             "10": {"progress": t10, "problems": "无", "plans": "做好第四季度希望小屋回访。"}}
    # 希望小屋 rooms are not the 10.2 rehabilitation count: only 5.1 and 10.1 are figures
    w.save(out)
    return Truth(values={"5.1": fig(u, "5.1", p), "10.1": fig(u, "10.1", p)}, texts=texts)


@ret("l06", "市科协", "2024Q2", "whole-list-others-slashed", "docx", batch=B)
def l06(out: Path) -> Truth:
    u, p = "市科协", "2024Q2"
    w = Word(landscape=True)
    w.para("附件", font=HEI, size=16)
    w.title(FORM, size=18)
    w.para("填报单位：市科协（盖章）　　　　　　　　　　填报时间：2024年6月26日")
    rows = [["序号", "实事项目", "责任单位", "目标任务", "完成情况"]]
    titles = ["实施教育资源扩增优化工程", "实施巾帼促就业计划", "实施适龄妇女“两癌”免费检查和救助行动",
              "实施家庭教育指导服务行动", "实施新型婚育文化培育行动", "实施儿童友好城市建设促进行动",
              "实施普惠托育服务提质行动", "实施“阳光成长”青少年身心健康护航行动"]
    for k, t in enumerate(titles, 1):
        rows.append([str(k), t, "", "", "/"])
    done = (f"上半年共开展科普大篷车巡展{n(u, '9.2', p)}场，进校园、进社区，受益青少年1.8万人次；"
            f"举办青少年“蒲公英”科普大讲堂{n(u, '9.3', p)}场。戏曲进校园由市文旅局牵头，我会未承担。")
    rows.append(["9", "实施“润童心”儿童素养提升工程", "市文化和旅游局、市科协",
                 "戏曲进校园200场；科普大篷车巡展30场；“蒲公英”科普大讲堂40场", done])
    rows.append(["10", "实施特殊困难儿童关爱项目", "", "", "/"])
    w.table(rows, widths=[1.2, 6, 3.5, 5.5, 9])
    w.save(out)
    return Truth(values={"9.2": fig(u, "9.2", p), "9.3": fig(u, "9.3", p)},
                 texts={"9": {"progress": done}})


@ret("l07", "市残联", "2024Q4", "prose-with-seal-picture", "docx", batch=B)
def l07(out: Path) -> Truth:
    u, p = "市残联", "2024Q4"
    w = Word()
    w.title("关于2024年残疾儿童康复救助实事项目\n完成情况的报告")
    w.para()
    w.para("市妇儿工委办公室：")
    v = n(u, "10.2", p)
    w.body("2024年，我会将残疾儿童康复救助列入全年重点工作，严格落实《山东省残疾儿童康复救助实施办法》，"
           "救助标准由每人每年1.6万元提高到2万元。")
    w.body(f"全年共为{comma(v)}名符合条件且有康复需求的残疾儿童实施康复救助，完成年度任务（约2000名）的"
           f"{v / 20:.1f}%，其中0-6岁儿童1523名，发放救助资金3712.6万元；全省全年共救助残疾儿童3.1万名。"
           "享受民政保障的孤困残疾儿童就学资助实现全覆盖。")
    w.body("2025年，我会将进一步扩大定点康复机构覆盖面，推动康复服务向县域延伸。")
    w.para()
    w.para("淄博市残疾人联合会    ", align="right")
    w.picture(seal_png("淄博市残疾人联合会"), width_cm=4.0)
    w.para("2024年12月26日    ", align="right")
    w.save(out)
    return Truth(values={"10.2": float(v), "10.1": 100.0}, seal_picture=True)


@ret("l08", "市医保局", "2024Q1", "brief-note-sign-off-only", "docx", batch=B)
def l08(out: Path) -> Truth:
    u, p = "市医保局", "2024Q1"
    w = Word()
    w.title("新型婚育文化培育行动（生育医疗费报销）\n进展情况说明", size=20)
    w.para()
    w.body("一、报销政策落实情况。自2024年1月1日起，职工医保参保人员（含灵活就业人员）住院分娩政策范围内"
           f"医疗费用报销比例达到{pct(fig(u, '5.2', p))}，较上年提高15个百分点。1-3月全市共结算住院分娩"
           "2187人次，医保基金支付1426.8万元。")
    w.body("二、联谊活动。按照分工，我局配合市妇联做好政策宣讲，本季度未单独组织联谊活动。")
    w.body("三、下步工作。继续做好生育津贴按月发放和即时结算。")
    sign_off(w, "淄博市医疗保障局", "2024年3月29日")
    w.save(out)
    return Truth(values={"5.2": fig(u, "5.2", p)})


# ------------------------------------------------------------------ WPS .doc
@ret("l09", "市人力资源社会保障局", "2024Q3", "report-three-parts-plus-form", "doc", batch=B)
def l09(out: Path) -> Truth:
    u, p = "市人力资源社会保障局", "2024Q3"
    w = Word()
    w.title("市人力资源社会保障局\n关于巾帼促就业计划前三季度推进情况的报告")
    w.para()
    w.body("今年以来，我局联合市妇联、市商务局持续实施巾帼促就业计划。")
    w.body(f"一是开展家政职业技能培训。前三季度全市人社系统组织家政从业人员培训{comma(n(u, '2.1', p))}人次"
           f"（7-9月培训{n(u, '2.1', p) - n(u, '2.1', '2024Q2')}人次），发放职业技能培训补贴386.4万元，"
           f"全市三部门合计培训{comma(n(u, '2.1', p) + n('市妇联', '2.1', p) + n('市商务局', '2.1', p))}人次。")
    w.body(f"二是举办女性就业专场招聘活动。“春风行动”以来累计举办女性专场招聘会{cn(n(u, '2.2', p))}场，"
           "进场企业1460家，提供岗位2.7万个，达成意向5213人。")
    w.body("三是存在的问题：部分县区培训资源不足，家政培训与岗位对接还不够紧密。")
    sign_off(w, "淄博市人力资源和社会保障局", "2024年9月30日")
    attachment_head(w, FORM)
    w.para("单位：市人力资源社会保障局")
    rows = [["项目", "具体指标", "年度目标", "1-9月累计", "完成比例"],
            ["巾帼促就业计划", "家政从业人员培训（人次）", "5000", str(n(u, "2.1", p)), f"{n(u, '2.1', p) / 50:.1f}%"],
            ["", "女性就业专场招聘（场）", "", str(n(u, "2.2", p)), ""]]
    w.table(rows, merges=[(1, 0, 2, 0)], widths=[4, 6, 2.5, 3, 3])
    w.save(out)
    return Truth(values={"2.1": fig(u, "2.1", p), "2.2": fig(u, "2.2", p)})


@ret("l10", "市商务局", "2024Q2", "table-with-last-year-column", "doc", batch=B)
def l10(out: Path) -> Truth:
    u, p = "市商务局", "2024Q2"
    w = Word(landscape=True)
    w.title("淄博市商务局2024年上半年为妇女儿童办实事进展情况表", size=18)
    w.para("填报单位：淄博市商务局服务业发展科　　　　　　　　　　　　　　统计截止：2024年6月30日")
    rows = [["项目名称", "工作内容", "计量单位", "上年同期", "本年累计", "同比增长", "备注"],
            ["巾帼促就业计划", "家政职业技能培训", "人次", "714", str(n(u, "2.1", p)),
             f"{(n(u, '2.1', p) / 714 - 1) * 100:.1f}%", "“家政服务员”“育婴员”两个工种"],
            ["", "家政企业专场招聘", "场", "2", str(n(u, "2.2", p)), "", "提供岗位1280个"]]
    w.table(rows, merges=[(1, 0, 2, 0)], widths=[3.5, 4.5, 2, 2.5, 2.5, 2.5, 6])
    w.para()
    w.para("分管领导：周涛　　经办人：程敏　　联系电话：0533-2186503")
    w.save(out)
    return Truth(values={"2.1": fig(u, "2.1", p), "2.2": fig(u, "2.2", p)})


@ret("l11", "市法院", "2024Q4", "narrative-annual-summary", "doc", batch=B)
def l11(out: Path) -> Truth:
    u, p = "市法院", "2024Q4"
    w = Word()
    w.title("淄博市中级人民法院\n2024年度为妇女儿童办实事工作总结")
    w.para()
    w.body("全年，市中院认真落实“阳光成长”青少年身心健康护航行动部署，着力加强对未成年人的综合司法保护。")
    w.body("一、建立家事案件调解联盟。4月，联合市妇联、市司法局等8家单位成立家事案件调解联盟，全市两级法院"
           "设立家事调解工作室12个，全年调解家事纠纷1843件，调解成功率61.2%。")
    w.body(f"二、深化法治宣传。全年两级法院开展“法官进校园”心理健康及法治宣传{n(u, '8.1', p)}场，其中第四季度"
           f"{n(u, '8.1', p) - n(u, '8.1', '2024Q3')}场，受众4.6万余人；发出家庭教育指导令87份。")
    w.body("三、下步打算。2025年将推进“家事审判+心理疏导”模式在全市基层法院全覆盖。")
    sign_off(w, "淄博市中级人民法院", "2025年1月6日")
    w.save(out)
    return Truth(values={"8.1": fig(u, "8.1", p)})


@ret("l12", "市文化和旅游局", "2024Q1", "monthly-columns-ledger", "doc", batch=B)
def l12(out: Path) -> Truth:
    u, p = "市文化和旅游局", "2024Q1"
    w = Word(landscape=True)
    w.title("市文旅局“润童心”儿童素养提升工程工作台账", size=18)
    w.para("（2024年1月—3月）", align="center")
    v = n(u, "9.1", p)
    m = [9, 14, v - 23]
    rows = [["工作内容", "年度任务", "1月", "2月", "3月", "累计", "主要剧目/形式"],
            ["戏曲进校园演出及课程辅导（场）", "200", str(m[0]), str(m[1]), str(m[2]), str(v),
             "五音戏《王小赶脚》、京剧《三岔口》"],
            ["科普大篷车巡展（场）", "30（市科协牵头）", "", "", "", "", ""],
            ["“蒲公英”科普大讲堂（场）", "40（市科协牵头）", "", "", "", "", ""]]
    w.table(rows, widths=[5.5, 3, 1.8, 1.8, 1.8, 2, 7])
    w.para()
    w.para("淄博市文化和旅游局公共服务科　　2024年4月2日")
    w.save(out)
    return Truth(values={"9.1": float(v)})


@ret("l13", "市民政局", "2024Q3", "district-rows-with-total", "doc", batch=B)
def l13(out: Path) -> Truth:
    u, p = "市民政局", "2024Q3"
    w = Word(landscape=True)
    w.title("全市残疾儿童康复救助及孤困儿童助学情况统计表（截至9月底）", size=16)
    w.para("报送单位：淄博市民政局儿童福利科")
    total = n(u, "10.2", p)
    shares = [0.19, 0.13, 0.08, 0.09, 0.14, 0.1, 0.06, 0.07, 0.06, 0.05]
    parts = [int(total * s) for s in shares]
    parts.append(total - sum(parts))
    dists = ["张店区", "淄川区", "博山区", "周村区", "临淄区", "桓台县", "高青县", "沂源县", "高新区", "经济开发区", "文昌湖区"]
    rows = [["区县", "孤困儿童在学人数", "获得助学资助人数", "资助覆盖率", "康复救助残疾儿童（名）"]]
    for d, k in zip(dists, parts):
        kids = 40 + k // 3
        rows.append([d, str(kids), str(kids), "100%", str(k)])
    kids_t = sum(40 + k // 3 for k in parts)
    rows.append(["合计", str(kids_t), str(kids_t), "100%", str(total)])
    w.table(rows, widths=[4, 4, 4, 3, 5])
    w.para("注：康复救助人数为民政部门福利机构和孤困儿童部分。")
    w.save(out)
    return Truth(values={"10.1": 100.0, "10.2": float(total)})


@ret("l14", "市检察院", "2024Q2", "info-bulletin-style", "doc", batch=B)
def l14(out: Path) -> Truth:
    u, p = "市检察院", "2024Q2"
    w = Word()
    w.para("淄博检察工作信息", font=HEI, size=26, align="center")
    w.para("第17期", align="center")
    w.para("淄博市人民检察院办公室　　　　　　　　2024年7月5日")
    w.title("市检察院扎实推进未成年人综合司法保护\n助力“阳光成长”实事落地", size=18)
    w.body(f"上半年，市检察院持续开展“法治进校园”巡讲，检察官担任法治副校长118人，累计开展心理健康和法治宣传"
           f"{cn(n(u, '8.1', p))}场次（去年同期15场），覆盖学生3.2万人。")
    w.body("办理侵害未成年人案件64件，发出督促监护令52份，对涉案未成年人开展心理干预73人次。")
    w.para("报：市妇儿工委办公室")
    w.save(out)
    return Truth(values={"8.1": fig(u, "8.1", p)})


# ------------------------------------------------------------------ Excel (.xlsx)
@ret("l15", "市交通运输局", "2024Q4", "xlsx-committee-form-own-columns", "xlsx", batch=B)
def l15(out: Path) -> Truth:
    u, p = "市交通运输局", "2024Q4"
    s = Sheet(title="交通运输局")
    s.line(FORM, 7, size=16, bold=True, align="center", height=30)
    s.cells(["填报单位：淄博市交通运输局（盖章）", None, None, None, "时间：2024年12月31日"])
    rows = [["序号", "实事名称", "责任单位", "年度目标", "全年完成数", "完成进度", "说明"],
            [6, "实施儿童友好城市建设促进行动", "市妇联、市交通运输局", "开通4条“定制公交”助学专线",
             n(u, "6.2", p), "超额完成", "新开通K301、K305、K316、K320、K322五条线路，日均服务学生1860人次"],
            [None, None, None, "儿童友好共建联盟", n(u, "6.1", p), None, "交通系统参与共建（市妇联牵头）"]]
    s.table(rows, merges=[(1, 0, 2, 0), (1, 1, 2, 1), (1, 2, 2, 2)], widths=[6, 22, 16, 24, 12, 12, 36])
    for r in range(s.row - 2, s.row):
        s.ws.row_dimensions[r].height = 45
    s.save(out)
    return Truth(values={"6.2": fig(u, "6.2", p), "6.1": fig(u, "6.1", p)})


@ret("l16", "市总工会", "2024Q3", "xlsx-quarter-by-quarter-ledger", "xlsx", batch=B)
def l16(out: Path) -> Truth:
    u, p = "市总工会", "2024Q3"
    s = Sheet(title="2024台账")
    s.line("淄博市总工会普惠托育服务提质行动工作台账（2024年）", 9, size=14, bold=True, align="center")
    qs = ["2024Q1", "2024Q2", "2024Q3"]
    rows = [["指标", "目标", "一季度", "二季度", "三季度", "四季度", "累计", "进展情况", "下步打算"],
            ]
    prog = ("暑期联合43家企业及各区县工会开办职工子女托管班，重点服务一线职工和双职工家庭，"
            "累计服务职工子女2630人。")
    plan = "寒假托管班10月启动报名摸底，11月底前确定办班点位。"
    for ind, name, tgt in (("7.3", "寒暑假职工子女托管班（班次）", 50), ("7.2", "市级示范托育机构（工会职工托育点，家）", 10)):
        vals = [n(u, ind, q) for q in qs]
        each = [vals[0], vals[1] - vals[0], vals[2] - vals[1]]
        rows.append([name, tgt, *each, None, vals[2], prog if ind == "7.3" else None,
                     plan if ind == "7.3" else None])
    rows[2][7] = None
    s.table(rows, merges=[(1, 7, 2, 7), (1, 8, 2, 8)], widths=[26, 7, 8, 8, 8, 8, 8, 40, 30])
    s.ws.row_dimensions[s.row - 2].height = 60
    s.ws.row_dimensions[s.row - 1].height = 60
    s.skip()
    s.cells(["填报：淄博市总工会女职工部", None, None, None, None, None, "2024.9.29"])
    return_vals = {"7.3": fig(u, "7.3", p), "7.2": fig(u, "7.2", p)}
    s.save(out)
    return Truth(values=return_vals, texts={"7": {"progress": prog, "plans": plan}})


@ret("l17", "市妇联", "2024Q1", "xlsx-one-sheet-per-project", "xlsx", batch=B)
def l17(out: Path) -> Truth:
    u, p = "市妇联", "2024Q1"
    s = Sheet(title="说明")
    s.line("淄博市妇女联合会　2024年一季度办实事进展", 4, size=14, bold=True)
    s.line("各项目数据分表填报，数据截至2024年3月31日。", 4)
    s.line("联系人：宋佳　电话：3160517", 4)
    s.ws.column_dimensions["A"].width = 60
    vals = {}
    sheets = [("家庭教育", [["指标", "目标", "本季度", "备注"],
                           ["家庭教育巡讲（场）", 1000, n(u, "4.1", p), "“家庭共成长”巡讲"],
                           ["家庭教育骨干培训（人）", 550, n(u, "4.2", p), "每区县不少于50人"]], ("4.1", "4.2")),
              ("两癌检查", [["指标", "目标", "本季度", "备注"],
                          ["两癌筛查率", "90%", pct(fig(u, "3.1", p)), "检查13.6万人"],
                          ["救助覆盖率", "100%", pct(fig(u, "3.2", p)), "救助患病妇女96人"]], ("3.1", "3.2")),
              ("联谊活动", [["指标", "目标", "本季度", "备注"],
                          ["单身青年联谊活动（场）", 10, n(u, "5.1", p), "情人节、三八节专场"]], ("5.1",))]
    for title, rows, inds in sheets:
        t = Sheet(s.wb, title)
        t.table(rows, widths=[28, 10, 12, 26])
        t.ws.page_setup.orientation = "landscape"
        for i in inds:
            vals[i] = fig(u, i, p)
    s.save(out)
    return Truth(values=vals)


@ret("l18", "市卫生健康委", "2024Q2", "xlsx-district-rows-screening", "xlsx", batch=B)
def l18(out: Path) -> Truth:
    u, p = "市卫生健康委", "2024Q2"
    s = Sheet(title="两癌筛查")
    s.line("2024年1-6月全市适龄妇女“两癌”免费检查进度", 7, size=14, bold=True, align="center")
    s.line("淄博市卫生健康委员会妇幼健康科", 7, align="right")
    dists = ["张店区", "淄川区", "博山区", "周村区", "临淄区", "桓台县", "高青县", "沂源县", "高新区", "经济开发区", "文昌湖区"]
    tasks = [52000, 38000, 21000, 24000, 33000, 25000, 17000, 23000, 11000, 7000, 4000]
    rate = fig(u, "3.1", p)
    tot_task = sum(tasks)
    tot_done = round(tot_task * rate / 100)
    done = [round(t * rate / 100 * f) for t, f in zip(tasks, [1.05, 0.97, 1.02, 0.93, 1.01, 1.04, 0.9, 0.95, 1.08, 1.0, 1.1])]
    done[-1] += tot_done - sum(done)
    rows = [["区县", "年度任务数（人）", "宫颈癌检查（人）", "乳腺癌检查（人）", "完成人数", "筛查率", "救助人数"]]
    for d, t, k in zip(dists, tasks, done):
        rows.append([d, t, k, k - 37, k, f"{k / t * 100:.1f}%", k // 900])
    rows.append(["全市", tot_task, tot_done, tot_done - 407, tot_done, pct(rate), sum(k // 900 for k in done)])
    s.table(rows, widths=[12, 14, 14, 14, 12, 10, 10])
    s.line(f"注：符合条件的“两癌”患病妇女救助覆盖率{pct(fig(u, '3.2', p))}。", 7)
    s.save(out)
    return Truth(values={"3.1": rate, "3.2": fig(u, "3.2", p)})


@ret("l19", "市教育局", "2024Q4", "xlsx-two-row-merged-header", "xlsx", batch=B)
def l19(out: Path) -> Truth:
    u, p = "市教育局", "2024Q4"
    s = Sheet(title="市教育局")
    s.line("2024年度为全市妇女儿童办实事工作进展情况表", 8, size=16, bold=True, align="center")
    s.line("填报单位：淄博市教育局　　　　　　　　　　　　　　　　　　　　　　　　填报日期：2024年12月27日", 8)
    rows = [["项目", "指标", "年度目标", "完成情况", None, None, "进展情况", "存在问题"],
            [None, None, None, "三季度末", "四季度", "全年累计", None, None]]
    inds = [("1.1", "新改扩建中小学（所）", 4), ("1.2", "新改扩建幼儿园（所）", 10),
            ("1.3", "智慧教育应用场景（个）", 10), ("4.1", "家庭教育巡讲（场）", "配合"),
            ("4.2", "家庭教育骨干培训（人）", "配合"), ("8.1", "心理健康科普宣传（场）", 200),
            ("8.2", "“4个100%”达标率", "100%")]
    proj = {"1": "教育资源扩增优化工程", "4": "家庭教育指导服务", "8": "阳光成长护航行动"}
    vals = {}
    for ind, name, tgt in inds:
        if ind == "8.2":
            rows.append([proj["8"], name, tgt, "100%", "—", "100%", None, None])
        else:
            a, b = n(u, ind, "2024Q3"), n(u, ind, p)
            rows.append([proj[ind.split(".")[0]], name, tgt, a, b - a, b, None, None])
        vals[ind] = fig(u, ind, p)
    rows[2][6] = "张店区实验中学东校区等4所中小学全部交付使用；新建幼儿园11所。"
    rows[2][7] = "无"
    s.table(rows, header_rows=2,
            merges=[(0, 0, 1, 0), (0, 1, 1, 1), (0, 2, 1, 2), (0, 3, 0, 5), (0, 6, 1, 6), (0, 7, 1, 7),
                    (2, 0, 4, 0), (5, 0, 6, 0), (7, 0, 8, 0), (2, 6, 4, 6), (2, 7, 4, 7)],
            widths=[16, 24, 10, 10, 10, 10, 30, 12])
    s.save(out)
    return Truth(values=vals, texts={"1": {"progress": rows[2][6], "problems": "无"}})


@ret("l20", "市残联", "2024Q2", "xlsx-statistics-system-export", "xlsx", batch=B)
def l20(out: Path) -> Truth:
    u, p = "市残联", "2024Q2"
    s = Sheet(title="export_20240628")
    rows = [["统计期", "单位名称", "指标代码", "指标名称", "计量单位", "本期数", "累计数", "上年同期累计", "数据状态"],
            ["2024-01~2024-06", "淄博市残疾人联合会", "KF0101", "残疾儿童康复救助人数", "人",
             n(u, "10.2", p) - n(u, "10.2", "2024Q1"), n(u, "10.2", p), 917, "已审核"],
            ["2024-01~2024-06", "淄博市残疾人联合会", "KF0102", "救助资金支出", "万元", 1104.5, 1987.2, 1652.0, "已审核"],
            ["2024-01~2024-06", "淄博市残疾人联合会", "KF0205", "定点康复机构数", "家", 0, 58, 53, "已审核"]]
    s.table(rows, widths=[17, 22, 10, 24, 9, 9, 9, 13, 10])
    s.save(out)
    return Truth(values={"10.2": fig(u, "10.2", p)})


@ret("l21", "市科协", "2024Q4", "xlsx-activity-list-with-count", "xlsx", batch=B)
def l21(out: Path) -> Truth:
    u, p = "市科协", "2024Q4"
    s = Sheet(title="科普活动")
    s.line("市科协2024年全年“润童心”科普活动完成情况", 5, size=14, bold=True, align="center")
    rows = [["类别", "年度任务（场）", "全年完成（场）", "参与人数", "备注"],
            ["科普大篷车巡展", 30, n(u, "9.2", p), 41600, "含省科技馆大篷车来淄巡展3场"],
            ["“蒲公英”科普大讲堂", 40, n(u, "9.3", p), 12800, "线上直播6场"],
            ["戏曲进校园", "—", n(u, "9.1", p), 1500, "配合市文旅局"]]
    s.table(rows, widths=[22, 14, 14, 12, 34])
    s.skip()
    s.cells(["淄博市科学技术协会科普部", None, None, "2025年1月3日"])
    s.save(out)
    return Truth(values={k: fig(u, k, p) for k in ("9.1", "9.2", "9.3")})


@ret("l22", "团市委", "2024Q1", "xlsx-sheet-name-unit-plain-table", "xlsx", batch=B)
def l22(out: Path) -> Truth:
    u, p = "团市委", "2024Q1"
    s = Sheet(title="团市委一季度")
    rows = [["实事", "工作内容", "截至3月底完成", "备注"],
            ["新型婚育文化培育", "单身青年联谊活动", f"{n(u, '5.1', p)}场", "“青春有约”品牌活动"],
            ["特殊困难儿童关爱", "希望小屋", "新建11间", "计划全年40间"],
            ["特殊困难儿童关爱", "残疾儿童康复救助（青少年发展基金会资助）", f"{n(u, '10.2', p)}名", "每人资助2000元"]]
    s.table(rows, widths=[20, 36, 16, 24])
    s.save(out)
    return Truth(values={"5.1": fig(u, "5.1", p), "10.2": fig(u, "10.2", p)})


@ret("l23", "市文化和旅游局", "2024Q3", "xlsx-whole-list-responsible-column", "xlsx", batch=B)
def l23(out: Path) -> Truth:
    u, p = "市文化和旅游局", "2024Q3"
    s = Sheet(title="进展情况表")
    s.line(FORM, 5, size=16, bold=True, align="center")
    s.line("报送单位：市文化和旅游局　　　　截至时间：2024年9月30日", 5)
    titles = ["教育资源扩增优化工程", "巾帼促就业计划", "适龄妇女“两癌”免费检查和救助行动", "家庭教育指导服务行动",
              "新型婚育文化培育行动", "儿童友好城市建设促进行动", "普惠托育服务提质行动",
              "“阳光成长”青少年身心健康护航行动", "“润童心”儿童素养提升工程", "特殊困难儿童关爱项目"]
    resp = ["市教育局", "市人力资源社会保障局、市妇联、市商务局", "市卫生健康委、市妇联", "市妇联、市教育局",
            "市妇联、团市委、市医保局", "市妇联、市交通运输局", "市卫生健康委、市总工会",
            "市教育局、市卫生健康委、市公安局、市法院、市检察院", "市文化和旅游局、市科协", "市民政局、市残联、市妇联、团市委"]
    rows = [["序号", "项目名称", "责任单位", "进展情况", "备注"]]
    prog = (f"1-9月，组织五音戏、京剧等剧目进校园演出{n(u, '9.1', p) - 52}场、校园戏曲课程辅导52场，"
            f"合计{n(u, '9.1', p)}场；科普大篷车巡展{n(u, '9.2', p)}场（配合市科协）。")
    for k, (t, r) in enumerate(zip(titles, resp), 1):
        rows.append([k, t, r, prog if k == 9 else "非我局承担", None])
    s.table(rows, widths=[6, 30, 30, 50, 10])
    s.ws.row_dimensions[s.row - 2].height = 60
    s.save(out)
    return Truth(values={"9.1": fig(u, "9.1", p), "9.2": fig(u, "9.2", p)},
                 texts={"9": {"progress": prog}})


# ------------------------------------------------------------------ text PDFs
@ret("l24", "市民政局", "2024Q1", "pdf-report-figures-in-prose", "pdf-text", batch=B)
def l24(out: Path) -> Truth:
    u, p = "市民政局", "2024Q1"
    w = Word()
    w.title("淄博市民政局\n关于特殊困难儿童关爱项目\n一季度进展情况的报告")
    w.para()
    w.para("市妇儿工委办公室：")
    w.body("一季度，我局认真落实特殊困难儿童关爱项目各项任务，现将有关情况报告如下：")
    w.body("（一）“福彩圆梦·孤儿助学工程”和“慈善助学”工程。春季学期共资助孤儿、事实无人抚养儿童及重点困境儿童"
           f"在校生683名，发放助学金204.9万元，享受民政保障的孤困儿童就学资助覆盖率达到{pct(fig(u, '10.1', p))}。")
    w.body(f"（二）残疾儿童康复救助。截至3月31日，民政系统儿童福利机构累计为{n(u, '10.2', p)}名残疾儿童实施康复救助"
           "（含“明天计划”手术康复18名）。全市目前有集中供养孤儿127名、社会散居孤儿356名。")
    w.body("（三）“爱心妈妈”结对帮扶。全市共有“爱心妈妈”1426名，结对帮扶困境儿童1811名。")
    sign_off(w, "淄博市民政局", "2024年4月1日")
    w.save(out)
    return Truth(values={"10.1": fig(u, "10.1", p), "10.2": fig(u, "10.2", p)})


@ret("l25", "市公安局", "2024Q4", "pdf-form-row-per-indicator-notes", "pdf-text", batch=B)
def l25(out: Path) -> Truth:
    u, p = "市公安局", "2024Q4"
    w = Word(landscape=True)
    w.title(FORM, size=18)
    w.para("（第四季度）", align="center")
    w.para("填报单位：淄博市公安局（盖章）　　　　　　　　填报人：刘建　　电话：2863110")
    rows = [["项目序号", "指标", "目标值", "截至年底完成", "备注"],
            ["8", "心理健康科普知识宣传（场）", "200（全市）", str(n(u, "8.1", p)),
             f"其中四季度{n(u, '8.1', p) - n(u, '8.1', '2024Q3')}场；警校共建112所"],
            ["8", "中小学幼儿园安全防范建设“4个100%”", "100%", pct(fig(u, "8.2", p)),
             "专职保安配备率、封闭化管理率、一键报警和视频监控联网率、护学岗设置率均达100%"]]
    w.table(rows, widths=[2, 7, 3, 3.5, 10])
    w.para()
    w.para("2025年1月3日", align="right")
    w.save(out)
    return Truth(values={"8.1": fig(u, "8.1", p), "8.2": fig(u, "8.2", p)})


@ret("l26", "市人力资源社会保障局", "2024Q4", "pdf-from-xlsx-counties-and-total", "pdf-text", batch=B,
     made_from="xlsx")
def l26(out: Path) -> Truth:
    u, p = "市人力资源社会保障局", "2024Q4"
    s = Sheet(title="家政培训")
    s.line("2024年全市家政从业人员职业技能培训统计表（人社口径）", 6, size=14, bold=True, align="center")
    s.line("单位：淄博市人力资源和社会保障局职业能力建设科　　统计时间：2024年1月1日—12月31日", 6)
    dists = ["张店区", "淄川区", "博山区", "周村区", "临淄区", "桓台县", "高青县", "沂源县", "高新区", "经济开发区", "文昌湖区"]
    total = n(u, "2.1", p)
    parts = [int(total * f) for f in (0.2, 0.12, 0.08, 0.09, 0.13, 0.1, 0.06, 0.07, 0.07, 0.05)]
    parts.append(total - sum(parts))
    rows = [["区县", "培训班期数", "培训人次", "其中：取证人数", "补贴金额（万元）", "专场招聘（场）"]]
    fairs = [3, 2, 2, 2, 3, 2, 2, 2, 3, 2, 3]
    fairs[0] += n(u, "2.2", p) - sum(fairs)
    for d, k, f in zip(dists, parts, fairs):
        rows.append([d, max(2, k // 45), k, int(k * 0.82), round(k * 0.0078, 2), f])
    rows.append(["合计", sum(max(2, k // 45) for k in parts), total, sum(int(k * 0.82) for k in parts),
                 round(sum(round(k * 0.0078, 2) for k in parts), 2), n(u, "2.2", p)])
    top = s.table(rows, widths=[14, 12, 12, 16, 18, 16])
    s.ws.row_dimensions[top].height = 32
    s.ws.row_dimensions[top - 1].height = 30
    s.skip()
    s.cells(["审核：张明", None, "制表：李娜", None, "2025年1月5日"])
    s.save(out)
    return Truth(values={"2.1": fig(u, "2.1", p), "2.2": fig(u, "2.2", p)})


@ret("l27", "市医保局", "2024Q3", "pdf-letter-table-two-indicators", "pdf-text", batch=B)
def l27(out: Path) -> Truth:
    u, p = "市医保局", "2024Q3"
    w = Word()
    w.header("淄博市医疗保障局", align="right")
    w.title("新型婚育文化培育行动前三季度进展", size=20)
    w.para()
    w.body("前三季度，我局全面落实生育医疗费用保障政策，配合市妇联、团市委开展“医保政策进联谊会”活动。")
    rows = [["指标", "目标", "1-9月", "说明"],
            ["住院分娩政策范围内医疗费用报销比例", "100%", pct(fig(u, "5.2", p)), "结算6528人次，基金支付4217.3万元"],
            ["参与举办单身青年联谊活动（场）", "—", str(n(u, "5.1", p)), "9月与团市委联合举办“医路有你”专场"]]
    w.table(rows, widths=[6, 2, 2.5, 6])
    w.para()
    w.para("联系人：冯磊　0533-2317052")
    w.save(out)
    return Truth(values={"5.2": fig(u, "5.2", p), "5.1": fig(u, "5.1", p)})


@ret("l28", "市商务局", "2024Q4", "pdf-from-xlsx-training-sessions-list", "pdf-text", batch=B,
     made_from="xlsx")
def l28(out: Path) -> Truth:
    u, p = "市商务局", "2024Q4"
    s = Sheet(title="Sheet1")
    s.line("市商务局家政从业人员培训班次明细（全年）", 6, size=14, bold=True, align="center")
    total = n(u, "2.1", p)
    q = [n(u, "2.1", x) for x in ("2024Q1", "2024Q2", "2024Q3", "2024Q4")]
    rows = [["季度", "培训班次", "培训人次", "累计人次", "培训机构", "备注"]]
    orgs = ["淄博家政职业培训学校", "张店区巾帼家政服务中心", "山东省淄博技师学院", "周村区家政服务协会"]
    prev = 0
    for k, (name, v) in enumerate(zip(["一季度", "二季度", "三季度", "四季度"], q)):
        rows.append([name, 6 + k * 2, v - prev, v, orgs[k], "月嫂、育婴员" if k % 2 else "养老护理、收纳整理"])
        prev = v
    rows.append(["全年合计", sum(6 + k * 2 for k in range(4)), total, None, None, f"专场招聘{n(u, '2.2', p)}场"])
    s.table(rows, widths=[10, 10, 10, 10, 26, 20])
    s.skip()
    s.cells(["淄博市商务局", None, None, None, "2024年12月30日"])
    s.save(out)
    return Truth(values={"2.1": float(total), "2.2": fig(u, "2.2", p)})


@ret("l29", "市交通运输局", "2024Q2", "pdf-short-memo-no-table", "pdf-text", batch=B)
def l29(out: Path) -> Truth:
    u, p = "市交通运输局", "2024Q2"
    w = Word()
    w.title("关于“定制公交”助学专线开通情况的函", size=20)
    w.para()
    w.para("市妇儿工委办公室：")
    w.body(f"按照全年开通4条“定制公交”助学专线的任务，我局会同市公交集团已开通助学专线{cn(n(u, '6.2', p), liang=True)}条"
           "（K301路实验中学专线、K305路柳泉中学专线），上半年累计运送学生8.6万人次，投入车辆14部。"
           f"另1条线路正在征求家长意见，计划9月开学前开通。参与儿童友好共建联盟{n(u, '6.1', p)}个。")
    w.body("特此函告。")
    sign_off(w, "淄博市交通运输局", "2024年6月28日")
    w.save(out)
    return Truth(values={"6.2": fig(u, "6.2", p), "6.1": fig(u, "6.1", p)})


@ret("l30", "市总工会", "2024Q1", "pdf-from-xlsx-progress-row", "pdf-text", batch=B, made_from="xlsx")
def l30(out: Path) -> Truth:
    u, p = "市总工会", "2024Q1"
    s = Sheet(title="总工会")
    s.line(FORM + "（第一季度）", 6, size=14, bold=True, align="center", height=36)
    s.cells(["填报单位：淄博市总工会", None, None, None, "2024年3月27日"])
    prog = (f"寒假期间依托“职工之家”开办职工子女托管班{n(u, '7.3', p)}个班次，服务职工子女312名；"
            f"打造市级示范托育机构（工会职工托育点）{n(u, '7.2', p)}家。")
    rows = [["序号", "项目", "进展情况", "存在问题", "下步打算", "备注"],
            ["七", "实施普惠托育服务提质行动", prog, "场地、师资不足", "筹备暑期托管班，力争开办50个班次以上", "无"]]
    s.table(rows, widths=[6, 18, 44, 16, 24, 8])
    s.ws.row_dimensions[s.row - 1].height = 80
    s.save(out)
    return Truth(values={"7.3": fig(u, "7.3", p), "7.2": fig(u, "7.2", p)},
                 texts={"7": {"progress": prog, "problems": "场地、师资不足",
                              "plans": "筹备暑期托管班，力争开办50个班次以上"}})


WORDING.update({
    "l01": (("title", "sign-off", "body"), "1—9月"),
    "l02": (("title", "sign-off"), "上半年"),
    "l03": (("title", "sign-off"), "年度"),
    "l04": (("header",), "一季度"),
    "l05": (("textbox",), "1-9月"),
    "l06": (("fill-line",), "date-line"),
    "l07": (("sign-off", "seal"), "全年"),
    "l08": (("sign-off",), "1-3月"),
    "l09": (("title", "sign-off", "fill-line"), "前三季度"),
    "l10": (("title", "fill-line"), "上半年"),
    "l11": (("title", "sign-off"), "年度"),
    "l12": (("title", "sign-off"), "2024年1月—3月"),
    "l13": (("fill-line",), "截至9月底"),
    "l14": (("title", "body"), "上半年"),
    "l15": (("fill-line", "sheet-name"), "全年"),
    "l16": (("title", "sign-off"), "quarter-columns"),
    "l17": (("title",), "一季度"),
    "l18": (("fill-line",), "1-6月"),
    "l19": (("fill-line", "sheet-name"), "年度"),
    "l20": (("table-cell",), "2024-01~2024-06"),
    "l21": (("title", "sign-off"), "全年"),
    "l22": (("sheet-name",), "截至3月底"),
    "l23": (("fill-line",), "1-9月"),
    "l24": (("title", "sign-off"), "一季度"),
    "l25": (("fill-line",), "第四季度"),
    "l26": (("fill-line",), "date-range"),
    "l27": (("header",), "前三季度"),
    "l28": (("title", "sign-off"), "全年"),
    "l29": (("sign-off",), "上半年"),
    "l30": (("fill-line",), "第一季度"),
})
