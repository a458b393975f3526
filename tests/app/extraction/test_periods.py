import pytest

from app.extraction.periods import (find_period, period_from_report_date, period_from_signoff,
                                    period_from_text, quarter_mentions)


@pytest.mark.parametrize("text, period", [
    ("2024年第一季度为全市妇女儿童办实事工作进展情况", "2024Q1"),
    ("一季度进展情况表", "2024Q1"),
    ("2024年1—3月工作进展", "2024Q1"),
    ("1-3月份完成情况", "2024Q1"),
    ("截至3月底", "2024Q1"),
    ("截至2024年3月31日", "2024Q1"),
    ("截止到3月末累计完成", "2024Q1"),
    ("2024年上半年工作进展", "2024Q2"),
    ("第二季度", "2024Q2"),
    ("1-6月", "2024Q2"),
    ("截至6月底", "2024Q2"),
    ("截至2024年6月30日", "2024Q2"),
    ("前三季度进展情况", "2024Q3"),
    ("2024年1～9月", "2024Q3"),
    ("截至9月底", "2024Q3"),
    ("第三季度", "2024Q3"),
    ("第四季度", "2024Q4"),
    ("全年工作完成情况", "2024Q4"),
    ("2024年度办实事进展情况", "2024Q4"),
    ("截至12月底", "2024Q4"),
    ("1-12月", "2024Q4"),
    ("Q3", "2024Q3"),
    ("截至 6 月 底", "2024Q2"),
    ("第 一 季 度", "2024Q1"),
    ("二〇二四年第二季度", "2024Q2"),
    ("7月至9月", "2024Q3"),
    ("1月—6月", "2024Q2"),
    ("10-12月份", "2024Q4"),
    ("截止2024年9月，", "2024Q3"),
    ("2024年第3季度", "2024Q3"),
    ("三季度末", "2024Q3"),
    ("报告期：2024年1月1日—6月30日", "2024Q2"),
    ("统计时间：2024年7月1日至2024年9月30日", "2024Q3"),
])
def test_period_phrasings(text, period):
    assert period_from_text(text, 2024) == period


@pytest.mark.parametrize("text", ["较一季度增加120人次", "与上季度相比", "同比增长", "年度目标4所",
                                  "3月15日举办活动", "全年任务", "年底前完成年度救助任务",
                                  "全年培训任务5000人次", "确保9月底前开通"])
def test_comparisons_and_dates_are_not_the_period(text):
    assert period_from_text(text, 2024) is None


def test_title_outweighs_an_event_date_in_the_body():
    found = find_period([("2024年前三季度为妇女儿童办实事进展情况", 3.0, "标题"),
                         ("截至3月底已完成摸底，截至6月底开工", 0.3, "正文")], 2024)
    assert found.period == "2024Q3"
    assert found.confidence > 0.8


def test_no_mention_gives_no_period():
    assert find_period([("办实事进展情况", 3.0, "标题")], 2024).period is None


@pytest.mark.parametrize("text, yq", [
    ("填报日期：2024年4月8日", (2024, 1)),
    ("填报时间：2024年7月3日", (2024, 2)),
    ("报送日期:2024.10.9", (2024, 3)),
    ("填报日期：2025年1月6日", (2024, 4)),
])
def test_the_filling_date_names_the_quarter_just_closed(text, yq):
    assert period_from_report_date(text) == yq


@pytest.mark.parametrize("text, yq", [
    ("2024年6月27日", (2024, 2)), ("2024.10.9", (2024, 3)), ("2025年1月6日", (2024, 4)),
    ("2024-03-28", (2024, 1)), ("2024年5月8日", None), ("2024年4月28日", None),
    ("二〇二四年三月二十八日", (2024, 1)), ("二○二四年十月九日", (2024, 3)), ("二〇二四年五月八日", None),
])
def test_a_sign_off_date_near_a_quarter_end_names_that_quarter(text, yq):
    assert period_from_signoff(text) == yq


