"""The 台账 window: every task of every plan, filterable by year, department, leader and status,
sortable by any column, overdue lines first and in red; double-click opens the bulletin at the task;
the lines shown can be written as XLSX or PDF."""

from __future__ import annotations

import datetime as _dt
from collections.abc import Callable, Sequence
from pathlib import Path

from PySide6.QtCore import QModelIndex, Qt, Signal
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFileDialog,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QPushButton,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from ...controller.ledger_model import COL_CONTENT, ENTRY_ROLE, LedgerFilterProxy, LedgerTableModel
from ...controller.task_model import status_labels
from ...domain import TaskStatus
from ...domain.ledger import LedgerEntry, ledger_names, ledger_title, ledger_years

SaveAsk = Callable[[QWidget, str, str, str], str]


def _ask_save_path(parent: QWidget, title: str, path: str, file_filter: str) -> str:
    chosen, _selected = QFileDialog.getSaveFileName(parent, title, path, file_filter)
    return chosen


class LedgerWindow(QDialog):
    """Non-modal; `openTask(bulletin_id, task_index)` when a line is double-clicked;
    `exportRequested(kind, path, entries, title)` when the user chose a file to write."""

    openTask = Signal(int, int)
    exportRequested = Signal(str, object, object, str)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("ledgerWindow")
        self.setWindowTitle(self.tr("Task ledger"))
        self.setModal(False)
        self.ask_save_path: SaveAsk = _ask_save_path
        self.folder = ""
        self.model = LedgerTableModel(self)
        self.proxy = LedgerFilterProxy(self)
        self.proxy.setSourceModel(self.model)

        self.year = QComboBox(self)
        self.department = QComboBox(self)
        self.leader = QComboBox(self)
        self.status = QComboBox(self)
        for combo in (self.year, self.department, self.leader, self.status):
            combo.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToContents)
            combo.currentIndexChanged.connect(self._apply_filters)
        self.count = QLabel(self)
        filters = QHBoxLayout()
        for label, combo in (
            (self.tr("Year"), self.year),
            (self.tr("Department"), self.department),
            (self.tr("Leader"), self.leader),
            (self.tr("Status"), self.status),
        ):
            filters.addWidget(QLabel(label, self))
            filters.addWidget(combo)
        filters.addStretch(1)
        filters.addWidget(self.count)

        self.table = QTableView(self)
        self.table.setObjectName("ledgerTable")
        self.table.setModel(self.proxy)
        self.table.setSortingEnabled(True)
        self.table.horizontalHeader().setSortIndicator(-1, Qt.SortOrder.AscendingOrder)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.setWordWrap(False)
        self.table.setAlternatingRowColors(True)
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
        header.setStretchLastSection(False)
        self.table.doubleClicked.connect(self._on_double_clicked)

        self.export_xlsx = QPushButton(self.tr("Export &XLSX…"), self)
        self.export_pdf = QPushButton(self.tr("Export &PDF…"), self)
        self.export_xlsx.clicked.connect(lambda: self._export("xlsx"))
        self.export_pdf.clicked.connect(lambda: self._export("pdf"))
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close, self)
        buttons.rejected.connect(self.reject)
        buttons.addButton(self.export_xlsx, QDialogButtonBox.ButtonRole.ActionRole)
        buttons.addButton(self.export_pdf, QDialogButtonBox.ButtonRole.ActionRole)
        hint = QLabel(
            self.tr("Overdue tasks come first, in red. Double-click a task to open its bulletin."), self
        )

        layout = QVBoxLayout(self)
        layout.addLayout(filters)
        layout.addWidget(self.table, 1)
        layout.addWidget(hint)
        layout.addWidget(buttons)
        self.resize(1200, 600)

    # ------------------------------------------------------------------ data

    def set_entries(self, entries: Sequence[LedgerEntry]) -> None:
        """Show these lines; the filter choices are rebuilt and kept where still possible."""
        kept = self.proxy.filters()
        self.model.set_entries(entries)
        departments, leaders = ledger_names(entries)
        everything = self.tr("All")
        blockers = [c.blockSignals(True) for c in (self.year, self.department, self.leader, self.status)]
        try:
            self._fill(
                self.year, everything, [(str(y), y) for y in reversed(ledger_years(entries))], kept["year"]
            )
            self._fill(self.department, everything, [(d, d) for d in departments], kept["department"])
            self._fill(self.leader, everything, [(n, n) for n in leaders], kept["leader"])
            labels = status_labels()
            self._fill(
                self.status,
                everything,
                [(labels[s], s.value) for s in TaskStatus],
                kept["status"].value if kept["status"] else None,
            )
        finally:
            for combo, was in zip(
                (self.year, self.department, self.leader, self.status), blockers, strict=True
            ):
                combo.blockSignals(was)
        self._apply_filters()
        self.table.resizeColumnsToContents()
        # the task text takes the room left over (and no more than it needs when the window is wide)
        self.table.horizontalHeader().setSectionResizeMode(COL_CONTENT, QHeaderView.ResizeMode.Stretch)

    @staticmethod
    def _fill(combo: QComboBox, everything: str, choices: list[tuple[str, object]], keep: object) -> None:
        combo.clear()
        combo.addItem(everything, None)
        for text, value in choices:
            combo.addItem(text, value)
        at = combo.findData(keep) if keep is not None else 0
        combo.setCurrentIndex(max(at, 0))

    def set_filters(
        self,
        *,
        year: int | None = None,
        department: str | None = None,
        leader: str | None = None,
        status: TaskStatus | None = None,
    ) -> None:
        for combo, value in (
            (self.year, year),
            (self.department, department),
            (self.leader, leader),
            (self.status, status.value if status else None),
        ):
            combo.setCurrentIndex(max(combo.findData(value), 0) if value is not None else 0)

    def _apply_filters(self) -> None:
        status = self.status.currentData()
        self.proxy.set_filters(
            year=self.year.currentData(),
            department=self.department.currentData(),
            leader=self.leader.currentData(),
            status=TaskStatus(status) if status else None,
        )
        shown, overdue = self.proxy.rowCount(), sum(e.overdue for e in self.proxy.visible_entries())
        text = self.tr("%1 tasks, %2 overdue").replace("%1", str(shown))
        self.count.setText(text.replace("%2", str(overdue)))

    def title(self) -> str:
        return ledger_title(self.year.currentData(), self.department.currentData())

    # ------------------------------------------------------------------ actions

    def _on_double_clicked(self, index: QModelIndex) -> None:
        entry = index.data(ENTRY_ROLE)
        if isinstance(entry, LedgerEntry):
            self.openTask.emit(entry.latest.bulletin_id, entry.latest.task_index)

    def _export(self, kind: str) -> None:
        title = self.title()
        suffix = ".xlsx" if kind == "xlsx" else ".pdf"
        file_filter = self.tr("Excel workbook (*.xlsx)") if kind == "xlsx" else self.tr("PDF (*.pdf)")
        start = str(Path(self.folder) / (title + suffix)) if self.folder else title + suffix
        chosen = self.ask_save_path(self, self.tr("Export the task ledger"), start, file_filter)
        if not chosen:
            return
        path = Path(chosen)
        if path.suffix.lower() != suffix:
            path = path.with_name(path.name + suffix)
        self.folder = str(path.parent)
        self.exportRequested.emit(kind, path, self.proxy.visible_entries(), title)


def today() -> _dt.date:
    return _dt.date.today()
