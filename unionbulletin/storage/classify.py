"""Was an unreadable file ever a data file of this program? Damage or a wrong file, told apart.

A data file that a crash, a disk or another program has damaged still shows what it was: the table
names (``meta``, ``bulletins``, ``settings``, ``address_book``), the ``"unionbulletin"`` mark or the
``"schema_version"`` key, or it is empty (what a failed write leaves). Such a file gets the damage
message with the newest good backup. Anything else (a Word document, a PDF, a random JSON, a text
file, an exchange .json of one bulletin) was never a data file: `NotABulletinFile` says so plainly.
"""

from __future__ import annotations

import json
from pathlib import Path

from . import codec
from .errors import DatabaseDamaged, StorageError
from .migrations import APP_MARK, META_TABLE

TABLES = frozenset({META_TABLE, codec.BULLETINS, codec.SETTINGS, codec.ADDRESS_BOOK})
_MARKS = tuple(f'"{name}"'.encode() for name in (*sorted(TABLES), APP_MARK, "schema_version"))
_EXCHANGE_KEYS = frozenset({"org", "series", "period", "summary"})


class NotABulletinFile(DatabaseDamaged):
    """The file never was a data file of this program (it was not touched)."""

    def __init__(self, path: Path, backup: Path | None, exchange: bool = False) -> None:
        self.backup = backup
        self.reason = ""
        hint = ""
        if exchange:
            hint = "它是一期简报的交换文件（.json），请用“文件 → 导入”读入。"
        elif backup is not None:
            hint = f"如果这里原来是简报数据文件，最近的完好备份：{backup}。"
        StorageError.__init__(
            self,
            path,
            f"这不是简报数据文件：{path}。程序没有改动它。{hint}"
            "请选择本程序的数据文件（如 bulletins.json，或 backups 中的备份）。",
        )


def was_data_file(raw: bytes) -> bool:
    """True when the bytes look like (the remains of) a data file of this program."""
    if not raw.strip():
        return True  # emptied: what an interrupted write leaves of a data file
    try:
        data = json.loads(raw.decode("utf-8"))
    except (UnicodeDecodeError, ValueError, RecursionError):
        return any(mark in raw for mark in _MARKS)  # cut off or garbled, but with our keys in it
    return isinstance(data, dict) and bool(TABLES & set(data))


def is_exchange_json(raw: bytes) -> bool:
    """One bulletin in the exchange format (what 导出 JSON writes), not a data file."""
    try:
        data = json.loads(raw.decode("utf-8"))
    except (UnicodeDecodeError, ValueError, RecursionError):
        return False
    return isinstance(data, dict) and set(data) >= _EXCHANGE_KEYS


def unreadable(path: Path, raw: bytes, backup: Path | None, reason: str) -> DatabaseDamaged:
    """The error for a file that could not be read: damage (with its reason) or not a data file."""
    if was_data_file(raw):
        return DatabaseDamaged(path, backup, reason)
    return NotABulletinFile(path, backup, exchange=is_exchange_json(raw))
