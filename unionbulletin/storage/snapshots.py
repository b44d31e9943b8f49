"""留底: a snapshot of a bulletin each time it is printed or exported, in the same data file.

Two tables beside the bulletins (additive: an older program keeps them untouched, no schema change):

* ``snapshots`` — one small record per output: bulletin id, its number N within that bulletin
  (1, 2, …), the time, the kind of output (print, pdf, docx, json), the file or printer name, the
  layout engine version, and the id of its content;
* ``snapshot_contents`` — what was output: the exchange JSON of the bulletin and the settings that
  shaped the layout, as compact JSON, zlib-compressed and Base85-encoded (no JSON escaping needed).
  Identical contents are stored once (keyed by a hash). The first content of a bulletin is stored
  whole; later ones are compressed with that first one as zlib's preset dictionary, so a corrected
  comma costs a few hundred bytes rather than a whole bulletin. Decoding needs at most that one base.

Budget: twenty years of monthly issues (240 bulletins) with four outputs each and two different
contents per bulletin must stay under ``BUDGET_MIB`` of snapshot data (measured in the tests and
in benchmarks/bench_snapshots.py). A damaged snapshot raises SnapshotError when it is used; it never
stops the data file from opening.

The Database's TinyDB handle, lock and batched atomic writes are used as they are (``db._db``,
``db._writing()``), so a snapshot is written like any other change of the file.
"""

from __future__ import annotations

import base64
import binascii
import datetime as _dt
import hashlib
import json
import zlib
from dataclasses import dataclass
from typing import TYPE_CHECKING, Any

from tinydb.table import Document

from ..domain import Bulletin, OrgSettings
from ..domain.exchange import ExchangeError, from_exchange, to_exchange
from . import codec
from .errors import FileDamage

if TYPE_CHECKING:
    from .database import Database

SNAPSHOTS = "snapshots"
CONTENTS = "snapshot_contents"
KINDS = ("print", "pdf", "docx", "json")
KIND_NAMES = {"print": "打印", "pdf": "PDF", "docx": "Word", "json": "JSON"}
BUDGET_MIB = 8.0
MAX_FILE_NAME = 260


class SnapshotError(Exception):
    """A Chinese message: no such snapshot, or its stored content cannot be read back."""


@dataclass(frozen=True)
class SnapshotInfo:
    bulletin_id: int
    number: int  # 1-based within the bulletin, in the order of output
    at: _dt.datetime
    kind: str  # one of KINDS
    file_name: str  # file written, or the printer's name
    layout_version: int
    content: int  # id of the content record (equal ids: identical output)

    @property
    def kind_name(self) -> str:
        return KIND_NAMES.get(self.kind, self.kind)

    def to_json(self) -> dict[str, Any]:
        return {
            "bulletin_id": self.bulletin_id,
            "number": self.number,
            "at": self.at.isoformat(timespec="seconds"),
            "kind": self.kind,
            "file": self.file_name,
            "layout_version": self.layout_version,
            "content": self.content,
        }

    def to_line(self) -> str:
        when = self.at.strftime("%Y-%m-%d %H:%M")
        return f"{self.number:>3}  {when}  {self.kind_name:<5} {self.file_name}"


@dataclass(frozen=True)
class Snapshot:
    info: SnapshotInfo
    bulletin: Bulletin
    settings: OrgSettings


def _raw(bulletin: Bulletin, settings: OrgSettings) -> bytes:
    data = {"bulletin": to_exchange(bulletin), "settings": codec.settings_to_doc(settings)}
    return json.dumps(data, ensure_ascii=False, sort_keys=True, separators=(",", ":")).encode("utf-8")


def _key(raw: bytes) -> str:
    return hashlib.blake2b(raw, digest_size=16).hexdigest()


def _compress(raw: bytes, base: bytes | None) -> str:
    if base is None:
        packed = zlib.compress(raw, 9)
    else:
        c = zlib.compressobj(9, zdict=base)
        packed = c.compress(raw) + c.flush()
    return base64.b85encode(packed).decode("ascii")


def _decompress(text: str, base: bytes | None) -> bytes:
    packed = base64.b85decode(text.encode("ascii"))
    if base is None:
        return zlib.decompress(packed)
    d = zlib.decompressobj(zdict=base)
    return d.decompress(packed) + d.flush()


