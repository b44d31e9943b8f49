"""Dropping bulletin files (.txt, .docx, exchange .json) anywhere on the main window imports them.

An application event filter sees drag-and-drop events for the window and every widget inside it
before the widget does: the text editors would otherwise take a dropped file as text. Drags that
carry no importable local file pass through untouched (text dragged between fields still works).
"""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

from PySide6.QtCore import QEvent, QMimeData, QObject
from PySide6.QtGui import QDragEnterEvent, QDragMoveEvent, QDropEvent
from PySide6.QtWidgets import QApplication, QWidget

IMPORTABLE_SUFFIXES = (".txt", ".docx", ".json")


def importable_paths(mime: QMimeData | None) -> list[Path]:
    if mime is None or not mime.hasUrls():
        return []
    paths = [Path(url.toLocalFile()) for url in mime.urls() if url.isLocalFile()]
    return [p for p in paths if p.suffix.lower() in IMPORTABLE_SUFFIXES]


class FileDropFilter(QObject):
    def __init__(self, window: QWidget, on_drop: Callable[[list[Path]], None]) -> None:
        super().__init__(window)
        self._window = window
        self._on_drop = on_drop
        window.setAcceptDrops(True)
        app = QApplication.instance()
        if app is not None:
            app.installEventFilter(self)

    def _inside(self, obj: QObject) -> bool:
        return isinstance(obj, QWidget) and (obj is self._window or self._window.isAncestorOf(obj))

    def eventFilter(self, obj: QObject, event: QEvent) -> bool:
        kind = event.type()
        if kind not in (QEvent.Type.DragEnter, QEvent.Type.DragMove, QEvent.Type.Drop):
            return False
        if not self._inside(obj):
            return False
        assert isinstance(event, QDragEnterEvent | QDragMoveEvent | QDropEvent)
        paths = importable_paths(event.mimeData())
        if not paths:
            return False
        event.acceptProposedAction()
        if kind == QEvent.Type.Drop:
            self._on_drop(paths)
        return True

    def remove(self) -> None:
        app = QApplication.instance()
        if app is not None:
            app.removeEventFilter(self)
