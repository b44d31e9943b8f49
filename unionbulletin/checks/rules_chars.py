"""Character rules: PDF-extraction artefacts, full-width digits and letters, stray spaces."""

from __future__ import annotations

import re
import unicodedata
from collections.abc import Iterator

from .base import CheckContext, Rule, at, is_chinese
from .finding import Finding

ARTEFACT = "chars.pdf-artefact"
FULLWIDTH = "chars.fullwidth-alnum"
SPACE = "chars.space"

# Yi syllables (GB2312 row-3 codes read as Unicode: ꎮ ꎬ ꎻ …), Kangxi radicals and the CJK radicals
# supplement (what Qt's PDF text layer gives for 工 → ⼯), CJK compatibility ideographs.
ARTEFACT_RE = re.compile("[\ua000-\ua4cf\u2e80-\u2fdf\uf900-\ufaff]+")
_FULLWIDTH_RE = re.compile("[\uff10-\uff19\uff21-\uff3a\uff41-\uff5a]+")
_SPACE_RE = re.compile("[ \t\u00a0\u3000]+")


def artefact_replacement(ch: str) -> str | None:
    """The character an artefact stands for, or None when it cannot be told."""
    cp = ord(ch)
    if 0xA3A1 <= cp <= 0xA3FE:
        # GB2312 0xA3xx is the full-width ASCII row: U+FF01 + (cp − 0xA3A1); then the usual clean-up.
        full = chr(cp - 0xA3A1 + 0xFF01)
        if full == "．":
            return "。"
        if full.isalnum():
            return unicodedata.normalize("NFKC", full)
        return full
    if 0x2E80 <= cp <= 0x2FDF or 0xF900 <= cp <= 0xFAFF:
        mapped = unicodedata.normalize("NFKC", ch)
        return mapped if mapped != ch else None
    return None


def _artefacts(ctx: CheckContext) -> Iterator[Finding]:
    for field in ctx.fields:
        for m in ARTEFACT_RE.finditer(field.text):
            run = m.group()
            mapped = [artefact_replacement(ch) for ch in run]
            codes = "、".join(f"U+{ord(ch):04X}" for ch in run[:3]) + ("…" if len(run) > 3 else "")
            if all(r is not None for r in mapped):
                fixed = "".join(r for r in mapped if r is not None)
                yield at(field, ARTEFACT, "error",
                         f"“{run}”（{codes}）是从 PDF 复制带来的乱码字符，应为“{fixed}”",
                         m.start(), len(run), (fixed, f"改为“{fixed}”"))
            else:
                yield at(field, ARTEFACT, "error",
                         f"“{run}”（{codes}）是从 PDF 复制带来的乱码字符，请对照原文改正",
                         m.start(), len(run))


def _fullwidth(ctx: CheckContext) -> Iterator[Finding]:
    for field in ctx.fields:
        for m in _FULLWIDTH_RE.finditer(field.text):
            run = m.group()
            ascii_run = unicodedata.normalize("NFKC", run)
            kind = "数字" if run.isdigit() else "字母"
            yield at(field, FULLWIDTH, "warning", f"全角{kind}“{run}”应使用半角“{ascii_run}”",
                     m.start(), len(run), (ascii_run, f"改为“{ascii_run}”"))


def _spaces(ctx: CheckContext) -> Iterator[Finding]:
    for field in ctx.fields:
        text = field.text
        for m in _SPACE_RE.finditer(text):
            run = m.group()
            start, end = m.start(), m.end()
            before = text[start - 1] if start > 0 else "\n"
            after = text[end] if end < len(text) else "\n"
            if before == "\n" or after == "\n":
                where = "开头" if before == "\n" else "末尾"
                message = f"段落{where}有多余的空格"
                if before == "\n":
                    message += "（缩进由排版生成，不用空格）"
                yield at(field, SPACE, "warning", message, start, len(run), ("", "删除空格"))
            elif run == "\u3000":
                continue  # one ideographic space inside a phrase is the author's gap (决胜小康　奋斗有我)
            elif "\u3000" in run and all(c in "\u3000" for c in run):
                yield at(field, SPACE, "warning", "连续的全角空格，词组间隔只留一个", start, len(run),
                         ("\u3000", "只留一个全角空格"))
            elif is_chinese(before) or is_chinese(after):
                yield at(field, SPACE, "warning", f"中文之间有多余的空格（“{before}{run}{after}”）",
                         start, len(run), ("", "删除空格"))


RULES = (
    Rule(frozenset({ARTEFACT}), _artefacts),
    Rule(frozenset({FULLWIDTH}), _fullwidth),
    Rule(frozenset({SPACE}), _spaces),
)
