"""Requests to departments (征集表) and merging what comes back, without files or Qt.

For the bulletin whose plan is being followed up (reporting on month P, plan for P+1), each department
named in the plan gets a form (`RequestForm`): its tasks, a 完成情况 and a status column (已完成 /
进行中 / 转下月), room for other work of the month (a lead sentence and a body) and rows for next
month's tasks. The form carries a `FormMark` (bulletin id, department, month) that identifies it.

What comes back is read by `importers.request_form` into a `ReturnedForm` of plain cell texts; here
those texts are interpreted generously (a tick mark or the one status word left standing; a body typed
into the lead-sentence cell; tasks recognised by their number or their text) and `merge_forms` applies
every form to the issue being prepared (the issue reporting on P+1) and to the statuses of last month's
plan. Merging is idempotent: an item or task already there (same normalised text) is not added again.
"""

from __future__ import annotations

import dataclasses
import difflib
import re
from collections.abc import Iterable, Sequence
from dataclasses import dataclass, field

from .conventions import month_deadline, split_names
from .ledger import normalise
from .model import Bulletin, Item, Period, Plan, Task, TaskStatus
from .next_issue import DRAFT_PLACEHOLDER, draft_heading

MARK_PREFIX = "UB-征集表"
STATUS_WORDS: dict[TaskStatus, str] = {
    TaskStatus.DONE: "已完成",
    TaskStatus.IN_PROGRESS: "进行中",
    TaskStatus.CARRIED_OVER: "转下月",
}
STATUS_CHOICES = "　".join(f"□{w}" for w in STATUS_WORDS.values())
TICKS = "☑✓√■●✔☒▣◼▪✅xX×＊*▲◆"
OTHER_WORK_ROWS = 3
NEXT_TASK_ROWS = 3
TASK_MATCH_RATIO = 0.6


class FormError(ValueError):
    """A returned form that cannot be merged; the message is Chinese and names the reason."""


@dataclass(frozen=True)
class FormMark:
    """What identifies a form: the bulletin whose plan it follows up, the department, the month."""

    bulletin_id: int
    department: str
    period: Period  # the month reported on (the plan month of bulletin_id)

    def text(self) -> str:
        return (
            f"{MARK_PREFIX};bulletin={self.bulletin_id};"
            f"period={self.period.year}-{self.period.month:02d};department={self.department}"
        )

    @classmethod
    def parse(cls, text: str) -> FormMark | None:
        m = re.search(
            re.escape(MARK_PREFIX)
            + r"\s*;\s*bulletin\s*=\s*(\d{1,9})\s*;\s*period\s*=\s*(\d{4})-(\d{1,2})\s*;"
            r"\s*department\s*=\s*([^;\n\r]{1,200})",
            text,
        )
        if m is None:
            return None
        month = int(m.group(3))
        if not 1 <= month <= 12:
            return None
        return cls(int(m.group(1)), m.group(4).strip(), Period(int(m.group(2)), month))


@dataclass(frozen=True)
class FormTask:
    number: int  # 1-based position in the plan
    task: Task


@dataclass(frozen=True)
class RequestForm:
    mark: FormMark
    org: str
    tasks: tuple[FormTask, ...]

    @property
    def title(self) -> str:
        return f"{self.org}{self.mark.period.year}年{self.mark.period.month}月工作情况征集表"

    @property
    def file_name(self) -> str:
        return form_file_name(self.mark.department, self.mark.period)


_UNSAFE_FILE_CHARS = re.compile(r'[\\/:*?"<>|\x00-\x1f]')


def form_file_name(department: str, period: Period) -> str:
    """征集表-经技部-2020年9月.docx (characters Windows forbids in names become _)."""
    dept = _UNSAFE_FILE_CHARS.sub("_", department.strip())[:60] or "部室"
    return f"征集表-{dept}-{period.year}年{period.month}月.docx"


