"""``python -m app consolidate``: the quarter's consolidated table as .xlsx or .docx.

    python -m app consolidate FILE... -o 汇总表.xlsx [--period 2024Q2]   # straight from files
    python -m app consolidate --period 2024Q2 [--include-unreviewed] -o 汇总表.docx  # database
"""
from __future__ import annotations

import argparse
import sys


def register(sub) -> None:
    p = sub.add_parser("consolidate", help="汇总各部门回执，生成进展情况汇总表（.xlsx 或 .docx）",
                       description="汇总各部门回执，生成进展情况汇总表。给出文件时直接读取文件；"
                                   "不给文件时从数据库读取该季度已审核通过的回执。")
    p.add_argument("files", nargs="*", metavar="FILE", help="回执文件（不给则从数据库读取）")
    p.add_argument("-o", "--output", required=True, metavar="OUT",
                   help="输出文件，扩展名 .xlsx 或 .docx")
    p.add_argument("--period", help="季度，如 2024Q2（读取文件时可省略，按多数文件的季度）")
    p.add_argument("--include-unreviewed", action="store_true",
                   help="也计入尚未审核通过的回执（其数据标注“未审核”）")
    p.add_argument("--catalog", help="catalog JSON file (default: the latest in app/catalogs)")
    p.set_defaults(func=run)


def _fail(message: str) -> int:
    sys.stderr.write(f"错误：{message}\n")
    return 2


def run(args: argparse.Namespace) -> int:
    from app.catalog import get_catalog, load_catalog
    from app.consolidate import consolidate, write_table
    from app.consolidate.periods import PeriodError, parse_period

    out = args.output
    if not out.lower().endswith((".xlsx", ".docx")):
        return _fail("输出文件的扩展名应为 .xlsx 或 .docx")
    catalog = load_catalog(args.catalog) if args.catalog else get_catalog()
    period = args.period.strip().upper() if args.period else None
    try:
        if period:
            parse_period(period)
    except PeriodError as e:
        return _fail(str(e))

    if args.files:
        from app.consolidate.sources import most_common_period, returns_from_files
        returns, results, notes = returns_from_files(args.files, catalog)
        for res in results:
            if res.ok:
                sys.stderr.write(f"✓ {res.file}  部门：{res.unit or '未识别'}  "
                                 f"季度：{res.period or '未识别'}  数据 {len(res.values)} 项\n")
            else:
                sys.stderr.write(f"✗ {res.file}：{res.error}\n")
        period = period or most_common_period(returns)
        if not period:
            return _fail("未能从文件中识别出季度，请用 --period 指定，如 --period 2024Q2")
        # nobody has reviewed figures read straight from files: count them, marked as such
        table = consolidate(returns, catalog, period, include_unreviewed=True)
        table.notes[:0] = notes
    else:
        if not period:
            return _fail("从数据库汇总时须用 --period 指定季度，如 --period 2024Q2；"
                         "或在命令后列出回执文件")
        from app.consolidate import database
        try:
            returns = database.returns_for_period_from_app(period)
        except Exception as e:  # no database, no schema, wrong URL: say so, no traceback
            import logging
            logging.getLogger(__name__).debug("database read failed", exc_info=True)
            return _fail(f"无法读取数据库（{type(e).__name__}）。请确认 DATABASE_URL 设置正确，"
                         "并已运行 flask --app app init-app；或在命令后列出回执文件直接汇总")
        table = consolidate(returns, catalog, period,
                            include_unreviewed=args.include_unreviewed)
    write_table(table, out)
    sys.stderr.write(f"已生成 {out}：已报送 {len(table.reported_units)} 个部门，"
                     f"未报送 {len(table.missing_units)} 个部门"
                     + (f"，待审核 {len(table.pending_units)} 个部门" if table.pending_units else "")
                     + "\n")
    return 0
