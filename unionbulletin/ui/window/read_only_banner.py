"""Read-only mode: when the data file is open read-only (another copy of the program holds it),
every editing widget is made read-only or disabled, undo/redo stay off and a banner says why.

`install_read_only(window)` is the only hook; it does nothing for a writable file. Text fields stay
selectable (read-only, not disabled) so the text can still be copied; actions and buttons that would
change the bulletin are disabled and kept disabled when the editors re-enable them.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication
from PySide6.QtGui import QAction
from PySide6.QtWidgets import (
    QAbstractButton,
    QAbstractItemView,
    QAbstractSpinBox,
    QComboBox,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QToolBar,
    QWidget,
)

if TYPE_CHECKING:
    from .main_window import MainWindow

translate = QCoreApplication.translate
BANNER_STYLE = "background: #fff3cd; color: #7a4b00; padding: 4px 8px; border-bottom: 1px solid #e0c080;"


def read_only_text() -> str:
    return translate("ReadOnly", "The data file is in use by another window and was opened read-only; "
                                 "changes will not be saved.")


def keep_disabled(action: QAction) -> None:
    """Disable `action` now and whenever something enables it again."""
    def again() -> None:
        if action.isEnabled():
            action.setEnabled(False)

    action.setEnabled(False)
    action.changed.connect(again)


def make_read_only(editor: QWidget) -> None:
    """Make every input inside `editor` read-only (text) or disabled (buttons, choices, actions)."""
    for field in editor.findChildren(QLineEdit) + editor.findChildren(QPlainTextEdit):
        field.setReadOnly(True)
    for spin in editor.findChildren(QAbstractSpinBox):
        spin.setReadOnly(True)
    for widget in editor.findChildren(QComboBox) + editor.findChildren(QAbstractButton):
        widget.setEnabled(False)
    for view in editor.findChildren(QAbstractItemView):
        view.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        view.setDragDropMode(QAbstractItemView.DragDropMode.NoDragDrop)
    for action in [*editor.actions(), *editor.findChildren(QAction)]:
        keep_disabled(action)


def install_read_only(window: MainWindow) -> QLabel | None:
    """Put the window in read-only mode if its data file is read-only; returns the banner."""
    if not window.session.read_only:
        return None
    for editor in (window.items, window.tasks, window.meta):
        make_read_only(editor)
    window.items.set_read_only(True)
    for action in (window.undo_action, window.redo_action, window.undo_button_action,
                   window.redo_button_action, window.actions_.save):
        keep_disabled(action)
    window.proofreading.refresh()  # its fix buttons follow Proofreader.read_only
    for action in window.findChildren(QAction):
        if action.text() == translate("ProofreadPanel", "Fix &all"):  # the 校对 menu's entry
            keep_disabled(action)
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
