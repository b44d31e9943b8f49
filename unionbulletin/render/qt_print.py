"""Printing: the page boxes drawn on a QPrinter with the preview's PagePainter, A4 at 100 %.

`setup_printer` makes the printer A4 portrait, full page (no margins: the layout's own margins are
in the boxes) and duplex on the long edge. `print_document` maps points to device pixels exactly
(`resolution / 72`, never fit-to-page), honours the page range, the page order and the copies the
device cannot make itself, and draws page after page. It may run on a worker thread: Qt allows
QPainter on a QPrinter outside the GUI thread, and the PagePainter it builds there loads its own
raw fonts from the font files (no QFontDatabase access). The odd/even page numbers are in the boxes,
so duplex printing needs nothing more. The long C++ calls of a print job (loading a font file,
`QPainter::end` writing the output) run without the Python lock or once per process, so the window
stays responsive while the job runs (benchmarks/bench_print.py).
"""

from __future__ import annotations

import dataclasses
import sys
import threading
from collections.abc import Callable
from pathlib import Path
from typing import cast

from PySide6.QtCore import QCoreApplication, QMarginsF
from PySide6.QtGui import QFont, QPageLayout, QPageSize, QPainter, QRawFont
from PySide6.QtPrintSupport import QPrinter

from ..layout.boxes import Document, TextRun
from ..layout.fonts import FontFace, FontResolver
from .qt import PagePainter, register_font_file

POINTS_PER_INCH = 72.0

translate = QCoreApplication.translate

Progress = Callable[[int, int], None]


class PrintError(Exception):
    """The printer could not be started or failed; the message is for the user."""


class PrintPagePainter(PagePainter):
    """A PagePainter whose raw fonts come from registered font families.

    Qt's PDF engine (QPrinter's PDF output, and the PDF it hands to CUPS) embeds a font and writes
    a text layer only for a raw font made from a QFont; a QRawFont loaded straight from the file is
    drawn as outlines (no text, a file ten times the size). QFontDatabase is thread-safe, so this
    painter can register and look up families on the print worker's thread.
    """

    def __init__(self, resolver: FontResolver) -> None:
        super().__init__(resolver, register_fonts=False)
        self._print_raw: dict[tuple[FontFace, float], QRawFont] = {}

    def raw_font(self, face: FontFace, pixel_size: float) -> QRawFont:
        key = (face, round(pixel_size, 2))
        raw = self._print_raw.get(key)
        if raw is None:
            raw = self._from_family(face, key[1]) or super().raw_font(face, pixel_size)
            self._print_raw[key] = raw
        return raw

    def _paint_run(self, run: TextRun, painter: QPainter, scale: float) -> None:
        """Spaces are not drawn: Qt's PDF engine maps a space glyph to U+0001 in the text layer, and
        a space has no ink; the gap alone reads as a space, as in the reportlab PDF."""
        start = None
        for i, ch in enumerate([*run.text, " "]):
            if not ch.isspace() and start is None:
                start = i
            elif ch.isspace() and start is not None:
                super()._paint_run(_slice(run, start, i), painter, scale)
                start = None

    @staticmethod
    def _from_family(face: FontFace, pixel_size: float) -> QRawFont | None:
        families = register_font_file(face.path)
        if not families:
            return None
        family = families[min(face.subfont_index, len(families) - 1)]
        style = _style_name(face.path) if face.subfont_index == 0 else ""
        qfont = QFont(family)
        if style:
            qfont.setStyleName(style)
        qfont.setPixelSize(max(1, round(pixel_size)))
        raw = QRawFont.fromFont(qfont)
        if not raw.isValid() or raw.familyName() != family:
            return None  # the family name matched another font: draw the file's outlines instead
        raw.setPixelSize(pixel_size)
        return raw


_style_names: dict[Path, str] = {}
_style_lock = threading.Lock()


def _style_name(path: Path) -> str:
    """The style name of a font file, read once per process: QRawFont loads the whole file (some
    10 ms for a CJK font) while holding the Python lock, which the GUI thread would feel per job."""
    with _style_lock:
        name = _style_names.get(path)
        if name is None:
            name = _style_names[path] = QRawFont(str(path), 12).styleName()
        return name


def _slice(run: TextRun, start: int, end: int) -> TextRun:
    if start == 0 and end == len(run.text):
        return run
    return dataclasses.replace(
        run, text=run.text[start:end], xs=run.xs[start:end], advances=run.advances[start:end]
    )


# QPainter::end() as the C++ library exports it (Itanium ABI: Linux, macOS; MSVC: Windows, 64 bit).
_END_SYMBOLS = {
    "linux": ("libQt6Gui.so.6", "_ZN8QPainter3endEv"),
    "win32": ("Qt6Gui.dll", "?end@QPainter@@QEAA_NXZ"),
}
_native_end: Callable[[int], bool] | bool | None = False  # False: not looked up yet


def _find_native_end() -> Callable[[int], bool] | None:
    """QPainter::end of the Qt library PySide already loaded, as a ctypes function (or None)."""
    import ctypes

    names = _END_SYMBOLS.get(sys.platform)
    if names is None or ctypes.sizeof(ctypes.c_void_p) != 8:
        return None
    library, symbol = names
    try:
        function = getattr(ctypes.CDLL(library), symbol)
    except (OSError, AttributeError):
        return None
    function.argtypes = [ctypes.c_void_p]
    function.restype = ctypes.c_bool
    return cast("Callable[[int], bool]", function)


