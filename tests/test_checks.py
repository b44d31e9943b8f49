"""Proofreading (校对): the rules on the real samples, one planted error per rule, the safe fixes,
and the `check` command in a subprocess."""

from __future__ import annotations

import dataclasses
import json
import os
import subprocess
import sys
from pathlib import Path
from typing import Any

import pytest

from unionbulletin.checks.engine import FONT_RULES, FixConflict, apply_fix, apply_fixes, rule_ids, run_checks
from unionbulletin.checks.finding import Finding
from unionbulletin.domain import edits
from unionbulletin.domain.exchange import from_exchange
from unionbulletin.domain.model import (
    AddressBook,
    Bulletin,
    Distribution,
    Item,
    Leader,
    OrgSettings,
    Period,
    Plan,
    SubPoint,
    Summary,
    Task,
)
from unionbulletin.layout.fonts import BUNDLED_FILES, FontResolver, bundled_font_dir, resolver_for_settings
from unionbulletin.layout.style import FontRole

REPO = Path(__file__).resolve().parent.parent
NO_FONTS = FONT_RULES
SETTINGS = OrgSettings()


def load(fixtures_dir: Path, name: str) -> Bulletin:
    return from_exchange(json.loads((fixtures_dir / name).read_text("utf-8")))


EMPTY_BOOK = AddressBook()


def check(b: Bulletin, book: AddressBook = EMPTY_BOOK, **kw: Any) -> list[Finding]:
    kw.setdefault("ignored", NO_FONTS)
    kw.setdefault("fonts", None)
    return run_checks(b, settings=SETTINGS, address_book=book, **kw)


DISTRIBUTION = Distribution(report_to=("省总工会",), send_to=("各县市区总工会",))


def simple(*items: Item, tasks: tuple[Task, ...] | None = None, month: int = 8) -> Bulletin:
    return Bulletin(
        org="荆州市总工会",
        series="工会要情摘报",
        period=Period(2020, month),
        summary=Summary(items=items),
        plan=Plan(tasks=tasks) if tasks is not None else None,
        distribution=DISTRIBUTION,
    )


def rules_of(findings: list[Finding]) -> list[str]:
    return [f.rule for f in findings]


def official_resolver(tmp_path: Path, *, without: FontRole | None = None) -> FontResolver:
    """A resolver that finds every role (but `without`) under an official Windows file name."""
    names = {
        FontRole.XIAOBIAOSONG: "FZXBSJW.TTF",
        FontRole.FANGSONG: "SIMFANG.TTF",
        FontRole.HEITI: "SIMHEI.TTF",
        FontRole.KAITI: "SIMKAI.TTF",
        FontRole.SONGTI: "simsun.ttf",
    }
    folder = tmp_path / "winfonts"
    folder.mkdir()
    for role, name in names.items():
        if role is not without:
            os.symlink(bundled_font_dir() / BUNDLED_FILES[role], folder / name)
    return FontResolver(system_dirs=[folder])


# ---- the real samples ----------------------------------------------------------------------------


def test_2018_sample_yields_the_jiezhi_finding_and_no_artefact(fixtures_dir: Path) -> None:
    b = load(fixtures_dir, "sample-2018.json")
    findings = check(b)
    words = [f for f in findings if f.rule == "words.common-error"]
    assert len(words) == 1
    (f,) = words
    body = b.summary.items[7].body
    assert (f.location.section, f.location.number, f.location.field) == ("summary", 8, "body")
    assert f.location.ident == b.summary.items[7].id
    assert f.location.offset == body.index("截止目前") and f.location.text == "截止目前"
    assert f.severity == "error"
    assert f.fix is not None and f.fix.replacement == "截至目前"
    assert "chars.pdf-artefact" not in rules_of(findings)
    fixed = apply_fix(b, f)
    assert "截至目前" in fixed.summary.items[7].body and "截止目前" not in fixed.summary.items[7].body
    assert fixed.summary.items[7].id == b.summary.items[7].id


