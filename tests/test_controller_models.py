"""The document, its undo stack and the item/task models (real Qt, offscreen, model tester)."""

from __future__ import annotations

import json
from pathlib import Path

from PySide6.QtCore import QModelIndex, Qt
from pytestqt.modeltest import ModelTester

from unionbulletin.controller.changes import Change, ChangeKind
from unionbulletin.controller.document import BulletinDocument
from unionbulletin.controller.item_model import ITEM_ID_ROLE, ItemListModel
from unionbulletin.controller.task_model import (
    COL_DEADLINE,
    COL_LEADERS,
    COL_STATUS,
    TASK_ID_ROLE,
    TaskTableModel,
)
from unionbulletin.domain import Bulletin, TaskStatus
from unionbulletin.domain.exchange import from_exchange


def _sample(fixtures_dir: Path, name: str = "sample-2020.json") -> Bulletin:
    return from_exchange(json.loads((fixtures_dir / name).read_text(encoding="utf-8")))


def test_typing_merges_into_one_undo_step_and_undo_redo(doc: BulletinDocument) -> None:
    item = doc.bulletin.summary.items[0]
    heard: list[Change] = []
    doc.changed.connect(heard.append)
    editor = object()
    for n in range(1, 6):
        doc.set_item_text(item.id, "body", item.body + "新" * n, initiator=editor)
    assert doc.undo_stack.count() == 1
    assert doc.is_modified()
    assert all(c.initiator is editor and c.kind == ChangeKind.ITEM for c in heard)
    assert doc.bulletin.summary.items[0].body.endswith("新新新新新")
    doc.undo_stack.undo()
    assert doc.bulletin.summary.items[0].body == item.body
    assert not doc.is_modified()
    assert heard[-1].initiator is None  # undo must be shown by the editor that typed
    doc.undo_stack.redo()
    assert doc.bulletin.summary.items[0].body.endswith("新新新新新")


def test_other_field_starts_new_step_and_save_breaks_merge(doc: BulletinDocument) -> None:
    item = doc.bulletin.summary.items[0]
    doc.set_item_text(item.id, "body", "甲")
    doc.set_item_text(item.id, "heading", "乙。")
    assert doc.undo_stack.count() == 2
    doc.mark_saved()
    doc.set_item_text(item.id, "heading", "乙丙。")
    assert doc.undo_stack.count() == 3  # typing after a save is a new step
    assert doc.is_modified()


def test_typing_back_to_the_original_leaves_nothing_to_undo(doc: BulletinDocument) -> None:
    item = doc.bulletin.summary.items[0]
    doc.set_item_text(item.id, "heading", item.heading + "x")
    doc.set_item_text(item.id, "heading", item.heading)
    assert doc.undo_stack.count() == 0
    assert not doc.is_modified()


def test_item_model_numbers_follow_reorder_and_undo(
    qtmodeltester: ModelTester, doc: BulletinDocument
) -> None:
    model = ItemListModel(doc)
    qtmodeltester.check(model)  # kept alive: checks every change below
    first, second = doc.bulletin.summary.items[:2]
    assert model.data(model.index(0)) == "一、" + first.heading
    doc.move_item(first.id, 1)
    assert model.data(model.index(0)) == "一、" + second.heading
    assert model.data(model.index(1)) == "二、" + first.heading
    assert model.data(model.index(1), ITEM_ID_ROLE) == first.id
    doc.undo_stack.undo()
    assert model.data(model.index(0)) == "一、" + first.heading


def test_item_model_drop_moves_through_document(qtmodeltester: ModelTester, doc: BulletinDocument) -> None:
    model = ItemListModel(doc)
    qtmodeltester.check(model)  # kept alive: checks every change below
    ids = [it.id for it in doc.bulletin.summary.items]
    data = model.mimeData([model.index(0)])
    # dropped before row 3: the item becomes the third (index 2)
    handled = model.dropMimeData(data, Qt.DropAction.MoveAction, 3, 0, QModelIndex())
    assert handled is False  # the view must not remove the source row
    assert [it.id for it in doc.bulletin.summary.items] == [ids[1], ids[2], ids[0], *ids[3:]]
    assert model.data(model.index(2), ITEM_ID_ROLE) == ids[0]
    assert doc.undo_stack.count() == 1


def test_item_model_insert_duplicate_delete(qtmodeltester: ModelTester, doc: BulletinDocument) -> None:
    model = ItemListModel(doc)
    qtmodeltester.check(model)  # kept alive: checks every change below
    n = model.rowCount()
    assert model.insertRows(1, 2)
    assert model.rowCount() == n + 2
    assert model.data(model.index(1)).startswith("二、")
    copy = doc.duplicate_item(doc.bulletin.summary.items[0].id)
    assert model.row_of(copy.id) == 1
    assert model.removeRows(0, 1)
    assert model.rowCount() == n + 2
    doc.undo_stack.undo()
    doc.undo_stack.undo()
    doc.undo_stack.undo()
    assert model.rowCount() == n


def test_task_model_edit_insert_delete_move(qtmodeltester: ModelTester, doc: BulletinDocument) -> None:
    model = TaskTableModel(doc)
    qtmodeltester.check(model)  # kept alive: checks every change below
    n = model.rowCount()
    assert n == len(doc.tasks()) > 3
    idx = model.index(0, COL_LEADERS)
    assert model.setData(idx, "张三、李四，王五")
    assert doc.tasks()[0].leaders == ("张三", "李四", "王五")
    assert model.data(idx) == "张三、李四、王五"
    assert model.setData(model.index(0, COL_STATUS), TaskStatus.DONE.value)
    assert doc.tasks()[0].status == TaskStatus.DONE
    assert not model.setData(model.index(0, COL_STATUS), "no such status")
    assert model.setData(model.index(1, COL_DEADLINE), " 十月份 ")
    assert doc.tasks()[1].deadline == "十月份"

    assert model.insertRows(n, 1)
    assert model.rowCount() == n + 1
    new_id = model.data(model.index(n, 0), TASK_ID_ROLE)
    assert doc.tasks()[n].id == new_id
    assert model.moveRows(QModelIndex(), n, 1, QModelIndex(), 0)
    assert model.data(model.index(0, 0), TASK_ID_ROLE) == new_id
    assert model.headerData(0, Qt.Orientation.Vertical) == "一"
    assert model.removeRows(0, 1)
    assert model.rowCount() == n
    while doc.undo_stack.canUndo():
        doc.undo_stack.undo()
    assert doc.tasks()[0].leaders != ("张三", "李四", "王五")
    assert model.rowCount() == n


def test_task_model_follows_loading_another_bulletin(
    qtmodeltester: ModelTester, doc: BulletinDocument, fixtures_dir: Path
) -> None:
    model = TaskTableModel(doc)
    qtmodeltester.check(model)  # kept alive: checks every change below
    doc.load(_sample(fixtures_dir, "sample-2018.json"), 2)
    assert model.rowCount() == len(doc.tasks())
    doc.set_plan_enabled(True)
    doc.insert_task()
    assert model.rowCount() == len(doc.tasks()) >= 1
