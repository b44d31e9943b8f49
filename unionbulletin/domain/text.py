"""Clean-up of pasted and imported text (official-format.md §1, "extraction artefacts").

Text copied out of a PDF (or pasted from Word) carries artefacts: GB2312 row-3 punctuation read as
Yi syllables (ꎮ ꎬ ꎻ), full-width digits, spaces between every script change, printed line and page
breaks inside paragraphs, page-number lines, control characters. `clean_text` repairs all of them;
the importer and the editor's paste both use it. The smaller steps are public so each can be tested
and reused alone. Everything is linear in the length of the text.
"""

from __future__ import annotations

import re
import unicodedata
from bisect import bisect_left, bisect_right
from collections.abc import Iterable

from .chars import COMPATIBILITY_RANGES, HAN_CLASS, RADICAL_RANGES, is_han
from .conventions import parse_chinese_numeral
from .normalize import REMOVED

# ---- character classes ---------------------------------------------------------------------------

_HAN = HAN_CLASS  # domain/chars.py: the one definition of a Chinese character
# Full-width and CJK punctuation, Chinese quotes and brackets: nothing ever needs a space next to them.
_CJK_PUNCT = (
    "\u3001-\u303f\uff01-\uff0f\uff1a-\uff20\uff3b-\uff40\uff5b-\uff65\u2018\u2019\u201c\u201d"
    "\u2014\u2026\u00b7\u2013\u2025"
)
# Every kind of space a PDF or word processor produces (a string of characters, not a regex class).
_SPACES = " \t\u00a0\u1680" + "".join(map(chr, range(0x2000, 0x200B))) + "\u202f\u205f\u3000"
_SPACE_CLASS = "".join(re.escape(c) for c in _SPACES)
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
_SURROGATE_RE = re.compile("[\ud800-\udfff]")
_SURROGATE_PAIR_RE = re.compile("[\ud800-\udbff][\udc00-\udfff]")
_FULL_STOP_RE = re.compile("．")


def _combine_pair(m: re.Match[str]) -> str:
    hi, lo = (ord(c) for c in m.group())
    return chr(0x10000 + ((hi - 0xD800) << 10) + (lo - 0xDC00))


def map_characters(s: str) -> str:
    """The one-to-one repairs: U+A3xx family, full-width digits/letters, «», compatibility ideographs,
    control characters (VT/FF/CR become line ends), lone surrogates; `．` as full stop → `。`.
    """
    if "\r\n" in s:
        s = s.replace("\r\n", "\n")
    if _SURROGATE_RE.search(s):
        s = _SURROGATE_PAIR_RE.sub(_combine_pair, s)
    s = s.translate(_CHAR_MAP)
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
_STRIP = _SPACES + "\n"


def split_lines(s: str) -> list[str]:
    """Non-empty lines with surrounding spaces stripped, page-number lines (`— 2 —`) dropped."""
    out: list[str] = []
    for raw in s.split("\n"):
        line = raw.strip(_STRIP)
        if line and not _PAGE_NUMBER_RE.fullmatch(line):
            out.append(line)
    return out


# ---- step 3: re-join printed lines into paragraphs -----------------------------------------------

