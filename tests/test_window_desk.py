"""Word habits and small surprises at the office desk (issue 15, items 5, 6, 9, 10): the 印发日期 typed
as in Word, paste from Word/WPS/a web page through the real clipboard, 根据上月新建 from the newest
bulletin with year and month shown, and the smaller points (sub-point list wording, stale names,
总期号, typing into the preview, steady toolbar, dialogs that fit the screen, 关于, 使用说明)."""

from __future__ import annotations

import dataclasses
import datetime as dt
from collections.abc import Iterator
from pathlib import Path

import pytest
from PySide6.QtCore import QCoreApplication, QDate, QMimeData, Qt
from PySide6.QtGui import QKeySequence
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QApplication, QLineEdit, QMenu
from pytestqt.qtbot import QtBot
from window_helpers import type_text

from unionbulletin.app import Parts, install_translators
from unionbulletin.controller.task_model import COL_LEADERS
from unionbulletin.domain import Period, TaskStatus
from unionbulletin.storage import Database
from unionbulletin.ui.dialogs.about_dialog import AboutDialog

CLIP = Path(__file__).resolve().parent / "fixtures" / "clipboard"


@pytest.fixture
def chinese(qapp: QApplication) -> Iterator[None]:
    """The program's Chinese translation installed, as at a real start; removed afterwards."""
    translators = install_translators(qapp, "zh_CN")
    yield
    for translator in translators:
        qapp.removeTranslator(translator)


# ---- item 5: the 印发日期 ----------------------------------------------------------------------------


def _date_field(parts: Parts):  # type: ignore[no-untyped-def]
    parts.window.tabs.setCurrentWidget(parts.window.meta)
    field = parts.window.meta.date
    field.edit.setFocus()
    field.edit.selectAll()
    return field


def test_the_issue_date_is_typed_as_in_word(qtbot: QtBot, parts: Parts) -> None:
    doc = parts.session.document
    field = _date_field(parts)
    QTest.keyClick(field.edit, Qt.Key.Key_Backspace)
    qtbot.keyClicks(field.edit, "2020-9-1")
    assert doc.bulletin.date == dt.date(2020, 9, 1)  # main: typing into the date was ignored
    QTest.keyClick(field.edit, Qt.Key.Key_Return)
    assert field.text() == "2020年9月1日"  # shown in the normal form
    field.edit.selectAll()
    type_text(field.edit, "9月8日")  # no year: the year of the issue
    field.normalise()
    assert doc.bulletin.date == dt.date(2020, 9, 8) and field.text() == "2020年9月8日"
    field.edit.selectAll()
    qtbot.keyClicks(field.edit, "20200910")
    field.normalise()
    assert doc.bulletin.date == dt.date(2020, 9, 10)


def test_an_impossible_date_is_refused_with_a_message_and_nothing_is_lost(qtbot: QtBot, parts: Parts) -> None:
    doc = parts.session.document
    field = _date_field(parts)
    qtbot.keyClicks(field.edit, "2020.9.1")
    type_text(field.edit, "")
    field.edit.selectAll()
    type_text(field.edit, "2021年2月29日")
    parts.window.meta.series.setFocus()  # she leaves the field
    QApplication.processEvents()
    assert "2021年2月没有29日" in field.error() and field.message.isVisible()
    assert field.text() == "2021年2月29日"  # her text stays to be corrected
    assert doc.bulletin.date == dt.date(2020, 9, 1)  # the document keeps the last good date
    field.edit.selectAll()
    type_text(field.edit, "2021年2月28日")
    field.normalise()
    assert field.error() == "" and doc.bulletin.date == dt.date(2021, 2, 28)
    field.edit.clear()
    field.edit.edited.emit("")
    field.normalise()
    assert doc.bulletin.date is None  # empty: no date printed
    start = doc.bulletin.date
    doc.set_meta("date", dt.date(2020, 9, 30))  # a change from elsewhere (undo, a fix) …
    assert field.text() == "2020年9月30日"  # … shows in the field
    doc.undo_stack.undo()
    assert doc.bulletin.date == start and field.text() == ""


