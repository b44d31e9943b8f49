"""The domain core: Chinese numbering, titles, dates, month parsing, every edit function, immutability."""

from __future__ import annotations

import dataclasses
import datetime as dt

import pytest

from unionbulletin.domain import (
    Bulletin,
    Distribution,
    Item,
    Period,
    Plan,
    SubPoint,
    Summary,
    Task,
    TaskStatus,
    edits,
    new_id,
)
from unionbulletin.domain import conventions as cv


def _bulletin(n_items: int = 3, n_tasks: int = 2) -> Bulletin:
    return Bulletin(
        org="荆州市总工会",
        series="工会要情摘报",
        period=Period(2020, 8),
        summary=Summary(items=tuple(Item(f"第{i}条。", f"正文{i}") for i in range(n_items))),
        plan=Plan(tasks=tuple(Task(f"任务{i}", ("高启秀",), ("经技部",), "九月份") for i in range(n_tasks))),
        distribution=Distribution(report_to=("省总工会",), send_to=("各县市区总工会",)),
    )


# ---- numbering --------------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("n", "text"),
    [
        (1, "一"),
        (9, "九"),
        (10, "十"),
        (11, "十一"),
        (19, "十九"),
        (20, "二十"),
        (21, "二十一"),
        (99, "九十九"),
        (100, "一百"),
        (101, "一百零一"),
        (110, "一百一十"),
        (115, "一百一十五"),
        (120, "一百二十"),
        (999, "九百九十九"),
    ],
)
def test_chinese_numeral(n: int, text: str) -> None:
    assert cv.chinese_numeral(n) == text


@pytest.mark.parametrize("n", [0, -1])
def test_chinese_numeral_out_of_range(n: int) -> None:
    with pytest.raises(ValueError):
        cv.chinese_numeral(n)


def test_parse_chinese_numeral_inverts_every_numeral() -> None:
    assert all(cv.parse_chinese_numeral(cv.chinese_numeral(n)) == n for n in range(1, 1000))
    assert cv.parse_chinese_numeral("两") == 2
    assert cv.parse_chinese_numeral("") is None
    assert cv.parse_chinese_numeral("十a") is None
    assert cv.parse_chinese_numeral("零") is None


def test_markers() -> None:
    assert [cv.item_marker(i) for i in range(3)] == ["一、", "二、", "三、"]
    assert cv.item_marker(10) == "十一、"
    assert cv.subpoint_marker(0) == "（一）"
    assert cv.subpoint_marker(9) == "（十）"


# ---- months, dates, titles ---------------------------------------------------------------------------


def test_month_names() -> None:
    assert [cv.month_name(m) for m in (1, 9, 10, 11, 12)] == ["一月", "九月", "十月", "十一月", "十二月"]
    assert cv.month_deadline(9) == "九月份"
    for bad in (0, 13):
        with pytest.raises(ValueError):
            cv.month_name(bad)


@pytest.mark.parametrize(
    ("text", "month"),
    [
        ("荆州市总工会十一月份工作完成情况", 11),
        ("荆州市总工会八月份工作综述", 8),
        ("九月份", 9),
        ("9月", 9),
        ("12月份工作安排", 12),
        ("十三月以后，十月份", 10),  # an impossible month is skipped, the next one counts
        ("工作综述", None),
        ("", None),
    ],
)
def test_parse_month(text: str, month: int | None) -> None:
    assert cv.parse_month(text) == month


def test_dates() -> None:
    assert cv.format_date(dt.date(2020, 9, 1)) == "2020年9月1日"
    assert cv.format_date(dt.date(2018, 12, 12)) == "2018年12月12日"
    assert cv.parse_date("印发日期：2018年12月12日") == dt.date(2018, 12, 12)
    assert cv.parse_date("2020 年 9 月 1 日") == dt.date(2020, 9, 1)
    assert cv.parse_date("2020年2月30日") is None
    assert cv.parse_date("没有日期") is None
    for d in (dt.date(2020, 1, 1), dt.date(1999, 12, 31)):
        assert cv.parse_date(cv.format_date(d)) == d


def test_default_titles() -> None:
    assert cv.default_summary_title("荆州市总工会", Period(2020, 8)) == "荆州市总工会八月份工作综述"
    assert cv.default_plan_title("荆州市总工会", Period(2020, 8)) == "荆州市总工会九月份工作安排"
    assert cv.default_plan_title("荆州市总工会", Period(2020, 12)) == "荆州市总工会一月份工作安排"


