"""The one normalisation every piece of text passes on its way into the model.

Typing, paste, input methods, imports, exchange JSON, the settings and the address book all end
here, so the model never holds a character the data file, the DOCX (XML 1.0) or the layout refuses:

- where lines are allowed (an item's or a sub-point's body), CR LF, CR, U+000B (Word's Shift+Enter),
  U+000C (page break), U+0085, U+2028 and U+2029 become "\\n";
- where they are not (titles, lead sentences, names, every other field), a line break becomes a space
  between two Latin words and nothing next to Chinese text;
- a tab becomes a space; other C0 and C1 controls, lone surrogates (a pair is joined first) and
  noncharacters (U+FDD0–U+FDEF, U+xFFFE, U+xFFFF) are removed.

It changes nothing else (the clean-up of PDF artefacts is `domain.text_cleanup`), it is idempotent and linear
in the length of the text. `normalize_bulletin`, `normalize_settings` and `normalize_address_book`
apply it field by field, knowing which fields are multi-line.
"""

from __future__ import annotations

import dataclasses
import re

from .model import (
    AddressBook,
    Bulletin,
    Distribution,
    Item,
    Leader,
    OrgSettings,
    Plan,
    RecipientGroup,
    SubPoint,
    Summary,
    Task,
)

_BREAKS = "\x0b\x0c\r\x85\u2028\u2029"


def _removed_table() -> dict[int, str | None]:
    table: dict[int, str | None] = {}
    for cp in (*range(0x00, 0x09), *range(0x0E, 0x20), *range(0x7F, 0xA0)):
        table[cp] = None
    for cp in range(0xD800, 0xE000):  # lone surrogates (pairs were joined before)
        table[cp] = None
    for cp in range(0xFDD0, 0xFDF0):
        table[cp] = None
    for plane in range(17):
        table[plane * 0x10000 + 0xFFFE] = None
        table[plane * 0x10000 + 0xFFFF] = None
    for ch in _BREAKS:
        table[ord(ch)] = "\n"
    table[0x09] = " "
    return table


_TABLE = _removed_table()
REMOVED = _TABLE  # domain.text_cleanup's clean-up maps these characters the same way
# Everything the table changes, as one class: the common case (clean text) is a single search.
_NEEDS_WORK_RE = re.compile(
    "[\x00-\x09\x0b-\x1f\x7f-\x9f\u2028\u2029\ud800-\udfff\ufdd0-\ufdef\ufffe\uffff]"
    "|[\U0001fffe\U0001ffff\U0002fffe\U0002ffff\U0003fffe\U0003ffff\U0004fffe\U0004ffff"
    "\U0005fffe\U0005ffff\U0006fffe\U0006ffff\U0007fffe\U0007ffff\U0008fffe\U0008ffff"
    "\U0009fffe\U0009ffff\U000afffe\U000affff\U000bfffe\U000bffff\U000cfffe\U000cffff"
    "\U000dfffe\U000dffff\U000efffe\U000effff\U000ffffe\U000fffff\U0010fffe\U0010ffff]"
)
_SURROGATE_RE = re.compile("[\ud800-\udfff]")
_PAIR_RE = re.compile("[\ud800-\udbff][\udc00-\udfff]")
_LINE_BREAK_RE = re.compile("[ \u3000]*\n+[ \u3000]*")


def _joined_pair(m: re.Match[str]) -> str:
    hi, lo = (ord(c) for c in m.group())
    return chr(0x10000 + ((hi - 0xD800) << 10) + (lo - 0xDC00))


def join_surrogate_pairs(s: str) -> str:
    """Surrogate pairs (what some clipboards and decoders leave) made into the characters they
    encode; a lone surrogate stays for the caller's table to remove."""
    return _PAIR_RE.sub(_joined_pair, s) if _SURROGATE_RE.search(s) else s


def normalize_lines(s: str) -> str:
    """Text of a multi-line field: line breaks unified to "\\n", the forbidden characters removed."""
    if not _NEEDS_WORK_RE.search(s):
        return s
    if "\r\n" in s:
        s = s.replace("\r\n", "\n")
    return join_surrogate_pairs(s).translate(_TABLE)


def _ascii_word(ch: str) -> bool:
    return ch.isascii() and ch.isalnum()


def _line_join(m: re.Match[str]) -> str:
    s = m.string
    before = s[m.start() - 1] if m.start() > 0 else ""
    after = s[m.end()] if m.end() < len(s) else ""
    return " " if before and after and _ascii_word(before) and _ascii_word(after) else ""


def normalize_line(s: str) -> str:
    """Text of a one-line field: as `normalize_lines`, then every line break joined away."""
    s = normalize_lines(s)
    if "\n" in s:
        s = _LINE_BREAK_RE.sub(_line_join, s)
    return s


def _names(names: tuple[str, ...]) -> tuple[str, ...]:
    return tuple(normalize_line(n) for n in names)


def _distribution(d: Distribution) -> Distribution:
    return Distribution(report_to=_names(d.report_to), copy_to=_names(d.copy_to), send_to=_names(d.send_to))


# Each returns its argument itself when nothing changes (callers hold on to the object they passed).


def normalize_subpoint(s: SubPoint) -> SubPoint:
    out = dataclasses.replace(s, heading=normalize_line(s.heading), body=normalize_lines(s.body))
    return s if out == s else out


def normalize_item(it: Item) -> Item:
    out = dataclasses.replace(
        it,
        heading=normalize_line(it.heading),
        body=normalize_lines(it.body),
        subpoints=tuple(normalize_subpoint(s) for s in it.subpoints),
    )
    return it if out == it else out


def normalize_task(t: Task) -> Task:
    out = dataclasses.replace(
        t,
        content=normalize_line(t.content),
        leaders=_names(t.leaders),
        departments=_names(t.departments),
        deadline=normalize_line(t.deadline),
    )
    return t if out == t else out


def normalize_bulletin(b: Bulletin) -> Bulletin:
    """The bulletin with every text field normalised (ids kept); `b` itself when nothing changes."""
    out = dataclasses.replace(
        b,
        org=normalize_line(b.org),
        series=normalize_line(b.series),
        editor=normalize_line(b.editor),
        phone=normalize_line(b.phone),
        summary=Summary(
            title=normalize_line(b.summary.title), items=tuple(normalize_item(it) for it in b.summary.items)
        ),
        plan=None
        if b.plan is None
        else Plan(title=normalize_line(b.plan.title), tasks=tuple(normalize_task(t) for t in b.plan.tasks)),
        distribution=_distribution(b.distribution),
    )
    return b if out == b else out


def normalize_settings(s: OrgSettings) -> OrgSettings:
    """Settings with every text normalised (font file paths too: a path never holds a line break)."""
    return dataclasses.replace(
        s,
        org=normalize_line(s.org),
        series=normalize_line(s.series),
        issue_format=normalize_line(s.issue_format),
        editor=normalize_line(s.editor),
        phone=normalize_line(s.phone),
        distribution=_distribution(s.distribution),
        # stored as a mapping: one path per role, in role order
        font_files=tuple(
            sorted({normalize_line(role): normalize_line(path) for role, path in s.font_files}.items())
        ),
    )


def normalize_address_book(a: AddressBook) -> AddressBook:
    return AddressBook(
        leaders=tuple(Leader(name=normalize_line(x.name), title=normalize_line(x.title)) for x in a.leaders),
        departments=_names(a.departments),
        recipient_groups=tuple(
            RecipientGroup(name=normalize_line(g.name), members=_names(g.members)) for g in a.recipient_groups
        ),
    )
