"""Batch 6, the final untouched measurement, in shapes batches 1-5 do not use: a 任务分解表
with 责任科室 and 时间节点, 本季度/累计 grouped column heads, a system export in long rows,
figures in brackets after each task, 年度目标/全年完成/超额 columns, 应检/已检/率 columns, a
红头 document with its 文号, projects as columns of a narrative table, 政策依据 beside the
rate, a 完成率 column beside each count, ● bullet points, sub-item rates with an overall rate,
court statistics and meeting minutes that state no indicator, 春季/秋季学期 columns, 分别
sentences, 完成/目标 fractions, a 填报人/审核人/分管领导 block, money beside people, a fill-in
form with underlined blanks, next year's targets beside this year's figures.
Please do not read this file while changing app/extraction/."""
from __future__ import annotations

from samples.holdout.corpus import Truth, ret, sign_off
from samples.holdout.docxkit import HEI, Word
from samples.holdout.ledger import cum, n
from samples.holdout.numerals import cn, comma
from samples.holdout.seal import seal_png
from samples.holdout.wording import WORDING
from samples.holdout.xlkit import Sheet

B = 6


# ---------------------------------------------------------------- 市教育局

@ret("k01", "市教育局", "2024Q3", "task-breakdown-deadline", "docx", batch=B)
def jy_q3_tasks(path):
    U, Q = "市教育局", "2024Q3"
    w = Word(landscape=True)
    w.title("市教育局2024年为妇女儿童办实事任务分解及推进情况表", size=18)
    w.para("（截至2024年9月30日）", align="center", size=12)
    w.table([["任务内容", "责任科室", "时间节点", "推进情况"],
              ["新改扩建中小学4所", "发展规划科", "2024年12月底前",
               f"已建成投用{n(U, '1.1', Q)}所，其余1所完成主体工程"],
              ["新改扩建幼儿园10所", "学前教育科", "2024年12月底前",
               f"已完工{n(U, '1.2', Q)}所"],
              ["打造智慧教育应用场景10个", "科技与信息化科", "2024年11月底前",
               f"已打造{n(U, '1.3', Q)}个"],
              ["开展家庭教育巡讲", "基础教育科", "全年", f"累计开展{n(U, '4.1', Q)}场"],
              ["开展心理健康科普知识宣传200场", "体卫艺科", "2024年12月底前",
               f"累计开展{n(U, '8.1', Q)}场"],
              ["中小学幼儿园安全防范建设“4个100%”达标", "安全管理科", "全年", "达标率100%"]],
             widths=[7, 4, 4, 10])
    w.para()
    w.para("淄博市教育局", align="right")
    w.para("2024年10月9日", align="right")
    w.save(path)
    return Truth({k: cum(U, k, Q) for k in ("1.1", "1.2", "1.3", "4.1", "8.1", "8.2")})


@ret("k02", "市教育局", "2024Q1", "quarter-and-cumulative-grouped-heads", "xlsx", batch=B)
def jy_q1_grouped(path):
    U, Q = "市教育局", "2024Q1"
    s = Sheet(title="一季度")
    s.line("教育局2024年一季度办实事项目推进情况", 6, size=16, bold=True, align="center", height=30)
    s.cells(["填报单位：淄博市教育局", "", "", "", "填报日期：2024.4.2"])
    rows = [["指标", "计量单位", "年度目标", "完成情况", "", "完成率"],
            ["", "", "", "本季度", "累计", ""]]
    for ind, name, unit, target in (("1.1", "新改扩建中小学", "所", 4), ("1.2", "新改扩建幼儿园", "所", 10),
                                    ("1.3", "打造智慧教育应用场景", "个", 10),
                                    ("8.1", "开展心理健康科普知识宣传", "场", 200)):
        v = n(U, ind, Q)
        rows.append([name, unit, target, v, v, f"{v / target * 100:.1f}%"])
    s.table(rows, merges=[(0, 3, 0, 4), (0, 0, 1, 0), (0, 1, 1, 1), (0, 2, 1, 2), (0, 5, 1, 5)],
            widths=[28, 10, 10, 10, 10, 10], header_rows=2)
    s.save(path)
    return Truth({k: cum(U, k, Q) for k in ("1.1", "1.2", "1.3", "8.1")})


