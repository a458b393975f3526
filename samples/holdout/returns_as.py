"""Batch 41: native returns (Word, .doc, Excel, text PDF) from offices nobody has seen, written by
a new author in session 4 without reading app/, parsers/ or any other batch. Please do not
read this file while changing app/extraction/."""
from __future__ import annotations

B = 41

from samples.holdout.corpus import QNAME, Truth, attachment_head, ret, sign_off
from samples.holdout.docxkit import HEI, Word
from samples.holdout.ledger_as import fig, n, split
from samples.holdout.numerals import cn, comma, full
from samples.holdout.seal import seal_png
from samples.holdout.wording import WORDING
from samples.holdout.xlkit import Sheet

DISTRICTS = ("张店区", "淄川区", "博山区", "周村区", "临淄区", "桓台县", "高青县", "沂源县",
             "高新区", "经济开发区", "文昌湖区")
WEIGHTS = [16, 12, 8, 9, 12, 9, 6, 7, 8, 6, 4]
TT = "2024年为全市妇女儿童办实事工作进展情况表"


def vals(unit: str, period: str, *ids: str) -> dict[str, float]:
    return {i: fig(unit, i, period) for i in ids}


# ================================================================ Word (.docx)

@ret("as01", "市妇联", "2024Q2", "report-with-attachment", "docx", batch=B)
def fl_q2(path):
    U, Q = "市妇联", "2024Q2"
    w = Word()
    w.title("淄博市妇女联合会\n关于2024年上半年为全市妇女儿童办实事\n项目推进情况的报告")
    w.para()
    w.para("市妇儿工委办公室：")
    w.body("今年以来，市妇联坚持把为妇女儿童办实事作为服务大局、服务妇女儿童的重要抓手，"
           "对照任务清单逐项建立台账、挂图作战。现将上半年进展情况报告如下：")
    w.heading("一、家庭教育指导服务行动")
    w.body(f"启动“家庭共成长”计划，联合市教育局开展家庭教育千场巡讲，1—6月累计开展{n(U, '4.1', Q)}场，"
           f"受益家长8.2万人次；举办区县家庭教育骨干培训班6期，培训骨干{n(U, '4.2', Q)}人。"
           "“淄博好爸妈”网上家庭教育平台完成栏目设计，上线课程126节。")
    w.heading("二、新型婚育文化培育行动")
    w.body(f"打造“淄缘相遇”青年交友联谊品牌，举办单身青年联谊活动{cn(n(U, '5.1', Q))}场，参与青年460余人。")
    w.heading("三、儿童友好城市建设促进行动")
    w.body(f"在张店区、临淄区试点打造儿童友好共建联盟{n(U, '6.1', Q)}个，市妇女儿童活动中心改建工程完成设计招标。")
    w.heading("四、巾帼促就业计划")
    w.body(f"举办“春风行动”女性就业专场招聘{n(U, '2.2', Q)}场，联合家政企业培训家政从业人员{n(U, '2.1', Q)}人次。")
    w.heading("五、下步打算")
    w.body("加快儿童友好共建联盟扩面，三季度再举办联谊活动3场以上，推动巡讲进社区、进农村。")
    sign_off(w, "淄博市妇女联合会", "2024年7月5日")
    attachment_head(w, TT)
    rows = [["序号", "项目名称", "目标任务", "上半年完成", "完成率"],
            ["1", "培训家政从业人员（妇联部分）", "—", f"{n(U, '2.1', Q)}人次", "—"],
            ["2", "女性就业专场招聘活动", "—", f"{n(U, '2.2', Q)}场", "—"],
            ["3", "家庭教育巡讲", "1000场", f"{n(U, '4.1', Q)}场", f"{n(U, '4.1', Q) / 10:.1f}%"],
            ["4", "培训家庭教育骨干", "550人", f"{n(U, '4.2', Q)}人", f"{n(U, '4.2', Q) / 5.5:.1f}%"],
            ["5", "单身青年联谊活动", "10场", f"{n(U, '5.1', Q)}场", "40%"],
            ["6", "儿童友好共建联盟", "8个", f"{n(U, '6.1', Q)}个", "25%"]]
    w.table(rows, widths=[1.5, 8, 4, 4, 3])
    w.save(path)
    return Truth(vals(U, Q, "2.1", "2.2", "4.1", "4.2", "5.1", "6.1"))


@ret("as02", "市教育局", "2024Q1", "report-prose-only", "docx", batch=B)
def jy_q1(path):
    U, Q = "市教育局", "2024Q1"
    w = Word()
    w.header("淄博市教育局办公室　　　　　　　　　　　　　　　　　　　　　　　2024年4月")
    w.title("市教育局一季度为妇女儿童办实事\n工作进展情况")
    w.para()
    w.body("一季度，市教育局围绕教育资源扩增优化、家庭教育指导服务、青少年身心健康护航三项实事，"
           "细化责任分工，压茬推进，各项工作开局良好。")
    w.runs([("一是教育资源扩增有序推进。", "b"),
            (f"截至3月底，新改扩建中小学已完工{cn(n(U, '1.1', Q))}所，新改扩建幼儿园{cn(n(U, '1.2', Q), liang=True)}所，"
             f"其余项目均已开工。建成“智慧课堂”“智慧阅读”等智慧教育应用场景{n(U, '1.3', Q)}个。", "")])
    w.runs([("二是家庭教育指导深入开展。", "b"),
            (f"依托中小学家长学校开展家庭教育巡讲{n(U, '4.1', Q)}场，覆盖家长2.3万人次。", "")])
    w.runs([("三是心理健康服务持续加强。", "b"),
            (f"开展心理健康科普知识宣传{n(U, '8.1', Q)}场；开学前对全市中小学幼儿园“护校安园”开展拉网式检查，"
             "安全防范建设“4个100%”达标率100%。", "")])
    w.body("下一步，我局将紧盯时间节点，确保新建学校、幼儿园秋季开学前投入使用。")
    sign_off(w, "淄博市教育局", "2024年4月3日")
    return_truth = Truth(vals(U, Q, "1.1", "1.2", "1.3", "4.1", "8.1", "8.2"))
    w.save(path)
    return return_truth


