"""The 督办 menu in the real window (offscreen, a real data file): the 台账 view (model tester, filters,
sorting, double-click to the task, XLSX/PDF export) and merging returned 征集表 as one undoable step."""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterator
from pathlib import Path

import openpyxl
import pdfplumber
import pytest
from _ledger_years import make_years, write_data_file
from docx import Document
from PySide6.QtCore import QModelIndex, Qt
from PySide6.QtWidgets import QMenu
from pytestqt.modeltest import ModelTester
from pytestqt.qtbot import QtBot
from window_helpers import dispose, make_window, tree_item

from unionbulletin.app import Parts
from unionbulletin.controller.ledger_model import (
    COL_CARRIED,
    COL_CONTENT,
    COL_DUE,
    ENTRY_ROLE,
    LedgerFilterProxy,
    LedgerTableModel,
)
from unionbulletin.domain import TaskStatus
from unionbulletin.domain.ledger import build_ledger, filter_ledger
from unionbulletin.storage import Database
from unionbulletin.ui.dialogs.collect_dialog import CollectDialog

TODAY = dt.date(2022, 6, 15)


@pytest.fixture
def db(tmp_path: Path) -> Iterator[Database]:
    path = tmp_path / "bulletins.json"
    write_data_file(path, make_years(24))  # August 2020 – July 2022
    database = Database.open(path)
    yield database
    database.close()


@pytest.fixture
def parts(qtbot: QtBot, db: Database, tmp_path: Path) -> Iterator[Parts]:
    p = make_window(db, tmp_path)
    p.window.resize(1366, 697)
    p.window.show()
    p.window.followup.today = lambda: TODAY
    with qtbot.waitSignal(p.worker.laidOut, timeout=10_000):
        assert p.session.open_bulletin(1)
    yield p
    dispose(p)


def test_the_ledger_model_passes_the_model_tester(qtmodeltester: ModelTester, db: Database) -> None:
    model = LedgerTableModel()
    model.set_entries(build_ledger(db.bulletins(), TODAY))
    qtmodeltester.check(model)
    proxy = LedgerFilterProxy()
    proxy.setSourceModel(model)
    proxy.set_filters(year=2021, department="经技部")
    qtmodeltester.check(proxy)


def test_the_menu_opens_the_ledger_with_overdue_first_and_filters(
    qtbot: QtBot, parts: Parts, db: Database
) -> None:
    menu = parts.window.findChild(QMenu, "followupMenu")
    assert menu is not None
    assert menu.actions()[0].text() == parts.window.followup.show_ledger.text()
    parts.window.followup.show_ledger.trigger()
    ledger = parts.window.followup.ledger
    assert ledger is not None and ledger.isVisible()
    expected = filter_ledger(build_ledger(db.bulletins(), TODAY))
    assert ledger.proxy.rowCount() == len(expected)
    overdue = [ledger.proxy.index(r, 0).data(ENTRY_ROLE).overdue for r in range(ledger.proxy.rowCount())]
    assert overdue == sorted(overdue, reverse=True) and overdue[0]
    assert ledger.proxy.index(0, COL_CONTENT).data(Qt.ItemDataRole.ForegroundRole) is not None

    ledger.set_filters(year=2021, department="经技部", status=TaskStatus.DONE)
    shown = ledger.proxy.visible_entries()
    assert shown == filter_ledger(expected, year=2021, department="经技部", status=TaskStatus.DONE)
    assert ledger.title() == "2021年工作任务督办台账（经技部）"
    numbers = [ledger.proxy.headerData(r, Qt.Orientation.Vertical) for r in range(ledger.proxy.rowCount())]
    assert numbers == [str(n) for n in range(1, len(shown) + 1)]  # 序号 of the lines shown
    ledger.set_filters()
    assert ledger.proxy.rowCount() == len(expected)

    ledger.table.sortByColumn(COL_CARRIED, Qt.SortOrder.DescendingOrder)
    carried = [int(ledger.proxy.index(r, COL_CARRIED).data()) for r in range(ledger.proxy.rowCount())]
    assert carried == sorted(carried, reverse=True) and carried[0] >= 2
    ledger.table.sortByColumn(COL_DUE, Qt.SortOrder.AscendingOrder)
    dues = [ledger.proxy.index(r, 0).data(ENTRY_ROLE).due for r in range(ledger.proxy.rowCount())]
    assert [d for d in dues if d] == sorted(d for d in dues if d)


def test_double_click_opens_the_bulletin_at_the_task(qtbot: QtBot, parts: Parts) -> None:
    ledger = parts.window.followup.open_ledger()
    ledger.set_filters(year=2021)
    row = next(
        r
        for r in range(ledger.proxy.rowCount())
        if ledger.proxy.index(r, 0).data(ENTRY_ROLE).latest.bulletin_id != 1
    )
    entry = ledger.proxy.index(row, 0).data(ENTRY_ROLE)
    ledger.table.doubleClicked.emit(ledger.proxy.index(row, COL_CONTENT))
    qtbot.waitUntil(lambda: parts.session.document.bulletin_id == entry.latest.bulletin_id)
    window = parts.window
    assert window.tabs.currentWidget() is window.tasks
    current = window.tasks.current_id()
    assert current == window.document.tasks()[entry.latest.task_index].id
    assert window.document.tasks()[entry.latest.task_index].content == entry.task.content


