"""New issue from last month (pure domain): metadata carried, numbers, month, checklist, draft items;
and the conventional export file names."""

from __future__ import annotations

import dataclasses
import datetime as dt
import json
from pathlib import Path

import pytest

from unionbulletin.checks.engine import run_checks
from unionbulletin.domain import AddressBook, Bulletin, OrgSettings, Period, Plan, Task, TaskStatus
from unionbulletin.domain.conventions import plan_title, summary_title
from unionbulletin.domain.exchange import from_exchange
from unionbulletin.domain.file_names import export_file_name, summary_kind
from unionbulletin.domain.next_issue import (
    DRAFT_PLACEHOLDER,
    Outcome,
    draft_heading,
    next_issue,
    next_issue_number,
    with_task_statuses,
)


def _sample(fixtures_dir: Path, name: str) -> Bulletin:
    return from_exchange(json.loads((fixtures_dir / name).read_text(encoding="utf-8")))


@pytest.fixture
def august(fixtures_dir: Path) -> Bulletin:
    """The 2020 sample, numbered (the printed sample has no 期号): 第8期, 总第120期, 共印60份."""
    b = _sample(fixtures_dir, "sample-2020.json")
    return dataclasses.replace(b, issue_number=8, total_number=120, date=dt.date(2020, 9, 4), copies=60)


def test_september_from_the_2020_sample(august: Bulletin) -> None:
    new, checklist = next_issue(august, today=dt.date(2020, 10, 9))
    assert new.period == Period(2020, 9)
    assert new.issue_number == 9
    assert new.total_number == 121
    assert new.date == dt.date(2020, 10, 9)
    assert (new.org, new.series, new.editor, new.phone, new.copies) == (
        "荆州市总工会",
        "工会要情摘报",
        "董军",
        "8219262",
        60,
    )
    assert new.distribution == august.distribution
    assert summary_title(new) == "荆州市总工会九月份工作综述"
    assert plan_title(new) == "荆州市总工会十月份工作安排"
    # the 9 tasks of August's plan (for September) as the checklist, in order, nobody ticked yet
    assert august.plan is not None
    assert [e.task.content for e in checklist] == [t.content for t in august.plan.tasks]
    assert len(checklist) == 9
    assert {e.status for e in checklist} == {TaskStatus.PLANNED}
    assert {e.outcome for e in checklist} == {Outcome.LISTED}
    # nothing reported yet: one empty item to write in, an empty plan
    assert [(i.heading, i.body) for i in new.summary.items] == [("", "")]
    assert new.plan == Plan()


def test_ticked_tasks_become_draft_items_and_carried_ones_tasks(august: Bulletin) -> None:
    assert august.plan is not None
    tasks = august.plan.tasks
    statuses = {
        tasks[0].id: TaskStatus.DONE,
        tasks[1].id: TaskStatus.IN_PROGRESS,
        tasks[4].id: TaskStatus.CARRIED_OVER,
        tasks[8].id: TaskStatus.DONE,
    }
    new, checklist = next_issue(august, today=dt.date(2020, 10, 9), statuses=statuses)
    assert [e.status for e in checklist][:5] == [
        TaskStatus.DONE,
        TaskStatus.IN_PROGRESS,
        TaskStatus.PLANNED,
        TaskStatus.PLANNED,
        TaskStatus.CARRIED_OVER,
    ]
    assert [(i.heading, i.body) for i in new.summary.items] == [
        ("扎实开展2020年全市党风廉政建设宣传月活动。", DRAFT_PLACEHOLDER),
        ("全面完成2020年度“金秋助学”活动。", DRAFT_PLACEHOLDER),
        (
            "举办荆州市家政服务业职业技能竞赛暨荆州“最美家政人、巾帼家政创业带头人”推荐选树活动。",
            DRAFT_PLACEHOLDER,
        ),
    ]
    by_outcome = {e.task.content[:6]: e for e in checklist}
    assert by_outcome["扎实开展20"].target_id == new.summary.items[0].id
    assert new.plan is not None
    carried = new.plan.tasks
    assert [(t.content, t.leaders, t.departments, t.deadline, t.status) for t in carried] == [
        ("持续推进荆州市职工素质提升大讲堂活动", ("郭红萍",), ("宣教网络部",), "十月份", TaskStatus.PLANNED)
    ]
    assert by_outcome["持续推进荆州"].target_id == carried[0].id
    assert carried[0].id != tasks[4].id
    # the input is never changed
    assert {t.status for t in tasks} == {TaskStatus.PLANNED}


def test_statuses_stored_in_last_months_plan_are_used(august: Bulletin) -> None:
    assert august.plan is not None
    statuses = {august.plan.tasks[2].id: TaskStatus.DONE, "unknown": TaskStatus.DONE}
    marked = with_task_statuses(august, statuses)
    assert marked.plan is not None
    assert [t.status for t in marked.plan.tasks].count(TaskStatus.DONE) == 1
    new, checklist = next_issue(marked, today=dt.date(2020, 10, 9))
    assert [i.heading for i in new.summary.items] == ["推进“法院+工会”劳动争议诉调对接机制建设提质扩面。"]
    assert checklist[2].outcome == Outcome.DRAFT_ITEM


