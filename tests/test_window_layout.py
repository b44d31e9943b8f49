"""The window at a real office desk (issue 15): 1366×697 (Windows, maximised at 1366×768), the
editor's body gets the room, sub-points only when there are some, the 校对 list beside the preview,
remembered sizes never restore an unusable layout, no shortcut shared by two actions, the preview
follows typing."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest
from PySide6.QtCore import QSettings, Qt
from PySide6.QtGui import QAction, QKeySequence, QTextCursor
from PySide6.QtWidgets import QApplication, QMenu, QMenuBar, QSplitter, QToolBar, QWidget
from pytestqt.qtbot import QtBot
from window_helpers import dispose, make_window, type_text

from unionbulletin.app import Parts
from unionbulletin.storage import Database

SIZE = (1366, 697)


def _sample_2020_id(db: Database) -> int:
    return next(r.id for r in db.list_bulletins() if r.period.year == 2020)


def _open(qtbot: QtBot, db: Database, tmp_path: Path) -> Parts:
    p = make_window(db, tmp_path)
    p.window.resize(*SIZE)
    p.window.show()
    with qtbot.waitSignal(p.worker.laidOut, timeout=10_000):
        assert p.session.open_bulletin(_sample_2020_id(db))
    QApplication.processEvents()
    return p


@pytest.fixture
def parts(qtbot: QtBot, db: Database, tmp_path: Path) -> Iterator[Parts]:
    p = _open(qtbot, db, tmp_path)
    yield p
    dispose(p)


def _lines(edit: QWidget) -> float:
    viewport = edit.viewport()  # type: ignore[attr-defined]
    return float(viewport.height()) / edit.fontMetrics().lineSpacing()


# ---- item 1: the layout at 1366×697 ------------------------------------------------------------------


def test_body_gets_twelve_lines_beside_the_open_proofreading_list(parts: Parts) -> None:
    w = parts.window
    assert (w.width(), w.height()) == SIZE
    panel = w.proofreading
    assert panel.isVisible() and panel.tree.isVisible()  # the 校对 list is open …
    assert panel.tree.viewport().height() >= 4 * panel.tree.fontMetrics().height()  # … with findings
    assert _lines(w.items.body_edit) >= 12  # main: about 4
    assert w.items.heading_edit.isVisible() and w.items.list.isVisible()
    assert w.preview.viewport().height() >= 300  # the preview still shows a good part of a page
    # the 校对 panel is beside the editors, not under them
    editor_bottom = w.tabs.mapTo(w, w.tabs.rect().bottomLeft()).y()
    assert editor_bottom > panel.mapTo(w, panel.rect().topLeft()).y()


def test_subpoints_take_room_only_when_the_item_has_some(qtbot: QtBot, parts: Parts) -> None:
    items = parts.window.items
    doc = parts.session.document
    item = doc.bulletin.summary.items[2]
    items.select_item(item.id)
    assert not items.subpoints.isVisible()  # main: an empty sub-point editor under every item
    assert items.add_subpoint_button.isVisible()
    items.add_subpoint_button.click()
    QApplication.processEvents()
    subs = items.subpoints
    assert subs.isVisible() and subs.heading_edit.hasFocus()
    type_text(subs.heading_edit, "加强职工帮扶。")
    assert _lines(items.body_edit) >= 6
    assert _lines(subs.body_edit) >= 3  # main: one clipped line
    assert subs.heading_edit.height() >= 2 * subs.heading_edit.fontMetrics().lineSpacing()
    assert not items.add_subpoint_button.isVisible()
    subs.delete_subpoint()
    QApplication.processEvents()
    assert not subs.isVisible() and items.add_subpoint_button.isVisible()
    doc.undo_stack.undo()  # the sub-point comes back, and with it the editor
    QApplication.processEvents()
    assert subs.isVisible()


def test_folded_proofreading_is_one_bar_and_f7_opens_it(qtbot: QtBot, parts: Parts) -> None:
    w = parts.window
    panel = w.proofreading
    toggle = panel.toggle_action
    assert toggle is not None and toggle.shortcut().toString() == "F7"
    toggle.trigger()
    QApplication.processEvents()
    assert not panel.expanded and not panel.tree.isVisible()
    assert panel.height() <= 3 * panel.fold_button.sizeHint().height()
    column = w.preview_column
    assert w.preview.height() + panel.height() + column.handleWidth() >= column.height() - 2  # no gap
    assert panel.summary.isVisible()  # the counts stay in sight
    toggle.trigger()
    QApplication.processEvents()
    assert panel.expanded and panel.tree.isVisible()


def test_remembered_sizes_never_restore_an_unusable_layout(
    qtbot: QtBot, db: Database, tmp_path: Path
) -> None:
    # what an earlier run might have left: the item list over the whole column, the preview crushed
    qsettings = QSettings(str(tmp_path / "window.ini"), QSettings.Format.IniFormat)
    bad = QSplitter(Qt.Orientation.Vertical)
    bad.addWidget(QWidget())
    bad.addWidget(QWidget())
    bad.resize(300, 700)
    bad.setSizes([690, 10])
    qsettings.setValue("window/splitter/items", bad.saveState())
    bad.setSizes([10, 690])
    qsettings.setValue("window/splitter/preview", bad.saveState())
    qsettings.sync()
    p = _open(qtbot, db, tmp_path)
    try:
        w = p.window
        assert _lines(w.items.body_edit) >= 12
        assert w.preview.height() > w.proofreading.height()
    finally:
        dispose(p)


def test_window_state_keys_match_the_settings(qtbot: QtBot, db: Database, tmp_path: Path) -> None:
    """The keys the previous test writes are the ones the window reads (so that test means something)."""
    p = _open(qtbot, db, tmp_path)
    p.window.proofreading.set_expanded(False)
    dispose(p)
    qsettings = QSettings(str(tmp_path / "window.ini"), QSettings.Format.IniFormat)
    assert qsettings.value("window/splitter/items") is not None
    assert qsettings.value("window/splitter/preview") is not None
    p = _open(qtbot, db, tmp_path)
    try:
        assert not p.window.proofreading.expanded  # folded as she left it
    finally:
        dispose(p)


# ---- item 3: shortcuts -----------------------------------------------------------------------------


def _scopes(action: QAction, window: QWidget) -> list[QWidget]:
    """The widgets in which the action's shortcut is live."""
    context = action.shortcutContext()
    if context in (Qt.ShortcutContext.WindowShortcut, Qt.ShortcutContext.ApplicationShortcut):
        return [window]
    return [
        o
        for o in action.associatedObjects()
        if isinstance(o, QWidget) and not isinstance(o, (QMenu, QMenuBar, QToolBar))
    ]


