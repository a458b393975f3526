import pytest

from app.extraction.interpret import interpret_document
from app.extraction.units import find_unit, fuzzy_unit, unit_mentions
from app.extraction.zones import Zones
from tests.app.extraction.builders import doc, table


@pytest.mark.parametrize("text, unit", [
    ("淄博市卫生健康委员会关于第一季度进展情况的报告", "市卫生健康委"),
    ("市卫健委", "市卫生健康委"),
    ("淄博市人民检察院", "市检察院"),
    ("共青团淄博市委员会", "团市委"),
    ("淄博市人力资源和社会保障局", "市人力资源社会保障局"),
    ("淄 博 市 教 育 局", "市教育局"),
    ("市中级人民法院", "市法院"),
    ("淄博市妇女联合会", "市妇联"),
])
def test_names_and_aliases_map_to_the_canonical_name(catalog, text, unit):
    assert unit_mentions(text, catalog)[0][0] == unit


def test_a_district_office_is_not_the_city_department(catalog):
    assert unit_mentions("张店区教育局", catalog) == []


@pytest.mark.parametrize("seal, unit", [
    ("淄博市教盲局", "市教育局"),
    ("淄博市卫生健康委员", "市卫生健康委"),
    ("淄博市民攻局", "市民政局"),
    ("共青团淄博市委员会", "团市委"),
])
def test_seal_text_garbled_by_ocr_is_matched_fuzzily(catalog, seal, unit):
    assert fuzzy_unit(seal, catalog)[0] == unit


def _find(catalog, **zones):
    seals = zones.pop("seals", [])
    name = zones.pop("file_name", "")
    return find_unit(Zones(**zones), catalog, seals=seals, file_name=name)


def test_title_names_the_reporter_not_the_departments_in_the_body(catalog):
    f = _find(catalog, title=["淄博市民政局关于2024年一季度为妇女儿童办实事进展情况的报告"],
              body=["联合市残联、市妇联、团市委开展关爱活动", "市妇联牵头"])
    assert f.unit == "市民政局"


def test_filled_in_line_names_the_reporter(catalog):
    f = _find(catalog, title=["2024年第二季度进展情况表", "填报单位：淄博市科学技术协会  填报时间：2024年7月2日"],
              body=["市文化和旅游局"])
    assert f.unit == "市科协"


def test_signature_block_names_the_reporter(catalog):
    f = _find(catalog, title=["第三季度工作进展"], tail=["淄博市医疗保障局", "2024年10月8日"],
              body=["会同市卫生健康委"])
    assert f.unit == "市医保局"


def test_seal_alone_names_the_reporter(catalog):
    f = _find(catalog, title=["进展情况表"], seals=["淄博市交通运输局"])
    assert f.unit == "市交通运输局"


def test_header_names_the_reporter(catalog):
    f = _find(catalog, furniture=["淄博市总工会"], title=["2024年前三季度进展情况"])
    assert f.unit == "市总工会"


def test_template_mark_is_trusted_first(catalog):
    f = find_unit(Zones(title=["市教育局关于…的报告"]), catalog, seals=[], file_name="",
                  mark="WCR|1|2024Q2|市妇联|2024-1")
    assert (f.unit, f.confidence) == ("市妇联", 1.0)


def test_file_name_is_the_last_resort(catalog):
    assert _find(catalog, title=["进展情况"], file_name="/x/市残联-二季度.docx").unit == "市残联"
    assert _find(catalog, title=["进展情况"], file_name="report.docx").unit is None


def test_a_system_export_names_department_and_quarter_only_in_its_data_columns(catalog):
    r = interpret_document(doc(table([
        ["序号", "报送单位", "统计期", "实事项目", "指标", "单位", "累计值"],
        ["1", "淄博市妇女联合会", "2024年第三季度", "家庭教育", "开展家庭教育巡讲", "场", "412"],
        ["2", "淄博市妇女联合会", "2024年第三季度", "家庭教育", "培训家庭教育骨干", "人", "530"]])),
        catalog, "export.xlsx")
    assert (r.unit, r.period) == ("市妇联", "2024Q3")
    assert {k: v.value for k, v in r.values.items()} == {"4.1": 412, "4.2": 530}


def test_a_workbook_tab_named_for_the_department_names_it_when_nothing_else_does(catalog):
    t = table([["全市合计", "4460", "48"], ["张店区", "900", "9"]])
    t.name = "人社局"
    assert interpret_document(doc(t, kind="xlsx"), catalog, "汇总.xlsx").unit == "市人力资源社会保障局"
    t.name = "Sheet1"
    assert interpret_document(doc(t, kind="xlsx"), catalog, "汇总.xlsx").unit is None


@pytest.mark.parametrize("name, unit", [("淄博市人力资源和社会保障局", "市人力资源社会保障局"),
                                        ("市人力资源社会保障局就业促进科", "市人力资源社会保障局")])
def test_a_departments_name_alone_in_a_cell_above_the_header_is_the_reporting_unit(catalog, name, unit):
    """巾帼促就业计划推进情况表 | 淄博市人力资源和社会保障局 … 截至9月末 | 指标 | …: the form's
    填报单位 line without its label (perhaps naming the office inside it: …就业促进科)."""
    from app.extraction.interpret import interpret_document
    from tests.app.extraction.builders import doc, table
    t = table([["巾帼促就业计划推进情况表", "", "", "", ""],
               [name, "", "", "截至9月末", ""],
               ["指标", "计量单位", "年度目标", "三季度", "累计"],
               ["培训家政从业人员", "人次", "5000", "1430", "3120"],
               ["女性就业专场招聘", "场", "—", "8", "30"]], merges=[(0, 0, 1, 5)])
    r = interpret_document(doc(t, kind="xlsx"), catalog, "t.xlsx")
    assert r.unit == unit


def test_a_vertical_forms_label_line_names_unit_and_period_though_the_form_is_turned(catalog):
    """填报单位 | 淄博市残联 | 报告期 | 2024年第二季度 over 项目名称 / 目标任务 / 进展情况 /
    存在问题 / 下步打算 rows: the form is read turned on its side, its label line as written."""
    from app.extraction.interpret import interpret_document
    from tests.app.extraction.builders import doc, table
    item = "实施特殊困难儿童关爱项目（残疾儿童康复救助）"
    rows = [["填报单位", "淄博市残联", "报告期", "2024年第二季度"], ["项目名称", item, item, item],
            ["进展情况", "累计救助残疾儿童1130名。", "累计救助残疾儿童1130名。", "累计救助残疾儿童1130名。"],
            ["存在问题", "专业人员不足。", "专业人员不足。", "专业人员不足。"],
            ["下步打算", "开展专项培训。", "开展专项培训。", "开展专项培训。"]]
    t = table(rows, merges=[(r, 1, 1, 3) for r in range(1, 5)])
    r = interpret_document(doc("为全市妇女儿童办实事工作进展情况表", t), catalog, "t.docx")
    assert (r.unit, r.period, r.values["10.2"].value) == ("市残联", "2024Q2", 1130)