def test_raw_2018_text_is_full_of_artefacts_and_the_fixes_repair_them(samples_dir: Path) -> None:
    raw = (samples_dir / "2018-11-report.txt").read_text("utf-8")
    paragraph = next(line for line in raw.splitlines() if "ꎮ" in line)
    b = simple(Item(heading="学习宣传贯彻习近平总书记重要讲话和中国工会十七大精神。", body=paragraph))
    findings = check(b)
    artefacts = [f for f in findings if f.rule == "chars.pdf-artefact"]
    assert artefacts and all(f.fix is not None for f in artefacts)
    assert all(
        paragraph[f.location.offset : f.location.offset + f.location.length] == f.location.text
        for f in artefacts
        if f.location.offset is not None
    )
    for _ in range(5):
        b, n = apply_fixes(b, check(b))
        if n == 0:
            break
    body = b.summary.items[0].body
    assert "ꎮ" not in body and "ꎬ" not in body
    assert not [f for f in check(b) if f.rule in ("chars.pdf-artefact", "chars.fullwidth-alnum")]


@pytest.mark.parametrize("name", ["2018-11-report.txt", "2020-08-summary-and-09-plan.txt"])
def test_character_fixes_give_exactly_the_importers_clean_up(samples_dir: Path, name: str) -> None:
    """Every raw line of the samples, repaired by the fixes of the character and half-width rules
    alone, becomes what the importer's clean-up makes of it."""
    from unionbulletin.domain.text_cleanup import clean_paragraph, map_characters

    keep = {"chars.pdf-artefact", "chars.fullwidth-alnum", "chars.space", "punct.halfwidth"}
    ignored = rule_ids() - keep
    lines = [line for line in (samples_dir / name).read_text("utf-8").splitlines() if line.strip()]
    b = simple(*(Item(heading="", body=line) for line in lines))
    for _ in range(5):
        b, n = apply_fixes(b, check(b, ignored=ignored))
        if n == 0:
            break
    assert [it.body for it in b.summary.items] == [clean_paragraph(map_characters(line)) for line in lines]
    assert check(b, ignored=ignored) == []


def test_imported_2018_text_has_no_artefact_finding(samples_dir: Path) -> None:
    importers = pytest.importorskip("unionbulletin.importers")
    text = (samples_dir / "2018-11-report.txt").read_text("utf-8")
    result = importers.import_text(text, SETTINGS)
    findings = check(result.bulletin)
    assert "chars.pdf-artefact" not in rules_of(findings)
    assert any(f.rule == "words.common-error" and f.location.text == "截止目前" for f in findings)


def test_2020_sample_item_6_date_in_july_is_a_warning(fixtures_dir: Path) -> None:
    b = load(fixtures_dir, "sample-2020.json")
    findings = check(b)
    dates = [f for f in findings if f.rule.startswith("dates.")]
    assert len(dates) == 1
    (f,) = dates
    assert f.rule == "dates.outside-month" and f.severity == "warning"
    loc = f.location
    assert (loc.number, loc.field, loc.offset, loc.text) == (6, "body", 0, "7月29日")
    assert not any(f.severity == "error" for f in findings)  # the 2020 sample is clean


# ---- one planted error per rule ------------------------------------------------------------------


@pytest.fixture
def planted(fixtures_dir: Path) -> dict[str, Any]:
    data: dict[str, Any] = json.loads((fixtures_dir / "checks-planted.json").read_text("utf-8"))
    return data


def planted_book(data: dict[str, Any]) -> AddressBook:
    raw = data["address_book"]
    return AddressBook(
        leaders=tuple(Leader(n) for n in raw["leaders"]), departments=tuple(raw["departments"])
    )


# each empties a whole part of the page, so they are planted in test_checks_paper.py one at a time
WHOLE_PAGE_RULES = frozenset(
    {
        "paper.empty-series",
        "paper.empty-org",
        "paper.empty-report-to",
        "paper.empty-send-to",
        "paper.empty-plan",
    }
)


def where(f: Finding) -> tuple[Any, ...]:
    loc = f.location
    return (f.rule, loc.section, loc.number, loc.field, loc.sub, loc.offset, loc.text)


def test_planted_fixture_covers_every_rule(planted: dict[str, Any]) -> None:
    assert {e["rule"] for e in planted["expected"]} == rule_ids() - WHOLE_PAGE_RULES


