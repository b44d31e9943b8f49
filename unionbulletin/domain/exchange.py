"""Exchange JSON of one bulletin (product.md §6): conversion both ways and validation.

`to_exchange` gives a plain dict ready for `json.dumps`; `from_exchange` checks every field and raises
`ExchangeError` listing each problem in Chinese with the JSON path where it was found. Text is read
through `normalize` (the same rules as typing and paste), so a control character pasted from Word is
a line break or nothing, never a refusal. A file without "version" is read as version 1. Nothing here
reads or writes files.
"""

from __future__ import annotations

import datetime as _dt
from collections.abc import Mapping
from typing import Any

from .model import Bulletin, Distribution, Item, Period, Plan, SubPoint, Summary, Task, TaskStatus
from .normalize import normalize_line, normalize_lines

EXCHANGE_VERSION = 1


class ExchangeError(ValueError):
    """Invalid exchange JSON; `problems` holds (path, Chinese message) pairs."""

    def __init__(self, problems: list[tuple[str, str]]) -> None:
        self.problems = problems
        super().__init__("\n".join(f"{path}: {msg}" if path else msg for path, msg in problems))


def to_exchange(b: Bulletin) -> dict[str, Any]:
    """The bulletin as exchange JSON (ids are internal and not written)."""
    data: dict[str, Any] = {
        "version": EXCHANGE_VERSION,
        "org": b.org,
        "series": b.series,
        "issue_number": b.issue_number,
        "date": b.date.isoformat() if b.date else None,
        "period": {"year": b.period.year, "month": b.period.month},
        "summary": {
            "title": b.summary.title,
            "items": [_item_out(it) for it in b.summary.items],
        },
        "plan": None
        if b.plan is None
        else {
            "title": b.plan.title,
            "tasks": [
                {
                    "content": t.content,
                    "leaders": list(t.leaders),
                    "departments": list(t.departments),
                    "deadline": t.deadline,
                    "status": t.status.value,
                }
                for t in b.plan.tasks
            ],
        },
        "distribution": {
            "report_to": list(b.distribution.report_to),
            "copy_to": list(b.distribution.copy_to),
            "send_to": list(b.distribution.send_to),
        },
        "editor": b.editor,
        "phone": b.phone,
    }
    if b.total_number is not None:
        data["total_number"] = b.total_number
    if b.copies is not None:
        data["copies"] = b.copies
    return data


def _item_out(it: Item) -> dict[str, Any]:
    out: dict[str, Any] = {"heading": it.heading, "body": it.body}
    if it.subpoints:
        out["subpoints"] = [{"heading": s.heading, "body": s.body} for s in it.subpoints]
    if it.source:
        out["source"] = it.source
    return out


class _Reader:
    """Collects every problem instead of stopping at the first."""

    def __init__(self) -> None:
        self.problems: list[tuple[str, str]] = []

    def fail(self, path: str, msg: str) -> None:
        self.problems.append((path, msg))

    def text(
        self, obj: Mapping[str, Any], key: str, path: str, *, required: bool = True, multiline: bool = False
    ) -> str:
        if key not in obj:
            if required:
                self.fail(f"{path}{key}", "缺少此字段")
            return ""
        value = obj[key]
        if not isinstance(value, str):
            self.fail(f"{path}{key}", f"应为文本，实为 {_type_name(value)}")
            return ""
        return normalize_lines(value) if multiline else normalize_line(value)

    def names(self, obj: Mapping[str, Any], key: str, path: str) -> tuple[str, ...]:
        if key not in obj:
            return ()
        value = obj[key]
        if not isinstance(value, list):
            self.fail(f"{path}{key}", f"应为文本列表，实为 {_type_name(value)}")
            return ()
        out: list[str] = []
        for i, name in enumerate(value):
            if not isinstance(name, str):
                self.fail(f"{path}{key}[{i}]", f"应为文本，实为 {_type_name(name)}")
            else:
                out.append(normalize_line(name))
        return tuple(out)

    def integer(
        self, obj: Mapping[str, Any], key: str, path: str, *, low: int, high: int, required: bool = False
    ) -> int | None:
        if key not in obj or obj[key] is None:
            if required:
                self.fail(f"{path}{key}", "缺少此字段")
            return None
        value = obj[key]
        if isinstance(value, bool) or not isinstance(value, int):
            self.fail(f"{path}{key}", f"应为整数，实为 {_type_name(value)}")
            return None
        if not low <= value <= high:
            self.fail(f"{path}{key}", f"数值 {value} 超出范围 {low}–{high}")
            return None
        return value

    def mapping(
        self, obj: Mapping[str, Any], key: str, path: str, *, required: bool = True
    ) -> Mapping[str, Any] | None:
        if key not in obj or (obj[key] is None and not required):
            if required:
                self.fail(f"{path}{key}", "缺少此字段")
            return None
        value = obj[key]
        if not isinstance(value, dict):
            self.fail(f"{path}{key}", f"应为对象，实为 {_type_name(value)}")
            return None
        return value

    def array(self, obj: Mapping[str, Any], key: str, path: str) -> list[Any]:
        if key not in obj:
            self.fail(f"{path}{key}", "缺少此字段")
            return []
        value = obj[key]
        if not isinstance(value, list):
            self.fail(f"{path}{key}", f"应为列表，实为 {_type_name(value)}")
            return []
        return value


def _type_name(value: Any) -> str:
    return {
        str: "文本",
        int: "整数",
        float: "小数",
        bool: "布尔值",
        list: "列表",
        dict: "对象",
        type(None): "null",
    }.get(type(value), type(value).__name__)


