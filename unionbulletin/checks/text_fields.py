"""Every text field of a bulletin as (location, text, font role), and writing one back.

The text rules walk `text_fields`; `apply_fix` reads and writes a field through `field_text` and
`with_field_text`, which go through `domain.edits` so an item or task keeps its id.
"""

from __future__ import annotations

import dataclasses
from dataclasses import dataclass
from typing import Literal

from ..domain import edits
from ..domain.model import Bulletin, Item, Task
from ..layout.style import FontRole
from .finding import LIST_FIELDS, Location

# What a field holds, for rules that apply to some kinds only.
Kind = Literal["title", "heading", "body", "content", "name", "deadline", "meta"]

_DISTRIBUTION_FIELDS = ("report_to", "copy_to", "send_to")


@dataclass(frozen=True)
class TextField:
    location: Location  # offset None: the field as a whole
    text: str
    role: FontRole  # the face the export draws it in
    kind: Kind


def text_fields(b: Bulletin) -> list[TextField]:
    """All stored text of the bulletin, in reading order. Empty stored titles are left out (the
    generated default is printed instead)."""
    out: list[TextField] = []
    out.append(TextField(Location("meta", "series"), b.series, FontRole.XIAOBIAOSONG, "meta"))
    out.append(TextField(Location("meta", "org"), b.org, FontRole.FANGSONG, "meta"))
    if b.summary.title:
        out.append(TextField(Location("summary", "title"), b.summary.title, FontRole.XIAOBIAOSONG, "title"))
    for n, item in enumerate(b.summary.items, 1):
        out.append(
            TextField(Location("summary", "heading", n, item.id), item.heading, FontRole.HEITI, "heading")
        )
        out.append(TextField(Location("summary", "body", n, item.id), item.body, FontRole.FANGSONG, "body"))
        for s, sub in enumerate(item.subpoints, 1):
            out.append(
                TextField(
                    Location("summary", "subpoint_heading", n, item.id, s),
                    sub.heading,
                    FontRole.KAITI,
                    "heading",
                )
            )
            out.append(
                TextField(
                    Location("summary", "subpoint_body", n, item.id, s), sub.body, FontRole.FANGSONG, "body"
                )
            )
    if b.plan is not None:
        if b.plan.title:
            out.append(TextField(Location("plan", "title"), b.plan.title, FontRole.XIAOBIAOSONG, "title"))
        for n, task in enumerate(b.plan.tasks, 1):
            out.append(
                TextField(Location("plan", "content", n, task.id), task.content, FontRole.HEITI, "content")
            )
            for key in ("leaders", "departments"):
                names: tuple[str, ...] = getattr(task, key)
                for s, name in enumerate(names, 1):
                    out.append(
                        TextField(Location("plan", key, n, task.id, s), name, FontRole.FANGSONG, "name")
                    )
            out.append(
                TextField(
                    Location("plan", "deadline", n, task.id), task.deadline, FontRole.FANGSONG, "deadline"
                )
            )
    for key in _DISTRIBUTION_FIELDS:
        names = getattr(b.distribution, key)
        for s, name in enumerate(names, 1):
            out.append(TextField(Location("distribution", key, sub=s), name, FontRole.FANGSONG, "name"))
    out.append(TextField(Location("meta", "editor"), b.editor, FontRole.FANGSONG, "meta"))
    out.append(TextField(Location("meta", "phone"), b.phone, FontRole.FANGSONG, "meta"))
    return out


class FieldNotFound(KeyError):
    """The item, task, sub-point or entry a location names is no longer in the bulletin."""


def _item(b: Bulletin, loc: Location) -> Item:
    if loc.ident is not None:
        for item in b.summary.items:
            if item.id == loc.ident:
                return item
        raise FieldNotFound(loc.ident)
    if loc.number is None or not 1 <= loc.number <= len(b.summary.items):
        raise FieldNotFound(loc.number)
    return b.summary.items[loc.number - 1]


def _task(b: Bulletin, loc: Location) -> Task:
    tasks = b.plan.tasks if b.plan else ()
    if loc.ident is not None:
        for task in tasks:
            if task.id == loc.ident:
                return task
        raise FieldNotFound(loc.ident)
    if loc.number is None or not 1 <= loc.number <= len(tasks):
        raise FieldNotFound(loc.number)
    return tasks[loc.number - 1]


def _entry(names: tuple[str, ...], loc: Location) -> str:
    if loc.sub is None or not 1 <= loc.sub <= len(names):
        raise FieldNotFound(loc.sub)
    return names[loc.sub - 1]


def _replaced(names: tuple[str, ...], loc: Location, text: str) -> tuple[str, ...]:
    _entry(names, loc)
    assert loc.sub is not None
    return (*names[: loc.sub - 1], text, *names[loc.sub :])


def field_text(b: Bulletin, loc: Location) -> str:
    """The current text of the field `loc` names; raises FieldNotFound."""
    f = loc.field
    if loc.section == "meta":
        if f in ("series", "org", "editor", "phone"):
            value: str = getattr(b, f)
            return value
    elif loc.section == "summary":
        if f == "title":
            return b.summary.title
        item = _item(b, loc)
        if f in ("heading", "body"):
            value = getattr(item, f)
            return value
        if f in ("subpoint_heading", "subpoint_body"):
            if loc.sub is None or not 1 <= loc.sub <= len(item.subpoints):
                raise FieldNotFound(loc.sub)
            value = getattr(item.subpoints[loc.sub - 1], f.removeprefix("subpoint_"))
            return value
    elif loc.section == "plan":
        if f == "title":
            return b.plan.title if b.plan else ""
        task = _task(b, loc)
        if f in ("content", "deadline"):
            value = getattr(task, f)
            return value
        if f in ("leaders", "departments"):
            return _entry(getattr(task, f), loc)
    elif loc.section == "distribution" and f in LIST_FIELDS:
        return _entry(getattr(b.distribution, f), loc)
    raise FieldNotFound(f"{loc.section}.{f}")


def with_field_text(b: Bulletin, loc: Location, text: str) -> Bulletin:
    """The bulletin with the field `loc` names set to `text` (ids kept); raises FieldNotFound."""
    field_text(b, loc)  # validates the location
    f = loc.field
    if loc.section == "meta":
        return edits.update_meta(b, **{f: text})
    if loc.section == "summary":
        if f == "title":
            return edits.set_summary_title(b, text)
        item = _item(b, loc)
        if f in ("heading", "body"):
            return edits.update_item(b, item.id, **{f: text})
        assert loc.sub is not None
        subs = list(item.subpoints)
        subs[loc.sub - 1] = dataclasses.replace(subs[loc.sub - 1], **{f.removeprefix("subpoint_"): text})
        return edits.update_item(b, item.id, subpoints=tuple(subs))
    if loc.section == "plan":
        if f == "title":
            return edits.set_plan_title(b, text)
        task = _task(b, loc)
        if f in ("content", "deadline"):
            return edits.update_task(b, task.id, **{f: text})
        return edits.update_task(b, task.id, **{f: _replaced(getattr(task, f), loc, text)})
    names = _replaced(getattr(b.distribution, f), loc, text)
    return edits.update_meta(b, distribution=dataclasses.replace(b.distribution, **{f: names}))
