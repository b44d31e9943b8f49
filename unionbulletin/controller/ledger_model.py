"""The task ledger (督办台账) for the window: a read-only table model and its filtering proxy.

`LedgerTableModel` holds the lines of `domain.ledger.build_ledger` in their ledger order (overdue
first); `SORT_ROLE` gives each column a value that sorts right (numbers, dates, months), and
`ENTRY_ROLE` the line itself. `LedgerFilterProxy` filters by plan year, department, leader and status
with the same rules as the command line (`domain.ledger.filter_ledger`).
"""

from __future__ import annotations

import datetime as _dt
from collections.abc import Sequence
from typing import Any

from PySide6.QtCore import (
    QAbstractTableModel,
    QCoreApplication,
    QModelIndex,
    QObject,
    QPersistentModelIndex,
    QSortFilterProxyModel,
    Qt,
)
from PySide6.QtGui import QBrush, QColor

from ..domain import TaskStatus
from ..domain.ledger import LedgerEntry, filter_ledger, month_text
from .task_model import status_labels

translate = QCoreApplication.translate

(
    COL_CONTENT,
    COL_LEADERS,
    COL_DEPARTMENTS,
    COL_DEADLINE,
    COL_FIRST,
    COL_LAST,
    COL_CARRIED,
    COL_STATUS,
    COL_DUE,
    COL_DONE_IN,
) = range(10)
SORT_ROLE = Qt.ItemDataRole.UserRole + 1
ENTRY_ROLE = Qt.ItemDataRole.UserRole + 2
OVERDUE_COLOUR = QColor(0xC0, 0x00, 0x00)

AnyIndex = QModelIndex | QPersistentModelIndex


def ledger_headers() -> tuple[str, ...]:
    return (
        translate("LedgerModel", "Task"),
        translate("LedgerModel", "Leaders"),
        translate("LedgerModel", "Departments"),
        translate("LedgerModel", "Deadline"),
        translate("LedgerModel", "First planned"),
        translate("LedgerModel", "Last planned"),
        translate("LedgerModel", "Months carried"),
        translate("LedgerModel", "Status"),
        translate("LedgerModel", "Due"),
        translate("LedgerModel", "Reported done in"),
    )


class LedgerTableModel(QAbstractTableModel):
    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._entries: list[LedgerEntry] = []
        self._headers = ledger_headers()
        self._status = status_labels()

    def set_entries(self, entries: Sequence[LedgerEntry]) -> None:
        self.beginResetModel()
        self._entries = filter_ledger(entries)  # the ledger order: overdue first
        self.endResetModel()

    def entries(self) -> list[LedgerEntry]:
        return list(self._entries)

    def rowCount(self, parent: AnyIndex = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self._entries)

    def columnCount(self, parent: AnyIndex = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self._headers)

    def headerData(
        self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole
    ) -> Any:
        if role != Qt.ItemDataRole.DisplayRole:
            return None
        if orientation == Qt.Orientation.Horizontal and 0 <= section < len(self._headers):
            return self._headers[section]
        if orientation == Qt.Orientation.Vertical and 0 <= section < len(self._entries):
            return str(section + 1)
        return None

    def flags(self, index: AnyIndex) -> Qt.ItemFlag:
        if not index.isValid():
            return Qt.ItemFlag.NoItemFlags
        return Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable

    def data(self, index: AnyIndex, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid() or not 0 <= index.row() < len(self._entries):
            return None
        e = self._entries[index.row()]
        col = index.column()
        if role == ENTRY_ROLE:
            return e
        if role == Qt.ItemDataRole.ForegroundRole:
            return QBrush(OVERDUE_COLOUR) if e.overdue else None
        if role == Qt.ItemDataRole.ToolTipRole:
            if col == COL_CONTENT:
                return e.task.content
            if col == COL_DUE and e.overdue:
                return translate("LedgerModel", "Overdue: the deadline has passed and the task is not done.")
            return None
        if role == SORT_ROLE:
            return self._sort_value(e, col)
        if role == Qt.ItemDataRole.DisplayRole:
            return self._text(e, col)
        return None

    def _text(self, e: LedgerEntry, col: int) -> str:
        if col == COL_CONTENT:
            return e.task.content
        if col == COL_LEADERS:
            return "、".join(e.task.leaders)
        if col == COL_DEPARTMENTS:
            return "、".join(e.task.departments)
        if col == COL_DEADLINE:
            return e.task.deadline
        if col == COL_FIRST:
            return month_text(e.first_planned)
        if col == COL_LAST:
            return month_text(e.last_planned)
        if col == COL_CARRIED:
            return str(e.months_carried)
        if col == COL_STATUS:
            label = self._status[e.status]
            return label + (translate("LedgerModel", " (overdue)") if e.overdue else "")
        if col == COL_DUE:
            return e.due.isoformat() if e.due else ""
        if col == COL_DONE_IN:
            return translate("LedgerModel", "No. %1").replace("%1", str(e.done_in)) if e.done_in else ""
        return ""

    def _sort_value(self, e: LedgerEntry, col: int) -> Any:
        if col == COL_FIRST:
            return e.first_planned.year * 100 + e.first_planned.month
        if col == COL_LAST:
            return e.last_planned.year * 100 + e.last_planned.month
        if col == COL_CARRIED:
            return e.months_carried
        if col == COL_DUE:
            return (e.due or _dt.date.max).toordinal()
        if col == COL_DONE_IN:
            return e.done_in or 0
        if col == COL_STATUS:
            return (0 if e.overdue else len(TaskStatus)) + list(TaskStatus).index(e.status)
        return self._text(e, col)


class LedgerFilterProxy(QSortFilterProxyModel):
    """Filters by plan year, department, leader and status (each None = all)."""

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.setSortRole(SORT_ROLE)
        self._year: int | None = None
        self._department: str | None = None
        self._leader: str | None = None
        self._status: TaskStatus | None = None

    def set_filters(
        self,
        *,
        year: int | None = None,
        department: str | None = None,
        leader: str | None = None,
        status: TaskStatus | None = None,
    ) -> None:
        if hasattr(self, "beginFilterChange"):  # Qt 6.10+; invalidateFilter() is deprecated there
            self.beginFilterChange()
            self._year, self._department, self._leader, self._status = year, department, leader, status
            self.endFilterChange(QSortFilterProxyModel.Direction.Rows)
        else:
            self._year, self._department, self._leader, self._status = year, department, leader, status
            self.invalidateFilter()

    def filters(self) -> dict[str, Any]:
        return {
            "year": self._year,
            "department": self._department,
            "leader": self._leader,
            "status": self._status,
        }

    def filterAcceptsRow(self, source_row: int, source_parent: AnyIndex) -> bool:
        model = self.sourceModel()
        entry = model.data(model.index(source_row, 0, source_parent), ENTRY_ROLE)
        if entry is None:
            return False
        return bool(filter_ledger([entry], **self.filters()))

    def headerData(
        self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole
    ) -> Any:
        if orientation == Qt.Orientation.Vertical and role == Qt.ItemDataRole.DisplayRole:
            return str(section + 1) if 0 <= section < self.rowCount() else None  # 序号 as shown
        return super().headerData(section, orientation, role)

    def lessThan(self, left: AnyIndex, right: AnyIndex) -> bool:
        a, b = left.data(SORT_ROLE), right.data(SORT_ROLE)
        try:
            return bool(a < b)
        except TypeError:
            return str(a) < str(b)

    def visible_entries(self) -> list[LedgerEntry]:
        return [self.index(r, 0).data(ENTRY_ROLE) for r in range(self.rowCount())]