@ret("as03", "市卫生健康委", "2024Q3", "district-rows-with-total", "docx", batch=B)
def wj_q3(path):
    U, Q = "市卫生健康委", "2024Q3"
    w = Word(landscape=True)
    w.title("全市适龄妇女“两癌”筛查及托育服务进展情况统计表\n（2024年1—9月）", size=18)
    w.para("填报单位：淄博市卫生健康委员会（妇幼健康科）　　　　　　　　　　　　　　　　填报日期：2024年10月10日", size=11)
    rates = [72.1, 70.3, 68.0, 69.2, 71.5, 68.8, 66.4, 64.9, 70.6, 67.7, 65.8]
    rows = [["区县", "适龄妇女数（人）", "累计筛查（人）", "筛查率（%）", "患病妇女救助率（%）", "示范托育机构（家）"]]
    orgs = [2, 1, 1, 0, 1, 1, 0, 0, 1, 0, 0]
    base = [118000, 82000, 51000, 61000, 79000, 62000, 41000, 52000, 43000, 26000, 15000]
    for d, r, o, b in zip(DISTRICTS, rates, orgs, base):
        rows.append([d, comma(b), comma(int(b * r / 100)), f"{r}", "100", str(o)])
    rows.append(["合计", comma(sum(base)), "—", f"{fig(U, '3.1', Q)}", "100", str(n(U, "7.2", Q))])
    w.table(rows, widths=[3.5, 4, 4, 3.5, 4.5, 4], size=10.5)
    w.para("备注：1.筛查率为宫颈癌、乳腺癌筛查人数平均值占35—64岁适龄妇女数比例；2.合计筛查率按全市口径计算，"
           f"不等于各区县简单平均。3.市级婴幼儿照护服务示范区县已评审认定{cn(n(U, '7.1', Q))}个。", size=11)
    w.para("审核人：刘春华　　　　填表人：高倩　　　　联系电话：2275031", size=11)
    w.save(path)
    return Truth(vals(U, Q, "3.1", "3.2", "7.1", "7.2"))


@ret("as04", "团市委", "2024Q4", "report-prose-only", "docx", batch=B)
def tw_q4(path):
    U, Q = "团市委", "2024Q4"
    w = Word()
    w.title("共青团淄博市委员会\n关于2024年度为全市妇女儿童办实事\n工作完成情况的报告")
    w.para()
    w.para("市妇儿工委办公室：")
    w.body("2024年，团市委认真落实为全市妇女儿童办实事部署要求，牵头或参与新型婚育文化培育、"
           "特殊困难儿童关爱等项目，现将全年完成情况报告如下。")
    w.body(f"一、青年交友联谊。围绕“青春有约·缘聚淄博”品牌，全年举办单身青年联谊活动{n(U, '5.1', Q)}场，"
           "吸引1,200余名单身青年参加，现场牵手成功186对。")
    w.body("二、关爱困境儿童。持续推进“希望小屋”儿童关爱项目，全年新建“希望小屋”132间，"
           "组织青年志愿者开展陪伴服务3,400余小时。")
    w.body("三、存在不足。联谊活动参与青年以机关事业单位为主，企业一线青年覆盖面不够。")
    w.body("2025年，我们将推动联谊活动进园区、进企业，扩大覆盖面。")
    sign_off(w, "共青团淄博市委员会", "2024年12月26日")
    w.picture(seal_png("共青团淄博市委员会", seed=41), width_cm=4.0)
    w.save(path)
    return Truth(vals(U, Q, "5.1"), seal_picture=True)


@ret("as05", "市法院", "2024Q2", "report-prose-only", "docx", batch=B)
def fy_q2(path):
    w = Word()
    w.title("淄博市中级人民法院\n关于上半年家事案件调解联盟建设\n及未成年人司法保护工作情况的报告")
    w.para()
    w.para("市妇儿工委办公室：")
    w.body("按照《2024年为全市妇女儿童办实事项目清单》分工，我院负责“阳光成长”青少年身心健康护航行动中"
           "“建立家事案件调解联盟，加强对未成年人的综合司法保护”任务。现将上半年工作情况报告如下：")
    w.body("一、家事案件调解联盟组建到位。4月18日，我院联合市妇联、市司法局、市民政局等8家单位会签"
           "《关于建立家事案件调解联盟的实施意见》，在全市两级法院设立家事调解工作室12个，选聘特邀家事调解员58名。")
    w.body("二、未成年人司法保护持续加强。上半年，全市法院审结涉未成年人家事案件364件，发出家庭教育指导令"
           "27份，开展“法治进校园”活动41场。")
    w.body("三、下步工作。健全调解联盟运行机制，推进家事审判与家庭教育指导有效衔接。")
    sign_off(w, "淄博市中级人民法院", "2024年7月1日")
    w.save(path)
    return Truth({})


