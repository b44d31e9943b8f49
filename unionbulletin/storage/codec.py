"""Stored documents ⇄ domain objects: bulletins, settings, the address book.

A bulletin's record (schema 2) holds the bulletin as exchange JSON under "bulletin" and, beside it,
what belongs to the bulletin but not to the document: the keys of the proofreading findings the user
ignored ("ignored_findings", sorted).

Decoding is strict: a document of the wrong shape raises FileDamage naming the table and the field,
because the file must then be left alone rather than "repaired" by overwriting it.

What can be saved can be opened: `saveable_bulletin`, `saveable_settings` and `saveable_address_book`
run before every write. They normalise the text, refuse a bulletin past a limit, and decode the
document about to be written with the very decoder the open path uses; unless that gives back exactly
what was meant to be saved, nothing is written (`Refused`).
"""

from __future__ import annotations

import json
from collections.abc import Callable, Iterable
from typing import Any, TypeVar

from ..domain import (
    AddressBook,
    Bulletin,
    Distribution,
    FontNames,
    Leader,
    OrgSettings,
    PlanLayout,
    RecipientGroup,
)
from ..domain.exchange import ExchangeError, from_exchange, to_exchange
from ..domain.limit_check import oversize
from ..domain.normalize import normalize_address_book, normalize_bulletin, normalize_settings
from .errors import FileDamage
from .jsonstorage import MAX_RECORD_ID, Tables
from .migrations import meta, schema_version

BULLETINS = "bulletins"
SETTINGS = "settings"
ADDRESS_BOOK = "address_book"
SINGLE_DOC = "1"  # settings and address book are one document each

Doc = dict[str, Any]
T = TypeVar("T")


RECORD_BULLETIN = "bulletin"
RECORD_IGNORED = "ignored_findings"


def bulletin_to_doc(b: Bulletin, ignored: Iterable[str] = ()) -> Doc:
    """The stored record of a bulletin (with the keys of its ignored findings)."""
    return {RECORD_BULLETIN: to_exchange(b), RECORD_IGNORED: sorted(set(ignored))}


def _record(doc_id: int, doc: Any) -> Doc:
    if not isinstance(doc, dict) or not isinstance(doc.get(RECORD_BULLETIN), dict):
        raise FileDamage(f"内容结构不对：第 {doc_id} 号简报的记录应为含 bulletin 对象的对象")
    return doc


def bulletin_from_doc(doc_id: int, doc: Doc) -> Bulletin:
    try:
        return from_exchange(_record(doc_id, doc)[RECORD_BULLETIN])
    except ExchangeError as exc:
        first = "；".join(f"{path}: {msg}" if path else msg for path, msg in exc.problems[:3])
        raise FileDamage(f"第 {doc_id} 号简报的数据无效：{first}") from exc


def ignored_from_doc(doc_id: int, doc: Doc) -> frozenset[str]:
    """The keys of the findings ignored for this bulletin."""
    value = _record(doc_id, doc).get(RECORD_IGNORED, [])
    if not isinstance(value, list) or not all(isinstance(v, str) for v in value):
        raise FileDamage(f"内容结构不对：第 {doc_id} 号简报的 ignored_findings 应为文本列表")
    return frozenset(value)


# ---- settings -------------------------------------------------------------------------------------


def _distribution_doc(d: Distribution) -> Doc:
    return {"report_to": list(d.report_to), "copy_to": list(d.copy_to), "send_to": list(d.send_to)}


def settings_to_doc(s: OrgSettings) -> Doc:
    return {
        "org": s.org,
        "series": s.series,
        "issue_format": s.issue_format,
        "editor": s.editor,
        "phone": s.phone,
        "distribution": _distribution_doc(s.distribution),
        "plan_layout": s.plan_layout.value,
        "hanging_punctuation": s.hanging_punctuation,
        "docx_font_names": s.docx_font_names.value,
        "font_files": {role: path for role, path in s.font_files},
    }


class _Fields:
    """Typed access to one stored document; a missing key gives the default, a wrong type is damage."""

    def __init__(self, table: str, doc: Any) -> None:
        if not isinstance(doc, dict):
            raise FileDamage(f"内容结构不对：{table} 应为对象")
        self.table = table
        self.doc: Doc = doc

    def _bad(self, key: str, expected: str) -> FileDamage:
        return FileDamage(f"内容结构不对：{self.table}.{key} 应为{expected}")

    def text(self, key: str, default: str) -> str:
        value = self.doc.get(key, default)
        if not isinstance(value, str):
            raise self._bad(key, "文本")
        return value

    def flag(self, key: str, default: bool) -> bool:
        value = self.doc.get(key, default)
        if not isinstance(value, bool):
            raise self._bad(key, "true 或 false")
        return value

    def names(self, key: str, doc: Any = None) -> tuple[str, ...]:
        source = self.doc if doc is None else doc
        value = source.get(key, [])
        if not isinstance(value, list) or not all(isinstance(v, str) for v in value):
            raise self._bad(key, "文本列表")
        return tuple(value)

    def objects(self, key: str) -> list[Doc]:
        value = self.doc.get(key, [])
        if not isinstance(value, list) or not all(isinstance(v, dict) for v in value):
            raise self._bad(key, "对象列表")
        return value

    def mapping(self, key: str) -> Doc:
        value = self.doc.get(key, {})
        if not isinstance(value, dict):
            raise self._bad(key, "对象")
        return value

    def choice(self, key: str, default: str, allowed: list[str]) -> str:
        value = self.text(key, default)
        if value not in allowed:
            raise self._bad(key, "、".join(allowed) + " 之一")
        return value


