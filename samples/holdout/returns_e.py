"""Batch 2: returns written after the interpretation was changed in answer to batch 1's
findings, in layouts and wordings batch 1 does not have, to check those changes generalise."""
from __future__ import annotations

from samples.holdout.corpus import Truth, ret, sign_off
from samples.holdout.docxkit import HEI, Word
from samples.holdout.ledger import cum, n, prev
from samples.holdout.numerals import cn, comma
from samples.holdout.seal import seal_png
from samples.holdout.xlkit import Sheet

DISTRICTS = ("张店区", "淄川区", "博山区", "周村区", "临淄区", "桓台县", "高青县", "沂源县",
             "高新区", "经济开发区", "文昌湖区")


@ret("h48", "市民政局", "2024Q1", "vertical-form", "xlsx", batch=2)
def mz_q1(path):
    s = Sheet(title="民政局")
    s.line("为全市妇女儿童办实事项目进展情况登记表", 2, size=14, bold=True, align="center")
    progress = ("一季度完成资助对象摸底，资助在校孤儿和事实无人抚养儿童等182名，发放助学金54.6万元，"
                "享受民政保障的孤困儿童就学资助覆盖率达100%。")
    rows = [["填报单位", "淄博市民政局儿童福利科"],
            ["报送时间", "2024年3月28日"],
            ["统计时段", "2024年1月至3月末"],
            ["项目名称", "实施特殊困难儿童关爱项目"],
            ["工作目标", "享受民政保障的孤困儿童就学资助实现全覆盖"],
            ["进展情况", progress],
            ["存在问题", "个别事实无人抚养儿童认定材料不全。"],
            ["下步打算", "会同教育部门开展学籍信息比对。"]]
    s.table(rows, widths=[16, 70], header_rows=0)
    s.save(path)
    return Truth({"10.1": 100}, {"10": {"progress": progress, "problems": "个别事实无人抚养儿童认定材料不全。",
                                        "plans": "会同教育部门开展学籍信息比对。"}})


@ret("h49", "市商务局", "2024Q3", "report-prose-only", "docx", batch=2)
def sw_q3(path):
    U, Q = "市商务局", "2024Q3"
    w = Word()
    w.title("市商务局7—9月份家政职业技能培训\n工作情况汇报")
    w.para()
    w.body(f"7—9月，我局围绕“家政服务提质扩容”，在张店、周村举办“巾帼家政”订单式培训班6期，"
           f"本季度培训家政从业人员{n(U, '2.1', Q) - n(U, '2.1', '2024Q2')}人次；加上上半年的"
           f"{n(U, '2.1', '2024Q2')}人次，今年以来累计培训{n(U, '2.1', Q)}人次，培训合格率96.5%。")
    w.body("下一步，我局将指导家政企业做好“回炉”培训，推动持证上岗。")
    sign_off(w, "淄博市商务局", "2024年9月27日")
    w.save(path)
    return Truth({"2.1": cum(U, "2.1", Q)})


@ret("h50", "团市委", "2024Q1", "plan-and-actual-columns", "xlsx", batch=2)
def tw_q1(path):
    U, Q = "团市委", "2024Q1"
    s = Sheet(title="1季度")
    s.line("共青团淄博市委2024年1季度为妇女儿童办实事任务完成情况", 5, size=14, bold=True, align="center")
    rows = [["项目", "指标", "计划数", "实际完成数", "完成比例"],
            ["新型婚育文化培育行动", "单身青年联谊活动（场）", 6, n(U, "5.1", Q), "16.7%"],
            ["特殊困难儿童关爱项目", "新建“希望小屋”（间）", 80, 12, "15%"]]
    s.table(rows, widths=[24, 26, 10, 12, 10])
    s.cells(["联系人：陈晨", None, "电话：3183266"])
    s.save(path)
    return Truth({"5.1": cum(U, "5.1", Q)})


