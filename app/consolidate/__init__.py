"""The consolidated 进展情况表 of a quarter: returns in, table out (rules), written as Excel
(``xlsx_table.build_xlsx``) or Word (``docx_table.build_docx``).

    from app.consolidate import consolidate, write_table
    table = consolidate(returns, catalog, "2024Q2")
    write_table(table, "汇总表.xlsx")          # or a stream with fmt="docx"
"""
from __future__ import annotations

import os
from typing import BinaryIO, Optional, Union

from app.consolidate.returns import Return, ReturnTexts, ReturnValue
from app.consolidate.rules import ConsolidatedTable, consolidate

FORMATS = ("xlsx", "docx")


def write_table(table: ConsolidatedTable, out: Union[str, os.PathLike, BinaryIO],
                fmt: Optional[str] = None) -> None:
    """Write the table as .xlsx or .docx; the format is ``fmt`` or the path's suffix."""
    fmt = (fmt or os.path.splitext(str(out))[1].lstrip(".")).lower()
    if fmt == "xlsx":
        from app.consolidate.xlsx_table import build_xlsx
        build_xlsx(table, out)
    elif fmt == "docx":
        from app.consolidate.docx_table import build_docx
        build_docx(table, out)
    else:
        raise ValueError(f"汇总表只能导出为 .xlsx 或 .docx，不支持“{fmt or '无扩展名'}”")


__all__ = ["Return", "ReturnTexts", "ReturnValue", "ConsolidatedTable", "consolidate",
           "write_table", "FORMATS"]
