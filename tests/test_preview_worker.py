"""The preview worker: debounced, one layout in flight, the newest snapshot re-run, unchanged skipped."""

from __future__ import annotations

import dataclasses
import json
import threading
from pathlib import Path

import pytest
from pytestqt.qtbot import QtBot

from unionbulletin.controller.preview import PreviewResult, PreviewWorker
from unionbulletin.domain import Bulletin
from unionbulletin.domain.exchange import from_exchange
from unionbulletin.layout.boxes import Document
from unionbulletin.layout.compose import content_key, layout_bulletin


class Recording:
    """The real layout, recording what it was given and how many ran at once; can be held back."""

    def __init__(self) -> None:
        self.calls: list[Bulletin] = []
        self.threads: set[int] = set()
        self.running = 0
        self.most_at_once = 0
        self.gate = threading.Event()
        self.gate.set()
        self._lock = threading.Lock()

    def __call__(self, b: Bulletin) -> Document:
        with self._lock:
            self.running += 1
            self.most_at_once = max(self.most_at_once, self.running)
            self.calls.append(b)
            self.threads.add(threading.get_ident())
        self.gate.wait(10)
        try:
            return layout_bulletin(b)
        finally:
            with self._lock:
                self.running -= 1


@pytest.fixture
def sample(fixtures_dir: Path) -> Bulletin:
    return from_exchange(json.loads((fixtures_dir / "sample-2020.json").read_text(encoding="utf-8")))


def _worker(layout: Recording, debounce: int = 0) -> PreviewWorker:
    return PreviewWorker(layout, debounce_ms=debounce, key=content_key)


def test_lays_out_off_the_gui_thread_and_skips_unchanged(qtbot: QtBot, sample: Bulletin) -> None:
    layout = Recording()
    worker = _worker(layout)
    with qtbot.waitSignal(worker.laidOut, timeout=10_000) as blocker:
        worker.request_now(sample)
    result = blocker.args[0]
    assert isinstance(result, PreviewResult) and result.bulletin is sample
    assert result.document.pages and result.generation == 1
    assert threading.get_ident() not in layout.threads
    with qtbot.waitSignal(worker.idle, timeout=3000):
        worker.request_now(dataclasses.replace(sample))  # equal content: nothing to do
    assert len(layout.calls) == 1
    worker.shutdown()


def test_one_job_in_flight_and_the_newest_snapshot_runs_next(qtbot: QtBot, sample: Bulletin) -> None:
    layout = Recording()
    layout.gate.clear()
    worker = _worker(layout)
    results: list[PreviewResult] = []
    worker.laidOut.connect(results.append)
    worker.request_now(sample)
    qtbot.waitUntil(lambda: layout.running == 1, timeout=3000)
    edits = [dataclasses.replace(sample, editor=f"编辑{i}") for i in range(5)]
    for b in edits:
        worker.request_now(b)
    qtbot.wait(50)  # a chance for a wrong second job to start (no signal says a job started)
    assert layout.running == 1 and len(layout.calls) == 1  # the others wait
    layout.gate.set()
    qtbot.waitUntil(lambda: len(results) == 2, timeout=10_000)
    assert [r.bulletin.editor for r in results] == [sample.editor, "编辑4"]  # skipped straight to the newest
    assert layout.most_at_once == 1
    with qtbot.assertNotEmitted(worker.laidOut, wait=100):  # the skipped snapshots never run
        pass
    assert len(layout.calls) == 2
    worker.shutdown()


def test_debounce_collapses_a_burst(qtbot: QtBot, sample: Bulletin) -> None:
    layout = Recording()
    worker = _worker(layout, debounce=80)
    with qtbot.waitSignal(worker.laidOut, timeout=10_000) as blocker:
        for i in range(10):
            worker.request(dataclasses.replace(sample, phone=str(i)))
    assert blocker.args[0].bulletin.phone == "9"
    assert len(layout.calls) == 1
    worker.shutdown()


def test_a_failing_layout_is_reported_and_the_worker_goes_on(qtbot: QtBot, sample: Bulletin) -> None:
    def broken(b: Bulletin) -> Document:
        if b.editor == "坏":
            raise ValueError("排不下")
        return layout_bulletin(b)

    worker = PreviewWorker(broken, debounce_ms=0)
    with qtbot.waitSignal(worker.failed, timeout=10_000) as blocker:
        worker.request_now(dataclasses.replace(sample, editor="坏"))
    assert "排不下" in blocker.args[0]
    with qtbot.waitSignal(worker.laidOut, timeout=10_000):
        worker.request_now(sample)
    worker.shutdown()
