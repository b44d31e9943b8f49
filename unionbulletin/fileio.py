"""Atomic file replacement shared by the database and every export.

A file is written to a temporary sibling, flushed and fsynced, then moved over the target with
`os.replace`, so a crash, a power cut or a full disk leaves either the old file or the new one, never
a mixture. On Windows `os.replace` fails while another program (WPS, Word, an antivirus scanner) holds
the target open; we retry briefly and then report the target as locked.
"""

from __future__ import annotations

import contextlib
import errno
import os
import tempfile
import time
from pathlib import Path

from .os_errors import DISK_FULL, IS_DIRECTORY, READ_ONLY_FILE, ExplainedOSError, reason

TEMP_PREFIX = ".ub-tmp-"
REPLACE_RETRIES = 10
REPLACE_DELAY = 0.05


class FileLockedError(ExplainedOSError):
    """The target is held open by another program, or is read-only; `strerror` says which, in Chinese."""


class DiskFullError(ExplainedOSError):
    """No space left for the new file; the old one is untouched."""


def _is_read_only(path: Path) -> bool:
    """No write permission, or no write bit at all (Windows read-only attribute; honoured even for root)."""
    return not os.access(path, os.W_OK) or not os.stat(path).st_mode & 0o222


def _umask() -> int:
    """The process umask (read by setting and restoring it: there is no getter before 3.13 on POSIX)."""
    mask = os.umask(0o022)
    os.umask(mask)
    return mask


def _fsync_dir(folder: Path) -> None:
    if os.name != "posix":
        return
    with contextlib.suppress(OSError):
        fd = os.open(folder, os.O_RDONLY)
        try:
            os.fsync(fd)
        finally:
            os.close(fd)


def atomic_write(target: Path, data: bytes) -> None:
    """Replace `target` with `data` atomically; raise FileLockedError / DiskFullError / OSError."""
    target = Path(target)
    folder = target.parent
    if target.is_dir():  # Windows would only say "access denied"
        raise ExplainedOSError(errno.EISDIR, IS_DIRECTORY, str(target))
    if target.exists() and _is_read_only(target):
        raise FileLockedError(errno.EACCES, READ_ONLY_FILE, str(target))
    fd, tmp_name = tempfile.mkstemp(prefix=TEMP_PREFIX, suffix=target.suffix, dir=folder)
    tmp = Path(tmp_name)
    try:
        try:
            with os.fdopen(fd, "wb") as fh:
                fh.write(data)
                fh.flush()
                os.fsync(fh.fileno())
        except OSError as exc:
            if exc.errno in (errno.ENOSPC, errno.EDQUOT):
                raise DiskFullError(exc.errno, DISK_FULL, str(target)) from exc
            raise
        with contextlib.suppress(OSError):
            # mkstemp creates 0600; keep the old file's mode, or give a new file the usual one.
            mode = os.stat(target).st_mode & 0o777 if target.exists() else 0o666 & ~_umask()
            os.chmod(tmp, mode)
        _replace_with_retry(tmp, target)
        _fsync_dir(folder)
    except BaseException:
        with contextlib.suppress(OSError):
            tmp.unlink()
        raise


def _replace_with_retry(src: Path, dst: Path) -> None:
    for attempt in range(REPLACE_RETRIES):
        try:
            os.replace(src, dst)
            return
        except PermissionError as exc:
            # WinError 5 / 32: another program holds the file open. POSIX never gets here
            # for an open file, only for a read-only folder.
            if attempt == REPLACE_RETRIES - 1:
                raise FileLockedError(exc.errno, reason(exc), str(dst)) from exc
            time.sleep(REPLACE_DELAY)


def clean_stale_temps(folder: Path, older_than: float = 60.0) -> list[Path]:
    """Remove temporary files a crashed run left in `folder`; returns what was removed."""
    removed: list[Path] = []
    now = time.time()
    for p in Path(folder).glob(TEMP_PREFIX + "*"):
        try:
            if now - p.stat().st_mtime >= older_than:
                p.unlink()
                removed.append(p)
        except OSError:
            continue
    return removed
