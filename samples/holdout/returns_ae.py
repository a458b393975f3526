"""Batch 27: native returns (Word, .doc, Excel, text PDF) from offices nobody has seen, written by
a new author in session 4 without reading app/, parsers/ or any other batch. Please do not
read this file while changing app/extraction/."""
from __future__ import annotations

B = 27

from samples.holdout.corpus import QNAME, Truth, attachment_head, ret, sign_off
from samples.holdout.docxkit import HEI, Word
from samples.holdout.ledger_ae import fig, month_adds, n, quarter_adds, split
from samples.holdout.numerals import cn, comma, full
from samples.holdout.seal import seal_png
from samples.holdout.wording import WORDING
from samples.holdout.xlkit import Sheet

TT = "2024年为全市妇女儿童办实事工作进展情况表"
DISTRICTS = ["张店区", "淄川区", "博山区", "周村区", "临淄区", "桓台县", "高青县", "沂源县",
             "高新区", "经济开发区", "文昌湖区"]
WEIGHTS = [18, 13, 9, 9, 12, 10, 7, 8, 6, 5, 3]


# ---------------------------------------------------------------- Word returns

@ret("ae01", "市教育局", "2024Q2", "report-with-attachment", "docx", batch=B)
def jy_q2(path):
    U, Q = "市教育局", "2024Q2"
    w = Word()
    w.title("淄博市教育局\n关于2024年上半年为全市妇女儿童办实事\n工作进展情况的报告")
    w.para()
    w.para("市妇儿工委办公室：")
    w.body("按照《2024年为全市妇女儿童办实事项目清单》分工，我局牵头和参与实施教育资源扩增优化、"
           "家庭教育指导服务、“阳光成长”青少年身心健康护航三个项目，现将上半年进展情况报告如下。")
    w.heading("一、教育资源扩增优化工程")
    w.body(f"淄川区般阳中学扩建工程于5月竣工，新改扩建中小学完成{n(U, '1.1', Q)}所，其余3所正在进行主体施工；"
           f"新改扩建幼儿园{n(U, '1.2', Q)}所，打造智慧教育应用场景{n(U, '1.3', Q)}个。")
    w.heading("二、家庭教育指导服务")
    w.body(f"依托各级家长学校开展家庭教育巡讲{n(U, '4.1', Q)}场，培训中小学家庭教育骨干教师"
           f"{n(U, '4.2', Q)}人。")
    w.heading("三、青少年身心健康护航")
    w.body(f"开展心理健康科普知识宣传{n(U, '8.1', Q)}场；中小学幼儿园安全防范建设“4个100%”达标率"
           "保持100%。")
    w.para("附件：" + TT, indent=True)
    sign_off(w, "淄博市教育局", "2024年7月4日")
    attachment_head(w, TT)
    w.para("填报单位：淄博市教育局（盖章）　　　　　　　　　　　　　　　　　　填报时间：2024年7月4日", size=12)
    rows = [["项目名称", "具体指标", "年度目标", "上半年完成", "备注"],
            ["实施教育资源扩增优化工程", "新改扩建中小学", "4所", f"{n(U, '1.1', Q)}所", "般阳中学扩建竣工"],
            ["", "新改扩建幼儿园", "10所", f"{n(U, '1.2', Q)}所", ""],
            ["", "打造智慧教育应用场景", "10个", f"{n(U, '1.3', Q)}个", ""],
            ["实施家庭教育指导服务行动", "家庭教育巡讲", "千场巡讲（牵头：市妇联）", f"{n(U, '4.1', Q)}场", "学校部分"],
            ["", "培训家庭教育骨干", "每区县不少于50人", f"{n(U, '4.2', Q)}人", "教师骨干"],
            ["实施“阳光成长”青少年身心健康护航行动", "心理健康科普知识宣传", "200场", f"{n(U, '8.1', Q)}场", ""],
            ["", "安全防范建设“4个100%”", "100%", "100%", "稳定达标"]]
    w.table(rows, merges=[(1, 0, 3, 0), (4, 0, 5, 0), (6, 0, 7, 0)], widths=[5, 5, 4, 3, 5])
    w.save(path)
    return Truth({k: fig(U, k, Q) for k in ("1.1", "1.2", "1.3", "4.1", "4.2", "8.1", "8.2")})


