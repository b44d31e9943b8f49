"""TinyDB storage that never leaves a half-written file and never mistakes damage for "empty".

Reads decode `utf-8-sig` (a BOM from a Windows editor is fine); writes are UTF-8 JSON without
`\\u` escapes (one-space indent, so a person can read it), replaced atomically through
`fileio.atomic_write`. The parsed state is kept in memory and re-read only when the file's stat
changes, so TinyDB's read-per-operation costs one `stat`.
`batch()` groups several table operations into one file write.
"""

from __future__ import annotations

import json
import os
import re
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from pathlib import Path
from typing import Any

from tinydb.storages import Storage

from ..fileio import atomic_write
from ..os_errors import reason
from .errors import DatabaseReadOnly, DatabaseWriteFailed, FileDamage

Tables = dict[str, dict[str, dict[str, Any]]]

_Stamp = tuple[int, int, int]


MAX_DEPTH = 32  # the deepest a data file of this program nests is 7 (table, record, bulletin, items…)
MAX_RECORD_ID = 999_999_999
_CANONICAL_ID_RE = re.compile(r"[1-9][0-9]{0,8}")  # 1 … MAX_RECORD_ID, written as TinyDB writes it


def _no_duplicates(pairs: list[tuple[str, Any]]) -> dict[str, Any]:
    """`json.loads` hook: a key given twice is damage (json would silently keep the last one)."""
    out: dict[str, Any] = {}
    for key, value in pairs:
        if key in out:
            raise FileDamage(f"内容结构不对：同一个对象中“{key}”出现了两次")
        out[key] = value
    return out


def _depth_ok(data: Any) -> bool:
    """No list or object nested deeper than MAX_DEPTH (checked without recursion)."""
    stack: list[tuple[Any, int]] = [(data, 1)]
    while stack:
        value, depth = stack.pop()
        if depth > MAX_DEPTH:
            return False
        if isinstance(value, dict):
            stack.extend((v, depth + 1) for v in value.values())
        elif isinstance(value, list):
            stack.extend((v, depth + 1) for v in value)
    return True


def parse_tables(raw: bytes) -> Tables:
    """Decode the bytes of a database file; raise FileDamage with a Chinese reason.

    Whatever the bytes, the outcome is a parsed state or FileDamage, never another exception:
    nesting too deep for the parser, numbers beyond Python's digit limit, a key given twice, a
    record number that is not written the way TinyDB writes it ("01", "１２", "²").
    """
    if not raw.strip():
        raise FileDamage("文件是空的（0 字节）" if not raw else "文件只有空白字符")
    try:
        text = raw.decode("utf-8-sig")
    except UnicodeDecodeError as exc:
        raise FileDamage(f"不是 UTF-8 文本，第 {exc.start + 1} 个字节无法解码") from exc
    try:
        data = json.loads(text, object_pairs_hook=_no_duplicates)
    except json.JSONDecodeError as exc:
        raise FileDamage(f"JSON 格式错误：第 {exc.lineno} 行第 {exc.colno} 列，{_json_reason(exc)}") from exc
    except RecursionError as exc:  # thousands of nested brackets: no data file looks like that
        raise FileDamage("JSON 嵌套层数过多，不是本程序写出的数据文件") from exc
    except ValueError as exc:  # an integer beyond Python's digit limit
        raise FileDamage(f"JSON 中有无法读取的数值（{_short(str(exc))}）") from exc
    if not _depth_ok(data):
        raise FileDamage(f"JSON 嵌套超过 {MAX_DEPTH} 层，不是本程序写出的数据文件")
    if not isinstance(data, dict):
        raise FileDamage("内容结构不对：顶层应为对象")
    for name, table in data.items():
        if not isinstance(table, dict):
            raise FileDamage(f"内容结构不对：表“{name}”应为对象")
        for key, doc in table.items():
            if not _CANONICAL_ID_RE.fullmatch(key):
                raise FileDamage(
                    f"内容结构不对：表“{name}”中的编号“{_short(key)}”不是规范的编号"
                    "（应为不以 0 开头的阿拉伯数字）"
                )
            if not isinstance(doc, dict):
                raise FileDamage(f"内容结构不对：表“{name}”中第 {key} 条记录应为对象")
    return data


