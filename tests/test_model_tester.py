"""Qt's model tester (pytest-qt `qtmodeltester`) on every model of the controller, kept alive while
realistic data changes: rows inserted, removed and moved through the document, bulletins added to
and deleted from the library, the ledger rebuilt and filtered. A model that breaks Qt's contract
(wrong counts in a signal, a parent that is not its child's parent, rows that change during a move)
fails here with the tester's message."""

from __future__ import annotations

import dataclasses
import datetime as dt
from collections.abc import Iterator
from pathlib import Path

import pytest
from _ledger_years import make_years, sample_2020, write_data_file
from PySide6.QtCore import QModelIndex, Qt
from pytestqt.modeltest import ModelTester

from unionbulletin.controller.document import BulletinDocument
from unionbulletin.controller.item_model import ITEM_ID_ROLE, ITEM_NUMBER_ROLE, ItemListModel
from unionbulletin.controller.ledger_model import COL_DUE, LedgerFilterProxy, LedgerTableModel
from unionbulletin.controller.library_model import BULLETIN_ID_ROLE, LibraryModel
from unionbulletin.controller.task_model import TASK_ID_ROLE, TaskTableModel
from unionbulletin.domain import Period, TaskStatus
from unionbulletin.domain.ledger import build_ledger
from unionbulletin.storage import Database

TODAY = dt.date(2022, 6, 15)


@pytest.fixture
def years_db(tmp_path: Path) -> Iterator[Database]:
    path = tmp_path / "bulletins.json"
    write_data_file(path, make_years(24))  # August 2020 – July 2022
    with Database.open(path) as db:
        yield db


def test_item_model_insert_remove_move_undo_and_reload(
    qtmodeltester: ModelTester, doc: BulletinDocument
) -> None:
    model = ItemListModel(doc)
    qtmodeltester.check(model)
    n = model.rowCount()
    assert model.insertRows(0, 1) and model.insertRows(n + 1, 1)  # first and last
    assert model.rowCount() == n + 2
    assert [model.index(r).data(ITEM_NUMBER_ROLE) for r in range(3)] == ["一、", "二、", "三、"]
    first = model.index(0).data(ITEM_ID_ROLE)
    assert model.moveRows(QModelIndex(), 0, 1, QModelIndex(), n + 2)  # first to the end
    assert model.index(n + 1).data(ITEM_ID_ROLE) == first
    assert model.moveRows(QModelIndex(), n + 1, 1, QModelIndex(), 2)  # and back up
    assert model.removeRows(1, 2)
    doc.duplicate_item(doc.bulletin.summary.items[3].id)
    doc.set_item_text(doc.bulletin.summary.items[0].id, "heading", "改过的导语。")
    assert model.index(0).data() == "一、改过的导语。"
    while doc.undo_stack.canUndo():
        doc.undo_stack.undo()
    assert model.rowCount() == n
    while doc.undo_stack.canRedo():
        doc.undo_stack.redo()
    empty = sample_2020()
    doc.load(dataclasses.replace(empty, summary=dataclasses.replace(empty.summary, items=())), 2)
    assert model.rowCount() == 0
    doc.load(None, None)
    assert model.rowCount() == 0


def test_task_model_insert_remove_move_edit_and_reload(
    qtmodeltester: ModelTester, doc: BulletinDocument
) -> None:
    model = TaskTableModel(doc)
    qtmodeltester.check(model)
    n = model.rowCount()
    assert n > 3
    assert model.insertRows(0, 2)
    assert model.moveRows(QModelIndex(), 0, 1, QModelIndex(), n + 2)
    assert model.moveRows(QModelIndex(), n + 1, 1, QModelIndex(), 0)
    assert model.removeRows(n, 2)
    ident = model.index(0, 0).data(TASK_ID_ROLE)
    doc.set_task_field(ident, "status", TaskStatus.DONE)
    doc.delete_task(ident)
    assert model.rowCount() == n - 1
    while doc.undo_stack.canUndo():
        doc.undo_stack.undo()
    assert model.rowCount() == n
    doc.set_plan_enabled(False)
    doc.set_plan_enabled(True)
    doc.load(None, None)
    assert model.rowCount() == 0


def test_library_model_follows_added_deleted_and_renamed_bulletins(
    qtmodeltester: ModelTester, years_db: Database
) -> None:
    db = years_db
    model = LibraryModel(db.search, org="荆州市总工会")
    qtmodeltester.check(model)
    years = [model.index(r, 0).data() for r in range(model.rowCount())]
    assert len(years) == 3  # 2022, 2021, 2020
    newest_year = model.index(0, 0)
    assert model.rowCount(newest_year) == 7  # January to July 2022
    bulletin = db.get(db.list_bulletins()[0].id)
    added = db.add(dataclasses.replace(bulletin, period=Period(2023, 1)))  # a new year: a new group
    model.refresh()
    assert model.rowCount() == 4 and model.index(0, 0, model.index(0, 0)).data(BULLETIN_ID_ROLE) == added
    db.update(
        added,
        dataclasses.replace(
            db.get(added), summary=dataclasses.replace(bulletin.summary, title="改名后的综述")
        ),
    )
    model.refresh()  # same shape: only the text changes
    assert "改名后的综述" in model.index_of(added).data()
    model.set_filter("送清凉")
    assert 0 < len(model.bulletin_ids()) < len(db.list_bulletins())
    model.set_filter("没有这样的文字")
    assert model.rowCount() == 0
    model.set_filter("")
    db.delete(added)
    model.refresh()
    assert model.rowCount() == 3


def test_ledger_model_rebuilt_and_sorted(qtmodeltester: ModelTester, years_db: Database) -> None:
    model = LedgerTableModel()
    qtmodeltester.check(model)
    model.set_entries(build_ledger(db_bulletins := years_db.bulletins(), TODAY))
    assert model.rowCount() > 50
    model.set_entries(build_ledger({k: v for k, v in db_bulletins.items() if k <= 6}, TODAY))
    model.set_entries([])
    assert model.rowCount() == 0
    model.set_entries(build_ledger(db_bulletins, TODAY))


def test_ledger_proxy_filtered_and_sorted(qtmodeltester: ModelTester, years_db: Database) -> None:
    model = LedgerTableModel()
    model.set_entries(build_ledger(years_db.bulletins(), TODAY))
    proxy = LedgerFilterProxy()
    proxy.setSourceModel(model)
    qtmodeltester.check(proxy)
    everything = proxy.rowCount()
    proxy.set_filters(year=2021, department="经技部")
    assert 0 < proxy.rowCount() < everything
    proxy.sort(COL_DUE, Qt.SortOrder.DescendingOrder)
    proxy.set_filters(status=TaskStatus.DONE)
    proxy.set_filters(leader="没有这个人")
    assert proxy.rowCount() == 0
    proxy.set_filters()
    model.set_entries(build_ledger(years_db.bulletins(), TODAY + dt.timedelta(days=400)))
    assert proxy.rowCount() == everything