@ret("ae02", "市妇联", "2024Q3", "whole-list-duty-column", "docx", batch=B)
def fl_q3(path):
    U, Q = "市妇联", "2024Q3"
    w = Word(landscape=True)
    w.para("附件", font=HEI, size=16)
    w.title("2024年为全市妇女儿童办实事工作进展情况表（第三季度）", size=18)
    w.para("填报单位：淄博市妇女联合会　　　　联系人：孙倩　　　　电话：3160331", size=12)
    p2 = (f"联合人社、商务部门举办“春风行动”女性就业专场招聘{n(U, '2.2', Q)}场，开展家政培训"
          f"{comma(n(U, '2.1', Q))}人次。")
    p4 = (f"“家庭共成长”千场巡讲累计开展{n(U, '4.1', Q)}场，培训家庭教育骨干{n(U, '4.2', Q)}人；"
          "“淄博好爸妈”平台上线课程126节。")
    p5 = f"举办“鹊桥相会·缘定淄博”等单身青年联谊活动{n(U, '5.1', Q)}场，参与青年1100余人。"
    p6 = (f"试点打造儿童友好共建联盟{n(U, '6.1', Q)}个；市妇女儿童活动中心改建完成主体工程。")
    rows = [["序号", "项目名称", "责任单位", "工作进展情况", "存在问题", "下步打算"],
            ["1", "教育资源扩增优化工程", "市教育局", "", "", ""],
            ["2", "巾帼促就业计划", "市人力资源社会保障局、市妇联、市商务局", p2, "家政培训区县进度不均衡", "四季度集中开展家政技能提升培训"],
            ["3", "适龄妇女“两癌”免费检查和救助行动", "市卫生健康委、市妇联", "", "", ""],
            ["4", "家庭教育指导服务行动", "市妇联、市教育局", p4, "无", "年底前完成千场巡讲任务"],
            ["5", "新型婚育文化培育行动", "市妇联、团市委、市医保局", p5, "无", "继续打造联谊品牌"],
            ["6", "儿童友好城市建设促进行动", "市妇联、市交通运输局", p6, "部分阵地建设资金未到位", "加快阵地建设"],
            ["7", "普惠托育服务提质行动", "市卫生健康委、市总工会", "", "", ""],
            ["8", "“阳光成长”青少年身心健康护航行动", "市教育局等", "", "", ""],
            ["9", "“润童心”儿童素养提升工程", "市文化和旅游局、市科协", "", "", ""],
            ["10", "特殊困难儿童关爱项目", "市民政局、市残联、市妇联、团市委", "", "", ""]]
    w.table(rows, widths=[1.2, 4.5, 4, 9, 4, 4], size=10)
    w.para("注：仅填写本单位承担的项目，其他由各牵头单位填报。", size=11)
    w.para("2024年9月29日", align="right")
    w.save(path)
    return Truth({k: fig(U, k, Q) for k in ("2.1", "2.2", "4.1", "4.2", "5.1", "6.1")},
                 {"2": {"progress": p2, "problems": "家政培训区县进度不均衡",
                        "plans": "四季度集中开展家政技能提升培训"},
                  "4": {"progress": p4, "problems": "无", "plans": "年底前完成千场巡讲任务"},
                  "5": {"progress": p5, "problems": "无", "plans": "继续打造联谊品牌"},
                  "6": {"progress": p6, "problems": "部分阵地建设资金未到位", "plans": "加快阵地建设"}})


@ret("ae03", "市卫生健康委", "2024Q1", "report-prose-only", "docx", batch=B)
def wj_q1(path):
    U, Q = "市卫生健康委", "2024Q1"
    w = Word()
    w.title("市卫生健康委关于一季度为妇女儿童\n办实事项目进展情况的汇报")
    w.para()
    w.para("市妇儿工委办公室：")
    w.body("一季度，我委对照清单任务，结合全市卫生健康工作要点，细化分解目标，现将有关情况汇报如下：")
    w.runs([("一是“两癌”检查有序启动。", "b"),
            (f"3月份全面启动2024年度适龄妇女“两癌”免费检查，截至3月底，35—64岁适龄妇女“两癌”筛查率"
             f"{fig(U, '3.1', Q):g}%，符合条件的患病妇女救助覆盖率100%。", "")])
    w.runs([("二是托育服务提质扎实推进。", "b"),
            ("印发《市级婴幼儿照护服务示范区县创建评估细则》，示范区县和示范托育机构评估工作拟于二季度开展。", "")])
    w.runs([("三是心理健康宣传持续开展。", "b"),
            (f"各级医疗卫生机构开展心理健康科普知识宣传{cn(n(U, '8.1', Q))}场。", "")])
    sign_off(w, "淄博市卫生健康委员会", "2024年4月7日")
    w.save(path)
    return Truth({"3.1": fig(U, "3.1", Q), "3.2": 100, "8.1": fig(U, "8.1", Q)})


@ret("ae04", "市公安局", "2024Q4", "header-bare-table-seal", "docx", batch=B)
def ga_q4(path):
    U, Q = "市公安局", "2024Q4"
    w = Word()
    w.header("淄博市公安局治安支队")
    w.title("“护校安园”专项行动年度完成情况表", size=18)
    w.para("（2024年1月—12月）", align="center", size=12)
    rows = [["工作内容", "目标", "完成情况"],
            ["中小学幼儿园专职保安员配备率", "100%", "100%"],
            ["封闭化管理达标率", "100%", "100%"],
            ["一键式紧急报警装置配备率", "100%", "100%"],
            ["视频监控系统联网率", "100%", "100%"],
            ["“4个100%”达标率（合计）", "100%", "100%"],
            ["高峰勤务“护学岗”设置", "—", "全市设置护学岗612个，日均投入警力1300余人次"]]
    w.table(rows, widths=[7, 3, 6])
    w.para()
    w.para("淄博市公安局", align="right")
    w.picture(seal_png("淄博市公安局", seed=27), width_cm=3.8)
    w.para("2024年12月26日", align="right")
    w.save(path)
    return Truth({"8.2": 100}, seal_picture=True)


@ret("ae05", "市法院", "2024Q2", "report-prose-only", "docx", batch=B)
def fy_q2(path):
    w = Word()
    w.title("淄博市中级人民法院\n关于家事案件调解联盟建设情况的报告")
    w.para()
    w.para("市妇儿工委办公室：")
    w.body("今年以来，我院认真落实2024年为全市妇女儿童办实事项目清单确定的“建立家事案件调解联盟”"
           "任务，联合市妇联、市司法局等单位，于5月20日召开家事案件调解联盟成立会议，吸纳人民调解员、"
           "心理咨询师、妇联干部等87人进入调解员库。上半年全市法院共受理家事案件2316件，诉前调解"
           "成功614件；发出家庭教育指导令23份，开展少年法庭进校园活动31次。")
    w.body("下一步，我院将指导各基层法院设立调解联盟工作站，推动家事纠纷源头化解。")
    w.para("特此报告。", indent=True)
    sign_off(w, "淄博市中级人民法院", "二〇二四年七月五日")
    w.save(path)
    return Truth({})


