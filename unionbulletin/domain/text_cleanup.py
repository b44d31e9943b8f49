"""Clean-up of pasted and imported text (official-format.md §1, "extraction artefacts").

Text copied out of a PDF (or pasted from Word) carries artefacts: GB2312 row-3 punctuation read as
Yi syllables (ꎮ ꎬ ꎻ), full-width digits, spaces between every script change, page-number lines,
control characters. `clean_text` repairs all of them; the editors' paste and the importers use it.
Re-joining the lines a printed page broke needs the bulletin's structure (markers, field labels,
titles) and is the importer's (`importers.paragraphs`). The smaller steps are public so each can be
tested and reused alone. Everything is linear in the length of the text.
"""

from __future__ import annotations

import re
import unicodedata
from bisect import bisect_left, bisect_right

from .char_classes import COMPATIBILITY_RANGES, HAN_CLASS, RADICAL_RANGES, SPACE_CLASS, SPACES, is_han
from .normalize import REMOVED, join_surrogate_pairs

# ---- character classes ---------------------------------------------------------------------------

_HAN = HAN_CLASS  # domain/char_classes.py: the one definition of a Chinese character
# Full-width and CJK punctuation, Chinese quotes and brackets: nothing ever needs a space next to them.
_CJK_PUNCT = (
    "\u3001-\u303f\uff01-\uff0f\uff1a-\uff20\uff3b-\uff40\uff5b-\uff65\u2018\u2019\u201c\u201d"
    "\u2014\u2026\u00b7\u2013\u2025"
)
_SPACES = SPACES
_SPACE_CLASS = SPACE_CLASS
_ASCII_PUNCT = "!-/:-@\\[-`{-~"

_SPACE_RUN_RE = re.compile(f"[{_SPACE_CLASS}]+")
_CJK_CONTEXT_RE = re.compile(f"[{_HAN}{_CJK_PUNCT}]")

_OPEN_QUOTES = "“‘「『《〈"
_CLOSE_QUOTES = "”’」』》〉"
_QUOTE_RE = re.compile(f"[{_OPEN_QUOTES}{_CLOSE_QUOTES}]")


# ---- step 1: one-to-one character mapping --------------------------------------------------------


def _compat_ideograph_map() -> dict[int, str]:
    """Kangxi radicals, radical supplement and compatibility ideographs → unified ideographs.

    NFKC is applied to these characters only, never to the whole text (it would also fold
    full-width punctuation, which must stay).
    """
    table: dict[int, str] = {}
    ranges = (*RADICAL_RANGES, *COMPATIBILITY_RANGES)
    for low, high in ranges:
        for cp in range(low, high + 1):
            ch = chr(cp)
            folded = unicodedata.normalize("NFKC", ch)
            if folded != ch and len(folded) == 1:
                table[cp] = folded
    return table


def _char_map() -> dict[int, str | None]:
    table: dict[int, str | None] = {}
    # GB2312 row 3 (0xA3A1…0xA3FE) mis-read as code points U+A3A1…: back to U+FF01…U+FF5E.
    for cp in range(0xA3A1, 0xA3FF):
        table[cp] = chr(cp - 0xA3A1 + 0xFF01)
    # Full-width digits and Latin letters → ASCII (directly, also when they came through row 3).
    for full, ascii_start in ((0xFF10, 0x30), (0xFF21, 0x41), (0xFF41, 0x61)):
        count = 10 if ascii_start == 0x30 else 26
        for i in range(count):
            table[full + i] = chr(ascii_start + i)
            table[full + i - 0xFF01 + 0xA3A1] = chr(ascii_start + i)
    table[0xAB] = "《"
    table[0xBB] = "》"
    table.update(_compat_ideograph_map())
    # XML-invalid control characters go; Word's line break (VT) and page break (FF) become line ends.
    for cp in (*range(0x00, 0x09), *range(0x0E, 0x20), 0x7F, 0xFFFE, 0xFFFF):
        table[cp] = None
    for cp in range(0xD800, 0xE000):  # lone surrogates (pairs were combined before)
        table[cp] = None
    table[0x0B] = "\n"
    table[0x0C] = "\n"
    table[0x0D] = "\n"
    table[0x85] = "\n"
    table[0x2028] = "\n"
    table[0x2029] = "\n"
    table[0x09] = " "
    # Invisible characters that only get in the way: BOM, zero-width space, word joiner, soft hyphen.
    for cp in (0xFEFF, 0x200B, 0x2060, 0x00AD):
        table[cp] = None
    # and whatever else the model's one normalisation removes (C1 controls, noncharacters)
    for cp, replacement in REMOVED.items():
        table.setdefault(cp, replacement)
    return table