@ret("as06", "市残联", "2024Q3", "table-with-remarks", "docx", batch=B)
def cl_q3(path):
    U, Q = "市残联", "2024Q3"
    w = Word(landscape=True)
    w.header("淄博市残疾人联合会", align="right")
    w.para("附件", font=HEI, size=16)
    w.title("2024年第三季度为全市妇女儿童办实事工作进展情况表", size=18)
    prog = ("实施残疾儿童康复救助，截至9月底累计救助" + comma(n(U, "10.2", Q)) +
            "名，其中孤独症儿童412名、听力言语残疾儿童236名；定点康复机构达到49家。")
    prob = "部分区县康复救助资金结算周期较长。"
    plan = "开展定点机构年度考核，确保年底前完成救助任务。"
    w.table([["序号", "项目名称", "责任单位", "进展情况", "存在问题", "下步打算", "备注"],
             ["十", "实施特殊困难儿童关爱项目", "市残联", prog, prob, plan, "年度目标约2000名"]],
            widths=[1.2, 4, 2.5, 9, 4, 4, 3])
    w.para()
    w.para("联系人：韩磊　　电话：3188210　　　　　　　　　　　　　　　　　　　　　　　　　　2024年10月9日", size=12)
    w.save(path)
    return Truth(vals(U, Q, "10.2"), {"10": {"progress": prog, "problems": prob, "plans": plan}})


@ret("as07", "市交通运输局", "2024Q1", "bare-table", "docx", batch=B)
def jt_q1(path):
    U, Q = "市交通运输局", "2024Q1"
    w = Word(landscape=True)
    w.title("“定制公交”助学专线开通情况（一季度）", size=18)
    w.para("报送单位：市交通运输局", size=12)
    rows = [["线路名称", "服务学校", "开通时间", "日均客流（人次）", "状态"],
            ["助学专线1号", "淄博市实验中学", "2024年3月4日", "212", "已开通"],
            ["助学专线2号", "张店区祥瑞园小学", "—", "—", "线路勘查中"],
            ["助学专线3号", "临淄区雪宫中学", "—", "—", "征集需求中"],
            ["小计", "", "", "", f"已开通{n(U, '6.2', Q)}条，年度目标4条"]]
    w.table(rows, widths=[4, 6, 4, 4, 6], size=11)
    w.para()
    w.para("经办人：赵凯　　　　　　　　　　　　　　　　　　　　　　　　　　　　　　2024年3月29日", size=12)
    w.save(path)
    return Truth(vals(U, Q, "6.2"))


@ret("as08", "市科协", "2024Q4", "report-with-attachment", "docx", batch=B)
def kx_q4(path):
    U, Q = "市科协", "2024Q4"
    w = Word()
    w.title("淄博市科学技术协会\n2024年“润童心”科普服务工作总结")
    w.para()
    w.para("市妇儿工委办公室：")
    w.body("2024年，市科协承担“润童心”儿童素养提升工程中的科普服务任务，现将全年工作报告如下。")
    w.body(f"全年组织科普大篷车巡展{n(U, '9.2', Q)}场，深入沂源、高青等偏远乡村学校，惠及学生3.1万人次；"
           f"开展青少年“蒲公英”科普大讲堂{n(U, '9.3', Q)}场，邀请院士专家、科技工作者走进校园。"
           "两项任务均已完成年度目标。")
    w.para("附件：科普服务任务完成情况表", indent=True)
    sign_off(w, "淄博市科学技术协会", "2024年12月24日")
    w.picture(seal_png("淄博市科学技术协会", seed=7), width_cm=4.0)
    attachment_head(w, "科普服务任务完成情况表")
    w.table([["任务", "年度目标", "全年完成", "完成比例"],
             ["科普大篷车巡展", "30场", f"{n(U, '9.2', Q)}场", "100%"],
             ["青少年“蒲公英”科普大讲堂", "40场", f"{n(U, '9.3', Q)}场", "105%"]],
            widths=[8, 4, 4, 4], size=12)
    w.save(path)
    return Truth(vals(U, Q, "9.2", "9.3"), seal_picture=True)


# ================================================================ Word 97 (.doc)

@ret("as09", "市人力资源社会保障局", "2024Q2", "indicator-table", "doc", batch=B)
def rs_q2(path):
    U, Q = "市人力资源社会保障局", "2024Q2"
    w = Word(landscape=True)
    w.para("附件", font=HEI, size=16)
    w.title(TT, size=18)
    w.para(f"填报单位（盖章）：市人力资源社会保障局　　　　　　　　　　　　　　　　　　时间：2024年{QNAME[Q]}", size=12)
    rows = [["项目", "指标", "全年目标", "1-6月累计", "其中二季度", "备注"],
            ["实施巾帼促就业计划", "培训家政从业人员（人次）", "5000以上", comma(n(U, "2.1", Q)),
             comma(n(U, "2.1", Q) - n(U, "2.1", "2024Q1")), "含各区县"],
            ["", "举办女性就业专场招聘活动（场）", "—", str(n(U, "2.2", Q)),
             str(n(U, "2.2", Q) - n(U, "2.2", "2024Q1")), "“春风行动”“职引未来”"]]
    w.table(rows, merges=[(1, 0, 2, 0)], widths=[5, 7, 3, 3, 3, 5], size=11)
    w.para()
    w.para("填表人：李娜　　审核人：王建国　　联系电话：3117623", size=12)
    w.save(path)
    return Truth(vals(U, Q, "2.1", "2.2"))


