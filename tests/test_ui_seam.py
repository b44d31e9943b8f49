"""The controller/ui seam (issue 14): no import cycle inside ui/, editors honour their read-only state,
the 校对 jump goes through each editor's focus_location, and print, export and import report a failed
background job the same way (one helper, a message box with the job's message)."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import grimp
import pytest
from PySide6.QtCore import QSettings
from PySide6.QtPrintSupport import QPrinter
from PySide6.QtWidgets import QLineEdit, QMessageBox, QPlainTextEdit, QWidget
from pytestqt.qtbot import QtBot

from unionbulletin.app import Parts, create_window
from unionbulletin.checks.finding import Finding, Location
from unionbulletin.layout.boxes import Ref, RefKind
from unionbulletin.storage import Database
from unionbulletin.ui.flows.background import run_in_background
from unionbulletin.ui.proofreading.proofread_panel import jump_to


def _cycles(package: str) -> list[list[str]]:
    """The import cycles (strongly connected components of more than one module) under `package`;
    imports under TYPE_CHECKING count: they tie the modules together as much for a reader."""
    graph = grimp.build_graph("unionbulletin", cache_dir=None)
    mods = sorted(m for m in graph.modules if m.startswith(package))
    imported = graph.find_modules_directly_imported_by
    return _components({m: sorted(i for i in imported(m) if i.startswith(package)) for m in mods})


def _components(edges: dict[str, list[str]]) -> list[list[str]]:
    index: dict[str, int] = {}
    low: dict[str, int] = {}
    stack: list[str] = []
    found: list[list[str]] = []

    def visit(v: str) -> None:  # Tarjan; the ui graph is shallow, recursion is fine
        index[v] = low[v] = len(index)
        stack.append(v)
        for w in edges[v]:
            if w not in index:
                visit(w)
                low[v] = min(low[v], low[w])
            elif w in stack:
                low[v] = min(low[v], index[w])
        if low[v] == index[v]:
            component = []
            while True:
                w = stack.pop()
                component.append(w)
                if w == v:
                    break
            if len(component) > 1:
                found.append(sorted(component))

    for m in edges:
        if m not in index:
            visit(m)
    return found


def test_no_import_cycle_in_ui() -> None:
    assert _cycles("unionbulletin.ui") == []


def test_the_cycle_finder_sees_a_cycle() -> None:
    edges = {"a": ["b"], "b": ["c"], "c": ["a"], "d": ["a"], "e": ["e"]}
    assert _components(edges) == [["a", "b", "c"]]


@pytest.fixture
def parts(qtbot: QtBot, tmp_path: Path) -> Iterator[Parts]:
    db = Database.open(tmp_path / "bulletins.json")  # the examples: 2018 and 2020 with plan and 报/发
    p = create_window(
        db, QSettings(str(tmp_path / "window.ini"), QSettings.Format.IniFormat), autosave_ms=60_000
    )
    qtbot.addWidget(p.window)
    p.window.resize(1366, 697)
    p.window.show()
    newest = max(db.list_bulletins(), key=lambda r: (r.period.year, r.period.month))
    assert p.session.open_bulletin(newest.id)
    yield p
    p.window.close()
    p.worker.shutdown()
    db.close()


# ---- read-only is a state of each editor ---------------------------------------------------------------


def test_editors_honour_set_read_only(parts: Parts, qtbot: QtBot) -> None:
    w = parts.window
    before = w.document.bulletin
    assert before.summary.items and before.plan is not None and before.plan.tasks
    for editor in (w.items, w.tasks, w.meta):
        editor.set_read_only(True)
    typed_into: list[QWidget] = [
        w.items.title_edit,
        w.items.heading_edit,
        w.items.body_edit,
        w.tasks.title_edit,
        w.meta.series,
        w.meta.editor,
        w.meta.date.edit,
        *w.meta.recipients.values(),
    ]
    for index, field in enumerate(typed_into):
        w.tabs.setCurrentIndex(0 if index < 3 else 1 if index == 3 else 2)
        field.setFocus()
        qtbot.keyClicks(field, "x9")
        assert isinstance(field, (QLineEdit, QPlainTextEdit)) and field.isReadOnly()
    for action in (w.items.add_action, w.items.delete_action, w.tasks.add_action, w.tasks.delete_action):
        assert not action.isEnabled()
    assert not w.tasks.plan_check.isEnabled() and not w.meta.month.isEnabled()
    assert w.document.bulletin == before
    assert not w.document.is_modified()
    for editor in (w.items, w.tasks, w.meta):  # and back: the state is a state, not a one-way sweep
        editor.set_read_only(False)
    w.tabs.setCurrentIndex(2)
    w.meta.editor.setFocus()
    qtbot.keyClicks(w.meta.editor, "x9")
    assert "x9" in w.document.bulletin.editor


# ---- the 校对 jump goes through focus_location ----------------------------------------------------------


def _finding(location: Location) -> Finding:
    return Finding("test", "warning", "测试", location)


def test_jump_reaches_every_editor_kind_through_focus_location(parts: Parts) -> None:
    w = parts.window
    b = w.document.bulletin
    item = b.summary.items[0]
    assert b.plan is not None
    task = b.plan.tasks[0]
    name = b.distribution.report_to[0]

    w.tabs.setCurrentIndex(2)
    assert jump_to(w.tabs, _finding(Location("summary", "body", 1, item.id, None, 0, 2, item.body[:2])))
    assert w.tabs.currentWidget() is w.items and w.items.body_edit.hasFocus()
    assert w.items.body_edit.textCursor().selectedText() == item.body[:2]

    assert jump_to(w.tabs, _finding(Location("plan", "content", 1, task.id, None, 0, 2, task.content[:2])))
    assert w.tabs.currentWidget() is w.tasks and w.tasks.current_id() == task.id
    assert w.tasks.table.hasFocus()

    loc = Location("distribution", "report_to", None, None, 1, 0, len(name), name)
    assert jump_to(w.tabs, _finding(loc))
    assert w.tabs.currentWidget() is w.meta and w.meta.recipients["report_to"].selectedText() == name

    assert jump_to(w.tabs, _finding(Location("meta", "series", None, None, None, 0, 2, b.series[:2])))
    assert w.meta.series.hasFocus() and w.meta.series.selectedText() == b.series[:2]

    assert not jump_to(w.tabs, _finding(Location("meta", "font", None, None, None, None, 0, "")))

    # a finding whose item was deleted meanwhile: the summary page, the list, no error
    assert jump_to(w.tabs, _finding(Location("summary", "body", 9, "gone", None, 500, 3, "不存在")))
    assert w.tabs.currentWidget() is w.items and w.items.list.hasFocus()


def test_a_click_in_the_preview_goes_through_the_same_editors(parts: Parts) -> None:
    w = parts.window
    b = w.document.bulletin
    assert b.plan is not None
    task, item = b.plan.tasks[-1], b.summary.items[-1]
    w.preview.refClicked.emit(Ref(RefKind.TASK, task.id))
    assert w.tabs.currentWidget() is w.tasks and w.tasks.current_id() == task.id and w.tasks.table.hasFocus()
    w.preview.refClicked.emit(Ref(RefKind.ITEM, item.id))
    assert w.tabs.currentWidget() is w.items and w.items.current_id == item.id
    assert w.items.body_edit.hasFocus()
    w.preview.refClicked.emit(Ref(RefKind.PLAN_TITLE))
    assert w.tabs.currentWidget() is w.tasks and w.tasks.title_edit.hasFocus()
    w.preview.refClicked.emit(Ref(RefKind.SUMMARY_TITLE))
    assert w.tabs.currentWidget() is w.items and w.items.title_edit.hasFocus()
    w.preview.refClicked.emit(Ref(RefKind.DISTRIBUTION))
    assert w.tabs.currentWidget() is w.meta


# ---- one background helper: failures end in a message box ------------------------------------------------


def _box(window: QWidget, name: str) -> QMessageBox:
    box = window.findChild(QMessageBox, name)
    assert isinstance(box, QMessageBox), f"no message box {name}"
    return box


def test_helper_shows_the_failure_in_a_box(parts: Parts, qtbot: QtBot) -> None:
    def fail(_ctx: object) -> None:
        raise OSError("磁盘已满")

    failures: list[str] = []
    job = run_in_background(
        fail,
        owner=parts.window,
        parent=parts.window,
        label="x",
        failure_title="失败",
        failure_name="testError",
        on_success=lambda _r: None,
        on_failure=failures.append,
    )
    with qtbot.waitSignal(job.finished, timeout=10_000):
        pass
    box = _box(parts.window, "testError")
    assert box.windowTitle() == "失败" and box.text() == failures[0] and "OSError" in failures[0]
    box.close()


@pytest.mark.qt_log_ignore("QPainter::begin", "propagateSizeHints")  # the refused PDF target
def test_print_failure_shows_a_box(parts: Parts, qtbot: QtBot, tmp_path: Path) -> None:
    flow = parts.window.workflow.printing
    printer = QPrinter(QPrinter.PrinterMode.HighResolution)
    printer.setOutputFormat(QPrinter.OutputFormat.PdfFormat)
    printer.setOutputFileName(str(tmp_path / "no such folder" / "out.pdf"))
    with qtbot.waitSignal(flow.failed, timeout=30_000) as blocker:
        flow.start(parts.window.document.bulletin, printer)
    box = _box(parts.window, "printError")
    assert box.text() == blocker.args[0] and blocker.args[0]
    box.close()


def test_export_failure_shows_a_box(parts: Parts, qtbot: QtBot, tmp_path: Path) -> None:
    blocker_file = tmp_path / "a file"
    blocker_file.write_text("not a folder", encoding="utf-8")
    flow = parts.window.workflow.exporting
    with qtbot.waitSignal(flow.failed, timeout=30_000) as blocker:
        flow.export_to([(blocker_file / "out.pdf", "pdf")])
    box = _box(parts.window, "exportError")
    assert box.text() == blocker.args[0]
    box.close()


def test_import_failure_shows_a_box(parts: Parts, qtbot: QtBot, tmp_path: Path) -> None:
    broken = tmp_path / "broken.docx"
    broken.write_bytes(b"PK\x03\x04 not really a zip")
    flow = parts.window.workflow.importing
    with qtbot.waitSignal(flow.failed, timeout=30_000) as blocker:
        flow.import_paths([broken])
    box = _box(parts.window, "importError")
    assert box.text() == blocker.args[0] and "broken.docx" in box.windowTitle()
    box.close()
