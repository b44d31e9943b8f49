"""Before returned 征集表 are merged: every file chosen, and what it will change (or why it is refused).
Nothing is saved until the user presses Merge."""

from __future__ import annotations

from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QLabel,
    QTreeWidget,
    QTreeWidgetItem,
    QVBoxLayout,
    QWidget,
)

from ...collect import Collected


class CollectDialog(QDialog):
    def __init__(self, collected: Collected, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("collectDialog")
        self.setWindowTitle(self.tr("Merge returned forms"))
        self.tree = QTreeWidget(self)
        self.tree.setHeaderHidden(True)
        self.tree.setObjectName("collectChanges")
        for outcome in collected.files:
            if outcome.error:
                head = QTreeWidgetItem([self.tr("✗ %1 — not merged").replace("%1", outcome.path.name)])
                QTreeWidgetItem(head, [outcome.error])
            else:
                title = self.tr("✓ %1 (%2)").replace("%1", outcome.path.name)
                head = QTreeWidgetItem([title.replace("%2", outcome.department)])
                for change in outcome.changes or (self.tr("Nothing new in this form."),):
                    QTreeWidgetItem(head, [change])
            self.tree.addTopLevelItem(head)
            head.setExpanded(True)
        if collected.changed:
            text = self.tr(
                "These changes will be made to the open issue and to the task statuses of last "
                "month's issue. They can be undone in one step (Ctrl+Z)."
            )
        else:
            text = self.tr("Nothing will change.")
        self.summary = QLabel(text, self)
        self.summary.setWordWrap(True)
        self.buttons = QDialogButtonBox(self)
        self.merge_button = self.buttons.addButton(self.tr("&Merge"), QDialogButtonBox.ButtonRole.AcceptRole)
        self.buttons.addButton(QDialogButtonBox.StandardButton.Cancel)
        self.merge_button.setEnabled(collected.changed)
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(self.tree, 1)
        layout.addWidget(self.summary)
        layout.addWidget(self.buttons)
        self.resize(760, 460)