@ret("as10", "市检察院", "2024Q3", "report-prose-only", "doc", batch=B)
def jc_q3(path):
    w = Word()
    w.header("淄博市人民检察院")
    w.title("关于前三季度未成年人综合司法保护\n工作进展情况的报告")
    w.para()
    w.para("市妇儿工委办公室：")
    w.body("今年以来，市检察院认真落实“阳光成长”青少年身心健康护航行动部署，现将1—9月工作情况报告如下。")
    w.body("一是依法惩治侵害未成年人犯罪。全市检察机关共批准逮捕侵害未成年人犯罪嫌疑人46人，"
           "提起公诉71人。二是深化“法治副校长”工作。全市检察官担任法治副校长136人，开展法治宣讲218场。"
           "三是参与家事案件调解联盟建设，配合法院开展涉未成年人家事案件联合调解19件。")
    w.body("下步，我院将持续推进强制报告制度落实，加强与教育、公安等部门的协作配合。")
    sign_off(w, "淄博市人民检察院", "2024年9月30日")
    w.save(path)
    return Truth({})


@ret("as11", "市民政局", "2024Q1", "bare-table", "doc", batch=B)
def mz_q1(path):
    U, Q = "市民政局", "2024Q1"
    w = Word(landscape=True)
    w.title("市民政局2024年1—3月为妇女儿童办实事进展情况表", size=18)
    prog = ("春季学期资助对象已全部审核认定，共资助孤儿、事实无人抚养儿童及重点困境儿童291名，"
            "发放助学金87.3万元，享受民政保障的孤困儿童就学资助全覆盖。")
    w.table([["项目名称", "目标任务", "工作进展", "存在问题", "下步打算"],
             ["实施特殊困难儿童关爱项目", "孤困儿童就学资助实现全覆盖", prog, "无",
              "做好资助对象动态管理。"]], widths=[4.5, 4.5, 10, 3, 4.5])
    w.para()
    w.para("淄博市民政局儿童福利科　　2024年4月1日", align="right", size=12)
    w.save(path)
    return Truth(vals(U, Q, "10.1"), {"10": {"progress": prog, "problems": "无",
                                              "plans": "做好资助对象动态管理。"}})


@ret("as12", "市文化和旅游局", "2024Q4", "report-prose-only", "doc", batch=B)
def wl_q4(path):
    U, Q = "市文化和旅游局", "2024Q4"
    w = Word()
    w.title("市文化和旅游局关于2024年“戏曲进校园”\n工作完成情况的报告")
    w.para()
    w.para("市妇儿工委办公室：")
    w.body(f"2024年，我局组织市五音剧院、市京剧团等院团深入全市中小学，全年累计开展五音戏、京剧等剧目进校园演出"
           f"及校园戏曲课程辅导活动{cn(n(U, '9.1', Q), liang=True)}场，超额完成200场的年度任务，覆盖学校156所，"
           "惠及师生9.8万人次。")
    w.body("存在的问题：农村学校演出场地条件有限，部分剧目只能以小型折子戏形式演出。")
    w.body("2025年将推出适合校园演出的小剧场剧目，建立戏曲教师联合培训机制。")
    sign_off(w, "淄博市文化和旅游局", "2024年12月30日")
    w.save(path)
    return Truth(vals(U, Q, "9.1"))


@ret("as13", "市总工会", "2024Q3", "indicator-table", "doc", batch=B)
def zgh_q3(path):
    U, Q = "市总工会", "2024Q3"
    w = Word(landscape=True)
    w.title("市总工会职工子女托管服务进展情况\n（截至2024年9月30日）", size=18)
    rows = [["类别", "寒假托管班（个）", "暑假托管班（个）", "累计班次", "服务职工子女（人）"],
            ["市总工会直属", "2", "9", "11", "520"],
            ["区县工会", "4", "21", "25", "1,310"],
            ["企业工会", "2", "6", "8", "385"],
            ["合计", "8", "36", str(n(U, "7.3", Q)), "2,215"]]
    w.table(rows, widths=[5, 4, 4, 4, 5], size=12)
    w.para("说明：年度目标为开展寒暑假职工子女托管班不少于50个班次，四季度将根据寒假需求继续开班。", size=12)
    w.para("淄博市总工会女职工部　　2024年10月8日", align="right", size=12)
    w.save(path)
    return Truth(vals(U, Q, "7.3"))


@ret("as14", "市商务局", "2024Q1", "report-prose-only", "doc", batch=B)
def sw_q1(path):
    U, Q = "市商务局", "2024Q1"
    w = Word()
    w.title("市商务局家政职业技能培训\n一季度工作进展")
    w.para()
    w.body(f"一季度，我局依托家政服务业提质扩容“领跑者”企业，组织开展母婴护理、居家保洁等培训班6期，"
           f"培训家政从业人员{cn(n(U, '2.1', Q))}人次。同时推进家政服务信用信息平台建设，"
           "新增录入家政服务员信用档案820份。")
    w.body("下一步，将结合“家政兴农”行动，扩大农村转移劳动力培训规模。")
    sign_off(w, "淄博市商务局服务业发展科", "2024年4月2日", blank=1)
    w.save(path)
    return Truth(vals(U, Q, "2.1"))


# ================================================================ Excel (.xlsx)

@ret("as15", "市教育局", "2024Q4", "workbook-indicator-rows", "xlsx", batch=B)
def jy_q4(path):
    U, Q = "市教育局", "2024Q4"
    s = Sheet(title="进展情况")
    s.line(TT, 7, size=16, bold=True, align="center", height=30)
    s.cells(["填报单位：淄博市教育局", None, None, None, "统计时间：2024年1-12月"])
    rows = [["序号", "项目", "具体指标", "单位", "年度目标", "累计完成", "备注"],
            [1, "教育资源扩增优化", "新改扩建中小学", "所", 4, n(U, "1.1", Q), None],
            [2, None, "新改扩建幼儿园", "所", 10, n(U, "1.2", Q), "超额1所"],
            [3, None, "智慧教育应用场景", "个", 10, n(U, "1.3", Q), None],
            [4, "家庭教育指导服务", "家庭教育巡讲", "场", None, n(U, "4.1", Q), "与市妇联共同推进"],
            [5, "阳光成长护航", "心理健康科普宣传", "场", 200, n(U, "8.1", Q), "差4场，寒假前完成"],
            [6, None, "“4个100%”达标率", "%", 100, 100, None]]
    s.table(rows, merges=[(1, 1, 3, 1), (5, 1, 6, 1)], widths=[6, 16, 22, 6, 10, 10, 20])
    s.skip()
    s.cells(["填表人：孙晓", None, None, "联系电话：2181023"])
    s.save(path)
    return Truth(vals(U, Q, "1.1", "1.2", "1.3", "4.1", "8.1", "8.2"))


