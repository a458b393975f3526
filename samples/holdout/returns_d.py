"""More returns: last quarter / this quarter / cumulative columns, 余 figures, a quarter with
nothing new to report."""
from __future__ import annotations

from samples.holdout.corpus import Truth, ret, sign_off
from samples.holdout.docxkit import HEI, Word
from samples.holdout.ledger import cum, n, prev
from samples.holdout.numerals import cn
from samples.holdout.xlkit import Sheet


@ret("h43", "市残联", "2024Q2", "seq-numbered-table", "docx")
def cl_q2(path):
    U, Q = "市残联", "2024Q2"
    w = Word()
    w.title("市残联2024年上半年为妇女儿童办实事进展情况", size=18)
    w.para()
    w.body("截至6月底，我会牵头的残疾儿童康复救助项目进展顺利，情况如下：")
    progress = (f"上半年累计为一千二百余名残疾儿童实施康复救助（一季度{n(U, '10.2', '2024Q1')}名），"
                "其中孤独症儿童318名，拨付救助资金702万元。")
    w.table([["序号", "项目", "目标任务", "进展情况", "存在问题", "下步打算"],
             ["1.", "实施特殊困难儿童关爱项目（残疾儿童康复救助）", "约2000名", progress,
              "康复机构分布不均衡。", "推动沂源、高青新增定点机构。"]],
            widths=[1.2, 3.5, 2.2, 5.5, 2.6, 2.6], size=10)
    sign_off(w, "淄博市残疾人联合会", "2024年7月2日", blank=1)
    w.save(path)
    return Truth({"10.2": cum(U, "10.2", Q)},
                 {"10": {"progress": progress, "problems": "康复机构分布不均衡。",
                         "plans": "推动沂源、高青新增定点机构。"}})


@ret("h44", "市商务局", "2024Q1", "report-prose-only", "pdf-text")
def sw_q1(path):
    U, Q = "市商务局", "2024Q1"
    w = Word()
    w.title("市商务局关于家政职业技能培训\n一季度工作情况的报告")
    w.para()
    w.para("市妇儿工委办公室：")
    w.body(f"1-3月，我局指导全市家政企业开展母婴护理、整理收纳等技能培训，培训家政服务人员"
           f"{n(U, '2.1', Q)}余人次，组织家政企业参加“春风行动”招聘会3场，提供家政岗位640个。")
    w.body("下一步，我局将会同市人社局、市妇联推进家政培训进社区。")
    sign_off(w, "淄博市商务局", "2024年4月3日")
    w.save(path)
    return Truth({"2.1": cum(U, "2.1", Q)})


@ret("h45", "市总工会", "2024Q2", "report-prose-only", "docx")
def gh_q2(path):
    U, Q = "市总工会", "2024Q2"
    w = Word()
    w.header("淄博市总工会女职工委员会")
    w.title("关于1-6月职工子女托管服务工作进展情况的报告")
    w.para()
    w.para("市妇儿工委办公室：")
    w.body(f"今年寒假期间，全市各级工会开办职工子女托管班{cn(n(U, '7.3', Q))}个班次，服务职工子女460名。"
           "二季度为学期内，未开办新的托管班。目前，暑期托管班筹备工作已全面启动，已确定托管点"
           "32个，预计7月10日开班。")
    w.body("联系人：吴娜　电话：2271406")
    sign_off(w, "淄博市总工会", "2024年6月28日")
    w.save(path)
    return Truth({"7.3": cum(U, "7.3", Q)})


@ret("h46", "市科协", "2024Q3", "quarter-columns", "xlsx")
def kx_q3(path):
    U, Q = "市科协", "2024Q3"
    s = Sheet(title="三季度")
    s.line("市科协2024年第三季度为全市妇女儿童办实事进展情况统计表", 7, size=14, bold=True, align="center")
    s.cells(["填报单位：淄博市科学技术协会", None, None, None, "填报人：马丽", None, "电话：3101126"])
    rows = [["序号", "任务", "全年目标（场）", "上季度末累计（场）", "本季度完成（场）", "截至本季度末累计（场）", "完成率"]]
    for k, ind, name in ((1, "9.2", "科普大篷车巡展"), (2, "9.3", "青少年“蒲公英”科普大讲堂")):
        target = 30 if ind == "9.2" else 40
        before, now = int(prev(U, ind, Q)), n(U, ind, Q)
        rows.append([k, name, target, before, now - before, now, f"{now / target:.1%}"])
    s.table(rows, widths=[6, 28, 12, 14, 14, 16, 10])
    s.line("注：完成率=截至本季度末累计/全年目标。", 7, size=10)
    s.save(path)
    return Truth({"9.2": cum(U, "9.2", Q), "9.3": cum(U, "9.3", Q)})


@ret("h47", "市交通运输局", "2024Q4", "bare-attachment-table", "docx")
def jt_q4(path):
    U, Q = "市交通运输局", "2024Q4"
    w = Word(landscape=True)
    w.para("附件", font=HEI, size=16)
    w.title("2024年为全市妇女儿童办实事工作进展情况表（全年）", size=18)
    w.para("责任单位：市交通运输局", size=12)
    progress = (f"已开通“定制公交”助学专线{n(U, '6.2', Q)}条，完成率100%，全年累计服务学生"
                "9.6万人次，未发生安全责任事故。")
    w.table([["项目名称", "目标任务", "完成情况", "存在问题", "下步计划"],
             ["实施儿童友好城市建设促进行动（定制公交助学专线）", "开通4条", progress,
              "部分线路早晚高峰运力紧张。", "根据学生出行需求优化线路走向。"]],
            widths=[5.5, 3, 9, 4.5, 4.5])
    w.para("2024年12月30日", align="right")
    w.save(path)
    return Truth({"6.2": cum(U, "6.2", Q)},
                 {"6": {"progress": progress, "problems": "部分线路早晚高峰运力紧张。",
                        "plans": "根据学生出行需求优化线路走向。"}})
