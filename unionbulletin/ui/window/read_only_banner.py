"""Read-only mode: when the data file is open read-only (another copy of the program holds it), the
window puts each editor in its read-only state (`set_read_only`, which each editor honours for its own
fields and actions), keeps undo/redo/save off and shows the banner made here.

Text fields stay selectable (read-only, not disabled) so the text can still be copied.
"""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication
from PySide6.QtGui import QAction
from PySide6.QtWidgets import QLabel, QMainWindow, QToolBar

translate = QCoreApplication.translate
BANNER_STYLE = "background: #fff3cd; color: #7a4b00; padding: 4px 8px; border-bottom: 1px solid #e0c080;"


def read_only_text() -> str:
    return translate(
        "ReadOnly",
        "The data file is in use by another window and was opened read-only; changes will not be saved.",
    )


def keep_disabled(action: QAction) -> None:
    """Disable `action` now and whenever something enables it again."""

    def again() -> None:
        if action.isEnabled():
            action.setEnabled(False)

    action.setEnabled(False)
    action.changed.connect(again)


def show_read_only_banner(window: QMainWindow) -> QLabel:
    """A tool bar row under the others that says why nothing can be changed; also in the status bar."""
    banner = QLabel(read_only_text(), window)
    banner.setObjectName("readOnlyBanner")
    banner.setWordWrap(True)
    banner.setStyleSheet(BANNER_STYLE)
    window.addToolBarBreak()
    bar = QToolBar(translate("ReadOnly", "Read-only"), window)
    bar.setObjectName("readOnlyBar")
    bar.setMovable(False)
    bar.addWidget(banner)
    window.addToolBar(bar)
    window.statusBar().showMessage(read_only_text())
    return banner
