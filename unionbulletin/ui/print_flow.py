"""Print and print preview from the window.

Print: the system print dialog (printer, copies, page range, current page, duplex long edge
preselected) on a printer set to A4, full page, no margins; whatever the dialog changed about paper
or margins is reset to A4 at 100 % afterwards. The bulletin is then laid out and painted on the
printer by a BackgroundJob: QPainter on a QPrinter may run outside the GUI thread, and painting
there directly (rather than into QPictures or images fed to the GUI thread) keeps the GUI thread
free for the whole job, keeps the output vector text (a print-to-PDF has a text layer) and needs no
page images in memory. A progress dialog with Cancel appears if the job takes longer than a blink.

Print preview: QPrintPreviewDialog painted with the same PagePainter code as the screen. Its own
Print button hands the printer to the same background job.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QObject, Signal
from PySide6.QtGui import QPaintEngine
from PySide6.QtPrintSupport import QAbstractPrintDialog, QPrintDialog, QPrinter, QPrintPreviewDialog
from PySide6.QtWidgets import QDialog, QMessageBox

from ..controller.jobs import BackgroundJob, JobContext
from ..domain import Bulletin, OrgSettings
from ..domain.conventions import summary_title
from ..layout.compose import layout_bulletin, style_for
from ..layout.fonts import FontResolver, configured_from_settings
from ..render.qt_print import PrintPagePainter, enforce_a4, paint_preview, print_document, selected_pages
from ..render.qt_print import setup_printer as _setup_printer
from .snapshot_hooks import record_output

if TYPE_CHECKING:
    from .main_window import MainWindow


def make_printer(bulletin: Bulletin) -> QPrinter:
    printer = QPrinter(QPrinter.PrinterMode.HighResolution)
    _setup_printer(printer)
    printer.setDocName(summary_title(bulletin))
    return printer


def print_dialog(printer: QPrinter, page_count: int, parent: MainWindow) -> QPrintDialog:
    """The system print dialog for the bulletin: page range and current page offered, no selection."""
    dialog = QPrintDialog(printer, parent)
    dialog.setObjectName("printDialog")
    option = QAbstractPrintDialog.PrintDialogOption
    dialog.setOptions(
        option.PrintPageRange | option.PrintCurrentPage | option.PrintToFile | option.PrintCollateCopies
    )
    dialog.setMinMax(1, max(page_count, 1))
    dialog.setFromTo(1, max(page_count, 1))
    return dialog


class PrintFlow(QObject):
    printed = Signal(int)  # pages sent
    failed = Signal(str)

    def __init__(self, window: MainWindow) -> None:
        super().__init__(window)
        self._window = window
        self.job: BackgroundJob | None = None
        self._printer: QPrinter | None = None  # kept alive while the job paints on it
        self._preview: tuple[QPrintPreviewDialog, QPrinter] | None = None

    # ------------------------------------------------------------------ helpers

    def _settings(self) -> OrgSettings:
        return self._window.session.db.settings()

    def _page_count(self) -> int:
        return self._window.preview.page_count()

    def busy(self) -> bool:
        return self.job is not None and self.job.running

    # ------------------------------------------------------------------ actions

    def print_(self) -> None:
        document = self._window.document
        if not document.has_bulletin or self.busy():
            return
        printer = make_printer(document.bulletin)
        dialog = print_dialog(printer, self._page_count(), self._window)
        if dialog.exec() != QDialog.DialogCode.Accepted:
            return
        self.start(document.bulletin, printer)

    def preview(self) -> QPrintPreviewDialog | None:
        document = self._window.document
        if not document.has_bulletin:
            return None
        bulletin = document.bulletin
        settings = self._settings()
        resolver = FontResolver(configured_from_settings(settings.font_files))
        pages = layout_bulletin(bulletin, style_for(settings))
        painter = PrintPagePainter(resolver)
        printer = make_printer(bulletin)
        dialog = QPrintPreviewDialog(printer, self._window)
        dialog.setObjectName("printPreview")
        dialog.setWindowTitle(self.tr("Print preview — %1").replace("%1", summary_title(bulletin)))
        dialog.resize(900, 760)

        def paint(target: QPrinter) -> None:
            engine = target.paintEngine()
            if engine is not None and engine.type() == QPaintEngine.Type.Picture:
                paint_preview(pages, target, painter)  # the preview's own pages
            else:  # the dialog's Print button: print in the background like File → Print
                self.start(bulletin, target)

        dialog.paintRequested.connect(paint)
        # the dialog does not own the printer: keep it (and the pages) alive while the dialog is open
        self._preview = (dialog, printer)
        dialog.finished.connect(lambda _code: self._close_preview(dialog))
        dialog.open()
        return dialog

    def _close_preview(self, dialog: QPrintPreviewDialog) -> None:
        if self._preview is not None and self._preview[0] is dialog:
            self._preview = None
        dialog.deleteLater()

    def start(self, bulletin: Bulletin, printer: QPrinter, current_page: int | None = None) -> BackgroundJob:
        """Lay out and print `bulletin` on `printer` in the background (with progress and cancel)."""
        enforce_a4(printer)
        settings = self._settings()
        style = style_for(settings)
        resolver = FontResolver(configured_from_settings(settings.font_files))
        page = current_page if current_page is not None else max(self._window.preview.current_page(), 1)

        def run(ctx: JobContext) -> int:
            document = layout_bulletin(bulletin, style)
            pages = selected_pages(printer, len(document.pages), page)
            ctx.progress(0, len(pages))
            done = print_document(
                document, printer, resolver, pages, progress=ctx.progress, cancelled=ctx.cancelled
            )
            ctx.check()
            return len(pages) if done else 0

        from .job_progress import JobProgress

        job = BackgroundJob(run, self)
        self.job = job
        self._printer = printer
        JobProgress(job, self.tr("Printing"), self._window)
        job.succeeded.connect(self._on_printed)
        bulletin_id = self._window.document.bulletin_id
        job.succeeded.connect(lambda pages: pages and record_output(
            self._window, bulletin_id, bulletin, settings, "print", self._output_name(printer)))
        job.failed.connect(self._on_failed)
        job.cancelled.connect(
            lambda: self._window.statusBar().showMessage(self.tr("Printing cancelled."), 5000)
        )
        job.finished.connect(self._release)
        job.start()
        return job

    @staticmethod
    def _output_name(printer: QPrinter) -> str:
        if printer.outputFormat() == QPrinter.OutputFormat.PdfFormat:
            return printer.outputFileName()
        return printer.printerName()

    def _on_printed(self, pages: int) -> None:
        printer = self._printer
        where = printer.printerName() if printer is not None else ""
        if printer is not None and printer.outputFormat() == QPrinter.OutputFormat.PdfFormat:
            where = printer.outputFileName()
        self._window.statusBar().showMessage(
            self.tr("%1 pages sent to %2.").replace("%1", str(pages)).replace("%2", where), 8000
        )
        self.printed.emit(pages)

    def _on_failed(self, message: str) -> None:
        box = QMessageBox(
            QMessageBox.Icon.Warning,
            self.tr("Printing failed"),
            message,
            QMessageBox.StandardButton.Ok,
            self._window,
        )
        box.setObjectName("printError")
        box.open()
        self.failed.emit(message)

    def _release(self) -> None:
        self._printer = None
