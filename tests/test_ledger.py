"""The task ledger (督办台账): lines followed across months on the real samples and generated years."""

from __future__ import annotations

import dataclasses
import datetime as _dt
import json
from pathlib import Path

import pytest
from _ledger_years import make_years, sample_2020

from unionbulletin.domain import Bulletin, Period, Plan, Task, TaskStatus
from unionbulletin.domain.exchange import from_exchange
from unionbulletin.domain.ledger import build_ledger, due_date, filter_ledger, ledger_names, normalise
from unionbulletin.domain.next_issue import next_issue, with_task_statuses

REPO = Path(__file__).resolve().parent.parent
SEP = Period(2020, 9)


def _statuses(b: Bulletin, *statuses: TaskStatus) -> Bulletin:
    assert b.plan is not None
    return with_task_statuses(b, {t.id: s for t, s in zip(b.plan.tasks, statuses, strict=False)})


def _plan(b: Bulletin, *tasks: Task) -> Bulletin:
    return dataclasses.replace(b, plan=Plan(tasks=tasks))


def test_the_2020_sample_alone_gives_nine_lines_planned_for_september() -> None:
    ledger = build_ledger({1: sample_2020()}, today=_dt.date(2020, 9, 15))
    assert len(ledger) == 9
    assert {e.first_planned for e in ledger} == {SEP}
    assert all(e.months_carried == 0 and e.due == _dt.date(2020, 9, 30) and not e.overdue for e in ledger)
    assert ledger[8].task.departments == ("商贸服务业工会", "经技部")
    late = build_ledger({1: sample_2020()}, today=_dt.date(2020, 10, 1))
    assert all(e.overdue for e in late)


def test_the_2018_sample_has_no_plan_and_no_lines() -> None:
    b = from_exchange(json.loads((REPO / "unionbulletin/data/examples/2018-11.json").read_text("utf-8")))
    assert build_ledger({1: b}, today=_dt.date(2020, 1, 1)) == []


def test_a_carried_task_continues_and_a_done_one_names_the_issue_that_reported_it() -> None:
    sep = _statuses(sample_2020(), TaskStatus.DONE, TaskStatus.CARRIED_OVER, TaskStatus.IN_PROGRESS)
    octo, _ = next_issue(sep, today=_dt.date(2020, 10, 5))
    ledger = build_ledger({1: sep, 2: octo}, today=_dt.date(2020, 10, 20))
    assert len(ledger) == 9  # the carried task is one line, not two
    done, carried, going = ledger[0], ledger[1], ledger[2]
    assert done.status == TaskStatus.DONE and done.done_in == 2 and not done.overdue
    assert carried.months_carried == 1
    assert [o.bulletin_id for o in carried.occurrences] == [1, 2]
    assert carried.first_planned == SEP and carried.last_planned == Period(2020, 10)
    assert carried.due == _dt.date(2020, 10, 31) and not carried.overdue  # 九月份 moved to 十月份
    assert going.status == TaskStatus.IN_PROGRESS and going.overdue  # September has passed


def test_a_reworded_carried_task_is_still_the_same_line_but_an_unrelated_one_is_not() -> None:
    sep = _plan(
        sample_2020(),
        Task("推进创建职工创新工作室、名师带徒活动", status=TaskStatus.CARRIED_OVER),
        Task("做好全市困难职工帮扶工作", status=TaskStatus.CARRIED_OVER),
    )
    octo = _plan(
        dataclasses.replace(sep, period=SEP),
        Task("继续推进创建职工（劳模、工匠）创新工作室、名师带徒活动"),
        Task("举办全市职工素质提升大讲堂"),
    )
    ledger = build_ledger({1: sep, 2: octo}, today=_dt.date(2020, 9, 1))
    assert len(ledger) == 3
    assert [o.bulletin_id for o in ledger[0].occurrences] == [1, 2]
    assert ledger[1].months_carried == 0 and ledger[2].months_carried == 0


def test_a_recurring_duty_done_each_month_is_a_new_line_each_month() -> None:
    duty = Task("做好信访维稳工作", deadline="九月份", status=TaskStatus.DONE)
    aug = _plan(sample_2020(), duty)
    sep = _plan(dataclasses.replace(aug, period=SEP), dataclasses.replace(duty, deadline="十月份"))
    ledger = build_ledger({1: aug, 2: sep}, today=_dt.date(2020, 12, 1))
    assert [e.months_carried for e in ledger] == [0, 0]
    # September's was reported in the issue on September; October's issue is not written yet, so the
    # issue that holds the status stands in for it.
    assert [e.done_in for e in ledger] == [2, 2]


def test_texts_differing_only_in_width_spaces_and_punctuation_are_the_same_task() -> None:
    assert normalise("开展“送清凉、送健康”活动。") == normalise("开展 送清凉 送健康 活动")
    assert normalise("Ａ１２") == normalise("A12")
    a = _plan(sample_2020(), Task("开展“送清凉、送健康”活动。"))
    b = _plan(dataclasses.replace(a, period=SEP), Task('开展"送清凉,送健康"活动'))
    assert len(build_ledger({1: a, 2: b}, today=_dt.date(2020, 9, 1))) == 1


def test_one_missing_month_is_bridged_but_three_are_not() -> None:
    task = Task("筹备工会第五次代表大会", status=TaskStatus.CARRIED_OVER)
    aug = _plan(sample_2020(), task)
    october = _plan(dataclasses.replace(aug, period=Period(2020, 10)), task)
    december = _plan(dataclasses.replace(aug, period=Period(2021, 1)), task)
    assert build_ledger({1: aug, 2: october}, today=_dt.date(2020, 1, 1))[0].months_carried == 1
    assert len(build_ledger({1: aug, 2: december}, today=_dt.date(2020, 1, 1))) == 2


