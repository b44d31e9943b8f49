"""The live preview's layout worker: debounce, one layout job in flight on a thread pool, re-run.

`request(bulletin)` restarts a single-shot timer; when it fires, a snapshot of the bulletin (a frozen
Python object) is laid out on a private one-thread QThreadPool. Only plain Python objects cross
threads: the bulletin in, the page boxes out (through a queued signal). While a job runs, newer
requests wait; when it finishes, the newest one runs. A snapshot whose content key equals the last
laid-out one is skipped.
"""

from __future__ import annotations

import contextlib
import time
from collections.abc import Callable, Hashable
from dataclasses import dataclass

from PySide6.QtCore import QObject, QRunnable, QThreadPool, QTimer, Signal, Slot

from ..domain import Bulletin
from ..layout.boxes import Document

LayoutFn = Callable[[Bulletin], Document]
KeyFn = Callable[[Bulletin], Hashable]

DEFAULT_DEBOUNCE_MS = 250


def content_key(b: Bulletin) -> Hashable:
    """Equal for bulletins that lay out identically: the content plus the ids the lines point to."""
    tasks = b.plan.tasks if b.plan else ()
    return (b, tuple(i.id for i in b.summary.items), tuple(t.id for t in tasks))


@dataclass(frozen=True)
class PreviewResult:
    document: Document
    bulletin: Bulletin
    generation: int  # increases with every finished layout
    seconds: float  # time spent laying out (worker thread)


class _Relay(QObject):
    finished = Signal(object)  # (job number, Document | None, error message, seconds)


class _Job(QRunnable):
    def __init__(self, number: int, layout: LayoutFn, bulletin: Bulletin, relay: _Relay) -> None:
        super().__init__()
        self._number = number
        self._layout = layout
        self._bulletin = bulletin
        self._relay = relay

    def run(self) -> None:
        start = time.perf_counter()
        document: Document | None = None
        error = ""
        try:
            document = self._layout(self._bulletin)
        except Exception as exc:  # reported to the window, never kills the worker thread
            error = f"{type(exc).__name__}: {exc}"
        # RuntimeError: the relay was deleted because the window is closing
        with contextlib.suppress(RuntimeError):
            self._relay.finished.emit((self._number, document, error, time.perf_counter() - start))


class PreviewWorker(QObject):
    laidOut = Signal(object)  # PreviewResult
    failed = Signal(str)
    idle = Signal()  # nothing pending and nothing running (after a result or a skip)

    def __init__(
        self,
        layout: LayoutFn,
        *,
        debounce_ms: int = DEFAULT_DEBOUNCE_MS,
        key: KeyFn = content_key,
        parent: QObject | None = None,
    ) -> None:
        super().__init__(parent)
        self._layout = layout
        self._key = key
        self._pool = QThreadPool(self)
        self._pool.setMaxThreadCount(1)
        self._timer = QTimer(self)
        self._timer.setSingleShot(True)
        self._timer.setInterval(debounce_ms)
        self._timer.timeout.connect(self._launch)
        self._relay = _Relay(self)
        self._relay.finished.connect(self._on_finished)
        self._pending: Bulletin | None = None
        self._running: tuple[int, Bulletin, Hashable] | None = None
        self._last_key: Hashable | None = None
        self._jobs = 0
        self._generation = 0
        self.last_result: PreviewResult | None = None

    @property
    def busy(self) -> bool:
        return self._running is not None or self._pending is not None

    def set_debounce(self, ms: int) -> None:
        self._timer.setInterval(ms)

    def set_layout(self, layout: LayoutFn) -> None:
        """A new style or font set: the next request lays out even an unchanged bulletin."""
        self._layout = layout
        self._last_key = None

    def request(self, bulletin: Bulletin) -> None:
        """Lay out `bulletin` after the debounce pause (restarted by every call)."""
        self._pending = bulletin
        self._timer.start()

    def request_now(self, bulletin: Bulletin) -> None:
        """Lay out `bulletin` without waiting (opening a bulletin, or when the job slot is free)."""
        self._pending = bulletin
        self._timer.stop()
        self._launch()

    def invalidate(self) -> None:
        self._last_key = None

    @Slot()
    def _launch(self) -> None:
        if self._pending is None or self._running is not None:
            return  # a running job re-launches the newest request when it finishes
        bulletin = self._pending
        self._pending = None
        key = self._key(bulletin)
        if key == self._last_key:
            self.idle.emit()
            return
        self._jobs += 1
        self._running = (self._jobs, bulletin, key)
        self._pool.start(_Job(self._jobs, self._layout, bulletin, self._relay))

    @Slot(object)
    def _on_finished(self, payload: tuple[int, Document | None, str, float]) -> None:
        number, document, error, seconds = payload
        running = self._running
        if running is None or running[0] != number:
            return
        self._running = None
        _, bulletin, key = running
        if document is None:
            self._last_key = None
            self.failed.emit(error)
        else:
            self._last_key = key
            self._generation += 1
            self.last_result = PreviewResult(document, bulletin, self._generation, seconds)
            self.laidOut.emit(self.last_result)
        if self._pending is not None and not self._timer.isActive():
            self._launch()
        elif self._pending is None and not self._timer.isActive():
            self.idle.emit()

    def shutdown(self) -> None:
        """Stop the timer and wait for a running job (at quit)."""
        self._timer.stop()
        self._pending = None
        self._pool.waitForDone()
