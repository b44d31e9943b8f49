"""The editing session: which bulletin is open, saving, autosave, the recovery journal, the library.

Glue between the `BulletinDocument` (in memory, undoable) and the `Database` (on disk). Autosave
runs a few seconds after changes stop, when another bulletin is opened and at quit; the recovery
journal is written shortly after every burst of changes and removed after a successful save. Errors
become Chinese messages on a signal; the unsaved work stays in memory and in the journal.
"""

from __future__ import annotations

import dataclasses
import datetime as _dt
import json
from collections.abc import Callable, Mapping
from pathlib import Path

from PySide6.QtCore import QCoreApplication, QObject, QTimer, Signal, Slot

from ..domain import AddressBook, Bulletin, Item, Leader, Plan, SubPoint, Summary, Task, TaskStatus
from ..domain.exchange import to_exchange
from ..domain.limit_check import oversize
from ..domain.next_issue import blank_issue, next_issue, with_task_statuses
from ..fileio import atomic_write
from ..os_errors import reason
from ..storage import Database, DatabaseWriteFailed, StorageError
from .changes import Change, ChangeKind
from .document import BulletinDocument
from .journal import Recovered, RecoveryJournal

translate = QCoreApplication.translate

DEFAULT_AUTOSAVE_MS = 3000
DEFAULT_JOURNAL_MS = 300


def fresh_ids(b: Bulletin) -> Bulletin:
    """A copy whose items, sub-points and tasks have new ids (for a duplicated bulletin)."""
    items = tuple(
        Item(it.heading, it.body, tuple(SubPoint(s.heading, s.body) for s in it.subpoints))
        for it in b.summary.items
    )
    plan = None
    if b.plan is not None:
        plan = Plan(
            b.plan.title,
            tuple(Task(t.content, t.leaders, t.departments, t.deadline, t.status) for t in b.plan.tasks),
        )
    return dataclasses.replace(b, summary=Summary(b.summary.title, items), plan=plan)


