"""The open bulletin: one frozen snapshot, a QUndoStack of edits over `domain.edits`, change signals.

Every edit is a `QUndoCommand` holding the snapshots before and after; undo and redo swap them.
Consecutive edits of the same text field merge into one undo step (typing), until the user pauses,
moves to another field, or saves. "Modified" is `not undo_stack.isClean()`.

Text enters through `domain.normalize` (one-line or multi-line by field). When that changes what a
field sent (a pasted U+000B, an input method's line break in a one-line field), the change is
announced without its initiator, so the field shows the text the model holds.
"""

from __future__ import annotations

import dataclasses
import time
from collections.abc import Callable
from typing import Any

from PySide6.QtCore import QCoreApplication, QObject, Signal, Slot
from PySide6.QtGui import QUndoCommand, QUndoStack

from ..domain import Bulletin, Distribution, Item, Plan, SubPoint, Task, TaskStatus, edits
from ..domain.limit_check import LimitExceeded
from ..domain.normalize import normalize_bulletin, normalize_line, normalize_lines
from .changes import Change, ChangeKind

TEXT_EDIT_ID = 1001  # QUndoCommand.id() shared by all mergeable edits; the key decides
MERGE_PAUSE = 2.0  # seconds of no typing after which a new undo step begins

META_FIELDS = frozenset(
    {"org", "series", "issue_number", "total_number", "date", "period", "editor", "phone", "copies"}
)

translate = QCoreApplication.translate
TASK_FIELDS = frozenset({"content", "leaders", "departments", "deadline", "status"})
ITEM_TEXT_FIELDS = frozenset({"heading", "body"})
DISTRIBUTION_FIELDS = frozenset({"report_to", "copy_to", "send_to"})


def _entering(value: Any, initiator: object | None, *, multiline: bool = False) -> tuple[Any, object | None]:
    """`value` normalised (texts and tuples of names), and the initiator to announce: none when the
    text changed on the way in, so the field that sent it shows the normalised text."""
    if isinstance(value, str):
        clean: Any = normalize_lines(value) if multiline else normalize_line(value)
    elif isinstance(value, tuple) and all(isinstance(v, str) for v in value):
        clean = tuple(normalize_line(v) for v in value)
    else:
        return value, initiator
    return clean, (initiator if clean == value else None)


class EditCommand(QUndoCommand):
    """Swaps two snapshots of the bulletin; merges with a following edit of the same field."""

    def __init__(
        self,
        document: BulletinDocument,
        label: str,
        before: Bulletin,
        after: Bulletin,
        change: Change,
        merge_key: tuple[Any, ...] | None,
    ) -> None:
        super().__init__(label)
        self._document = document
        self._before = before
        self._after = after
        self._change = change
        self._merge_key = merge_key
        self._first_redo = True
        self._last_time = time.monotonic()

    def id(self) -> int:
        return TEXT_EDIT_ID if self._merge_key is not None else -1

    def redo(self) -> None:
        change = self._change if self._first_redo else self._change.without_initiator()
        self._first_redo = False
        self._document._replace(self._after, change)

    def undo(self) -> None:
        self._document._replace(self._before, self._change.without_initiator())

    def mergeWith(self, other: QUndoCommand) -> bool:
        if not isinstance(other, EditCommand) or other._merge_key != self._merge_key:
            return False
        if other._last_time - self._last_time > MERGE_PAUSE:
            return False
        self._after = other._after
        self._last_time = other._last_time
        if self._after == self._before and _ids(self._after) == _ids(self._before):
            self.setObsolete(True)  # typed and erased again: nothing left to undo
        return True