@ret("as16", "市妇联", "2024Q3", "all-projects-responsible-column", "xlsx", batch=B)
def fl_q3(path):
    U, Q = "市妇联", "2024Q3"
    s = Sheet(title="2024年三季度")
    s.line("2024年为全市妇女儿童办实事工作进展情况表（第三季度）", 6, size=15, bold=True, align="center", height=28)
    s.line("填报单位：淄博市妇女联合会", 6)
    p2 = f"举办女性就业专场招聘活动{n(U, '2.2', Q)}场，培训家政从业人员{n(U, '2.1', Q)}人次。"
    p4 = f"开展家庭教育巡讲{n(U, '4.1', Q)}场，培训家庭教育骨干{n(U, '4.2', Q)}人。“淄博好爸妈”平台上线运行。"
    p5 = f"举办单身青年联谊活动{n(U, '5.1', Q)}场。"
    p6 = f"打造儿童友好共建联盟{n(U, '6.1', Q)}个，市妇女儿童活动中心改建主体完工。"
    p10 = "“爱心妈妈”结对帮扶困境儿童836名。"
    rows = [["序号", "项目名称", "责任单位", "进展情况", "存在问题", "下步打算"],
            [1, "教育资源扩增优化工程", "市教育局", None, None, None],
            [2, "巾帼促就业计划", "市人力资源社会保障局、市妇联、市商务局", p2, None, None],
            [3, "“两癌”免费检查和救助", "市卫生健康委、市妇联", None, None, None],
            [4, "家庭教育指导服务行动", "市妇联、市教育局", p4, None, None],
            [5, "新型婚育文化培育行动", "市妇联、团市委、市医保局", p5, None, None],
            [6, "儿童友好城市建设促进行动", "市妇联、市交通运输局", p6, "联盟共建单位积极性不均衡。", "四季度再建3个。"],
            [7, "普惠托育服务提质行动", "市卫生健康委、市总工会", None, None, None],
            [8, "“阳光成长”身心健康护航", "市教育局、市卫生健康委、市公安局、市法院、市检察院", None, None, None],
            [9, "“润童心”儿童素养提升工程", "市文化和旅游局、市科协", None, None, None],
            [10, "特殊困难儿童关爱项目", "市民政局、市残联、市妇联、团市委", p10, None, None]]
    top = s.table(rows, widths=[6, 24, 26, 40, 20, 16])
    for r in range(top + 1, top + len(rows)):
        s.ws.row_dimensions[r].height = 45
    s.skip()
    s.cells(["联系人：周敏", None, None, "电话：3160338", None, "2024年10月9日"])
    s.save(path)
    return Truth(vals(U, Q, "2.1", "2.2", "4.1", "4.2", "5.1", "6.1"),
                 {"2": {"progress": p2}, "4": {"progress": p4}, "5": {"progress": p5},
                  "6": {"progress": p6, "problems": "联盟共建单位积极性不均衡。", "plans": "四季度再建3个。"},
                  "10": {"progress": p10}})


@ret("as17", "市卫生健康委", "2024Q1", "workbook-indicator-rows", "xlsx", batch=B)
def wj_q1(path):
    U, Q = "市卫生健康委", "2024Q1"
    s = Sheet(title="一季度")
    s.line("市卫生健康委2024年一季度妇儿实事进展", 5, size=14, bold=True, align="center", height=26)
    rows = [["指标名称", "目标", "截至3月31日", "完成进度", "说明"],
            ["“两癌”筛查率（%）", "≥90", fig(U, "3.1", Q), "按计划推进", "筛查集中在二、三季度"],
            ["患病妇女救助覆盖率（%）", "100", 100, "达标", None],
            ["示范区县（个）", "5个左右", n(U, "7.1", Q), "未启动", "6月启动评审"],
            ["示范托育机构（家）", "≥10", n(U, "7.2", Q), "10%", None],
            ["心理健康科普宣传（场）", "—", n(U, "8.1", Q), None, "卫健系统数"]]
    s.table(rows, widths=[28, 10, 14, 12, 22], number_formats={(1, 2): "0.0"})
    s.skip()
    s.cells(["报送：妇幼健康科　2024.4.7"])
    s.save(path)
    return Truth(vals(U, Q, "3.1", "3.2", "7.1", "7.2", "8.1"))


@ret("as18", "市科协", "2024Q2", "district-rows-with-total", "xlsx", batch=B)
def kx_q2(path):
    U, Q = "市科协", "2024Q2"
    s = Sheet(title="科普进校园")
    s.line("2024年上半年科普大篷车巡展及“蒲公英”大讲堂开展情况", 4, size=14, bold=True, align="center", height=26)
    s.line("单位：淄博市科协（场）", 4, align="right")
    a = split(n(U, "9.2", Q), [2, 1, 1, 1, 1, 1, 1, 2, 1, 1, 1])
    b = split(n(U, "9.3", Q), [3, 2, 1, 2, 2, 2, 1, 1, 2, 1, 1])
    rows = [["区县", "大篷车巡展", "蒲公英大讲堂", "备注"]]
    for d, x, y in zip(DISTRICTS, a, b):
        rows.append([d, x, y, None])
    rows.append(["合计", n(U, "9.2", Q), n(U, "9.3", Q), "全年目标30场、40场"])
    s.table(rows, widths=[14, 14, 16, 24])
    s.save(path)
    return Truth(vals(U, Q, "9.2", "9.3"))