def test_effective_titles() -> None:
    b = _bulletin()
    assert cv.summary_title(b) == "荆州市总工会八月份工作综述"
    assert cv.plan_title(b) == "荆州市总工会九月份工作安排"
    b = edits.set_summary_title(b, "荆州市总工会八月份工作完成情况")
    b = edits.set_plan_title(b, "下月安排")
    assert cv.summary_title(b) == "荆州市总工会八月份工作完成情况"
    assert cv.plan_title(b) == "下月安排"
    assert cv.plan_title(edits.set_plan(b, None)) == "荆州市总工会九月份工作安排"


def test_issue_text() -> None:
    b = _bulletin()
    assert cv.issue_text(b) == ""
    b = edits.update_meta(b, issue_number=12)
    assert cv.issue_text(b) == "第12期"
    b = edits.update_meta(b, total_number=120, date=dt.date(2021, 1, 5))
    assert cv.issue_text(b) == "第12期（总第120期）"
    assert cv.issue_text(b, "{year}年第{n}期（总第{total}期）") == "2021年第12期（总第120期）"
    assert cv.issue_text(edits.update_meta(b, date=None), "{year}年第{n}期") == "2020年第12期（总第120期）"


def test_names() -> None:
    assert cv.joined(("高启秀", "张征军")) == "高启秀、张征军"
    assert cv.joined(["高启秀", "", "郭红萍"]) == "高启秀、郭红萍"
    assert cv.split_names("高启秀、张征军") == ("高启秀", "张征军")
    assert cv.split_names(" 高启秀，张征军; 郭红萍  经技部 ") == ("高启秀", "张征军", "郭红萍", "经技部")
    assert cv.split_names("") == ()


# ---- model ------------------------------------------------------------------------------------------


def test_period_next_previous() -> None:
    assert Period(2020, 12).next() == Period(2021, 1)
    assert Period(2020, 8).next() == Period(2020, 9)
    assert Period(2021, 1).previous() == Period(2020, 12)
    assert Period(2020, 9).previous() == Period(2020, 8)


def test_ids_are_unique_and_not_part_of_equality() -> None:
    ids = {new_id() for _ in range(1000)}
    assert len(ids) == 1000
    a, b = Item("标题。", "正文"), Item("标题。", "正文")
    assert a.id != b.id
    assert a == b
    assert Task("x").id != Task("x").id
    assert SubPoint("a") == SubPoint("a")


def test_everything_is_frozen() -> None:
    b = _bulletin()
    with pytest.raises(dataclasses.FrozenInstanceError):
        b.org = "别处"  # type: ignore[misc]
    with pytest.raises(dataclasses.FrozenInstanceError):
        b.summary.items[0].heading = "x"  # type: ignore[misc]
    assert b.plan is not None
    with pytest.raises(dataclasses.FrozenInstanceError):
        b.plan.tasks[0].leaders = ()  # type: ignore[misc]
    assert isinstance(b.summary.items, tuple)


# ---- edit functions ---------------------------------------------------------------------------------


def _headings(b: Bulletin) -> list[str]:
    return [it.heading for it in b.summary.items]


def _contents(b: Bulletin) -> list[str]:
    return [t.content for t in (b.plan.tasks if b.plan else ())]


def test_edits_never_mutate_the_input() -> None:
    b = _bulletin()
    snapshot = dataclasses.replace(b)
    first = b.summary.items[0].id
    task = b.plan.tasks[0].id if b.plan else ""
    results = [
        edits.update_meta(b, editor="董军"),
        edits.set_summary_title(b, "t"),
        edits.add_item(b, Item("新。")),
        edits.update_item(b, first, body="改"),
        edits.delete_item(b, first),
        edits.move_item(b, first, 2),
        edits.duplicate_item(b, first)[0],
        edits.set_plan(b, None),
        edits.set_plan_title(b, "p"),
        edits.add_task(b, Task("新")),
        edits.update_task(b, task, content="改"),
        edits.delete_task(b, task),
        edits.move_task(b, task, 1),
    ]
    assert b == snapshot
    assert all(r != b for r in results)