@ret("ae06", "市科协", "2024Q4", "table-with-remarks", "docx", batch=B)
def kx_q4(path):
    U, Q = "市科协", "2024Q4"
    w = Word()
    w.title("淄博市科学技术协会\n2024年“润童心”科普项目完成情况", size=20)
    w.para()
    w.table([["项目", "年度任务", "全年完成", "备注"],
             ["科普大篷车巡展", "30场", f"{n(U, '9.2', Q)}场",
              "进农村中小学19场，进社区13场" if n(U, '9.2', Q) == 32 else ""],
             ["青少年“蒲公英”科普大讲堂", "40场", f"{n(U, '9.3', Q)}场",
              "第39场于12月20日在沂源县实验小学举办，年度任务基本完成"]],
            widths=[5, 3, 3, 6])
    w.para()
    w.body("全年共有3.2万余名青少年参与上述科普活动。")
    w.para("联系人：丁伟　电话：2287612", indent=True)
    sign_off(w, "淄博市科协", "2024年12月23日", blank=1)
    w.save(path)
    return Truth({"9.2": fig(U, "9.2", Q), "9.3": fig(U, "9.3", Q)})


@ret("ae07", "团市委", "2024Q1", "textbox-unit-table", "docx", batch=B)
def tw_q1(path):
    U, Q = "团市委", "2024Q1"
    w = Word(landscape=True)
    w.textbox("报送单位：共青团淄博市委", width_pt=260)
    w.title("为全市妇女儿童办实事进展情况（1—3月）", size=18)
    p5 = (f"2月24日（元宵节）在周村古商城举办“青春有约·缘来淄博”单身青年联谊活动{cn(n(U, '5.1', Q))}场，"
          "参与青年156人，现场牵手19对。")
    p10 = "开展“希望小屋”回访，完成2023年度建成的120间“希望小屋”回访评估。"
    w.table([["项目", "进展情况", "存在问题", "下步打算"],
             ["新型婚育文化培育行动", p5, "活动覆盖面不够广", "二季度在淄川、临淄各举办1场"],
             ["特殊困难儿童关爱项目", p10, "无", "启动2024年度“希望小屋”建设"]],
            widths=[4.5, 10, 4, 5])
    w.para("2024年4月3日", align="right")
    w.save(path)
    return Truth({"5.1": fig(U, "5.1", Q)},
                 {"5": {"progress": p5, "problems": "活动覆盖面不够广", "plans": "二季度在淄川、临淄各举办1场"},
                  "10": {"progress": p10, "problems": "无", "plans": "启动2024年度“希望小屋”建设"}})


@ret("ae08", "市医保局", "2024Q3", "short-letter", "docx", batch=B)
def yb_q3(path):
    w = Word()
    w.title("关于前三季度职工生育医疗费报销\n工作进展情况的函")
    w.para()
    w.para("市妇儿工委办公室：")
    w.body("我局自2024年1月1日起执行职工生育医疗费报销新标准，职工医保参保人员（含灵活就业人员）住院分娩"
           "政策范围内医疗费用报销比例达到100%。1—9月，全市享受生育医疗费待遇1.37万人次，基金支出"
           "7962万元。")
    w.body("专此函告。")
    sign_off(w, "淄博市医疗保障局", "2024年10月9日")
    w.para("（联系人：韩冰，电话：3111826）", indent=True)
    w.save(path)
    return Truth({"5.2": 100})


# ---------------------------------------------------------------- WPS .doc letters

@ret("ae09", "市人力资源社会保障局", "2024Q2", "letter-with-attachment", "doc", batch=B)
def rs_q2(path):
    U, Q = "市人力资源社会保障局", "2024Q2"
    w = Word()
    w.title("淄博市人力资源和社会保障局\n关于报送2024年第二季度巾帼促就业计划\n进展情况的函")
    w.para()
    w.para("市妇儿工委办公室：")
    w.body("现将我局牵头的“实施巾帼促就业计划”二季度进展情况随函报送，详见附件。")
    w.para("附件：" + TT, indent=True)
    sign_off(w, "淄博市人力资源和社会保障局", "2024年7月5日")
    attachment_head(w, TT)
    w.para("报送单位：市人力资源社会保障局　　　　　　　　　　　　　　　　　　　截至2024年6月30日", size=12)
    prog = (f"举办“春风行动”女性就业专场招聘活动{n(U, '2.2', Q)}场，提供岗位1.8万个；开展家政职业技能培训"
            f"{comma(n(U, '2.1', Q))}人次，完成年度目标的{n(U, '2.1', Q) * 100 // 5000}%。")
    prob = "部分区县家政培训机构师资力量不足。"
    plan = "三季度组织家政服务员技能竞赛，以赛促训。"
    w.table([["序号", "项目名称", "年度目标", "进展情况", "存在问题", "下步打算"],
             ["2", "实施巾帼促就业计划", "培训家政从业人员5000人次以上", prog, prob, plan]],
            widths=[1.2, 3.5, 4, 9, 4, 4])
    w.save(path)
    return Truth({"2.1": fig(U, "2.1", Q), "2.2": fig(U, "2.2", Q)},
                 {"2": {"progress": prog, "problems": prob, "plans": plan}})


@ret("ae10", "市民政局", "2024Q4", "report-with-attachment", "doc", batch=B)
def mz_q4(path):
    w = Word()
    w.title("淄博市民政局\n关于2024年度特殊困难儿童关爱项目\n完成情况的报告")
    w.para()
    w.para("市妇儿工委办公室：")
    w.body("2024年，我局牵头实施“特殊困难儿童关爱项目”，全年资助孤儿、事实无人抚养儿童及重点困境儿童"
           "就学812名，发放助学金241.6万元，享受民政保障的孤困儿童就学资助实现全覆盖。")
    w.body("下一步，我们将建立孤困儿童就学资助动态管理台账，做到应助尽助。")
    w.para("附件：特殊困难儿童关爱项目完成情况统计表", indent=True)
    sign_off(w, "淄博市民政局", "2024年12月30日")
    attachment_head(w, "特殊困难儿童关爱项目完成情况统计表")
    rows = [["区县", "资助人数（名）", "资助金额（万元）", "就学资助覆盖率"]]
    people = split(812, WEIGHTS)
    money = split(2416, WEIGHTS)
    for d, p, m in zip(DISTRICTS, people, money):
        rows.append([d, str(p), f"{m / 10:.1f}", "100%"])
    rows.append(["合计", "812", "241.6", "100%"])
    w.table(rows, widths=[4, 4, 4, 4])
    w.save(path)
    return Truth({"10.1": 100})


