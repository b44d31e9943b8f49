"""Printing: the page boxes painted on a real QPrinter (Qt's PDF output, offscreen) give the same pages,
text and glyph positions as the PDF export; page range, order and copies; A4 at 100 %; cancel; and a
job sent through CUPS to the cups-pdf virtual printer arrives as a PDF."""

from __future__ import annotations

import getpass
import json
import os
import re
import shutil
import subprocess
import sys
import time
import uuid
from collections.abc import Iterator
from pathlib import Path

import pdfplumber
import pytest
from pdfplumber.utils.exceptions import MalformedPDFException, PdfminerException
from PySide6.QtCore import QMarginsF, QSizeF
from PySide6.QtGui import QPageLayout, QPageRanges, QPageSize
from PySide6.QtPrintSupport import QPrinter, QPrinterInfo
from pytestqt.qtbot import QtBot

from unionbulletin.controller.jobs import BackgroundJob, JobContext
from unionbulletin.domain import Bulletin, OrgSettings
from unionbulletin.domain.exchange import from_exchange
from unionbulletin.layout.boxes import Document
from unionbulletin.layout.compose import layout_bulletin
from unionbulletin.layout.fonts import FontResolver
from unionbulletin.render.pdf import render_pdf
from unionbulletin.render.qt_print import (
    device_scale,
    enforce_a4,
    print_document,
    selected_pages,
    setup_printer,
)

FIXTURES = Path(__file__).parent / "fixtures"
A4_POINTS = (595.0, 842.0)  # Qt writes A4 as 595 × 842 pt; reportlab as 595.28 × 841.89


def _bulletin(name: str) -> Bulletin:
    return from_exchange(json.loads((FIXTURES / name).read_text(encoding="utf-8")))


@pytest.fixture(scope="module")
def fonts() -> FontResolver:
    return FontResolver(system_dirs=[])  # the bundled fonts: the same on every machine


def _pdf_printer(path: Path) -> QPrinter:
    printer = QPrinter(QPrinter.PrinterMode.HighResolution)
    printer.setOutputFormat(QPrinter.OutputFormat.PdfFormat)
    printer.setOutputFileName(str(path))
    setup_printer(printer)
    return printer


def _print_in_background(
    qtbot: QtBot, document: Document, printer: QPrinter, fonts: FontResolver, pages: list[int]
) -> BackgroundJob:
    def run(ctx: JobContext) -> bool:
        return print_document(document, printer, fonts, pages, progress=ctx.progress, cancelled=ctx.cancelled)

    job = BackgroundJob(run)
    with qtbot.waitSignal(job.finished, timeout=60_000):
        job.start()
    return job


@pytest.mark.parametrize("sample", ["sample-2020.json", "sample-2018.json", "long.json"])
def test_printing_to_pdf_gives_the_pages_and_text_of_the_pdf_export(
    qtbot: QtBot, tmp_path: Path, fonts: FontResolver, sample: str
) -> None:
    bulletin = _bulletin(sample)
    document = layout_bulletin(bulletin)
    printer = _pdf_printer(tmp_path / "printed.pdf")
    job = _print_in_background(qtbot, document, printer, fonts, selected_pages(printer, len(document.pages)))
    assert job.result is True, job.error
    exported = tmp_path / "exported.pdf"
    exported.write_bytes(render_pdf(bulletin, OrgSettings(), fonts=fonts))
    with pdfplumber.open(tmp_path / "printed.pdf") as printed, pdfplumber.open(exported) as reference:
        assert len(printed.pages) == len(reference.pages) == len(document.pages)
        for n, (page, ref) in enumerate(zip(printed.pages, reference.pages, strict=True), 1):
            assert (round(page.width), round(page.height)) == A4_POINTS
            text = page.extract_text()
            assert text == ref.extract_text(), f"page {n}"
            assert not re.search("[\u2e80-\u2fdf]", text), "Kangxi radicals in Qt's text layer"
            assert text.rstrip().endswith(f"{n} —")  # odd/even page numbers come from the boxes