def test_update_meta() -> None:
    b = edits.update_meta(_bulletin(), editor="董军", phone="8219262", issue_number=3)
    assert (b.editor, b.phone, b.issue_number) == ("董军", "8219262", 3)
    for key in ("summary", "plan"):
        with pytest.raises(ValueError):
            edits.update_meta(b, **{key: None})
    with pytest.raises(TypeError):
        edits.update_meta(b, no_such_field=1)


def test_add_item_positions() -> None:
    b = _bulletin()
    assert _headings(edits.add_item(b, Item("尾。")))[-1] == "尾。"
    assert _headings(edits.add_item(b, Item("首。"), 0))[0] == "首。"
    assert _headings(edits.add_item(b, Item("中。"), 1))[1] == "中。"
    assert _headings(edits.add_item(b, Item("远。"), 99))[-1] == "远。"
    assert _headings(edits.add_item(b, Item("负。"), -5))[0] == "负。"


def test_update_item_keeps_id_and_position() -> None:
    b = _bulletin()
    target = b.summary.items[1]
    sub = (SubPoint("（一）要点。", "说明"),)
    b2 = edits.update_item(b, target.id, heading="新标题。", subpoints=sub, id="ignored")
    changed = b2.summary.items[1]
    assert changed.id == target.id
    assert (changed.heading, changed.body, changed.subpoints) == ("新标题。", "正文1", sub)
    assert edits.find_item(b2, target.id) is changed
    with pytest.raises(KeyError):
        edits.update_item(b, "nope", body="x")


def test_delete_item() -> None:
    b = _bulletin()
    b2 = edits.delete_item(b, b.summary.items[0].id)
    assert _headings(b2) == ["第1条。", "第2条。"]
    with pytest.raises(KeyError):
        edits.delete_item(b2, b.summary.items[0].id)


def test_move_item() -> None:
    b = _bulletin()
    ids = [it.id for it in b.summary.items]
    assert _headings(edits.move_item(b, ids[0], 2)) == ["第1条。", "第2条。", "第0条。"]
    assert _headings(edits.move_item(b, ids[2], 0)) == ["第2条。", "第0条。", "第1条。"]
    assert _headings(edits.move_item(b, ids[0], 50)) == ["第1条。", "第2条。", "第0条。"]
    assert [it.id for it in edits.move_item(b, ids[1], 1).summary.items] == ids
    with pytest.raises(KeyError):
        edits.move_item(b, "nope", 0)


def test_duplicate_item_gets_new_ids() -> None:
    b = _bulletin()
    b = edits.update_item(b, b.summary.items[0].id, subpoints=(SubPoint("甲。"), SubPoint("乙。")))
    original = b.summary.items[0]
    b2, copy = edits.duplicate_item(b, original.id)
    assert b2.summary.items[1] is copy
    assert copy == original
    assert copy.id != original.id
    assert {s.id for s in copy.subpoints}.isdisjoint(s.id for s in original.subpoints)
    assert len(b2.summary.items) == 4


def _with_subs(*headings: str) -> tuple[Bulletin, str]:
    b = _bulletin()
    item_id = b.summary.items[1].id
    return edits.update_item(b, item_id, subpoints=tuple(SubPoint(h, "说明" + h) for h in headings)), item_id


def _sub_headings(b: Bulletin, item_id: str) -> list[str]:
    return [s.heading for s in edits.find_item(b, item_id).subpoints]


def test_add_subpoint_positions_and_other_items_untouched() -> None:
    b, item_id = _with_subs("甲。", "乙。")

    def added(heading: str, index: int | None = None) -> list[str]:
        return _sub_headings(edits.add_subpoint(b, item_id, SubPoint(heading), index), item_id)

    assert added("尾。") == ["甲。", "乙。", "尾。"]
    assert added("首。", 0) == ["首。", "甲。", "乙。"]
    assert added("中。", 1) == ["甲。", "中。", "乙。"]
    b2 = edits.add_subpoint(b, item_id, SubPoint("尾。"))
    assert b2.summary.items[0] is b.summary.items[0] and b2.summary.items[2] is b.summary.items[2]
    assert edits.find_item(b2, item_id).id == item_id
    assert _sub_headings(b, item_id) == ["甲。", "乙。"]  # the input is untouched
    with pytest.raises(KeyError):
        edits.add_subpoint(b, "nope", SubPoint("x"))