_CHAR_MAP = _char_map()
_FULL_STOP_RE = re.compile("．")


def map_characters(s: str) -> str:
    """The one-to-one repairs: U+A3xx family, full-width digits/letters, «», compatibility ideographs,
    control characters (VT/FF/CR become line ends), lone surrogates; `．` as full stop → `。`.
    """
    if "\r\n" in s:
        s = s.replace("\r\n", "\n")
    s = join_surrogate_pairs(s).translate(_CHAR_MAP)
    if "．" in s:
        s = _FULL_STOP_RE.sub(_full_stop, s)
    return s


def _full_stop(m: re.Match[str]) -> str:
    """`．` between digits is a decimal point, after a line-start number a list marker; else 。"""
    s = m.string
    i = m.start()
    before = s[i - 1] if i > 0 else ""
    after = s[i + 1] if i + 1 < len(s) else ""
    if before.isdigit() and before.isascii():
        if after.isdigit() and after.isascii():
            return "."
        j = i - 1
        while j > 0 and s[j - 1].isdigit() and s[j - 1].isascii():
            j -= 1
        k = j - 1
        while k >= 0 and s[k] in _SPACES:
            k -= 1
        if (k < 0 or s[k] == "\n") and i - j <= 2:
            return "."
    return "。"


# ---- step 2: lines -------------------------------------------------------------------------------

_PAGE_NUMBER_RE = re.compile(r"[-‐‑‒–—―－~～]{1,2}\s*\d{1,4}\s*[-‐‑‒–—―－~～]{1,2}")
STRIP = _SPACES + "\n"  # what surrounds a line: spaces and line ends


def split_lines(s: str) -> list[str]:
    """Non-empty lines with surrounding spaces stripped, page-number lines (`— 2 —`) dropped."""
    out: list[str] = []
    for raw in s.split("\n"):
        line = raw.strip(STRIP)
        if line and not _PAGE_NUMBER_RE.fullmatch(line):
            out.append(line)
    return out


# ---- step 4: punctuation and spaces within a paragraph -------------------------------------------

_HALF_TO_FULL = {":": "：", "(": "（", ")": "）", ",": "，", ";": "；", "?": "？", "!": "！"}
_HALF_PUNCT_RE = re.compile(r"[:,;?!]")
_PAREN_RE = re.compile(r"\(([^()\n]{0,80})\)|[()]")  # a pair first, else a lone parenthesis
# Spaces and convertible marks are transparent when looking for the text a mark stands next to,
# so that `。::` converts both colons at once (and a second clean-up changes nothing).
_TRANSPARENT_RUN_RE = re.compile(f"[{_SPACE_CLASS}:,;?!()]+")


def _is_cjk(ch: str) -> bool:
    return bool(ch) and _CJK_CONTEXT_RE.match(ch) is not None


class _Context:
    """The nearest non-transparent character on either side of any position, in O(log n)."""

    def __init__(self, s: str) -> None:
        self.s = s
        self.runs = [(m.start(), m.end()) for m in _TRANSPARENT_RUN_RE.finditer(s)]
        self.starts = [start for start, _ in self.runs]

    def neighbour(self, i: int, step: int) -> str:
        """From index i in direction step: the first character that is neither a space nor a
        convertible half-width mark ('' at the ends)."""
        s = self.s
        if not 0 <= i < len(s):
            return ""
        k = bisect_right(self.starts, i) - 1
        if k >= 0 and self.runs[k][0] <= i < self.runs[k][1]:
            start, end = self.runs[k]
            if step < 0:
                return s[start - 1] if start > 0 else ""
            return s[end] if end < len(s) else ""
        return s[i]

    def half_punct(self, m: re.Match[str]) -> str:
        s = self.s
        i = m.start()
        ch = m.group()
        before = s[i - 1] if i > 0 else ""
        after = s[i + 1] if i + 1 < len(s) else ""
        if before.isdigit() and after.isdigit():  # 15:40, 1,000
            return ch
        if _is_cjk(self.neighbour(i - 1, -1)) or _is_cjk(self.neighbour(i + 1, 1)):
            return _HALF_TO_FULL[ch]
        return ch

    def paren(self, m: re.Match[str]) -> str:
        """(街道) and (1) in Chinese text become full width; `Windows (x64) 版本` keeps its Latin pair."""
        s = self.s
        inner = m.group(1)
        start, end = m.start(), m.end()
        near = _is_cjk(self.neighbour(start - 1, -1)) or _is_cjk(self.neighbour(end, 1))
        if inner is None:  # a lone parenthesis
            return _HALF_TO_FULL[m.group()] if near else m.group()
        if _CJK_CONTEXT_RE.search(inner):
            return "（" + inner + "）"
        adjacent = (start > 0 and _is_cjk(s[start - 1])) or (end < len(s) and _is_cjk(s[end]))
        if adjacent or (near and not any(c.isascii() and c.isalpha() for c in inner)):
            return "（" + inner + "）"
        return m.group()


