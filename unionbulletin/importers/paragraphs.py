"""Paragraphs of imported text: where the paragraphs of a printed bulletin begin and end.

Text copied out of a PDF (or a DOCX laid out by hand) has the printed page's line breaks inside its
paragraphs. Re-joining them needs to recognise the bulletin's structure: item markers (一、 （一）
1. （1）, `domain.conventions.marker_of`), the task field labels (责任领导：), section titles
(…九月份工作安排), the masthead lines (第N期, issuer and date), the 报/送/发 and 责任编辑/联系电话
lines. The patterns are shared with the importers that build the bulletin from the paragraphs
(`importers.text`, `importers.docx_reader`). The character-level clean-up is `domain.text_cleanup`.
"""

from __future__ import annotations

import re
from collections.abc import Iterable

from ..domain.char_classes import SPACE_CLASS
from ..domain.conventions import MARKER_NUMERALS as _NUMERALS
from ..domain.conventions import marker_of, marker_value
from ..domain.text_cleanup import STRIP, clean_paragraph, map_characters, split_lines

_SP = f"[{SPACE_CLASS}]*"
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
    line = line.strip(STRIP)
    return (
        marker_of(line) is not None
        or is_section_title(line)
        or is_head_line(line)
        or FIELD_RE.match(line) is not None
        or DISTRIBUTION_RE.match(line) is not None
        or TAIL_SINGLE_RE.match(line) is not None
    )


def ends_paragraph(line: str) -> bool:
    """Whether `line` could be the end of a paragraph: a finished sentence, or a line that stands
    alone (title, masthead line, field, distribution line, a task heading with no punctuation)."""
    line = line.rstrip(STRIP)
    return (
        _ends_sentence(line)
        or is_section_title(line)
        or is_head_line(line)
        or FIELD_RE.match(line) is not None
        or DISTRIBUTION_RE.match(line) is not None
        or TAIL_SINGLE_RE.match(line) is not None
    )


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
            value = marker_value(number)
            if prev_line.endswith(_NEVER_ENDS) and not prev_closed:
                pass  # 评出一等奖、|二、三等奖: a paragraph never ends with 、 ， or an opening bracket
            elif (
                value == counters[level] + 1
                or prev_closed
                or _ends_sentence(prev_line)
                or FIELD_RE.match(prev_line)
            ):
                starts = True
                counters[level] = value
                for deeper in range(level + 1, 4):
                    counters[deeper] = 0
                head = False
        elif (
            head or prev_closed or _ends_sentence(prev_line) or FIELD_RE.match(prev_line)
        ) and is_section_title(line):
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


def imported_paragraphs(s: str) -> list[str]:
    """The clean-up of imported text with the printed lines re-joined: a list of paragraphs."""
    out = []
    for p in join_printed_lines(split_lines(map_characters(s))):
        cleaned = clean_paragraph(p)
        if cleaned:
            out.append(cleaned)
    return out
