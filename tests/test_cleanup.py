"""The clean-up of pasted and imported text (domain/text_cleanup.py): each artefact of
official-format.md §1, the re-joining of printed lines (importers/paragraphs.py) on the real 2018
sample, and properties over random input."""

from __future__ import annotations

import re
from collections import Counter
from pathlib import Path

import pytest
from hypothesis import given
from hypothesis import strategies as st
from hypothesis_profiles import PROPERTY_SETTINGS

from unionbulletin.domain.text_cleanup import (
    clean_text,
    fix_punctuation,
    fix_spaces,
    map_characters,
    split_lines,
)
from unionbulletin.importers.paragraphs import imported_paragraphs, join_printed_lines


def imported_text(s: str) -> str:
    """The importer's clean-up with the printed lines re-joined, paragraphs separated by "\\n"."""
    return "\n".join(imported_paragraphs(s))


_CJK_OR_DIGIT = r"[\u3400-\u9fff\u3000-\u303f\uff00-\uffef“”‘’0-9]"
CJK_SPACE_RE = re.compile(f"{_CJK_OR_DIGIT} +{_CJK_OR_DIGIT}")


@pytest.mark.parametrize(
    ("raw", "clean"),
    [
        # the U+A3xx family: GB2312 row 3 read as Yi syllables
        ("精神ꎮ 根据", "精神。根据"),
        ("下午ꎬ 市委", "下午，市委"),
        ("创新ꎻ 要", "创新；要"),
        ("\ua3a1\ua3bf", "！？"),
        # full-width digits and letters
        ("２０１８ 年 １２ 月 １２ 日", "2018年12月12日"),
        ("１１ 月 ２１ 日下午", "11月21日下午"),
        ("ＷＯＲＤ ｆｉｌｅ", "WORD file"),
        ("\ua3b2\ua3b0", "20"),  # digits that came through row 3 as well
        # ． as a full stop, as a decimal point, as a list marker
        ("完成ꎮ", "完成。"),
        ("１．３８亿元", "1.38亿元"),
        ("1．第一点", "1.第一点"),
        # book-title marks
        ("«关于报送工人文化宫的通知» 要求", "《关于报送工人文化宫的通知》要求"),
        # half-width punctuation next to Chinese, but not in numbers and times
        ("提出五点要求: 一是", "提出五点要求：一是"),
        ("以乡镇 (街道)、 开发区 (工业园区) 工会改革", "以乡镇（街道）、开发区（工业园区）工会改革"),
        ("参加,好;对吗?好!", "参加，好；对吗？好！"),
        ("会议15:40开始", "会议15:40开始"),
        ("消费扶贫1.38亿元", "消费扶贫1.38亿元"),
        ("共1,000人", "共1,000人"),
        ("使用 Windows (x64) 版本", "使用 Windows (x64) 版本"),
        ("使用Windows(x64)版本", "使用Windows（x64）版本"),
        ("。::", "。：："),
        ("see (x64), ok", "see (x64), ok"),
        # spaces between CJK, digits and punctuation
        ("书记、 常务副主席", "书记、常务副主席"),
        ("推进 “法院 + 工会” 劳动争议", "推进“法院+工会”劳动争议"),
        ("经费 172 万", "经费172万"),
        ("使用 Word 编辑", "使用 Word 编辑"),
        # a gap between two ideographs inside a quotation is a phrase separator: one U+3000
        ("开展全市“中国梦·劳动美——决胜小康 奋斗有我”", "开展全市“中国梦·劳动美——决胜小康\u3000奋斗有我”"),
        ("“决胜小康   奋斗有我”", "“决胜小康\u3000奋斗有我”"),
        ("决胜小康 奋斗有我", "决胜小康奋斗有我"),
        ("“决胜小康\u3000奋斗有我”", "“决胜小康\u3000奋斗有我”"),
        # Kangxi radicals and compatibility ideographs to unified ideographs
        ("\u2f2f会\u2f26作", "工会子作"),
        ("\uf900\u2e9f", "豈母"),
        # control characters
        ("甲\x00乙\x1f丙\ufffe丁", "甲乙丙丁"),
        ("甲\x0b乙", "甲\n乙"),
        ("甲\x0c乙", "甲\n乙"),
        ("甲\ud800乙", "甲乙"),
        ("\ud840\udc00", "\U00020000"),  # a surrogate pair left in a str is one character
        ("\ufeff\u200b甲", "甲"),
    ],
)
def test_artefacts(raw: str, clean: str) -> None:
    assert clean_text(raw) == clean


