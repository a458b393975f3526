"""``python -m app forms --period 2024Q2 [--unit 市教育局 …] -o DIR|FILE.zip``: blank return
forms (Word and Excel) per department, carrying the template mark."""
from __future__ import annotations

import argparse
import sys
from pathlib import Path


def register(sub) -> None:
    p = sub.add_parser("forms", help="生成各部门空白回执表（Word、Excel，带二维码标识）",
                       description="按季度生成各部门的空白进展情况表（已预填项目、指标和年度目标，"
                                   "带二维码标识），输出到文件夹或 .zip 文件。")
    p.add_argument("--period", required=True, help="季度，如 2024Q2")
    p.add_argument("--unit", action="append", metavar="部门",
                   help="只生成这个部门的（可重复）；不给则生成全部部门")
    p.add_argument("--format", choices=("docx", "xlsx", "both"), default="both",
                   help="文件格式（默认两种都生成）")
    p.add_argument("-o", "--output", required=True, metavar="DIR|ZIP",
                   help="输出文件夹，或以 .zip 结尾的压缩包")
    p.set_defaults(func=run)


def run(args: argparse.Namespace) -> int:
    from app.catalog import get_catalog
    from app.forms import FormError, all_forms, forms_zip

    catalog = get_catalog()
    formats = ("docx", "xlsx") if args.format == "both" else (args.format,)
    units = args.unit
    if units:
        resolved = []
        for u in units:
            name = catalog.resolve_unit(u)
            if not name:
                sys.stderr.write(f"错误：清单中没有部门“{u}”\n")
                return 2
            resolved.append(name)
        units = resolved
    period = args.period.strip().upper()
    try:
        if args.output.lower().endswith(".zip"):
            data = forms_zip(period, units, formats, catalog)
            Path(args.output).write_bytes(data)
            sys.stderr.write(f"已生成 {args.output}\n")
        else:
            out = Path(args.output)
            out.mkdir(parents=True, exist_ok=True)
            n = 0
            for name, data in all_forms(period, units, formats, catalog):
                (out / name).write_bytes(data)
                n += 1
            sys.stderr.write(f"已在 {out} 生成 {n} 个文件\n")
    except FormError as e:
        sys.stderr.write(f"错误：{e}\n")
        return 2
    return 0
