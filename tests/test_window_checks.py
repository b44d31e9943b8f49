"""Window tests of issue 15's proofreading items: what would show wrong on paper stops the output."""

from __future__ import annotations

from pathlib import Path

import pdfplumber
from PySide6.QtCore import Qt
from PySide6.QtPrintSupport import QPrinter
from PySide6.QtWidgets import QLineEdit
from pytestqt.qtbot import QtBot
from window_helpers import tree_item

from unionbulletin.app import Parts
from unionbulletin.controller.task_model import COL_DEPARTMENTS, COL_LEADERS
from unionbulletin.layout.fonts import BUNDLED_FILES, bundled_font_dir
from unionbulletin.layout.style import FontRole
from unionbulletin.ui.flows.output_check import Answer


def test_clearing_the_series_name_stops_printing(qtbot: QtBot, parts: Parts) -> None:
    """The 2020 sample exports without a question; with its 简报名称 erased (as she would, with the
    keyboard) the check before output asks, naming the empty masthead."""
    w = parts.window
    check = w.workflow.output_check
    questions: list[str] = []

    def ask(_parent: object, _title: str, text: str) -> Answer:
        questions.append(text)
        return Answer.CANCEL

    check.ask = ask
    exported: list[str] = []

    def ask_save_path(*_args: object) -> str:
        exported.append("asked")
        return ""  # cancel the dialog

    w.workflow.exporting.ask_save_path = ask_save_path
    w.workflow.actions.export_pdf.trigger()
    assert questions == [] and exported == ["asked"]

    w.tabs.setCurrentIndex(2)
    edit = w.meta.series
    edit.setFocus()
    edit.selectAll()
    qtbot.keyClick(edit, Qt.Key.Key_Delete)
    assert parts.session.document.bulletin.series == ""
    w.workflow.actions.export_pdf.trigger()
    assert exported == ["asked"]
    assert len(questions) == 1 and "简报名称是空的" in questions[0]


# ---- issue 14: one render setup, followed after Settings → Fonts ---------------------------------


def _font_message(parts: Parts, label: str) -> str:
    return next(
        f.message
        for f in parts.window.proofreading.proofreader.findings
        if f.rule == "fonts.substitute" and f.message.startswith(label)
    )


def test_proofreading_preview_and_print_follow_a_font_change(
    qtbot: QtBot, parts: Parts, tmp_path: Path
) -> None:
    """Settings → Fonts: the proofreader checks against the new 仿宋 at once (before: the old one
    until restart), and the preview, printing and export use the same new resolver."""
    w = parts.window
    proofreader = w.proofreading.proofreader
    proofreader.recheck()
    assert "随程序附带的" in _font_message(parts, "仿宋")
    chosen = tmp_path / "my-fangsong.otf"
    chosen.write_bytes((bundled_font_dir() / BUNDLED_FILES[FontRole.KAITI]).read_bytes())

    dialog = w.workflow.open_settings()
    dialog.fonts.set_file(FontRole.FANGSONG, str(chosen))
    with qtbot.waitSignal(w.render_setup.changed, timeout=5_000):
        dialog.accept()
    # no typing needed: the findings are computed again with the new face
    assert "所配置的字体" in _font_message(parts, "仿宋")
    assert w.render_setup.fonts.resolve(FontRole.FANGSONG).path == chosen
    with qtbot.waitSignal(parts.worker.laidOut, timeout=10_000):
        pass
    assert w.preview.rasterizer is not None and w.preview.rasterizer.fonts is w.render_setup.fonts

    # printing (Qt's PDF output) and the PDF export draw the body in the chosen file's face
    printer = QPrinter(QPrinter.PrinterMode.HighResolution)
    printer.setOutputFormat(QPrinter.OutputFormat.PdfFormat)
    printer.setOutputFileName(str(tmp_path / "printed.pdf"))
    job = w.workflow.printing.start(parts.session.document.bulletin, printer, 1)
    with qtbot.waitSignal(job.finished, timeout=60_000):
        pass
    export_job = w.workflow.exporting.export_to([(tmp_path / "exported.pdf", "pdf")])
    assert export_job is not None
    with qtbot.waitSignal(export_job.finished, timeout=60_000):
        pass
    for name in ("printed.pdf", "exported.pdf"):
        assert "Kai" in _body_font(tmp_path / name), name  # FandolKai now serves 仿宋


