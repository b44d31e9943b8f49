"""What an import recognised, shown before anything is saved: metadata, items, tasks, 报/送/发, warnings.

Accept stores the bulletin as a new issue; Cancel saves nothing. A note says when the data file
already holds an issue for the same month (the import is still added as a new issue).
"""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QGroupBox,
    QHeaderView,
    QLabel,
    QListWidget,
    QListWidgetItem,
    QTableWidget,
    QTableWidgetItem,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from ...domain import Bulletin
from ...domain.conventions import format_date, issue_text, item_marker, joined, plan_title, summary_title
from ...importers import ImportResult

BODY_PREVIEW_CHARS = 60


class ImportDialog(QDialog):
    def __init__(
        self,
        result: ImportResult,
        source: Path,
        parent: QWidget | None = None,
        *,
        same_month: str = "",
        issue_format: str = "第{n}期",
    ) -> None:
        super().__init__(parent)
        self.setObjectName("importDialog")
        self.import_result = result
        b = result.bulletin
        self.setWindowTitle(self.tr("Import “%1”").replace("%1", source.name))

        self.summary_label = QLabel(self)
        self.summary_label.setObjectName("importSummary")
        self.summary_label.setWordWrap(True)
        self.summary_label.setText(
            self.tr("Recognised %1 items and %2 tasks. Check them before saving.")
            .replace("%1", str(len(b.summary.items)))
            .replace("%2", str(len(b.plan.tasks) if b.plan else 0))
        )

        tabs = QTabWidget(self)
        tabs.addTab(self._meta_page(b, issue_format), self.tr("Masthead && distribution"))
        self.items_list = self._items_page(b)
        tabs.addTab(self.items_list, self.tr("Items (%1)").replace("%1", str(len(b.summary.items))))
        self.tasks_table = self._tasks_page(b)
        tabs.addTab(
            self.tasks_table, self.tr("Tasks (%1)").replace("%1", str(len(b.plan.tasks) if b.plan else 0))
        )

        self.warnings_list = QListWidget(self)
        self.warnings_list.setObjectName("importWarnings")
        for text in result.warnings:
            QListWidgetItem("⚠ " + text, self.warnings_list)
        if not result.warnings:
            QListWidgetItem(self.tr("No warnings."), self.warnings_list)
        warnings_box = QGroupBox(self.tr("Warnings (%1)").replace("%1", str(len(result.warnings))), self)
        box_layout = QVBoxLayout(warnings_box)
        box_layout.addWidget(self.warnings_list)
        self.warnings_list.setMaximumHeight(140 if result.warnings else 40)

        self.same_month_label = QLabel(same_month, self)
        self.same_month_label.setObjectName("importSameMonth")
        self.same_month_label.setWordWrap(True)
        self.same_month_label.setStyleSheet("color: #a05a00;")
        self.same_month_label.setVisible(bool(same_month))

        self.buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Save | QDialogButtonBox.StandardButton.Cancel, self
        )
        self.buttons.button(QDialogButtonBox.StandardButton.Save).setText(self.tr("Save as a new issue"))
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)

        layout = QVBoxLayout(self)
        layout.addWidget(self.summary_label)
        layout.addWidget(tabs, 1)
        layout.addWidget(warnings_box)
        layout.addWidget(self.same_month_label)
        layout.addWidget(self.buttons)
        self.resize(760, 620)

    # ------------------------------------------------------------------ pages

    def _meta_page(self, b: Bulletin, issue_format: str) -> QWidget:
        page = QWidget(self)
        form = QFormLayout(page)
        none = self.tr("(none)")

        def row(label: str, value: str, name: str) -> None:
            field = QLabel(value or none, page)
            field.setObjectName(name)
            field.setWordWrap(True)
            field.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
            form.addRow(label, field)

        row(self.tr("Summary title:"), summary_title(b), "importTitle")
        period = self.tr("%1-%2").replace("%1", str(b.period.year)).replace("%2", str(b.period.month))
        row(self.tr("Month reported:"), period, "importPeriod")
        row(self.tr("Date:"), format_date(b.date) if b.date else "", "importDate")
        row(self.tr("Issue number:"), issue_text(b, issue_format), "importIssue")
        row(self.tr("Series:"), b.series, "importSeries")
        row(self.tr("Issuer:"), b.org, "importOrg")
        row(self.tr("Plan title:"), plan_title(b) if b.plan else "", "importPlanTitle")
        row(self.tr("Report to (报):"), joined(b.distribution.report_to), "importReportTo")
        row(self.tr("Copy to (送):"), joined(b.distribution.copy_to), "importCopyTo")
        row(self.tr("Send to (发):"), joined(b.distribution.send_to), "importSendTo")
        row(self.tr("Editor:"), b.editor, "importEditor")
        row(self.tr("Phone:"), b.phone, "importPhone")
        return page

    def _items_page(self, b: Bulletin) -> QListWidget:
        items = QListWidget(self)
        items.setObjectName("importItems")
        items.setWordWrap(True)
        for n, item in enumerate(b.summary.items):
            body = item.body.replace("\n", " ")
            if len(body) > BODY_PREVIEW_CHARS:
                body = body[:BODY_PREVIEW_CHARS] + "…"
            subs = (
                self.tr(" [%1 sub-points]").replace("%1", str(len(item.subpoints))) if item.subpoints else ""
            )
            QListWidgetItem(f"{item_marker(n)}{item.heading}{subs}\n    {body}", items)
        return items

    def _tasks_page(self, b: Bulletin) -> QTableWidget:
        tasks = b.plan.tasks if b.plan else ()
        table = QTableWidget(len(tasks), 4, self)
        table.setObjectName("importTasks")
        table.setHorizontalHeaderLabels(
            [self.tr("Task"), self.tr("Leaders"), self.tr("Departments"), self.tr("Deadline")]
        )
        table.setEditTriggers(QTableWidget.EditTrigger.NoEditTriggers)
        for row, task in enumerate(tasks):
            for col, text in enumerate(
                (task.content, joined(task.leaders), joined(task.departments), task.deadline)
            ):
                table.setItem(row, col, QTableWidgetItem(text))
        header = table.horizontalHeader()
        header.setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
        for col in (1, 2, 3):
            header.setSectionResizeMode(col, QHeaderView.ResizeMode.ResizeToContents)
        return table
