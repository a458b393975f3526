"""A held-out set of returns written by hand, as offices nobody generated would write them:
each is a Document (what a parser emits) with what a careful reader would extract."""
from __future__ import annotations

from tests.app.extraction.builders import block, doc, table

RETURNS: dict[str, dict] = {}


def ret(name, document, unit, period, values, texts=None):
    RETURNS[name] = dict(doc=document, unit=unit, period=period, values=values, texts=texts or {})


# 1. Education bureau: per-indicator table, columns in an unusual order, units in the header
ret("edu-q3-reordered", doc(
    "淄博市教育局",
    "关于报送2024年前三季度为妇女儿童办实事进展情况的函",
    table([["实事名称", "完成情况（截至9月底）", "年度目标", "指标", "备注"],
           ["教育资源扩增优化工程", "3", "4", "新改扩建中小学（所）", "1所在建"],
           ["", "9", "10", "新改扩建幼儿园（所）", ""],
           ["", "8", "10", "智慧教育应用场景（个）", ""],
           ["“阳光成长”护航行动", "164", "200", "心理健康科普宣传（场）", ""],
           ["", "100%", "100%", "“4个100%”达标率", ""]],
          merges=[(1, 0, 3, 1), (4, 0, 2, 1)]),
    "联系人：孙老师 0533-2180000"),
    "市教育局", "2024Q3", {"1.1": 3, "1.2": 9, "1.3": 8, "8.1": 164, "8.2": 100})

# 2. Women's federation: two-row merged header, with this-quarter and cumulative columns
ret("fulian-q2-two-row-header", doc(
    "2024年第二季度妇女儿童实事项目进展表",
    "报送单位：市妇联",
    table([["项目", "指标", "完成情况", "", "", "存在问题"],
           ["", "", "本季度新增", "累计完成", "完成率", ""],
           ["巾帼促就业", "家政从业人员培训（人次）", "310", "702", "—", "培训场地紧张"],
           ["", "女性就业专场招聘（场）", "2", "5", "—", ""],
           ["家庭教育指导服务", "家庭教育巡讲（场）", "151", "420", "42%", "无"],
           ["", "家庭教育骨干培训（人）", "40", "95", "17.3%", ""],
           ["婚育文化", "单身青年联谊活动（场）", "1", "3", "", ""],
           ["儿童友好城市", "儿童友好共建联盟（个）", "2", "4", "50%", ""]],
          merges=[(0, 0, 2, 1), (0, 1, 2, 1), (0, 2, 1, 3), (0, 5, 2, 1), (2, 0, 2, 1),
                  (4, 0, 2, 1), (2, 5, 2, 1), (4, 5, 2, 1)]),
    "淄博市妇女联合会", "2024年7月4日"),
    "市妇联", "2024Q2", {"2.1": 702, "2.2": 5, "4.1": 420, "4.2": 95, "5.1": 3, "6.1": 4},
    {"2": {"problems": "培训场地紧张"}})

# 3. Health commission: narrative letter without any table, Chinese numerals, distractors
ret("health-q1-letter", doc(
    block("淄博市卫生健康委员会", role="header"),
    "关于2024年一季度为全市妇女儿童办实事工作进展情况的报告",
    "市妇儿工委办公室：",
    "现将我委牵头负责的实事项目进展情况报告如下：",
    "一、适龄妇女“两癌”免费检查和救助",
    "全市计划完成两癌筛查九万人，截至3月底，35—64岁适龄妇女“两癌”筛查率为百分之二十一点五；"
    "符合条件的“两癌”患病妇女救助实现全覆盖，发放救助金86万元。",
    "二、普惠托育服务提质",
    "已培育市级婴幼儿照护服务示范区县一个，打造市级示范托育机构三家，目标为不少于10家。",
    "三、青少年身心健康护航",
    "开展心理健康科普知识宣传十二场，覆盖群众三千余人。",
    "存在问题：基层托育人才短缺。",
    "下步打算：加快示范机构评估。",
    "淄博市卫生健康委员会", "2024年4月2日"),
    "市卫生健康委", "2024Q1", {"3.1": 21.5, "3.2": 100, "7.1": 1, "7.2": 3, "8.1": 12},
    {"8": {"problems": "基层托育人才短缺。", "plans": "加快示范机构评估。"}})