def _overlap(a: QWidget, b: QWidget) -> bool:
    return a is b or a.isAncestorOf(b) or b.isAncestorOf(a)


def shortcut_clashes(window: QWidget) -> list[str]:
    actions = set(window.findChildren(QAction))
    for widget in [window, *window.findChildren(QWidget)]:
        actions.update(widget.actions())
    found = []
    by_key: dict[str, list[QAction]] = {}
    for action in actions:
        for key in action.shortcuts():
            if not key.isEmpty():
                by_key.setdefault(key.toString(QKeySequence.SequenceFormat.PortableText), []).append(action)
    for shortcut, same in by_key.items():
        for i, a in enumerate(same):
            for b in same[i + 1 :]:
                if any(_overlap(x, y) for x in _scopes(a, window) for y in _scopes(b, window)):
                    found.append(f"{shortcut}: {a.text()!r} / {b.text()!r}")
    return found


def test_no_two_actions_share_a_shortcut_where_both_are_live(parts: Parts) -> None:
    assert shortcut_clashes(parts.window) == []  # main: Ctrl+Shift+N 根据上月新建 / 添加条目, 添加任务


def test_the_clash_walker_finds_a_clash(parts: Parts) -> None:
    extra = QAction("test", parts.window.items)
    extra.setShortcut(QKeySequence("Ctrl+Shift+I"))
    extra.setShortcutContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)
    parts.window.items.body_edit.addAction(extra)  # inside the item editor, like 插入条目
    assert any("Ctrl+Shift+I" in c for c in shortcut_clashes(parts.window))


