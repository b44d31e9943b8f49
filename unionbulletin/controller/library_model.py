"""The bulletin library as a tree: years (newest first), each with its bulletins (newest first).

Rows come from a source function (the database's `search`), filtered by a search text. A refresh
that keeps the same bulletins in the same places only updates their text, so the view keeps its
selection and scroll position while autosave renames a title.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from PySide6.QtCore import (
    QAbstractItemModel,
    QCoreApplication,
    QModelIndex,
    QObject,
    QPersistentModelIndex,
    Qt,
)

from ..domain.bulletin_names import bulletin_label, distinct_labels
from ..domain.conventions import format_date
from ..storage import BulletinRow

translate = QCoreApplication.translate

BULLETIN_ID_ROLE = Qt.ItemDataRole.UserRole + 1
YEAR_ROLE = Qt.ItemDataRole.UserRole + 2

AnyIndex = QModelIndex | QPersistentModelIndex
RowSource = Callable[[str], list[BulletinRow]]


def group_by_year(rows: list[BulletinRow]) -> list[tuple[int, list[BulletinRow]]]:
    """Rows grouped by the year of the reported month; years newest first, row order kept."""
    groups: dict[int, list[BulletinRow]] = {}
    for row in rows:
        groups.setdefault(row.period.year, []).append(row)
    return sorted(groups.items(), key=lambda g: g[0], reverse=True)


class LibraryModel(QAbstractItemModel):
    """Top-level rows are years (internal id 0); a bulletin row's internal id is its year row + 1."""

    def __init__(self, source: RowSource, parent: QObject | None = None, *, org: str = "") -> None:
        super().__init__(parent)
        self._source = source
        self._org = org  # left out of titles in the list: every bulletin of the file has it
        self._filter = ""
        self._groups: list[tuple[int, list[BulletinRow]]] = group_by_year(source(""))
        self._labels = self._make_labels(self._groups)

    # ------------------------------------------------------------------ structure

    def index(self, row: int, column: int, parent: AnyIndex = QModelIndex()) -> QModelIndex:  # noqa: B008
        if column != 0 or row < 0:
            return QModelIndex()
        if not parent.isValid():
            return self.createIndex(row, 0, 0) if row < len(self._groups) else QModelIndex()
        if parent.internalId() != 0 or parent.row() >= len(self._groups):
            return QModelIndex()
        if row >= len(self._groups[parent.row()][1]):
            return QModelIndex()
        return self.createIndex(row, 0, parent.row() + 1)

    def parent(self, index: AnyIndex = QModelIndex()) -> QModelIndex:  # type: ignore[override]  # noqa: B008
        if not index.isValid() or index.internalId() == 0:
            return QModelIndex()
        return self.createIndex(int(index.internalId()) - 1, 0, 0)

    def rowCount(self, parent: AnyIndex = QModelIndex()) -> int:  # noqa: B008
        if not parent.isValid():
            return len(self._groups)
        if parent.internalId() == 0 and parent.column() == 0 and parent.row() < len(self._groups):
            return len(self._groups[parent.row()][1])
        return 0

    def columnCount(self, parent: AnyIndex = QModelIndex()) -> int:  # noqa: B008
        return 1

    def hasChildren(self, parent: AnyIndex = QModelIndex()) -> bool:  # noqa: B008
        return self.rowCount(parent) > 0

    def flags(self, index: AnyIndex) -> Qt.ItemFlag:
        if not index.isValid():
            return Qt.ItemFlag.NoItemFlags
        if index.internalId() == 0:
            return Qt.ItemFlag.ItemIsEnabled
        return Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable

    # ------------------------------------------------------------------ data

    def row_at(self, index: AnyIndex) -> BulletinRow | None:
        if not index.isValid() or index.internalId() == 0:
            return None
        group = int(index.internalId()) - 1
        if group >= len(self._groups) or index.row() >= len(self._groups[group][1]):
            return None
        return self._groups[group][1][index.row()]

    def data(self, index: AnyIndex, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid():
            return None
        if index.internalId() == 0:
            if index.row() >= len(self._groups):
                return None
            year, rows = self._groups[index.row()]
            if role == Qt.ItemDataRole.DisplayRole:
                return (
                    translate("LibraryModel", "%1 (%2)")
                    .replace("%1", translate("LibraryModel", "Year %1").replace("%1", str(year)))
                    .replace("%2", str(len(rows)))
                )
            if role == YEAR_ROLE:
                return year
            return None
        row = self.row_at(index)
        if row is None:
            return None
        if role == Qt.ItemDataRole.DisplayRole:
            group = int(index.internalId()) - 1
            return self._labels[group][index.row()]
        if role == Qt.ItemDataRole.ToolTipRole:
            date = format_date(row.date) if row.date else translate("LibraryModel", "no date")
            return (
                translate("LibraryModel", "%1\nIssued: %2\n%3 items, %4 tasks")
                .replace("%1", row.title)
                .replace("%2", date)
                .replace("%3", str(row.items))
                .replace("%4", str(row.tasks))
            )
        if role == BULLETIN_ID_ROLE:
            return row.id
        if role == YEAR_ROLE:
            return row.period.year
        return None

    # ------------------------------------------------------------------ updates

    @property
    def filter_text(self) -> str:
        return self._filter

    def set_filter(self, text: str) -> None:
        if text != self._filter:
            self._filter = text
            self.refresh()

    def _make_labels(self, groups: list[tuple[int, list[BulletinRow]]]) -> list[list[str]]:
        """2020年8月 · 第8期 · 八月份工作综述, told apart where two would read the same."""
        rows = [row for _year, members in groups for row in members]
        labels = distinct_labels(
            [bulletin_label(r.period, r.issue_number, r.title, org=self._org) for r in rows],
            [r.date for r in rows],
        )
        out: list[list[str]] = []
        for _year, members in groups:
            out.append(labels[: len(members)])
            labels = labels[len(members) :]
        return out

    def refresh(self) -> None:
        """Re-read the rows; only text changes when the shape is the same."""
        groups = group_by_year(self._source(self._filter))
        shape = [(year, [r.id for r in rows]) for year, rows in groups]
        old_labels, labels = self._labels, self._make_labels(groups)
        if shape != [(year, [r.id for r in rows]) for year, rows in self._groups]:
            self.beginResetModel()
            self._groups, self._labels = groups, labels
            self.endResetModel()
            return
        old = self._groups
        self._groups, self._labels = groups, labels
        for g, (_year, rows) in enumerate(groups):
            for r, row in enumerate(rows):
                if row != old[g][1][r] or self._labels[g][r] != old_labels[g][r]:
                    idx = self.createIndex(r, 0, g + 1)
                    self.dataChanged.emit(idx, idx)

    def index_of(self, bulletin_id: int) -> QModelIndex:
        for g, (_year, rows) in enumerate(self._groups):
            for r, row in enumerate(rows):
                if row.id == bulletin_id:
                    return self.createIndex(r, 0, g + 1)
        return QModelIndex()

    def bulletin_ids(self) -> list[int]:
        return [row.id for _year, rows in self._groups for row in rows]
