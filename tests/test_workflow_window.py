"""The daily workflow in the real window (offscreen, a real data file): menus and shortcuts, export
PDF/DOCX/for e-mail (and a locked or read-only target), import dialog and dropped files, new issue
from last month, settings, About, print and print preview, opening another data file."""

from __future__ import annotations

import dataclasses
import datetime as dt
import gc
import json
import os
import sys
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import docx
import pdfplumber
import pytest
from PySide6.QtCore import QMimeData, QPointF, Qt, QUrl
from PySide6.QtGui import QDragEnterEvent, QDropEvent, QKeySequence
from PySide6.QtPrintSupport import QAbstractPrintDialog, QPrinter, QPrintPreviewWidget
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QApplication, QMenu, QMessageBox
from pytestqt.qtbot import QtBot
from window_helpers import dispose, make_window, table_item

from unionbulletin.app import Parts
from unionbulletin.domain import FontNames, OrgSettings, Period, PlanLayout, TaskStatus
from unionbulletin.domain.exchange import from_exchange, to_exchange
from unionbulletin.domain.next_issue import DRAFT_PLACEHOLDER
from unionbulletin.layout.fonts import BUNDLED_FILES, bundled_font_dir
from unionbulletin.layout.style import FontRole
from unionbulletin.render.docx import render_docx
from unionbulletin.storage import Database
from unionbulletin.ui.dialogs.import_dialog import ImportDialog
from unionbulletin.ui.dialogs.new_issue_dialog import COL_OUTCOME, NewIssueDialog
from unionbulletin.ui.dialogs.settings_dialog import SettingsDialog
from unionbulletin.ui.flows.print_flow import print_dialog

FIXTURES = Path(__file__).parent / "fixtures"


def _fixture(name: str) -> dict[str, Any]:
    data: dict[str, Any] = json.loads((FIXTURES / name).read_text(encoding="utf-8"))
    return data


def _id_of(db: Database, year: int) -> int:
    return next(r.id for r in db.list_bulletins() if r.period.year == year)


@pytest.fixture
def parts(qtbot: QtBot, db: Database, tmp_path: Path) -> Iterator[Parts]:
    p = make_window(db, tmp_path)
    p.window.resize(1366, 768)
    p.window.show()
    with qtbot.waitSignal(p.worker.laidOut, timeout=10_000):
        assert p.session.open_bulletin(_id_of(db, 2020))
    yield p
    dispose(p)


def _actions(menu: QMenu) -> list[Any]:
    found = []
    for action in menu.actions():
        sub = action.menu()
        if isinstance(sub, QMenu):
            found += _actions(sub)
        elif not action.isSeparator():
            found.append(action)
    return found


def _message_box(window: Any, name: str) -> QMessageBox:
    box = window.findChild(QMessageBox, name)
    assert isinstance(box, QMessageBox), f"no message box {name}"
    return box


# ---- menus and shortcuts ----------------------------------------------------------------------------


def test_every_frequent_action_is_in_a_menu_with_its_shortcut(parts: Parts) -> None:
    bar = parts.window.menuBar()
    actions = [a for top in bar.actions() if isinstance(sub := top.menu(), QMenu) for a in _actions(sub)]
    by_key: dict[str, list[str]] = {}
    for action in actions:
        for key in action.shortcuts():
            portable = key.toString(QKeySequence.SequenceFormat.PortableText)
            by_key.setdefault(portable, []).append(action.text())
    for key in (
        "Ctrl+N",
        "Ctrl+O",
        "Ctrl+S",
        "Ctrl+Z",
        "Ctrl+Y",
        "Ctrl+P",
        "Ctrl+E",
        "Ctrl+F",
        "Ctrl+I",
        "Ctrl+Shift+E",
        "Ctrl+Alt+N",
        "Ctrl+Shift+P",
    ):
        assert key in by_key, key
    clashes = {key: names for key, names in by_key.items() if len(names) > 1}
    assert clashes == {}
    workflow = parts.window.workflow
    texts = {a.text() for a in actions}
    for action in vars(workflow.actions).values():
        if hasattr(action, "text"):
            assert action.text() in texts
    toolbar = parts.window.findChild(type(parts.window.addToolBar("x")))
    assert toolbar is not None
    toolbar_texts = {a.text() for a in toolbar.actions()}
    assert workflow.actions.print_.text() in toolbar_texts


