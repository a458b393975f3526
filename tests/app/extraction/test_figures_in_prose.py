"""Figures written in prose, as different offices phrase them, with the distractors a reader
must not take: targets, dates, phone numbers, money, last quarter's figure, this quarter's
increment, counts of other things in the same sentence."""
import pytest

from app.extraction.interpret import interpret_document
from tests.app.extraction.builders import doc

QUARTER_TITLE = {1: "第一季度", 2: "上半年", 3: "前三季度", 4: "全年"}


def values_of(catalog, unit, text, quarter=2):
    d = doc(f"{unit}关于2024年{QUARTER_TITLE[quarter]}为全市妇女儿童办实事工作进展情况的报告", text)
    r = interpret_document(d, catalog, "return.docx")
    return {k: v.value for k, v in r.values.items()}


CASES = [
    # (department, prose, expected {indicator: value}; None = must be absent)
    ("市教育局", "全市新改扩建中小学2所、幼儿园5所，打造智慧教育应用场景3个。",
     {"1.1": 2, "1.2": 5, "1.3": 3}),
    ("市教育局", "新建、改扩建中小学两所，幼儿园五所。", {"1.1": 2, "1.2": 5}),
    ("市教育局", "全年目标新改扩建中小学4所，目前已完成3所。", {"1.1": 3}),
    ("市教育局", "幼儿园新改扩建项目累计完工6所，较上季度的4所增加2所。", {"1.2": 6}),
    ("市教育局", "3月15日召开推进会，智慧教育应用场景已打造7个，投入资金1200万元。", {"1.3": 7}),
    ("市教育局", "截至目前，新改扩建幼儿园项目完工８所，惠及幼儿2000余名。", {"1.2": 8}),
    ("市教育局", "开展心理健康科普知识宣传活动112场次，覆盖师生5万余人次。", {"8.1": 112}),
    ("市教育局", "中小学幼儿园安全防范建设“4个100%”达标率保持100%。", {"8.2": 100}),
    ("市人力资源社会保障局", "举办“春风行动”女性就业专场招聘活动15场，提供就业岗位1.2万个。",
     {"2.2": 15}),
    ("市人力资源社会保障局", "开展家政职业技能培训，累计培训家政从业人员3,260人次，其中本季度培训1,100人次。",
     {"2.1": 3260}),
    ("市人力资源社会保障局", "家政培训：本季度新增820人次，累计2460人次，完成年度目标的49.2%。",
     {"2.1": 2460}),
    ("市人力资源社会保障局", "培训家政从业人员五千余人次，超额完成全年5000人次以上的目标任务。",
     {"2.1": 5000}),
    ("市商务局", "组织家政企业开展从业人员技能培训，共培训１２００人次。联系电话：3160330。",
     {"2.1": 1200}),
    ("市卫生健康委", "全市35—64岁适龄妇女“两癌”筛查率达到46.8%，年度目标为90%。", {"3.1": 46.8}),
    ("市卫生健康委", "两癌筛查率为百分之九十二点五；符合条件的患病妇女救助实现全覆盖。",
     {"3.1": 92.5, "3.2": 100}),
    ("市卫生健康委", "“两癌”患病妇女救助覆盖率100%。", {"3.2": 100}),
    ("市卫生健康委", "培育市级婴幼儿照护服务示范区县3个，打造市级示范托育机构7家。",
     {"7.1": 3, "7.2": 7}),
    ("市卫生健康委", "心理健康科普宣传进社区、进校园共计56场。", {"8.1": 56}),
    ("市妇联", "开展家庭教育巡讲三百二十场，惠及家长2万余人次。", {"4.1": 320}),
    ("市妇联", "截至6月底，培训家庭教育骨干二百六十人，占年度任务的47%。", {"4.2": 260}),
    ("市妇联", "举办单身青年联谊活动4场，参与青年600余人。", {"5.1": 4}),
    ("市妇联", "试点打造儿童友好共建联盟5个，计划年底前达到8个。", {"6.1": 5}),
    ("市妇联", "组织“家庭共成长”巡讲活动累计达1,050场。", {"4.1": 1050}),
    ("市妇联", "家政从业人员培训：市妇联牵头培训486人次。", {"2.1": 486}),
    ("团市委", "举办“青春有约”单身青年交友联谊活动3场次，成功牵手28对。", {"5.1": 3}),
    ("市医保局", "配合市妇联开展婚育政策宣传，参与举办单身青年联谊活动二场，现场解读医保生育政策。",
     {"5.1": 2}),
    ("市医保局", "职工医保参保人员住院分娩政策范围内医疗费用报销比例达到100%。", {"5.2": 100}),
    ("市医保局", "住院分娩报销比例：百分之百，累计为1.3万名参保职工报销生育医疗费4800万元。",
     {"5.2": 100}),
    ("市交通运输局", "开通“定制公交”助学专线4条，日均服务学生1200人次。", {"6.2": 4}),
    ("市交通运输局", "已开通助学公交专线三条，第4条线路正在论证。", {"6.2": 3}),
    ("市交通运输局", "我局负责开通4条“定制公交”助学专线，截至6月30日已开通三条。", {"6.2": 3}),
    ("市教育局", "我局负责的新改扩建中小学4所均已竣工。", {"1.1": 4}),
    ("市总工会", "开展寒暑假职工子女托管班32个班次，服务职工子女1600余名。", {"7.3": 32}),
    ("市总工会", "暑期职工子女托管班开班45期。", {"7.3": 45}),
    ("市公安局", "开展心理健康科普知识宣传活动12场，会同教育部门走访学校30所。", {"8.1": 12}),
    ("市法院", "开展未成年人心理健康宣传讲座8场。", {"8.1": 8}),
    ("市检察院", "开展心理健康科普宣传九场，发放宣传资料3000余份。", {"8.1": 9}),
    ("市文化和旅游局", "开展五音戏、京剧等戏曲进校园演出及课程辅导活动86场。", {"9.1": 86}),
    ("市文化和旅游局", "戏曲进校园：全年任务200场，已完成152场，完成率76%。", {"9.1": 152}),
    ("市科协", "科普大篷车巡展12场，青少年“蒲公英”科普大讲堂18场。", {"9.2": 12, "9.3": 18}),
    ("市科协", "“蒲公英”科普大讲堂开讲二十场，受众学生8000余人；大篷车巡展累计11场。",
     {"9.3": 20, "9.2": 11}),
    ("市民政局", "享受民政保障的孤困儿童就学资助实现全覆盖，资助金额86万元。", {"10.1": 100}),
    ("市教育局", "全市1,386所中小学幼儿园安全防范建设“4个100%”全部达标。", {"8.2": 100}),
    ("市民政局", "孤困儿童就学资助覆盖率100%，共资助1,286名。", {"10.1": 100}),
    ("市残联", "为1,536名符合条件的残疾儿童实施康复救助，完成年度目标的76.8%。", {"10.2": 1536}),
    ("市残联", "残疾儿童康复救助累计救助近1500名，较一季度增加620名。", {"10.2": 1500}),
    ("市残联", "康复救助工作：年度任务约2000名，目前已救助1,208名。", {"10.2": 1208}),
    ("市医保局", "住院分娩政策范围内医疗费用报销比例由90%提高至100%，同比增长9.6%。", {"5.2": 100}),
    ("市医保局", "职工医保住院分娩报销比例三季度继续保持100%。", {"5.2": 100}),
    ("市教育局", "今年计划新改扩建中小学4所、幼儿园10所。上半年已完工中小学1所，幼儿园4所。",
     {"1.1": 1, "1.2": 4}),
    ("市教育局", "全省共打造智慧教育应用场景300个，我市打造12个。", {"1.3": 12}),
    ("市总工会", "寒假开办职工子女托管班九个班次。目前暑期托管班已确定托管点32个。", {"7.3": 9}),
    ("市残联", "今年，市政府将“为约2000名符合条件的残疾儿童实施康复救助”列入为民办实事项目。"
     "全年累计为2,118名残疾儿童实施康复救助，其中0—6岁1,604名。", {"10.2": 2118}),
    ("市人力资源社会保障局", "一季度培训家政从业人员400人次，二季度培训620人次，上半年累计培训1020人次。",
     {"2.1": 1020}),
    ("市人力资源社会保障局", "1-6月，举办女性就业专场招聘活动25场（其中二季度13场），培训家政从业人员"
     "1780人次。", {"2.1": 1780, "2.2": 25}),
]


