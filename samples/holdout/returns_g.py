"""Batch 4, written last for the final measurement: Word returns (behind .docx, text PDF, .doc,
scans and photos) in shapes batches 1-3 do not use: each project a heading over a small
指标 | 完成情况 table, the title in a WPS text box over a landscape table, a 情况说明 memo of
short numbered paragraphs, the measure only in the column header (数量（场）), Arabic and
Chinese numerals mixed in one table, 无新增 with the cumulative figure unchanged, the annual
target restated in every row, a footnoted figure, a year-end summary, the department only in
the 落款 (with 印章), and the courts', procuratorate's and police's own wording.
Please do not read this file while changing app/extraction/."""
from __future__ import annotations

from samples.holdout.corpus import Truth, ret, sign_off
from samples.holdout.docxkit import HEI, Word
from samples.holdout.ledger import cum, n, prev
from samples.holdout.numerals import cn, comma

DISTRICTS = ("张店区", "淄川区", "博山区", "周村区", "临淄区", "桓台县", "高青县", "沂源县",
             "高新区", "经济开发区", "文昌湖区")


def kv_table(w: Word, rows: list[tuple[str, str]]) -> None:
    """A project's small two-column table: 指标 | 完成情况."""
    w.table([["指标", "完成情况"], *[list(r) for r in rows]], widths=[6, 10], size=12)


# ---------------------------------------------------------------- 市妇联

@ret("h67", "市妇联", "2024Q2", "project-heading-kv-table", "docx", batch=4)
def fl_q2_kv(path):
    U, Q = "市妇联", "2024Q2"
    w = Word()
    w.title("市妇联承担的为妇女儿童办实事项目\n推进情况")
    w.para("（统计时点：2024年第二季度末）", align="center", size=12)
    w.para()
    w.heading("一、巾帼促就业计划")
    kv_table(w, [("培训家政从业人员", f"累计{n(U, '2.1', Q)}人次"),
                 ("举办女性就业专场招聘活动", f"累计{n(U, '2.2', Q)}场"),
                 ("主要做法", "联合人社部门开展“春风行动”巾帼专场，推出“齐家嫂”家政品牌。")])
    w.para()
    w.heading("二、家庭教育指导服务行动")
    kv_table(w, [("开展家庭教育巡讲", f"累计{n(U, '4.1', Q)}场"),
                 ("培训家庭教育骨干", f"累计{n(U, '4.2', Q)}人"),
                 ("“淄博好爸妈”网上平台", "已上线运行，发布微课42期")])
    w.para()
    w.heading("三、新型婚育文化培育行动")
    kv_table(w, [("举办单身青年联谊活动", f"累计{n(U, '5.1', Q)}场")])
    w.para()
    w.heading("四、儿童友好城市建设促进行动")
    kv_table(w, [("试点打造儿童友好共建联盟", f"累计{n(U, '6.1', Q)}个")])
    sign_off(w, "淄博市妇女联合会", "2024年7月5日")
    w.save(path)
    return Truth({i: cum(U, i, Q) for i in ("2.1", "2.2", "4.1", "4.2", "5.1", "6.1")})


@ret("h92", "市妇联", "2024Q4", "memo-numbered-paragraphs", "pdf-text", batch=4)
def fl_q4_memo(path):
    U, Q = "市妇联", "2024Q4"
    w = Word()
    w.title("关于市妇联全年为妇女儿童办实事项目\n完成情况的说明")
    w.para()
    w.para("市妇儿工委办公室：")
    w.body("现将我会2024年全年承担的实事项目完成情况说明如下：")
    w.body(f"1.巾帼家政培训全年累计{n(U, '2.1', Q)}人次，举办女性就业专场招聘活动{n(U, '2.2', Q)}场。")
    w.body(f"2.全年累计开展家庭教育巡讲{comma(n(U, '4.1', Q))}场，超额完成千场巡讲任务；"
           f"培训家庭教育骨干{n(U, '4.2', Q)}人，11个区县均不少于50人。")
    w.body(f"3.全年举办单身青年联谊活动{n(U, '5.1', Q)}场，参与青年2,300余人。")
    w.body(f"4.试点打造儿童友好共建联盟{cn(n(U, '6.1', Q))}个，全部完成年度任务。")
    w.body("特此说明。")
    sign_off(w, "淄博市妇女联合会", "2024年12月26日")
    w.save(path)
    return Truth({i: cum(U, i, Q) for i in ("2.1", "2.2", "4.1", "4.2", "5.1", "6.1")})


