"""进展情况 / 存在问题 / 下步打算 per project, as written, from columns and from sections."""
import pytest

from app.extraction.interpret import interpret_document
from app.extraction.narratives import split_problems_plans, tidy
from tests.app.extraction.builders import block, doc, table


def texts(catalog, *items, **kw):
    r = interpret_document(doc(*items, **kw), catalog, "n.docx")
    return {no: t.to_contract() for no, t in r.texts.items()}


def test_table_columns_give_each_project_its_texts(catalog):
    got = texts(catalog, "市妇联2024年第一季度进展情况",
                table([["序号", "项目", "工作进展", "存在问题", "下步打算"],
                       ["1", "巾帼促就业计划", "培训家政从业人员120人次。", "需求摸排不细。", "扩大培训。"],
                       ["2", "家庭教育指导服务行动", "开展巡讲30场。", "无", "持续推进。"]]))
    assert got["2"] == {"progress": "培训家政从业人员120人次。", "problems": "需求摸排不细。",
                        "plans": "扩大培训。"}
    assert got["4"]["progress"] == "开展巡讲30场。"


def test_a_merged_progress_cell_shared_by_indicator_rows_is_taken_once(catalog):
    got = texts(catalog, "市教育局2024年第一季度进展情况",
                table([["项目", "指标", "累计完成", "进展情况"],
                       ["教育资源扩增优化工程", "新改扩建中小学", "1所", "稳步推进，开工在即。"],
                       ["", "新改扩建幼儿园", "2所", ""]],
                      merges=[(1, 0, 2, 1), (1, 3, 2, 1)]))
    assert got["1"] == {"progress": "稳步推进，开工在即。"}


def test_sections_under_project_headings_with_sub_headings(catalog):
    got = texts(catalog, "市卫生健康委关于2024年上半年进展情况的报告",
                "一、普惠托育服务提质行动", "（一）工作进展", "打造示范托育机构4家。",
                "（二）存在的问题", "托育人才不足。", "（三）下一步工作打算", "加强人才培养。",
                "以上情况，特此报告。", "淄博市卫生健康委员会", "2024年7月2日")
    assert got["7"] == {"progress": "打造示范托育机构4家。", "problems": "托育人才不足。",
                        "plans": "加强人才培养。"}


def test_inline_labels_inside_paragraphs(catalog):
    got = texts(catalog, "市总工会2024年第二季度进展",
                "一、普惠托育服务提质行动",
                "开办托管班20个班次。",
                "存在问题：部分企业积极性不高。",
                "下步打算：加大宣传。")
    assert got["7"] == {"progress": "开办托管班20个班次。", "problems": "部分企业积极性不高。",
                        "plans": "加大宣传。"}


def test_document_wide_sections_after_a_table_go_to_the_named_project(catalog):
    got = texts(catalog, "团市委2024年第四季度进展",
                table([["序号", "项目", "进展情况"], ["1", "新型婚育文化培育行动", "举办联谊活动12场。"]]),
                "一、存在问题",
                "新型婚育文化培育行动：青年参与度不均衡。",
                "特殊困难儿童关爱项目：资金不足。",
                "二、下步打算",
                "新型婚育文化培育行动：打造品牌活动。")
    assert got["5"] == {"progress": "举办联谊活动12场。", "problems": "青年参与度不均衡。",
                        "plans": "打造品牌活动。"}
    assert got["10"] == {"problems": "资金不足。"}


def test_closing_lines_are_not_part_of_the_plans(catalog):
    got = texts(catalog, "市医保局2024年第一季度进展",
                "一、新型婚育文化培育行动", "报销比例达到100%。", "下步打算：做好结算。",
                "特此报告。", "联系人：王某 电话：3160000", "淄博市医疗保障局", "2024年4月1日")
    assert got["5"]["plans"] == "做好结算。"


def test_texts_keep_the_original_characters(catalog):
    got = texts(catalog, "市总工会2024年第二季度进展", "一、普惠托育服务提质行动",
                "开办托管班２０个班次（含暑期班），进展顺利！")
    assert got["7"]["progress"] == "开办托管班２０个班次（含暑期班），进展顺利！"


