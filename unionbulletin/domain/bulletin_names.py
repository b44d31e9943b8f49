"""How a bulletin is named wherever the program lists or mentions one: always with year and month.

`bulletin_label(period, issue_number, title)` gives “2020年8月 · 第8期 · 八月份工作综述” (the
organisation left out when the caller passes it, since every bulletin of a file has it);
`distinct_labels` appends what tells apart two bulletins that would read the same (the issue date,
else a running number), so no two entries of a list look alike.
"""

from __future__ import annotations

import datetime as _dt
from collections.abc import Sequence

from .conventions import format_date
from .model import Period

SEPARATOR = " · "


def period_text(period: Period) -> str:
    """2020年8月"""
    return f"{period.year}年{period.month}月"


def bulletin_label(period: Period, issue_number: int | None, title: str, *, org: str = "") -> str:
    """2020年8月 · 第8期 · 八月份工作综述 (title without a leading `org`)."""
    if org and title.startswith(org) and len(title) > len(org):
        title = title[len(org) :]
    parts = [period_text(period)]
    if issue_number is not None:
        parts.append(f"第{issue_number}期")
    if title:
        parts.append(title)
    return SEPARATOR.join(parts)


def distinct_labels(labels: Sequence[str], dates: Sequence[_dt.date | None]) -> list[str]:
    """`labels` with a note added to each one that another label repeats: its issue date when that
    tells it apart, else （第2份） … in list order."""
    out = list(labels)
    groups: dict[str, list[int]] = {}
    for i, label in enumerate(labels):
        groups.setdefault(label, []).append(i)
    for members in groups.values():
        if len(members) < 2:
            continue
        member_dates = [dates[i] for i in members]
        by_date = len(set(member_dates)) == len(members) and None not in member_dates
        for n, i in enumerate(members, start=1):
            d = dates[i]
            if by_date and d is not None:
                out[i] = f"{labels[i]}（{format_date(d)}印发）"
            else:
                out[i] = f"{labels[i]}（第{n}份）"
    return out