@ret("ae11", "市残联", "2024Q1", "letter-with-attachment", "doc", batch=B)
def cl_q1(path):
    U, Q = "市残联", "2024Q1"
    w = Word()
    w.title("淄博市残疾人联合会\n关于一季度残疾儿童康复救助工作情况的报告")
    w.para()
    w.para("市妇儿工委办公室：")
    w.body(f"一季度，全市累计为{n(U, '10.2', Q)}名符合条件的残疾儿童实施康复救助，其中视力残疾38名、"
           "听力残疾71名、言语残疾46名、肢体残疾102名、智力残疾96名、孤独症儿童135名。")
    w.para("附件：残疾儿童康复救助进展情况表", indent=True)
    sign_off(w, "淄博市残疾人联合会", "2024年4月8日")
    attachment_head(w, "残疾儿童康复救助进展情况表")
    prog = f"一季度累计救助残疾儿童{n(U, '10.2', Q)}名，拨付救助资金312万元。"
    w.table([["项目", "年度目标", "进展情况", "存在问题", "下步打算"],
             ["残疾儿童康复救助", "约2000名", prog, "定点机构康复师短缺", "开展康复专业技术人员培训"]],
            widths=[4, 3, 9, 5, 5])
    w.save(path)
    return Truth({"10.2": fig(U, "10.2", Q)},
                 {"10": {"progress": prog, "problems": "定点机构康复师短缺", "plans": "开展康复专业技术人员培训"}})


@ret("ae12", "市交通运输局", "2024Q3", "letter-with-attachment", "doc", batch=B)
def jt_q3(path):
    U, Q = "市交通运输局", "2024Q3"
    w = Word()
    w.header("淄博市交通运输局")
    w.title("关于“定制公交”助学专线开通情况的报告")
    w.para()
    w.para("市妇儿工委办公室：")
    w.body("按照“实施儿童友好城市建设促进行动”分工，我局会同淄博市公交集团开展“定制公交”助学专线建设，"
           "三季度进展情况见附表。")
    sign_off(w, "市交通运输局", "2024年10月10日")
    attachment_head(w, "附表　“定制公交”助学专线进展情况", label="")
    prog = (f"已开通“定制公交”助学专线{cn(n(U, '6.2', Q))}条（张店区2条、临淄区1条、周村区1条），"
            "9月开学后日均服务学生1400余人次。")
    w.table([["项目", "目标任务", "截至9月底进展", "下步打算"],
             ["开通“定制公交”助学专线", "4条", prog, "根据学校需求动态优化线路站点"]],
            widths=[4.5, 3, 11, 5])
    w.save(path)
    return Truth({"6.2": fig(U, "6.2", Q)},
                 {"6": {"progress": prog, "plans": "根据学校需求动态优化线路站点"}})


@ret("ae13", "市检察院", "2024Q4", "report-with-table", "doc", batch=B)
def jc_q4(path):
    U, Q = "市检察院", "2024Q4"
    w = Word()
    w.title("淄博市人民检察院\n2024年未成年人综合司法保护工作情况")
    w.para()
    w.body(f"全年，全市检察机关深化“检护未来”品牌，法治副校长进校园开展心理健康和法治教育宣讲"
           f"{n(U, '8.1', Q)}场，覆盖学生4.3万人；参与家事案件调解联盟建设，联合法院、妇联化解涉未家事纠纷57件。")
    w.table([["工作事项", "全年情况"],
             ["心理健康科普知识宣传（场）", str(n(U, '8.1', Q))],
             ["督促监护令（份）", "146"],
             ["涉未家事纠纷联合调解（件）", "57"]], widths=[8, 5])
    sign_off(w, "淄博市人民检察院", "2025年1月6日")
    w.save(path)
    return Truth({"8.1": fig(U, "8.1", Q)})


@ret("ae14", "市文化和旅游局", "2024Q2", "letter-with-attachment", "doc", batch=B)
def wl_q2(path):
    U, Q = "市文化和旅游局", "2024Q2"
    w = Word()
    w.title("市文化和旅游局关于报送上半年\n“戏曲进校园”工作进展的函")
    w.para()
    w.para("市妇儿工委办公室：")
    w.body("现将我局上半年“润童心”儿童素养提升工程“戏曲进校园”工作进展情况报送你们。")
    sign_off(w, "淄博市文化和旅游局", "2024年7月8日")
    attachment_head(w, TT)
    prog = (f"组织五音戏、京剧、吕剧等剧目进校园演出及校园戏曲课程辅导共计{n(U, '9.1', Q)}场，"
            "受益师生6.2万人次。")
    w.table([["项目名称", "年度目标", "进展情况", "存在问题", "下步打算"],
             ["实施“润童心”儿童素养提升工程（戏曲进校园）", "200场", prog, "暑期学校放假，演出场次减少",
              "秋季开学后集中安排演出"]],
            widths=[5, 2.5, 9, 4.5, 4.5])
    w.para("填表人：刘洋　　联系电话：3183960", size=12)
    w.save(path)
    return Truth({"9.1": fig(U, "9.1", Q)},
                 {"9": {"progress": prog, "problems": "暑期学校放假，演出场次减少",
                        "plans": "秋季开学后集中安排演出"}})


# ---------------------------------------------------------------- Excel workbooks

