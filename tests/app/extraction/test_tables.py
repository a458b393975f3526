"""Reading tables built directly from the model: header rows, column roles, merged project
cells, ledgers, this-quarter and cumulative columns side by side."""
import pytest

from app.extraction.interpret import interpret_document
from app.extraction.tables import classify_header, find_header_rows, read_table
from tests.app.extraction.builders import block, doc, table


def values(catalog, *items, **kw):
    r = interpret_document(doc(*items, **kw), catalog, "t.docx")
    return {k: v.value for k, v in r.values.items()}


@pytest.mark.parametrize("header, role", [
    ("序号", "seq"), ("实事项目", "project"), ("项目名称", "project"), ("具体指标", "indicator"),
    ("年度目标", "target"), ("全年任务", "target"), ("目标任务数", "target"),
    ("累计完成", "cumulative"), ("截至6月底累计完成", "cumulative"), ("完成数", "cumulative"),
    ("本季度新增", "this_quarter"), ("当季完成", "this_quarter"), ("完成率", "rate"),
    ("工作进展", "progress"), ("进展情况", "progress"), ("存在问题", "problems"),
    ("下步打算", "plans"), ("下一步工作计划", "plans"), ("存在问题及下步打算", "problems_plans"),
    ("责任单位", "unit"), ("单位名称", "unit"), ("备注", "remarks"), ("二季度", "ledger"), ("计划完成数", "target"),
    ("目标值", "target"), ("一季度进展情况（截至3月31日）", "progress"), ("截至6月底工作开展情况", "progress"),
    ("活动", "indicator"), ("活动类型", "indicator"), ("活动场次", "other"),
])
def test_column_headers_are_classified(header, role):
    assert classify_header(header) == role


def test_title_rows_above_the_header_are_skipped():
    t = table([["2024年一季度进展情况表", "", ""], ["序号", "指标", "累计完成"], ["1", "巡讲", "3场"]],
              merges=[(0, 0, 1, 3)])
    assert find_header_rows(t) == [1]


def test_two_row_header_combines_parent_and_child():
    t = table([["项目", "完成情况", ""], ["", "本季度", "累计"], ["巡讲", "2", "9"]],
              merges=[(0, 0, 2, 1), (0, 1, 1, 2)])
    reading = read_table(t)
    assert reading.header_rows == [0, 1]
    assert [c.role for c in reading.columns] == ["project", "this_quarter", "cumulative"]


def test_a_completion_column_of_prose_is_a_progress_column():
    t = table([["实事项目", "完成情况"],
               ["教育资源扩增优化工程", "今年以来，全市新改扩建中小学2所、幼儿园5所，进展顺利。"]])
    assert [c.role for c in read_table(t).columns] == ["project", "progress"]


def test_reordered_columns_read_the_cumulative_one(catalog):
    got = values(catalog, "市教育局2024年第二季度进展情况",
                 table([["累计完成", "完成率", "指标", "年度目标"],
                        ["3", "75%", "新改扩建中小学", "4所"],
                        ["6", "60%", "新改扩建幼儿园", "10所"]]))
    assert got == {"1.1": 3, "1.2": 6}


def test_merged_project_cells_give_the_project_to_every_row(catalog):
    got = values(catalog, "市科协2024年第三季度进展情况",
                 table([["项目", "内容", "完成"],
                        ["润童心儿童素养提升工程", "大篷车巡展", "21场"],
                        ["", "大讲堂", "30场"]], merges=[(1, 0, 2, 1)]))
    assert got == {"9.2": 21, "9.3": 30}


def test_this_quarter_column_is_never_the_cumulative_figure(catalog):
    got = values(catalog, "市总工会2024年第三季度进展",
                 table([["指标", "本季度新增", "累计完成"], ["职工子女托管班", "20", "47"]]))
    assert got == {"7.3": 47}


def test_target_column_is_never_the_figure(catalog):
    got = values(catalog, "市残联2024年第一季度进展",
                 table([["指标", "年度目标", "累计完成"], ["残疾儿童康复救助", "2000名", ""]]))
    assert got == {}


@pytest.mark.parametrize("quarter, title, expected", [
    (2, "市妇联2024年上半年工作台账", 380),
    (3, "市妇联2024年前三季度工作台账", 612),
    (1, "市妇联2024年一季度工作台账", 150),
])
def test_ledger_gives_the_latest_filled_quarter_up_to_the_period(catalog, quarter, title, expected):
    got = values(catalog, title,
                 table([["指标", "一季度", "二季度", "三季度", "四季度"],
                        ["家庭教育巡讲（场）", "150", "380", "612", ""]]))
    assert got["4.1"] == expected


def test_ledger_alone_tells_the_period_when_nothing_else_does(catalog):
    r = interpret_document(doc("市妇联工作台账", table([["指标", "一季度", "二季度", "三季度", "四季度"],
                                                     ["家庭教育巡讲（场）", "150", "380", "", ""]])),
                           catalog, "t.xlsx")
    assert (r.period, r.values["4.1"].value) == ("2024Q2", 380)


def test_repeated_header_on_the_next_page_is_not_a_data_row(catalog):
    got = values(catalog, "市教育局2024年第四季度进展",
                 table([["指标", "累计完成"], ["新改扩建中小学", "4所"], ["指标", "累计完成"],
                        ["新改扩建幼儿园", "10所"]]))
    assert got == {"1.1": 4, "1.2": 10}


def test_project_rows_with_figures_in_prose_go_to_the_text_reader(catalog):
    got = values(catalog, "市卫生健康委2024年第二季度进展情况",
                 table([["序号", "实事项目", "进展情况"],
                        ["1", "普惠托育服务提质行动", "培育示范区县2个，打造示范托育机构6家，投入资金300万元。"]]))
    assert got == {"7.1": 2, "7.2": 6}


def test_section_rows_name_the_project_of_the_rows_below(catalog):
    got = values(catalog, "市妇联2024年第二季度进展情况",
                 table([["指标", "累计完成"], ["一、巾帼促就业计划", ""], ["培训人数（人次）", "412"],
                        ["二、家庭教育指导服务行动", ""], ["培训骨干人数（人）", "88"]],
                       merges=[(1, 0, 1, 2), (3, 0, 1, 2)]))
    assert got == {"2.1": 412, "4.2": 88}


def test_cells_with_low_ocr_confidence_lower_the_value_confidence(catalog):
    r = interpret_document(doc("市总工会2024年第三季度进展",
                               table([["指标", "累计完成"], ["职工子女托管班", "47"]],
                                     confidence=0.5, from_ocr=True), kind="pdf-scan"),
                           catalog, "t.pdf")
    assert r.values["7.3"].confidence < 0.9
    assert any("扫描文字" in w for w in r.warnings)


def test_quarter_columns_under_one_parent_are_read_by_position_with_less_confidence(catalog):
    r = interpret_document(doc("市人社局2024年前三季度进展",
                               table([["指标", "累计完成情况", "", "", ""],
                                      ["", "季度", "季度", "季度", "四季度"],
                                      ["培训家政从业人员", "320", "858", "1327", ""]],
                                     merges=[(0, 0, 2, 1), (0, 1, 1, 4)])), catalog, "t.docx")
    assert {k: v.value for k, v in r.values.items()} == {"2.1": 1327}
    assert r.values["2.1"].confidence < 0.9


@pytest.mark.parametrize("heads, sure", [
    (["一季度", "二季度", "三季度", "四季度"], True),
    (["季度", "季度", "三季度", "累计"], False),
    (["月", "月", "月", "合计"], False),
])
def test_a_ledger_whose_period_labels_are_lost_is_read_with_less_confidence(catalog, heads, sure):
    r = interpret_document(doc("市总工会2024年第三季度台账",
                               table([["项目", *heads], ["职工子女托管班", "12", "30", "47", "47"]])),
                           catalog, "t.docx")
    assert (r.values["7.3"].confidence >= 0.9) == sure


def test_a_workbook_with_one_sheet_per_quarter_reports_the_latest_filled_sheet(catalog):
    def sheet(page, title, figure):
        t = table([["指标", "累计完成"], ["家庭教育巡讲", figure]], page=page)
        return [block(title, role="title", page=page), t]
    d = doc(*sheet(1, "市妇联2024年一季度进展", "120场"), *sheet(2, "市妇联2024年上半年进展", "350场"),
            *sheet(3, "市妇联2024年前三季度进展", ""), kind="xlsx")
    r = interpret_document(d, catalog, "t.xlsx")
    assert (r.period, r.values["4.1"].value) == ("2024Q2", 350)


