"""The repository: bulletins, settings and the address book in one TinyDB file.

`Database.open` takes the write lock (unless read-only), cleans temp files of a crashed run, checks
the whole file before anything else happens (a damaged or too new file raises and is never written),
migrates an older schema after a backup, and creates a new file with the bundled examples. Before
every write the document is checked by the open path's own decoder (`codec.saveable_*`): what this
class writes, it can open again. Bulletins
are stored as exchange JSON documents (so the file and the exchange format share one schema), each in
a record that also keeps the keys of the proofreading findings ignored for that bulletin.
"""

from __future__ import annotations

import contextlib
import datetime as _dt
from collections.abc import Callable, Iterable, Iterator, MutableMapping
from pathlib import Path
from types import TracebackType
from typing import Any, TypeVar

from tinydb import TinyDB
from tinydb.table import Document

from ..domain import AddressBook, Bulletin, OrgSettings, limits
from ..domain.exchange import to_exchange
from ..fileio import clean_stale_temps
from ..os_errors import reason
from . import codec
from .backups import backup_folder, daily_backup_if_needed, list_backups, make_backup, newest_good_backup
from .classify import unreadable
from .data_path import real_data_path
from .errors import (
    DatabaseDamaged,
    DatabaseReadOnly,
    DatabaseTooNew,
    FileDamage,
    StorageError,
    WriteRefused,
)
from .jsonstorage import AtomicJSONStorage, Tables, parse_tables
from .lock import DatabaseLock
from .migrations import META_DOC, META_TABLE, current_schema, migrate, new_meta, schema_version
from .rows import BulletinRow, search_text, sort_key
from .seed import address_book_from, example_bulletins, settings_from

Doc = dict[str, Any]
T = TypeVar("T")


def _replace_with(new: Doc) -> Callable[[MutableMapping[Any, Any]], None]:
    """A TinyDB update that replaces the whole document (a plain update would keep removed keys)."""

    def apply(doc: MutableMapping[Any, Any]) -> None:
        doc.clear()
        doc.update(new)

    return apply