def test_the_calendar_button_sets_the_date(qtbot: QtBot, parts: Parts) -> None:
    field = _date_field(parts)
    assert field.button.menu() is field.menu
    field._prepare_calendar()
    field.calendar.clicked.emit(QDate(2020, 10, 9))
    assert parts.session.document.bulletin.date == dt.date(2020, 10, 9)
    assert field.text() == "2020年10月9日"


# ---- item 6: paste through the real clipboard -----------------------------------------------------


def _paste(parts: Parts, plain: str, html: str | None) -> str:
    body = parts.window.items.body_edit
    body.setFocus()
    body.selectAll()
    mime = QMimeData()
    mime.setText(plain)
    if html is not None:
        mime.setHtml(html)
    clipboard = QApplication.clipboard()
    clipboard.setMimeData(mime)  # the clipboard owns it now
    try:
        body.paste()
    finally:
        clipboard.clear()  # Qt deletes it now, not at exit after Python's wrapper is gone
    return body.toPlainText()


@pytest.mark.parametrize(
    ("source", "lines"),
    [
        (
            "word",
            [
                "加粗红色标题",
                "第一段文字，来自Word。",
                "单元格1、单元格2",
                "第二段文字，组织全市职工参加技能竞赛，覆盖12个行业。",
                "1.列表第一项",
            ],
        ),
        ("wps", ["加粗红色标题", "第一段文字，来自WPS。", "市总工会、市妇联", "第二段文字。"]),
        (
            "web",
            [
                "市总工会召开职工代表座谈会",
                "9月1日，市总工会召开职工代表座谈会。",
                "会议由副主席主持。",
                "与会代表围绕“职工之家”建设发言。",
                "一线职工",
                "劳动模范",
                "单位、人数",
                "市总工会、12人",
            ],
        ),
    ],
)
def test_pasting_paragraphs_keeps_them_apart(parts: Parts, source: str, lines: list[str]) -> None:
    plain = (CLIP / f"{source}.txt").read_text(encoding="utf-8")
    html = (CLIP / f"{source}.html").read_text(encoding="utf-8")
    assert _paste(parts, plain, html).split("\n") == lines  # main: one glued run
    item = parts.session.document.bulletin.summary.items[0]
    assert item.body.split("\n") == lines


def test_pasting_plain_text_from_word_keeps_paragraphs(parts: Parts) -> None:
    plain = (CLIP / "word.txt").read_text(encoding="utf-8")
    lines = _paste(parts, plain, None).split("\n")
    assert lines[:3] == ["加粗红色标题", "第一段文字，来自Word。", "单元格1、单元格2"]


# ---- item 9: new issue from the newest bulletin, year and month everywhere ------------------------


def test_new_issue_from_last_month_starts_from_the_newest_bulletin(
    qtbot: QtBot, parts: Parts, db: Database
) -> None:
    newest = parts.session.document.bulletin_id
    older = next(r.id for r in db.list_bulletins() if r.period.year == 2018)
    assert parts.session.open_bulletin(older)  # she is looking at an old bulletin
    workflow = parts.window.workflow
    workflow.today = lambda: dt.date(2020, 10, 9)
    dialog = workflow.new_from_last_month()
    assert dialog is not None
    assert dialog.previous_id == newest  # main: built on the selected 2018 bulletin
    texts = [dialog.source_combo.itemText(i) for i in range(dialog.source_combo.count())]
    assert texts[0].startswith("2020年8月") and any(t.startswith("2018年11月") for t in texts)
    assert "2020年9月" in dialog.new_label.text()  # the new issue's year is shown
    dialog.source_combo.setCurrentIndex(texts.index(next(t for t in texts if t.startswith("2018年11月"))))
    assert dialog.previous_id == older and "2018年12月" in dialog.new_label.text()
    dialog.source_combo.setCurrentIndex(0)
    choices = [dialog.combos[0].itemText(i) for i in range(dialog.combos[0].count())]
    assert any("leave out" in c for c in choices) and any("next month" in c for c in choices)
    dialog.set_status(0, TaskStatus.DONE)
    dialog.accept()
    qtbot.waitUntil(lambda: parts.session.document.bulletin.period == Period(2020, 9), timeout=5000)