@pytest.mark.parametrize("unit, text, expected", CASES,
                         ids=[f"{i:02d}-{c[0]}" for i, c in enumerate(CASES)])
def test_figures_in_prose_are_read_and_distractors_ignored(catalog, unit, text, expected):
    got = values_of(catalog, unit, text)
    assert {k: got.get(k) for k in expected} == {k: pytest.approx(v) for k, v in expected.items()}


@pytest.mark.parametrize("unit, text, absent", [
    ("市教育局", "全年目标新改扩建中小学4所，力争年内完成。", "1.1"),
    ("市妇联", "计划举办单身青年联谊活动10场。", "5.1"),
    ("市残联", "联系电话：0533-3160330，联系人：王某。", "10.2"),
    ("市交通运输局", "定制公交助学专线正在规划论证中，拟于9月开通。", "6.2"),
    ("市教育局", "全市1,386所中小学幼儿园安全防范建设“4个100%”全部达标。", "1.1"),
    ("市人力资源社会保障局", "较上季度增加培训家政从业人员300人次。", "2.1"),
    ("市商务局", "组织家政企业参加“春风行动”招聘会3场，提供岗位640个。", "2.2"),
    ("市妇联", "组织单身青年参加市总工会举办的联谊活动3场。", "5.1"),
    ("市交通运输局", "根据项目分工，我局负责开通4条“定制公交”助学专线。", "6.2"),
    ("市残联", "为560名残疾儿童实施康复救助，占年度目标（约2000名）的28%。", "10.1"),
    ("市法院", "开展“法官进校园”法治宣传活动24场，覆盖师生1.1万余人。", "8.1"),
    ("市文化和旅游局", "二季度，组织院团走进中小学开展戏曲进校园演出及课程辅导49场。", "9.1"),
    ("市商务局", "累计培训家政从业人员千余人次，培训结束后推荐上岗630余人。", "2.1"),
    ("市教育局", "全省共打造智慧教育应用场景300个。", "1.3"),
])
def test_statements_without_a_cumulative_figure_give_no_value(catalog, unit, text, absent):
    assert absent not in values_of(catalog, unit, text)


