"""Export PDF, export DOCX and export for e-mail from the window.

The save dialogs start in the folder used last (per purpose, in the Preferences) with the
conventional file name. Rendering and writing run in a BackgroundJob with a progress dialog that
only appears when it takes longer than a blink. `export.export_bulletin` writes atomically; when the
target is locked by WPS/Word, read-only or the disk is full, its Chinese message is shown and the
previous file stays as it was. After an export for e-mail the folder is opened in the file manager.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from pathlib import Path

from PySide6.QtCore import QObject, QUrl, Signal
from PySide6.QtGui import QDesktopServices
from PySide6.QtWidgets import QFileDialog, QWidget

from ...controller.file_menu_steps import export_many
from ...controller.jobs import BackgroundJob, JobContext
from ...domain.file_names import export_file_name
from ...export import ExportKind, RenderOptions
from ...storage.data_path import export_target_problem
from ..dialogs.email_export_dialog import EmailExportDialog
from .background import failure_box, run_in_background
from .context import FlowContext
from .snapshot_hooks import record_exports

AskSavePath = Callable[[QWidget, str, str, str], str]


def ask_save_path(parent: QWidget, title: str, suggested: str, file_filter: str) -> str:
    path, _selected = QFileDialog.getSaveFileName(parent, title, suggested, file_filter)
    return path


def open_folder(folder: Path) -> bool:
    return QDesktopServices.openUrl(QUrl.fromLocalFile(str(folder)))


class ExportFlow(QObject):
    exported = Signal(list)  # the paths written
    failed = Signal(str)

    def __init__(self, context: FlowContext) -> None:
        super().__init__(context.parent)
        self._context = context
        self._prefs = context.prefs
        self.job: BackgroundJob | None = None
        # replaceable in tests (a file dialog cannot be clicked offscreen, no file manager exists)
        self.ask_save_path: AskSavePath = ask_save_path
        self.open_folder: Callable[[Path], bool] = open_folder

    def _filters(self, kind: ExportKind) -> str:
        if kind == "pdf":
            return self.tr("PDF document (*.pdf)")
        return self.tr("Word document (*.docx)")

    def export_pdf(self) -> None:
        self._export_one("pdf")

    def export_docx(self) -> None:
        self._export_one("docx")

    def _export_one(self, kind: ExportKind) -> None:
        doc = self._context.document
        if not doc.has_bulletin:
            return
        suggested = Path(self._prefs.last_folder("export")) / export_file_name(doc.bulletin, kind)
        title = self.tr("Export PDF") if kind == "pdf" else self.tr("Export DOCX")
        chosen = self.ask_save_path(self._context.parent, title, str(suggested), self._filters(kind))
        if not chosen:
            return
        path = Path(chosen)
        if path.suffix.lower() != "." + kind:
            path = path.with_name(path.name + "." + kind)
        self._prefs.set_last_folder("export", path.parent)
        self.export_to([(path, kind)])

    def export_for_email(self) -> EmailExportDialog | None:
        doc = self._context.document
        if not doc.has_bulletin:
            return None
        dialog = EmailExportDialog(
            doc.bulletin, self._prefs.last_folder("email"), self._prefs.email_with_pdf(), self._context.parent
        )

        def accepted() -> None:
            self._prefs.set_last_folder("email", dialog.folder())
            self._prefs.set_email_with_pdf(dialog.pdf_check.isChecked())
            self.export_to(dialog.targets(), reveal=True)

        dialog.accepted.connect(accepted)
        dialog.finished.connect(dialog.deleteLater)
        dialog.open()
        return dialog

    def export_to(
        self, targets: Sequence[tuple[Path, ExportKind]], *, reveal: bool = False
    ) -> BackgroundJob | None:
        """Write the open bulletin to every target in the background."""
        doc = self._context.document
        if not doc.has_bulletin or (self.job is not None and self.job.running):
            return None
        bulletin = doc.bulletin
        settings = self._context.session.db.settings()
        setup = self._context.render  # the preview's fonts; letterhead paper from the preferences
        render = RenderOptions(setup.fonts, setup.output_style(letterhead=self._prefs.letterhead()))
        wanted = list(targets)
        for target, _kind in wanted:
            problem = export_target_problem(target, self._context.session.db.path)
            if problem:
                self._on_failed(problem)
                return None

        def run(ctx: JobContext) -> list[Path]:
            return export_many(bulletin, wanted, settings, ctx, render)

        bulletin_id = doc.bulletin_id

        def exported(paths: list[Path]) -> None:
            self._on_exported(paths, reveal)
            record_exports(self._context, bulletin_id, bulletin, settings, paths)

        self.job = run_in_background(
            run,
            owner=self,
            parent=self._context.parent,
            label=self.tr("Exporting"),
            failure_title=self.tr("Export failed"),
            failure_name="exportError",
            on_success=exported,
            on_failure=self.failed.emit,
        )
        return self.job

    def _on_exported(self, paths: list[Path], reveal: bool) -> None:
        names = self.tr(", ").join(p.name for p in paths)
        self._context.status(
            self.tr("Exported %1 to %2").replace("%1", names).replace("%2", str(paths[0].parent)), 10000
        )
        if reveal and paths:
            self.open_folder(paths[0].parent)
        self.exported.emit(paths)

    def _on_failed(self, message: str) -> None:
        """A target refused before the job started: the same box as a failed job."""
        failure_box(self._context.parent, self.tr("Export failed"), message, "exportError")
        self.failed.emit(message)
