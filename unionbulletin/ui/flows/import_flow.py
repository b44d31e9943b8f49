"""Import from File → Import… or by dropping files on the window.

Each file is read and recognised in a BackgroundJob (a large DOCX takes a moment), then the
ImportDialog shows what was recognised; only Save stores it as a new issue and opens it. Several
dropped files are imported one after the other. A file that cannot be imported shows the importer's
Chinese message; nothing is saved.
"""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

from PySide6.QtCore import QObject, Signal
from PySide6.QtWidgets import QFileDialog, QWidget

from ...controller.jobs import BackgroundJob, JobContext
from ...importers import ImportResult, import_file
from ..dialogs.import_dialog import ImportDialog
from .background import run_in_background
from .context import FlowContext
from .file_drop import FileDropFilter

AskOpenPath = Callable[[QWidget, str, str, str], str]


def ask_open_path(parent: QWidget, title: str, folder: str, file_filter: str) -> str:
    path, _selected = QFileDialog.getOpenFileName(parent, title, folder, file_filter)
    return path


class ImportFlow(QObject):
    dialogShown = Signal(object)  # the ImportDialog, for tests and the window
    imported = Signal(int)  # the new bulletin's id
    failed = Signal(str)

    def __init__(self, context: FlowContext) -> None:
        super().__init__(context.parent)
        self._context = context
        self._prefs = context.prefs
        self._queue: list[Path] = []
        self.job: BackgroundJob | None = None
        self.dialog: ImportDialog | None = None
        self.ask_open_path: AskOpenPath = ask_open_path
        self.drop_filter = FileDropFilter(context.parent, self.import_paths)

    def busy(self) -> bool:
        return (self.job is not None and self.job.running) or self.dialog is not None

    def import_file_dialog(self) -> None:
        chosen = self.ask_open_path(
            self._context.parent,
            self.tr("Import a bulletin"),
            self._prefs.last_folder("import"),
            self.tr(
                "Bulletins (*.txt *.docx *.json);;Text (*.txt);;Word document (*.docx);;"
                "Exchange JSON (*.json);;All files (*)"
            ),
        )
        if chosen:
            self._prefs.set_last_folder("import", Path(chosen).parent)
            self.import_paths([Path(chosen)])

    def import_paths(self, paths: list[Path]) -> None:
        self._queue.extend(paths)
        self._next()

    def _next(self) -> None:
        if self.busy() or not self._queue:
            return
        path = self._queue.pop(0)
        defaults = self._context.session.db.settings()

        def run(_ctx: JobContext) -> ImportResult:
            return import_file(path, defaults)

        self.job = run_in_background(
            run,
            owner=self,
            parent=self._context.parent,
            label=self.tr("Reading %1").replace("%1", path.name),
            failure_title=self.tr("Cannot import %1").replace("%1", path.name),
            failure_name="importError",
            on_success=lambda result: self._show(result, path),
            on_failure=self.failed.emit,
            after_failure=self._next,
            cancellable=False,
        )

    def _same_month_note(self, result: ImportResult) -> str:
        period = result.bulletin.period
        rows = [r for r in self._context.session.db.list_bulletins() if r.period == period]
        if not rows:
            return ""
        return self.tr(
            "The data file already holds an issue for this month (“%1”); the import is added "
            "as another issue."
        ).replace("%1", rows[0].title)

    def _show(self, result: ImportResult, path: Path) -> None:
        dialog = ImportDialog(
            result,
            path,
            self._context.parent,
            same_month=self._same_month_note(result),
            issue_format=self._context.session.db.settings().issue_format,
        )
        self.dialog = dialog
        dialog.finished.connect(lambda code: self._on_dialog_finished(dialog, code))
        dialog.open()
        self.dialogShown.emit(dialog)

    def _on_dialog_finished(self, dialog: ImportDialog, code: int) -> None:
        self.dialog = None
        dialog.deleteLater()
        if code == ImportDialog.DialogCode.Accepted.value:
            new_id = self._context.session.add_and_open(dialog.import_result.bulletin)
            if new_id is not None:
                self._context.status(self.tr("Imported as a new issue."), 6000)
                self.imported.emit(new_id)
        self._next()