# ---------------------------------------------------------------- 市人力资源社会保障局

@ret("k03", "市人力资源社会保障局", "2024Q3", "pasted-chat-message", "doc", batch=B)
def rs_q3_message(path):
    U, Q = "市人力资源社会保障局", "2024Q3"
    w = Word()
    w.para("市妇儿工委办：", size=14)
    w.body("现将我局三季度巾帼促就业计划推进情况报送如下：")
    w.body(f"1.家政培训：1-9月累计培训家政从业人员{comma(n(U, '2.1', Q))}人次，其中7-9月培训1,170人次。")
    w.body(f"2.专场招聘：累计举办女性就业专场招聘活动{n(U, '2.2', Q)}场，提供岗位1.2万个。")
    w.body("如有问题请联系就业促进科张科长，电话3186520。")
    w.para("市人社局就业促进科", align="right")
    w.para("10月8日", align="right")
    w.save(path)
    return Truth({"2.1": cum(U, "2.1", Q), "2.2": cum(U, "2.2", Q)})


@ret("k04", "市人力资源社会保障局", "2024Q4", "next-year-targets-beside", "docx", batch=B)
def rs_q4_next_year(path):
    U, Q = "市人力资源社会保障局", "2024Q4"
    w = Word()
    w.title("市人力资源社会保障局\n2024年巾帼促就业计划完成情况及2025年工作安排", size=18)
    w.para()
    w.heading("一、2024年完成情况")
    w.body(f"全年累计培训家政从业人员{comma(n(U, '2.1', Q))}人次，完成年度目标的86%；"
           f"累计举办女性就业专场招聘活动{n(U, '2.2', Q)}场。")
    w.heading("二、2025年工作安排")
    w.body("2025年计划培训家政从业人员5,500人次，举办女性就业专场招聘活动45场。")
    sign_off(w, "淄博市人力资源和社会保障局", "2024年12月30日", blank=1)
    w.save(path)
    return Truth({"2.1": cum(U, "2.1", Q), "2.2": cum(U, "2.2", Q)})


# ---------------------------------------------------------------- 市商务局

@ret("k05", "市商务局", "2024Q1", "system-export-long-rows", "xlsx", batch=B)
def sw_q1_export(path):
    U, Q = "市商务局", "2024Q1"
    s = Sheet(title="导出数据")
    s.table([["序号", "填报单位", "报送期", "项目名称", "指标名称", "计量单位", "累计完成值", "备注"],
             [1, "市商务局", "2024年一季度", "实施巾帼促就业计划", "培训家政从业人员", "人次",
              n(U, "2.1", Q), "家政服务业提质扩容"]],
            widths=[6, 12, 14, 20, 18, 10, 12, 20])
    s.save(path)
    return Truth({"2.1": cum(U, "2.1", Q)})


@ret("k06", "市商务局", "2024Q3", "underlined-blank-form", "pdf-scan", batch=B)
def sw_q3_blanks(path):
    U, Q = "市商务局", "2024Q3"
    w = Word()
    w.title("为全市妇女儿童办实事项目进展填报单", size=18)
    w.para()
    w.body("填报单位：＿＿淄博市商务局＿＿")
    w.body("报告期：＿＿2024年1至9月＿＿")
    w.body(f"截至＿＿9月底＿＿，我局共培训家政从业人员＿＿{n(U, '2.1', Q)}＿＿人次。")
    w.body("主要做法：＿＿依托家政服务领跑者企业开展订单式培训＿＿")
    w.para()
    w.para("2024年10月10日", align="right")
    w.save(path)
    return Truth({"2.1": cum(U, "2.1", Q)})


# ---------------------------------------------------------------- 市妇联

