"""Checks a bulletin, or one edit, against the limits of `domain.limits`.

`oversize(b)` lists, in Chinese, every limit a bulletin exceeds (empty when it is within all of
them); the storage refuses to write such a bulletin and the window refuses to lay it out.
`ensure_room` is what the edit functions call before they add an item, a sub-point or a task.
"""

from __future__ import annotations

from collections.abc import Iterable

from . import limits
from .limits import Limit
from .model import Bulletin, Item, SubPoint, Task


class LimitExceeded(ValueError):
    """An edit or a bulletin goes past a limit; `str()` is the Chinese message naming it."""

    def __init__(self, limit: Limit, actual: int) -> None:
        self.limit = limit
        self.actual = actual
        super().__init__(limit.exceeded(actual))


def ensure_room(limit: Limit, count_after: int) -> None:
    """Raise LimitExceeded when an edit would make a count `count_after` (> the limit)."""
    if count_after > limit.value:
        raise LimitExceeded(limit, count_after)


def ensure_fits(limit: Limit, text: str, *, paragraphs: bool = False) -> None:
    """Raise LimitExceeded when `text` is longer than `limit` (or, for a body, has too many paragraphs)."""
    if len(text) > limit.value:
        raise LimitExceeded(limit, len(text))
    if paragraphs and text.count("\n") + 1 > limits.PARAGRAPHS_PER_BODY.value:
        raise LimitExceeded(limits.PARAGRAPHS_PER_BODY, text.count("\n") + 1)


def ensure_item_fits(it: Item | SubPoint) -> None:
    ensure_fits(limits.LEAD_CHARS, it.heading)
    ensure_fits(limits.BODY_CHARS, it.body, paragraphs=True)


def ensure_task_fits(t: Task) -> None:
    ensure_fits(limits.TASK_CHARS, t.content)
    ensure_fits(limits.LINE_CHARS, t.deadline)
    ensure_room(limits.NAMES_PER_FIELD, max(len(t.leaders), len(t.departments)))
    for name in (*t.leaders, *t.departments):
        ensure_fits(limits.LINE_CHARS, name)


def _texts(b: Bulletin) -> Iterable[tuple[Limit, str]]:
    """Every text of the bulletin with the length limit that applies to it."""
    yield limits.TITLE_CHARS, b.org
    yield limits.TITLE_CHARS, b.series
    yield limits.TITLE_CHARS, b.summary.title
    yield limits.LINE_CHARS, b.editor
    yield limits.LINE_CHARS, b.phone
    for it in b.summary.items:
        yield limits.LEAD_CHARS, it.heading
        yield limits.BODY_CHARS, it.body
        for s in it.subpoints:
            yield limits.LEAD_CHARS, s.heading
            yield limits.BODY_CHARS, s.body
    if b.plan is not None:
        yield limits.TITLE_CHARS, b.plan.title
        for t in b.plan.tasks:
            yield limits.TASK_CHARS, t.content
            yield limits.LINE_CHARS, t.deadline
            for name in (*t.leaders, *t.departments):
                yield limits.LINE_CHARS, name
    d = b.distribution
    for name in (*d.report_to, *d.copy_to, *d.send_to):
        yield limits.LINE_CHARS, name


def _counts(b: Bulletin) -> Iterable[tuple[Limit, int]]:
    yield limits.ITEMS, len(b.summary.items)
    for it in b.summary.items:
        yield limits.SUBPOINTS, len(it.subpoints)
        yield limits.PARAGRAPHS_PER_BODY, it.body.count("\n") + 1
        for s in it.subpoints:
            yield limits.PARAGRAPHS_PER_BODY, s.body.count("\n") + 1
    if b.plan is not None:
        yield limits.TASKS, len(b.plan.tasks)
        for t in b.plan.tasks:
            yield limits.NAMES_PER_FIELD, len(t.leaders)
            yield limits.NAMES_PER_FIELD, len(t.departments)
    d = b.distribution
    for names in (d.report_to, d.copy_to, d.send_to):
        yield limits.RECIPIENTS, len(names)


def oversize(b: Bulletin) -> list[str]:
    """The Chinese message of every limit `b` exceeds (each limit named once, with its worst case)."""
    worst: dict[Limit, int] = {}
    total = 0
    for limit, text in _texts(b):
        total += len(text)
        if len(text) > limit.value:
            worst[limit] = max(worst.get(limit, 0), len(text))
    for limit, count in _counts(b):
        if count > limit.value:
            worst[limit] = max(worst.get(limit, 0), count)
    if total > limits.BULLETIN_CHARS.value:
        worst[limits.BULLETIN_CHARS] = total
    return [limit.exceeded(actual) for limit, actual in worst.items()]