def test_two_bulletins_of_the_same_month_count_once_and_the_newer_one_stands() -> None:
    old = sample_2020()
    newer = _statuses(old, TaskStatus.DONE)
    ledger = build_ledger({3: old, 7: newer}, today=_dt.date(2021, 1, 1))
    assert len(ledger) == 9
    assert ledger[0].latest.bulletin_id == 7 and ledger[0].status == TaskStatus.DONE


@pytest.mark.parametrize(
    ("deadline", "plan", "due"),
    [
        ("九月份", SEP, _dt.date(2020, 9, 30)),
        ("9月", SEP, _dt.date(2020, 9, 30)),
        ("9月15日", SEP, _dt.date(2020, 9, 15)),
        ("九月十五日前", SEP, _dt.date(2020, 9, 15)),
        ("2021年3月1日", SEP, _dt.date(2021, 3, 1)),
        ("2021.3.1", SEP, _dt.date(2021, 3, 1)),
        ("九月中旬", SEP, _dt.date(2020, 9, 20)),
        ("十月上旬", SEP, _dt.date(2020, 10, 10)),
        ("２月底", Period(2021, 2), _dt.date(2021, 2, 28)),
        ("年底", SEP, _dt.date(2020, 12, 31)),
        ("一月份", Period(2020, 12), _dt.date(2021, 1, 31)),
        ("长期坚持", SEP, None),
        ("", SEP, None),
        ("2月30日", Period(2021, 2), _dt.date(2021, 2, 28)),
        ("十三月", SEP, None),
    ],
)
def test_due_dates_read_from_the_deadline_wording(deadline: str, plan: Period, due: _dt.date | None) -> None:
    assert due_date(deadline, plan) == due


def test_filters_by_year_department_leader_status_with_overdue_first() -> None:
    sep = _statuses(sample_2020(), TaskStatus.DONE, TaskStatus.CARRIED_OVER)
    octo, _ = next_issue(sep, today=_dt.date(2020, 10, 5))
    octo = _plan(
        octo,
        *(octo.plan.tasks if octo.plan else ()),
        Task("做好全市困难职工帮扶工作", ("高启秀",), ("权益保障部",), "年底"),
    )
    ledger = build_ledger({1: sep, 2: octo}, today=_dt.date(2020, 11, 2))
    everything = filter_ledger(ledger)
    assert len(everything) == 10
    overdue = [e.overdue for e in everything]
    assert overdue == sorted(overdue, reverse=True) and overdue.count(True) == 8
    assert [e.task.content for e in everything if not e.overdue][-1] == "做好全市困难职工帮扶工作"
    assert len(filter_ledger(ledger, year=2020)) == 10
    assert filter_ledger(ledger, year=2021) == []
    jing = filter_ledger(ledger, department="经技部")
    assert [e.first.task_index for e in jing] == [7, 8]
    assert filter_ledger(ledger, department=" 经技部 ") == jing  # typed with spaces
    assert all("高启秀" in e.task.leaders for e in filter_ledger(ledger, leader="高启秀"))
    assert [e.status for e in filter_ledger(ledger, status=TaskStatus.DONE)] == [TaskStatus.DONE]
    departments, leaders = ledger_names(ledger)
    assert "宣教网络部" in departments and "郭红萍" in leaders


def test_twenty_generated_years_every_task_in_exactly_one_line_and_every_carried_task_followed() -> None:
    bulletins = make_years(240)
    ledger = build_ledger(bulletins, today=_dt.date(2040, 8, 15))
    seen = [(o.bulletin_id, o.task_index) for e in ledger for o in e.occurrences]
    assert len(seen) == len(set(seen)) == sum(len(b.plan.tasks) for b in bulletins.values() if b.plan)
    last = max(bulletins)
    for e in ledger:
        months = [o.period.year * 12 + o.period.month for o in e.occurrences]
        assert months == list(range(months[0], months[0] + len(months)))  # consecutive months
        assert all(o.task.status != TaskStatus.DONE for o in e.occurrences[:-1])
        if e.latest.bulletin_id != last:  # next_issue re-lists every carried task, reworded or not
            assert e.status != TaskStatus.CARRIED_OVER, e.task.content
    assert max(e.months_carried for e in ledger) >= 4
    reworded = [e for e in ledger if e.latest.task.content != e.first.task.content]
    assert len(reworded) > 10 and all(e.latest.task.content.endswith("工作") for e in reworded)
    assert [e.task.status for e in ledger if e.latest.bulletin_id == last] and not any(
        e.overdue for e in ledger if e.latest.bulletin_id == last
    )


def test_one_year_of_the_twenty_years_follows_lines_from_the_year_before() -> None:
    ledger = build_ledger(make_years(240), today=_dt.date(2040, 8, 15))
    year = filter_ledger(ledger, year=2030)
    assert year and all(2030 in e.years() for e in year)
    assert any(e.first_planned.year == 2029 for e in year)  # carried into January


def test_hostile_plans_of_long_similar_texts_stay_fast() -> None:
    """99 carried tasks of 2,000 characters that all nearly match: bounded rewording search."""
    long = "推进产业工人队伍建设改革" * 160
    tasks = tuple(Task(long + str(i), status=TaskStatus.CARRIED_OVER) for i in range(99))
    following = tuple(Task(str(i) + long) for i in range(99))
    a = _plan(sample_2020(), *tasks)
    b = _plan(dataclasses.replace(a, period=SEP), *following)
    ledger = build_ledger({1: a, 2: b}, today=_dt.date(2021, 1, 1))
    assert len(ledger) == 198  # too long to compare: new lines, nothing lost