def test_page_number_lines_are_dropped() -> None:
    text = "第一段\n— 2 —\n第二段\n- 3 -\n－4－\n—12—\n2\n"
    assert split_lines(map_characters(text)) == ["第一段", "第二段", "2"]


def test_without_join_every_line_stays_a_paragraph() -> None:
    assert clean_text("解\n\n困脱困\r\n  第二行  ") == "解\n困脱困\n第二行"


def test_printed_breaks_are_rejoined_until_a_marker() -> None:
    text = (
        "一、做好全省城市困难职工解\n\n困脱困工作。全省城市困难职\n 工解困脱困成效\n"
        "二、下一条\n（一）小点\n1.细项\n（1）更细\n责任领导：高启秀\n完成时限：九月份\n"
        "报：省总工会、\n市政协\n发：各县市区总工会\n"
    )
    assert imported_text(text).split("\n") == [
        "一、做好全省城市困难职工解困脱困工作。全省城市困难职工解困脱困成效",
        "二、下一条",
        "（一）小点",
        "1.细项",
        "（1）更细",
        "责任领导：高启秀",
        "完成时限：九月份",
        "报：省总工会、市政协",
        "发：各县市区总工会",
    ]


def test_titles_and_masthead_lines_stand_alone() -> None:
    text = (
        "工会要情摘报\n第62期\n荆州市总工会 2020年9月1日\n荆州市总工会八月份工作综述\n"
        "为做好工作，现\n汇报如下。\n一、甲。\n荆州市总工会九月份工作安排\n一、任务\n"
        "责任编辑：董军\n联系电话：8219262\n"
    )
    assert imported_text(text).split("\n") == [
        "工会要情摘报",
        "第62期",
        "荆州市总工会2020年9月1日",
        "荆州市总工会八月份工作综述",
        "为做好工作，现汇报如下。",
        "一、甲。",
        "荆州市总工会九月份工作安排",
        "一、任务",
        "责任编辑：董军",
        "联系电话：8219262",
    ]


def test_a_wrapped_number_is_not_an_item() -> None:
    # "三、四等奖" at a line start breaks the numbering and follows no full stop: not item 三;
    # "二、三等奖" follows a line ending in 、, which never ends a paragraph: not item 二.
    text = "一、表彰活动。评出一等奖、\n二、三等奖若干名，评出\n三、四等奖若干名。\n二、下一条。\n"
    assert imported_text(text).split("\n") == [
        "一、表彰活动。评出一等奖、二、三等奖若干名，评出三、四等奖若干名。",
        "二、下一条。",
    ]


def test_a_title_like_line_inside_a_paragraph_is_not_a_title() -> None:
    text = "一、召开会议，部署了\n九月份工作安排\n的各项内容。\n"
    assert imported_text(text) == "一、召开会议，部署了九月份工作安排的各项内容。"


def test_latin_words_broken_over_lines_keep_a_space() -> None:
    assert imported_text("使用 Microsoft\nWord 编辑") == "使用 Microsoft Word 编辑"