def test_ctrl_f_goes_to_the_search_of_all_bulletins(qtbot: QtBot, parts: Parts) -> None:
    parts.window.activateWindow()
    parts.window.items.body_edit.setFocus()
    QTest.keyClick(parts.window, Qt.Key.Key_F, Qt.KeyboardModifier.ControlModifier)
    qtbot.waitUntil(
        lambda: (
            parts.window.library.search.hasFocus()
            or QApplication.focusWidget() is parts.window.library.search
        ),
        timeout=2000,
    )


# ---- export -----------------------------------------------------------------------------------------


def test_export_pdf_and_docx_with_the_conventional_name_and_remembered_folder(
    qtbot: QtBot, parts: Parts, tmp_path: Path
) -> None:
    flow = parts.window.workflow.exporting
    out = tmp_path / "out"
    out.mkdir()
    asked: list[str] = []

    def choose(_parent: object, _title: str, suggested: str, _filter: str) -> str:
        asked.append(suggested)
        return str(out / Path(suggested).name)

    flow.ask_save_path = choose
    with qtbot.waitSignal(flow.exported, timeout=30_000) as blocker:
        parts.window.workflow.actions.export_pdf.trigger()
    pdf = out / "荆州市总工会2020年8月份工作综述.pdf"
    assert blocker.args == [[pdf]]
    assert Path(asked[0]).name == pdf.name
    with pdfplumber.open(pdf) as doc:
        assert len(doc.pages) == parts.window.preview.page_count() == 7
        assert "荆州市总工会八月份工作综述" in doc.pages[0].extract_text()
    with qtbot.waitSignal(flow.exported, timeout=30_000):
        parts.window.workflow.actions.export_docx.trigger()
    assert Path(asked[1]).parent == out  # the folder used last time
    word = docx.Document(str(out / "荆州市总工会2020年8月份工作综述.docx"))
    assert any("荆州市总工会八月份工作综述" in p.text for p in word.paragraphs)
    assert str(out) in parts.window.statusBar().currentMessage()


def test_export_for_email_writes_docx_and_pdf_and_opens_the_folder(
    qtbot: QtBot, parts: Parts, tmp_path: Path
) -> None:
    flow = parts.window.workflow.exporting
    opened: list[Path] = []

    def open_folder(folder: Path) -> bool:
        opened.append(folder)
        return True

    flow.open_folder = open_folder
    dialog = flow.export_for_email()
    assert dialog is not None
    dialog.folder_edit.setText(str(tmp_path))
    dialog.pdf_check.setChecked(True)
    assert dialog.names.text().splitlines() == [
        "荆州市总工会2020年8月份工作综述.docx",
        "荆州市总工会2020年8月份工作综述.pdf",
    ]
    with qtbot.waitSignal(flow.exported, timeout=30_000):
        dialog.accept()
    assert (tmp_path / "荆州市总工会2020年8月份工作综述.docx").stat().st_size > 10_000
    assert (tmp_path / "荆州市总工会2020年8月份工作综述.pdf").read_bytes().startswith(b"%PDF")
    assert opened == [tmp_path]
    prefs = parts.window.workflow.prefs
    assert prefs.email_with_pdf() is True
    assert Path(prefs.last_folder("email")) == tmp_path
    # the next time the dialog says the files will be replaced
    again = flow.export_for_email()
    assert again is not None
    assert again.pdf_check.isChecked()
    assert all("替换" in line or "replaces" in line for line in again.names.text().splitlines())
    again.reject()


def test_export_for_email_refuses_a_missing_folder(parts: Parts, tmp_path: Path) -> None:
    dialog = parts.window.workflow.exporting.export_for_email()
    assert dialog is not None
    dialog.folder_edit.setText(str(tmp_path / "missing"))
    assert not dialog.buttons.button(dialog.buttons.StandardButton.Ok).isEnabled()
    dialog.reject()


def _old_file(path: Path) -> bytes:
    old = b"%PDF-1.4 the previous export, opened by the secretary\n"
    path.write_bytes(old)
    return old


def test_export_to_a_read_only_target_fails_cleanly(qtbot: QtBot, parts: Parts, tmp_path: Path) -> None:
    target = tmp_path / "readonly.pdf"
    old = _old_file(target)
    target.chmod(0o444)
    flow = parts.window.workflow.exporting
    with qtbot.waitSignal(flow.failed, timeout=30_000) as blocker:
        flow.export_to([(target, "pdf")])
    message = blocker.args[0]
    assert "原文件未被改动" in message and str(target) in message
    assert target.read_bytes() == old
    box = _message_box(parts.window, "exportError")
    assert box.isVisible() and box.text() == message
    box.close()
    assert not [p for p in tmp_path.iterdir() if p.name.startswith(".ub-tmp-")]


