"""Turn the difference between two snapshots of a list into precise model signals.

Edits insert, remove or move one row at a time, and undo does the inverse; those become
`beginInsertRows` / `beginRemoveRows` / `beginMoveRows`, so views keep their selection and scroll
position. Anything else (a new bulletin, a restored snapshot) is a model reset. Rows whose object
changed (frozen snapshots: identity is enough) get `dataChanged`.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from typing import Any

from PySide6.QtCore import QAbstractItemModel, QModelIndex


def _single_move(old: Sequence[str], new: Sequence[str]) -> tuple[int, int] | None:
    """(src, dst) when `new` is `old` with one element moved from src to dst, else None."""
    n = len(old)
    i = 0
    while i < n and old[i] == new[i]:
        i += 1
    j = n - 1
    while j > i and old[j] == new[j]:
        j -= 1
    if i >= j:
        return None
    if new[j] == old[i] and list(new[i:j]) == list(old[i + 1 : j + 1]):
        return i, j  # moved down
    if new[i] == old[j] and list(new[i + 1 : j + 1]) == list(old[i:j]):
        return j, i  # moved up
    return None


def sync_rows(
    model: QAbstractItemModel,
    old: Sequence[Any],
    new: Sequence[Any],
    commit: Callable[[], None],
    last_column: int = 0,
    reset: bool = False,
) -> tuple[int, int] | None:
    """Emit the structural signals for old → new (sequences of objects with `.id`), calling `commit`
    (which stores the new snapshot in the model) between begin and end.

    With `reset` the model is always reset (another bulletin was loaded).
    Returns the range (first, last) of rows whose *position* may have changed (for models that show
    generated numbers), or None when the order is unchanged.
    """
    old_ids = [o.id for o in old]
    new_ids = [o.id for o in new]
    root = QModelIndex()
    moved: tuple[int, int] | None = None
    if reset:
        model.beginResetModel()
        commit()
        model.endResetModel()
        return None
    if old_ids == new_ids:
        commit()
    elif len(new_ids) == len(old_ids) + 1 and _is_insertion(old_ids, new_ids):
        i = _first_difference(old_ids, new_ids)
        model.beginInsertRows(root, i, i)
        commit()
        model.endInsertRows()
        moved = (i, len(new_ids) - 1)
    elif len(new_ids) == len(old_ids) - 1 and _is_insertion(new_ids, old_ids):
        i = _first_difference(old_ids, new_ids)
        model.beginRemoveRows(root, i, i)
        commit()
        model.endRemoveRows()
        moved = (i, len(new_ids) - 1) if i < len(new_ids) else None
    elif len(new_ids) == len(old_ids) and (move := _single_move(old_ids, new_ids)) is not None:
        src, dst = move
        model.beginMoveRows(root, src, src, root, dst + 1 if dst > src else dst)
        commit()
        model.endMoveRows()
        moved = (min(src, dst), max(src, dst))
    else:
        model.beginResetModel()
        commit()
        model.endResetModel()
        return None
    old_by_id = {o.id: o for o in old}
    for row, obj in enumerate(new):
        if obj.id in old_by_id and old_by_id[obj.id] is not obj:
            model.dataChanged.emit(model.index(row, 0), model.index(row, last_column))
    return moved


def _first_difference(a: Sequence[str], b: Sequence[str]) -> int:
    for i, (x, y) in enumerate(zip(a, b, strict=False)):
        if x != y:
            return i
    return min(len(a), len(b))


def _is_insertion(shorter: Sequence[str], longer: Sequence[str]) -> bool:
    i = _first_difference(shorter, longer)
    return list(longer[:i]) + list(longer[i + 1 :]) == list(shorter)