# ---------------------------------------------------------------- 市卫生健康委

@ret("h68", "市卫生健康委", "2024Q2", "title-in-textbox-landscape", "docx", batch=4)
def wj_q2_textbox(path):
    U, Q = "市卫生健康委", "2024Q2"
    w = Word(landscape=True)
    w.textbox("淄博市卫生健康委员会2024年二季度为妇女儿童办实事进展情况", width_pt=620, height_pt=30)
    w.para()
    p3 = (f"1-6月全市完成适龄妇女“两癌”筛查11.8万人，筛查率{cum(U, '3.1', Q):g}%；"
          "符合条件的“两癌”患病妇女救助覆盖率100%。")
    p7 = f"已认定市级示范托育机构{n(U, '7.2', Q)}家；示范区县评审方案已印发，三季度组织评审。"
    p8 = f"累计开展心理健康科普知识宣传{n(U, '8.1', Q)}场，覆盖学生及家长3.2万人次。"
    rows = [["序号", "项目名称", "工作目标", "工作进展", "存在问题", "下步打算"],
            ["1", "适龄妇女“两癌”免费检查和救助", "筛查率达到90%以上", p3,
             "部分农村妇女主动筛查意识不强。", "利用“三八”节后窗口期集中补筛。"],
            ["2", "普惠托育服务提质", "培育示范区县5个左右、示范托育机构10家以上", p7,
             "托育机构收费偏高，入托率不高。", "推动用人单位办托。"],
            ["3", "青少年心理健康护航", "开展科普宣传200场", p8, "无", "暑期开展心理健康夏令营。"]]
    w.table(rows, widths=[1.2, 4, 4.5, 9, 4, 4], size=10.5)
    w.para()
    w.para("填报人：李静　联系电话：2187653　　　　填报日期：2024年7月3日", size=12)
    w.save(path)
    return Truth({"3.1": cum(U, "3.1", Q), "3.2": 100, "7.2": cum(U, "7.2", Q), "8.1": cum(U, "8.1", Q)},
                 {"3": {"progress": p3, "problems": "部分农村妇女主动筛查意识不强。",
                        "plans": "利用“三八”节后窗口期集中补筛。"},
                  "7": {"progress": p7, "problems": "托育机构收费偏高，入托率不高。", "plans": "推动用人单位办托。"},
                  "8": {"progress": p8, "problems": "无", "plans": "暑期开展心理健康夏令营。"}})


@ret("h90", "市卫生健康委", "2024Q4", "annual-summary", "image", batch=4)
def wj_q4_photo(path):
    U, Q = "市卫生健康委", "2024Q4"
    w = Word()
    w.title("市卫生健康委2024年全年\n为妇女儿童办实事完成情况", size=18)
    w.para()
    rows = [["指标", "全年目标", "全年完成"],
            ["“两癌”筛查率", "90%以上", f"{cum(U, '3.1', Q):g}%"],
            ["“两癌”患病妇女救助覆盖率", "100%", "100%"],
            ["市级婴幼儿照护服务示范区县", "5个左右", f"{n(U, '7.1', Q)}个"],
            ["市级示范托育机构", "10家以上", f"{n(U, '7.2', Q)}家"],
            ["心理健康科普知识宣传", "—", f"{n(U, '8.1', Q)}场"]]
    w.table(rows, widths=[7, 4, 4], size=13)
    w.para()
    w.body("全年各项任务均已完成，其中“两癌”筛查率、示范托育机构数量超过年度目标。")
    sign_off(w, "淄博市卫生健康委员会", "2024年12月27日", blank=1)
    w.save(path)
    return Truth({"3.1": cum(U, "3.1", Q), "3.2": 100, "7.1": cum(U, "7.1", Q),
                  "7.2": cum(U, "7.2", Q), "8.1": cum(U, "8.1", Q)})


