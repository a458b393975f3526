"""Warnings a reviewer must see, in plain Chinese."""
import pytest

from app.extraction.checks import document_warnings, value_warnings
from app.extraction.interpret import interpret_document
from app.extraction.result import FieldValue
from tests.app.extraction.builders import doc, table


def fv(ind, value, confidence=0.95):
    return FieldValue(ind, value, confidence)


def test_rate_over_100_percent_is_flagged(catalog):
    (w,) = value_warnings(catalog, {"3.1": fv("3.1", 104.2)}, {})
    assert "超过100%" in w and "3.1" in w


def test_count_far_over_target_is_flagged(catalog):
    (w,) = value_warnings(catalog, {"1.1": fv("1.1", 40)}, {})
    assert "远超年度目标4所" in w


def test_count_near_target_is_not_flagged(catalog):
    assert value_warnings(catalog, {"1.1": fv("1.1", 5)}, {}) == []


def test_low_confidence_and_unclear_ocr_are_flagged(catalog):
    ws = value_warnings(catalog, {"9.2": fv("9.2", 12, confidence=0.4)}, {"9.2": 0.6})
    assert any("把握不大" in w for w in ws) and any("扫描文字" in w for w in ws)


def test_unknown_department_and_quarter_are_flagged(catalog):
    ws = document_warnings(catalog, kind="docx", unit=None, period=None, stamped=None,
                           values={}, parser_warnings=["第2页倾斜3.1°，已校正"])
    assert ws[0] == "第2页倾斜3.1°，已校正"
    assert "未能识别填报单位，请人工选择" in ws and "未能识别所属季度，请人工选择" in ws


def test_scan_without_seal_is_flagged_but_a_word_file_is_not(catalog):
    scan = document_warnings(catalog, kind="pdf-scan", unit="市科协", period="2024Q1",
                             stamped=False, values={"9.2": fv("9.2", 1), "9.3": fv("9.3", 1)},
                             parser_warnings=[])
    word = document_warnings(catalog, kind="docx", unit="市科协", period="2024Q1",
                             stamped=False, values={"9.2": fv("9.2", 1), "9.3": fv("9.3", 1)},
                             parser_warnings=[])
    assert any("公章" in w for w in scan) and not any("公章" in w for w in word)


def test_missing_indicators_of_the_lead_department_are_named(catalog):
    ws = document_warnings(catalog, kind="docx", unit="市教育局", period="2024Q1", stamped=None,
                           values={"1.1": fv("1.1", 1)}, parser_warnings=[])
    (w,) = [w for w in ws if w.startswith("未找到")]
    assert "1.2" in w and "1.3" in w and "1.1“" not in w


def test_a_co_department_reporting_part_of_a_project_is_not_nagged(catalog):
    ws = document_warnings(catalog, kind="docx", unit="市商务局", period="2024Q1", stamped=None,
                           values={"2.1": fv("2.1", 100)}, parser_warnings=[])
    assert not any(w.startswith("未找到") for w in ws)


def test_inferred_department_is_said(catalog):
    r = interpret_document(doc("2024年第一季度进展情况表",
                               table([["指标", "累计完成"], ["定制公交助学专线", "3条"]])),
                           catalog, "x.xlsx")
    assert r.unit == "市交通运输局"
    assert "根据所报项目推断" in r.warnings[0]


def test_a_return_of_a_shared_project_without_its_department_says_why_none_is_chosen(catalog):
    from app.extraction.interpret import interpret_document
    from tests.app.extraction.builders import doc, table
    r = interpret_document(doc("2024年第二季度工作进展表",
                               table([["指标", "累计完成"], ["家政从业人员培训", "1200人次"],
                                      ["女性就业专场招聘会", "9场"]])), catalog, "进展表.docx")
    assert r.unit is None
    shared = [w for w in r.warnings if "共同承担" in w]
    assert len(shared) == 1 and "市人力资源社会保障局" in shared[0] and "市商务局" in shared[0]
    assert "未能识别填报单位，请人工选择" not in r.warnings


@pytest.mark.parametrize("figure, sure", [("1,308名", True), ("1.308名", False), ("1.3万名", True)])
def test_a_count_with_a_fraction_is_flagged_and_not_trusted(catalog, figure, sure):
    from app.extraction.interpret import interpret_document
    from tests.app.extraction.builders import doc, table
    r = interpret_document(doc("市残联2024年第二季度进展情况",
                               table([["指标", "累计完成"], ["残疾儿童康复救助", figure]])),
                           catalog, "t.docx")
    assert (r.values["10.2"].confidence >= 0.9) == sure
    assert any("千位分隔符" in w for w in r.warnings) == (not sure)