@pytest.mark.parametrize("text, expected", [
    ("存在问题：人员不足。下步打算：补充人员。", ("人员不足。", "补充人员。")),
    ("资金到位慢。下一步计划：加快拨付。", ("资金到位慢。", "加快拨付。")),
    ("暂无", ("暂无", "")),
])
def test_a_cell_with_problems_and_plans_is_split(text, expected):
    assert split_problems_plans(text) == expected


def test_tidy_collapses_spaces_and_blank_lines():
    assert tidy("  甲  乙 \n\n 丙 ") == "甲 乙\n丙"


def test_broken_pdf_lines_are_rejoined(catalog):
    got = texts(catalog,
                block("市总工会2024年第二季度进展", bbox=(0, 0, 300, 20)),
                block("一、普惠托育服务提质行动", bbox=(0, 30, 300, 50)),
                block("联合各级工会组织开展寒暑假职工子女托管服务，已开办托管班", bbox=(0, 60, 500, 80)),
                block("20个班次。", bbox=(0, 82, 100, 100)), kind="pdf-text")
    assert got["7"]["progress"] == "联合各级工会组织开展寒暑假职工子女托管服务，已开办托管班20个班次。"


def test_a_plan_column_of_prose_gives_the_plans(catalog):
    from app.extraction.interpret import interpret_document
    from tests.app.extraction.builders import doc, table
    r = interpret_document(doc("市科协2024年第二季度进展情况表",
                               table([["项目", "年度目标", "进展", "困难", "计划"],
                                      ["科普大篷车巡展", "60场", "累计巡展35场。", "车辆老化。",
                                       "下半年进乡镇巡展。"]])), catalog, "t.docx")
    assert r.texts["9"].plans == "下半年进乡镇巡展。"
    assert r.values["9.2"].value == 35


@pytest.mark.parametrize("caption", ["附表1 分区县完成情况", "表二：问题清单"])
def test_a_table_caption_and_a_dated_signature_are_not_part_of_the_progress(catalog, caption):
    got = texts(catalog, "市总工会职工子女托管推进情况（三季度）", "实施职工子女托管服务",
                "暑期托管班覆盖全部区县，课程以阅读和体育为主。", caption,
                "淄博市总工会　2024年10月8日")
    assert got["7"]["progress"] == "暑期托管班覆盖全部区县，课程以阅读和体育为主。"


def test_a_period_subtitle_above_the_table_is_not_a_projects_progress_text(catalog):
    got = texts(catalog, block("淄博市文化和旅游局", role="header"), "“润童心”儿童素养提升工程", "一季度进展情况",
                table([["项目", "任务目标", "完成情况", "存在问题", "下一步打算"],
                       ["推进“戏曲进校园”", "演出二百场", "组织院团走进中小学，开展演出四十二场。", "场次偏少。",
                        "二季度加快。"]]))
    assert got["9"] == {"progress": "组织院团走进中小学，开展演出四十二场。", "problems": "场次偏少。",
                        "plans": "二季度加快。"}


def test_the_whole_lists_dashed_rows_of_other_departments_give_no_texts(catalog):
    """The police fill row 8 of the whole list; rows 7 and 9 are ——. Even with one project of
    its own, another project's row is not the department's."""
    got = texts(catalog, block("填报单位：淄博市公安局"), block("2024年为全市妇女儿童办实事工作进展情况表（一季度）"),
                table([["序号", "项目名称", "责任单位", "进展情况", "存在问题", "下步打算"],
                       ["7", "实施普惠托育服务提质行动", "市卫生健康委、市总工会", "——", "——", "——"],
                       ["8", "实施“阳光成长”青少年身心健康护航行动", "市公安局等", "开展宣传活动18场。",
                        "监控老化。", "排查整治。"],
                       ["9", "实施“润童心”儿童素养提升工程", "市文化和旅游局、市科协", "——", "——", "——"]]))
    assert got == {"8": {"progress": "开展宣传活动18场。", "problems": "监控老化。", "plans": "排查整治。"}}


