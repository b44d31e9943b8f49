"""Punctuation rules (GB/T 15834): half-width marks in Chinese text, unbalanced pairs, doubled
marks, lead sentences without their 。, tasks and titles ending in a mark."""

from __future__ import annotations

import re
from collections.abc import Iterator

from ..domain.char_classes import is_han
from ..domain.text_cleanup import fix_punctuation
from .base import POINT_MARKS, CheckContext, Rule, at, is_chinese
from .finding import Finding
from .text_fields import TextField

HALFWIDTH = "punct.halfwidth"
UNBALANCED = "punct.unbalanced"
DOUBLED = "punct.doubled"
HEADING_STOP = "punct.heading-stop"
TRAILING = "punct.trailing"

_PAREN_PAIR_RE = re.compile(r"\(([^()\n]*)\)")

_PAIRS = {
    "“": "”",
    "‘": "’",
    "《": "》",
    "（": "）",
    "【": "】",
    "〔": "〕",
    "〈": "〉",
    "「": "」",
    "『": "』",
}
_CLOSERS = {close: open_ for open_, close in _PAIRS.items()}
_MARK_NAMES = {
    "“": "左双引号",
    "”": "右双引号",
    "‘": "左单引号",
    "’": "右单引号",
    "《": "左书名号",
    "》": "右书名号",
    "（": "左括号",
    "）": "右括号",
    "【": "左方头括号",
    "】": "右方头括号",
    "〔": "左六角括号",
    "〕": "右六角括号",
    "〈": "左单书名号",
    "〉": "右单书名号",
    "「": "左直角引号",
    "」": "右直角引号",
    "『": "左双直角引号",
    "』": "右双直角引号",
}

_DOUBLED_RE = re.compile("[。，、；：？！．]{2,}")
_ALLOWED_RUNS = frozenset({"？！", "！？"})
_SENTENCE_END = frozenset("。？！")
_CLOSING = frozenset("”’）》〉】〕」』")


def _halfwidth_in(field: TextField) -> Iterator[Finding]:
    """Marks the importer's `fix_punctuation` would turn full width (``: , ; ? ! ( )``), plus what it
    leaves: a half-width full stop after Chinese, straight double quotes around Chinese."""
    text = field.text
    fixed = fix_punctuation(text) if any(c in text for c in ":,;?!()") else text
    changed = [i for i in range(len(text)) if text[i] != fixed[i]] if len(fixed) == len(text) else []
    done: set[int] = set()
    for m in _PAREN_PAIR_RE.finditer(text):
        start, end = m.start(), m.end() - 1
        if start in changed and end in changed:
            done.update((start, end))
            full = fixed[start : end + 1]
            yield at(
                field,
                HALFWIDTH,
                "warning",
                "中文里的括号应使用全角“（）”",
                start,
                end - start + 1,
                (full, "改为全角括号"),
            )
    for i in changed:
        if i not in done:
            mark, full = text[i], fixed[i]
            yield at(
                field,
                HALFWIDTH,
                "warning",
                f"中文里的半角“{mark}”应为全角“{full}”",
                i,
                1,
                (full, f"改为“{full}”"),
            )
    n = len(text)
    for i, c in enumerate(text):
        if c != "." or i == 0:
            continue
        before, after = text[i - 1], text[i + 1] if i + 1 < n else ""
        # A full stop after Chinese text; never inside numbers, web addresses or the 1. marker.
        if (is_han(before) or before in _CLOSING) and not (after.isascii() and after.isalnum()):
            yield at(field, HALFWIDTH, "warning", "中文里的半角“.”应为句号“。”", i, 1, ("。", "改为“。”"))
    quotes = [i for i, c in enumerate(text) if c == '"']
    near = [i for i in quotes if (i and is_chinese(text[i - 1])) or (i + 1 < n and is_chinese(text[i + 1]))]
    if near:
        if len(quotes) % 2 == 0:
            for k in range(0, len(quotes), 2):
                s, e = quotes[k], quotes[k + 1]
                inner = text[s + 1 : e]
                yield at(
                    field,
                    HALFWIDTH,
                    "warning",
                    "中文里的半角引号应为“”",
                    s,
                    e - s + 1,
                    (f"“{inner}”", "改为全角引号“”"),
                )
        else:
            yield at(field, HALFWIDTH, "warning", "中文里的半角引号应为“”，且数目不成对", near[0], 1)