# ---------------------------------------------------------------- 市文化和旅游局

@ret("h72", "市文化和旅游局", "2024Q1", "measure-in-header", "pdf-text", batch=4)
def wl_q1_header(path):
    U, Q = "市文化和旅游局", "2024Q1"
    w = Word(landscape=True)
    w.title("市文化和旅游局一季度末为妇女儿童办实事工作进展情况表", size=18)
    w.para("填报单位：淄博市文化和旅游局艺术科", size=12)
    v = n(U, "9.1", Q)
    rows = [["序号", "工作内容", "全年目标（场）", "本季度完成（场）", "累计完成（场）", "备注"],
            ["1", "戏曲进校园演出及课程辅导", "200", str(v), str(v), "其中演出21场、课程辅导17场"],
            ["2", "“文化进万家”少儿专场演出", "—", "12", "12", "春节期间"]]
    w.table(rows, widths=[1.5, 7, 3.5, 3.5, 3.5, 6], size=12)
    w.save(path)
    return Truth({"9.1": cum(U, "9.1", Q)})


@ret("h89", "市文化和旅游局", "2024Q3", "project-heading-kv-table", "doc", batch=4)
def wl_q3_kv(path):
    U, Q = "市文化和旅游局", "2024Q3"
    w = Word()
    w.title("淄博市文化和旅游局\n1至9月为妇女儿童办实事项目进展")
    w.para()
    w.heading("一、戏曲进校园演出及课程辅导")
    kv_table(w, [("全年任务", "200场"),
                 ("截至目前完成", f"{n(U, '9.1', Q)}场"),
                 ("覆盖学校", "全市中小学118所")])
    w.para()
    w.heading("二、少儿阅读推广（自选动作）")
    kv_table(w, [("“童心阅读”活动", "63场"),
                 ("城市书房少儿专区", "新增9处")])
    sign_off(w, "淄博市文化和旅游局", "2024年10月10日", blank=1)
    w.save(path)
    return Truth({"9.1": cum(U, "9.1", Q)})


# ---------------------------------------------------------------- 市科协

@ret("h73", "市科协", "2024Q2", "mixed-numerals-table", "doc", batch=4)
def kx_q2_mixed(path):
    U, Q = "市科协", "2024Q2"
    w = Word(landscape=True)
    w.title("淄博市科学技术协会二季度“润童心”儿童素养提升工程进展情况", size=18)
    d2 = n(U, "9.2", Q) - int(prev(U, "9.2", Q))
    d3 = n(U, "9.3", Q) - int(prev(U, "9.3", Q))
    rows = [["项目", "本季度开展", "累计开展", "覆盖人数", "备注"],
            ["科普大篷车巡展", f"{cn(d2)}场", f"{n(U, '9.2', Q)}场", "1.2万人次", "进农村学校为主"],
            ["青少年“蒲公英”科普大讲堂", f"{d3}场", f"{cn(n(U, '9.3', Q))}场", "六千八百人次", "—"]]
    w.table(rows, widths=[6, 3.5, 3.5, 4, 5], size=12)
    w.para()
    w.para("联系人：赵磊　电话：3162210　　　　　　　　　　　　2024年7月2日", size=12)
    w.save(path)
    return Truth({"9.2": cum(U, "9.2", Q), "9.3": cum(U, "9.3", Q)})


@ret("h79", "市科协", "2024Q4", "annual-summary", "docx", batch=4)
def kx_q4_year(path):
    U, Q = "市科协", "2024Q4"
    w = Word()
    w.title("淄博市科协2024年为妇女儿童办实事\n工作总结")
    w.para()
    w.body("2024年，市科协围绕“润童心”儿童素养提升工程，把科普资源送到农村、送到学校，"
           "全年两项任务均超额完成。")
    w.heading("一、全年完成情况")
    rows = [["任务", "全年目标", "全年完成", "完成率"],
            ["科普大篷车巡展", "30场", f"{n(U, '9.2', Q)}场", "103.3%"],
            ["青少年“蒲公英”科普大讲堂", "40场", f"{n(U, '9.3', Q)}场", "102.5%"]]
    w.table(rows, widths=[7, 3, 3, 3], size=12)
    w.heading("二、主要做法")
    w.body("一是流动科普进乡村，大篷车重点覆盖沂源、高青等县的农村学校；二是名家讲堂进校园，"
           "邀请院士专家、科技工作者担任主讲。")
    w.heading("三、2025年打算")
    w.body("推动科普大篷车与“科普中国”资源对接，探索“线上大讲堂”。")
    sign_off(w, "淄博市科学技术协会", "2024年12月24日")
    w.save(path)
    return Truth({"9.2": cum(U, "9.2", Q), "9.3": cum(U, "9.3", Q)})