def test_a_this_quarter_figure_alone_is_not_the_cumulative_one_after_q1(catalog):
    text = "本季度新增培训家政从业人员300人次。"
    assert "2.1" not in values_of(catalog, "市人力资源社会保障局", text, quarter=3)
    assert values_of(catalog, "市人力资源社会保障局", text, quarter=1)["2.1"] == 300


def test_numbered_points_with_figures_are_not_headings(catalog):
    got = values_of(catalog, "市妇联", "1.巾帼家政培训全年累计980人次，举办女性就业专场招聘活动12场。", quarter=4)
    assert got == {"2.1": 980, "2.2": 12}


@pytest.mark.parametrize("text", [
    "全市各中小学、幼儿园护校安园“4个100%”均已达标。",
    "我市2,104所中小学和幼儿园安全防范建设全面达标。",
])
def test_a_statement_that_every_school_meets_the_standard_is_the_rate_not_a_school_count(
        catalog, text):
    got = values_of(catalog, "市教育局", text)
    assert got.get("8.2") == 100 and "1.1" not in got and "1.2" not in got


@pytest.mark.parametrize("lines, expected", [
    (["年度任务：“开展家庭教育巡讲1000场”。", "完成：上半年共巡讲612场。"], {"4.1": 612}),
    (["目标：培训家庭教育骨干300人。", "进展：已培训骨干184人。"], {"4.2": 184}),
    (["按照通知“开展家庭教育巡讲1000场”的要求推进。"], {}),
])
def test_the_quoted_or_labelled_task_is_the_target_and_the_figure_follows_it(catalog, lines,
                                                                             expected):
    d = doc("市妇联关于2024年上半年为全市妇女儿童办实事工作进展情况的报告", *lines)
    r = interpret_document(d, catalog, "return.docx")
    assert {k: v.value for k, v in r.values.items()} == expected


