"""Completion of several names in one field, separated by 、 (leaders, departments, recipients)."""

from __future__ import annotations

import re

from PySide6.QtCore import (
    QModelIndex,
    QObject,
    QPersistentModelIndex,
    QStringListModel,
    Qt,
)
from PySide6.QtWidgets import QCompleter, QLineEdit

_SEPARATORS = re.compile(r"[、，,；;\s]")


def last_segment_start(text: str) -> int:
    """Index where the name being typed begins (after the last separator)."""
    for i in range(len(text) - 1, -1, -1):
        if _SEPARATORS.match(text[i]):
            return i + 1
    return 0


class NamesCompleter(QCompleter):
    """Completes the last name of a 、-separated list; the names before it stay as typed."""

    def __init__(self, names: list[str], parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._names = QStringListModel(names, self)
        self.setModel(self._names)
        self.setCaseSensitivity(Qt.CaseSensitivity.CaseInsensitive)
        self.setFilterMode(Qt.MatchFlag.MatchContains)
        self.setCompletionMode(QCompleter.CompletionMode.PopupCompletion)

    def set_names(self, names: list[str]) -> None:
        self._names.setStringList(names)

    def splitPath(self, path: str) -> list[str]:
        return [path[last_segment_start(path) :].strip()]

    def pathFromIndex(self, index: QModelIndex | QPersistentModelIndex) -> str:
        completion = str(index.data())
        widget = self.widget()
        text = widget.text() if isinstance(widget, QLineEdit) else ""
        prefix = text[: last_segment_start(text)]
        if prefix and not _SEPARATORS.match(prefix[-1]):
            prefix += "、"
        return prefix + completion


def attach_names_completer(edit: QLineEdit, names: list[str]) -> NamesCompleter:
    completer = NamesCompleter(names, edit)
    edit.setCompleter(completer)
    return completer
