"""The history of an issue (留底): every print and export, and what changed, marked as on paper.

Select one snapshot to see what changed between it and the current text; select two to compare them
(older → newer). Inserted text is underlined in red, deleted text struck through in red, each field
under its label (一、正文, 安排二、责任部室 …), unchanged fields left out. “Restore” puts the selected
snapshot's text back into the open bulletin as one edit that Undo takes back.
"""

from __future__ import annotations

import html

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QAbstractItemView,
    QDialog,
    QDialogButtonBox,
    QLabel,
    QPushButton,
    QSplitter,
    QTextBrowser,
    QTreeWidget,
    QTreeWidgetItem,
    QVBoxLayout,
    QWidget,
)

from ...controller.session import Session
from ...domain import Bulletin
from ...domain.compare import FieldDiff, compare
from ...storage.snapshots import Snapshot, SnapshotError, SnapshotInfo, SnapshotStore

MARK = "#c00000"


def diff_html(diffs: list[FieldDiff], no_changes: str) -> str:
    """The comparison as HTML for a QTextBrowser: a label per field, corrections marked in red."""
    if not diffs:
        return f"<p>{html.escape(no_changes)}</p>"
    parts = []
    for diff in diffs:
        spans = []
        for piece in diff.pieces:
            text = html.escape(piece.text).replace("\n", "<br/>")
            if piece.op == "insert":
                spans.append(f'<span style="color:{MARK}; text-decoration: underline;">{text}</span>')
            elif piece.op == "delete":
                spans.append(f'<span style="color:{MARK}; text-decoration: line-through;">{text}</span>')
            else:
                spans.append(text)
        parts.append(f"<p><b>{html.escape(diff.label)}</b>：{''.join(spans)}</p>")
    return "".join(parts)


