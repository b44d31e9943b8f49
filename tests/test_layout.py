"""The layout engine as a whole (layout/compose.py, paginate.py, masthead.py): purity, cache keys,
refs for the preview, and the pagination rules checked over many page-break positions.
"""

from __future__ import annotations

import itertools
import json
from dataclasses import replace
from pathlib import Path

import pytest

from unionbulletin.domain import Bulletin, Distribution, OrgSettings, PlanLayout
from unionbulletin.domain.exchange import from_exchange
from unionbulletin.layout.boxes import Document, Line, LineKind, RefKind
from unionbulletin.layout.compose import clear_cache, content_key, layout_bulletin, style_for
from unionbulletin.layout.masthead import masthead_geometry, masthead_name_size
from unionbulletin.layout.style import Style

STYLE = Style()
PITCH = STYLE.line_pitch
GRID_BOTTOM = STYLE.page.block_top + STYLE.grid.lines * PITCH


def load(fixtures_dir: Path, name: str) -> Bulletin:
    return from_exchange(json.loads((fixtures_dir / name).read_text(encoding="utf-8")))


def flow_lines(page_lines: tuple[Line, ...]) -> list[Line]:
    """Lines on the grid (everything but the masthead, the 报尾 and the page number)."""
    return [
        ln
        for ln in page_lines
        if ln.kind in (LineKind.TITLE, LineKind.BODY, LineKind.TASK_TITLE, LineKind.TASK_FIELD)
    ]


def test_masthead_rule_lies_on_the_grid() -> None:
    geo = masthead_geometry(STYLE)
    steps = (geo.rule_y - STYLE.page.block_top) / PITCH
    assert steps == pytest.approx(round(steps))
    assert abs(geo.shift) <= PITCH / 2
    assert geo.first_title_line == geo.rule_boundary + 2
    assert geo.name_baseline < geo.issue_baseline < geo.issuer_baseline < geo.rule_y


def test_masthead_name_shrinks_to_the_block() -> None:
    assert masthead_name_size("工作动态", STYLE) == 42
    long_name = "荆州市总工会工会要情摘报特刊增刊"
    assert masthead_name_size(long_name, STYLE) * len(long_name) == pytest.approx(STYLE.page.block_width)


def test_layout_is_pure_and_cached(fixtures_dir: Path) -> None:
    bulletin = load(fixtures_dir, "sample-2020.json")
    first = layout_bulletin(bulletin)
    assert layout_bulletin(bulletin) is first  # served from the cache
    clear_cache()
    fresh = layout_bulletin(bulletin)
    assert fresh == first and fresh is not first
    copy = load(fixtures_dir, "sample-2020.json")  # same content, new ids
    assert copy == bulletin
    assert content_key(copy) != content_key(bulletin)
    assert content_key(bulletin, replace(Style(), hanging_punctuation=False)) != content_key(bulletin)
    assert content_key(bulletin) == content_key(bulletin, Style())


def test_style_for_settings() -> None:
    style = style_for(
        OrgSettings(plan_layout=PlanLayout.TABLE, hanging_punctuation=False, issue_format="{year}年第{n}期")
    )
    assert style.plan_as_table and not style.hanging_punctuation
    assert style.issue_format == "{year}年第{n}期"
    assert style_for(OrgSettings()) == Style()


def test_every_line_refers_to_what_it_shows(fixtures_dir: Path) -> None:
    bulletin = load(fixtures_dir, "sample-2020.json")
    document = layout_bulletin(bulletin)
    item_ids = {item.id for item in bulletin.summary.items}
    task_ids = {task.id for task in bulletin.plan.tasks} if bulletin.plan else set()
    seen: set[str] = set()
    expected = {
        LineKind.BODY: RefKind.ITEM,
        LineKind.TASK_TITLE: RefKind.TASK,
        LineKind.TASK_FIELD: RefKind.TASK,
        LineKind.TAIL: RefKind.DISTRIBUTION,
        LineKind.MASTHEAD_NAME: RefKind.META,
        LineKind.ISSUER_DATE: RefKind.META,
    }
    for page in document.pages:
        for line in page.lines:
            if line.kind == LineKind.PAGE_NUMBER:
                assert line.ref is None
                continue
            assert line.ref is not None
            if line.kind in expected:
                assert line.ref.kind == expected[line.kind]
            seen.add(line.ref.id)
    assert item_ids | task_ids <= seen
    titles = [ln.ref.kind for p in document.pages for ln in p.lines if ln.kind == LineKind.TITLE and ln.ref]
    assert titles == [RefKind.SUMMARY_TITLE, RefKind.PLAN_TITLE]


def _variants(bulletin: Bulletin) -> list[Bulletin]:
    """The same bulletin with fewer items and the last one cut shorter and shorter: the plan title
    and the task blocks land on every line of a page in turn."""
    items = bulletin.summary.items
    out = []
    for keep in range(max(1, len(items) - 6), len(items) + 1):
        last = items[keep - 1]
        for cut in range(0, len(last.body), 14):
            item = replace(last, body=last.body[: len(last.body) - cut])
            out.append(replace(bulletin, summary=replace(bulletin.summary, items=(*items[: keep - 1], item))))
    return out