def end_without_gil(painter: QPainter) -> bool:
    """`painter.end()` with the Python lock released while Qt finishes the page output.

    On a printer (and Qt's PDF output), QPainter::end() writes the font subsets and the file: some
    100 ms, during which PySide holds the Python lock, so the GUI thread cannot run a single Python
    slot (the window stutters while printing in the background). A ctypes call of the same C++
    function (a CDLL releases the lock for the call) lets the GUI thread go on; end() touches no
    Python object. Where the symbol cannot be found the ordinary call is used.
    """
    global _native_end
    if _native_end is False:
        _native_end = _find_native_end()
    if callable(_native_end):
        import shiboken6

        address = shiboken6.getCppPointer(painter)[0]
        return bool(_native_end(address))
    return painter.end()


def a4_layout() -> QPageLayout:
    """A4 portrait in full-page mode: the painter's origin is the paper's corner, no margins."""
    layout = QPageLayout(
        QPageSize(QPageSize.PageSizeId.A4),
        QPageLayout.Orientation.Portrait,
        QMarginsF(0, 0, 0, 0),
        QPageLayout.Unit.Point,
        QMarginsF(0, 0, 0, 0),
    )
    layout.setMode(QPageLayout.Mode.FullPageMode)
    return layout


def setup_printer(printer: QPrinter, *, duplex: bool = True) -> None:
    """A4 portrait, full page, no margins; duplex long edge unless told otherwise."""
    enforce_a4(printer)
    if duplex:
        printer.setDuplex(QPrinter.DuplexMode.DuplexLongSide)
    printer.setCreator("unionbulletin")


def enforce_a4(printer: QPrinter) -> None:
    """Also after the print dialog: whatever paper or margins were picked there, print A4 at 100 %."""
    printer.setPageLayout(a4_layout())
    printer.setFullPage(True)


def selected_pages(printer: QPrinter, page_count: int, current_page: int = 1) -> list[int]:
    """0-based indices of the pages to print, in order, with the copies the device cannot make.

    Follows the dialog's choice: all pages, a page range (``1,3-4`` in Qt 6, or from/to), the
    current page (1-based `current_page`), and the page order (last page first).
    """
    if page_count <= 0:
        return []
    mode = printer.printRange()
    if mode == QPrinter.PrintRange.CurrentPage:
        pages = [min(max(current_page, 1), page_count) - 1]
    elif mode == QPrinter.PrintRange.PageRange:
        ranges = printer.pageRanges()
        if not ranges.isEmpty():
            pages = [n - 1 for n in range(1, page_count + 1) if ranges.contains(n)]
        else:
            first = max(printer.fromPage(), 1)
            last = min(printer.toPage() or page_count, page_count)
            pages = list(range(first - 1, last))
    else:
        pages = list(range(page_count))
    if printer.pageOrder() == QPrinter.PageOrder.LastPageFirst:
        pages.reverse()
    copies = 1 if printer.supportsMultipleCopies() else max(printer.copyCount(), 1)
    if copies > 1 and printer.collateCopies():
        return pages * copies
    return [p for p in pages for _ in range(copies)]


def device_scale(printer: QPrinter) -> float:
    """Device pixels per point: 100 % of A4, whatever the printer's resolution."""
    return printer.resolution() / POINTS_PER_INCH


def print_document(
    document: Document,
    printer: QPrinter,
    resolver: FontResolver,
    pages: list[int],
    *,
    progress: Progress | None = None,
    cancelled: Callable[[], bool] = lambda: False,
) -> bool:
    """Draw `pages` (0-based indices into `document.pages`) on `printer`.

    True when every page was sent; False when cancelled (the job is aborted, nothing prints).
    Raises PrintError when the printer cannot be started.
    """
    painter_fonts = PrintPagePainter(resolver)  # this thread's own raw fonts
    painter_fonts.prepare(document)
    painter = QPainter()
    if not painter.begin(printer):
        raise PrintError(
            translate("Printing", "The printer “%1” could not be started.").replace(
                "%1", printer.printerName() or printer.outputFileName()
            )
        )
    scale = device_scale(printer)
    try:
        for n, index in enumerate(pages):
            if cancelled():
                printer.abort()
                return False
            if n and not printer.newPage():
                raise PrintError(translate("Printing", "The printer stopped accepting pages."))
            painter_fonts.paint(document.pages[index], painter, scale, background=False)
            if progress is not None:
                progress(n + 1, len(pages))
    finally:
        if painter.isActive():
            end_without_gil(painter)
    return True


def paint_preview(document: Document, printer: QPrinter, page_painter: PagePainter) -> None:
    """For QPrintPreviewDialog.paintRequested (GUI thread): every page, 100 %, the screen's painter."""
    painter = QPainter()
    if not painter.begin(printer):
        return
    try:
        scale = device_scale(printer)
        for n, page in enumerate(document.pages):
            if n:
                printer.newPage()
            page_painter.paint(page, painter, scale, background=False)
    finally:
        painter.end()
