"""Data safety (issue 12): what can be saved can be opened, limits, export targets, damaged files.

Real TinyDB files in tmp_path; the command line runs as a real subprocess. Each finding of the issue
has a test here that fails on the first version.
"""

from __future__ import annotations

import dataclasses
import json
import os
import shutil
import sys
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest
from _cli import run_cli
from hypothesis import given
from hypothesis import strategies as st
from hypothesis_profiles import PROPERTY_SETTINGS

from unionbulletin.domain import (
    Bulletin,
    Distribution,
    Item,
    Period,
    Plan,
    SubPoint,
    Summary,
    Task,
    edits,
    limits,
)
from unionbulletin.domain.conventions import chinese_numeral, item_marker, subpoint_marker
from unionbulletin.domain.exchange import from_exchange, to_exchange
from unionbulletin.domain.limit_check import LimitExceeded, oversize
from unionbulletin.domain.normalize import normalize_bulletin, normalize_line, normalize_lines
from unionbulletin.storage import Database, DatabaseDamaged, StorageError, WriteRefused
from unionbulletin.storage.data_path import export_target_problem, journal_path
from unionbulletin.storage.lock import holder_path, lock_path

# Every character class the normalisation must handle, mixed into ordinary Chinese text.
HOSTILE = (
    "\x0b",
    "\x0c",
    "\r",
    "\r\n",
    "\n",
    "\t",
    "\x00",
    "\x1f",
    "\x7f",
    "\x85",
    "\x9f",
    "\u2028",
    "\u2029",
    "\ud800",
    "\udfff",
    "\ud83d\ude00",
    "\ufffe",
    "\uffff",
    "\ufdd0",
    "\U0010ffff",
    "\ue000",
    "\U000f0000",
    "\u200b",
    "\ufeff",
    "工会",
    "，",
    "A",
    " ",
    "\u3000",
)
hostile_text = st.lists(
    st.one_of(
        st.sampled_from(HOSTILE),
        st.characters(blacklist_categories=()),  # surrogates included
        st.text(max_size=5),
    ),
    max_size=12,
).map("".join)
names = st.lists(hostile_text, max_size=3).map(tuple)


@st.composite
def bulletins(draw: st.DrawFn) -> Bulletin:
    items = tuple(
        Item(
            heading=draw(hostile_text),
            body=draw(hostile_text),
            subpoints=tuple(
                SubPoint(draw(hostile_text), draw(hostile_text)) for _ in range(draw(st.integers(0, 2)))
            ),
        )
        for _ in range(draw(st.integers(0, 3)))
    )
    plan = None
    if draw(st.booleans()):
        plan = Plan(
            draw(hostile_text),
            tuple(
                Task(draw(hostile_text), draw(names), draw(names), draw(hostile_text))
                for _ in range(draw(st.integers(0, 3)))
            ),
        )
    return Bulletin(
        org=draw(hostile_text),
        series=draw(hostile_text),
        period=Period(draw(st.integers(1900, 2999)), draw(st.integers(1, 12))),
        issue_number=draw(st.none() | st.integers(1, 9999)),
        summary=Summary(draw(hostile_text), items),
        plan=plan,
        distribution=Distribution(draw(names), draw(names), draw(names)),
        editor=draw(hostile_text),
        phone=draw(hostile_text),
    )


@pytest.fixture(scope="module")
def shared_db(tmp_path_factory: pytest.TempPathFactory) -> Iterator[Database]:
    db = Database.open(tmp_path_factory.mktemp("prop") / "bulletins.json", seed_examples=False)
    yield db
    db.close()


# ---- the normalisation ----------------------------------------------------------------------------


@PROPERTY_SETTINGS
@given(hostile_text)
@pytest.mark.slow
def test_normalisation_is_idempotent_and_leaves_nothing_forbidden(text: str) -> None:
    for fn in (normalize_line, normalize_lines):
        once = fn(text)
        assert fn(once) == once
        assert not any(
            0xD800 <= ord(c) <= 0xDFFF
            or (ord(c) < 0x20 and c != "\n")
            or 0x7F <= ord(c) < 0xA0
            or (ord(c) & 0xFFFE) == 0xFFFE
            or 0xFDD0 <= ord(c) <= 0xFDEF
            for c in once
        )
        once.encode("utf-8")
    assert "\n" not in normalize_line(text)


