"""What an edit changed and who made it: the message the document broadcasts after every edit.

Views use it to refresh only what is concerned (one task row, one item's text) and editors use the
initiator to ignore the echo of their own typing.
"""

from __future__ import annotations

from dataclasses import dataclass
from enum import StrEnum


class ChangeKind(StrEnum):
    ALL = "all"  # another bulletin was loaded, or the whole snapshot was replaced
    META = "meta"  # masthead fields, distribution, editor, phone, titles
    ITEMS = "items"  # items inserted, removed or moved
    ITEM = "item"  # fields of the items in `ids`
    TASKS = "tasks"  # tasks inserted, removed or moved, or the plan section added/removed
    TASK = "task"  # fields of the tasks in `ids`


@dataclass(frozen=True)
class Change:
    """One broadcast. `fields` names the changed attributes (e.g. "body", "leaders", "date").

    `initiator` is the object that asked for the edit (an editor widget, a model), or None for
    undo/redo and programmatic changes, which every view must show.
    """

    kind: ChangeKind
    ids: tuple[str, ...] = ()
    fields: tuple[str, ...] = ()
    initiator: object | None = None

    def without_initiator(self) -> Change:
        return Change(self.kind, self.ids, self.fields, None)

    def touches_items(self) -> bool:
        return self.kind in (ChangeKind.ALL, ChangeKind.ITEMS, ChangeKind.ITEM)

    def touches_tasks(self) -> bool:
        return self.kind in (ChangeKind.ALL, ChangeKind.TASKS, ChangeKind.TASK)
