"""The grid line breaker, the title breaker and the layout's purity (layout/linebreak.py, titles.py).

Widths here are in cells (cell = 1.0 pt) so that a full line is 28 and a first line 26. The
prohibition sets are spelled out again from official-format.md §6.1 so that a typo in
layout/chars.py cannot hide itself.
"""

from __future__ import annotations

import itertools

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from unionbulletin.layout.chars import CANNOT_END, CANNOT_START, HANGABLE, cell_units, clusters
from unionbulletin.layout.linebreak import break_paragraph, line_cells, place_line
from unionbulletin.layout.titles import break_title

SPEC_CANNOT_START = set("、。，．：；？！”’）］｝〕〗】》〉」』·・～－‐／/—%％‰℃°′″)]},.:;?!")
SPEC_CANNOT_END = set("“‘（［｛〔〖【《〈「『([{￥¥＄$£")
SPEC_HANGABLE = set("、，。．：；？！”’）》〉」』】〕")

BLOCK = 442.205
CELL = BLOCK / 28
LEFT = 79.37
RIGHT = LEFT + BLOCK
HAN = "工会职工组织开展活动全市推进建设服务学习宣传精神大会"


def han(n: int, offset: int = 0) -> str:
    return "".join(HAN[(offset + i) % len(HAN)] for i in range(n))


def lines_of(text: str, *, first: float = 28, width: float = 28, hanging: bool = True) -> list[str]:
    spans = break_paragraph(text, cell=1.0, first_width=first, width=width, hanging=hanging)
    return [text[s.start : s.end] for s in spans]


# --------------------------------------------------------------------------------- character sets


def test_prohibition_sets_match_the_spec() -> None:
    assert set(CANNOT_START) == SPEC_CANNOT_START
    assert set(CANNOT_END) == SPEC_CANNOT_END
    assert set(HANGABLE) == SPEC_HANGABLE


@pytest.mark.parametrize(
    ("ch", "cells"),
    [
        ("工", 1.0),
        ("，", 1.0),
        ("“", 1.0),
        ("”", 1.0),
        ("—", 1.0),
        ("…", 1.0),
        ("·", 1.0),
        ("　", 1.0),
        ("《", 1.0),
        ("2", 0.5),
        ("a", 0.5),
        ("Z", 0.5),
        (".", 0.5),
        ("%", 0.5),
        ("-", 0.5),
        (" ", 0.5),
    ],
)
def test_cell_widths(ch: str, cells: float) -> None:
    assert cell_units(ch) == cells


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("消费扶贫1.38亿元", ["消", "费", "扶", "贫", "1.38", "亿", "元"]),
        ("办结率99.2%，", ["办", "结", "率", "99.2%", "，"]),
        ("决胜——奋斗", ["决", "胜", "——", "奋", "斗"]),
        ("社区……把", ["社", "区", "……", "把"]),
        ("电话0716-8219262", ["电", "话", "0716-8219262"]),
        ("用WPS打开", ["用", "WPS", "打", "开"]),
        ("2018—2020年", ["2018", "—", "2020", "年"]),
    ],
)
def test_unbreakable_clusters(text: str, expected: list[str]) -> None:
    assert [text[a:b] for a, b in clusters(text)] == expected


# ------------------------------------------------------------------------------------- 避头尾 cases


@pytest.mark.parametrize("mark", sorted(SPEC_HANGABLE))
def test_single_closing_mark_hangs_in_word_mode(mark: str) -> None:
    text = han(28) + mark + han(10, 3)
    lines = lines_of(text)
    assert lines[0] == han(28) + mark
    spans = break_paragraph(text, cell=1.0, first_width=28, width=28, hanging=True)
    assert spans[0].hanging


@pytest.mark.parametrize("mark", sorted(SPEC_HANGABLE))
def test_strict_block_pushes_back_instead_of_hanging(mark: str) -> None:
    text = han(28) + mark + han(10, 3)
    lines = lines_of(text, hanging=False)
    assert lines[0] == han(27)
    assert lines[1].startswith(han(28)[-1] + mark)


@pytest.mark.parametrize("mark", sorted(SPEC_CANNOT_START - SPEC_HANGABLE - {"—"}))
def test_other_cannot_start_marks_are_pushed_back(mark: str) -> None:
    text = han(28) + mark + han(10, 3)
    for hanging in (True, False):
        lines = lines_of(text, hanging=hanging)
        assert lines[1][0] not in SPEC_CANNOT_START
        assert line_cells(lines[0]) <= 28


