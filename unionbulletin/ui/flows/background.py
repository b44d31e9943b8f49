"""One way to run an operation in the background from the window: job, progress, success, failure.

`run_in_background(...)` starts a BackgroundJob with a JobProgress dialog (window-modal, "n of N",
Cancel; it appears only when the job takes longer than a blink), connects the caller's success
handler, and on failure shows a warning box with the job's Chinese message. Print, export, import
and the annual compilation all go through it, so each shows its failure the same way.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from PySide6.QtCore import QObject, Qt
from PySide6.QtWidgets import QMessageBox, QProgressDialog, QWidget

from ...controller.jobs import BackgroundJob, JobContext

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


def failure_box(parent: QWidget, title: str, message: str, name: str) -> QMessageBox:
    """A warning box (opened, not blocking) with the message of a failed operation."""
    box = QMessageBox(QMessageBox.Icon.Warning, title, message, QMessageBox.StandardButton.Ok, parent)
    box.setObjectName(name)
    box.finished.connect(box.deleteLater)
    box.open()
    return box


def run_in_background(
    fn: Callable[[JobContext], Any],
    *,
    owner: QObject,
    parent: QWidget,
    label: str,
    failure_title: str,
    failure_name: str,
    on_success: Callable[[Any], object],
    on_failure: Callable[[str], object] | None = None,
    after_failure: Callable[[], object] | None = None,
    cancellable: bool = True,
) -> BackgroundJob:
    """Start `fn` in a BackgroundJob owned by `owner`, with progress over `parent`.

    On success `on_success(result)`; on failure a warning box named `failure_name` shows the message,
    then `on_failure(message)`; `after_failure()` runs when that box is closed."""
    job = BackgroundJob(fn, owner)
    JobProgress(job, label, parent, cancellable=cancellable)
    job.succeeded.connect(on_success)

    def failed(message: str) -> None:
        box = failure_box(parent, failure_title, message, failure_name)
        if after_failure is not None:
            box.finished.connect(lambda _code: after_failure())
        if on_failure is not None:
            on_failure(message)

    job.failed.connect(failed)
    job.start()
    return job