# ---------------------------------------------------------------- 市交通运输局

@ret("h74", "市交通运输局", "2024Q3", "no-new-this-quarter", "docx", batch=4)
def jt_q3_none(path):
    U, Q = "市交通运输局", "2024Q3"
    w = Word(landscape=True)
    w.title("市交通运输局三季度为妇女儿童办实事项目进展情况", size=18)
    w.para("报送单位：淄博市交通运输局　　　　　　　　　　　　　　　　　　　报送时间：2024年10月8日",
           size=12)
    v = n(U, "6.2", Q)
    rows = [["指标", "年度目标", "上季度末累计", "本季度新增", "累计完成", "备注"],
            ["开通“定制公交”助学专线", "4条", f"{int(prev(U, '6.2', Q))}条", "无新增", f"{v}条",
             "已于二季度全部开通，秋季学期运行平稳"]]
    w.table(rows, widths=[6, 3, 3.5, 3, 3, 7], size=12)
    w.para()
    w.body("三季度，助学专线共运行1,860个班次，服务学生2.3万人次，未发生安全责任事故。")
    w.save(path)
    return Truth({"6.2": cum(U, "6.2", Q)})


@ret("h85", "市交通运输局", "2024Q1", "memo-numbered-paragraphs", "pdf-scan", batch=4)
def jt_q1_memo(path):
    U, Q = "市交通运输局", "2024Q1"
    w = Word()
    w.title("情况说明")
    w.para()
    w.para("市妇儿工委办公室：")
    w.body("关于“定制公交”助学专线一季度推进情况，现说明如下：")
    w.body(f"1.截至一季度末，已开通“定制公交”助学专线{cn(n(U, '6.2', Q), liang=True)}条，"
           "分别服务张店区凯瑞小学和临淄区雪宫小学。")
    w.body("2.另有2条线路已完成线路踏勘和需求摸排，计划二季度开通。")
    w.body("3.专线车辆均配备随车安全员，安装车载视频监控。")
    sign_off(w, "淄博市交通运输局", "2024年4月3日")
    w.save(path)
    return Truth({"6.2": cum(U, "6.2", Q)})


# ---------------------------------------------------------------- 市教育局

@ret("h76", "市教育局", "2024Q1", "target-restated-every-row", "docx", batch=4)
def jy_q1_targets(path):
    U, Q = "市教育局", "2024Q1"
    w = Word(landscape=True)
    w.title("淄博市教育局为妇女儿童办实事项目进展情况（第一季度末）", size=18)
    rows = [["序号", "指标", "完成情况"]]
    for k, (ind, name, target, m) in enumerate((
            ("1.1", "新改扩建中小学", "4", "所"), ("1.2", "新改扩建幼儿园", "10", "所"),
            ("1.3", "打造智慧教育应用场景", "10", "个"), ("4.1", "开展家庭教育巡讲", "不少于300", "场"),
            ("8.1", "开展心理健康科普知识宣传", "200", "场")), 1):
        rows.append([str(k), name, f"年度目标：{target}{m}；截至第一季度末累计完成：{n(U, ind, Q)}{m}"])
    rows.append(["6", "中小学幼儿园安全防范建设“4个100%”达标率",
                 "年度目标：100%；截至第一季度末：100%"])
    w.table(rows, widths=[1.5, 9, 14], size=12)
    w.para()
    w.para("淄博市教育局　　2024年4月2日", align="right")
    w.save(path)
    return Truth({i: cum(U, i, Q) for i in ("1.1", "1.2", "1.3", "4.1", "8.1", "8.2")})


# ---------------------------------------------------------------- 市残联