@ret("h51", "市医保局", "2024Q4", "report-prose-only", "docx", batch=2)
def yb_q4(path):
    w = Word()
    w.title("关于2024年度提高职工生育医疗费报销标准\n落实情况的报告")
    w.para()
    w.para("市妇儿工委办公室：")
    w.body("2024年度，职工医保参保人员（含灵活就业人员）住院分娩政策范围内医疗费用报销比例为100%，"
           "较2023年提高10个百分点，全年为1.31万名参保职工报销住院分娩费用7,512万元。")
    w.para()
    w.picture(seal_png("淄博市医疗保障局", seed=21), width_cm=4.0)
    w.para("淄博市医疗保障局", align="right")
    w.para("2024年12月26日", align="right")
    w.save(path)
    return Truth({"5.2": 100}, seal_picture=True)


@ret("h52", "市交通运输局", "2024Q3", "merged-project-cell", "pdf-text", batch=2)
def jt_q3(path):
    w = Word(landscape=True)
    w.title("市交通运输局为全市妇女儿童办实事工作进展情况（截至9月末）", size=16)
    rows = [["项目名称", "任务内容", "进展情况", "备注"],
            ["实施儿童友好城市建设促进行动", "开通“定制公交”助学专线4条",
             "4条助学专线均已开通运行（全部开通），秋季开学后日均服务学生1,020人次。", "联系电话：2286510"],
            ["", "助学专线安全管理", "落实驾驶员“一日三检”，开展安全培训2次。", ""]]
    w.table(rows, merges=[(1, 0, 2, 0)], widths=[5, 6, 11, 4])
    w.para()
    w.para("淄博市交通运输局　2024年10月10日", align="right")
    w.save(path)
    return Truth({"6.2": 4})


@ret("h53", "市总工会", "2024Q4", "total-row-first", "xlsx", batch=2)
def gh_q4(path):
    U, Q = "市总工会", "2024Q4"
    s = Sheet(title="托管班")
    s.line("2024年寒暑假职工子女托管班开办情况统计表", 4, size=14, bold=True, align="center")
    s.line("填报单位：市总工会　　　统计截止：2024年12月31日", 4, size=10)
    per = (11, 6, 5, 4, 8, 5, 3, 4, 5, 3, 2)
    city = 2
    assert sum(per) + city == n(U, "7.3", Q)
    rows = [["单位", "开办班次（个）", "服务职工子女（名）", "投入资金（万元）"],
            ["全市合计", sum(per) + city, 3150, 112]]
    rows += [[d, k, k * 50, round(k * 1.9, 1)] for d, k in zip(DISTRICTS, per)]
    rows.append(["市直", city, 300, 7])
    s.table(rows, widths=[14, 16, 18, 16])
    s.save(path)
    return Truth({"7.3": cum(U, "7.3", Q)})


@ret("h54", "市公安局", "2024Q3", "report-with-attachment", "docx", batch=2)
def ga_q3(path):
    w = Word()
    w.title("淄博市公安局关于第三季度“护校安园”\n工作开展情况的报告")
    w.para()
    w.para("市妇儿工委办公室：")
    w.heading("一、工作开展情况")
    w.body("秋季开学前后，全市公安机关组织开展校园安全隐患“大排查、大整治”，检查学校、幼儿园"
           "1,386所，整改隐患52处，护学岗设置1,120个，日均投入警力2,400余人次。")
    w.heading("二、下步工作")
    w.body("持续落实“护学岗”“高峰勤务”机制，确保校园安全。")
    sign_off(w, "淄博市公安局", "2024年9月29日")
    w.new_landscape_section()
    w.para("附件", font=HEI, size=16)
    w.title("第三季度为全市妇女儿童办实事工作进展情况表", size=16)
    w.table([["项目", "工作目标", "完成情况", "进度"],
             ["中小学幼儿园安全防范建设“4个100%”", "稳定达标",
              "专职保安员配备、封闭化管理、一键式报警和视频监控联网、护学岗设置均已落实。", "100%"]],
            widths=[6, 4, 11, 3])
    w.save(path)
    return Truth({"8.2": 100})


