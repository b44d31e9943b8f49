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

from typing import Protocol

from PySide6.QtCore import QObject, Qt, Signal
from PySide6.QtGui import QPaintEngine
from PySide6.QtPrintSupport import (
    QAbstractPrintDialog,
    QPrintDialog,
    QPrinter,
    QPrintPreviewDialog,
    QPrintPreviewWidget,
)
from PySide6.QtWidgets import QDialog, QToolBar, QToolButton, QWidget

from ...controller.jobs import BackgroundJob, JobContext
from ...domain import Bulletin
from ...domain.conventions import summary_title
from ...layout.compose import layout_bulletin
from ...render.qt_print import PrintPagePainter, enforce_a4, paint_preview, print_document, selected_pages
from ...render.qt_print import setup_printer as _setup_printer
from ..dialogs.screen_fit import fit_to_screen
from .background import run_in_background
from .context import FlowContext
from .letterhead import LetterheadOption
from .snapshot_hooks import record_output


class PagePosition(Protocol):
    """Where the preview is: the page count and the page shown (the print dialog offers both)."""

    def page_count(self) -> int: ...

    def current_page(self) -> int: ...


def make_printer(bulletin: Bulletin) -> QPrinter:
    printer = QPrinter(QPrinter.PrinterMode.HighResolution)
    _setup_printer(printer)
    printer.setDocName(summary_title(bulletin))
    return printer


def print_dialog(printer: QPrinter, page_count: int, parent: QWidget) -> QPrintDialog:
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

    def __init__(
        self, context: FlowContext, pages: PagePosition, letterhead: LetterheadOption | None = None
    ) -> None:
        super().__init__(context.parent)
        self._context = context
        self._pages = pages
        self.letterhead = letterhead
        self.job: BackgroundJob | None = None
        self._printer: QPrinter | None = None  # kept alive while the job paints on it
        self._preview: tuple[QPrintPreviewDialog, QPrinter] | None = None

    # ------------------------------------------------------------------ helpers

    def _letterhead(self) -> bool:
        """Print on pre-printed letterhead (套红): no masthead name, no red rule."""
        return self.letterhead is not None and self.letterhead.is_on()

    def _page_count(self) -> int:
        return self._pages.page_count()

    def busy(self) -> bool:
        return self.job is not None and self.job.running

    # ------------------------------------------------------------------ actions

    def print_(self) -> None:
        document = self._context.document
        if not document.has_bulletin or self.busy():
            return
        printer = make_printer(document.bulletin)
        dialog = print_dialog(printer, self._page_count(), self._context.parent)
        if self._letterhead():  # the system dialog takes no options of ours: its title says it
            dialog.setWindowTitle(self.tr("Print on letterhead paper (no masthead name, no red rule)"))
        if dialog.exec() != QDialog.DialogCode.Accepted:
            return
        self.start(document.bulletin, printer)

    def preview(self) -> QPrintPreviewDialog | None:
        document = self._context.document
        if not document.has_bulletin:
            return None
        bulletin = document.bulletin
        render = self._context.render
        painter = PrintPagePainter(render.fonts)
        printer = make_printer(bulletin)
        dialog = QPrintPreviewDialog(printer, self._context.parent)
        dialog.setObjectName("printPreview")
        dialog.setWindowTitle(self.tr("Print preview — %1").replace("%1", summary_title(bulletin)))
        fit_to_screen(dialog, 900, 760, self._context.parent)

        def paint(target: QPrinter) -> None:
            engine = target.paintEngine()
            if engine is not None and engine.type() == QPaintEngine.Type.Picture:
                # the preview's own pages, on letterhead paper when that option is on
                pages = layout_bulletin(bulletin, render.output_style(letterhead=self._letterhead()))
                paint_preview(pages, target, painter)
            else:  # the dialog's Print button: print in the background like File → Print
                self.start(bulletin, target)

        if self.letterhead is not None:
            self._add_letterhead_switch(dialog)
        dialog.paintRequested.connect(paint)
        # the dialog does not own the printer: keep it (and the pages) alive while the dialog is open
        self._preview = (dialog, printer)
        dialog.finished.connect(lambda _code: self._close_preview(dialog))
        dialog.open()
        return dialog

    def _add_letterhead_switch(self, dialog: QPrintPreviewDialog) -> None:
        """The letterhead option on the preview's toolbar: switching it shows the other pages at once."""
        assert self.letterhead is not None
        bar = dialog.findChild(QToolBar)
        widget = dialog.findChild(QPrintPreviewWidget)
        if bar is None or widget is None:
            return
        bar.addSeparator()
        bar.addAction(self.letterhead.action)
        button = bar.widgetForAction(self.letterhead.action)
        if isinstance(button, QToolButton):
            button.setToolButtonStyle(Qt.ToolButtonStyle.ToolButtonTextOnly)
        self.letterhead.action.toggled.connect(widget.updatePreview)  # gone with the widget

    def _close_preview(self, dialog: QPrintPreviewDialog) -> None:
        if self._preview is not None and self._preview[0] is dialog:
            self._preview = None
        dialog.deleteLater()

    def start(self, bulletin: Bulletin, printer: QPrinter, current_page: int | None = None) -> BackgroundJob:
        """Lay out and print `bulletin` on `printer` in the background (with progress and cancel)."""
        enforce_a4(printer)
        render = self._context.render  # the fonts and style of Settings, as the preview has them
        style = render.output_style(letterhead=self._letterhead())
        resolver = render.fonts
        settings = self._context.session.db.settings()  # kept with the snapshot (留底) of this print
        page = current_page if current_page is not None else max(self._pages.current_page(), 1)

        def run(ctx: JobContext) -> int:
            document = layout_bulletin(bulletin, style)
            pages = selected_pages(printer, len(document.pages), page)
            ctx.progress(0, len(pages))
            done = print_document(
                document, printer, resolver, pages, progress=ctx.progress, cancelled=ctx.cancelled
            )
            ctx.check()
            return len(pages) if done else 0

        context = self._context
        bulletin_id = context.document.bulletin_id

        def printed(pages: int) -> None:
            self._on_printed(pages)
            if pages:
                record_output(context, bulletin_id, bulletin, settings, "print", self._output_name(printer))

        self._printer = printer
        job = run_in_background(
            run,
            owner=self,
            parent=context.parent,
            label=self.tr("Printing"),
            failure_title=self.tr("Printing failed"),
            failure_name="printError",
            on_success=printed,
            on_failure=self.failed.emit,
        )
        self.job = job
        job.cancelled.connect(lambda: context.status(self.tr("Printing cancelled."), 5000))
        job.finished.connect(self._release)
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
        self._context.status(
            self.tr("%1 pages sent to %2.").replace("%1", str(pages)).replace("%2", where), 8000
        )
        self.printed.emit(pages)

    def _release(self) -> None:
        self._printer = None
