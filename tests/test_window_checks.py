"""Window tests of issue 15's proofreading items: what would show wrong on paper stops the output."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from pytestqt.qtbot import QtBot
from window_helpers import dispose, make_window

from unionbulletin.app import Parts
from unionbulletin.storage import Database
from unionbulletin.ui.output_check import Answer


@pytest.fixture
def db(tmp_path: Path) -> Iterator[Database]:
    database = Database.open(tmp_path / "bulletins.json")
    yield database
    database.close()


@pytest.fixture
def parts(qtbot: QtBot, db: Database, tmp_path: Path) -> Iterator[Parts]:
    p = make_window(db, tmp_path)
    p.window.resize(1366, 697)
    p.window.show()
    bulletin_id = next(r.id for r in db.list_bulletins() if r.period.year == 2020)
    with qtbot.waitSignal(p.worker.laidOut, timeout=10_000):
        assert p.session.open_bulletin(bulletin_id)
    yield p
    dispose(p)


def test_clearing_the_series_name_stops_printing(qtbot: QtBot, parts: Parts) -> None:
    """The 2020 sample exports without a question; with its 简报名称 erased (as she would, with the
    keyboard) the check before output asks, naming the empty masthead."""
    w = parts.window
    check = w.workflow.output_check
    questions: list[str] = []

    def ask(_parent: object, _title: str, text: str) -> Answer:
        questions.append(text)
        return Answer.CANCEL

    check.ask = ask
    exported: list[str] = []
    w.workflow.exporting.ask_save_path = lambda *_args: exported.append("asked") or ""  # cancel the dialog
    w.workflow.actions.export_pdf.trigger()
    assert questions == [] and exported == ["asked"]

    w.tabs.setCurrentIndex(2)
    edit = w.meta.series
    edit.setFocus()
    edit.selectAll()
    qtbot.keyClick(edit, Qt.Key.Key_Delete)
    assert parts.session.document.bulletin.series == ""
    w.workflow.actions.export_pdf.trigger()
    assert exported == ["asked"]
    assert len(questions) == 1 and "简报名称是空的" in questions[0]
