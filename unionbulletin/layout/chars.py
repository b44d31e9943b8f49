"""Character classes for the grid line breaker (official-format.md §6.1–6.2, §7).

* width on the grid: a CJK character or full-width mark takes one cell, an ASCII digit, letter or
  half-width mark half a cell (``cell_units``);
* the clreq "basic" prohibition sets ``CANNOT_START`` / ``CANNOT_END`` exactly as §6.1 lists them;
* ``HANGABLE``: the closing marks Word lets hang past the right edge (§6.2);
* unbreakable clusters (``clusters``): ``——`` and ``……`` runs, Arabic numbers with an inner ``.``/``:``
  /``,`` and a following ``%‰℃°``, Latin words.

The DOCX writer and the preview can import these sets instead of keeping their own copies.
"""

from __future__ import annotations

import re
import unicodedata
from functools import lru_cache

# §6.1 CANNOT_START (行首禁则), clreq basic level.
CANNOT_START: frozenset[str] = frozenset(
    "、。，．：；？！"  # pause and stop marks
    "”’）］｝〕〗】》〉」』"  # closing quotes and brackets
    "·・"  # interpuncts
    "～－‐／/"  # connectors and solidi
    "—"  # a single em dash used as connector (a run of two may start a line, see may_start)
    "%％‰℃°′″"  # unit suffixes
    ")]},.:;?!"  # ASCII closers and stops, if they survive normalisation
)

# §6.1 CANNOT_END (行尾禁则).
CANNOT_END: frozenset[str] = frozenset(
    "“‘（［｛〔〖【《〈「『"  # opening quotes and brackets
    "([{"  # ASCII openers
    "￥¥＄$£"  # currency prefixes
)

# §6.2: marks that may hang one cell past the right edge in the Word-compatible mode.
HANGABLE: frozenset[str] = frozenset("、，。．：；？！”’）》〉」』】〕")

# Paragraph-internal blanks: never start a line (a blank at a line start would look like an indent).
BLANKS: frozenset[str] = frozenset(" \u3000")

# Full-stop-like marks (点号) that must not end a title line or a standalone heading.
POINT_MARKS: frozenset[str] = frozenset("。，、；：？！")

# Characters that East Asian Width calls ambiguous or neutral but that take a full cell in Chinese
# text, and the reverse.
_FULL_WIDTH_EXTRA: frozenset[str] = frozenset("“”‘’—…·°℃‰′″※§")
_TWO_CELLS: dict[str, float] = {"\u2e3a": 2.0, "\u2e3b": 3.0}  # ⸺ two-em dash, ⸻ three-em dash

_NUMBER_OR_WORD = re.compile(r"[A-Za-z0-9]+(?:[.,:'\-/][A-Za-z0-9]+)*[%％‰℃°′″]*")
_DASH_OR_ELLIPSIS = re.compile(r"—{2,}|…{2,}|[\u2e3a\u2e3b]+")


@lru_cache(maxsize=4096)
def cell_units(ch: str) -> float:
    """Width of ``ch`` in grid cells: 1 for CJK and full-width marks, 0.5 for half-width characters."""
    special = _TWO_CELLS.get(ch)
    if special is not None:
        return special
    if ch in _FULL_WIDTH_EXTRA:
        return 1.0
    return 1.0 if unicodedata.east_asian_width(ch) in ("W", "F", "A") else 0.5


def printable(text: str) -> str:
    """``text`` without what must not be drawn: a tab becomes a space; other control and format
    characters (``\x0b`` from Word, zero-width spaces, a BOM, soft hyphens) are dropped."""
    if text.isprintable():
        return text
    return "".join(
        " " if ch == "\t" else ch
        for ch in text
        if ch == "\t" or unicodedata.category(ch) not in ("Cc", "Cf", "Zl", "Zp", "Cs")
    )


def is_half_width(ch: str) -> bool:
    return cell_units(ch) == 0.5


def clusters(text: str) -> list[tuple[int, int]]:
    """Split ``text`` into unbreakable clusters as (start, end) index pairs covering the text.

    A cluster is a run of ``——``/``……``, an Arabic number or Latin word (with inner ``.``, ``:``,
    ``,``, ``-``, ``/`` and unit suffixes such as ``%``), or a single other character.
    """
    spans: list[tuple[int, int]] = []
    i = 0
    n = len(text)
    while i < n:
        ch = text[i]
        m = None
        if ch in "—…\u2e3a\u2e3b":
            m = _DASH_OR_ELLIPSIS.match(text, i)
        elif ch.isascii() and ch.isalnum():
            m = _NUMBER_OR_WORD.match(text, i)
        end = m.end() if m else i + 1
        spans.append((i, end))
        i = end
    return spans


def may_start(text: str, start: int, end: int) -> bool:
    """Whether the cluster ``text[start:end]`` may begin a line (clreq basic)."""
    ch = text[start]
    if ch in BLANKS:
        return False
    if ch in CANNOT_START:
        # "——" as a whole may start a line at the basic level; a single "—" connector may not.
        return ch == "—" and end - start >= 2
    return True


def may_end(text: str, start: int, end: int) -> bool:
    """Whether the cluster ``text[start:end]`` may end a line."""
    return text[end - 1] not in CANNOT_END


def can_break_between(text: str, left: tuple[int, int], right: tuple[int, int]) -> bool:
    """Whether a line break is allowed between two adjacent clusters."""
    return may_end(text, *left) and may_start(text, *right)