@ret("k07", "市妇联", "2024Q3", "figures-in-brackets", "docx", batch=B)
def fl_q3_brackets(path):
    U, Q = "市妇联", "2024Q3"
    w = Word()
    w.title("市妇联牵头及参与办实事项目三季度进展", size=18)
    w.para()
    w.body(f"1.家政从业人员培训（累计{n(U, '2.1', Q)}人次）。联合人社部门开展“巾帼家政”订单式培训。")
    w.body(f"2.女性就业专场招聘（累计{n(U, '2.2', Q)}场）。在“三八”“就业援助月”期间集中举办。")
    w.body(f"3.家庭教育巡讲（累计{n(U, '4.1', Q)}场）、家庭教育骨干培训（累计{n(U, '4.2', Q)}人）。")
    w.body(f"4.单身青年联谊活动（累计{n(U, '5.1', Q)}场）。")
    w.body(f"5.儿童友好共建联盟（累计{n(U, '6.1', Q)}个）。")
    w.para()
    w.para("淄博市妇女联合会", align="right")
    w.para("2024年10月8日", align="right")
    w.save(path)
    return Truth({k: cum(U, k, Q) for k in ("2.1", "2.2", "4.1", "4.2", "5.1", "6.1")})


@ret("k08", "市妇联", "2024Q4", "target-done-surplus", "pdf-text", batch=B)
def fl_q4_surplus(path):
    U, Q = "市妇联", "2024Q4"
    w = Word(landscape=True)
    w.title("市妇联2024年办实事指标完成情况一览", size=18)
    rows = [["指标", "年度目标", "全年完成", "超额完成"]]
    for ind, name, target, unit in (("4.1", "开展家庭教育巡讲", 1000, "场"),
                                    ("4.2", "培训家庭教育骨干", 550, "人"),
                                    ("5.1", "举办单身青年联谊活动", 10, "场"),
                                    ("6.1", "试点打造儿童友好共建联盟", 8, "个")):
        v = n(U, ind, Q)
        rows.append([name, f"{target}{unit}", f"{v}{unit}", f"{v - target}{unit}" if v > target else "—"])
    w.table(rows, widths=[9, 4, 4, 4])
    w.para()
    w.para("淄博市妇联　2024年12月28日", align="right")
    w.save(path)
    return Truth({k: cum(U, k, Q) for k in ("4.1", "4.2", "5.1", "6.1")})


# ---------------------------------------------------------------- 市卫生健康委

@ret("k09", "市卫生健康委", "2024Q3", "numerator-denominator-rate", "xlsx", batch=B)
def wj_q3_ratio(path):
    U, Q = "市卫生健康委", "2024Q3"
    s = Sheet(title="三季度")
    s.line("市卫生健康委办实事指标进展（截至9月末）", 5, size=14, bold=True, align="center")
    s.table([["指标", "应检（救）人数", "已检（救）人数", "率"],
             ["35—64岁适龄妇女“两癌”筛查", 486200, 352495, "72.5%"],
             ["“两癌”患病妇女救助", 312, 312, "100%"]], widths=[30, 14, 14, 10])
    s.skip()
    s.table([["其他指标", "累计完成"],
             ["培育市级婴幼儿照护服务示范区县（个）", n(U, "7.1", Q)],
             ["打造市级示范托育机构（家）", n(U, "7.2", Q)],
             ["开展心理健康科普知识宣传（场）", n(U, "8.1", Q)]])
    s.save(path)
    return Truth({"3.1": 72.5, "3.2": 100, "7.1": cum(U, "7.1", Q), "7.2": cum(U, "7.2", Q),
                  "8.1": cum(U, "8.1", Q)})


