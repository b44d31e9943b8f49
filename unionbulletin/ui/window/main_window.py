"""The main window: assembles the library, the editors, the preview, the menus and the status bar.

It holds no document logic: the session and the document (controller) do the work; this file only
connects the parts and keeps the window state (geometry, splitters, zoom) in the WindowSettings.
"""

from __future__ import annotations

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QAction, QCloseEvent, QKeySequence, QShowEvent
from PySide6.QtWidgets import (
    QComboBox,
    QLabel,
    QMainWindow,
    QSplitter,
    QTabWidget,
    QWidget,
)

from ...checks.finding import Location, Section
from ...controller.changes import Change, ChangeKind
from ...controller.preferences import Preferences
from ...controller.preview import PreviewResult, PreviewWorker
from ...controller.render_setup import RenderSetup
from ...controller.session import Session
from ...controller.settings import ZOOM_CHOICES, WindowSettings
from ...domain.conventions import summary_title
from ...layout.boxes import Ref, RefKind
from ...render.qt import PagePainter, RasterPages
from ..editors.item_editor import ItemEditor
from ..editors.location import show_location
from ..editors.metadata_form import MetadataForm
from ..editors.task_table import TaskEditor
from ..flows.archive_menu import install_archive
from ..flows.context import FlowContext
from ..flows.followup_flow import install_followup
from ..flows.rescue import Rescue
from ..proofreading.proofread_panel import PANEL_HEIGHT, install_proofreading
from .actions import WindowActions, zoom_label
from .library_panel import LibraryPanel
from .preview_view import PreviewView
from .read_only_banner import keep_disabled, show_read_only_banner
from .window_flows import WindowEntries, install_workflow

TAB_SUMMARY, TAB_PLAN, TAB_META = range(3)
# where a click on a paragraph of the preview puts the cursor (section, field); others: the masthead page
_REF_PLACES: dict[RefKind, tuple[Section, str]] = {
    RefKind.ITEM: ("summary", "body"),
    RefKind.TASK: ("plan", "content"),
    RefKind.SUMMARY_TITLE: ("summary", "title"),
    RefKind.PLAN_TITLE: ("plan", "title"),
}