def test_one_planted_error_per_rule_gives_exactly_those_findings(
    planted: dict[str, Any], tmp_path: Path
) -> None:
    b = from_exchange(planted["bulletin"])
    fonts = official_resolver(tmp_path, without=FontRole.HEITI)
    findings = run_checks(b, settings=SETTINGS, address_book=planted_book(planted), fonts=fonts)
    expected = sorted(
        tuple(e[k] for k in ("rule", "section", "number", "field", "sub", "offset", "text"))
        for e in planted["expected"]
    )
    assert sorted(where(f) for f in findings) == expected
    ids = {n: it.id for n, it in enumerate(b.summary.items, 1)}
    for f in findings:
        if f.location.section == "summary" and f.location.number is not None:
            assert f.location.ident == ids[f.location.number]


def test_applying_every_safe_fix_clears_those_rules(planted: dict[str, Any], tmp_path: Path) -> None:
    b = from_exchange(planted["bulletin"])
    book = planted_book(planted)
    fonts = official_resolver(tmp_path, without=FontRole.HEITI)
    before = run_checks(b, settings=SETTINGS, address_book=book, fonts=fonts)
    fixable = {f.rule for f in before if f.fix is not None}
    assert fixable >= {
        "chars.pdf-artefact",
        "chars.fullwidth-alnum",
        "chars.space",
        "punct.halfwidth",
        "punct.doubled",
        "punct.heading-stop",
        "punct.trailing",
        "dates.format",
        "words.common-error",
    }
    fixed, count = apply_fixes(b, before)
    assert count == len([f for f in before if f.fix is not None])
    after = run_checks(fixed, settings=SETTINGS, address_book=book, fonts=fonts)
    assert not {f.rule for f in after} & fixable
    assert sorted(where(f) for f in after) == sorted(where(f) for f in before if f.fix is None)
    items = fixed.summary.items
    assert items[0].body.startswith("6日，市委书记刘䶮看望慰问一线职工。同日")
    assert "会议共有12个单位" in items[1].body
    assert "全市消费扶贫1.38亿元" in items[2].body
    assert items[3].body.startswith("4日，市总工会")
    assert items[5].body.endswith("参加讲座。")
    assert items[6].heading == "开展工会改革督察工作。"
    assert "于2020年8月11日结束" in items[7].body
    assert items[10].body.startswith("截至目前，")
    assert fixed.plan is not None and fixed.plan.title == "荆州市总工会九月份工作安排"
    assert [it.id for it in items] == [it.id for it in b.summary.items]


# ---- rule details --------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "rule", "replacement"),
    [
        ("会议于2020-09-01召开。", "dates.format", "2020年9月1日"),
        ("会议于2020年08月01日召开。", "dates.format", "2020年8月1日"),
        ("会议于八月一日召开。", "dates.format", "8月1日"),
        ("会议于2020/8/5日召开。", "dates.format", "2020年8月5日"),
        ("会议于8月05日召开。", "dates.format", "8月5日"),
        ("2月30日召开。", "dates.impossible", None),
        ("31日召开。", "dates.impossible", None),  # a bare day in the reported September
        ("2021年2月29日召开。", "dates.impossible", None),
    ],
)
def test_date_rules(text: str, rule: str, replacement: str | None) -> None:
    b = simple(Item(heading="召开会议。", body=text), month=9 if text.startswith("31日") else 8)
    findings = [f for f in check(b) if f.rule.startswith("dates.")]
    assert [f.rule for f in findings if f.rule != "dates.outside-month"] == [rule]
    f = next(f for f in findings if f.rule == rule)
    if replacement is None:
        assert f.fix is None
    else:
        assert f.fix is not None and f.fix.replacement == replacement


@pytest.mark.parametrize(
    "text",
    [
        "29日，市总工会召开会议。",
        "3日至11日，评估组开展评估。",
        "8月29日至31日，举办培训班。",
        "消费扶贫1.38亿元，15:40开始，电话0716-8219262。",
        "2018年荆州市首届职工创业创新大赛。",
        "今年1-8月，全市新建工会120家。",
    ],
)
def test_date_rules_leave_good_dates_alone(text: str) -> None:
    b = simple(Item(heading="召开会议。", body=text))
    assert [f for f in check(b) if f.rule.startswith("dates.")] == []


