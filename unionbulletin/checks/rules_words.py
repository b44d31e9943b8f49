"""Frequent word errors of official writing (截止目前 → 截至目前 …), kept as data in
``unionbulletin/data/word_errors.json``. Only entries marked ``fix`` carry a fix; context-dependent
pairs (制订/制定) are reported without one."""

from __future__ import annotations

import json
import re
from collections.abc import Iterator
from dataclasses import dataclass
from functools import lru_cache
from importlib import resources
from typing import Any

from .base import CheckContext, Rule, at
from .finding import Finding, Severity

WORD = "words.common-error"


@dataclass(frozen=True)
class WordError:
    wrong: str
    right: str
    fix: bool
    severity: Severity
    note: str
    before: str  # regex the text must be followed by ("" = anything)
    not_before: str  # regex the text must not be followed by


def _entry(raw: dict[str, Any]) -> WordError:
    severity = raw.get("severity", "error")
    if severity not in ("error", "warning", "hint"):
        raise ValueError(f"word_errors.json: bad severity {severity!r} for {raw.get('wrong')!r}")
    entry = WordError(
        str(raw["wrong"]),
        str(raw["right"]),
        bool(raw.get("fix", False)),
        severity,
        str(raw.get("note", "")),
        str(raw.get("before", "")),
        str(raw.get("not_before", "")),
    )
    if not entry.wrong or entry.wrong == entry.right:
        raise ValueError(f"word_errors.json: bad entry {raw!r}")
    return entry


@lru_cache(maxsize=1)
def word_errors() -> tuple[WordError, ...]:
    """The list shipped with the program (longest entries first, so 截止到目前 wins over 截止)."""
    text = resources.files("unionbulletin").joinpath("data/word_errors.json").read_text("utf-8")
    entries = [_entry(raw) for raw in json.loads(text)["entries"]]
    return tuple(sorted(entries, key=lambda e: -len(e.wrong)))


@lru_cache(maxsize=1)
def _pattern() -> re.Pattern[str]:
    parts = []
    for i, e in enumerate(word_errors()):
        part = re.escape(e.wrong)
        if e.before:
            part += f"(?={e.before})"
        if e.not_before:
            part += f"(?!{e.not_before})"
        parts.append(f"(?P<e{i}>{part})")
    return re.compile("|".join(parts))


def _words(ctx: CheckContext) -> Iterator[Finding]:
    entries = word_errors()
    pattern = _pattern()
    for field in ctx.fields:
        for m in pattern.finditer(field.text):
            assert m.lastgroup is not None
            e = entries[int(m.lastgroup[1:])]
            note = f"（{e.note}）" if e.note else ""
            if e.fix:
                yield at(
                    field,
                    WORD,
                    e.severity,
                    f"“{e.wrong}”应为“{e.right}”{note}",
                    m.start(),
                    len(e.wrong),
                    (e.right, f"改为“{e.right}”"),
                )
            else:
                yield at(
                    field, WORD, e.severity, f"“{e.wrong}”可能应为“{e.right}”{note}", m.start(), len(e.wrong)
                )


RULES = (Rule(frozenset({WORD}), _words),)
