"""The library's context menu for the archive: a year → “Compile the year into a PDF…” (年度汇编, in
the background with progress), a bulletin → “History of outputs…” (留底 and comparison)."""

from __future__ import annotations

from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QObject, QPoint, Qt, Signal
from PySide6.QtWidgets import QMenu, QMessageBox

from ...compilation import compile_pdf, volume_range
from ...controller.jobs import BackgroundJob, JobContext
from ...controller.library_model import BULLETIN_ID_ROLE, YEAR_ROLE
from ..dialogs.history_dialog import HistoryDialog
from .background import JobProgress
from .export_flow import AskSavePath, ask_save_path

if TYPE_CHECKING:
    from ..window.main_window import MainWindow


class ArchiveMenu(QObject):
    compiled = Signal(object)  # CompileSummary
    failed = Signal(str)

    def __init__(self, window: MainWindow) -> None:
        super().__init__(window)
        self._window = window
        self.job: BackgroundJob | None = None
        self.ask_save_path: AskSavePath = ask_save_path  # replaceable in tests
        self.history: HistoryDialog | None = None
        tree = window.library.tree
        tree.setContextMenuPolicy(Qt.ContextMenuPolicy.CustomContextMenu)
        tree.customContextMenuRequested.connect(self._menu)

    def _menu(self, pos: QPoint) -> None:
        tree = self._window.library.tree
        index = tree.indexAt(pos)
        if not index.isValid():
            return
        menu = QMenu(tree)
        bulletin_id = index.data(BULLETIN_ID_ROLE)
        year = index.data(YEAR_ROLE)
        if bulletin_id is not None:
            title = str(index.data())
            menu.addAction(self.tr("History of outputs…"), lambda: self.show_history(int(bulletin_id), title))
        if year is not None:
            menu.addAction(self.tr("Compile %1 into a PDF…").replace("%1", str(year)),
                           lambda: self.compile_year(int(year)))
        menu.exec(tree.viewport().mapToGlobal(pos))

    def show_history(self, bulletin_id: int, title: str) -> HistoryDialog:
        dialog = HistoryDialog(self._window.session, bulletin_id, title, self._window)
        dialog.finished.connect(dialog.deleteLater)
        self.history = dialog
        dialog.open()
        return dialog

    def compile_year(self, year: int) -> BackgroundJob | None:
        series = self._window.session.db.settings().series
        name = self.tr("%1 compilation %2.pdf").replace("%1", series).replace("%2", str(year))
        prefs = self._window.workflow.prefs
        suggested = str(Path(prefs.last_folder("export")) / name)
        chosen = self.ask_save_path(self._window, self.tr("Compile %1").replace("%1", str(year)), suggested,
                                    self.tr("PDF document (*.pdf)"))
        if not chosen:
            return None
        path = Path(chosen)
        if path.suffix.lower() != ".pdf":
            path = path.with_name(path.name + ".pdf")
        prefs.set_last_folder("export", path.parent)
        return self.compile_to(year, path)

    def compile_to(self, year: int, path: Path) -> BackgroundJob | None:
        if self.job is not None and self.job.running:
            return None
        db = self._window.session.db
        self._window.session.save_if_modified()  # the volume shows the open bulletin as stored
        bulletins = {row.id: db.get(row.id) for row in db.list_bulletins()}
        settings = db.settings()
        span = volume_range(year)

        def run(ctx: JobContext) -> object:
            def progress(done: int, total: int) -> None:
                ctx.check()
                ctx.progress(done, total)

            return compile_pdf(bulletins, settings, span, path, progress=progress)

        job = BackgroundJob(run, self)
        self.job = job
        JobProgress(job, self.tr("Compiling"), self._window)
        job.succeeded.connect(self._on_done)
        job.failed.connect(self._on_failed)
        job.start()
        return job

    def _on_done(self, summary: object) -> None:
        pages = getattr(summary, "pages", 0)
        target = getattr(summary, "target", "")
        count = getattr(summary, "bulletins", 0)
        self._window.statusBar().showMessage(
            self.tr("Compiled %1 bulletins (%2 pages) into %3").replace("%1", str(count))
            .replace("%2", str(pages)).replace("%3", str(target)), 10000)
        self.compiled.emit(summary)

    def _on_failed(self, message: str) -> None:
        box = QMessageBox(QMessageBox.Icon.Warning, self.tr("Compilation failed"), message,
                          QMessageBox.StandardButton.Ok, self._window)
        box.setObjectName("compileError")
        box.open()
        self.failed.emit(message)


def install_archive(window: MainWindow) -> ArchiveMenu:
    return ArchiveMenu(window)


__all__ = ["ArchiveMenu", "install_archive"]