@ret("h55", "市法院", "2024Q4", "report-prose-only", "docx", batch=2)
def fy_q4(path):
    w = Word()
    w.title("淄博市中级人民法院\n2024年度未成年人综合司法保护和家事调解工作情况")
    w.para()
    w.body("2024年，全市法院依托家事案件调解联盟，诉前分流家事纠纷1,126件，调解成功738件，调解成功率"
           "65.5%；审结涉未成年人案件412件，发出家庭教育指导令63份，开展法治进校园活动48场，"
           "受教育师生2.6万人次。联盟成员单位由28家增至35家。")
    sign_off(w, "淄博市中级人民法院", "2024年12月30日")
    w.save(path)
    return Truth({})


@ret("h56", "市检察院", "2024Q1", "bare-attachment-table", "docx", batch=2)
def jc_q1(path):
    w = Word(landscape=True)
    w.title("市人民检察院一季度为妇女儿童办实事进展情况", size=16)
    progress = "开展“检察官进校园”法治宣讲21场，办理侵害未成年人犯罪案件，落实强制报告制度。"
    w.table([["项目", "工作进展", "存在问题", "下步打算"],
             ["实施“阳光成长”青少年身心健康护航行动", progress, "基层院专业力量不足。",
              "推进未成年人检察业务统一集中办理。"]], widths=[6, 11, 4, 5])
    w.para("淄博市人民检察院第九检察部　2024年4月1日", align="right", size=12)
    w.save(path)
    return Truth({}, {"8": {"progress": progress, "problems": "基层院专业力量不足。",
                            "plans": "推进未成年人检察业务统一集中办理。"}})


@ret("h57", "市文化和旅游局", "2024Q2", "seq-numbered-table", "docx", batch=2)
def wl_q2(path):
    U, Q = "市文化和旅游局", "2024Q2"
    w = Word(landscape=True)
    w.title("市文旅局2024年上半年为全市妇女儿童办实事进展情况表", size=16)
    done = n(U, "9.1", Q)
    progress = (f"二季度开展{done - n(U, '9.1', '2024Q1')}场，上半年累计开展戏曲进校园演出及课程辅导"
                f"{cn(done)}场，其中五音戏42场、京剧31场、吕剧23场。")
    w.table([["序号", "项目", "目标", "进展", "问题", "计划"],
             ["（一）", "“润童心”儿童素养提升工程——戏曲进校园", "200场", progress, "无",
              "下半年推出“戏曲夏令营”。"]], widths=[1.6, 5, 2, 10, 2, 5])
    w.para("填报：市文化和旅游局艺术科　2024年6月28日", size=12)
    w.save(path)
    return Truth({"9.1": cum(U, "9.1", Q)},
                 {"9": {"progress": progress, "problems": "无", "plans": "下半年推出“戏曲夏令营”。"}})


@ret("h58", "团市委", "2024Q3", "bare-attachment-table", "doc", batch=2)
def tw_q3(path):
    U, Q = "团市委", "2024Q3"
    w = Word(landscape=True)
    w.title("团市委前三季度为全市妇女儿童办实事工作进展", size=16)
    progress = f"截至9月底共举办单身青年联谊活动{cn(n(U, '5.1', Q))}场，参与青年760人，现场牵手98对。"
    w.table([["实事项目", "进展", "问题", "下步"],
             ["新型婚育文化培育行动", progress, "活动形式有待创新。", "“七夕”后举办行业专场。"]],
            widths=[6, 12, 4, 5])
    w.save(path)
    return Truth({"5.1": cum(U, "5.1", Q)},
                 {"5": {"progress": progress, "problems": "活动形式有待创新。", "plans": "“七夕”后举办行业专场。"}})
