"""Command-line face of the follow-up work (product.md §10): `next`, `ledger`, `requests`, `collect`.

`add_followup_parsers` registers the sub-commands on the main parser; `run_followup` runs one on an
open database. Messages are Chinese; exit codes as in `cli` (0 ok, 2 bad usage or input).
"""

from __future__ import annotations

import argparse
import datetime as _dt
import json
import sys
from pathlib import Path
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from .storage import Database

FOLLOWUP_COMMANDS = ("next", "ledger", "requests", "collect")
READ_ONLY_COMMANDS = ("ledger", "requests")
EXIT_OK = 0
EXIT_USAGE = 2


def add_followup_parsers(sub: argparse._SubParsersAction[argparse.ArgumentParser]) -> None:
    s = sub.add_parser("next", help="根据上月新建：由第 ID 号简报生成下一期，输出新编号")
    s.add_argument("id", type=int)
    s.add_argument("--json", action="store_true", help="以 JSON 输出")
    s.add_argument("--force", action="store_true", help="下一个月已有简报时仍然新建")

    s = sub.add_parser("ledger", help="督办台账：全部简报中的工作任务及其进展，逾期的在前")
    s.add_argument("--year", type=int, help="只列该年安排过的任务")
    s.add_argument("--department", metavar="部室", help="只列该部室负责的任务")
    s.add_argument("--leader", metavar="领导", help="只列该领导负责的任务")
    s.add_argument(
        "--status", choices=["planned", "in_progress", "done", "carried_over"], help="只列该状态的任务"
    )
    g = s.add_mutually_exclusive_group()
    g.add_argument("--json", action="store_true", help="以 JSON 数组输出")
    g.add_argument("--xlsx", type=Path, metavar="FILE", help="写出 Excel 表格")
    g.add_argument("--pdf", type=Path, metavar="FILE", help="写出 PDF（A4 横向）")

    s = sub.add_parser("requests", help="征集表：按第 ID 号简报的工作安排，每个责任部室生成一份 Word 表")
    s.add_argument("id", type=int)
    s.add_argument("--out", type=Path, required=True, metavar="DIR", help="写入的文件夹")
    s.add_argument("--due", default="", metavar="日期", help="交回期限，印在表上，如 9月25日")

    s = sub.add_parser("collect", help="把交回的征集表合并到第 ID 号简报（正在编写的一期）")
    s.add_argument("id", type=int)
    s.add_argument("files", type=Path, nargs="+", metavar="FILE")
    s.add_argument("--dry-run", action="store_true", help="只列出将要做的改动，不保存")


def _fail(message: str) -> int:
    print(message, file=sys.stderr)
    return EXIT_USAGE


def _dump(data: object) -> None:
    print(json.dumps(data, ensure_ascii=False, indent=2))


def run_followup(db: Database, args: argparse.Namespace, today: _dt.date | None = None) -> int:
    today = today or _dt.date.today()
    if args.command == "next":
        return _cmd_next(db, args, today)
    if args.command == "ledger":
        return _cmd_ledger(db, args, today)
    if args.command == "requests":
        return _cmd_requests(db, args)
    if args.command == "collect":
        return _cmd_collect(db, args)
    return _fail(f"未知命令：{args.command}")


def _cmd_next(db: Database, args: argparse.Namespace, today: _dt.date) -> int:
    from .domain.conventions import summary_title
    from .domain.next_issue import next_issue

    try:
        previous = db.get(args.id)
    except KeyError:
        return _fail(f"没有编号为 {args.id} 的简报（用 list 命令查看全部编号）")
    bulletin, checklist = next_issue(previous, today=today)
    period = bulletin.period
    existing = [row.id for row in db.list_bulletins() if row.period == period]
    if existing and not args.force:
        return _fail(
            f"{period.year}年{period.month}月已有简报（第 {existing[0]} 号），没有新建。"
            "确实要再建一期时加 --force。"
        )
    new_id = db.add(bulletin)
    counts = {o.value: sum(1 for e in checklist if e.outcome == o) for o in {e.outcome for e in checklist}}
    if args.json:
        _dump(
            {
                "id": new_id,
                "from": args.id,
                "title": summary_title(bulletin),
                "period": {"year": period.year, "month": period.month},
                "items": len(bulletin.summary.items),
                "tasks": len(bulletin.plan.tasks) if bulletin.plan else 0,
                "checklist": counts,
            }
        )
    else:
        print(
            f"已根据第 {args.id} 号新建第 {new_id} 号：{summary_title(bulletin)}"
            f"（{len(bulletin.summary.items)} 条草稿，"
            f"{len(bulletin.plan.tasks) if bulletin.plan else 0} 项转入的安排）"
        )
    return EXIT_OK