MONTHS = [f"{m}月" for m in range(1, 13)]


@ret("ae15", "市妇联", "2024Q1", "xlsx-monthly-ledger", "xlsx", batch=B)
def fl_q1(path):
    U, Q = "市妇联", "2024Q1"
    s = Sheet(title="一季度台账")
    inds = [("2.1", "培训家政从业人员", "人次"), ("2.2", "女性就业专场招聘", "场"),
            ("4.1", "家庭教育巡讲", "场"), ("4.2", "培训家庭教育骨干", "人"),
            ("5.1", "单身青年联谊活动", "场"), ("6.1", "儿童友好共建联盟", "个")]
    s.line("市妇联2024年为妇女儿童办实事工作台账（一季度）", 7, size=14, bold=True, align="center")
    s.cells(["填报单位：淄博市妇联", None, None, None, "填报日期：2024.4.2"])
    rows = [["指标", "单位", "1月", "2月", "3月", "累计完成", "年度目标"]]
    targets = {"2.1": "5000（全市）", "2.2": "—", "4.1": 1000, "4.2": 550, "5.1": 10, "6.1": 8}
    for k, name, unit in inds:
        rows.append([name, unit, *month_adds(U, k, Q), n(U, k, Q), targets[k]])
    s.table(rows, widths=[22, 7, 8, 8, 8, 10, 12])
    s.line("备注：累计完成为1月1日至3月31日数据。", 7)
    s.save(path)
    return Truth({k: fig(U, k, Q) for k, _, _ in inds})


@ret("ae16", "市卫生健康委", "2024Q4", "xlsx-sheet-per-project", "xlsx", batch=B)
def wj_q4(path):
    U, Q = "市卫生健康委", "2024Q4"
    s = Sheet(title="两癌检查")
    s.line("适龄妇女“两癌”免费检查和救助（截至12月31日）", 4, size=13, bold=True, align="center")
    s.table([["区县", "适龄妇女数（人）", "已检查（人）", "筛查率（%）"]] +
            [[d, a, round(a * fig(U, "3.1", Q) / 100), fig(U, "3.1", Q)]
             for d, a in zip(DISTRICTS, split(412000, WEIGHTS))] +
            [["全市", 412000, round(412000 * fig(U, "3.1", Q) / 100), fig(U, "3.1", Q)]],
            widths=[14, 16, 14, 12])
    s.line("“两癌”患病妇女救助覆盖率：100%", 4)
    s2 = Sheet(s.wb, "普惠托育")
    s2.line("普惠托育服务提质行动", 4, size=13, bold=True, align="center")
    s2.table([["指标", "目标", "全年完成", "说明"],
              ["市级婴幼儿照护服务示范区县", "5个左右", n(U, "7.1", Q), "张店、临淄、桓台、博山、高新区"],
              ["市级示范托育机构", "不少于10家", n(U, "7.2", Q), "11月公布名单"]],
             widths=[26, 12, 10, 30])
    s3 = Sheet(s.wb, "心理健康")
    s3.line("心理健康科普知识宣传", 3, size=13, bold=True, align="center")
    s3.table([["季度", "当季场次", "累计场次"]] +
             [[QNAME[q], a, n(U, "8.1", q)] for q, a in
              zip(("2024Q1", "2024Q2", "2024Q3", "2024Q4"), quarter_adds(U, "8.1", Q))],
             widths=[14, 12, 12])
    s.ws.oddHeader.center.text = "淄博市卫生健康委员会"
    s.save(path)
    return Truth({"3.1": fig(U, "3.1", Q), "3.2": 100, "7.1": fig(U, "7.1", Q),
                  "7.2": fig(U, "7.2", Q), "8.1": fig(U, "8.1", Q)})


@ret("ae17", "市教育局", "2024Q3", "xlsx-district-rows-total", "xlsx", batch=B)
def jy_q3(path):
    U, Q = "市教育局", "2024Q3"
    s = Sheet(title="分区县")
    s.line("2024年前三季度教育系统妇女儿童实事进展统计表", 7, size=14, bold=True, align="center")
    s.line("填报单位：淄博市教育局基础教育科", 7)
    cols = ["1.2", "1.3", "4.1", "4.2", "8.1"]
    parts = {k: split(n(U, k, Q), WEIGHTS) for k in cols}
    rows = [["区县", "新改扩建中小学（所）", "新改扩建幼儿园（所）", "智慧教育场景（个）", "家庭教育巡讲（场）",
             "家庭教育骨干（人）", "心理健康宣传（场）"]]
    schools = [1, 0, 0, 0, 1, 0, 0, 1, 0, 0, 0]
    for i, d in enumerate(DISTRICTS):
        rows.append([d, schools[i], *[parts[k][i] for k in cols]])
    rows.append(["合计", n(U, "1.1", Q), *[n(U, k, Q) for k in cols]])
    s.table(rows, widths=[12, 12, 12, 12, 12, 12, 12])
    s.line("注：安全防范建设“4个100%”达标率100%。", 7)
    s.save(path)
    return Truth({k: fig(U, k, Q) for k in ("1.1", "1.2", "1.3", "4.1", "4.2", "8.1", "8.2")})


@ret("ae18", "市商务局", "2024Q4", "xlsx-quarter-columns", "xlsx", batch=B)
def sw_q4(path):
    U, Q = "市商务局", "2024Q4"
    s = Sheet(title="家政培训")
    s.line("淄博市商务局2024年家政服务业职业技能培训统计", 7, size=14, bold=True, align="center")
    rows = [["项目", "一季度", "二季度", "三季度", "四季度", "全年累计", "备注"],
            ["家政从业人员培训（人次）", *quarter_adds(U, "2.1", Q), n(U, "2.1", Q), "含母婴护理、养老护理"],
            ["家政企业专场招聘（场）", *quarter_adds(U, "2.2", Q), n(U, "2.2", Q), "与市妇联联合举办"]]
    s.table(rows, widths=[26, 9, 9, 9, 9, 11, 22])
    s.skip()
    s.cells(["填表人：马骁", None, "审核人：陈立华", None, "2025年1月3日"])
    s.save(path)
    return Truth({"2.1": fig(U, "2.1", Q), "2.2": fig(U, "2.2", Q)})