def test_a_second_sheet_that_only_mentions_a_quarter_is_not_a_quarters_sheet(catalog):
    """Sheet 1 is 1-9月; sheet 2 lists the 示范托育机构 and says 小计：2家（二季度末1家）: both
    sheets are read, not only the one of the latest quarter."""
    s1 = [block("职工子女寒暑假托管班开展情况（2024年1-9月）", role="title"),
          table([["区县", "合计（个班次）"], ["张店区", "6"], ["合计", "52"]])]
    s2 = [block("工会系统市级示范托育机构", role="title", page=2),
          table([["序号", "机构名称", "托位（个）"], ["1", "齐鲁石化职工子女托育园", "120"],
                 ["2", "小太阳托育中心", "80"]], page=2),
          block("小计：2家（二季度末1家）", page=2)]
    r = interpret_document(doc(block("填报单位：市总工会"), *s1, *s2, kind="xlsx"), catalog, "t.xlsx")
    assert r.period == "2024Q3"
    assert {k: v.value for k, v in r.values.items()} == {"7.2": 2, "7.3": 52}


def test_a_transposed_table_reads_the_row_labelled_cumulative(catalog):
    got = values(catalog, "市商务局2024年全年进展",
                 table([["项目", "培训家政从业人员（人次）"], ["全年任务", "不少于1360人次"],
                        ["本季度新增", "94"], ["累计完成数", "904"]]))
    assert got == {"2.1": 904}


def test_a_total_column_of_a_table_by_district_is_the_figure(catalog):
    got = values(catalog, "市人社局2024年前三季度分区县情况",
                 table([["指标", "张店区", "淄川区", "全市"],
                        ["培训家政从业人员（人次）", "560", "318", "2950"]]))
    assert got == {"2.1": 2950}


def test_the_sheet_title_names_a_column_its_header_does_not(catalog):
    got = values(catalog, "填报单位：市总工会",
                 table([["2024年寒暑假职工子女托管班开办情况统计表", "", ""],
                        ["单位", "开办班次（个）", "投入资金（万元）"],
                        ["全市合计", "58", "112"], ["张店区", "11", "20.9"]],
                       merges=[(0, 0, 1, 3)]))
    assert got == {"7.3": 58}


def test_a_cell_restating_the_target_gives_the_cumulative_figure(catalog):
    got = values(catalog, "市教育局第一季度进展",
                 table([["序号", "指标", "完成情况"],
                        ["1", "新改扩建中小学", "年度目标：4所；截至第一季度末累计完成：1所"],
                        ["2", "新改扩建幼儿园", "年度目标：10所；截至第一季度末累计完成：2所"]]))
    assert got == {"1.1": 1, "1.2": 2}


def test_a_remark_restating_the_target_is_not_the_figure(catalog):
    got = values(catalog, "市文化和旅游局上半年分区县情况",
                 table([["区县", "演出及课程辅导（场）", "备注"], ["张店区", "40", ""],
                        ["合计", "203", "年度目标200场"]]))
    assert got == {"9.1": 203}


def test_a_monthly_ledger_reads_its_total_column(catalog):
    got = values(catalog, "市总工会2024年托管班工作台账",
                 table([["填报单位：淄博市总工会", "", "", "截至9月末", ""],
                        ["项目", "1月", "7月", "累计", "备注"],
                        ["开办托管班（个班次）", "9", "30", "39", "寒假1月、暑假7月"]],
                       merges=[(0, 0, 1, 3), (0, 3, 1, 2)]))
    assert got == {"7.3": 39}


def test_a_progress_column_of_figures_gives_rates_and_counts_their_own_rows(catalog):
    got = values(catalog, "市教育局2024年第三季度实事进展",
                 table([["实事内容", "全年计划", "完成进度"],
                        ["新改扩建幼儿园", "10所", "7所"],
                        ["中小学幼儿园护校安园“4个100%”建设达标率", "100%", "100%"]]))
    assert got == {"1.2": 7, "8.2": 100}


def test_a_completion_rate_column_is_not_a_count_indicators_figure(catalog):
    got = values(catalog, "市教育局2024年第三季度实事进展",
                 table([["实事内容", "全年计划", "完成率"],
                        ["新改扩建幼儿园", "10所", "70%"]]))
    assert "1.2" not in got


def test_a_district_table_is_named_by_the_line_above_it(catalog):
    got = values(catalog, "市残联2024年第二季度实事推进情况", "残疾儿童康复救助各区县落实情况",
                 table([["区县", "已救助（人）", "其中：脑瘫儿童（人）"],
                        ["淄川区", "210", "31"], ["高青县", "95", "12"], ["合计", "1134", "160"]]))
    assert got == {"10.2": 1134}


def test_a_district_tables_title_may_stand_above_an_info_line(catalog):
    got = values(catalog, "市残联2024年第二季度实事推进情况", "残疾儿童康复救助各区县落实情况",
                 "填报单位：市残联　统计截至：6月30日",
                 table([["区县", "已救助（人）"], ["淄川区", "210"], ["合计", "1134"]]))
    assert got == {"10.2": 1134}


def test_a_district_table_with_no_line_naming_it_gives_nothing(catalog):
    got = values(catalog, "市残联2024年第二季度实事推进情况",
                 table([["区县", "已救助（人）", "其中：脑瘫儿童（人）"],
                        ["淄川区", "210", "31"], ["合计", "1134", "160"]]))
    assert "10.2" not in got


@pytest.mark.parametrize("rows", [
    [["栏目", "填写内容"], ["实事名称", "青少年“蒲公英”科普大讲堂"], ["截至本季度末累计", "27场"],
     ["存在困难", "场地紧张"]],
    [["项目名称", "科普大篷车巡展"], ["完成数", "41场"], ["项目名称", "蒲公英科普大讲堂"],
     ["完成数", "27场"]],
])
def test_a_form_filled_in_down_the_page_is_read(catalog, rows):
    got = values(catalog, "市科协2024年第三季度实事项目登记表", table(rows))
    assert got["9.3"] == 27 and set(got) <= {"9.2", "9.3"}


def test_a_two_line_table_under_a_heading_takes_the_heading_as_its_indicator(catalog):
    got = values(catalog, "市科协2024年第三季度进展情况", "（二）科普大篷车巡展",
                 table([["累计完成", "41场"], ["下步打算", "继续深入乡镇学校"]]))
    assert got == {"9.2": 41}


def test_a_headerless_row_reads_its_figure_cell_for_the_name_beside_it_and_is_less_sure(catalog):
    r = interpret_document(doc("市交通运输局2024年第三季度实事进展",
                               table([["定制公交助学专线全年开通15条", "开通11条"]])),
                           catalog, "t.docx")
    assert r.values["6.2"].value == 11 and r.values["6.2"].confidence < 0.9


def test_a_register_form_filled_in_down_the_page_gives_period_figure_and_texts(catalog):
    r = interpret_document(doc(
        "实事项目推进登记表",
        table([["填报单位", "淄博市残疾人联合会"], ["统计期间", "2024年4月至6月"],
               ["实事项目", "残疾儿童康复救助"],
               ["完成情况", "截至6月底累计救助残疾儿童1310名，康复训练有序开展。"],
               ["困难问题", "康复机构分布不均。"], ["下步措施", "推动县级康复中心建设。"]])),
        catalog, "登记表.xlsx")
    assert r.period == "2024Q2"
    assert r.values["10.2"].value == 1310
    assert r.texts["10"].problems == "康复机构分布不均。"
    assert r.texts["10"].plans == "推动县级康复中心建设。"


def test_a_two_column_table_with_a_header_is_not_a_register_form(catalog):
    from app.extraction.tables import record_table
    t = table([["指标", "累计完成"], ["科普大篷车巡展", "41场"], ["蒲公英科普大讲堂", "27场"],
               ["戏曲进校园", "60场"]])
    assert record_table(t) is None


def test_a_table_of_labelled_figures_under_a_heading_reads_the_cumulative_one(catalog):
    got = values(catalog, "市科协2024年第三季度进展情况", "（三）青少年“蒲公英”科普大讲堂",
                 table([["指标", "完成情况"], ["年度计划", "50场"], ["截至9月底累计", "37场"],
                        ["参与学生", "1.2万人次"]]))
    assert got == {"9.3": 37}


