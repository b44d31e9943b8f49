"""The address book editor: leaders (name, title), departments, recipient groups (name, members).

Plain editable tables with Add and Remove; `address_book()` reads them back into a domain
AddressBook (blank rows dropped, names trimmed, duplicates kept once). Nothing is saved here: the
settings dialog saves on OK.
"""

from __future__ import annotations

from PySide6.QtWidgets import (
    QGroupBox,
    QHBoxLayout,
    QHeaderView,
    QPushButton,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from ...domain import AddressBook, Leader, RecipientGroup
from ...domain.conventions import joined, split_names


class _Table(QWidget):
    """A table with Add / Remove buttons under it."""

    def __init__(self, headers: list[str], rows: list[list[str]], name: str, parent: QWidget) -> None:
        super().__init__(parent)
        self.table = QTableWidget(0, len(headers), self)
        self.table.setObjectName(name)
        self.table.setHorizontalHeaderLabels(headers)
        self.table.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Stretch)
        self.table.verticalHeader().setVisible(False)
        for row in rows:
            self.add_row(row)
        self.add_button = QPushButton(self.tr("Add"), self)
        self.add_button.clicked.connect(self._add_and_edit)
        self.remove_button = QPushButton(self.tr("Remove"), self)
        self.remove_button.clicked.connect(self.remove_selected)
        buttons = QHBoxLayout()
        buttons.addWidget(self.add_button)
        buttons.addWidget(self.remove_button)
        buttons.addStretch(1)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.table)
        layout.addLayout(buttons)

    def add_row(self, values: list[str]) -> int:
        row = self.table.rowCount()
        self.table.insertRow(row)
        for col in range(self.table.columnCount()):
            self.table.setItem(row, col, QTableWidgetItem(values[col] if col < len(values) else ""))
        return row

    def _add_and_edit(self) -> None:
        row = self.add_row([])
        self.table.setCurrentCell(row, 0)
        item = self.table.item(row, 0)
        if item is not None:
            self.table.editItem(item)

    def remove_selected(self) -> None:
        rows = sorted({index.row() for index in self.table.selectedIndexes()}, reverse=True)
        if not rows and self.table.currentRow() >= 0:
            rows = [self.table.currentRow()]
        for row in rows:
            self.table.removeRow(row)

    def values(self) -> list[list[str]]:
        out = []
        for row in range(self.table.rowCount()):
            cells = []
            for col in range(self.table.columnCount()):
                item = self.table.item(row, col)
                cells.append(item.text().strip() if item is not None else "")
            out.append(cells)
        return out


class AddressBookEditor(QWidget):
    def __init__(self, book: AddressBook, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("addressBookEditor")
        self.leaders = _Table(
            [self.tr("Name"), self.tr("Title")],
            [[leader.name, leader.title] for leader in book.leaders],
            "leadersTable",
            self,
        )
        self.departments = _Table(
            [self.tr("Department")], [[d] for d in book.departments], "departmentsTable", self
        )
        self.groups = _Table(
            [self.tr("Group"), self.tr("Members (separated by 、)")],
            [[g.name, joined(g.members)] for g in book.recipient_groups],
            "groupsTable",
            self,
        )
        self.groups.table.horizontalHeader().setSectionResizeMode(0, QHeaderView.ResizeMode.ResizeToContents)
        top = QHBoxLayout()
        for title, table in (
            (self.tr("Leaders"), self.leaders),
            (self.tr("Departments"), self.departments),
        ):
            box = QGroupBox(title, self)
            QVBoxLayout(box).addWidget(table)
            top.addWidget(box)
        groups_box = QGroupBox(self.tr("Recipient groups (for 报/送/发)"), self)
        QVBoxLayout(groups_box).addWidget(self.groups)
        layout = QVBoxLayout(self)
        layout.addLayout(top, 3)
        layout.addWidget(groups_box, 2)

    def address_book(self) -> AddressBook:
        leaders: dict[str, Leader] = {}
        for name, title in self.leaders.values():
            if name and name not in leaders:
                leaders[name] = Leader(name, title)
        departments = tuple(dict.fromkeys(d for (d,) in self.departments.values() if d))
        groups: dict[str, RecipientGroup] = {}
        for name, members in self.groups.values():
            if name and name not in groups:
                groups[name] = RecipientGroup(name, split_names(members))
        return AddressBook(tuple(leaders.values()), departments, tuple(groups.values()))