def test_update_subpoint_keeps_id_and_position() -> None:
    b, item_id = _with_subs("甲。", "乙。", "丙。")
    target = edits.find_item(b, item_id).subpoints[1]
    b2 = edits.update_subpoint(b, item_id, target.id, body="新说明", id="ignored")
    changed = edits.find_item(b2, item_id).subpoints[1]
    assert (changed.id, changed.heading, changed.body) == (target.id, "乙。", "新说明")
    assert edits.find_subpoint(b2, item_id, target.id) is changed
    assert edits.find_item(b2, item_id).subpoints[0] is edits.find_item(b, item_id).subpoints[0]
    with pytest.raises(KeyError):
        edits.update_subpoint(b, item_id, "nope", body="x")
    with pytest.raises(KeyError):
        edits.update_subpoint(b, b.summary.items[0].id, target.id, body="x")  # another item's sub-point


def test_delete_and_move_subpoint() -> None:
    b, item_id = _with_subs("甲。", "乙。", "丙。")
    ids = [s.id for s in edits.find_item(b, item_id).subpoints]
    assert _sub_headings(edits.delete_subpoint(b, item_id, ids[1]), item_id) == ["甲。", "丙。"]
    assert _sub_headings(edits.move_subpoint(b, item_id, ids[0], 2), item_id) == ["乙。", "丙。", "甲。"]
    assert _sub_headings(edits.move_subpoint(b, item_id, ids[2], 0), item_id) == ["丙。", "甲。", "乙。"]
    assert _sub_headings(edits.move_subpoint(b, item_id, ids[2], -3), item_id) == ["丙。", "甲。", "乙。"]
    moved = edits.move_subpoint(b, item_id, ids[0], 99)
    assert [s.id for s in edits.find_item(moved, item_id).subpoints] == [ids[1], ids[2], ids[0]]
    with pytest.raises(KeyError):
        edits.delete_subpoint(edits.delete_subpoint(b, item_id, ids[1]), item_id, ids[1])
    with pytest.raises(KeyError):
        edits.move_subpoint(b, item_id, "nope", 0)


def test_plan_section() -> None:
    b = edits.set_plan(_bulletin(), None)
    assert b.plan is None
    b = edits.set_plan_title(b, "九月份安排")
    assert b.plan == Plan(title="九月份安排")
    b = edits.set_plan(b, Plan(tasks=(Task("甲"),)))
    assert _contents(b) == ["甲"]


def test_add_task_creates_the_plan() -> None:
    b = edits.set_plan(_bulletin(), None)
    b = edits.add_task(b, Task("甲"))
    b = edits.add_task(b, Task("乙"), 0)
    b = edits.add_task(b, Task("丙"), 1)
    assert _contents(b) == ["乙", "丙", "甲"]


def test_update_task() -> None:
    b = _bulletin()
    assert b.plan is not None
    t = b.plan.tasks[1]
    b2 = edits.update_task(
        b,
        t.id,
        leaders=["高启秀", "张征军"],
        departments=["经技部"],
        status=TaskStatus.DONE,
        deadline="2020年9月30日",
    )
    changed = edits.find_task(b2, t.id)
    assert changed.leaders == ("高启秀", "张征军")  # lists from a UI become tuples
    assert changed.departments == ("经技部",)
    assert (changed.status, changed.deadline, changed.id) == (TaskStatus.DONE, "2020年9月30日", t.id)
    with pytest.raises(KeyError):
        edits.update_task(b, "nope", content="x")
    with pytest.raises(KeyError):
        edits.find_task(edits.set_plan(b, None), t.id)


def test_delete_and_move_task() -> None:
    b = _bulletin(n_tasks=3)
    assert b.plan is not None
    ids = [t.id for t in b.plan.tasks]
    assert _contents(edits.delete_task(b, ids[1])) == ["任务0", "任务2"]
    assert _contents(edits.move_task(b, ids[2], 0)) == ["任务2", "任务0", "任务1"]
    assert _contents(edits.move_task(b, ids[0], -3)) == ["任务0", "任务1", "任务2"]
    with pytest.raises(KeyError):
        edits.delete_task(b, "nope")
    with pytest.raises(KeyError):
        edits.move_task(edits.set_plan(b, None), ids[0], 1)
