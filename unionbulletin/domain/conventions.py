"""Chinese writing conventions of the document: numerals, markers, dates, month names, titles.

These belong to the document, not to the interface, so they live here and not in translations.
"""

from __future__ import annotations

import datetime as _dt
import re

from .char_classes import SPACE_CLASS
from .issue_format import apply_issue_format, usable_issue_format
from .model import Bulletin, Period

_DIGITS = "零一二三四五六七八九"


def chinese_numeral(n: int) -> str:
    """1 → 一, 10 → 十, 11 → 十一, 20 → 二十, 99 → 九十九, 100 → 一百, 105 → 一百零五, 1000 → 一千."""
    if n <= 0:
        raise ValueError(f"no Chinese numeral for {n}")
    if n < 10:
        return _DIGITS[n]
    if n < 20:
        return "十" + (_DIGITS[n - 10] if n > 10 else "")
    if n < 100:
        tens, ones = divmod(n, 10)
        return _DIGITS[tens] + "十" + (_DIGITS[ones] if ones else "")
    if n < 1000:
        hundreds, rest = divmod(n, 100)
        if rest == 0:
            return _DIGITS[hundreds] + "百"
        if rest < 10:
            return _DIGITS[hundreds] + "百零" + _DIGITS[rest]
        tail = chinese_numeral(rest)
        if rest < 20:
            tail = "一" + tail  # 一百一十五, not 一百十五
        return _DIGITS[hundreds] + "百" + tail
    # Beyond every allowed count (domain.limits), still a numeral rather than an exception, so a
    # bulletin written before the limits existed can be shown: 一千零五, 一万二千, 三万零一十.
    for unit, name in ((100_000_000, "亿"), (10_000, "万"), (1000, "千")):
        if n >= unit:
            high, rest = divmod(n, unit)
            head = chinese_numeral(high) + name
            if rest == 0:
                return head
            tail = chinese_numeral(rest)
            if rest < unit // 10:
                return head + "零" + (("一" + tail) if 10 <= rest < 20 else tail)
            return head + (("一" + tail) if 10 <= rest < 20 else tail)
    raise AssertionError(n)


_NUMERAL_VALUES = {c: i for i, c in enumerate(_DIGITS)} | {"〇": 0, "两": 2}


def parse_chinese_numeral(text: str) -> int | None:
    """Inverse of `chinese_numeral` for 1‥999; None when `text` is not such a numeral."""
    if not text or any(c not in _NUMERAL_VALUES and c not in "十百" for c in text):
        return None
    total = 0
    current = 0
    for c in text:
        if c == "百":
            total += (current or 1) * 100
            current = 0
        elif c == "十":
            total += (current or 1) * 10
            current = 0
        else:
            current = _NUMERAL_VALUES[c]
    total += current
    return total if total > 0 else None


def item_marker(index: int) -> str:
    """Marker of the level-1 item at 0-based `index`: 一、 二、 …"""
    return chinese_numeral(index + 1) + "、"


def subpoint_marker(index: int) -> str:
    """Marker of the level-2 point at 0-based `index`: （一） （二） …"""
    return "（" + chinese_numeral(index + 1) + "）"


def month_name(month: int) -> str:
    """11 → 十一月"""
    if not 1 <= month <= 12:
        raise ValueError(f"no month {month}")
    return chinese_numeral(month) + "月"


def month_deadline(month: int) -> str:
    """9 → 九月份, the deadline wording of the samples."""
    return month_name(month) + "份"


_MONTH_RE = re.compile(r"([一二三四五六七八九十]{1,3}|\d{1,2})月份?")


def parse_month(text: str) -> int | None:
    """First month name in `text`: 荆州市总工会十一月份工作完成情况 → 11; 9月 → 9."""
    for m in _MONTH_RE.finditer(text):
        token = m.group(1)
        value = int(token) if token.isdigit() else parse_chinese_numeral(token)
        if value is not None and 1 <= value <= 12:
            return value
    return None


def format_date(d: _dt.date) -> str:
    """2020-09-01 → 2020年9月1日 (no zero padding, GB/T 9704 §7.3.5.4)."""
    return f"{d.year}年{d.month}月{d.day}日"


_DATE_RE = re.compile(r"(\d{4})\s*年\s*(\d{1,2})\s*月\s*(\d{1,2})\s*日")


def parse_date(text: str) -> _dt.date | None:
    """First 2018年12月12日 in `text` as a date; None if absent or impossible."""
    m = _DATE_RE.search(text)
    if not m:
        return None
    try:
        return _dt.date(int(m.group(1)), int(m.group(2)), int(m.group(3)))
    except ValueError:
        return None


def default_summary_title(org: str, period: Period) -> str:
    return f"{org}{month_name(period.month)}份工作综述"


def default_plan_title(org: str, period: Period) -> str:
    """The plan is for the month after the reported one."""
    return f"{org}{month_name(period.next().month)}份工作安排"


def summary_title(b: Bulletin) -> str:
    """The summary title as printed: the stored one, or the generated default."""
    return b.summary.title or default_summary_title(b.org, b.period)


def plan_title(b: Bulletin) -> str:
    return (b.plan.title if b.plan else "") or default_plan_title(b.org, b.period)


def issue_text(b: Bulletin, pattern: str = "第{n}期") -> str:
    """The 期号 line, e.g. 第12期 or 2020年第62期（总第120期）; empty when there is no number."""
    if b.issue_number is None:
        return ""
    total = b.total_number if b.total_number is not None else ""
    pattern = usable_issue_format(pattern)
    year = b.period.year if b.date is None else b.date.year
    text = apply_issue_format(pattern, b.issue_number, year, total)
    if b.total_number is not None and "{total}" not in pattern:
        text += f"（总第{b.total_number}期）"
    return text


def joined(names: tuple[str, ...] | list[str]) -> str:
    """Several names are joined with 、 (T4)."""
    return "、".join(n for n in names if n)


def split_names(text: str) -> tuple[str, ...]:
    """高启秀、张征军 → ("高启秀", "张征军"); also accepts ， ; , and spaces between names."""
    parts = re.split(r"[、，,；;\s]+", text.strip())
    return tuple(p for p in parts if p)


# ---- reading markers ------------------------------------------------------------------------------

MARKER_NUMERALS = "一二三四五六七八九十百零〇"
_SP = f"[{SPACE_CLASS}]*"
# (level, regex); group 1 is the number.
_MARKERS: tuple[tuple[int, re.Pattern[str]], ...] = (
    (0, re.compile(f"([{MARKER_NUMERALS}]{{1,4}}){_SP}、")),
    (1, re.compile(f"[（(]{_SP}([{MARKER_NUMERALS}]{{1,4}}){_SP}[）)]")),
    (2, re.compile(rf"(\d{{1,2}}){_SP}[.．、](?![\d.．])")),
    (3, re.compile(f"[（(]{_SP}(\\d{{1,2}}){_SP}[）)]")),
)


def marker_of(line: str) -> tuple[int, str, int] | None:
    """(level 0‥3, number text, end of the marker) when `line` starts with 一、 / （一） / 1. / （1）."""
    for level, rx in _MARKERS:
        m = rx.match(line)
        if m:
            return level, m.group(1), m.end()
    return None


def marker_value(text: str) -> int:
    """The number of a marker's number text (三 → 3, 12 → 12; 0 when unreadable)."""
    if text.isdigit():
        return int(text)
    return parse_chinese_numeral(text) or 0
