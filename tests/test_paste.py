"""Pasted text keeps its paragraphs and table cells (pure domain), with the clipboard contents Word,
WPS, a web browser and a PDF viewer put there (tests/fixtures/clipboard)."""

from __future__ import annotations

from pathlib import Path

import pytest

from unionbulletin.domain.paste import html_lines, join_cells, pasted_text

CLIP = Path(__file__).resolve().parent / "fixtures" / "clipboard"


def _clip(name: str) -> str:
    return (CLIP / name).read_text(encoding="utf-8")


@pytest.mark.parametrize("use_html", [True, False])
def test_word_paragraphs_and_cells_stay_lines(use_html: bool) -> None:
    text = pasted_text(_clip("word.txt"), _clip("word.html") if use_html else None)
    assert text.split("\n") == [
        "加粗红色标题",
        "第一段文字，来自Word。",
        "单元格1、单元格2",
        "第二段文字，组织全市职工参加技能竞赛，覆盖12个行业。",
        "1.列表第一项",
    ]


@pytest.mark.parametrize("use_html", [True, False])
def test_wps_paragraphs_and_cells_stay_lines(use_html: bool) -> None:
    text = pasted_text(_clip("wps.txt"), _clip("wps.html") if use_html else None)
    assert text.split("\n") == ["加粗红色标题", "第一段文字，来自WPS。", "市总工会、市妇联", "第二段文字。"]


def test_web_page_blocks_breaks_lists_and_tables() -> None:
    lines = pasted_text(_clip("web.txt"), _clip("web.html")).split("\n")
    assert lines == [
        "市总工会召开职工代表座谈会",  # a line break in the HTML source is only spacing
        "9月1日，市总工会召开职工代表座谈会。",
        "会议由副主席主持。",  # <br>
        "与会代表围绕“职工之家”建设发言。",  # &nbsp; between Chinese characters dropped
        "一线职工",
        "劳动模范",
        "单位、人数",
        "市总工会、12人",
    ]
    assert "tracker" not in "".join(lines)


def test_text_copied_from_a_pdf_is_rejoined_but_items_stay_apart() -> None:
    assert pasted_text(_clip("pdf.txt")).split("\n") == [
        "9月1日，市总工会召开职工代表座谈会，市委常委、组织部部长出席会议并讲话。会议要求各级工会组织"
        "切实履行维权服务基本职责，扎实推进职工之家建设。",
        "二、开展送清凉活动。",
    ]


def test_short_lines_are_paragraphs_even_without_a_full_stop() -> None:
    assert pasted_text("加粗红色标题\n第一段文字，来自Word，这一段比较长一些。") == (
        "加粗红色标题\n第一段文字，来自Word，这一段比较长一些。"
    )


@pytest.mark.parametrize(
    ("cells", "line"),
    [
        (["工会", "妇联", "团市委"], "工会、妇联、团市委"),
        (["做好防暑降温工作。", "下月完成"], "做好防暑降温工作。下月完成"),
        (["组织开展全市职工技能大赛决赛", "各县市区"], "组织开展全市职工技能大赛决赛 各县市区"),
        (["", "张三", " "], "张三"),
        ([], ""),
    ],
)
def test_cells_of_a_row(cells: list[str], line: str) -> None:
    assert join_cells(cells) == line


def test_word_line_break_and_page_break_characters_end_lines() -> None:
    assert pasted_text("第一行\x0b第二行\x0c第三行") == "第一行\n第二行\n第三行"


def test_cell_with_two_paragraphs_stays_in_its_row() -> None:
    html = "<table><tr><td><p>甲</p><p>乙</p></td><td>丙</td></tr></table>"
    assert html_lines(html) == ["甲乙、丙"]


def test_html_without_text_falls_back_to_plain() -> None:
    assert pasted_text("纯文本。", "<html><head><style>p{}</style></head><body></body></html>") == "纯文本。"


def test_deeply_broken_html_does_not_raise() -> None:
    html = "<p>" * 5000 + "<td>" * 3000 + "文字" + "</table>" * 2000 + "<![if !x]>"
    assert "文字" in pasted_text("文字", html)


def test_a_short_line_after_wrapped_ones_ends_the_paragraph() -> None:
    """The wrap test looks at the previous printed line, not at the paragraph joined so far."""
    text = "各级工会要切实履行维权服务基本职责扎实推进职工之家\n建设工作\n正文第一段说明有关情况和具体要求"
    assert pasted_text(text).split("\n") == [
        "各级工会要切实履行维权服务基本职责扎实推进职工之家建设工作",
        "正文第一段说明有关情况和具体要求",
    ]


def test_a_huge_pdf_paste_is_joined() -> None:
    """40 000 wrapped lines: joined piecewise (appending to one growing string took minutes)."""
    line = "各级工会要切实履行维权服务基本职责扎实推进职工之家建设"
    text = pasted_text("\n".join([line] * 40_000))
    assert len(text) == 40_000 * len(line) and "\n" not in text


@pytest.mark.slow
def test_huge_html_is_read() -> None:
    """100 000 spans in a paragraph, 20 000 cells in a row: text kept in pieces, joined once."""
    html = "<p>" + "<span>职工之家建设</span>" * 100_000 + "</p><tr>" + "<td>工会</td>" * 20_000 + "</tr>"
    lines = html_lines(html)
    assert lines[0] == "职工之家建设" * 100_000 and lines[1].count("、") == 19_999
