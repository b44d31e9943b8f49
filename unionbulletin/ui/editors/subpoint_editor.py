"""The sub-points （一）（二） of the selected item: a compact list with add, delete, move up/down, and
the selected sub-point's lead sentence and body (the same fields as the item's: pasted text cleaned,
character counts). Every change is an undoable document command; the numbers are generated.
"""

from __future__ import annotations

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QAction
from PySide6.QtWidgets import (
    QHBoxLayout,
    QLabel,
    QListWidget,
    QListWidgetItem,
    QToolButton,
    QVBoxLayout,
    QWidget,
)

from ...controller.document import BulletinDocument
from ...domain import SubPoint, edits
from ...domain.conventions import subpoint_marker
from ...domain.limit_check import LimitExceeded
from .field_widgets import PlainTextField, count_chars
from .limit_notice import show_limit
from .selection import select_range

_SUB_ID_ROLE = Qt.ItemDataRole.UserRole


class SubPointEditor(QWidget):
    countChanged = Signal(int)  # the number of sub-points of the shown item, after every refresh

    def __init__(self, document: BulletinDocument, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("subpointEditor")
        self._doc = document
        self._item_id = ""
        self._current = ""
        self._read_only = False

        self.list = QListWidget(self)
        self.list.setObjectName("subpointList")
        self.list.setUniformItemSizes(True)
        self.list.setMaximumHeight(self.list.fontMetrics().height() * 3 + 12)
        self.list.setMinimumHeight(self.list.fontMetrics().height() * 2 + 8)
        self.list.currentItemChanged.connect(self._on_current_changed)

        self.add_action = self._action(
            self.tr("Add sub-point"),
            self.tr("Add a sub-point （一） after the selected one"),
            self.add_subpoint,
        )
        self.delete_action = self._action(
            self.tr("Delete sub-point"),
            self.tr("Delete the selected sub-point (undoable)"),
            self.delete_subpoint,
        )
        self.up_action = self._action(
            self.tr("Up"), self.tr("Move the selected sub-point up"), lambda: self.move_current(-1)
        )
        self.down_action = self._action(
            self.tr("Down"), self.tr("Move the selected sub-point down"), lambda: self.move_current(1)
        )

        self.heading_edit = PlainTextField(self, single_line=True)
        self.heading_edit.setObjectName("subpointHeading")
        self.heading_edit.setPlaceholderText(self.tr("Lead sentence of the sub-point"))
        self.heading_edit.setFixedHeight(self.heading_edit.fontMetrics().lineSpacing() * 2 + 12)
        self.heading_edit.edited.connect(lambda text: self._edit("heading", text, self.heading_edit))
        self.body_edit = PlainTextField(self)
        self.body_edit.setObjectName("subpointBody")
        self.body_edit.setPlaceholderText(self.tr("Body text of the sub-point"))
        self.body_edit.setMinimumHeight(self.body_edit.fontMetrics().lineSpacing() * 3 + 12)
        self.body_edit.edited.connect(lambda text: self._edit("body", text, self.body_edit))
        self.number_label = QLabel(self)
        self.number_label.setObjectName("subpointNumber")
        self.count_label = QLabel(self)
        self.count_label.setObjectName("subpointCounts")

        head = QHBoxLayout()
        head.setSpacing(2)
        head.addWidget(QLabel(self.tr("Sub-points"), self))
        for action in (self.add_action, self.delete_action, self.up_action, self.down_action):
            button = QToolButton(self)
            button.setDefaultAction(action)
            button.setToolButtonStyle(Qt.ToolButtonStyle.ToolButtonTextOnly)
            head.addWidget(button)
        head.addStretch(1)
        head.addWidget(self.count_label)
        fields = QHBoxLayout()
        fields.addWidget(self.number_label, 0, Qt.AlignmentFlag.AlignTop)
        text = QVBoxLayout()
        text.addWidget(self.heading_edit)
        text.addWidget(self.body_edit, 1)
        fields.addLayout(text, 1)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 2, 0, 0)
        layout.setSpacing(3)
        layout.addLayout(head)
        layout.addWidget(self.list)
        layout.addLayout(fields, 1)
        self.refresh()

    def _action(self, text: str, tip: str, slot: object) -> QAction:
        action = QAction(text, self)
        action.setToolTip(tip)
        action.triggered.connect(slot)
        return action

    # ------------------------------------------------------------------ state

    @property
    def current_id(self) -> str:
        return self._current

    def subpoints(self) -> tuple[SubPoint, ...]:
        if not self._item_id or not self._doc.has_bulletin:
            return ()
        try:
            return edits.find_item(self._doc.bulletin, self._item_id).subpoints
        except KeyError:
            return ()

    def _row(self) -> int:
        ids = [s.id for s in self.subpoints()]
        return ids.index(self._current) if self._current in ids else -1

    def typing_offset(self) -> int | None:
        """Printed characters of the item's sub-points before the cursor, when a field of this
        editor has the focus (see ItemEditor.typing_position)."""
        row = self._row()
        if row < 0 or not (self.heading_edit.hasFocus() or self.body_edit.hasFocus()):
            return None
        subs = self.subpoints()
        before = sum(
            count_chars(subpoint_marker(i)) + count_chars(s.heading) + count_chars(s.body)
            for i, s in enumerate(subs[:row])
        )
        before += count_chars(subpoint_marker(row))
        if self.body_edit.hasFocus():
            before += count_chars(subs[row].heading)
            field = self.body_edit
        else:
            field = self.heading_edit
        return before + count_chars(field.text()[: field.textCursor().position()])

    def set_read_only(self, read_only: bool) -> None:
        self._read_only = read_only
        for field in (self.heading_edit, self.body_edit):
            field.setReadOnly(read_only)
        self._update_actions()

    def set_item(self, item_id: str) -> None:
        if item_id != self._item_id:
            self._item_id = item_id
            self._current = ""
        self.refresh()

    def select(self, index: int) -> None:
        subs = self.subpoints()
        if 0 <= index < len(subs):
            self._current = subs[index].id
            self.refresh()

    def focus(self, index: int, field: str, offset: int | None, length: int) -> None:
        """Select sub-point `index` (0-based) and put the cursor on `field` ("heading"/"body")."""
        self.select(index)
        select_range(self.heading_edit if field == "heading" else self.body_edit, offset, length)

    # ------------------------------------------------------------------ actions

    def add_subpoint(self) -> None:
        if not self._item_id or self._read_only:
            return
        row = self._row()
        try:
            sub = self._doc.insert_subpoint(self._item_id, row + 1 if row >= 0 else None)
        except LimitExceeded as exc:
            show_limit(self, str(exc))
            return
        self._current = sub.id
        self.refresh()
        self.heading_edit.setFocus()

    def delete_subpoint(self) -> None:
        row = self._row()
        if row < 0 or self._read_only:
            return
        self._doc.delete_subpoint(self._item_id, self._current)
        subs = self.subpoints()
        self._current = subs[min(row, len(subs) - 1)].id if subs else ""
        self.refresh()

    def move_current(self, step: int) -> None:
        row = self._row()
        if row < 0 or self._read_only:
            return
        self._doc.move_subpoint(self._item_id, self._current, row + step)
        self.refresh()

    def _edit(self, field: str, text: str, source: object) -> None:
        if self._item_id and self._current and not self._read_only:
            self._doc.set_subpoint_text(self._item_id, self._current, field, text, initiator=source)
            self.refresh(skip=source)

    # ------------------------------------------------------------------ document → widgets

    def _on_current_changed(self, current: QListWidgetItem | None, _previous: QListWidgetItem | None) -> None:
        sub_id = current.data(_SUB_ID_ROLE) if current is not None else ""
        if sub_id and sub_id != self._current:
            self._current = sub_id
            self.refresh()

    def refresh(self, skip: object | None = None) -> None:
        """Show the item's sub-points; `skip` is a field whose text is the user's own typing."""
        subs = self.subpoints()
        if subs and self._current not in [s.id for s in subs]:
            self._current = subs[0].id
        elif not subs:
            self._current = ""
        self.list.blockSignals(True)
        try:
            self.list.clear()
            unwritten = self.tr("(no lead sentence yet)")
            for i, each in enumerate(subs):
                entry = QListWidgetItem(subpoint_marker(i) + (each.heading or unwritten))
                entry.setData(_SUB_ID_ROLE, each.id)
                self.list.addItem(entry)
                if each.id == self._current:
                    self.list.setCurrentItem(entry)
        finally:
            self.list.blockSignals(False)
        row = self._row()
        sub = subs[row] if row >= 0 else None
        for field, value in (
            (self.heading_edit, sub.heading if sub else ""),
            (self.body_edit, sub.body if sub else ""),
        ):
            field.setEnabled(sub is not None)
            if field is not skip:
                field.set_text_quietly(value)
        self.number_label.setText(subpoint_marker(row) if row >= 0 else "")
        self.count_label.setText(
            self.tr("%1 sub-points · lead sentence %2 · body %3 characters")
            .replace("%1", str(len(subs)))
            .replace("%2", str(count_chars(sub.heading) if sub else 0))
            .replace("%3", str(count_chars(sub.body) if sub else 0))
        )
        self._update_actions()
        self.countChanged.emit(len(subs))

    def _update_actions(self) -> None:
        row, n = self._row(), len(self.subpoints())
        writable = not self._read_only
        self.add_action.setEnabled(writable and bool(self._item_id))
        self.delete_action.setEnabled(writable and row >= 0)
        self.up_action.setEnabled(writable and row > 0)
        self.down_action.setEnabled(writable and 0 <= row < n - 1)
