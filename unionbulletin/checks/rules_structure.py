"""Structure rules: task fields and the address book, empty and duplicated items, titles longer than
two lines, lead sentences longer than their first line.

Title and lead-sentence lengths are measured with the layout engine's own title breaker and grid line
breaker, so a finding agrees with the preview and the PDF."""

from __future__ import annotations

from collections.abc import Iterator
from dataclasses import replace

from ..domain.conventions import item_marker, plan_title, subpoint_marker, summary_title
from ..domain.model import Task
from ..layout.compose import style_for
from ..layout.linebreak import break_paragraph
from ..layout.style import FontRole
from ..layout.titles import break_title
from .base import CheckContext, Rule, at
from .finding import Finding, Location, Section, Severity
from .text_fields import TextField

UNKNOWN_LEADER = "struct.unknown-leader"
UNKNOWN_DEPARTMENT = "struct.unknown-department"
MISSING_LEADER = "struct.missing-leader"
MISSING_DEPARTMENT = "struct.missing-department"
MISSING_DEADLINE = "struct.missing-deadline"
EMPTY_ITEM = "struct.empty-item"
MISSING_HEADING = "struct.missing-heading"
DUPLICATE_ITEM = "struct.duplicate-item"
TITLE_TOO_LONG = "struct.title-too-long"
HEADING_TOO_LONG = "struct.heading-too-long"


def _finding(rule: str, severity: Severity, message: str, loc: Location, text: str = "") -> Finding:
    return Finding(rule, severity, message, replace(loc, text=text))


def _task_location(n: int, task: Task, field: str) -> Location:
    return Location("plan", field, n, task.id)


def _address_book(ctx: CheckContext) -> Iterator[Finding]:
    book = ctx.address_book
    leaders = set(book.leader_names())
    departments = set(book.departments)
    for field in ctx.fields:
        name = field.text.strip()
        if not name:
            continue
        if field.location.field == "leaders" and leaders and name not in leaders:
            yield at(field, UNKNOWN_LEADER, "warning", f"责任领导“{name}”不在通讯录中，请核对姓名")
        elif field.location.field == "departments" and departments and name not in departments:
            yield at(field, UNKNOWN_DEPARTMENT, "warning", f"责任部室“{name}”不在通讯录中，请核对名称")


def _task_fields(ctx: CheckContext) -> Iterator[Finding]:
    tasks = ctx.bulletin.plan.tasks if ctx.bulletin.plan else ()
    for n, task in enumerate(tasks, 1):
        if not task.content.strip():
            continue  # reported as an empty item
        if not any(name.strip() for name in task.leaders):
            yield _finding(MISSING_LEADER, "error", "没有填写责任领导", _task_location(n, task, "leaders"))
        if not any(name.strip() for name in task.departments):
            yield _finding(
                MISSING_DEPARTMENT, "error", "没有填写责任部室", _task_location(n, task, "departments")
            )
        if not task.deadline.strip():
            yield _finding(MISSING_DEADLINE, "error", "没有填写完成时限", _task_location(n, task, "deadline"))


def _empty(ctx: CheckContext) -> Iterator[Finding]:
    b = ctx.bulletin
    for n, item in enumerate(b.summary.items, 1):
        heading, body = item.heading.strip(), item.body.strip()
        subs = any(s.heading.strip() or s.body.strip() for s in item.subpoints)
        if not heading and not body and not subs:
            yield _finding(
                EMPTY_ITEM,
                "error",
                "这一条是空的：没有首句也没有正文，请填写或删除",
                Location("summary", "heading", n, item.id),
            )
        elif not heading:
            yield _finding(
                MISSING_HEADING,
                "warning",
                "这一条缺少首句（加黑的一句概括）",
                Location("summary", "heading", n, item.id),
            )
        for s, sub in enumerate(item.subpoints, 1):
            if not sub.heading.strip() and not sub.body.strip():
                yield _finding(
                    EMPTY_ITEM,
                    "error",
                    f"第{s}小点是空的，请填写或删除",
                    Location("summary", "subpoint_heading", n, item.id, s),
                )
    for n, task in enumerate(b.plan.tasks if b.plan else (), 1):
        if not task.content.strip():
            yield _finding(
                EMPTY_ITEM,
                "error",
                "这一项安排没有任务内容，请填写或删除",
                _task_location(n, task, "content"),
            )


