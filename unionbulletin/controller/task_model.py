"""The plan's tasks as an editable table: content, leaders, departments, deadline, status.

Reads from and writes through the `BulletinDocument`; every edit is an undo step. Leaders and
departments are edited as one string joined with 、 and split again on 、，, ; or spaces.
"""

from __future__ import annotations

from collections.abc import Sequence
from typing import Any

from PySide6.QtCore import (
    QAbstractTableModel,
    QCoreApplication,
    QModelIndex,
    QObject,
    QPersistentModelIndex,
    Qt,
)

from ..domain import Task, TaskStatus
from ..domain.conventions import chinese_numeral, joined, split_names
from . import reorder
from .changes import Change, ChangeKind
from .document import BulletinDocument
from .rowsync import sync_rows

translate = QCoreApplication.translate

COLUMNS = ("content", "leaders", "departments", "deadline", "status")
COL_CONTENT, COL_LEADERS, COL_DEPARTMENTS, COL_DEADLINE, COL_STATUS = range(5)
TASK_ID_ROLE = Qt.ItemDataRole.UserRole + 1

AnyIndex = QModelIndex | QPersistentModelIndex


def status_labels() -> dict[TaskStatus, str]:
    return {
        TaskStatus.PLANNED: translate("TaskTableModel", "Planned"),
        TaskStatus.IN_PROGRESS: translate("TaskTableModel", "In progress"),
        TaskStatus.DONE: translate("TaskTableModel", "Done"),
        TaskStatus.CARRIED_OVER: translate("TaskTableModel", "Carried over"),
    }


def header_labels() -> tuple[str, ...]:
    return (
        translate("TaskTableModel", "Task"),
        translate("TaskTableModel", "Leaders"),
        translate("TaskTableModel", "Departments"),
        translate("TaskTableModel", "Deadline"),
        translate("TaskTableModel", "Status"),
    )


class TaskTableModel(reorder.DocumentRows, QAbstractTableModel):
    def __init__(self, document: BulletinDocument, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._doc = document
        self._tasks: tuple[Task, ...] = document.tasks() if document.has_bulletin else ()
        document.changed.connect(self._on_changed)

    # ------------------------------------------------------------------ reading

    def rowCount(self, parent: AnyIndex = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self._tasks)

    def columnCount(self, parent: AnyIndex = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(COLUMNS)

    def task_at(self, row: int) -> Task:
        return self._tasks[row]

    def row_of(self, task_id: str) -> int:
        for row, task in enumerate(self._tasks):
            if task.id == task_id:
                return row
        return -1

    def data(self, index: AnyIndex, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid() or not (0 <= index.row() < len(self._tasks)):
            return None
        task = self._tasks[index.row()]
        col = index.column()
        if role == TASK_ID_ROLE:
            return task.id
        if role in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.EditRole, Qt.ItemDataRole.ToolTipRole):
            if col == COL_CONTENT:
                return task.content
            if col == COL_LEADERS:
                return joined(task.leaders)
            if col == COL_DEPARTMENTS:
                return joined(task.departments)
            if col == COL_DEADLINE:
                return task.deadline
            if col == COL_STATUS:
                if role == Qt.ItemDataRole.EditRole:
                    return task.status.value
                return status_labels()[task.status]
        return None

    def headerData(
        self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole
    ) -> Any:
        if role != Qt.ItemDataRole.DisplayRole:
            return None
        if orientation == Qt.Orientation.Horizontal:
            labels = header_labels()
            return labels[section] if 0 <= section < len(labels) else None
        return chinese_numeral(section + 1) if section >= 0 else None

    def flags(self, index: AnyIndex) -> Qt.ItemFlag:
        base = Qt.ItemFlag.ItemIsDropEnabled
        if not index.isValid():
            return base
        return (
            base
            | Qt.ItemFlag.ItemIsEnabled
            | Qt.ItemFlag.ItemIsSelectable
            | Qt.ItemFlag.ItemIsEditable
            | Qt.ItemFlag.ItemIsDragEnabled
        )

    # ------------------------------------------------------------------ writing

    def setData(self, index: AnyIndex, value: Any, role: int = Qt.ItemDataRole.EditRole) -> bool:
        if role != Qt.ItemDataRole.EditRole or not index.isValid():
            return False
        if not (0 <= index.row() < len(self._tasks)):
            return False
        task = self._tasks[index.row()]
        field = COLUMNS[index.column()]
        parsed: Any
        if field in ("leaders", "departments"):
            parsed = split_names(value) if isinstance(value, str) else tuple(str(v) for v in value)
        elif field == "status":
            parsed = _parse_status(value)
            if parsed is None:
                return False
        else:
            parsed = str(value).strip() if field == "deadline" else str(value)
        self._doc.set_task_field(task.id, field, parsed, initiator=self)
        return True

    def _rows(self) -> Sequence[Task]:
        return self._tasks

    def _insert_row(self, row: int) -> None:
        self._doc.insert_task(row)

    def _delete_row(self, ident: str) -> None:
        self._doc.delete_task(ident)

    def _move_row(self, ident: str, target: int) -> bool:
        return self._doc.move_task(ident, target)

    def _undo_labels(self) -> tuple[str, str]:
        return translate("TaskTableModel", "Add task"), translate("TaskTableModel", "Delete task")

    # ------------------------------------------------------------------ document changes

    def _on_changed(self, change: Change) -> None:
        if not change.touches_tasks():
            return
        new = self._doc.tasks() if self._doc.has_bulletin else ()
        old = self._tasks

        def commit() -> None:
            self._tasks = new

        moved = sync_rows(
            self, old, new, commit, last_column=len(COLUMNS) - 1, reset=change.kind == ChangeKind.ALL
        )
        if moved is not None:
            self.headerDataChanged.emit(Qt.Orientation.Vertical, moved[0], moved[1])


def _parse_status(value: Any) -> TaskStatus | None:
    if isinstance(value, TaskStatus):
        return value
    text = str(value)
    try:
        return TaskStatus(text)
    except ValueError:
        pass
    for status, label in status_labels().items():
        if label == text:
            return status
    return None