def _body_font(pdf: Path) -> str:
    """The font of the first body character (“6日，市委书记…” of the 2020 sample's first item)."""
    with pdfplumber.open(pdf) as document:
        chars = [c for c in document.pages[0].chars if c["text"] == "委"]
        return str(chars[0]["fontname"])


# ---- issue 15 item 2: completion follows the address book at once -------------------------------


def _completions(edit: QLineEdit, typed: str) -> list[str]:
    completer = edit.completer()
    assert completer is not None
    completer.setCompletionPrefix(typed)
    model = completer.completionModel()
    return [str(model.index(row, 0).data()) for row in range(model.rowCount())]


def test_names_added_in_settings_are_completed_at_once(qtbot: QtBot, parts: Parts) -> None:
    """设置 → 通讯录: a new leader, department and recipient group, then at once (no restart, no other
    bulletin) the task table's editors and the 报/发 fields offer them."""
    w = parts.window
    dialog = w.workflow.open_settings()
    book = dialog.address_book
    book.leaders.add_row(["欧阳新来", "副主席"])
    book.departments.add_row(["新设立部"])
    book.groups.add_row(["新分组", "新来的单位甲、新来的单位乙"])
    dialog.accept()
    assert "欧阳新来" in parts.session.address_book().leader_names()

    # 发 field of the masthead form
    assert _completions(w.meta.recipients["send_to"], "新来") == ["新来的单位甲", "新来的单位乙"]
    # the task table: open the editor of the first task's leaders and departments
    w.tabs.setCurrentIndex(1)
    table = w.tasks.table
    wanted = ((COL_LEADERS, "欧阳", ["欧阳新来"]), (COL_DEPARTMENTS, "新设", ["新设立部"]))
    for column, typed, expected in wanted:
        index = table.model().index(0, column)
        table.setCurrentIndex(index)
        table.edit(index)
        editor = table.indexWidget(index) or table.focusWidget()
        assert isinstance(editor, QLineEdit)
        assert _completions(editor, typed) == expected
        table.closePersistentEditor(index)
        table.setFocus()


def test_names_added_from_the_task_table_reach_the_other_editors(qtbot: QtBot, parts: Parts) -> None:
    """The other way in (加入通讯录 from the plan) reaches the task editors without a reload."""
    session = parts.session
    assert session.add_to_address_book(leaders=("司马未知",))
    w = parts.window
    assert "司马未知" in w.tasks.delegate.leaders


# ---- issue 15 item 10: the permanent font hints are one line of the 校对 list ----------------------


def test_font_hints_are_one_grouped_line(qtbot: QtBot, parts: Parts, tmp_path: Path) -> None:
    w = parts.window
    panel = w.proofreading
    panel.proofreader.recheck()
    hints = [f for f in panel.proofreader.findings if f.rule == "fonts.substitute"]
    assert len(hints) >= 4  # no official face on this machine: one hint per role in use
    tree = panel.tree
    top = [tree.topLevelItem(i) for i in range(tree.topLevelItemCount())]
    font_lines = [item for item in top if item is not None and item.text(1) == "字体"]
    assert len(font_lines) == 1
    (group,) = font_lines
    assert group.childCount() == len(hints)
    assert {tree_item(group, i).text(2) for i in range(group.childCount())} == {f.message for f in hints}
    assert f"提示 {panel.proofreader.counts()['hint']}" in panel.summary.text()
    others = sum(1 for f in panel.proofreader.findings if f.severity == "hint") - len(hints)
    assert panel.proofreader.counts()["hint"] == others + 1
    w.resize(1366, 697)
    w.grab().save(str(tmp_path / "proofreading-grouped.png"))

    tree.setCurrentItem(group)  # Ignore on the group line ignores every font hint
    panel.ignore_current()
    assert not [f for f in panel.proofreader.findings if f.rule == "fonts.substitute"]
    assert all(tree_item(tree, i).text(1) != "字体" for i in range(tree.topLevelItemCount()))