def test_a_range_inherits_the_month_of_its_start() -> None:
    b = simple(Item(heading="召开会议。", body="7月29日至31日，举办培训班。"))
    findings = [f for f in check(b) if f.rule.startswith("dates.")]
    assert [(f.rule, f.location.text) for f in findings] == [("dates.outside-month", "7月29日")]
    b = simple(Item(heading="召开会议。", body="6月29日至31日，举办培训班。"))
    assert "dates.impossible" in rules_of(check(b))  # June has no 31st


def test_deadline_before_the_plan_month() -> None:
    tasks = (
        Task("开展活动", ("高启秀",), ("机关党委",), "2020年8月31日"),
        Task("召开会议", ("高启秀",), ("机关党委",), "九月底"),
        Task("完成评估", ("高启秀",), ("机关党委",), "年底前"),
    )
    findings = [f for f in check(simple(tasks=tasks)) if f.rule.startswith("dates.")]
    assert [(f.rule, f.location.number) for f in findings] == [("dates.deadline-before-plan", 1)]


@pytest.mark.parametrize(
    ("text", "rule", "replacement"),
    [
        ("推进职工(劳模、工匠)创新工作室创建。", "punct.halfwidth", "（劳模、工匠）"),
        ('启动全市"双创"大赛。', "punct.halfwidth", "“双创”"),
        ("召开会议;部署工作。", "punct.halfwidth", "；"),
        ("完成整改.下一步继续推进。", "punct.halfwidth", "。"),
        ("是否完成？！请报告。", None, None),
        ("学习“‘两学一做’学习教育”精神。", None, None),
        ("学习《条例》精神）。", "punct.unbalanced", None),
        ("学习“条例”精神“。", "punct.unbalanced", None),
        ("完成整改，。", "punct.doubled", None),
        ("完成整改，，继续推进。", "punct.doubled", "，"),
        ("网址www.jzzgh.gov.cn，版本1.0。", None, None),
    ],
)
def test_punctuation_rules(text: str, rule: str | None, replacement: str | None) -> None:
    findings = [
        f for f in check(simple(Item(heading="召开会议。", body=text))) if f.rule.startswith("punct.")
    ]
    if rule is None:
        assert findings == []
        return
    assert rules_of(findings) == [rule]
    fix = findings[0].fix
    assert (fix.replacement if fix else None) == replacement


def test_spaces_inside_chinese_text() -> None:
    body = "书记、 常务副主席推进“法院 + 工会”机制；“决胜小康\u3000奋斗有我”；Word 2010 文档"
    b = simple(Item(heading="召开会议。", body=body))
    findings = [f for f in check(b) if f.rule == "chars.space"]
    assert [f.location.offset for f in findings] == [
        3,
        body.index(" +"),
        body.index("+ ") + 1,
        body.index(" 文档"),
    ]
    b, n = apply_fixes(b, findings)
    assert n == 4
    assert b.summary.items[0].body == (
        "书记、常务副主席推进“法院+工会”机制；“决胜小康\u3000奋斗有我”；Word 2010文档"
    )


@pytest.mark.parametrize(
    ("text", "wrong", "right"),
    [
        ("截止11月底，已完成。", "截止", "截至"),
        ("截止到目前，已完成。", "截止到目前", "截至目前"),
        ("认真部暑下一步工作。", "部暑", "部署"),
        ("既使困难再大也要完成。", "既使", "即使"),
        ("按排专人负责。", "按排", "安排"),
    ],
)
def test_word_errors(text: str, wrong: str, right: str) -> None:
    (f,) = [f for f in check(simple(Item(heading="召开会议。", body=text))) if f.rule == "words.common-error"]
    assert f.location.text == wrong and f.fix is not None and f.fix.replacement == right


@pytest.mark.parametrize("text", ["按排名顺序发言。", "报名截止日期为月底。", "申报于9月30日截止。"])
def test_word_errors_respect_context(text: str) -> None:
    assert "words.common-error" not in rules_of(check(simple(Item(heading="召开会议。", body=text))))


def test_context_dependent_word_has_no_fix() -> None:
    (f,) = [
        f
        for f in check(simple(Item(heading="召开会议。", body="参与制订法律草案。")))
        if f.rule == "words.common-error"
    ]
    assert f.fix is None and f.severity == "hint"


