"""Rotating copies of the data file in `backups/` beside it.

One copy before every schema migration (`bulletins-20200901-093000-before-v2.json`), one before a
bulletin is deleted from the command line (`…-before-delete.json`) and one a day,
taken before the first write of the day (`…-daily.json`), so a bad day's edits can be undone from
yesterday's state. The newest `KEEP_DAILY` daily and `KEEP_MIGRATION` migration copies are kept.
Several data files may share a folder: each one's copies start with its own file name.
"""

from __future__ import annotations

import contextlib
import datetime as _dt
import re
from pathlib import Path

from ..fileio import atomic_write
from .codec import check_tables
from .jsonstorage import read_tables
from .migrations import current_schema, migrate, schema_version

BACKUP_DIR = "backups"
KEEP_DAILY = 10
KEEP_MIGRATION = 5
DAILY = "daily"


def backup_folder(db_path: Path) -> Path:
    return Path(db_path).parent / BACKUP_DIR


def _pattern(db_path: Path) -> re.Pattern[str]:
    stem, suffix = re.escape(db_path.stem), re.escape(db_path.suffix)
    return re.compile(rf"^{stem}-(\d{{8}}-\d{{6}})(?:-(\d+))?-(daily|before-v\d+|before-delete){suffix}$")


def _entries(db_path: Path) -> list[tuple[str, int, str, Path]]:
    folder = backup_folder(db_path)
    if not folder.is_dir():
        return []
    pattern = _pattern(db_path)
    found = []
    for p in folder.iterdir():
        m = pattern.match(p.name)
        if m:
            found.append((m.group(1), int(m.group(2) or 0), m.group(3), p))
    found.sort(key=lambda e: (e[0], e[1]), reverse=True)
    return found


def list_backups(db_path: Path) -> list[Path]:
    """All copies of this data file, newest first."""
    return [e[3] for e in _entries(Path(db_path))]


def make_backup(db_path: Path, kind: str, now: _dt.datetime | None = None) -> Path:
    """Copy the data file's current bytes into `backups/` and rotate; returns the copy."""
    db_path = Path(db_path)
    now = now or _dt.datetime.now()
    folder = backup_folder(db_path)
    folder.mkdir(exist_ok=True)
    stamp = now.strftime("%Y%m%d-%H%M%S")
    target = folder / f"{db_path.stem}-{stamp}-{kind}{db_path.suffix}"
    n = 1
    while target.exists():
        target = folder / f"{db_path.stem}-{stamp}-{n}-{kind}{db_path.suffix}"
        n += 1
    atomic_write(target, db_path.read_bytes())
    rotate(db_path)
    return target


def has_backup_of_day(db_path: Path, day: _dt.date) -> bool:
    prefix = day.strftime("%Y%m%d")
    return any(stamp.startswith(prefix) and kind == DAILY for stamp, _, kind, _ in _entries(Path(db_path)))


def daily_backup_if_needed(db_path: Path, now: _dt.datetime | None = None) -> Path | None:
    """Before the first write of a day: copy the file as it was. None when today's copy exists."""
    db_path = Path(db_path)
    now = now or _dt.datetime.now()
    if not db_path.exists() or has_backup_of_day(db_path, now.date()):
        return None
    return make_backup(db_path, DAILY, now)


def rotate(db_path: Path) -> list[Path]:
    """Delete all but the newest copies of each kind; returns what was deleted."""
    daily = [e[3] for e in _entries(db_path) if e[2] == DAILY]
    migration = [e[3] for e in _entries(db_path) if e[2] != DAILY]
    removed = daily[KEEP_DAILY:] + migration[KEEP_MIGRATION:]
    for p in removed:
        with contextlib.suppress(OSError):
            p.unlink()
    return removed


def is_good_backup(path: Path) -> bool:
    """The copy parses as a database this program can open."""
    try:
        tables = read_tables(path)
        if schema_version(tables) > current_schema():
            return False
        check_tables(migrate(tables))
    except Exception:  # whatever stops a copy from loading makes it useless as a backup
        return False
    return True


def newest_good_backup(db_path: Path) -> Path | None:
    for p in list_backups(db_path):
        if is_good_backup(p):
            return p
    return None
