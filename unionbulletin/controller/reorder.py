"""Drag-and-drop reordering of a flat list model, done through the controller.

The model encodes the dragged row; on drop it asks the document to move the element and returns
False, so the view does not also remove the source row: the document's change signal moves the row
in the model (and the move is one undo step).
"""

from __future__ import annotations

from collections.abc import Sequence

from PySide6.QtCore import QByteArray, QMimeData, QModelIndex, QPersistentModelIndex, Qt

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