def test_the_measure_in_a_rows_prose_picks_between_indicators_its_words_share(catalog):
    got = values(catalog, "市教育局2024年第二季度进展情况",
                 table([["序号", "任务", "推进情况"],
                        ["1", "中小学幼儿园安全防范建设“4个100%”达标率",
                         "全年要求：100%；截至6月底：100%"]]))
    assert got == {"8.2": 100}


def test_a_progress_cell_merged_over_several_indicator_rows_is_not_about_each_row(catalog):
    got = values(catalog, "市民政局2024年第二季度进展情况表",
                 table([["实事项目", "指标", "累计完成", "进展情况"],
                        ["儿童关爱", "享受民政保障的孤困儿童就学资助覆盖率", "100%",
                         "为困境儿童发放生活补贴，惠及困境儿童856名。"],
                        ["儿童关爱", "残疾儿童康复救助（名）", "", ""]],
                       merges=[(1, 0, 2, 1), (1, 3, 2, 1)]))
    assert got == {"10.1": 100}


@pytest.mark.parametrize("earlier", ["2023年实绩", "上年同期", "去年完成"])
def test_a_column_of_an_earlier_year_beside_this_year_is_never_the_figure(catalog, earlier):
    got = values(catalog, "市总工会2024年第四季度进展情况",
                 table([["项目", earlier, "2024年实绩", "同比"],
                        ["职工子女托管班（个）", "52", "61", "+17%"]]))
    assert got == {"7.3": 61}


@pytest.mark.parametrize("header, role", [
    ("同比增长", "previous"), ("较上年增减", "previous"), ("是否达标", "mark"),
    ("验收标准", "target"),
])
def test_comparison_mark_and_standard_columns_are_not_figure_columns(header, role):
    assert classify_header(header) == role


def test_a_standard_column_restating_the_target_loses_to_the_actual_and_a_tick_is_a_mark(catalog):
    got = values(catalog, "市卫健委2024年全年任务落实清单",
                 table([["序号", "工作任务", "验收标准", "实际完成", "是否达标"],
                        ["1", "培育市级婴幼儿照护服务示范区县", "3个", "4个", "√"],
                        ["2", "打造市级示范托育机构", "—", "12家", "—"]]))
    assert got == {"7.1": 4, "7.2": 12}


def test_rows_named_by_an_office_read_the_measure_named_in_the_second_column(catalog):
    got = values(catalog, "市科协2024年第二季度进展（分部门）",
                 table([["承办部门", "承担事项", "截至6月底完成", "说明"],
                        ["科普部", "科普大篷车巡展（场）", "17", "另有5场已排期"],
                        ["学会部", "“蒲公英”科普大讲堂（场）", "22", ""]]))
    assert got == {"9.2": 17, "9.3": 22}


def _read(catalog, *items):
    return interpret_document(doc(*items), catalog, "t.docx")


def test_a_lead_departments_table_gives_each_department_its_own_subtotal(catalog):
    t = table([["承担单位", "活动主体", "举办女性就业专场招聘活动（场）"],
               ["市人社局", "市级", "12"], ["市人社局", "区县", "20"],
               ["市人社局", "市人社局小计", "32"],
               ["市商务局", "商圈", "9"], ["市商务局", "市商务局小计", "9"],
               ["合计", "合计", "41"]], merges=[(6, 0, 1, 2)])
    r = _read(catalog, "淄博市人力资源和社会保障局", "2024年第三季度招聘活动汇总", t)
    assert r.unit == "市人力资源社会保障局"
    assert {k: v.value for k, v in r.values.items()} == {"2.2": 32}


def test_a_total_row_under_a_table_named_only_by_its_title_is_read_less_surely(catalog):
    r = _read(catalog, "市科协2024年科普大篷车巡展完成情况（第四季度）",
              table([["类别", "场次", "备注"], ["校园站", "31", ""], ["社区站", "14", ""],
                     ["合计", "45", "超额完成"]]))
    assert r.values["9.2"].value == 45
    assert r.values["9.2"].confidence < 0.9


def test_a_this_quarter_work_column_of_sentences_is_prose_to_read(catalog):
    got = values(catalog, "市总工会2024年第一季度工作进展",
                 table([["项目", "本季度工作开展情况"],
                        ["职工子女托管", "开办寒假职工子女托管班14个。"]]))
    assert got == {"7.3": 14}


@pytest.mark.parametrize("remark", ["其余6所正在施工", "另有3所在建"])
def test_a_remark_about_the_rest_is_not_the_figure(catalog, remark):
    got = values(catalog, "市教育局2024年第二季度进展",
                 table([["指标", "累计完成", "备注"], ["新改扩建幼儿园", "", remark]]))
    assert got == {}


@pytest.mark.parametrize("parts, total", [
    (["上学期（场）", "下学期（场）"], "累计（场）"), (["寒假期间（场）", "暑假期间（场）"], "累计完成（场）"),
    (["秋季（场）", "春季（场）"], "全年累计（场）"),
])
def test_beside_a_total_column_a_column_of_one_part_of_the_period_is_never_the_figure(
        catalog, parts, total):
    got = values(catalog, "市科协科普大篷车巡展开展情况（截至12月底）",
                 table([["指标", *parts, total], ["科普大篷车巡展", "31", "24", "55"]]))
    assert got == {"9.2": 55}


@pytest.mark.parametrize("due, done, rate", [
    ("应筛查（人）", "实际筛查（人）", "筛查率"), ("应检人数", "已检人数", "率"),
    ("应查对象数", "已查人数", "检查率（%）"),
])
def test_due_done_and_rate_columns_give_a_rate_indicator_its_rate(catalog, due, done, rate):
    got = values(catalog, "市卫生健康委2024年第二季度工作进展",
                 table([["指标", due, done, rate], ["适龄妇女两癌筛查", "50000", "21300", "42.6%"]]))
    assert got == {"3.1": 42.6}


@pytest.mark.parametrize("rows, expected", [
    ([["项目", "达标学校（所）", "达标比率"], ["校园专职保安配备达标", "1,150", "98.2%"],
      ["校园封闭管理达标", "1,171", "100%"], ["中小学幼儿园安全防范建设综合达标率", "—", "99.1%"]], 99.1),
    ([["指标", "达标率"], ["中小学幼儿园安全防范建设：专职保安员配备达标率", "98.2%"],
      ["中小学幼儿园安全防范建设：封闭化管理达标率", "97.5%"],
      ["中小学幼儿园安全防范建设总体达标率", "99.1%"]], 99.1),
])
def test_sub_item_rates_give_way_to_the_overall_row(catalog, rows, expected):
    r = interpret_document(doc("市公安局上半年校园安全防范建设进展", table(rows)), catalog, "t.docx")
    assert {k: v.value for k, v in r.values.items()} == {"8.2": expected}
    assert r.values["8.2"].confidence < 0.9  # the parts were set aside by a rule


def test_district_rows_are_parts_and_the_total_row_gives_the_figure(catalog):
    rows = [["序号", "区县", "年度任务（名）", "累计救助（名）", "完成率"],
            ["1", "张店区", "420", "236", "56.2%"], ["2", "淄川区", "260", "141", "54.2%"],
            ["", "全市合计", "2000", "1130", "56.5%"]]
    got = values(catalog, "淄博市残疾人联合会残疾儿童康复救助项目进展统计表（1—6月）", table(rows))
    assert got == {"10.2": 1130}
    # without a total row, districts are never added up
    assert values(catalog, "淄博市残疾人联合会残疾儿童康复救助项目进展统计表（1—6月）",
                  table(rows[:3])) == {}


def test_a_place_in_brackets_after_the_target_is_not_the_measure(catalog):
    got = values(catalog, "淄博市妇联2024年工作台账", "报送时间：2024年10月8日", table([
        ["项目", "指标", "单位", "年度目标", "一季度", "二季度", "三季度", "四季度"],
        ["巾帼促就业", "培训家政从业人员", "人次", "5000（全市）", "95", "380", "655", ""]]))
    assert got == {"2.1": 655}


