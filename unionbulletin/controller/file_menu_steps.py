"""Workflow steps behind the window's File menu, free of widgets: they act on the Session.

* `add_and_open` stores a bulletin made elsewhere (an import, the next issue) and opens it;
* `create_next_issue` records the statuses ticked in last month's checklist and creates the next issue;
* `export_many` writes one bulletin to several files (a job function for `BackgroundJob`);
* `save_org_settings` writes the organisation's settings and address book to the data file;
* `check_data_file` tells whether another data file can be opened, before a window is started on it.

Failures become the Session's Chinese `saveFailed` messages or `UserError`s; nothing is half-done
without the user being told.
"""

from __future__ import annotations

import datetime as _dt
from collections.abc import Mapping, Sequence
from pathlib import Path

from PySide6.QtCore import QCoreApplication

from ..domain import AddressBook, Bulletin, OrgSettings, TaskStatus
from ..domain.next_issue import next_issue, with_task_statuses
from ..export import ExportKind, RenderOptions, export_bulletin
from ..storage import Database, StorageError
from .jobs import JobContext, UserError
from .session import Session

translate = QCoreApplication.translate


def _ready_to_add(session: Session) -> bool:
    """A writable data file and the open issue saved; otherwise say why (saveFailed) and refuse."""
    if session.read_only:
        session.saveFailed.emit(
            translate("Workflow", "The data file is open read-only; nothing can be added.")
        )
        return False
    return session.save_if_modified()


def add_and_open(session: Session, bulletin: Bulletin) -> int | None:
    """Store `bulletin` as a new issue and open it (the open one is saved first); None on failure."""
    if not _ready_to_add(session):
        return None
    try:
        new_id = session.db.add(bulletin)
    except StorageError as exc:
        session.saveFailed.emit(str(exc))
        return None
    session.libraryChanged.emit()
    session.open_bulletin(new_id)
    return new_id


def create_next_issue(
    session: Session,
    previous_id: int,
    statuses: Mapping[str, TaskStatus],
    today: _dt.date,
) -> int | None:
    """Store the ticked statuses in last month's issue, then add and open the next issue."""
    if not _ready_to_add(session):
        return None
    try:
        previous = session.db.get(previous_id)
        marked = with_task_statuses(previous, statuses)
        if marked != previous:
            session.db.update(previous_id, marked)
    except KeyError:
        session.saveFailed.emit(translate("Workflow", "Last month's issue is no longer in the data file."))
        return None
    except StorageError as exc:
        session.saveFailed.emit(str(exc))
        return None
    bulletin, _checklist = next_issue(marked, today=today)
    return add_and_open(session, bulletin)


def export_many(
    bulletin: Bulletin,
    targets: Sequence[tuple[Path, ExportKind]],
    settings: OrgSettings,
    ctx: JobContext,
    render: RenderOptions | None = None,
) -> list[Path]:
    """Write every target in turn (each atomically); stops at the first failure with its message."""
    written: list[Path] = []
    for n, (path, kind) in enumerate(targets):
        ctx.check()
        ctx.progress(n, len(targets))
        export_bulletin(bulletin, path, kind, settings, render)
        written.append(path)
    ctx.progress(len(targets), len(targets))
    return written


def save_org_settings(session: Session, settings: OrgSettings, book: AddressBook) -> None:
    """Write both to the data file; raises UserError with the storage's Chinese message."""
    if session.read_only:
        raise UserError(translate("Workflow", "The data file is open read-only; settings cannot be saved."))
    try:
        if settings != session.db.settings():
            session.db.save_settings(settings)
        if book != session.db.address_book():
            session.save_address_book(book)  # the editors' completion follows at once
    except StorageError as exc:
        raise UserError(str(exc)) from exc


def check_data_file(path: Path) -> str:
    """An empty string when `path` reads as a data file; else the Chinese reason it does not.

    Reads only (no lock, nothing written), so it is safe on a file another window has open.
    """
    if not path.is_file():
        return translate("Workflow", "The file %1 does not exist.").replace("%1", str(path))
    try:
        Database.open(path, read_only=True, seed_examples=False).close()
    except StorageError as exc:
        return str(exc)
    return ""
