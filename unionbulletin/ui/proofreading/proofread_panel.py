"""The 校对 panel: the findings of the open bulletin, a click to jump to the place, fixes (undoable),
"ignore for this bulletin", and a count in the status bar.

`install_proofreading(...)` puts the panel under the preview (in the window's preview column, so
the editors keep their height), adds a Proofreading menu (F7 opens and folds the list) and the
status-bar count; it is the only hook in the window. A click on a finding asks the editor pages
(`holds`/`focus_location`, editors.location) to show the place; the panel reaches into
no editor's widgets. Folded, the panel is one bar with the counts
and the buttons. The findings themselves are computed by `controller.proofread.Proofreader`.
"""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, Qt, Signal
from PySide6.QtGui import QAction, QBrush, QColor, QKeySequence
from PySide6.QtWidgets import (
    QHeaderView,
    QLabel,
    QMainWindow,
    QPushButton,
    QSizePolicy,
    QSplitter,
    QTabWidget,
    QToolBar,
    QToolButton,
    QTreeWidget,
    QTreeWidgetItem,
    QVBoxLayout,
    QWidget,
)

from ...checks.finding import FIELD_LABELS, SEVERITY_LABELS, Finding
from ...controller.proofread import Proofreader, font_hint_group
from ...controller.render_setup import RenderSetup
from ...controller.session import Session
from ..editors.location import show_location

translate = QCoreApplication.translate

SEVERITY_COLOURS = {"error": "#b00020", "warning": "#a05a00", "hint": "#555555"}
_FINDING_ROLE = Qt.ItemDataRole.UserRole
_GROUP_ROLE = Qt.ItemDataRole.UserRole + 1
PANEL_HEIGHT = 170  # the unfolded panel's first height under the preview: bar and six findings


def count_text(counts: dict[str, int]) -> str:
    """错误 1 · 警告 2 · 提示 3, or 未发现问题; rich text with the severity colours."""
    parts = [
        f'<span style="color:{SEVERITY_COLOURS[s]}">{SEVERITY_LABELS[s]} {counts[s]}</span>'
        for s in ("error", "warning", "hint")
        if counts.get(s)
    ]
    if not parts:
        return translate("ProofreadPanel", "No problems found")
    return " · ".join(parts)