def plan_departments(b: Bulletin) -> list[str]:
    """Every department named in the plan, in order of first appearance."""
    seen: dict[str, None] = {}
    for t in b.plan.tasks if b.plan else ():
        for d in t.departments:
            if d.strip():
                seen.setdefault(d.strip(), None)
    return list(seen)


def request_forms(b: Bulletin, bulletin_id: int) -> list[RequestForm]:
    """One form per department of `b`'s plan, with that department's tasks."""
    period = b.period.next()
    forms = []
    for dept in plan_departments(b):
        tasks = tuple(
            FormTask(n, t)
            for n, t in enumerate(b.plan.tasks if b.plan else (), start=1)
            if dept in (d.strip() for d in t.departments)
        )
        forms.append(RequestForm(FormMark(bulletin_id, dept, period), b.org, tasks))
    return forms


# ---- what came back ---------------------------------------------------------------------------------


@dataclass(frozen=True)
class ReportRow:
    """One row of the task table as returned (cell texts; paragraphs joined by \\n)."""

    number: str
    content: str
    completion: str
    status: str
    extra: str = ""  # text of any other cell of the row (leaders, deadline, cells added)


@dataclass(frozen=True)
class OtherWorkRow:
    heading: str
    body: str


@dataclass(frozen=True)
class NextTaskRow:
    content: str
    leaders: str
    deadline: str


@dataclass(frozen=True)
class ReturnedForm:
    source: str  # file name, for messages
    mark: FormMark | None
    reports: tuple[ReportRow, ...] = ()
    other_work: tuple[OtherWorkRow, ...] = ()
    next_tasks: tuple[NextTaskRow, ...] = ()
    loose_text: tuple[str, ...] = ()  # paragraphs typed outside the tables (kept as notes)


def read_status(*texts: str) -> TaskStatus | None:
    """The status a clerk chose: a tick next to one option, else the one option word left standing.

    The texts are tried in order (the status cell first, then the rest of the row).
    """
    for text in texts:
        if not text.strip():
            continue
        ticked = [
            s
            for s, w in STATUS_WORDS.items()
            if re.search(f"[{re.escape(TICKS)}]\\s?{w}|{w}\\s?[{re.escape(TICKS)}]", text)
        ]
        if len(ticked) == 1:
            return ticked[0]
        unticked = text.count("□")
        present = [s for s, w in STATUS_WORDS.items() if w in text]
        if len(present) == 1:
            return present[0]
        if len(present) == len(STATUS_WORDS) and unticked == len(STATUS_WORDS) - 1:
            # one box was replaced by a character we do not know as a tick
            for s, w in STATUS_WORDS.items():
                i = text.find(w)
                if i > 0 and text[i - 1] not in "□\u3000 ":
                    return s
    return None


def _without_choices(text: str) -> str:
    """A completion typed into the status cell: the text without the option words and boxes."""
    for w in STATUS_WORDS.values():
        text = text.replace(w, "")
    return re.sub(f"[□{re.escape(TICKS)}]", "", text).strip(" \u3000\n")


def _split_heading(text: str) -> tuple[str, str]:
    """A lead sentence and body typed into one cell: cut after the first 。！？."""
    m = re.search(r"[。！？!?]", text)
    if m is None or m.end() >= len(text.strip()):
        return text.strip(), ""
    return text[: m.end()].strip(), text[m.end() :].strip()


# ---- merging ---------------------------------------------------------------------------------------


@dataclass(frozen=True)
class FormPlan:
    """What one returned form changes, before anything is saved."""

    source: str
    department: str
    statuses: dict[int, TaskStatus] = field(default_factory=dict)  # plan index (0-based) → status
    completions: dict[int, str] = field(default_factory=dict)  # plan index → 完成情况
    items: tuple[Item, ...] = ()  # other work
    tasks: tuple[Task, ...] = ()  # next month's tasks
    notes: tuple[str, ...] = ()  # what could not be used, in Chinese


