"""``python -m app …``: the service core from the command line, no server needed.

Each subcommand is a thin wrapper over a service function; nothing here parses or
computes on its own.
"""
from __future__ import annotations

import argparse
import json
import logging
import sys
from typing import Callable, Optional, Sequence

COMMANDS: dict[str, Callable[[argparse.ArgumentParser], None]] = {}

from app.consolidate.cli import register as _register_consolidate  # noqa: E402
from app.forms.cli import register as _register_forms  # noqa: E402

COMMANDS["consolidate"] = _register_consolidate
COMMANDS["forms"] = _register_forms


def _extract(args: argparse.Namespace) -> int:
    from app.catalog import get_catalog, load_catalog
    from app.extraction import extract_file

    catalog = load_catalog(args.catalog) if args.catalog else get_catalog()
    for path in args.files:
        result = extract_file(path, catalog=catalog)
        if args.json:
            sys.stdout.write(json.dumps(result.to_contract(), ensure_ascii=False) + "\n")
            sys.stdout.flush()
        else:
            _print_human(result)
    return 0


def _print_human(result) -> None:
    out = sys.stdout
    if not result.ok:
        out.write(f"✗ {result.file}: {result.error}\n")
        return
    out.write(f"✓ {result.file}  [{result.kind}]  部门: {result.unit or '未识别'}  "
              f"季度: {result.period or '未识别'}  盖章: {result.stamped}\n")
    for ind_id, v in result.to_contract()["values"].items():
        out.write(f"    {ind_id:>5}  {v['value']:<10} 置信度 {v['confidence']:.2f}  {v['text']}\n")
    for w in result.warnings:
        out.write(f"    ! {w}\n")


def build_parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(prog="python -m app", description="妇女儿童实事进展情况表处理")
    parser.add_argument("-v", "--verbose", action="store_true", help="log to stderr")
    sub = parser.add_subparsers(dest="command", required=True)

    p = sub.add_parser("extract", help="read returns and print what was extracted")
    p.add_argument("files", nargs="+", metavar="FILE")
    p.add_argument("--json", action="store_true", help="one JSON object per file (JSON Lines)")
    p.add_argument("--catalog", help="catalog JSON file (default: the latest in app/catalogs)")
    p.set_defaults(func=_extract)

    for register in COMMANDS.values():
        register(sub)
    return parser


def main(argv: Optional[Sequence[str]] = None) -> int:
    parser = build_parser()
    args = parser.parse_args(argv)
    logging.basicConfig(level=logging.INFO if args.verbose else logging.WARNING,
                        stream=sys.stderr, format="%(levelname)s %(name)s: %(message)s")
    return int(args.func(args) or 0)