def test_library_entries_of_the_same_month_differ_and_show_the_year(qtbot: QtBot, parts: Parts) -> None:
    session = parts.session
    bid = session.document.bulletin_id
    assert bid is not None
    session.duplicate_bulletin(bid)
    model = parts.window.library.model
    year = model.index(
        next(
            r for r in range(model.rowCount()) if model.index(r, 0).data(Qt.ItemDataRole.UserRole + 2) == 2020
        ),
        0,
    )
    labels = [model.index(r, 0, year).data() for r in range(model.rowCount(year))]
    assert len(labels) == 2 and labels[0] != labels[1]  # main: two identical “8月 八月份工作综述”
    assert all(label.startswith("2020年8月") for label in labels)


# ---- item 10: the smaller points ------------------------------------------------------------------


def test_an_empty_sub_point_is_listed_in_chinese(qtbot: QtBot, parts: Parts, chinese: None) -> None:
    items = parts.window.items
    items.select_item(parts.session.document.bulletin.summary.items[1].id)
    items.add_subpoint_button.click()
    entry = items.subpoints.list.item(0).text()
    assert entry.startswith("（一）") and not any("a" <= c.lower() <= "z" for c in entry)  # main: (empty)


def test_a_corrected_half_typed_name_is_not_offered(qtbot: QtBot, parts: Parts) -> None:
    tasks = parts.window.tasks
    parts.window.tabs.setCurrentWidget(tasks)

    def commit(name: str) -> None:
        index = tasks.model.index(0, COL_LEADERS)
        tasks.table.setCurrentIndex(index)
        tasks.table.edit(index)
        editor = QApplication.focusWidget()
        assert isinstance(editor, QLineEdit)
        editor.setText(name)
        QTest.keyClick(editor, Qt.Key.Key_Return)
        qtbot.waitUntil(lambda: parts.session.document.tasks()[0].leaders == (name,), timeout=3000)

    commit("王新")  # half typed, committed by leaving the cell
    commit("王新人")  # corrected
    assert tasks.new_names.leaders == ("王新人",)  # main: 王新、王新人
    assert "王新、" not in tasks.new_names.label.text()


def test_ctrl_n_continues_the_running_number(qtbot: QtBot, parts: Parts) -> None:
    doc = parts.session.document
    doc.replace_bulletin(
        dataclasses.replace(doc.bulletin, issue_number=8, total_number=120, date=dt.date(2020, 9, 4)),
        "numbers",
    )
    parts.session.today = lambda: dt.date(2020, 10, 9)
    parts.window.actions_.new.trigger()
    new = doc.bulletin
    assert (new.period, new.issue_number, new.total_number) == (Period(2020, 9), 9, 121)  # main: no 总期号


def test_typing_into_the_preview_says_where_to_edit(qtbot: QtBot, parts: Parts) -> None:
    preview = parts.window.preview
    preview.setFocus()
    status = parts.window.statusBar()
    status.clearMessage()
    qtbot.keyClicks(preview, "a")
    assert "editor" in status.currentMessage()  # main: silently ignored
    status.clearMessage()
    type_text(preview, "新")  # an input method's text
    assert "editor" in status.currentMessage()