@pytest.mark.parametrize(
    ("raw", "line", "lines"),
    [
        ("两行\x0b标题", "两行标题", "两行\n标题"),
        ("第一页\x0c第二页", "第一页第二页", "第一页\n第二页"),
        ("a\r\nb\rc", "a b c", "a\nb\nc"),
        ("Word\u2028Excel", "Word Excel", "Word\nExcel"),
        ("董\x07军\x85", "董军", "董军\n"),
        ("\ud83d\ude00\ud800", "\U0001f600", "\U0001f600"),  # a pair is joined, a lone half goes
        ("私用\ue000区\U0010fffd", "私用\ue000区\U0010fffd", "私用\ue000区\U0010fffd"),  # private use stays
        ("非字符\ufdd0\U0001ffff", "非字符", "非字符"),
    ],
)
def test_line_breaks_become_lines_only_where_lines_are_allowed(raw: str, line: str, lines: str) -> None:
    assert normalize_line(raw) == line
    assert normalize_lines(raw) == lines


# ---- finding 1: what can be saved can be opened ---------------------------------------------------


@PROPERTY_SETTINGS
@given(bulletins())
@pytest.mark.slow
def test_any_bulletin_the_domain_can_hold_survives_save_and_open_unchanged(
    shared_db: Database, raw: Bulletin
) -> None:
    b = normalize_bulletin(raw)
    bid = shared_db.add(raw)  # the raw one: the storage normalises on its own, too
    with Database.open(shared_db.path, read_only=True) as other:
        assert other.get(bid) == b
    shared_db.update(bid, b)
    with Database.open(shared_db.path, read_only=True) as other:
        assert other.get(bid) == b
    shared_db.delete(bid)


def test_word_line_and_page_breaks_in_one_line_fields_no_longer_brick_the_file(tmp_path: Path) -> None:
    path = tmp_path / "bulletins.json"
    with Database.open(path) as db:
        bid = db.list_bulletins()[0].id
        b = db.get(bid)
        b = dataclasses.replace(
            b,
            editor="董\x0b军",
            summary=dataclasses.replace(b.summary, title="两行\x0c标题"),
            distribution=Distribution(report_to=("省总\x0b工会",)),
        )
        b = edits.update_item(b, b.summary.items[0].id, heading="导语\x0b一。", body="甲\x0b乙")
        db.update(bid, b)
    result = run_cli("show", str(bid), db=path)
    assert result.returncode == 0, result.stderr
    shown = json.loads(result.stdout)
    assert shown["editor"] == "董军"
    assert shown["summary"]["title"] == "两行标题"
    assert shown["summary"]["items"][0]["body"] == "甲\n乙"
    assert shown["distribution"]["report_to"] == ["省总工会"]


def test_a_file_bricked_by_the_first_version_opens_again(tmp_path: Path) -> None:
    """The first version wrote U+000B into one-line fields; such a file opens, the field repaired."""
    path = tmp_path / "bulletins.json"
    Database.open(path).close()
    tables = json.loads(path.read_text("utf-8"))
    first = next(iter(tables["bulletins"]))
    tables["bulletins"][first]["bulletin"]["editor"] = "董\u000b军"
    path.write_text(json.dumps(tables, ensure_ascii=False), "utf-8")
    result = run_cli("show", first, db=path)
    assert result.returncode == 0, result.stderr
    assert json.loads(result.stdout)["editor"] == "董军"


def test_the_save_path_refuses_what_the_open_path_would_not_give_back(tmp_path: Path) -> None:
    with Database.open(tmp_path / "b.json") as db:
        bid = db.list_bulletins()[0].id
        before = (tmp_path / "b.json").read_bytes()
        with pytest.raises(WriteRefused, match=r"期号|超出范围|无法打开"):
            db.update(bid, dataclasses.replace(db.get(bid), issue_number=10_000))
        assert (tmp_path / "b.json").read_bytes() == before


