"""Text fields of the editors: undo goes to the document, paste goes through the clean-up.

The document's QUndoStack is the only undo history, so the fields' own undo is disabled and Ctrl+Z /
Ctrl+Y / Ctrl+Shift+Z reach the window's actions even while a field has focus. Pasted text keeps
its paragraphs and table cells (`domain.paste`, from the clipboard's HTML when there is some) and is
repaired with `domain.text.clean_text` (PDF artefacts, full-width digits, stray spaces…).
"""

from __future__ import annotations

from PySide6.QtCore import QEvent, QMimeData, QObject, Qt, Signal
from PySide6.QtGui import QInputMethodEvent, QKeyEvent, QKeySequence, QTextCursor
from PySide6.QtWidgets import QLineEdit, QPlainTextEdit, QWidget

from ..domain.paste import pasted_text
from ..domain.text import clean_text

_UNDO_KEYS = (
    QKeySequence.StandardKey.Undo,
    QKeySequence.StandardKey.Redo,
)
_EXTRA_UNDO_COMBOS = {
    (Qt.Key.Key_Z, Qt.KeyboardModifier.ControlModifier),
    (Qt.Key.Key_Y, Qt.KeyboardModifier.ControlModifier),
    (Qt.Key.Key_Z, Qt.KeyboardModifier.ControlModifier | Qt.KeyboardModifier.ShiftModifier),
}


def is_undo_key(event: QKeyEvent) -> bool:
    if any(event.matches(k) for k in _UNDO_KEYS):
        return True
    mods = event.modifiers() & ~Qt.KeyboardModifier.KeypadModifier
    return (Qt.Key(event.key()), mods) in _EXTRA_UNDO_COMBOS


class UndoRouter(QObject):
    """Event filter: lets the window's Undo/Redo shortcuts win over a text field's own undo."""

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        # Filtered but not accepted: the shortcut fires instead of the field's own undo.
        return (
            event.type() == QEvent.Type.ShortcutOverride
            and isinstance(event, QKeyEvent)
            and is_undo_key(event)
        )


_router: UndoRouter | None = None


def route_undo(widget: QWidget) -> None:
    """Install the shared UndoRouter on `widget` (a QLineEdit, QPlainTextEdit, spin box…)."""
    global _router
    if _router is None:
        _router = UndoRouter()
    widget.installEventFilter(_router)


def clean_pasted(text: str, *, html: str | None = None, single_line: bool = False) -> str:
    """The clean-up of pasted text: paragraphs and table cells as `domain.paste` finds them in the
    clipboard's text/plain and text/html (lines a PDF wrapped re-joined), then `clean_text`."""
    cleaned = clean_text(pasted_text(text, html))
    return cleaned.replace("\n", "") if single_line else cleaned


def count_chars(text: str) -> int:
    """Characters as a secretary counts them: everything but blanks and line breaks."""
    return sum(1 for ch in text if not ch.isspace())


class PlainTextField(QPlainTextEdit):
    """A plain-text editor that reports user edits (`edited`) but not programmatic updates.

    With `single_line`, Enter and Tab move the focus on and line breaks are never inserted.
    """

    edited = Signal(str)

    def __init__(self, parent: QWidget | None = None, *, single_line: bool = False) -> None:
        super().__init__(parent)
        self._single_line = single_line
        self._quiet = False
        self.setUndoRedoEnabled(False)
        self.setTabChangesFocus(True)
        if single_line:
            self.setLineWrapMode(QPlainTextEdit.LineWrapMode.WidgetWidth)
        route_undo(self)
        self.textChanged.connect(self._on_text_changed)

    def text(self) -> str:
        return self.toPlainText()

    def set_text_quietly(self, text: str) -> None:
        """Show `text` (from the document) keeping the cursor where it was, without `edited`."""
        if text == self.toPlainText():
            return
        cursor = self.textCursor()
        position = cursor.position()
        bar = self.verticalScrollBar().value()
        self._quiet = True
        try:
            self.setPlainText(text)
        finally:
            self._quiet = False
        cursor = self.textCursor()
        cursor.setPosition(min(position, len(text)))
        self.setTextCursor(cursor)
        self.verticalScrollBar().setValue(bar)

    def _on_text_changed(self) -> None:
        if self._quiet:
            return
        text = self.toPlainText()
        if self._single_line and "\n" in text:
            cursor = self.textCursor()
            position = cursor.position() - text[: cursor.position()].count("\n")
            self.set_text_quietly(text.replace("\n", ""))
            cursor = self.textCursor()
            cursor.setPosition(position)
            self.setTextCursor(cursor)
            text = self.toPlainText()
        self.edited.emit(text)

    def keyPressEvent(self, event: QKeyEvent) -> None:
        if self._single_line and event.key() in (Qt.Key.Key_Return, Qt.Key.Key_Enter):
            self.focusNextChild()
            return
        super().keyPressEvent(event)

    def inputMethodEvent(self, event: QInputMethodEvent) -> None:
        # QPlainTextEdit inserts an input method's text even when read-only (it is still selectable)
        if self.isReadOnly():
            event.ignore()
            return
        super().inputMethodEvent(event)

    def insertFromMimeData(self, source: QMimeData) -> None:
        if self.isReadOnly():
            return
        if source.hasText() or source.hasHtml():
            html = source.html() if source.hasHtml() else None
            text = clean_pasted(source.text(), html=html, single_line=self._single_line)
            self.textCursor().insertText(text)
            self.ensureCursorVisible()
        else:
            super().insertFromMimeData(source)

    def move_cursor_to_end(self) -> None:
        self.moveCursor(QTextCursor.MoveOperation.End)


class LineField(QLineEdit):
    """A QLineEdit whose Ctrl+Z goes to the document; `edited` only for user edits."""

    edited = Signal(str)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        route_undo(self)
        self.textEdited.connect(self.edited)

    def inputMethodEvent(self, event: QInputMethodEvent) -> None:
        if self.isReadOnly():  # as in PlainTextField: no input method text in a read-only field
            event.ignore()
            return
        super().inputMethodEvent(event)

    def set_text_quietly(self, text: str) -> None:
        if text != self.text():
            position = self.cursorPosition()
            self.setText(text)
            self.setCursorPosition(min(position, len(text)))