class SnapshotStore:
    """The snapshots of one open Database."""

    def __init__(self, db: Database) -> None:
        self._db = db

    # ---- reading ------------------------------------------------------------------------------

    def _table(self, name: str) -> dict[str, dict[str, Any]]:
        return self._db._tables().get(name, {})

    def history(self, bulletin_id: int) -> list[SnapshotInfo]:
        """The snapshots of a bulletin, oldest first (also for a bulletin deleted since)."""
        out = []
        for key, doc in self._table(SNAPSHOTS).items():
            if doc.get("bulletin_id") == bulletin_id:
                out.append(_info(key, doc))
        return sorted(out, key=lambda s: s.number)

    def get(self, bulletin_id: int, number: int) -> Snapshot:
        """Snapshot N of a bulletin with its content; SnapshotError (Chinese) when there is none."""
        for info in self.history(bulletin_id):
            if info.number == number:
                bulletin, settings = self._content(info.content)
                return Snapshot(info, bulletin, settings)
        count = len(self.history(bulletin_id))
        if count == 0:
            raise SnapshotError(f"第 {bulletin_id} 号简报还没有留底（打印或导出时自动留底）")
        raise SnapshotError(
            f"第 {bulletin_id} 号简报没有第 {number} 份留底（共 {count} 份，用 history 命令查看）"
        )

    def _raw_content(self, content_id: int, depth: int = 0) -> bytes:
        doc = self._table(CONTENTS).get(str(content_id))
        if doc is None or depth > 1:
            raise SnapshotError(f"留底内容第 {content_id} 条缺失或损坏，无法重新生成")
        base_id = doc.get("base", 0)
        try:
            base = self._raw_content(int(base_id), depth + 1) if base_id else None
            raw = _decompress(str(doc.get("z", "")), base)
        except (ValueError, zlib.error, binascii.Error) as exc:
            raise SnapshotError(f"留底内容第 {content_id} 条已损坏，无法重新生成") from exc
        if _key(raw) != doc.get("key"):
            raise SnapshotError(f"留底内容第 {content_id} 条校验不符（已损坏），无法重新生成")
        return raw

    def _content(self, content_id: int) -> tuple[Bulletin, OrgSettings]:
        raw = self._raw_content(content_id)
        try:
            data = json.loads(raw.decode("utf-8"))
            return from_exchange(data["bulletin"]), codec.settings_from_doc(data["settings"])
        except (ValueError, KeyError, TypeError, ExchangeError, FileDamage) as exc:
            raise SnapshotError(f"留底内容第 {content_id} 条无法读取：{exc}") from exc

    # ---- writing ------------------------------------------------------------------------------

    def record(
        self,
        bulletin_id: int,
        bulletin: Bulletin,
        settings: OrgSettings,
        kind: str,
        file_name: str,
        *,
        layout_version: int,
        at: _dt.datetime | None = None,
    ) -> SnapshotInfo:
        """Keep what was just output; identical content is stored once. Raises StorageError on I/O."""
        if kind not in KINDS:
            raise ValueError(kind)
        raw = _raw(bulletin, settings)
        key = _key(raw)
        at = (at or _dt.datetime.now()).replace(microsecond=0)
        contents = self._table(CONTENTS)
        content_id = next((int(k) for k, d in contents.items() if d.get("key") == key), 0)
        number = max((s.number for s in self.history(bulletin_id)), default=0) + 1
        with self._db._writing():
            if not content_id:
                base_id = next(
                    (
                        int(k)
                        for k, d in sorted(contents.items(), key=lambda kv: int(kv[0]))
                        if d.get("bulletin_id") == bulletin_id and not d.get("base")
                    ),
                    0,
                )
                doc: dict[str, Any] = {
                    "key": key,
                    "bulletin_id": bulletin_id,
                    "base": 0,
                    "z": _compress(raw, None),
                }
                if base_id:
                    try:
                        delta = _compress(raw, self._raw_content(base_id))
                    except SnapshotError:
                        delta = ""
                    if delta and len(delta) < len(doc["z"]):
                        doc.update(base=base_id, z=delta)
                content_id = self._db._db.table(CONTENTS).insert(doc)
            record = {
                "bulletin_id": bulletin_id,
                "number": number,
                "at": at.isoformat(),
                "kind": kind,
                "file": file_name[:MAX_FILE_NAME],
                "layout_version": layout_version,
                "content": content_id,
            }
            next_id = _next_id(self._table(SNAPSHOTS))
            doc_id = self._db._db.table(SNAPSHOTS).insert(Document(record, doc_id=next_id))
        self._db._cache_generation = self._db._storage.generation  # bulletins unchanged: keep the cache
        return _info(str(doc_id), record)


def _next_id(table: dict[str, Any]) -> int:
    return max((int(k) for k in table), default=0) + 1


def _info(key: str, doc: dict[str, Any]) -> SnapshotInfo:
    try:
        return SnapshotInfo(
            bulletin_id=int(doc["bulletin_id"]),
            number=int(doc["number"]),
            at=_dt.datetime.fromisoformat(str(doc["at"])),
            kind=str(doc["kind"]),
            file_name=str(doc.get("file", "")),
            layout_version=int(doc.get("layout_version", 0)),
            content=int(doc["content"]),
        )
    except (KeyError, ValueError, TypeError) as exc:
        raise SnapshotError(f"留底记录第 {key} 条已损坏") from exc


__all__ = ["BUDGET_MIB", "KINDS", "KIND_NAMES", "Snapshot", "SnapshotError", "SnapshotInfo", "SnapshotStore"]
