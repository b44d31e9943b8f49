"""Paper rules of the proofreader: what would come out wrong on the printed page (issue 15, item 7)."""

from __future__ import annotations

import dataclasses
import json
from pathlib import Path

import pytest

from unionbulletin.checks.engine import apply_fixes, run_checks
from unionbulletin.checks.finding import Finding
from unionbulletin.domain.exchange import from_exchange
from unionbulletin.domain.model import (
    AddressBook,
    Bulletin,
    Distribution,
    Item,
    OrgSettings,
    Period,
    Plan,
    SubPoint,
    Summary,
    Task,
)

DISTRIBUTION = Distribution(report_to=("省总工会",), send_to=("各县市区总工会",))
TASK = Task("开展活动", ("高启秀",), ("机关党委",), "九月份")


def good(**changes: object) -> Bulletin:
    b = Bulletin(
        org="荆州市总工会",
        series="工会要情摘报",
        period=Period(2020, 8),
        summary=Summary(items=(Item("召开会议。", "会议总结了上半年工作。"),)),
        plan=Plan(tasks=(TASK,)),
        distribution=DISTRIBUTION,
    )
    return dataclasses.replace(b, **changes)  # type: ignore[arg-type]


def paper(b: Bulletin) -> list[Finding]:
    return [
        f
        for f in run_checks(b, settings=OrgSettings(), address_book=AddressBook(), fonts=None)
        if f.rule.startswith("paper.")
    ]


def test_a_complete_bulletin_has_no_paper_finding() -> None:
    assert paper(good()) == []


@pytest.mark.parametrize("fixture", ["sample-2018.json", "sample-2020.json", "long.json"])
def test_the_real_samples_have_no_paper_finding(fixtures_dir: Path, fixture: str) -> None:
    b = from_exchange(json.loads((fixtures_dir / fixture).read_text("utf-8")))
    assert paper(b) == []


@pytest.mark.parametrize(
    ("changes", "rule", "field"),
    [
        ({"series": ""}, "paper.empty-series", "series"),
        ({"series": "  "}, "paper.empty-series", "series"),
        ({"org": ""}, "paper.empty-org", "org"),
        ({"distribution": Distribution(send_to=("各县市区总工会",))}, "paper.empty-report-to", "report_to"),
        (
            {"distribution": Distribution(report_to=("省总工会",), send_to=(" ",))},
            "paper.empty-send-to",
            "send_to",
        ),
        ({"plan": Plan()}, "paper.empty-plan", "title"),
    ],
)
def test_an_empty_part_of_the_page_is_an_error(changes: dict[str, object], rule: str, field: str) -> None:
    (f,) = paper(good(**changes))
    assert (f.rule, f.severity, f.location.field) == (rule, "error", field)
    assert f.fix is None


def test_no_plan_section_is_not_an_empty_plan() -> None:
    assert paper(good(plan=None)) == []


def test_what_a_blank_new_issue_leaves_is_reported() -> None:
    """新建一期 with the default settings when 报/发 have no defaults: one empty item, an empty plan."""
    b = Bulletin(
        org="荆州市总工会",
        series="工会要情摘报",
        period=Period(2020, 9),
        summary=Summary(items=(Item(heading=""),)),
        plan=Plan(),
    )
    assert sorted(f.rule for f in paper(b)) == [
        "paper.empty-plan",
        "paper.empty-report-to",
        "paper.empty-send-to",
    ]


@pytest.mark.parametrize(
    ("body", "subpoints", "expected"),
    [
        ("会议总结了上半年工作", (), ("补上“。”", 10, "")),
        ("会议总结了上半年工作，", (), ("改为“。”", 10, "，")),
        ("会议总结了上半年工作；", (), ("改为“。”", 10, "；")),
        ("会议提出“撸起袖子加油干”", (), ("补上“。”", 13, "")),
        ("会议总结了上半年工作。", (), None),
        ("会议提出“撸起袖子加油干。”", (), None),
        ("会议提出：", (SubPoint("一是。", "内容。"),), None),  # a lead-in to its sub-points
        ("会议提出：", (), ("补上“。”", 5, "")),
        ("第一段。\n第二段没有句号", (), ("补上“。”", 12, "")),
        ("第一段没有句号\n第二段。", (), None),  # only the end of the body: the rule is about the final 。
        ("", (), None),
        ("市总工会【待补充】", (), None),  # the draft placeholder is reported (as an error) by its own rule
    ],
)
def test_a_body_must_end_with_its_stop(
    body: str, subpoints: tuple[SubPoint, ...], expected: tuple[str, int, str] | None
) -> None:
    b = good(summary=Summary(items=(Item("召开会议。", body, subpoints),)))
    found = paper(b)
    if expected is None:
        assert found == []
        return
    (f,) = found
    label, offset, text = expected
    assert (f.rule, f.severity) == ("paper.body-stop", "error")
    assert (f.location.offset, f.location.text) == (offset, text)
    assert f.fix is not None and f.fix.label == label
    fixed, count = apply_fixes(b, found)
    assert count == 1 and paper(fixed) == []
    assert fixed.summary.items[0].body.endswith("。")


def test_a_subpoint_body_must_end_with_its_stop() -> None:
    item = Item("召开会议。", "会议提出：", (SubPoint("一是。", "抓好落实"), SubPoint("二是。", "")))
    (f,) = paper(good(summary=Summary(items=(item,))))
    assert (f.location.field, f.location.sub, f.location.offset) == ("subpoint_body", 1, 4)
    assert "第1小点" in f.message