def _norm(text: str) -> str:
    return "".join(text.split())


def _duplicates(ctx: CheckContext) -> Iterator[Finding]:
    b = ctx.bulletin
    headings: dict[str, int] = {}
    bodies: dict[str, int] = {}
    for n, item in enumerate(b.summary.items, 1):
        heading, body = _norm(item.heading), _norm(item.body)
        earlier = headings.get(heading) if heading else None
        field = "heading"
        if earlier is None and len(body) >= 10:
            earlier, field = bodies.get(body), "body"
        if earlier is not None:
            what = "首句" if field == "heading" else "正文"
            yield _finding(
                DUPLICATE_ITEM,
                "warning",
                f"与第{earlier}条的{what}重复",
                Location("summary", field, n, item.id),
            )
        if heading:
            headings.setdefault(heading, n)
        if len(body) >= 10:
            bodies.setdefault(body, n)
    contents: dict[str, int] = {}
    for n, task in enumerate(b.plan.tasks if b.plan else (), 1):
        content = _norm(task.content)
        if not content:
            continue
        if content in contents:
            yield _finding(
                DUPLICATE_ITEM,
                "warning",
                f"与第{contents[content]}项安排重复",
                _task_location(n, task, "content"),
            )
        else:
            contents[content] = n


def _title_length(ctx: CheckContext) -> Iterator[Finding]:
    b = ctx.bulletin
    per_line = style_for(ctx.settings).title.max_chars_per_line
    titles: list[tuple[Section, str]] = [("summary", summary_title(b))]
    if b.plan is not None:
        titles.append(("plan", plan_title(b)))
    for section, title in titles:
        lines = break_title(title, per_line, keep=(b.org,) if b.org else ())
        if len(lines) > 2:
            yield _finding(
                TITLE_TOO_LONG,
                "warning",
                f"标题排成{len(lines)}行（每行最多{per_line}字），超过两行，请精简",
                Location(section, "title"),
                title,
            )


def first_line_overflow(ctx: CheckContext, marker: str, heading: str, body: str) -> int | None:
    """Index of the first heading character the layout puts on the second line, or None."""
    style = style_for(ctx.settings)
    cell = style.char_pitch
    width = style.page.block_width
    text = marker + heading + body.split("\n", 1)[0]
    spans = break_paragraph(
        text,
        cell=cell,
        first_width=width - style.first_line_indent_chars * cell,
        width=width,
        hanging=style.hanging_punctuation,
    )
    end = spans[0].end - len(marker)
    return end if end < len(heading) else None


def _heading_length(ctx: CheckContext) -> Iterator[Finding]:
    for n, item in enumerate(ctx.bulletin.summary.items, 1):
        parts: list[tuple[str, str, str, int | None]] = [(item_marker(n - 1), item.heading, item.body, None)]
        parts += [
            (subpoint_marker(s - 1), sub.heading, sub.body, s) for s, sub in enumerate(item.subpoints, 1)
        ]
        for marker, heading, body, sub in parts:
            if not heading.strip():
                continue
            offset = first_line_overflow(ctx, marker, heading, body)
            if offset is None:
                continue
            field = TextField(
                Location("summary", "subpoint_heading" if sub else "heading", n, item.id, sub),
                heading,
                FontRole.HEITI if sub is None else FontRole.KAITI,
                "heading",
            )
            rest = heading[offset:]
            yield at(
                field,
                HEADING_TOO_LONG,
                "hint",
                f"首句一行排不下，“{rest}”将转到下一行，可考虑精简",
                offset,
                len(rest),
            )


RULES = (
    Rule(frozenset({UNKNOWN_LEADER, UNKNOWN_DEPARTMENT}), _address_book),
    Rule(frozenset({MISSING_LEADER, MISSING_DEPARTMENT, MISSING_DEADLINE}), _task_fields),
    Rule(frozenset({EMPTY_ITEM, MISSING_HEADING}), _empty),
    Rule(frozenset({DUPLICATE_ITEM}), _duplicates),
    Rule(frozenset({TITLE_TOO_LONG}), _title_length),
    Rule(frozenset({HEADING_TOO_LONG}), _heading_length),
)
