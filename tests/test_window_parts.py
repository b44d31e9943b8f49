"""Smaller behaviours of the window: name completion, recipient groups, zoom, save at quit, and the
dialogs for a data file that is locked or damaged."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest
from PySide6.QtCore import QTimer
from PySide6.QtWidgets import QApplication, QLineEdit, QMessageBox
from pytestqt.qtbot import QtBot
from window_helpers import dispose, make_window, stored

from unionbulletin.app import Parts, _open_database
from unionbulletin.domain import AddressBook, RecipientGroup
from unionbulletin.storage import Database
from unionbulletin.ui.editors.names import NamesCompleter, last_segment_start


@pytest.fixture
def parts(qtbot: QtBot, db: Database, tmp_path: Path) -> Iterator[Parts]:
    p = make_window(db, tmp_path)
    p.window.resize(1366, 768)
    p.window.show()
    with qtbot.waitSignal(p.worker.laidOut, timeout=10_000):
        p.session.open_newest()
    yield p
    dispose(p)


def test_names_completer_completes_the_last_name_only(qapp: object) -> None:
    edit = QLineEdit()
    completer = NamesCompleter(["高启秀", "张征军", "郭红萍"], edit)
    edit.setCompleter(completer)
    edit.setText("高启秀、张")
    assert last_segment_start(edit.text()) == 4
    assert completer.splitPath(edit.text()) == ["张"]
    source = completer.model().index(1, 0)  # QCompleter passes indexes of its source model
    assert completer.pathFromIndex(source) == "高启秀、张征军"
    edit.setText("高启秀")  # a first name: no separator to keep
    assert completer.pathFromIndex(source) == "张征军"


def test_recipient_group_is_inserted_without_duplicates(parts: Parts) -> None:
    session = parts.session
    session.db.save_address_book(
        AddressBook(recipient_groups=(RecipientGroup("上级", ("省总工会", "市“四大家”有关领导")),))
    )
    form = parts.window.meta
    before = session.document.bulletin.distribution.report_to
    menu = form._group_menus[0]
    menu.aboutToShow.emit()
    action = next(a for a in menu.actions() if a.text().startswith("上级"))
    action.trigger()
    after = session.document.bulletin.distribution.report_to
    assert after[: len(before)] == before
    assert after.count("省总工会") == 1 and "市“四大家”有关领导" in after
    assert form.recipients["report_to"].text() == "、".join(after)
    parts.window.undo_action.trigger()
    assert session.document.bulletin.distribution.report_to == before


def test_zoom_modes(qtbot: QtBot, parts: Parts) -> None:
    preview = parts.window.preview
    preview.set_zoom("fit-page")
    page = preview.document.pages[0] if preview.document else None
    assert page is not None
    assert page.height * preview.scale() <= preview.viewport().height()
    preview.set_zoom("fit-width")
    assert abs(page.width * preview.scale() - (preview.viewport().width() - 32)) < 1
    preview.set_zoom("100")
    assert abs(preview.scale() - preview.logicalDpiX() / 72) < 1e-6
    preview.step_zoom(1)
    assert preview.zoom() == "125"
    assert parts.window.zoom_combo.currentData() == "125"


def test_closing_the_window_saves(parts: Parts) -> None:
    doc = parts.session.document
    bid = doc.bulletin_id
    assert bid is not None
    doc.set_meta("phone", "12345678")
    assert doc.is_modified()
    parts.window.close()
    assert stored(parts.session.db.path, bid)["phone"] == "12345678"


def _click_later(role: QMessageBox.ButtonRole, seen: list[str]) -> None:
    def click() -> None:
        box = QApplication.activeModalWidget()
        assert isinstance(box, QMessageBox)
        seen.append(box.text())
        next(b for b in box.buttons() if box.buttonRole(b) == role).click()

    QTimer.singleShot(0, click)


def test_a_locked_file_can_be_opened_read_only(qapp: object, db: Database) -> None:
    seen: list[str] = []
    _click_later(QMessageBox.ButtonRole.AcceptRole, seen)
    other = _open_database(db.path)  # `db` holds the write lock, as another window would
    assert other is not None and other.read_only
    assert "另一个" in seen[0]
    other.close()


def test_a_damaged_file_is_reported_and_left_alone(qapp: object, tmp_path: Path) -> None:
    path = tmp_path / "damaged.json"
    path.write_bytes(b'{"_meta": {"1": {"schema_version": 1}}, "bulletins": {"1": ')
    before = path.read_bytes()
    seen: list[str] = []
    _click_later(QMessageBox.ButtonRole.AcceptRole, seen)
    assert _open_database(path) is None
    assert "损坏" in seen[0]
    assert path.read_bytes() == before
