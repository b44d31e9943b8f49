"""The 督办 menu of the window: the task ledger, request forms for departments, merging returned forms.

`install_followup(context, show_task)` is the one hook the main window calls. File choosers are attributes
(`ask_folder`, `ask_files`) so tests can answer them.
"""

from __future__ import annotations

import datetime as _dt
from collections.abc import Callable, Sequence
from pathlib import Path

from PySide6.QtCore import QObject
from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import QDialog, QFileDialog, QMenu, QWidget

from ...collect import Collected, prepare_collect, write_request_forms
from ...controller.collect_merge import apply_merge
from ...domain.ledger import LedgerEntry, build_ledger
from ...export import ExportError
from ...export_followup import LedgerKind, export_ledger
from ..dialogs.collect_dialog import CollectDialog
from ..dialogs.ledger_view import LedgerWindow
from .background import failure_box
from .context import FlowContext
from .open_dialog import open_dialog


def _ask_folder(parent: QWidget, title: str, folder: str) -> str:
    return QFileDialog.getExistingDirectory(parent, title, folder)


def _ask_files(parent: QWidget, title: str, folder: str, file_filter: str) -> list[str]:
    paths, _selected = QFileDialog.getOpenFileNames(parent, title, folder, file_filter)
    return list(paths)


class FollowupFlow(QObject):
    def __init__(self, context: FlowContext, show_task: Callable[[str], None]) -> None:
        super().__init__(context.parent)
        self._context = context
        self._show_task = show_task  # the window shows a task of the open bulletin in the plan editor
        self.prefs = context.prefs
        window = context.parent
        self.ask_folder: Callable[[QWidget, str, str], str] = _ask_folder
        self.ask_files: Callable[[QWidget, str, str, str], list[str]] = _ask_files
        self.today: Callable[[], _dt.date] = _dt.date.today
        self.ledger: LedgerWindow | None = None
        self.dialog: QDialog | None = None

        self.show_ledger = QAction(self.tr("Task &ledger…"), self)
        self.show_ledger.setShortcut(QKeySequence("Ctrl+L"))
        self.show_ledger.setStatusTip(self.tr("Every task of every plan, followed through the months"))
        self.requests = QAction(self.tr("&Request forms for departments…"), self)
        self.requests.setStatusTip(self.tr("Write one Word form per department for this issue's plan"))
        self.collect = QAction(self.tr("&Merge returned forms…"), self)
        self.collect.setStatusTip(self.tr("Read the filled-in forms into this issue"))
        self.show_ledger.triggered.connect(self.open_ledger)
        self.requests.triggered.connect(self.write_requests)
        self.collect.triggered.connect(self.collect_forms)

        menu = QMenu(self.tr("F&ollow-up"), window)
        menu.setObjectName("followupMenu")
        bar = window.menuBar()
        help_menu = bar.findChild(QMenu, "helpMenu")
        if help_menu is not None:
            bar.insertMenu(help_menu.menuAction(), menu)  # Help stays the last menu, as in Word
        else:
            bar.addMenu(menu)
        for action in (self.show_ledger, self.requests, self.collect):
            menu.addAction(action)
            window.addAction(action)
        context.session.bulletinOpened.connect(lambda _id: self.update_actions())
        context.session.libraryChanged.connect(self._refresh_ledger)
        context.session.saved.connect(lambda _id: self._refresh_ledger())
        self.update_actions()

    def update_actions(self) -> None:
        has = self._context.document.has_bulletin
        writable = not self._context.session.read_only
        self.requests.setEnabled(has)
        self.collect.setEnabled(has and writable)

    # ------------------------------------------------------------------ ledger

    def open_ledger(self) -> LedgerWindow:
        if self.ledger is None:
            self.ledger = LedgerWindow(self._context.parent)
            self.ledger.openTask.connect(self.open_task)
            self.ledger.exportRequested.connect(self._export_ledger)
            self.ledger.folder = self.prefs.last_folder("ledger")
        self._refresh_ledger()
        self.ledger.show()
        self.ledger.activateWindow()
        return self.ledger

    def _refresh_ledger(self) -> None:
        if self.ledger is None:
            return
        session = self._context.session
        bulletins = session.db.bulletins()
        doc = self._context.document
        if doc.has_bulletin and doc.bulletin_id is not None:
            bulletins[doc.bulletin_id] = doc.bulletin  # what is on screen, saved or not
        self.ledger.set_entries(build_ledger(bulletins, self.today()))

    def open_task(self, bulletin_id: int, task_index: int) -> None:
        context = self._context
        if not context.session.open_bulletin(bulletin_id):
            return
        tasks = context.document.tasks()
        if 0 <= task_index < len(tasks):
            self._show_task(tasks[task_index].id)
        context.parent.activateWindow()

    def _export_ledger(self, kind: str, path: Path, entries: Sequence[LedgerEntry], title: str) -> None:
        session = self._context.session
        fmt: LedgerKind = "xlsx" if kind == "xlsx" else "pdf"
        try:
            export_ledger(
                entries,
                title,
                self.today(),
                path,
                fmt,
                session.db.settings(),
                data_file=session.db.path,
                fonts=self._context.render.fonts,
            )
        except ExportError as exc:
            self._warn(self.tr("Task ledger not exported"), str(exc))
            return
        self.prefs.set_last_folder("ledger", path.parent)
        self._context.status(self.tr("Written: %1").replace("%1", str(path)), 8000)

    # ------------------------------------------------------------------ request forms

    def write_requests(self) -> list[Path]:
        w = self._context.parent
        doc, session = self._context.document, self._context.session
        if not doc.has_bulletin or doc.bulletin_id is None:
            return []
        if not session.read_only and not session.save_if_modified():
            return []
        folder = self.ask_folder(
            w, self.tr("Folder for the request forms"), self.prefs.last_folder("requests")
        )
        if not folder:
            return []
        self.prefs.set_last_folder("requests", Path(folder))
        try:
            written = write_request_forms(
                doc.bulletin, doc.bulletin_id, Path(folder), session.db.settings(), data_file=session.db.path
            )
        except ExportError as exc:
            self._warn(self.tr("Request forms not written"), str(exc))
            return []
        self._context.status(
            self.tr("%1 request forms written to %2").replace("%1", str(len(written))).replace("%2", folder),
            8000,
        )
        return written

    # ------------------------------------------------------------------ merging

    def collect_forms(self) -> CollectDialog | None:
        w = self._context.parent
        doc, session = self._context.document, self._context.session
        if not doc.has_bulletin or doc.bulletin_id is None or session.read_only:
            return None
        chosen = self.ask_files(
            w,
            self.tr("Returned request forms"),
            self.prefs.last_folder("collect"),
            self.tr("Word documents (*.docx);;All files (*)"),
        )
        if not chosen:
            return None
        paths = [Path(p) for p in chosen]
        self.prefs.set_last_folder("collect", paths[0].parent)
        bulletins = session.db.bulletins()
        issue_id = doc.bulletin_id
        bulletins[issue_id] = doc.bulletin
        collected = prepare_collect(bulletins, issue_id, paths)
        dialog = CollectDialog(collected, w)
        dialog.accepted.connect(lambda: self._apply(collected, issue_id))
        self._show(dialog)
        return dialog

    def _apply(self, collected: Collected, issue_id: int) -> None:
        doc, session = self._context.document, self._context.session
        if collected.merged is None or collected.previous_id is None or doc.bulletin_id != issue_id:
            return
        try:
            before = session.db.get(collected.previous_id)
        except KeyError:
            return
        apply_merge(
            doc, collected.merged, collected.previous_id, before, session.db.update, session.report_failure
        )
        session.save_if_modified()
        self._refresh_ledger()
        self._context.status(self.tr("Returned forms merged; Ctrl+Z undoes the merge."), 8000)

    # ------------------------------------------------------------------ helpers

    def _show(self, dialog: QDialog) -> None:
        open_dialog(self, dialog)

    def _warn(self, title: str, message: str) -> None:
        failure_box(self._context.parent, title, message, "followupWarning")


def install_followup(context: FlowContext, show_task: Callable[[str], None]) -> FollowupFlow:
    """Add the 督办 menu (ledger, request forms, merging returned forms) to the main window."""
    return FollowupFlow(context, show_task)
