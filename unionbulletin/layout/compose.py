"""Bulletin + style → page boxes: the public entry point of the layout engine.

``layout_bulletin(bulletin, style)`` is pure: the same bulletin (ids included) and style give an equal
``Document``. Results are cached by ``content_key`` so the preview, the printer and the PDF export
share one layout and an unchanged bulletin is never laid out twice; line breaking is cached per
paragraph, so an edit re-breaks only the paragraph that changed.

Order of the flow (official-format.md §4, §8): masthead and red rule on page 1; the summary title two
grid lines below the rule; one blank line; the items (一、 + 黑体 lead sentence run in with the 仿宋
body, body paragraphs split on "\\n", sub-points （一） with a 楷体 lead); the plan title with a blank
line before and after; the task blocks (or the table); the 报尾 at the foot of the last page; page
numbers on every page.
"""

from __future__ import annotations

import hashlib
import threading
from collections import OrderedDict
from dataclasses import replace

from ..domain import Bulletin, OrgSettings, PlanLayout, Task
from ..domain.conventions import (
    issue_text,
    item_marker,
    joined,
    plan_title,
    subpoint_marker,
    summary_title,
)
from .boxes import Document, Line, LineKind, Page, Ref, RefKind, Rule
from .lines import EM_ASCENT, EM_DESCENT, ProtoLine, natural_run, paragraph_lines, run_width
from .masthead import masthead
from .paginate import Block, FlowBlock, PageContent, paginate
from .style import FontRole, Style
from .table import plan_table
from .tail import tail_box
from .titles import break_title

LAYOUT_VERSION = 1  # bump when the engine changes what it produces for the same input
TASK_FIELDS = ("责任领导", "责任部室", "完成时限")

_CACHE_SIZE = 16
_cache: OrderedDict[str, Document] = OrderedDict()
_cache_lock = threading.Lock()


def style_for(settings: OrgSettings) -> Style:
    """The style tokens for an organisation's settings (plan layout, hanging marks, 期号 pattern)."""
    return replace(
        Style(),
        hanging_punctuation=settings.hanging_punctuation,
        plan_as_table=settings.plan_layout == PlanLayout.TABLE,
        issue_format=settings.issue_format or "第{n}期",
    )


def content_key(bulletin: Bulletin, style: Style | None = None) -> str:
    """A hash of everything the layout depends on (item and task ids included)."""
    style = style or Style()
    # Dataclass reprs list every field, ids included; they are deterministic for these frozen types.
    data = repr((LAYOUT_VERSION, bulletin, style)).encode("utf-8")
    return hashlib.blake2b(data, digest_size=16).hexdigest()


def layout_bulletin(bulletin: Bulletin, style: Style | None = None) -> Document:
    """The pages of ``bulletin`` (cached by ``content_key``)."""
    style = style or Style()
    key = content_key(bulletin, style)
    with _cache_lock:
        cached = _cache.get(key)
        if cached is not None:
            _cache.move_to_end(key)
            return cached
    document = _layout(bulletin, style)
    with _cache_lock:
        _cache[key] = document
        while len(_cache) > _CACHE_SIZE:
            _cache.popitem(last=False)
    return document


def clear_cache() -> None:
    with _cache_lock:
        _cache.clear()


# --------------------------------------------------------------------------------------------- flow


def _body_paragraph(
    segments: list[tuple[str, FontRole]], ref: Ref, style: Style, kind: LineKind = LineKind.BODY
) -> list[ProtoLine]:
    cell = style.char_pitch
    return paragraph_lines(
        segments,
        kind=kind,
        ref=ref,
        size=style.body_size,
        cell=cell,
        left=style.page.block_left,
        width=style.page.block_width,
        first_indent=style.first_line_indent_chars * cell,
        hanging=style.hanging_punctuation,
    )


def _title_block(text: str, ref: Ref, style: Style, org: str, *, blank_before: int) -> FlowBlock:
    """A centred 小标宋 title (≤ 20 characters a line, broken between words)."""
    size = style.title.size
    page = style.page
    centre = page.block_left + page.block_width / 2
    lines = []
    for part in break_title(text, style.title.max_chars_per_line, keep=(org,) if org else ()):
        run = natural_run(part, FontRole.XIAOBIAOSONG, size, centre - run_width(part, size) / 2)
        lines.append(ProtoLine(LineKind.TITLE, (run,), size, ref))
    return FlowBlock(
        tuple(lines),
        blank_before=blank_before,
        blank_after=style.title.blank_lines_after,
        keep_with_next=True,
    )