def test_quarter_mentions_report_their_position():
    (m,) = quarter_mentions("关于第二季度进展")
    assert (m.quarter, m.text) == (2, "第二季度")


@pytest.mark.parametrize("line, expected", [
    ("报送单位：市民政局　时间：2024年9月", "2024Q3"),
    ("时间：2024年6月", "2024Q2"),
    ("时间：2024年7月", None),  # after a quarter: its return or an early look at the next
])
def test_a_time_label_in_a_quarters_last_month_names_the_period(catalog, line, expected):
    from app.extraction.interpret import interpret_document
    from tests.app.extraction.builders import doc, table
    r = interpret_document(doc("孤困儿童就学资助统计", line,
                               table([["类别", "资助人数（名）"], ["合计", "318"]])),
                           catalog, "t.docx")
    assert r.period == expected


def test_a_reporting_period_in_a_cell_beside_its_label_names_the_period(catalog):
    from app.extraction.interpret import interpret_document
    from tests.app.extraction.builders import doc, table
    t = table([["统计期", "2024年1-9月", ""], ["项目", "指标", "累计完成"],
               ["儿童关爱", "残疾儿童康复救助（名）", "1520"]])
    r = interpret_document(doc("市残联办实事进展", t), catalog, "t.docx")
    assert r.period == "2024Q3"


@pytest.mark.parametrize("month, expected", [("2024年9月", "2024Q3"), ("2024年8月", None)])
def test_a_bare_month_on_the_forms_department_line_dates_it(catalog, month, expected):
    """单位：市医保局 | | | 2024年9月 above the header: filled in at a quarter's end."""
    from app.extraction.interpret import interpret_document
    from tests.app.extraction.builders import doc, table
    t = table([["为全市妇女儿童办实事工作进展情况表", "", "", ""], ["单位：市医保局", "", month, ""],
               ["项目名称", "目标任务", "报销比例", "备注"],
               ["实施新型婚育文化培育行动", "报销比例达到100%", "100%", "含灵活就业人员"]],
              merges=[(0, 0, 1, 4)])
    r = interpret_document(doc(t, kind="xlsx"), catalog, "t.xlsx")
    assert r.period == expected


@pytest.mark.parametrize("text", ["已纳入2025年一季度救助", "较2023年第一季度增长12%", "明年一季度继续推进"])
def test_another_years_quarter_names_no_period(text):
    assert find_period([(text, 3.0, "标题")], 2024).period is None


def test_a_short_line_after_the_letter_has_begun_is_body_not_title(catalog):
    """关于…完成情况的报告 | 市妇儿工委办公室： | a long paragraph | a short one naming 一季度:
    the short line after the letter's body has begun is not part of the title, even among
    its last lines."""
    from app.extraction.interpret import interpret_document
    from tests.app.extraction.builders import doc
    r = interpret_document(doc(
        "淄博市残疾人联合会", "关于2024年残疾儿童康复救助项目", "完成情况的报告", "市妇儿工委办公室：",
        "2024年，我会会同卫健、教育、民政等部门全面落实残疾儿童康复救助制度，全年为1,964名符合条件且有"
        "康复需求的残疾儿童实施康复救助，完成年度目标的98.2%。",
        "一季度救助进度偏慢。", "2024年12月28日"), catalog, "r.docx")
    assert r.period == "2024Q4"


def test_a_return_dated_after_a_later_quarter_is_not_the_quarter_its_body_looks_back_on(catalog):
    from app.extraction.interpret import interpret_document
    from tests.app.extraction.builders import doc

    r = interpret_document(doc(
        "淄残联字〔2024〕47号", "淄博市残疾人联合会", "关于残疾儿童康复救助工作进展情况的报告",
        "市妇儿工委办公室：", "现将我会承担的2024年为全市妇女儿童办实事项目进展情况报告如下：", "一、工作进展",
        "今年以来，累计为1,597名残疾儿童提供康复救助服务；上半年累计完成数为1,164名。",
        "二、存在问题", "部分区县康复机构专业人员不足。", "三、下步打算", "年底前完成年度救助任务。",
        "淄博市残疾人联合会", "2024年10月9日"), catalog, "r.docx")
    assert r.period == "2024Q3"


