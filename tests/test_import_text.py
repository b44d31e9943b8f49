"""The text importer: both real samples to their hand-made structures, encodings, the exchange JSON
and error paths of `import_file`, every recognised construction, what happens to unrecognised text,
the command line, and properties over random text and bytes."""

from __future__ import annotations

import collections
import datetime as dt
import json
import re
from pathlib import Path
from typing import Any

import pytest
from _cli import run_cli
from hypothesis import given
from hypothesis import strategies as st
from hypothesis_profiles import HUGE_SETTINGS, PROPERTY_SETTINGS

from unionbulletin.domain.conventions import item_marker, joined, subpoint_marker
from unionbulletin.domain.exchange import from_exchange, to_exchange
from unionbulletin.domain.model import Bulletin, Distribution, OrgSettings, Period
from unionbulletin.domain.text_cleanup import map_characters
from unionbulletin.importers import ImportError_, import_bytes, import_file, import_text
from unionbulletin.importers.text import split_lead

DEFAULTS = OrgSettings(
    org="默认单位",
    series="工作动态",
    editor="默认编辑",
    phone="1234567",
    distribution=Distribution(report_to=("默认上级",), send_to=("默认下级",)),
)
SAMPLE_2018 = "2018-11-report.txt"
SAMPLE_2020 = "2020-08-summary-and-09-plan.txt"
_CJK_OR_DIGIT = r"[\u3400-\u9fff\u3000-\u303f\uff00-\uffef“”0-9]"
CJK_SPACE_RE = re.compile(f"{_CJK_OR_DIGIT} +{_CJK_OR_DIGIT}")


def _all_text(b: Bulletin) -> str:
    parts = [b.org, b.series, b.summary.title, b.editor, b.phone]
    for it in b.summary.items:
        parts += [it.heading, it.body, *(s.heading + s.body for s in it.subpoints)]
    if b.plan:
        parts.append(b.plan.title)
        for t in b.plan.tasks:
            parts += [t.content, *t.leaders, *t.departments, t.deadline]
    d = b.distribution
    parts += [*d.report_to, *d.copy_to, *d.send_to]
    return "\n".join(parts)


def _fixture(fixtures_dir: Path, name: str) -> dict[str, Any]:
    data: dict[str, Any] = json.loads((fixtures_dir / name).read_text(encoding="utf-8"))
    return data


# ---- the two samples -----------------------------------------------------------------------------


def test_2018_sample(samples_dir: Path, fixtures_dir: Path) -> None:
    result = import_file(samples_dir / SAMPLE_2018, DEFAULTS)
    b = result.bulletin
    expected = _fixture(fixtures_dir, "sample-2018.json")
    # The text carries no series, editor or phone: those come from the defaults.
    expected.update(series="工作动态", editor="默认编辑", phone="1234567")
    assert to_exchange(b) == expected
    assert result.warnings == ()

    assert b.org == "荆州市总工会"  # from the issuer line, not the defaults
    assert b.date == dt.date(2018, 12, 12)
    assert b.period == Period(2018, 11)
    assert len(b.summary.items) == 8
    assert b.plan is None
    assert b.distribution.report_to == ("省总工会", "市“四大家”有关领导", "市“四大家”办公室")
    assert b.distribution.copy_to == ()
    assert b.distribution.send_to == ("各县市区总工会", "市总机关各部室", "各驻会产业工会")
    text = _all_text(b)
    assert not re.search("[\ua3a1-\ua3fe]", text)
    assert not re.search("[\uff10-\uff19]", text)
    assert not CJK_SPACE_RE.search(text)
    assert " " not in text and "\u3000" not in text

    third = b.summary.items[2]
    assert third.heading == "开展工会改革督察工作。"
    assert third.body == (
        "按照市委深改组和市委党的群团改革领导小组关于组织开展改革工作督察的安排，市总工会立即行动，"
        "以乡镇（街道）、开发区（工业园区）工会改革，产业工人队伍建设改革，城镇困难职工解脱困，"
        "职工维权服务为主要内容，通过组织召开现场推进会、调研座谈会和现场查看等方式，对全市各地工会"
        "改革情况进行了专项督察，并将工会改革督察情况分别报市委改革办和市委党的群团改革领导小组。"
    )
    seventh = b.summary.items[6]
    assert seventh.heading == "督办全市文化宫清理整改工作。"
    assert seventh.body == (
        "按照省总工会财资部《关于报送工人文化宫、工人疗休养院清理整改工作进展情况的通知》要求，"
        "市总工会对本级和各县市区文化宫进行全面清理整改，完成第一阶段清理整改工作，"
        "并向省总工会报送清理整改自查报告等相关资料。"
    )
    first = b.summary.items[0]
    assert first.heading == "学习宣传贯彻习近平总书记重要讲话和中国工会十七大精神。"
    assert first.body.startswith("11月21日下午，市委书记何光中同志组织召开市委常委会，")
    assert "加大对工会工作的支持保障力度，深入推进工会改革创新；" in first.body  # over a page break
    assert first.body.endswith("截至目前，全市各级工会组织宣讲活动达78场次，参与职工近万人。")