@ret("h78", "市残联", "2024Q2", "footnoted-table", "pdf-text", batch=4)
def cl_q2_note(path):
    U, Q = "市残联", "2024Q2"
    w = Word(landscape=True)
    w.title("市残联为妇女儿童办实事项目进展情况\n（截至6月末）", size=18)
    rows = [["项目", "年度目标", "累计救助人数（名）①", "拨付资金（万元）②", "定点康复机构（家）"],
            ["残疾儿童康复救助", "约2000名", comma(n(U, "10.2", Q)), "612.4", "48"]]
    w.table(rows, widths=[5, 3.5, 5, 5, 4], size=12)
    w.para("注：①累计救助人数为1月1日至6月30日经审核实施康复救助的残疾儿童人数，"
           "跨年度延续救助的只统计一次。②含中央、省级补助资金。", size=11)
    w.para()
    w.para("淄博市残疾人联合会康复部　　2024年7月4日", align="right", size=12)
    w.save(path)
    return Truth({"10.2": cum(U, "10.2", Q)})


@ret("h96", "市残联", "2024Q4", "district-rows-citywide", "pdf-text", batch=4)
def cl_q4_districts(path):
    U, Q = "市残联", "2024Q4"
    w = Word()
    w.title("2024年残疾儿童康复救助分区县完成情况", size=18)
    w.para("单位：淄博市残疾人联合会　　　　　　　　统计时间：全年", size=12)
    rescued = (402, 228, 150, 176, 268, 214, 128, 142, 170, 98, 70)
    autism = (81, 40, 22, 30, 52, 37, 18, 21, 35, 16, 9)
    assert sum(rescued) == n(U, "10.2", Q)
    rows = [["区县", "救助人数（名）", "其中：孤独症儿童（名）"]]
    rows += [[d, str(a), str(b)] for d, a, b in zip(DISTRICTS, rescued, autism)]
    rows.append(["全市", str(sum(rescued)), str(sum(autism))])
    w.table(rows, widths=[5, 5, 6], size=12)
    w.para()
    w.para("2024年12月24日", align="right")
    w.save(path)
    return Truth({"10.2": cum(U, "10.2", Q)})


# ---------------------------------------------------------------- 市公安局, 市法院, 市检察院

@ret("h80", "市公安局", "2024Q3", "legal-department-wording", "docx", batch=4)
def ga_q3_legal(path):
    U, Q = "市公安局", "2024Q3"
    w = Word()
    w.title("淄博市公安局\n关于第三季度末“阳光成长”青少年身心健康\n护航行动进展情况的报告")
    w.para()
    w.para("市妇儿工委办公室：")
    w.body("三季度，市公安局以秋季开学为节点，持续深化护校安园和未成年人保护工作，现将有关情况报告如下：")
    w.heading("一、护校安园")
    w.body("全市公安机关在中小学幼儿园设置“护学岗”412个，开学首月每日上下学高峰时段见警率、"
           "管事率保持高位；会同教育部门对全市中小学幼儿园安全防范建设开展联合检查，"
           f"“4个100%”达标率保持{cum(U, '8.2', Q):g}%。")
    w.heading("二、未成年人保护")
    w.body("依法严厉打击侵害未成年人违法犯罪，1-9月破获侵害未成年人刑事案件37起；落实强制报告制度，"
           "接报涉未成年人线索24条，均已依法处置。民警担任法治副校长312名，开展“法治进校园”宣讲86场。")
    w.heading("三、下步打算")
    w.body("四季度开展校园周边治安乱点排查整治，推动“护学岗”向农村学校延伸。")
    sign_off(w, "淄博市公安局", "2024年10月9日")
    w.save(path)
    return Truth({"8.2": 100})