@ret("ae19", "市总工会", "2024Q3", "xlsx-district-rows-total", "xlsx", batch=B)
def zgh_q3(path):
    U, Q = "市总工会", "2024Q3"
    s = Sheet(title="托管班")
    s.line("2024年寒暑假职工子女托管班开展情况统计表", 5, size=14, bold=True, align="center")
    s.line("单位：市总工会女职工部　　　　　　　　　　统计时间：截至9月30日", 5)
    win = split(12, [3, 2, 1, 1, 2, 1, 0, 1, 1, 0, 0])
    summer = split(n(U, "7.3", Q) - 12, WEIGHTS)
    rows = [["区县", "寒假班次", "暑假班次", "合计班次", "托管职工子女（人）"]]
    for i, d in enumerate(DISTRICTS):
        rows.append([d, win[i], summer[i], win[i] + summer[i], (win[i] + summer[i]) * 38])
    rows.append(["全市合计", 12, n(U, "7.3", Q) - 12, n(U, "7.3", Q), n(U, "7.3", Q) * 38])
    s.table(rows, widths=[14, 11, 11, 11, 18])
    s.save(path)
    return Truth({"7.3": fig(U, "7.3", Q)})


@ret("ae20", "市残联", "2024Q3", "xlsx-monthly-ledger", "xlsx", batch=B)
def cl_q3(path):
    U, Q = "市残联", "2024Q3"
    s = Sheet(title="2024康复救助")
    s.line("淄博市残联残疾儿童康复救助月报表（2024年1-9月）", 12, size=14, bold=True, align="center")
    m = month_adds(U, "10.2", Q)
    rows = [["项目", *MONTHS[:9], "1-9月累计", "年度目标"],
            ["救助人数（名）", *m, n(U, "10.2", Q), "约2000"]]
    s.table(rows, widths=[16] + [7] * 9 + [11, 10])
    s.line("填报单位：淄博市残疾人联合会康复部", 12)
    s.save(path)
    return Truth({"10.2": fig(U, "10.2", Q)})


@ret("ae21", "市科协", "2024Q2", "xlsx-sheet-per-quarter", "xlsx", batch=B)
def kx_q2(path):
    U = "市科协"
    wb = None
    for q, label in (("2024Q1", "一季度"), ("2024Q2", "二季度")):
        s = Sheet(wb, label) if wb else Sheet(title=label)
        wb = s.wb
        s.line(f"市科协“润童心”科普活动进展（{label}）", 4, size=13, bold=True, align="center")
        s.table([["活动", "本季度场次", "累计场次", "年度目标"],
                 ["科普大篷车巡展", quarter_adds(U, "9.2", q)[-1], n(U, "9.2", q), 30],
                 ["“蒲公英”科普大讲堂", quarter_adds(U, "9.3", q)[-1], n(U, "9.3", q), 40]],
                widths=[22, 12, 12, 12])
        s.line("报送单位：淄博市科学技术协会", 4)
    s.save(path)
    return Truth({"9.2": fig(U, "9.2", "2024Q2"), "9.3": fig(U, "9.3", "2024Q2")})


@ret("ae22", "市人力资源社会保障局", "2024Q4", "xlsx-quarter-columns", "xlsx", batch=B)
def rs_q4(path):
    U, Q = "市人力资源社会保障局", "2024Q4"
    s = Sheet(title="巾帼促就业")
    s.line("巾帼促就业计划推进情况（2024年全年）", 8, size=14, bold=True, align="center")
    s.cells(["报送单位：市人社局职业能力建设科", None, None, None, None, "联系电话：3035617"])
    rows = [["指标", "计量单位", "年度目标", "Q1", "Q2", "Q3", "Q4", "全年累计"],
            ["家政从业人员培训", "人次", 5000, *quarter_adds(U, "2.1", Q), n(U, "2.1", Q)],
            ["女性就业专场招聘活动", "场", "—", *quarter_adds(U, "2.2", Q), n(U, "2.2", Q)]]
    s.table(rows, widths=[22, 9, 10, 8, 8, 8, 8, 10])
    s.line("说明：家政培训市人社、市商务、市妇联合计完成6403人次，超额完成全市5000人次目标。", 8, height=30)
    s.save(path)
    return Truth({"2.1": fig(U, "2.1", Q), "2.2": fig(U, "2.2", Q)})


@ret("ae23", "市文化和旅游局", "2024Q3", "xlsx-district-rows-total", "xlsx", batch=B)
def wl_q3(path):
    U, Q = "市文化和旅游局", "2024Q3"
    s = Sheet(title="戏曲进校园")
    s.line("“戏曲进校园”活动开展情况汇总表（1-9月）", 5, size=14, bold=True, align="center")
    s.line("填报单位：淄博市文化和旅游局艺术科", 5)
    show = split(n(U, "9.1", Q) - 47, WEIGHTS)
    lesson = split(47, WEIGHTS)
    rows = [["区县", "剧目演出（场）", "课程辅导（场）", "小计", "主要剧种"]]
    kinds = ["五音戏、京剧", "五音戏", "京剧、吕剧", "五音戏", "京剧", "吕剧", "吕剧", "京剧", "五音戏", "京剧", "五音戏"]
    for i, d in enumerate(DISTRICTS):
        rows.append([d, show[i], lesson[i], show[i] + lesson[i], kinds[i]])
    rows.append(["合计", n(U, "9.1", Q) - 47, 47, n(U, "9.1", Q), ""])
    s.table(rows, widths=[14, 14, 14, 10, 16])
    s.save(path)
    return Truth({"9.1": fig(U, "9.1", Q)})