def test_2020_sample(samples_dir: Path, fixtures_dir: Path) -> None:
    result = import_file(samples_dir / SAMPLE_2020, OrgSettings())
    b = result.bulletin
    assert to_exchange(b) == _fixture(fixtures_dir, "sample-2020.json")
    assert result.warnings == ("文中没有发文日期，年份取自文件名：2020年，请核对",)

    assert b.date is None
    assert b.period == Period(2020, 8)
    assert len(b.summary.items) == 6
    assert b.plan is not None
    assert b.plan.title == "荆州市总工会九月份工作安排"
    assert len(b.plan.tasks) == 9
    ninth = b.plan.tasks[8]
    assert ninth.leaders == ("高启秀", "张征军")
    assert ninth.departments == ("商贸服务业工会", "经技部")
    assert all(t.deadline == "九月份" for t in b.plan.tasks)
    assert b.plan.tasks[5].content == "开展全市“中国梦·劳动美——决胜小康\u3000奋斗有我”宣讲比赛活动"
    assert b.plan.tasks[2].content == "推进“法院+工会”劳动争议诉调对接机制建设提质扩面"
    assert b.editor == "董军"
    assert b.phone == "8219262"
    fifth = b.summary.items[4]
    assert fifth.heading == "做好全省城市困难职工解困脱困成效第三方评估和全省工会防疫专项资金审计工作。"
    assert fifth.body.startswith(
        "3日至11日，全省城市困难职工解困脱困成效第三方评估第五项目组来我会开展评估工作。"
    )
    assert "\n" not in fifth.body
    first = b.summary.items[0]
    assert first.heading == "开展“送清凉、送健康”活动。"
    assert "为一线职工“送清凉、送健康”。今年，市县两级工会筹集慰问经费172万，慰问职工5万多人，" in first.body
    assert b.summary.items[2].body.endswith(
        "全市9个县市区、市直20个产业工会组织基层工会消费扶贫1.38亿元，其中购买公园年票400万元，"
        "在助力脱贫攻坚中彰显工会组织的责任和担当。"
    )


def test_the_bundled_examples_are_the_imported_samples(samples_dir: Path) -> None:
    examples = Path(__file__).resolve().parent.parent / "unionbulletin" / "data" / "examples"
    for sample, example in ((SAMPLE_2018, "2018-11.json"), (SAMPLE_2020, "2020-08.json")):
        imported = to_exchange(import_file(samples_dir / sample, OrgSettings()).bulletin)
        assert imported == json.loads((examples / example).read_text(encoding="utf-8"))


def test_year_without_date_or_file_name() -> None:
    text = "荆州市总工会八月份工作综述\n一、做了一件事。内容。\n"
    result = import_text(text, OrgSettings(), today=dt.date(2021, 3, 1))
    assert result.bulletin.period == Period(2020, 8)  # August has not come yet in March 2021
    assert result.warnings == ("文中没有发文日期和年份，暂按2020年计，请核对",)
    result = import_text(text, OrgSettings(), source_name="简报2019-08.txt", today=dt.date(2021, 3, 1))
    assert result.bulletin.period == Period(2019, 8)


