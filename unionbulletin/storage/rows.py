"""One line of the bulletin list (`list`, the window's list) and the text a search looks through."""

from __future__ import annotations

import datetime as _dt
from dataclasses import dataclass
from typing import Any

from ..domain import Bulletin, Period
from ..domain.conventions import plan_title, summary_title


@dataclass(frozen=True)
class BulletinRow:
    id: int
    title: str  # the summary title as printed (stored or generated)
    date: _dt.date | None
    period: Period
    issue_number: int | None
    items: int
    tasks: int

    @classmethod
    def of(cls, bulletin_id: int, b: Bulletin) -> BulletinRow:
        return cls(
            id=bulletin_id,
            title=summary_title(b),
            date=b.date,
            period=b.period,
            issue_number=b.issue_number,
            items=len(b.summary.items),
            tasks=len(b.plan.tasks) if b.plan else 0,
        )

    def to_json(self) -> dict[str, Any]:
        return {
            "id": self.id,
            "title": self.title,
            "date": self.date.isoformat() if self.date else None,
            "period": {"year": self.period.year, "month": self.period.month},
            "issue_number": self.issue_number,
            "items": self.items,
            "tasks": self.tasks,
        }

    def to_line(self) -> str:
        issue = f"第{self.issue_number}期 " if self.issue_number is not None else ""
        return (
            f"{self.id:>4}  {self.period.year}年{self.period.month:>2}月  {issue}{self.title}"
            f"（{self.items} 条工作，{self.tasks} 项安排）"
        )


def sort_key(row: BulletinRow) -> tuple[int, int, int]:
    """Newest first when sorted in reverse: period, then id."""
    return (row.period.year, row.period.month, row.id)


def search_text(b: Bulletin) -> str:
    """Every piece of text of the bulletin, case-folded, one per line."""
    parts: list[str] = [b.org, b.series, summary_title(b), b.editor, b.phone]
    for item in b.summary.items:
        parts += [item.heading, item.body]
        for sub in item.subpoints:
            parts += [sub.heading, sub.body]
    if b.plan is not None:
        parts.append(plan_title(b))
        for t in b.plan.tasks:
            parts += [t.content, *t.leaders, *t.departments, t.deadline]
    d = b.distribution
    parts += [*d.report_to, *d.copy_to, *d.send_to]
    return "\n".join(parts).casefold()
