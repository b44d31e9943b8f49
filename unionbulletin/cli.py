"""The `unionbulletin` command line (product.md §6): same core as the window, no Qt widgets.

Exit status: 0 success, 1 a check found an error, 2 bad usage or bad input, 3 the database is damaged,
locked or too new.
"""

from __future__ import annotations

import argparse
import sys
from collections.abc import Sequence
from pathlib import Path
from typing import TYPE_CHECKING

from . import __version__, cli_archive, cli_messages
from .cli_followup import FOLLOWUP_COMMANDS, READ_ONLY_COMMANDS, add_followup_parsers
from .console import make_streams_safe, write_json
from .os_errors import reason

if TYPE_CHECKING:  # imported lazily at run time: `--version` and `fonts` stay fast
    from .domain import Bulletin
    from .storage import Database

EXIT_OK = 0
EXIT_FINDINGS = 1
EXIT_USAGE = 2
EXIT_DATABASE = 3


def _parser() -> argparse.ArgumentParser:
    cli_messages.install()  # argparse's usage and error texts in Chinese
    p = argparse.ArgumentParser(
        prog="unionbulletin",
        description="工会工作简报：编辑、预览、打印，按公文格式导出 DOCX / PDF。不带子命令时打开主窗口。",
    )
    p.add_argument("--version", action="version", version=f"unionbulletin {__version__}")
    p.add_argument("--db", type=Path, help="数据文件（默认在用户数据目录）")
    p.add_argument("--screenshot", type=Path, metavar="PNG", help="打开窗口，预览绘制完成后保存截图并退出")
    p.add_argument("--open", dest="open_id", type=int, metavar="ID", help="启动时打开的简报编号")
    sub = p.add_subparsers(dest="command", metavar="命令")

    s = sub.add_parser("list", help="列出全部简报")
    s.add_argument("--json", action="store_true", help="以 JSON 数组输出")

    s = sub.add_parser("show", help="以交换 JSON 显示一期简报")
    s.add_argument("id", type=int)
    s.add_argument("--json", action="store_true", help="以交换 JSON 输出（默认）")

    s = sub.add_parser("import", help="导入 .txt / .docx / 交换 .json 为新的一期")
    s.add_argument("file", type=Path)
    s.add_argument("--json", action="store_true", help="以 JSON 输出导入结果")

    s = sub.add_parser("export", help="导出一期简报")
    s.add_argument("id", type=int)
    g = s.add_mutually_exclusive_group(required=True)
    g.add_argument("--pdf", type=Path, metavar="FILE")
    g.add_argument("--docx", type=Path, metavar="FILE")
    g.add_argument("--json", type=Path, metavar="FILE")
    s.add_argument(
        "--letterhead",
        action="store_true",
        help="套红信纸：PDF 中不印版头名称和红线（信纸上已印好），其余位置不变",
    )
    cli_archive.add_export_options(s)

    s = sub.add_parser("check", help="校对一期简报；有错误时退出码为 1")
    s.add_argument("id", type=int)
    s.add_argument("--json", action="store_true")

    s = sub.add_parser("delete", help="删除一期简报（删除前自动备份数据文件）")
    s.add_argument("id", type=int)
    cli_archive.add_commands(sub)

    s = sub.add_parser("fonts", help="列出各字体角色实际使用的字体文件")
    s.add_argument("--json", action="store_true")
    add_followup_parsers(sub)
    return p


def _fail(message: str, code: int = EXIT_USAGE) -> int:
    print(message, file=sys.stderr)
    return code


def main(argv: Sequence[str] | None = None) -> int:
    make_streams_safe()
    args = _parser().parse_args(argv)
    if args.command is None:
        from .app import run_gui

        return run_gui(args)
    if args.command == "fonts":
        return _cmd_fonts(args)

    from .storage import StorageError

    try:
        return _run_with_database(args)
    except StorageError as exc:
        return _fail(str(exc), EXIT_DATABASE)


def _cmd_fonts(args: argparse.Namespace) -> int:
    """Fonts as the export would use them, with the user's configured files when a database exists."""
    from .cli_fonts import run_fonts
    from .domain import OrgSettings
    from .layout.fonts import resolver_for_settings
    from .storage import Database, StorageError, default_db_path

    path: Path = args.db or default_db_path()
    settings = OrgSettings()
    if path.exists():
        try:
            with Database.open(path, read_only=True, seed_examples=False) as db:
                settings = db.settings()
        except StorageError as exc:
            print(f"注意：{exc}（以下按默认设置列出）", file=sys.stderr)
    return run_fonts(args, resolver_for_settings(settings))


