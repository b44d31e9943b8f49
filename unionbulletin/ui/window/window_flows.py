"""The daily workflow in the window: new issue from last month, open another data file, import, export,
print, settings, find and About; their actions, shortcuts, menu entries and toolbar buttons.

`install_workflow(context, entries, proofreading)` is the one hook the main window calls: the flows
get the FlowContext, this module the few window parts (WindowEntries) its menus go beside. The
actions go into the window's existing File and Edit menus next to the window's own actions (found
through the actions, not by menu titles), a Help menu is added, and the toolbar gets the most
frequent ones. The work itself is done by the flows (print_flow, export_flow, import_flow) and
dialogs in their own modules.
"""

from __future__ import annotations

import datetime as _dt
import sys
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path

from PySide6.QtCore import QCoreApplication, QObject, QProcess
from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import QDialog, QFileDialog, QLineEdit, QMenu, QToolBar, QWidget

from ...controller.file_menu_steps import check_data_file, save_org_settings
from ...controller.jobs import UserError
from ...domain import OrgSettings
from ..dialogs.about_dialog import AboutDialog
from ..dialogs.guide_dialog import GuideDialog
from ..dialogs.new_issue_dialog import NewIssueDialog, sources_of
from ..dialogs.settings_dialog import SettingsDialog
from ..flows.background import failure_box
from ..flows.context import FlowContext
from ..flows.export_flow import ExportFlow
from ..flows.import_flow import ImportFlow
from ..flows.letterhead import LetterheadOption
from ..flows.open_dialog import open_dialog
from ..flows.output_check import OutputCheck
from ..flows.print_flow import PagePosition, PrintFlow
from ..proofreading.proofread_panel import ProofreadPanel
from .actions import WindowActions

translate = QCoreApplication.translate
Launcher = Callable[[str, list[str]], bool]


def launch_detached(program: str, arguments: list[str]) -> bool:
    ok, _pid = QProcess.startDetached(program, arguments)
    return bool(ok)


def program_command(data_file: Path) -> tuple[str, list[str]]:
    """How to start another window of this program on `data_file` (from source or a frozen build)."""
    if getattr(sys, "frozen", False):
        return sys.executable, ["--db", str(data_file)]
    return sys.executable, ["-m", "unionbulletin", "--db", str(data_file)]


class WorkflowActions(QObject):
    def __init__(self, parent: QWidget) -> None:
        super().__init__(parent)
        key = QKeySequence
        self.new_from_last = self._make(
            self.tr("New issue from &last month…"),
            key("Ctrl+Alt+N"),  # Ctrl+Shift+N adds an item or a task in the editors
            self.tr("Start next month's issue from this one, with its plan as a checklist"),
        )
        self.open_data_file = self._make(
            self.tr("&Open data file…"),
            key(key.StandardKey.Open),
            self.tr("Open another data file (a shared drive, a USB stick) in a new window"),
        )
        self.import_ = self._make(
            self.tr("&Import…"),
            key("Ctrl+I"),
            self.tr("Import a bulletin from a .txt, .docx or exchange .json file"),
        )
        self.export_pdf = self._make(
            self.tr("Export &PDF…"), key("Ctrl+E"), self.tr("Write the bulletin as PDF")
        )
        self.export_docx = self._make(
            self.tr("Export &DOCX…"), key("Ctrl+Shift+E"), self.tr("Write the bulletin as a Word document")
        )
        self.export_email = self._make(
            self.tr("Export for e-&mail…"),
            key("Ctrl+Shift+M"),
            self.tr("Write the DOCX (and the PDF) with the usual file name and open the folder"),
        )
        self.print_preview = self._make(
            self.tr("Print pre&view…"), key("Ctrl+Shift+P"), self.tr("See the printed pages")
        )
        self.print_ = self._make(
            self.tr("&Print…"), key(key.StandardKey.Print), self.tr("Print the bulletin")
        )
        self.settings = self._make(
            self.tr("Se&ttings…"),
            key("Ctrl+,"),
            self.tr("Organisation defaults, fonts, layout, address book, language"),
        )
        self.find = self._make(
            self.tr("&Find in all bulletins"),
            key(key.StandardKey.Find),
            self.tr("Search the text of every bulletin"),
        )
        self.guide = self._make(
            self.tr("User &guide"),
            key(key.StandardKey.HelpContents),
            self.tr("How to write, print and export"),
        )
        self.about = self._make(self.tr("&About"), None, self.tr("Version, data file and fonts"))

    def _make(self, text: str, shortcut: QKeySequence | None, tip: str) -> QAction:
        action = QAction(text, self)
        if shortcut is not None:
            action.setShortcut(shortcut)
        action.setStatusTip(tip)
        action.setToolTip(tip)
        return action