def test_a_lone_figure_line_is_named_by_the_caption_line_under_it(catalog):
    d = doc("市妇联上半年工作亮点", "128场", "——截至6月底累计开展家庭教育巡讲", "2,300人",
            "——听众人数")
    r = interpret_document(d, catalog, "return.docx")
    assert {k: v.value for k, v in r.values.items()} == {"4.1": 128}


@pytest.mark.parametrize("unit, text, quarter, expected", [
    ("市教育局", "截至9月底，全市新改扩建中小学及幼儿园分别已完成6所和11所。", 3, {"1.1": 6, "1.2": 11}),
    ("市妇联", "今年以来，家庭教育巡讲、家庭教育骨干培训分别累计达到37场、420人。", 2,
     {"4.1": 37, "4.2": 420}),
])
def test_things_named_in_turn_before_fenbie_take_the_figures_listed_after_it_in_order(
        catalog, unit, text, quarter, expected):
    d = doc(f"{unit}关于2024年{QUARTER_TITLE[quarter]}为全市妇女儿童办实事工作进展情况的报告", text)
    r = interpret_document(d, catalog, "return.docx")
    assert {k: v.value for k, v in r.values.items()} == expected
    assert all(v.confidence < 0.9 for v in r.values.values())  # paired by order: inferred


@pytest.mark.parametrize("unit, text, expected", [
    ("市交通运输局", "“定制公交”助学专线已完成全年任务的50%（3条）。", {"6.2": 3}),
    ("市总工会", "寒暑假职工子女托管班达到目标的40%(12个班次)，计划下半年再开办20个班次。", {"7.3": 12}),
    ("市总工会", "寒暑假职工子女托管班力争达到目标的40%(12个班次)。", {}),
])
def test_a_count_in_brackets_after_the_share_of_the_target_done_is_the_figure(
        catalog, unit, text, expected):
    assert values_of(catalog, unit, text) == expected


def test_a_section_heading_naming_one_indicator_names_the_figures_under_it(catalog):
    d = doc("淄博市科学技术协会关于上半年科普项目进展情况的报告",
            "一、科普大篷车巡展", "上半年累计开展巡展12场，完成年度任务30场的40%。",
            "二、青少年“蒲公英”科普大讲堂", "邀请高校专家开讲17场，年度任务40场。")
    r = interpret_document(d, catalog, "return.docx")
    assert {k: v.value for k, v in r.values.items()} == {"9.2": 12, "9.3": 17}


def test_a_stated_running_total_outweighs_a_part_that_names_the_indicator_better(catalog):
    d = doc("市总工会关于2024年前三季度为全市妇女儿童办实事工作进展情况的报告", "七、实施普惠托育服务提质行动",
            "暑期开办职工子女托管班40个班次；加上寒假开办的12个班次，前三季度累计开办52个班次。")
    r = interpret_document(d, catalog, "return.docx")
    assert {k: v.value for k, v in r.values.items()} == {"7.3": 52}