class Database:
    """One open data file. Use `Database.open(...)`, preferably as a context manager."""

    def __init__(self, path: Path, storage: AtomicJSONStorage, lock: DatabaseLock | None) -> None:
        self._path = path
        self._storage = storage
        self._lock = lock
        self._db = TinyDB(storage=lambda: storage)
        self._closed = False
        self._backup_day: _dt.date | None = None
        self._cache: dict[int, Bulletin] = {}
        self._search: dict[int, str] = {}
        self._cache_generation = -1

    # ---- opening and closing ----------------------------------------------------------------------

    @classmethod
    def open(cls, path: Path | str, *, read_only: bool = False, seed_examples: bool = True) -> Database:
        """Open (or create) the data file at `path`.

        A path that does not exist yet is created with the examples (when `seed_examples`).
        Read-only opening takes no lock and never writes: on a missing path it shows what a new
        file would hold without creating it.
        """
        path = real_data_path(path)  # a symlink acts on its real file; a FIFO or folder is refused
        if read_only:
            storage = AtomicJSONStorage(path, read_only=True)
            if path.exists():
                storage.preload(_load_checked(path, read_only=True)[0])
            else:
                storage.preload(_new_tables(seed_examples))
            return cls(path, storage, None)

        try:
            path.parent.mkdir(parents=True, exist_ok=True)
        except OSError as exc:
            raise StorageError(path, f"无法创建数据文件夹 {path.parent}：{reason(exc)}") from exc
        lock = DatabaseLock(path)
        lock.acquire()
        try:
            clean_stale_temps(path.parent)
            clean_stale_temps(backup_folder(path))
            storage = AtomicJSONStorage(path)
            db = cls(path, storage, lock)
            storage.before_write = db._daily_backup
            if path.exists():
                tables, migrated = _load_checked(path, read_only=False)
                if migrated:
                    db._backup_day = _dt.date.today()  # the migration backup is today's copy
                    storage.write_all(tables)
                else:
                    storage.preload(tables)
            else:
                storage.write_all(_new_tables(seed_examples))
        except BaseException:
            lock.release()
            raise
        return db

    def close(self) -> None:
        if self._closed:
            return
        self._closed = True
        self._db.close()
        if self._lock is not None:
            self._lock.release()

    def __enter__(self) -> Database:
        return self

    def __exit__(
        self, exc_type: type[BaseException] | None, exc: BaseException | None, tb: TracebackType | None
    ) -> None:
        self.close()

    @property
    def path(self) -> Path:
        return self._path

    @property
    def read_only(self) -> bool:
        return self._storage.read_only

    # ---- bulletins --------------------------------------------------------------------------------

    def list_bulletins(self) -> list[BulletinRow]:
        """Every bulletin, newest first (reported month, then id)."""
        rows = [BulletinRow.of(i, b) for i, b in self._bulletins().items()]
        return sorted(rows, key=sort_key, reverse=True)

    def search(self, text: str) -> list[BulletinRow]:
        """Bulletins whose text contains `text` (case-insensitive), newest first."""
        needle = text.strip().casefold()
        rows = self.list_bulletins()
        if not needle:
            return rows
        return [r for r in rows if needle in self._search[r.id]]

    def get(self, bulletin_id: int) -> Bulletin:
        """The bulletin with this id; KeyError if there is none."""
        return self._bulletins()[bulletin_id]

    def bulletins(self) -> dict[int, Bulletin]:
        """Every bulletin by id (a new dict; the bulletins themselves are immutable)."""
        return dict(self._bulletins())

    def add(self, bulletin: Bulletin) -> int:
        """Store a new bulletin; returns its id (ids are never reused).

        WriteRefused when the file already holds the most bulletins allowed, or when the bulletin
        exceeds a limit; the text is stored normalised (`domain.normalize`).
        """
        count = len(self._bulletins())
        if count >= limits.BULLETINS_PER_FILE.value:
            raise WriteRefused(
                self._path,
                [
                    limits.BULLETINS_PER_FILE.exceeded(count + 1)
                    + "请先删除不需要的简报，或另建一个数据文件。"
                ],
            )
        bulletin = self._saveable(codec.saveable_bulletin, bulletin)
        with self._writing():
            new_id = codec.next_bulletin_id(self._tables())
            self._db.table(codec.BULLETINS).insert(Document(codec.bulletin_to_doc(bulletin), doc_id=new_id))
            self._db.table(META_TABLE).update({"next_bulletin_id": new_id + 1}, doc_ids=[int(META_DOC)])
        self._cached(new_id, bulletin)
        return new_id

    def update(self, bulletin_id: int, bulletin: Bulletin) -> None:
        """Replace a stored bulletin; KeyError if there is none with this id."""
        if bulletin_id not in self._bulletins():
            raise KeyError(bulletin_id)
        bulletin = self._saveable(codec.saveable_bulletin, bulletin)
        with self._writing():
            self._db.table(codec.BULLETINS).update(
                {codec.RECORD_BULLETIN: to_exchange(bulletin)}, doc_ids=[bulletin_id]
            )
        self._cached(bulletin_id, bulletin)

    def ignored_findings(self, bulletin_id: int) -> frozenset[str]:
        """The keys of the proofreading findings the user ignored for this bulletin."""
        if bulletin_id not in self._bulletins():
            raise KeyError(bulletin_id)
        doc = self._tables()[codec.BULLETINS][str(bulletin_id)]
        return self._decode(lambda _t: codec.ignored_from_doc(bulletin_id, doc))

    def set_ignored_findings(self, bulletin_id: int, keys: Iterable[str]) -> None:
        """Store the ignored findings' keys of a bulletin (its text is left as it is in the file)."""
        if bulletin_id not in self._bulletins():
            raise KeyError(bulletin_id)
        with self._writing():
            self._db.table(codec.BULLETINS).update(
                {codec.RECORD_IGNORED: sorted(set(keys))}, doc_ids=[bulletin_id]
            )
        self._cache_generation = self._storage.generation

    def delete(self, bulletin_id: int) -> None:
        """Remove a stored bulletin; KeyError if there is none with this id."""
        if bulletin_id not in self._bulletins():
            raise KeyError(bulletin_id)
        with self._writing():
            self._db.table(codec.BULLETINS).remove(doc_ids=[bulletin_id])
        self._cached(bulletin_id, None)

    # ---- settings and address book ----------------------------------------------------------------

    def settings(self) -> OrgSettings:
        return self._decode(lambda t: codec.settings_from_doc(_single(t, codec.SETTINGS)))

    def save_settings(self, settings: OrgSettings) -> None:
        settings = self._saveable(codec.saveable_settings, settings)
        self._put_single(codec.SETTINGS, codec.settings_to_doc(settings))

    def address_book(self) -> AddressBook:
        return self._decode(lambda t: codec.address_book_from_doc(_single(t, codec.ADDRESS_BOOK)))

    def save_address_book(self, address_book: AddressBook) -> None:
        address_book = self._saveable(codec.saveable_address_book, address_book)
        self._put_single(codec.ADDRESS_BOOK, codec.address_book_to_doc(address_book))

    def backups(self) -> list[Path]:
        """Backup copies of this file, newest first."""
        return list_backups(self._path)

    # ---- internals --------------------------------------------------------------------------------

    def _saveable(self, check: Callable[[T], T], value: T) -> T:
        if self.read_only:
            raise DatabaseReadOnly(self._path)
        try:
            return check(value)
        except codec.Refused as exc:
            raise WriteRefused(self._path, exc.reasons) from exc

    def _tables(self) -> Tables:
        if self._closed:
            raise StorageError(self._path, f"数据文件 {self._path} 已关闭。")
        try:
            return self._storage.read()
        except FileDamage as exc:
            raise DatabaseDamaged(self._path, newest_good_backup(self._path), str(exc)) from exc
        except OSError as exc:
            raise StorageError(self._path, f"无法读取数据文件 {self._path}：{reason(exc)}") from exc

    def _decode(self, fn: Callable[[Tables], T]) -> T:
        tables = self._tables()
        try:
            return fn(tables)
        except FileDamage as exc:
            raise DatabaseDamaged(self._path, newest_good_backup(self._path), str(exc)) from exc

    def _bulletins(self) -> dict[int, Bulletin]:
        self._tables()  # re-reads the file if someone else changed it
        if self._cache_generation != self._storage.generation:
            decoded = self._decode(codec.decode_bulletins)
            self._cache = dict(sorted(decoded.items()))
            self._search = {i: search_text(b) for i, b in self._cache.items()}
            self._cache_generation = self._storage.generation
        return self._cache

    def _cached(self, bulletin_id: int, bulletin: Bulletin | None) -> None:
        """Bring the parsed cache in line with a write that just succeeded."""
        if bulletin is None:
            self._cache.pop(bulletin_id, None)
            self._search.pop(bulletin_id, None)
        else:
            self._cache[bulletin_id] = bulletin
            self._search[bulletin_id] = search_text(bulletin)
        self._cache_generation = self._storage.generation

    @contextlib.contextmanager
    def _writing(self) -> Iterator[None]:
        if self.read_only:
            raise DatabaseReadOnly(self._path)
        self._tables()
        with self._storage.batch():
            yield

    def _put_single(self, table_name: str, doc: Doc) -> None:
        self._bulletins()
        with self._writing():
            table = self._db.table(table_name)
            if table.contains(doc_id=int(codec.SINGLE_DOC)):
                table.update(_replace_with(doc), doc_ids=[int(codec.SINGLE_DOC)])
            else:
                table.insert(Document(doc, doc_id=int(codec.SINGLE_DOC)))
        self._cache_generation = self._storage.generation

    def _daily_backup(self) -> None:
        """Before the first write of each day, keep a copy of the file as it was."""
        today = _dt.date.today()
        if self._backup_day == today or not self._path.exists():
            return
        try:
            daily_backup_if_needed(self._path)
        except OSError:
            return  # a failed backup must not stop the save itself; retried on the next write
        self._backup_day = today


