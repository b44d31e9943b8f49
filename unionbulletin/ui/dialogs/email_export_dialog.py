"""The "export for e-mail" dialog: which folder, whether the PDF goes along, the names it will write.

The file names are the conventional ones (荆州市总工会2020年8月份工作综述.docx); the dialog shows them
and says when an existing file will be replaced.
"""

from __future__ import annotations

from pathlib import Path

from PySide6.QtWidgets import (
    QCheckBox,
    QDialog,
    QDialogButtonBox,
    QFileDialog,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from ...domain import Bulletin
from ...domain.file_names import export_file_name
from ...export import ExportKind


class EmailExportDialog(QDialog):
    def __init__(
        self, bulletin: Bulletin, folder: str, with_pdf: bool, parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self.setObjectName("emailExportDialog")
        self.setWindowTitle(self.tr("Export for e-mail"))
        self._bulletin = bulletin
        self.folder_edit = QLineEdit(folder, self)
        self.folder_edit.setObjectName("emailFolder")
        browse = QPushButton(self.tr("Browse…"), self)
        browse.clicked.connect(self._browse)
        row = QHBoxLayout()
        row.addWidget(self.folder_edit, 1)
        row.addWidget(browse)
        self.pdf_check = QCheckBox(self.tr("Also write the PDF"), self)
        self.pdf_check.setObjectName("emailWithPdf")
        self.pdf_check.setChecked(with_pdf)
        self.names = QLabel(self)
        self.names.setObjectName("emailNames")
        self.names.setWordWrap(True)
        form = QFormLayout()
        form.addRow(self.tr("Folder:"), row)
        form.addRow("", self.pdf_check)
        form.addRow(self.tr("Files:"), self.names)
        hint = QLabel(self.tr("The folder opens afterwards, ready to attach the files to an e-mail."), self)
        hint.setWordWrap(True)
        self.buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel, self
        )
        self.buttons.button(QDialogButtonBox.StandardButton.Ok).setText(self.tr("Export"))
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(hint)
        layout.addWidget(self.buttons)
        self.folder_edit.textChanged.connect(self._update)
        self.pdf_check.toggled.connect(self._update)
        self._update()
        self.resize(560, self.sizeHint().height())

    def folder(self) -> Path:
        return Path(self.folder_edit.text().strip()).expanduser()

    def targets(self) -> list[tuple[Path, ExportKind]]:
        kinds: list[ExportKind] = ["docx", "pdf"] if self.pdf_check.isChecked() else ["docx"]
        return [(self.folder() / export_file_name(self._bulletin, kind), kind) for kind in kinds]

    def _browse(self) -> None:
        folder = QFileDialog.getExistingDirectory(
            self, self.tr("Folder for the e-mail files"), str(self.folder())
        )
        if folder:
            self.folder_edit.setText(folder)

    def _update(self) -> None:
        lines = []
        for path, _kind in self.targets():
            note = self.tr(" (replaces the existing file)") if path.exists() else ""
            lines.append(path.name + note)
        ok = self.folder().is_dir()
        if not ok:
            lines.append(self.tr("The folder does not exist."))
        self.names.setText("\n".join(lines))
        self.buttons.button(QDialogButtonBox.StandardButton.Ok).setEnabled(ok)