class BulletinDocument(QObject):
    """Owns the current bulletin snapshot and its undo stack. No widgets, no storage."""

    changed = Signal(object)  # Change
    loaded = Signal()  # a different bulletin (or none) is now the document
    modifiedChanged = Signal(bool)
    refused = Signal(str)  # a text edit past a limit was not applied; the Chinese message names it

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.undo_stack = QUndoStack(self)
        self._bulletin: Bulletin | None = None
        self._bulletin_id: int | None = None
        self.undo_stack.cleanChanged.connect(self._on_clean_changed)

    @Slot(bool)
    def _on_clean_changed(self, clean: bool) -> None:
        self.modifiedChanged.emit(not clean)

    # ------------------------------------------------------------------ state

    @property
    def bulletin(self) -> Bulletin:
        if self._bulletin is None:
            raise RuntimeError("no bulletin is open")
        return self._bulletin

    @property
    def has_bulletin(self) -> bool:
        return self._bulletin is not None

    @property
    def bulletin_id(self) -> int | None:
        return self._bulletin_id

    def is_modified(self) -> bool:
        return not self.undo_stack.isClean()

    def load(self, bulletin: Bulletin | None, bulletin_id: int | None) -> None:
        """Make `bulletin` the document, with an empty undo history and no unsaved changes."""
        self.undo_stack.clear()
        self._bulletin = bulletin
        self._bulletin_id = bulletin_id
        self.undo_stack.setClean()
        self.loaded.emit()
        self.changed.emit(Change(ChangeKind.ALL))

    def set_bulletin_id(self, bulletin_id: int) -> None:
        self._bulletin_id = bulletin_id

    def mark_saved(self) -> None:
        self.undo_stack.setClean()

    def _replace(self, bulletin: Bulletin, change: Change) -> None:
        self._bulletin = bulletin
        self.changed.emit(change)

    def apply(
        self,
        label: str,
        fn: Callable[[Bulletin], Bulletin],
        change: Change,
        merge_key: tuple[Any, ...] | None = None,
    ) -> bool:
        """Push an undoable edit `fn(current) -> new`; nothing is pushed when it changes nothing."""
        before = self.bulletin
        try:
            after = fn(before)
        except LimitExceeded as exc:
            if merge_key is None:  # adding an item, a task…: the editor that asked shows the message
                raise
            self.refused.emit(str(exc))  # a field's text: the fields stop at their limits already
            return False
        if after is before or (after == before and _ids(after) == _ids(before)):
            return False
        self.undo_stack.push(EditCommand(self, label, before, after, change, merge_key))
        return True

    # ------------------------------------------------------------------ metadata

    def set_meta(self, field: str, value: Any, initiator: object | None = None) -> bool:
        if field not in META_FIELDS:
            raise ValueError(f"not a metadata field: {field}")
        value, initiator = _entering(value, initiator)
        if getattr(self.bulletin, field) == value:
            return False
        return self.apply(
            translate("BulletinDocument", "Edit %1").replace("%1", field_label(field)),
            lambda b: edits.update_meta(b, **{field: value}),
            Change(ChangeKind.META, fields=(field,), initiator=initiator),
            merge_key=("meta", field),
        )

    def set_distribution(self, field: str, names: tuple[str, ...], initiator: object | None = None) -> bool:
        if field not in DISTRIBUTION_FIELDS:
            raise ValueError(f"not a distribution field: {field}")
        names, initiator = _entering(tuple(names), initiator)
        if getattr(self.bulletin.distribution, field) == names:
            return False

        def fn(b: Bulletin) -> Bulletin:
            dist: Distribution = dataclasses.replace(b.distribution, **{field: names})
            return dataclasses.replace(b, distribution=dist)

        return self.apply(
            translate("BulletinDocument", "Edit %1").replace("%1", field_label(field)),
            fn,
            Change(ChangeKind.META, fields=(field,), initiator=initiator),
            merge_key=("distribution", field),
        )

    def set_summary_title(self, title: str, initiator: object | None = None) -> bool:
        title, initiator = _entering(title, initiator)
        if self.bulletin.summary.title == title:
            return False
        return self.apply(
            translate("BulletinDocument", "Edit summary title"),
            lambda b: edits.set_summary_title(b, title),
            Change(ChangeKind.META, fields=("summary_title",), initiator=initiator),
            merge_key=("summary_title",),
        )

    def set_plan_title(self, title: str, initiator: object | None = None) -> bool:
        title, initiator = _entering(title, initiator)
        plan = self.bulletin.plan
        if plan is not None and plan.title == title:
            return False
        return self.apply(
            translate("BulletinDocument", "Edit plan title"),
            lambda b: edits.set_plan_title(b, title),
            Change(ChangeKind.META, fields=("plan_title",), initiator=initiator),
            merge_key=("plan_title",),
        )

    def set_plan_enabled(self, enabled: bool) -> bool:
        """Add an empty plan section, or remove the plan section (undoable)."""
        if (self.bulletin.plan is not None) == enabled:
            return False
        return self.apply(
            translate("BulletinDocument", "Add plan section")
            if enabled
            else translate("BulletinDocument", "Remove plan section"),
            lambda b: edits.set_plan(b, Plan() if enabled else None),
            Change(ChangeKind.TASKS, fields=("plan",)),
        )

    def replace_bulletin(self, bulletin: Bulletin, label: str) -> None:
        """Replace the whole snapshot as one undoable step (used when restoring recovered work)."""
        before = self.bulletin
        bulletin = normalize_bulletin(bulletin)
        self.undo_stack.push(EditCommand(self, label, before, bulletin, Change(ChangeKind.ALL), None))

    # ------------------------------------------------------------------ items

    def set_item_text(self, item_id: str, field: str, text: str, initiator: object | None = None) -> bool:
        if field not in ITEM_TEXT_FIELDS:
            raise ValueError(f"not an item text field: {field}")
        text, initiator = _entering(text, initiator, multiline=field == "body")
        if getattr(edits.find_item(self.bulletin, item_id), field) == text:
            return False
        label = (
            translate("BulletinDocument", "Edit lead sentence")
            if field == "heading"
            else translate("BulletinDocument", "Edit item text")
        )
        return self.apply(
            label,
            lambda b: edits.update_item(b, item_id, **{field: text}),
            Change(ChangeKind.ITEM, ids=(item_id,), fields=(field,), initiator=initiator),
            merge_key=("item", item_id, field),
        )

    def insert_item(self, index: int | None = None, item: Item | None = None) -> Item:
        """Insert `item` (default: an empty one) at `index` (default: the end); returns it."""
        new = item if item is not None else Item(heading="")
        self.apply(
            translate("BulletinDocument", "Add item"),
            lambda b: edits.add_item(b, new, index),
            Change(ChangeKind.ITEMS, ids=(new.id,)),
        )
        return new

    def duplicate_item(self, item_id: str) -> Item:
        _, copy = edits.duplicate_item(self.bulletin, item_id)

        def fn(b: Bulletin) -> Bulletin:
            i = self.item_index(item_id, b)
            return edits.add_item(b, copy, i + 1)

        self.apply(
            translate("BulletinDocument", "Duplicate item"), fn, Change(ChangeKind.ITEMS, ids=(copy.id,))
        )
        return copy

    def delete_item(self, item_id: str) -> None:
        self.apply(
            translate("BulletinDocument", "Delete item"),
            lambda b: edits.delete_item(b, item_id),
            Change(ChangeKind.ITEMS, ids=(item_id,)),
        )

    def move_item(self, item_id: str, new_index: int) -> bool:
        items = self.bulletin.summary.items
        new_index = max(0, min(new_index, len(items) - 1))
        if self.item_index(item_id) == new_index:
            return False
        return self.apply(
            translate("BulletinDocument", "Move item"),
            lambda b: edits.move_item(b, item_id, new_index),
            Change(ChangeKind.ITEMS, ids=(item_id,)),
        )

    # ------------------------------------------------------------------ sub-points （一）

    def _subpoint_change(self, item_id: str, initiator: object | None = None) -> Change:
        return Change(ChangeKind.ITEM, ids=(item_id,), fields=("subpoints",), initiator=initiator)

    def set_subpoint_text(
        self, item_id: str, sub_id: str, field: str, text: str, initiator: object | None = None
    ) -> bool:
        if field not in ITEM_TEXT_FIELDS:
            raise ValueError(f"not a sub-point text field: {field}")
        text, initiator = _entering(text, initiator, multiline=field == "body")
        if getattr(edits.find_subpoint(self.bulletin, item_id, sub_id), field) == text:
            return False
        return self.apply(
            translate("BulletinDocument", "Edit sub-point"),
            lambda b: edits.update_subpoint(b, item_id, sub_id, **{field: text}),
            self._subpoint_change(item_id, initiator),
            merge_key=("subpoint", sub_id, field),
        )

    def insert_subpoint(
        self, item_id: str, index: int | None = None, sub: SubPoint | None = None
    ) -> SubPoint:
        """Insert `sub` (default: an empty one) into the item at `index` (default: the end)."""
        new = sub if sub is not None else SubPoint(heading="")
        self.apply(
            translate("BulletinDocument", "Add sub-point"),
            lambda b: edits.add_subpoint(b, item_id, new, index),
            self._subpoint_change(item_id),
        )
        return new

    def delete_subpoint(self, item_id: str, sub_id: str) -> None:
        self.apply(
            translate("BulletinDocument", "Delete sub-point"),
            lambda b: edits.delete_subpoint(b, item_id, sub_id),
            self._subpoint_change(item_id),
        )

    def move_subpoint(self, item_id: str, sub_id: str, new_index: int) -> bool:
        subs = edits.find_item(self.bulletin, item_id).subpoints
        new_index = max(0, min(new_index, len(subs) - 1))
        if [s.id for s in subs].index(sub_id) == new_index:
            return False
        return self.apply(
            translate("BulletinDocument", "Move sub-point"),
            lambda b: edits.move_subpoint(b, item_id, sub_id, new_index),
            self._subpoint_change(item_id),
        )

    def item_index(self, item_id: str, bulletin: Bulletin | None = None) -> int:
        b = bulletin or self.bulletin
        for i, item in enumerate(b.summary.items):
            if item.id == item_id:
                return i
        raise KeyError(item_id)

    # ------------------------------------------------------------------ tasks

    def tasks(self) -> tuple[Task, ...]:
        plan = self.bulletin.plan if self._bulletin is not None else None
        return plan.tasks if plan else ()

    def task_index(self, task_id: str) -> int:
        for i, task in enumerate(self.tasks()):
            if task.id == task_id:
                return i
        raise KeyError(task_id)

    def set_task_field(self, task_id: str, field: str, value: Any, initiator: object | None = None) -> bool:
        if field not in TASK_FIELDS:
            raise ValueError(f"not a task field: {field}")
        if field in ("leaders", "departments"):
            value = tuple(value)
        if field == "status":
            value = TaskStatus(value)
        else:
            value, initiator = _entering(value, initiator)
        if getattr(edits.find_task(self.bulletin, task_id), field) == value:
            return False
        return self.apply(
            translate("BulletinDocument", "Edit task"),
            lambda b: edits.update_task(b, task_id, **{field: value}),
            Change(ChangeKind.TASK, ids=(task_id,), fields=(field,), initiator=initiator),
            merge_key=("task", task_id, field),
        )

    def insert_task(self, index: int | None = None, task: Task | None = None) -> Task:
        new = task if task is not None else Task(content="")
        self.apply(
            translate("BulletinDocument", "Add task"),
            lambda b: edits.add_task(b, new, index),
            Change(ChangeKind.TASKS, ids=(new.id,)),
        )
        return new

    def delete_task(self, task_id: str) -> None:
        self.apply(
            translate("BulletinDocument", "Delete task"),
            lambda b: edits.delete_task(b, task_id),
            Change(ChangeKind.TASKS, ids=(task_id,)),
        )

    def move_task(self, task_id: str, new_index: int) -> bool:
        new_index = max(0, min(new_index, len(self.tasks()) - 1))
        if self.task_index(task_id) == new_index:
            return False
        return self.apply(
            translate("BulletinDocument", "Move task"),
            lambda b: edits.move_task(b, task_id, new_index),
            Change(ChangeKind.TASKS, ids=(task_id,)),
        )


def _ids(b: Bulletin) -> tuple[tuple[str, ...], tuple[str, ...]]:
    tasks = b.plan.tasks if b.plan else ()
    return tuple(i.id for i in b.summary.items), tuple(t.id for t in tasks)


def field_label(field: str) -> str:
    """The interface name of a field, for undo labels."""
    labels = {
        "org": translate("BulletinDocument", "issuing organisation"),
        "series": translate("BulletinDocument", "series name"),
        "issue_number": translate("BulletinDocument", "issue number"),
        "total_number": translate("BulletinDocument", "running number"),
        "date": translate("BulletinDocument", "issue date"),
        "period": translate("BulletinDocument", "reported month"),
        "editor": translate("BulletinDocument", "editor"),
        "phone": translate("BulletinDocument", "phone"),
        "copies": translate("BulletinDocument", "copies"),
        "report_to": translate("BulletinDocument", "report to"),
        "copy_to": translate("BulletinDocument", "copy to"),
        "send_to": translate("BulletinDocument", "send to"),
    }
    return labels.get(field, field)
