"""One writer per data file: a lock file beside it (`bulletins.json.lock`), held while open for writing.

The lock is an OS file lock (`filelock`), so it disappears with the process that held it: a crash
never leaves the file locked. Opening read-only takes no lock.
"""

from __future__ import annotations

import contextlib
import os
from pathlib import Path

from filelock import FileLock, Timeout

from ..os_errors import reason
from .errors import DatabaseLocked, DataFolderNotWritable

# What this process is, written beside the lock while it is held so a refused copy can say who
# holds the file: "command" (the command line) unless the window says otherwise at start-up.
_holder_kind = "command"
_KINDS = ("window", "command")


def set_holder_kind(kind: str) -> None:
    global _holder_kind
    assert kind in _KINDS
    _holder_kind = kind


def lock_path(db_path: Path) -> Path:
    return db_path.with_name(db_path.name + ".lock")


def holder_path(db_path: Path) -> Path:
    """A small file naming the kind of program that holds the lock (the lock file itself is
    truncated by every copy that tries to take it, so it cannot carry this)."""
    return db_path.with_name(db_path.name + ".lock.holder")


def _read_holder(db_path: Path) -> str:
    try:
        kind = holder_path(db_path).read_text(encoding="ascii", errors="replace")[:64].split("\n", 1)[0]
    except OSError:
        return ""
    return kind if kind in _KINDS else ""


class DatabaseLock:
    """Exclusive write access to one data file, for this process (also against itself)."""

    def __init__(self, db_path: Path) -> None:
        self.db_path = Path(db_path)
        self.path = lock_path(self.db_path)
        self._lock = FileLock(str(self.path), timeout=0, thread_local=False)

    @property
    def held(self) -> bool:
        return bool(self._lock.is_locked)

    def acquire(self) -> None:
        """Take the lock now or raise DatabaseLocked; never waits."""
        try:
            self._lock.acquire(timeout=0)
        except Timeout as exc:
            raise DatabaseLocked(self.db_path, _read_holder(self.db_path)) from exc
        except OSError as exc:
            raise DataFolderNotWritable(self.db_path, self.path.parent, reason(exc)) from exc
        with contextlib.suppress(OSError):  # only a courtesy to the next copy: never fail for it
            holder_path(self.db_path).write_text(f"{_holder_kind}\n{os.getpid()}\n", encoding="ascii")

    def release(self) -> None:
        if self._lock.is_locked:
            with contextlib.suppress(OSError):
                holder_path(self.db_path).unlink(missing_ok=True)
            self._lock.release(force=True)