def test_export_to_a_target_locked_by_word_fails_cleanly(
    qtbot: QtBot, parts: Parts, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    target = tmp_path / "locked.docx"
    old = _old_file(target)
    real_replace = os.replace

    def locked(src: Any, dst: Any) -> None:  # what Windows does while WPS or Word holds the file
        if Path(dst) == target:
            raise PermissionError(13, "The process cannot access the file", str(dst))
        real_replace(src, dst)

    monkeypatch.setattr(os, "replace", locked)
    flow = parts.window.workflow.exporting
    with qtbot.waitSignal(flow.failed, timeout=30_000) as blocker:
        flow.export_to([(target, "docx")])
    assert "WPS" in blocker.args[0] and "原文件未被改动" in blocker.args[0]
    assert target.read_bytes() == old
    assert not [p for p in tmp_path.iterdir() if p.name.startswith(".ub-tmp-")]
    _message_box(parts.window, "exportError").close()


# ---- import -----------------------------------------------------------------------------------------


def _import(qtbot: QtBot, parts: Parts, path: Path) -> ImportDialog:
    flow = parts.window.workflow.importing
    with qtbot.waitSignal(flow.dialogShown, timeout=30_000) as blocker:
        flow.import_paths([path])
    dialog = blocker.args[0]
    assert isinstance(dialog, ImportDialog) and dialog.isVisible()
    return dialog


def _label(dialog: ImportDialog, name: str) -> str:
    from PySide6.QtWidgets import QLabel

    label = dialog.findChild(QLabel, name)
    assert label is not None, name
    return label.text()


@pytest.mark.parametrize(
    ("sample", "fixture"),
    [
        ("2020-08-summary-and-09-plan.txt", "sample-2020.json"),
        ("2018-11-report.txt", "sample-2018.json"),
    ],
)
def test_import_dialog_shows_what_was_recognised_in_both_samples(
    qtbot: QtBot, parts: Parts, db: Database, samples_dir: Path, sample: str, fixture: str
) -> None:
    expected = from_exchange(_fixture(fixture))
    before = len(db.list_bulletins())
    dialog = _import(qtbot, parts, samples_dir / sample)
    assert _label(dialog, "importTitle") == expected.summary.title
    assert _label(dialog, "importSendTo") == "、".join(expected.distribution.send_to)
    assert _label(dialog, "importReportTo") == "、".join(expected.distribution.report_to)
    recognised = dialog.import_result.bulletin
    assert _label(dialog, "importEditor") == (recognised.editor or dialog.tr("(none)"))
    assert recognised.editor == (expected.editor or db.settings().editor)  # defaults fill what is missing
    assert dialog.items_list.count() == len(expected.summary.items)
    assert dialog.items_list.item(0).text().startswith("一、" + expected.summary.items[0].heading)
    tasks = expected.plan.tasks if expected.plan else ()
    assert dialog.tasks_table.rowCount() == len(tasks)
    for row, task in enumerate(tasks):
        assert table_item(dialog.tasks_table, row, 0).text() == task.content
    assert dialog.warnings_list.count() >= 1
    # the examples seeded into the data file hold the same month: the dialog says so
    assert dialog.same_month_label.isVisibleTo(dialog)
    dialog.reject()  # Cancel saves nothing
    qtbot.waitUntil(lambda: parts.window.workflow.importing.dialog is None)
    assert len(db.list_bulletins()) == before

    dialog = _import(qtbot, parts, samples_dir / sample)
    with qtbot.waitSignal(parts.window.workflow.importing.imported, timeout=10_000) as blocker:
        dialog.accept()
    new_id = blocker.args[0]
    assert len(db.list_bulletins()) == before + 1
    assert parts.session.document.bulletin_id == new_id
    stored = db.get(new_id)
    assert to_exchange(stored)["summary"] == to_exchange(expected)["summary"]
    assert to_exchange(stored)["plan"] == to_exchange(expected)["plan"]


def test_import_docx_and_exchange_json(qtbot: QtBot, parts: Parts, db: Database, tmp_path: Path) -> None:
    expected = from_exchange(_fixture("sample-2018.json"))
    docx_path = tmp_path / "十一月.docx"
    docx_path.write_bytes(render_docx(expected, OrgSettings()))
    dialog = _import(qtbot, parts, docx_path)
    assert dialog.items_list.count() == len(expected.summary.items)
    assert _label(dialog, "importTitle") == expected.summary.title
    dialog.reject()
    qtbot.waitUntil(lambda: parts.window.workflow.importing.dialog is None)

    json_path = tmp_path / "exchange.json"
    changed = dataclasses.replace(expected, period=Period(2019, 3))
    json_path.write_text(json.dumps(to_exchange(changed), ensure_ascii=False), encoding="utf-8")
    dialog = _import(qtbot, parts, json_path)
    assert not dialog.same_month_label.isVisibleTo(dialog)
    assert _label(dialog, "importPeriod") in ("2019-3", "2019年3月")
    assert dialog.warnings_list.item(0).text() in ("No warnings.", "没有警告。")
    with qtbot.waitSignal(parts.window.workflow.importing.imported, timeout=10_000) as blocker:
        dialog.accept()
    assert db.get(blocker.args[0]).period == Period(2019, 3)


def test_a_file_that_cannot_be_imported_says_why_and_saves_nothing(
    qtbot: QtBot, parts: Parts, db: Database, tmp_path: Path
) -> None:
    broken = tmp_path / "broken.json"
    broken.write_text('{"org": 5', encoding="utf-8")
    before = len(db.list_bulletins())
    flow = parts.window.workflow.importing
    with qtbot.waitSignal(flow.failed, timeout=10_000) as blocker:
        flow.import_paths([broken])
    assert "JSON" in blocker.args[0]
    box = _message_box(parts.window, "importError")
    assert box.text() == blocker.args[0]
    box.close()
    assert len(db.list_bulletins()) == before


def _drag_and_drop(target: Any, mime: QMimeData) -> QDropEvent:
    """What the window system delivers: a drag entering the widget, then the drop (Qt routes the drop to
    the widget that accepted the drag)."""
    point = QPointF(20, 20)
    # QDragEnterEvent takes a QPoint (PySide6 6.12 also accepts a QPointF, 6.11 does not)
    enter = QDragEnterEvent(
        point.toPoint(),
        Qt.DropAction.CopyAction,
        mime,
        Qt.MouseButton.LeftButton,
        Qt.KeyboardModifier.NoModifier,
    )
    QApplication.sendEvent(target, enter)
    drop = QDropEvent(
        point, Qt.DropAction.CopyAction, mime, Qt.MouseButton.LeftButton, Qt.KeyboardModifier.NoModifier
    )
    QApplication.sendEvent(target, drop)
    return drop


def test_dropping_files_on_the_window_imports_them(
    qtbot: QtBot, parts: Parts, samples_dir: Path, tmp_path: Path
) -> None:
    flow = parts.window.workflow.importing
    mime = QMimeData()
    mime.setUrls(
        [
            QUrl.fromLocalFile(str(samples_dir / "2018-11-report.txt")),
            QUrl.fromLocalFile(str(tmp_path / "photo.png")),
        ]
    )
    body = parts.window.items.body_edit  # a text editor would take the drop as text otherwise
    text_before = body.toPlainText()
    with qtbot.waitSignal(flow.dialogShown, timeout=30_000) as blocker:
        event = _drag_and_drop(body.viewport(), mime)
    assert event.isAccepted()
    assert body.toPlainText() == text_before
    dialog = blocker.args[0]
    assert _label(dialog, "importTitle") == "荆州市总工会十一月份工作完成情况"
    dialog.reject()
    qtbot.waitUntil(lambda: flow.dialog is None)
    # dragged text (no file) is left to the editor, which inserts it
    text = QMimeData()
    text.setText("一段拖进来的文字")
    shown: list[object] = []
    flow.dialogShown.connect(shown.append)
    with qtbot.assertNotEmitted(flow.dialogShown, wait=50):
        _drag_and_drop(body.viewport(), text)
    assert shown == []
    assert "一段拖进来的文字" in body.toPlainText()


# ---- new issue from last month ----------------------------------------------------------------------


def test_new_issue_from_the_2020_sample(qtbot: QtBot, parts: Parts, db: Database) -> None:
    august_id = _id_of(db, 2020)
    august = dataclasses.replace(db.get(august_id), issue_number=8, date=dt.date(2020, 9, 4))
    parts.session.document.replace_bulletin(august, "number")  # as the secretary would have typed
    workflow = parts.window.workflow
    workflow.today = lambda: dt.date(2020, 10, 9)
    dialog = workflow.new_from_last_month()
    assert isinstance(dialog, NewIssueDialog) and dialog.isVisible()
    assert dialog.table.rowCount() == 9
    assert table_item(dialog.table, 8, 0).text().startswith("举办荆州市家政服务业职业技能竞赛")
    assert "第9期" in dialog.new_label.text() and "九月份工作综述" in dialog.new_label.text()
    outcome = table_item(dialog.table, 0, COL_OUTCOME).text()
    dialog.set_status(0, TaskStatus.DONE)
    dialog.set_status(1, TaskStatus.IN_PROGRESS)
    dialog.set_status(4, TaskStatus.CARRIED_OVER)
    assert table_item(dialog.table, 0, COL_OUTCOME).text() != outcome  # follows the choice at once
    before = len(db.list_bulletins())
    dialog.accept()
    qtbot.waitUntil(lambda: parts.session.document.bulletin_id not in (None, august_id))
    assert len(db.list_bulletins()) == before + 1
    new = parts.session.document.bulletin
    assert new.period == Period(2020, 9)
    assert new.issue_number == 9
    assert new.date == dt.date(2020, 10, 9)
    assert [(i.heading, i.body) for i in new.summary.items] == [
        ("扎实开展2020年全市党风廉政建设宣传月活动。", DRAFT_PLACEHOLDER),
        ("全面完成2020年度“金秋助学”活动。", DRAFT_PLACEHOLDER),
    ]
    assert new.plan is not None
    carried = [(t.content, t.deadline) for t in new.plan.tasks]
    assert carried == [("持续推进荆州市职工素质提升大讲堂活动", "十月份")]
    # the statuses are kept in August's issue (saved first, with the typed issue number)
    stored = db.get(august_id)
    assert stored.issue_number == 8
    assert stored.plan is not None
    assert [t.status for t in stored.plan.tasks][:5] == [
        TaskStatus.DONE,
        TaskStatus.IN_PROGRESS,
        TaskStatus.PLANNED,
        TaskStatus.PLANNED,
        TaskStatus.CARRIED_OVER,
    ]
    # and the proofreading panel reports the placeholders
    qtbot.waitUntil(
        lambda: any(
            f.rule == "struct.draft-placeholder" for f in parts.window.proofreading.proofreader.findings
        ),
        timeout=10_000,
    )


def test_cancelling_the_checklist_changes_nothing(qtbot: QtBot, parts: Parts, db: Database) -> None:
    before = [to_exchange(db.get(r.id)) for r in db.list_bulletins()]
    dialog = parts.window.workflow.new_from_last_month()
    assert dialog is not None
    dialog.set_status(0, TaskStatus.DONE)
    with qtbot.assertNotEmitted(parts.session.libraryChanged, wait=20):
        dialog.reject()
    assert [to_exchange(db.get(r.id)) for r in db.list_bulletins()] == before


# ---- settings ---------------------------------------------------------------------------------------


def _settings_dialog(parts: Parts) -> SettingsDialog:
    dialog = parts.window.workflow.open_settings()
    assert dialog.isVisible()
    return dialog


def test_settings_are_saved_in_the_data_file_and_relay_the_preview(
    qtbot: QtBot, parts: Parts, db: Database, tmp_path: Path
) -> None:
    dialog = _settings_dialog(parts)
    dialog.series_edit.setText("工作简报")
    dialog.issue_format_edit.setText("{year}年第{n}期（总第{total}期）")
    assert "2020年第9期（总第121期）" in dialog.issue_example.text()
    dialog.editor_edit.setText("李明")
    dialog.send_edit.setText("各县市区总工会、市总机关各部室")
    dialog.table_radio.setChecked(True)
    dialog.hanging_check.setChecked(False)
    dialog.fonts.windows_radio.setChecked(True)
    kai = bundled_font_dir() / BUNDLED_FILES[FontRole.KAITI]
    dialog.fonts.ask_font_file = lambda *_args: str(kai)
    dialog.fonts.choose(FontRole.FANGSONG)  # 仿宋 drawn with the 楷 file
    row = list(FontRole).index(FontRole.FANGSONG)
    assert table_item(dialog.fonts.table, row, 2).text() == kai.name
    assert table_item(dialog.fonts.table, row, 2).toolTip() == str(kai)
    book = dialog.address_book
    leaders = book.leaders.table
    row = next(r for r in range(leaders.rowCount()) if table_item(leaders, r, 0).text() == "高启秀")
    table_item(leaders, row, 1).setText("副主席")
    book.leaders.add_row(["李四", "秘书长"])
    book.leaders.add_row(["李四", "重复的一行"])  # kept once
    book.departments.add_row(["经技部"])
    book.groups.add_row(["下级", "各县市区总工会、各驻会产业工会"])
    dialog.language_combo.setCurrentIndex(dialog.language_combo.findData("en"))
    with qtbot.waitSignal(parts.worker.laidOut, timeout=20_000) as laid_out:
        dialog.accept()
    saved = db.settings()
    assert (saved.series, saved.editor) == ("工作简报", "李明")
    assert saved.issue_format == "{year}年第{n}期（总第{total}期）"
    assert saved.distribution.send_to == ("各县市区总工会", "市总机关各部室")
    assert saved.plan_layout == PlanLayout.TABLE
    assert saved.hanging_punctuation is False
    assert saved.docx_font_names == FontNames.WINDOWS
    assert saved.font_files == (("fangsong", str(kai)),)
    book_saved = db.address_book()
    assert [(x.name, x.title) for x in book_saved.leaders] == [
        ("高启秀", "副主席"),
        ("郭红萍", ""),
        ("张征军", ""),
        ("李四", "秘书长"),
    ]
    assert "经技部" in book_saved.departments
    groups = [(g.name, g.members) for g in book_saved.recipient_groups]
    assert ("下级", ("各县市区总工会", "各驻会产业工会")) in groups
    assert parts.window.workflow.prefs.language() == "en"
    # the preview was laid out again with the table option: the plan is drawn as a bordered table
    document = laid_out.args[0].document
    assert len([r for page in document.pages for r in page.rules]) > 20
    # a second data-file reader sees the same settings (they live in the file, not in QSettings)
    with Database.open(db.path, read_only=True) as other:
        assert other.settings() == saved


def test_cancelled_settings_change_nothing(qtbot: QtBot, parts: Parts, db: Database) -> None:
    settings, book = db.settings(), db.address_book()
    dialog = _settings_dialog(parts)
    dialog.org_edit.setText("别的单位")
    dialog.address_book.leaders.add_row(["某某", ""])
    with qtbot.assertNotEmitted(parts.session.addressBookChanged, wait=20):
        dialog.reject()
    assert db.settings() == settings and db.address_book() == book


def test_settings_refuse_a_broken_issue_format(parts: Parts) -> None:
    dialog = _settings_dialog(parts)
    ok = dialog.buttons.button(dialog.buttons.StandardButton.Ok)
    dialog.issue_format_edit.setText("第{number}期")
    assert not ok.isEnabled()
    dialog.issue_format_edit.setText("第{n}期")
    assert ok.isEnabled()
    dialog.reject()


@pytest.mark.parametrize("pattern", ["第{n.x}期", "第{n[0]}期", "{n:>300000000}"])
def test_settings_refuse_an_issue_format_that_str_format_would_accept(parts: Parts, pattern: str) -> None:
    """Issue 12, finding 10: attribute, index and huge-width fields are refused in Chinese."""
    dialog = _settings_dialog(parts)
    ok = dialog.buttons.button(dialog.buttons.StandardButton.Ok)
    dialog.issue_format_edit.setText(pattern)
    assert not ok.isEnabled()
    assert dialog.issue_example.text().startswith("期号格式中的")
    dialog.reject()


def test_font_table_warns_about_missing_official_faces(parts: Parts) -> None:
    dialog = _settings_dialog(parts)
    fonts = dialog.fonts
    assert len(fonts.reports) == len(FontRole)
    for row, report in enumerate(fonts.reports):
        assert table_item(fonts.table, row, 2).toolTip().startswith(str(report.face.path))
        if report.warning:
            assert report.warning in table_item(fonts.table, row, 3).text()
    bad = parts.session.db.path.parent / "not-a-font.ttf"
    bad.write_bytes(b"this is not a font")
    fonts.ask_font_file = lambda *_args: str(bad)
    fonts.choose(FontRole.HEITI)
    row = list(FontRole).index(FontRole.HEITI)
    assert "not-a-font.ttf" in table_item(fonts.table, row, 3).text()
    dialog.reject()


# ---- about, print, open another data file ----------------------------------------------------------


def test_about_box_names_version_data_file_and_fonts(parts: Parts, db: Database) -> None:
    from unionbulletin import __version__

    dialog = parts.window.workflow.about()
    text = dialog.label.text()
    assert __version__ in text
    assert str(db.path) in text
    assert "FandolFang" in text or "仿宋" in text
    dialog.close()


def test_print_from_the_window_to_a_pdf_file(qtbot: QtBot, parts: Parts, tmp_path: Path) -> None:
    flow = parts.window.workflow.printing
    printer = QPrinter(QPrinter.PrinterMode.HighResolution)
    printer.setOutputFormat(QPrinter.OutputFormat.PdfFormat)
    printer.setOutputFileName(str(tmp_path / "printed.pdf"))
    with qtbot.waitSignal(flow.printed, timeout=60_000) as blocker:
        flow.start(parts.session.document.bulletin, printer)
    assert blocker.args == [7]
    with pdfplumber.open(tmp_path / "printed.pdf") as pdf:
        assert len(pdf.pages) == 7
        assert pdf.pages[0].extract_text().splitlines()[0] == "工会要情摘报"
    assert "printed.pdf" in parts.window.statusBar().currentMessage()


def test_the_print_dialog_offers_range_and_current_page(parts: Parts) -> None:
    printer = QPrinter(QPrinter.PrinterMode.HighResolution)
    dialog = print_dialog(printer, 7, parts.window)
    option = QAbstractPrintDialog.PrintDialogOption
    assert dialog.testOption(option.PrintPageRange)
    assert dialog.testOption(option.PrintCurrentPage)
    assert not dialog.testOption(option.PrintSelection)
    assert (dialog.minPage(), dialog.maxPage()) == (1, 7)
    dialog.deleteLater()


def test_print_preview_shows_every_page(qtbot: QtBot, parts: Parts) -> None:
    dialog = parts.window.workflow.printing.preview()
    assert dialog is not None
    widget = dialog.findChild(QPrintPreviewWidget)
    assert widget is not None
    gc.collect()  # the dialog does not own its printer: the flow must keep it alive
    qtbot.waitUntil(lambda: widget.pageCount() == 7, timeout=20_000)
    widget.setCurrentPage(7)
    widget.zoomIn()
    with qtbot.waitSignal(widget.previewChanged, timeout=20_000):
        widget.updatePreview()  # paints every page again through the printer
    assert widget.pageCount() == 7
    dialog.reject()


def test_open_another_data_file_starts_a_window_on_it(parts: Parts, tmp_path: Path) -> None:
    workflow = parts.window.workflow
    other = tmp_path / "usb" / "bulletins.json"
    other.parent.mkdir()
    Database.open(other).close()
    launched: list[tuple[str, list[str]]] = []

    def launch(program: str, args: list[str]) -> bool:
        launched.append((program, args))
        return True

    workflow.launch = launch
    workflow.ask_open_path = lambda *_args: str(other)
    workflow.actions.open_data_file.trigger()
    assert launched == [(sys.executable, ["-m", "unionbulletin", "--db", str(other)])]
    # a damaged file is refused here with the storage's Chinese message; no window is started
    broken = tmp_path / "usb" / "broken.json"
    broken.write_text("{ not json", encoding="utf-8")
    workflow.ask_open_path = lambda *_args: str(broken)
    workflow.actions.open_data_file.trigger()
    assert len(launched) == 1
    box = _message_box(parts.window, "workflowWarning")
    assert str(broken) in box.text() or "损坏" in box.text()
    box.close()


def test_actions_follow_the_open_bulletin(qtbot: QtBot, parts: Parts, db: Database) -> None:
    a = parts.window.workflow.actions
    assert a.print_.isEnabled() and a.export_pdf.isEnabled() and a.new_from_last.isEnabled()
    for row in db.list_bulletins():
        assert parts.session.delete_bulletin(row.id)
    qtbot.waitUntil(lambda: not parts.session.document.has_bulletin)
    assert not a.print_.isEnabled() and not a.export_email.isEnabled() and not a.new_from_last.isEnabled()
    assert a.import_.isEnabled()
