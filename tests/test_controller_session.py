"""Saving, autosave, switching, delete/undo-delete and the recovery journal, on a real database file."""

from __future__ import annotations

import datetime as _dt
import json
from pathlib import Path

import pytest
from PySide6.QtCore import QByteArray, QSettings
from pytestqt.modeltest import ModelTester
from pytestqt.qtbot import QtBot

from unionbulletin.controller.document import BulletinDocument
from unionbulletin.controller.journal import RecoveryJournal, journal_path
from unionbulletin.controller.library_model import BULLETIN_ID_ROLE, YEAR_ROLE, LibraryModel
from unionbulletin.controller.session import Session
from unionbulletin.controller.settings import WindowSettings
from unionbulletin.domain.exchange import from_exchange
from unionbulletin.storage import Database


@pytest.fixture
def session(qapp: object, db: Database) -> Session:
    s = Session(db, BulletinDocument(), autosave_ms=200, journal_ms=50)
    assert s.open_newest()
    return s


def _stored(path: Path, bulletin_id: int) -> dict[str, object]:
    """The bulletin as it is in the file on disk, read with another, read-only connection."""
    with Database.open(path, read_only=True) as other:
        from unionbulletin.domain.exchange import to_exchange

        return to_exchange(other.get(bulletin_id))


def test_autosave_writes_the_file_after_a_pause(session: Session, qtbot: QtBot) -> None:
    doc = session.document
    item = doc.bulletin.summary.items[0]
    assert doc.bulletin_id is not None
    doc.set_item_text(item.id, "heading", "自动保存的标题。")
    assert doc.is_modified()
    with qtbot.waitSignal(session.saved, timeout=3000):
        pass
    assert not doc.is_modified()
    stored = _stored(session.db.path, doc.bulletin_id)
    assert stored["summary"]["items"][0]["heading"] == "自动保存的标题。"  # type: ignore[index]
    assert not session.journal.exists()


def test_journal_holds_unsaved_work_and_restore_is_undoable(session: Session, qtbot: QtBot) -> None:
    session.set_autosave_interval(60_000)
    doc = session.document
    bid = doc.bulletin_id
    assert bid is not None
    item = doc.bulletin.summary.items[1]
    with qtbot.waitSignal(session.journalWritten, timeout=3000):
        doc.set_item_text(item.id, "body", "崩溃前输入的文字")
    data = json.loads(journal_path(session.db.path).read_text(encoding="utf-8"))
    assert data["bulletin_id"] == bid
    assert data["bulletin"]["summary"]["items"][1]["body"] == "崩溃前输入的文字"

    # a fresh session on the same file (the process "restarted"): the file still has the old text
    doc.load(session.db.get(bid), bid)  # drop the in-memory edit
    recovered = session.pending_recovery()
    assert recovered is not None and recovered.bulletin_id == bid
    session.restore(recovered)
    assert doc.bulletin.summary.items[1].body == "崩溃前输入的文字"
    assert doc.is_modified()  # not saved silently: the user sees an unsaved change
    doc.undo_stack.undo()
    assert doc.bulletin.summary.items[1].body != "崩溃前输入的文字"


def test_undo_back_to_saved_state_clears_the_journal(session: Session, qtbot: QtBot) -> None:
    session.set_autosave_interval(60_000)
    doc = session.document
    item = doc.bulletin.summary.items[0]
    with qtbot.waitSignal(session.journalWritten, timeout=3000):
        doc.set_item_text(item.id, "heading", "改")
    assert session.journal.exists()
    with qtbot.waitSignal(session.journalWritten, timeout=3000):
        doc.undo_stack.undo()
    assert not session.journal.exists()


def test_damaged_journal_is_moved_aside_not_lost(tmp_path: Path) -> None:
    journal = RecoveryJournal(tmp_path / "db.json")
    journal.path.write_text("{not json", encoding="utf-8")
    assert journal.read() is None
    assert not journal.path.exists()
    kept = list(tmp_path.glob("db.json.recovery.json.damaged-*"))
    assert len(kept) == 1 and kept[0].read_text(encoding="utf-8") == "{not json"


def test_switching_bulletin_saves_the_current_one(session: Session) -> None:
    session.set_autosave_interval(60_000)
    doc = session.document
    first = doc.bulletin_id
    assert first is not None
    doc.set_meta("editor", "王五")
    other = next(r.id for r in session.db.list_bulletins() if r.id != first)
    assert session.open_bulletin(other)
    assert doc.bulletin_id == other and not doc.is_modified()
    assert _stored(session.db.path, first)["editor"] == "王五"


def test_new_duplicate_delete_and_undo_delete(session: Session) -> None:
    db = session.db
    before = {r.id for r in db.list_bulletins()}
    newest = db.list_bulletins()[0]
    new_id = session.new_bulletin()
    assert new_id is not None and new_id not in before
    created = db.get(new_id)
    assert created.period == newest.period.next()
    assert session.document.bulletin_id == new_id

    dup = session.duplicate_bulletin(new_id)
    assert dup is not None and dup != new_id
    assert db.get(dup) == created
    assert db.get(dup).summary.items[0].id != created.summary.items[0].id

    assert session.delete_bulletin(dup)
    assert dup not in {r.id for r in db.list_bulletins()}
    assert session.document.bulletin_id != dup
    restored = session.undo_delete()
    assert restored is not None and db.get(restored) == created