_NUMERALS = "一二三四五六七八九十百零〇"
_SP = f"[{_SPACE_CLASS}]*"
# (level, regex); group 1 is the number.
_MARKERS: tuple[tuple[int, re.Pattern[str]], ...] = (
    (0, re.compile(f"([{_NUMERALS}]{{1,4}}){_SP}、")),
    (1, re.compile(f"[（(]{_SP}([{_NUMERALS}]{{1,4}}){_SP}[）)]")),
    (2, re.compile(rf"(\d{{1,2}}){_SP}[.．、](?![\d.．])")),
    (3, re.compile(f"[（(]{_SP}(\\d{{1,2}}){_SP}[）)]")),
)
FIELD_LABELS = ("责任领导", "责任部室", "完成时限")
FIELD_RE = re.compile(f"(?:{'|'.join(FIELD_LABELS)}){_SP}[:：]")
DISTRIBUTION_RE = re.compile(f"[报送发]{_SP}[:：]")
TAIL_SINGLE_RE = re.compile(f"(?:责任编辑|联系电话){_SP}[:：]|[（(]?共印{_SP}\\d+{_SP}份")
TITLE_SUFFIX_RE = re.compile(f"工作{_SP}(安排|综述|完成情况|情况|总结|要点|计划)$")
_MONTHISH_RE = re.compile(f"[{_NUMERALS}]{{1,3}}{_SP}月|\\d{{1,2}}{_SP}月|季度|年度|上半年|下半年|全年")
SENTENCE_PUNCT_RE = re.compile("[。，；！？：,;!?]")
DATE_END_RE = re.compile(f"\\d{{4}}{_SP}年{_SP}\\d{{1,2}}{_SP}月{_SP}\\d{{1,2}}{_SP}日$")
DATE_LINE_RE = re.compile(f"{_SP}\\d{{4}}{_SP}年{_SP}\\d{{1,2}}{_SP}月{_SP}\\d{{1,2}}{_SP}日{_SP}")
ISSUE_LINE_RE = re.compile(
    f"(?:(\\d{{4}}){_SP}年{_SP})?第{_SP}(\\d{{1,4}}|[{_NUMERALS}]{{1,6}}){_SP}期"
    f"(?:{_SP}[（(]{_SP}总第{_SP}(\\d{{1,5}}|[{_NUMERALS}]{{1,8}}){_SP}期{_SP}[）)])?"
)
_ENDS_SENTENCE = "。！？；：…!?;:"
_NEVER_ENDS = tuple("，、“‘（《〈【「『,(")
_CLOSERS = "”’」』）)》"


def marker_of(line: str) -> tuple[int, str, int] | None:
    """(level 0‥3, number text, end of the marker) when `line` starts with 一、 / （一） / 1. / （1）."""
    for level, rx in _MARKERS:
        m = rx.match(line)
        if m:
            return level, m.group(1), m.end()
    return None


def _marker_value(text: str) -> int:
    if text.isdigit():
        return int(text)
    return parse_chinese_numeral(text) or 0


def is_section_title(line: str) -> bool:
    """荆州市总工会九月份工作安排: short, no sentence punctuation, names a period, ends in 工作安排 etc."""
    return (
        len(line) <= 60
        and TITLE_SUFFIX_RE.search(line) is not None
        and _MONTHISH_RE.search(line) is not None
        and SENTENCE_PUNCT_RE.search(line) is None
        and marker_of(line) is None
    )


def is_head_line(line: str) -> bool:
    """A masthead line that stands alone: 第62期, or issuer and date (荆州市总工会 2018年12月12日)."""
    if len(line) > 60 or SENTENCE_PUNCT_RE.search(line):
        return False
    return ISSUE_LINE_RE.fullmatch(line) is not None or DATE_END_RE.search(line) is not None


def _ends_sentence(line: str) -> bool:
    tail = line.rstrip(_CLOSERS)
    return bool(tail) and tail[-1] in _ENDS_SENTENCE


def starts_paragraph(line: str) -> bool:
    """Whether `line` begins a paragraph of its own: a marker, a field or distribution label, a
    section or masthead line (the numbering check of `join_printed_lines` is not applied here)."""
    line = line.strip(_STRIP)
    return (marker_of(line) is not None or is_section_title(line) or is_head_line(line)
            or FIELD_RE.match(line) is not None or DISTRIBUTION_RE.match(line) is not None
            or TAIL_SINGLE_RE.match(line) is not None)


