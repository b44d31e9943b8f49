"""The About box: version, the data file in use and the fonts each role uses on this machine."""

from __future__ import annotations

import html
import platform
from pathlib import Path

from PySide6 import __version__ as pyside_version
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QDialog, QDialogButtonBox, QLabel, QVBoxLayout, QWidget

from ... import __version__
from ...layout.fonts import RoleReport


class AboutDialog(QDialog):
    def __init__(
        self, data_file: Path, fonts: list[RoleReport], read_only: bool, parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self.setObjectName("aboutDialog")
        self.setWindowTitle(self.tr("About Union bulletin"))
        rows = "".join(
            "<tr><td>{label}</td><td>{family}</td><td><small>{path}</small></td><td>{note}</td></tr>".format(
                label=html.escape(r.label),
                family=html.escape(r.face.family),
                path=html.escape(str(r.face.path)),
                note=html.escape("⚠ " + r.warning) if r.warning else self.tr("official"),
            )
            for r in fonts
        )
        mode = self.tr(" (read-only)") if read_only else ""
        name = html.escape(self.tr("Union bulletin"))
        purpose = html.escape(self.tr("Monthly work bulletins in the official layout (GB/T 9704)."))
        data_label = html.escape(self.tr("Data file:"))
        fonts_label = html.escape(self.tr("Fonts in use:"))
        text = (
            f"<h3>{name} {html.escape(__version__)}</h3><p>{purpose}</p>"
            f"<p><b>{data_label}</b> {html.escape(str(data_file))}{html.escape(mode)}</p>"
            f"<p><b>{fonts_label}</b></p><table cellspacing='6'>{rows}</table>"
            f"<p><small>Python {html.escape(platform.python_version())}, "
            f"PySide6 {html.escape(pyside_version)}</small></p>"
        )
        self.label = QLabel(text, self)
        self.label.setObjectName("aboutText")
        self.label.setTextFormat(Qt.TextFormat.RichText)
        self.label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.label.setWordWrap(True)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close, self)
        buttons.rejected.connect(self.reject)
        buttons.accepted.connect(self.accept)
        layout = QVBoxLayout(self)
        layout.addWidget(self.label)
        layout.addWidget(buttons)
        self.resize(720, self.sizeHint().height())
