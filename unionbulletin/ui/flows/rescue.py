"""Honest recovery (issue 12, finding 9): when the recovery journal cannot be written either (a full
disk, a read-only folder), the status bar says so with a "Save elsewhere…" button, and the close
dialog says the changes would be lost instead of promising a recovery file, offering the same way
out: the open bulletin, unsaved changes included, written as an exchange JSON file (importable).
"""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QObject
from PySide6.QtWidgets import QMessageBox, QPushButton, QWidget

from ...domain.conventions import summary_title
from ...os_errors import reason
from . import export_flow
from .context import FlowContext


class Rescue(QObject):
    """The status-bar button and the close dialog for unsaved work with no recovery file."""

    def __init__(self, context: FlowContext) -> None:
        window = context.parent
        super().__init__(window)
        self._context = context
        self.button = QPushButton(self.tr("Save elsewhere…"), window)
        self.button.setObjectName("rescueButton")
        self.button.setToolTip(
            self.tr(
                "Neither the data file nor the recovery file can be written: "
                "save the open bulletin as an exchange file (.json) elsewhere"
            )
        )
        self.button.hide()
        self.button.clicked.connect(self.save_elsewhere)
        window.statusBar().addPermanentWidget(self.button)
        session = context.session
        session.journalFailed.connect(lambda _message: self.button.show())
        session.journalWritten.connect(self.button.hide)
        session.saved.connect(lambda _id: self.button.hide())

    def save_elsewhere(self) -> bool:
        """Ask where, write the exchange JSON; True when it was written."""
        window = self._context.parent
        doc = self._context.document
        if not doc.has_bulletin:
            return False
        suggested = str(Path.home() / f"{summary_title(doc.bulletin) or 'bulletin'}.json")
        target = export_flow.ask_save_path(
            window, self.tr("Save the open bulletin elsewhere"), suggested, self.tr("Exchange file (*.json)")
        )
        if not target:
            return False
        try:
            self._context.session.save_copy_as_exchange(Path(target))
        except OSError as exc:
            QMessageBox.critical(
                window,
                self.tr("Save elsewhere"),
                self.tr("Could not write %1: %2").replace("%1", target).replace("%2", reason(exc)),
            )
            return False
        self._context.status(
            self.tr("Saved to %1. Import it later with File → Import.").replace("%1", target), 15000
        )
        return True

    def confirm_close(self, parent: QWidget) -> bool:
        """Unsaved changes at close: True to quit. Honest about whether the journal holds them."""
        session = self._context.session
        if not session.journal_failed:
            answer = QMessageBox.warning(
                parent,
                self.tr("Unsaved changes"),
                self.tr(
                    "The changes could not be saved to the data file.\n\nThey are kept in the recovery "
                    "file %1 and will be offered at the next start. Quit anyway?"
                ).replace("%1", str(session.journal.path)),
                QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.Cancel,
                QMessageBox.StandardButton.Cancel,
            )
            return answer == QMessageBox.StandardButton.Yes
        box = QMessageBox(
            QMessageBox.Icon.Critical,
            self.tr("Unsaved changes will be lost"),
            self.tr(
                "The changes could not be saved to the data file, and the recovery file "
                "%1 could not be written either (%2).\n\nIf you quit now they are lost. "
                "Save them elsewhere as an exchange file (.json) that can be imported "
                "later?"
            )
            .replace("%1", str(session.journal.path))
            .replace("%2", session.journal_failed),
        )
        box.setParent(parent, box.windowFlags())
        box.setObjectName("rescueCloseBox")
        save = box.addButton(self.tr("Save elsewhere…"), QMessageBox.ButtonRole.AcceptRole)
        lose = box.addButton(self.tr("Quit without saving"), QMessageBox.ButtonRole.DestructiveRole)
        box.addButton(QMessageBox.StandardButton.Cancel)
        box.setDefaultButton(save)
        box.exec()
        clicked = box.clickedButton()
        if clicked is save:
            return self.save_elsewhere()
        return clicked is lose
