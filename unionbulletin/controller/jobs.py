"""Background jobs for the window: export, print, import run off the GUI thread with progress and cancel.

`BackgroundJob(fn)` runs `fn(ctx)` on a private one-thread QThreadPool. `ctx.progress(done, total)`
reports progress and `ctx.cancelled()` asks whether the user pressed Cancel; both are safe to call
from the worker. Results travel back as plain Python values through a queued signal on a relay
QObject that lives in the GUI thread; no QObject changes thread. An exception with a Chinese message
for the user (`UserError` and the errors listed in `USER_ERRORS`) becomes `failed(str(exc))`; any
other exception becomes a generic Chinese message naming it, so a bug never passes silently.
"""

from __future__ import annotations

import contextlib
import threading
from collections.abc import Callable
from dataclasses import dataclass
from typing import Any

from PySide6.QtCore import QCoreApplication, QObject, QRunnable, QThreadPool, Signal, Slot

from ..export import ExportError
from ..importers import ImportError_
from ..render.qt_print import PrintError

translate = QCoreApplication.translate


class UserError(Exception):
    """A failure whose message (Chinese or translated) is meant for the user as it is."""


class Cancelled(Exception):
    """Raised inside a job to stop it after the user cancelled."""


USER_ERRORS: tuple[type[Exception], ...] = (UserError, ExportError, ImportError_, PrintError)


class JobContext:
    """What the job function sees: progress reporting and the cancel flag."""

    def __init__(self, relay: _Relay, cancel: threading.Event) -> None:
        self._relay = relay
        self._cancel = cancel

    def progress(self, done: int, total: int) -> None:
        with contextlib.suppress(RuntimeError):  # the relay is gone: the window is closing
            self._relay.progress.emit(done, total)

    def cancelled(self) -> bool:
        return self._cancel.is_set()

    def check(self) -> None:
        """Raise `Cancelled` when the user cancelled."""
        if self._cancel.is_set():
            raise Cancelled


@dataclass(frozen=True)
class _Outcome:
    ok: bool
    value: Any = None
    message: str = ""
    cancelled: bool = False


class _Relay(QObject):
    progress = Signal(int, int)
    done = Signal(object)  # _Outcome


class _Runnable(QRunnable):
    def __init__(self, fn: Callable[[JobContext], Any], ctx: JobContext, relay: _Relay) -> None:
        super().__init__()
        self._fn = fn
        self._ctx = ctx
        self._relay = relay

    def run(self) -> None:
        try:
            outcome = _Outcome(True, self._fn(self._ctx))
        except Cancelled:
            outcome = _Outcome(False, cancelled=True)
        except USER_ERRORS as exc:
            outcome = _Outcome(False, message=str(exc))
        except Exception as exc:  # a bug: still tell the user, never kill the thread silently
            outcome = _Outcome(
                False,
                message=translate("BackgroundJob", "Unexpected error: %1").replace(
                    "%1", f"{type(exc).__name__}: {exc}"
                ),
            )
        with contextlib.suppress(RuntimeError):
            self._relay.done.emit(outcome)


class BackgroundJob(QObject):
    """One job on its own worker thread. Connect the signals, then `start()`."""

    progress = Signal(int, int)  # done, total
    succeeded = Signal(object)  # the function's return value
    failed = Signal(str)  # a message for the user
    cancelled = Signal()
    finished = Signal()  # after any of the three above

    def __init__(self, fn: Callable[[JobContext], Any], parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._fn = fn
        self._cancel = threading.Event()
        self._pool = QThreadPool(self)
        self._pool.setMaxThreadCount(1)
        self._relay = _Relay(self)
        self._relay.progress.connect(self.progress)
        self._relay.done.connect(self._on_done)
        self._running = False
        self.result: Any = None
        self.error = ""
        self.was_cancelled = False

    @property
    def running(self) -> bool:
        return self._running

    def start(self) -> None:
        if self._running:
            return
        self._running = True
        self._pool.start(_Runnable(self._fn, JobContext(self._relay, self._cancel), self._relay))

    @Slot()
    def cancel(self) -> None:
        self._cancel.set()

    def wait(self, msecs: int = -1) -> bool:
        """Block until the worker thread is done (at quit, in tests); the result still arrives queued."""
        return bool(self._pool.waitForDone(msecs))

    @Slot(object)
    def _on_done(self, outcome: _Outcome) -> None:
        self._running = False
        if outcome.ok:
            self.result = outcome.value
            self.succeeded.emit(outcome.value)
        elif outcome.cancelled:
            self.was_cancelled = True
            self.cancelled.emit()
        else:
            self.error = outcome.message
            self.failed.emit(outcome.message)
        self.finished.emit()