def test_money_and_counts_under_a_rate_title_are_not_the_rate(catalog):
    got = values(catalog, "淄博市民政局孤困儿童就学资助覆盖率情况统计表（截至2024年6月30日）", table([
        ["项目", "保障对象", "应资助人数", "已资助人数", "资助金额（万元）", "覆盖率"],
        ["孤儿助学工程", "孤儿", "312", "312", "93.6", "100%"],
        ["合计", "合计", "1946", "1946", "303.4", "100%"]]))
    assert got == {"10.1": 100}


def test_one_row_naming_its_indicator_takes_its_done_column_not_the_people_reached(catalog):
    got = values(catalog, "淄博市卫生健康委员会2024年第一季度进展", table([
        ["指标", "单位", "完成", "参与人数"], ["开展心理健康科普知识宣传", "场", "16", "8400"]]))
    assert got == {"8.1": 16}


def test_a_weak_reading_in_prose_gives_way_to_the_indicator_the_table_gives_the_same_figure(catalog):
    got = values(catalog, "淄博市科学技术协会2024年上半年工作进展",
                 "邀请高校教授、科技工作者等走进校园开讲17场，线上线下受众3.2万人次。",
                 table([["指标", "年度目标", "累计完成"], ["青少年“蒲公英”科普大讲堂", "40场", "17"]]))
    assert got == {"9.3": 17}


def test_last_quarters_total_beside_this_quarters_work_are_added_as_a_clerk_would(catalog):
    r = interpret_document(doc("第三季度“润童心”儿童素养提升工程进展情况表", "填报单位：市科协科普部",
                               table([["项目", "年度目标（场）", "上半年累计（场）", "第三季度完成（场）", "完成进度"],
                                      ["科普大篷车巡展", "30", "12", "9", "70.0%"],
                                      ["青少年“蒲公英”科普大讲堂", "40", "17", "11", "70.0%"]])),
                           catalog, "t.docx")
    assert {k: v.value for k, v in r.values.items()} == {"9.2": 21, "9.3": 28}
    assert all(v.confidence < 0.9 for v in r.values.values())  # a sum, not a figure written


def test_a_quarters_total_row_and_the_column_named_by_its_measure_under_a_titled_report(catalog):
    got = values(catalog, "市商务局2024年1—9月家政从业人员培训工作进展情况", "分季度情况如下：",
                 table([["时间", "培训期数", "培训人次"], ["1-3月", "5", "212"], ["4-6月", "9", "392"],
                        ["7-9月", "10", "411"], ["1—9月合计", "24", "1015"]]))
    assert got == {"2.1": 1015}


def test_a_system_export_with_codes_and_a_value_column(catalog):
    got = values(catalog, "", table([
        ["报送单位", "报送期", "指标编码", "指标名称", "计量单位", "指标值"],
        ["淄博市医疗保障局", "2024年度", "SY-02", "职工医保住院分娩结算人次", "人次", "8217"],
        ["淄博市医疗保障局", "2024年度", "SY-03", "职工医保住院分娩政策范围内医疗费用报销比例", "%", "100"]]))
    assert got == {"5.2": 100}


def test_one_row_under_indicator_column_groups_and_a_ledger_in_one_row(catalog):
    got = values(catalog, "巾帼促就业计划一季度进展情况表", "填报单位：淄博市人力资源和社会保障局", table([
        ["项目", "培训家政从业人员（人次）", "", "", "女性就业专场招聘活动", "", "备注"],
        ["", "年度目标", "本季度完成", "累计完成", "场次", "提供岗位（个）", ""],
        ["巾帼促就业计划", "5000", "683", "683", "11", "8640", ""]],
        merges=[(0, 1, 1, 3), (0, 4, 1, 2), (0, 0, 2, 1), (0, 6, 2, 1)]))
    assert got == {"2.1": 683, "2.2": 11}
    got = values(catalog, "残疾儿童康复救助工作台账（2024年）", "报送日期：2024年7月5日", "填报单位：市残联", table([
        ["项目", "年度任务", "截至各季度末累计完成", "", "", "", "完成进度"],
        ["", "", "一季度", "二季度", "三季度", "四季度", ""],
        ["残疾儿童康复救助", "2000", "512", "1164", "", "", "58.2%"]],
        merges=[(0, 2, 1, 4), (0, 0, 2, 1), (0, 1, 2, 1), (0, 6, 2, 1)]))
    assert got == {"10.2": 1164}


def test_a_total_row_whose_label_is_not_in_the_first_column_outweighs_the_parts(catalog):
    got = values(catalog, "家政从业人员培训情况统计表", "填报单位：淄博市商务局", "统计时间：2024年1-9月", table([
        ["序号", "培训类别", "累计培训", "备注"], ["1", "母婴护理（月嫂）", "341", ""],
        ["2", "育婴员", "226", ""], ["", "合计", "962", "其中7-9月培训379人次"]]))
    assert got == {"2.1": 962}


def test_a_month_range_from_january_is_the_total_and_one_quarters_range_its_own_work(catalog):
    got = values(catalog, "淄博市人力资源和社会保障局前三季度巾帼促就业计划进展情况", table([
        ["指标", "年度任务", "7—9月完成", "1—9月累计", "完成进度"],
        ["培训家政从业人员（人次）", "5000", "1180", "2810", "56.2%"],
        ["举办女性就业专场招聘活动（场）", "—", "9", "30", "—"]]))
    assert got == {"2.1": 2810, "2.2": 30}


def test_a_workbook_tab_naming_the_department_comes_before_a_guess_from_the_projects(catalog):
    t = table([["单位", "累计开展（场）", "累计培训（人）"], ["全市", "537", "284"], ["张店区", "49", "32"]])
    t.name = "市妇联-家庭教育"
    r = interpret_document(doc("家庭教育指导服务行动推进情况（截至6月底）", t, kind="xlsx"), catalog, "x.xlsx")
    assert r.unit == "市妇联"


def test_rows_labelled_by_months_are_a_table_by_period_not_a_transposed_one(catalog):
    got = values(catalog, "市商务局2024年1—9月家政从业人员培训工作进展情况", table([
        ["时间", "培训期数", "培训人次"], ["1-3月", "5", "212"], ["4-6月", "9", "392"],
        ["7-9月", "10", "411"], ["1—9月合计", "24", "1015"]]))
    assert got == {"2.1": 1015}


def test_a_table_by_quarter_down_the_page_gives_the_latest_quarters_running_total(catalog):
    rows = [["季度", "当季演出及课程辅导（场）", "累计（场）"], ["一季度", "38", "38"], ["二季度", "49", "87"],
            ["三季度", "44", "131"], ["四季度", "", ""]]
    got = values(catalog, "淄博市文化和旅游局", "戏曲进校园工作完成情况（1—9月）", table(rows))
    assert got == {"9.1": 131}


def test_a_table_by_month_down_the_page_gives_the_last_months_running_total(catalog):
    """One sheet per project: 月份 | 当月场次 | 累计场次, its indicator named only by the
    sheet's title. Each month's 累计 is the total at that month's end: the last one counts."""
    rows = [["“阳光成长”心理健康科普宣传", "", ""], ["月份", "当月场次", "累计场次"],
            ["1月", "2", "2"], ["2月", "3", "5"], ["3月", "4", "9"]]
    got = values(catalog, "淄博市卫生健康委员会", "2024年第一季度进展情况",
                 table(rows, merges=[(0, 0, 1, 3)]))
    assert got["8.1"] == 9


def test_a_project_cell_naming_one_indicator_says_what_its_prose_counts(catalog):
    """项目 | 进展 where the 项目 cell is an indicator's own name: three indicators of project 9
    count 场, so only the row's name tells which one the prose's figure is."""
    t = table([["项目", "进展"], ["科普大篷车巡展", "全年目标30场，上半年完成12场，其中4—6月7场。"],
               ["青少年“蒲公英”科普大讲堂", "全年目标40场，上半年完成16场，听众约6100人次。"]])
    got = values(catalog, "淄博市科学技术协会", "2024年上半年办实事项目进展", t)
    assert got == {"9.2": 12, "9.3": 16}


