"""The archive in the real window (offscreen, a real data file): print to a PDF file and export keep
snapshots, the history dialog compares them with marked corrections, restoring is one undoable edit,
and a year's compilation runs in the background from the library."""

from __future__ import annotations

import io
import json
from pathlib import Path

import pdfplumber
from _pdf_chars import page_chars, same_pages
from PySide6.QtCore import QItemSelectionModel
from PySide6.QtPrintSupport import QPrinter
from pytestqt.qtbot import QtBot
from window_helpers import tree_item

from unionbulletin.app import Parts
from unionbulletin.domain.compare import compare, diff_text
from unionbulletin.domain.exchange import from_exchange
from unionbulletin.layout.fonts import resolver_for_settings
from unionbulletin.render.pdf import render_pdf
from unionbulletin.storage import Database
from unionbulletin.storage.snapshots import SnapshotStore
from unionbulletin.ui.dialogs.history_dialog import diff_html


def _id_of(db: Database, year: int) -> int:
    return next(r.id for r in db.list_bulletins() if r.period.year == year)


def _print_to_pdf(qtbot: QtBot, parts: Parts, path: Path) -> None:
    printer = QPrinter(QPrinter.PrinterMode.HighResolution)
    printer.setOutputFormat(QPrinter.OutputFormat.PdfFormat)
    printer.setOutputFileName(str(path))
    flow = parts.window.workflow.printing
    with qtbot.waitSignal(flow.printed, timeout=60_000):
        flow.start(parts.session.document.bulletin, printer)


def test_print_edit_export_compare_restore(qtbot: QtBot, parts: Parts, db: Database, tmp_path: Path) -> None:
    doc = parts.session.document
    bulletin_id = doc.bulletin_id
    assert bulletin_id is not None
    _print_to_pdf(qtbot, parts, tmp_path / "printed.pdf")
    store = SnapshotStore(db)
    history = store.history(bulletin_id)
    assert [(s.kind, s.file_name) for s in history] == [("print", str(tmp_path / "printed.pdf"))]

    # edit: a leader's correction in the first item
    item = doc.bulletin.summary.items[0]
    doc.set_item_text(item.id, "body", item.body.replace("。", "，并抓好落实。", 1))
    flow = parts.window.workflow.exporting
    out = tmp_path / "out"
    out.mkdir()
    flow.ask_save_path = lambda _p, _t, suggested, _f: str(out / Path(suggested).name)
    with qtbot.waitSignal(flow.exported, timeout=30_000) as blocker:
        parts.window.workflow.actions.export_pdf.trigger()
    exported = blocker.args[0][0]
    history = store.history(bulletin_id)
    assert [s.kind for s in history] == ["print", "pdf"]
    assert history[0].content != history[1].content

    # the printed snapshot re-creates what was printed: same text per page as the print-to-PDF
    first = store.get(bulletin_id, 1)

    with pdfplumber.open(tmp_path / "printed.pdf") as printed:
        printed_text = [p.extract_text() for p in printed.pages]
    recreated = render_pdf(first.bulletin, first.settings, fonts=resolver_for_settings(first.settings))
    with pdfplumber.open(io.BytesIO(recreated)) as again:
        assert [p.extract_text() for p in again.pages] == printed_text
    # and the export snapshot re-creates the exported PDF glyph for glyph
    second = store.get(bulletin_id, 2)
    recreated = render_pdf(second.bulletin, second.settings, fonts=resolver_for_settings(second.settings))
    assert same_pages(page_chars(recreated), page_chars(exported))

    # compare the two snapshots in the dialog
    dialog = parts.window.archive.show_history(bulletin_id, "2020")
    assert dialog.list.topLevelItemCount() == 2
    dialog.list.clearSelection()
    for row in range(2):
        dialog.list.setCurrentItem(tree_item(dialog.list, row), 0, QItemSelectionModel.SelectionFlag.Select)
    html = dialog.view.toHtml()
    assert "underline" in html and "并抓好落实" in dialog.view.toPlainText()
    assert "一、正文" in dialog.view.toPlainText()
    assert not dialog.restore_button.isEnabled()  # two selected: nothing to restore
    dialog.grab().save(str(tmp_path / "history.png"))
    dialog.grab().save("/tmp/arch_history.png")

    # restore snapshot 1 (before the correction) as one undoable edit
    dialog.list.clearSelection()
    dialog.list.setCurrentItem(tree_item(dialog.list, 1))  # newest first: row 1 is snapshot 1
    assert dialog.selected_numbers() == [1]
    assert dialog.restore_button.isEnabled()
    corrected = doc.bulletin.summary.items[0].body
    assert dialog.restore_selected()
    assert doc.bulletin.summary.items[0].body == first.bulletin.summary.items[0].body != corrected
    assert "No differences" in dialog.view.toPlainText() or "没有差别" in dialog.view.toPlainText()
    doc.undo_stack.undo()
    assert doc.bulletin.summary.items[0].body == corrected
    dialog.close()


def test_history_of_a_bulletin_never_output(parts: Parts, db: Database) -> None:
    dialog = parts.window.archive.show_history(_id_of(db, 2018), "2018")
    assert dialog.list.topLevelItemCount() == 0
    assert not dialog.restore_button.isEnabled()
    dialog.close()


def test_compile_a_year_from_the_library(qtbot: QtBot, parts: Parts, tmp_path: Path) -> None:
    archive = parts.window.archive
    asked: list[str] = []

    def choose(_parent: object, _title: str, suggested: str, _filter: str) -> str:
        asked.append(suggested)
        return str(tmp_path / "volume")

    archive.ask_save_path = choose
    with qtbot.waitSignal(archive.compiled, timeout=60_000) as blocker:
        archive.compile_year(2020)
    summary = blocker.args[0]
    assert summary.target == tmp_path / "volume.pdf" and summary.bulletins == 1
    assert "2020" in asked[0]
    with pdfplumber.open(summary.target) as pdf:
        assert len(pdf.pages) == summary.pages
        assert "2020年度汇编" in pdf.pages[0].extract_text()
    assert "volume.pdf" in parts.window.statusBar().currentMessage()
    with qtbot.waitSignal(archive.failed, timeout=30_000) as failed:
        archive.compile_to(1999, tmp_path / "none.pdf")
    assert "1999年度没有简报" in failed.args[0]


def test_comparison_is_bounded_and_marks_corrections() -> None:
    pieces = diff_text("今天开会。明天学习。", "今天开大会。明天学习。后天总结。")
    assert [(p.op, p.text) for p in pieces] == [
        ("equal", "今天开"),
        ("insert", "大"),
        ("equal", "会。明天学习。"),
        ("insert", "后天总结。"),
    ]
    # 60 000 characters without a sentence end: compared whole, not character by character
    long_a, long_b = "甲" * 30_000, "乙" * 30_000
    pieces = diff_text(long_a, long_b)
    assert [p.op for p in pieces] == ["delete", "insert"]
    html = diff_html([], "无差别")
    assert "无差别" in html
    fixture = Path(__file__).parent / "fixtures" / "sample-2020.json"
    b = from_exchange(json.loads(fixture.read_text(encoding="utf-8")))
    assert compare(b, b) == []