def settings_from_doc(doc: Any) -> OrgSettings:
    f = _Fields("settings", doc)
    base = OrgSettings()
    dist = f.mapping("distribution")
    font_files = f.mapping("font_files")
    if not all(isinstance(v, str) for v in font_files.values()):
        raise FileDamage("内容结构不对：settings.font_files 的值应为文件路径文本")
    return OrgSettings(
        org=f.text("org", base.org),
        series=f.text("series", base.series),
        issue_format=f.text("issue_format", base.issue_format),
        editor=f.text("editor", base.editor),
        phone=f.text("phone", base.phone),
        distribution=Distribution(
            report_to=f.names("report_to", dist),
            copy_to=f.names("copy_to", dist),
            send_to=f.names("send_to", dist),
        ),
        plan_layout=PlanLayout(
            f.choice("plan_layout", base.plan_layout.value, [p.value for p in PlanLayout])
        ),
        hanging_punctuation=f.flag("hanging_punctuation", base.hanging_punctuation),
        docx_font_names=FontNames(
            f.choice("docx_font_names", base.docx_font_names.value, [n.value for n in FontNames])
        ),
        font_files=tuple(sorted(font_files.items())),
    )


# ---- address book ---------------------------------------------------------------------------------


def address_book_to_doc(a: AddressBook) -> Doc:
    return {
        "leaders": [{"name": x.name, "title": x.title} for x in a.leaders],
        "departments": list(a.departments),
        "recipient_groups": [{"name": g.name, "members": list(g.members)} for g in a.recipient_groups],
    }


def address_book_from_doc(doc: Any) -> AddressBook:
    f = _Fields("address_book", doc)
    leaders = []
    for i, raw in enumerate(f.objects("leaders")):
        lf = _Fields(f"address_book.leaders[{i}]", raw)
        leaders.append(Leader(name=lf.text("name", ""), title=lf.text("title", "")))
    groups = []
    for i, raw in enumerate(f.objects("recipient_groups")):
        gf = _Fields(f"address_book.recipient_groups[{i}]", raw)
        groups.append(RecipientGroup(name=gf.text("name", ""), members=gf.names("members")))
    return AddressBook(
        leaders=tuple(leaders), departments=f.names("departments"), recipient_groups=tuple(groups)
    )


# ---- the whole file -------------------------------------------------------------------------------


def next_bulletin_id(tables: Tables) -> int:
    """The id the next bulletin gets: never reuses one, even if the counter was not saved."""
    stored = meta(tables).get("next_bulletin_id", 1)
    if isinstance(stored, bool) or not isinstance(stored, int):
        raise FileDamage("内容结构不对：meta.next_bulletin_id 应为整数")
    if not 1 <= stored <= MAX_RECORD_ID:  # an id beyond could be written but not read back
        raise FileDamage(f"内容结构不对：meta.next_bulletin_id 应在 1–{MAX_RECORD_ID} 之间")
    existing = [int(k) for k in tables.get(BULLETINS, {})]
    return max([stored, *(k + 1 for k in existing)])


def decode_ignored(tables: Tables) -> dict[int, frozenset[str]]:
    return {int(k): ignored_from_doc(int(k), doc) for k, doc in tables.get(BULLETINS, {}).items()}


def decode_bulletins(tables: Tables) -> dict[int, Bulletin]:
    return {int(k): bulletin_from_doc(int(k), doc) for k, doc in tables.get(BULLETINS, {}).items()}


def check_tables(tables: Tables) -> None:
    """Raise FileDamage unless every stored document decodes (the file version must be current)."""
    schema_version(tables)
    next_bulletin_id(tables)
    decode_bulletins(tables)
    decode_ignored(tables)
    settings_from_doc(tables.get(SETTINGS, {}).get(SINGLE_DOC, {}))
    address_book_from_doc(tables.get(ADDRESS_BOOK, {}).get(SINGLE_DOC, {}))


# ---- before every write ---------------------------------------------------------------------------


class Refused(Exception):
    """Internal: the document must not be written; `reasons` are Chinese sentences."""

    def __init__(self, reasons: list[str]) -> None:
        self.reasons = reasons
        super().__init__("".join(reasons))


def _reopened(doc: Doc, decode: Callable[[Any], T]) -> T:
    """`doc` as the open path will see it: through JSON text and the open path's decoder."""
    try:
        return decode(json.loads(json.dumps(doc, ensure_ascii=False)))
    except FileDamage as exc:
        raise Refused([f"保存后将无法打开（{exc}）。"]) from exc
    except (TypeError, ValueError, RecursionError) as exc:
        raise Refused([f"内容无法写成数据文件（{exc}）。"]) from exc


def _same_or_refuse(saved: T, reopened: T) -> T:
    if reopened != saved:
        raise Refused(["内容保存后再打开会与现在不同，为免丢失没有写入。"])
    return saved


def saveable_bulletin(b: Bulletin) -> Bulletin:
    """The bulletin as it will be stored (normalised); Refused when over a limit or not reopenable."""
    b = normalize_bulletin(b)
    problems = oversize(b)
    if problems:
        raise Refused(problems)
    return _same_or_refuse(b, _reopened(bulletin_to_doc(b), lambda doc: bulletin_from_doc(0, doc)))


def saveable_settings(s: OrgSettings) -> OrgSettings:
    s = normalize_settings(s)
    return _same_or_refuse(s, _reopened(settings_to_doc(s), settings_from_doc))


def saveable_address_book(a: AddressBook) -> AddressBook:
    a = normalize_address_book(a)
    return _same_or_refuse(a, _reopened(address_book_to_doc(a), address_book_from_doc))