def _single(tables: Tables, name: str) -> Doc:
    return tables.get(name, {}).get(codec.SINGLE_DOC, {})


def _load_checked(path: Path, *, read_only: bool) -> tuple[Tables, bool]:
    """Read, version-check, migrate (after a backup, unless read-only) and validate the whole file.

    Returns the state and whether it was migrated (then it differs from the file).
    """
    try:
        raw = path.read_bytes()
    except OSError as exc:
        raise StorageError(path, f"无法读取数据文件 {path}：{reason(exc)}") from exc
    try:
        tables = parse_tables(raw)
        version = schema_version(tables)
    except FileDamage as exc:  # damage, or a file that never was a data file
        raise unreadable(path, raw, newest_good_backup(path), str(exc)) from exc
    current = current_schema()
    if version > current:
        raise DatabaseTooNew(path, version, current, newest_good_backup(path))
    try:
        if version < current:
            if not read_only:
                make_backup(path, f"before-v{current}")
            tables = migrate(tables)
        codec.check_tables(tables)
    except FileDamage as exc:
        raise DatabaseDamaged(path, newest_good_backup(path), str(exc)) from exc
    except OSError as exc:
        raise StorageError(path, f"升级数据格式前无法备份 {path}：{reason(exc)}。文件没有改动。") from exc
    return tables, version < current


def _new_tables(seed_examples: bool) -> Tables:
    bulletins = example_bulletins() if seed_examples else []
    return {
        META_TABLE: {META_DOC: new_meta(len(bulletins) + 1)},
        codec.BULLETINS: {str(i): codec.bulletin_to_doc(b) for i, b in enumerate(bulletins, start=1)},
        codec.SETTINGS: {codec.SINGLE_DOC: codec.settings_to_doc(settings_from(bulletins))},
        codec.ADDRESS_BOOK: {codec.SINGLE_DOC: codec.address_book_to_doc(address_book_from(bulletins))},
    }