# ---- encodings and files -------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("sample", "encoding"),
    [
        (SAMPLE_2018, "gb18030"),
        (SAMPLE_2018, "utf-8-sig"),
        (SAMPLE_2018, "utf-16"),
        (SAMPLE_2020, "gb18030"),
        (SAMPLE_2020, "gbk"),
        (SAMPLE_2020, "utf-8-sig"),
        (SAMPLE_2020, "utf-16"),
    ],
)
def test_encodings_import_identically(samples_dir: Path, tmp_path: Path, sample: str, encoding: str) -> None:
    original = samples_dir / sample
    copy = tmp_path / sample
    copy.write_bytes(original.read_text(encoding="utf-8").replace("\n", "\r\n").encode(encoding))
    assert copy.read_bytes() != original.read_bytes()
    reference = import_file(original, DEFAULTS)
    result = import_file(copy, DEFAULTS)
    assert to_exchange(result.bulletin) == to_exchange(reference.bulletin)
    assert result.warnings == reference.warnings


def test_undecodable_bytes_are_replaced_with_a_warning() -> None:
    data = "一、甲事。乙。".encode() + b"\xff\xfe\xfa" + "丙。".encode()
    result = import_bytes(data, OrgSettings(), source_name="2020-08.txt")
    assert "\ufffd" in result.bulletin.summary.items[0].body
    assert "无法识别的字节" in result.warnings[0]


def test_binary_and_empty_files_are_refused(tmp_path: Path) -> None:
    binary = tmp_path / "x.txt"
    binary.write_bytes(b"PK\x03\x04\x00\x00binary")
    with pytest.raises(ImportError_, match="二进制"):
        import_file(binary, OrgSettings())
    empty = tmp_path / "empty.txt"
    empty.write_bytes(b"\xef\xbb\xbf \r\n\t\r\n")
    with pytest.raises(ImportError_, match="没有文字"):
        import_file(empty, OrgSettings())


@pytest.mark.parametrize(("suffix", "advice"), [(".doc", "另存为"), (".pdf", "复制"), (".wps", "另存为")])
def test_unsupported_formats_say_what_to_do(tmp_path: Path, suffix: str, advice: str) -> None:
    path = tmp_path / f"bulletin{suffix}"
    path.write_bytes(b"\xd0\xcf\x11\xe0")
    with pytest.raises(ImportError_, match=advice):
        import_file(path, OrgSettings())


def test_missing_file(tmp_path: Path) -> None:
    with pytest.raises(ImportError_, match="无法读取"):
        import_file(tmp_path / "nope.txt", OrgSettings())


def test_exchange_json(fixtures_dir: Path, tmp_path: Path) -> None:
    fixture = fixtures_dir / "sample-2020.json"
    with_bom = tmp_path / "b.json"
    with_bom.write_bytes(b"\xef\xbb\xbf" + fixture.read_bytes())
    for path in (fixture, with_bom):
        result = import_file(path, DEFAULTS)
        assert to_exchange(result.bulletin) == _fixture(fixtures_dir, "sample-2020.json")
        assert result.warnings == ()

    broken = tmp_path / "broken.json"
    broken.write_text('{"version": 1,\n "org": }', encoding="utf-8")
    with pytest.raises(ImportError_, match="第 2 行"):
        import_file(broken, DEFAULTS)

    data = _fixture(fixtures_dir, "sample-2020.json")
    data["summary"]["items"][1]["heading"] = 5
    data["period"]["month"] = 13
    bad = tmp_path / "bad.json"
    bad.write_text(json.dumps(data, ensure_ascii=False), encoding="utf-8")
    with pytest.raises(ImportError_) as info:
        import_file(bad, DEFAULTS)
    message = str(info.value)
    assert "summary.items[1].heading：应为文本" in message
    assert "period.month：数值 13 超出范围" in message


# ---- recognition ---------------------------------------------------------------------------------

MASTHEAD = """工会要情摘报
2020年第62期（总第120期）
荆州市总工会　　２０２０年９月１日
荆州市总工会八月份工作综述
一、开展活动。内容。
（一）小点一。小点内容。
（二）小点二。
1.细项一
2.细项二
二、第二项。正文第一句。
"""


