"""The plan editor: plan on/off, plan title, and the task table with its editors.

Leaders and departments are typed with completion from the address book (several per task,
separated by 、); the deadline is a month name from a list (一月份…十二月份) or any text such as a date;
the status is a list. Names not yet in the address book are offered for adding, in a bar under the
table (never a modal question while typing).
"""

from __future__ import annotations

from PySide6.QtCore import (
    QAbstractItemModel,
    QItemSelectionModel,
    QModelIndex,
    QObject,
    QPersistentModelIndex,
    Qt,
    Signal,
)
from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import (
    QAbstractItemView,
    QCheckBox,
    QComboBox,
    QFrame,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QPushButton,
    QStyledItemDelegate,
    QStyleOptionViewItem,
    QTableView,
    QToolButton,
    QVBoxLayout,
    QWidget,
)

from ...checks.finding import Location
from ...controller.changes import Change, ChangeKind
from ...controller.document import BulletinDocument
from ...controller.session import Session
from ...controller.task_model import (
    COL_CONTENT,
    COL_DEADLINE,
    COL_DEPARTMENTS,
    COL_LEADERS,
    COL_STATUS,
    TASK_ID_ROLE,
    TaskTableModel,
    status_labels,
)
from ...domain import limits
from ...domain.conventions import default_plan_title, month_deadline, split_names
from ...domain.limit_check import LimitExceeded
from .field_widgets import LineField, route_undo
from .limit_notice import show_limit
from .names import NamesCompleter
from .selection import select_range

AnyIndex = QModelIndex | QPersistentModelIndex

# the table column of each task field a finding can name
_TASK_COLUMNS = {
    "content": COL_CONTENT,
    "leaders": COL_LEADERS,
    "departments": COL_DEPARTMENTS,
    "deadline": COL_DEADLINE,
}


