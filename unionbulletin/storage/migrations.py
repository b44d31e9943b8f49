"""The schema version stored in the file and the forward migrations between versions.

`MIGRATIONS[i]` turns a version `i + 1` file into a version `i + 2` one; the current version is
`len(MIGRATIONS) + 1`. A migration takes and returns the whole TinyDB state (tables of documents).
Add a function to the list when the stored shape changes; never edit one that has shipped.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from .errors import FileDamage
from .jsonstorage import Tables

META_TABLE = "meta"
META_DOC = "1"
APP_MARK = "unionbulletin"

Migration = Callable[[Tables], Tables]


def _v2_bulletin_records(tables: Tables) -> Tables:
    """Version 2: a bulletin's record holds the exchange JSON under "bulletin", beside the keys of
    the proofreading findings ignored for it (none yet)."""
    bulletins = tables.get("bulletins", {})
    for key, doc in list(bulletins.items()):
        bulletins[key] = {"bulletin": doc, "ignored_findings": []}
    return tables


MIGRATIONS: list[Migration] = [_v2_bulletin_records]


def current_schema() -> int:
    return len(MIGRATIONS) + 1


def meta(tables: Tables) -> dict[str, Any]:
    """The meta document; FileDamage when the file is not a unionbulletin database."""
    doc = tables.get(META_TABLE, {}).get(META_DOC)
    if doc is None:
        raise FileDamage("内容结构不对：缺少数据格式版本（meta 表），这不是 unionbulletin 的数据文件")
    return doc


def schema_version(tables: Tables) -> int:
    value = meta(tables).get("schema_version")
    if isinstance(value, bool) or not isinstance(value, int) or value < 1:
        raise FileDamage(f"内容结构不对：数据格式版本应为正整数，实为 {value!r}")
    return value


def new_meta(next_bulletin_id: int = 1) -> dict[str, Any]:
    return {"app": APP_MARK, "schema_version": current_schema(), "next_bulletin_id": next_bulletin_id}


def migrate(tables: Tables) -> Tables:
    """Apply every migration from the file's version up to the current one (pure, in memory)."""
    version = schema_version(tables)
    for step in MIGRATIONS[version - 1 :]:
        tables = step(tables)
        version += 1
        meta(tables)["schema_version"] = version
    return tables