def fix_punctuation(s: str) -> str:
    """Half-width `: ( ) , ; ? !` next to Chinese → full width; numbers and times (15:40) stay."""
    if "(" in s or ")" in s:
        s = _PAREN_RE.sub(_Context(s).paren, s)
    if _HALF_PUNCT_RE.search(s):
        s = _HALF_PUNCT_RE.sub(_Context(s).half_punct, s)
    return s


def _quote_depths(s: str) -> tuple[list[int], list[int]]:
    """Positions of quote marks and the nesting depth right after each (for bisect)."""
    positions: list[int] = []
    depths: list[int] = []
    depth = 0
    for m in _QUOTE_RE.finditer(s):
        if m.group() in _OPEN_QUOTES:
            depth += 1
        elif depth > 0:
            depth -= 1
        positions.append(m.start())
        depths.append(depth)
    return positions, depths


class _SpaceFixer:
    """Callback for the space-run regex over one paragraph; computes quote depth lazily."""

    def __init__(self, s: str) -> None:
        self.s = s
        self.quotes: tuple[list[int], list[int]] | None = None

    def inside_quote(self, i: int) -> bool:
        if self.quotes is None:
            self.quotes = _quote_depths(self.s)
        positions, depths = self.quotes
        k = bisect_left(positions, i)
        return k > 0 and depths[k - 1] > 0

    def __call__(self, m: re.Match[str]) -> str:
        s = self.s
        run = m.group()
        start, end = m.start(), m.end()
        if start == 0 or end == len(s):
            return ""
        a, b = s[start - 1], s[end]
        a_han, b_han = is_han(a), is_han(b)
        if a_han and b_han:
            if "\u3000" in run or self.inside_quote(start):
                return "\u3000"  # an intentional phrase gap (决胜小康　奋斗有我)
            return ""
        a_punct = _CJK_CONTEXT_RE.match(a) is not None and not a_han
        b_punct = _CJK_CONTEXT_RE.match(b) is not None and not b_han
        if a_punct or b_punct:
            return ""
        if a_han or b_han:
            other = b if a_han else a
            if other in "()[]{}":
                return " "  # a parenthesis left half-width on purpose: Windows (x64) 版本
            if other.isdigit() or (other.isascii() and not other.isalnum()):
                return ""
            return " "  # Han next to a Latin letter: one plain space is a legitimate style
        return run


# Runs that go whatever the context: next to CJK punctuation, or between a Han ideograph and a digit.
_FAST_SPACES_RE = re.compile(
    f"(?<=[{_CJK_PUNCT}])[{_SPACE_CLASS}]+|[{_SPACE_CLASS}]+(?=[{_CJK_PUNCT}])"
    f"|(?<=[{_HAN}])[{_SPACE_CLASS}]+(?=[0-9])|(?<=[0-9])[{_SPACE_CLASS}]+(?=[{_HAN}])"
)


def fix_spaces(s: str) -> str:
    """Spaces between CJK characters, digits and punctuation go (`11 月 21 日` → `11月21日`,
    `书记、 常务` → `书记、常务`, `法院 + 工会` → `法院+工会`); a space between two Han ideographs
    inside a quotation becomes one U+3000; leading and trailing spaces go.
    """
    if not _SPACE_RUN_RE.search(s):
        return s
    s = _FAST_SPACES_RE.sub("", s)  # the common cases without a Python call per space
    return _SPACE_RUN_RE.sub(_SpaceFixer(s), s)


def clean_paragraph(s: str) -> str:
    """Punctuation and spaces of one paragraph (already character-mapped, no line breaks)."""
    return fix_spaces(fix_punctuation(s))


# ---- the whole clean-up --------------------------------------------------------------------------


def clean_paragraphs(s: str) -> list[str]:
    """The clean-up as a list of paragraphs (no empty ones), one per non-empty line.

    Printed lines are not re-joined here: recognising where a paragraph of a printed bulletin ends
    (item markers, field labels, titles) is the importer's job (`importers.paragraphs`).
    """
    out = []
    for p in split_lines(map_characters(s)):
        cleaned = clean_paragraph(p)
        if cleaned:
            out.append(cleaned)
    return out


def clean_text(s: str) -> str:
    """Repair text that went through a PDF or a word processor; paragraphs separated by "\\n"."""
    return "\n".join(clean_paragraphs(s))