@ret("k10", "市卫生健康委", "2024Q1", "red-header-with-doc-number", "docx", batch=B)
def wj_q1_redhead(path):
    U, Q = "市卫生健康委", "2024Q1"
    w = Word()
    w.title("淄博市卫生健康委员会", size=26)
    w.para("淄卫字〔2024〕21号", align="center", size=14)
    w.para("签发人：李明", align="right", size=14)
    w.title("关于一季度为妇女儿童办实事工作进展情况的报告", size=18)
    w.para("市妇儿工委办公室：")
    w.body(f"一季度，全市完成35—64岁适龄妇女“两癌”筛查{cum(U, '3.1', Q):g}%，符合条件的“两癌”"
           f"患病妇女救助覆盖率100%；开展心理健康科普知识宣传{n(U, '8.1', Q)}场。"
           "婴幼儿照护服务示范区县和示范托育机构评估工作计划于二季度启动。")
    w.body("特此报告。")
    sign_off(w, "淄博市卫生健康委员会", "2024年4月7日", blank=1)
    w.save(path)
    return Truth({"3.1": cum(U, "3.1", Q), "3.2": 100, "8.1": cum(U, "8.1", Q)})


# ---------------------------------------------------------------- 团市委 / 市医保局

@ret("k11", "团市委", "2024Q2", "projects-as-columns-narrative", "docx", batch=B)
def tw_q2_columns(path):
    U, Q = "团市委", "2024Q2"
    p5 = f"上半年累计举办单身青年联谊活动{n(U, '5.1', Q)}场，服务青年300余人次。"
    p10 = "新建“希望小屋”41处，累计结对困境儿童180名。"
    w = Word(landscape=True)
    w.title("共青团淄博市委员会上半年办实事项目进展", size=18)
    w.table([["", "实施新型婚育文化培育行动", "实施特殊困难儿童关爱项目"],
             ["工作进展", p5, p10],
             ["存在问题", "青年参与面有待拓宽。", "部分区县选址进度偏慢。"],
             ["下步计划", "七夕前后集中举办联谊活动。", "加快推进“希望小屋”建设。"]],
            widths=[3, 10, 10])
    w.para()
    w.para("2024年7月3日", align="right")
    w.save(path)
    return Truth({"5.1": cum(U, "5.1", Q)},
                 {"5": {"progress": p5, "problems": "青年参与面有待拓宽。",
                        "plans": "七夕前后集中举办联谊活动。"},
                  "10": {"progress": p10, "problems": "部分区县选址进度偏慢。",
                         "plans": "加快推进“希望小屋”建设。"}})


@ret("k12", "市医保局", "2024Q2", "policy-basis-row", "pdf-text", batch=B)
def yb_q2_policy(path):
    w = Word(landscape=True)
    w.title("市医疗保障局二季度办实事指标落实情况", size=18)
    w.table([["指标", "政策依据", "执行标准", "落实情况"],
             ["职工医保住院分娩政策范围内医疗费用报销比例",
              "《关于进一步做好生育保险和职工基本医疗保险工作的通知》（淄医保发〔2023〕9号）",
              "政策范围内费用全额报销", "报销比例100%"]], widths=[7, 9, 5, 4])
    w.para()
    w.para("淄博市医疗保障局　2024年7月4日", align="right")
    w.save(path)
    return Truth({"5.2": 100})


# ---------------------------------------------------------------- 市交通运输局 / 市总工会

@ret("k13", "市交通运输局", "2024Q3", "completion-rate-column", "pdf-text", batch=B)
def jt_q3_rate(path):
    U, Q = "市交通运输局", "2024Q3"
    w = Word()
    w.title("市交通运输局三季度办实事进展", size=18)
    w.table([["指标", "年度目标", "已完成", "完成率"],
             ["开通“定制公交”助学专线", "4条", f"{n(U, '6.2', Q)}条", "100%"]], widths=[7, 3, 3, 3])
    w.para()
    w.body("秋季开学后各助学专线运行平稳，日均服务学生1,860人次。")
    w.para("淄博市交通运输局", align="right")
    w.para("2024年10月9日", align="right")
    w.save(path)
    return Truth({"6.2": cum(U, "6.2", Q)})


