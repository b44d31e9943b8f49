"""The library's context menu for the archive: a year → “Compile the year into a PDF…” (年度汇编, in
the background with progress), a bulletin → “History of outputs…” (留底 and comparison)."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QObject, QPoint, Qt, Signal
from PySide6.QtWidgets import QAbstractItemView, QMenu

from ...compilation import compile_pdf, volume_range
from ...controller.jobs import BackgroundJob, JobContext
from ...controller.library_model import BULLETIN_ID_ROLE, YEAR_ROLE
from ..dialogs.history_dialog import HistoryDialog
from .background import run_in_background
from .context import FlowContext
from .export_flow import AskSavePath, ask_save_path


class ArchiveMenu(QObject):
    compiled = Signal(object)  # CompileSummary
    failed = Signal(str)

    def __init__(self, context: FlowContext, tree: QAbstractItemView) -> None:
        super().__init__(context.parent)
        self._context = context
        self._tree = tree
        self.job: BackgroundJob | None = None
        self.ask_save_path: AskSavePath = ask_save_path  # replaceable in tests
        self.history: HistoryDialog | None = None
        tree.setContextMenuPolicy(Qt.ContextMenuPolicy.CustomContextMenu)
        tree.customContextMenuRequested.connect(self._menu)

    def _menu(self, pos: QPoint) -> None:
        tree = self._tree
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
            menu.addAction(
                self.tr("Compile %1 into a PDF…").replace("%1", str(year)),
                lambda: self.compile_year(int(year)),
            )
        menu.exec(tree.viewport().mapToGlobal(pos))

    def show_history(self, bulletin_id: int, title: str) -> HistoryDialog:
        dialog = HistoryDialog(self._context.session, bulletin_id, title, self._context.parent)
        dialog.finished.connect(dialog.deleteLater)
        self.history = dialog
        dialog.open()
        return dialog

    def compile_year(self, year: int) -> BackgroundJob | None:
        series = self._context.session.db.settings().series
        name = self.tr("%1 compilation %2.pdf").replace("%1", series).replace("%2", str(year))
        prefs = self._context.prefs
        suggested = str(Path(prefs.last_folder("export")) / name)
        chosen = self.ask_save_path(
            self._context.parent,
            self.tr("Compile %1").replace("%1", str(year)),
            suggested,
            self.tr("PDF document (*.pdf)"),
        )
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
        db = self._context.session.db
        self._context.session.save_if_modified()  # the volume shows the open bulletin as stored
        bulletins = {row.id: db.get(row.id) for row in db.list_bulletins()}
        settings = db.settings()
        fonts = self._context.render.fonts  # the preview's, as printing and export
        span = volume_range(year)

        def run(ctx: JobContext) -> object:
            def progress(done: int, total: int) -> None:
                ctx.check()
                ctx.progress(done, total)

            return compile_pdf(bulletins, settings, span, path, fonts=fonts, progress=progress)

        self.job = run_in_background(
            run,
            owner=self,
            parent=self._context.parent,
            label=self.tr("Compiling"),
            failure_title=self.tr("Compilation failed"),
            failure_name="compileError",
            on_success=self._on_done,
            on_failure=self.failed.emit,
        )
        return self.job

    def _on_done(self, summary: object) -> None:
        pages = getattr(summary, "pages", 0)
        target = getattr(summary, "target", "")
        count = getattr(summary, "bulletins", 0)
        self._context.status(
            self.tr("Compiled %1 bulletins (%2 pages) into %3")
            .replace("%1", str(count))
            .replace("%2", str(pages))
            .replace("%3", str(target)),
            10000,
        )
        self.compiled.emit(summary)


def install_archive(context: FlowContext, tree: QAbstractItemView) -> ArchiveMenu:
    """The library's context menu (history of outputs, 年度汇编) on `tree`."""
    return ArchiveMenu(context, tree)


__all__ = ["ArchiveMenu", "install_archive"]