def test_a_words_column_beside_a_rate_still_gives_the_rows_count(catalog):
    """工作内容 | 目标任务 | 完成情况 | 完成率: the count sits in a 完成情况 cell of words, with
    a part in brackets; the 完成率 cell (60.5%) cannot be a count."""
    t = table([["工作内容", "目标任务", "完成情况", "完成率"],
               ["戏曲进校园演出及课程辅导", "200场", "121场（其中三季度34场，暑期学校放假）", "60.5%"],
               ["公益少儿艺术培训", "—", "开班46期，培训少儿2100人次", "—"]])
    got = values(catalog, block("报送单位：市文化和旅游局"), "“润童心”儿童素养提升工程进展情况",
                 "（2024年1月1日—9月30日）", t)
    assert got == {"9.1": 121}


def test_a_quantity_column_beside_completion_in_words_holds_the_figures(catalog):
    """指标 | 目标 | 完成情况 | 数量 | 备注: 完成情况 says how (配合市残联实施), 数量 how many."""
    t = table([["指标", "目标", "完成情况", "数量", "备注", "责任单位"],
               ["孤困儿童就学资助覆盖率", "100%", "已全覆盖", "100%", "资助孤儿1024名", "市民政局"],
               ["残疾儿童康复救助", "约2000名", "配合市残联实施", "7", "福利机构内康复", "市残联、市民政局"],
               ["“爱心妈妈”结对帮扶", "—", "结对1290对", "—", "", "市妇联、市民政局"]])
    got = values(catalog, "特殊困难儿童关爱项目进展情况（1—9月）", "牵头单位：市民政局 2024年9月29日", t)
    assert got == {"10.1": 100, "10.2": 7}


def test_a_project_cell_naming_its_whole_project_does_not_pick_one_of_its_indicators(catalog):
    t = table([["项目", "进展"], ["家庭教育指导服务", "全年目标开展巡讲1000场，现已完成12场。"]])
    got = values(catalog, "淄博市妇女联合会", "2024年上半年办实事项目进展", t)
    assert got.get("4.2") is None


def test_a_monthly_report_opening_with_the_half_years_row_runs_to_its_last_month(catalog):
    """月份 | 当月场次 | 累计场次 with a first row 1-6月 for the months already reported: the
    last month's 累计 is the figure, not the half year's."""
    rows = [["月份", "当月场次", "累计场次", "覆盖学生（人次）", "备注"],
            ["1-6月", "—", "88", "45600", "上半年合计"], ["7月", "12", "100", "3100", ""],
            ["8月", "9", "109", "2400", ""], ["9月", "41", "150", "9800", "秋季开学集中演出"]]
    got = values(catalog, "淄博市文化和旅游局", block("“戏曲进校园”活动开展情况月报汇总", role="title"),
                 table(rows), "2024年10月9日")
    assert got == {"9.1": 150}


def test_a_row_of_months_under_a_caption_gives_its_total_not_a_months_figure(catalog):
    """表1　科普大篷车巡展情况 over 月份 | 1月 … 6月 | 累计 / 场次 | 1 | 1 | 3 … | 13."""
    months = [f"{m}月" for m in range(1, 7)]
    t1 = table([["月份", *months, "累计"], ["场次", "1", "1", "3", "2", "3", "3", "13"]])
    t2 = table([["月份", *months, "累计"], ["场次", "2", "1", "4", "3", "4", "3", "17"]])
    got = values(catalog, block("淄博市科学技术协会", role="header"), "市科协2024年上半年为妇女儿童办实事工作进展情况",
                 "表1　科普大篷车巡展情况", t1, "表2　“蒲公英”科普大讲堂开展情况", t2)
    assert got == {"9.2": 13, "9.3": 17}


def test_figures_written_in_chinese_numerals_alone_in_their_cells_are_read(catalog):
    """A cumulative column in Chinese numerals (Excel's [DBNum1] shows 829 as 八百二十九; some
    clerks type 七): each whole cell is the figure."""
    t = table([["序号", "指标", "年度目标", "累计完成"],
               ["1", "开展家庭教育巡讲（场）", "1000", "八百二十九"],
               ["2", "培训家庭教育骨干（人）", "550", "四百五十二"],
               ["3", "举办单身青年联谊活动（场）", "10", "七"]])
    got = values(catalog, block("填报单位：市妇联"), t)
    assert got == {"4.1": 829, "4.2": 452, "5.1": 7}


def test_a_chinese_numeral_inside_prose_still_needs_its_measure_word():
    from app.extraction.numbers import find_mentions
    assert find_mentions("一千零六十八") and find_mentions("一千零六十八")[0].value == 1068
    assert not find_mentions("推动工作一千零六十八")  # a word run, no measure: not a figure


def test_quarter_columns_beside_a_total_column_are_its_parts(catalog):
    """一季度 | 二季度 | 1—6月合计: each quarter's own work and their sum; the sum is the figure
    (a ledger of running totals would have given the 二季度 column)."""
    t = table([["类别", "一季度（场）", "二季度（场）", "1—6月合计（场）"],
               ["五音戏进校园演出", "14", "21", "35"],
               ["校园戏曲课程辅导", "9", "15", "24"],
               ["合  计", "23", "36", "59"]])
    got = values(catalog, block("市文化和旅游局“戏曲进校园”活动开展情况（1—6月）"), t)
    assert got == {"9.1": 59}
    reading = read_table(t)
    assert [c.role for c in reading.columns] == ["indicator", "previous", "this_quarter", "cumulative"]


def test_a_ledger_of_running_totals_stays_a_ledger():
    t = table([["指标", "一季度累计", "二季度累计", "三季度累计"], ["巡讲（场）", "3", "9", "15"]])
    assert [c.role for c in read_table(t).columns][1:] == ["ledger"] * 3


def test_a_subtotal_rows_bare_figure_is_about_the_rows_name(catalog):
    """A project list (项目名称 | 类别 | 进展情况) closed by 中小学小计 | … | 4所: the figure in
    the progress column is about the 小计 row's own name."""
    t = table([["序号", "项目名称", "类别", "进展情况"],
               ["1", "第二十中学北校区", "中小学", "已竣工，9月投入使用"],
               ["2", "湖田中心幼儿园", "幼儿园", "已竣工"],
               ["3", "科苑幼儿园", "幼儿园", "已竣工"],
               ["", "中小学小计", "", "1所"],
               ["", "幼儿园小计", "", "2所"]])
    got = values(catalog, block("淄博市教育局2024年新改扩建学校（幼儿园）项目台账（截至12月底）"), t)
    assert {k: v for k, v in got.items() if k in ("1.1", "1.2")} == {"1.1": 1, "1.2": 2}


def test_a_header_with_words_of_its_own_is_still_a_header(catalog):
    """序号 | 线路名称 | 起讫点 | 服务学校 | 开通时间 | …: a list of bus lines whose 合计 row says
    how many are open."""
    t = table([["序号", "线路名称", "起讫点", "服务学校", "开通时间", "日均客流（人次）", "备注"],
               ["1", "助学专线1号", "华光路首末站—实验中学", "实验中学", "2024年2月26日", "186", "春季开学开通"],
               ["2", "助学专线2号", "火车站—第七中学", "第七中学", "2024年3月4日", "143", "春季开学开通"],
               ["合计", "已开通2条", "", "", "", "329", "年度计划开通4条"]],
              merges=[(3, 1, 1, 4)])
    assert find_header_rows(t) == [0]
    got = values(catalog, block("“定制公交”助学专线开通情况统计表"), block("填报单位：市交通运输局"), t)
    assert got == {"6.2": 2}


def test_last_years_column_gives_way_when_only_the_target_names_this_year(catalog):
    """2023年完成 | 2024年目标 | 1-3月完成: the column of an earlier year is last year's result,
    even when this year is named only over the target."""
    t = table([["指标", "2023年完成", "2024年目标", "1-3月完成", "完成进度"],
               ["残疾儿童康复救助（名）", "1,963", "约2000", "512", "25.6%"]])
    got = values(catalog, block("填报单位：淄博市残疾人联合会  统计时间：2024年1-3月"), t)
    assert got == {"10.2": 512}


def test_a_cumulative_cell_stating_two_indicators_gives_both(catalog):
    """累计完成 | 心理健康科普宣传12场；“4个100%”达标率100%: one cell, two indicators."""
    t = table([["序号", "项目名称", "主要任务目标", "责任单位", "累计完成"],
               ["8", "实施“阳光成长”青少年身心健康护航行动", "开展心理健康科普知识宣传200场，“4个100%”稳定达标",
                "市教育局、市公安局", "心理健康科普宣传12场；“4个100%”达标率100%"]])
    got = values(catalog, block("2024年为全市妇女儿童办实事工作进展情况表（一季度）"),
                 block("填报单位：淄博市公安局"), t)
    assert got == {"8.1": 12, "8.2": 100}


