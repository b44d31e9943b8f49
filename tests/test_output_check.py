"""Proofread before output: errors stop printing and exporting until the user says go on."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest
from pytestqt.qtbot import QtBot
from window_helpers import dispose, make_window

from unionbulletin.app import Parts
from unionbulletin.storage import Database
from unionbulletin.ui.flows.output_check import Answer


def _open(qtbot: QtBot, db: Database, tmp_path: Path, year: int) -> Parts:
    p = make_window(db, tmp_path)
    p.window.resize(1366, 768)
    p.window.show()
    bulletin_id = next(r.id for r in db.list_bulletins() if r.period.year == year)
    with qtbot.waitSignal(p.worker.laidOut, timeout=10_000):
        assert p.session.open_bulletin(bulletin_id)
    return p


@pytest.fixture
def with_error(qtbot: QtBot, db: Database, tmp_path: Path) -> Iterator[Parts]:
    p = _open(qtbot, db, tmp_path, 2018)  # item 8 writes 截止目前: an error
    yield p
    dispose(p)


def _watch_exports(parts: Parts) -> list[str]:
    flow = parts.window.workflow.exporting
    calls: list[str] = []

    def ask_save_path(*_args: object) -> str:
        calls.append("asked")
        return ""  # the dialog would open: cancel it

    flow.ask_save_path = ask_save_path
    return calls


def test_errors_stop_export_when_the_user_cancels(with_error: Parts) -> None:
    check = with_error.window.workflow.output_check
    questions: list[str] = []

    def ask(_parent: object, _title: str, text: str) -> Answer:
        questions.append(text)
        return Answer.CANCEL

    check.ask = ask
    calls = _watch_exports(with_error)
    with_error.window.workflow.actions.export_pdf.trigger()
    assert calls == []
    assert len(questions) == 1
    assert "截止目前" in questions[0]
    assert "导出" in questions[0] or "Export anyway" in questions[0]  # no translator in these tests


def test_continue_goes_on_and_show_opens_the_panel(with_error: Parts) -> None:
    check = with_error.window.workflow.output_check
    calls = _watch_exports(with_error)
    check.ask = lambda *_args: Answer.CONTINUE
    with_error.window.workflow.actions.export_docx.trigger()
    assert calls == ["asked"]

    dock = with_error.window.proofreading.parentWidget()
    assert dock is not None
    dock.hide()
    check.ask = lambda *_args: Answer.SHOW
    with_error.window.workflow.actions.export_docx.trigger()
    assert calls == ["asked"]
    assert dock.isVisible()


def test_switched_off_or_no_error_asks_nothing(
    qtbot: QtBot, db: Database, tmp_path: Path, with_error: Parts
) -> None:
    check = with_error.window.workflow.output_check
    asked: list[str] = []

    def ask(*_args: object) -> Answer:
        asked.append("?")
        return Answer.CANCEL

    check.ask = ask
    calls = _watch_exports(with_error)
    check.action.setChecked(False)
    with_error.window.workflow.actions.export_pdf.trigger()
    assert asked == [] and calls == ["asked"]
    assert with_error.window.workflow.prefs.check_before_output() is False
    check.action.setChecked(True)
    # the 2020 sample has warnings and hints but no error
    with qtbot.waitSignal(with_error.worker.laidOut, timeout=10_000):
        with_error.session.open_bulletin(next(r.id for r in db.list_bulletins() if r.period.year == 2020))
    with_error.window.workflow.actions.export_pdf.trigger()
    assert asked == [] and calls == ["asked", "asked"]