@pytest.mark.parametrize("opener", sorted(SPEC_CANNOT_END))
def test_opening_marks_never_end_a_line(opener: str) -> None:
    text = han(27) + opener + han(10, 3)
    lines = lines_of(text)
    assert lines[0] == han(27)
    assert lines[1].startswith(opener)


def test_run_of_two_closing_marks_does_not_hang() -> None:
    text = han(28) + "。”" + han(10, 3)
    lines = lines_of(text)
    assert lines[0] == han(27)
    assert lines[1].startswith(han(28)[-1] + "。”")


def test_dash_and_ellipsis_are_never_split() -> None:
    for pair in ("——", "……"):
        text = han(27) + pair + han(10, 3)
        lines = lines_of(text)
        assert lines[0] == han(27)
        assert lines[1].startswith(pair)  # a whole two-em dash may start a line (clreq basic)


def test_single_dash_connector_does_not_start_a_line() -> None:
    text = han(26) + "2018—2020" + han(10)
    lines = lines_of(text)
    assert all(not line.startswith("—") for line in lines)
    assert "".join(lines) == text


@pytest.mark.parametrize("number", ["1.38", "2018", "8219262", "99.2%", "86.3%", "12℃"])
def test_numbers_are_never_split(number: str) -> None:
    for lead in range(24, 29):
        text = han(lead) + number + han(12, 5)
        lines = lines_of(text)
        assert any(number in line for line in lines), (lead, lines)


def test_latin_word_is_not_split() -> None:
    text = han(26) + "Excel" + han(10)
    lines = lines_of(text)
    assert any("Excel" in line for line in lines)


def test_break_between_number_and_unit_is_allowed() -> None:
    # Sample A breaks "78|场次": a number may end a line before its Chinese unit.
    text = han(27) + "78场次" + han(5)
    assert lines_of(text)[0] == han(27) + "78"


def test_blank_never_starts_a_line() -> None:
    text = han(28) + "　" + han(10)
    lines = lines_of(text)
    assert not lines[1].startswith("　")


# -------------------------------------------------------------------------------- widths and spans


def test_first_line_indent_and_full_lines() -> None:
    text = han(100)
    lines = lines_of(text, first=26, width=28)
    assert [len(line) for line in lines] == [26, 28, 28, 18]


def test_half_width_characters_take_half_a_cell() -> None:
    text = "12工" * 30  # 2 cells per repetition
    lines = lines_of(text, first=28, width=28)
    assert lines[0] == "12工" * 14
    assert line_cells(lines[0]) == 28


def test_emergency_break_of_an_overlong_cluster() -> None:
    text = "A" * 70
    lines = lines_of(text)
    assert "".join(lines) == text
    assert all(line_cells(line) <= 28 for line in lines)


def test_no_one_character_last_line() -> None:
    text = han(56) + "作。"
    lines = lines_of(text)
    assert len(lines[-1].rstrip("。")) >= 2
    assert line_cells(lines[-2]) >= 26
    assert "".join(lines) == text


# ---------------------------------------------------------------------------------- justification


def test_justified_lines_end_exactly_at_the_edge() -> None:
    text = han(27) + "“" + han(30, 2) + "1.38" + han(20, 4)
    spans = break_paragraph(text, cell=CELL, first_width=BLOCK - 2 * CELL, width=BLOCK, hanging=True)
    for index, span in enumerate(spans):
        indent = 2 * CELL if index == 0 else 0.0
        final = index == len(spans) - 1
        xs, advances = place_line(
            text, span, cell=CELL, x_left=LEFT + indent, width=BLOCK - indent, justify=not final
        )
        if final:
            assert xs[0] == pytest.approx(LEFT + indent)
            for a, b, adv in zip(xs, xs[1:], advances, strict=False):
                assert b - a == pytest.approx(adv)
        else:
            body = len(xs) - (1 if span.hanging else 0)
            assert xs[body - 1] + advances[body - 1] == pytest.approx(RIGHT)
            gaps = [xs[i + 1] - xs[i] - advances[i] for i in range(body - 1)]
            assert min(gaps) >= -1e-9
            assert sum(gaps) == pytest.approx(BLOCK - indent - sum(advances[:body]))