# ---------------------------------------------------------------- text PDFs

@ret("ae24", "市妇联", "2024Q4", "report-with-attachment", "pdf-text", batch=B)
def fl_q4(path):
    U, Q = "市妇联", "2024Q4"
    w = Word()
    w.title("淄博市妇女联合会\n关于2024年度为全市妇女儿童办实事\n工作完成情况的报告")
    w.para()
    w.para("市妇儿工委办公室：")
    w.body("2024年，市妇联牵头和参与实施的6个项目均已完成年度目标任务，现将有关情况报告如下。")
    w.heading("一、巾帼促就业")
    w.body(f"全年举办女性就业专场招聘活动{n(U, '2.2', Q)}场，开展家政培训{comma(n(U, '2.1', Q))}人次。")
    w.heading("二、家庭教育指导服务")
    w.body(f"“家庭共成长”千场巡讲全年开展{comma(n(U, '4.1', Q))}场，超额完成千场目标；"
           f"各区县培训家庭教育骨干共计{n(U, '4.2', Q)}人，每个区县均不少于50人。")
    w.heading("三、新型婚育文化培育")
    w.body(f"打造“齐好缘”青年交友品牌，全年举办单身青年联谊活动{cn(n(U, '5.1', Q))}场。")
    w.heading("四、儿童友好城市建设")
    w.body(f"建成儿童友好共建联盟{n(U, '6.1', Q)}个，市妇女儿童活动中心改建工程12月投入使用。")
    sign_off(w, "淄博市妇女联合会", "2024年12月25日")
    attachment_head(w, "2024年度为全市妇女儿童办实事完成情况表")
    w.table([["项目", "指标", "目标", "全年完成"],
             ["巾帼促就业计划", "女性就业专场招聘", "—", f"{n(U, '2.2', Q)}场"],
             ["", "家政从业人员培训", "全市5000人次以上", f"{n(U, '2.1', Q)}人次"],
             ["家庭教育指导服务行动", "家庭教育巡讲", "千场", f"{n(U, '4.1', Q)}场"],
             ["", "家庭教育骨干培训", "每区县不少于50人", f"{n(U, '4.2', Q)}人"],
             ["新型婚育文化培育行动", "单身青年联谊活动", "不少于10场", f"{n(U, '5.1', Q)}场"],
             ["儿童友好城市建设促进行动", "儿童友好共建联盟", "8个", f"{n(U, '6.1', Q)}个"]],
            merges=[(1, 0, 2, 0), (3, 0, 4, 0)], widths=[6, 6, 5, 4])
    w.save(path)
    return Truth({k: fig(U, k, Q) for k in ("2.1", "2.2", "4.1", "4.2", "5.1", "6.1")})


@ret("ae25", "市卫生健康委", "2024Q2", "bare-table-seal", "pdf-text", batch=B)
def wj_q2(path):
    U, Q = "市卫生健康委", "2024Q2"
    w = Word(landscape=True)
    w.title("2024年上半年为妇女儿童办实事进展情况表", size=18)
    w.para("填报单位：市卫生健康委妇幼健康处　　　　　　　　　　　　　　　　填报日期：2024年7月3日", size=12)
    p3 = (f"适龄妇女“两癌”筛查率{fig(U, '3.1', Q):g}%，符合条件的“两癌”患病妇女救助覆盖率100%；"
          "HPV疫苗接种项目完成初三女生摸底。")
    p7 = f"评估认定市级示范托育机构{n(U, '7.2', Q)}家，示范区县创建评估于三季度开展。"
    p8 = f"开展心理健康科普知识宣传{n(U, '8.1', Q)}场。"
    w.table([["项目", "工作进展", "存在问题", "下步打算"],
             ["“两癌”免费检查和救助", p3, "部分农村妇女参检意愿不强", "加大宣传动员"],
             ["普惠托育服务提质", p7, "托育机构收托率偏低", "开展示范区县评估"],
             ["青少年身心健康护航", p8, "无", "持续开展科普宣传"]],
            widths=[4.5, 11, 5, 5])
    w.para()
    w.picture(seal_png("淄博市卫生健康委员会", seed=271), width_cm=4.0)
    w.save(path)
    return Truth({"3.1": fig(U, "3.1", Q), "3.2": 100, "7.2": fig(U, "7.2", Q), "8.1": fig(U, "8.1", Q)},
                 {"3": {"progress": p3, "problems": "部分农村妇女参检意愿不强", "plans": "加大宣传动员"},
                  "7": {"progress": p7, "problems": "托育机构收托率偏低", "plans": "开展示范区县评估"},
                  "8": {"progress": p8, "problems": "无", "plans": "持续开展科普宣传"}},
                 seal_picture=True)


@ret("ae26", "市教育局", "2024Q1", "xlsx-district-rows-total", "pdf-text", batch=B, made_from="xlsx")
def jy_q1(path):
    U, Q = "市教育局", "2024Q1"
    s = Sheet(title="一季度")
    s.line("市教育局一季度妇女儿童实事进展", 5, size=14, bold=True, align="center")
    cols = ["1.2", "1.3", "4.1", "8.1"]
    parts = {k: split(n(U, k, Q), WEIGHTS) for k in cols}
    rows = [["区县", "幼儿园(所)", "智慧场景(个)", "巡讲(场)", "心理宣传(场)"]]
    for i, d in enumerate(DISTRICTS):
        rows.append([d, *[parts[k][i] for k in cols]])
    rows.append(["合计", *[n(U, k, Q) for k in cols]])
    s.table(rows, widths=[13, 11, 12, 10, 12])
    s.line("注：新建中小学4所均在建，尚未竣工。", 5)
    s.line("淄博市教育局　2024年4月3日", 5, align="right")
    s.save(path)
    return Truth({k: fig(U, k, Q) for k in cols})