def _cmd_ledger(db: Database, args: argparse.Namespace, today: _dt.date) -> int:
    from .domain import TaskStatus
    from .domain.ledger import build_ledger, entry_json, entry_row, filter_ledger, ledger_title
    from .export import ExportError
    from .export_followup import export_ledger
    from .layout.fonts import resolver_for_settings

    if args.year is not None and not 1900 <= args.year <= 2999:
        return _fail(f"年份 {args.year} 无效，应为四位数的年份，例如 2020")
    lines = filter_ledger(
        build_ledger(db.bulletins(), today),
        year=args.year,
        department=args.department,
        leader=args.leader,
        status=TaskStatus(args.status) if args.status else None,
    )
    title = ledger_title(args.year, args.department)
    if args.xlsx or args.pdf:
        target: Path = args.xlsx or args.pdf
        try:
            settings = db.settings()
            export_ledger(
                lines,
                title,
                today,
                target,
                "xlsx" if args.xlsx else "pdf",
                settings,
                data_file=db.path,
                fonts=resolver_for_settings(settings),
            )
        except ExportError as exc:
            return _fail(str(exc))
        print(f"已导出：{target}（{len(lines)} 项）")
        return EXIT_OK
    if args.json:
        _dump([entry_json(e) for e in lines])
        return EXIT_OK
    print(title)
    for n, e in enumerate(lines, start=1):
        row = entry_row(n, e)
        due = f"{e.due.year}.{e.due.month}.{e.due.day}" if e.due else "—"
        flag = "【逾期】" if e.overdue else ""
        print(
            f"{n:>4}. {flag}{row[1]}｜{row[2] or '—'}｜{row[3] or '—'}｜{row[4] or '—'}｜"
            f"{row[5]}起，延续 {row[7]} 个月｜{row[8]}｜到期 {due}"
            + (f"｜{row[11]}通报完成" if row[11] else "")
        )
    if not lines:
        print("没有符合条件的任务。")
    return EXIT_OK


def _cmd_requests(db: Database, args: argparse.Namespace) -> int:
    from .collect import write_request_forms
    from .export import ExportError

    try:
        bulletin = db.get(args.id)
    except KeyError:
        return _fail(f"没有编号为 {args.id} 的简报（用 list 命令查看全部编号）")
    try:
        written = write_request_forms(
            bulletin, args.id, args.out, db.settings(), data_file=db.path, deadline_note=args.due.strip()[:40]
        )
    except ExportError as exc:
        return _fail(str(exc))
    for path in written:
        print(f"已写出：{path}")
    return EXIT_OK


def _cmd_collect(db: Database, args: argparse.Namespace) -> int:
    from .collect import prepare_collect

    bulletins = db.bulletins()
    if args.id not in bulletins:
        return _fail(f"没有编号为 {args.id} 的简报（用 list 命令查看全部编号）")
    missing = [str(f) for f in args.files if not f.is_file()]
    if missing:
        return _fail("找不到文件：" + "、".join(missing))
    result = prepare_collect(bulletins, args.id, args.files)
    for outcome in result.files:
        if outcome.error:
            print(f"未合并：{outcome.error}", file=sys.stderr)
            continue
        print(f"{outcome.path.name}（{outcome.department}）：" + ("" if outcome.changes else "没有新的内容"))
        for change in outcome.changes:
            print(f"  · {change}")
    refused = sum(1 for o in result.files if o.error)
    if result.merged is None or not result.changed or args.dry_run:
        if not args.dry_run and result.merged is not None:
            print("没有需要合并的新内容，数据文件未改动。")
        return EXIT_USAGE if refused else EXIT_OK
    assert result.previous_id is not None
    if result.merged.previous != bulletins[result.previous_id]:
        db.update(result.previous_id, result.merged.previous)
    if result.merged.issue != bulletins[args.id]:
        db.update(args.id, result.merged.issue)
    print(f"已合并到第 {args.id} 号。" + (f"另有 {refused} 份未合并。" if refused else ""))
    return EXIT_USAGE if refused else EXIT_OK
