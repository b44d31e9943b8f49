"""The one dialog a flow has open: shown window-modal, deleted when it finishes, then forgotten.

The flow keeps it in its `dialog` attribute (tests look at it there).
"""

from __future__ import annotations

from typing import Protocol

from PySide6.QtWidgets import QDialog


class DialogHolder(Protocol):
    dialog: QDialog | None


def open_dialog(holder: DialogHolder, dialog: QDialog) -> None:
    holder.dialog = dialog

    def closed(_code: int) -> None:
        if holder.dialog is dialog:
            holder.dialog = None
        dialog.deleteLater()

    dialog.finished.connect(closed)
    dialog.open()
