"""Printing on pre-printed letterhead (套红, issue 15 item 11): the PDF export and the print leave out
the masthead name and the red rule and keep every other character exactly in place."""

from __future__ import annotations

import dataclasses
import json
from pathlib import Path

import pdfplumber
import pytest
from PySide6.QtCore import QSettings
from PySide6.QtPrintSupport import QPrinter, QPrintPreviewWidget
from PySide6.QtWidgets import QMenu, QToolBar, QWidget
from pytestqt.qtbot import QtBot
from window_helpers import dispose, make_window

from unionbulletin.controller.preferences import Preferences
from unionbulletin.domain import Bulletin, OrgSettings
from unionbulletin.domain.exchange import from_exchange
from unionbulletin.export import RenderOptions, export_bulletin
from unionbulletin.layout.compose import layout_bulletin, style_for
from unionbulletin.layout.fonts import FontResolver
from unionbulletin.render.qt_print import print_document, setup_printer
from unionbulletin.storage import Database

FIXTURES = Path(__file__).parent / "fixtures"
Char = tuple[int, str, float, float]  # page, text, x0, top (rounded to 0.01 pt)


def _bulletin(name: str) -> Bulletin:
    return from_exchange(json.loads((FIXTURES / name).read_text(encoding="utf-8")))


@pytest.fixture(scope="module")
def fonts() -> FontResolver:
    return FontResolver(system_dirs=[])


def _chars(path: Path) -> list[Char]:
    with pdfplumber.open(path) as pdf:
        return [
            (n, str(c["text"]), round(float(c["x0"]), 2), round(float(c["top"]), 2))
            for n, page in enumerate(pdf.pages, 1)
            for c in page.chars
            if not str(c["text"]).isspace()
        ]


def _red_strokes(path: Path) -> int:
    """Lines and thin rectangles drawn in red (the masthead's rule)."""
    count = 0
    with pdfplumber.open(path) as pdf:
        for page in pdf.pages:
            for shape in [*page.lines, *page.rects]:
                colour = shape.get("stroking_color") or shape.get("non_stroking_color")
                if isinstance(colour, (tuple, list)) and len(colour) == 3 and colour[0] > 0.8 > colour[1]:
                    count += 1
    return count


def _stored(tmp_path: Path) -> bool:
    """The option as a new window would read it from the preferences."""
    return Preferences(QSettings(str(tmp_path / "window.ini"), QSettings.Format.IniFormat)).letterhead()


def _red_pixels(widget: QWidget) -> int:
    image = widget.grab().toImage()
    return sum(
        1
        for y in range(0, image.height(), 2)
        for x in range(0, image.width(), 2)
        if (c := image.pixelColor(x, y)).red() > 180 and c.green() < 90 and c.blue() < 90
    )


def _masthead_name_chars(chars: list[Char], series: str) -> list[Char]:
    """The characters of the masthead name: the first row of page 1, in the name's order."""
    top = min(c[3] for c in chars if c[0] == 1)
    row = [c for c in chars if c[0] == 1 and abs(c[3] - top) < 1]
    assert "".join(c[1] for c in sorted(row, key=lambda c: c[2])) == series
    return row


def _pdf(bulletin: Bulletin, path: Path, fonts: FontResolver, *, letterhead: bool) -> Path:
    style = dataclasses.replace(style_for(OrgSettings()), letterhead=letterhead)
    export_bulletin(bulletin, path, "pdf", OrgSettings(), RenderOptions(fonts, style))
    return path


@pytest.mark.parametrize("sample", ["sample-2020.json", "sample-2018.json"])
@pytest.mark.slow
def test_the_pdf_on_letterhead_is_the_pdf_without_name_and_rule(
    tmp_path: Path, fonts: FontResolver, sample: str
) -> None:
    b = _bulletin(sample)
    plain = _pdf(b, tmp_path / "plain.pdf", fonts, letterhead=False)
    paper = _pdf(b, tmp_path / "letterhead.pdf", fonts, letterhead=True)
    before, after = _chars(plain), _chars(paper)
    name = _masthead_name_chars(before, b.series)
    assert after == [c for c in before if c not in name]  # everything else exactly in place
    assert _red_strokes(plain) >= 1 and _red_strokes(paper) == 0
    with pdfplumber.open(plain) as p1, pdfplumber.open(paper) as p2:
        assert len(p1.pages) == len(p2.pages)