def _year_end_report(closing: str):
    from tests.app.extraction.builders import block, doc
    return doc(
        block("市卫生健康委2024年为妇女儿童办实事项目完成情况报告", role="title"), "市妇儿工委办公室：",
        "我委承担的“两癌”免费检查和救助、普惠托育服务提质等任务已全部完成，具体如下。",
        "一、“两癌”检查", "35—64岁适龄妇女“两癌”筛查率92.5%，超过90%的目标。", "二、心理健康科普",
        closing, "淄博市卫生健康委员会", "2024年12月30日")


def test_a_part_of_a_figure_in_brackets_does_not_name_the_period(catalog):
    """52场（上半年23场） in the closing lines of a report dated 12月30日: 上半年 is the
    part's period; the return's is the quarter its date closes."""
    from app.extraction.interpret import interpret_document
    r = interpret_document(_year_end_report(
        "组织精神卫生专业机构开展心理健康科普知识宣传52场（上半年23场）。"), catalog, "r.docx")
    assert r.period == "2024Q4"


def test_a_return_dated_after_the_quarter_its_closing_lines_name_takes_its_date(catalog):
    from app.extraction.interpret import interpret_document
    r = interpret_document(_year_end_report(
        "组织精神卫生专业机构开展心理健康科普知识宣传52场，上半年已完成过半。"), catalog, "r.docx")
    assert r.period == "2024Q4"


def _month_table(last: int, across: bool):
    from tests.app.extraction.builders import table
    months = [f"{m}月" for m in range(1, 13)]
    figures = [str(m + 1) if m <= last else "" for m in range(1, 13)]
    if across:
        return table([["项目", "单位", *months, "全年合计"],
                      ["科普大篷车巡展", "场", *figures, str(sum(int(f) for f in figures if f))]])
    return table([["月份", "宣传场次"], *([m, f] for m, f in zip(months, figures)), ["合计", "90"]])


@pytest.mark.parametrize("last, across, period", [
    (12, True, "2024Q4"), (9, True, "2024Q3"), (6, False, "2024Q2"), (8, True, None),
])
def test_a_table_by_month_runs_to_its_last_filled_month(catalog, last, across, period):
    """No period written: 1月 … 12月 with figures up to 9月 is a return for the third quarter
    (a month inside a quarter says nothing)."""
    from app.extraction.interpret import interpret_document
    from tests.app.extraction.builders import block, doc
    r = interpret_document(doc(block("淄博市科协科普惠童活动月度统计表", role="title"),
                               _month_table(last, across)), catalog, "t.docx")
    assert r.period == period


@pytest.mark.parametrize("last, period", [(12, "2024Q4"), (6, "2024Q2")])
def test_a_ledger_laid_out_in_blocks_of_months_side_by_side_runs_to_its_last_month(
        catalog, last, period):
    """月份 | 场次 | 月份 | 场次 …: a year's ledger printed as four quarter blocks."""
    from app.extraction.interpret import interpret_document
    from tests.app.extraction.builders import block, doc, table
    rows = [["月份", "场次"] * 4]
    for m in (1, 2, 3):
        row = []
        for q in range(4):
            month = m + 3 * q
            row += [f"{month}月", str(month + 5) if month <= last else ""]
        rows.append(row)
    r = interpret_document(doc(block("淄博市文化和旅游局“戏曲进校园”2024年工作台账", role="title"),
                               table(rows)), catalog, "t.docx")
    assert r.period == period


@pytest.mark.parametrize("text", ["已提前完成年度开通4条的目标任务", "完成全年培训5000人次的任务",
                                  "年度救助任务"])
def test_the_years_task_named_in_a_sentence_is_not_a_period(text):
    assert not [m for m in quarter_mentions(text) if m.quarter == 4]


@pytest.mark.parametrize("text", ["2024年度妇女儿童实事项目完成情况", "全年完成家庭教育巡讲1086场"])
def test_the_year_named_as_the_period_still_is(text):
    assert [m.quarter for m in quarter_mentions(text)] == [4]


