"""The live preview's layout worker: debounce, one layout job in flight on a thread pool, re-run.

`request(bulletin)` restarts a single-shot timer; when it fires, a snapshot of the bulletin (a frozen
Python object) is laid out on a private one-thread QThreadPool; an optional render step then turns
the pages into images on the same thread. Only plain values cross threads: the bulletin in, the
page boxes (frozen dataclasses) and page images (QImage, a reentrant value type) out, through a
queued signal; no QObject ever changes thread. While a job runs, newer requests wait; when it
finishes, the newest one runs. A snapshot whose content key equals the last laid-out one is skipped.
"""

from __future__ import annotations

import contextlib
import time
from collections.abc import Callable, Hashable
from dataclasses import dataclass
from typing import Any

from PySide6.QtCore import QObject, QRunnable, QThreadPool, QTimer, Signal, Slot

from ..domain import Bulletin
from ..layout.boxes import Document

LayoutFn = Callable[[Bulletin], Document]
RenderFn = Callable[[Document], Any]  # runs after the layout, on the worker thread
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
    rendered: Any = None  # what the optional render step made of the pages (e.g. page images)
    render_seconds: float = 0.0


@dataclass(frozen=True)
class _Outcome:
    number: int
    document: Document | None
    error: str
    seconds: float
    rendered: Any = None
    render_seconds: float = 0.0


class _Relay(QObject):
    finished = Signal(object)  # _Outcome


class _Job(QRunnable):
    def __init__(
        self, number: int, layout: LayoutFn, render: RenderFn | None, bulletin: Bulletin, relay: _Relay
    ) -> None:
        super().__init__()
        self._number = number
        self._layout = layout
        self._render = render
        self._bulletin = bulletin
        self._relay = relay

    def run(self) -> None:
        start = time.perf_counter()
        document: Document | None = None
        rendered: Any = None
        error = ""
        seconds = render_seconds = 0.0
        try:
            document = self._layout(self._bulletin)
            seconds = time.perf_counter() - start
            if self._render is not None:
                rendered = self._render(document)
                render_seconds = time.perf_counter() - start - seconds
        except Exception as exc:  # reported to the window, never kills the worker thread
            error = f"{type(exc).__name__}: {exc}"
            if document is not None:  # the render step failed: the pages are still good
                error = ""
        outcome = _Outcome(self._number, document, error, seconds, rendered, render_seconds)
        # RuntimeError: the relay was deleted because the window is closing
        with contextlib.suppress(RuntimeError):
            self._relay.finished.emit(outcome)


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
        render: RenderFn | None = None,
        parent: QObject | None = None,
    ) -> None:
        super().__init__(parent)
        self._layout = layout
        self._render = render
        self._key = key
        self._pool = QThreadPool(self)
        self._pool.setMaxThreadCount(1)
        self._pool.setExpiryTimeout(-1)  # one thread for good: the render step keeps fonts per thread
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

    def set_render(self, render: RenderFn | None) -> None:
        """A new render step (e.g. other fonts), used from the next job on."""
        self._render = render
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
        self._pool.start(_Job(self._jobs, self._layout, self._render, bulletin, self._relay))

    @Slot(object)
    def _on_finished(self, outcome: _Outcome) -> None:
        running = self._running
        if running is None or running[0] != outcome.number:
            return
        self._running = None
        _, bulletin, key = running
        if outcome.document is None:
            self._last_key = None
            self.failed.emit(outcome.error)
        else:
            self._last_key = key
            self._generation += 1
            self.last_result = PreviewResult(
                outcome.document,
                bulletin,
                self._generation,
                outcome.seconds,
                outcome.rendered,
                outcome.render_seconds,
            )
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
