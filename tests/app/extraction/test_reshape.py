"""Tables reshaped before reading: two tables stacked in one sheet, projects as columns."""
from app.extraction.interpret import interpret_document
from app.extraction.reshape import projects_as_columns, reshape_tables, split_stacked
from tests.app.extraction.builders import doc, table

STACKED = [
    ["市卫生健康委办实事指标进展（截至9月末）", "", "", ""],
    ["指标", "应检人数", "已检人数", "率"],
    ["35—64岁适龄妇女“两癌”筛查", "486200", "352495", "72.5%"],
    ["“两癌”患病妇女救助", "312", "312", "100%"],
    ["", "", "", ""],
    ["其他指标", "累计完成", "", ""],
    ["培育市级婴幼儿照护服务示范区县（个）", "3", "", ""],
    ["开展心理健康科普知识宣传（场）", "77", "", ""],
]


def test_two_tables_apart_by_an_empty_row_are_split_at_it():
    parts = split_stacked(table(STACKED, merges=[(0, 0, 1, 4)]))
    assert [p.n_rows for p in parts] == [5, 3]
    assert parts[1].text_grid()[0][:2] == ["其他指标", "累计完成"]
    assert all(c.row < p.n_rows for p in parts for c in p.cells)


def test_each_stacked_table_is_read_under_its_own_header(catalog):
    r = interpret_document(doc("淄博市卫生健康委员会", table(STACKED, merges=[(0, 0, 1, 4)])),
                           catalog, "t.xlsx")
    got = {k: v.value for k, v in r.values.items()}
    assert got["3.1"] == 72.5 and got["3.2"] == 100
    assert got["7.1"] == 3 and got["8.1"] == 77


def test_an_empty_row_inside_one_table_does_not_split_it():
    rows = [["序号", "指标", "累计完成"], ["1", "家庭教育巡讲", "88场"], ["", "", ""],
            ["2", "心理健康科普宣传", "46场"]]
    assert len(split_stacked(table(rows))) == 1


PROJECTS_ACROSS = [
    ["", "实施新型婚育文化培育行动", "实施特殊困难儿童关爱项目"],
    ["工作进展", "上半年累计举办单身青年联谊活动3场，服务青年300余人次。", "新建“希望小屋”41处。"],
    ["存在问题", "青年参与面有待拓宽。", "部分区县选址进度偏慢。"],
    ["下步计划", "七夕前后集中举办联谊活动。", "加快推进“希望小屋”建设。"],
]


def test_projects_laid_out_as_columns_are_turned_into_rows(catalog):
    t = table(PROJECTS_ACROSS)
    assert projects_as_columns(t)
    turned = next(reshape_tables(doc(t)).tables())
    assert turned.text_grid()[0] == ["项目", "工作进展", "存在问题", "下步计划"]
    r = interpret_document(doc("共青团淄博市委员会上半年办实事项目进展", t), catalog, "t.docx")
    assert r.values["5.1"].value == 3
    assert r.texts["5"].problems == "青年参与面有待拓宽。"
    assert r.texts["10"].plans == "加快推进“希望小屋”建设。"


def test_an_ordinary_header_row_is_not_taken_for_project_columns():
    rows = [["序号", "进展情况", "存在问题"], ["进展情况", "已开展3场", "无"],
            ["存在问题", "无", "无"]]
    assert not projects_as_columns(table(rows))


def test_a_second_table_that_opens_with_its_caption_is_split_off(catalog):
    """A quarter ledger, an empty row, 附：已开通线路明细 and a list of lines: the list's 车辆
    column is not the ledger's 四季度."""
    rows = [["指标", "全年目标", "一季度", "二季度", "三季度", "四季度", "累计"],
            ["开通“定制公交”助学专线（条）", "4", "1", "1", "2", "", "4"],
            ["", "", "", "", "", "", ""],
            ["附：已开通线路明细", "", "", "", "", "", ""],
            ["序号", "线路", "开通日期", "服务学校", "日均客流（人次）", "车辆（台）", "运营单位"],
            ["1", "助学专线1路", "2024-03-04", "实验中学", "186", "3", "公交集团"],
            ["2", "助学专线3路", "2024-09-02", "雪宫中学", "97", "2", "公交公司"]]
    t = table(rows, merges=[(3, 0, 1, 7)])
    assert [p.n_rows for p in split_stacked(t)] == [3, 4]
    r = interpret_document(doc("“定制公交”助学专线开通情况台账（2024年）", "填报单位：市交通运输局", t),
                           catalog, "t.xlsx")
    assert (r.period, {k: v.value for k, v in r.values.items()}) == ("2024Q3", {"6.2": 4})
