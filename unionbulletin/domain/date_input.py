"""Dates as people type them: 2020年9月1日, 2020-9-1, 2020.9.1, 2020/9/1, 9月1日, 20200901.

`parse_date_input(text, year=…)` is what the 印发日期 field calls on every edit: it returns the date
or raises `DateInputError` with a Chinese sentence that says what is wrong. A date without a year
(9月1日, 9-1) takes the year given by the caller (the year of the issue). Full-width digits and
punctuation, spaces, Chinese numerals (二〇二〇年九月一日) and a trailing 印发 are accepted.
"""

from __future__ import annotations

import datetime as _dt
import re

MIN_YEAR = 1949
MAX_YEAR = 2199

_FULL_WIDTH = {ord(c): chr(ord(c) - 0xFEE0) for c in "０１２３４５６７８９－．／"}
_NUMERALS = {
    "〇": 0,
    "零": 0,
    "○": 0,
    "Ｏ": 0,
    "一": 1,
    "二": 2,
    "三": 3,
    "四": 4,
    "五": 5,
    "六": 6,
    "七": 7,
    "八": 8,
    "九": 9,
}
_NUMERAL_RUN = re.compile("[〇零○Ｏ一二三四五六七八九十]+")
_WITH_YEAR = re.compile(r"(\d{1,4})\s*[年\-./]\s*(\d{1,2})\s*[月\-./]\s*(\d{1,2})\s*[日号]?")
_NO_YEAR = re.compile(r"(\d{1,2})\s*[月\-./]\s*(\d{1,2})\s*[日号]?")
_COMPACT = re.compile(r"(\d{4})(\d{2})(\d{2})")


class DateInputError(ValueError):
    """The text is not a date; the message is a Chinese sentence for the user."""


def _numeral_value(run: str, *, positional: bool) -> str:
    """二〇二〇 → 2020 (digit by digit); 十二 → 12, 二十一 → 21, 三十 → 30 (with 十)."""
    if positional or "十" not in run:
        return "".join(str(_NUMERALS[c]) for c in run if c in _NUMERALS)
    tens, _, ones = run.partition("十")
    value = (_NUMERALS.get(tens, 1) if tens else 1) * 10 + (_NUMERALS.get(ones, 0) if ones else 0)
    return str(value)


def _arabic(text: str) -> str:
    def repl(m: re.Match[str]) -> str:
        run = m.group(0)
        follows_year = text[m.end() : m.end() + 1] == "年"
        return _numeral_value(run, positional=follows_year and len(run) >= 2 and "十" not in run)

    return _NUMERAL_RUN.sub(repl, text)


def normalise(text: str) -> str:
    s = text.translate(_FULL_WIDTH).strip()
    s = s.removesuffix("印发").strip()
    return _arabic(s)


def parse_date_input(text: str, *, year: int) -> _dt.date:
    """The date `text` names; a date without a year is in `year`. Raises DateInputError."""
    s = normalise(text)
    if not s:
        raise DateInputError("请填写印发日期，例如 2020年9月1日。")
    m = _WITH_YEAR.fullmatch(s)
    if m is not None:
        y, mo, d = (int(g) for g in m.groups())
        if y < 100:  # 20-9-1 → 2020
            y += 2000
    elif (m := _COMPACT.fullmatch(s)) is not None:
        y, mo, d = (int(g) for g in m.groups())
    elif (m := _NO_YEAR.fullmatch(s)) is not None:
        y = year
        mo, d = (int(g) for g in m.groups())
    else:
        raise DateInputError(
            f"“{text.strip()}”不是日期。可以这样写：2020年9月1日、2020-9-1、2020.9.1、9月1日或 20200901。"
        )
    if not MIN_YEAR <= y <= MAX_YEAR:
        raise DateInputError(f"{y}年不在 {MIN_YEAR}—{MAX_YEAR} 年之间，请检查年份。")
    if not 1 <= mo <= 12:
        raise DateInputError(f"没有{mo}月，月份是 1 到 12。")
    try:
        return _dt.date(y, mo, d)
    except ValueError:
        last = (_dt.date(y + (mo == 12), mo % 12 + 1, 1) - _dt.timedelta(days=1)).day
        raise DateInputError(f"{y}年{mo}月没有{d}日（这个月只有 {last} 天）。") from None
