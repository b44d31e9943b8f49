"""Command-line parts of the archive: ``compile`` (年度汇编), ``history`` and ``export --snapshot`` (留底).

``cli.py`` only registers these (``add_commands``, ``add_export_options``) and hands the open database
over; everything here imports its heavy parts lazily so ``--version`` stays fast.
"""

from __future__ import annotations

import argparse
import json
import sys
from pathlib import Path
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from .domain import Bulletin
    from .storage import Database

EXIT_OK = 0
EXIT_USAGE = 2
ARCHIVE_COMMANDS = ("compile", "history")


def add_commands(sub: argparse._SubParsersAction) -> None:  # type: ignore[type-arg]
    s = sub.add_parser("compile", help="生成年度汇编 PDF（封面、目录、各期简报、书签）")
    s.add_argument("--year", type=int, help="年份，如 2020")
    s.add_argument("--from", dest="start", metavar="月份", help="起始月份：3，或 2019-07")
    s.add_argument("--to", dest="end", metavar="月份", help="截止月份：6，或 2020-06")
    s.add_argument("--pdf", type=Path, metavar="FILE", required=True)
    s.add_argument("--single-sided", action="store_true",
                   help="不插入空白页（默认按双面装订让每期从右页开始）")
    s.add_argument("--json", action="store_true", help="以 JSON 输出结果")

    s = sub.add_parser("history", help="列出一期简报的留底（每次打印和导出时的样子）")
    s.add_argument("id", type=int)
    s.add_argument("--json", action="store_true", help="以 JSON 数组输出")


def add_export_options(export: argparse.ArgumentParser) -> None:
    export.add_argument("--snapshot", type=int, metavar="N",
                        help="按第 N 份留底重新生成当时打印或发出的文件（见 history 命令）")


def _fail(message: str) -> int:
    print(message, file=sys.stderr)
    return EXIT_USAGE


def _dump(data: object) -> None:
    print(json.dumps(data, ensure_ascii=False, indent=2))


def stored_bulletins(db: Database) -> dict[int, Bulletin]:
    return {row.id: db.get(row.id) for row in db.list_bulletins()}


def cmd_compile(db: Database, args: argparse.Namespace) -> int:
    from .compilation import CompileError, compile_pdf, volume_range
    from .export import ExportError

    try:
        span = volume_range(args.year, args.start, args.end)
        summary = compile_pdf(stored_bulletins(db), db.settings(), span, args.pdf,
                              duplex=not args.single_sided)
    except (CompileError, ExportError) as exc:
        return _fail(str(exc))
    if args.json:
        _dump({"file": str(summary.target), "bulletins": summary.bulletins, "pages": summary.pages,
               "starts": list(summary.starts), "missing_chars": "".join(summary.missing)})
    else:
        print(f"已生成汇编：{summary.target}（{span.text()}，{summary.bulletins} 期，共 {summary.pages} 页）")
        for warning in summary.warnings:
            print(f"注意：{warning}")
        if summary.missing:
            print(f"注意：以下字符没有字体可显示，印成方框：{''.join(summary.missing)}")
    return EXIT_OK