def _match_task(row: ReportRow, tasks: Sequence[FormTask], taken: set[int]) -> FormTask | None:
    """The form task a returned row is about: by its number (if the text still agrees), else by text."""
    key = normalise(row.content)
    number = re.sub(r"\D", "", row.number)
    for ft in tasks:
        if number and int(number[:6]) == ft.number and ft.number not in taken:
            other = normalise(ft.task.content)
            if (
                not key
                or key == other
                or (difflib.SequenceMatcher(None, key[:300], other[:300]).ratio() >= TASK_MATCH_RATIO)
            ):
                return ft
    if not key:
        return None
    best, best_ratio = None, TASK_MATCH_RATIO
    for ft in tasks:
        if ft.number in taken:
            continue
        other = normalise(ft.task.content)
        ratio = 1.0 if key == other else difflib.SequenceMatcher(None, key[:300], other[:300]).ratio()
        if ratio >= best_ratio:
            best, best_ratio = ft, ratio
    return best


def plan_form(form: ReturnedForm, previous: Bulletin, previous_id: int, new_period: Period) -> FormPlan:
    """Interpret one returned form against last month's issue; FormError when it is not for it."""
    mark = form.mark
    if mark is None:
        raise FormError(f"{form.source}：不是本程序生成的征集表（找不到表单标识），未合并。")
    if mark.period != new_period:
        raise FormError(
            f"{form.source}：这是 {mark.period.year}年{mark.period.month}月 的征集表，"
            f"本期报的是 {new_period.year}年{new_period.month}月，未合并。"
        )
    if mark.bulletin_id != previous_id:
        raise FormError(
            f"{form.source}：这份征集表是按第 {mark.bulletin_id} 号简报的工作安排生成的，"
            f"本期的上月简报是第 {previous_id} 号，未合并。"
        )
    forms = {f.mark.department: f for f in request_forms(previous, previous_id)}
    request = forms.get(mark.department)
    if request is None:
        raise FormError(
            f"{form.source}：上月工作安排中没有“{mark.department}”负责的任务，这份征集表不属于本期，未合并。"
        )
    statuses: dict[int, TaskStatus] = {}
    completions: dict[int, str] = {}
    items: list[Item] = []
    notes: list[str] = []
    taken: set[int] = set()
    for row in form.reports:
        if not any(x.strip() for x in (row.content, row.completion, row.status, row.extra)):
            continue
        ft = _match_task(row, request.tasks, taken)
        status = read_status(row.status, row.completion, row.extra)
        completion = row.completion.strip()
        if not completion and _without_choices(row.status):
            completion = _without_choices(row.status)  # typed into the status cell
        if ft is None:
            if row.content.strip() and completion:  # a row added for work not on the plan
                heading, body = draft_heading(row.content), completion
                items.append(Item(heading=heading, body=body, source=mark.department))
            elif row.content.strip() or completion:
                notes.append(f"无法对应到上月任务的一行：“{(row.content or completion)[:30]}”")
            continue
        taken.add(ft.number)
        if status is not None:
            statuses[ft.number - 1] = status
        elif completion:
            notes.append(f"任务 {ft.number} 没有勾选状态，只写入了完成情况")
        if completion:
            completions[ft.number - 1] = completion
    for other in form.other_work:
        heading, body = other.heading.strip(), other.body.strip()
        if heading and not body:
            heading, body = _split_heading(heading)
        elif body and not heading:
            heading, body = _split_heading(body)
        if heading:
            items.append(Item(heading=draft_heading(heading), body=body, source=mark.department))
    next_month = new_period.next().month
    tasks = [
        Task(
            row.content.strip(),
            split_names(row.leaders),
            (mark.department,),
            row.deadline.strip() or month_deadline(next_month),
        )
        for row in form.next_tasks
        if row.content.strip()
    ]
    notes.extend(f"表格以外的文字未合并：“{t[:30]}”" for t in form.loose_text if t.strip())
    return FormPlan(
        form.source, mark.department, statuses, completions, tuple(items), tuple(tasks), tuple(notes)
    )