def test_ctrl_shift_n_in_the_body_adds_an_item(qtbot: QtBot, parts: Parts) -> None:
    w = parts.window
    doc = parts.session.document
    before = len(doc.bulletin.summary.items)
    w.activateWindow()
    w.items.body_edit.setFocus()
    qtbot.keyClick(
        w.items.body_edit,
        Qt.Key.Key_N,
        Qt.KeyboardModifier.ControlModifier | Qt.KeyboardModifier.ShiftModifier,
    )
    assert len(doc.bulletin.summary.items) == before + 1  # main: "Ambiguous shortcut overload"
    assert w.workflow.dialog is None  # and not the 根据上月新建 dialog


# ---- item 4: the preview follows typing ------------------------------------------------------------


def _laid_out(parts: Parts, text: str) -> bool:
    doc = parts.window.preview.document
    return doc is not None and any(text in line.text for page in doc.pages for line in page.lines)


def _line_visible(parts: Parts, text: str) -> bool:
    preview = parts.window.preview
    doc = preview.document
    assert doc is not None
    scale = preview.scale()
    rects = preview._page_rects()
    top = preview.verticalScrollBar().value()
    bottom = top + preview.viewport().height()
    for page, rect in zip(doc.pages, rects, strict=True):
        for line in page.lines:
            if text in line.text:
                y0 = rect.top() + line.top * scale
                y1 = rect.top() + line.bottom * scale
                return y0 >= top and y1 <= bottom
    raise AssertionError(f"{text} is not laid out")


def test_typing_at_the_end_of_a_long_body_keeps_the_new_line_in_view(qtbot: QtBot, parts: Parts) -> None:
    w = parts.window
    doc = parts.session.document
    item = doc.bulletin.summary.items[0]
    w.items.select_item(item.id)
    body = w.items.body_edit
    body.setFocus()
    body.moveCursor(QTextCursor.MoveOperation.End)
    for n in range(12):  # a few paragraphs: the item runs on to the next page
        type_text(body, f"\n第{n}段新写的文字，记录本月工作的具体情况和取得的成效，共计若干字。")
    type_text(body, "这是最后写下的话。")
    qtbot.waitUntil(lambda: _laid_out(parts, "最后写下的话"), timeout=10_000)
    qtbot.waitUntil(lambda: _line_visible(parts, "最后写下的话"), timeout=5000)  # main: at the item start


def test_a_new_item_is_shown_in_the_preview(qtbot: QtBot, parts: Parts) -> None:
    w = parts.window
    w.items.add_action.trigger()
    type_text(w.items.heading_edit, "新增一条工作的首句。")
    qtbot.waitUntil(lambda: _laid_out(parts, "新增一条工作的首句"), timeout=10_000)
    qtbot.waitUntil(lambda: _line_visible(parts, "新增一条工作的首句"), timeout=5000)  # main: page 1


def test_the_preview_does_not_jump_for_a_change_she_is_not_typing(qtbot: QtBot, parts: Parts) -> None:
    w = parts.window
    doc = parts.session.document
    w.preview.verticalScrollBar().setValue(0)
    w.library.search.setFocus()  # she is not in the editor
    last = doc.bulletin.summary.items[-1]
    generation = parts.worker.last_result.generation if parts.worker.last_result else 0
    doc.set_item_text(last.id, "body", last.body + "补充一句。")  # e.g. a proofreading fix
    qtbot.waitUntil(
        lambda: parts.worker.last_result is not None and parts.worker.last_result.generation > generation,
        timeout=10_000,
    )
    QApplication.processEvents()
    assert w.preview.verticalScrollBar().value() == 0