def test_glyphs_sit_where_the_layout_puts_them_at_100_percent(
    qtbot: QtBot, tmp_path: Path, fonts: FontResolver
) -> None:
    """A4 at 100 %: every character of page 1 is within 0.6 pt of the reportlab PDF's position."""
    bulletin = _bulletin("sample-2020.json")
    document = layout_bulletin(bulletin)
    printer = _pdf_printer(tmp_path / "printed.pdf")
    _print_in_background(qtbot, document, printer, fonts, [0])
    exported = tmp_path / "exported.pdf"
    exported.write_bytes(render_pdf(bulletin, OrgSettings(), fonts=fonts))
    with pdfplumber.open(tmp_path / "printed.pdf") as printed, pdfplumber.open(exported) as reference:
        ours = [c for c in printed.pages[0].chars if c["text"].strip()]
        theirs = [c for c in reference.pages[0].chars if c["text"].strip()]
        assert len(ours) == len(theirs) > 300
        worst = max(
            max(abs(a["x0"] - b["x0"]), abs(a["top"] - b["top"]))
            for a, b in zip(ours, theirs, strict=True)
            if a["text"] == b["text"]
        )
        assert sum(a["text"] != b["text"] for a, b in zip(ours, theirs, strict=True)) == 0
        # centred narrow glyphs may differ by the fonts' side bearings, never by a scale factor
        assert worst < 0.6


def test_setup_is_a4_full_page_no_margins_duplex_long_edge(tmp_path: Path, qapp: object) -> None:
    printer = _pdf_printer(tmp_path / "x.pdf")
    layout = printer.pageLayout()
    assert layout.pageSize().id() == QPageSize.PageSizeId.A4
    assert layout.orientation() == QPageLayout.Orientation.Portrait
    assert layout.margins(QPageLayout.Unit.Point) == QMarginsF(0, 0, 0, 0)
    assert printer.fullPage()
    assert device_scale(printer) == printer.resolution() / 72
    # whatever the print dialog set (Letter, margins), the job prints on A4 at 100 %
    printer.setPageSize(QPageSize(QPageSize.PageSizeId.Letter))
    printer.setPageMargins(QMarginsF(20, 20, 20, 20), QPageLayout.Unit.Millimeter)
    enforce_a4(printer)
    assert printer.pageLayout().pageSize().id() == QPageSize.PageSizeId.A4
    assert printer.pageLayout().margins(QPageLayout.Unit.Point) == QMarginsF(0, 0, 0, 0)
    assert printer.pageLayout().fullRectPoints().size() == QSizeF(595, 842).toSize()


def test_page_range_current_page_order_and_copies(tmp_path: Path, qapp: object) -> None:
    printer = _pdf_printer(tmp_path / "x.pdf")
    assert selected_pages(printer, 7) == [0, 1, 2, 3, 4, 5, 6]
    assert selected_pages(printer, 0) == []
    printer.setPrintRange(QPrinter.PrintRange.PageRange)
    ranges = QPageRanges()
    ranges.addRange(2, 3)
    ranges.addPage(6)
    ranges.addPage(9)  # beyond the last page: ignored
    printer.setPageRanges(ranges)
    assert selected_pages(printer, 7) == [1, 2, 5]
    printer.setPageOrder(QPrinter.PageOrder.LastPageFirst)
    assert selected_pages(printer, 7) == [5, 2, 1]
    printer.setPageOrder(QPrinter.PageOrder.FirstPageFirst)
    printer.setPrintRange(QPrinter.PrintRange.CurrentPage)
    assert selected_pages(printer, 7, current_page=4) == [3]
    assert selected_pages(printer, 7, current_page=12) == [6]
    # Qt's PDF output cannot make copies itself: the pages are repeated, collated or not
    printer.setPrintRange(QPrinter.PrintRange.AllPages)
    printer.setCopyCount(2)
    assert not printer.supportsMultipleCopies()
    printer.setCollateCopies(True)
    assert selected_pages(printer, 3) == [0, 1, 2, 0, 1, 2]
    printer.setCollateCopies(False)
    assert selected_pages(printer, 3) == [0, 0, 1, 1, 2, 2]


