"""The "pre-printed letterhead (套红)" output option: a checkable File-menu action, remembered in the
preferences, and the same choice as a check box in the print dialog.

Many offices have the red masthead printed once at a print shop and feed those sheets; printing and
the PDF then leave out the masthead name and the red rule and keep everything else in place
(`Style.letterhead`, applied by `RenderSetup.output_style`).
"""

from __future__ import annotations

from PySide6.QtCore import QObject
from PySide6.QtGui import QAction
from PySide6.QtWidgets import QCheckBox, QVBoxLayout, QWidget

from ..controller.preferences import Preferences


class LetterheadOption(QObject):
    def __init__(self, prefs: Preferences, parent: QWidget) -> None:
        super().__init__(parent)
        self._prefs = prefs
        self.action = QAction(self.tr("Print on pre-printed &letterhead (no masthead, no red rule)"), parent)
        self.action.setObjectName("letterheadAction")
        self.action.setCheckable(True)
        self.action.setChecked(prefs.letterhead())
        tip = self.tr(
            "For paper with the red masthead already printed: printing and the PDF leave out the "
            "masthead name and the red rule; everything else stays in place"
        )
        self.action.setStatusTip(tip)
        self.action.setToolTip(tip)
        self.action.toggled.connect(self._store)

    def _store(self, on: bool) -> None:
        self._prefs.set_letterhead(on)
        self._prefs.sync()

    def is_on(self) -> bool:
        return self.action.isChecked()

    def option_tab(self) -> QWidget:
        """A page for the print dialog's options with the same choice as a check box."""
        page = QWidget()
        page.setObjectName("letterheadTab")
        page.setWindowTitle(self.tr("Letterhead"))
        box = QCheckBox(self.action.text().replace("&", ""), page)
        box.setObjectName("letterheadCheck")
        box.setToolTip(self.action.toolTip())
        box.setChecked(self.action.isChecked())
        box.toggled.connect(self.action.setChecked)
        layout = QVBoxLayout(page)
        layout.addWidget(box)
        layout.addStretch(1)
        return page
