"""Helpers for the window tests: a real window on a tmp_path database with an injected QSettings."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QCoreApplication, QEvent, QSettings, QTimer
from PySide6.QtGui import QInputMethodEvent
from PySide6.QtWidgets import (
    QApplication,
    QMessageBox,
    QTableWidget,
    QTableWidgetItem,
    QTreeWidget,
    QTreeWidgetItem,
    QWidget,
)

from unionbulletin.app import Parts, create_window
from unionbulletin.layout.boxes import Document
from unionbulletin.storage import Database


def make_window(db: Database, tmp_path: Path, *, autosave_ms: int = 60_000, debounce_ms: int = 0) -> Parts:
    qsettings = QSettings(str(tmp_path / "window.ini"), QSettings.Format.IniFormat)
    return create_window(db, qsettings, autosave_ms=autosave_ms, debounce_ms=debounce_ms, journal_ms=20)


def dispose(parts: Parts) -> None:
    """Close and delete the window (its timers with it) while its database is still open."""
    parts.window.close()
    parts.worker.shutdown()
    parts.window.deleteLater()
    QCoreApplication.sendPostedEvents(None, QEvent.Type.DeferredDelete.value)


def type_text(widget: QWidget, text: str) -> None:
    """Type Chinese text as an input method does (qtbot.keyClicks aborts on non-ASCII)."""
    event = QInputMethodEvent("", [])
    event.setCommitString(text)
    QApplication.sendEvent(widget, event)


def ref_text(document: Document | None, ref_id: str) -> str:
    """All text the layout attributes to one item or task, page after page."""
    if document is None:
        return ""
    return "".join(
        line.text
        for page in document.pages
        for line in page.lines
        if line.ref is not None and line.ref.id == ref_id
    )


def stored(db_path: Path, bulletin_id: int) -> dict[str, object]:
    """The bulletin as the file on disk holds it (read with a second, read-only connection)."""
    from unionbulletin.domain.exchange import to_exchange

    with Database.open(db_path, read_only=True) as other:
        return to_exchange(other.get(bulletin_id))


def open_sample_2020(
    qtbot: object, db: Database, tmp_path: Path, size: tuple[int, int] = (1366, 697)
) -> Parts:
    """A shown window of `size` with the 2020 sample open and laid out."""
    parts = make_window(db, tmp_path)
    parts.window.resize(*size)
    parts.window.show()
    bulletin_id = next(r.id for r in db.list_bulletins() if r.period.year == 2020)
    with qtbot.waitSignal(parts.worker.laidOut, timeout=10_000):  # type: ignore[attr-defined]
        assert parts.session.open_bulletin(bulletin_id)
    QApplication.processEvents()
    return parts


def table_item(table: QTableWidget, row: int, column: int) -> QTableWidgetItem:
    """The cell's item, which the test expects to exist (Qt's stubs say it may be None)."""
    item = table.item(row, column)
    assert item is not None, (row, column)
    return item


def tree_item(parent: QTreeWidget | QTreeWidgetItem, index: int) -> QTreeWidgetItem:
    """A top-level item of a tree, or a child of an item, which the test expects to exist."""
    item = parent.topLevelItem(index) if isinstance(parent, QTreeWidget) else parent.child(index)
    assert item is not None, index
    return item


def accept_next_box(seen: list[tuple[str, list[str]]]) -> None:
    """When the next message box is up, note its text and buttons in `seen` and press its accept
    button (the box runs its own event loop, so this is queued before the call that shows it)."""

    def answer() -> None:
        box = QApplication.activeModalWidget()
        assert isinstance(box, QMessageBox)
        seen.append((box.text(), [b.text() for b in box.buttons()]))
        next(b for b in box.buttons() if box.buttonRole(b) == QMessageBox.ButtonRole.AcceptRole).click()

    QTimer.singleShot(0, answer)
