"""Date rules (GB/T 9704 §7.3.5.4, GB/T 15835): the form 2020年9月1日, impossible dates, summary dates
outside the reported month, plan deadlines before the plan month.

A date without a year belongs to the section's year; a bare "29日" belongs to the section's month, or
to the month of the date just before it when it closes a range ("3月29日至31日").
"""

from __future__ import annotations

import calendar
import re
from collections.abc import Iterator
from dataclasses import dataclass

from ..domain.conventions import parse_chinese_numeral
from ..domain.model import Period
from .base import CheckContext, Rule, at
from .finding import Finding
from .text_fields import TextField

FORMAT = "dates.format"
IMPOSSIBLE = "dates.impossible"
OUTSIDE_MONTH = "dates.outside-month"
DEADLINE_BEFORE = "dates.deadline-before-plan"

_NUMERIC_RE = re.compile(r"(?<![\d.\-/])(\d{4})([.\-/])(\d{1,2})\2(\d{1,2})(?![\d.\-/])日?")
_CHINESE_RE = re.compile(r"(?<!\d)(?:(\d{1,4})年)?(\d{1,2})月(?:(\d{1,2})日)?")
_BARE_DAY_RE = re.compile(r"(?<![\d月])(\d{1,2})日")
_NUMERAL = "[一二三四五六七八九十]{1,3}"
_NUMERAL_RE = re.compile(f"(?<![一二三四五六七八九十〇零])({_NUMERAL})月({_NUMERAL})日")
_RANGE_JOINERS = "至到—－-～~、和及"
_DEADLINE_MONTH_RE = re.compile(r"(?:(\d{4})年)?([一二三四五六七八九十]{1,3}|\d{1,2})月")


@dataclass(frozen=True)
class DateToken:
    start: int
    end: int
    year: int | None  # as written (a two-digit year stays two-digit)
    month: int | None  # None: a bare day
    day: int | None  # None: a month only (8月, 8月份)
    year_text: str
    month_text: str
    day_text: str
    form: str  # "numeric" 2020.9.1 / "chinese" 2020年9月1日 / "bare" 29日 / "numeral" 九月一日

    @property
    def text_canonical(self) -> str:
        parts = ""
        if self.year is not None:
            parts += f"{self.year}年"
        if self.month is not None:
            parts += f"{self.month}月"
        if self.day is not None:
            parts += f"{self.day}日"
        return parts


def _context(ctx: CheckContext, field: TextField) -> Period:
    period = ctx.bulletin.period
    return period.next() if field.location.section == "plan" else period


def scan_dates(text: str) -> list[DateToken]:
    """Every date-like token of `text`, in order; longer forms win over the shorter ones inside."""
    tokens: list[DateToken] = []
    taken: list[tuple[int, int]] = []

    def free(s: int, e: int) -> bool:
        return all(e <= a or s >= b for a, b in taken)

    for m in _NUMERIC_RE.finditer(text):
        tokens.append(
            DateToken(
                m.start(),
                m.end(),
                int(m.group(1)),
                int(m.group(3)),
                int(m.group(4)),
                m.group(1),
                m.group(3),
                m.group(4),
                "numeric",
            )
        )
        taken.append(m.span())
    for m in _CHINESE_RE.finditer(text):
        if not free(*m.span()):
            continue
        y, mo, d = m.group(1), m.group(2), m.group(3)
        tokens.append(
            DateToken(
                m.start(),
                m.end(),
                int(y) if y else None,
                int(mo),
                int(d) if d else None,
                y or "",
                mo,
                d or "",
                "chinese",
            )
        )
        taken.append(m.span())
    for m in _NUMERAL_RE.finditer(text):
        if not free(*m.span()):
            continue
        mo_value, d_value = parse_chinese_numeral(m.group(1)), parse_chinese_numeral(m.group(2))
        if mo_value is None or d_value is None:
            continue
        tokens.append(
            DateToken(m.start(), m.end(), None, mo_value, d_value, "", m.group(1), m.group(2), "numeral")
        )
        taken.append(m.span())
    for m in _BARE_DAY_RE.finditer(text):
        if not free(*m.span()):
            continue
        tokens.append(DateToken(m.start(), m.end(), None, None, int(m.group(1)), "", "", m.group(1), "bare"))
    tokens.sort(key=lambda t: t.start)
    return tokens