def test_the_proofreading_reports_the_draft_placeholder(august: Bulletin) -> None:
    assert august.plan is not None
    done = {august.plan.tasks[0].id: TaskStatus.DONE}
    new, _ = next_issue(august, today=dt.date(2020, 10, 9), statuses=done)
    findings = run_checks(new, settings=OrgSettings(), address_book=AddressBook(), fonts=None)
    drafts = [f for f in findings if f.rule == "struct.draft-placeholder"]
    assert len(drafts) == 1
    assert drafts[0].location.ident == new.summary.items[0].id
    assert drafts[0].severity == "error"
    filled = dataclasses.replace(
        new,
        summary=dataclasses.replace(
            new.summary,
            items=(dataclasses.replace(new.summary.items[0], body="9月，市总工会开展了宣传月活动。"),),
        ),
    )
    findings = run_checks(filled, settings=OrgSettings(), address_book=AddressBook(), fonts=None)
    assert not [f for f in findings if f.rule == "struct.draft-placeholder"]


@pytest.mark.parametrize(
    ("previous", "today", "expected"),
    [
        (dict(issue_number=11, date=dt.date(2020, 11, 5), period=Period(2020, 10)), dt.date(2020, 12, 3), 12),
        (dict(issue_number=12, date=dt.date(2020, 12, 3), period=Period(2020, 11)), dt.date(2021, 1, 6), 1),
        (dict(issue_number=3, date=None, period=Period(2020, 2)), dt.date(2020, 4, 1), 4),
        (
            dict(issue_number=None, date=dt.date(2020, 12, 3), period=Period(2020, 11)),
            dt.date(2020, 12, 9),
            None,
        ),
    ],
)
def test_issue_number_counts_per_year(
    previous: dict[str, object], today: dt.date, expected: int | None
) -> None:
    b = Bulletin(org="荆州市总工会", series="工会要情摘报", **previous)  # type: ignore[arg-type]
    assert next_issue_number(b, today) == expected
    assert next_issue(b, today=today)[0].issue_number == expected


def test_december_rolls_over_to_january(fixtures_dir: Path) -> None:
    b = _sample(fixtures_dir, "sample-2020.json")
    b = dataclasses.replace(
        b,
        period=Period(2020, 12),
        plan=Plan(
            tasks=(
                Task(
                    "开展元旦春节送温暖活动", ("高启秀",), ("权益保障部",), "一月份", TaskStatus.CARRIED_OVER
                ),
                Task("召开全委会", ("官庆军",), ("办公室",), "1月底前", TaskStatus.CARRIED_OVER),
            )
        ),
    )
    new, _ = next_issue(b, today=dt.date(2021, 2, 3))
    assert new.period == Period(2021, 1)
    assert plan_title(new) == "荆州市总工会二月份工作安排"
    assert new.plan is not None
    assert [t.deadline for t in new.plan.tasks] == ["二月份", "1月底前"]  # a free deadline is kept


def test_no_plan_gives_an_empty_checklist(fixtures_dir: Path) -> None:
    b = dataclasses.replace(_sample(fixtures_dir, "sample-2018.json"), plan=None)
    new, checklist = next_issue(b, today=dt.date(2018, 12, 30))
    assert checklist == []
    assert new.period == Period(2018, 12)
    assert len(new.summary.items) == 1


@pytest.mark.parametrize(
    ("content", "heading"),
    [
        ("扎实开展宣传月活动", "扎实开展宣传月活动。"),
        ("扎实开展宣传月活动；", "扎实开展宣传月活动。"),
        ("  做好评估工作，  ", "做好评估工作。"),
        ("已经完成了吗？", "已经完成了吗？"),
        ("完成。", "完成。"),
        ("，", ""),
    ],
)
def test_draft_heading(content: str, heading: str) -> None:
    assert draft_heading(content) == heading


def test_a_done_task_without_text_stays_a_listed_entry() -> None:
    b = Bulletin(
        org="荆州市总工会",
        series="工会要情摘报",
        period=Period(2020, 8),
        plan=Plan(tasks=(Task(" ", status=TaskStatus.DONE),)),
    )
    new, checklist = next_issue(b, today=dt.date(2020, 10, 1))
    assert checklist[0].outcome == Outcome.LISTED
    assert [i.heading for i in new.summary.items] == [""]


# ---- export file names ------------------------------------------------------------------------------


def test_email_file_names_of_both_samples(fixtures_dir: Path) -> None:
    b2020 = _sample(fixtures_dir, "sample-2020.json")
    b2018 = _sample(fixtures_dir, "sample-2018.json")
    assert export_file_name(b2020, ".docx") == "荆州市总工会2020年8月份工作综述.docx"
    assert export_file_name(b2020, "pdf") == "荆州市总工会2020年8月份工作综述.pdf"
    assert export_file_name(b2018, ".docx") == "荆州市总工会2018年11月份工作完成情况.docx"
    untitled = dataclasses.replace(b2018, summary=dataclasses.replace(b2018.summary, title=""))
    assert summary_kind(untitled) == "工作综述"


def test_file_names_drop_characters_windows_forbids() -> None:
    b = Bulletin(org='市总/工会:"办公室"?', series="x", period=Period(2021, 3))
    name = export_file_name(b, ".docx")
    assert name == "市总工会办公室2021年3月份工作综述.docx"
    assert not set('\\/:*?"<>|') & set(name)