def test_printing_on_letterhead_leaves_out_the_same(
    qtbot: QtBot, tmp_path: Path, fonts: FontResolver
) -> None:
    b = _bulletin("sample-2020.json")
    results = {}
    for letterhead in (False, True):
        style = dataclasses.replace(style_for(OrgSettings()), letterhead=letterhead)
        document = layout_bulletin(b, style)
        printer = QPrinter(QPrinter.PrinterMode.HighResolution)
        printer.setOutputFormat(QPrinter.OutputFormat.PdfFormat)
        target = tmp_path / f"print-{letterhead}.pdf"
        printer.setOutputFileName(str(target))
        setup_printer(printer)
        assert print_document(document, printer, fonts, list(range(len(document.pages))))
        results[letterhead] = _chars(target)
    name = _masthead_name_chars(results[False], b.series)
    assert results[True] == [c for c in results[False] if c not in name]


# ---- in the window: the option is visible, remembered and used by the export -----------------------


def test_the_option_is_in_the_file_menu_remembered_and_used_by_the_export(
    qtbot: QtBot, db: Database, tmp_path: Path
) -> None:
    parts = make_window(db, tmp_path)
    try:
        w = parts.window
        with qtbot.waitSignal(parts.worker.laidOut, timeout=10_000):
            bulletin_id = next(r.id for r in db.list_bulletins() if r.period.year == 2020)
            assert parts.session.open_bulletin(bulletin_id)
        action = w.workflow.letterhead.action
        file_menu = w.menuBar().actions()[0].menu()
        assert isinstance(file_menu, QMenu)
        assert action in file_menu.actions() and action.isCheckable() and not action.isChecked()
        action.trigger()
        assert _stored(tmp_path)  # remembered
        # the print preview shows it on its toolbar, and its pages follow the switch
        preview = w.workflow.printing.preview()
        assert preview is not None
        bar = preview.findChild(QToolBar)
        assert bar is not None and action in bar.actions()
        widget = preview.findChild(QPrintPreviewWidget)
        assert widget is not None
        qtbot.waitUntil(lambda: widget.pageCount() == 7, timeout=20_000)
        widget.setCurrentPage(1)
        assert _red_pixels(widget) == 0  # on letterhead: no red masthead
        action.trigger()  # off again: the preview draws the red masthead
        qtbot.waitUntil(lambda: _red_pixels(widget) > 100, timeout=10_000)
        assert not _stored(tmp_path)
        action.trigger()
        preview.reject()

        target = tmp_path / "out.pdf"
        job = w.workflow.exporting.export_to([(target, "pdf")])
        assert job is not None
        with qtbot.waitSignal(job.finished, timeout=60_000):
            pass
        chars = "".join(c[1] for c in _chars(target))
        assert parts.session.document.bulletin.series not in chars
        assert _red_strokes(target) == 0
    finally:
        dispose(parts)


@pytest.mark.slow
def test_command_line_export_on_letterhead(tmp_path: Path) -> None:
    """`export ID --pdf F --letterhead` gives the same PDF as the window's option; not for DOCX."""
    from _cli import run_cli

    db = tmp_path / "bulletins.json"
    plain = run_cli("export", "2", "--pdf", tmp_path / "plain.pdf", db=db)
    paper = run_cli("export", "2", "--pdf", tmp_path / "paper.pdf", "--letterhead", db=db)
    assert plain.returncode == 0 and paper.returncode == 0, paper.stderr
    before, after = _chars(tmp_path / "plain.pdf"), _chars(tmp_path / "paper.pdf")
    with Database.open(db, read_only=True) as opened:
        series = opened.get(2).series
    name = _masthead_name_chars(before, series)
    assert name and after == [c for c in before if c not in name]
    assert _red_strokes(tmp_path / "plain.pdf") >= 1 and _red_strokes(tmp_path / "paper.pdf") == 0
    docx = run_cli("export", "2", "--docx", tmp_path / "a.docx", "--letterhead", db=db)
    assert docx.returncode == 2 and "只用于 PDF" in docx.stderr and not (tmp_path / "a.docx").exists()
