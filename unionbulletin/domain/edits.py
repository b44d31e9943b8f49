"""Pure edit functions: each takes a bulletin and returns a new one, never mutating.

The controller wraps these in undo commands; tests call them directly. Items and tasks are
addressed by their stable id (a sub-point by its item's id and its own); an unknown id raises
`KeyError`.

Every text that enters passes `normalize` (one-line or multi-line, by field), and adding an item, a
sub-point or a task past its limit, or an item's or a task's text past its length, raises
`LimitExceeded` with the Chinese message naming it.
"""

from __future__ import annotations

import dataclasses
from typing import Any, TypeVar

from . import limits
from .limit_check import ensure_item_fits, ensure_room, ensure_task_fits
from .model import Bulletin, Item, Plan, SubPoint, Task, new_id
from .normalize import normalize_bulletin, normalize_item, normalize_line, normalize_subpoint, normalize_task

T = TypeVar("T")


def _index_of(seq: tuple[Any, ...], ident: str) -> int:
    for i, element in enumerate(seq):
        if element.id == ident:
            return i
    raise KeyError(ident)


def _moved(seq: tuple[T, ...], src: int, dst: int) -> tuple[T, ...]:
    if not (0 <= src < len(seq)):
        raise IndexError(src)
    dst = max(0, min(dst, len(seq) - 1))
    items = list(seq)
    element = items.pop(src)
    items.insert(dst, element)
    return tuple(items)


def _inserted(seq: tuple[T, ...], index: int | None, element: T) -> tuple[T, ...]:
    if index is None or index > len(seq):
        index = len(seq)
    index = max(0, index)
    return (*seq[:index], element, *seq[index:])


def update_meta(b: Bulletin, **changes: Any) -> Bulletin:
    """Change top-level fields (org, series, issue_number, date, period, editor, phone, …)."""
    for key in changes:
        if key in ("summary", "plan"):
            raise ValueError(f"use the section functions to change {key}")
    for key in ("org", "series", "editor", "phone"):
        if isinstance(changes.get(key), str):
            changes[key] = normalize_line(changes[key])
    if "distribution" in changes:
        changes["distribution"] = normalize_bulletin(
            dataclasses.replace(b, distribution=changes["distribution"])
        ).distribution
    return dataclasses.replace(b, **changes)


def set_summary_title(b: Bulletin, title: str) -> Bulletin:
    return dataclasses.replace(b, summary=dataclasses.replace(b.summary, title=normalize_line(title)))


# ---- items ---------------------------------------------------------------------------------------


def add_item(b: Bulletin, item: Item, index: int | None = None) -> Bulletin:
    """Insert `item` at `index` (default: at the end)."""
    ensure_room(limits.ITEMS, len(b.summary.items) + 1)
    item = normalize_item(item)
    ensure_room(limits.SUBPOINTS, len(item.subpoints))
    ensure_item_fits(item)
    for sub in item.subpoints:
        ensure_item_fits(sub)
    items = _inserted(b.summary.items, index, item)
    return dataclasses.replace(b, summary=dataclasses.replace(b.summary, items=items))


def update_item(b: Bulletin, item_id: str, **changes: Any) -> Bulletin:
    """Change fields of one item (heading, body, subpoints); the id stays."""
    changes.pop("id", None)
    i = _index_of(b.summary.items, item_id)
    items = list(b.summary.items)
    items[i] = normalize_item(dataclasses.replace(items[i], **changes))
    ensure_item_fits(items[i])
    return dataclasses.replace(b, summary=dataclasses.replace(b.summary, items=tuple(items)))


def delete_item(b: Bulletin, item_id: str) -> Bulletin:
    i = _index_of(b.summary.items, item_id)
    items = b.summary.items[:i] + b.summary.items[i + 1 :]
    return dataclasses.replace(b, summary=dataclasses.replace(b.summary, items=items))


def move_item(b: Bulletin, item_id: str, new_index: int) -> Bulletin:
    i = _index_of(b.summary.items, item_id)
    items = _moved(b.summary.items, i, new_index)
    return dataclasses.replace(b, summary=dataclasses.replace(b.summary, items=items))


def duplicate_item(b: Bulletin, item_id: str) -> tuple[Bulletin, Item]:
    """Insert a copy (with a new id) right after the item; returns the bulletin and the copy."""
    i = _index_of(b.summary.items, item_id)
    original = b.summary.items[i]
    copy = Item(
        heading=original.heading,
        body=original.body,
        subpoints=tuple(dataclasses.replace(s, id=new_id()) for s in original.subpoints),
    )
    return add_item(b, copy, i + 1), copy