@dataclass(frozen=True)
class MergeResult:
    issue: Bulletin  # the issue being prepared, with the merged items and tasks
    previous: Bulletin  # last month's issue with the reported statuses
    changes: tuple[str, ...]  # one Chinese line per change, for the dialog and the command line


def _item_key(heading: str) -> str:
    return normalise(heading)


def merge_forms(issue: Bulletin, previous: Bulletin, plans: Iterable[FormPlan]) -> MergeResult:
    """Apply every form plan; what is already in the issue is left alone (merging twice adds nothing)."""
    items = [it for it in issue.summary.items if it.heading.strip() or it.body.strip() or it.subpoints]
    tasks = list(issue.plan.tasks if issue.plan else ())
    old_tasks = list(previous.plan.tasks if previous.plan else ())
    changes: list[str] = []
    next_plan_month = issue.period.next().month
    old_plan_month = issue.period.month

    def find_item(heading: str) -> int | None:
        key = _item_key(heading)
        return next((i for i, it in enumerate(items) if key and _item_key(it.heading) == key), None)

    def has_task(content: str) -> bool:
        key = normalise(content)
        return any(normalise(t.content) == key for t in tasks)

    for plan in plans:
        for index, status in sorted(plan.statuses.items()):
            if index < len(old_tasks) and old_tasks[index].status != status:
                old_tasks[index] = dataclasses.replace(old_tasks[index], status=status)
                changes.append(f"{plan.department}：上月任务 {index + 1} 的状态改为“{STATUS_WORDS[status]}”")
        for index in sorted(set(plan.statuses) | set(plan.completions)):
            if index >= len(old_tasks):
                continue
            task = old_tasks[index]
            status = task.status
            completion = plan.completions.get(index, "")
            heading = draft_heading(task.content)
            reported = status in (TaskStatus.DONE, TaskStatus.IN_PROGRESS)
            if reported or (completion and status != TaskStatus.CARRIED_OVER):
                at = find_item(heading)
                body = completion or DRAFT_PLACEHOLDER
                if at is None:
                    items.append(Item(heading=heading, body=body, source=plan.department))
                    changes.append(f"{plan.department}：新增综述条目“{heading[:24]}”")
                elif items[at].body.strip() in ("", DRAFT_PLACEHOLDER) and completion:
                    items[at] = dataclasses.replace(items[at], body=completion, source=plan.department)
                    changes.append(f"{plan.department}：条目“{heading[:24]}”写入完成情况")
                elif completion and completion not in items[at].body:
                    body = items[at].body.rstrip() + "\n" + completion
                    items[at] = dataclasses.replace(items[at], body=body)
                    changes.append(f"{plan.department}：条目“{heading[:24]}”补充完成情况")
            if status == TaskStatus.CARRIED_OVER and not has_task(task.content):
                deadline = task.deadline
                if deadline.strip() == month_deadline(old_plan_month):
                    deadline = month_deadline(next_plan_month)
                tasks.append(Task(task.content, task.leaders, task.departments, deadline))
                changes.append(f"{plan.department}：任务“{task.content[:24]}”转入下月工作安排")
        for item in plan.items:
            at = find_item(item.heading)
            if at is None:
                items.append(item)
                changes.append(f"{plan.department}：新增综述条目“{item.heading[:24]}”")
        for task in plan.tasks:
            if not has_task(task.content):
                tasks.append(task)
                changes.append(f"{plan.department}：新增下月任务“{task.content[:24]}”")
        changes.extend(f"{plan.department}：{note}" for note in plan.notes)
    new_issue = dataclasses.replace(
        issue,
        summary=dataclasses.replace(issue.summary, items=tuple(items) or issue.summary.items),
        plan=dataclasses.replace(issue.plan or Plan(), tasks=tuple(tasks)),
    )
    new_previous = (
        previous
        if previous.plan is None
        else dataclasses.replace(previous, plan=dataclasses.replace(previous.plan, tasks=tuple(old_tasks)))
    )
    return MergeResult(new_issue, new_previous, tuple(changes))
