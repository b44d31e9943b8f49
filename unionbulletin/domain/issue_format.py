"""The 期号 pattern of the settings (``OrgSettings.issue_format``): checked once, applied safely.

A pattern is a ``str.format`` template with the placeholders ``{n}``, ``{year}`` and ``{total}``.
``str.format`` can also reach attributes (``{n.x}``), indices (``{n[0]}``) and padding of any width
(``{n:>300000000}`` builds a 300 MB string), so a pattern is accepted only when every field is one
of the three names, without conversion, with at most a small width, and when formatting sample
numbers gives a short line. A bad pattern already stored in a data file never breaks layout, export
or proofreading: ``apply_issue_format`` falls back to the default and logs a warning.
"""

from __future__ import annotations

import logging
import re
import string
from functools import lru_cache

from .limits import LINE_CHARS

DEFAULT_ISSUE_FORMAT = "第{n}期"
PLACEHOLDERS = ("n", "year", "total")
# Fill, alignment, zero padding and a width of one digit, optionally "d": {n:02d}, {n:>3}.
_SPEC = re.compile(r"(?:.?[<>^=])?0?[1-9]?d?")
_SAMPLES = (
    {"n": 1, "year": 2020, "total": 1},
    {"n": 9_999, "year": 2099, "total": 99_999},
    {"n": 12, "year": 2020, "total": ""},
)

log = logging.getLogger(__name__)


@lru_cache(maxsize=64)
def issue_format_problem(pattern: str) -> str | None:
    """A Chinese sentence saying what is wrong with ``pattern``, or None when it can be used."""
    if len(pattern) > LINE_CHARS.value:
        return f"期号格式太长：{LINE_CHARS.exceeded(len(pattern))}"
    try:
        fields = list(string.Formatter().parse(pattern))
    except (ValueError, TypeError):
        return "期号格式的花括号不成对；文字中的花括号请写成 {{ 和 }}。"
    for _, name, spec, conversion in fields:
        if name is None:
            continue
        if name not in PLACEHOLDERS:
            return (
                f"期号格式中的“{{{name}}}”无法识别："
                "只能使用 {n}（期号）、{year}（年份）和 {total}（总期号）。"
            )
        if conversion or not _SPEC.fullmatch(spec or ""):
            field = name + (f"!{conversion}" if conversion else "") + (f":{spec}" if spec else "")
            return f"期号格式中的“{{{field}}}”不能使用：占位符后只可加一位数的宽度，如 {{n:02d}}。"
    for values in _SAMPLES:
        try:
            text = pattern.format(**values)
        except Exception:  # any failure of a user's pattern is a refusal, never a crash
            return "期号格式无法用示例期号排出，请只使用 {n}、{year} 和 {total}。"
        if len(text) > LINE_CHARS.value:
            return f"期号格式排出的期号太长：{LINE_CHARS.exceeded(len(text))}"
    return None


def issue_format_example(pattern: str) -> str | None:
    """第{n}期 → 第9期; None when the pattern is refused (``issue_format_problem`` says why)."""
    if issue_format_problem(pattern) is not None:
        return None
    return pattern.format(n=9, year=2020, total=121)


def usable_issue_format(pattern: str) -> str:
    """``pattern`` if it can be used, else the default (with a warning in the log)."""
    problem = issue_format_problem(pattern)
    if problem is None:
        return pattern
    _warn(pattern, problem)
    return DEFAULT_ISSUE_FORMAT


def apply_issue_format(pattern: str, n: int, year: int, total: int | str) -> str:
    """The 期号 text of ``pattern``; a refused pattern is replaced by the default 第{n}期."""
    pattern = usable_issue_format(pattern)
    try:
        return pattern.format(n=n, year=year, total=total)
    except Exception:  # numbers beyond the samples must still give a line
        _warn(pattern, "期号格式无法排出这一期的期号")
        return DEFAULT_ISSUE_FORMAT.format(n=n)


@lru_cache(maxsize=64)
def _warn(pattern: str, problem: str) -> None:
    log.warning(
        "设置中的期号格式“%s”不能使用，已改用默认格式“%s”：%s", pattern, DEFAULT_ISSUE_FORMAT, problem
    )