def from_exchange(data: Any) -> Bulletin:
    """Validate exchange JSON and build a bulletin; raises `ExchangeError` listing every problem."""
    r = _Reader()
    if not isinstance(data, dict):
        raise ExchangeError([("", f"交换文件的顶层应为对象，实为 {_type_name(data)}")])
    version = data.get("version")
    if version is None:  # the documented keys carry none: such a file is version 1
        version = EXCHANGE_VERSION
    if isinstance(version, bool) or not isinstance(version, int):
        r.fail("version", f"格式版本号应为整数，实为 {_type_name(version)}")
    elif version > EXCHANGE_VERSION:
        raise ExchangeError(
            [("version", f"格式版本 {version} 比本程序支持的版本 {EXCHANGE_VERSION} 新，请升级程序后再导入")]
        )
    elif version < 1:
        r.fail("version", f"未知的格式版本 {version}")

    org = r.text(data, "org", "")
    series = r.text(data, "series", "", required=False)
    issue_number = r.integer(data, "issue_number", "", low=1, high=9999)
    total_number = r.integer(data, "total_number", "", low=1, high=99999)
    copies = r.integer(data, "copies", "", low=1, high=999999)

    date: _dt.date | None = None
    if data.get("date") is not None:
        raw = data["date"]
        if not isinstance(raw, str):
            r.fail("date", f"日期应为 YYYY-MM-DD 格式的文本，实为 {_type_name(raw)}")
        else:
            try:
                date = _dt.date.fromisoformat(raw)
            except ValueError:
                r.fail("date", f"日期“{raw}”无效，应为 YYYY-MM-DD，例如 2020-09-01")

    period = Period(date.year if date else 2000, date.month if date else 1)
    pmap = r.mapping(data, "period", "")
    if pmap is not None:
        year = r.integer(pmap, "year", "period.", low=1900, high=2999, required=True)
        month = r.integer(pmap, "month", "period.", low=1, high=12, required=True)
        if year is not None and month is not None:
            period = Period(year, month)

    summary = Summary()
    smap = r.mapping(data, "summary", "")
    if smap is not None:
        title = r.text(smap, "title", "summary.", required=False)
        items: list[Item] = []
        for i, raw_item in enumerate(r.array(smap, "items", "summary.")):
            path = f"summary.items[{i}]."
            if not isinstance(raw_item, dict):
                r.fail(path[:-1], f"条目应为对象，实为 {_type_name(raw_item)}")
                continue
            subpoints: list[SubPoint] = []
            raw_subs = raw_item.get("subpoints") or []
            if not isinstance(raw_subs, list):
                r.fail(f"{path}subpoints", f"应为列表，实为 {_type_name(raw_subs)}")
                raw_subs = []
            for j, raw_sub in enumerate(raw_subs):
                spath = f"{path}subpoints[{j}]."
                if not isinstance(raw_sub, dict):
                    r.fail(spath[:-1], f"小点应为对象，实为 {_type_name(raw_sub)}")
                    continue
                body = r.text(raw_sub, "body", spath, required=False, multiline=True)
                subpoints.append(SubPoint(heading=r.text(raw_sub, "heading", spath), body=body))
            items.append(
                Item(
                    heading=r.text(raw_item, "heading", path),
                    body=r.text(raw_item, "body", path, required=False, multiline=True),
                    subpoints=tuple(subpoints),
                    source=r.text(raw_item, "source", path, required=False),
                )
            )
        summary = Summary(title=title, items=tuple(items))

    plan: Plan | None = None
    plan_map = r.mapping(data, "plan", "", required=False)
    if plan_map is not None:
        tasks: list[Task] = []
        for i, raw_task in enumerate(r.array(plan_map, "tasks", "plan.")):
            path = f"plan.tasks[{i}]."
            if not isinstance(raw_task, dict):
                r.fail(path[:-1], f"任务应为对象，实为 {_type_name(raw_task)}")
                continue
            status = TaskStatus.PLANNED
            raw_status = raw_task.get("status", "planned")
            try:
                status = TaskStatus(raw_status)
            except ValueError:
                allowed = "、".join(s.value for s in TaskStatus)
                r.fail(f"{path}status", f"状态“{raw_status}”无效，应为 {allowed} 之一")
            tasks.append(
                Task(
                    content=r.text(raw_task, "content", path),
                    leaders=r.names(raw_task, "leaders", path),
                    departments=r.names(raw_task, "departments", path),
                    deadline=r.text(raw_task, "deadline", path, required=False),
                    status=status,
                )
            )
        plan = Plan(title=r.text(plan_map, "title", "plan.", required=False), tasks=tuple(tasks))

    distribution = Distribution()
    dmap = r.mapping(data, "distribution", "", required=False)
    if dmap is not None:
        distribution = Distribution(
            report_to=r.names(dmap, "report_to", "distribution."),
            copy_to=r.names(dmap, "copy_to", "distribution."),
            send_to=r.names(dmap, "send_to", "distribution."),
        )

    editor = r.text(data, "editor", "", required=False)
    phone = r.text(data, "phone", "", required=False)

    if r.problems:
        raise ExchangeError(r.problems)
    return Bulletin(
        org=org,
        series=series,
        period=period,
        issue_number=issue_number,
        total_number=total_number,
        date=date,
        summary=summary,
        plan=plan,
        distribution=distribution,
        editor=editor,
        phone=phone,
        copies=copies,
    )