@ret("k14", "市总工会", "2024Q2", "bullet-symbol-list", "docx", batch=B)
def gh_q2_bullets(path):
    U, Q = "市总工会", "2024Q2"
    w = Word()
    w.title("市总工会二季度职工子女托管工作进展", size=18)
    w.para()
    w.body(f"● 寒假期间开办职工子女托管班{n(U, '7.3', Q)}个班次，二季度无新开班次，累计仍为"
           f"{n(U, '7.3', Q)}个班次。")
    w.body("● 暑期托管班已完成场地摸排，计划7月中旬开班。")
    w.body("● 争取上级工会补助资金35万元。")
    sign_off(w, "淄博市总工会", "2024年7月5日", blank=1)
    w.save(path)
    return Truth({"7.3": cum(U, "7.3", Q)})


# ---------------------------------------------------------------- 市公安局 / 市法院 / 市检察院

@ret("k15", "市公安局", "2024Q2", "sub-item-rates-and-overall", "docx", batch=B)
def ga_q2_items(path):
    w = Word()
    w.title("市公安局上半年校园安全防范建设进展", size=18)
    w.table([["项目", "达标学校（所）", "达标率"],
             ["专职保安员配备", "1,268", "100%"], ["封闭化管理", "1,268", "100%"],
             ["一键式紧急报警", "1,268", "100%"], ["视频监控系统联网", "1,268", "100%"],
             ["“4个100%”综合达标率", "—", "100%"]], widths=[7, 4, 4])
    w.para()
    w.para("淄博市公安局", align="right")
    w.para("2024年7月2日", align="right")
    w.save(path)
    return Truth({"8.2": 100})


@ret("k16", "市法院", "2024Q3", "court-statistics-table", "doc", batch=B)
def fy_q3_stats(path):
    w = Word()
    w.title("淄博市中级人民法院\n1至9月家事审判工作统计", size=18)
    w.table([["项目", "数量"], ["受理婚姻家庭纠纷（件）", "3,512"], ["诉前调解成功（件）", "1,204"],
             ["调解成功率", "34.3%"], ["发出家庭教育指导令（份）", "46"],
             ["特邀家事调解员（名）", "58"]], widths=[8, 4])
    w.para()
    w.body("家事案件调解联盟已在全市11个区县实现全覆盖。")
    w.para("2024年10月10日", align="right")
    w.save(path)
    return Truth({})


@ret("k17", "市检察院", "2024Q3", "work-meeting-minutes", "pdf-text", batch=B)
def jc_q3_minutes(path):
    w = Word()
    w.title("市检察院未成年人检察工作推进会纪要", size=18)
    w.para("（2024年9月27日）", align="center")
    w.body("会议听取了第三检察部关于三季度未成年人保护工作情况的汇报。会议指出，三季度共受理"
           "涉未成年人案件监督线索31件，开展“法治进校园”活动18场，强制报告制度落实成效明显。")
    w.body("会议要求，要会同市法院、市妇联持续推进家事案件调解联盟建设。")
    w.para("淄博市人民检察院办公室", align="right")
    w.save(path)
    return Truth({})


# ---------------------------------------------------------------- 市文化和旅游局 / 市科协

@ret("k18", "市文化和旅游局", "2024Q3", "semester-columns-total", "xlsx", batch=B)
def wl_q3_semesters(path):
    U, Q = "市文化和旅游局", "2024Q3"
    total = n(U, "9.1", Q)
    s = Sheet(title="戏曲进校园")
    s.line("淄博市文化和旅游局戏曲进校园工作进展（截至9月末）", 4, size=14, bold=True, align="center")
    s.table([["指标", "春季学期（场）", "秋季学期（场）", "累计（场）"],
             ["戏曲进校园演出及课程辅导", 96, total - 96, total]], widths=[28, 14, 14, 12])
    s.save(path)
    return Truth({"9.1": cum(U, "9.1", Q)})


@ret("k19", "市科协", "2024Q2", "respectively-sentence", "docx", batch=B)
def kx_q2_respectively(path):
    U, Q = "市科协", "2024Q2"
    w = Word()
    w.title("市科协上半年“润童心”儿童素养提升工程进展情况", size=18)
    w.para()
    w.body(f"上半年，科普大篷车巡展和青少年“蒲公英”科普大讲堂分别累计开展{n(U, '9.2', Q)}场、"
           f"{n(U, '9.3', Q)}场，惠及中小学生2.3万人次。")
    sign_off(w, "淄博市科学技术协会", "2024年7月3日", blank=1)
    w.save(path)
    return Truth({"9.2": cum(U, "9.2", Q), "9.3": cum(U, "9.3", Q)})


