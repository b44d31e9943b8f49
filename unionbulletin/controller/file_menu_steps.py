"""Workflow steps behind the window's File menu, free of widgets: they act on the Session.

* `export_many` writes one bulletin to several files (a job function for `BackgroundJob`);
* `save_org_settings` writes the organisation's settings and address book to the data file;
* `check_data_file` tells whether another data file can be opened, before a window is started on it.

Failures become `UserError`s or `ExportError`s with a Chinese message; nothing is half-done without
the user being told. Adding an issue (import, next issue) belongs to the Session, the only object that
emits its signals: `Session.add_and_open`, `Session.create_next_issue`.
"""

from __future__ import annotations

from collections.abc import Sequence
from pathlib import Path

from PySide6.QtCore import QCoreApplication

from ..domain import AddressBook, Bulletin, OrgSettings
from ..export import ExportKind, RenderOptions, export_bulletin
from ..storage import Database, StorageError
from .jobs import JobContext, UserError
from .session import Session

translate = QCoreApplication.translate


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