@pytest.mark.parametrize("text, expected", [
    # the schools counted are approved, not built: no completed figure
    ("4所中小学新改扩建项目均已完成立项，尚未竣工；新改扩建幼儿园三所已投入使用。", {"1.2": 3}),
    # the unfinished ones are another count of the sentence
    ("新改扩建中小学3所已竣工，另有1所尚未竣工；幼儿园5所已投入使用。", {"1.1": 3, "1.2": 5}),
    # behind the target is not unfinished
    ("新改扩建幼儿园6所，尚未完成年度任务。", {"1.2": 6}),
    # started, still being built
    ("4所新改扩建中小学均已开工，正在主体施工；新改扩建幼儿园已完工2所。", {"1.2": 2}),
    ("4所中小学均已开工建设；一所幼儿园完成改扩建并投入使用。", {"1.2": 1}),
    # the rest of the projects are what is being built
    ("已建成投用中小学一所，幼儿园4所，其余项目均已开工建设。", {"1.1": 1, "1.2": 4}),
])
def test_a_count_said_to_be_unfinished_is_not_a_completed_figure(catalog, text, expected):
    from app.extraction.interpret import interpret_document
    from tests.app.extraction.builders import block, doc
    r = interpret_document(doc(block("市教育局2024年第一季度进展情况"), block(text)), catalog, "t.docx")
    assert {k: v.value for k, v in r.values.items() if k in ("1.1", "1.2")} == expected


@pytest.mark.parametrize("text, expected", [
    # 年内累计 is the year so far, not a deadline
    ("暑期开办职工子女托管班45个班次，年内累计开办64个班次（含寒假托管班19个班次）。", {"7.3": 64}),
    # 年内 before the work is still a deadline
    ("已开办职工子女托管班20个班次，年内开办60个班次。", {"7.3": 20}),
])
def test_the_year_so_far_is_not_a_deadline(catalog, text, expected):
    assert values_of(catalog, "市总工会", text, quarter=3) == expected


@pytest.mark.parametrize("text, expected", [
    # the year so far opens the sentence: its first figure is the running total; a kind of
    # child counted after it is a part
    ("1—9月，全市为1,603名残疾儿童实施康复救助，其中三季度新增救助455名；孤独症儿童康复救助412名。",
     {"10.2": 1603}),
    ("今年以来，共为986名残疾儿童实施康复救助；听力残疾儿童康复救助131名。", {"10.2": 986}),
])
def test_the_year_so_far_opening_a_sentence_states_the_running_total(catalog, text, expected):
    assert values_of(catalog, "市残联", text, quarter=3) == expected


@pytest.mark.parametrize("text, expected", [
    # named a target after the figure
    ("全市培训家政从业人员5000人次以上的目标由我局与市人社局、市妇联共同承担。一季度组织开展家政职业技能培训210人次。",
     {"2.1": 210}),
    # a completion rate after the figure is not a target
    ("累计培训家政从业人员1200人次，目标任务完成率24%。", {"2.1": 1200}),
])
def test_a_figure_named_a_target_after_it_is_not_the_result(catalog, text, expected):
    assert values_of(catalog, "市商务局", text, quarter=1) == expected


def test_a_rate_of_the_other_insurance_scheme_is_not_the_indicators(catalog):
    """The catalog's not_about words: 城乡居民医保's 报销比例 is not the 职工医保 one."""
    text = ("职工医保参保人员住院分娩政策范围内医疗费用报销比例由90%提高到100%。"
            "城乡居民医保参保人员住院分娩报销比例达到70%。")
    assert values_of(catalog, "市医保局", text, quarter=4) == {"5.2": 100}
    assert values_of(catalog, "市医保局", "城乡居民医保参保人员住院分娩报销比例达到70%。", quarter=4) == {}


def test_not_about_words_are_read_from_the_catalog(catalog):
    assert "城乡居民" in catalog.indicator("5.2").not_about
    assert catalog.indicator("5.1").not_about == ()