@ret("ae27", "市文化和旅游局", "2024Q4", "xlsx-monthly-ledger", "pdf-text", batch=B, made_from="xlsx")
def wl_q4(path):
    U, Q = "市文化和旅游局", "2024Q4"
    s = Sheet(title="戏曲进校园台账")
    m = month_adds(U, "9.1", Q)
    s.line("淄博市文化和旅游局“戏曲进校园”2024年工作台账", 8, size=14, bold=True, align="center")
    rows = [["月份", "场次", "月份", "场次", "月份", "场次", "月份", "场次"]]
    for r in range(3):
        row = []
        for q in range(4):
            row += [MONTHS[q * 3 + r], m[q * 3 + r]]
        rows.append(row)
    rows.append(["全年合计", n(U, "9.1", Q), "年度目标", 200, "", "", "", ""])
    s.table(rows, merges=[(4, 4, 4, 7)], widths=[10, 8, 10, 8, 10, 8, 10, 8])
    s.line("制表：刘洋　　审核：周建国　　2024年12月27日", 8)
    s.save(path)
    return Truth({"9.1": fig(U, "9.1", Q)})


@ret("ae28", "市公安局", "2024Q2", "report-prose-only", "pdf-text", batch=B)
def ga_q2(path):
    w = Word()
    w.header("淄博市公安局")
    w.title("关于“护校安园”专项行动\n上半年开展情况的报告")
    w.para()
    w.para("市妇儿工委办公室：")
    w.body("上半年，全市公安机关持续深入开展“护校安园”专项行动，会同教育部门对全市1436所中小学、"
           "幼儿园开展安全检查2轮，整改隐患87处。全市中小学幼儿园专职保安员配备、封闭化管理、"
           "一键式紧急报警、视频监控联网“4个100%”达标率保持100%。")
    w.body("下一步，将在秋季开学前组织开展校园周边治安乱点集中整治。")
    sign_off(w, "市公安局", "2024年7月2日")
    w.save(path)
    return Truth({"8.2": 100})


@ret("ae29", "团市委", "2024Q3", "report-with-table", "pdf-text", batch=B)
def tw_q3(path):
    U, Q = "团市委", "2024Q3"
    w = Word()
    w.title("共青团淄博市委\n前三季度为妇女儿童办实事情况汇报")
    w.para()
    w.body("前三季度，团市委围绕新型婚育文化培育和特殊困难儿童关爱两个项目开展工作，情况如下：")
    w.table([["事项", "1-9月完成", "备注"],
             ["单身青年联谊活动", f"{n(U, '5.1', Q)}场", "淄川、临淄、高新区各1场"],
             ["“希望小屋”建设", "43间", "年度计划60间"],
             ["“青春自护”讲座", "28场", ""]], widths=[5, 3.5, 6])
    w.para()
    w.body("四季度，将结合“双十一”举办青年交友活动，确保“希望小屋”年底前全部建成。")
    sign_off(w, "共青团淄博市委员会", "2024年10月8日")
    w.save(path)
    return Truth({"5.1": fig(U, "5.1", Q)})


@ret("ae30", "市民政局", "2024Q2", "xlsx-one-row", "pdf-text", batch=B, made_from="xlsx")
def mz_q2(path):
    s = Sheet(title="民政局")
    s.line("2024年第二季度为全市妇女儿童办实事进展情况表", 5, size=14, bold=True, align="center")
    s.line("填报单位：淄博市民政局儿童福利科", 5)
    s.table([["项目", "目标", "孤困儿童资助（名）", "覆盖率", "备注"],
             ["孤困儿童就学资助", "全覆盖", 405, "100%", "春季学期"]],
            widths=[18, 10, 16, 10, 12])
    for r in (s.row - 2, s.row - 1):
        s.ws.row_dimensions[r].height = 32
    s.save(path)
    return Truth({"10.1": 100})


WORDING.update({
    "ae01": (("title", "sign-off", "fill-line"), "上半年"),
    "ae02": (("fill-line",), "第三季度"),
    "ae03": (("title", "sign-off"), "一季度"),
    "ae04": (("header", "sign-off", "seal"), "date-range"),
    "ae05": (("title", "sign-off"), "上半年"),
    "ae06": (("title", "sign-off"), "全年"),
    "ae07": (("textbox",), "1—3月"),
    "ae08": (("sign-off",), "前三季度"),
    "ae09": (("title", "sign-off", "fill-line"), "第二季度"),
    "ae10": (("title", "sign-off"), "年度"),
    "ae11": (("title", "sign-off"), "一季度"),
    "ae12": (("header", "sign-off"), "三季度"),
    "ae13": (("title", "sign-off"), "全年"),
    "ae14": (("title", "sign-off"), "上半年"),
    "ae15": (("title", "fill-line"), "一季度"),
    "ae16": (("header",), "截至12月31日"),
    "ae17": (("fill-line",), "前三季度"),
    "ae18": (("title",), "全年"),
    "ae19": (("fill-line",), "截至9月30日"),
    "ae20": (("title", "fill-line"), "1-9月"),
    "ae21": (("title", "fill-line"), "二季度"),
    "ae22": (("fill-line",), "全年"),
    "ae23": (("fill-line",), "1-9月"),
    "ae24": (("title", "sign-off"), "年度"),
    "ae25": (("fill-line", "seal"), "上半年"),
    "ae26": (("title", "sign-off"), "一季度"),
    "ae27": (("title",), "全年"),
    "ae28": (("header", "sign-off"), "上半年"),
    "ae29": (("title", "sign-off"), "前三季度"),
    "ae30": (("fill-line",), "第二季度"),
})
