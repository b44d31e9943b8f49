"""New issue from last month: last month's plan as a checklist, each task's status settable, then create.

The dialog shows what the new issue will be (month, 期号, date) and, per task of last month's plan,
a status chooser and what the task becomes: done or in progress → a draft item of the new summary
(to be completed), carried over → a task of the new plan, planned → listed only. The outcome column
follows the choices at once (computed by `domain.next_issue`). Create records the statuses in last
month's issue and opens the new one; Cancel changes nothing.
"""

from __future__ import annotations

import datetime as _dt

from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QHeaderView,
    QLabel,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from ..controller.task_model import status_labels
from ..domain import Bulletin, TaskStatus
from ..domain.conventions import format_date, issue_text, joined, summary_title
from ..domain.next_issue import ChecklistEntry, Outcome, next_issue

COL_TASK, COL_LEADERS, COL_DEPARTMENTS, COL_DEADLINE, COL_STATUS, COL_OUTCOME = range(6)


class NewIssueDialog(QDialog):
    def __init__(
        self,
        previous: Bulletin,
        today: _dt.date,
        parent: QWidget | None = None,
        *,
        issue_format: str = "第{n}期",
        same_month: str = "",
    ) -> None:
        super().__init__(parent)
        self.setObjectName("newIssueDialog")
        self.setWindowTitle(self.tr("New issue from last month"))
        self.previous = previous
        self.today = today
        self._issue_format = issue_format
        tasks = previous.plan.tasks if previous.plan else ()

        self.source_label = QLabel(self)
        self.source_label.setWordWrap(True)
        self.source_label.setText(self.tr("Based on “%1”.").replace("%1", summary_title(previous)))
        self.new_label = QLabel(self)
        self.new_label.setObjectName("newIssueSummary")
        self.new_label.setWordWrap(True)
        help_text = QLabel(
            self.tr(
                "Set what became of each task of last month's plan. Done and in-progress tasks become "
                "draft items of the new summary, marked “%1” until you write what was done; carried-over "
                "tasks go into the new plan."
            ).replace("%1", "【待补充】"),
            self,
        )
        help_text.setWordWrap(True)

        self.table = QTableWidget(len(tasks), 6, self)
        self.table.setObjectName("checklistTable")
        self.table.setHorizontalHeaderLabels(
            [
                self.tr("Task"),
                self.tr("Leaders"),
                self.tr("Departments"),
                self.tr("Deadline"),
                self.tr("Status"),
                self.tr("Becomes"),
            ]
        )
        self.table.setEditTriggers(QTableWidget.EditTrigger.NoEditTriggers)
        self.table.verticalHeader().setVisible(True)
        labels = status_labels()
        self.combos: list[QComboBox] = []
        for row, task in enumerate(tasks):
            for col, text in (
                (COL_TASK, task.content),
                (COL_LEADERS, joined(task.leaders)),
                (COL_DEPARTMENTS, joined(task.departments)),
                (COL_DEADLINE, task.deadline),
            ):
                cell = QTableWidgetItem(text)
                cell.setToolTip(text)
                self.table.setItem(row, col, cell)
            combo = QComboBox(self.table)
            for status in TaskStatus:
                combo.addItem(labels[status], status.value)
            combo.setCurrentIndex(combo.findData(task.status.value))
            combo.currentIndexChanged.connect(self._update)
            self.table.setCellWidget(row, COL_STATUS, combo)
            self.combos.append(combo)
            self.table.setItem(row, COL_OUTCOME, QTableWidgetItem(""))
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(COL_TASK, QHeaderView.ResizeMode.Stretch)
        for col in (COL_LEADERS, COL_DEPARTMENTS, COL_DEADLINE, COL_STATUS, COL_OUTCOME):
            header.setSectionResizeMode(col, QHeaderView.ResizeMode.ResizeToContents)

        self.empty_label = QLabel(
            self.tr("Last month's issue has no plan: the new issue starts empty."), self
        )
        self.empty_label.setVisible(not tasks)
        self.table.setVisible(bool(tasks))
        self.same_month_label = QLabel(same_month, self)
        self.same_month_label.setObjectName("newIssueSameMonth")
        self.same_month_label.setWordWrap(True)
        self.same_month_label.setStyleSheet("color: #a05a00;")
        self.same_month_label.setVisible(bool(same_month))

        self.buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel, self
        )
        self.buttons.button(QDialogButtonBox.StandardButton.Ok).setText(self.tr("Create the new issue"))
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)

        layout = QVBoxLayout(self)
        layout.addWidget(self.source_label)
        layout.addWidget(self.new_label)
        layout.addWidget(help_text)
        layout.addWidget(self.table, 1)
        layout.addWidget(self.empty_label)
        layout.addWidget(self.same_month_label)
        layout.addWidget(self.buttons)
        self.resize(980, 560)
        self._update()

    def statuses(self) -> dict[str, TaskStatus]:
        """The status chosen for each task of last month's plan, by task id."""
        tasks = self.previous.plan.tasks if self.previous.plan else ()
        return {
            task.id: TaskStatus(str(combo.currentData()))
            for task, combo in zip(tasks, self.combos, strict=True)
        }

    def set_status(self, row: int, status: TaskStatus) -> None:
        combo = self.combos[row]
        combo.setCurrentIndex(combo.findData(status.value))

    def preview(self) -> tuple[Bulletin, list[ChecklistEntry]]:
        return next_issue(self.previous, today=self.today, statuses=self.statuses())

    def _outcome_text(self, outcome: Outcome) -> str:
        if outcome == Outcome.DRAFT_ITEM:
            return self.tr("Draft item of the summary")
        if outcome == Outcome.CARRIED:
            return self.tr("Task of the new plan")
        return self.tr("Listed only")

    def _update(self) -> None:
        bulletin, checklist = self.preview()
        for row, entry in enumerate(checklist):
            cell = self.table.item(row, COL_OUTCOME)
            if cell is not None:
                cell.setText(self._outcome_text(entry.outcome))
        drafts = sum(e.outcome == Outcome.DRAFT_ITEM for e in checklist)
        carried = sum(e.outcome == Outcome.CARRIED for e in checklist)
        number = issue_text(bulletin, self._issue_format) or self.tr("no issue number")
        self.new_label.setText(
            self.tr("New issue: %1, %2, dated %3; %4 draft items, %5 tasks carried into the plan.")
            .replace("%1", summary_title(bulletin))
            .replace("%2", number)
            .replace("%3", format_date(self.today))
            .replace("%4", str(drafts))
            .replace("%5", str(carried))
        )