class TaskDelegate(QStyledItemDelegate):
    """Editors per column: names with completion, deadline combo, status combo."""

    namesCommitted = Signal(int, tuple)  # column, names

    def __init__(self, leaders: list[str], departments: list[str], parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.leaders = leaders
        self.departments = departments

    def createEditor(self, parent: QWidget, option: QStyleOptionViewItem, index: AnyIndex) -> QWidget:
        col = index.column()
        if col in (COL_LEADERS, COL_DEPARTMENTS):
            edit = QLineEdit(parent)
            route_undo(edit)
            names = self.leaders if col == COL_LEADERS else self.departments
            edit.setCompleter(NamesCompleter(names, edit))
            edit.setPlaceholderText(self.tr("Several names separated by 、"))
            return edit
        if col == COL_DEADLINE:
            combo = QComboBox(parent)
            combo.setEditable(True)
            combo.addItems([month_deadline(m) for m in range(1, 13)])
            combo.setInsertPolicy(QComboBox.InsertPolicy.NoInsert)
            line = combo.lineEdit()
            if line is not None:
                route_undo(line)
                line.setPlaceholderText(self.tr("Month or date"))
            return combo
        if col == COL_STATUS:
            combo = QComboBox(parent)
            for status, label in status_labels().items():
                combo.addItem(label, status.value)
            return combo
        editor = super().createEditor(parent, option, index)
        route_undo(editor)
        return editor

    def setEditorData(self, editor: QWidget, index: AnyIndex) -> None:
        value = index.data(Qt.ItemDataRole.EditRole)
        if isinstance(editor, QComboBox) and index.column() == COL_STATUS:
            editor.setCurrentIndex(max(0, editor.findData(value)))
        elif isinstance(editor, QComboBox):
            editor.setCurrentText(str(value or ""))
        elif isinstance(editor, QLineEdit):
            editor.setText(str(value or ""))
        else:
            super().setEditorData(editor, index)

    def setModelData(self, editor: QWidget, model: QAbstractItemModel, index: AnyIndex) -> None:
        if isinstance(editor, QComboBox) and index.column() == COL_STATUS:
            model.setData(index, editor.currentData(), Qt.ItemDataRole.EditRole)
        elif isinstance(editor, QComboBox):
            model.setData(index, editor.currentText().strip(), Qt.ItemDataRole.EditRole)
        elif isinstance(editor, QLineEdit) and index.column() in (COL_LEADERS, COL_DEPARTMENTS):
            names = split_names(editor.text())
            model.setData(index, names, Qt.ItemDataRole.EditRole)
            self.namesCommitted.emit(index.column(), names)
        else:
            super().setModelData(editor, model, index)


class NewNamesBar(QFrame):
    """“张三 is not in the address book. [Add] [Ignore]”"""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("newNamesBar")
        self.setFrameShape(QFrame.Shape.StyledPanel)
        self.setStyleSheet("#newNamesBar { background: #fff7d6; border: 1px solid #e6c200; }")
        self.label = QLabel(self)
        self.label.setWordWrap(True)
        self.add_button = QPushButton(self.tr("Add to address book"), self)
        self.ignore_button = QPushButton(self.tr("Ignore"), self)
        layout = QHBoxLayout(self)
        layout.setContentsMargins(6, 3, 6, 3)
        layout.addWidget(self.label, 1)
        layout.addWidget(self.add_button)
        layout.addWidget(self.ignore_button)
        self.ignore_button.clicked.connect(self.hide)
        self.leaders: tuple[str, ...] = ()
        self.departments: tuple[str, ...] = ()
        self.hide()

    def offer(
        self,
        leaders: tuple[str, ...],
        departments: tuple[str, ...],
        in_use: tuple[set[str], set[str]] | None = None,
    ) -> None:
        """Offer new names, with those already offered that the plan still uses (`in_use`: the
        leaders and departments of its tasks); a half-typed name she has since corrected is dropped."""
        kept_leaders, kept_departments = (self.leaders, self.departments) if self.isVisible() else ((), ())
        if in_use is not None:
            kept_leaders = tuple(n for n in kept_leaders if n in in_use[0])
            kept_departments = tuple(n for n in kept_departments if n in in_use[1])
        self.leaders = tuple(dict.fromkeys(kept_leaders + leaders))
        self.departments = tuple(dict.fromkeys(kept_departments + departments))
        if not self.leaders and not self.departments:
            self.hide()
            return
        names = "、".join(self.leaders + self.departments)
        self.label.setText(self.tr("Not in the address book: %1").replace("%1", names))
        self.show()


class TaskEditor(QWidget):
    taskSelected = Signal(str)

    def __init__(self, session: Session, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._session = session
        self._doc: BulletinDocument = session.document
        self._read_only = False
        self.model = TaskTableModel(self._doc, self)

        self.plan_check = QCheckBox(self.tr("This issue has a plan section"), self)
        self.plan_check.setObjectName("planEnabled")
        self.plan_check.toggled.connect(self._on_plan_toggled)
        self.title_edit = LineField(self, limit=limits.TITLE_CHARS)
        self.title_edit.setObjectName("planTitle")
        self.title_edit.setToolTip(self.tr("Leave empty to use the generated title"))
        self.title_edit.edited.connect(lambda text: self._doc.set_plan_title(text, initiator=self.title_edit))

        book = session.address_book()
        self.delegate = TaskDelegate(list(book.leader_names()), list(book.departments), self)
        self.delegate.namesCommitted.connect(self._on_names_committed)
        session.addressBookChanged.connect(self.reload_address_book)
        self.table = QTableView(self)
        self.table.setObjectName("taskTable")
        self.table.setModel(self.model)
        self.table.setItemDelegate(self.delegate)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self._set_editable_table(True)
        self.table.setDefaultDropAction(Qt.DropAction.MoveAction)
        self.table.setDragDropOverwriteMode(False)
        self.table.setWordWrap(True)
        self.table.setAlternatingRowColors(True)
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(COL_CONTENT, QHeaderView.ResizeMode.Stretch)
        for col, width in ((COL_LEADERS, 84), (COL_DEPARTMENTS, 100), (COL_DEADLINE, 66), (COL_STATUS, 56)):
            header.setSectionResizeMode(col, QHeaderView.ResizeMode.Interactive)
            self.table.setColumnWidth(col, width)
        self.table.verticalHeader().setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        self.table.selectionModel().currentRowChanged.connect(self._on_current_changed)
        self.model.rowsInserted.connect(self._update_actions)
        self.model.rowsRemoved.connect(self._update_actions)
        self.model.modelReset.connect(self._update_actions)

        self.new_names = NewNamesBar(self)
        self.new_names.add_button.clicked.connect(self._add_new_names)

        self.add_action = self._action(self.tr("Add task"), QKeySequence("Ctrl+Shift+N"), self.add_task)
        self.insert_action = self._action(
            self.tr("Insert task"), QKeySequence("Ctrl+Shift+I"), self.insert_task
        )
        self.delete_action = self._action(
            self.tr("Delete task"), QKeySequence("Ctrl+Shift+Del"), self.delete_task
        )
        self.up_action = self._action(
            self.tr("Move up"), QKeySequence("Ctrl+Up"), lambda: self.move_current(-1)
        )
        self.down_action = self._action(
            self.tr("Move down"), QKeySequence("Ctrl+Down"), lambda: self.move_current(1)
        )
        buttons = QHBoxLayout()
        buttons.setSpacing(2)
        for action in (
            self.add_action,
            self.insert_action,
            self.delete_action,
            self.up_action,
            self.down_action,
        ):
            button = QToolButton(self)
            button.setDefaultAction(action)
            buttons.addWidget(button)
        buttons.addStretch(1)

        title_row = QHBoxLayout()
        title_label = QLabel(self.tr("Title"), self)
        title_label.setBuddy(self.title_edit)
        title_row.addWidget(title_label)
        title_row.addWidget(self.title_edit, 1)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(4, 4, 4, 4)
        layout.addWidget(self.plan_check)
        layout.addLayout(title_row)
        layout.addWidget(self.table, 1)
        layout.addWidget(self.new_names)
        layout.addLayout(buttons)

        self._doc.changed.connect(self._on_changed)
        self._refresh_all()

    def _action(self, text: str, shortcut: QKeySequence, slot: object) -> QAction:
        action = QAction(text, self)
        action.setToolTip(f"{text} ({shortcut.toString(QKeySequence.SequenceFormat.NativeText)})")
        action.setShortcut(shortcut)
        action.setShortcutContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)
        action.triggered.connect(slot)
        self.addAction(action)
        return action

    # ------------------------------------------------------------------ selection and actions

    def current_id(self) -> str:
        index = self.table.currentIndex()
        return str(index.data(TASK_ID_ROLE)) if index.isValid() else ""

    def select_task(self, task_id: str) -> None:
        row = self.model.row_of(task_id)
        if row < 0:
            return
        index = self.model.index(row, COL_CONTENT)
        self.table.selectionModel().setCurrentIndex(
            index, QItemSelectionModel.SelectionFlag.ClearAndSelect | QItemSelectionModel.SelectionFlag.Rows
        )
        self.table.scrollTo(index)

    def _on_current_changed(self, current: QModelIndex, _previous: QModelIndex) -> None:
        self._update_actions()
        self.taskSelected.emit(str(current.data(TASK_ID_ROLE)) if current.isValid() else "")

    def add_task(self) -> None:
        if self._doc.has_bulletin:
            try:
                self._start_editing(self._doc.insert_task().id)
            except LimitExceeded as exc:
                show_limit(self, str(exc))

    def insert_task(self) -> None:
        if not self._doc.has_bulletin:
            return
        row = self.table.currentIndex().row()
        try:
            self._start_editing(self._doc.insert_task(max(row, 0)).id)
        except LimitExceeded as exc:
            show_limit(self, str(exc))

    def _start_editing(self, task_id: str) -> None:
        self.select_task(task_id)
        self.table.setFocus()
        self.table.edit(self.table.currentIndex())

    def delete_task(self) -> None:
        task_id = self.current_id()
        if not task_id:
            return
        row = self.model.row_of(task_id)
        self._doc.delete_task(task_id)
        if self.model.rowCount():
            self.select_task(self.model.task_at(min(row, self.model.rowCount() - 1)).id)

    def move_current(self, step: int) -> None:
        task_id = self.current_id()
        if task_id:
            self._doc.move_task(task_id, self.model.row_of(task_id) + step)
            self.select_task(task_id)

    def _update_actions(self) -> None:
        row = self.table.currentIndex().row()
        n = self.model.rowCount()
        has_plan = self._doc.has_bulletin and self._doc.bulletin.plan is not None
        writable = not self._read_only
        self.add_action.setEnabled(writable and self._doc.has_bulletin)
        self.insert_action.setEnabled(writable and has_plan)
        self.delete_action.setEnabled(writable and 0 <= row < n)
        self.up_action.setEnabled(writable and 0 < row < n)
        self.down_action.setEnabled(writable and 0 <= row < n - 1)

    # ------------------------------------------------------------------ state

    def _set_editable_table(self, editable: bool) -> None:
        trigger = QAbstractItemView.EditTrigger
        self.table.setEditTriggers(
            trigger.DoubleClicked | trigger.EditKeyPressed | trigger.AnyKeyPressed
            if editable
            else trigger.NoEditTriggers
        )
        drag = QAbstractItemView.DragDropMode
        self.table.setDragDropMode(drag.InternalMove if editable else drag.NoDragDrop)

    def set_read_only(self, read_only: bool) -> None:
        """Read-only mode: the plan can be read, selected and copied; nothing can be changed."""
        self._read_only = read_only
        self.title_edit.setReadOnly(read_only)
        self.plan_check.setEnabled(not read_only)
        self.new_names.setEnabled(not read_only)
        self._set_editable_table(not read_only)
        self._update_actions()

    def holds(self, loc: Location) -> bool:
        """True for a place in the plan (工作计划) part."""
        return loc.section == "plan"

    def focus_location(self, loc: Location) -> None:
        """Select the task and the cell of `loc` (a proofreading finding's place)."""
        if loc.ident is None:
            select_range(self.title_edit, loc.offset, loc.length)
            return
        self.select_task(loc.ident)  # a task gone since (a stale finding): the table, no selection
        row = self.model.row_of(loc.ident)
        if row >= 0:
            self.table.setCurrentIndex(self.model.index(row, _TASK_COLUMNS.get(loc.field, COL_CONTENT)))
        self.table.setFocus(Qt.FocusReason.OtherFocusReason)

    # ------------------------------------------------------------------ address book

    def _on_names_committed(self, column: int, names: tuple[str, ...]) -> None:
        leaders = names if column == COL_LEADERS else ()
        departments = names if column == COL_DEPARTMENTS else ()
        new_leaders, new_departments = self._session.unknown_names(leaders, departments)
        plan = self._doc.bulletin.plan if self._doc.has_bulletin else None
        tasks = plan.tasks if plan is not None else ()
        in_use = ({n for t in tasks for n in t.leaders}, {n for t in tasks for n in t.departments})
        if new_leaders or new_departments or self.new_names.isVisible():
            self.new_names.offer(new_leaders, new_departments, in_use)

    def _add_new_names(self) -> None:
        self._session.add_to_address_book(self.new_names.leaders, self.new_names.departments)
        self.new_names.hide()
        self.reload_address_book()

    def reload_address_book(self) -> None:
        book = self._session.address_book()
        self.delegate.leaders = list(book.leader_names())
        self.delegate.departments = list(book.departments)

    # ------------------------------------------------------------------ document changes

    def _on_plan_toggled(self, checked: bool) -> None:
        if self._doc.has_bulletin:
            self._doc.set_plan_enabled(checked)

    def _on_changed(self, change: Change) -> None:
        if change.kind in (ChangeKind.ALL, ChangeKind.TASKS) or (
            change.kind == ChangeKind.META and set(change.fields) & {"plan_title", "org", "period"}
        ):
            self._refresh_all(change.initiator)

    def _refresh_all(self, initiator: object | None = None) -> None:
        has = self._doc.has_bulletin
        self.setEnabled(has)
        plan = self._doc.bulletin.plan if has else None
        self.plan_check.blockSignals(True)
        self.plan_check.setChecked(plan is not None)
        self.plan_check.blockSignals(False)
        self.title_edit.setEnabled(plan is not None)
        self.table.setEnabled(plan is not None)
        if has:
            b = self._doc.bulletin
            self.title_edit.setPlaceholderText(default_plan_title(b.org, b.period))
            if initiator is not self.title_edit:
                self.title_edit.set_text_quietly(plan.title if plan else "")
        self._update_actions()