def _containers(action: QAction) -> tuple[QMenu | None, QToolBar | None]:
    menu = next((o for o in action.associatedObjects() if isinstance(o, QMenu)), None)
    bar = next((o for o in action.associatedObjects() if isinstance(o, QToolBar)), None)
    return menu, bar


@dataclass(frozen=True)
class WindowEntries:
    """The parts of the window the workflow puts its entries beside or works on."""

    actions: WindowActions  # the window's own File/Edit actions: the workflow's go next to them
    undo_button: QAction  # the toolbar's Undo: the workflow's buttons go before it
    search: QLineEdit  # the library's search field (Find in all bulletins)
    pages: PagePosition  # the preview's page count and current page (the print dialog)
    start_writing: Callable[[], None]  # show the summary with the cursor in the first item


class Workflow(QObject):
    def __init__(
        self, context: FlowContext, entries: WindowEntries, proofreading: ProofreadPanel | None
    ) -> None:
        window = context.parent
        super().__init__(window)
        self._context = context
        self._entries = entries
        self._window = window
        self.prefs = context.prefs
        self.actions = WorkflowActions(window)
        self.letterhead = LetterheadOption(self.prefs, window)
        self.printing = PrintFlow(context, entries.pages, self.letterhead)
        self.exporting = ExportFlow(context)
        self.importing = ImportFlow(context)
        self.launch: Launcher = launch_detached
        self.ask_open_path = _ask_open_path
        self.today: Callable[[], _dt.date] = _dt.date.today
        self.dialog: QDialog | None = None  # the dialog this workflow has open (tests look at it)
        a = self.actions
        a.new_from_last.triggered.connect(self.new_from_last_month)
        a.open_data_file.triggered.connect(self.open_data_file)
        a.import_.triggered.connect(self.importing.import_file_dialog)
        self.output_check = OutputCheck(window, self.prefs, proofreading)
        gate, export, print_ = self.output_check.gate, self.tr("Export"), self.tr("Print")
        a.export_pdf.triggered.connect(gate(self.exporting.export_pdf, export))
        a.export_docx.triggered.connect(gate(self.exporting.export_docx, export))
        a.export_email.triggered.connect(gate(self.exporting.export_for_email, export))
        a.print_preview.triggered.connect(self.printing.preview)
        a.print_.triggered.connect(gate(self.printing.print_, print_))
        a.settings.triggered.connect(self.open_settings)
        a.find.triggered.connect(self.find)
        a.guide.triggered.connect(self.guide)
        a.about.triggered.connect(self.about)
        self._install_menus()
        session = context.session
        session.bulletinOpened.connect(lambda _id: self.update_actions())
        session.libraryChanged.connect(self.update_actions)
        context.document.changed.connect(lambda _change: self.update_actions())
        self.update_actions()

    # ------------------------------------------------------------------ menus

    def _install_menus(self) -> None:
        w, a, own = self._window, self.actions, self._entries.actions
        file_menu, bar = _containers(own.save)
        if file_menu is not None:
            file_menu.insertAction(own.duplicate, a.new_from_last)
            file_menu.insertAction(own.save, a.open_data_file)
            file_menu.insertAction(own.save, a.import_)
            file_menu.insertSeparator(own.save)
            for action in (a.export_pdf, a.export_docx, a.export_email):
                file_menu.insertAction(own.delete, action)
            file_menu.insertSeparator(own.delete)
            for action in (a.print_preview, a.print_):
                file_menu.insertAction(own.delete, action)
            file_menu.insertSeparator(own.delete)
            file_menu.insertAction(own.delete, self.letterhead.action)
            file_menu.insertAction(own.delete, self.output_check.action)
            file_menu.insertAction(own.delete, a.settings)
            file_menu.insertSeparator(own.delete)
        edit_menu, _ = _containers(own.undo_delete)
        if edit_menu is not None:
            edit_menu.addSeparator()
            edit_menu.addAction(a.find)
        help_menu = w.menuBar().addMenu(self.tr("&Help"))
        help_menu.setObjectName("helpMenu")  # menus installed later go before it: Help stays last
        help_menu.addAction(a.guide)
        help_menu.addAction(a.about)
        if bar is not None:
            before = self._entries.undo_button
            bar.insertAction(before, a.new_from_last)
            bar.insertSeparator(before)
            bar.insertAction(before, a.print_)
            bar.insertAction(before, a.export_email)
            bar.insertSeparator(before)
        for action in vars(a).values():
            if isinstance(action, QAction) and action not in w.actions():
                w.addAction(action)  # shortcuts work even when the menu bar is hidden

    def update_actions(self) -> None:
        has = self._context.document.has_bulletin
        writable = not self._context.session.read_only
        a = self.actions
        for action in (a.export_pdf, a.export_docx, a.export_email, a.print_preview, a.print_):
            action.setEnabled(has)
        a.new_from_last.setEnabled(has and writable)
        a.import_.setEnabled(writable)

    # ------------------------------------------------------------------ new issue from last month

    def new_from_last_month(self) -> NewIssueDialog | None:
        w = self._window
        doc, session = self._context.document, self._context.session
        if not doc.has_bulletin or session.read_only:
            return None
        if not session.save_if_modified() or doc.bulletin_id is None:
            return None
        rows = session.db.list_bulletins()  # newest first: the new issue follows the newest one
        if not rows:
            return None
        today = self.today()
        settings = session.db.settings()
        dialog = NewIssueDialog(
            sources_of(rows, settings.org), session.db.get, today, w, issue_format=settings.issue_format
        )

        def accepted() -> None:
            new_id = session.create_next_issue(dialog.previous_id, dialog.statuses(), today)
            if new_id is not None:
                self._context.status(self.tr("New issue created from last month."), 6000)
                self._entries.start_writing()

        dialog.accepted.connect(accepted)
        self._show(dialog)
        return dialog

    # ------------------------------------------------------------------ settings

    def open_settings(self) -> SettingsDialog:
        w = self._window
        session = self._context.session
        dialog = SettingsDialog(
            session.db.settings(),
            session.address_book(),
            self.prefs.language(),
            w,
            font_folder=self.prefs.last_folder("fonts"),
            read_only=session.read_only,
        )

        def accepted() -> None:
            settings = dialog.org_settings()
            before = session.db.settings()
            try:
                save_org_settings(session, settings, dialog.address_book_value())
            except UserError as exc:
                self._warn(self.tr("Settings not saved"), str(exc))
                return
            self.prefs.set_last_folder("fonts", dialog.fonts.folder)
            language_changed = dialog.language() != self.prefs.language()
            self.prefs.set_language(dialog.language())
            self.prefs.sync()
            if settings != before:
                self.apply_settings(settings)
            message = self.tr("Settings saved.")
            if language_changed:
                message += " " + self.tr("The interface language changes at the next start.")
            self._context.status(message, 8000)

        dialog.accepted.connect(accepted)
        self._show(dialog)
        return dialog

    def apply_settings(self, settings: OrgSettings) -> None:
        """Follow new layout options and fonts: the render setup tells the preview, printing, export
        and the proofreader (they follow its `changed`)."""
        self._context.render.apply(settings)

    # ------------------------------------------------------------------ other actions

    def open_data_file(self) -> None:
        w = self._window
        chosen = self.ask_open_path(
            w,
            self.tr("Open data file"),
            self.prefs.last_folder("datafile"),
            self.tr("Data files (*.json);;All files (*)"),
        )
        if not chosen:
            return
        path = Path(chosen)
        self.prefs.set_last_folder("datafile", path.parent)
        if path.resolve() == self._context.session.db.path.resolve():
            self._context.status(self.tr("This data file is already open."), 5000)
            return
        problem = check_data_file(path)
        if problem:
            self._warn(self.tr("Cannot open the data file"), problem)
            return
        program, arguments = program_command(path)
        if not self.launch(program, arguments):
            self._warn(
                self.tr("Cannot open the data file"),
                self.tr("A new window could not be started for %1.").replace("%1", str(path)),
            )
            return
        self._context.status(self.tr("%1 opens in a new window.").replace("%1", str(path)), 8000)

    def find(self) -> None:
        search = self._entries.search
        search.setFocus()
        search.selectAll()

    def guide(self) -> GuideDialog:
        dialog = GuideDialog(self._window)
        self._show(dialog)
        return dialog

    def about(self) -> AboutDialog:
        session = self._context.session
        reports = self._context.render.fonts.report()
        dialog = AboutDialog(session.db.path, reports, session.read_only, self._window)
        self._show(dialog)
        return dialog

    # ------------------------------------------------------------------ helpers

    def _show(self, dialog: QDialog) -> None:
        open_dialog(self, dialog)

    def _warn(self, title: str, message: str) -> None:
        failure_box(self._window, title, message, "workflowWarning")


def _ask_open_path(parent: QWidget, title: str, folder: str, file_filter: str) -> str:
    path, _selected = QFileDialog.getOpenFileName(parent, title, folder, file_filter)
    return path


def install_workflow(
    context: FlowContext, entries: WindowEntries, proofreading: ProofreadPanel | None
) -> Workflow:
    """Add the workflow's actions, menus, toolbar buttons and file dropping to the main window."""
    return Workflow(context, entries, proofreading)
