"""Sub-points （一） in the window: undoable document commands with typing merges, the editor list
(add, delete, move, numbers, counts, pasted text cleaned), the preview's boxes and proofreading jumps."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from unionbulletin.controller.changes import Change, ChangeKind
from unionbulletin.controller.document import BulletinDocument
from unionbulletin.domain import Bulletin, SubPoint, edits
from unionbulletin.domain.exchange import from_exchange


def _sample(fixtures_dir: Path, name: str = "sample-2020.json") -> Bulletin:
    return from_exchange(json.loads((fixtures_dir / name).read_text(encoding="utf-8")))


@pytest.fixture
def doc(qapp: object, fixtures_dir: Path) -> BulletinDocument:
    d = BulletinDocument()
    d.load(_sample(fixtures_dir), 1)
    return d


def _subs(doc: BulletinDocument, item_id: str) -> list[tuple[str, str]]:
    return [(s.heading, s.body) for s in edits.find_item(doc.bulletin, item_id).subpoints]


# ---- document commands --------------------------------------------------------------------------------

def test_insert_delete_move_subpoints_are_undoable_steps(doc: BulletinDocument) -> None:
    item_id = doc.bulletin.summary.items[1].id
    heard: list[Change] = []
    doc.changed.connect(heard.append)
    first = doc.insert_subpoint(item_id, sub=SubPoint("甲。", "一"))
    second = doc.insert_subpoint(item_id, sub=SubPoint("乙。", "二"))
    doc.insert_subpoint(item_id, 0, SubPoint("首。"))
    assert _subs(doc, item_id) == [("首。", ""), ("甲。", "一"), ("乙。", "二")]
    assert all((c.kind, c.ids, c.fields) == (ChangeKind.ITEM, (item_id,), ("subpoints",)) for c in heard)
    assert doc.move_subpoint(item_id, second.id, 0)
    assert not doc.move_subpoint(item_id, second.id, -4)  # already first: nothing pushed
    assert [h for h, _ in _subs(doc, item_id)] == ["乙。", "首。", "甲。"]
    doc.delete_subpoint(item_id, first.id)
    assert [h for h, _ in _subs(doc, item_id)] == ["乙。", "首。"]
    assert doc.undo_stack.count() == 5
    doc.undo_stack.undo()
    assert [h for h, _ in _subs(doc, item_id)] == ["乙。", "首。", "甲。"]
    doc.undo_stack.setIndex(0)
    assert _subs(doc, item_id) == []
    assert not doc.is_modified()
    doc.undo_stack.setIndex(5)
    assert [h for h, _ in _subs(doc, item_id)] == ["乙。", "首。"]
    other = doc.bulletin.summary.items[0]
    assert other.subpoints == ()


def test_subpoint_typing_merges_per_field(doc: BulletinDocument) -> None:
    item_id = doc.bulletin.summary.items[0].id
    sub = doc.insert_subpoint(item_id)
    editor = object()
    heard: list[Change] = []
    doc.changed.connect(heard.append)
    for n in range(1, 5):
        doc.set_subpoint_text(item_id, sub.id, "heading", "要点" * n, initiator=editor)
    assert doc.undo_stack.count() == 2  # the insertion, then one typing step
    assert heard and all(c.initiator is editor for c in heard)
    doc.set_subpoint_text(item_id, sub.id, "body", "说明")
    assert doc.undo_stack.count() == 3  # another field: a new step
    assert not doc.set_subpoint_text(item_id, sub.id, "body", "说明")  # unchanged: nothing pushed
    doc.undo_stack.undo()
    doc.undo_stack.undo()
    assert _subs(doc, item_id) == [("", "")]
    assert heard[-1].initiator is None  # the editor that typed must show the undo
    with pytest.raises(ValueError):
        doc.set_subpoint_text(item_id, sub.id, "id", "x")
    with pytest.raises(KeyError):
        doc.set_subpoint_text(item_id, "nope", "body", "x")
