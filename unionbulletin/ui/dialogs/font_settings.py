"""Fonts in the settings dialog: per role the file it resolves to, a warning when the official face is
missing, a file chooser to configure a role's file; and the font names written into the DOCX.

The table is recomputed with a fresh FontResolver over the configured files whenever a file is
chosen or reset (font cmaps are cached per file, so this is quick after the first time). Configured
files that cannot be used (CFF outlines, no embedding permission, missing) are listed with the reason.
"""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtGui import QColor
from PySide6.QtWidgets import (
    QButtonGroup,
    QFileDialog,
    QGroupBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QPushButton,
    QRadioButton,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from ...domain import FontNames
from ...layout.fonts import FontResolver, RoleReport, configured_from_settings
from ...layout.style import DOCX_FONT_NAMES, ROLE_LABELS, FontRole

COL_ROLE, COL_WANTED, COL_FILE, COL_NOTE, COL_CHOOSE, COL_RESET = range(6)
WARNING_COLOUR = QColor(0xA0, 0x5A, 0x00)

AskFontFile = Callable[[QWidget, str, str], str]


def ask_font_file(parent: QWidget, title: str, folder: str) -> str:
    file_filter = QCoreApplication.translate(
        "FontSettings", "Font files (*.ttf *.ttc *.otf *.otc);;All files (*)"
    )
    path, _selected = QFileDialog.getOpenFileName(parent, title, folder, file_filter)
    return path


class FontSettings(QWidget):
    def __init__(
        self,
        font_files: tuple[tuple[str, str], ...],
        docx_names: FontNames,
        parent: QWidget | None = None,
        *,
        resolver_factory: Callable[[dict[FontRole, str]], FontResolver] = FontResolver,
        folder: str = "",
    ) -> None:
        super().__init__(parent)
        self.setObjectName("fontSettings")
        self._files: dict[str, str] = {role: path for role, path in font_files if path.strip()}
        self._factory = resolver_factory
        self.folder = folder
        self.ask_font_file: AskFontFile = ask_font_file
        self.reports: list[RoleReport] = []

        self.table = QTableWidget(len(FontRole), 6, self)
        self.table.setObjectName("fontTable")
        self.table.setHorizontalHeaderLabels(
            [self.tr("Role"), self.tr("Official face"), self.tr("File used"), self.tr("Note"), "", ""]
        )
        self.table.verticalHeader().setVisible(False)
        self.table.setEditTriggers(QTableWidget.EditTrigger.NoEditTriggers)
        header = self.table.horizontalHeader()
        for col in (COL_ROLE, COL_WANTED, COL_CHOOSE, COL_RESET):
            header.setSectionResizeMode(col, QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(COL_FILE, QHeaderView.ResizeMode.Stretch)
        header.setSectionResizeMode(COL_NOTE, QHeaderView.ResizeMode.Stretch)
        self.choose_buttons: dict[FontRole, QPushButton] = {}
        self.reset_buttons: dict[FontRole, QPushButton] = {}
        for row, role in enumerate(FontRole):
            choose = QPushButton(self.tr("Choose file…"), self.table)
            choose.clicked.connect(lambda _checked=False, r=role: self.choose(r))
            reset = QPushButton(self.tr("Default"), self.table)
            reset.setToolTip(self.tr("Use the official face if installed, else the bundled font"))
            reset.clicked.connect(lambda _checked=False, r=role: self.set_file(r, ""))
            self.table.setCellWidget(row, COL_CHOOSE, choose)
            self.table.setCellWidget(row, COL_RESET, reset)
            self.choose_buttons[role] = choose
            self.reset_buttons[role] = reset

        self.summary = QLabel(self)
        self.summary.setObjectName("fontSummary")
        self.summary.setWordWrap(True)

        names_box = QGroupBox(self.tr("Font names written into the DOCX"), self)
        self.names_group = QButtonGroup(self)
        self.gb2312_radio = QRadioButton(self._names_label("gb2312", self.tr("GB2312 names")), names_box)
        self.windows_radio = QRadioButton(
            self._names_label("windows", self.tr("Windows built-in names")), names_box
        )
        self.names_group.addButton(self.gb2312_radio)
        self.names_group.addButton(self.windows_radio)
        (self.windows_radio if docx_names == FontNames.WINDOWS else self.gb2312_radio).setChecked(True)
        names_layout = QVBoxLayout(names_box)
        names_layout.addWidget(self.gb2312_radio)
        names_layout.addWidget(self.windows_radio)
        names_hint = QLabel(
            self.tr(
                "Word or WPS on the receiving computer shows the document in these faces if it has them."
            ),
            names_box,
        )
        names_hint.setWordWrap(True)
        names_layout.addWidget(names_hint)

        layout = QVBoxLayout(self)
        layout.addWidget(self.table, 1)
        layout.addWidget(self.summary)
        names_row = QHBoxLayout()
        names_row.addWidget(names_box)
        layout.addLayout(names_row)
        self.refresh()

    def _names_label(self, key: str, title: str) -> str:
        names = DOCX_FONT_NAMES[key]
        return f"{title}: " + self.tr(", ").join(names[role] for role in FontRole)

    # ------------------------------------------------------------------ values

    def font_files(self) -> tuple[tuple[str, str], ...]:
        return tuple(
            (role.value, self._files[role.value]) for role in FontRole if self._files.get(role.value)
        )

    def docx_font_names(self) -> FontNames:
        return FontNames.WINDOWS if self.windows_radio.isChecked() else FontNames.GB2312

    def set_file(self, role: FontRole, path: str) -> None:
        if path:
            self._files[role.value] = path
        else:
            self._files.pop(role.value, None)
        self.refresh()

    def choose(self, role: FontRole) -> None:
        current = self._files.get(role.value, "")
        folder = str(Path(current).parent) if current else self.folder
        chosen = self.ask_font_file(
            self, self.tr("Font file for %1").replace("%1", ROLE_LABELS[role]), folder
        )
        if chosen:
            self.folder = str(Path(chosen).parent)
            self.set_file(role, chosen)

    # ------------------------------------------------------------------ display

    def refresh(self) -> None:
        self.setCursor(Qt.CursorShape.WaitCursor)
        try:
            resolver = self._factory(configured_from_settings(self.font_files()))
            self.reports = resolver.report()
        finally:
            self.unsetCursor()
        warnings = 0
        for row, report in enumerate(self.reports):
            configured = self._files.get(report.role.value, "")
            notes = []
            if report.warning:
                notes.append("⚠ " + report.warning)
                warnings += 1
            if configured and report.face.source != "configured":
                notes.append(
                    self.tr("The chosen file %1 cannot be used.").replace("%1", Path(configured).name)
                )
            notes.extend(skip.reason for skip in report.skipped if skip.path == Path(configured))
            face = f" #{report.face.subfont_index}" if report.face.subfont_index else ""
            cells = {  # (shown, tooltip): the file's name, its full path on hover
                COL_ROLE: (report.label, report.label),
                COL_WANTED: (report.wanted, report.wanted),
                COL_FILE: (report.face.path.name + face, str(report.face.path) + face),
                COL_NOTE: ("\n".join(notes),) * 2 if notes else (self.tr("Official face"),) * 2,
            }
            for col, (text, tip) in cells.items():
                item = QTableWidgetItem(text)
                item.setToolTip(tip)
                if col == COL_NOTE and notes:
                    item.setForeground(WARNING_COLOUR)
                self.table.setItem(row, col, item)
            self.reset_buttons[report.role].setEnabled(bool(configured))
        self.table.resizeRowsToContents()
        if warnings:
            self.summary.setText(
                self.tr(
                    "%1 of %2 roles use a stand-in for the official face: the pages keep their layout, "
                    "but the printed faces differ from the official ones."
                )
                .replace("%1", str(warnings))
                .replace("%2", str(len(self.reports)))
            )
        else:
            self.summary.setText(self.tr("Every role uses its official face."))
