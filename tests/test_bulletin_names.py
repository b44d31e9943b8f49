"""A bulletin is named with its year and month, and two entries of a list never read the same."""

from __future__ import annotations

import datetime as dt

from unionbulletin.domain import Period
from unionbulletin.domain.bulletin_names import bulletin_label, distinct_labels


def test_bulletin_label_has_year_and_month() -> None:
    assert bulletin_label(Period(2020, 8), 8, "荆州市总工会八月份工作综述", org="荆州市总工会") == (
        "2020年8月 · 第8期 · 八月份工作综述"
    )
    assert bulletin_label(Period(2018, 11), None, "") == "2018年11月"


def test_distinct_labels_tell_apart_entries_that_would_read_the_same() -> None:
    labels = ["2020年8月 · 综述", "2020年8月 · 综述", "2020年7月 · 综述"]
    assert distinct_labels(labels, [dt.date(2020, 9, 4), dt.date(2020, 9, 8), None]) == [
        "2020年8月 · 综述（2020年9月4日印发）",
        "2020年8月 · 综述（2020年9月8日印发）",
        "2020年7月 · 综述",
    ]
    assert distinct_labels(labels, [None, None, None])[:2] == [
        "2020年8月 · 综述（第1份）",
        "2020年8月 · 综述（第2份）",
    ]
