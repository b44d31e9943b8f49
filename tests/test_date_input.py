"""印发日期 typed as in Word (pure domain): every usual way of writing a date, impossible ones refused."""

from __future__ import annotations

import datetime as dt

import pytest

from unionbulletin.domain.date_input import DateInputError, parse_date_input

SEPT_1 = dt.date(2020, 9, 1)


@pytest.mark.parametrize(
    "text",
    [
        "2020年9月1日",
        "2020年09月01日",
        " 2020 年 9 月 1 日 ",
        "2020-9-1",
        "2020-09-01",
        "2020.9.1",
        "2020/9/1",
        "20200901",
        "９月１日",
        "9月1日",
        "9月1号",
        "9-1",
        "2020年9月1日印发",
        "二〇二〇年九月一日",
        "２０２０．９．１",
        "20-9-1",
    ],
)
def test_the_usual_ways_of_writing_a_date(text: str) -> None:
    assert parse_date_input(text, year=2020) == SEPT_1


def test_a_date_without_year_takes_the_year_of_the_issue() -> None:
    assert parse_date_input("12月31日", year=2018) == dt.date(2018, 12, 31)
    assert parse_date_input("十二月二十一日", year=2018) == dt.date(2018, 12, 21)


@pytest.mark.parametrize(
    ("text", "words"),
    [
        ("2020年2月30日", "2020年2月没有30日"),
        ("2021-2-29", "2021年2月没有29日"),
        ("2020年13月1日", "没有13月"),
        ("20201301", "没有13月"),
        ("9月31日", "9月没有31日"),
        ("1800年1月1日", "1800年不在"),
        ("下周一", "不是日期"),
        ("2020年9月", "不是日期"),
        ("", "请填写印发日期"),
        ("2020-9-1-2", "不是日期"),
    ],
)
def test_impossible_dates_are_refused_with_a_chinese_message(text: str, words: str) -> None:
    with pytest.raises(DateInputError, match=words):
        parse_date_input(text, year=2020)


def test_leap_day_is_accepted() -> None:
    assert parse_date_input("2020年2月29日", year=2020) == dt.date(2020, 2, 29)


def test_long_garbage_is_refused_quickly() -> None:
    with pytest.raises(DateInputError):
        parse_date_input("2020年" * 20_000, year=2020)
