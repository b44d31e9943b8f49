"""Putting the cursor on a place of a text field: focus it and select a range given in code points.

Findings and the draft placeholder count code points; Qt counts UTF-16 units.
"""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtGui import QTextCursor
from PySide6.QtWidgets import QLineEdit, QPlainTextEdit, QWidget


def _utf16(text: str, offset: int) -> int:
    return len(text[:offset].encode("utf-16-le")) // 2


def select_range(edit: QWidget, offset: int | None, length: int) -> None:
    """Focus `edit` and select `length` characters at `offset` (code points) of its text."""
    edit.setFocus(Qt.FocusReason.OtherFocusReason)
    if offset is None:
        return
    if isinstance(edit, QPlainTextEdit):
        text = edit.toPlainText()
        start, end = _utf16(text, offset), _utf16(text, offset + length)
        cursor = edit.textCursor()
        cursor.setPosition(start)
        cursor.setPosition(end, QTextCursor.MoveMode.KeepAnchor)
        edit.setTextCursor(cursor)
        edit.ensureCursorVisible()
    elif isinstance(edit, QLineEdit):
        text = edit.text()
        start, end = _utf16(text, offset), _utf16(text, offset + length)
        edit.setSelection(start, end - start)