# 4. Transport bureau: one-line return, department only in the seal (OCR garbled)
ret("transport-q4-seal-only", doc(
    "2024年全年妇女儿童实事进展",
    table([["序号", "项目", "进展情况"],
           ["1", "儿童友好城市建设促进行动", "全年共开通“定制公交”助学专线4条，日均接送学生860人次。"]]),
    kind="pdf-scan", seals=["淄博市交通运榆局"], stamped=True),
    "市交通运输局", "2024Q4", {"6.2": 4},
    {"6": {"progress": "全年共开通“定制公交”助学专线4条，日均接送学生860人次。"}})

# 5. Trade union: ledger with one column per quarter; Q3 not yet filled in a Q2 return
ret("union-q2-ledger", doc(
    "市总工会2024年为妇女儿童办实事工作台账（截至6月30日）",
    table([["指标", "全年任务", "一季度", "二季度", "三季度", "四季度"],
           ["寒暑假职工子女托管班（个班次）", "50", "0", "18", "", ""]])),
    "市总工会", "2024Q2", {"7.3": 18})

# 6. Procuratorate: full name, figures in prose cell with last quarter's figure and date
ret("procuratorate-q3-prose-row", doc(
    "淄博市人民检察院",
    "2024年1-9月为妇女儿童办实事进展情况",
    table([["实事项目", "责任单位", "工作进展", "下步计划"],
           ["“阳光成长”青少年身心健康护航行动", "市教育局、市卫生健康委、市公安局、市法院、市检察院",
            "8月20日联合团市委开展法治夏令营；前三季度累计开展心理健康科普宣传活动21场（上季度末为13场），"
            "办理涉未成年人案件45件。", "深化家事案件调解联盟建设。"]])),
    "市检察院", "2024Q3", {"8.1": 21},
    {"8": {"plans": "深化家事案件调解联盟建设。"}})

# 7. Youth league: spreadsheet with a title row inside the table and 共青团 full name
ret("youth-league-q4-sheet", doc(
    table([["共青团淄博市委员会2024年度办实事进展情况", "", "", ""],
           ["项目", "任务", "截至12月底完成", "进展情况"],
           ["新型婚育文化培育行动", "单身青年联谊活动不少于10场", "12场", "全年举办“青春有约”联谊活动12场，牵手成功46对。"],
           ["特殊困难儿童关爱项目", "“希望小屋”儿童关爱", "持续推进", "建成希望小屋30间。"]],
          merges=[(0, 0, 1, 4)]), kind="xlsx"),
    "团市委", "2024Q4", {"5.1": 12})

# 8. Civil affairs: rate written in words, money and headcount distractors
ret("civil-affairs-q2-rate-words", doc(
    "市民政局关于上半年妇女儿童实事进展情况的报告",
    "一、特殊困难儿童关爱项目",
    "上半年，发放孤困儿童助学金312万元，资助孤困儿童1,046名，享受民政保障的孤困儿童就学资助覆盖率达百分之百。"),
    "市民政局", "2024Q2", {"10.1": 100})

# 9. Disabled persons' federation: approximate figures and the target restated
ret("disabled-q3-approx", doc(
    "淄博市残疾人联合会",
    "2024年第三季度办实事工作进展",
    "残疾儿童康复救助：年度任务约2000名，截至9月底已为1,530余名残疾儿童实施康复救助，完成率76.5%。"),
    "市残联", "2024Q3", {"10.2": 1530})

# 10. Culture and tourism: indicator rows where the target text carries the indicator
ret("culture-q1-target-text", doc(
    "2024年1—3月为全市妇女儿童办实事项目进展情况表",
    "填报单位（盖章）：淄博市文化和旅游局",
    table([["序号", "年度目标任务", "累计完成", "完成比例"],
           ["1", "开展五音戏、京剧等戏曲进校园演出及课程辅导200场", "46场", "23%"]])),
    "市文化和旅游局", "2024Q1", {"9.1": 46})

# 11. Science association: OCR'd table with low confidence on one cell, spaces in names
ret("science-q2-ocr", doc(
    block("淄 博 市 科 学 技 术 协 会", from_ocr=True, confidence=0.9),
    block("2024年 上 半 年 进 展 情 况", from_ocr=True, confidence=0.9),
    table([["项目", "累计完成", "目标"],
           ["科普大篷车巡展", "1 4 场", "30场"],
           ["青少年“蒲公英”科普大讲堂", "2 2场", "40场"]], confidence=0.7, from_ocr=True),
    kind="image", stamped=False),
    "市科协", "2024Q2", {"9.2": 14, "9.3": 22})