def test_the_2018_sample_is_repaired(samples_dir: Path) -> None:
    raw = (samples_dir / "2018-11-report.txt").read_text(encoding="utf-8")
    paragraphs = imported_paragraphs(raw)
    assert len(paragraphs) == 12  # issuer/date, title, 8 items, 报, 发
    assert paragraphs[0] == "荆州市总工会2018年12月12日"
    assert paragraphs[1] == "荆州市总工会十一月份工作完成情况"
    assert [p[:2] for p in paragraphs[2:10]] == [f"{n}、" for n in "一二三四五六七八"]
    text = "\n".join(paragraphs)
    assert not re.search("[\ua000-\ua4cf]", text)
    assert not re.search("[\uff10-\uff19\uff21-\uff3a\uff41-\uff5a«»]", text)
    assert not CJK_SPACE_RE.search(text)
    assert " " not in text and "\u3000" not in text  # the 2018 sample has no phrase gap in a quotation
    assert "市委常委、统战部部长、市总工会主席袁德芳一行座谈交流" in text
    assert "提出五点要求：一是开出政治站位高的大会" in text
    assert "加大对工会工作的支持保障力度" in text  # a page break mid-sentence re-joined
    assert "举办“新时代心青年2018双11交友联谊”会" in text


def test_the_2020_sample_keeps_its_phrase_gap(samples_dir: Path) -> None:
    raw = (samples_dir / "2020-08-summary-and-09-plan.txt").read_text(encoding="utf-8")
    text = imported_text(raw)
    assert "六、开展全市“中国梦·劳动美——决胜小康\u3000奋斗有我”宣讲比赛活动" in text.split("\n")
    assert text.count("\u3000") == 1
    assert "为一线职工“送清凉、送健康”。今年" in text
    assert "推进“法院+工会”劳动争议诉调对接机制建设提质扩面" in text


def test_steps_are_reusable() -> None:
    assert fix_punctuation("甲:乙") == "甲：乙"
    assert fix_spaces("１１ 月") == "１１月"
    assert join_printed_lines(["一、甲", "乙", "二、丙"]) == ["一、甲乙", "二、丙"]


# ---- properties ----------------------------------------------------------------------------------

ARTEFACTS = [
    "ꎮ",
    "ꎬ",
    "ꎻ",
    "１",
    "２",
    "０",
    " ",
    "\u3000",
    "«",
    "»",
    ":",
    "(",
    ")",
    ",",
    "“",
    "”",
    "\n",
    "\n\n",
    "— 2 —",
    "\x0b",
    "\x0c",
    "\x00",
    "\ud800",
    "\udc00",
    "⼯",
    "\uf900",
    "一、",
    "．",
]
artefact_text = st.lists(
    st.one_of(
        st.sampled_from(ARTEFACTS), st.text(alphabet="工会职工荆州市总甲乙丙abc123", min_size=1, max_size=5)
    ),
    max_size=80,
).map("".join)
any_text = st.one_of(st.text(max_size=400), artefact_text)


def _unified(text: str) -> Counter[str]:
    return Counter(c for c in text if "\u4e00" <= c <= "\u9fff")


@PROPERTY_SETTINGS
@given(any_text, st.booleans())
@pytest.mark.slow
def test_clean_text_keeps_every_ideograph(text: str, join: bool) -> None:
    cleaned = imported_text(text) if join else clean_text(text)
    before = _unified(map_characters(text))  # compatibility forms count as their unified ideograph
    after = _unified(cleaned)
    assert all(after[c] >= n for c, n in before.items())


@PROPERTY_SETTINGS
@given(any_text, st.booleans())
def test_clean_text_leaves_no_artefact(text: str, join: bool) -> None:
    cleaned = imported_text(text) if join else clean_text(text)
    artefact = "[\ua3a1-\ua3fe\uff10-\uff19\uff21-\uff3a\uff41-\uff5a«»\x00-\x09\x0b-\x1f\ud800-\udfff]"
    assert not re.search(artefact, cleaned)
    assert "\n\n" not in cleaned and not cleaned.startswith(" ") and not cleaned.endswith(" ")


@PROPERTY_SETTINGS
@given(any_text)
@pytest.mark.slow
def test_clean_text_is_idempotent(text: str) -> None:
    once = clean_text(text)
    assert clean_text(once) == once
