"""Text fields of the editors: undo goes to the document, paste goes through the clean-up.

The document's QUndoStack is the only undo history, so the fields' own undo is disabled and Ctrl+Z /
Ctrl+Y / Ctrl+Shift+Z reach the window's actions even while a field has focus. Pasted text keeps
its paragraphs and table cells (`domain.paste`, from the clipboard's HTML when there is some) and is
repaired with `domain.text_cleanup.clean_text` (PDF artefacts, full-width digits, stray spaces…). Whatever
way text arrives (typing, paste, drag and drop, an input method's commit), the field shows and sends
it through `domain.normalize`, one-line or multi-line as the field is; a paste that would make the
field longer than its limit (`domain.limits`) is refused with the message naming the limit.
"""

from __future__ import annotations

from PySide6.QtCore import QEvent, QMimeData, QObject, Qt, Signal
from PySide6.QtGui import QGuiApplication, QInputMethodEvent, QKeyEvent, QKeySequence, QTextCursor
from PySide6.QtWidgets import QLineEdit, QPlainTextEdit, QWidget

from ...domain import limits
from ...domain.limits import Limit
from ...domain.normalize import normalize_line, normalize_lines
from ...domain.paste import pasted_text
from ...domain.text_cleanup import clean_text
from .limit_notice import show_limit

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
    `limit` bounds the length (default: a lead sentence for one-line fields, a body otherwise).
    """

    edited = Signal(str)

    def __init__(
        self, parent: QWidget | None = None, *, single_line: bool = False, limit: Limit | None = None
    ) -> None:
        super().__init__(parent)
        self._single_line = single_line
        self.limit = limit or (limits.LEAD_CHARS if single_line else limits.BODY_CHARS)
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
        clean = self._normal(text)
        if len(clean) > self.limit.value:  # typed or dropped past the limit: keep what fits
            clean = clean[: self.limit.value]
            show_limit(self, self.limit.exceeded(len(self._normal(text))))
        if clean.count("\n") >= limits.PARAGRAPHS_PER_BODY.value:
            clean = "\n".join(clean.split("\n")[: limits.PARAGRAPHS_PER_BODY.value])
            show_limit(self, limits.PARAGRAPHS_PER_BODY.message())
        if clean != text:
            cursor = self.textCursor()
            position = len(self._normal(text[: cursor.position()]))
            self.set_text_quietly(clean)
            cursor = self.textCursor()
            cursor.setPosition(min(position, len(clean)))
            self.setTextCursor(cursor)
            text = self.toPlainText()
        self.edited.emit(text)

    def _normal(self, text: str) -> str:
        return normalize_line(text) if self._single_line else normalize_lines(text)

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
            pasted = self._normal(clean_pasted(source.text(), html=html, single_line=self._single_line))
            cursor = self.textCursor()
            length = len(self.toPlainText()) - len(cursor.selectedText()) + len(pasted)
            if length > self.limit.value:
                show_limit(self, self.limit.exceeded(length) + "粘贴的内容没有放入。")
                return
            lines = self.toPlainText().count("\n") + pasted.count("\n") + 1
            if lines > limits.PARAGRAPHS_PER_BODY.value:
                show_limit(self, limits.PARAGRAPHS_PER_BODY.exceeded(lines) + "粘贴的内容没有放入。")
                return
            cursor.insertText(pasted)
            self.ensureCursorVisible()
        else:
            super().insertFromMimeData(source)

    def move_cursor_to_end(self) -> None:
        self.moveCursor(QTextCursor.MoveOperation.End)


# A field holding a list of names separated by 、 (报/送/发): room for every allowed name.
NAMES_FIELD = Limit(limits.RECIPIENTS.value * (limits.LINE_CHARS.value + 1), "报、送、发中的一栏", "个字")


class LineField(QLineEdit):
    """A QLineEdit whose Ctrl+Z goes to the document; `edited` only for user edits.

    `limit` bounds the length (default: a one-line field such as a name; titles pass TITLE_CHARS).
    """

    edited = Signal(str)

    def __init__(self, parent: QWidget | None = None, *, limit: Limit = limits.LINE_CHARS) -> None:
        super().__init__(parent)
        self.limit = limit
        self.setMaxLength(limit.value)
        route_undo(self)
        self.textEdited.connect(self._on_text_edited)

    def _on_text_edited(self, text: str) -> None:
        clean = normalize_line(text)
        if clean != text:  # a pasted U+000B, an input method's line break, a control character
            position = len(normalize_line(text[: self.cursorPosition()]))
            self.setText(clean)
            self.setCursorPosition(min(position, len(clean)))
        self.edited.emit(clean)

    def keyPressEvent(self, event: QKeyEvent) -> None:
        if event.matches(QKeySequence.StandardKey.Paste) and not self.isReadOnly():
            pasted = normalize_line(clean_pasted(QGuiApplication.clipboard().text(), single_line=True))
            length = len(self.text()) - len(self.selectedText()) + len(pasted)
            if length > self.limit.value:
                show_limit(self, self.limit.exceeded(length) + "粘贴的内容没有放入。")
                return
        super().keyPressEvent(event)

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
