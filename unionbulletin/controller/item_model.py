"""The summary's items as a list with their generated numbers (一、二、…), reorderable by drag and drop.

Not editable in place: the lead sentence and body are edited in the item editor. Moves, inserts and
deletes go through the `BulletinDocument` (one undo step each); the numbers of every row whose
position changed are refreshed. A row keeps the number it showed until the structural signal
(rows inserted, removed, moved) is over and only then announces its new one with `dataChanged`:
a view, a proxy or Qt's model tester sees the rows that merely shifted unchanged by the move itself.
"""

from __future__ import annotations

from collections.abc import Sequence
from typing import Any

from PySide6.QtCore import (
    QAbstractListModel,
    QCoreApplication,
    QModelIndex,
    QObject,
    QPersistentModelIndex,
    Qt,
)

from ..domain import Item
from ..domain.conventions import item_marker
from . import reorder
from .changes import Change, ChangeKind
from .document import BulletinDocument
from .rowsync import sync_rows

translate = QCoreApplication.translate

ITEM_ID_ROLE = Qt.ItemDataRole.UserRole + 1
ITEM_NUMBER_ROLE = Qt.ItemDataRole.UserRole + 2  # the marker alone, e.g. 三、

AnyIndex = QModelIndex | QPersistentModelIndex


class ItemListModel(reorder.DocumentRows, QAbstractListModel):
    def __init__(self, document: BulletinDocument, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._doc = document
        self._items: tuple[Item, ...] = document.bulletin.summary.items if document.has_bulletin else ()
        self._shown: dict[str, int] = {}  # item id -> the number (0-based) its row shows
        self._renumber()
        document.changed.connect(self._on_changed)

    def rowCount(self, parent: AnyIndex = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self._items)

    def item_at(self, row: int) -> Item:
        return self._items[row]

    def row_of(self, item_id: str) -> int:
        for row, item in enumerate(self._items):
            if item.id == item_id:
                return row
        return -1

    def data(self, index: AnyIndex, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid() or index.column() != 0 or not (0 <= index.row() < len(self._items)):
            return None
        item = self._items[index.row()]
        if role == Qt.ItemDataRole.DisplayRole:
            heading = item.heading.strip() or translate("ItemListModel", "(no lead sentence)")
            return item_marker(self._number(index.row())) + heading
        if role == Qt.ItemDataRole.ToolTipRole:
            body = item.body.strip()
            return item.heading + ("\n" + body[:120] + ("…" if len(body) > 120 else "") if body else "")
        if role == ITEM_ID_ROLE:
            return item.id
        if role == ITEM_NUMBER_ROLE:
            return item_marker(self._number(index.row()))
        return None

    def flags(self, index: AnyIndex) -> Qt.ItemFlag:
        if not index.isValid():
            return Qt.ItemFlag.ItemIsDropEnabled
        return Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable | Qt.ItemFlag.ItemIsDragEnabled

    # ------------------------------------------------------------------ structure through the document

    def _rows(self) -> Sequence[Item]:
        return self._items

    def _insert_row(self, row: int) -> None:
        self._doc.insert_item(row)

    def _delete_row(self, ident: str) -> None:
        self._doc.delete_item(ident)

    def _move_row(self, ident: str, target: int) -> bool:
        return self._doc.move_item(ident, target)

    def _undo_labels(self) -> tuple[str, str]:
        return translate("ItemListModel", "Add item"), translate("ItemListModel", "Delete item")

    # ------------------------------------------------------------------ document changes

    def _on_changed(self, change: Change) -> None:
        if not change.touches_items():
            return
        new = self._doc.bulletin.summary.items if self._doc.has_bulletin else ()
        old = self._items

        reset = change.kind == ChangeKind.ALL

        def commit() -> None:
            self._items = new
            if reset:  # another bulletin: every row is new, numbered as it stands
                self._shown = {item.id: row for row, item in enumerate(new)}

        sync_rows(self, old, new, commit, reset=reset)
        self._renumber()

    def _number(self, row: int) -> int:
        return self._shown.get(self._items[row].id, row)

    def _renumber(self) -> None:
        """Generated numbers follow the position, announced once the rows are in place."""
        changed = [row for row, item in enumerate(self._items) if self._shown.get(item.id) != row]
        self._shown = {item.id: row for row, item in enumerate(self._items)}
        if changed:
            self.dataChanged.emit(self.index(min(changed)), self.index(max(changed)))