def _resolved(tokens: list[DateToken], text: str, context: Period) -> list[tuple[DateToken, int, int]]:
    """(token, year, month) with the year and month each token refers to."""
    out: list[tuple[DateToken, int, int]] = []
    last_month: tuple[int, int] | None = None
    last_end = -1
    for t in tokens:
        year = t.year if t.year is not None and len(t.year_text) == 4 else context.year
        if t.month is not None:
            month = t.month
            if t.day is not None:
                last_month, last_end = (year, month), t.end
        elif (
            last_month is not None
            and 0 < t.start - last_end <= 2
            and all(c in _RANGE_JOINERS for c in text[last_end : t.start])
        ):
            year, month = last_month
            last_end = t.end
        else:
            year, month = context.year, context.month
        out.append((t, year, month))
    return out


def _valid(year: int, month: int, day: int | None) -> bool:
    if not 1 <= month <= 12:
        return False
    return day is None or 1 <= day <= calendar.monthrange(year, month)[1]


def _dates_in(ctx: CheckContext, field: TextField) -> Iterator[Finding]:
    text = field.text
    context = _context(ctx, field)
    period = ctx.bulletin.period
    for t, year, month in _resolved(scan_dates(text), text, context):
        written = text[t.start : t.end]
        if not _valid(year, month, t.day):
            yield at(field, IMPOSSIBLE, "error", f"日期“{written}”不存在", t.start, t.end - t.start)
            continue
        canonical = t.text_canonical
        if t.form == "numeric":
            yield at(
                field,
                FORMAT,
                "warning",
                f"日期“{written}”应写作“{canonical}”",
                t.start,
                t.end - t.start,
                (canonical, f"改为“{canonical}”"),
            )
        elif t.year is not None and len(t.year_text) != 4:
            yield at(field, FORMAT, "warning", f"日期“{written}”的年份应写全四位", t.start, t.end - t.start)
        elif t.form == "numeral" or any(s.startswith("0") for s in (t.year_text, t.month_text, t.day_text)):
            why = "应使用阿拉伯数字" if t.form == "numeral" else "不加补位的“0”"
            yield at(
                field,
                FORMAT,
                "warning",
                f"日期“{written}”{why}，应写作“{canonical}”",
                t.start,
                t.end - t.start,
                (canonical, f"改为“{canonical}”"),
            )
        in_item = field.location.section == "summary" and field.location.number is not None
        if (
            in_item
            and t.month is not None
            and t.day is not None
            and (year, month) != (period.year, period.month)
        ):
            when = "之前" if (year, month) < (period.year, period.month) else "之后"
            yield at(
                field,
                OUTSIDE_MONTH,
                "warning",
                f"日期“{written}”在本期所报的{period.year}年{period.month}月{when}，请确认",
                t.start,
                t.end - t.start,
            )


def _dates(ctx: CheckContext) -> Iterator[Finding]:
    for field in ctx.fields:
        if field.location.field != "phone":
            yield from _dates_in(ctx, field)


def _deadlines(ctx: CheckContext) -> Iterator[Finding]:
    plan_period = ctx.bulletin.period.next()
    for field in ctx.fields:
        if field.location.field != "deadline":
            continue
        m = _DEADLINE_MONTH_RE.search(field.text)
        if m is None:
            continue
        token = m.group(2)
        month = int(token) if token.isdigit() else parse_chinese_numeral(token)
        if month is None or not 1 <= month <= 12:
            continue
        year = int(m.group(1)) if m.group(1) else plan_period.year
        if (year, month) < (plan_period.year, plan_period.month):
            yield at(
                field,
                DEADLINE_BEFORE,
                "warning",
                f"完成时限“{m.group()}”早于本期安排的{plan_period.year}年{plan_period.month}月",
                m.start(),
                m.end() - m.start(),
            )


RULES = (
    Rule(frozenset({FORMAT, IMPOSSIBLE, OUTSIDE_MONTH}), _dates),
    Rule(frozenset({DEADLINE_BEFORE}), _deadlines),
)