# ---- sub-points （一） of an item ------------------------------------------------------------------


def _with_subpoints(b: Bulletin, item_id: str, subpoints: tuple[SubPoint, ...]) -> Bulletin:
    return update_item(b, item_id, subpoints=subpoints)


def add_subpoint(b: Bulletin, item_id: str, sub: SubPoint, index: int | None = None) -> Bulletin:
    """Insert `sub` into the item's sub-points at `index` (default: at the end)."""
    subs = find_item(b, item_id).subpoints
    ensure_room(limits.SUBPOINTS, len(subs) + 1)
    sub = normalize_subpoint(sub)
    ensure_item_fits(sub)
    return _with_subpoints(b, item_id, _inserted(subs, index, sub))


def update_subpoint(b: Bulletin, item_id: str, sub_id: str, **changes: Any) -> Bulletin:
    """Change the heading or body of one sub-point; its id stays."""
    changes.pop("id", None)
    subs = list(find_item(b, item_id).subpoints)
    i = _index_of(tuple(subs), sub_id)
    subs[i] = normalize_subpoint(dataclasses.replace(subs[i], **changes))
    ensure_item_fits(subs[i])
    return _with_subpoints(b, item_id, tuple(subs))


def delete_subpoint(b: Bulletin, item_id: str, sub_id: str) -> Bulletin:
    subs = find_item(b, item_id).subpoints
    i = _index_of(subs, sub_id)
    return _with_subpoints(b, item_id, subs[:i] + subs[i + 1 :])


def move_subpoint(b: Bulletin, item_id: str, sub_id: str, new_index: int) -> Bulletin:
    subs = find_item(b, item_id).subpoints
    return _with_subpoints(b, item_id, _moved(subs, _index_of(subs, sub_id), new_index))


def find_subpoint(b: Bulletin, item_id: str, sub_id: str) -> SubPoint:
    subs = find_item(b, item_id).subpoints
    return subs[_index_of(subs, sub_id)]


# ---- plan and tasks ------------------------------------------------------------------------------


def set_plan(b: Bulletin, plan: Plan | None) -> Bulletin:
    """Add, replace or (with None) remove the plan section."""
    if plan is not None:
        ensure_room(limits.TASKS, len(plan.tasks))
        plan = Plan(title=normalize_line(plan.title), tasks=tuple(normalize_task(t) for t in plan.tasks))
    return dataclasses.replace(b, plan=plan)


def set_plan_title(b: Bulletin, title: str) -> Bulletin:
    plan = b.plan or Plan()
    return dataclasses.replace(b, plan=dataclasses.replace(plan, title=normalize_line(title)))


def _with_tasks(b: Bulletin, tasks: tuple[Task, ...]) -> Bulletin:
    plan = b.plan or Plan()
    return dataclasses.replace(b, plan=dataclasses.replace(plan, tasks=tasks))


def _tasks(b: Bulletin) -> tuple[Task, ...]:
    return b.plan.tasks if b.plan else ()


def add_task(b: Bulletin, task: Task, index: int | None = None) -> Bulletin:
    """Insert `task` (creating the plan section if there is none)."""
    ensure_room(limits.TASKS, len(_tasks(b)) + 1)
    task = normalize_task(task)
    ensure_task_fits(task)
    return _with_tasks(b, _inserted(_tasks(b), index, task))


def update_task(b: Bulletin, task_id: str, **changes: Any) -> Bulletin:
    changes.pop("id", None)
    for key in ("leaders", "departments"):
        if key in changes:
            changes[key] = tuple(changes[key])
    tasks = list(_tasks(b))
    i = _index_of(tuple(tasks), task_id)
    tasks[i] = normalize_task(dataclasses.replace(tasks[i], **changes))
    ensure_task_fits(tasks[i])
    return _with_tasks(b, tuple(tasks))


def delete_task(b: Bulletin, task_id: str) -> Bulletin:
    tasks = _tasks(b)
    i = _index_of(tasks, task_id)
    return _with_tasks(b, tasks[:i] + tasks[i + 1 :])


def move_task(b: Bulletin, task_id: str, new_index: int) -> Bulletin:
    tasks = _tasks(b)
    return _with_tasks(b, _moved(tasks, _index_of(tasks, task_id), new_index))


def find_item(b: Bulletin, item_id: str) -> Item:
    return b.summary.items[_index_of(b.summary.items, item_id)]


def find_task(b: Bulletin, task_id: str) -> Task:
    tasks = _tasks(b)
    return tasks[_index_of(tasks, task_id)]
