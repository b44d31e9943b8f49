"""The summary editor: the items with their generated numbers, and the selected item's texts.

Add, insert, duplicate, delete, drag to reorder, move with Ctrl+Up / Ctrl+Down. The lead sentence
and body are plain-text fields with character counts; typing goes to the document as merged undo
steps and the fields ignore the echo of their own edits. The body gets the room (designed for a
1366×697 window: at least 12 lines there); the item's sub-points （一） (`SubPointEditor`) appear
below it only when the item has some, started with the 添加小点 button beside the body's label.
"""

from __future__ import annotations

from PySide6.QtCore import QByteArray, QItemSelectionModel, QModelIndex, Qt, Signal
from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import (
    QAbstractItemView,
    QHBoxLayout,
    QLabel,
    QListView,
    QSizePolicy,
    QSplitter,
    QToolButton,
    QVBoxLayout,
    QWidget,
)

from ...checks.finding import Location
from ...controller.changes import Change, ChangeKind
from ...controller.document import BulletinDocument
from ...controller.item_model import ITEM_ID_ROLE, ItemListModel
from ...domain import limits
from ...domain.conventions import default_summary_title, item_marker
from ...domain.limit_check import LimitExceeded
from ...domain.next_issue import DRAFT_PLACEHOLDER
from .limit_notice import show_limit
from .selection import select_range
from .subpoint_editor import SubPointEditor
from .text_fields import LineField, PlainTextField, count_chars

MIN_BODY_LINES = 6  # the body never gets fewer lines than this (a restored splitter included)
MIN_LIST_ROWS = 3
LIST_ROWS = 6  # rows of the item list in the default layout


