"""The bulletin as data: frozen dataclasses with no Qt and no I/O.

A `Bulletin` is one issue (期): masthead metadata, a summary section of numbered items, an optional
plan section of tasks, and the distribution block. Numbers (一、（一）) and default titles are
generated, never stored in the text. Every item and task carries a stable `id` so the preview, the
undo stack and the proofreading findings can point at it across edits.
"""

from __future__ import annotations

import datetime as _dt
import itertools
import os
from dataclasses import dataclass, field
from enum import StrEnum

_id_counter = itertools.count(1)
_id_prefix = os.urandom(3).hex()


def new_id() -> str:
    """A short id unique within this process and very unlikely to collide across runs."""
    return f"{_id_prefix}{next(_id_counter):x}"


class TaskStatus(StrEnum):
    """Follow-up state of a planned task; not printed by default."""

    PLANNED = "planned"
    IN_PROGRESS = "in_progress"
    DONE = "done"
    CARRIED_OVER = "carried_over"


class PlanLayout(StrEnum):
    BLOCKS = "blocks"  # 一、task / 责任领导：… / 责任部室：… / 完成时限：… (as in the samples)
    TABLE = "table"  # bordered 5-column table


class FontNames(StrEnum):
    """Which face names the DOCX names: the GB2312 ones or the Windows built-ins."""

    GB2312 = "gb2312"
    WINDOWS = "windows"


@dataclass(frozen=True)
class SubPoint:
    """A level-2 point （一）: a run-in lead sentence and a body."""

    heading: str
    body: str = ""
    id: str = field(default_factory=new_id, compare=False)


@dataclass(frozen=True)
class Item:
    """A numbered item 一、 of the summary: lead sentence (with its 。) and body.

    `body` may hold several paragraphs separated by "\\n"; sub-points follow the body.
    """

    heading: str
    body: str = ""
    subpoints: tuple[SubPoint, ...] = ()
    id: str = field(default_factory=new_id, compare=False)
    source: str = ""  # the department that reported it (a merged 征集表); not printed


@dataclass(frozen=True)
class Task:
    """A task of next month's plan."""

    content: str
    leaders: tuple[str, ...] = ()
    departments: tuple[str, ...] = ()
    deadline: str = ""
    status: TaskStatus = TaskStatus.PLANNED
    id: str = field(default_factory=new_id, compare=False)


@dataclass(frozen=True)
class Summary:
    """Last month's work. An empty title means "use the generated default"."""

    title: str = ""
    items: tuple[Item, ...] = ()


@dataclass(frozen=True)
class Plan:
    """Next month's tasks. An empty title means "use the generated default"."""

    title: str = ""
    tasks: tuple[Task, ...] = ()


@dataclass(frozen=True)
class Distribution:
    """The 报尾: 报 (to superiors), 送 (to peers), 发 (to subordinates)."""

    report_to: tuple[str, ...] = ()
    copy_to: tuple[str, ...] = ()
    send_to: tuple[str, ...] = ()


@dataclass(frozen=True)
class Period:
    """The month the summary reports on."""

    year: int
    month: int

    def next(self) -> Period:
        return Period(self.year + 1, 1) if self.month == 12 else Period(self.year, self.month + 1)

    def previous(self) -> Period:
        return Period(self.year - 1, 12) if self.month == 1 else Period(self.year, self.month - 1)


@dataclass(frozen=True)
class Bulletin:
    """One issue of the bulletin."""

    org: str
    series: str
    period: Period
    issue_number: int | None = None
    total_number: int | None = None  # 总第M期, optional
    date: _dt.date | None = None
    summary: Summary = Summary()
    plan: Plan | None = None
    distribution: Distribution = Distribution()
    editor: str = ""
    phone: str = ""
    copies: int | None = None  # 共印N份, optional


@dataclass(frozen=True)
class Leader:
    name: str
    title: str = ""


@dataclass(frozen=True)
class RecipientGroup:
    """A named list of recipients, e.g. 上级 → 省总工会、市“四大家”有关领导."""

    name: str
    members: tuple[str, ...] = ()


@dataclass(frozen=True)
class AddressBook:
    leaders: tuple[Leader, ...] = ()
    departments: tuple[str, ...] = ()
    recipient_groups: tuple[RecipientGroup, ...] = ()

    def leader_names(self) -> tuple[str, ...]:
        return tuple(leader.name for leader in self.leaders)


@dataclass(frozen=True)
class OrgSettings:
    """Organisation defaults and layout options, stored in the database file beside the bulletins.

    `issue_format` is the 期号 pattern with `{n}`, `{year}` and `{total}` placeholders.
    `font_files` maps a font role (see layout.style.FontRole) to a user-chosen file path.
    """

    org: str = "荆州市总工会"
    series: str = "工会要情摘报"
    issue_format: str = "第{n}期"
    editor: str = ""
    phone: str = ""
    distribution: Distribution = Distribution()
    plan_layout: PlanLayout = PlanLayout.BLOCKS
    hanging_punctuation: bool = True
    docx_font_names: FontNames = FontNames.GB2312
    font_files: tuple[tuple[str, str], ...] = ()