def _check_pagination(document: Document) -> None:
    pages = document.pages
    for index, page in enumerate(pages):
        lines = flow_lines(page.lines)
        for line in lines:
            assert line.bottom <= GRID_BOTTOM + 1e-6
        for a, b in itertools.pairwise(lines):
            steps = (b.top - a.top) / PITCH
            assert steps == pytest.approx(round(steps)) and round(steps) >= 1
        if not lines:
            continue
        # No title alone at the foot of a page.
        assert lines[-1].kind != LineKind.TITLE
        # A task block on one page: its title's fields follow on the same page.
        for i, line in enumerate(lines):
            is_block_start = line.kind == LineKind.TASK_TITLE and (i == 0 or lines[i - 1].ref != line.ref)
            if is_block_start:
                same = [ln for ln in lines[i:] if ln.ref == line.ref]
                assert sum(1 for ln in same if ln.kind == LineKind.TASK_FIELD) == 3
        # Middle pages are full unless the next page starts with a kept group.
        if 0 < index < len(pages) - 1:
            used = round((lines[-1].bottom - STYLE.page.block_top) / PITCH)
            if used < STYLE.grid.lines:
                nxt = flow_lines(pages[index + 1].lines)
                assert not nxt or nxt[0].kind in (LineKind.TITLE, LineKind.TASK_TITLE)  # [] = 报尾 page
    # The 报尾 is on the last page only, its bottom rule on the block's bottom edge.
    tail_pages = [p.number for p in pages if any(ln.kind == LineKind.TAIL for ln in p.lines)]
    assert tail_pages in ([], [len(pages)])
    if tail_pages:
        assert max(r.y0 for r in pages[-1].rules) == pytest.approx(STYLE.page.block_bottom)


@pytest.mark.parametrize("name", ["sample-2020.json", "long.json"])
@pytest.mark.slow
def test_pagination_rules_at_every_break_position(fixtures_dir: Path, name: str) -> None:
    bulletin = load(fixtures_dir, name)
    variants = _variants(bulletin)
    assert len(variants) > 10
    foot_titles = 0
    for variant in variants:
        document = layout_bulletin(variant)
        _check_pagination(document)
        for page in document.pages:
            lines = flow_lines(page.lines)
            titles = [ln for ln in lines if ln.kind == LineKind.TITLE]
            foot_titles += bool(titles) and titles[0] is not lines[0]
    assert foot_titles  # some variants put the plan title mid-page, others push it over


def test_tail_goes_to_a_new_page_only_when_it_does_not_fit(fixtures_dir: Path) -> None:
    bulletin = load(fixtures_dir, "sample-2018.json")
    seen_alone = seen_shared = False
    for names in range(1, 40, 3):
        send = tuple(f"第{n}县市区总工会" for n in range(names))
        variant = replace(bulletin, distribution=replace(bulletin.distribution, send_to=send))
        document = layout_bulletin(variant)
        last = document.pages[-1]
        tail = [ln for ln in last.lines if ln.kind == LineKind.TAIL]
        flow = flow_lines(last.lines)
        assert tail
        if flow:
            seen_shared = True
            assert flow[-1].bottom <= min(r.y0 for r in last.rules) + 1e-6
        else:
            seen_alone = True
            previous = flow_lines(document.pages[-2].lines)
            tail_height = STYLE.page.block_bottom - min(r.y0 for r in last.rules)
            assert previous[-1].bottom > STYLE.page.block_bottom - tail_height - 1e-6
    assert seen_shared and seen_alone


def test_no_tail_without_recipients_or_editor(fixtures_dir: Path) -> None:
    bulletin = replace(
        load(fixtures_dir, "sample-2018.json"), distribution=Distribution(), editor="", phone=""
    )
    document = layout_bulletin(bulletin)
    assert not any(ln.kind == LineKind.TAIL for p in document.pages for ln in p.lines)
    assert [r.colour for p in document.pages for r in p.rules] == [STYLE.masthead.colour]


def test_page_numbers_alternate_sides(fixtures_dir: Path) -> None:
    document = layout_bulletin(load(fixtures_dir, "long.json"))
    for page in document.pages:
        numbers = [ln for ln in page.lines if ln.kind == LineKind.PAGE_NUMBER]
        assert len(numbers) == 1 and numbers[0].text == f"— {page.number} —"
        if page.number % 2:
            assert numbers[0].x1 == pytest.approx(STYLE.page.block_right - 14)
        else:
            assert numbers[0].x0 == pytest.approx(STYLE.page.block_left + 14)


def test_empty_bulletin_still_lays_out() -> None:
    from unionbulletin.domain import Period

    document = layout_bulletin(Bulletin(org="荆州市总工会", series="工会要情摘报", period=Period(2020, 8)))
    assert len(document.pages) == 1
    texts = [ln.text for ln in document.pages[0].lines]
    assert "荆州市总工会八月份工作综述" in texts


def test_control_characters_are_not_drawn(fixtures_dir: Path) -> None:
    bulletin = load(fixtures_dir, "sample-2018.json")
    item = bulletin.summary.items[0]
    body = item.body[:30] + "\x0b\u200b\t" + item.body[30:]
    dirty = replace(item, heading="\ufeff" + item.heading, body=body)
    items = (dirty, *bulletin.summary.items[1:])
    bulletin = replace(bulletin, summary=replace(bulletin.summary, items=items))
    text = "".join(ln.text for p in layout_bulletin(bulletin).pages for ln in p.lines)
    assert not any(ch in text for ch in "\ufeff\x0b\u200b\t")
    assert item.body[:30] + " " + item.body[30:60] in text.replace("\n", "")