def test_library_model_groups_by_year_and_filters(
    session: Session, qtbot: QtBot, qtmodeltester: ModelTester
) -> None:
    db = session.db
    model = LibraryModel(db.search)
    qtmodeltester.check(model)  # kept alive: checks the filtering and refresh below
    years = [model.index(r, 0).data(YEAR_ROLE) for r in range(model.rowCount())]
    assert years == [2020, 2018]
    first_year = model.index(0, 0)
    bid = model.index(0, 0, first_year).data(BULLETIN_ID_ROLE)
    assert bid == db.list_bulletins()[0].id
    model.set_filter("送清凉")
    assert model.bulletin_ids() == [r.id for r in db.search("送清凉")]
    assert len(model.bulletin_ids()) == 1
    model.set_filter("")
    session.set_autosave_interval(60_000)
    session.document.set_summary_title("新的标题")
    assert session.save()
    model.refresh()  # same shape: only the text changes
    idx = model.index_of(session.document.bulletin_id or 0)
    assert "新的标题" in idx.data()


def test_read_only_session_never_writes(tmp_path: Path, qapp: object) -> None:
    path = tmp_path / "db.json"
    Database.open(path).close()
    before = path.read_bytes()
    with Database.open(path, read_only=True) as ro:
        s = Session(ro, BulletinDocument(), autosave_ms=10, journal_ms=10)
        s.open_newest()
        s.document.set_meta("editor", "只读")
        assert not s.save()
        s.write_journal()
    assert path.read_bytes() == before
    assert not journal_path(path).exists()


def test_window_settings_round_trip(tmp_path: Path, qapp: object) -> None:
    ini = QSettings(str(tmp_path / "ub.ini"), QSettings.Format.IniFormat)
    s = WindowSettings(ini)
    assert s.zoom() == "fit-width" and s.last_bulletin() is None
    s.set_zoom("125")
    s.set_zoom("bogus")
    s.set_last_bulletin(7)
    s.set_splitter_state("main", QByteArray(b"\x01\x02"))
    s.sync()
    again = WindowSettings(QSettings(str(tmp_path / "ub.ini"), QSettings.Format.IniFormat))
    assert again.zoom() == "125"
    assert again.last_bulletin() == 7
    assert again.splitter_state("main") == QByteArray(b"\x01\x02")


def test_from_exchange_of_journal_matches(session: Session) -> None:
    doc = session.document
    session.journal.write(doc.bulletin_id, doc.bulletin)
    rec = session.journal.read()
    assert rec is not None and rec.bulletin == doc.bulletin
    raw = json.loads(session.journal.path.read_text(encoding="utf-8"))
    assert from_exchange(raw["bulletin"]) == doc.bulletin


def test_adding_an_issue_goes_through_the_session(session: Session, qtbot: QtBot, tmp_path: Path) -> None:
    """Import and 根据上月新建 add through `Session` (one add-and-open path, signals emitted by the
    session itself); the statuses ticked for last month are stored before the next issue opens."""
    from unionbulletin.domain import TaskStatus

    rows = session.db.list_bulletins()
    newest = next(r.id for r in rows if r.period.year == 2020)
    assert session.open_bulletin(newest)
    previous = session.db.get(newest)
    assert previous.plan is not None and previous.plan.tasks
    first = previous.plan.tasks[0].id
    with qtbot.waitSignal(session.libraryChanged):
        new_id = session.create_next_issue(
            newest,
            {first: TaskStatus.DONE},
            _dt.date(previous.period.next().year, previous.period.next().month, 1),
        )
    assert new_id is not None and session.document.bulletin_id == new_id
    stored = session.db.get(newest)
    assert stored.plan is not None and stored.plan.tasks[0].status == TaskStatus.DONE
    assert session.db.get(new_id).period == previous.period.next()

    with qtbot.waitSignal(session.libraryChanged):
        imported = session.add_and_open(previous)
    assert imported is not None and imported not in (newest, new_id)
    assert session.document.bulletin_id == imported


def test_read_only_session_adds_nothing_and_says_why(qapp: object, tmp_path: Path, qtbot: QtBot) -> None:
    path = tmp_path / "bulletins.json"
    Database.open(path).close()
    db = Database.open(path, read_only=True)
    try:
        session = Session(db, BulletinDocument())
        before = len(db.list_bulletins())
        bulletin = db.get(db.list_bulletins()[0].id)
        with qtbot.waitSignal(session.saveFailed) as said:
            assert session.add_and_open(bulletin) is None
        assert "只读" in str(said.args[0]) or "read-only" in str(said.args[0])
        with qtbot.waitSignal(session.saveFailed):
            assert session.create_next_issue(db.list_bulletins()[0].id, {}, _dt.date(2030, 1, 5)) is None
        assert len(db.list_bulletins()) == before
    finally:
        db.close()


def test_only_the_session_emits_its_signals() -> None:
    """Helper functions elsewhere used to emit the session's signals (saveFailed, libraryChanged)."""
    import re

    root = Path(__file__).resolve().parent.parent / "unionbulletin"
    names = "|".join(("saveFailed", "libraryChanged", "bulletinOpened", "saved", "journalFailed"))
    pattern = re.compile(rf"\.({names})\.emit\b")
    outside = [
        f"{p.relative_to(root)}:{n}"
        for p in root.rglob("*.py")
        if p.name != "session.py"
        for n, line in enumerate(p.read_text(encoding="utf-8").splitlines(), 1)
        if pattern.search(line)
    ]
    assert outside == []