def _halfwidth(ctx: CheckContext) -> Iterator[Finding]:
    for field in ctx.fields:
        yield from _halfwidth_in(field)


def _unbalanced(ctx: CheckContext) -> Iterator[Finding]:
    for field in ctx.fields:
        stack: list[tuple[str, int]] = []
        for i, c in enumerate(field.text):
            if c in _PAIRS:
                stack.append((c, i))
            elif c in _CLOSERS:
                wanted = _CLOSERS[c]
                if stack and stack[-1][0] == wanted:
                    stack.pop()
                elif any(open_ == wanted for open_, _ in stack):
                    while stack[-1][0] != wanted:
                        open_, j = stack.pop()
                        yield at(
                            field,
                            UNBALANCED,
                            "error",
                            f"{_MARK_NAMES[open_]}没有对应的{_MARK_NAMES[_PAIRS[open_]]}",
                            j,
                            1,
                        )
                    stack.pop()
                else:
                    yield at(
                        field,
                        UNBALANCED,
                        "error",
                        f"{_MARK_NAMES[c]}前面缺少对应的{_MARK_NAMES[wanted]}",
                        i,
                        1,
                    )
        for open_, j in stack:
            yield at(
                field,
                UNBALANCED,
                "error",
                f"{_MARK_NAMES[open_]}没有对应的{_MARK_NAMES[_PAIRS[open_]]}",
                j,
                1,
            )


def _doubled(ctx: CheckContext) -> Iterator[Finding]:
    for field in ctx.fields:
        for m in _DOUBLED_RE.finditer(field.text):
            run = m.group()
            if run in _ALLOWED_RUNS:
                continue
            if len(set(run)) == 1:
                yield at(
                    field,
                    DOUBLED,
                    "error",
                    f"标点重复“{run}”",
                    m.start(),
                    len(run),
                    (run[0], f"只留一个“{run[0]}”"),
                )
            else:
                yield at(
                    field, DOUBLED, "error", f"标点连用“{run}”，请保留其中正确的一个", m.start(), len(run)
                )


def _heading_stop(ctx: CheckContext) -> Iterator[Finding]:
    for field in ctx.fields:
        if field.kind != "heading":
            continue
        text = field.text.rstrip()
        if not text:
            continue
        last = text[-1]
        if last in _SENTENCE_END or (last in _CLOSING and len(text) > 1 and text[-2] in _SENTENCE_END):
            continue
        if last in POINT_MARKS:
            yield at(
                field,
                HEADING_STOP,
                "warning",
                f"首句应以句号结束，不用“{last}”",
                len(text) - 1,
                1,
                ("。", "改为“。”"),
            )
        else:
            yield at(field, HEADING_STOP, "warning", "首句末尾缺少句号“。”", len(text), 0, ("。", "补上“。”"))


_TRAILING_KINDS = frozenset({"title", "content", "name", "deadline"})
_TRAILING_NAMES = {"title": "标题", "content": "任务", "name": "名称", "deadline": "完成时限"}


def _trailing(ctx: CheckContext) -> Iterator[Finding]:
    for field in ctx.fields:
        if field.kind not in _TRAILING_KINDS:
            continue
        text = field.text.rstrip()
        end = len(text)
        while end and text[end - 1] in POINT_MARKS:
            end -= 1
        if end < len(text):
            marks = text[end:]
            yield at(
                field,
                TRAILING,
                "warning",
                f"{_TRAILING_NAMES[field.kind]}末尾不用标点“{marks}”",
                end,
                len(marks),
                ("", f"删除“{marks}”"),
            )


RULES = (
    Rule(frozenset({HALFWIDTH}), _halfwidth),
    Rule(frozenset({UNBALANCED}), _unbalanced),
    Rule(frozenset({DOUBLED}), _doubled),
    Rule(frozenset({HEADING_STOP}), _heading_stop),
    Rule(frozenset({TRAILING}), _trailing),
)