@ret("k20", "市科协", "2024Q4", "done-over-target-fraction", "xlsx", batch=B)
def kx_q4_fraction(path):
    U, Q = "市科协", "2024Q4"
    s = Sheet(title="全年")
    s.line("市科协2024年全年办实事指标完成情况", 3, size=14, bold=True, align="center")
    s.table([["指标", "完成/目标（场）", "备注"],
             ["科普大篷车巡展", f"{n(U, '9.2', Q)}/30", "超额完成"],
             ["青少年“蒲公英”科普大讲堂", f"{n(U, '9.3', Q)}/40", "超额完成"]], widths=[28, 16, 12])
    s.save(path)
    return Truth({"9.2": cum(U, "9.2", Q), "9.3": cum(U, "9.3", Q)})


# ---------------------------------------------------------------- 市民政局 / 市残联

@ret("k21", "市民政局", "2024Q1", "approval-signature-block", "doc", batch=B)
def mz_q1_signatures(path):
    w = Word()
    w.title("民政局一季度办实事项目进展情况", size=18)
    w.table([["项目", "指标", "完成情况"],
             ["实施特殊困难儿童关爱项目", "享受民政保障的孤困儿童就学资助覆盖率", "100%"],
             ["填报人", "刘敏", "电话：3182290"], ["审核人", "孙立强", "2024年4月3日"],
             ["分管领导", "赵志远", ""]], widths=[4, 8, 4])
    w.save(path)
    return Truth({"10.1": 100})


@ret("k22", "市残联", "2024Q1", "money-beside-people", "docx", batch=B)
def cl_q1_money(path):
    U, Q = "市残联", "2024Q1"
    w = Word()
    w.title("市残联一季度残疾儿童康复救助进展", size=18)
    w.table([["指标", "救助人数（名）", "救助资金（万元）", "定点机构（家）"],
             ["残疾儿童康复救助", str(n(U, "10.2", Q)), "1,120.5", "38"]], widths=[5, 4, 4, 4])
    w.para()
    sign_off(w, "淄博市残疾人联合会", "2024年4月3日", blank=1)
    w.save(path)
    return Truth({"10.2": cum(U, "10.2", Q)})


@ret("k23", "市残联", "2024Q2", "short-note-photo", "image", batch=B, photo_strength=0.8)
def cl_q2_photo(path):
    U, Q = "市残联", "2024Q2"
    w = Word()
    w.title("情况说明", size=20)
    w.para()
    w.body(f"截至6月末，我会累计完成残疾儿童康复救助{cn(n(U, '10.2', Q))}名（{comma(n(U, '10.2', Q))}名），"
           "完成年度任务的六成。")
    w.para()
    w.para("淄博市残疾人联合会", align="right")
    w.para("2024年7月1日", align="right")
    w.save(path)
    return Truth({"10.2": cum(U, "10.2", Q)})


# ---------------------------------------------------------------- later additions

@ret("k24", "市卫生健康委", "2024Q4", "performance-self-assessment-score", "docx", batch=B)
def wj_q4_self_score(path):
    U, Q = "市卫生健康委", "2024Q4"
    w = Word(landscape=True)
    w.title("2024年为妇女儿童办实事项目绩效自评表", size=18)
    w.para("评价单位：淄博市卫生健康委员会　　　　评价期间：2024年1月至12月", size=12)
    rows = [["绩效指标", "年度指标值", "实际完成值", "分值", "自评得分"],
            ["35—64岁适龄妇女“两癌”筛查率", "≥90%", f"{cum(U, '3.1', Q):g}%", "20", "20"],
            ["“两癌”患病妇女救助覆盖率", "100%", "100%", "20", "20"],
            ["培育市级婴幼儿照护服务示范区县", "5个", f"{n(U, '7.1', Q)}个", "20", "20"],
            ["打造市级示范托育机构", "10家", f"{n(U, '7.2', Q)}家", "20", "20"],
            ["开展心理健康科普知识宣传", "—", f"{n(U, '8.1', Q)}场", "20", "20"],
            ["合计", "", "", "100", "100"]]
    w.table(rows, widths=[9, 4, 4, 3, 3])
    w.para()
    w.para("2025年1月6日", align="right")
    w.save(path)
    return Truth({"3.1": cum(U, "3.1", Q), "3.2": 100, "7.1": cum(U, "7.1", Q),
                  "7.2": cum(U, "7.2", Q), "8.1": cum(U, "8.1", Q)})


