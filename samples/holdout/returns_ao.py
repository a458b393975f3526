"""Batch 37: native returns (Word, .doc, Excel, text PDF) from offices nobody has seen, written by
a new author in session 4 without reading app/, parsers/ or any other batch. Please do not
read this file while changing app/extraction/."""
from __future__ import annotations

B = 37

from samples.holdout.corpus import QNAME, Truth, attachment_head, ret, sign_off
from samples.holdout.docxkit import HEI, Word
from samples.holdout.ledger_ao import fig, n, prev
from samples.holdout.numerals import cn, comma, full
from samples.holdout.seal import seal_png
from samples.holdout.wording import WORDING
from samples.holdout.xlkit import Sheet

TITLE = "2024年为全市妇女儿童办实事工作进展情况表"
DISTRICTS = ("张店区", "淄川区", "博山区", "周村区", "临淄区", "桓台县", "高青县", "沂源县",
             "高新区", "经济开发区", "文昌湖区")


def split(total: int, weights: tuple[int, ...]) -> list[int]:
    """``total`` shared over the districts in proportion to ``weights`` (sums exactly)."""
    s = sum(weights)
    parts = [total * w // s for w in weights]
    parts[0] += total - sum(parts)
    return parts


W11 = (18, 14, 9, 8, 13, 10, 6, 8, 6, 5, 3)


# ================================================================ Word (.docx)

@ret("ao01", "市教育局", "2024Q2", "report-with-indicator-attachment", "docx", batch=B)
def jy_q2(path):
    U, Q = "市教育局", "2024Q2"
    w = Word()
    w.title("淄博市教育局\n关于2024年上半年为全市妇女儿童办实事\n项目推进情况的报告")
    w.para()
    w.para("市妇儿工委办公室：")
    w.body("按照《2024年为全市妇女儿童办实事项目清单》（淄政办字〔2024〕13号）分工，我局牵头实施"
           "教育资源扩增优化工程和“阳光成长”青少年身心健康护航行动，配合市妇联实施家庭教育指导服务"
           "行动。现将上半年推进情况报告如下：")
    w.heading("一、教育资源扩增优化工程")
    w.body(f"张店区实验中学东校区改扩建工程已竣工验收，新改扩建中小学完成{n(U, '1.1', Q)}所，其余3所"
           f"主体施工中；新改扩建幼儿园完成{n(U, '1.2', Q)}所；围绕“AI+教学”“智慧体育”等打造智慧教育"
           f"应用场景{n(U, '1.3', Q)}个。")
    w.heading("二、家庭教育指导服务行动")
    w.body(f"依托全市中小学家长学校开展家庭教育巡讲{n(U, '4.1', Q)}场，参与家长3.9万人次。")
    w.heading("三、“阳光成长”青少年身心健康护航行动")
    w.body(f"心理健康管理云平台完成二期升级，累计开展心理健康科普知识宣传{n(U, '8.1', Q)}场；"
           "“护校安园”专项行动持续开展，中小学幼儿园安全防范建设“4个100%”稳定达标。")
    w.heading("四、下一步工作")
    w.body("加快在建项目施工进度，确保秋季开学前新建学校投入使用；暑期前集中开展一轮心理健康筛查。")
    w.para("附件：2024年上半年为全市妇女儿童办实事指标完成情况表", indent=True)
    sign_off(w, "淄博市教育局", "2024年7月4日")
    attachment_head(w, "2024年上半年为全市妇女儿童办实事指标完成情况表")
    rows = [["项目", "指标", "年度目标", "截至6月底完成", "完成进度"],
            ["教育资源扩增优化工程", "新改扩建中小学（所）", "4", str(n(U, "1.1", Q)), "25%"],
            ["", "新改扩建幼儿园（所）", "10", str(n(U, "1.2", Q)), "40%"],
            ["", "打造智慧教育应用场景（个）", "10", str(n(U, "1.3", Q)), "50%"],
            ["家庭教育指导服务行动", "开展家庭教育巡讲（场）", "—", str(n(U, "4.1", Q)), "—"],
            ["“阳光成长”护航行动", "心理健康科普知识宣传（场）", "200", str(n(U, "8.1", Q)), "47.5%"],
            ["", "安全防范建设“4个100%”达标率", "100%", "100%", "稳定达标"]]
    w.table(rows, merges=[(1, 0, 3, 0), (5, 0, 6, 0)], widths=[5, 7, 3, 4, 3])
    w.save(path)
    return Truth({i: fig(U, i, Q) for i in ("1.1", "1.2", "1.3", "4.1", "8.1", "8.2")})


@ret("ao02", "市妇联", "2024Q3", "whole-list-responsible-column", "docx", batch=B)
def fl_q3(path):
    U, Q = "市妇联", "2024Q3"
    w = Word(landscape=True)
    w.title("2024年为全市妇女儿童办实事工作进展情况表\n（市妇联 1—9月）", size=18)
    w.para("填报单位：淄博市妇女联合会　　　　　　　　　　　　　　　　　　填报日期：2024年10月9日", size=12)
    t2 = (f"举办“春风行动”女性就业专场招聘{n(U, '2.2', Q)}场；联合市商务局开展家政技能培训，"
          f"累计培训家政从业人员{n(U, '2.1', Q)}人次。")
    t4 = (f"开展“家庭共成长”家庭教育巡讲{n(U, '4.1', Q)}场，培训家庭教育骨干{n(U, '4.2', Q)}人；"
          "“淄博好爸妈”网上家庭教育平台上线运行，累计访问量86万人次。")
    t5 = f"打造“缘定淄博”青年交友品牌，举办单身青年联谊活动{n(U, '5.1', Q)}场，参与青年1300余人。"
    t6 = (f"试点打造儿童友好共建联盟{n(U, '6.1', Q)}个；市妇女儿童活动中心改建主体完工，"
          "儿童城市书房已开放5处。")
    t10 = "“爱心妈妈”结对帮扶困境儿童628名，新建“希望小屋”41间。"
    rows = [["序号", "项目名称", "责任单位", "进展情况", "存在问题", "下步打算"],
            ["二", "实施巾帼促就业计划", "市人力资源社会保障局、市妇联、市商务局", t2, "无", "四季度再组织2期家政培训。"],
            ["四", "实施家庭教育指导服务行动", "市妇联、市教育局", t4, "部分区县骨干培训进度偏慢。", "督导各区县年底前完成骨干培训任务。"],
            ["五", "实施新型婚育文化培育行动", "市妇联、团市委、市医保局", t5, "无", "元旦前后集中举办联谊活动。"],
            ["六", "实施儿童友好城市建设促进行动", "市妇联、市交通运输局", t6, "无", "完成剩余联盟试点挂牌。"],
            ["十", "实施特殊困难儿童关爱项目", "市民政局、市残联、市妇联、团市委", t10, "无", "持续做好结对回访。"]]
    w.table(rows, widths=[1.3, 4, 4.5, 9, 3.5, 4])
    w.para("注：项目三、七由市卫生健康委牵头汇总，本表不再填报。", size=11)
    w.save(path)
    texts = {"2": {"progress": t2, "problems": "无", "plans": "四季度再组织2期家政培训。"},
             "4": {"progress": t4, "problems": "部分区县骨干培训进度偏慢。", "plans": "督导各区县年底前完成骨干培训任务。"},
             "5": {"progress": t5, "problems": "无", "plans": "元旦前后集中举办联谊活动。"},
             "6": {"progress": t6, "problems": "无", "plans": "完成剩余联盟试点挂牌。"},
             "10": {"progress": t10, "problems": "无", "plans": "持续做好结对回访。"}}
    return Truth({i: fig(U, i, Q) for i in ("2.1", "2.2", "4.1", "4.2", "5.1", "6.1")}, texts)


@ret("ao03", "市卫生健康委", "2024Q1", "report-prose-header", "docx", batch=B)
def wj_q1(path):
    U, Q = "市卫生健康委", "2024Q1"
    w = Word()
    w.header("淄博市卫生健康委员会")
    w.title("一季度为妇女儿童办实事工作进展情况")
    w.para()
    w.body("一季度，我委对照清单任务，细化工作台账，各项工作有序推进。")
    w.runs([("一是“两癌”检查有序开展。", "b"),
            (f"各区县均已启动2024年度适龄妇女“两癌”免费检查，截至3月底全市35—64岁适龄妇女"
             f"“两癌”筛查率{fig(U, '3.1', Q):g}%；对符合条件的“两癌”患病妇女落实救助，救助覆盖率100%。"
             "配合市妇联做好HPV疫苗接种摸底。", "")])
    w.runs([("二是普惠托育扎实推进。", "b"),
            ("印发市级婴幼儿照护服务示范区县创建方案，各区县正在组织申报；"
             f"已认定市级示范托育机构{cn(n(U, '7.2', Q))}家。", "")])
    w.runs([("三是心理健康服务持续加强。", "b"),
            (f"组织精神卫生专业机构进学校、进社区开展心理健康科普知识宣传{n(U, '8.1', Q)}场。", "")])
    w.body("下一步，我委将加大“两癌”检查督导力度，力争上半年筛查率过半。")
    sign_off(w, "市卫生健康委", "2024年4月2日")
    w.save(path)
    return Truth({"3.1": fig(U, "3.1", Q), "3.2": 100, "7.2": fig(U, "7.2", Q), "8.1": fig(U, "8.1", Q)})


@ret("ao04", "团市委", "2024Q4", "small-table-seal-picture", "docx", batch=B)
def tw_q4(path):
    U, Q = "团市委", "2024Q4"
    w = Word()
    w.title("共青团淄博市委\n2024年为妇女儿童办实事完成情况", size=20)
    w.para()
    rows = [["工作内容", "全年完成", "具体情况"],
            ["单身青年联谊活动", f"{n(U, '5.1', Q)}场",
             "联合市直机关工委、驻淄高校举办“青春有约”交友联谊，参与青年820人，现场牵手63对"],
            ["“希望小屋”儿童关爱", "132间", "全年新建“希望小屋”132间，累计建成1016间，志愿者结对回访全覆盖"]]
    w.table(rows, widths=[4, 3, 9])
    w.para()
    w.body("存在问题：个别区县“希望小屋”社会募集资金到位较慢。")
    w.body("明年打算：继续打造“青春有约”交友品牌，推动“希望小屋”提质增效。")
    w.para()
    w.picture(seal_png("共青团淄博市委员会", seed=37), width_cm=4.0)
    w.para("2024年12月26日", align="right")
    w.save(path)
    return Truth({"5.1": fig(U, "5.1", Q)}, seal_picture=True)


@ret("ao05", "市法院", "2024Q2", "single-project-row-texts", "docx", batch=B)
def fy_q2(path):
    w = Word(landscape=True)
    w.title("2024年第二季度为全市妇女儿童办实事工作进展情况表", size=18)
    w.para("报送单位：淄博市中级人民法院（盖章）", size=12)
    prog = ("牵头会同市妇联、市司法局建立家事案件调解联盟，联盟章程已于5月印发，吸纳特邀调解员46名；"
            "上半年全市法院审结涉未成年人家事案件1152件，发出家庭教育指导令38份，"
            "“法官妈妈”进校园开展法治讲座27场。")
    prob = "基层法庭家事调解专业力量不足。"
    plan = "在各基层法院设立家事调解工作室，三季度实现全覆盖。"
    w.table([["项目名称", "责任内容", "进展情况", "存在问题", "下步打算"],
             ["实施“阳光成长”青少年身心健康护航行动", "建立家事案件调解联盟，加强对未成年人的综合司法保护",
              prog, prob, plan]], widths=[4, 5, 9, 3.5, 4])
    w.para()
    w.para("联系人：孙立群　　电话：2868215　　　　　　　　　　　　　　　　2024年7月5日", size=12)
    w.save(path)
    return Truth({}, {"8": {"progress": prog, "problems": prob, "plans": plan}})


@ret("ao06", "市交通运输局", "2024Q3", "textbox-line-list-total", "docx", batch=B)
def jt_q3(path):
    U, Q = "市交通运输局", "2024Q3"
    w = Word()
    w.textbox("淄博市交通运输局", width_pt=180)
    w.title("“定制公交”助学专线开通情况\n（截至9月30日）", size=18)
    w.para()
    w.table([["线路", "服务学校", "开通时间", "日均乘车（人次）"],
             ["助学1号线", "淄博实验中学", "2024年3月4日", "312"],
             ["助学2号线", "张店区第九中学", "2024年4月8日", "268"],
             ["助学3号线", "淄博第七中学", "2024年5月6日", "241"],
             ["助学4号线", "临淄区齐都中学", "2024年9月2日", "197"],
             ["合计", f"{n(U, '6.2', Q)}条", "", "1018"]], widths=[3, 5, 4, 4])
    w.para()
    w.body(f"全年开通“定制公交”助学专线4条的目标任务已完成，累计开通{n(U, '6.2', Q)}条。秋季开学后根据"
           "学生居住分布对2号线站点作了微调。")
    sign_off(w, "市交通运输局运输服务科", "2024年10月8日", blank=1)
    w.save(path)
    return Truth({"6.2": fig(U, "6.2", Q)})


@ret("ao07", "市民政局", "2024Q4", "formal-report-table-seal", "docx", batch=B)
def mz_q4(path):
    w = Word()
    w.title("淄博市民政局\n关于2024年度为全市妇女儿童办实事\n工作完成情况的报告")
    w.para("淄民字〔2024〕158号", align="center", size=14)
    w.para("市妇儿工委办公室：")
    w.body("2024年，我局牵头实施特殊困难儿童关爱项目，全面完成年度任务。现将有关情况报告如下：")
    w.heading("一、主要完成情况")
    w.body("全年“福彩圆梦·孤儿助学工程”资助孤儿大学生86名，“慈善助学·事实无人抚养及重点困境儿童"
           "助学工程”资助在校学生693名，发放助学金231.5万元，享受民政保障的孤困儿童就学资助实现"
           "全覆盖。")
    w.heading("二、存在问题")
    w.body("基层儿童主任队伍专业化程度不高。")
    w.heading("三、下步打算")
    w.body("健全困境儿童动态监测机制，开展儿童主任能力提升培训。")
    w.para()
    w.table([["指标", "目标", "完成", "备注"],
             ["孤困儿童就学资助覆盖率", "100%", "100%", "资助779人"]], widths=[6, 3, 3, 4])
    w.para()
    w.para("淄博市民政局", align="right")
    w.picture(seal_png("淄博市民政局", seed=71), width_cm=3.8)
    w.para("2024年12月30日", align="right")
    w.save(path)
    return Truth({"10.1": 100}, seal_picture=True)


@ret("ao08", "市总工会", "2024Q3", "district-rows-total", "docx", batch=B)
def gh_q3(path):
    U, Q = "市总工会", "2024Q3"
    w = Word()
    w.title("2024年职工子女寒暑假托管班开办情况统计表", size=18)
    w.para("填报单位：淄博市总工会女职工部　　　　　　　　　统计时间：2024年1—9月", size=12)
    total = n(U, "7.3", Q)
    winter = split(n(U, "7.3", "2024Q1"), W11)
    summer = split(total - n(U, "7.3", "2024Q1"), (9, 7, 5, 4, 6, 5, 3, 2, 1, 1, 1))
    rows = [["区县", "寒假托管班（个）", "暑假托管班（个）", "小计", "服务职工子女（人）"]]
    kids = 0
    for d, a, b in zip(DISTRICTS, winter, summer):
        k = (a + b) * 38
        kids += k
        rows.append([d, str(a), str(b), str(a + b), str(k)])
    rows.append(["合计", str(sum(winter)), str(sum(summer)), str(total), str(kids)])
    w.table(rows, widths=[3, 3.5, 3.5, 2.5, 4])
    w.para("备注：暑期托管班7月8日至8月23日开班，部分班次由企业工会与社区联合举办。", size=11)
    w.save(path)
    return Truth({"7.3": fig(U, "7.3", Q)})


# ================================================================ Word saved as .doc

@ret("ao09", "市人力资源社会保障局", "2024Q1", "figures-in-remarks", "doc", batch=B)
def rs_q1(path):
    U, Q = "市人力资源社会保障局", "2024Q1"
    w = Word(landscape=True)
    w.para("附件", font=HEI, size=16)
    w.title(TITLE + "\n（2024年第一季度）", size=18)
    w.para("填报单位（盖章）：淄博市人力资源和社会保障局", size=12)
    rows = [["序号", "项目名称", "目标任务", "完成情况", "备注"],
            ["1", "实施巾帼促就业计划",
             "举办“春风行动”女性就业专场招聘活动；全市培训家政从业人员5000人次以上",
             "“春风行动”期间组织女性专场招聘会，提供岗位2.3万个，达成就业意向3100余人；启动家政从业人员职业技能培训。",
             f"女性专场招聘{n(U, '2.2', Q)}场；培训家政从业人员{n(U, '2.1', Q)}人次（截至3月31日累计）"]]
    w.table(rows, widths=[1.3, 4, 6, 9, 5])
    w.para()
    w.para("填表人：刘慧　　审核人：张建军　　联系电话：3035627　　　　　　填报时间：2024年4月3日", size=12)
    w.save(path)
    return Truth({"2.1": fig(U, "2.1", Q), "2.2": fig(U, "2.2", Q)})


@ret("ao10", "市科协", "2024Q2", "quarter-and-cumulative-columns", "doc", batch=B)
def kx_q2(path):
    U, Q = "市科协", "2024Q2"
    w = Word()
    w.title("淄博市科学技术协会\n2024年上半年“润童心”儿童素养提升工程进展", size=18)
    w.para()
    rows = [["活动名称", "全年任务（场）", "二季度开展（场）", "1-6月累计（场）", "完成率"],
            ["科普大篷车巡展", "30", str(n(U, "9.2", Q) - n(U, "9.2", "2024Q1")), str(n(U, "9.2", Q)),
             f"{n(U, '9.2', Q) / 30:.1%}"],
            ["青少年“蒲公英”科普大讲堂", "40", str(n(U, "9.3", Q) - n(U, "9.3", "2024Q1")),
             str(n(U, "9.3", Q)), f"{n(U, '9.3', Q) / 40:.1%}"]]
    w.table(rows, widths=[5, 2.5, 2.5, 2.5, 2.5])
    w.para()
    w.body("二季度，大篷车先后走进沂源县、高青县、博山区等地农村中小学，“蒲公英”科普大讲堂邀请"
           "院士专家、科技工作者进校园授课，受益青少年1.2万人次。下步将结合全国科技活动周、"
           "全国科普日加大巡展频次。")
    sign_off(w, "市科协科普部", "2024年6月28日", blank=1)
    w.save(path)
    return Truth({"9.2": fig(U, "9.2", Q), "9.3": fig(U, "9.3", Q)})


@ret("ao11", "市残联", "2024Q3", "district-rows-total", "doc", batch=B)
def cl_q3(path):
    U, Q = "市残联", "2024Q3"
    w = Word()
    w.title("淄博市残疾儿童康复救助工作进度表", size=18)
    w.para("（2024年1月—9月）", align="center", size=14)
    w.para("单位：淄博市残疾人联合会康复部　　　　　　　　　　　　　　　单位：名", size=11)
    total = n(U, "10.2", Q)
    parts = split(total, W11)
    rows = [["区县", "视力", "听力言语", "肢体", "智力", "孤独症", "合计"]]
    for d, p in zip(DISTRICTS, parts):
        a = p * 6 // 100
        b = p * 14 // 100
        c = p * 31 // 100
        e = p * 19 // 100
        rows.append([d, str(a), str(b), str(c), str(e), str(p - a - b - c - e), str(p)])
    cols = list(zip(*[[int(x) for x in r[1:]] for r in rows[1:]]))
    rows.append(["全市"] + [str(sum(c)) for c in cols])
    w.table(rows, widths=[3, 1.8, 2.2, 1.8, 1.8, 2, 2])
    w.para()
    w.body(f"截至9月底，全市累计为{total}名符合条件的残疾儿童实施康复救助，完成全年目标（约2000名）的"
           f"{total / 20:.1f}%。")
    w.para("2024年10月10日", align="right")
    w.save(path)
    return Truth({"10.2": fig(U, "10.2", Q)})


@ret("ao12", "市检察院", "2024Q4", "report-with-attachment", "doc", batch=B)
def jc_q4(path):
    U, Q = "市检察院", "2024Q4"
    w = Word()
    w.title("淄博市人民检察院\n关于2024年度为全市妇女儿童办实事\n工作情况的报告")
    w.para()
    w.para("市妇儿工委办公室：")
    w.body("今年以来，市检察院深入落实未成年人检察工作“一号检察建议”，加强对未成年人的综合司法保护。"
           "现将全年工作情况报告如下。")
    w.heading("一、强化未成年人综合司法保护")
    w.body("全年受理审查起诉侵害未成年人犯罪案件87件，开展强制报告落实情况专项监督，制发检察建议14份。")
    w.heading("二、开展心理健康和法治宣传")
    w.body(f"联合心理咨询机构走进中小学开展心理健康科普知识宣传{n(U, '8.1', Q)}场，检察长担任法治副校长"
           "讲授法治课52次。")
    w.heading("三、参与家事案件调解联盟")
    w.body("配合市中级人民法院建立家事案件调解联盟，对涉未成年人家事纠纷开展司法救助23人次。")
    w.para("附件：工作进展情况表", indent=True)
    sign_off(w, "淄博市人民检察院", "2024年12月25日")
    attachment_head(w, "工作进展情况表")
    prog = (f"全年开展心理健康科普知识宣传{n(U, '8.1', Q)}场；受理审查起诉侵害未成年人犯罪案件87件，"
            "制发检察建议14份；配合建立家事案件调解联盟。")
    w.table([["项目", "进展情况", "存在问题", "下步打算"],
             ["实施“阳光成长”青少年身心健康护航行动", prog, "心理干预专业人员不足。",
              "与市卫生健康委联合建立心理疏导专家库。"]], widths=[5, 11, 4, 5])
    w.save(path)
    return Truth({"8.1": fig(U, "8.1", Q)})


@ret("ao13", "市医保局", "2024Q2", "explanatory-note-table", "doc", batch=B)
def yb_q2(path):
    w = Word()
    w.title("关于职工生育医疗费报销工作进展情况的说明", size=18)
    w.para()
    w.para("市妇儿工委办公室：")
    w.body("根据市政府办实事清单分工，我局负责“提高职工生育医疗费报销标准”任务。自2024年1月1日起，"
           "职工医保参保人员（含灵活就业人员）住院分娩政策范围内医疗费用报销比例提高到100%。"
           "上半年全市职工医保住院分娩结算6213人次，基金支付3876万元。")
    w.table([["指标", "目标值", "上半年实际", "备注"],
             ["住院分娩政策范围内费用报销比例", "100%", "100%", "含灵活就业人员"],
             ["住院分娩结算人次", "—", "6213", ""]], widths=[6, 2.5, 3, 4])
    w.para()
    sign_off(w, "淄博市医疗保障局", "2024年7月1日", blank=1)
    w.save(path)
    return Truth({"5.2": 100})


@ret("ao14", "市文化和旅游局", "2024Q1", "bare-table-texts", "doc", batch=B)
def wl_q1(path):
    U, Q = "市文化和旅游局", "2024Q1"
    w = Word(landscape=True)
    w.para("市文化和旅游局", size=12)
    w.title("2024年一季度为全市妇女儿童办实事进展情况表", size=18)
    prog = (f"制定“戏曲进校园”年度实施方案，组织市五音剧院、市京剧院及各区县剧团走进中小学开展演出和"
            f"戏曲课程辅导{n(U, '9.1', Q)}场，观看学生1.6万人次。")
    prob = "寒假期间学校停课，演出集中在3月份。"
    plan = "二季度结合“六一”儿童节开展戏曲展演周活动。"
    w.table([["序号", "项目名称", "年度目标", "进展情况", "存在问题", "下步打算"],
             ["九", "实施“润童心”儿童素养提升工程", "开展戏曲进校园演出、课程辅导等活动200场", prog, prob, plan]],
            widths=[1.2, 4, 4.5, 9, 3.5, 4])
    w.save(path)
    return Truth({"9.1": fig(U, "9.1", Q)}, {"9": {"progress": prog, "problems": prob, "plans": plan}})


# ================================================================ Excel workbooks

@ret("ao15", "市教育局", "2024Q4", "xlsx-indicator-rate", "xlsx", batch=B)
def jy_q4(path):
    U, Q = "市教育局", "2024Q4"
    s = Sheet(title="全年完成情况")
    s.line("2024年为全市妇女儿童办实事完成情况统计表", 7, size=16, bold=True, align="center", height=30)
    s.cells(["填报单位：淄博市教育局", None, None, None, "截至：2024年12月20日"])
    items = [("一", "新改扩建中小学", "所", 4, "1.1"), ("", "新改扩建幼儿园", "所", 10, "1.2"),
             ("", "打造智慧教育应用场景", "个", 10, "1.3"), ("四", "开展家庭教育巡讲", "场", None, "4.1"),
             ("八", "开展心理健康科普知识宣传", "场", 200, "8.1")]
    rows = [["项目", "指标名称", "单位", "年度目标", "全年完成", "完成率", "备注"]]
    for no, name, unit, target, ind in items:
        v = n(U, ind, Q)
        rows.append([no, name, unit, target if target else "—", v,
                     f"{v / target:.0%}" if target else "—", ""])
    rows.append(["八", "安全防范建设“4个100%”达标率", "%", 100, 100, "100%", "稳定达标"])
    rows[2][6] = "含民办幼儿园1所"
    s.table(rows, widths=[6, 30, 6, 10, 10, 9, 18])
    s.line("填表人：高洁　　联系电话：2286317", 7)
    s.save(path)
    return Truth({i: fig(U, i, Q) for i in ("1.1", "1.2", "1.3", "4.1", "8.1", "8.2")})


@ret("ao16", "市妇联", "2024Q1", "xlsx-whole-list-responsible", "xlsx", batch=B)
def fl_q1(path):
    U, Q = "市妇联", "2024Q1"
    s = Sheet(title="一季度")
    s.line(TITLE, 5, size=16, bold=True, align="center", height=28)
    s.line("（2024年第一季度）　　填报单位：市妇联", 5, align="center")
    rows = [["序号", "项目名称", "责任单位", "目标任务", "进展情况（截至3月31日）"],
            [1, "实施教育资源扩增优化工程", "市教育局", "新改扩建4所中小学、10所幼儿园", "由市教育局报送"],
            [2, "实施巾帼促就业计划", "市人力资源社会保障局、市妇联、市商务局", "培训家政从业人员5000人次以上",
             f"举办女性就业专场招聘{n(U, '2.2', Q)}场；培训家政从业人员{n(U, '2.1', Q)}人次"],
            [3, "实施适龄妇女“两癌”免费检查和救助行动", "市卫生健康委、市妇联", "筛查率达到90%",
             "配合卫健部门开展“两癌”检查宣传动员"],
            [4, "实施家庭教育指导服务行动", "市妇联、市教育局", "千场巡讲，各区县培训骨干不少于50人",
             f"开展家庭教育巡讲{n(U, '4.1', Q)}场；培训家庭教育骨干{n(U, '4.2', Q)}人"],
            [5, "实施新型婚育文化培育行动", "市妇联、团市委、市医保局", "举办不少于10场单身青年联谊活动",
             f"举办联谊活动{cn(n(U, '5.1', Q), liang=True)}场"],
            [6, "实施儿童友好城市建设促进行动", "市妇联、市交通运输局", "试点打造8个儿童友好共建联盟",
             f"张店区马尚街道儿童友好共建联盟已挂牌，共{n(U, '6.1', Q)}个"],
            [7, "实施普惠托育服务提质行动", "市卫生健康委、市总工会", "", ""],
            [8, "实施“阳光成长”青少年身心健康护航行动", "市教育局等", "", ""],
            [9, "实施“润童心”儿童素养提升工程", "市文化和旅游局、市科协", "", ""],
            [10, "实施特殊困难儿童关爱项目", "市民政局、市残联、市妇联、团市委", "推进“爱心妈妈”“希望小屋”",
             "“爱心妈妈”新增结对112对"]]
    s.table(rows, widths=[6, 30, 26, 30, 44])
    s.save(path)
    return Truth({i: fig(U, i, Q) for i in ("2.1", "2.2", "4.1", "4.2", "5.1", "6.1")})


@ret("ao17", "市卫生健康委", "2024Q3", "xlsx-district-rates-two-sheets", "xlsx", batch=B)
def wj_q3(path):
    U, Q = "市卫生健康委", "2024Q3"
    s = Sheet(title="两癌筛查")
    s.line("2024年适龄妇女“两癌”免费检查进度（截至9月30日）", 6, size=14, bold=True, align="center")
    rates = (73.9, 71.5, 66.8, 70.4, 73.1, 69.3, 62.0, 63.5, 70.9, 66.3, 65.1)
    targets = (118620, 86140, 52310, 49870, 79260, 62410, 40130, 61250, 38940, 21460, 14290)
    rows = [["区县", "任务数（人）", "已检查（人）", "筛查率（%）", "救助人数", "救助覆盖率（%）"]]
    done_all = 0
    for d, r, t in zip(DISTRICTS, rates, targets):
        done = round(t * r / 100)
        done_all += done
        rows.append([d, t, done, r, (done // 9000) + 2, 100])
    total_t = sum(targets)
    rows.append(["全市", total_t, done_all, fig(U, "3.1", Q), sum(r[4] for r in rows[1:]), 100])
    s.table(rows, widths=[14, 14, 14, 13, 10, 16])
    s2 = Sheet(s.wb, title="其他指标")
    s2.line("市卫生健康委其他办实事指标进展（1-9月）", 4, size=14, bold=True, align="center")
    s2.table([["指标", "目标", "累计完成", "说明"],
              ["市级婴幼儿照护服务示范区县（个）", "5个左右", n(U, "7.1", Q), "张店区、临淄区已通过评估"],
              ["市级示范托育机构（家）", "不少于10家", n(U, "7.2", Q), ""],
              ["心理健康科普知识宣传（场）", "—", n(U, "8.1", Q), ""]], widths=[36, 14, 12, 30])
    s.save(path)
    return Truth({"3.1": fig(U, "3.1", Q), "3.2": 100, "7.1": fig(U, "7.1", Q),
                  "7.2": fig(U, "7.2", Q), "8.1": fig(U, "8.1", Q)})


@ret("ao18", "市商务局", "2024Q4", "xlsx-training-ledger-total", "xlsx", batch=B)
def sw_q4(path):
    U, Q = "市商务局", "2024Q4"
    s = Sheet(title="家政培训台账")
    s.line("淄博市商务局2024年家政从业人员职业技能培训台账", 7, size=14, bold=True, align="center")
    s.line("统计时间：2024年1月1日—12月15日", 7, align="right")
    sessions = [("1月", "张店区", "育婴员"), ("3月", "淄川区", "家政服务员"), ("3月", "临淄区", "养老护理员"),
                ("4月", "周村区", "育婴员"), ("5月", "桓台县", "家政服务员"), ("6月", "张店区", "母婴护理"),
                ("7月", "博山区", "养老护理员"), ("8月", "高青县", "家政服务员"), ("9月", "沂源县", "育婴员"),
                ("10月", "高新区", "收纳整理"), ("11月", "张店区", "母婴护理"), ("12月", "经济开发区", "家政服务员")]
    total = n(U, "2.1", Q)
    counts = split(total, (9, 12, 10, 11, 14, 13, 8, 9, 10, 7, 12, 9))
    rows = [["序号", "培训时间", "培训地点", "培训工种", "承办机构", "培训人次", "取证人数"]]
    for k, ((m, d, job), c) in enumerate(zip(sessions, counts), 1):
        rows.append([k, f"2024年{m}", d, job, f"{d}家政服务职业培训学校", c, int(c * 0.82)])
    rows.append(["合计", "", "", "", "", total, sum(r[6] for r in rows[1:])])
    s.table(rows, merges=[(len(rows) - 1, 0, len(rows) - 1, 4)], widths=[6, 12, 12, 12, 30, 10, 10])
    s.line("备注：培训人次含线上理论培训，已剔除重复参训人员。", 7)
    s.save(path)
    return Truth({"2.1": fig(U, "2.1", Q)})


@ret("ao19", "市公安局", "2024Q3", "xlsx-plain-progress", "xlsx", batch=B)
def ga_q3(path):
    s = Sheet(title="护校安园")
    s.line("市公安局“护校安园”专项行动进展情况", 4, size=14, bold=True, align="center")
    s.line("填报单位：淄博市公安局治安支队　　时间：2024年10月8日（第三季度）", 4)
    s.table([["工作内容", "目标", "完成情况", "备注"],
             ["中小学幼儿园专职保安员配备率", "100%", "100%", "1,386所"],
             ["一键式紧急报警与联网率", "100%", "100%", ""],
             ["封闭化管理达标率", "100%", "100%", ""],
             ["护学岗设置率", "100%", "100%", "高峰勤务“护学岗”1,412个"],
             ["“4个100%”达标率", "100%", "100%", "稳定达标"]], widths=[34, 10, 12, 28])
    s.save(path)
    return Truth({"8.2": 100})


@ret("ao20", "市人力资源社会保障局", "2024Q2", "xlsx-summary-and-event-sheet", "xlsx", batch=B)
def rs_q2(path):
    U, Q = "市人力资源社会保障局", "2024Q2"
    s = Sheet(title="汇总")
    s.line("巾帼促就业计划推进情况（2024年1-6月）", 5, size=14, bold=True, align="center")
    s.cells(["报送单位：市人社局就业促进和失业保险科"])
    s.table([["指标", "计量单位", "全年目标", "1-6月累计", "序时进度"],
             ["培训家政从业人员", "人次", 5000, n(U, "2.1", Q), f"{n(U, '2.1', Q) / 5000:.1%}"],
             ["女性就业专场招聘活动", "场", "—", n(U, "2.2", Q), "—"]], widths=[28, 10, 10, 12, 12])
    s2 = Sheet(s.wb, title="专场招聘明细")
    s2.line("女性就业专场招聘活动明细", 5, size=14, bold=True, align="center")
    rows = [["序号", "日期", "活动名称", "参会企业（家）", "提供岗位（个）"]]
    names = ["“春风行动”巾帼专场", "“春风行动”女性专场（淄川）", "宝妈就业专场", "“雏凤”助飞女大学生专场",
             "灵活就业女性专场"]
    for k in range(n(U, "2.2", Q)):
        rows.append([k + 1, f"2024-{1 + k * 5 // n(U, '2.2', Q) + 1:02d}-{(k * 7) % 27 + 1:02d}",
                     names[k % len(names)], 30 + (k * 13) % 40, 600 + (k * 97) % 500])
    s2.table(rows, widths=[6, 12, 32, 14, 14])
    s.save(path)
    return Truth({"2.1": fig(U, "2.1", Q), "2.2": fig(U, "2.2", Q)})


@ret("ao21", "市科协", "2024Q4", "xlsx-event-list-and-summary", "xlsx", batch=B)
def kx_q4(path):
    U, Q = "市科协", "2024Q4"
    s = Sheet(title="汇总")
    s.line("淄博市科协2024年为妇女儿童办实事完成情况", 4, size=14, bold=True, align="center")
    s.table([["项目", "目标（场）", "全年完成（场）", "是否完成"],
             ["科普大篷车巡展", 30, n(U, "9.2", Q), "是"],
             ["青少年“蒲公英”科普大讲堂", 40, n(U, "9.3", Q), "是"]], widths=[30, 12, 14, 10])
    s.line("注：活动明细见“大篷车”“大讲堂”工作表。", 4)
    places = DISTRICTS
    s2 = Sheet(s.wb, title="大篷车")
    rows = [["序号", "日期", "巡展地点", "受众（人次）"]]
    for k in range(n(U, "9.2", Q)):
        rows.append([k + 1, f"{1 + k * 11 // 30 + 1}月{(k * 5) % 27 + 1}日", f"{places[k % 11]}第{k // 11 + 1}站",
                     400 + (k * 37) % 300])
    s2.table(rows, widths=[6, 12, 24, 12])
    s3 = Sheet(s.wb, title="大讲堂")
    rows = [["序号", "日期", "学校", "主讲"]]
    for k in range(n(U, "9.3", Q)):
        rows.append([k + 1, f"{1 + k * 11 // 42 + 1}月{(k * 3) % 27 + 1}日", f"{places[(k * 3) % 11]}中小学",
                     ("科技辅导员", "高校教授", "院士专家", "工程师")[k % 4]])
    s3.table(rows, widths=[6, 12, 24, 12])
    s.save(path)
    return Truth({"9.2": fig(U, "9.2", Q), "9.3": fig(U, "9.3", Q)})


@ret("ao22", "市交通运输局", "2024Q1", "xlsx-improvised-list", "xlsx", batch=B)
def jt_q1(path):
    U, Q = "市交通运输局", "2024Q1"
    s = Sheet(title="市交通运输局")
    s.cells(["定制公交助学专线（一季度）"])
    s.cells(["线路", "开通日期", "状态"])
    s.cells(["助学1号线", "3月4日", "已开通"])
    s.cells(["助学2号线", "", "线路勘察中"])
    s.cells(["助学3号线", "", "征集学生需求"])
    s.cells(["助学4号线", "", "征集学生需求"])
    s.cells(["已开通合计", f"{n(U, '6.2', Q)}条"])
    s.save(path)
    return Truth({"6.2": fig(U, "6.2", Q)})


@ret("ao23", "市残联", "2024Q1", "xlsx-quarter-and-cumulative", "xlsx", batch=B)
def cl_q1(path):
    U, Q = "市残联", "2024Q1"
    s = Sheet(title="Sheet1")
    s.line("2024年第一季度残疾儿童康复救助进展表", 6, size=14, bold=True, align="center")
    s.cells(["填报单位：淄博市残疾人联合会", None, None, None, "填报日期：2024.4.2"])
    total = n(U, "10.2", Q)
    rows = [["救助类别", "年度计划（名）", "本季度新增（名）", "累计救助（名）", "经费（万元）", "备注"],
            ["视力残疾儿童", 120, 0, 0, 0, ""], ["听力言语残疾儿童", 280, 0, 0, 0, ""],
            ["肢体残疾儿童", 620, 0, 0, 0, ""], ["智力残疾儿童", 380, 0, 0, 0, ""],
            ["孤独症儿童", 600, 0, 0, 0, ""]]
    parts = split(total, (6, 14, 31, 19, 30))
    for r, p in zip(rows[1:], parts):
        r[2] = r[3] = p
        r[4] = round(p * 0.38, 1)
    rows.append(["合计", 2000, total, total, round(sum(r[4] for r in rows[1:]), 1), "约2000名"])
    s.table(rows, widths=[20, 14, 14, 14, 12, 12])
    s.save(path)
    return Truth({"10.2": fig(U, "10.2", Q)})


# ================================================================ text PDF (printed from Word or Excel)

@ret("ao24", "市民政局", "2024Q2", "formal-report-seal", "pdf-text", batch=B)
def mz_q2(path):
    w = Word()
    w.title("市民政局关于2024年上半年\n特殊困难儿童关爱项目进展情况的报告")
    w.para()
    w.para("市妇儿工委办公室：")
    w.body("上半年，我局认真落实孤困儿童就学资助政策，完成春季学期资助对象摸底核实，向在校孤儿、"
           "事实无人抚养儿童及重点困境儿童412名发放助学金118.6万元，享受民政保障的孤困儿童就学资助"
           "覆盖率100%。同时，督促各区县民政部门落实儿童督导员、儿童主任定期走访制度，上半年走访"
           "困境儿童2,760人次。")
    w.body("下一步，我们将做好秋季学期资助申请受理和审核，确保应助尽助、不落一人。")
    w.para()
    w.picture(seal_png("淄博市民政局", seed=24), width_cm=4.0)
    w.para("淄博市民政局    ", align="right")
    w.para("2024年7月2日    ", align="right")
    w.save(path)
    return Truth({"10.1": 100}, seal_picture=True)


@ret("ao25", "团市委", "2024Q2", "bare-table-texts", "pdf-text", batch=B)
def tw_q2(path):
    U, Q = "团市委", "2024Q2"
    w = Word(landscape=True)
    w.title(TITLE, size=18)
    w.para("单位：团市委　　　　　　　　　　　　　　　　　　　　　　　　　时间：2024年6月30日", size=12)
    p5 = f"联合市妇联举办“青春有约·缘聚淄博”单身青年联谊活动{n(U, '5.1', Q)}场，参与青年310人。"
    p10 = "新建“希望小屋”58间，组织青年志愿者开展“希望小屋”回访212人次。"
    w.table([["项目", "进展情况", "存在问题", "下步打算"],
             ["实施新型婚育文化培育行动", p5, "无", "下半年举办2场以上联谊活动。"],
             ["实施特殊困难儿童关爱项目", p10, "社会募集资金到位较慢。", "加大社会动员，争取爱心企业支持。"]],
            widths=[5, 11, 4.5, 5.5])
    w.save(path)
    return Truth({"5.1": fig(U, "5.1", Q)},
                 {"5": {"progress": p5, "problems": "无", "plans": "下半年举办2场以上联谊活动。"},
                  "10": {"progress": p10, "problems": "社会募集资金到位较慢。", "plans": "加大社会动员，争取爱心企业支持。"}})


@ret("ao26", "市法院", "2024Q4", "report-prose-only", "pdf-text", batch=B)
def fy_q4(path):
    w = Word()
    w.header("淄博市中级人民法院")
    w.title("2024年度为妇女儿童办实事工作总结")
    w.para()
    w.body("今年以来，全市法院深入贯彻未成年人保护法、家庭教育促进法，牵头建立家事案件调解联盟，"
           "加强对未成年人的综合司法保护。")
    w.heading("一、家事案件调解联盟全面运行")
    w.body("联盟成员单位扩展至市妇联、市司法局、市民政局等9家，全市11个基层法院均设立家事调解工作室，"
           "全年诉前化解家事纠纷1,683件。")
    w.heading("二、未成年人司法保护持续加强")
    w.body("全年审结涉未成年人案件2,214件，发出家庭教育指导令86份，开展“法官妈妈”进校园活动64场。")
    w.heading("三、下一步工作")
    w.body("深化家事审判改革，完善家事调查员、心理疏导员制度。")
    sign_off(w, "淄博市中级人民法院", "2024年12月27日")
    w.save(path)
    return Truth({})


@ret("ao27", "市总工会", "2024Q1", "short-letter-table", "pdf-text", batch=B)
def gh_q1(path):
    U, Q = "市总工会", "2024Q1"
    w = Word()
    w.title("市总工会一季度办实事进展", size=20)
    w.para()
    w.body(f"寒假期间，市总工会联合各区县总工会、有条件的企业工会开办职工子女寒假托管班{n(U, '7.3', Q)}个，"
           "服务职工子女450余人，开设课业辅导、手工、体育、安全教育等课程。暑期托管班正在摸排需求。")
    w.table([["托管班类型", "班次", "服务人数"],
             ["区县总工会举办", "7", "268"], ["企业工会举办", "5", "186"],
             ["合计", str(n(U, "7.3", Q)), "454"]], widths=[6, 3, 3])
    sign_off(w, "淄博市总工会", "2024年3月29日", blank=1)
    w.save(path)
    return Truth({"7.3": fig(U, "7.3", Q)})


@ret("ao28", "市文化和旅游局", "2024Q3", "report-with-attachment", "pdf-text", batch=B)
def wl_q3(path):
    U, Q = "市文化和旅游局", "2024Q3"
    w = Word()
    w.title("淄博市文化和旅游局\n关于2024年前三季度“戏曲进校园”\n工作进展情况的报告")
    w.para()
    w.para("市妇儿工委办公室：")
    w.body(f"1—9月，全市共开展五音戏、京剧、吕剧等精彩剧目进校园演出、校园戏曲课程辅导等活动"
           f"{n(U, '9.1', Q)}场，完成年度任务的{n(U, '9.1', Q) / 2:.0f}%，惠及师生9.8万人次。"
           "其中，市五音剧院推出少儿版《姊妹易嫁》，在全市36所中小学巡演。")
    w.body("四季度，我们将组织戏曲名家进校园授课，确保完成全年200场任务。")
    sign_off(w, "淄博市文化和旅游局", "2024年10月9日")
    attachment_head(w, "“戏曲进校园”活动分区县统计表")
    parts = split(n(U, "9.1", Q), W11)
    rows = [["区县"] + list(DISTRICTS) + ["合计"],
            ["场次"] + [str(p) for p in parts] + [str(sum(parts))]]
    w.table(rows, widths=[1.8] + [1.9] * 11 + [1.8], size=10)
    w.save(path)
    return Truth({"9.1": fig(U, "9.1", Q)})


@ret("ao29", "市医保局", "2024Q4", "xlsx-printed-plain", "pdf-text", batch=B, made_from="xlsx")
def yb_q4(path):
    s = Sheet(title="医保")
    s.line("2024年为妇女儿童办实事进展情况（第四季度）", 5, size=14, bold=True, align="center")
    s.line("填报单位：淄博市医疗保障局", 5)
    s.table([["项目", "任务", "完成情况", "累计数据", "备注"],
             ["新型婚育文化培育", "住院分娩报销比例100%", "已完成", "100%", "全年结算1.28万人次"]],
            widths=[18, 24, 10, 10, 20])
    s.line("报送日期：2024年12月24日", 5, align="right")
    s.save(path)
    return Truth({"5.2": 100})


@ret("ao30", "市卫生健康委", "2024Q4", "xlsx-printed-indicators", "pdf-text", batch=B, made_from="xlsx")
def wj_q4(path):
    U, Q = "市卫生健康委", "2024Q4"
    s = Sheet(title="卫健委")
    s.line("市卫生健康委2024年办实事指标完成情况", 5, size=14, bold=True, align="center")
    s.line("统计截至：2024年12月25日", 5, align="right")
    s.table([["指标", "目标", "完成", "完成率", "备注"],
             ["“两癌”筛查率", "90%", f"{fig(U, '3.1', Q):g}%", "100.7%", ""],
             ["“两癌”患病妇女救助覆盖率", "100%", "100%", "100%", "救助214人"],
             ["示范区县（个）", "5", n(U, "7.1", Q), "100%", ""],
             ["示范托育机构（家）", "10", n(U, "7.2", Q), "100%", ""],
             ["心理健康科普宣传（场）", "—", n(U, "8.1", Q), "—", ""]],
            widths=[26, 8, 10, 10, 14])
    s.save(path)
    return Truth({"3.1": fig(U, "3.1", Q), "3.2": 100, "7.1": fig(U, "7.1", Q),
                  "7.2": fig(U, "7.2", Q), "8.1": fig(U, "8.1", Q)})


WORDING.update({
    "ao01": (("title", "sign-off"), "上半年"),
    "ao02": (("title", "fill-line"), "1—9月"),
    "ao03": (("header", "sign-off"), "一季度"),
    "ao04": (("title", "seal"), "全年"),
    "ao05": (("fill-line",), "第二季度"),
    "ao06": (("textbox", "sign-off"), "截至9月30日"),
    "ao07": (("title", "sign-off", "seal"), "年度"),
    "ao08": (("fill-line",), "1—9月"),
    "ao09": (("fill-line",), "第一季度"),
    "ao10": (("title", "sign-off"), "上半年"),
    "ao11": (("title", "fill-line"), "1月—9月"),
    "ao12": (("title", "sign-off"), "年度"),
    "ao13": (("sign-off",), "上半年"),
    "ao14": (("top-line",), "一季度"),
    "ao15": (("fill-line",), "全年"),
    "ao16": (("fill-line",), "第一季度"),
    "ao17": (("sheet-name",), "截至9月30日"),
    "ao18": (("title",), "date-range"),
    "ao19": (("title", "fill-line"), "第三季度"),
    "ao20": (("fill-line",), "1-6月"),
    "ao21": (("title",), "全年"),
    "ao22": (("sheet-name",), "一季度"),
    "ao23": (("fill-line",), "第一季度"),
    "ao24": (("title", "sign-off", "seal"), "上半年"),
    "ao25": (("fill-line",), "date-line"),
    "ao26": (("header", "sign-off"), "年度"),
    "ao27": (("title", "sign-off"), "一季度"),
    "ao28": (("title", "sign-off"), "前三季度"),
    "ao29": (("fill-line",), "第四季度"),
    "ao30": (("title",), "截至12月25日"),
})
