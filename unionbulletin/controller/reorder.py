"""Drag-and-drop reordering of a flat list model, done through the controller.

The model encodes the dragged row; on drop it asks the document to move the element and returns
False, so the view does not also remove the source row: the document's change signal moves the row
in the model (and the move is one undo step).
"""

from __future__ import annotations

from collections.abc import Sequence
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QByteArray, QMimeData, QModelIndex, QPersistentModelIndex, Qt

from ..domain.limit_check import LimitExceeded

if TYPE_CHECKING:
    from .document import BulletinDocument

ROW_MIME = "application/x-unionbulletin-row"

AnyIndex = QModelIndex | QPersistentModelIndex


def encode_row(indexes: Sequence[QModelIndex]) -> QMimeData:
    """The dragged row; several rows give empty data that no drop accepts (one move = one row)."""
    rows = sorted({i.row() for i in indexes if i.isValid()})
    data = QMimeData()
    if len(rows) != 1:
        return data
    data.setData(ROW_MIME, QByteArray(str(rows[0]).encode("ascii")))
    return data


def decode_row(data: QMimeData) -> int | None:
    if not data.hasFormat(ROW_MIME):
        return None
    try:
        return int(bytes(data.data(ROW_MIME).data()).decode("ascii"))
    except ValueError:
        return None


def drop_target(src: int, row: int, parent: AnyIndex, row_count: int) -> int:
    """The new index of the element dragged from `src` and dropped before `row` (or on `parent`)."""
    if row < 0:
        row = parent.row() if parent.isValid() else row_count
    return row if row <= src else row - 1


MOVE_ACTIONS = Qt.DropAction.MoveAction


class DocumentRows:
    """Row insertion, removal, moves and drag-and-drop for a flat model of document elements.

    Mixed in before the Qt model class (items and tasks share it): every structural change goes
    through the document as undo steps, several rows as one macro. Subclasses say which rows they
    show and how one row is inserted, deleted or moved.
    """

    _doc: BulletinDocument

    def _rows(self) -> Sequence[Any]:
        raise NotImplementedError

    def _insert_row(self, row: int) -> None:
        raise NotImplementedError

    def _delete_row(self, ident: str) -> None:
        raise NotImplementedError

    def _move_row(self, ident: str, target: int) -> bool:
        raise NotImplementedError

    def _undo_labels(self) -> tuple[str, str]:
        """Names of the "add" and "delete" undo steps."""
        raise NotImplementedError

    def insertRows(self, row: int, count: int, parent: AnyIndex = QModelIndex()) -> bool:  # noqa: B008
        if parent.isValid() or count < 1 or not (0 <= row <= len(self._rows())):
            return False
        self._doc.undo_stack.beginMacro(self._undo_labels()[0])
        try:
            for k in range(count):
                self._insert_row(row + k)
        except LimitExceeded:
            return False
        finally:
            self._doc.undo_stack.endMacro()
        return True

    def removeRows(self, row: int, count: int, parent: AnyIndex = QModelIndex()) -> bool:  # noqa: B008
        rows = self._rows()
        if parent.isValid() or count < 1 or row < 0 or row + count > len(rows):
            return False
        ids = [element.id for element in rows[row : row + count]]
        self._doc.undo_stack.beginMacro(self._undo_labels()[1])
        try:
            for ident in ids:
                self._delete_row(ident)
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
        rows = self._rows()
        if source_parent.isValid() or destination_parent.isValid() or count != 1:
            return False
        if not (0 <= source_row < len(rows)) or not (0 <= destination_child <= len(rows)):
            return False
        target = destination_child if destination_child <= source_row else destination_child - 1
        return self._move_row(rows[source_row].id, target)

    def supportedDropActions(self) -> Qt.DropAction:
        return MOVE_ACTIONS

    def supportedDragActions(self) -> Qt.DropAction:
        return MOVE_ACTIONS

    def mimeTypes(self) -> list[str]:
        return [ROW_MIME]

    def mimeData(self, indexes: Sequence[QModelIndex]) -> QMimeData:
        return encode_row(indexes)

    def dropMimeData(
        self, data: QMimeData, action: Qt.DropAction, row: int, column: int, parent: AnyIndex
    ) -> bool:
        rows = self._rows()
        src = decode_row(data)
        if src is None or not (0 <= src < len(rows)):
            return False
        self._move_row(rows[src].id, drop_target(src, row, parent, len(rows)))
        return False  # the document moved the row already; the view must not remove the source