def test_two_copies_print_twice_the_pages(qtbot: QtBot, tmp_path: Path, fonts: FontResolver) -> None:
    document = layout_bulletin(_bulletin("sample-2018.json"))
    printer = _pdf_printer(tmp_path / "copies.pdf")
    printer.setCopyCount(2)
    printer.setCollateCopies(True)
    _print_in_background(qtbot, document, printer, fonts, selected_pages(printer, len(document.pages)))
    with pdfplumber.open(tmp_path / "copies.pdf") as pdf:
        numbers = [p.extract_text().rstrip().splitlines()[-1] for p in pdf.pages]
    n = len(document.pages)
    assert len(numbers) == 2 * n
    assert numbers[:n] == numbers[n:]


def test_cancelling_stops_the_job(qtbot: QtBot, tmp_path: Path, fonts: FontResolver) -> None:
    document = layout_bulletin(_bulletin("long.json"))
    printer = _pdf_printer(tmp_path / "cancelled.pdf")
    seen: list[int] = []
    job: BackgroundJob

    def run(ctx: JobContext) -> bool:
        def progress(done: int, total: int) -> None:
            seen.append(done)
            if done == 2:
                job.cancel()  # what the progress dialog's Cancel button does

        return print_document(
            document,
            printer,
            fonts,
            list(range(len(document.pages))),
            progress=progress,
            cancelled=ctx.cancelled,
        )

    job = BackgroundJob(run)
    with qtbot.waitSignal(job.finished, timeout=60_000):
        job.start()
    assert job.result is False
    assert seen == [1, 2]
    assert len(document.pages) > 3


# ---- CUPS -------------------------------------------------------------------------------------------

QUEUE = "unionbulletin-test-pdf"
# cups-pdf as the device, the generic PostScript model with its duplexer installed: a virtual printer
# that prints two-sided, so the job shows the duplex setting too
MODEL = "drv:///sample.drv/generic.ppd"


def _scheduler_running() -> bool:
    result = subprocess.run(["lpstat", "-r"], capture_output=True, text=True)
    return "scheduler is running" in result.stdout and "not" not in result.stdout


def _cups_pdf_out_dir() -> Path:
    out = "/var/spool/cups-pdf/${USER}"
    conf = Path("/etc/cups/cups-pdf.conf")
    if conf.exists():
        for line in conf.read_text(encoding="utf-8", errors="replace").splitlines():
            if line.startswith("Out "):
                out = line[4:].strip()
    return Path(out.replace("${HOME}", str(Path.home())).replace("${USER}", getpass.getuser()))


