"""The settings dialog: organisation defaults, fonts, layout options, address book, interface language.

Organisation settings and the address book are read from and saved to the data file (through
`controller.file_menu_steps.save_org_settings`), never QSettings; the interface language is a user
preference (QSettings) and applies at the next start. Nothing is written until OK; Cancel leaves
everything as it was.
"""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtWidgets import (
    QButtonGroup,
    QCheckBox,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QGroupBox,
    QLabel,
    QLineEdit,
    QRadioButton,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from ...domain import AddressBook, Distribution, OrgSettings, PlanLayout
from ...domain.conventions import joined, split_names
from ...domain.issue_format import issue_format_example, issue_format_problem
from ...layout.fonts import FontResolver
from ...layout.style import FontRole
from .address_book_editor import AddressBookEditor
from .font_settings import FontSettings

LANGUAGE_NAMES = {"zh_CN": "简体中文", "en": "English"}


class SettingsDialog(QDialog):
    def __init__(
        self,
        settings: OrgSettings,
        book: AddressBook,
        language: str,
        parent: QWidget | None = None,
        *,
        resolver_factory: Callable[[dict[FontRole, str]], FontResolver] = FontResolver,
        font_folder: str = "",
        read_only: bool = False,
    ) -> None:
        super().__init__(parent)
        self.setObjectName("settingsDialog")
        self.setWindowTitle(self.tr("Settings"))
        self._original = settings
        self._read_only = read_only
        self.tabs = QTabWidget(self)
        self.tabs.addTab(self._org_page(settings), self.tr("Organisation"))
        self.fonts = FontSettings(
            settings.font_files,
            settings.docx_font_names,
            self,
            resolver_factory=resolver_factory,
            folder=font_folder,
        )
        self.tabs.addTab(self.fonts, self.tr("Fonts"))
        self.tabs.addTab(self._layout_page(settings, language), self.tr("Layout && interface"))
        self.address_book = AddressBookEditor(book, self)
        self.tabs.addTab(self.address_book, self.tr("Address book"))

        self.buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel, self
        )
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)
        self.read_only_label = QLabel(
            self.tr("The data file is open read-only: settings cannot be saved."), self
        )
        self.read_only_label.setVisible(read_only)
        self.buttons.button(QDialogButtonBox.StandardButton.Ok).setEnabled(not read_only)
        layout = QVBoxLayout(self)
        layout.addWidget(self.tabs, 1)
        layout.addWidget(self.read_only_label)
        layout.addWidget(self.buttons)
        self.resize(900, 620)

    # ------------------------------------------------------------------ pages

    def _org_page(self, s: OrgSettings) -> QWidget:
        page = QWidget(self)
        form = QFormLayout(page)
        self.org_edit = QLineEdit(s.org, page)
        self.org_edit.setObjectName("orgEdit")
        self.series_edit = QLineEdit(s.series, page)
        self.series_edit.setObjectName("seriesEdit")
        self.issue_format_edit = QLineEdit(s.issue_format, page)
        self.issue_format_edit.setObjectName("issueFormatEdit")
        self.issue_example = QLabel(page)
        self.issue_example.setObjectName("issueFormatExample")
        self.issue_format_edit.textChanged.connect(self._update_example)
        self.editor_edit = QLineEdit(s.editor, page)
        self.editor_edit.setObjectName("editorEdit")
        self.phone_edit = QLineEdit(s.phone, page)
        self.phone_edit.setObjectName("phoneEdit")
        self.report_edit = QLineEdit(joined(s.distribution.report_to), page)
        self.report_edit.setObjectName("reportToEdit")
        self.copy_edit = QLineEdit(joined(s.distribution.copy_to), page)
        self.copy_edit.setObjectName("copyToEdit")
        self.send_edit = QLineEdit(joined(s.distribution.send_to), page)
        self.send_edit.setObjectName("sendToEdit")
        form.addRow(self.tr("Issuing organisation:"), self.org_edit)
        form.addRow(self.tr("Series name (masthead):"), self.series_edit)
        form.addRow(self.tr("Issue number format:"), self.issue_format_edit)
        form.addRow("", self.issue_example)
        form.addRow(self.tr("Editor:"), self.editor_edit)
        form.addRow(self.tr("Phone:"), self.phone_edit)
        hint = QLabel(self.tr("Defaults of a new issue (several names separated by 、):"), page)
        form.addRow(hint)
        form.addRow(self.tr("Report to (报):"), self.report_edit)
        form.addRow(self.tr("Copy to (送):"), self.copy_edit)
        form.addRow(self.tr("Send to (发):"), self.send_edit)
        self._update_example()
        return page

    def _layout_page(self, s: OrgSettings, language: str) -> QWidget:
        page = QWidget(self)
        layout = QVBoxLayout(page)
        plan_box = QGroupBox(self.tr("Plan section"), page)
        self.plan_group = QButtonGroup(self)
        self.blocks_radio = QRadioButton(self.tr("Task blocks (as in the samples)"), plan_box)
        self.table_radio = QRadioButton(self.tr("Bordered table"), plan_box)
        self.plan_group.addButton(self.blocks_radio)
        self.plan_group.addButton(self.table_radio)
        (self.table_radio if s.plan_layout == PlanLayout.TABLE else self.blocks_radio).setChecked(True)
        plan_layout = QVBoxLayout(plan_box)
        plan_layout.addWidget(self.blocks_radio)
        plan_layout.addWidget(self.table_radio)
        self.hanging_check = QCheckBox(
            self.tr(
                "Hanging punctuation (a closing mark may stand in the margin instead of pulling a "
                "character down)"
            ),
            page,
        )
        self.hanging_check.setObjectName("hangingCheck")
        self.hanging_check.setChecked(s.hanging_punctuation)
        lang_box = QGroupBox(self.tr("Interface language"), page)
        self.language_combo = QComboBox(lang_box)
        self.language_combo.setObjectName("languageCombo")
        for code, name in LANGUAGE_NAMES.items():
            self.language_combo.addItem(name, code)
        self.language_combo.setCurrentIndex(max(self.language_combo.findData(language), 0))
        lang_layout = QVBoxLayout(lang_box)
        lang_layout.addWidget(self.language_combo)
        lang_layout.addWidget(QLabel(self.tr("Applies the next time the program starts."), lang_box))
        layout.addWidget(plan_box)
        layout.addWidget(self.hanging_check)
        layout.addWidget(lang_box)
        layout.addStretch(1)
        return page

    def _update_example(self) -> None:
        example = issue_format_example(self.issue_format_edit.text())
        ok = example is not None
        if example is not None:
            self.issue_example.setText(
                self.tr("Example: %1   ({n} number, {year} year, {total} running total)").replace(
                    "%1", example
                )
            )
            self.issue_example.setStyleSheet("")
        else:
            self.issue_example.setText(issue_format_problem(self.issue_format_edit.text()) or "")
            self.issue_example.setStyleSheet("color: #b00020;")
        if hasattr(self, "buttons"):
            self.buttons.button(QDialogButtonBox.StandardButton.Ok).setEnabled(ok and not self._read_only)

    # ------------------------------------------------------------------ results

    def org_settings(self) -> OrgSettings:
        return OrgSettings(
            org=self.org_edit.text().strip() or self._original.org,
            series=self.series_edit.text().strip() or self._original.series,
            issue_format=self.issue_format_edit.text().strip() or "第{n}期",
            editor=self.editor_edit.text().strip(),
            phone=self.phone_edit.text().strip(),
            distribution=Distribution(
                split_names(self.report_edit.text()),
                split_names(self.copy_edit.text()),
                split_names(self.send_edit.text()),
            ),
            plan_layout=PlanLayout.TABLE if self.table_radio.isChecked() else PlanLayout.BLOCKS,
            hanging_punctuation=self.hanging_check.isChecked(),
            docx_font_names=self.fonts.docx_font_names(),
            font_files=self.fonts.font_files(),
        )

    def address_book_value(self) -> AddressBook:
        return self.address_book.address_book()

    def language(self) -> str:
        return str(self.language_combo.currentData())
