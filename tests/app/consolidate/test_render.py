"""The consolidated table as LibreOffice prints it: every page repeats the header row and
carries its page number, CJK fonts are embedded, nothing of the table is lost."""
from __future__ import annotations

import re

import pytest

from app.consolidate import consolidate, write_table
from app.consolidate.returns import ReturnTexts
from tests.app.consolidate.conftest import make_return
from tests.app.consolidate.render import page_texts, pdf_fonts, to_pdf

pytestmark = pytest.mark.slow
LONG = "截至6月底，已组织开展各类活动，覆盖全市各区县，群众反响良好。" * 3


@pytest.fixture(scope="module")
def long_table(catalog):
    """Enough narrative that the table runs over several pages."""
    returns = [make_return(u.name, {}, texts={p.no: ReturnTexts(progress=LONG, problems=LONG,
                                                                plans=LONG)
                                              for p in catalog.projects_of(u.name)})
               for u in catalog.units[:5]]
    returns.append(make_return("市教育局", {"1.1": 3, "1.2": 6}, texts={
        1: ReturnTexts(progress=LONG)}))
    return consolidate(returns, catalog, "2024Q2")


@pytest.mark.parametrize("fmt", ["xlsx", "docx"])
def test_printed_table_repeats_header_and_numbers_every_page(long_table, tmp_path, fmt):
    path = tmp_path / f"table.{fmt}"
    write_table(long_table, path)
    pdf = to_pdf(path, tmp_path)
    pages = page_texts(pdf)
    total = len(pages)
    if fmt == "xlsx":  # the first sheet's pages, before the provenance sheet
        pages = [p for p in pages if "年度目标任务" in p or "进展情况表" in p]
    if re.sub(r"\s+", "", pages[-1]).startswith("说明："):
        pages = pages[:-1]  # the legend alone on the last page, after the table
    assert len(pages) >= 2
    for i, text in enumerate(pages, start=1):
        flat = re.sub(r"\s+", "", text)
        assert "年度目标任务" in flat and "报送情况" in flat, f"page {i} lacks the header row"
        assert f"第{i}页，共{total}页" in flat, f"page {i} lacks its number"
    everything = re.sub(r"\s+", "", "".join(page_texts(pdf, "-raw")))
    for p in long_table.projects:  # every project title printed (not cut off)
        assert re.sub(r"\s+", "", p.project.title)[:6] in everything
    assert "CJK" in pdf_fonts(pdf)
