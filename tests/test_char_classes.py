"""The one definition of a Chinese character (domain/char_classes.py) at its edges, and its users agree."""

from __future__ import annotations

import unicodedata

import pytest

from unionbulletin.domain.char_classes import HAN_RANGES, RADICAL_RANGES, is_han, is_radical
from unionbulletin.domain.text_cleanup import fix_spaces
from unionbulletin.render.docx_xml import BOUNDARY_MARK, script_boundaries

EDGES = [
    ("〇", True),  # U+3007 IDEOGRAPHIC NUMBER ZERO (二〇二〇年)
    ("\u3006", False),
    ("\u3008", False),  # 〆 and 〈 beside it
    ("\u3400", True),
    ("\u4dbf", True),  # Extension A
    ("\u33ff", False),
    ("\u4dc0", False),  # a CJK compatibility square, a Yijing hexagram
    ("\u4e00", True),
    ("\u9fa5", True),
    ("\u9fff", True),  # 一, 龥, the block's end
    ("\ua000", False),  # Yi syllable (ꀀ): what GB2312 row 3 turns into
    ("\uf900", True),
    ("\ufa11", True),
    ("\ufaff", True),  # compatibility ideographs (﨑)
    ("\uf8ff", False),
    ("\ufb00", False),  # private use, the ﬀ ligature
    ("\U00020000", True),
    ("\U0002a6df", True),  # Extension B
    ("\U0002a6e0", False),
    ("\U0002a6ff", False),  # the gap between B and C
    ("\U0002a700", True),
    ("\U0002b73f", True),  # C
    ("\U0002b740", True),
    ("\U0002b81f", True),  # D
    ("\U0002b820", True),
    ("\U0002ceaf", True),  # E
    ("\U0002ceb0", True),
    ("\U0002ebef", True),  # F
    ("\U0002ebf0", True),
    ("\U0002ee5f", True),  # I
    ("\U0002ee60", False),
    ("\U0002f7ff", False),
    ("\U0002f800", True),
    ("\U0002fa1f", True),  # compatibility supplement (丽)
    ("\U0002fa20", False),
    ("\U0002ffff", False),
    ("\U00030000", True),
    ("\U0003134f", True),  # G
    ("\U00031350", True),
    ("\U000323af", True),  # H
    ("\U000323b0", False),
    ("\u2f2f", False),
    ("\u2e80", False),  # Kangxi radical ⼯ and a supplementary radical
    ("、", False),
    ("。", False),
    ("あ", False),
    ("Ａ", False),
    ("a", False),
    ("1", False),
    ("\u3000", False),
    ("", False),
    ("一二", False),  # not one character
]


@pytest.mark.parametrize(
    ("ch", "expected"), EDGES, ids=[f"U+{ord(c[0]):04X}" if c else "empty" for c, _ in EDGES]
)
def test_edges(ch: str, expected: bool) -> None:
    assert is_han(ch) is expected


def test_agrees_with_the_unicode_names() -> None:
    """Every code point Python's Unicode database names a CJK (compatibility) ideograph is one here,
    and every named one here is such an ideograph or 〇 (Extensions H and I postdate Python 3.11's
    database and are unnamed there)."""
    prefixes = ("CJK UNIFIED IDEOGRAPH-", "CJK COMPATIBILITY IDEOGRAPH-")
    for cp in range(0x3000, HAN_RANGES[-1][1] + 2):
        ch = chr(cp)
        name = unicodedata.name(ch, "")
        if name.startswith(prefixes):
            assert is_han(ch), hex(cp)
        elif name:
            assert not is_han(ch) or ch == "〇", (hex(cp), name)


def test_radicals_are_not_characters_but_are_known() -> None:
    for first, last in RADICAL_RANGES:
        for cp in (first, last):
            assert is_radical(chr(cp)) and not is_han(chr(cp))
    assert not is_radical("工") and not is_radical("")


def test_the_ranges_are_sorted_and_disjoint() -> None:
    flat = [cp for pair in HAN_RANGES for cp in pair]
    assert flat == sorted(flat) and len(set(flat)) == len(flat) - sum(a == b for a, b in HAN_RANGES)


def test_the_users_agree_beyond_the_basic_plane() -> None:
    """The DOCX writer marks the boundary between a Chinese character and a Latin letter for every
    block (before: only the BMP blocks, so 𠀀A got LibreOffice's automatic space); the clean-up drops
    the space between an Extension B character and a digit."""
    assert script_boundaries("𠀀A") == f"𠀀{BOUNDARY_MARK}A"
    assert script_boundaries("二〇2") == f"二〇{BOUNDARY_MARK}2"
    assert script_boundaries("一A") == f"一{BOUNDARY_MARK}A"
    assert fix_spaces("𠀀 1") == "𠀀1"