def _short(text: str, limit: int = 40) -> str:
    return text if len(text) <= limit else text[:limit] + "…"


def _json_reason(exc: json.JSONDecodeError) -> str:
    if exc.pos >= len(exc.doc.rstrip()):
        return "文件在中途结束（可能只写了一半）"
    return "出现了不该有的字符"


def encode_tables(tables: Tables) -> bytes:
    return (json.dumps(tables, ensure_ascii=False, indent=1) + "\n").encode("utf-8")


def read_tables(path: Path) -> Tables:
    """Read and parse a database file (OSError passes through, damage raises FileDamage)."""
    return parse_tables(Path(path).read_bytes())


def _stamp(path: Path) -> _Stamp | None:
    try:
        st = os.stat(path)
    except FileNotFoundError:
        return None
    return (st.st_mtime_ns, st.st_size, st.st_ino)


class AtomicJSONStorage(Storage):
    """The storage TinyDB talks to. `before_write` runs before each file write (daily backup)."""

    def __init__(
        self, path: Path, *, read_only: bool = False, before_write: Callable[[], None] | None = None
    ) -> None:
        self.path = Path(path)
        self.read_only = read_only
        self.before_write = before_write
        self.generation = 0  # bumped whenever the in-memory state changes (reload or write)
        self._data: Tables | None = None
        self._seen: _Stamp | None = None
        self._batch_depth = 0
        self._dirty = False

    def preload(self, data: Tables) -> None:
        """Use already parsed (possibly migrated) data as the current state without re-reading."""
        self._data = data
        self._seen = _stamp(self.path)
        self.generation += 1

    def read(self) -> Tables:
        if self._batch_depth and self._data is not None:
            return self._data
        stamp = _stamp(self.path)
        if self._data is None or stamp != self._seen:
            self._data = read_tables(self.path)
            self._seen = stamp
            self.generation += 1
        return self._data

    def write(self, data: dict[str, dict[str, Any]]) -> None:
        if self.read_only:
            raise DatabaseReadOnly(self.path)
        self._data = data
        if self._batch_depth:
            self._dirty = True
            return
        self._flush()

    def write_all(self, data: Tables) -> None:
        """Replace the whole state (creation, migration)."""
        self.write(data)

    @contextmanager
    def batch(self) -> Iterator[None]:
        """Several TinyDB operations, one atomic file write at the end (none if an error escapes)."""
        if self.read_only:
            raise DatabaseReadOnly(self.path)
        self.read()
        self._batch_depth += 1
        try:
            yield
        except BaseException:
            self._batch_depth -= 1
            if self._batch_depth == 0:
                self._forget()
            raise
        self._batch_depth -= 1
        if self._batch_depth == 0 and self._dirty:
            self._flush()

    def _forget(self) -> None:
        """Drop the in-memory state: the next read takes what the file holds."""
        self._data = None
        self._seen = None
        self._dirty = False
        self.generation += 1

    def _flush(self) -> None:
        assert self._data is not None
        self._dirty = False
        try:
            payload = encode_tables(self._data)
        except (UnicodeEncodeError, TypeError, ValueError) as exc:
            self._forget()
            raise DatabaseWriteFailed(self.path, f"数据中有无法保存的内容（{exc}）") from exc
        if self.before_write is not None:
            self.before_write()
        try:
            atomic_write(self.path, payload)
        except OSError as exc:  # FileLockedError, DiskFullError and the rest: one Chinese clause each
            self._forget()
            raise DatabaseWriteFailed(self.path, reason(exc)) from exc
        self._seen = _stamp(self.path)
        self.generation += 1

    def close(self) -> None:
        self._data = None