def test_settings_and_address_book_are_normalised_before_saving(tmp_path: Path) -> None:
    with Database.open(tmp_path / "b.json") as db:
        s = db.settings()
        files = (("z", "/b"), ("a", "/a\x0c"))
        db.save_settings(dataclasses.replace(s, editor="李\x0b文秘", font_files=files))
    with Database.open(tmp_path / "b.json", read_only=True) as db:
        assert db.settings().editor == "李文秘"
        assert db.settings().font_files == (("a", "/a"), ("z", "/b"))


# ---- finding 12 -----------------------------------------------------------------------------------


def test_exchange_json_without_version_is_version_one(fixtures_dir: Path) -> None:
    data = json.loads((fixtures_dir / "sample-2020.json").read_text("utf-8"))
    data.pop("version", None)
    assert from_exchange(data).issue_number == from_exchange({**data, "version": 1}).issue_number


# ---- finding 3: limits ----------------------------------------------------------------------------


def test_numerals_cover_every_allowed_count() -> None:
    for n in range(1, max(limits.ITEMS.value, limits.TASKS.value) + 1):
        assert item_marker(n - 1).endswith("、")
    for n in range(1, limits.SUBPOINTS.value + 1):
        assert subpoint_marker(n - 1).startswith("（")
    assert chinese_numeral(1000) == "一千"  # beyond the limits still a numeral, never an exception
    assert chinese_numeral(10001) == "一万零一"


def test_edit_functions_refuse_past_a_count() -> None:
    b = Bulletin(
        org="甲",
        series="乙",
        period=Period(2020, 8),
        summary=Summary(items=tuple(Item(f"{i}。") for i in range(limits.ITEMS.value))),
    )
    with pytest.raises(LimitExceeded, match=r"工作综述的条目.*99"):
        edits.add_item(b, Item("多一条。"))
    with pytest.raises(LimitExceeded):
        edits.duplicate_item(b, b.summary.items[0].id)
    b = edits.set_plan(b, Plan(tasks=tuple(Task(f"{i}") for i in range(limits.TASKS.value))))
    with pytest.raises(LimitExceeded, match="工作安排的任务"):
        edits.add_task(b, Task("多一项"))
    item = b.summary.items[0]
    for k in range(limits.SUBPOINTS.value):
        b = edits.add_subpoint(b, item.id, SubPoint(f"{k}。"))
    with pytest.raises(LimitExceeded, match="小点"):
        edits.add_subpoint(b, item.id, SubPoint("多一个。"))
    assert oversize(b) == []


def _write_oversize(path: Path, items: int) -> str:
    """A data file as the first version left it after importing a bulletin of `items` items."""
    Database.open(path).close()
    tables = json.loads(path.read_text("utf-8"))
    big = to_exchange(
        Bulletin(
            org="荆州市总工会",
            series="工会要情摘报",
            period=Period(2030, 1),
            summary=Summary(items=tuple(Item(f"第{i}条。", "正文。") for i in range(items))),
        )
    )
    new = str(max(int(k) for k in tables["bulletins"]) + 1)
    tables["bulletins"][new] = {"bulletin": big, "ignored_findings": []}
    path.write_text(json.dumps(tables, ensure_ascii=False), "utf-8")
    return new


@pytest.mark.slow
def test_an_oversize_bulletin_from_the_first_version_has_a_way_out(tmp_path: Path) -> None:
    path = tmp_path / "bulletins.json"
    big = _write_oversize(path, 1000)
    listed = run_cli("list", db=path)
    assert listed.returncode == 0 and "2030" in listed.stdout
    for command in (["check", big], ["export", big, "--pdf", str(tmp_path / "x.pdf")]):
        result = run_cli(*command, db=path)
        assert result.returncode == 2, result.stderr
        assert "工作综述的条目有 1000 条，超过了上限 99 条" in result.stderr
        assert f"delete {big}" in result.stderr and "Traceback" not in result.stderr
    assert not (tmp_path / "x.pdf").exists()
    with Database.open(path) as db:  # the other bulletins are still saved normally
        other = db.list_bulletins()[1].id
        db.update(other, dataclasses.replace(db.get(other), editor="李文秘"))
        with pytest.raises(WriteRefused, match="上限 99 条"):
            db.update(int(big), db.get(int(big)))
    deleted = run_cli("delete", big, db=path)
    assert deleted.returncode == 0, deleted.stderr
    assert any("before-delete" in p.name for p in (tmp_path / "backups").iterdir())
    assert big not in [line.split()[0] for line in run_cli("list", db=path).stdout.splitlines()]