@pytest.fixture(scope="module")
def cups_pdf() -> Iterator[tuple[str, Path]]:
    """The cups-pdf queue; cupsd is started (and stopped afterwards) when it is not running."""
    if shutil.which("cupsd") is None or shutil.which("lpadmin") is None:
        pytest.skip("CUPS is not installed (tools/test.sh installs the Debian packages cups and cups-pdf)")
    if not Path("/usr/lib/cups/backend/cups-pdf").exists():
        pytest.skip("cups-pdf is not installed (tools/test.sh installs it)")
    started: subprocess.Popen[bytes] | None = None
    added_queue = False
    if not _scheduler_running():
        if os.geteuid() != 0:
            pytest.skip("cupsd is not running and only root can start it")
        started = subprocess.Popen(["cupsd", "-f"], stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
        deadline = time.monotonic() + 10
        while not _scheduler_running():
            if started.poll() is not None or time.monotonic() > deadline:
                started.kill()
                pytest.skip("cupsd could not be started")
            time.sleep(0.2)
    try:
        if subprocess.run(["lpstat", "-v", QUEUE], capture_output=True).returncode != 0:
            added = subprocess.run(
                ["lpadmin", "-p", QUEUE, "-v", "cups-pdf:/", "-E", "-m", MODEL, "-o", "Option1=True"],
                capture_output=True,
                text=True,
            )
            if added.returncode != 0:
                pytest.skip(f"the cups-pdf queue could not be added: {added.stderr.strip()}")
            added_queue = True
        yield QUEUE, _cups_pdf_out_dir()
    finally:
        if added_queue:
            subprocess.run(["lpadmin", "-x", QUEUE], capture_output=True)
        if started is not None:
            started.terminate()
            started.wait(10)


@pytest.mark.slow
def test_a_job_sent_to_the_cups_pdf_printer_arrives(
    qtbot: QtBot, fonts: FontResolver, cups_pdf: tuple[str, Path]
) -> None:
    queue, out_dir = cups_pdf
    names = [p.printerName() for p in QPrinterInfo.availablePrinters()]
    assert queue in names
    printer = QPrinter(QPrinterInfo.printerInfo(queue), QPrinter.PrinterMode.HighResolution)
    setup_printer(printer)
    assert printer.outputFormat() == QPrinter.OutputFormat.NativeFormat
    assert printer.duplex() == QPrinter.DuplexMode.DuplexLongSide  # two-sided by default
    title = "ubtest-" + uuid.uuid4().hex[:8]
    printer.setDocName(title)
    document = layout_bulletin(_bulletin("sample-2020.json"))
    job = _print_in_background(qtbot, document, printer, fonts, selected_pages(printer, len(document.pages)))
    assert job.result is True, job.error

    def complete() -> list[Path]:
        """The job's PDFs once cups-pdf has written the whole file (it renames it into place)."""
        found = [p for p in out_dir.glob(f"{title}*.pdf") if p.stat().st_size > 0]
        try:
            with pdfplumber.open(found[0]) as pdf:
                return found if len(pdf.pages) == len(document.pages) else []
        except (IndexError, OSError, PdfminerException, MalformedPDFException):
            return []

    try:
        qtbot.waitUntil(lambda: bool(complete()), timeout=60_000)
        arrived = complete()
        with pdfplumber.open(arrived[0]) as pdf:
            assert len(pdf.pages) == len(document.pages) == 7
            assert {(round(p.width), round(p.height)) for p in pdf.pages} == {A4_POINTS}
    finally:
        for path in out_dir.glob(f"{title}*.pdf"):
            path.unlink(missing_ok=True)


def test_the_painter_ends_through_the_native_call_with_the_same_pdf(
    tmp_path: Path, fonts: FontResolver, qapp: object
) -> None:
    """QPainter::end (the PDF's font subsets and file, ~100 ms) runs without the Python lock, so the
    window does not stutter during a background print (benchmarks/bench_print.py measures the pause).
    The native call writes the same file as PySide's own."""
    from PySide6.QtGui import QPainter

    from unionbulletin.render import qt_print

    if sys.platform in ("linux", "win32"):
        assert qt_print._find_native_end() is not None
    document = layout_bulletin(_bulletin("sample-2020.json"))
    texts = []
    for native in (True, False):
        target = tmp_path / f"end-{native}.pdf"
        printer = _pdf_printer(target)
        painter = QPainter()
        assert painter.begin(printer)
        qt_print.PrintPagePainter(fonts).paint(
            document.pages[0], painter, device_scale(printer), background=False
        )
        assert (qt_print.end_without_gil(painter) if native else painter.end()) is True
        assert not painter.isActive()
        with pdfplumber.open(target) as pdf:
            texts.append(pdf.pages[0].extract_text())
    assert texts[0] == texts[1] and "工会要情摘报" in texts[0]