def test_extra_space_never_goes_inside_a_number() -> None:
    text = han(25) + "1.38" + "“" + han(20)
    spans = break_paragraph(text, cell=10.0, first_width=280.0, width=280.0, hanging=True)
    first = spans[0]
    xs, advances = place_line(text, first, cell=10.0, x_left=0.0, width=280.0, justify=True)
    segment = text[first.start : first.end]
    start = segment.index("1.38")
    for i in range(start, start + 3):
        assert xs[i + 1] - xs[i] == pytest.approx(advances[i])
    assert xs[-1] + advances[-1] == pytest.approx(280.0)


def test_hanging_mark_sits_just_past_the_edge() -> None:
    text = han(28) + "，" + han(5)
    span = break_paragraph(text, cell=CELL, first_width=BLOCK, width=BLOCK)[0]
    xs, _advances = place_line(text, span, cell=CELL, x_left=LEFT, width=BLOCK, justify=True)
    assert span.hanging
    assert xs[-1] == pytest.approx(RIGHT)
    assert all(b - a == pytest.approx(CELL) for a, b in itertools.pairwise(xs))


# ------------------------------------------------------------------------------ property-based


TOKENS = st.one_of(
    st.text(alphabet=HAN, min_size=1, max_size=4),
    st.sampled_from(["2020", "1.38", "99.2%", "Excel", "——", "……"]),
)
WORD = st.tuples(
    st.sampled_from(["", "“", "《", "（"]), TOKENS, st.sampled_from(["", "，", "。", "”", "》", "、", "。”"])
).map("".join)


@settings(max_examples=150, deadline=None)
@given(words=st.lists(WORD, min_size=1, max_size=60), hanging=st.booleans())
@pytest.mark.slow
def test_breaker_invariants(words: list[str], hanging: bool) -> None:
    text = "".join(words)
    spans = break_paragraph(text, cell=1.0, first_width=26, width=28, hanging=hanging)
    assert spans[0].start == 0 and spans[-1].end == len(text)
    assert all(a.end == b.start for a, b in itertools.pairwise(spans))
    for index, span in enumerate(spans):
        line = text[span.start : span.end]
        cap = 26 if index == 0 else 28
        body = line[:-1] if span.hanging else line
        assert line_cells(body) <= cap
        if span.hanging:
            assert hanging and line[-1] in SPEC_HANGABLE
        if index > 0:
            assert line[0] not in SPEC_CANNOT_START or line.startswith(("——", "……"))
        if index < len(spans) - 1:
            assert line[-1] not in SPEC_CANNOT_END
            nxt = text[spans[index + 1].start]
            assert not (line[-1].isdigit() and (nxt.isdigit() or nxt in ".%"))
            assert not (line[-1] == "—" and nxt == "—") and not (line[-1] == "…" and nxt == "…")


# ----------------------------------------------------------------------------------------- titles


@pytest.mark.parametrize(
    "title",
    [
        "荆州市总工会十一月份工作完成情况",
        "荆州市总工会关于开展2020年度“金秋助学”活动和职工素质提升行动的通知",
        "荆州市总工会二〇二〇年十二月份工作完成情况及二〇二一年一月份工作安排",
        "荆州市总工会关于表彰2020年度全市工会工作先进单位和先进个人的决定",
        "关于做好全省城市困难职工解困脱困成效第三方评估和全省工会防疫专项资金审计工作的报告",
    ],
)
def test_title_lines(title: str) -> None:
    lines = break_title(title, 20, keep=("荆州市总工会",))
    assert "".join(lines) == title
    assert all(line_cells(line) <= 20 for line in lines)
    assert len(lines) == max(1, -int(-line_cells(title) // 20))
    for line in lines[:-1]:
        assert line[-1] not in "的和及"
        assert line[-1] not in SPEC_CANNOT_END and line[-1] not in "。，、；：？！"
    for line in lines[1:]:
        assert line[0] not in SPEC_CANNOT_START
    if title.startswith("荆州市总工会") and len(lines) > 1:
        assert lines[0].startswith("荆州市总工会")


def test_title_is_not_broken_inside_a_quotation_when_avoidable() -> None:
    lines = break_title("荆州市总工会关于开展“中国梦·劳动美”主题宣讲活动的通知", 20)
    assert all(line.count("“") == line.count("”") for line in lines)
