"""Issue arithmetic: the next issue from last month's (metadata carried forward, last month's plan as
a checklist) and the blank issue of 新建一期; both number the issue the same way (`issue_numbers`).

`next_issue(previous, today=…)` copies series, organisation, distribution, editor, phone and print
run, increments the issue number (back to 1 when the issue year changes; the running total always
goes on), reports on the month after `previous.period` and dates the issue `today`. Every task of
last month's plan becomes a `ChecklistEntry` with its status (the caller may override statuses):

* done or in progress → a draft item of the new summary: the task text as the lead sentence, the
  body the marked placeholder `DRAFT_PLACEHOLDER` that the proofreading reports until it is replaced;
* carried over → a task of the new plan again (its deadline moved on when it named last plan's month);
* planned (nobody said) → listed only.

`blank_issue(newest, settings, today=…)` is the empty issue after the newest one (or, in an empty
data file, for last month) with the organisation's defaults: the same 期号 and 总期号 as
`next_issue` would give, so Ctrl+N and 根据上月新建 never disagree.
"""

from __future__ import annotations

import dataclasses
import datetime as _dt
from collections.abc import Mapping
from dataclasses import dataclass
from enum import StrEnum

from .conventions import month_deadline
from .model import Bulletin, Item, OrgSettings, Period, Plan, Summary, Task, TaskStatus

DRAFT_PLACEHOLDER = "【待补充】"

_SENTENCE_END = "。！？!?"
_TRAILING = "，,、；;：: \u3000"


class Outcome(StrEnum):
    """What a task of last month's plan becomes in the new issue."""

    DRAFT_ITEM = "draft_item"
    CARRIED = "carried"
    LISTED = "listed"


@dataclass(frozen=True)
class ChecklistEntry:
    """One task of last month's plan, with the status it was given and what it became."""

    task: Task  # with the status used (the override, if any)
    outcome: Outcome
    target_id: str | None = None  # the id of the draft item or the carried task

    @property
    def status(self) -> TaskStatus:
        return self.task.status


def outcome_for(status: TaskStatus) -> Outcome:
    if status in (TaskStatus.DONE, TaskStatus.IN_PROGRESS):
        return Outcome.DRAFT_ITEM
    if status == TaskStatus.CARRIED_OVER:
        return Outcome.CARRIED
    return Outcome.LISTED


def draft_heading(content: str) -> str:
    """扎实开展宣传月活动 → 扎实开展宣传月活动。 (a lead sentence ends with a full stop)."""
    text = content.strip().rstrip(_TRAILING)
    if not text:
        return ""
    return text if text[-1] in _SENTENCE_END else text + "。"


def with_task_statuses(b: Bulletin, statuses: Mapping[str, TaskStatus]) -> Bulletin:
    """`b` with the statuses of its plan's tasks (by task id) replaced; unknown ids are ignored."""
    if b.plan is None or not statuses:
        return b
    tasks = tuple(
        dataclasses.replace(t, status=statuses[t.id]) if t.id in statuses else t for t in b.plan.tasks
    )
    return dataclasses.replace(b, plan=dataclasses.replace(b.plan, tasks=tasks))


def next_issue_number(previous: Bulletin, date: _dt.date) -> int | None:
    """第N期 counts per year of issue: +1 in the same year, 1 in a new year, None if unnumbered."""
    if previous.issue_number is None:
        return None
    previous_year = previous.date.year if previous.date is not None else previous.period.year
    return previous.issue_number + 1 if date.year == previous_year else 1


def issue_numbers(previous: Bulletin | None, date: _dt.date) -> tuple[int | None, int | None]:
    """(第N期, 总第M期) of the issue after `previous` dated `date`; (None, None) with no previous."""
    if previous is None:
        return None, None
    total = previous.total_number + 1 if previous.total_number is not None else None
    return next_issue_number(previous, date), total


def blank_issue(newest: Bulletin | None, settings: OrgSettings, *, today: _dt.date) -> Bulletin:
    """The empty issue of 新建一期: the month after `newest` (last month when there is none),
    numbered as `next_issue` numbers, with the organisation's defaults."""
    period = newest.period.next() if newest is not None else Period(today.year, today.month).previous()
    issue, total = issue_numbers(newest, today)
    return Bulletin(
        org=settings.org,
        series=settings.series,
        period=period,
        issue_number=issue,
        total_number=total,
        date=today,
        distribution=settings.distribution,
        editor=settings.editor,
        phone=settings.phone,
        summary=Summary(items=(Item(heading=""),)),
        plan=Plan(),
    )


def _carried(task: Task, old_month: int, new_month: int) -> Task:
    deadline = task.deadline
    if deadline.strip() == month_deadline(old_month):
        deadline = month_deadline(new_month)
    return Task(task.content, task.leaders, task.departments, deadline, TaskStatus.PLANNED)


def next_issue(
    previous: Bulletin,
    *,
    today: _dt.date,
    statuses: Mapping[str, TaskStatus] | None = None,
) -> tuple[Bulletin, list[ChecklistEntry]]:
    """The issue after `previous` and the checklist of `previous`'s plan (see the module doc).

    `statuses` overrides task statuses by task id (what the user ticked in the checklist).
    """
    source = with_task_statuses(previous, statuses or {})
    period = previous.period.next()
    old_plan_month = previous.period.next().month  # last month's plan was for this month
    new_plan_month = period.next().month

    entries: list[ChecklistEntry] = []
    items: list[Item] = []
    carried: list[Task] = []
    for task in source.plan.tasks if source.plan else ():
        outcome = outcome_for(task.status)
        target: str | None = None
        if outcome == Outcome.DRAFT_ITEM and draft_heading(task.content):
            item = Item(heading=draft_heading(task.content), body=DRAFT_PLACEHOLDER)
            items.append(item)
            target = item.id
        elif outcome == Outcome.CARRIED:
            new_task = _carried(task, old_plan_month, new_plan_month)
            carried.append(new_task)
            target = new_task.id
        else:
            outcome = Outcome.LISTED
        entries.append(ChecklistEntry(task, outcome, target))

    issue, total = issue_numbers(previous, today)
    bulletin = Bulletin(
        org=previous.org,
        series=previous.series,
        period=period,
        issue_number=issue,
        total_number=total,
        date=today,
        summary=Summary(items=tuple(items) or (Item(heading=""),)),
        plan=Plan(tasks=tuple(carried)),
        distribution=previous.distribution,
        editor=previous.editor,
        phone=previous.phone,
        copies=previous.copies,
    )
    return bulletin, entries