def test_the_ledger_exports_what_is_shown(parts: Parts, tmp_path: Path) -> None:
    ledger = parts.window.followup.open_ledger()
    ledger.set_filters(year=2021, department="经技部")
    shown = ledger.proxy.visible_entries()
    ledger.ask_save_path = lambda *_a: str(tmp_path / "台账")  # no suffix typed
    ledger.export_xlsx.click()
    ws = openpyxl.load_workbook(tmp_path / "台账.xlsx").active
    assert ws is not None and ws["A1"].value == "2021年工作任务督办台账（经技部）"
    assert ws.max_row == 2 + len(shown)
    ledger.ask_save_path = lambda *_a: str(tmp_path / "台账.pdf")
    ledger.export_pdf.click()
    with pdfplumber.open(tmp_path / "台账.pdf") as pdf:
        assert "督办台账" in (pdf.pages[0].extract_text() or "")
    # the data file is refused
    ledger.ask_save_path = lambda *_a: str(parts.session.db.path)
    before = parts.session.db.path.read_bytes()
    ledger.export_xlsx.click()
    assert parts.session.db.path.read_bytes() == before


def _fill(form: Path, out: Path) -> None:
    d = Document(str(form))
    tasks, other, nxt = d.tables
    tasks.rows[1].cells[4].text = "按计划完成。"
    tasks.rows[1].cells[5].text = "√已完成"
    other.rows[1].cells[0].text = "开展职工心理健康讲座。"
    other.rows[1].cells[1].text = "讲座3场。"
    nxt.rows[1].cells[1].text = "推进职工书屋建设"
    d.save(str(out))


def test_request_forms_and_merging_them_back_is_one_undo_step(
    qtbot: QtBot, parts: Parts, tmp_path: Path
) -> None:
    session, flow = parts.session, parts.window.followup
    last_id = max(session.db.bulletins())
    previous_id = last_id - 1
    assert session.open_bulletin(previous_id)
    out = tmp_path / "forms"
    out.mkdir()
    flow.ask_folder = lambda *_a: str(out)
    written = flow.write_requests()
    assert written and all(p.name.startswith("征集表-") for p in written)
    form = written[0]
    filled = tmp_path / form.name
    _fill(form, filled)

    assert session.open_bulletin(last_id)
    before_issue = session.document.bulletin
    before_previous = session.db.get(previous_id)
    flow.ask_files = lambda *_a: [str(filled), str(tmp_path / "forms" / "nonsense.docx")]
    (tmp_path / "forms" / "nonsense.docx").write_bytes(b"not a docx")
    dialog = flow.collect_forms()
    assert isinstance(dialog, CollectDialog) and dialog.isVisible()
    texts = [tree_item(dialog.tree, i).text(0) for i in range(dialog.tree.topLevelItemCount())]
    assert texts[0].startswith("✓") or "✓" in texts[0]
    assert any("nonsense.docx" in t for t in texts)
    changes = [
        tree_item(tree_item(dialog.tree, 0), i).text(0) for i in range(tree_item(dialog.tree, 0).childCount())
    ]
    assert any("新增综述条目“开展职工心理健康讲座。”" in c for c in changes)
    assert session.db.get(previous_id) == before_previous  # nothing saved before Merge
    dialog.accept()
    qtbot.waitUntil(lambda: session.document.bulletin != before_issue)
    merged = session.document.bulletin
    assert any(i.heading == "开展职工心理健康讲座。" and i.source for i in merged.summary.items)
    assert merged.plan is not None and any(t.content == "推进职工书屋建设" for t in merged.plan.tasks)
    assert session.db.get(previous_id) != before_previous  # last month's statuses stored

    stack = session.document.undo_stack
    stack.undo()  # one step undoes both
    assert session.document.bulletin == before_issue
    assert session.db.get(previous_id) == before_previous
    stack.redo()
    assert session.document.bulletin == merged


def test_merging_the_same_form_again_offers_nothing(qtbot: QtBot, parts: Parts, tmp_path: Path) -> None:
    session, flow = parts.session, parts.window.followup
    last_id = max(session.db.bulletins())
    assert session.open_bulletin(last_id - 1)
    out = tmp_path / "forms"
    out.mkdir()
    flow.ask_folder = lambda *_a: str(out)
    filled = tmp_path / "filled.docx"
    _fill(flow.write_requests()[0], filled)
    assert session.open_bulletin(last_id)
    flow.ask_files = lambda *_a: [str(filled)]
    first = flow.collect_forms()
    assert first is not None
    first.accept()
    qtbot.waitUntil(lambda: flow.dialog is None)
    second = flow.collect_forms()
    assert second is not None and not second.merge_button.isEnabled()
    second.reject()


def test_screenshot_of_the_ledger_and_the_collect_dialog(qtbot: QtBot, parts: Parts, tmp_path: Path) -> None:
    ledger = parts.window.followup.open_ledger()
    ledger.resize(1366, 697)
    qtbot.waitUntil(lambda: ledger.table.width() > 1000)  # the layout has followed the new size
    image = ledger.grab()
    assert image.width() == 1366
    path = tmp_path / "ledger.png"
    assert image.save(str(path))
    index: QModelIndex = ledger.proxy.index(0, COL_CONTENT)
    assert ledger.table.visualRect(index).height() > 0