def ends_paragraph(line: str) -> bool:
    """Whether `line` could be the end of a paragraph: a finished sentence, or a line that stands
    alone (title, masthead line, field, distribution line, a task heading with no punctuation)."""
    line = line.rstrip(_STRIP)
    return (_ends_sentence(line) or is_section_title(line) or is_head_line(line)
            or FIELD_RE.match(line) is not None or DISTRIBUTION_RE.match(line) is not None
            or TAIL_SINGLE_RE.match(line) is not None)


def _joined(parts: list[str]) -> str:
    out = parts[0]
    if len(parts) == 1:
        return out
    pieces = [out]
    prev_last = out[-1]
    for part in parts[1:]:
        if prev_last.isascii() and prev_last.isalpha() and part[0].isascii() and part[0].isalpha():
            pieces.append(" ")
        pieces.append(part)
        prev_last = part[-1]
    return "".join(pieces)


def join_printed_lines(lines: Iterable[str]) -> list[str]:
    """Re-join lines broken by the printed page into paragraphs.

    A paragraph only ends before an item marker (一、 （一） 1. （1）), a task field label, a
    section title (…九月份工作安排), a distribution line (报： 送： 发： 责任编辑： 联系电话：), a line
    that is only a date after a finished sentence, or, before the first title or marker, a masthead
    line (第N期, issuer and date). Titles, masthead lines and the
    editor/phone lines also end the paragraph they are in. A marker that breaks the running numbering
    (三、四等奖 wrapped to a line start) only counts after a line that ends a sentence, and no marker
    counts after a line ending in 、 ， or an opening bracket.
    """
    paragraphs: list[list[str]] = []
    counters = [0, 0, 0, 0]
    head = True
    prev_closed = True  # the previous line ended its paragraph (start, title, masthead, tail line)
    prev_line = ""
    for line in lines:
        starts = False
        closes = False
        marker = marker_of(line)
        if marker is not None:
            level, number, _ = marker
            value = _marker_value(number)
            if prev_line.endswith(_NEVER_ENDS) and not prev_closed:
                pass  # 评出一等奖、|二、三等奖: a paragraph never ends with 、 ， or an opening bracket
            elif value == counters[level] + 1 or prev_closed or _ends_sentence(prev_line) \
                    or FIELD_RE.match(prev_line):
                starts = True
                counters[level] = value
                for deeper in range(level + 1, 4):
                    counters[deeper] = 0
                head = False
        elif (head or prev_closed or _ends_sentence(prev_line) or FIELD_RE.match(prev_line)) \
                and is_section_title(line):
            starts = closes = True
            counters = [0, 0, 0, 0]
            head = False
        elif FIELD_RE.match(line) or DISTRIBUTION_RE.match(line):
            starts = True
        elif TAIL_SINGLE_RE.match(line) or (head and is_head_line(line)):
            starts = closes = True
        elif DATE_LINE_RE.fullmatch(line) and (prev_closed or _ends_sentence(prev_line)):
            starts = closes = True  # a closing date (落款) under the last paragraph
        if starts or prev_closed or not paragraphs:
            paragraphs.append([line])
        else:
            paragraphs[-1].append(line)
        prev_closed = closes
        prev_line = line
    return [_joined(p) for p in paragraphs]


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

def clean_paragraphs(s: str, *, join_lines: bool = True) -> list[str]:
    """The clean-up as a list of paragraphs (no empty ones)."""
    lines = split_lines(map_characters(s))
    paragraphs = join_printed_lines(lines) if join_lines else lines
    out = []
    for p in paragraphs:
        cleaned = clean_paragraph(p)
        if cleaned:
            out.append(cleaned)
    return out


def clean_text(s: str, *, join_lines: bool = False) -> str:
    """Repair text that went through a PDF or a word processor; paragraphs separated by "\\n".

    With `join_lines`, printed line and page breaks inside a paragraph are re-joined (see
    `join_printed_lines`); without it every non-empty line stays a paragraph.
    """
    return "\n".join(clean_paragraphs(s, join_lines=join_lines))