def test_lead_sentence_rules_and_subpoint_fix() -> None:
    item = Item(
        heading="开展活动", body="正文。", subpoints=(SubPoint(heading="深入基层调研，", body="调研正文。"),)
    )
    b = simple(item)
    findings = [f for f in check(b) if f.rule == "punct.heading-stop"]
    assert [(f.location.field, f.location.sub) for f in findings] == [
        ("heading", None),
        ("subpoint_heading", 1),
    ]
    fixed, n = apply_fixes(b, findings)
    assert n == 2
    assert fixed.summary.items[0].heading == "开展活动。"
    assert fixed.summary.items[0].subpoints[0].heading == "深入基层调研。"
    assert fixed.summary.items[0].subpoints[0].id == item.subpoints[0].id


def test_heading_wrapping_uses_hanging_punctuation() -> None:
    fits = "一" * 23 + "。"  # marker 2 + 24 cells = 26
    hangs = "一" * 24 + "。"  # the 27th cell is a mark that hangs
    wraps = "一" * 25 + "。"
    b = simple(
        Item(heading=fits, body="正文。"),
        Item(heading=hangs, body="正文二。"),
        Item(heading=wraps, body="正文三。"),
    )
    findings = [f for f in check(b) if f.rule == "struct.heading-too-long"]
    assert [(f.location.number, f.location.offset) for f in findings] == [(3, 24)]


def test_address_book_is_only_consulted_when_it_has_entries() -> None:
    b = simple(tasks=(Task("开展活动", ("高启秀",), ("机关党委",), "九月份"),))
    assert check(b) == []
    book = AddressBook(leaders=(Leader("郭红萍"),))
    assert rules_of(check(b, book)) == ["struct.unknown-leader"]


def test_duplicated_tasks_and_items() -> None:
    task = Task("开展活动", ("高启秀",), ("机关党委",), "九月份")
    b = simple(
        Item(heading="召开会议。", body="这是一段足够长的正文内容。"),
        Item(heading="另一个会议。", body="这是一段足够长的正文内容。"),
        tasks=(task, dataclasses.replace(task, id="other")),
    )
    found = [
        (f.location.section, f.location.number, f.location.field, f.message)
        for f in check(b)
        if f.rule == "struct.duplicate-item"
    ]
    assert found == [("summary", 2, "body", "与第1条的正文重复"), ("plan", 2, "content", "与第1项安排重复")]


# ---- fonts ---------------------------------------------------------------------------------------


def test_fonts_official_everywhere_gives_no_font_finding(tmp_path: Path) -> None:
    b = simple(Item(heading="召开会议。", body="正文。", subpoints=(SubPoint("小点。"),)))
    findings = check(b, fonts=official_resolver(tmp_path), ignored=frozenset())
    assert [f for f in findings if f.rule in FONT_RULES] == []


def test_fonts_bundled_stand_ins_are_hints_naming_role_and_face(tmp_path: Path) -> None:
    empty = tmp_path / "nofonts"
    empty.mkdir()
    fonts = FontResolver(system_dirs=[empty])
    b = simple(Item(heading="召开会议。", body="正文。", subpoints=(SubPoint("小点。"),)))
    subs = [f for f in check(b, fonts=fonts, ignored=frozenset()) if f.rule == "fonts.substitute"]
    assert [f.location.text for f in subs] == ["小标宋", "仿宋", "黑体", "楷体", "宋体"]
    assert all(f.severity == "hint" for f in subs)
    assert "FandolFang" in subs[1].message and "仿宋_GB2312" in subs[1].message


def test_the_checks_build_no_resolver_of_their_own() -> None:
    """Issue 14: the font rules check against the resolver they are given (the output's), never
    against one built from the settings behind the caller's back; None skips them."""
    b = simple(Item(heading="召开会议。", body="正文。"))
    with pytest.raises(TypeError):
        run_checks(b, settings=SETTINGS, address_book=AddressBook())  # type: ignore[call-arg]
    findings = run_checks(b, settings=SETTINGS, address_book=AddressBook(), fonts=None)
    assert not [f for f in findings if f.rule in FONT_RULES]
    fonts = resolver_for_settings(SETTINGS)
    findings = run_checks(b, settings=SETTINGS, address_book=AddressBook(), fonts=fonts)
    assert all(f.location.field == "font" for f in findings)  # only font findings, machine-dependent


