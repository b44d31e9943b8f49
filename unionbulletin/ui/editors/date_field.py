"""The 印发日期 field: typed as in Word (2020年9月1日, 2020-9-1, 2020.9.1, 9月1日, 20200901), with a
calendar button; empty means no date is printed.

Parsing is `domain.date_input.parse_date_input`. Each edit that reads as a date goes to the document
at once; when she leaves the field the text is shown in the normal form (2020年9月1日). Text that is
not a date is kept as typed, the document keeps the last good date, and a red line under the field
says what is wrong.
"""

from __future__ import annotations

import datetime as _dt

from PySide6.QtCore import QDate, Qt, Signal
from PySide6.QtGui import QFocusEvent
from PySide6.QtWidgets import (
    QCalendarWidget,
    QHBoxLayout,
    QLabel,
    QMenu,
    QToolButton,
    QVBoxLayout,
    QWidget,
    QWidgetAction,
)

from ...domain.conventions import format_date
from ...domain.date_input import DateInputError, parse_date_input
from .text_fields import LineField

ERROR_STYLE = "color: #b00020;"


class _DateLine(LineField):
    left = Signal()

    def focusOutEvent(self, event: QFocusEvent) -> None:
        super().focusOutEvent(event)
        self.left.emit()


class DateField(QWidget):
    dateEdited = Signal(object)  # datetime.date or None (no date printed), after a valid user edit

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("issueDate")
        self.default_year = _dt.date.today().year  # for 9月1日; the form sets the year
        self._date: _dt.date | None = None

        self.edit = _DateLine(self)
        self.edit.setObjectName("issueDateText")
        self.edit.setPlaceholderText(self.tr("e.g. 2020年9月1日; empty: no date printed"))
        self.edit.setToolTip(
            self.tr("Type the date as you like: 2020年9月1日, 2020-9-1, 2020.9.1, 9月1日 or 20200901")
        )
        self.edit.edited.connect(self._on_edited)
        self.edit.returnPressed.connect(self.normalise)
        self.edit.left.connect(self.normalise)

        self.calendar = QCalendarWidget(self)
        self.calendar.setObjectName("issueDateCalendar")
        self.calendar.setGridVisible(True)
        self.calendar.clicked.connect(self._on_calendar)
        self.calendar.activated.connect(self._on_calendar)
        self.menu = QMenu(self)
        holder = QWidgetAction(self.menu)
        holder.setDefaultWidget(self.calendar)
        self.menu.addAction(holder)
        self.button = QToolButton(self)
        self.button.setObjectName("issueDateButton")
        self.button.setText(self.tr("Calendar"))
        self.button.setToolTip(self.tr("Choose the date on a calendar"))
        self.button.setPopupMode(QToolButton.ToolButtonPopupMode.InstantPopup)
        self.button.setMenu(self.menu)
        self.menu.aboutToShow.connect(self._prepare_calendar)

        self.message = QLabel(self)
        self.message.setObjectName("issueDateMessage")
        self.message.setStyleSheet(ERROR_STYLE)
        self.message.setWordWrap(True)
        self.message.hide()

        row = QHBoxLayout()
        row.setContentsMargins(0, 0, 0, 0)
        row.addWidget(self.edit, 1)
        row.addWidget(self.button)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(2)
        layout.addLayout(row)
        layout.addWidget(self.message)

    # ------------------------------------------------------------------ state

    def set_read_only(self, read_only: bool) -> None:
        """The date can be read and copied, not changed (no typing, no calendar)."""
        self.edit.setReadOnly(read_only)
        self.button.setEnabled(not read_only)

    def date(self) -> _dt.date | None:
        """The last valid date (None: no date)."""
        return self._date

    def text(self) -> str:
        return self.edit.text()

    def set_date(self, value: _dt.date | None) -> None:
        """Show a date from the document (no `dateEdited`)."""
        self._date = value
        self.edit.set_text_quietly(format_date(value) if value else "")
        self._show_error("")

    def error(self) -> str:
        return self.message.text() if not self.message.isHidden() else ""

    # ------------------------------------------------------------------ editing

    def _parse(self, text: str) -> _dt.date | None:
        if not text.strip():
            return None
        return parse_date_input(text, year=self.default_year)

    def _on_edited(self, text: str) -> None:
        try:
            value = self._parse(text)
        except DateInputError:
            return  # still typing; said when she leaves the field
        self._show_error("")
        if value != self._date:
            self._date = value
            self.dateEdited.emit(value)

    def normalise(self) -> None:
        """Show the typed text in its normal form, or say why it is not a date."""
        try:
            value = self._parse(self.edit.text())
        except DateInputError as exc:
            self._show_error(str(exc))
            return
        self._show_error("")
        self.edit.set_text_quietly(format_date(value) if value else "")
        if value != self._date:
            self._date = value
            self.dateEdited.emit(value)

    def _show_error(self, message: str) -> None:
        self.message.setText(message)
        self.message.setVisible(bool(message))

    def _prepare_calendar(self) -> None:
        d = self._date or _dt.date.today()
        self.calendar.setSelectedDate(QDate(d.year, d.month, d.day))

    def _on_calendar(self, q: QDate) -> None:
        self.menu.close()
        value = _dt.date(q.year(), q.month(), q.day())
        self.edit.set_text_quietly(format_date(value))
        self._show_error("")
        self.edit.setFocus(Qt.FocusReason.OtherFocusReason)
        if value != self._date:
            self._date = value
            self.dateEdited.emit(value)