@ret("h81", "市法院", "2024Q1", "memo-numbered-paragraphs", "doc", batch=4)
def fy_q1_memo(path):
    w = Word()
    w.title("淄博市中级人民法院\n关于家事案件调解联盟建设情况的说明")
    w.para()
    w.body("按照为妇女儿童办实事分工，市中院配合建立家事案件调解联盟。一季度工作情况说明如下：")
    w.body("1.起草《淄博市家事纠纷多元化解联盟工作办法（征求意见稿）》，已征求市妇联、市司法局意见。")
    w.body("2.在张店、淄川两地法院试点家事调解工作室，一季度诉前分流家事纠纷213件，调解成功127件。")
    w.body("3.开展“家事审判进社区”巡回审判9次，发出家庭教育指导令6份。")
    w.body("4.下步，联合市妇联遴选家事调解员，力争二季度召开联盟成立大会。")
    sign_off(w, "淄博市中级人民法院", "2024年4月8日")
    w.save(path)
    return Truth({})


@ret("h82", "市检察院", "2024Q2", "legal-table-narrative", "pdf-text", batch=4)
def jc_q2_table(path):
    w = Word(landscape=True)
    w.title("淄博市人民检察院上半年为妇女儿童办实事工作进展情况表", size=18)
    progress = ("上半年，全市检察机关办理侵害未成年人犯罪案件批捕41人、起诉58人；对涉罪未成年人"
                "附条件不起诉19人，开展家庭教育指导32次；会同教育部门落实入职查询制度，"
                "查询教职员工1.6万人次。")
    problems = "基层院专业化办案力量不足。"
    plans = "推进“一站式”询问救助场所全覆盖。"
    rows = [["项目名称", "我院承担任务", "工作进展", "存在问题", "下步打算"],
            ["实施“阳光成长”青少年身心健康护航行动", "未成年人综合司法保护；参与建立家事案件调解联盟",
             progress, problems, plans]]
    w.table(rows, widths=[4.5, 5, 10, 3.5, 4])
    w.para()
    w.para("2024年7月5日", align="right")
    w.save(path)
    return Truth({}, {"8": {"progress": progress, "problems": problems, "plans": plans}})


@ret("h94", "市检察院", "2024Q4", "annual-summary", "docx", batch=4)
def jc_q4_year(path):
    w = Word()
    w.title("市检察院2024年未成年人检察工作\n暨为妇女儿童办实事完成情况")
    w.para()
    w.body("2024年，市检察院坚持未成年人保护“最有利于未成年人”原则，全年各项任务完成情况如下。")
    w.heading("一、依法惩治和预防")
    w.body("全年批捕侵害未成年人犯罪83人、起诉117人；对涉罪未成年人附条件不起诉42人，帮教回归率100%。")
    w.heading("二、家事调解与家庭教育指导")
    w.body("参与市中院牵头的家事案件调解联盟，派驻检察官参与调解涉未成年人抚养、探望纠纷56件；"
           "发出督促监护令78份。")
    w.heading("三、强制报告与入职查询")
    w.body("强制报告制度落实情况纳入年度考核，全年通过强制报告发现案件线索19条。")
    sign_off(w, "淄博市人民检察院", "2024年12月30日")
    w.save(path)
    return Truth({})


# ---------------------------------------------------------------- 团市委, 市民政局: name only in the 落款

@ret("h83", "团市委", "2024Q2", "unit-only-in-sign-off", "docx", batch=4)
def tw_q2_signoff(path):
    U, Q = "团市委", "2024Q2"
    w = Word()
    w.title("二季度新型婚育文化培育行动进展情况")
    w.para()
    w.body(f"二季度，我委依托“青春有约”品牌举办单身青年联谊活动2场，累计举办{n(U, '5.1', Q)}场，"
           "参与单身青年共560人次，现场牵手43对。")
    w.body("下一步，将结合“七夕”节点，联合市总工会举办大型联谊活动。")
    w.para()
    w.para()
    w.para("共青团淄博市委员会（印章）    ", align="right")
    w.para("2024年7月3日    ", align="right")
    w.save(path)
    return Truth({"5.1": cum(U, "5.1", Q)})


@ret("h87", "市民政局", "2024Q2", "unit-only-in-sign-off", "pdf-scan", batch=4)
def mz_q2_scan(path):
    U, Q = "市民政局", "2024Q2"
    w = Word()
    w.title("第二季度特殊困难儿童关爱项目进展情况")
    w.para()
    w.body("一、就学资助。春季学期资助在校孤儿、事实无人抚养儿童及重点困境儿童共计326名，"
           f"享受民政保障的孤困儿童就学资助覆盖率{cum(U, '10.1', Q):g}%。")
    w.body("二、关爱服务。“爱心妈妈”新增结对82对，儿童主任走访探视2,300余人次。")
    w.body("三、下步工作。做好秋季学期资助对象审核。")
    sign_off(w, "淄博市民政局", "2024年7月2日")
    w.save(path)
    return Truth({"10.1": 100})