class HistoryDialog(QDialog):
    def __init__(self, session: Session, bulletin_id: int, title: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("historyDialog")
        self.setWindowTitle(self.tr("History of outputs — %1").replace("%1", title))
        self._session = session
        self._bulletin_id = bulletin_id
        self._store = SnapshotStore(session.db)
        self._cache: dict[int, Snapshot] = {}

        self.list = QTreeWidget(self)
        self.list.setObjectName("historyList")
        self.list.setHeaderLabels(
            [self.tr("No."), self.tr("Time"), self.tr("Output"), self.tr("File or printer")]
        )
        self.list.setRootIsDecorated(False)
        self.list.setSelectionMode(QAbstractItemView.SelectionMode.ExtendedSelection)
        self.list.itemSelectionChanged.connect(self._on_selection)
        self.caption = QLabel(self)
        self.caption.setWordWrap(True)
        self.view = QTextBrowser(self)
        self.view.setObjectName("historyComparison")

        lower = QWidget(self)
        box = QVBoxLayout(lower)
        box.setContentsMargins(0, 0, 0, 0)
        box.addWidget(self.caption)
        box.addWidget(self.view, 1)
        splitter = QSplitter(Qt.Orientation.Vertical, self)
        splitter.addWidget(self.list)
        splitter.addWidget(lower)
        splitter.setSizes([160, 420])

        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close, self)
        self.restore_button = QPushButton(self.tr("Restore this version"), self)
        self.restore_button.setObjectName("restoreSnapshot")
        self.restore_button.setToolTip(
            self.tr("Put the selected snapshot's text back into the bulletin (Edit → Undo takes it back)")
        )
        buttons.addButton(self.restore_button, QDialogButtonBox.ButtonRole.ActionRole)
        buttons.rejected.connect(self.reject)
        self.restore_button.clicked.connect(self.restore_selected)

        layout = QVBoxLayout(self)
        layout.addWidget(splitter, 1)
        layout.addWidget(buttons)
        self.resize(760, 620)
        self.reload()

    # ---- content ------------------------------------------------------------------------------

    def reload(self) -> None:
        self.list.clear()
        try:
            history = self._store.history(self._bulletin_id)
        except SnapshotError as exc:
            history = []
            self.caption.setText(str(exc))
        for info in reversed(history):  # newest first
            item = QTreeWidgetItem(
                [str(info.number), info.at.strftime("%Y-%m-%d %H:%M"), self._kind(info), info.file_name]
            )
            item.setData(0, Qt.ItemDataRole.UserRole, info.number)
            self.list.addTopLevelItem(item)
        for column in range(3):
            self.list.resizeColumnToContents(column)
        newest = self.list.topLevelItem(0)
        if newest is not None:
            self.list.setCurrentItem(newest)
        else:
            self.caption.setText(
                self.tr(
                    "Nothing printed or exported yet: a snapshot is kept at every "
                    "print and every PDF or Word export."
                )
            )
            self.view.clear()
        self._update_buttons()

    def _kind(self, info: SnapshotInfo) -> str:
        return {"print": self.tr("Printed"), "pdf": self.tr("PDF"), "docx": self.tr("Word")}.get(
            info.kind, info.kind
        )

    def selected_numbers(self) -> list[int]:
        return sorted(int(i.data(0, Qt.ItemDataRole.UserRole)) for i in self.list.selectedItems())

    def _snapshot(self, number: int) -> Snapshot:
        snap = self._cache.get(number)
        if snap is None:
            snap = self._store.get(self._bulletin_id, number)
            self._cache[number] = snap
        return snap

    def _is_open(self) -> bool:
        doc = self._session.document
        return doc.has_bulletin and doc.bulletin_id == self._bulletin_id

    def _current(self) -> Bulletin | None:
        if self._is_open():
            return self._session.document.bulletin
        try:
            return self._session.db.get(self._bulletin_id)
        except KeyError:
            return None

    def _on_selection(self) -> None:
        numbers = self.selected_numbers()
        self._update_buttons()
        if not numbers:
            return
        no_changes = self.tr("No differences.")
        try:
            if len(numbers) >= 2:
                old, new = self._snapshot(numbers[0]), self._snapshot(numbers[-1])
                self.caption.setText(
                    self.tr(
                        "Changes from snapshot %1 to snapshot %2 (inserted: underlined, "
                        "deleted: struck through)"
                    )
                    .replace("%1", str(numbers[0]))
                    .replace("%2", str(numbers[-1]))
                )
                self.view.setHtml(diff_html(compare(old.bulletin, new.bulletin), no_changes))
                return
            snap = self._snapshot(numbers[0])
        except SnapshotError as exc:
            self.caption.setText(str(exc))
            self.view.clear()
            return
        current = self._current()
        if current is None:
            self.caption.setText(
                self.tr("The bulletin has been deleted; snapshot %1 is kept.").replace("%1", str(numbers[0]))
            )
            self.view.clear()
            return
        self.caption.setText(
            self.tr(
                "Changes from snapshot %1 (%2) to the current text "
                "(inserted: underlined, deleted: struck through)"
            )
            .replace("%1", str(numbers[0]))
            .replace("%2", self._kind(snap.info))
        )
        self.view.setHtml(diff_html(compare(snap.bulletin, current), no_changes))

    def _update_buttons(self) -> None:
        self.restore_button.setEnabled(
            len(self.selected_numbers()) == 1 and self._is_open() and not self._session.read_only
        )

    # ---- restoring ----------------------------------------------------------------------------

    def restore_selected(self) -> bool:
        numbers = self.selected_numbers()
        if len(numbers) != 1 or not self._is_open() or self._session.read_only:
            return False
        try:
            snap = self._snapshot(numbers[0])
        except SnapshotError as exc:
            self.caption.setText(str(exc))
            return False
        self._session.document.replace_bulletin(
            snap.bulletin, self.tr("Restore snapshot %1").replace("%1", str(numbers[0]))
        )
        self._on_selection()
        return True
