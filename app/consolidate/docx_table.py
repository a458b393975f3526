"""The consolidated table as a Word document: A4 landscape, title and 截至日期, the table with
its header row repeated on every page and each project's cells merged over its rows, the
legend, and page numbers in the footer."""
from __future__ import annotations

import os
from typing import BinaryIO, Union

from app.consolidate.layout import HEADERS, WIDTHS, body_grid, legend, project_rows, subtitle
from app.consolidate.rules import ConsolidatedTable
from app.consolidate.style import BODY_SIZE, SMALL_SIZE, TITLE_FONT, TITLE_SIZE
from app.consolidate.word import grid_table, landscape_document, page_number_footer, paragraph

MARGIN_MM = 15
PRINTABLE_MM = 297 - 2 * MARGIN_MM


def build_docx(table: ConsolidatedTable, out: Union[str, os.PathLike, BinaryIO]) -> None:
    """Write the consolidated table as .docx to a path or a binary stream."""
    doc = landscape_document(margin_mm=MARGIN_MM)
    doc.core_properties.title = f"{table.title}（{table.period}）"
    doc.core_properties.author = "市妇儿工委办公室"
    paragraph(doc, table.title, align="center", name=TITLE_FONT, size=TITLE_SIZE, space_after=4)
    paragraph(doc, subtitle(table), align="center", size=BODY_SIZE + 1, space_after=6)
    cells, n_rows = body_grid(table)
    total = sum(WIDTHS)
    widths_mm = [round(w / total * PRINTABLE_MM, 1) for w in WIDTHS]
    blocks, r = [], 0
    for p in table.projects:
        n = max(project_rows(p), 1)
        blocks.append((r, n))
        r += n
    grid_table(doc, HEADERS, cells, n_rows, widths_mm, size=BODY_SIZE - 0.5, blocks=blocks)
    note = legend(table)
    if note:
        paragraph(doc, "", space_after=0)
        for line in note.split("\n"):
            paragraph(doc, line, size=SMALL_SIZE)
    page_number_footer(doc)
    doc.save(out)