class ItemEditor(QWidget):
    itemSelected = Signal(str)  # item id ("" when none)

    def __init__(self, document: BulletinDocument, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._doc = document
        self._current = ""
        self._read_only = False
        self.model = ItemListModel(document, self)

        self.title_edit = LineField(self, limit=limits.TITLE_CHARS)
        self.title_edit.setObjectName("summaryTitle")
        self.title_edit.setToolTip(self.tr("Leave empty to use the generated title"))
        self.title_edit.edited.connect(
            lambda text: self._doc.set_summary_title(text, initiator=self.title_edit)
        )

        self.list = QListView(self)
        self.list.setObjectName("itemList")
        self.list.setModel(self.model)
        self.list.setDragDropMode(QAbstractItemView.DragDropMode.InternalMove)
        self.list.setDefaultDropAction(Qt.DropAction.MoveAction)
        self.list.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.list.setUniformItemSizes(True)
        row = self.list.fontMetrics().height() + 2
        self.list.setMinimumHeight(row * MIN_LIST_ROWS + 2 * self.list.frameWidth())
        self.list.selectionModel().currentChanged.connect(self._on_current_changed)

        self.add_action = self._action(
            self.tr("Add item"),
            self.tr("Add an item at the end"),
            QKeySequence("Ctrl+Shift+N"),
            self.add_item,
        )
        self.insert_action = self._action(
            self.tr("Insert item"),
            self.tr("Insert an item before the selected one"),
            QKeySequence("Ctrl+Shift+I"),
            self.insert_item,
        )
        self.duplicate_action = self._action(
            self.tr("Duplicate item"),
            self.tr("Copy the selected item"),
            QKeySequence("Ctrl+Shift+D"),
            self.duplicate_item,
        )
        self.delete_action = self._action(
            self.tr("Delete item"),
            self.tr("Delete the selected item (undoable)"),
            QKeySequence("Ctrl+Shift+Del"),
            self.delete_item,
        )
        self.up_action = self._action(
            self.tr("Move up"),
            self.tr("Move the selected item up"),
            QKeySequence("Ctrl+Up"),
            lambda: self.move_current(-1),
        )
        self.down_action = self._action(
            self.tr("Move down"),
            self.tr("Move the selected item down"),
            QKeySequence("Ctrl+Down"),
            lambda: self.move_current(1),
        )

        buttons = QHBoxLayout()
        buttons.setSpacing(2)
        for action in (
            self.add_action,
            self.insert_action,
            self.duplicate_action,
            self.delete_action,
            self.up_action,
            self.down_action,
        ):
            button = QToolButton(self)
            button.setDefaultAction(action)
            button.setToolButtonStyle(Qt.ToolButtonStyle.ToolButtonTextOnly)
            buttons.addWidget(button)
        buttons.addStretch(1)

        self.heading_edit = PlainTextField(self, single_line=True)
        self.heading_edit.setObjectName("itemHeading")
        self.heading_edit.setPlaceholderText(self.tr("Lead sentence, e.g. 开展“送清凉、送健康”活动。"))
        self.heading_edit.setFixedHeight(self.heading_edit.fontMetrics().lineSpacing() * 2 + 12)
        self.heading_edit.edited.connect(lambda text: self._edit("heading", text, self.heading_edit))
        self.body_edit = PlainTextField(self)
        self.body_edit.setObjectName("itemBody")
        self.body_edit.setPlaceholderText(self.tr("Body text of the item (one paragraph per line)"))
        self.body_edit.setMinimumHeight(self.body_edit.fontMetrics().lineSpacing() * MIN_BODY_LINES + 12)
        self.body_edit.edited.connect(lambda text: self._edit("body", text, self.body_edit))
        self.number_label = QLabel(self)
        self.number_label.setObjectName("itemNumber")
        self.count_label = QLabel(self)
        self.count_label.setObjectName("itemCounts")
        self.count_label.setAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)

        top = QWidget(self)
        top_layout = QVBoxLayout(top)
        top_layout.setContentsMargins(0, 0, 0, 0)
        top_layout.setSpacing(3)
        title_row = QHBoxLayout()
        title_label = QLabel(self.tr("Title"), top)
        title_label.setBuddy(self.title_edit)
        title_row.addWidget(title_label)
        title_row.addWidget(self.title_edit, 1)
        top_layout.addLayout(title_row)
        top_layout.addWidget(self.list, 1)
        top_layout.addLayout(buttons)

        bottom = QWidget(self)
        bottom_layout = QVBoxLayout(bottom)
        bottom_layout.setContentsMargins(0, 0, 0, 0)
        bottom_layout.setSpacing(3)
        head_row = QHBoxLayout()
        heading_label = QLabel(self.tr("Lead sentence"), bottom)
        heading_label.setBuddy(self.heading_edit)
        head_row.addWidget(heading_label)
        head_row.addWidget(self.number_label)
        head_row.addStretch(1)
        head_row.addWidget(self.count_label)
        bottom_layout.addLayout(head_row)
        bottom_layout.addWidget(self.heading_edit)
        body_row = QHBoxLayout()
        body_label = QLabel(self.tr("Body"), bottom)
        body_label.setBuddy(self.body_edit)
        body_row.addWidget(body_label)
        body_row.addStretch(1)
        self.subpoints = SubPointEditor(document, bottom)
        # Sub-points take room only when the item has some; this button starts the first one.
        self.add_subpoint_button = QToolButton(bottom)
        self.add_subpoint_button.setObjectName("addFirstSubpoint")
        self.add_subpoint_button.setDefaultAction(self.subpoints.add_action)
        self.add_subpoint_button.setToolButtonStyle(Qt.ToolButtonStyle.ToolButtonTextOnly)
        body_row.addWidget(self.add_subpoint_button)
        bottom_layout.addLayout(body_row)
        self.body_splitter = QSplitter(Qt.Orientation.Vertical, bottom)
        self.body_splitter.setObjectName("bodySplitter")
        self.body_splitter.addWidget(self.body_edit)
        self.body_splitter.addWidget(self.subpoints)
        self.body_splitter.setChildrenCollapsible(False)
        self.body_splitter.setStretchFactor(0, 3)
        self.body_splitter.setStretchFactor(1, 2)
        bottom_layout.addWidget(self.body_splitter, 1)
        self.body_edit.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Expanding)
        self.subpoints.countChanged.connect(self._on_subpoint_count)

        self.splitter = QSplitter(Qt.Orientation.Vertical, self)
        self.splitter.setObjectName("itemSplitter")
        self.splitter.addWidget(top)
        self.splitter.addWidget(bottom)
        self.splitter.setStretchFactor(0, 0)
        self.splitter.setStretchFactor(1, 1)
        self.splitter.setChildrenCollapsible(False)
        self.splitter.setSizes(self._default_sizes())
        layout = QVBoxLayout(self)
        layout.setContentsMargins(4, 4, 4, 4)
        layout.addWidget(self.splitter)

        document.changed.connect(self._on_changed)
        self._refresh_all()

    def _top_height(self, rows: int, row_height: int) -> int:
        """Height of the title, list and buttons pane when the list shows `rows` rows."""
        top = self.splitter.widget(0)
        assert top is not None
        chrome = top.sizeHint().height() - self.list.sizeHint().height()
        return chrome + rows * row_height + 2 * self.list.frameWidth()

    def _default_sizes(self) -> list[int]:
        return [self._top_height(LIST_ROWS, self.list.fontMetrics().height() + 2), 10_000]

    def restore_splitter(self, state: QByteArray | None) -> None:
        """Restore remembered splitter sizes (checked by `check_splitter` once the window is shown)."""
        if state is not None:
            self.splitter.restoreState(state)

    def check_splitter(self) -> None:
        """After the window is shown: back to the default split if the list has more than a third."""
        sizes = self.splitter.sizes()
        if len(sizes) != 2 or sizes[1] < 2 * sizes[0]:
            self.splitter.setSizes(self._default_sizes())

    def start_writing(self) -> None:
        """Put the cursor where a new issue's writing starts: the first item's empty lead sentence,
        else its body with the draft placeholder 【待补充】 selected (typing replaces it)."""
        if not self.model.rowCount():
            return
        self.select_item(self.model.item_at(0).id)
        if not self.heading_edit.text().strip():
            self.heading_edit.setFocus()
            return
        self.body_edit.setFocus()
        text = self.body_edit.text()
        at = text.find(DRAFT_PLACEHOLDER)
        if at >= 0:
            select_range(self.body_edit, at, len(DRAFT_PLACEHOLDER))

    def typing_position(self) -> tuple[str, int] | None:
        """(item id, printed characters before the cursor) while the cursor is in one of the current
        item's fields: where the preview finds the line being typed. Blanks and line breaks are not
        counted (the layout does not print them)."""
        if not self._current:
            return None
        row = self._current_row()
        if row < 0:
            return None
        item = self.model.item_at(row)
        marker = count_chars(item_marker(row))
        fields = (self.heading_edit, self.body_edit)
        for n, field in enumerate(fields):
            if field.hasFocus():
                before = count_chars(field.text()[: field.textCursor().position()])
                return self._current, marker + before + (count_chars(item.heading) if n else 0)
        sub = self.subpoints.typing_offset()
        if sub is not None:
            printed = marker + count_chars(item.heading) + count_chars(item.body)
            return self._current, printed + sub
        return None

    def _on_subpoint_count(self, count: int) -> None:
        self.subpoints.setVisible(count > 0)
        self.add_subpoint_button.setVisible(count == 0)

    def _action(self, text: str, tip: str, shortcut: QKeySequence, slot: object) -> QAction:
        action = QAction(text, self)
        action.setToolTip(f"{tip} ({shortcut.toString(QKeySequence.SequenceFormat.NativeText)})")
        action.setShortcut(shortcut)
        action.setShortcutContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)
        action.triggered.connect(slot)
        self.addAction(action)
        return action

    # ------------------------------------------------------------------ selection

    @property
    def current_id(self) -> str:
        return self._current

    def select_item(self, item_id: str) -> None:
        row = self.model.row_of(item_id)
        if row < 0:
            return
        index = self.model.index(row)
        self.list.selectionModel().setCurrentIndex(index, QItemSelectionModel.SelectionFlag.ClearAndSelect)
        self.list.scrollTo(index)

    def _on_current_changed(self, current: QModelIndex, _previous: QModelIndex) -> None:
        item_id = current.data(ITEM_ID_ROLE) if current.isValid() else ""
        if item_id == self._current:
            return
        self._current = item_id or ""
        self._show_current()
        self.itemSelected.emit(self._current)

    # ------------------------------------------------------------------ actions

    def _current_row(self) -> int:
        return self.model.row_of(self._current) if self._current else -1

    def add_item(self) -> None:
        if not self._doc.has_bulletin:
            return
        try:
            item = self._doc.insert_item()
        except LimitExceeded as exc:
            show_limit(self, str(exc))
            return
        self.select_item(item.id)
        self.heading_edit.setFocus()

    def insert_item(self) -> None:
        if not self._doc.has_bulletin:
            return
        row = self._current_row()
        try:
            item = self._doc.insert_item(max(row, 0))
        except LimitExceeded as exc:
            show_limit(self, str(exc))
            return
        self.select_item(item.id)
        self.heading_edit.setFocus()

    def set_read_only(self, read_only: bool) -> None:
        """Read-only mode: the texts can be read and copied, nothing can be changed."""
        self._read_only = read_only
        for field in (self.title_edit, self.heading_edit, self.body_edit):
            field.setReadOnly(read_only)
        drag = QAbstractItemView.DragDropMode
        self.list.setDragDropMode(drag.NoDragDrop if read_only else drag.InternalMove)
        self.subpoints.set_read_only(read_only)
        self._show_current()

    def focus_subpoint(self, index: int, field: str, offset: int | None, length: int) -> None:
        """Show the current item's sub-point `index` (0-based) and select text in its `field`."""
        self.subpoints.focus(index, field, offset, length)

    def holds(self, loc: Location) -> bool:
        """True for a place in the summary (工作总结) part."""
        return loc.section == "summary"

    def focus_location(self, loc: Location) -> None:
        """Select the item of `loc` and the text it names (a proofreading finding's place)."""
        if loc.ident is None:
            select_range(self.title_edit, loc.offset, loc.length)
            return
        if self.model.row_of(loc.ident) < 0:  # gone since (a stale finding): the list, no selection
            self.list.setFocus(Qt.FocusReason.OtherFocusReason)
            return
        self.select_item(loc.ident)
        if loc.field == "heading":
            select_range(self.heading_edit, loc.offset, loc.length)
        elif loc.field == "body":
            select_range(self.body_edit, loc.offset, loc.length)
        elif loc.field in ("subpoint_heading", "subpoint_body") and loc.sub is not None:
            self.focus_subpoint(loc.sub - 1, loc.field.removeprefix("subpoint_"), loc.offset, loc.length)
        else:
            self.body_edit.setFocus(Qt.FocusReason.OtherFocusReason)

    def duplicate_item(self) -> None:
        if self._current:
            try:
                self.select_item(self._doc.duplicate_item(self._current).id)
            except LimitExceeded as exc:
                show_limit(self, str(exc))

    def delete_item(self) -> None:
        row = self._current_row()
        if row < 0:
            return
        self._doc.delete_item(self._current)
        if self.model.rowCount():
            self.select_item(self.model.item_at(min(row, self.model.rowCount() - 1)).id)

    def move_current(self, step: int) -> None:
        row = self._current_row()
        if row < 0:
            return
        item_id = self._current
        self._doc.move_item(item_id, row + step)
        self.select_item(item_id)

    # ------------------------------------------------------------------ document → fields

    def _edit(self, field: str, text: str, source: object) -> None:
        if self._current and not self._read_only:
            self._doc.set_item_text(self._current, field, text, initiator=source)
            self._update_counts()

    def _on_changed(self, change: Change) -> None:
        if change.kind == ChangeKind.ALL:
            self._refresh_all()
        elif change.kind == ChangeKind.META:
            if "summary_title" in change.fields or "period" in change.fields or "org" in change.fields:
                self._refresh_title(change.initiator)
        elif change.kind == ChangeKind.ITEMS:
            if self._current and self.model.row_of(self._current) < 0:
                self._current = ""
                if self.model.rowCount():
                    self.select_item(self.model.item_at(0).id)
                else:
                    self._show_current()
            else:
                self._update_number()
        elif change.kind == ChangeKind.ITEM and self._current in change.ids:
            self._show_current(skip=change.initiator)

    def _refresh_all(self) -> None:
        enabled = self._doc.has_bulletin
        self.setEnabled(enabled)
        self._refresh_title(None)
        keep = self._current
        self._current = ""
        if keep and self.model.row_of(keep) >= 0:
            self.select_item(keep)
        elif self.model.rowCount():
            self.select_item(self.model.item_at(0).id)
        else:
            self._show_current()

    def _refresh_title(self, initiator: object | None) -> None:
        if not self._doc.has_bulletin:
            self.title_edit.set_text_quietly("")
            return
        b = self._doc.bulletin
        self.title_edit.setPlaceholderText(default_summary_title(b.org, b.period))
        if initiator is not self.title_edit:
            self.title_edit.set_text_quietly(b.summary.title)

    def _show_current(self, skip: object | None = None) -> None:
        row = self._current_row()
        has = row >= 0
        for widget in (self.heading_edit, self.body_edit):
            widget.setEnabled(has)
        for action in (
            self.insert_action,
            self.duplicate_action,
            self.delete_action,
            self.up_action,
            self.down_action,
        ):
            action.setEnabled(has and not self._read_only)
        self.add_action.setEnabled(not self._read_only)
        if has:
            item = self.model.item_at(row)
            if skip is not self.heading_edit:
                self.heading_edit.set_text_quietly(item.heading)
            if skip is not self.body_edit:
                self.body_edit.set_text_quietly(item.body)
        else:
            self.heading_edit.set_text_quietly("")
            self.body_edit.set_text_quietly("")
        self.subpoints.set_item(self._current if has else "")
        self.subpoints.refresh(skip)
        self._update_number()
        self._update_counts()

    def _update_number(self) -> None:
        row = self._current_row()
        self.number_label.setText(item_marker(row) if row >= 0 else "")
        self.up_action.setEnabled(row > 0 and not self._read_only)
        self.down_action.setEnabled(0 <= row < self.model.rowCount() - 1 and not self._read_only)

    def _update_counts(self) -> None:
        heading = count_chars(self.heading_edit.text())
        body = count_chars(self.body_edit.text())
        self.count_label.setText(
            self.tr("Lead sentence %1 characters · body %2 characters")
            .replace("%1", str(heading))
            .replace("%2", str(body))
        )
