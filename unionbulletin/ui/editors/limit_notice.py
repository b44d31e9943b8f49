"""The message an editor shows when an add or a paste would go past a limit of `domain.limits`.

The text is the domain's Chinese sentence naming the limit (it belongs to the document's rules, not
to the interface); the box is window-modal and non-blocking, so typing elsewhere is never trapped.
"""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QMessageBox, QWidget


def show_limit(parent: QWidget, message: str) -> QMessageBox:
    box = QMessageBox(
        QMessageBox.Icon.Information,
        QCoreApplication.translate("LimitNotice", "Limit reached"),
        message,
        QMessageBox.StandardButton.Ok,
        parent.window(),
    )
    box.setObjectName("limitMessage")
    box.finished.connect(box.deleteLater)
    box.open()
    return box
