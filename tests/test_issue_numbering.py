"""新建一期 and 根据上月新建 number issues the same way (domain.next_issue), also after a December
issue dated in January and numbered 第1期 of that year (issue 14), and 新建一期 continues 总期号
(issue 15, item 10)."""

from __future__ import annotations

import dataclasses
import datetime as dt
from collections.abc import Iterator
from pathlib import Path

import pytest
from pytestqt.qtbot import QtBot

from unionbulletin.controller.document import BulletinDocument
from unionbulletin.controller.session import Session
from unionbulletin.domain import Bulletin, OrgSettings, Period
from unionbulletin.domain.next_issue import blank_issue, next_issue
from unionbulletin.storage import Database


def _december(db: Database) -> Bulletin:
    b = db.get(db.list_bulletins()[0].id)
    return dataclasses.replace(
        b, period=Period(2020, 12), issue_number=1, total_number=130, date=dt.date(2021, 1, 6)
    )


def test_blank_and_next_issue_agree_after_a_december_issue_dated_in_january(tmp_path: Path) -> None:
    with Database.open(tmp_path / "b.json") as db:
        december = _december(db)
    today = dt.date(2021, 2, 3)
    blank = blank_issue(december, OrgSettings(), today=today)
    following, _ = next_issue(december, today=today)
    assert (blank.period, blank.issue_number, blank.total_number) == (Period(2021, 1), 2, 131)
    assert (following.period, following.issue_number, following.total_number) == (Period(2021, 1), 2, 131)


def test_blank_issue_in_an_empty_data_file_reports_last_month() -> None:
    blank = blank_issue(None, OrgSettings(org="某市总工会"), today=dt.date(2026, 1, 10))
    assert blank.period == Period(2025, 12) and blank.issue_number is None and blank.total_number is None
    assert blank.org == "某市总工会" and blank.date == dt.date(2026, 1, 10)


@pytest.fixture
def session(qtbot: QtBot, tmp_path: Path) -> Iterator[Session]:
    db = Database.open(tmp_path / "bulletins.json")
    s = Session(db, BulletinDocument(), autosave_ms=60_000)
    yield s
    db.close()


def test_ctrl_n_numbers_like_new_issue_from_last_month(session: Session) -> None:
    db = session.db
    december_id = db.add(_december(db))
    session.today = lambda: dt.date(2021, 2, 3)
    new_id = session.new_bulletin()
    assert new_id is not None
    blank = db.get(new_id)
    following, _ = next_issue(db.get(december_id), today=dt.date(2021, 2, 3))
    assert blank.period == following.period == Period(2021, 1)
    assert blank.issue_number == following.issue_number == 2  # main gave 第1期 (counted by period year)
    assert blank.total_number == following.total_number == 131  # main left 总期号 empty
    assert blank.date == dt.date(2021, 2, 3)
