"""The masthead and distribution form: series, issuer, issue number, date, reported month, 报/送/发,
editor, phone, copies.

Each field writes to the document as the user types (merged undo steps); document changes made
elsewhere (undo, restore) are shown without echoing back. 报/送/发 take several recipients separated
by 、, with completion from the address book's recipient groups and a menu that inserts a whole group.
"""

from __future__ import annotations

import datetime as _dt
from collections.abc import Callable

from PySide6.QtCore import QSignalBlocker
from PySide6.QtGui import QAction
from PySide6.QtWidgets import (
    QComboBox,
    QFormLayout,
    QHBoxLayout,
    QMenu,
    QScrollArea,
    QSpinBox,
    QToolButton,
    QWidget,
)

from ...checks.finding import Location
from ...controller.changes import Change, ChangeKind
from ...controller.session import Session
from ...domain import Period, RecipientGroup
from ...domain.conventions import joined, month_name, split_names
from .date_field import DateField
from .names import NamesCompleter
from .selection import select_range
from .text_fields import NAMES_FIELD, LineField, route_undo

DISTRIBUTION_FIELDS = ("report_to", "copy_to", "send_to")


class MetadataForm(QScrollArea):
    def __init__(self, session: Session, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._session = session
        self._doc = session.document
        self._read_only = False
        self._group_buttons: list[QToolButton] = []
        self.setWidgetResizable(True)
        self.setFrameShape(QScrollArea.Shape.NoFrame)
        inner = QWidget(self)
        form = QFormLayout(inner)
        form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.AllNonFixedFieldsGrow)
        form.setRowWrapPolicy(QFormLayout.RowWrapPolicy.DontWrapRows)

        self.series = self._line("series", self.tr("e.g. 工会要情摘报"))
        self.org = self._line("org", self.tr("e.g. 荆州市总工会"))
        form.addRow(self.tr("Series name"), self.series)
        form.addRow(self.tr("Issuing organisation"), self.org)

        # 第N期 / 总第M期 is the document's own wording (as 一、 is), not interface text.
        self.issue = self._spin("issue_number", 0, 999, self.tr("no number"))
        self.issue.setPrefix("第 ")
        self.issue.setSuffix(" 期")
        self.total = self._spin("total_number", 0, 99999, self.tr("no running number"))
        self.total.setPrefix("总第 ")
        self.total.setSuffix(" 期")
        self.total.setToolTip(self.tr("Running number since the first issue (optional)"))
        issue_row = QHBoxLayout()
        issue_row.addWidget(self.issue)
        issue_row.addWidget(self.total)
        issue_row.addStretch(1)
        form.addRow(self.tr("Issue number"), issue_row)

        self.date = DateField(inner)
        self.date.dateEdited.connect(self._on_date_edited)
        form.addRow(self.tr("Issue date"), self.date)

        self.year = QSpinBox(inner)
        self.year.setRange(1990, 2100)
        self.year.setSuffix("年")
        self.month = QComboBox(inner)
        self.month.addItems([month_name(m) for m in range(1, 13)])
        route_undo(self.year)
        self.year.valueChanged.connect(self._on_period_edited)
        self.month.currentIndexChanged.connect(self._on_period_edited)
        period_row = QHBoxLayout()
        period_row.addWidget(self.year)
        period_row.addWidget(self.month)
        period_row.addStretch(1)
        form.addRow(self.tr("Reported month"), period_row)

        labels = {
            "report_to": self.tr("Report to (报)"),
            "copy_to": self.tr("Copy to (送)"),
            "send_to": self.tr("Send to (发)"),
        }
        self.recipients: dict[str, LineField] = {}
        self._completers: list[NamesCompleter] = []
        self._group_menus: list[QMenu] = []
        for field in DISTRIBUTION_FIELDS:
            edit = LineField(inner, limit=NAMES_FIELD)
            edit.setObjectName(field)
            edit.setPlaceholderText(self.tr("Recipients separated by 、"))
            edit.edited.connect(self._distribution_slot(field, edit))
            completer = NamesCompleter([], edit)
            edit.setCompleter(completer)
            self._completers.append(completer)
            button = QToolButton(inner)
            button.setText(self.tr("Groups"))
            button.setToolTip(self.tr("Insert the members of a recipient group"))
            button.setPopupMode(QToolButton.ToolButtonPopupMode.InstantPopup)
            menu = QMenu(button)
            button.setMenu(menu)
            self._group_buttons.append(button)
            self._group_menus.append(menu)
            menu.aboutToShow.connect(self._fill_group_menu(menu, field))
            row = QHBoxLayout()
            row.addWidget(edit, 1)
            row.addWidget(button)
            self.recipients[field] = edit
            form.addRow(labels[field], row)

        self.editor = self._line("editor", "")
        self.phone = self._line("phone", "")
        self.copies = self._spin("copies", 0, 100000, self.tr("not printed"))
        form.addRow(self.tr("Editor"), self.editor)
        form.addRow(self.tr("Phone"), self.phone)
        form.addRow(self.tr("Copies printed"), self.copies)
        self.setWidget(inner)

        self._doc.changed.connect(self._on_changed)
        session.addressBookChanged.connect(self.reload_address_book)
        self.reload_address_book()
        self._refresh(None)

    # ------------------------------------------------------------------ construction helpers

    def _line(self, field: str, placeholder: str) -> LineField:
        edit = LineField(self)
        edit.setObjectName(field)
        edit.setPlaceholderText(placeholder)
        edit.edited.connect(lambda text: self._set_meta(field, text, edit))
        return edit

    def _spin(self, field: str, low: int, high: int, none_text: str) -> QSpinBox:
        spin = QSpinBox(self)
        spin.setObjectName(field)
        spin.setRange(low, high)
        spin.setSpecialValueText(none_text)
        spin.setMinimumWidth(110)
        spin.setMaximumWidth(150)
        route_undo(spin)
        spin.valueChanged.connect(lambda value: self._set_meta(field, value or None, spin))
        return spin

    def _distribution_slot(self, field: str, edit: LineField) -> Callable[[str], None]:
        def slot(text: str) -> None:
            if self._doc.has_bulletin:
                self._doc.set_distribution(field, split_names(text), initiator=edit)

        return slot

    def _fill_group_menu(self, menu: QMenu, field: str) -> Callable[[], None]:
        def fill() -> None:
            menu.clear()
            groups = self._session.address_book().recipient_groups
            if not groups:
                action = menu.addAction(self.tr("No recipient groups in the address book"))
                action.setEnabled(False)
            for group in groups:
                action = QAction(f"{group.name}：{joined(group.members)}", menu)
                action.triggered.connect(self._insert_group_slot(field, group))
                menu.addAction(action)

        return fill

    def _insert_group_slot(self, field: str, group: RecipientGroup) -> Callable[[], None]:
        def insert() -> None:
            if not self._doc.has_bulletin:
                return
            current = getattr(self._doc.bulletin.distribution, field)
            merged = tuple(dict.fromkeys((*current, *group.members)))
            self._doc.set_distribution(field, merged)

        return insert

    def reload_address_book(self) -> None:
        book = self._session.address_book()
        names = list(dict.fromkeys(m for g in book.recipient_groups for m in g.members))
        for completer in self._completers:
            completer.set_names(names)

    # ------------------------------------------------------------------ state

    def set_read_only(self, read_only: bool) -> None:
        """Read-only mode: every field can be read and copied; nothing can be changed."""
        self._read_only = read_only
        for edit in (self.series, self.org, self.editor, self.phone, *self.recipients.values()):
            edit.setReadOnly(read_only)
        for spin in (self.issue, self.total, self.year, self.copies):
            spin.setReadOnly(read_only)
        self.date.set_read_only(read_only)
        self.month.setEnabled(not read_only)
        for button in self._group_buttons:
            button.setEnabled(not read_only)

    def _text_fields(self) -> dict[str, LineField]:
        """The masthead's text fields a finding can name."""
        return {"series": self.series, "org": self.org, "editor": self.editor, "phone": self.phone}

    def holds(self, loc: Location) -> bool:
        """True for a place in the masthead or the distribution (报/送/发)."""
        if loc.section == "distribution":
            return loc.field in self.recipients
        return loc.field in self._text_fields()

    def focus_location(self, loc: Location) -> None:
        """Select the text of `loc` (a proofreading finding's place) in its field."""
        if loc.section == "distribution":
            names = getattr(self._doc.bulletin.distribution, loc.field)
            offset = loc.offset
            if offset is not None and loc.sub is not None:
                offset += sum(len(n) + 1 for n in names[: loc.sub - 1])  # the names are joined with 、
            select_range(self.recipients[loc.field], offset, loc.length)
        else:
            select_range(self._text_fields()[loc.field], loc.offset, loc.length)

    # ------------------------------------------------------------------ fields → document

    def _set_meta(self, field: str, value: object, source: object) -> None:
        if self._doc.has_bulletin and not self._read_only:
            self._doc.set_meta(field, value, initiator=source)

    def _on_date_edited(self, value: _dt.date | None) -> None:
        if self._doc.has_bulletin and not self._read_only:
            self._doc.set_meta("date", value, initiator=self.date)

    def _on_period_edited(self) -> None:
        if self._doc.has_bulletin and not self._read_only:
            period = Period(self.year.value(), self.month.currentIndex() + 1)
            self._doc.set_meta("period", period, initiator=self.year)

    # ------------------------------------------------------------------ document → fields

    def _on_changed(self, change: Change) -> None:
        if change.kind in (ChangeKind.ALL, ChangeKind.META):
            self._refresh(change.initiator)

    def _refresh(self, initiator: object | None) -> None:
        has = self._doc.has_bulletin
        self.setEnabled(has)
        if not has:
            return
        b = self._doc.bulletin
        for edit, text in (
            (self.series, b.series),
            (self.org, b.org),
            (self.editor, b.editor),
            (self.phone, b.phone),
        ):
            if edit is not initiator:
                edit.set_text_quietly(text)
        for spin, number in (
            (self.issue, b.issue_number),
            (self.total, b.total_number),
            (self.copies, b.copies),
        ):
            if spin is not initiator:
                with QSignalBlocker(spin):
                    spin.setValue(number or 0)
        self.date.default_year = b.date.year if b.date else b.period.next().year
        if initiator is not self.date:
            self.date.set_date(b.date)
        if initiator is not self.year:
            with QSignalBlocker(self.year), QSignalBlocker(self.month):
                self.year.setValue(b.period.year)
                self.month.setCurrentIndex(b.period.month - 1)
        for field, edit in self.recipients.items():
            if edit is not initiator:
                edit.set_text_quietly(joined(getattr(b.distribution, field)))
