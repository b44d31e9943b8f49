"""New issue from last month: last month's plan as a checklist, each task's status settable, then create.

The dialog starts from the newest bulletin of the data file (another one can be chosen; every
bulletin is named with year and month) and shows what the new issue will be (year, month, 期号,
date) and, per task of that issue's plan, what became of it, in plain words, and where it goes:
done or under way → an item of the new summary to be written, not finished → the new plan, not
said → left out. The outcome column follows the choices at once (computed by `domain.next_issue`).
Create records the statuses in the chosen issue and opens the new one; Cancel changes nothing.
"""

from __future__ import annotations

import datetime as _dt
from collections.abc import Callable, Sequence
from dataclasses import dataclass

from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from ...domain import Bulletin, Period, TaskStatus
from ...domain.bulletin_names import bulletin_label, distinct_labels, period_text
from ...domain.conventions import format_date, issue_text, joined, summary_title
from ...domain.next_issue import ChecklistEntry, Outcome, next_issue
from ...storage import BulletinRow

COL_TASK, COL_LEADERS, COL_DEPARTMENTS, COL_DEADLINE, COL_STATUS, COL_OUTCOME = range(6)
_CHOICE_ORDER = (TaskStatus.DONE, TaskStatus.IN_PROGRESS, TaskStatus.CARRIED_OVER, TaskStatus.PLANNED)


def sources_of(rows: Sequence[BulletinRow], org: str = "") -> list[Source]:
    """The library's rows (newest first) as choices, named as the library names them."""
    labels = distinct_labels(
        [bulletin_label(r.period, r.issue_number, r.title, org=org) for r in rows], [r.date for r in rows]
    )
    return [Source(r.id, label, r.period) for r, label in zip(rows, labels, strict=True)]


@dataclass(frozen=True)
class Source:
    """A bulletin the new issue can start from, as the library names it."""

    id: int
    label: str  # 2020年8月 · 第8期 · 八月份工作综述
    period: Period


class NewIssueDialog(QDialog):
    def __init__(
        self,
        sources: Sequence[Source],
        load: Callable[[int], Bulletin],
        today: _dt.date,
        parent: QWidget | None = None,
        *,
        issue_format: str = "第{n}期",
    ) -> None:
        super().__init__(parent)
        self.setObjectName("newIssueDialog")
        self.setWindowTitle(self.tr("New issue from last month"))
        self.sources = list(sources)
        self._load = load
        self.today = today
        self._issue_format = issue_format
        self.previous = load(self.sources[0].id)
        self.previous_id = self.sources[0].id

        self.source_combo = QComboBox(self)
        self.source_combo.setObjectName("newIssueSource")
        for source in self.sources:
            self.source_combo.addItem(source.label, source.id)
        self.source_combo.setToolTip(self.tr("The newest bulletin is chosen; choose another if needed"))
        self.source_combo.currentIndexChanged.connect(self._on_source_changed)
        self.source_label = QLabel(self.tr("Start from"), self)
        self.source_label.setBuddy(self.source_combo)
        self.new_label = QLabel(self)
        self.new_label.setObjectName("newIssueSummary")
        self.new_label.setWordWrap(True)
        help_text = QLabel(
            self.tr(
                "For each task of that month's plan, say what became of it. Done or under way: it becomes "
                "an item of the new summary, marked “%1” until you write what was done. Not finished: it "
                "goes into the new plan again. Not said: it is left out."
            ).replace("%1", "【待补充】"),
            self,
        )
        help_text.setWordWrap(True)

        self.table = QTableWidget(0, 6, self)
        self.table.setObjectName("checklistTable")
        self.table.setHorizontalHeaderLabels(
            [
                self.tr("Task"),
                self.tr("Leaders"),
                self.tr("Departments"),
                self.tr("Deadline"),
                self.tr("What became of it"),
                self.tr("In the new issue"),
            ]
        )
        self.table.setEditTriggers(QTableWidget.EditTrigger.NoEditTriggers)
        self.table.verticalHeader().setVisible(True)
        self.combos: list[QComboBox] = []
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(COL_TASK, QHeaderView.ResizeMode.Stretch)
        for col in (COL_LEADERS, COL_DEPARTMENTS, COL_DEADLINE, COL_STATUS, COL_OUTCOME):
            header.setSectionResizeMode(col, QHeaderView.ResizeMode.ResizeToContents)

        self.empty_label = QLabel(
            self.tr("Last month's issue has no plan: the new issue starts empty."), self
        )
        self.same_month_label = QLabel(self)
        self.same_month_label.setObjectName("newIssueSameMonth")
        self.same_month_label.setWordWrap(True)
        self.same_month_label.setStyleSheet("color: #a05a00;")

        self.buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel, self
        )
        self.buttons.button(QDialogButtonBox.StandardButton.Ok).setText(self.tr("Create the new issue"))
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)

        source_row = QHBoxLayout()
        source_row.addWidget(self.source_label)
        source_row.addWidget(self.source_combo, 1)
        layout = QVBoxLayout(self)
        layout.addLayout(source_row)
        layout.addWidget(self.new_label)
        layout.addWidget(help_text)
        layout.addWidget(self.table, 1)
        layout.addWidget(self.empty_label)
        layout.addWidget(self.same_month_label)
        layout.addWidget(self.buttons)
        self.resize(980, 560)
        self._fill_table()

    def _on_source_changed(self, index: int) -> None:
        if 0 <= index < len(self.sources):
            self.previous_id = self.sources[index].id
            self.previous = self._load(self.previous_id)
            self._fill_table()

    def _fill_table(self) -> None:
        """One row per task of the chosen issue's plan, with its status chooser."""
        tasks = self.previous.plan.tasks if self.previous.plan else ()
        self.table.clearContents()
        self.table.setRowCount(len(tasks))
        self.combos = []
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
            for status in _CHOICE_ORDER:
                combo.addItem(self._choice_text(status), status.value)
            combo.setCurrentIndex(combo.findData(task.status.value))
            combo.currentIndexChanged.connect(self._update)
            self.table.setCellWidget(row, COL_STATUS, combo)
            self.combos.append(combo)
            self.table.setItem(row, COL_OUTCOME, QTableWidgetItem(""))
        self.empty_label.setVisible(not tasks)
        self.table.setVisible(bool(tasks))
        self._update()

    def _choice_text(self, status: TaskStatus) -> str:
        if status == TaskStatus.DONE:
            return self.tr("Done")
        if status == TaskStatus.IN_PROGRESS:
            return self.tr("Under way")
        if status == TaskStatus.CARRIED_OVER:
            return self.tr("Not finished: carry on next month")
        return self.tr("Not said / not done: leave out")

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
            return self.tr("An item of the summary, to be written")
        if outcome == Outcome.CARRIED:
            return self.tr("A task of the new plan")
        return self.tr("Left out")

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
            self.tr("New issue: %1 %2, %3, dated %4; %5 items to write, %6 tasks carried into the plan.")
            .replace("%1", period_text(bulletin.period))
            .replace("%2", summary_title(bulletin))
            .replace("%3", number)
            .replace("%4", format_date(self.today))
            .replace("%5", str(drafts))
            .replace("%6", str(carried))
        )
        same = [s for s in self.sources if s.period == bulletin.period]
        self.same_month_label.setText(
            self.tr("The data file already holds an issue for %1 (“%2”); another one will be added.")
            .replace("%1", period_text(bulletin.period))
            .replace("%2", same[0].label)
            if same
            else ""
        )
        self.same_month_label.setVisible(bool(same))
