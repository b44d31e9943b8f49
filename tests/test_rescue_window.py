"""Honest recovery (issue 12, finding 9): when the recovery journal cannot be written, the status bar
and the close dialog say so and offer saving the open bulletin elsewhere.

On main the close dialog promised "They are kept in the recovery file" although writing it had failed.
The journal failure is real (its path is a folder); the data file's "disk full" is the one thing
simulated, since a full disk cannot be made here.
"""

from __future__ import annotations

import dataclasses
from collections.abc import Iterator
from pathlib import Path

import pytest
from PySide6.QtCore import QTimer
from PySide6.QtWidgets import QApplication, QMessageBox
from pytestqt.qtbot import QtBot
from window_helpers import accept_next_box, dispose, make_window

from unionbulletin.app import Parts
from unionbulletin.domain.model import OrgSettings
from unionbulletin.importers import import_file
from unionbulletin.storage import Database, DatabaseWriteFailed
from unionbulletin.ui.flows import export_flow


@pytest.fixture
def broken(qtbot: QtBot, tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Iterator[Parts]:
    db = Database.open(tmp_path / "bulletins.json")
    bid = next(r.id for r in db.list_bulletins() if r.period.year == 2020)
    p = make_window(db, tmp_path)
    p.window.resize(1366, 697)
    p.window.show()
    p.session.open_bulletin(bid)
    p.session.journal.path.mkdir()  # the recovery file cannot be written: a real failure

    def disk_full(*_args: object) -> None:
        raise DatabaseWriteFailed(db.path, "磁盘空间不足")

    monkeypatch.setattr(db, "update", disk_full)
    monkeypatch.setattr(db, "add", disk_full)
    doc = p.session.document
    doc.replace_bulletin(dataclasses.replace(doc.bulletin, editor="未保存的编辑"), "edit")
    yield p
    if p.window.isVisible():
        p.session.document.mark_saved()
    dispose(p)
    db.close()


def test_status_bar_says_the_journal_failed_and_offers_saving_elsewhere(
    broken: Parts, tmp_path: Path
) -> None:
    window = broken.window
    assert not broken.session.save()
    broken.session.write_journal()
    assert broken.session.journal_failed
    assert str(broken.session.journal.path) in window.statusBar().currentMessage()
    assert window.rescue.button.isVisible()
    window.grab().save(str(tmp_path / "rescue-statusbar.png"))


def test_close_dialog_is_honest_and_saves_elsewhere(
    broken: Parts, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    target = tmp_path / "elsewhere" / "救出.json"
    target.parent.mkdir()
    monkeypatch.setattr(export_flow, "ask_save_path", lambda *_args: str(target))  # the file dialog
    seen: list[tuple[str, list[str]]] = []
    accept_next_box(seen)
    broken.window.close()
    text, buttons = seen[0]
    assert str(broken.session.journal.path) in text
    assert "kept in the recovery" not in text and "保存在恢复文件" not in text
    assert len(buttons) == 3
    assert not broken.window.isVisible()  # saved elsewhere, then closed
    rescued = import_file(target, OrgSettings()).bulletin
    assert rescued.editor == "未保存的编辑"


def test_close_dialog_cancel_keeps_the_window(broken: Parts) -> None:
    def cancel() -> None:
        box = QApplication.activeModalWidget()
        assert isinstance(box, QMessageBox)
        next(b for b in box.buttons() if box.buttonRole(b) == QMessageBox.ButtonRole.RejectRole).click()

    QTimer.singleShot(0, cancel)
    broken.window.close()
    assert broken.window.isVisible()
