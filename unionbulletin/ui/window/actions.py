"""The window's actions (menus, toolbar, shortcuts), built apart from the window that places them."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, QObject
from PySide6.QtGui import QAction, QActionGroup, QKeySequence
from PySide6.QtWidgets import QWidget

from ...controller.settings import ZOOM_CHOICES


class WindowActions(QObject):
    def __init__(self, parent: QWidget) -> None:
        super().__init__(parent)
        self.new = self._make(
            self.tr("&New issue"), QKeySequence.StandardKey.New, self.tr("Start a new issue")
        )
        self.save = self._make(self.tr("&Save"), QKeySequence.StandardKey.Save, self.tr("Save now"))
        self.duplicate = self._make(
            self.tr("D&uplicate issue"), None, self.tr("Copy this issue as a new one")
        )
        self.delete = self._make(self.tr("&Delete issue…"), None, self.tr("Delete this issue"))
        self.quit = self._make(self.tr("&Quit"), QKeySequence.StandardKey.Quit, "")
        self.undo_delete = self._make(self.tr("Undo &delete"), None, self.tr("Bring back the deleted issue"))
        self.zoom_in = self._make(self.tr("Zoom &in"), QKeySequence.StandardKey.ZoomIn, "")
        self.zoom_out = self._make(self.tr("Zoom &out"), QKeySequence.StandardKey.ZoomOut, "")
        self.zoom_group = QActionGroup(self)
        self.zooms: dict[str, QAction] = {}
        for zoom in ZOOM_CHOICES:
            action = QAction(zoom_label(zoom), self)
            action.setCheckable(True)
            action.setData(zoom)
            self.zoom_group.addAction(action)
            self.zooms[zoom] = action
        self.zooms["fit-width"].setShortcut(QKeySequence("Ctrl+0"))
        self.zooms["100"].setShortcut(QKeySequence("Ctrl+1"))

    def _make(self, text: str, shortcut: QKeySequence.StandardKey | None, tip: str) -> QAction:
        action = QAction(text, self)
        if shortcut is not None:
            action.setShortcut(shortcut)
        if tip:
            action.setStatusTip(tip)
            action.setToolTip(tip)
        return action


def zoom_label(zoom: str) -> str:
    if zoom == "fit-width":
        return QCoreApplication.translate("WindowActions", "Fit width")
    if zoom == "fit-page":
        return QCoreApplication.translate("WindowActions", "Fit page")
    return f"{zoom} %"