def _item_blocks(bulletin: Bulletin, style: Style) -> list[Block]:
    blocks: list[Block] = []
    for index, item in enumerate(bulletin.summary.items):
        ref = Ref(RefKind.ITEM, item.id)
        paragraphs = item.body.split("\n") if item.body else [""]
        first = [(item_marker(index) + item.heading, FontRole.HEITI)]
        if paragraphs[0]:
            first.append((paragraphs[0], FontRole.FANGSONG))
        blocks.append(FlowBlock(tuple(_body_paragraph(first, ref, style))))
        for text in paragraphs[1:]:
            if text.strip():
                blocks.append(FlowBlock(tuple(_body_paragraph([(text, FontRole.FANGSONG)], ref, style))))
        for sub_index, sub in enumerate(item.subpoints):
            sub_paragraphs = sub.body.split("\n") if sub.body else [""]
            segments = [(subpoint_marker(sub_index) + sub.heading, FontRole.KAITI)]
            if sub_paragraphs[0]:
                segments.append((sub_paragraphs[0], FontRole.FANGSONG))
            blocks.append(FlowBlock(tuple(_body_paragraph(segments, ref, style))))
            for text in sub_paragraphs[1:]:
                if text.strip():
                    blocks.append(FlowBlock(tuple(_body_paragraph([(text, FontRole.FANGSONG)], ref, style))))
    return blocks


def task_field_texts(task: Task) -> list[str]:
    """The three field lines of a task block, e.g. 责任领导：高启秀、张征军 (labels always printed)."""
    values = (joined(task.leaders), joined(task.departments), task.deadline)
    return [f"{label}：{value}" for label, value in zip(TASK_FIELDS, values, strict=True)]


def _task_block(index: int, task: Task, style: Style) -> FlowBlock:
    ref = Ref(RefKind.TASK, task.id)
    lines = _body_paragraph(
        [(item_marker(index) + task.content, FontRole.HEITI)], ref, style, LineKind.TASK_TITLE
    )
    for text in task_field_texts(task):
        lines += _body_paragraph([(text, FontRole.FANGSONG)], ref, style, LineKind.TASK_FIELD)
    return FlowBlock(tuple(lines), keep_together=True)


def flow_blocks(bulletin: Bulletin, style: Style) -> list[Block]:
    """Everything between the masthead and the 报尾, in reading order."""
    org = bulletin.org
    blocks: list[Block] = [
        _title_block(summary_title(bulletin), Ref(RefKind.SUMMARY_TITLE), style, org, blank_before=0)
    ]
    blocks += _item_blocks(bulletin, style)
    plan = bulletin.plan
    if plan is not None:
        blocks.append(
            _title_block(
                plan_title(bulletin),
                Ref(RefKind.PLAN_TITLE),
                style,
                org,
                blank_before=style.title.blank_lines_before_second,
            )
        )
        if style.plan_as_table:
            if plan.tasks:
                blocks.append(plan_table(plan.tasks, style))
        else:
            blocks += [_task_block(i, task, style) for i, task in enumerate(plan.tasks)]
    if isinstance(blocks[-1], FlowBlock) and blocks[-1].keep_with_next:
        blocks[-1] = replace(blocks[-1], keep_with_next=False)
    return blocks


# ------------------------------------------------------------------------------------ page numbers


def page_number_line(number: int, style: Style) -> Line:
    """“— N —” in 宋体 14 pt: odd pages 右空一字, even pages 左空一字, dash 7 mm below the block."""
    pn = style.page_number
    page = style.page
    text = pn.template.format(n=number)
    width = run_width(text, pn.size)
    x = page.block_right - pn.indent - width if number % 2 else page.block_left + pn.indent
    # The dash sits on the middle of the em box: centre 7 mm below the block's bottom edge.
    centre = page.block_bottom + pn.dash_below_block
    baseline = centre + (EM_ASCENT - 0.5) * pn.size
    run = natural_run(text, FontRole.SONGTI, pn.size, x).at(baseline)
    return Line(
        LineKind.PAGE_NUMBER,
        (run,),
        baseline,
        baseline - EM_ASCENT * pn.size,
        baseline + EM_DESCENT * pn.size,
        None,
    )


# ------------------------------------------------------------------------------------------ layout


def _layout(bulletin: Bulletin, style: Style) -> Document:
    head_lines, head_rules, geo = masthead(bulletin, style)
    start_y = style.page.block_top + geo.first_title_line * style.line_pitch
    contents = paginate(
        flow_blocks(bulletin, style),
        style,
        start_y=start_y,
        first_page=PageContent(list(head_lines), list(head_rules)),
        tail=tail_box(bulletin, style),
    )
    pages = []
    for number, content in enumerate(contents, start=1):
        lines: list[Line] = [*content.lines, page_number_line(number, style)]
        rules: list[Rule] = content.rules
        pages.append(Page(number, style.page.width, style.page.height, tuple(lines), tuple(rules)))
    issue = issue_text(bulletin, style.issue_format)
    return Document(
        pages=tuple(pages),
        title=summary_title(bulletin),
        author=bulletin.org,
        subject=f"{bulletin.series}{issue}" if issue else bulletin.series,
    )