def test_toolbar_buttons_stay_put_while_the_undo_text_changes(qtbot: QtBot, parts: Parts) -> None:
    w = parts.window
    combo = w.zoom_combo
    before = combo.mapTo(w, combo.rect().topLeft()).x()
    w.items.body_edit.setFocus()
    type_text(w.items.body_edit, "加一句。")
    QApplication.processEvents()
    assert w.document.undo_stack.undoText()  # the step has a name …
    assert combo.mapTo(w, combo.rect().topLeft()).x() == before  # … and nothing moved (main: it did)
    assert w.document.undo_stack.undoText() in w.undo_button_action.toolTip()


def test_print_preview_and_guide_fit_the_screen(qtbot: QtBot, parts: Parts) -> None:
    available = parts.window.screen().availableGeometry()
    dialog = parts.window.workflow.printing.preview()
    assert dialog is not None
    assert dialog.height() <= available.height() and dialog.width() <= available.width()  # main: 760 high
    dialog.reject()
    guide = parts.window.workflow.guide()
    assert guide.height() <= available.height()
    guide.reject()


def test_about_names_the_program_as_the_title_does(qtbot: QtBot, parts: Parts, chinese: None) -> None:
    about = AboutDialog(parts.session.db.path, [], False, parts.window)
    title = QCoreApplication.translate("MainWindow", "Union bulletin")
    assert title == "工会工作简报"
    assert about.windowTitle() == "关于工会工作简报"  # main: 关于工会简报
    assert "工会工作简报" in about.label.text()
    about.deleteLater()


def test_help_opens_the_user_guide_offline(qtbot: QtBot, parts: Parts) -> None:
    action = parts.window.workflow.actions.guide
    assert action.shortcut() == QKeySequence(QKeySequence.StandardKey.HelpContents)
    help_menu = next(
        m
        for a in parts.window.menuBar().actions()
        if isinstance(m := a.menu(), QMenu) and action in m.actions()
    )
    assert help_menu is not None
    menus = [a.menu() for a in parts.window.menuBar().actions() if a.menu() is not None]
    assert menus[-1] is help_menu  # 帮助 last, as in Word, also after 督办 was added
    action.trigger()
    dialog = parts.window.workflow.dialog
    assert dialog is not None and dialog.objectName() == "guideDialog"
    text = dialog.browser.toPlainText()  # type: ignore[attr-defined]
    assert "根据上月新建" in text and "Ctrl+Alt+N" in text and "印发日期" in text
    dialog.reject()


# ---- keyboard only: where the cursor goes ---------------------------------------------------------


def test_keyboard_reaches_every_page_and_a_new_issue_starts_at_its_first_field(
    qtbot: QtBot, parts: Parts
) -> None:
    w = parts.window
    w.activateWindow()
    w.tasks.table.setFocus()
    alt = Qt.KeyboardModifier.AltModifier  # (Ctrl+Tab does not leave the task table)
    qtbot.keyClick(w.tasks.table, Qt.Key.Key_3, alt)
    assert w.tabs.currentWidget() is w.meta and w.meta.series.hasFocus()
    qtbot.keyClick(w.meta.series, Qt.Key.Key_1, Qt.KeyboardModifier.AltModifier)
    assert w.tabs.currentWidget() is w.items and w.items.body_edit.hasFocus()
    qtbot.keyClick(w.items.body_edit, Qt.Key.Key_N, Qt.KeyboardModifier.ControlModifier)  # 新建一期
    assert w.items.heading_edit.hasFocus()  # type the first lead sentence at once


def test_after_new_issue_from_last_month_typing_replaces_the_placeholder(qtbot: QtBot, parts: Parts) -> None:
    w = parts.window
    w.activateWindow()
    dialog = w.workflow.new_from_last_month()
    assert dialog is not None
    dialog.set_status(0, TaskStatus.DONE)
    dialog.accept()
    qtbot.waitUntil(lambda: w.document.bulletin.period == Period(2020, 9), timeout=5000)
    body = w.items.body_edit
    assert body.hasFocus() and body.textCursor().selectedText() == "【待补充】"
    type_text(body, "9月举办专题讲座3场。")
    assert w.document.bulletin.summary.items[0].body == "9月举办专题讲座3场。"