class Session(QObject):
    libraryChanged = Signal()
    bulletinOpened = Signal(object)  # id (int) or None when no bulletin is open
    saved = Signal(int)
    saveFailed = Signal(str)  # Chinese message
    journalWritten = Signal()
    journalFailed = Signal(str)
    message = Signal(str)  # short status-bar text
    addressBookChanged = Signal()  # the data file's address book was written (completion follows it)

    def __init__(
        self,
        db: Database,
        document: BulletinDocument,
        *,
        journal: RecoveryJournal | None = None,
        autosave_ms: int = DEFAULT_AUTOSAVE_MS,
        journal_ms: int = DEFAULT_JOURNAL_MS,
        parent: QObject | None = None,
    ) -> None:
        super().__init__(parent)
        self.db = db
        self.document = document
        self.journal = journal if journal is not None else RecoveryJournal(db.path)
        self.journal_failed = ""  # why the last journal write failed; "" while the journal is safe
        self._deleted: list[Bulletin] = []
        self.today: Callable[[], _dt.date] = _dt.date.today  # the date new issues get (tests set it)
        self._autosave = QTimer(self)
        self._autosave.setSingleShot(True)
        self._autosave.setInterval(autosave_ms)
        self._autosave.timeout.connect(self.autosave)
        self._journal_timer = QTimer(self)
        self._journal_timer.setSingleShot(True)
        self._journal_timer.setInterval(journal_ms)
        self._journal_timer.timeout.connect(self.write_journal)
        document.changed.connect(self._on_changed)

    @property
    def read_only(self) -> bool:
        return self.db.read_only

    def set_autosave_interval(self, ms: int) -> None:
        self._autosave.setInterval(ms)

    # ------------------------------------------------------------------ opening

    def open_bulletin(self, bulletin_id: int) -> bool:
        """Save the current bulletin if modified, then open another; False if it does not exist."""
        if self.document.has_bulletin and self.document.bulletin_id == bulletin_id:
            return True
        if not self.save_if_modified():
            return False
        try:
            bulletin = self.db.get(bulletin_id)
        except KeyError:
            self.message.emit(
                translate("Session", "Bulletin %1 does not exist.").replace("%1", str(bulletin_id))
            )
            return False
        except StorageError as exc:
            self.saveFailed.emit(str(exc))
            return False
        too_large = oversize(bulletin)
        if too_large:  # written before the limits existed: laying it out could take gigabytes
            self.saveFailed.emit(
                translate(
                    "Session",
                    "Bulletin %1 is not opened: %2 Delete it in the list of bulletins (or with "
                    "“unionbulletin delete %1”); “unionbulletin show %1” prints its text.",
                )
                .replace("%1", str(bulletin_id))
                .replace("%2", "".join(too_large))
            )
            return False
        self.document.load(bulletin, bulletin_id)
        self.bulletinOpened.emit(bulletin_id)
        return True

    def open_newest(self) -> bool:
        """Open the newest bulletin within the limits (an oversize one is named and passed over)."""
        for row in self.db.list_bulletins():
            if self.open_bulletin(row.id):
                return True
        self.document.load(None, None)
        self.bulletinOpened.emit(None)
        return False

    def new_bulletin(self) -> int | None:
        """A new empty issue for the month after the newest one, with the organisation's defaults."""
        if not self.save_if_modified():
            return None
        rows = self.db.list_bulletins()
        try:
            newest = self.db.get(rows[0].id) if rows else None
            settings = self.db.settings()
        except (KeyError, StorageError) as exc:
            self.saveFailed.emit(str(exc))
            return None
        bulletin = blank_issue(newest, settings, today=self.today())
        return self._add_and_open(bulletin)

    def duplicate_bulletin(self, bulletin_id: int) -> int | None:
        if not self.save_if_modified():
            return None
        try:
            original = self.db.get(bulletin_id)
        except KeyError:
            return None
        return self._add_and_open(fresh_ids(original))

    def add_and_open(self, bulletin: Bulletin) -> int | None:
        """Store a bulletin made elsewhere (an import) as a new issue and open it; the open one is
        saved first. None (and `saveFailed`) on failure."""
        if self._refused_read_only() or not self.save_if_modified():
            return None
        return self._add_and_open(bulletin)

    def create_next_issue(
        self, previous_id: int, statuses: Mapping[str, TaskStatus], today: _dt.date
    ) -> int | None:
        """根据上月新建: store the statuses ticked in last month's checklist, then add and open the
        issue that follows it (`domain.next_issue`). None (and `saveFailed`) on failure."""
        if self._refused_read_only() or not self.save_if_modified():
            return None
        try:
            previous = self.db.get(previous_id)
            marked = with_task_statuses(previous, statuses)
            if marked != previous:
                self.db.update(previous_id, marked)
        except KeyError:
            self.saveFailed.emit(translate("Session", "Last month's issue is no longer in the data file."))
            return None
        except StorageError as exc:
            self.saveFailed.emit(str(exc))
            return None
        bulletin, _checklist = next_issue(marked, today=today)
        return self._add_and_open(bulletin)

    def report_failure(self, message: str) -> None:
        """Tell the window that something asked of the data file failed (the `saveFailed` message)."""
        self.saveFailed.emit(message)

    def _refused_read_only(self) -> bool:
        """True (and the reason told) when the data file is read-only: nothing can be added."""
        if self.read_only:
            self.saveFailed.emit(
                translate("Session", "The data file is open read-only; nothing can be added.")
            )
        return self.read_only

    def _add_and_open(self, bulletin: Bulletin) -> int | None:
        if self._refused_read_only():
            return None
        try:
            new_id = self.db.add(bulletin)
        except StorageError as exc:
            self.saveFailed.emit(str(exc))
            return None
        self.libraryChanged.emit()
        self.open_bulletin(new_id)
        return new_id

    def delete_bulletin(self, bulletin_id: int) -> bool:
        """Delete a stored bulletin (the caller has asked for confirmation); `undo_delete` brings it back."""
        if self.read_only:
            self.saveFailed.emit(
                translate("Session", "The data file is open read-only; nothing can be deleted.")
            )
            return False
        current = self.document.has_bulletin and self.document.bulletin_id == bulletin_id
        try:
            bulletin = self.document.bulletin if current else self.db.get(bulletin_id)
            self.db.delete(bulletin_id)
        except (KeyError, StorageError) as exc:
            self.saveFailed.emit(str(exc))
            return False
        self._deleted.append(bulletin)
        if current:
            self._autosave.stop()
            self._journal_timer.stop()
            self.journal.clear()
            self.document.load(None, None)
        self.libraryChanged.emit()
        if current:
            self.open_newest()
        return True

    def can_undo_delete(self) -> bool:
        return bool(self._deleted) and not self.read_only

    def undo_delete(self) -> int | None:
        """Store the most recently deleted bulletin again (under a new id) and open it."""
        if not self._deleted:
            return None
        bulletin = self._deleted.pop()
        return self._add_and_open(bulletin)

    # ------------------------------------------------------------------ saving

    def save(self) -> bool:
        """Write the open bulletin to the database; True when the file now holds it."""
        doc = self.document
        if not doc.has_bulletin:
            return True
        self._autosave.stop()
        if self.read_only:
            self.saveFailed.emit(
                translate("Session", "The data file is open read-only; changes cannot be saved.")
            )
            return False
        bulletin = doc.bulletin
        try:
            if doc.bulletin_id is None:
                doc.set_bulletin_id(self.db.add(bulletin))
            else:
                self.db.update(doc.bulletin_id, bulletin)
        except KeyError:  # deleted meanwhile (e.g. by the command line): store as new
            try:
                doc.set_bulletin_id(self.db.add(bulletin))
            except StorageError as exc:
                self.saveFailed.emit(_kept_in_window(exc))
                return False
        except StorageError as exc:
            self.saveFailed.emit(_kept_in_window(exc))
            return False
        if doc.bulletin is bulletin:
            doc.mark_saved()
            self._journal_timer.stop()
            self.journal.clear()
        assert doc.bulletin_id is not None
        self.saved.emit(doc.bulletin_id)
        self.libraryChanged.emit()
        return True

    def save_if_modified(self) -> bool:
        if not self.document.has_bulletin or not self.document.is_modified() or self.read_only:
            return True
        return self.save()

    @Slot()
    def autosave(self) -> None:
        if self.document.has_bulletin and self.document.is_modified() and not self.read_only:
            self.save()

    def shutdown(self) -> bool:
        """At quit: save unsaved work. False when it could not be saved (the journal keeps it)."""
        self._autosave.stop()
        if self.save_if_modified():
            return True
        self.write_journal()
        return False

    # ------------------------------------------------------------------ recovery journal

    @Slot()
    def write_journal(self) -> None:
        doc = self.document
        if self.read_only or not doc.has_bulletin:
            return
        try:
            if doc.is_modified():
                self.journal.write(doc.bulletin_id, doc.bulletin)
            else:
                self.journal.clear()
        except OSError as exc:
            self.journal_failed = reason(exc)
            self.journalFailed.emit(
                translate("Session", "Could not write the recovery file %1: %2")
                .replace("%1", str(self.journal.path))
                .replace("%2", self.journal_failed)
            )
            return
        self.journal_failed = ""
        self.journalWritten.emit()

    def save_copy_as_exchange(self, target: Path) -> None:
        """Write the open bulletin, unsaved changes included, as an exchange JSON file that
        `import` reads back: the way out when neither the data file nor the journal can be written.
        Raises OSError."""
        data = json.dumps(to_exchange(self.document.bulletin), ensure_ascii=False, indent=1)
        atomic_write(target, data.encode("utf-8"))

    def pending_recovery(self) -> Recovered | None:
        if self.read_only:
            return None
        return self.journal.read()

    def restore(self, recovered: Recovered) -> None:
        """Open the bulletin the journal belongs to and apply the recovered content as an unsaved,
        undoable change (the user sees it and decides to keep or undo it)."""
        opened = recovered.bulletin_id is not None and self.open_bulletin(recovered.bulletin_id)
        if not opened:
            try:
                new_id = self.db.add(recovered.bulletin)
            except StorageError as exc:
                self.saveFailed.emit(str(exc))
                return
            self.libraryChanged.emit()
            self.open_bulletin(new_id)
            self.journal.clear()
            return
        self.document.replace_bulletin(recovered.bulletin, translate("Session", "Restore unsaved changes"))
        self.write_journal()

    def discard_recovery(self) -> None:
        self.journal.clear()

    # ------------------------------------------------------------------ address book

    def address_book(self) -> AddressBook:
        try:
            return self.db.address_book()
        except StorageError:
            return AddressBook()

    def unknown_names(
        self, leaders: tuple[str, ...], departments: tuple[str, ...]
    ) -> tuple[tuple[str, ...], tuple[str, ...]]:
        book = self.address_book()
        known_leaders = set(book.leader_names())
        known_departments = set(book.departments)
        return (
            tuple(n for n in leaders if n not in known_leaders),
            tuple(n for n in departments if n not in known_departments),
        )

    def add_to_address_book(self, leaders: tuple[str, ...] = (), departments: tuple[str, ...] = ()) -> bool:
        if self.read_only:
            return False
        book = self.address_book()
        known_leaders = set(book.leader_names())
        new_leaders = tuple(Leader(n) for n in dict.fromkeys(leaders) if n not in known_leaders)
        new_departments = tuple(n for n in dict.fromkeys(departments) if n not in set(book.departments))
        if not new_leaders and not new_departments:
            return False
        try:
            self.save_address_book(
                dataclasses.replace(
                    book, leaders=book.leaders + new_leaders, departments=book.departments + new_departments
                )
            )
        except StorageError as exc:
            self.saveFailed.emit(str(exc))
            return False
        return True

    def save_address_book(self, book: AddressBook) -> None:
        """Write the address book and tell every editor that completes names (raises StorageError)."""
        self.db.save_address_book(book)
        self.addressBookChanged.emit()

    # ------------------------------------------------------------------ change handling

    @Slot(object)
    def _on_changed(self, change: Change) -> None:
        if change.kind == ChangeKind.ALL and not self.document.is_modified():
            return  # a bulletin was loaded
        if self.read_only:
            return
        self._journal_timer.start()
        self._autosave.start()


def _kept_in_window(exc: StorageError) -> str:
    """A failed save in the window: the storage message, and that the change is still here."""
    if isinstance(exc, DatabaseWriteFailed):
        return str(exc) + translate("Session", " Your changes are still in the window.")
    return str(exc)