def test_a_weak_year_in_a_short_notes_text_gives_way_to_its_date(catalog):
    from app.extraction.interpret import interpret_document
    from tests.app.extraction.builders import block, doc
    r = interpret_document(doc(block("“定制公交”助学专线工作进展", role="title"),
                               block("按照全年开通4条“定制公交”助学专线的任务，我局会同市公交集团开展学生出行"
                                     "需求调查，收回问卷1.2万份。目前已开通助学专线一条，投入车辆6辆，日均服务"
                                     "学生430人次。"),
                               block("联系人：陈立伟 电话：2310586"),
                               block("淄博市交通运输局"), block("2024年3月29日")), catalog, "t.pdf")
    assert r.period == "2024Q1"


def test_a_strong_period_in_the_text_keeps_its_quarter_over_the_date(catalog):
    from app.extraction.interpret import interpret_document
    from tests.app.extraction.builders import block, doc
    r = interpret_document(doc(block("“定制公交”助学专线工作进展", role="title"),
                               block("前三季度已开通助学专线四条。"),
                               block("淄博市交通运输局"), block("2024年9月27日")), catalog, "t.pdf")
    assert r.period == "2024Q3"


@pytest.mark.parametrize("text", ["下一步，二季度计划再开办培训班15期，力争上半年培训人数突破600人次。",
                                  "预计前三季度完成全年任务的80%。"])
def test_the_period_of_a_plan_is_not_the_reporting_period(text):
    assert quarter_mentions(text) == []


def test_a_programme_named_plan_before_the_period_still_names_it():
    assert [m.quarter for m in quarter_mentions("巾帼促就业计划1至9月分区县完成情况")] == [3]


@pytest.mark.parametrize("text, quarter", [
    ("统计期：2024-01~2024-06", 2), ("2024.01-2024.09", 3), ("2024-01-01至2024-06-30", 2),
    ("2024-01-06", None), ("填报日期：2024-07-03", None),
])
def test_a_systems_date_range_names_the_period(text, quarter):
    assert [m.quarter for m in quarter_mentions(text)] == ([quarter] if quarter else [])


@pytest.mark.parametrize("text, quarter", [("报告期：202401-202403", 1), ("统计期：2024-03", 1),
                                           ("统计期：2024-05", None)])
def test_an_exports_period_cell_names_the_quarter(text, quarter):
    assert [m.quarter for m in quarter_mentions(text)] == ([quarter] if quarter else [])


def test_a_first_quarter_export_gives_its_this_period_value_beside_last_years(catalog):
    from app.extraction.interpret import interpret_document
    from tests.app.extraction.builders import doc, table
    t = table([["指标代码", "指标名称", "计量单位", "统计期", "本期值", "上年同期", "填报单位"],
               ["MZ-ET-01", "享受民政保障的孤困儿童就学资助覆盖率", "%", "2024-03", "100%", "100%", "淄博市民政局"]])
    r = interpret_document(doc(t, kind="xlsx"), catalog, "export.xlsx")
    assert (r.period, {k: v.value for k, v in r.values.items()}) == ("2024Q1", {"10.1": 100})


def test_an_exports_period_column_is_read_above_the_forms_own_lines(catalog):
    """序号 | 统计期 | 指标编码 | … with 填报单位 | … and 填报人 | … lines under the data: the
    统计期 column still holds one period."""
    from app.extraction.interpret import interpret_document
    from tests.app.extraction.builders import doc, table
    t = table([["序号", "统计期", "指标编码", "指标名称", "计量单位", "本期值", "累计值", "备注"],
               ["1", "2024年1季度", "SS09-01", "戏曲进校园演出及课程辅导", "场", "41", "41", "含专场16场"],
               ["填报单位", "淄博市文化和旅游局", "", "", "", "", "", ""],
               ["填报人", "韩冰", "", "联系电话", "3113586", "", "", ""]])
    t.name = "指标数据"
    r = interpret_document(doc(t, kind="xlsx"), catalog, "t.xlsx")
    assert (r.unit, r.period, {k: v.value for k, v in r.values.items()}) == ("市文化和旅游局", "2024Q1", {"9.1": 41})


