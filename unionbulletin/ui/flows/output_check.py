"""Proofread before printing or exporting: when errors remain, ask whether to go on.

A checkable action (on by default, remembered in the Preferences) switches the check off for people
who do not want it. "Show the findings" cancels the output and opens the 校对 panel on the first
error, so the secretary can mend it before the leader sees it.
"""

from __future__ import annotations

from collections.abc import Callable
from enum import Enum

from PySide6.QtCore import QCoreApplication, QObject
from PySide6.QtGui import QAction
from PySide6.QtWidgets import QMessageBox, QWidget

from ...controller.preferences import Preferences
from ..proofreading.proofread_panel import ProofreadPanel


class Answer(Enum):
    CONTINUE = "continue"
    SHOW = "show"
    CANCEL = "cancel"


Ask = Callable[[QWidget, str, str], Answer]


def ask_user(parent: QWidget, title: str, text: str) -> Answer:
    box = QMessageBox(QMessageBox.Icon.Warning, title, text, QMessageBox.StandardButton.NoButton, parent)
    go_on_text = QCoreApplication.translate("OutputCheck", "Continue anyway")
    show_text = QCoreApplication.translate("OutputCheck", "Show the findings")
    go_on = box.addButton(go_on_text, QMessageBox.ButtonRole.AcceptRole)
    show = box.addButton(show_text, QMessageBox.ButtonRole.ActionRole)
    box.addButton(QMessageBox.StandardButton.Cancel)
    box.setDefaultButton(show)
    box.exec()
    clicked = box.clickedButton()
    if clicked is go_on:
        return Answer.CONTINUE
    if clicked is show:
        return Answer.SHOW
    return Answer.CANCEL


class OutputCheck(QObject):
    def __init__(self, parent: QWidget, prefs: Preferences, panel: ProofreadPanel | None) -> None:
        super().__init__(parent)
        self._parent = parent
        self._prefs = prefs
        self._panel = panel
        self.action = QAction(self.tr("Proofread before printing and exporting"), parent)
        self.action.setCheckable(True)
        self.action.setChecked(prefs.check_before_output())
        self.action.toggled.connect(prefs.set_check_before_output)
        self.ask: Ask = ask_user  # replaceable in tests: a message box cannot be clicked offscreen

    def allows(self, what: str) -> bool:
        """True when the output may go ahead (no errors, check off, or the user chose to continue)."""
        panel = self._panel
        if not self.action.isChecked() or panel is None:
            return True
        errors = panel.proofreader.errors_before_output()
        if not errors:
            return True
        shown = "\n".join(f"• {f.to_line()}" for f in errors[:3])
        more = self.tr("…and %n more", "", len(errors) - 3) if len(errors) > 3 else ""
        text = self.tr("Proofreading found %n error(s) in this issue:", "", len(errors))
        text += f"\n\n{shown}\n{more}\n\n" + self.tr("%1 anyway?").replace("%1", what)
        answer = self.ask(self._parent, self.tr("Errors before output"), text.replace("\n\n\n", "\n\n"))
        if answer is Answer.SHOW:
            dock = panel.parentWidget()
            if dock is not None:
                dock.show()
                dock.raise_()
            panel.tree.setFocus()
            return False
        return answer is Answer.CONTINUE

    def gate(self, output: Callable[[], object], what: str) -> Callable[[], None]:
        """`output` wrapped so that it runs only when `allows(what)`."""

        def gated() -> None:
            if self.allows(what):
                output()

        return gated