def test_a_total_of_something_else_far_larger_is_not_the_running_total(catalog):
    """In a committee form's 进展情况 cell: 累计访问量86万人次 is not the running total of
    培训家庭教育骨干587人."""
    from tests.app.extraction.builders import block, table
    prog = ("实施“家庭共成长”计划，全年开展家庭教育巡讲1086场，培训家庭教育骨干587人，11个区县均超过50人；"
            "“淄博好爸妈”网上家庭教育平台上线运行，累计访问量86万人次。")
    t = table([["序号", "项目名称", "责任单位", "进展情况", "存在问题", "下步打算"],
               ["4", "实施家庭教育指导服务行动", "市妇联、市教育局", prog, "师资薄弱。", "组建讲师团。"]])
    r = interpret_document(doc(block("2024年全年为全市妇女儿童办实事项目进展情况表"),
                               block("填报单位：市妇联"), t), catalog, "t.docx")
    assert {k: v.value for k, v in r.values.items()} == {"4.1": 1086, "4.2": 587}


@pytest.mark.parametrize("text", [
    "住院分娩政策范围内医疗费用报销比例由原来的90%提高到100%，不设起付线。",
    "住院分娩政策范围内医疗费用报销比例达到100%（原报销比例为90%）。",
    "住院分娩报销比例达到100%，调整前为90%。",
])
def test_what_a_rate_used_to_be_is_not_the_rate(catalog, text):
    assert values_of(catalog, "市医保局", text, quarter=4) == {"5.2": 100}


def test_the_province_in_brackets_after_the_citys_figure_is_not_the_citys(catalog):
    text = ("截至9月底，全市已为一千五百四十四名符合条件且有康复需求的残疾儿童实施康复救助"
            "（全省共救助2.96万名），完成全年目标（约2000名）的77.2%。")
    assert values_of(catalog, "市残联", text, quarter=3) == {"10.2": 1544}


def test_a_paragraphs_own_numbered_heading_names_its_figures(catalog):
    """一、科普大篷车巡展。… 全年累计开展31场: the heading inside the paragraph says which
    indicator its figures are, as a heading on its own line does."""
    d = doc("市科协2024年为妇女儿童办实事工作完成情况",
            "一、科普大篷车巡展。一季度开展巡展5场，二季度8场，三季度9场，四季度9场，全年累计开展31场，"
            "完成目标（30场）的103.3%。",
            "二、青少年“蒲公英”科普大讲堂。全年共举办42场，超额完成全年40场目标任务。")
    r = interpret_document(d, catalog, "return.docx")
    assert {k: v.value for k, v in r.values.items()} == {"9.2": 31, "9.3": 42}


def test_a_list_under_qizhong_stays_the_parts(catalog):
    text = ("前三季度，我局组织院团深入开展“戏曲进校园”活动，共开展158场，其中剧目进校园演出67场、"
            "校园戏曲课程辅导91场，完成年度任务（200场）的79%。")
    assert values_of(catalog, "市文化和旅游局", text, quarter=3) == {"9.1": 158}


def test_applications_are_not_what_was_built(catalog):
    text = "普惠托育服务提质行动启动市级示范区县创建，8个区县提交创建申请；已打造市级示范托育机构2家。"
    assert values_of(catalog, "市卫生健康委", text, quarter=1) == {"7.2": 2}


def test_the_sum_stated_after_its_parts_is_the_figure(catalog):
    text = ("全年共开展戏曲进校园演出146场、校园戏曲课程辅导67场，合计213场，完成年度200场任务的106.5%。"
            "2023年全年开展158场。")
    assert values_of(catalog, "市文化和旅游局", text, quarter=4) == {"9.1": 213}


def test_a_programme_named_plan_is_not_a_target(catalog):
    text = "“家庭共成长”计划上半年开展家庭教育巡讲436场，受益家长5.2万人次；举办区县家庭教育骨干培训班11期，培训骨干248人。"
    assert values_of(catalog, "市妇联", text, quarter=2) == {"4.1": 436, "4.2": 248}


def test_last_years_figure_named_by_its_year_is_not_this_years(catalog):
    text = "2024年1—3月，我局开展家政培训班11期，培训家政从业人员187人次。2023年全年我局共培训1420人次。"
    assert values_of(catalog, "市商务局", text, quarter=1) == {"2.1": 187}