def test_masthead_items_and_subpoints() -> None:
    b = import_text(MASTHEAD, DEFAULTS).bulletin
    assert (b.series, b.issue_number, b.total_number) == ("工会要情摘报", 62, 120)
    assert (b.org, b.date, b.period) == ("荆州市总工会", dt.date(2020, 9, 1), Period(2020, 8))
    first, second = b.summary.items
    assert (first.heading, first.body) == ("开展活动。", "内容。")
    assert [(s.heading, s.body) for s in first.subpoints] == [
        ("小点一。", "小点内容。"),
        ("小点二。", "1.细项一\n2.细项二"),
    ]
    assert (second.heading, second.body, second.subpoints) == ("第二项。", "正文第一句。", ())
    # Nothing in the text about distribution, editor or phone: the defaults fill in.
    assert b.distribution == DEFAULTS.distribution
    assert (b.editor, b.phone) == ("默认编辑", "1234567")


def test_issuer_alone_absent_and_from_defaults() -> None:
    alone = import_text("湖北省总工会\n一、甲。乙。", DEFAULTS, source_name="2020-08.txt").bulletin
    assert alone.org == "湖北省总工会"
    absent = import_text("一、甲。乙。", DEFAULTS, source_name="2020-08.txt").bulletin
    assert absent.org == "默认单位"
    from_title = import_text(
        "沙市区总工会八月份工作综述\n一、甲。", DEFAULTS, source_name="2020-08.txt"
    ).bulletin
    assert from_title.org == "沙市区总工会"


PLAN = """荆州市总工会九月份工作安排
一、任务甲
责任领导：高启秀 责任部室：机关党委 完成时限：九月份
二、任务乙（责任领导：张三、李四；责任部室：经技部；完成时限：9月30日）
三、任务丙的名称很长很长很长很长很长很长很长很长很长很长很长很长很长很
长，换了一行
责任领导：王五
责任部室：办公室、
经技部
完成时限：九月份
报：省总工会
送：市政协、市人大
发：各县市区总工会。
责任编辑：董军 联系电话：8219262
（共印50份）
"""


def test_plan_fields_on_own_lines_shared_lines_and_inline() -> None:
    b = import_text(PLAN, DEFAULTS, source_name="2020-08.txt").bulletin
    assert b.period == Period(2020, 8)  # the month before the plan's
    assert b.summary.items == ()
    assert b.plan is not None
    tasks = [(t.content, t.leaders, t.departments, t.deadline) for t in b.plan.tasks]
    assert tasks == [
        ("任务甲", ("高启秀",), ("机关党委",), "九月份"),
        ("任务乙", ("张三", "李四"), ("经技部",), "9月30日"),
        (
            "任务丙的名称很长很长很长很长很长很长很长很长很长很长很长很长很长很长，换了一行",
            ("王五",),
            ("办公室", "经技部"),
            "九月份",
        ),
    ]
    assert b.distribution == Distribution(
        report_to=("省总工会",), copy_to=("市政协", "市人大"), send_to=("各县市区总工会",)
    )
    assert (b.editor, b.phone, b.copies) == ("董军", "8219262", 50)


@pytest.mark.parametrize(
    ("text", "heading", "body"),
    [
        ("开展“送清凉。送健康”活动。正文。", "开展“送清凉。送健康”活动。", "正文。"),
        ("学习《意见（试行。）》精神。正文", "学习《意见（试行。）》精神。", "正文"),
        ("没有句号的标题", "没有句号的标题", ""),
    ],
)
def test_lead_sentence(text: str, heading: str, body: str) -> None:
    assert split_lead(text) == (heading, body)


def test_unrecognised_text_after_an_item_is_kept_with_a_warning() -> None:
    text = (
        "荆州市总工会八月份工作综述\n一、甲事。内容一。\n二、乙事。内容二。\n三、丙事。内容三。\n"
        "2020年9月1日\n附：以上情况供参考\n"
    )
    result = import_text(text, DEFAULTS)
    b = result.bulletin
    assert b.date == dt.date(2020, 9, 1)
    assert b.summary.items[2].body == "内容三。\n附：以上情况供参考"
    assert result.warnings == ("第3条后有无法识别的文字“附：以上情况供参考”，已并入该条正文",)


def test_unrecognised_text_before_the_first_item_and_after_the_tail() -> None:
    text = (
        "荆州市总工会八月份工作综述\n为做好工作，现将情况汇报如下：\n一、甲事。内容一。\n二、乙事。\n"
        "报：省总工会\n联系电话：8219262\n（此件公开发布）\n"
    )
    result = import_text(text, DEFAULTS, source_name="2020-08.txt")
    items = result.bulletin.summary.items
    assert items[0].body == "为做好工作，现将情况汇报如下：\n内容一。"
    assert items[1].body == ""  # issue 12, finding 13: nothing after the 报/发 block lands in an item
    assert "第1条前有无法识别的文字“为做好工作，现将情况汇报如下：”，已并入该条正文" in result.warnings
    assert "报送范围后有无法识别的文字“（此件公开发布）”，未导入" in result.warnings


