"""What every rule module shares: the check context, the rule record, character classes, helpers."""

from __future__ import annotations

from collections.abc import Callable, Iterable
from dataclasses import dataclass, replace
from typing import TYPE_CHECKING

from ..domain.char_classes import is_han, is_radical
from ..domain.model import AddressBook, Bulletin, OrgSettings
from .finding import Finding, Fix, Severity
from .text_fields import TextField

if TYPE_CHECKING:
    from ..layout.fonts import FontResolver


@dataclass(frozen=True)
class CheckContext:
    bulletin: Bulletin
    settings: OrgSettings
    address_book: AddressBook
    fields: tuple[TextField, ...]
    fonts: FontResolver | None  # None: the font rules are skipped


@dataclass(frozen=True)
class Rule:
    """A check function and the rule ids it can report (the engine skips it when all are ignored)."""

    ids: frozenset[str]
    run: Callable[[CheckContext], Iterable[Finding]]


# Full-width / Chinese punctuation (GB/T 15834) that may stand next to Chinese text.
CJK_PUNCT = frozenset("，。、；：？！“”‘’（）《》〈〉【】〔〕「」『』—…·～－／．　")
# 点号: the marks that end or pause a sentence.
POINT_MARKS = frozenset("。，、；：？！．")


def is_chinese(ch: str) -> bool:
    """Part of Chinese text: a Chinese character (`domain.char_classes`), a radical standing for one, or a
    full-width or CJK punctuation mark."""
    cp = ord(ch)
    return is_han(ch) or is_radical(ch) or ch in CJK_PUNCT or 0xFF01 <= cp <= 0xFF5E or 0x3000 <= cp <= 0x303F


def at(
    field: TextField,
    rule: str,
    severity: Severity,
    message: str,
    offset: int | None = None,
    length: int = 0,
    fix: tuple[str, str] | None = None,
) -> Finding:
    """A finding in `field` at `offset` (None: the whole field) covering `length` characters.

    `fix` is (replacement, label): with an offset the replacement stands for the `length`
    characters there, without one for the whole field.
    """
    text = field.text[offset : offset + length] if offset is not None else field.text
    loc = replace(field.location, offset=offset, length=length if offset is not None else 0, text=text)
    safe = None
    if fix is not None:
        replacement, label = fix
        safe = Fix(replacement, offset, length if offset is not None else len(field.text), text, label)
    return Finding(rule, severity, message, loc, safe)


def whole(field: TextField, rule: str, severity: Severity, message: str) -> Finding:
    """A finding about the field as a whole (no offset, no fix)."""
    return Finding(rule, severity, message, replace(field.location, text=field.text))