# ---------------------------------------------------------------- 市商务局, 市人社局

@ret("h84", "市商务局", "2024Q3", "monthly-ledger", "docx", batch=4)
def sw_q3_months(path):
    U, Q = "市商务局", "2024Q3"
    w = Word(landscape=True)
    w.title("市商务局三季度家政培训工作台账", size=18)
    months = (120, 135, 115)
    assert sum(months) == n(U, "2.1", Q) - int(prev(U, "2.1", Q))
    rows = [["项目", "7月", "8月", "9月", "三季度小计", "1-9月累计"],
            ["家政从业人员培训（人次）", *map(str, months), str(sum(months)), str(n(U, "2.1", Q))],
            ["参训家政企业（家）", "6", "8", "5", "19", "41"]]
    w.table(rows, widths=[6, 2.5, 2.5, 2.5, 3.5, 3.5], size=12)
    w.para()
    w.para("填报：淄博市商务局服务业发展科　　2024年10月9日", size=12, align="right")
    w.save(path)
    return Truth({"2.1": cum(U, "2.1", Q)})


@ret("h97", "市商务局", "2024Q1", "measure-in-header", "doc", batch=4)
def sw_q1_header(path):
    U, Q = "市商务局", "2024Q1"
    w = Word(landscape=True)
    w.title("淄博市商务局巾帼促就业计划（家政培训）1-3月推进情况", size=18)
    rows = [["承担任务", "开班（期）", "培训家政从业人员（人次）", "参训企业（家）", "说明"],
            ["家政职业技能培训", "9", str(n(U, "2.1", Q)), "14", "以母婴护理、整理收纳为主"]]
    w.table(rows, widths=[5, 3, 5, 3.5, 7], size=12)
    w.para()
    w.para("2024年4月3日", align="right")
    w.save(path)
    return Truth({"2.1": cum(U, "2.1", Q)})


@ret("h91", "市人力资源社会保障局", "2024Q4", "target-restated-every-row", "doc", batch=4)
def rs_q4_targets(path):
    U, Q = "市人力资源社会保障局", "2024Q4"
    w = Word(landscape=True)
    w.title("市人社局2024年全年巾帼促就业计划完成情况", size=18)
    rows = [["工作任务", "目标及完成情况", "备注"],
            ["培训家政从业人员",
             f"全年目标5000人次；全年完成{comma(n(U, '2.1', Q))}人次", "另由市妇联、市商务局承担部分"],
            ["举办女性就业专场招聘活动",
             f"全年目标不少于30场；全年完成{n(U, '2.2', Q)}场", "线上线下结合"]]
    w.table(rows, widths=[6, 12, 7], size=12)
    w.para()
    w.para("淄博市人力资源和社会保障局　　2024年12月27日", align="right", size=12)
    w.save(path)
    return Truth({"2.1": cum(U, "2.1", Q), "2.2": cum(U, "2.2", Q)})


# ---------------------------------------------------------------- 市医保局

@ret("h71", "市医保局", "2024Q2", "memo-numbered-paragraphs", "docx", batch=4)
def yb_q2_memo(path):
    w = Word()
    w.title("市医保局关于1至6月职工医保住院分娩\n费用保障情况的说明")
    w.para()
    w.body("1.政策落实。自2024年1月1日起，职工医保参保人员住院分娩政策范围内医疗费用报销比例"
           "为100%，上半年全部按此比例结算。")
    w.body("2.待遇享受。1至6月，全市3,412人次享受生育医疗费用待遇，基金支付2,186万元。")
    w.body("3.经办服务。生育津贴实现免申即享，平均到账时间缩短至5个工作日。")
    sign_off(w, "淄博市医疗保障局", "2024年7月4日")
    w.save(path)
    return Truth({"5.2": 100})