# 12. Medical insurance: template mark decides department and quarter
ret("medical-insurance-marked", doc(
    "进展情况表",
    table([["指标", "累计完成"],
           ["职工医保住院分娩政策范围内医疗费用报销比例", "100%"]]),
    properties={"wcr_mark": "WCR|1|2024Q3|市医保局|2024-1"}),
    "市医保局", "2024Q3", {"5.2": 100})

# 13. HR and social security: figures inside the 累计 cell with this quarter's share
ret("hrss-q3-mixed-cell", doc(
    "市人力资源和社会保障局2024年前三季度实事项目推进情况",
    table([["项目", "指标", "目标", "累计完成情况"],
           ["巾帼促就业计划", "培训家政从业人员", "5000人次以上", "累计培训3,912人次（其中三季度培训1,204人次）"],
           ["", "女性就业专场招聘", "—", "举办专场招聘会9场"]], merges=[(1, 0, 2, 1)])),
    "市人力资源社会保障局", "2024Q3", {"2.1": 3912, "2.2": 9})

# 14. Court: nothing numeric to report for its project → no values at all
ret("court-q1-milestone-only", doc(
    "淄博市中级人民法院关于第一季度办实事进展情况的报告",
    "建立家事案件调解联盟工作方案已印发，各基层法院正在推进。"),
    "市法院", "2024Q1", {})

# 15. Women's federation: one paragraph per point (一是…二是…) with no project headings
ret("fulian-q3-points", doc(
    "淄博市妇联关于2024年1-9月为妇女儿童办实事进展情况的报告",
    "今年以来，我会认真落实市委、市政府部署，各项实事稳步推进。",
    "一是巾帼促就业方面，联合人社部门举办女性就业专场招聘活动6场，累计培训家政从业人员1,608人次。",
    "二是家庭教育方面，“家庭共成长”巡讲累计开展612场，培训家庭教育骨干208人，受益家长4.6万人次。",
    "三是婚育文化方面，举办单身青年联谊活动7场，参与单身青年1200余人。",
    "四是儿童友好方面，已试点打造儿童友好共建联盟6个。",
    "特此报告。", "淄博市妇女联合会", "2024年10月8日"),
    "市妇联", "2024Q3", {"2.1": 1608, "2.2": 6, "4.1": 612, "4.2": 208, "5.1": 7, "6.1": 6})

# 16. Public security: the body names the education bureau often; the title names the sender
ret("police-q2-body-mentions", doc(
    "淄博市公安局关于报送2024年二季度为妇女儿童办实事进展情况的函",
    "市妇儿工委办公室：",
    "我局会同市教育局深入开展“护校安园”专项行动，配合市教育局开展心理健康科普知识宣传进校园活动，"
    "截至6月底共开展14场。",
    "淄博市公安局", "2024年7月5日"),
    "市公安局", "2024Q2", {"8.1": 14})

# 17. Education bureau: percent rate in a 完成情况 column as a bare number under a (%) header
ret("edu-q4-percent-bare", doc(
    "2024年度为全市妇女儿童办实事项目完成情况",
    "填报单位：淄博市教育局",
    table([["项目", "指标", "目标值", "完成值"],
           ["阳光成长", "心理健康科普知识宣传（场）", "200", "206"],
           ["", "“4个100%”达标率（%）", "100", "100"]], merges=[(1, 0, 2, 1)])),
    "市教育局", "2024Q4", {"8.1": 206, "8.2": 100})

# 18. Health commission: last quarter's cumulative and this quarter's increment, total stated
ret("health-q3-increments", doc(
    "市卫健委2024年第三季度办实事进展",
    "（一）普惠托育服务提质行动",
    "三季度新增市级示范托育机构2家，累计达到8家；二季度末为6家。示范区县创建工作完成评估，累计认定4个。",
    "（二）两癌检查",
    "截至9月底，全市适龄妇女两癌筛查率为68.2%，较上季度提高21.4个百分点。"),
    "市卫生健康委", "2024Q3", {"7.2": 8, "7.1": 4, "3.1": 68.2})