def test_a_return_signed_before_the_quarter_its_text_names_began_is_for_the_quarter_it_was_written_in(catalog):
    """全年累计开办…41个班次 in a report signed 2024年9月10日: the year's total so far, in the
    third quarter; the fourth had not begun."""
    from app.extraction.interpret import interpret_document
    from tests.app.extraction.builders import doc
    r = interpret_document(doc(
        "市总工会关于2024年暑期职工子女托管班", "开展情况的报告", "市妇儿工委办公室：",
        "今年暑期，市总工会联合教育、团委等部门开办职工子女托管班。7—8月新开办暑期托管班35个班次，"
        "加上寒假期间开办的6个班次，全年累计开办寒暑假职工子女托管班41个班次，服务职工子女2,380人。",
        "存在问题：部分基层工会场地、师资不足。", "淄博市总工会", "2024年9月10日"), catalog, "r.docx")
    assert r.period == "2024Q3"


def test_a_total_row_labelled_for_the_whole_year_names_the_period(catalog):
    """A list of shows under 2024年“戏曲进校园”活动开展情况, no date, its last row 全年合计."""
    from app.extraction.interpret import interpret_document
    from tests.app.extraction.builders import block, doc, table
    t = table([["序号", "承办单位", "主要剧目/内容", "场次", "备注"],
               ["1", "淄博市五音剧院", "五音戏《王小赶脚》等", "65", ""],
               ["2", "淄博市京剧院", "京剧《三岔口》等", "52", ""],
               ["", "全年合计", "全年合计", "117", "完成年度目标"]], merges=[(3, 1, 1, 2)])
    r = interpret_document(doc(block("2024年“戏曲进校园”活动开展情况", role="title"),
                               "单位：市文化和旅游局（艺术科）", t), catalog, "t.docx")
    assert r.period == "2024Q4"


def test_figures_as_of_a_day_inside_a_quarter_run_into_that_quarter_weakly(catalog):
    """截至8月20日 in a report signed 8月26日, before the quarter closed: the third quarter's
    return sent early. A firmer word elsewhere would outweigh it."""
    from app.extraction.interpret import interpret_document
    from tests.app.extraction.builders import doc
    (m,) = quarter_mentions("截至8月20日，暑期托管工作已全部结束")
    assert (m.quarter, m.strength < 0.55) == (3, True)
    r = interpret_document(doc(
        "淄博市总工会", "关于2024年暑期职工子女托管班开展情况的报告", "市妇儿工委办公室：",
        "为解决职工子女暑期“看护难”问题，市总工会联合教育、团委等部门推动开展暑期职工子女托管服务。"
        "截至8月20日，暑期托管工作已全部结束，现将有关情况报告如下：",
        "一、今年寒暑假全市累计开展职工子女托管班52个班次，托管职工子女3400余名。",
        "淄博市总工会", "2024年8月26日"), catalog, "r.docx")
    assert r.period == "2024Q3"


def test_a_memos_subject_line_under_the_addressee_names_the_period(catalog):
    """情况说明 | 市妇儿工委办公室： | 关于…一季度推进情况，现说明如下： | 1.… | 2.…计划二季度开通。"""
    from app.extraction.interpret import interpret_document
    from tests.app.extraction.builders import block, doc
    r = interpret_document(doc(
        block("情况说明", role="title"), "市妇儿工委办公室：", "关于“定制公交”助学专线一季度推进情况，现说明如下：",
        "1.截至一季度末，已开通“定制公交”助学专线两条，分别服务张店", "区凯瑞小学和临淄区雪宫小学。",
        "2.另有2条线路已完成线路踏勘和需求摸排，计划二季度开通。", "3.专线车辆均配备随车安全员。",
        "淄博市交通运输局", "2024年4月3日"), catalog, "r.docx")
    assert r.period == "2024Q1"
