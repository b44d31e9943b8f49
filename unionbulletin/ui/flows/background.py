"""A progress dialog for a BackgroundJob: appears only when the job takes longer than a blink.

The dialog is window-modal, shows "n of N", and its Cancel button cancels the job (the job stops at
its next check and reports `cancelled`). It closes itself when the job finishes.
"""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QProgressDialog, QWidget

from ...controller.jobs import BackgroundJob

SHOW_AFTER_MS = 400  # shorter jobs never show a dialog


class JobProgress(QProgressDialog):
    def __init__(self, job: BackgroundJob, label: str, parent: QWidget, *, cancellable: bool = True) -> None:
        super().__init__(label, self.tr("Cancel") if cancellable else "", 0, 0, parent)
        self.setObjectName("jobProgress")
        self.setWindowTitle(label)
        self.setWindowModality(Qt.WindowModality.WindowModal)
        self.setMinimumDuration(SHOW_AFTER_MS)
        self.setAutoClose(False)
        self.setAutoReset(False)
        self._label = label
        self._job = job
        if not cancellable:
            self.setCancelButton(None)
        self.canceled.connect(self._on_cancel)
        job.progress.connect(self._on_progress)
        job.finished.connect(self._on_finished)
        self.setValue(0)

    def _on_progress(self, done: int, total: int) -> None:
        if total > 0:
            self.setMaximum(total)
            self.setValue(min(done, total))
            self.setLabelText(
                self.tr("%1 (%2 of %3)")
                .replace("%1", self._label)
                .replace("%2", str(done))
                .replace("%3", str(total))
            )

    def _on_cancel(self) -> None:
        self.setLabelText(self.tr("Cancelling…"))
        self._job.cancel()

    def _on_finished(self) -> None:
        self.canceled.disconnect(self._on_cancel)
        self.reset()  # stops the timer that would show the dialog later
        self.close()
        self.deleteLater()