@ret("as19", "市残联", "2024Q4", "district-rows-with-total", "xlsx", batch=B)
def cl_q4(path):
    U, Q = "市残联", "2024Q4"
    s = Sheet(title="康复救助")
    s.line("2024年残疾儿童康复救助完成情况统计表", 6, size=15, bold=True, align="center", height=28)
    s.cells(["填报单位：淄博市残疾人联合会康复部", None, None, None, "截至：2024年12月31日"])
    parts = split(n(U, "10.2", Q), WEIGHTS)
    rows = [["区县", "视力", "听力言语", "肢体（含脑瘫）", "智力及孤独症", "救助人数小计"]]
    tot = [0, 0, 0, 0]
    for d, p in zip(DISTRICTS, parts):
        v = p // 10
        h = p * 2 // 10
        lim = p * 3 // 10
        rest = p - v - h - lim
        for k, x in enumerate((v, h, lim, rest)):
            tot[k] += x
        rows.append([d, v, h, lim, rest, p])
    rows.append(["全市合计", *tot, n(U, "10.2", Q)])
    s.table(rows, widths=[14, 10, 12, 16, 16, 16])
    s.skip()
    s.line("注：年度目标约2000名，完成99.3%。", 6)
    s.save(path)
    return Truth(vals(U, Q, "10.2"))


@ret("as20", "市人力资源社会保障局", "2024Q4", "workbook-progress-text", "xlsx", batch=B)
def rs_q4(path):
    U, Q = "市人力资源社会保障局", "2024Q4"
    s = Sheet(title="Sheet1")
    s.line("巾帼促就业计划工作进展情况表", 5, size=15, bold=True, align="center", height=28)
    s.cells(["报送单位：市人社局就业促进科", None, None, "报送时间：2024年12月27日"])
    prog = (f"全年举办女性就业专场招聘活动{n(U, '2.2', Q)}场，提供岗位1.8万余个；全市培训家政从业人员"
            f"{comma(n(U, '2.1', Q))}人次（人社部门口径），与市妇联、市商务局合计超过5000人次目标。")
    prob = "家政从业人员年龄偏大，高技能人才占比低。"
    plan = "2025年推行家政服务员职业技能等级认定。"
    rows = [["项目", "牵头单位", "进展情况", "存在问题", "下步打算"],
            ["实施巾帼促就业计划", "市人力资源社会保障局", prog, prob, plan]]
    top = s.table(rows, widths=[16, 16, 50, 22, 22])
    s.ws.row_dimensions[top + 1].height = 90
    s.save(path)
    return Truth(vals(U, Q, "2.1", "2.2"), {"2": {"progress": prog, "problems": prob, "plans": plan}})


@ret("as21", "市文化和旅游局", "2024Q2", "monthly-columns", "xlsx", batch=B)
def wl_q2(path):
    U, Q = "市文化和旅游局", "2024Q2"
    s = Sheet(title="戏曲进校园")
    s.line("“戏曲进校园”活动月度统计（2024年1-6月）", 9, size=14, bold=True, align="center", height=26)
    months = [8] + split(n(U, "9.1", Q) - 8, [3, 6, 6, 7, 4])
    rows = [["活动类型", "1月", "2月", "3月", "4月", "5月", "6月", "累计", "全年目标"],
            ["演出及课程辅导（场）", *months, n(U, "9.1", Q), 200]]
    s.table(rows, widths=[22, 7, 7, 7, 7, 7, 7, 9, 10])
    s.skip()
    s.cells(["填报：淄博市文化和旅游局艺术科", None, None, None, None, "2024.7.3"])
    s.save(path)
    return Truth(vals(U, Q, "9.1"))


@ret("as22", "市医保局", "2024Q3", "workbook-indicator-rows", "xlsx", batch=B)
def yb_q3(path):
    U, Q = "市医保局", "2024Q3"
    s = Sheet(title="进展")
    s.line(TT, 6, size=14, bold=True, align="center", height=26)
    s.line("填报单位（盖章）：淄博市医疗保障局　　　　　截至9月底", 6)
    prog = ("自1月1日起职工医保参保人员（含灵活就业人员）住院分娩政策范围内医疗费用报销比例提高到100%，"
            "1-9月享受待遇1.12万人次，基金支付5,860万元。")
    rows = [["序号", "项目名称", "任务指标", "完成值", "进展情况", "备注"],
            [5, "实施新型婚育文化培育行动", "住院分娩报销比例", "100%", prog, None]]
    top = s.table(rows, widths=[6, 20, 18, 10, 50, 10])
    s.ws.row_dimensions[top + 1].height = 75
    s.save(path)
    return Truth(vals(U, Q, "5.2"), {"5": {"progress": prog}})