def test_an_execution_column_holds_the_figure(catalog):
    """项目 | 政策标准 | 执行情况 | … | 说明: 执行情况 is what was done; the former rate in 说明
    is not."""
    t = table([["项目", "政策标准", "执行情况", "说明"],
               ["住院分娩医疗费用报销", "政策范围内报销比例100%", "报销比例100%", "原报销比例为90%"]])
    got = values(catalog, block("为妇女儿童办实事项目进展情况（二季度）"), block("填报单位：淄博市医疗保障局"), t)
    assert got == {"5.2": 100}


def test_a_completion_cell_of_words_gives_each_indicator_its_own_figure(catalog):
    """完成情况 | “爱心妈妈”结对帮扶困境儿童1,046名，协助救助残疾儿童35名: the row's indicator
    takes the figure its words name, not the first; 筛查率21.4%；患病妇女救助全覆盖 gives both."""
    t = table([["序号", "项目", "主要目标", "责任单位", "完成情况"],
               ["3", "“两癌”免费检查和救助", "筛查率达到90%", "市卫生健康委、市妇联", "筛查率21.4%；患病妇女救助全覆盖"],
               ["10", "特殊困难儿童关爱项目", "残疾儿童康复救助约2000名", "市民政局、市残联、市妇联、团市委",
                "“爱心妈妈”结对帮扶困境儿童1,046名，协助救助残疾儿童35名"]])
    got = values(catalog, block("2024年一季度为全市妇女儿童办实事项目进展情况"), block("填报单位：市妇联"), t)
    assert {k: got.get(k) for k in ("3.1", "3.2", "10.2")} == {"3.1": 21.4, "3.2": 100, "10.2": 35}


def test_a_subtotal_under_a_merged_parent_makes_its_siblings_parts(catalog):
    """戏曲进校园（场）over 演出场次 | 课程辅导 | 小计, districts as rows and a 合计 row."""
    t = table([["单位", "戏曲进校园（场）", "", "", "覆盖学校（所）"],
               ["", "演出场次", "课程辅导", "小计", ""],
               ["张店区", "9", "5", "14", "18"],
               ["淄川区", "7", "4", "11", "9"],
               ["合计", "16", "9", "25", "27"]],
              merges=[(0, 0, 2, 1), (0, 1, 1, 3), (0, 4, 2, 1)])
    got = values(catalog, block("戏曲进校园进展情况统计表"), block("填报单位：淄博市文化和旅游局  统计时间：截至9月底"), t)
    assert got == {"9.1": 25}


def test_a_column_naming_the_indicator_outweighs_one_named_by_the_title(catalog):
    """培训人数（人次）| 其中女性 | 考核合格 under 家政从业人员培训台账: the 合计 of the column that
    names what is counted."""
    t = table([["期次", "培训时间", "培训机构", "培训人数（人次）", "其中女性", "考核合格"],
               ["第1期", "2024年1月", "巾帼家政服务中心", "91", "88", "88"],
               ["第2期", "2024年3月", "鲁中家政培训学校", "75", "73", "70"],
               ["合计", "", "", "166", "161", "158"]])
    got = values(catalog, block("淄博市商务局家政从业人员培训台账（2024年1月—3月）", role="title"), t)
    assert got == {"2.1": 166}


def test_holiday_columns_beside_a_total_with_its_measure_are_its_parts(catalog):
    """区县 | 寒假托管班（个班次）| 暑期托管班（个班次）| 合计（个班次）: the 合计 row's total."""
    t = table([["区县", "寒假托管班（个班次）", "暑期托管班（个班次）", "合计（个班次）", "服务职工子女（人）"],
               ["张店区总工会", "2", "8", "10", "461"],
               ["淄川区总工会", "1", "6", "7", "329"],
               ["合计", "3", "14", "17", "790"]])
    got = values(catalog, block("淄博市总工会2024年职工子女托管班开展情况（截至9月底）", role="title"), t)
    assert got == {"7.3": 17}


def test_a_total_column_named_with_its_measure_word_outside_brackets_sums_the_parts(catalog):
    """区县工会 | 寒假班次 | 暑假班次 | 合计班次: the title alone names the indicator, and
    合计班次 (no brackets) is the total of the two before it."""
    t = table([["区县工会", "寒假班次", "暑假班次", "合计班次", "参托儿童（人）", "备注"],
               ["张店区", "4", "12", "16", "608", ""],
               ["合计", "14", "49", "63", "2394", "目标不少于50个班次"]])
    got = values(catalog, block("淄博市总工会寒暑假职工子女托管班开办情况", role="title"),
                 "统计截至：2024年9月底", t)
    assert got == {"7.3": 63}


def test_columns_in_the_same_measure_before_a_total_column_are_its_parts(catalog):
    t = table([["院团", "进校园演出（场）", "课程辅导（场）", "合计（场）"],
               ["淄博市五音剧院", "24", "30", "54"],
               ["淄博市京剧院", "19", "25", "44"],
               ["合计", "43", "55", "98"]])
    got = values(catalog, block("淄博市文化和旅游局关于前三季度“戏曲进校园”工作推进情况的汇报"), t)
    assert got == {"9.1": 98}


def test_a_lists_total_row_counting_its_items_in_the_name_column(catalog):
    """序号 | 日期 | 活动名称 | … and 合计 | 合计 | 11场: the count of the activities listed."""
    t = table([["序号", "日期", "活动名称", "地点", "参加人数", "牵手（对）"],
               ["1", "2024-02-14", "新春联谊", "张店区", "96", "11"],
               ["2", "2024-05-04", "青年节户外联谊", "周村区", "72", "8"],
               ["合计", "", "2场", "", "168", "19"]], merges=[(3, 0, 1, 2)])
    got = values(catalog, block("2024年单身青年联谊活动台账", role="title"), block("制表：共青团淄博市委员会"), t)
    assert got == {"5.1": 2}


def test_a_subtotal_column_outweighs_a_part_column_that_names_the_indicator(catalog):
    """演出场次 (五音戏 | 京剧) | 课程辅导（场）| 小计: 课程辅导 names the indicator best, but 小计
    is the table's total."""
    t = table([["区县", "演出场次", "", "课程辅导（场）", "小计"],
               ["", "五音戏", "京剧", "", ""],
               ["张店区", "7", "4", "3", "14"],
               ["淄川区", "6", "2", "2", "10"],
               ["合计", "13", "6", "5", "24"]],
              merges=[(0, 0, 2, 1), (0, 1, 1, 2), (0, 3, 2, 1), (0, 4, 2, 1)])
    got = values(catalog, block("淄博市文化和旅游局“戏曲进校园”活动开展情况（截至2024年6月30日）", role="title"), t)
    assert got == {"9.1": 24}


def test_one_quarters_column_beside_a_running_total_is_the_quarters_own(catalog):
    t = table([["序号", "项目名称", "具体指标", "目标任务", "二季度完成", "累计完成", "完成进度"],
               ["1", "实施巾帼促就业计划", "培训家政从业人员（人次）", "5000", "865", "1477", "29.5%"],
               ["1", "实施巾帼促就业计划", "女性就业专场招聘活动（场）", "—", "8", "17", "—"]])
    got = values(catalog, block("2024年上半年为全市妇女儿童办实事工作进展情况表"),
                 block("填报单位：淄博市人力资源和社会保障局"), t)
    assert got == {"2.1": 1477, "2.2": 17}


def test_a_system_export_names_its_indicator_beside_the_department_name(catalog):
    """统计期 | 单位代码 | 单位名称 | 指标代码 | 指标名称 | 计量单位 | 本期值 | 累计值: the
    indicator is named under 指标名称, not under 单位名称."""
    t = table([["统计期", "单位代码", "单位名称", "指标代码", "指标名称", "计量单位", "本期值", "累计值"],
               ["2024年1-12月", "370300-KX01", "淄博市科学技术协会", "SS-09-02", "科普大篷车巡展", "场", "11", "32"],
               ["2024年1-12月", "370300-KX01", "淄博市科学技术协会", "SS-09-03", "青少年“蒲公英”科普大讲堂", "场",
                "12", "38"]])
    assert values(catalog, t) == {"9.2": 32, "9.3": 38}


