"""Paper rules: what would come out wrong on the printed page although every field is well typed.

An empty 简报名称 or 编发单位 prints a page without its red masthead line; an empty 报 or 发 prints a
bare 报尾; a 工作安排 section without a task prints its heading over nothing (what a blank 新建一期
leaves when no task is added); a 正文 that stops without its final 。 looks cut off. All of these are
errors, so the check before printing and exporting asks before they reach paper.
"""

from __future__ import annotations

from collections.abc import Iterator

from ..domain.conventions import item_marker
from ..domain.next_issue import DRAFT_PLACEHOLDER
from .base import CheckContext, Rule, at
from .finding import Finding, Location
from .text_fields import TextField

EMPTY_SERIES = "paper.empty-series"
EMPTY_ORG = "paper.empty-org"
EMPTY_REPORT_TO = "paper.empty-report-to"
EMPTY_SEND_TO = "paper.empty-send-to"
EMPTY_PLAN = "paper.empty-plan"
BODY_STOP = "paper.body-stop"

_SENTENCE_END = frozenset("。？！…")
_CLOSING = frozenset("”’）》〉】〕」』")
_WRONG_STOP = frozenset("，、；．.,;")  # a pause mark where the paragraph ends: replaced by 。
_LEAD_IN = frozenset("：:")  # a body that introduces its sub-points may end with a colon


def _masthead(ctx: CheckContext) -> Iterator[Finding]:
    b = ctx.bulletin
    if not b.series.strip():
        yield Finding(
            EMPTY_SERIES,
            "error",
            "简报名称是空的：印出来的第一页没有红色报头，请在“报头与报送”中填写",
            Location("meta", "series"),
        )
    if not b.org.strip():
        yield Finding(
            EMPTY_ORG,
            "error",
            "编发单位是空的：报头下没有发文单位，标题也缺少单位名称，请在“报头与报送”中填写",
            Location("meta", "org"),
        )


def _distribution(ctx: CheckContext) -> Iterator[Finding]:
    d = ctx.bulletin.distribution
    if not any(name.strip() for name in d.report_to):
        yield Finding(
            EMPTY_REPORT_TO,
            "error",
            "“报”一栏是空的：报尾不写报送的上级机关，请填写或从分组插入",
            Location("distribution", "report_to"),
        )
    if not any(name.strip() for name in d.send_to):
        yield Finding(
            EMPTY_SEND_TO,
            "error",
            "“发”一栏是空的：报尾不写发送范围，请填写或从分组插入",
            Location("distribution", "send_to"),
        )


def _plan(ctx: CheckContext) -> Iterator[Finding]:
    plan = ctx.bulletin.plan
    if plan is not None and not plan.tasks:
        yield Finding(
            EMPTY_PLAN,
            "error",
            "“工作安排”下面没有任务：印出来只有一个标题。请添加任务，或在“工作安排”页取消“本期包含工作安排”",
            Location("plan", "title"),
        )


def _ends_well(text: str, lead_in: bool) -> bool:
    last = text[-1]
    if last in _SENTENCE_END or (lead_in and last in _LEAD_IN):
        return True
    return last in _CLOSING and len(text) > 1 and text[-2] in _SENTENCE_END


def _body_stop(ctx: CheckContext) -> Iterator[Finding]:
    items = ctx.bulletin.summary.items
    for field in ctx.fields:
        if field.kind != "body" or field.location.section != "summary":
            continue
        text = field.text.rstrip()
        if not text:
            continue
        loc = field.location
        n = loc.number or 0
        lead_in = loc.field == "body" and 0 < n <= len(items) and bool(items[n - 1].subpoints)
        if _ends_well(text, lead_in) or text.endswith(DRAFT_PLACEHOLDER):
            continue  # (a draft placeholder is an error of its own: one finding for one problem)
        where = f"第{item_marker(n - 1)[:-1]}条" if loc.field == "body" else f"第{loc.sub}小点"
        yield from _missing_stop(field, text, where)


def _missing_stop(field: TextField, text: str, where: str) -> Iterator[Finding]:
    last = text[-1]
    if last in _WRONG_STOP:
        yield at(
            field,
            BODY_STOP,
            "error",
            f"{where}正文末尾应为句号，不用“{last}”",
            len(text) - 1,
            1,
            ("。", "改为“。”"),
        )
    else:
        yield at(
            field,
            BODY_STOP,
            "error",
            f"{where}正文末尾缺少句号“。”，印出来像没写完",
            len(text),
            0,
            ("。", "补上“。”"),
        )


RULES = (
    Rule(frozenset({EMPTY_SERIES, EMPTY_ORG}), _masthead),
    Rule(frozenset({EMPTY_REPORT_TO, EMPTY_SEND_TO}), _distribution),
    Rule(frozenset({EMPTY_PLAN}), _plan),
    Rule(frozenset({BODY_STOP}), _body_stop),
)
