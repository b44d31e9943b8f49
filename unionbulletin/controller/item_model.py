"""The summary's items as a list with their generated numbers (一、二、…), reorderable by drag and drop.

Not editable in place: the lead sentence and body are edited in the item editor. Moves, inserts and
deletes go through the `BulletinDocument` (one undo step each); the numbers of every row whose
position changed are refreshed.
"""

from __future__ import annotations

from collections.abc import Sequence
from typing import Any

from PySide6.QtCore import (
    QAbstractListModel,
    QCoreApplication,
    QMimeData,
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


class ItemListModel(QAbstractListModel):
    def __init__(self, document: BulletinDocument, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._doc = document
        self._items: tuple[Item, ...] = document.bulletin.summary.items if document.has_bulletin else ()
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
            return item_marker(index.row()) + heading
        if role == Qt.ItemDataRole.ToolTipRole:
            body = item.body.strip()
            return item.heading + ("\n" + body[:120] + ("…" if len(body) > 120 else "") if body else "")
        if role == ITEM_ID_ROLE:
            return item.id
        if role == ITEM_NUMBER_ROLE:
            return item_marker(index.row())
        return None

    def flags(self, index: AnyIndex) -> Qt.ItemFlag:
        if not index.isValid():
            return Qt.ItemFlag.ItemIsDropEnabled
        return Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable | Qt.ItemFlag.ItemIsDragEnabled

    # ------------------------------------------------------------------ structure through the document

    def insertRows(self, row: int, count: int, parent: AnyIndex = QModelIndex()) -> bool:  # noqa: B008
        if parent.isValid() or count < 1 or not (0 <= row <= len(self._items)):
            return False
        self._doc.undo_stack.beginMacro(translate("ItemListModel", "Add item"))
        try:
            for k in range(count):
                self._doc.insert_item(row + k)
        finally:
            self._doc.undo_stack.endMacro()
        return True

    def removeRows(self, row: int, count: int, parent: AnyIndex = QModelIndex()) -> bool:  # noqa: B008
        if parent.isValid() or count < 1 or row < 0 or row + count > len(self._items):
            return False
        ids = [it.id for it in self._items[row : row + count]]
        self._doc.undo_stack.beginMacro(translate("ItemListModel", "Delete item"))
        try:
            for item_id in ids:
                self._doc.delete_item(item_id)
        finally:
            self._doc.undo_stack.endMacro()
        return True

    def moveRows(
        self,
        source_parent: AnyIndex,
        source_row: int,
        count: int,
        destination_parent: AnyIndex,
        destination_child: int,
    ) -> bool:
        if source_parent.isValid() or destination_parent.isValid() or count != 1:
            return False
        if not (0 <= source_row < len(self._items)) or not (0 <= destination_child <= len(self._items)):
            return False
        target = destination_child if destination_child <= source_row else destination_child - 1
        return self._doc.move_item(self._items[source_row].id, target)

    def supportedDropActions(self) -> Qt.DropAction:
        return reorder.MOVE_ACTIONS

    def supportedDragActions(self) -> Qt.DropAction:
        return reorder.MOVE_ACTIONS

    def mimeTypes(self) -> list[str]:
        return [reorder.ROW_MIME]

    def mimeData(self, indexes: Sequence[QModelIndex]) -> QMimeData:
        return reorder.encode_row(indexes)

    def dropMimeData(
        self, data: QMimeData, action: Qt.DropAction, row: int, column: int, parent: AnyIndex
    ) -> bool:
        src = reorder.decode_row(data)
        if src is None or not (0 <= src < len(self._items)):
            return False
        self._doc.move_item(self._items[src].id, reorder.drop_target(src, row, parent, len(self._items)))
        return False  # the document moved the row already; the view must not remove the source

    # ------------------------------------------------------------------ document changes

    def _on_changed(self, change: Change) -> None:
        if not change.touches_items():
            return
        new = self._doc.bulletin.summary.items if self._doc.has_bulletin else ()
        old = self._items

        def commit() -> None:
            self._items = new

        moved = sync_rows(self, old, new, commit, reset=change.kind == ChangeKind.ALL)
        if moved is not None and moved[0] <= moved[1]:
            # Generated numbers follow the position.
            self.dataChanged.emit(self.index(moved[0]), self.index(moved[1]))