def test_a_statistics_reports_period_column_beside_its_quarter_and_last_year(catalog):
    """本期实际 | 其中：本季度 | 上年同期: 本期 is the report's period so far; last year's figure is
    never added to this quarter's."""
    t = table([["指标代码", "指标名称", "本期实际", "其中：本季度", "上年同期", "同比增减%"],
               ["K2001", "残疾儿童康复救助人数", "1136", "650", "1021", "11.3"]])
    got = values(catalog, block("填报单位：淄博市残疾人联合会 报告期：2024年1-6月"), t)
    assert got == {"10.2": 1136}


def test_columns_of_what_was_applied_for_are_not_what_was_done(catalog):
    t = table([["残疾类别", "申请人数", "审核通过人数", "已实施救助人数", "在训人数"],
               ["视力", "41", "27", "18", "6"],
               ["合计", "624", "540", "486", "414"]])
    got = values(catalog, block("残疾儿童康复救助情况统计", role="title"), block("统计单位：淄博市残疾人联合会"),
                 block("统计时段：2024-01-01至2024-03-31"), t)
    assert got == {"10.2": 486}


def test_the_progress_text_gives_the_other_indicator_beside_a_figure_column(catalog):
    """8 | … | 进展情况 (…84场，“4个100%”达标率100%…) | 完成数 84场: the count from its column,
    the rate from the text."""
    t = table([["序号", "项目", "主要目标", "进展情况", "完成数", "备注"],
               ["8", "“阳光成长”青少年身心健康护航行动", "开展心理健康科普知识宣传200场；“4个100%”稳定达标",
                "全年公安机关参与开展心理健康及法治宣传84场，“4个100%”达标率100%，护学岗常态化运行。", "84场",
                "配合市教育局"]])
    got = values(catalog, block("2024年全年为全市妇女儿童办实事进展情况"), block("填报单位：淄博市公安局"), t)
    assert got == {"8.1": 84, "8.2": 100}


@pytest.mark.parametrize("title, expected", [
    ("淄博市妇女联合会 2024年一季度办实事进展", {"4.1": 214, "4.2": 118}),
    # later in the year, 本季度 alone is not the running total
    ("淄博市妇女联合会 2024年三季度办实事进展", {}),
])
def test_in_the_first_quarter_a_this_quarter_column_is_the_year_so_far(catalog, title, expected):
    t = table([["指标", "目标", "本季度", "备注"],
               ["家庭教育巡讲（场）", "1000", "214", "“家庭共成长”巡讲"],
               ["家庭教育骨干培训（人）", "550", "118", "每区县不少于50人"]])
    assert values(catalog, block(title, role="title"), t) == expected


def test_a_first_column_headed_category_names_each_row(catalog):
    t = table([["类别", "年度任务（场）", "全年完成（场）", "参与人数", "备注"],
               ["科普大篷车巡展", "30", "31", "41600", "含省科技馆大篷车来淄巡展3场"],
               ["“蒲公英”科普大讲堂", "40", "42", "12800", "线上直播6场"]])
    assert values(catalog, block("市科协2024年全年“润童心”科普活动完成情况", role="title"), t) == {"9.2": 31, "9.3": 42}


def test_a_subtotal_row_outweighs_the_part_rows_above_it(catalog):
    t = table([["类别", "1月", "2月", "3月", "全年合计", "年度目标"],
               ["演出（场）", "7", "7", "8", "22", ""],
               ["课程辅导（场）", "5", "5", "5", "15", ""],
               ["小计（场）", "12", "12", "13", "37", "200"]])
    assert values(catalog, block("淄博市文化和旅游局“戏曲进校园”活动月度台账（2024年1-3月）"), t) == {"9.1": 37}


def test_a_completion_cell_whose_words_name_other_indicators_gives_none_to_the_rows_first(catalog):
    """Row 9 of the whole list, the target naming 戏曲进校园 first; the 完成情况 cell tells the
    science association's own two: 大篷车 and 大讲堂, nothing for 戏曲进校园."""
    t = table([["序号", "项目名称", "责任单位", "目标任务", "完成情况"],
               ["9", "实施“润童心”儿童素养提升工程", "市文化和旅游局、市科协",
                "戏曲进校园200场；科普大篷车巡展30场；“蒲公英”科普大讲堂40场",
                "上半年共开展科普大篷车巡展14场，进校园、进社区；举办青少年“蒲公英”科普大讲堂17场。"]])
    got = values(catalog, block("2024年上半年为全市妇女儿童办实事进展情况"), block("填报单位：市科协"), t)
    assert got == {"9.2": 14, "9.3": 17}


def test_a_qizhong_column_is_a_part_not_the_figure(catalog):
    t = table([["区县", "年度任务（名）", "救助人数（名）", "其中四季度", "资金（万元）"],
               ["张店区", "440", "471", "117", "753.6"],
               ["合计", "2000", "2118", "526", "3388.8"]])
    got = values(catalog, block("2024年残疾儿童康复救助完成情况统计表"),
                 block("填报单位：淄博市残疾人联合会 统计时段：2024年1—12月"), t)
    assert got == {"10.2": 2118}


def test_a_summary_line_under_an_activity_list_is_read_above_the_forms_footer(catalog):
    """An activity list (名称 | 时间 | 地点 | 参与人数) whose count is only in a merged summary
    line under it, with the form's 填表：… | 联系电话：… row below that."""
    rows = [["共青团淄博市委单身青年联谊活动台账（2024年）"] + [""] * 5,
            ["序号", "活动名称", "时间", "地点", "参与人数", "牵手对数"],
            ["1", "青春有约·春日相约", "3月16日", "周村古商城", "120", "11"],
            ["2", "五四青年交友会", "5月4日", "张店区齐盛湖公园", "96", "8"],
            ["截至9月底累计举办2场，参与青年216人。"] + [""] * 5,
            ["填表：刘畅", "", "", "联系电话：2860372", "", ""]]
    t = table(rows, merges=[(0, 0, 1, 6), (4, 0, 1, 6)])
    t.name = "联谊活动台账"
    got = values(catalog, t, kind="xlsx")
    assert got == {"5.1": 2}


def test_a_bare_count_in_remarks_is_named_by_the_rows_progress_words(catalog):
    """The whole list with figures in 备注（累计数）: 已挂牌5个 says nothing of what it counts;
    the row's 主要进展 (儿童友好共建联盟试点建设) does."""
    t = table([["序号", "项目", "责任单位", "主要进展", "推进情况", "备注（累计数）"],
               ["5", "实施新型婚育文化培育行动", "市妇联、团市委", "打造青年交友联谊品牌。", "按计划推进",
                "举办联谊活动7场"],
               ["6", "实施儿童友好城市建设促进行动", "市妇联、市交通运输局", "儿童友好共建联盟试点建设。",
                "按计划推进", "已挂牌5个"]])
    got = values(catalog, "填报单位：市妇联", "截至2024年9月30日", t)
    assert got == {"5.1": 7, "6.1": 5}


def test_a_line_of_labels_and_their_values_above_the_header_is_not_the_header(catalog):
    """填报单位： | 市总工会 | 时间： | 2024年3月 in cells of their own, above the real header."""
    t = table([["2024年为全市妇女儿童办实事工作进展情况表"] + [""] * 6,
               ["填报单位：", "市总工会", "", "", "时间：", "2024年3月", ""],
               ["项目", "任务", "目标", "寒假托管班（个班次）", "暑假托管班（个班次）", "累计", "服务人数"],
               ["实施普惠托育服务提质行动", "开展寒暑假职工子女托管班", "不少于50个班次", "12", "0", "12", "610"]],
              merges=[(0, 0, 1, 7)])
    assert find_header_rows(t) == [2]
    r = interpret_document(doc(t, kind="xlsx"), catalog, "t.xlsx")
    assert (r.unit, r.period, {k: v.value for k, v in r.values.items()}) == ("市总工会", "2024Q1", {"7.3": 12})