def test_importing_past_a_limit_is_refused_with_the_limit_named(tmp_path: Path) -> None:
    src = tmp_path / "big.json"
    src.write_text(
        json.dumps(
            to_exchange(
                Bulletin(
                    org="甲",
                    series="乙",
                    period=Period(2020, 8),
                    summary=Summary(items=tuple(Item(f"{i}。") for i in range(100))),
                )
            )
        ),
        "utf-8",
    )
    result = run_cli("import", str(src), db=tmp_path / "b.json")
    assert result.returncode == 2
    assert "超过了上限 99 条" in result.stderr


def test_the_file_holds_at_most_the_allowed_number_of_bulletins(tmp_path: Path, monkeypatch: Any) -> None:
    monkeypatch.setattr(limits, "BULLETINS_PER_FILE", limits.Limit(3, "一个数据文件中的简报", "期"))
    with Database.open(tmp_path / "b.json") as db:  # two examples
        db.add(db.get(db.list_bulletins()[0].id))
        with pytest.raises(WriteRefused, match=r"上限 3 期"):
            db.add(db.get(db.list_bulletins()[0].id))


# ---- finding 2: export targets --------------------------------------------------------------------


def _targets(tmp_path: Path) -> dict[str, Path]:
    path = tmp_path / "data" / "bulletins.json"
    path.parent.mkdir()
    with Database.open(path) as db:
        db.update(db.list_bulletins()[0].id, db.get(db.list_bulletins()[0].id))  # makes today's backup
    journal_path(path).write_text("{}", "utf-8")
    (tmp_path / "link.json").symlink_to(path)
    os.link(path, tmp_path / "hard.json")
    backup = next((path.parent / "backups").iterdir())
    return {
        "data file": path,
        "symlink": tmp_path / "link.json",
        "hard link": tmp_path / "hard.json",
        "lock": lock_path(path),
        "lock holder note": holder_path(path),
        "journal": journal_path(path),
        "backup": backup,
        "new file in backups": path.parent / "backups" / "x.pdf",
        "dotted path": path.parent / ".." / "data" / "bulletins.json",
    }


@pytest.mark.parametrize("kind", ["--json", "--pdf"])
@pytest.mark.slow
def test_export_never_overwrites_the_data_file_or_its_companions(tmp_path: Path, kind: str) -> None:
    targets = _targets(tmp_path)
    db_path = targets["data file"]
    before = {name: p.read_bytes() for name, p in targets.items() if p.exists()}
    for name, target in targets.items():
        result = run_cli("export", "1", kind, str(target), db=db_path)
        assert result.returncode == 2, (name, result.stdout, result.stderr)
        assert "不能导出到" in result.stderr, name
    assert {name: p.read_bytes() for name, p in targets.items() if p.exists()} == before
    ok = run_cli("export", "1", kind, str(tmp_path / "fine.out"), db=db_path)
    assert ok.returncode == 0, ok.stderr
    assert export_target_problem(tmp_path / "fine.out", db_path) is None


# ---- finding 5: every kind of damage ends in the damaged path -------------------------------------


