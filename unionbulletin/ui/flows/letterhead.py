"""The "pre-printed letterhead (套红)" output option: a checkable File-menu action, remembered in the
preferences, also on the print preview's toolbar (the system print dialog takes no options of ours;
its title says when the option is on).

Many offices have the red masthead printed once at a print shop and feed those sheets; printing and
the PDF then leave out the masthead name and the red rule and keep everything else in place
(`Style.letterhead`, applied by `RenderSetup.output_style`).
"""

from __future__ import annotations

from PySide6.QtCore import QObject
from PySide6.QtGui import QAction
from PySide6.QtWidgets import QWidget

from ...controller.preferences import Preferences


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