def test_text_without_any_structure_becomes_one_item() -> None:
    result = import_text("一段没有编号的文字。第二句。\n第二行", DEFAULTS, source_name="2020-08.txt")
    (item,) = result.bulletin.summary.items
    assert (item.heading, item.body) == ("一段没有编号的文字。", "第二句。第二行")
    assert any("无法识别的文字已作为第1条导入" in w for w in result.warnings)


def test_period_of_a_december_report_issued_in_january() -> None:
    text = "荆州市总工会\t2019年1月5日\n荆州市总工会十二月份工作完成情况\n一、甲。乙。\n"
    b = import_text(text, DEFAULTS).bulletin
    assert (b.date, b.period) == (dt.date(2019, 1, 5), Period(2018, 12))


def test_month_from_the_date_when_the_title_has_none() -> None:
    result = import_text("荆州市总工会 2020年9月3日\n一、甲。乙。\n", DEFAULTS)
    assert result.bulletin.period == Period(2020, 8)
    assert result.warnings == ("标题中没有月份，按发文日期取为8月，请核对",)


def test_nothing_to_import() -> None:
    with pytest.raises(ImportError_, match="没有找到可以导入的内容"):
        import_text("工作动态\n", DEFAULTS)


# ---- the command line ----------------------------------------------------------------------------


@pytest.mark.slow
def test_cli_import_json(tmp_path: Path, samples_dir: Path) -> None:
    db = tmp_path / "db.json"
    first = run_cli("import", samples_dir / SAMPLE_2018, "--json", db=db)
    assert first.returncode == 0, first.stderr
    out = json.loads(first.stdout)
    assert out == {
        "id": out["id"],
        "title": "荆州市总工会十一月份工作完成情况",
        "items": 8,
        "tasks": 0,
        "warnings": [],
    }
    second = run_cli("import", samples_dir / SAMPLE_2020, "--json", db=db)
    assert second.returncode == 0, second.stderr
    out2 = json.loads(second.stdout)
    assert (out2["id"], out2["items"], out2["tasks"]) == (out["id"] + 1, 6, 9)
    assert out2["warnings"] == ["文中没有发文日期，年份取自文件名：2020年，请核对"]
    shown = run_cli("show", str(out2["id"]), "--json", db=db)
    assert shown.returncode == 0, shown.stderr
    assert json.loads(shown.stdout)["plan"]["tasks"][8]["leaders"] == ["高启秀", "张征军"]
    bad = tmp_path / "x.doc"
    bad.write_bytes(b"\xd0\xcf")
    refused = run_cli("import", bad, db=db)
    assert refused.returncode == 2 and "另存为" in refused.stderr


# ---- properties ----------------------------------------------------------------------------------

NUMERALS = set("一二三四五六七八九十百零〇")
# Structural words the importer turns into fields and the document regenerates (labels, dates, 期号).
STRUCTURAL = re.compile(
    r"(责任领导|责任部室|完成时限|责任编辑|联系电话|报|送|发)\s*[:：]|共印\s*\d+\s*份"
    r"|(\d{4}\s*年\s*)?第\s*[\d一二三四五六七八九十百零〇]+\s*期|总第\s*[\d一二三四五六七八九十百零〇]+\s*期"
    r"|\d{4}\s*年\s*\d{1,2}\s*月\s*\d{1,2}\s*日"
)


IDEOGRAPH_RE = re.compile("[\u3400-\u4dbf\u4e00-\u9fff\uf900-\ufaff\U00020000-\U0003134f]")


def _ideographs(text: str) -> collections.Counter[str]:
    """Han ideographs outside structural words; numerals left out (item numbers are regenerated).
    `map_characters` first, so a compatibility form counts as its unified ideograph."""
    text = STRUCTURAL.sub("", map_characters(text))
    return collections.Counter(c for c in IDEOGRAPH_RE.findall(text) if c not in NUMERALS)