def test_the_forms_footer_row_is_not_part_of_the_last_text(catalog):
    got = texts(catalog, block("填报单位：淄博市民政局  时间：2024年1-6月"),
                table([["序号", "项目名称", "进展情况", "存在问题", "下步打算"],
                       ["10", "实施特殊困难儿童关爱项目", "发放助学金。", "监测不够及时。", "完成发放。"],
                       ["填表人：马静", "", "联系电话：3180651", "报送时间：2024年7月4日", ""]]))
    assert got["10"]["problems"] == "监测不够及时。"


def test_a_completion_column_in_words_beside_a_progress_column_is_not_the_narrative(catalog):
    got = texts(catalog, block("填报单位：市文旅局  时间：2024年1-3月"),
                table([["序号", "项目名称", "完成指标", "进展情况", "存在问题", "下步打算"],
                       ["9", "实施“润童心”儿童素养提升工程", "戏曲进校园演出及课程辅导38场（目标200场）",
                        "联合市教育局印发实施方案，组织院团走进中小学。", "场地有限。", "扩大覆盖。"]]))
    assert got["9"]["progress"] == "联合市教育局印发实施方案，组织院团走进中小学。"


def test_a_sheet_title_naming_the_project_by_its_number_switches_the_project(catalog):
    """One sheet per project, each titled 市妇联项目N …, then a 进展情况 | 存在问题 | 下步打算 table
    with no project column: each sheet's texts belong to its own project."""
    def sheet(page, title, prog, prob):
        return [block(title, role="title", page=page),
                table([["进展情况", "存在问题", "下步打算"], [prog, prob, "继续推进。"]], page=page)]
    got = texts(catalog, *sheet(1, "市妇联项目二 巾帼促就业推进情况（1-6月）", "培训家政从业人员402人次。", "稳定性不高。"),
                *sheet(2, "市妇联项目四 家庭教育推进情况（1-6月）", "开展家庭教育巡讲517场。", "讲师不足。"), kind="xlsx")
    assert got["2"]["problems"] == "稳定性不高。" and got["4"]["progress"] == "开展家庭教育巡讲517场。"


def test_a_dash_in_the_departments_own_row_is_kept_as_its_answer(catalog):
    got = texts(catalog, "市妇联2024年第一季度进展情况",
                table([["序号", "项目", "进展情况", "存在问题", "下步打算"],
                       ["4", "家庭教育指导服务行动", "开展巡讲30场。", "—", "持续推进。"]]))
    assert got["4"]["problems"] == "—"


def test_a_cover_letters_lines_are_not_the_projects_progress_beside_its_forms_cell(catalog):
    """A letter titled with the project, its addressee and covering lines, then the form:
    the form's 进展情况 cell is the project's text; the letter adds nothing to it."""
    got = texts(catalog, "淄博市残疾人联合会", "关于一季度残疾儿童康复救助工作情况的报告", "市妇儿工委办公室：",
                "一季度，全市累计为488名符合条件的残疾儿童实施康复救助，其中孤独症儿童135名。",
                "附件：残疾儿童康复救助进展情况表", "淄博市残疾人联合会", "2024年4月8日",
                table([["项目", "年度目标", "进展情况", "存在问题", "下步打算"],
                       ["残疾儿童康复救助", "约2000名", "一季度累计救助残疾儿童488名。", "康复师短缺",
                        "开展康复专业技术人员培训"]]))
    assert got["10"] == {"progress": "一季度累计救助残疾儿童488名。", "problems": "康复师短缺",
                         "plans": "开展康复专业技术人员培训"}


def test_the_addressee_and_covering_sentence_of_a_letter_are_not_progress(catalog):
    got = texts(catalog, "淄博市残疾人联合会", "关于残疾儿童康复救助工作情况的报告", "市妇儿工委办公室：",
                "现将我会一季度残疾儿童康复救助工作情况报告如下。",
                "一季度，全市累计为488名符合条件的残疾儿童实施康复救助。",
                "淄博市残疾人联合会", "2024年4月8日")
    assert got["10"] == {"progress": "一季度，全市累计为488名符合条件的残疾儿童实施康复救助。"}