class ProofreadPanel(QWidget):
    jumpRequested = Signal(object)  # Finding
    expandedChanged = Signal(bool)

    def __init__(self, proofreader: Proofreader, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("proofreadPanel")
        self.proofreader = proofreader
        self._findings: list[Finding] = []
        self._expanded = True
        self.toggle_action: QAction | None = None  # F7, set by install_proofreading
        self.fix_all_action: QAction | None = None  # the Proofread menu's entry, set by install_proofreading

        self.tree = QTreeWidget(self)
        self.tree.setObjectName("findingList")
        self.tree.setRootIsDecorated(False)
        self.tree.setUniformRowHeights(True)
        self.tree.setAlternatingRowColors(True)
        self.tree.setHeaderLabels([self.tr("Level"), self.tr("Place"), self.tr("Problem")])
        header = self.tree.header()
        header.setSectionResizeMode(0, QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(1, QHeaderView.ResizeMode.ResizeToContents)
        header.setStretchLastSection(True)
        self.tree.itemClicked.connect(lambda item, _col: self._jump(item))
        self.tree.itemActivated.connect(lambda item, _col: self._jump(item))
        self.tree.currentItemChanged.connect(lambda _cur, _prev: self._update_buttons())

        self.fold_button = QToolButton(self)
        self.fold_button.setObjectName("proofreadFold")
        self.fold_button.setToolButtonStyle(Qt.ToolButtonStyle.ToolButtonTextBesideIcon)
        self.fold_button.setAutoRaise(True)
        self.fold_button.setText(self.tr("Proofreading"))
        self.fold_button.clicked.connect(lambda: self.set_expanded(not self._expanded))
        self.summary = QLabel(self)
        self.summary.setObjectName("findingCounts")
        self.summary.setTextFormat(Qt.TextFormat.RichText)
        self.fix_button = QPushButton(self.tr("&Fix"), self)
        self.fix_button.setToolTip(self.tr("Apply the suggested correction (undoable)"))
        self.fix_button.clicked.connect(self.fix_current)
        self.fix_all_button = QPushButton(self.tr("Fix &all"), self)
        self.fix_all_button.setToolTip(self.tr("Apply every suggested correction as one undoable step"))
        self.fix_all_button.clicked.connect(self.proofreader.fix_all)
        self.ignore_button = QPushButton(self.tr("&Ignore"), self)
        self.ignore_button.setToolTip(self.tr("Do not report this problem again for this issue"))
        self.ignore_button.clicked.connect(self.ignore_current)
        self.restore_button = QPushButton(self.tr("Show ignored"), self)
        self.restore_button.clicked.connect(self.proofreader.restore_ignored)
        self.recheck_button = QPushButton(self.tr("Check &again"), self)
        self.recheck_button.clicked.connect(self.proofreader.recheck)

        # a tool bar, so that in a narrow column the last buttons move into its » menu
        buttons = QToolBar(self)
        buttons.setObjectName("proofreadBar")
        buttons.setStyleSheet(
            "QToolBar { border: none; spacing: 2px; padding: 0px; } QPushButton { padding: 3px 8px; }"
        )
        buttons.addWidget(self.fold_button)
        buttons.addWidget(self.summary)
        self.summary.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Preferred)
        for button in (
            self.fix_button,
            self.fix_all_button,
            self.ignore_button,
            self.restore_button,
            self.recheck_button,
        ):
            buttons.addWidget(button)
        self._bar = buttons
        layout = QVBoxLayout(self)
        layout.setContentsMargins(4, 2, 4, 4)
        layout.addWidget(buttons)
        layout.addWidget(self.tree, 1)

        proofreader.findingsChanged.connect(self.refresh)
        self.refresh()
        self.set_expanded(True)

    # ------------------------------------------------------------------ folding

    @property
    def expanded(self) -> bool:
        return self._expanded

    def set_expanded(self, expanded: bool) -> None:
        """Show the list of findings, or fold the panel to its bar (counts and buttons)."""
        self._expanded = expanded
        self.tree.setVisible(expanded)
        arrow = Qt.ArrowType.DownArrow if expanded else Qt.ArrowType.RightArrow
        self.fold_button.setArrowType(arrow)
        self.fold_button.setToolTip(
            self.tr("Fold the list (F7)") if expanded else self.tr("Show the list (F7)")
        )
        if expanded:
            self.setMaximumHeight(16_777_215)
        else:
            margins = self.contentsMargins().top() + 6  # the layout's margins above and below
            self.setMaximumHeight(self._bar.sizeHint().height() + margins)
        self.expandedChanged.emit(expanded)

    # ------------------------------------------------------------------ list

    def refresh(self) -> None:
        """Show the proofreader's findings, keeping the selected one selected if it is still there.

        The stand-in-font hints (one per role on a machine without the official faces) become one
        line that opens to show them."""
        current = self.current_finding()
        self._findings = self.proofreader.findings
        grouped = {f.key for f in font_hint_group(self._findings)}
        self.tree.clear()
        self.tree.setRootIsDecorated(bool(grouped))
        keep: QTreeWidgetItem | None = None
        group: QTreeWidgetItem | None = None
        for index, f in enumerate(self._findings):
            item = self._item(index, f)
            if f.key in grouped:
                if group is None:
                    group = self._group_item(len(grouped))
                    self.tree.addTopLevelItem(group)
                group.addChild(item)
            else:
                self.tree.addTopLevelItem(item)
            if current is not None and f.key == current.key:
                keep = item
        if keep is not None:
            self.tree.setCurrentItem(keep)
        self.summary.setText(count_text(self.proofreader.counts()))
        self._update_buttons()

    def _item(self, index: int, f: Finding) -> QTreeWidgetItem:
        item = QTreeWidgetItem([SEVERITY_LABELS[f.severity], f.location.describe(), f.message])
        item.setData(0, _FINDING_ROLE, index)
        item.setForeground(0, QBrush(QColor(SEVERITY_COLOURS[f.severity])))
        tip = f.message + ("\n" + self.tr("Fix: %1").replace("%1", f.fix.label) if f.fix else "")
        item.setToolTip(2, tip)
        return item

    def _group_item(self, count: int) -> QTreeWidgetItem:
        text = self.tr(
            "%n font role(s) use a stand-in for the official face: the pages keep their layout, the "
            "printed faces differ (Settings → Fonts)",
            "",
            count,
        )
        item = QTreeWidgetItem([SEVERITY_LABELS["hint"], FIELD_LABELS["font"], text])
        item.setData(0, _GROUP_ROLE, True)
        item.setForeground(0, QBrush(QColor(SEVERITY_COLOURS["hint"])))
        item.setToolTip(2, text)
        return item

    def current_finding(self) -> Finding | None:
        item = self.tree.currentItem()
        return self._finding_of(item) if item is not None else None

    def _finding_of(self, item: QTreeWidgetItem) -> Finding | None:
        first = item.child(0) if item.data(0, _GROUP_ROLE) else None
        if first is not None:
            return self._finding_of(first)  # the group stands for its first hint
        index = item.data(0, _FINDING_ROLE)
        if isinstance(index, int) and 0 <= index < len(self._findings):
            return self._findings[index]
        return None

    def _findings_of(self, item: QTreeWidgetItem) -> list[Finding]:
        """The finding of a line, or every finding of a group line."""
        if item.data(0, _GROUP_ROLE):
            children = (item.child(i) for i in range(item.childCount()))
            found = (self._finding_of(child) for child in children if child is not None)
            return [f for f in found if f is not None]
        finding = self._finding_of(item)
        return [finding] if finding is not None else []

    def _update_buttons(self) -> None:
        current = self.current_finding()
        writable = not self.proofreader.read_only
        self.fix_button.setEnabled(writable and current is not None and current.fix is not None)
        self.ignore_button.setEnabled(current is not None)
        self.fix_all_button.setEnabled(writable and any(f.fix is not None for f in self._findings))

    def _jump(self, item: QTreeWidgetItem) -> None:
        finding = self._finding_of(item)
        if finding is not None:
            self.jumpRequested.emit(finding)

    # ------------------------------------------------------------------ actions

    def fix_current(self) -> None:
        current = self.current_finding()
        if current is not None:
            self.proofreader.fix(current)

    def ignore_current(self) -> None:
        """Ignore the selected finding (on a group line: every hint of the group)."""
        item = self.tree.currentItem()
        for finding in self._findings_of(item) if item is not None else []:
            self.proofreader.ignore(finding)


# ---------------------------------------------------------------------- jumping to the place


def jump_to(tabs: QTabWidget, finding: Finding) -> bool:
    """Show the editor page that holds the finding's place and select the offending text there;
    False when no editor holds it (a font finding: the caller says where to look)."""
    return show_location(tabs, finding.location)


# ---------------------------------------------------------------------- the hook


def install_proofreading(
    window: QMainWindow, column: QSplitter, tabs: QTabWidget, session: Session, render: RenderSetup
) -> ProofreadPanel:
    """Put the 校对 panel under the preview in `column`; add its menu and the status-bar count; a
    click on a finding shows its place in the editor page of `tabs` that holds it."""
    proofreader = Proofreader(session, render=render, parent=window)
    panel = ProofreadPanel(proofreader, window)
    column.addWidget(panel)
    column.setStretchFactor(0, 1)
    column.setStretchFactor(1, 0)
    column.setSizes([10_000, PANEL_HEIGHT])
    unfolded = {"height": PANEL_HEIGHT}

    def give_room(expanded: bool) -> None:
        """Folded, the preview takes the list's room; unfolded, the list gets its height back."""
        sizes = column.sizes()
        if len(sizes) != 2 or not sum(sizes):
            return
        if expanded:
            height = unfolded["height"]
        else:
            if sizes[1] > panel.maximumHeight():
                unfolded["height"] = sizes[1]
            height = panel.maximumHeight()
        column.setSizes([sum(sizes) - height, height])

    panel.expandedChanged.connect(give_room)

    count = QLabel(window)
    count.setObjectName("proofreadCount")
    count.setTextFormat(Qt.TextFormat.RichText)
    count.setToolTip(translate("ProofreadPanel", "Proofreading (F7 shows the list)"))
    window.statusBar().addPermanentWidget(count)

    def update_count() -> None:
        count.setText(translate("ProofreadPanel", "Proofreading: ") + count_text(proofreader.counts()))

    proofreader.findingsChanged.connect(update_count)
    update_count()

    toggle = QAction(translate("ProofreadPanel", "&Proofreading panel"), window)
    toggle.setObjectName("proofreadToggle")
    toggle.setCheckable(True)
    toggle.setChecked(panel.expanded)
    toggle.setShortcut(QKeySequence("F7"))
    toggle.toggled.connect(panel.set_expanded)
    panel.expandedChanged.connect(toggle.setChecked)
    panel.toggle_action = toggle
    recheck = QAction(translate("ProofreadPanel", "Check &again"), window)
    recheck.setShortcut(QKeySequence("Shift+F7"))
    recheck.triggered.connect(proofreader.recheck)
    fix_all = QAction(translate("ProofreadPanel", "Fix &all"), window)
    fix_all.triggered.connect(proofreader.fix_all)
    panel.fix_all_action = fix_all
    menu = window.menuBar().addMenu(translate("ProofreadPanel", "&Proofread"))
    menu.addAction(toggle)
    menu.addAction(recheck)
    menu.addAction(fix_all)

    def jump(finding: Finding) -> None:
        if not jump_to(tabs, finding):
            message = translate("ProofreadPanel", "The command `unionbulletin fonts` lists the fonts used.")
            window.statusBar().showMessage(message, 8000)

    panel.jumpRequested.connect(jump)
    proofreader.message.connect(lambda text: window.statusBar().showMessage(text, 8000))
    return panel