# 19. Commerce bureau: figure with 万 and full-width digits, money next to it
ret("commerce-q4-wan", doc(
    "淄博市商务局2024年全年家政培训工作情况",
    "全年组织家政企业开展岗前及提升培训，共培训家政从业人员０．３２万人次，拨付培训补贴１２０万元。"),
    "市商务局", "2024Q4", {"2.1": 3200})

# 20. Civil affairs: signature only, period only in the 截至 line of the body
ret("civil-affairs-signature-only", doc(
    "为妇女儿童办实事进展情况",
    "截至2024年3月31日，享受民政保障的孤困儿童就学资助覆盖率100%，资助儿童326名。",
    "“爱心妈妈”结对帮扶困境儿童150对。",
    "淄博市民政局（盖章）", "2024年4月3日"),
    "市民政局", "2024Q1", {"10.1": 100})

# 21. Federation of persons with disabilities: table cell with the figure and a note
ret("disabled-q2-cell-note", doc(
    "市残联2024年上半年实事进展情况表",
    table([["序号", "指标", "年度目标", "截至6月底累计完成", "完成率", "备注"],
           ["1", "残疾儿童康复救助（名）", "约2000", "1,102（含跨年度结转156名）", "55.1%", ""]])),
    "市残联", "2024Q2", {"10.2": 1102})

# 22. Culture bureau: text PDF lines broken mid-sentence by the layout
ret("culture-q3-broken-lines", doc(
    block("淄博市文化和旅游局", page=1, bbox=(200, 60, 400, 80)),
    block("2024年前三季度“戏曲进校园”工作进展", page=1, bbox=(150, 90, 450, 110)),
    block("前三季度共组织五音戏、京剧等精彩剧目进校园演出及校园戏曲课程辅导等活动", page=1,
          bbox=(60, 130, 540, 150)),
    block("153场，覆盖中小学87所。", page=1, bbox=(60, 152, 300, 172)),
    kind="pdf-text"),
    "市文化和旅游局", "2024Q3", {"9.1": 153})

# 23. Education bureau: numbered list inside one progress cell, noun after the measure
ret("edu-q2-numbered-cell", doc(
    "市教育局2024年上半年为妇女儿童办实事进展情况表",
    table([["项目名称", "目标任务", "工作进展", "存在问题及下步打算"],
           ["实施教育资源扩增优化工程", "新改扩建4所中小学、10所幼儿园，打造10个智慧教育应用场景",
            "1.完成2所中小学新改扩建；2.新建、改扩建幼儿园6所（其中新建2所）；3.打造智慧教育应用场景5个。",
            "存在问题：个别项目征地滞后。下步打算：加快推进。"]])),
    "市教育局", "2024Q2", {"1.1": 2, "1.2": 6, "1.3": 5},
    {"1": {"problems": "个别项目征地滞后。", "plans": "加快推进。"}})

# 24. Transport bureau: the period only as a date range, the figure before the noun
ret("transport-q3-date-range", doc(
    "淄博市交通运输局办实事进展情况",
    "统计时间：2024年7月1日至2024年9月30日",
    "今年以来新开通2条“定制公交”助学专线，累计已开通3条，服务沿线学校12所。"),
    "市交通运输局", "2024Q3", {"6.2": 3})

# 25. Women's federation: a table whose 完成进度 column holds counts, with a 计划完成 column
ret("fulian-q1-progress-counts", doc(
    "2024年第一季度办实事进展情况",
    "填报单位：淄博市妇联",
    table([["工作任务", "计划完成", "完成进度"],
           ["家庭教育巡讲（场）", "1000", "186"],
           ["家庭教育骨干培训（人）", "550", "60"],
           ["单身青年联谊活动（场）", "10", "2"]])),
    "市妇联", "2024Q1", {"4.1": 186, "4.2": 60, "5.1": 2})

# 26. Health commission: rates as bare numbers under a (%) header, per-indicator rows
ret("health-q4-bare-rates", doc(
    "淄博市卫生健康委员会2024年度实事完成情况",
    table([["序号", "指标名称", "单位", "目标", "完成"],
           ["1", "适龄妇女两癌筛查率", "%", "90", "91.6"],
           ["2", "两癌患病妇女救助覆盖率", "%", "100", "100"],
           ["3", "市级婴幼儿照护服务示范区县", "个", "5", "5"],
           ["4", "市级示范托育机构", "家", "10", "12"]])),
    "市卫生健康委", "2024Q4", {"3.1": 91.6, "3.2": 100, "7.1": 5, "7.2": 12})