def _run_with_database(args: argparse.Namespace) -> int:
    from .storage import Database, default_db_path

    path: Path = args.db or default_db_path()
    read_only = args.command in ("list", "show", "export", "check", "compile", "history", *READ_ONLY_COMMANDS)
    with Database.open(path, read_only=read_only) as db:
        if args.command in FOLLOWUP_COMMANDS:
            from .cli_followup import run_followup

            return run_followup(db, args)
        if args.command == "list":
            return _cmd_list(db, args)
        if args.command == "import":
            return _cmd_import(db, args)
        handled = cli_archive.dispatch(db, args)  # compile, history, export --snapshot
        if handled is not None:
            return handled
        try:
            bulletin = db.get(args.id)
        except KeyError:
            return _fail(f"没有编号为 {args.id} 的简报（用 list 命令查看全部编号）")
        if args.command == "show":
            return _cmd_show(bulletin)
        if args.command == "delete":
            return _cmd_delete(db, args.id)
        too_large = _oversize(bulletin)
        if too_large:
            return _fail(
                f"第 {args.id} 号简报超出限制，不能排版：{too_large}"
                f"可用“delete {args.id}”删除它，或用“show {args.id}”取出文字。"
            )
        if args.command == "export":
            return _cmd_export(db, bulletin, args)
        if args.command == "check":
            return _cmd_check(db, bulletin, args)
    return _fail(f"未知命令：{args.command}")


def _dump(data: object) -> None:
    write_json(data)


def _cmd_list(db: Database, args: argparse.Namespace) -> int:
    rows = db.list_bulletins()
    if args.json:
        _dump([row.to_json() for row in rows])
    else:
        for row in rows:
            print(row.to_line())
    return EXIT_OK


def _cmd_show(bulletin: Bulletin) -> int:
    from .domain.exchange import to_exchange

    _dump(to_exchange(bulletin))
    return EXIT_OK


def _cmd_import(db: Database, args: argparse.Namespace) -> int:
    from .domain.conventions import summary_title
    from .importers import ImportError_, import_file

    path: Path = args.file
    if not path.is_file():
        return _fail(f"找不到要导入的文件：{path}")
    try:
        result = import_file(path, defaults=db.settings())
    except ImportError_ as exc:
        return _fail(f"无法导入 {path}：\n{exc}")
    too_large = _oversize(result.bulletin)
    if too_large:
        return _fail(f"无法导入 {path}：{too_large}")
    new_id = db.add(result.bulletin)
    b = result.bulletin
    summary = {
        "id": new_id,
        "title": summary_title(b),
        "items": len(b.summary.items),
        "tasks": len(b.plan.tasks) if b.plan else 0,
        "warnings": list(result.warnings),
    }
    if args.json:
        _dump(summary)
    else:
        print(
            f"已导入为第 {new_id} 号：{summary['title']}"
            f"（{summary['items']} 条工作，{summary['tasks']} 项安排）"
        )
        for w in result.warnings:
            print(f"注意：{w}")
    return EXIT_OK


def _oversize(bulletin: Bulletin) -> str:
    from .domain.limit_check import oversize

    return "".join(oversize(bulletin))


def _cmd_delete(db: Database, bulletin_id: int) -> int:
    from .storage.backups import make_backup

    try:
        make_backup(db.path, "before-delete")
    except OSError as exc:
        return _fail(f"无法先备份数据文件（{reason(exc)}），没有删除。", EXIT_DATABASE)
    db.delete(bulletin_id)
    print(f"已删除第 {bulletin_id} 号简报（删除前的数据文件已备份到 backups 文件夹）。")
    return EXIT_OK


def _cmd_export(db: Database, bulletin: Bulletin, args: argparse.Namespace) -> int:
    from .export import ExportError, ExportKind, RenderOptions, export_bulletin
    from .storage.data_path import export_target_problem

    target: Path = args.pdf or args.docx or args.json
    kind: ExportKind = "pdf" if args.pdf else "docx" if args.docx else "json"
    problem = export_target_problem(target, db.path)
    if problem:
        return _fail(problem)
    settings = db.settings()
    letterhead = bool(getattr(args, "letterhead", False))
    if letterhead and kind != "pdf":
        return _fail("--letterhead（套红信纸）只用于 PDF：Word 文件的版头请在 Word 中删去。")
    render = RenderOptions.for_settings(settings, letterhead=letterhead) if kind == "pdf" else None
    try:
        export_bulletin(bulletin, target, kind, settings=settings, render=render)
    except ExportError as exc:
        return _fail(str(exc))
    print(f"已导出：{target}")
    cli_archive.record_export(db, args.id, bulletin, kind, target)
    return EXIT_OK


def _cmd_check(db: Database, bulletin: Bulletin, args: argparse.Namespace) -> int:
    from .checks.engine import run_checks
    from .layout.fonts import resolver_for_settings

    settings = db.settings()
    findings = run_checks(
        bulletin, settings=settings, address_book=db.address_book(), fonts=resolver_for_settings(settings)
    )
    if args.json:
        _dump([f.to_json() for f in findings])
    else:
        for f in findings:
            print(f.to_line())
        if not findings:
            print("未发现问题。")
    return EXIT_FINDINGS if any(f.severity == "error" for f in findings) else EXIT_OK


if __name__ == "__main__":
    sys.exit(main())
