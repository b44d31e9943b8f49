"""One writer per data file: a lock file beside it (`bulletins.json.lock`), held while open for writing.

The lock is an OS file lock (`filelock`), so it disappears with the process that held it: a crash
never leaves the file locked. Opening read-only takes no lock.
"""

from __future__ import annotations

from pathlib import Path

from filelock import FileLock, Timeout

from ..os_errors import reason
from .errors import DatabaseLocked, StorageError


def lock_path(db_path: Path) -> Path:
    return db_path.with_name(db_path.name + ".lock")


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
            raise DatabaseLocked(self.db_path) from exc
        except OSError as exc:
            raise StorageError(self.db_path, f"无法在 {self.path.parent} 中创建锁文件"
                                             f"（{reason(exc)}），不能写入数据文件 {self.db_path}；"
                                             "可以只读方式打开。") from exc

    def release(self) -> None:
        if self._lock.is_locked:
            self._lock.release(force=True)
