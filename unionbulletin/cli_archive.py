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
RECORDED_KINDS = ("pdf", "docx")


def add_commands(sub: argparse._SubParsersAction) -> None:  # type: ignore[type-arg]
    s = sub.add_parser("compile", help="生成年度汇编 PDF（封面、目录、各期简报、书签）")
    s.add_argument("--year", type=int, help="年份，如 2020")
    s.add_argument("--from", dest="start", metavar="月份", help="起始月份：3，或 2019-07")
    s.add_argument("--to", dest="end", metavar="月份", help="截止月份：6，或 2020-06")
    s.add_argument("--pdf", type=Path, metavar="FILE", required=True)
    s.add_argument(
        "--single-sided", action="store_true", help="不插入空白页（默认按双面装订让每期从右页开始）"
    )
    s.add_argument("--json", action="store_true", help="以 JSON 输出结果")

    s = sub.add_parser("history", help="列出一期简报的留底（每次打印和导出时的样子）")
    s.add_argument("id", type=int)
    s.add_argument("--json", action="store_true", help="以 JSON 数组输出")


def add_export_options(export: argparse.ArgumentParser) -> None:
    export.add_argument(
        "--snapshot",
        type=int,
        metavar="N",
        help="按第 N 份留底重新生成当时打印或发出的文件（见 history 命令）",
    )


def _fail(message: str) -> int:
    print(message, file=sys.stderr)
    return EXIT_USAGE


def _dump(data: object) -> None:
    print(json.dumps(data, ensure_ascii=False, indent=2))


def stored_bulletins(db: Database) -> dict[int, Bulletin]:
    return {row.id: db.get(row.id) for row in db.list_bulletins()}


def dispatch(db: Database, args: argparse.Namespace) -> int | None:
    """Run the archive's commands; None for the others (``cli.py`` handles them)."""
    if args.command == "compile":
        return cmd_compile(db, args)
    if args.command == "history":
        return cmd_history(db, args.id, args)
    if args.command == "export" and args.snapshot is not None:
        return cmd_export_snapshot(db, args.id, args)
    return None


def cmd_compile(db: Database, args: argparse.Namespace) -> int:
    from .compilation import CompileError, compile_pdf, volume_range
    from .export import ExportError
    from .layout.fonts import resolver_for_settings

    try:
        span = volume_range(args.year, args.start, args.end)
        settings = db.settings()
        summary = compile_pdf(
            stored_bulletins(db),
            settings,
            span,
            args.pdf,
            fonts=resolver_for_settings(settings),
            duplex=not args.single_sided,
        )
    except (CompileError, ExportError) as exc:
        return _fail(str(exc))
    if args.json:
        _dump(
            {
                "file": str(summary.target),
                "bulletins": summary.bulletins,
                "pages": summary.pages,
                "starts": list(summary.starts),
                "missing_chars": "".join(summary.missing),
            }
        )
    else:
        print(f"已生成汇编：{summary.target}（{span.text()}，{summary.bulletins} 期，共 {summary.pages} 页）")
        for warning in summary.warnings:
            print(f"注意：{warning}")
        if summary.missing:
            print(f"注意：以下字符没有字体可显示，印成方框：{''.join(summary.missing)}")
    return EXIT_OK


def cmd_history(db: Database, bulletin_id: int, args: argparse.Namespace) -> int:
    from .storage.snapshots import SnapshotError, SnapshotStore

    try:
        history = SnapshotStore(db).history(bulletin_id)
    except SnapshotError as exc:
        return _fail(str(exc))
    if not history and bulletin_id not in {row.id for row in db.list_bulletins()}:
        # a deleted bulletin keeps its history; one that never was has none to show
        return _fail(f"没有编号为 {bulletin_id} 的简报（用 list 命令查看全部编号）")
    if args.json:
        _dump([s.to_json() for s in history])
    elif not history:
        print(f"第 {bulletin_id} 号简报还没有留底（打印或导出时自动留底）。")
    else:
        for info in history:
            print(info.to_line())
    return EXIT_OK


def cmd_export_snapshot(db: Database, bulletin_id: int, args: argparse.Namespace) -> int:
    """Re-create what was output then: the snapshot's bulletin with the snapshot's settings."""
    from .export import ExportError, ExportKind, RenderOptions, render_bytes, write_output
    from .layout.compose import LAYOUT_VERSION
    from .storage.snapshots import SnapshotError, SnapshotStore

    target: Path = args.pdf or args.docx or args.json
    kind: ExportKind = "pdf" if args.pdf else "docx" if args.docx else "json"
    try:
        snapshot = SnapshotStore(db).get(bulletin_id, args.snapshot)
    except SnapshotError as exc:
        return _fail(str(exc))
    if not target.parent.is_dir():
        return _fail(f"导出失败：文件夹不存在：{target.parent}")
    try:
        render = RenderOptions.for_settings(snapshot.settings)  # the fonts chosen then, if still here
        write_output(target, render_bytes(snapshot.bulletin, kind, snapshot.settings, render))
    except ExportError as exc:
        return _fail(str(exc))
    info = snapshot.info
    print(f"已按第 {info.number} 份留底（{info.at:%Y-%m-%d %H:%M} {info.kind_name}）重新生成：{target}")
    if info.layout_version != LAYOUT_VERSION:
        print("注意：留底之后程序的排版引擎有过改动，重新生成的版面可能与当时略有不同。")
    return EXIT_OK


def record_export(db: Database, bulletin_id: int, bulletin: Bulletin, kind: str, target: Path) -> None:
    """After a command-line export: keep a snapshot (the command opened the file read-only).

    The file is opened for writing only for this; when the window holds it, the export stands and a
    notice says that no snapshot was kept. Exchange JSON is data, not a document sent: not kept.
    """
    from .layout.compose import LAYOUT_VERSION
    from .storage import Database as _Database
    from .storage import StorageError
    from .storage.snapshots import SnapshotStore

    if kind not in RECORDED_KINDS or not db.path.is_file():
        return  # no data file yet (the examples were shown from memory): nothing to keep it in
    settings = db.settings()
    try:
        with _Database.open(db.path, seed_examples=False) as writable:
            if bulletin_id not in {b.id for b in writable.list_bulletins()}:
                return  # deleted by the window meanwhile
            SnapshotStore(writable).record(
                bulletin_id, bulletin, settings, kind, target.name, layout_version=LAYOUT_VERSION
            )
    except StorageError as exc:
        print(f"注意：文件已导出，但未能留底：{exc}", file=sys.stderr)
