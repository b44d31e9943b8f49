"""What a Chinese character (汉字) is: the one definition every layer uses (and what a space is).

A Chinese character is a Han ideograph: the CJK Unified Ideographs block and its extensions A to I,
the compatibility ideographs and their supplement, and 〇 (U+3007 IDEOGRAPHIC NUMBER ZERO, as in
二〇二〇年). Not Chinese characters: the Kangxi radicals and the radicals supplement (U+2E80–U+2FDF;
a PDF's text layer gives ⼯ for 工 and the clean-up maps them back), kana, punctuation, full-width
letters and digits. Unassigned code points inside a block count as ideographs: a later Unicode
version fills them with ideographs and nothing else.

Used by the clean-up of pasted and imported text, the paste rules, the proofreading rules and the
DOCX writer (where a Chinese character meets a Latin letter or digit).
"""

from __future__ import annotations

import re

# (first, last) code point of each block, in code point order.
HAN_RANGES: tuple[tuple[int, int], ...] = (
    (0x3007, 0x3007),  # 〇 IDEOGRAPHIC NUMBER ZERO
    (0x3400, 0x4DBF),  # Extension A
    (0x4E00, 0x9FFF),  # CJK Unified Ideographs
    (0xF900, 0xFAFF),  # CJK Compatibility Ideographs
    (0x20000, 0x2A6DF),  # Extension B
    (0x2A700, 0x2B73F),  # Extension C
    (0x2B740, 0x2B81F),  # Extension D
    (0x2B820, 0x2CEAF),  # Extension E
    (0x2CEB0, 0x2EBEF),  # Extension F
    (0x2EBF0, 0x2EE5F),  # Extension I
    (0x2F800, 0x2FA1F),  # CJK Compatibility Ideographs Supplement
    (0x30000, 0x3134F),  # Extension G
    (0x31350, 0x323AF),  # Extension H
)

# The compatibility ideographs (a subset of HAN_RANGES): NFKC maps each to a unified ideograph.
COMPATIBILITY_RANGES: tuple[tuple[int, int], ...] = ((0xF900, 0xFAFF), (0x2F800, 0x2FA1F))

# Radicals: drawn like characters, but artefacts in running text (the clean-up maps them).
RADICAL_RANGES: tuple[tuple[int, int], ...] = (
    (0x2E80, 0x2EFF),  # CJK Radicals Supplement
    (0x2F00, 0x2FDF),  # Kangxi Radicals
)


# Every kind of space a PDF or word processor produces (a string of characters, not a regex class).
SPACES = " \t\u00a0\u1680" + "".join(map(chr, range(0x2000, 0x200B))) + "\u202f\u205f\u3000"
SPACE_CLASS = "".join(re.escape(c) for c in SPACES)


def _char_class(ranges: tuple[tuple[int, int], ...]) -> str:
    return "".join(chr(a) if a == b else f"{chr(a)}-{chr(b)}" for a, b in ranges)


# The body of a regular-expression character class: f"[{HAN_CLASS}]" matches one Chinese character.
HAN_CLASS = _char_class(HAN_RANGES)
HAN_RE = re.compile(f"[{HAN_CLASS}]")
RADICAL_CLASS = _char_class(RADICAL_RANGES)


def is_han(ch: str) -> bool:
    """Whether `ch` (one character; '' gives False) is a Chinese character."""
    return HAN_RE.fullmatch(ch) is not None


def is_radical(ch: str) -> bool:
    """Whether `ch` is a Kangxi radical or a supplementary CJK radical."""
    return len(ch) == 1 and any(a <= ord(ch) <= b for a, b in RADICAL_RANGES)