class MainWindow(QMainWindow):
    previewPainted = Signal()  # the preview shows the current bulletin's pages

    def __init__(
        self,
        session: Session,
        worker: PreviewWorker,
        page_painter: PagePainter,
        settings: WindowSettings,
        parent: QWidget | None = None,
        *,
        render: RenderSetup | None = None,
        preferences: Preferences,
    ) -> None:
        super().__init__(parent)
        self.setObjectName("mainWindow")
        self.render_setup = render or RenderSetup(session.db.settings(), self)
        self.session = session
        self.document = session.document
        self.worker = worker
        self.settings = settings
        self.preferences = preferences
        # what print, export, import, follow-up, archive and rescue get from the window: no more
        self.flow_context = FlowContext(session, self.render_setup, self.preferences, self)
        self._closing_checked = False
        self._layout_checked = False
        self._follow: tuple[str, int] | None = None  # the line being typed, shown after the next layout
        self._pending_ref = ""  # an item selected before the layout had it (just added)

        self.library = LibraryPanel(session, self)
        self.items = ItemEditor(self.document, self)
        self.tasks = TaskEditor(session, self)
        self.meta = MetadataForm(session, self)
        self.tabs = QTabWidget(self)
        self.tabs.setObjectName("editorTabs")
        self.tabs.addTab(self.items, self.tr("Summary"))
        self.tabs.addTab(self.tasks, self.tr("Plan"))
        self.tabs.addTab(self.meta, self.tr("Masthead && distribution"))
        self.tabs.setMinimumWidth(380)
        self.preview = PreviewView(page_painter, self)
        # The preview with the 校对 panel under it (install_proofreading adds it): proofreading
        # shares the preview's height, never the editor's.
        self.preview_column = QSplitter(Qt.Orientation.Vertical, self)
        self.preview_column.setObjectName("previewColumn")
        self.preview_column.setChildrenCollapsible(False)
        self.preview_column.addWidget(self.preview)

        self.splitter = QSplitter(Qt.Orientation.Horizontal, self)
        self.splitter.setObjectName("mainSplitter")
        self.splitter.addWidget(self.library)
        self.splitter.addWidget(self.tabs)
        self.splitter.addWidget(self.preview_column)
        self.splitter.setChildrenCollapsible(False)
        self.splitter.setStretchFactor(0, 0)
        self.splitter.setStretchFactor(1, 3)
        self.splitter.setStretchFactor(2, 4)
        self.splitter.setSizes([220, 520, 600])
        self.setCentralWidget(self.splitter)

        self.actions_ = WindowActions(self)
        self._build_menus()
        self._build_status_bar()
        self._connect()
        self.setMinimumSize(900, 560)
        self._restore_state()
        self._update_title()
        self._update_save_state()
        context = self.flow_context
        # 校对 under the preview, menu, status-bar count; a finding's click shows it in the editor tabs
        self.proofreading = install_proofreading(
            self, self.preview_column, self.tabs, session, self.render_setup
        )
        # print, export, import, settings, new issue from last month
        entries = WindowEntries(
            self.actions_, self.undo_button_action, self.library.search, self.preview, self.write_new_issue
        )
        self.workflow = install_workflow(context, entries, self.proofreading)
        self.followup = install_followup(context, self.show_task)  # 督办: ledger, request forms, merging
        self.read_only_banner = self._apply_read_only()  # read-only data file: editors read-only, a banner
        self.archive = install_archive(context, self.library.tree)  # library menu: 年度汇编, 留底 history
        self._restore_docks()

    # ------------------------------------------------------------------ construction

    def _build_menus(self) -> None:
        a = self.actions_
        stack = self.document.undo_stack
        self.undo_action = stack.createUndoAction(self, self.tr("&Undo"))
        self.undo_action.setShortcuts([QKeySequence("Ctrl+Z")])
        self.redo_action = stack.createRedoAction(self, self.tr("&Redo"))
        self.redo_action.setShortcuts([QKeySequence("Ctrl+Y"), QKeySequence("Ctrl+Shift+Z")])

        menu = self.menuBar().addMenu(self.tr("&File"))
        menu.addAction(a.new)
        menu.addAction(a.duplicate)
        menu.addSeparator()
        menu.addAction(a.save)
        menu.addSeparator()
        menu.addAction(a.delete)
        menu.addSeparator()
        menu.addAction(a.quit)
        menu = self.menuBar().addMenu(self.tr("&Edit"))
        menu.addAction(self.undo_action)
        menu.addAction(self.redo_action)
        menu.addSeparator()
        menu.addAction(a.undo_delete)
        menu = self.menuBar().addMenu(self.tr("&View"))
        menu.addAction(a.zoom_in)
        menu.addAction(a.zoom_out)
        menu.addSeparator()
        for action in a.zooms.values():
            menu.addAction(action)
        menu.addSeparator()
        # the three editor pages by keyboard (Ctrl+Tab does not leave the task table)
        self.page_actions: list[QAction] = []
        for index, text in enumerate(
            (self.tr("Go to the &summary"), self.tr("Go to the p&lan"), self.tr("Go to the &masthead"))
        ):
            action = QAction(text, self)
            action.setShortcut(QKeySequence(f"Alt+{index + 1}"))
            action.triggered.connect(lambda _checked=False, i=index: self.show_page(i))
            menu.addAction(action)
            self.page_actions.append(action)

        bar = self.addToolBar(self.tr("Main"))
        bar.setObjectName("mainToolBar")
        bar.setMovable(False)
        bar.setToolButtonStyle(Qt.ToolButtonStyle.ToolButtonTextOnly)
        bar.addAction(a.new)
        bar.addAction(a.save)
        bar.addSeparator()
        # The toolbar's Undo/Redo keep a fixed label (the menu's say what they undo), so the
        # buttons after them do not move while she types; the tooltip names the step.
        self.undo_button_action = QAction(self.tr("Undo"), self)
        self.undo_button_action.triggered.connect(stack.undo)
        self.redo_button_action = QAction(self.tr("Redo"), self)
        self.redo_button_action.triggered.connect(stack.redo)
        self.undo_button_action.setEnabled(stack.canUndo())
        self.redo_button_action.setEnabled(stack.canRedo())
        stack.undoTextChanged.connect(self._update_undo_tips)
        stack.redoTextChanged.connect(self._update_undo_tips)
        stack.canUndoChanged.connect(self.undo_button_action.setEnabled)
        stack.canRedoChanged.connect(self.redo_button_action.setEnabled)
        bar.addAction(self.undo_button_action)
        bar.addAction(self.redo_button_action)
        bar.addSeparator()
        bar.addWidget(QLabel(self.tr("Zoom") + " ", bar))
        self.zoom_combo = QComboBox(bar)
        self.zoom_combo.setObjectName("zoomCombo")
        for zoom in ZOOM_CHOICES:
            self.zoom_combo.addItem(zoom_label(zoom), zoom)
        bar.addWidget(self.zoom_combo)

    def _apply_read_only(self) -> QLabel | None:
        """A read-only data file: every editor in its read-only state, undo/redo/save/fix-all kept off,
        the banner; nothing for a writable file."""
        if not self.session.read_only:
            return None
        for editor in (self.items, self.tasks, self.meta):
            editor.set_read_only(True)
        kept_off = [
            self.undo_action,
            self.redo_action,
            self.undo_button_action,
            self.redo_button_action,
            self.actions_.save,
        ]
        if self.proofreading.fix_all_action is not None:
            kept_off.append(self.proofreading.fix_all_action)
        for action in kept_off:
            keep_disabled(action)
        self.proofreading.refresh()  # its fix buttons follow Proofreader.read_only
        return show_read_only_banner(self)

    def _update_undo_tips(self, _text: str = "") -> None:
        stack = self.document.undo_stack
        for action, text in (
            (self.undo_button_action, stack.undoText()),
            (self.redo_button_action, stack.redoText()),
        ):
            action.setToolTip(action.text() + (f"：{text}" if text else ""))

    def _build_status_bar(self) -> None:
        status = self.statusBar()
        self.save_label = QLabel(self)
        self.save_label.setObjectName("saveState")
        self.save_label.setMinimumWidth(90)
        self.page_label = QLabel(self)
        self.page_label.setObjectName("pageLabel")
        self.page_label.setMinimumWidth(110)
        self.page_label.setAlignment(Qt.AlignmentFlag.AlignCenter)
        status.addPermanentWidget(self.save_label)
        status.addPermanentWidget(self.page_label)
        self.rescue = Rescue(self.flow_context)

    def _connect(self) -> None:
        a, s, doc = self.actions_, self.session, self.document
        a.new.triggered.connect(self.new_issue)
        a.save.triggered.connect(self.save)
        a.duplicate.triggered.connect(
            lambda: doc.bulletin_id is not None and s.duplicate_bulletin(doc.bulletin_id)
        )
        a.delete.triggered.connect(self.library.delete_selected)
        a.undo_delete.triggered.connect(s.undo_delete)
        a.quit.triggered.connect(self.close)
        a.zoom_in.triggered.connect(lambda: self.preview.step_zoom(1))
        a.zoom_out.triggered.connect(lambda: self.preview.step_zoom(-1))
        a.zoom_group.triggered.connect(lambda action: self.preview.set_zoom(str(action.data())))
        self.zoom_combo.activated.connect(lambda i: self.preview.set_zoom(str(self.zoom_combo.itemData(i))))
        self.preview.zoomChanged.connect(self._on_zoom_changed)

        doc.changed.connect(self._on_document_changed)
        doc.modifiedChanged.connect(lambda _m: self._update_save_state())
        s.bulletinOpened.connect(self._on_bulletin_opened)
        s.saved.connect(lambda _id: self._update_save_state())
        s.saveFailed.connect(self._on_save_failed)
        s.journalFailed.connect(self._on_save_failed)
        s.message.connect(lambda text: self.statusBar().showMessage(text, 5000))
        doc.refused.connect(lambda text: self.statusBar().showMessage(text, 15000))
        s.libraryChanged.connect(self._update_actions)
        self.library.deleted.connect(self._on_deleted)

        self.worker.laidOut.connect(self._on_laid_out)
        self.worker.failed.connect(self._on_layout_failed)
        self.preview.pageChanged.connect(self._on_page_changed)
        self.preview.refClicked.connect(self._on_ref_clicked)
        self.preview.painted.connect(self._on_preview_painted)
        self.preview.typedInto.connect(self._on_typed_into_preview)
        self.items.itemSelected.connect(self._on_item_selected)
        self.tasks.taskSelected.connect(self._on_item_selected)
        self.tabs.currentChanged.connect(self._on_tab_changed)

    # ------------------------------------------------------------------ state

    def _restore_state(self) -> None:
        geometry = self.settings.geometry()
        if geometry is None or not self.restoreGeometry(geometry):
            self.resize(1366, 740)
        splitter = self.settings.splitter_state("main")
        if splitter is not None:
            self.splitter.restoreState(splitter)
        self.items.restore_splitter(self.settings.splitter_state("items"))
        zoom = self.settings.zoom()
        self.preview.set_zoom(zoom)
        self._on_zoom_changed(zoom)

    def _restore_docks(self) -> None:
        """Toolbar and dock positions as the user left them; the preview column's split (preview
        over the 校对 list) as she left it, unless the preview would get less than half."""
        state = self.settings.window_state()
        if state is not None:
            self.restoreState(state)
        column = self.settings.splitter_state("preview")
        if column is not None:
            self.preview_column.restoreState(column)
        folded = self.settings.proofread_folded()
        self.proofreading.set_expanded(not folded)

    def showEvent(self, event: QShowEvent) -> None:
        super().showEvent(event)
        if not self._layout_checked:
            self._layout_checked = True
            self._check_layout()

    def _check_layout(self) -> None:
        """Once the window has its size: remembered splitter sizes that leave the preview less room
        than the 校对 list, or the item list more than half the body's, give way to the defaults."""
        sizes = self.preview_column.sizes()
        if len(sizes) == 2 and sizes[0] < sizes[1]:
            self.preview_column.setSizes([sum(sizes) - PANEL_HEIGHT, PANEL_HEIGHT])
        if not self.proofreading.expanded:  # folded: the preview has the column
            bar = self.proofreading.maximumHeight()
            self.preview_column.setSizes([sum(self.preview_column.sizes()) - bar, bar])
        self.items.check_splitter()

    def save_window_state(self) -> None:
        self.settings.set_window_state(self.saveState())
        self.settings.set_geometry(self.saveGeometry())
        self.settings.set_splitter_state("main", self.splitter.saveState())
        self.settings.set_splitter_state("items", self.items.splitter.saveState())
        self.settings.set_splitter_state("preview", self.preview_column.saveState())
        self.settings.set_proofread_folded(not self.proofreading.expanded)
        self.settings.set_zoom(self.preview.zoom())
        self.settings.set_last_bulletin(self.document.bulletin_id)
        self.settings.sync()

    def _update_title(self) -> None:
        app_name = self.tr("Union bulletin")
        if self.document.has_bulletin:
            title = summary_title(self.document.bulletin)
            read_only = self.tr(" (read-only)") if self.session.read_only else ""
            self.setWindowTitle(f"{title}[*]{read_only} — {app_name}")
        else:
            self.setWindowTitle(app_name)
        self.setWindowModified(self.document.is_modified())

    def _update_save_state(self) -> None:
        modified = self.document.has_bulletin and self.document.is_modified()
        self.setWindowModified(modified)
        if self.session.read_only:
            text, colour = self.tr("Read-only"), "#a05a00"
        elif modified:
            text, colour = self.tr("● Unsaved"), "#b00020"
        else:
            text, colour = self.tr("✓ Saved"), "#1b7f3b"
        self.save_label.setText(text)
        self.save_label.setStyleSheet(f"color: {colour};")
        self._update_actions()

    def _update_actions(self) -> None:
        has = self.document.has_bulletin
        writable = not self.session.read_only
        a = self.actions_
        a.save.setEnabled(has and writable)
        a.new.setEnabled(writable)
        a.duplicate.setEnabled(has and writable)
        a.delete.setEnabled(has and writable)
        a.undo_delete.setEnabled(self.session.can_undo_delete())

    # ------------------------------------------------------------------ reactions

    def show_page(self, index: int) -> None:
        """Show an editor page with the cursor in its first field."""
        self.tabs.setCurrentIndex(index)
        first = {TAB_SUMMARY: self.items.body_edit, TAB_PLAN: self.tasks.table, TAB_META: self.meta.series}
        widget = first[index]
        if not widget.isEnabled() and index == TAB_SUMMARY:
            widget = self.items.list
        widget.setFocus(Qt.FocusReason.ShortcutFocusReason)

    def new_issue(self) -> None:
        """新建一期, then the cursor in the first item's lead sentence."""
        if self.session.new_bulletin() is not None:
            self.tabs.setCurrentIndex(TAB_SUMMARY)
            self.items.start_writing()

    def write_new_issue(self) -> None:
        """The summary page with the cursor in the first item's lead sentence."""
        self.tabs.setCurrentWidget(self.items)
        self.items.start_writing()

    def show_task(self, task_id: str) -> None:
        """The plan page with the task `task_id` of the open bulletin selected."""
        self.tabs.setCurrentIndex(TAB_PLAN)
        self.tasks.select_task(task_id)

    def save(self) -> bool:
        if self.session.save():
            self.statusBar().showMessage(
                self.tr("Saved to %1").replace("%1", str(self.session.db.path)), 4000
            )
            return True
        return False

    def _on_document_changed(self, change: Change) -> None:
        if not self.document.has_bulletin:
            self.preview.set_document(None)
            self.preview.set_message(self.tr("No bulletin is open. Create one with File → New issue."))
            self._update_title()
            return
        if change.kind == ChangeKind.ITEM and self.tabs.currentIndex() == TAB_SUMMARY:
            self._follow = self.items.typing_position()  # None unless she is typing in the item
        if change.kind == ChangeKind.ALL and not self.document.is_modified():
            self.worker.request_now(self.document.bulletin)
        else:
            self.worker.request(self.document.bulletin)
        if change.kind in (ChangeKind.ALL, ChangeKind.META):
            self._update_title()

    def _on_bulletin_opened(self, _bulletin_id: object) -> None:
        self._update_title()
        self._update_save_state()
        self.preview.verticalScrollBar().setValue(0)

    def _on_laid_out(self, result: PreviewResult) -> None:
        rendered = result.rendered if isinstance(result.rendered, RasterPages) else None
        self.preview.set_document(result.document, rendered)
        if self._follow is not None and result.bulletin is self.document.bulletin:
            self.preview.reveal_char(*self._follow)
            self._follow = None
        if self._pending_ref and self.preview.scroll_to_ref(self._pending_ref):
            self._pending_ref = ""

    def _on_layout_failed(self, message: str) -> None:
        self.statusBar().showMessage(self.tr("The preview could not be laid out: %1").replace("%1", message))

    def _on_preview_painted(self) -> None:
        result = self.worker.last_result
        if result is not None and self.document.has_bulletin and result.bulletin is self.document.bulletin:
            self.previewPainted.emit()

    def _on_typed_into_preview(self) -> None:
        self.statusBar().showMessage(
            self.tr(
                "The preview shows the printed pages and cannot be edited: write in the editor on the "
                "left (click a paragraph of the preview to go to it)."
            ),
            8000,
        )

    def _on_save_failed(self, message: str) -> None:
        self._update_save_state()
        self.statusBar().showMessage(message, 15000)

    def _on_deleted(self, title: str) -> None:
        self.statusBar().showMessage(
            self.tr("Deleted “%1”. Edit → Undo delete brings it back.").replace("%1", title), 15000
        )
        self._update_actions()

    def _on_page_changed(self, current: int, count: int) -> None:
        if count:
            self.page_label.setText(
                self.tr("Page %1 of %2").replace("%1", str(current)).replace("%2", str(count))
            )
        else:
            self.page_label.setText("")

    def _on_zoom_changed(self, zoom: str) -> None:
        index = self.zoom_combo.findData(zoom)
        if index >= 0:
            self.zoom_combo.setCurrentIndex(index)
        action = self.actions_.zooms.get(zoom)
        if action is not None:
            action.setChecked(True)
        else:
            checked = self.actions_.zoom_group.checkedAction()
            if checked is not None:
                checked.setChecked(False)

    def _on_item_selected(self, ref_id: str) -> None:
        if ref_id:
            # an item just added is not laid out yet: show it when its layout arrives
            self._pending_ref = "" if self.preview.scroll_to_ref(ref_id) else ref_id
        else:
            self.preview.set_highlight("")

    def _on_tab_changed(self, index: int) -> None:
        if index == TAB_SUMMARY:
            self._on_item_selected(self.items.current_id)
        elif index == TAB_PLAN:
            if self.tasks.current_id():
                self._on_item_selected(self.tasks.current_id())
            else:
                self.preview.scroll_to_kind(RefKind.PLAN_TITLE)
        else:
            self.preview.set_highlight("")

    def _on_ref_clicked(self, ref: Ref) -> None:
        """A click in the preview: the editor page of that paragraph, the cursor in it."""
        place = _REF_PLACES.get(ref.kind)
        if place is None or not show_location(self.tabs, Location(place[0], place[1], ident=ref.id or None)):
            self.tabs.setCurrentIndex(TAB_META)

    def closeEvent(self, event: QCloseEvent) -> None:
        self.save_window_state()
        if not self.session.shutdown() and not self.rescue.confirm_close(self):
            event.ignore()
            return
        self.worker.shutdown()
        event.accept()
