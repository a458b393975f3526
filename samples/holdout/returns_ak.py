"""Batch 33: native returns (Word, .doc, Excel, text PDF) from offices nobody has seen, written by
a new author in session 4 without reading app/, parsers/ or any other batch. Please do not
read this file while changing app/extraction/."""
from __future__ import annotations

B = 33

from samples.holdout.corpus import Truth, attachment_head, ret, sign_off
from samples.holdout.docxkit import HEI, TITLE_FONT, Word
from samples.holdout.ledger_ak import before, fig, n
from samples.holdout.numerals import cn, comma, full
from samples.holdout.seal import seal_png
from samples.holdout.wording import WORDING
from samples.holdout.xlkit import Sheet

TABLE = "2024年为全市妇女儿童办实事工作进展情况表"
NOTICE = "《淄博市人民政府办公室关于印发2024年为全市妇女儿童办实事项目清单的通知》（淄政办字〔2024〕13号）"
DISTRICTS = ("张店区", "淄川区", "博山区", "周村区", "临淄区", "桓台县", "高青县", "沂源县",
             "高新区", "经济开发区", "文昌湖区")
WEIGHTS = (17, 13, 8, 9, 12, 10, 7, 9, 6, 5, 4)


def split(total: int, weights=WEIGHTS) -> list[int]:
    """``total`` shared out over the districts in proportion to ``weights`` (sums exactly)."""
    s = sum(weights)
    parts = [total * w // s for w in weights]
    for k in range(total - sum(parts)):
        parts[k % len(parts)] += 1
    return parts


def redhead(w: Word, org: str, docno: str) -> None:
    """The red header of an official document: 机关名称＋文件, the 文号, a rule."""
    w.para(org + "文件", font=TITLE_FONT, size=30, align="center")
    w.para()
    w.para(docno, align="center")
    w.para("━" * 24, align="center", size=14)


# ================================================================ docx

@ret("ak01", "市教育局", "2024Q2", "redhead-report-long-attachment", "docx", batch=B)
def ak01(path):
    U, Q = "市教育局", "2024Q2"
    w = Word()
    redhead(w, "淄博市教育局", "淄教字〔2024〕47号")
    w.title("淄博市教育局\n关于2024年上半年为全市妇女儿童办实事\n工作推进情况的报告")
    w.para()
    w.para("市妇儿工委办公室：")
    w.body(f"按照{NOTICE}要求，我局牵头承担教育资源扩增优化、家庭教育指导服务、青少年身心健康护航"
           "三项实事任务。现将1—6月份工作推进情况报告如下。")
    w.heading("一、主要工作进展")
    w.body(f"（一）教育资源扩增优化。张店区实验中学东校区已竣工交付，新改扩建中小学完成{n(U, '1.1', Q)}所；"
           f"新改扩建幼儿园完成{n(U, '1.2', Q)}所，另有5所正在进行主体施工。打造“AI+作业”“智慧课堂”"
           f"等智慧教育应用场景{n(U, '1.3', Q)}个。")
    w.body(f"（二）家庭教育指导服务。依托中小学家长学校开展家庭教育巡讲{n(U, '4.1', Q)}场，"
           f"举办区县家庭教育骨干培训班4期，培训骨干{n(U, '4.2', Q)}人。")
    w.body(f"（三）青少年身心健康护航。开展心理健康科普知识宣传{n(U, '8.1', Q)}场，完成年度任务的46%；"
           "中小学幼儿园安全防范建设“4个100%”保持100%达标。")
    w.heading("二、存在问题")
    w.body("部分幼儿园项目受土地手续影响开工较晚，下半年建设任务较重。")
    w.heading("三、下一步工作打算")
    w.body("建立在建项目周调度机制，确保秋季开学前再交付一批学校和幼儿园。")
    w.para("附件：2024年为全市妇女儿童办实事工作进展情况表（市教育局）", indent=True)
    sign_off(w, "淄博市教育局", "2024年7月4日")
    w.para("（联系人：刘晓东　联系电话：2181046）", indent=True)
    attachment_head(w, TABLE)
    w.para("填报单位：淄博市教育局　　　　　　　　　　　　　　　　　　　　统计时间：2024年1月1日—6月30日", size=12)
    rows = [["序号", "项目名称", "具体任务", "年度目标", "累计完成", "具体进展", "备注"]]
    schools = [("张店区实验中学东校区", "已交付"), ("淄川区般阳中学扩建", "主体施工"),
               ("临淄区朱台镇中心学校", "主体施工"), ("桓台县城南小学", "前期手续")]
    rows.append(["1", "实施教育资源扩增优化工程", "新改扩建中小学", "4所", f"{n(U, '1.1', Q)}所",
                 "；".join(f"{a}（{b}）" for a, b in schools), ""])
    kinders = ["张店区马尚街道中心幼儿园", "张店区科苑幼儿园", "淄川区将军路幼儿园", "博山区城东幼儿园",
               "周村区丝绸路幼儿园", "临淄区稷下幼儿园", "桓台县果里镇中心幼儿园", "高青县芦湖幼儿园",
               "沂源县鲁村镇中心幼儿园", "高新区四宝山幼儿园"]
    rows.append(["", "", "新改扩建幼儿园", "10所", f"{n(U, '1.2', Q)}所",
                 "已完成：" + "、".join(kinders[:n(U, '1.2', Q)]) + "；在建：" + "、".join(kinders[n(U, '1.2', Q):]), ""])
    rows.append(["", "", "打造智慧教育应用场景", "10个", f"{n(U, '1.3', Q)}个",
                 "“AI+作业”、智慧课堂、智慧体育、智慧食堂、数字校园安全", ""])
    rows.append(["2", "实施家庭教育指导服务行动", "开展家庭教育巡讲", "与市妇联共同完成1000场",
                 f"{n(U, '4.1', Q)}场", "各学校依托家长学校开展巡讲，参与家长5.2万人次", "教育系统数"])
    rows.append(["", "", "培训家庭教育骨干", "每区县不少于50人", f"{n(U, '4.2', Q)}人", "举办培训班4期", ""])
    rows.append(["3", "实施“阳光成长”青少年身心健康护航行动", "心理健康科普知识宣传", "200场",
                 f"{n(U, '8.1', Q)}场", "“5·25”心理健康月集中宣传27场", ""])
    rows.append(["", "", "安全防范建设“4个100%”", "稳定达标", "100%", "全市1,391所中小学幼儿园全部达标", ""])
    w.table(rows, merges=[(1, 1, 3, 1), (1, 0, 3, 0), (4, 0, 5, 0), (4, 1, 5, 1), (6, 0, 7, 0), (6, 1, 7, 1)],
            widths=[1.2, 3.6, 3.4, 2.6, 2.2, 9.5, 2.2])
    w.save(path)
    return Truth({i: fig(U, i, Q) for i in ("1.1", "1.2", "1.3", "4.1", "4.2", "8.1", "8.2")})


@ret("ak02", "市妇联", "2024Q3", "report-attachment-whole-list", "docx", batch=B)
def ak02(path):
    U, Q = "市妇联", "2024Q3"
    w = Word()
    w.title("淄博市妇女联合会\n关于报送2024年前三季度为全市妇女儿童办实事\n进展情况的函")
    w.para()
    w.para("市妇儿工委办公室：")
    w.body("现将我会牵头及参与实施的2024年为全市妇女儿童办实事项目前三季度进展情况报送你们，"
           "具体见附表。")
    w.para("附件：2024年为全市妇女儿童办实事工作进展情况表", indent=True)
    sign_off(w, "淄博市妇女联合会", "2024年10月9日")
    attachment_head(w, TABLE + "\n（2024年1—9月）")
    rows = [["项目", "责任单位", "主要指标", "1—9月累计完成", "进展情况"]]
    rows.append(["二、巾帼促就业计划", "市人力资源社会保障局、市妇联、市商务局", "培训家政从业人员；女性专场招聘",
                 f"培训{n(U, '2.1', Q)}人次；招聘活动{n(U, '2.2', Q)}场",
                 "“巾帼家政”培训班覆盖8个区县，联合人社部门举办“春风行动”“女性就业服务月”等专场招聘。"])
    rows.append(["三、“两癌”免费检查和救助行动", "市卫生健康委、市妇联", "“两癌”患病妇女救助",
                 "救助覆盖率100%", "前三季度救助“两癌”患病困难妇女186名，发放救助金93万元。"])
    rows.append(["四、家庭教育指导服务行动", "市妇联、市教育局", "家庭教育巡讲；培训骨干",
                 f"巡讲{n(U, '4.1', Q)}场；骨干{n(U, '4.2', Q)}人", "“淄博好爸妈”平台上线课程126节。"])
    rows.append(["五、新型婚育文化培育行动", "市妇联、团市委、市医保局", "单身青年联谊活动",
                 f"{n(U, '5.1', Q)}场", "打造“齐好缘”青年交友品牌。"])
    rows.append(["六、儿童友好城市建设促进行动", "市妇联、市交通运输局", "儿童友好共建联盟",
                 f"{n(U, '6.1', Q)}个", "市妇女儿童活动中心改建完成方案设计。"])
    rows.append(["十、特殊困难儿童关爱项目", "市民政局、市残联、市妇联、团市委", "“爱心妈妈”结对、“希望小屋”",
                 "—", "新建“希望小屋”62间，“爱心妈妈”结对1,130对。"])
    w.table(rows, widths=[4.2, 4.2, 4.2, 4.4, 8.5])
    w.para("填表人：陈静　　审核人：赵红梅　　联系电话：3160330", size=12)
    w.save(path)
    return Truth({"2.1": fig(U, "2.1", Q), "2.2": fig(U, "2.2", Q), "3.2": 100, "4.1": fig(U, "4.1", Q),
                  "4.2": fig(U, "4.2", Q), "5.1": fig(U, "5.1", Q), "6.1": fig(U, "6.1", Q)},
                 {"5": {"progress": "打造“齐好缘”青年交友品牌。"},
                  "6": {"progress": "市妇女儿童活动中心改建完成方案设计。"},
                  "10": {"progress": "新建“希望小屋”62间，“爱心妈妈”结对1,130对。"}})


@ret("ak03", "市卫生健康委", "2024Q1", "report-prose-only", "docx", batch=B)
def ak03(path):
    U, Q = "市卫生健康委", "2024Q1"
    w = Word()
    w.title("市卫生健康委一季度为妇女儿童办实事\n工作情况汇报")
    w.para()
    w.body("一季度，市卫生健康委紧扣年度目标，统筹推进“两癌”免费检查、普惠托育、青少年心理健康"
           "等实事项目，现将有关情况汇报如下。")
    w.runs([("一、“两癌”免费检查和救助。", "b"),
            (f"3月起全面启动适龄妇女“两癌”免费检查，截至3月31日，全市筛查率达到{fig(U, '3.1', Q):g}%；"
             "对检出的“两癌”患病妇女，联合市妇联做到符合条件的应救尽救，救助覆盖率100%。"
             "HPV疫苗接种项目已完成采购准备。", "")])
    w.runs([("二、普惠托育服务。", "b"),
            ("印发市级婴幼儿照护服务示范区县和示范托育机构创建方案，各区县已完成申报摸底，"
             "示范区县、示范托育机构评估工作计划于二季度启动，目前暂无认定数。", "")])
    w.runs([("三、心理健康科普。", "b"),
            (f"依托各级妇幼保健机构和精神卫生中心，开展心理健康科普知识宣传{cn(n(U, '8.1', Q))}场。", "")])
    w.body("下一步，我们将加大筛查进度调度，每月通报各区县筛查率。")
    sign_off(w, "淄博市卫生健康委员会", "2024年4月3日")
    w.save(path)
    return Truth({"3.1": fig(U, "3.1", Q), "3.2": 100, "8.1": fig(U, "8.1", Q)})


@ret("ak04", "市公安局", "2024Q4", "report-small-table-seal", "docx", batch=B)
def ak04(path):
    w = Word()
    w.title("淄博市公安局\n2024年度“护校安园”专项行动工作总结")
    w.para()
    w.body("2024年，市公安局深入开展“护校安园”专项行动，会同教育部门全面落实中小学幼儿园"
           "安全防范建设“4个100%”要求，全年未发生涉校重大案事件。")
    rows = [["指标", "全市学校（幼儿园）数", "达标数", "达标率"],
            ["专职保安员配备", "1391", "1391", "100%"],
            ["封闭化管理", "1391", "1391", "100%"],
            ["一键式紧急报警与公安联网", "1391", "1391", "100%"],
            ["视频监控系统与公安联网", "1391", "1391", "100%"]]
    w.table(rows, widths=[6, 4, 3, 3])
    w.para()
    w.body("全年共组织警力护学岗执勤4.3万余人次，开展涉校矛盾纠纷排查1,280次，组织校园安全"
           "应急演练612场。")
    w.para()
    w.picture(seal_png("淄博市公安局", seed=4), width_cm=4.0)
    w.para("淄博市公安局", align="right")
    w.para("2024年12月26日", align="right")
    w.save(path)
    return Truth({"8.2": 100}, seal_picture=True)


@ret("ak05", "市检察院", "2024Q2", "report-prose-figures", "docx", batch=B)
def ak05(path):
    U, Q = "市检察院", "2024Q2"
    w = Word()
    w.header("淄博市人民检察院第九检察部")
    w.title("关于未成年人综合司法保护工作\n开展情况的报告")
    w.para()
    w.para("市妇儿工委办公室：")
    w.body("今年1月至6月，我院认真落实“阳光成长”青少年身心健康护航行动任务，现报告如下：")
    w.body(f"一、法治和心理健康宣传。全市两级检察院检察官担任法治副校长136人，进校园开展法治暨"
           f"心理健康宣讲{n(U, '8.1', Q)}场（其中二季度{n(U, '8.1', Q) - n(U, '8.1', '2024Q1')}场），"
           "覆盖师生3.1万人。")
    w.body("二、家事案件调解联盟。会同市法院、市妇联研究起草家事案件调解联盟工作办法，已征求各方意见。")
    w.body("三、强制报告制度落实。督促落实侵害未成年人案件强制报告制度，受理线索12条。")
    sign_off(w, "淄博市人民检察院", "2024年6月28日")
    w.save(path)
    return Truth({"8.1": fig(U, "8.1", Q)})


@ret("ak06", "市科协", "2024Q4", "bare-table-remarks", "docx", batch=B)
def ak06(path):
    U, Q = "市科协", "2024Q4"
    w = Word(landscape=True)
    w.title("市科协2024年为妇女儿童办实事进展情况表", size=18)
    w.para("单位：淄博市科学技术协会　　　　　　　　　　　　　　　　　　时间：2024年12月", size=12)
    p = (f"全年开展科普大篷车巡展{n(U, '9.2', Q)}场，深入沂源、高青等地农村学校；开展青少年“蒲公英”"
         f"科普大讲堂{n(U, '9.3', Q)}场，受益学生2.8万人次。")
    w.table([["项目名称", "年度任务", "进展情况", "存在问题", "下步打算", "备注"],
             ["实施“润童心”儿童素养提升工程（科普部分）", "科普大篷车巡展30场、“蒲公英”科普大讲堂40场",
              p, "无", "2025年继续推进科普服务均衡普惠。", "均已完成"]],
            widths=[4.5, 4.5, 8.5, 2.5, 4, 2])
    w.save(path)
    return Truth({"9.2": fig(U, "9.2", Q), "9.3": fig(U, "9.3", Q)},
                 {"9": {"progress": p, "problems": "无", "plans": "2025年继续推进科普服务均衡普惠。"}})


@ret("ak07", "市总工会", "2024Q3", "report-header-name", "docx", batch=B)
def ak07(path):
    U, Q = "市总工会", "2024Q3"
    w = Word()
    w.header("淄博市总工会女职工部")
    w.title("关于职工子女暑期托管工作情况的报告")
    w.para()
    w.para("市妇儿工委办公室：")
    w.body(f"寒假期间，我们在10家企业开办职工子女托管班{n(U, '7.3', '2024Q1')}个班次。今年暑假，"
           f"市总工会联合各区县工会、用人单位新开办暑期职工子女托管班{n(U, '7.3', Q) - n(U, '7.3', '2024Q1')}个班次，"
           f"托管职工子女1,860名。截至9月底，全年累计开展寒暑假职工子女托管班{n(U, '7.3', Q)}个班次，"
           "已超额完成年度不少于50个班次的目标。")
    w.body("托管班开设安全教育、非遗手工、体育运动等课程，职工满意度较高。存在的问题是部分中小企业"
           "场地、师资不足，下一步将推动联合开办、委托第三方机构开办。")
    sign_off(w, "市总工会", "2024年9月27日")
    w.save(path)
    return Truth({"7.3": fig(U, "7.3", Q)})


@ret("ak08", "市残联", "2024Q1", "district-rows-total", "docx", batch=B)
def ak08(path):
    U, Q = "市残联", "2024Q1"
    w = Word(landscape=True)
    w.title("2024年一季度残疾儿童康复救助工作进展情况统计表", size=18)
    w.para("填报单位：淄博市残疾人联合会　　　　　　　　　　　　　　　　　　　　　　　　　单位：名", size=12)
    tot = n(U, "10.2", Q)
    parts = split(tot)
    targets = split(2000)
    rows = [["区县", "年度任务数", "已救助人数", "其中：0-6岁", "完成率"]]
    for d, t, p in zip(DISTRICTS, targets, parts):
        rows.append([d, str(t), str(p), str(p * 7 // 10), f"{p * 100 / t:.1f}%"])
    rows.append(["合计", "2000", str(tot), str(sum(p * 7 // 10 for p in parts)), f"{tot * 100 / 2000:.1f}%"])
    w.table(rows, widths=[4, 4, 4, 4, 4], size=11)
    w.para("备注：已救助人数指纳入康复救助并开始接受康复训练的残疾儿童人数。", size=12)
    w.para("填表人：马丽　　联系电话：2765102　　　　　　　　　　　　　　报送日期：2024年4月2日", size=12)
    w.save(path)
    return Truth({"10.2": tot})


# ================================================================ doc (Word 97)

@ret("ak09", "市民政局", "2024Q1", "report-with-attachment", "doc", batch=B)
def ak09(path):
    U, Q = "市民政局", "2024Q1"
    w = Word()
    w.title("淄博市民政局\n关于特殊困难儿童关爱项目第一季度进展情况的报告")
    w.para()
    w.para("市妇儿工委办公室：")
    w.body("根据工作安排，现将我局牵头的特殊困难儿童关爱项目一季度进展情况报告如下：")
    w.body("一、春季学期“福彩圆梦·孤儿助学工程”和“慈善助学”资助对象已审核完毕，资助孤儿、事实无人"
           "抚养儿童及重点困境儿童301名，享受民政保障的孤困儿童就学资助实现全覆盖。")
    w.body("二、会同市妇联、团市委推进“爱心妈妈”结对帮扶，新增结对37对。")
    w.para("附件：进展情况表", indent=True)
    sign_off(w, "淄博市民政局", "2024年3月29日")
    attachment_head(w, "特殊困难儿童关爱项目进展情况表")
    prog = "春季学期资助孤困儿童301名，发放助学金90.3万元，资助覆盖率100%。"
    w.table([["责任单位", "任务内容", "进展情况", "存在问题", "下步打算"],
             ["市民政局", "确保享受民政保障的孤困儿童就学资助实现全覆盖", prog,
              "个别新增对象认定材料不全。", "开展资助对象动态排查。"]],
            widths=[3, 5, 8, 4.5, 4.5])
    w.save(path)
    return Truth({"10.1": 100}, {"10": {"progress": prog, "problems": "个别新增对象认定材料不全。",
                                        "plans": "开展资助对象动态排查。"}})


@ret("ak10", "市人力资源社会保障局", "2024Q4", "redhead-report-attachment", "doc", batch=B)
def ak10(path):
    U, Q = "市人力资源社会保障局", "2024Q4"
    w = Word()
    redhead(w, "淄博市人力资源和社会保障局", "淄人社字〔2024〕162号")
    w.title("淄博市人力资源和社会保障局\n关于2024年度巾帼促就业计划完成情况的报告")
    w.para()
    w.para("市妇儿工委办公室：")
    w.body(f"2024年，我局认真落实{NOTICE}部署，扎实推进巾帼促就业计划，各项任务全面完成。")
    w.heading("一、招聘服务精准对接")
    w.body(f"全年举办女性就业专场招聘活动{n(U, '2.2', Q)}场，提供岗位1.4万个，达成就业意向4,320人。")
    w.heading("二、家政培训应训尽训")
    w.body(f"全年培训家政从业人员{comma(n(U, '2.1', Q))}人次，与市妇联、市商务局合计培训超过6,600人次，"
           "全市超额完成5000人次以上的目标任务。")
    w.heading("三、存在问题及2025年打算")
    w.body("家政培训与就业衔接还不够紧密。2025年将推行“培训+就业”订单模式。")
    w.para("附件：2024年度巾帼促就业计划完成情况表", indent=True)
    sign_off(w, "淄博市人力资源和社会保障局", "2024年12月30日")
    attachment_head(w, "2024年度巾帼促就业计划完成情况表")
    w.table([["序号", "工作任务", "计量单位", "全年目标", "全年完成", "完成比例"],
             ["1", "培训家政从业人员", "人次", "5000", comma(n(U, "2.1", Q)), f"{n(U, '2.1', Q) / 50:.1f}%"],
             ["2", "举办女性就业专场招聘活动", "场", "—", str(n(U, "2.2", Q)), "—"]],
            widths=[1.5, 8, 3, 3, 3, 3])
    w.para("注：家政培训人次为人社部门组织数，不含市妇联、市商务局。", size=12)
    w.save(path)
    return Truth({"2.1": fig(U, "2.1", Q), "2.2": fig(U, "2.2", Q)})


@ret("ak11", "市文化和旅游局", "2024Q2", "bare-table-progress-prose", "doc", batch=B)
def ak11(path):
    U, Q = "市文化和旅游局", "2024Q2"
    w = Word(landscape=True)
    w.para("附件2", font=HEI, size=16)
    w.title("为全市妇女儿童办实事工作进展情况表（二季度）", size=18)
    w.para("报送单位（盖章）：市文化和旅游局", size=12)
    prog = (f"组织五音戏、京剧、吕剧等院团开展“戏曲进校园”演出及校园戏曲课程辅导，上半年累计"
            f"{n(U, '9.1', Q)}场，其中二季度{n(U, '9.1', Q) - n(U, '9.1', '2024Q1')}场，覆盖中小学校96所。")
    w.table([["序号", "实事项目", "牵头单位", "进展情况", "存在问题", "下步打算"],
             ["9", "实施“润童心”儿童素养提升工程", "市文化和旅游局", prog, "暑期学校放假，演出场次将减少。",
              "暑期转入少年宫、城市书房开展戏曲体验活动。"]],
            widths=[1.2, 4, 3, 9, 4, 4.5])
    w.para()
    w.para("填报人：韩冬　　电话：3188216　　　　　　　　　　　　　　　　　　　　2024年6月27日", size=12)
    w.save(path)
    return Truth({"9.1": fig(U, "9.1", Q)},
                 {"9": {"progress": prog, "problems": "暑期学校放假，演出场次将减少。",
                        "plans": "暑期转入少年宫、城市书房开展戏曲体验活动。"}})


@ret("ak12", "团市委", "2024Q3", "report-prose-only", "doc", batch=B)
def ak12(path):
    U, Q = "团市委", "2024Q3"
    w = Word()
    w.title("共青团淄博市委员会\n关于为妇女儿童办实事有关工作进展情况的报告")
    w.para()
    w.para("市妇儿工委办公室：")
    w.body(f"今年以来，团市委聚焦青年婚恋交友需求，打造“青春有约”联谊品牌，截至9月底累计举办单身"
           f"青年联谊活动{cn(n(U, '5.1', Q))}场，参与青年1,260人次，其中七夕期间在周村古商城举办的"
           "“千年丝路·青春有约”活动吸引青年320余人参加。")
    w.body("同时，持续推进“希望小屋”儿童关爱项目，前三季度新建“希望小屋”48间，累计建成312间。")
    w.body("下一步，我们将联合市妇联、市总工会举办跨行业联谊活动，扩大活动覆盖面。")
    sign_off(w, "共青团淄博市委", "2024年9月30日")
    w.save(path)
    return Truth({"5.1": fig(U, "5.1", Q)})


@ret("ak13", "市交通运输局", "2024Q2", "bare-table", "doc", batch=B)
def ak13(path):
    U, Q = "市交通运输局", "2024Q2"
    w = Word()
    w.title("“定制公交”助学专线开通情况", size=18)
    w.para("（截至2024年6月30日）", align="center")
    rows = [["序号", "线路名称", "服务学校", "开通时间", "日均客流（人次）"],
            ["1", "助学1号线", "淄博实验中学", "2024年3月4日", "186"],
            ["2", "助学2号线", "淄博第七中学", "2024年4月8日", "143"],
            ["3", "助学3号线", "临淄中学", "2024年5月6日", "121"]]
    w.table(rows, widths=[1.5, 3.5, 4, 3.5, 3.5])
    w.para()
    w.body(f"上半年累计开通“定制公交”助学专线{n(U, '6.2', Q)}条，完成年度任务4条的75%，第4条线路拟于"
           "秋季开学时开通。")
    w.para("淄博市交通运输局", align="right")
    w.para("2024年7月1日", align="right")
    w.save(path)
    return Truth({"6.2": fig(U, "6.2", Q)})


@ret("ak14", "市法院", "2024Q4", "report-prose-figures", "doc", batch=B)
def ak14(path):
    U, Q = "市法院", "2024Q4"
    w = Word()
    w.title("淄博市中级人民法院\n2024年未成年人司法保护和家事审判工作情况")
    w.para()
    w.body("2024年，全市法院深化家事审判方式和工作机制改革，加强未成年人综合司法保护。")
    w.body("一、建立家事案件调解联盟。9月，市中院会同市检察院、市妇联、市司法局等8家单位签署协议，"
           "成立淄博市家事案件调解联盟，全年通过联盟调解家事案件416件。")
    w.body(f"二、开展法治和心理健康宣传。全市法院组织法官进校园开展法治教育暨心理健康宣传活动，"
           f"全年共{n(U, '8.1', Q)}场，覆盖学生2.4万人。")
    w.body("三、发出家庭教育指导令63份，对涉案未成年人父母开展家庭教育指导。")
    sign_off(w, "淄博市中级人民法院", "二〇二四年十二月二十七日")
    w.save(path)
    return Truth({"8.1": fig(U, "8.1", Q)})


# ================================================================ xlsx

@ret("ak15", "市教育局", "2024Q4", "xlsx-whole-list-unit-column", "xlsx", batch=B)
def ak15(path):
    U, Q = "市教育局", "2024Q4"
    s = Sheet(title="进展情况")
    s.line(TABLE, 7, size=16, bold=True, align="center", height=30)
    s.cells(["填报单位：淄博市教育局", None, None, None, "截止日期：2024年12月20日"])
    rows = [["序号", "项目名称", "责任单位", "任务指标", "目标值", "完成值", "备注"]]
    rows += [[1, "实施教育资源扩增优化工程", "市教育局", "新改扩建中小学（所）", 4, n(U, "1.1", Q), ""],
             [None, None, "市教育局", "新改扩建幼儿园（所）", 10, n(U, "1.2", Q), "超额1所"],
             [None, None, "市教育局", "打造智慧教育应用场景（个）", 10, n(U, "1.3", Q), "1个场景2025年1月验收"],
             [4, "实施家庭教育指导服务行动", "市妇联、市教育局", "开展家庭教育巡讲（场）", "1000", n(U, "4.1", Q), "教育系统完成数"],
             [None, None, "市妇联、市教育局", "培训家庭教育骨干（人）", "550", n(U, "4.2", Q), "教育系统完成数"],
             [8, "实施“阳光成长”青少年身心健康护航行动", "市教育局等", "开展心理健康科普知识宣传（场）", 200, n(U, "8.1", Q), ""],
             [None, None, "市教育局等", "安全防范建设“4个100%”", "100%", "100%", ""]]
    s.table(rows, merges=[(1, 0, 3, 0), (1, 1, 3, 1), (4, 0, 5, 0), (4, 1, 5, 1), (6, 0, 7, 0), (6, 1, 7, 1)],
            widths=[6, 22, 16, 30, 9, 9, 22])
    s.skip()
    s.cells(["填表人：孙晓", None, None, "联系电话：2181023"])
    s.save(path)
    return Truth({i: fig(U, i, Q) for i in ("1.1", "1.2", "1.3", "4.1", "4.2", "8.1", "8.2")})


@ret("ak16", "市妇联", "2024Q1", "xlsx-summary-and-ledger-sheets", "xlsx", batch=B)
def ak16(path):
    U, Q = "市妇联", "2024Q1"
    s = Sheet(title="汇总表")
    s.line("市妇联2024年一季度实事项目进展情况汇总表", 5, size=14, bold=True, align="center", height=26)
    rows = [["项目", "指标", "单位", "1-3月完成", "备注"],
            ["巾帼促就业计划", "培训家政从业人员", "人次", n(U, "2.1", Q), ""],
            [None, "女性就业专场招聘活动", "场", n(U, "2.2", Q), "与人社部门联办"],
            ["“两癌”救助", "符合条件患病妇女救助覆盖率", "%", "100%", ""],
            ["家庭教育指导服务", "家庭教育巡讲", "场", n(U, "4.1", Q), ""],
            [None, "培训家庭教育骨干", "人", n(U, "4.2", Q), ""],
            ["新型婚育文化", "单身青年联谊活动", "场", n(U, "5.1", Q), ""],
            ["儿童友好城市", "儿童友好共建联盟", "个", n(U, "6.1", Q), "方案制定中"]]
    s.table(rows, merges=[(1, 0, 2, 0), (4, 0, 5, 0)], widths=[18, 28, 8, 12, 16])
    s.cells(["淄博市妇女联合会", None, None, "2024.3.29"])
    t = Sheet(s.wb, title="巡讲台账")
    t.line("家庭教育巡讲台账（1-3月）", 4, size=12, bold=True, align="center")
    parts = split(n(U, "4.1", Q))
    t.table([["区县", "1月", "2月", "3月"]] +
            [[d, p // 4, p // 4, p - 2 * (p // 4)] for d, p in zip(DISTRICTS, parts)],
            widths=[14, 8, 8, 8])
    s.save(path)
    return Truth({"2.1": fig(U, "2.1", Q), "2.2": fig(U, "2.2", Q), "3.2": 100, "4.1": fig(U, "4.1", Q),
                  "4.2": fig(U, "4.2", Q), "5.1": fig(U, "5.1", Q), "6.1": fig(U, "6.1", Q)})


@ret("ak17", "市卫生健康委", "2024Q3", "xlsx-district-rows-total", "xlsx", batch=B)
def ak17(path):
    U, Q = "市卫生健康委", "2024Q3"
    s = Sheet(title="Sheet1")
    s.line("“两癌”免费检查及示范托育机构进展统计表（1-9月）", 6, size=14, bold=True, align="center", height=26)
    s.cells(["填报单位：市卫生健康委妇幼健康科"])
    rates = [73.5, 68.2, 71.9, 69.4, 72.8, 70.6, 66.3, 67.1, 74.2, 69.8, 71.0]
    orgs = split(n(U, "7.2", Q), (2, 1, 1, 1, 1, 1, 0, 1, 0, 0, 0))
    rows = [["区县", "适龄妇女数", "已筛查人数", "筛查率", "示范托育机构（家）", "备注"]]
    for d, r, o, base in zip(DISTRICTS, rates, orgs, split(680000)):
        rows.append([d, base, int(base * r / 100), f"{r}%", o, ""])
    rows.append(["合计", 680000, int(680000 * fig(U, "3.1", Q) / 100), f"{fig(U, '3.1', Q)}%", n(U, "7.2", Q),
                 f"示范区县已认定{n(U, '7.1', Q)}个"])
    s.table(rows, widths=[12, 12, 12, 10, 16, 20])
    s.line("说明：示范区县认定数为全市数；心理健康科普宣传情况另行报送。", 6, size=10)
    s.save(path)
    return Truth({"3.1": fig(U, "3.1", Q), "7.2": fig(U, "7.2", Q), "7.1": fig(U, "7.1", Q)})


@ret("ak18", "市商务局", "2024Q2", "xlsx-simple-row", "xlsx", batch=B)
def ak18(path):
    U, Q = "市商务局", "2024Q2"
    s = Sheet(title="家政培训")
    s.line("2024年上半年家政职业技能培训情况", 6, size=14, bold=True, align="center", height=26)
    s.cells(["报送单位：淄博市商务局", None, None, None, "单位：人次"])
    q1 = n(U, "2.1", "2024Q1")
    prog = "依托“家政兴农”行动和家政服务业提质扩容，组织家政企业开展母婴护理、居家保洁等岗前培训和提升培训。"
    s.table([["项目", "年度目标", "一季度", "二季度", "累计完成", "进展情况"],
             ["培训家政从业人员", "全市5000人次以上", q1, n(U, "2.1", Q) - q1, n(U, "2.1", Q), prog]],
            widths=[18, 14, 10, 10, 10, 50])
    s.ws.row_dimensions[s.row - 1].height = 60
    s.save(path)
    return Truth({"2.1": fig(U, "2.1", Q)})


@ret("ak19", "市科协", "2024Q2", "xlsx-monthly-ledger", "xlsx", batch=B)
def ak19(path):
    U, Q = "市科协", "2024Q2"
    s = Sheet(title="2024台账")
    s.line("市科协科普活动工作台账", 10, size=14, bold=True, align="center", height=26)
    s.cells(["统计时段：2024年1月—6月"])
    def months(total, first_q):
        a = [first_q // 3, first_q // 3, first_q - 2 * (first_q // 3)]
        rest = total - first_q
        b = [rest // 3, rest // 3, rest - 2 * (rest // 3)]
        return a + b
    m2 = months(n(U, "9.2", Q), n(U, "9.2", "2024Q1"))
    m3 = months(n(U, "9.3", Q), n(U, "9.3", "2024Q1"))
    s.table([["活动", "全年任务", "1月", "2月", "3月", "4月", "5月", "6月", "累计", "完成率"],
             ["科普大篷车巡展（场）", 30, *m2, n(U, "9.2", Q), f"{n(U, '9.2', Q) * 100 / 30:.1f}%"],
             ["“蒲公英”科普大讲堂（场）", 40, *m3, n(U, "9.3", Q), f"{n(U, '9.3', Q) * 100 / 40:.1f}%"]],
            widths=[26, 10, 7, 7, 7, 7, 7, 7, 8, 9])
    s.cells(["填报：科普部", None, None, None, None, None, "2024-07-02"])
    s.save(path)
    return Truth({"9.2": fig(U, "9.2", Q), "9.3": fig(U, "9.3", Q)})


@ret("ak20", "市医保局", "2024Q1", "xlsx-bare-row", "xlsx", batch=B)
def ak20(path):
    s = Sheet(title="Sheet1")
    s.line("为全市妇女儿童办实事进展情况表（2024年第一季度）", 5, size=14, bold=True, align="center", height=26)
    s.cells(["填报单位：淄博市医疗保障局"])
    prog = ("职工医保参保人员（含灵活就业人员）住院分娩政策范围内医疗费用报销比例达到100%，"
            "一季度享受生育医疗费待遇2,146人次。")
    s.table([["项目名称", "目标任务", "进展情况", "存在问题", "下步打算"],
             ["实施新型婚育文化培育行动", "住院分娩政策范围内医疗费用报销比例达到100%", prog, "无",
              "加强政策宣传，做好异地就医生育费用结算。"]],
            widths=[18, 24, 46, 10, 24])
    s.ws.row_dimensions[s.row - 1].height = 75
    s.save(path)
    return Truth({"5.2": 100}, {"5": {"progress": prog, "problems": "无",
                                      "plans": "加强政策宣传，做好异地就医生育费用结算。"}})


@ret("ak21", "市残联", "2024Q3", "xlsx-district-rows-total", "xlsx", batch=B)
def ak21(path):
    U, Q = "市残联", "2024Q3"
    s = Sheet(title="康复救助")
    s.line("2024年1-9月残疾儿童康复救助进度表", 6, size=14, bold=True, align="center", height=26)
    s.cells(["填报单位（盖章）：淄博市残联", None, None, None, "填报日期：2024年9月29日"])
    tot = n(U, "10.2", Q)
    parts = split(tot)
    rows = [["区县", "视力", "听力言语", "肢体", "智力及孤独症", "小计"]]
    for d, p in zip(DISTRICTS, parts):
        a, b, c = p // 12, p // 6, p // 4
        rows.append([d, a, b, c, p - a - b - c, p])
    cols = [sum(r[k] for r in rows[1:]) for k in range(1, 6)]
    rows.append(["合计", *cols])
    s.table(rows, widths=[14, 10, 12, 10, 14, 10])
    s.save(path)
    return Truth({"10.2": tot})


@ret("ak22", "市人力资源社会保障局", "2024Q3", "xlsx-quarter-columns", "xlsx", batch=B)
def ak22(path):
    U, Q = "市人力资源社会保障局", "2024Q3"
    s = Sheet(title="巾帼促就业")
    s.line("巾帼促就业计划推进情况表", 7, size=14, bold=True, align="center", height=26)
    s.cells(["淄博市人力资源和社会保障局", None, None, None, None, "截至9月末"])
    rows = [["指标", "计量单位", "年度目标", "一季度", "二季度", "三季度", "累计"]]
    for ind, name, unit, tgt in (("2.1", "培训家政从业人员", "人次", "5000"), ("2.2", "女性就业专场招聘", "场", "—")):
        q = [n(U, ind, p) for p in ("2024Q1", "2024Q2", "2024Q3")]
        rows.append([name, unit, tgt, q[0], q[1] - q[0], q[2] - q[1], q[2]])
    s.table(rows, widths=[22, 10, 10, 10, 10, 10, 10])
    s.skip()
    s.line("备注：家政培训含线上培训612人次。", 7, size=10)
    s.save(path)
    return Truth({"2.1": fig(U, "2.1", Q), "2.2": fig(U, "2.2", Q)})


@ret("ak23", "市文化和旅游局", "2024Q4", "xlsx-list-of-shows", "xlsx", batch=B)
def ak23(path):
    U, Q = "市文化和旅游局", "2024Q4"
    s = Sheet(title="戏曲进校园")
    s.line("2024年“戏曲进校园”活动开展情况", 5, size=14, bold=True, align="center", height=26)
    s.cells(["单位：市文化和旅游局（艺术科）"])
    troupes = [("淄博市五音剧院", "五音戏《王小赶脚》等"), ("淄博市京剧院", "京剧《三岔口》等"),
               ("淄博市吕剧院", "吕剧《李二嫂改嫁》选段"), ("各区县文化馆", "校园戏曲课程辅导")]
    parts = split(n(U, "9.1", Q), (5, 4, 3, 4))
    rows = [["序号", "承办单位", "主要剧目/内容", "场次", "备注"]]
    for k, ((t, what), p) in enumerate(zip(troupes, parts), 1):
        rows.append([k, t, what, p, ""])
    rows.append(["", "全年合计", "", n(U, "9.1", Q), "完成年度目标"])
    s.table(rows, merges=[(len(rows) - 1, 1, len(rows) - 1, 2)], widths=[7, 20, 30, 10, 16])
    s.save(path)
    return Truth({"9.1": fig(U, "9.1", Q)})


# ================================================================ text PDF

@ret("ak24", "市卫生健康委", "2024Q4", "redhead-report-split-attachment", "pdf-text", batch=B)
def ak24(path):
    U, Q = "市卫生健康委", "2024Q4"
    w = Word()
    redhead(w, "淄博市卫生健康委员会", "淄卫字〔2024〕89号")
    w.title("淄博市卫生健康委员会\n关于2024年为全市妇女儿童办实事\n任务完成情况的报告")
    w.para()
    w.para("市妇儿工委办公室：")
    w.body("2024年，我委牵头承担“两癌”免费检查和救助、普惠托育服务提质两项实事，参与“阳光成长”"
           "青少年身心健康护航行动。截至2024年12月20日，各项任务基本完成，现将有关情况报告如下。")
    w.heading("一、“两癌”免费检查和救助行动")
    w.body(f"全年为35—64岁适龄妇女开展宫颈癌、乳腺癌免费检查，筛查率达到{fig(U, '3.1', Q):g}%，完成90%的"
           "目标任务；符合条件的“两癌”患病妇女救助全覆盖；全市适龄女孩HPV疫苗首针接种1.9万人。")
    w.heading("二、普惠托育服务提质行动")
    w.body(f"经评估认定，张店区、临淄区、桓台县、周村区、高新区等{cn(n(U, '7.1', Q))}个区县为市级婴幼儿照护服务"
           f"示范区县，认定市级示范托育机构{n(U, '7.2', Q)}家。")
    w.heading("三、心理健康科普宣传")
    w.body(f"全年开展心理健康科普知识宣传{n(U, '8.1', Q)}场。")
    w.para("附件：2024年为全市妇女儿童办实事工作进展情况表", indent=True)
    sign_off(w, "淄博市卫生健康委员会", "2024年12月23日")
    w.para("（此件依申请公开）", indent=True)
    attachment_head(w, TABLE)
    w.para("单位：淄博市卫生健康委员会（盖章）", size=12)
    rows = [["区县", "“两癌”筛查率", "“两癌”救助覆盖率", "示范区县", "示范托育机构（家）"]]
    rates = [95.1, 92.3, 90.4, 91.8, 93.7, 92.9, 88.6, 89.2, 94.5, 91.0, 90.2]
    orgs = split(n(U, "7.2", Q), (3, 1, 1, 1, 2, 1, 1, 1, 1, 0, 0))
    demo = {"张店区", "临淄区", "桓台县", "周村区", "高新区"}
    for d, r, o in zip(DISTRICTS, rates, orgs):
        rows.append([d, f"{r}%", "100%", "是" if d in demo else "—", str(o)])
    rows.append(["全市", f"{fig(U, '3.1', Q):g}%", "100%", f"{n(U, '7.1', Q)}个", str(n(U, "7.2", Q))])
    w.table(rows, widths=[5, 5, 5, 5, 5], size=12)
    w.para("注：筛查率＝已检查人数/辖区35—64岁适龄妇女数×100%。", size=12)
    w.save(path)
    return Truth({"3.1": fig(U, "3.1", Q), "3.2": 100, "7.1": fig(U, "7.1", Q), "7.2": fig(U, "7.2", Q),
                  "8.1": fig(U, "8.1", Q)})


@ret("ak25", "市妇联", "2024Q4", "report-lettered-sections", "pdf-text", batch=B)
def ak25(path):
    U, Q = "市妇联", "2024Q4"
    w = Word()
    w.title("市妇联2024年为妇女儿童办实事\n工作总结")
    w.para()
    w.body("2024年，市妇联牵头实施家庭教育指导服务、新型婚育文化培育、儿童友好城市建设三项实事，"
           "参与巾帼促就业、“两癌”救助和特殊困难儿童关爱项目，全年任务圆满完成。")
    w.heading("一、家庭教育“千场巡讲”如期完成")
    w.body(f"开展家庭教育巡讲{comma(n(U, '4.1', Q))}场，超额完成千场目标；各区县全年培训家庭教育骨干"
           f"{n(U, '4.2', Q)}人，11个区县均达到50人以上。“淄博好爸妈”网上家庭教育平台上线运行。")
    w.heading("二、新型婚育文化培育")
    w.body(f"全年举办单身青年联谊活动{n(U, '5.1', Q)}场，参与青年2,100余人次。")
    w.heading("三、儿童友好城市建设")
    w.body(f"试点打造儿童友好共建联盟{cn(n(U, '6.1', Q))}个；市妇女儿童活动中心改建完成并对外开放。")
    w.heading("四、参与实施的项目")
    w.body(f"联合人社、商务部门培训家政从业人员{n(U, '2.1', Q)}人次，举办女性专场招聘活动"
           f"{n(U, '2.2', Q)}场；符合条件的“两癌”患病妇女救助实现全覆盖。")
    sign_off(w, "淄博市妇女联合会", "2024年12月26日")
    w.save(path)
    return Truth({"2.1": fig(U, "2.1", Q), "2.2": fig(U, "2.2", Q), "3.2": 100, "4.1": fig(U, "4.1", Q),
                  "4.2": fig(U, "4.2", Q), "5.1": fig(U, "5.1", Q), "6.1": fig(U, "6.1", Q)})


@ret("ak26", "市民政局", "2024Q3", "bare-table-seal", "pdf-text", batch=B)
def ak26(path):
    w = Word(landscape=True)
    w.title("2024年第三季度为全市妇女儿童办实事工作进展情况表", size=18)
    w.para("报送单位：淄博市民政局（儿童福利科）", size=12)
    prog = ("秋季学期孤困儿童就学资助对象审核发放工作已完成，1—9月累计资助552名，享受民政保障的"
            "孤困儿童就学资助覆盖率保持100%。")
    w.table([["序号", "实事项目", "年度目标", "进展情况", "存在问题", "下步打算"],
             ["1", "实施特殊困难儿童关爱项目", "孤困儿童就学资助全覆盖", prog, "无",
              "做好寒假前困境儿童走访慰问。"]],
            widths=[1.3, 4, 4, 10, 2.5, 4.5])
    w.para()
    w.picture(seal_png("淄博市民政局", seed=26), width_cm=4.0)
    w.para("2024年9月30日", align="right")
    w.save(path)
    return Truth({"10.1": 100}, {"10": {"progress": prog, "problems": "无",
                                        "plans": "做好寒假前困境儿童走访慰问。"}}, seal_picture=True)


@ret("ak27", "市教育局", "2024Q1", "notice-style-letter-table", "pdf-text", batch=B)
def ak27(path):
    U, Q = "市教育局", "2024Q1"
    w = Word()
    w.para("淄博市教育局办公室", font=TITLE_FONT, size=22, align="center")
    w.para("工作联系单", font=TITLE_FONT, size=22, align="center")
    w.para("编号：2024-031", align="right", size=12)
    w.para("市妇儿工委办公室：")
    w.body("现将我局承担的2024年为全市妇女儿童办实事项目1—3月份进展情况报送如下，请审阅。")
    w.table([["任务", "全年目标", "截至3月31日完成"],
             ["新改扩建中小学", "4所", "0所（4所均已开工）"],
             ["新改扩建幼儿园", "10所", f"{n(U, '1.2', Q)}所"],
             ["智慧教育应用场景", "10个", f"{n(U, '1.3', Q)}个"],
             ["家庭教育巡讲", "—", f"{n(U, '4.1', Q)}场"],
             ["心理健康科普知识宣传", "200场", f"{n(U, '8.1', Q)}场"],
             ["“4个100%”达标率", "100%", "100%"]],
            widths=[6, 4, 6], size=12)
    w.para()
    w.para("家庭教育骨干培训计划于4月份开班。", indent=True)
    sign_off(w, "市教育局办公室", "2024年4月1日", blank=1)
    w.save(path)
    return Truth({"1.1": 0, "1.2": fig(U, "1.2", Q), "1.3": fig(U, "1.3", Q), "4.1": fig(U, "4.1", Q),
                  "8.1": fig(U, "8.1", Q), "8.2": 100})


@ret("ak28", "市总工会", "2024Q2", "xlsx-printed-class-list", "pdf-text", batch=B, made_from="xlsx")
def ak28(path):
    U, Q = "市总工会", "2024Q2"
    s = Sheet(title="托管班")
    s.line("职工子女托管班开办情况（截至6月底）", 5, size=14, bold=True, align="center", height=26)
    s.cells(["填报单位：淄博市总工会"])
    sites = ["齐鲁石化", "山东铝业", "新华制药", "金晶集团", "淄博矿业集团", "张店区总工会", "临淄区总工会",
             "桓台县总工会", "高新区工会", "周村区总工会"]
    parts = split(n(U, "7.3", Q), (2, 1, 1, 1, 2, 1, 1, 1, 1, 1))
    rows = [["序号", "开办单位", "班次", "类型", "托管人数"]]
    for k, (a, p) in enumerate(zip(sites, parts), 1):
        rows.append([k, a, p, "寒假班", p * 28])
    rows.append(["合计", None, n(U, "7.3", Q), None, sum(p * 28 for p in parts)])
    s.table(rows, merges=[(len(rows) - 1, 0, len(rows) - 1, 1)], widths=[7, 20, 8, 10, 10])
    s.line("注：暑期托管班正在组织申报，7月中旬开班。", 5, size=10)
    s.save(path)
    return Truth({"7.3": fig(U, "7.3", Q)})


@ret("ak29", "市科协", "2024Q3", "xlsx-printed-bare-row", "pdf-text", batch=B, made_from="xlsx")
def ak29(path):
    U, Q = "市科协", "2024Q3"
    s = Sheet(title="Sheet1")
    s.line("淄博市科协为妇女儿童办实事进展表", 6, size=14, bold=True, align="center", height=26)
    s.cells(["时间：2024年前三季度", None, None, None, "单位：场"])
    s.table([["项目", "年度任务", "已完成", "完成率", "进度"],
             ["科普大篷车巡展", 30, n(U, "9.2", Q), f"{n(U, '9.2', Q) * 100 / 30:.0f}%", "序时推进"],
             ["“蒲公英”科普大讲堂", 40, n(U, "9.3", Q), f"{n(U, '9.3', Q) * 100 / 40:.1f}%", "序时推进"]],
            widths=[24, 12, 10, 10, 14])
    s.skip()
    s.cells(["联系人：周凯", None, "电话：2868120"])
    s.save(path)
    return Truth({"9.2": fig(U, "9.2", Q), "9.3": fig(U, "9.3", Q)})


@ret("ak30", "市公安局", "2024Q2", "report-prose-only", "pdf-text", batch=B)
def ak30(path):
    w = Word()
    w.title("市公安局上半年“护校安园”工作情况")
    w.para()
    w.body("上半年，市公安局持续深化“护校安园”专项行动。一是强化“护学岗”建设，在全市中小学幼儿园"
           "校门口设置“护学岗”1,180个，上下学高峰时段“见警察、见警车、见警灯”。二是推进技防建设，"
           "会同教育部门督导检查学校（幼儿园）1,391所次，全市中小学幼儿园安全防范建设“4个100%”"
           "达标率保持100%。三是开展校园周边治安整治，排查整改隐患76处。")
    w.body("下半年，将围绕秋季开学做好校园安全专项检查。")
    w.para("淄博市公安局治安支队", align="right")
    w.para("2024年6月28日", align="right")
    w.save(path)
    return Truth({"8.2": 100})


WORDING.update({  # batch 33
    "ak01": (("redhead", "title", "sign-off", "fill-line"), "上半年"),
    "ak02": (("title", "sign-off"), "前三季度"),
    "ak03": (("title", "sign-off"), "一季度"),
    "ak04": (("title", "sign-off", "seal"), "年度"),
    "ak05": (("header", "sign-off"), "1月至6月"),
    "ak06": (("title", "fill-line"), "date-line"),
    "ak07": (("header", "sign-off"), "截至9月底"),
    "ak08": (("fill-line",), "一季度"),
    "ak09": (("title", "sign-off", "table-cell"), "第一季度"),
    "ak10": (("redhead", "title", "sign-off"), "年度"),
    "ak11": (("fill-line", "table-cell"), "二季度"),
    "ak12": (("title", "sign-off"), "截至9月底"),
    "ak13": (("sign-off",), "截至2024年6月30日"),
    "ak14": (("title", "sign-off"), "全年"),
    "ak15": (("fill-line", "table-cell"), "截止日期"),
    "ak16": (("title", "sign-off"), "一季度"),
    "ak17": (("fill-line",), "1-9月"),
    "ak18": (("fill-line",), "上半年"),
    "ak19": (("title",), "date-range"),
    "ak20": (("fill-line",), "第一季度"),
    "ak21": (("fill-line",), "1-9月"),
    "ak22": (("fill-line",), "截至9月末"),
    "ak23": (("fill-line",), "全年"),
    "ak24": (("redhead", "title", "sign-off", "fill-line"), "截至2024年12月20日"),
    "ak25": (("title", "sign-off"), "全年"),
    "ak26": (("fill-line", "seal"), "第三季度"),
    "ak27": (("title", "sign-off"), "截至3月31日"),
    "ak28": (("fill-line",), "截至6月底"),
    "ak29": (("title",), "前三季度"),
    "ak30": (("title", "sign-off"), "上半年"),
})
