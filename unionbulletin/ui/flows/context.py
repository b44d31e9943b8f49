"""What a flow needs from the window it works for, handed to it once: no flow imports the window.

The main window builds one FlowContext (its session, render setup, preferences, itself as the parent
of dialogs and the owner of the status bar) and gives it to print, export, import, follow-up,
archive and rescue. They reach nothing else of the window.
"""

from __future__ import annotations

from dataclasses import dataclass

from PySide6.QtWidgets import QMainWindow

from ...controller.document import BulletinDocument
from ...controller.preferences import Preferences
from ...controller.render_setup import RenderSetup
from ...controller.session import Session


@dataclass(frozen=True)
class FlowContext:
    session: Session
    render: RenderSetup  # the fonts and style of Settings, as the preview has them
    prefs: Preferences
    parent: QMainWindow  # parent of dialogs and message boxes; its status bar shows short messages

    @property
    def document(self) -> BulletinDocument:
        return self.session.document

    def status(self, text: str, timeout_ms: int = 0) -> None:
        self.parent.statusBar().showMessage(text, timeout_ms)
