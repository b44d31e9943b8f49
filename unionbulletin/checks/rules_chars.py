"""Character rules: PDF-extraction artefacts, full-width digits and letters, stray spaces.

Detection is here; every replacement comes from the importer's clean-up (`domain.text_cleanup`:
`map_characters`, `fix_spaces`), so a fixed text is exactly what an import of it would give.
"""

from __future__ import annotations

import re
from collections.abc import Iterator

from ..domain.text_cleanup import fix_spaces, map_characters
from .base import CheckContext, Rule, at
from .finding import Finding

ARTEFACT = "chars.pdf-artefact"
FULLWIDTH = "chars.fullwidth-alnum"
SPACE = "chars.space"

# Yi syllables (GB2312 row-3 codes read as Unicode: ꎮ ꎬ ꎻ …), the CJK radicals supplement and Kangxi
# radicals (Qt's PDF text layer gives ⼯ for 工), CJK compatibility ideographs, «» for 《》.
ARTEFACT_RE = re.compile("[\ua000-\ua4cf\u2e80-\u2fdf\uf900-\ufaff\U0002f800-\U0002fa1f«»]+")
_FULLWIDTH_RE = re.compile("[\uff10-\uff19\uff21-\uff3a\uff41-\uff5a]+")
_SPACE_RE = re.compile(r"[^\S\n]+")  # any blank but the paragraph separator
_OPEN_QUOTES = "“‘「『《〈"
_CLOSE_QUOTES = "”’」』》〉"


def _mapped(text: str) -> str | None:
    """`map_characters` of the whole field when it maps one character to one (the usual case), so
    that `．` is told from a decimal point by its neighbours; else None."""
    mapped = map_characters(text)
    return mapped if len(mapped) == len(text) else None


def _artefacts(ctx: CheckContext) -> Iterator[Finding]:
    for field in ctx.fields:
        if not ARTEFACT_RE.search(field.text):
            continue
        whole = _mapped(field.text)
        for m in ARTEFACT_RE.finditer(field.text):
            run = m.group()
            fixed = whole[m.start() : m.end()] if whole is not None else map_characters(run)
            codes = "、".join(f"U+{ord(ch):04X}" for ch in run[:3]) + ("…" if len(run) > 3 else "")
            if len(fixed) == len(run) and not ARTEFACT_RE.search(fixed):
                what = (
                    "书名号应使用“《》”"
                    if set(run) <= set("«»")
                    else f"“{run}”（{codes}）是从 PDF 复制带来的乱码字符"
                )
                yield at(
                    field,
                    ARTEFACT,
                    "error",
                    f"{what}，应为“{fixed}”",
                    m.start(),
                    len(run),
                    (fixed, f"改为“{fixed}”"),
                )
            else:
                yield at(
                    field,
                    ARTEFACT,
                    "error",
                    f"“{run}”（{codes}）是从 PDF 复制带来的乱码字符，请对照原文改正",
                    m.start(),
                    len(run),
                )


def _fullwidth(ctx: CheckContext) -> Iterator[Finding]:
    for field in ctx.fields:
        for m in _FULLWIDTH_RE.finditer(field.text):
            run = m.group()
            ascii_run = map_characters(run)
            kind = "数字" if run.isdigit() else "字母"
            yield at(
                field,
                FULLWIDTH,
                "warning",
                f"全角{kind}“{run}”应使用半角“{ascii_run}”",
                m.start(),
                len(run),
                (ascii_run, f"改为“{ascii_run}”"),
            )


class _QuoteDepth:
    """Quotation depth at increasing positions of one text, in one pass overall."""

    def __init__(self, text: str) -> None:
        self.text = text
        self.pos = 0
        self.depth = 0

    def at(self, index: int) -> int:
        for ch in self.text[self.pos : index]:
            if ch in _OPEN_QUOTES:
                self.depth += 1
            elif ch in _CLOSE_QUOTES and self.depth:
                self.depth -= 1
        self.pos = max(self.pos, index)
        return self.depth


def _space_repair(text: str, start: int, end: int, quotes: _QuoteDepth) -> str:
    """What the importer's `fix_spaces` makes of the blank run text[start:end]."""
    if start == 0 or end == len(text) or text[start - 1] == "\n" or text[end] == "\n":
        return ""  # fix_spaces works per paragraph and drops blanks at either end
    # The decision depends on the two neighbours and, between two Han characters, on whether the
    # run is inside a quotation (a phrase gap there becomes one U+3000).
    prefix = "“" if quotes.at(start) else ""
    window = prefix + text[start - 1 : end + 1]
    repaired = fix_spaces(window)
    return repaired[len(prefix) + 1 : -1]


def _spaces(ctx: CheckContext) -> Iterator[Finding]:
    for field in ctx.fields:
        text = field.text
        quotes = _QuoteDepth(text)
        for m in _SPACE_RE.finditer(text):
            run, start, end = m.group(), m.start(), m.end()
            replacement = _space_repair(text, start, end, quotes)
            if replacement == run:
                continue
            if start == 0 or text[start - 1] == "\n":
                message = "段落开头有多余的空格（缩进由排版生成，不用空格）"
            elif end == len(text) or text[end] == "\n":
                message = "段落末尾有多余的空格"
            elif replacement == "\u3000":
                message = "词组之间只留一个全角空格"
            elif replacement == " ":
                message = "中文与外文之间只留一个空格"
            else:
                message = f"中文之间有多余的空格（“{text[start - 1]}{run}{text[end]}”）"
            label = "删除空格" if not replacement else "改为一个空格"
            yield at(field, SPACE, "warning", message, start, len(run), (replacement, label))


RULES = (
    Rule(frozenset({ARTEFACT}), _artefacts),
    Rule(frozenset({FULLWIDTH}), _fullwidth),
    Rule(frozenset({SPACE}), _spaces),
)
