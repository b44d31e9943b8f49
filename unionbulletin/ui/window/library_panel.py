"""The bulletin library: a search field and the bulletins grouped by year, newest first.

Selecting a bulletin opens it (the session saves the previous one first). New, duplicate and delete
(with a confirmation; undone with “Undo delete”) act through the session.
"""

from __future__ import annotations

from PySide6.QtCore import QItemSelectionModel, QModelIndex, Qt, QTimer, Signal
from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import (
    QAbstractItemView,
    QHBoxLayout,
    QLineEdit,
    QMessageBox,
    QToolButton,
    QTreeView,
    QVBoxLayout,
    QWidget,
)

from ...controller.library_model import BULLETIN_ID_ROLE, LibraryModel
from ...controller.session import Session


class LibraryPanel(QWidget):
    deleted = Signal(str)  # the deleted bulletin's title, for the status bar

    def __init__(self, session: Session, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._session = session
        self.model = LibraryModel(session.db.search, self, org=session.db.settings().org)

        self.search = QLineEdit(self)
        self.search.setObjectName("librarySearch")
        self.search.setPlaceholderText(self.tr("Search all bulletins…"))
        self.search.setClearButtonEnabled(True)
        self._search_timer = QTimer(self)
        self._search_timer.setSingleShot(True)
        self._search_timer.setInterval(200)
        self._search_timer.timeout.connect(self._apply_search)
        self.search.textChanged.connect(lambda _text: self._search_timer.start())

        self.tree = QTreeView(self)
        self.tree.setObjectName("libraryTree")
        self.tree.setModel(self.model)
        self.tree.setHeaderHidden(True)
        self.tree.setUniformRowHeights(True)
        self.tree.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.tree.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.tree.setTextElideMode(Qt.TextElideMode.ElideRight)
        self.tree.setMinimumWidth(160)
        self.tree.selectionModel().currentChanged.connect(self._on_current_changed)
        self.model.modelReset.connect(self._after_reset)

        self.new_action = QAction(self.tr("New"), self)
        self.new_action.setToolTip(self.tr("Start a new issue (Ctrl+N)"))
        self.new_action.triggered.connect(self._session.new_bulletin)
        self.duplicate_action = QAction(self.tr("Duplicate"), self)
        self.duplicate_action.setToolTip(self.tr("Copy the selected bulletin as a new one"))
        self.duplicate_action.triggered.connect(self.duplicate_selected)
        self.delete_action = QAction(self.tr("Delete…"), self)
        self.delete_action.setToolTip(self.tr("Delete the selected bulletin"))
        self.delete_action.setShortcut(QKeySequence.StandardKey.Delete)
        self.delete_action.setShortcutContext(Qt.ShortcutContext.WidgetShortcut)
        self.delete_action.triggered.connect(self.delete_selected)
        self.tree.addAction(self.delete_action)

        buttons = QHBoxLayout()
        buttons.setSpacing(2)
        for action in (self.new_action, self.duplicate_action, self.delete_action):
            button = QToolButton(self)
            button.setDefaultAction(action)
            buttons.addWidget(button)
        buttons.addStretch(1)

        layout = QVBoxLayout(self)
        layout.setContentsMargins(4, 4, 4, 4)
        layout.addWidget(self.search)
        layout.addWidget(self.tree, 1)
        layout.addLayout(buttons)

        session.libraryChanged.connect(self.model.refresh)
        session.bulletinOpened.connect(self.show_bulletin)
        self.tree.expandAll()
        self._update_actions()

    def _apply_search(self) -> None:
        self.model.set_filter(self.search.text())

    def _after_reset(self) -> None:
        self.tree.expandAll()
        self.show_bulletin(self._session.document.bulletin_id)

    def selected_id(self) -> int | None:
        value = self.tree.currentIndex().data(BULLETIN_ID_ROLE)
        return int(value) if value is not None else None

    def show_bulletin(self, bulletin_id: int | None) -> None:
        """Select the open bulletin in the list without opening anything."""
        index = self.model.index_of(bulletin_id) if bulletin_id is not None else QModelIndex()
        selection = self.tree.selectionModel()
        selection.blockSignals(True)
        try:
            if index.isValid():
                selection.setCurrentIndex(index, QItemSelectionModel.SelectionFlag.ClearAndSelect)
                self.tree.scrollTo(index)
            else:
                selection.clearSelection()
        finally:
            selection.blockSignals(False)
        self.tree.viewport().update()
        self._update_actions()

    def _on_current_changed(self, current: QModelIndex, _previous: QModelIndex) -> None:
        bulletin_id = current.data(BULLETIN_ID_ROLE)
        if bulletin_id is not None:
            self._session.open_bulletin(int(bulletin_id))
        self._update_actions()

    def _update_actions(self) -> None:
        has = self.selected_id() is not None
        writable = not self._session.read_only
        self.new_action.setEnabled(writable)
        self.duplicate_action.setEnabled(has and writable)
        self.delete_action.setEnabled(has and writable)

    def duplicate_selected(self) -> None:
        bulletin_id = self.selected_id()
        if bulletin_id is not None:
            self._session.duplicate_bulletin(bulletin_id)

    def delete_selected(self) -> None:
        bulletin_id = self.selected_id()
        if bulletin_id is None:
            return
        title = str(self.tree.currentIndex().data())
        answer = QMessageBox.question(
            self,
            self.tr("Delete bulletin"),
            self.tr("Delete “%1”?\n\nYou can bring it back with Edit → Undo delete.").replace("%1", title),
            QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.Cancel,
            QMessageBox.StandardButton.Cancel,
        )
        if answer == QMessageBox.StandardButton.Yes and self._session.delete_bulletin(bulletin_id):
            self.deleted.emit(title)