@ret("as23", "市公安局", "2024Q4", "workbook-checklist", "xlsx", batch=B)
def ga_q4(path):
    U, Q = "市公安局", "2024Q4"
    s = Sheet(title="护校安园")
    s.line("“护校安园”专项行动“4个100%”达标情况（2024年度）", 5, size=14, bold=True, align="center", height=26)
    s.line("填报单位：淄博市公安局治安支队", 5)
    rows = [["达标内容", "学校数（所）", "达标数（所）", "达标率", "备注"],
            ["专职保安员配备", 1392, 1392, "100%", None],
            ["封闭化管理", 1392, 1392, "100%", None],
            ["一键式紧急报警", 1392, 1392, "100%", "与公安机关联网"],
            ["视频监控系统", 1392, 1392, "100%", None],
            ["综合", None, None, "100%", "稳定达标"]]
    s.table(rows, widths=[22, 14, 14, 10, 18])
    s.save(path)
    return Truth(vals(U, Q, "8.2"))


# ================================================================ text PDF

@ret("as24", "市妇联", "2024Q4", "report-with-attachment", "pdf-text", batch=B)
def fl_q4(path):
    U, Q = "市妇联", "2024Q4"
    w = Word()
    w.title("淄博市妇女联合会\n关于2024年为全市妇女儿童办实事\n工作完成情况的报告")
    w.para("淄妇字〔2024〕58号", align="center", size=14)
    w.para()
    w.para("市妇儿工委办公室：")
    w.body("2024年，市妇联牵头或参与的六项实事任务全部按期推进，现将全年完成情况报告如下。")
    w.body(f"一、家庭教育千场巡讲全年开展{comma(n(U, '4.1', Q))}场，各区县培训家庭教育骨干{n(U, '4.2', Q)}人，"
           "每个区县均不少于50人；“淄博好爸妈”网上家庭教育平台累计访问量突破120万人次。")
    w.body(f"二、举办单身青年联谊活动{cn(n(U, '5.1', Q))}场，完成全年10场的目标。")
    w.body(f"三、儿童友好共建联盟{n(U, '6.1', Q)}个全部挂牌；市妇女儿童活动中心改建完成并对外开放。")
    w.body(f"四、全年举办女性就业专场招聘{n(U, '2.2', Q)}场；培训家政从业人员{n(U, '2.1', Q)}人次。")
    w.para("附件：2024年为全市妇女儿童办实事工作进展情况表（市妇联）", indent=True)
    sign_off(w, "淄博市妇女联合会", "2024年12月28日")
    w.picture(seal_png("淄博市妇女联合会", seed=24), width_cm=4.0)
    attachment_head(w, TT + "（市妇联）")
    rows = [["项目", "指标", "全年目标", "全年完成", "完成情况"],
            ["巾帼促就业计划", "培训家政从业人员", "全市5000人次以上", f"{n(U, '2.1', Q)}人次", "妇联部分"],
            ["", "女性就业专场招聘", "—", f"{n(U, '2.2', Q)}场", "—"],
            ["家庭教育指导服务行动", "家庭教育巡讲", "1000场", f"{n(U, '4.1', Q)}场", "超额完成"],
            ["", "培训家庭教育骨干", "550人", f"{n(U, '4.2', Q)}人", "超额完成"],
            ["新型婚育文化培育行动", "单身青年联谊活动", "不少于10场", f"{n(U, '5.1', Q)}场", "超额完成"],
            ["儿童友好城市建设促进行动", "儿童友好共建联盟", "8个", f"{n(U, '6.1', Q)}个", "完成"]]
    w.table(rows, merges=[(1, 0, 2, 0), (3, 0, 4, 0)], widths=[6, 6, 4, 4, 4], size=11)
    w.save(path)
    return Truth(vals(U, Q, "2.1", "2.2", "4.1", "4.2", "5.1", "6.1"), seal_picture=True)


@ret("as25", "市总工会", "2024Q2", "report-prose-only", "pdf-text", batch=B)
def zgh_q2(path):
    U, Q = "市总工会", "2024Q2"
    w = Word()
    w.title("市总工会关于上半年职工子女托管服务\n开展情况的报告")
    w.para()
    w.para("市妇儿工委办公室：")
    w.body(f"今年寒假期间，市总工会联合各区县总工会和部分企业工会开办寒假职工子女托管班{cn(n(U, '7.3', Q))}个班次，"
           "服务职工子女360余人。目前暑期托管班招募工作已经启动，计划7月上旬集中开班，预计开班40个班次以上。")
    w.body("存在问题：部分企业场地、师资不足，开办托管班积极性不高。")
    w.body("下步打算：加大经费补助力度，推动联合办班、委托第三方机构办班。")
    sign_off(w, "淄博市总工会", "2024年6月28日")
    w.save(path)
    return Truth(vals(U, Q, "7.3"))


@ret("as26", "市医保局", "2024Q1", "bare-table", "pdf-text", batch=B)
def yb_q1(path):
    U, Q = "市医保局", "2024Q1"
    w = Word(landscape=True)
    w.para("附件", font=HEI, size=16)
    w.title("为全市妇女儿童办实事工作进展情况表\n（2024年第一季度）", size=18)
    w.para("填报单位：淄博市医疗保障局", size=12)
    prog = ("已印发通知，自2024年1月1日起，职工医保参保人员（含灵活就业人员）住院分娩政策范围内医疗费用"
            "报销比例提高至100%。一季度3,420人次享受生育医疗待遇。")
    w.table([["项目名称", "目标任务", "进展情况", "存在问题", "下步打算"],
             ["实施新型婚育文化培育行动（提高职工生育医疗费报销标准）", "住院分娩政策范围内医疗费用报销比例达到100%",
              prog, "无", "加强政策宣传，确保应享尽享。"]], widths=[5, 5, 10, 2.5, 4])
    w.para()
    w.para("2024年4月3日", align="right")
    w.save(path)
    return Truth(vals(U, Q, "5.2"), {"5": {"progress": prog, "problems": "无",
                                             "plans": "加强政策宣传，确保应享尽享。"}})