# ---- findings, ignoring, fixing ------------------------------------------------------------------


def test_finding_json_and_text_line(fixtures_dir: Path) -> None:
    b = load(fixtures_dir, "sample-2018.json")
    (f,) = [f for f in check(b) if f.rule == "words.common-error"]
    data = json.loads(json.dumps(f.to_json(), ensure_ascii=False))
    assert set(data) == {"rule", "severity", "message", "location", "fix"}
    assert data["location"]["number"] == 8 and data["location"]["field"] == "body"
    assert "id" not in data["location"]  # an in-memory id, new at every load
    assert data["fix"]["replacement"] == "截至目前"
    offset = b.summary.items[7].body.index("截止目前")
    assert f.to_line().startswith(f"错误 第8条 正文 第{offset + 1}字：“截止目前”应为“截至目前”")


def test_ignored_rule_ids_and_finding_keys(fixtures_dir: Path) -> None:
    b = load(fixtures_dir, "sample-2020.json")
    (f,) = [f for f in check(b) if f.rule == "dates.outside-month"]
    assert "dates.outside-month" not in rules_of(check(b, ignored=NO_FONTS | {"dates.outside-month"}))
    assert f.key not in {g.key for g in check(b, ignored=NO_FONTS | {f.key})}
    # The key survives an edit elsewhere in the same field.
    item = b.summary.items[5]
    edited = edits.update_item(b, item.id, body="另外，" + item.body)
    assert f.key not in {g.key for g in check(edited, ignored=NO_FONTS | {f.key})}
    assert f.key in {g.key for g in check(edited)}


def test_fix_on_changed_text_is_refused(fixtures_dir: Path) -> None:
    b = load(fixtures_dir, "sample-2018.json")
    (f,) = [f for f in check(b) if f.rule == "words.common-error"]
    item = b.summary.items[7]
    with pytest.raises(FixConflict):
        apply_fix(edits.update_item(b, item.id, body="截至目前，" + item.body), f)
    with pytest.raises(FixConflict):
        apply_fix(edits.delete_item(b, item.id), f)
    (no_fix,) = [g for g in check(b) if g.rule == "struct.heading-too-long" and g.location.number == 1]
    with pytest.raises(ValueError):
        apply_fix(b, no_fix)


# ---- the command ---------------------------------------------------------------------------------


def run_cli(*args: str | Path | int) -> subprocess.CompletedProcess[str]:
    env = dict(os.environ, PYTHONPATH=str(REPO), PYTHONIOENCODING="utf-8")
    return subprocess.run(
        [sys.executable, "-m", "unionbulletin", *map(str, args)],
        capture_output=True,
        text=True,
        encoding="utf-8",
        cwd=REPO,
        env=env,
        timeout=120,
    )


@pytest.mark.slow
def test_check_command_text_json_and_exit_status(fixtures_dir: Path, tmp_path: Path) -> None:
    from unionbulletin.storage import Database

    db_path = tmp_path / "bulletins.json"
    with Database.open(db_path, seed_examples=False) as db:
        id_2018 = db.add(load(fixtures_dir, "sample-2018.json"))
        id_2020 = db.add(load(fixtures_dir, "sample-2020.json"))

    result = run_cli("--db", db_path, "check", id_2018, "--json")
    assert result.returncode == 1, result.stderr
    findings = json.loads(result.stdout)
    words = [f for f in findings if f["rule"] == "words.common-error"]
    assert len(words) == 1 and words[0]["location"]["number"] == 8 and words[0]["severity"] == "error"
    assert all(set(f) == {"rule", "severity", "message", "location", "fix"} for f in findings)

    result = run_cli("--db", db_path, "check", id_2018)
    assert result.returncode == 1
    lines = result.stdout.splitlines()
    assert any(line.startswith("错误 第8条 正文 第") and "截至目前" in line for line in lines)

    result = run_cli("--db", db_path, "check", id_2020)
    assert result.returncode == 0, result.stdout + result.stderr
    assert "警告 第6条 正文 第1字：日期“7月29日”" in result.stdout

    result = run_cli("--db", db_path, "check", "999")
    assert result.returncode == 2 and "999" in result.stderr