def _damaged(tables: dict[str, Any], how: str) -> bytes:
    bulletins = tables["bulletins"]
    first = next(iter(bulletins))
    if how == "nested 100,000 deep":
        return b'{"meta": ' + b"[" * 100_000 + b"]" * 100_000 + b"}"
    if how == "5,000-digit integer":
        text = json.dumps(tables, ensure_ascii=False)
        return text.replace('"issue_number": ', '"issue_number": ' + "9" * 5000 + ', "x": ', 1).encode()
    if how == "key ²":
        bulletins["²"] = bulletins[first]
    elif how == "keys 1 and 01":
        bulletins["0" + first] = bulletins[first]
    elif how == "keys 12 and １２":
        bulletins["12"] = bulletins[first]
        bulletins["１２"] = bulletins[first]
    elif how == "duplicate key":
        text = json.dumps(tables, ensure_ascii=False)
        return text.replace(f'"{first}": ', f'"{first}": {{}}, "{first}": ', 1).encode()
    elif how == "next id beyond what can be read back":
        tables["meta"]["1"]["next_bulletin_id"] = 10**12
    elif how == "nested 40 deep in a record":
        bulletins[first]["extra"] = json.loads("[" * 40 + "]" * 40)
    return json.dumps(tables, ensure_ascii=False).encode()


DAMAGE = [
    "nested 100,000 deep",
    "5,000-digit integer",
    "key ²",
    "keys 1 and 01",
    "keys 12 and １２",
    "duplicate key",
    "nested 40 deep in a record",
    "next id beyond what can be read back",
]


@pytest.mark.parametrize("how", DAMAGE)
@pytest.mark.slow
def test_every_damage_ends_in_the_damaged_path(tmp_path: Path, how: str) -> None:
    path = tmp_path / "bulletins.json"
    with Database.open(path) as db:
        db.update(db.list_bulletins()[0].id, db.get(db.list_bulletins()[0].id))  # today's good backup
    path.write_bytes(_damaged(json.loads(path.read_text("utf-8")), how))
    before = path.read_bytes()
    for command in (["list"], ["import", str(tmp_path / "missing.txt")]):
        result = run_cli(*command, db=path)
        assert result.returncode == 3, (how, result.stderr[-500:])
        assert "已损坏" in result.stderr and "最近的完好备份" in result.stderr, result.stderr[-500:]
        assert "Traceback" not in result.stderr
    with pytest.raises(DatabaseDamaged):
        Database.open(path)
    assert path.read_bytes() == before


# ---- findings 6, 7: what the data file may be -----------------------------------------------------


@pytest.mark.skipif(sys.platform == "win32", reason="FIFOs are POSIX")
@pytest.mark.slow
def test_a_fifo_or_a_folder_as_data_file_is_refused_at_once(tmp_path: Path) -> None:
    fifo = tmp_path / "pipe.json"
    os.mkfifo(fifo)
    (tmp_path / "folder.json").mkdir()
    for path, word in ((fifo, "命名管道"), (tmp_path / "folder.json", "文件夹"), (Path("/dev/null"), "设备")):
        result = run_cli("list", db=path, timeout=20)  # the first version hung here
        assert result.returncode == 3, result.stderr
        assert word in result.stderr and "不是数据文件" in result.stderr
        with pytest.raises(StorageError):
            Database.open(path, read_only=True)
    dangling = tmp_path / "dangling.json"
    dangling.symlink_to(tmp_path / "nowhere.json")
    with pytest.raises(StorageError, match="不存在"):
        Database.open(dangling)
    assert not (tmp_path / "nowhere.json").exists()


def test_a_symlinked_data_file_is_written_through_to_its_real_file(tmp_path: Path) -> None:
    real = tmp_path / "real" / "bulletins.json"
    real.parent.mkdir()
    Database.open(real).close()
    link = tmp_path / "link.json"
    link.symlink_to(real)
    with Database.open(link) as db:
        assert db.path == real
        assert lock_path(real).exists() and not lock_path(link).exists()
        bid = db.list_bulletins()[0].id
        db.update(bid, dataclasses.replace(db.get(bid), editor="经由链接"))
        with pytest.raises(StorageError):  # the same lock, whichever name is used
            Database.open(real)
    assert link.is_symlink()
    with Database.open(real, read_only=True) as other:
        assert other.get(bid).editor == "经由链接"
    assert not (tmp_path / "backups").exists()  # backups beside the real file
    shutil.rmtree(real.parent / "backups", ignore_errors=True)