@ret("as27", "团市委", "2024Q2", "textbox-unit", "pdf-text", batch=B)
def tw_q2(path):
    U, Q = "团市委", "2024Q2"
    w = Word()
    w.textbox("共青团淄博市委员会")
    w.title("上半年青年交友联谊活动开展情况")
    w.para()
    w.body(f"上半年，团市委结合“五四”青年节、“520”等节点，举办“青春有约”单身青年联谊活动{n(U, '5.1', Q)}场，"
           "参加青年280余人，其中企业青年占比45%。")
    w.body("下半年计划在高新区、经济开发区园区企业再举办联谊活动3—4场。")
    w.para()
    w.para("2024年6月27日", align="right")
    w.save(path)
    return Truth(vals(U, Q, "5.1"))


@ret("as28", "市交通运输局", "2024Q3", "workbook-printed", "pdf-text", batch=B, made_from="xlsx")
def jt_q3(path):
    U, Q = "市交通运输局", "2024Q3"
    s = Sheet(title="助学专线")
    s.line("“定制公交”助学专线开通情况（截至9月30日）", 5, size=14, bold=True, align="center", height=26)
    s.line("报送单位：淄博市交通运输局运输科", 5)
    rows = [["线路", "服务学校", "开通日期", "日均客流", "状态"],
            ["助学1号线", "市实验中学", "2024-03-04", 226, "运行"],
            ["助学2号线", "祥瑞园小学", "2024-05-06", 158, "运行"],
            ["助学3号线", "雪宫中学", "2024-06-03", 131, "运行"],
            ["助学4号线", "周村区新建路小学", "2024-09-02", 97, "运行"],
            ["合计", None, None, 612, f"已开通{n(U, '6.2', Q)}条"]]
    s.table(rows, widths=[12, 20, 13, 10, 12])
    s.skip()
    s.line("目标4条，已全部完成。", 5)
    s.save(path)
    return Truth(vals(U, Q, "6.2"))


@ret("as29", "市民政局", "2024Q4", "workbook-printed", "pdf-text", batch=B, made_from="xlsx")
def mz_q4(path):
    U, Q = "市民政局", "2024Q4"
    s = Sheet(title="孤困儿童助学")
    s.line("2024年孤困儿童就学资助情况（全年）", 5, size=14, bold=True, align="center", height=26)
    s.line("填报单位：淄博市民政局", 5)
    rows = [["资助类别", "应资助（人）", "已资助（人）", "资助金额（万元）", "覆盖率"],
            ["孤儿", 118, 118, 41.3, "100%"],
            ["事实无人抚养儿童", 402, 402, 120.6, "100%"],
            ["重点困境儿童", 236, 236, 59.0, "100%"],
            ["合计", 756, 756, 220.9, "100%"]]
    s.table(rows, widths=[20, 13, 13, 19, 10])
    s.save(path)
    return Truth(vals(U, Q, "10.1"))


@ret("as30", "市商务局", "2024Q3", "workbook-printed", "pdf-text", batch=B, made_from="xlsx")
def sw_q3(path):
    U, Q = "市商务局", "2024Q3"
    s = Sheet(title="家政培训")
    s.line("家政从业人员培训台账（1-9月）", 5, size=14, bold=True, align="center", height=26)
    s.line("单位：淄博市商务局", 5)
    q = [n(U, "2.1", "2024Q1"), n(U, "2.1", "2024Q2") - n(U, "2.1", "2024Q1"),
         n(U, "2.1", Q) - n(U, "2.1", "2024Q2")]
    rows = [["季度", "培训期数", "培训人次", "累计人次", "备注"],
            ["一季度", 6, q[0], q[0], None],
            ["二季度", 11, q[1], q[0] + q[1], None],
            ["三季度", 12, q[2], n(U, "2.1", Q), "含“家政兴农”专班"]]
    s.table(rows, widths=[12, 12, 12, 12, 22])
    s.save(path)
    return Truth(vals(U, Q, "2.1"))


WORDING.update({
    "as01": (("title", "sign-off"), "上半年"),
    "as02": (("header", "title", "sign-off"), "一季度"),
    "as03": (("fill-line",), "1—9月"),
    "as04": (("title", "sign-off", "seal"), "年度"),
    "as05": (("title", "sign-off"), "上半年"),
    "as06": (("header", "table-cell"), "第三季度"),
    "as07": (("fill-line",), "一季度"),
    "as08": (("title", "sign-off", "seal"), "全年"),
    "as09": (("fill-line",), "第二季度"),
    "as10": (("header", "sign-off"), "前三季度"),
    "as11": (("title",), "1—3月"),
    "as12": (("title", "sign-off"), "全年"),
    "as13": (("title", "sign-off"), "截至2024年9月30日"),
    "as14": (("title", "sign-off"), "一季度"),
    "as15": (("fill-line",), "1-12月"),
    "as16": (("fill-line",), "第三季度"),
    "as17": (("title",), "一季度"),
    "as18": (("fill-line",), "上半年"),
    "as19": (("fill-line",), "截至2024年12月31日"),
    "as20": (("fill-line",), "date-line"),
    "as21": (("sign-off",), "1-6月"),
    "as22": (("fill-line",), "截至9月底"),
    "as23": (("fill-line",), "年度"),
    "as24": (("title", "sign-off", "seal"), "全年"),
    "as25": (("title", "sign-off"), "上半年"),
    "as26": (("fill-line",), "第一季度"),
    "as27": (("textbox",), "上半年"),
    "as28": (("fill-line",), "截至9月30日"),
    "as29": (("fill-line",), "全年"),
    "as30": (("fill-line",), "1-9月"),
})