def test_full_coverage_in_words_on_the_total_row_is_the_rates_figure(catalog):
    """资助类别 | 资助人数（名） | 资助金额（万元） | 覆盖情况 under a 就学资助 title: the 合计
    row's 全覆盖 is the coverage rate, 100%."""
    t = table([["孤困儿童就学资助情况（2024年上半年）", "", "", "", ""],
               ["资助类别", "资助人数（名）", "资助金额（万元）", "覆盖情况", "备注"],
               ["孤儿", "138", "41.4", "全覆盖", "福彩圆梦"],
               ["重点困境儿童", "42", "8.4", "全覆盖", ""],
               ["合计", "180", "49.8", "全覆盖", ""]], merges=[(0, 0, 1, 5)])
    got = values(catalog, "报送：市民政局儿童福利科", t)
    assert got == {"10.1": 100}


def test_an_indicator_named_in_full_is_not_taken_for_one_whose_short_name_it_contains(catalog):
    """中小学幼儿园安全防范建设“4个100%”达标率 holds 中小学 (1.1) and 幼儿园 (1.2) whole: the
    full name is 8.2's, and its 100 is the rate."""
    t = table([["统计期", "填报单位", "指标名称", "计量单位", "指标值", "上期值"],
               ["2024-09", "淄博市教育局", "新改扩建中小学", "所", "3", "1"],
               ["2024-09", "淄博市教育局", "中小学幼儿园安全防范建设“4个100%”达标率", "%", "100", "100"]])
    got = values(catalog, t)
    assert got == {"1.1": 3, "8.2": 100}


def test_a_lists_total_row_under_a_date_column_still_counts(catalog):
    """线路 | 开通日期 | 状态 … 已开通合计 | 1条: 日期 is no measure (期 of 培训期数)."""
    t = table([["定制公交助学专线（一季度）", "", ""], ["线路", "开通日期", "状态"],
               ["助学1号线", "3月4日", "已开通"], ["助学2号线", "", "线路勘察中"],
               ["已开通合计", "1条", ""]], merges=[(0, 0, 1, 3)])
    t.name = "市交通运输局"
    got = values(catalog, t, kind="xlsx")
    assert got == {"6.2": 1}


def test_the_forms_footer_with_a_bare_date_label_is_not_part_of_the_last_text(catalog):
    from tests.app.extraction.builders import doc
    t = table([["项目", "目标", "进展情况", "存在问题", "下步打算"],
               ["新型婚育文化培育行动（生育医疗费报销）", "报销比例达到100%", "报销比例100%。", "无", "继续落实。"],
               ["联系电话：2286711", "", "日期：2024.4.2", "", ""]])
    r = interpret_document(doc("填报单位：淄博市医疗保障局待遇保障科", "为妇女儿童办实事进展情况表（一季度）", t),
                           catalog, "t.docx")
    assert r.texts["5"].progress == "报销比例100%。"


def test_a_short_indicator_cell_names_its_row_over_a_project_cell_naming_two(catalog):
    """项目 | 指标 | 目标 | 完成 with 家庭教育 | 骨干培训(人): 家庭教育 names 巡讲 and 骨干 alike;
    the short indicator cell decides."""
    t = table([["项目", "指标", "目标", "完成", "完成率"],
               ["家庭教育", "巡讲(场)", "1000", "1126", "112.6%"],
               ["家庭教育", "骨干(人)", "550", "603", "109.6%"]])
    got = values(catalog, "报送单位：市妇联 统计截至：2024年12月底", t)
    assert got == {"4.1": 1126, "4.2": 603}


def test_keyword_scores_do_not_change_with_the_hash_seed():
    """Scores summed over a set in hash order differ in the last bits from run to run, and a
    tie then breaks one way or the other: the same file read twice must read the same."""
    import os
    import subprocess
    import sys
    code = ("from app.catalog import get_catalog\n"
            "from app.extraction.interpret import _index\n"
            "cat = get_catalog(2024); idx, _ = _index(cat)\n"
            "texts = ['家庭教育', '家庭教育指导服务', '适龄妇女“两癌”免费检查和救助', '巾帼促就业', '儿童友好城市建设']\n"
            "print([repr(idx.keyword_score(i.id, t)) for t in texts for i in cat.indicators()]"
            " + [repr(idx.project_score(p.no, t)) for t in texts for p in cat.projects])\n")
    outs = set()
    for seed in ("1", "2", "3", "17"):
        env = {**os.environ, "PYTHONHASHSEED": seed}
        outs.add(subprocess.run([sys.executable, "-c", code], env=env, capture_output=True, text=True,
                                check=True).stdout)
    assert len(outs) == 1


def test_a_header_of_month_columns_is_a_header_not_a_row_of_figures(catalog):
    """演出团体 | 剧种 | 1月 | 2月 | 3月 | 小计 | 备注 over one row per troupe and a 合计 row."""
    t = table([["报送单位：市文旅局艺术科", "", "", "", "", "报送时间：2024.3.29", ""],
               ["演出团体", "剧种", "1月", "2月", "3月", "小计", "备注"],
               ["淄博市五音剧院", "五音戏", "3", "8", "9", "20", ""],
               ["淄博市京剧院", "京剧", "2", "5", "6", "13", ""],
               ["合计", "合计", "5", "13", "15", "33", "含演出和校园戏曲课程辅导"]], merges=[(4, 0, 1, 2)])
    assert find_header_rows(t) == [1]
    got = values(catalog, block("“戏曲进校园”活动开展情况统计表（2024年1-3月）", role="title"), t)
    assert got == {"9.1": 33}


def test_a_total_label_merged_across_a_naming_column_does_not_hide_the_total(catalog):
    """序号 | 举办单位 | 托管类型 | 班次 | … with 合计 merged over the first three columns: the
    label names 托管 but holds no figure; the 班次 column's 合计 is the figure."""
    t = table([["2024年职工子女寒暑假托管班开办情况台账", "", "", "", "", ""],
               ["序号", "举办单位", "托管类型", "班次", "托管儿童（人）", "开班时间"],
               ["1", "张店区总工会", "寒假", "1", "38", "1月22日"],
               ["2", "淄川区总工会", "暑假", "1", "44", "7月8日"],
               ["合计", "合计", "合计", "2", "82", ""]], merges=[(0, 0, 1, 6), (4, 0, 1, 3)])
    got = values(catalog, "填报单位：淄博市总工会女职工部 截至2024年9月10日", t)
    assert got == {"7.3": 2}


def test_a_total_column_named_for_what_it_sums_closes_the_parts_before_it(catalog):
    """区县 | 视力 | 听力言语 | … | 救助人数小计: the 全市合计 row's 小计 is the figure, not the
    first part's."""
    t = table([["区县", "视力", "听力言语", "肢体（含脑瘫）", "智力及孤独症", "救助人数小计"],
               ["张店区", "33", "66", "99", "135", "333"],
               ["全市合计", "195", "392", "589", "809", "1985"]])
    got = values(catalog, block("2024年残疾儿童康复救助完成情况统计表", role="title"),
                 "填报单位：淄博市残疾人联合会康复部 截至：2024年12月31日", t)
    assert got == {"10.2": 1985}


def test_a_district_table_over_two_projects_gives_each_column_its_own_indicator(catalog):
    """A title naming 两癌 over columns for 两癌 and for 托育: the 托育 columns are project 7's."""
    t = table([["区县", "“两癌”筛查率（%）", "救助覆盖率（%）", "示范托育机构（家）", "示范区县"],
               ["张店区", "91.8", "100", "2", "是"],
               ["全市", "90.6", "100", "12", "5个"]])
    got = values(catalog, block("2024年全市“两癌”筛查完成情况统计表", role="title"),
                 "单位：淄博市卫生健康委员会妇幼健康科 截至2024年12月20日", t)
    assert got == {"3.1": 90.6, "3.2": 100, "7.1": 5, "7.2": 12}


def test_a_category_row_is_not_an_indicator_its_column_cannot_count(catalog):
    """类别 | 寒假托管班（个） | 暑假托管班（个） | 累计班次: the row 区县工会 shares 区县 with
    示范区县 (7.1), but its 累计班次 counts classes."""
    t = table([["类别", "寒假托管班（个）", "暑假托管班（个）", "累计班次", "服务职工子女（人）"],
               ["市总工会直属", "2", "9", "11", "520"],
               ["区县工会", "4", "21", "25", "1,310"],
               ["合计", "6", "30", "36", "1,830"]])
    got = values(catalog, "市总工会职工子女托管服务进展情况", "（截至2024年9月30日）", t)
    assert got == {"7.3": 36}