def _rendered(b: Bulletin) -> str:
    out = [b.series, b.org, b.summary.title]
    for i, it in enumerate(b.summary.items):
        out.append(item_marker(i) + it.heading + it.body)
        out += [subpoint_marker(j) + s.heading + s.body for j, s in enumerate(it.subpoints)]
    if b.plan:
        out.append(b.plan.title)
        for t in b.plan.tasks:
            out += [t.content, joined(t.leaders), joined(t.departments), t.deadline]
    d = b.distribution
    out += [joined(d.report_to), joined(d.copy_to), joined(d.send_to), b.editor, b.phone]
    return "\n".join(out)


FRAGMENTS = [
    "一、",
    "二、",
    "三、",
    "（一）",
    "(二)",
    "1.",
    "（1）",
    "责任领导：",
    "责任部室：",
    "完成时限：",
    "报：",
    "发:",
    "送：",
    "责任编辑：",
    "联系电话：",
    "荆州市总工会九月份工作安排",
    "八月份工作综述",
    "2018年12月12日",
    "２０１８ 年 １２ 月",
    "第62期",
    "（总第3期）",
    "共印50份",
    "“",
    "”",
    "《",
    "》",
    "。",
    "，",
    "、",
    "；",
    "\n",
    "\n\n",
    " ",
    "\u3000",
    "ꎮ",
    "ꎬ",
    "«",
    "»",
    ":",
    "(",
    ")",
    "— 2 —",
    "\x0b",
    "\x0c",
    "\x00",
    "\x1f",
    "\ud800",
    "\udfff",
    "\u2f2f",
    "\uf900",
    "工会",
    "高启秀",
    "abc",
    "15:40",
    "1.38",
    "荆州市总工会",
]
structured_text = st.lists(
    st.one_of(
        st.sampled_from(FRAGMENTS),
        st.text(alphabet=st.characters(min_codepoint=0x4E00, max_codepoint=0x4E60), min_size=1, max_size=6),
    ),
    max_size=80,
).map("".join)


def _check_import(text: str, kept_part: str | None = None) -> None:
    try:
        result = import_text(text, OrgSettings(org="", series=""), today=dt.date(2026, 3, 1))
    except ImportError_ as exc:
        assert str(exc)
        return
    if kept_part is not None:
        text = text[: text.index(kept_part) + len(kept_part)]
    # Text after the 报/发 block is left out of the items (issue 12, finding 13) but quoted in a warning.
    left_out = "\n".join(w for w in result.warnings if w.endswith("未导入"))
    before, after = _ideographs(text), _ideographs(_rendered(result.bulletin) + left_out)
    lost = {c: n - after[c] for c, n in before.items() if after[c] < n}
    assert not lost
    assert from_exchange(to_exchange(result.bulletin)) == result.bulletin  # valid, XML-safe data


@PROPERTY_SETTINGS
@given(st.one_of(st.text(max_size=500), structured_text))
@pytest.mark.slow
def test_random_text_never_crashes_and_keeps_every_ideograph(text: str) -> None:
    _check_import(text)


@HUGE_SETTINGS
@given(st.lists(st.sampled_from([SAMPLE_2018, SAMPLE_2020]), min_size=1, max_size=40), structured_text)
def test_huge_pastes(samples: list[str], noise: str) -> None:
    root = Path(__file__).resolve().parent / "fixtures" / "samples"
    text = noise.join((root / name).read_text(encoding="utf-8") for name in samples)
    # What follows the first sample's 报/发 block is left out; everything up to it must be kept.
    first = (root / samples[0]).read_text(encoding="utf-8")
    _check_import(text, first[: first.rindex("\n发")])


@PROPERTY_SETTINGS
@given(
    st.one_of(
        st.binary(max_size=600),
        structured_text.map(lambda t: t.encode("utf-8", "surrogatepass")),
        structured_text.map(lambda t: t.encode("gb18030", "replace")),
    )
)
@pytest.mark.slow
def test_random_bytes_never_crash(data: bytes) -> None:
    try:
        result = import_bytes(data, OrgSettings())
    except ImportError_ as exc:
        assert str(exc)
    else:  # whatever came in, the bulletin is valid exchange data (no XML-invalid character left)
        assert from_exchange(to_exchange(result.bulletin)) == result.bulletin