@ret("k25", "市交通运输局", "2024Q1", "measure-note-above-table", "xlsx", batch=B)
def jt_q1_note(path):
    U, Q = "市交通运输局", "2024Q1"
    s = Sheet(title="Sheet1")
    s.line("市交通运输局“定制公交”助学专线开通情况", 4, size=14, bold=True, align="center")
    s.cells(["报送单位：淄博市交通运输局", "", "", "单位：条、人次"])
    s.table([["线路类别", "开通线路", "日均服务学生", "报告期"],
             ["“定制公交”助学专线", n(U, "6.2", Q), 620, "2024年1-3月"]], widths=[22, 10, 14, 14])
    s.save(path)
    return Truth({"6.2": cum(U, "6.2", Q)})


@ret("k26", "市妇联", "2024Q1", "percent-of-target-then-figure", "pdf-text", batch=B)
def fl_q1_share(path):
    U, Q = "市妇联", "2024Q1"
    w = Word()
    w.title("市妇联一季度办实事项目推进情况", size=18)
    w.para()
    w.body(f"一、家庭教育巡讲完成年度目标的23.6%（{n(U, '4.1', Q)}场），家庭教育骨干培训完成"
           f"年度目标的21.8%（{n(U, '4.2', Q)}人）。")
    w.body(f"二、单身青年联谊活动完成年度目标的20%（{n(U, '5.1', Q)}场）；儿童友好共建联盟"
           f"试点完成{n(U, '6.1', Q)}个。")
    w.body(f"三、参与人社部门家政从业人员培训{n(U, '2.1', Q)}人次，举办女性就业专场招聘活动"
           f"{n(U, '2.2', Q)}场。")
    sign_off(w, "淄博市妇女联合会", "2024年4月2日", blank=1)
    w.save(path)
    return Truth({k: cum(U, k, Q) for k in ("2.1", "2.2", "4.1", "4.2", "5.1", "6.1")})


WORDING.update({
    "k01": (("sign-off",), "截至2024年9月30日"),
    "k02": (("fill-line", "title"), "一季度"),
    "k03": (("sign-off",), "三季度"),
    "k04": (("title", "sign-off"), "全年"),
    "k05": (("table-cell",), "2024年一季度"),
    "k06": (("fill-line", "seal"), "1至9月"),
    "k07": (("title", "sign-off"), "三季度"),
    "k08": (("title", "sign-off"), "全年"),
    "k09": (("title",), "截至9月末"),
    "k10": (("title", "sign-off"), "一季度"),
    "k11": (("title",), "上半年"),
    "k12": (("title", "sign-off"), "二季度"),
    "k13": (("title", "sign-off"), "三季度"),
    "k14": (("title", "sign-off"), "二季度"),
    "k15": (("title", "sign-off"), "上半年"),
    "k16": (("title",), "1至9月"),
    "k17": (("title", "sign-off"), "三季度"),
    "k18": (("title",), "截至9月末"),
    "k19": (("title", "sign-off"), "上半年"),
    "k20": (("title",), "全年"),
    "k21": (("title",), "一季度"),
    "k22": (("title", "sign-off"), "一季度"),
    "k23": (("sign-off", "seal"), "截至6月末"),
    "k24": (("fill-line",), "全年"),
    "k25": (("fill-line",), "2024年1-3月"),
    "k26": (("title", "sign-off"), "一季度"),
})
