"""Applying merged 征集表 to the open issue as one undoable step.

The merge changes two bulletins: the open issue (summary items, plan) and last month's issue (the
reported task statuses). Both go into one undo macro: a command that writes last month's issue to the
data file (and writes it back on undo) and the document's own whole-bulletin replacement.
"""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QCoreApplication
from PySide6.QtGui import QUndoCommand

from ..domain import Bulletin
from ..domain.requests import MergeResult
from ..storage import StorageError
from .document import BulletinDocument

translate = QCoreApplication.translate


class StoreBulletinCommand(QUndoCommand):
    """Writes another bulletin of the data file on redo, its former state on undo."""

    def __init__(
        self,
        store: Callable[[int, Bulletin], None],
        bulletin_id: int,
        before: Bulletin,
        after: Bulletin,
        on_error: Callable[[str], None],
        label: str,
    ) -> None:
        super().__init__(label)
        self._store, self._id, self._before, self._after = store, bulletin_id, before, after
        self._on_error = on_error

    def _write(self, bulletin: Bulletin) -> None:
        try:
            self._store(self._id, bulletin)
        except (StorageError, KeyError) as exc:
            self._on_error(str(exc))

    def redo(self) -> None:
        self._write(self._after)

    def undo(self) -> None:
        self._write(self._before)


def apply_merge(
    document: BulletinDocument,
    merged: MergeResult,
    previous_id: int,
    previous_before: Bulletin,
    store: Callable[[int, Bulletin], None],
    on_error: Callable[[str], None],
) -> None:
    """Push the merge as one undo step (nothing happens when it changes nothing)."""
    label = translate("CollectForms", "Merge returned forms")
    stack = document.undo_stack
    stack.beginMacro(label)
    if merged.previous != previous_before:
        stack.push(
            StoreBulletinCommand(store, previous_id, previous_before, merged.previous, on_error, label)
        )
    if merged.issue != document.bulletin:
        document.replace_bulletin(merged.issue, label)
    stack.endMacro()
