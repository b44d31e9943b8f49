"""The data file: atomic writes, damage never overwritten, the lock, migrations, backups, encodings.

Everything runs on real TinyDB files in `tmp_path`; the command line runs as a real subprocess.
"""

from __future__ import annotations

import dataclasses
import datetime as dt
import errno
import json
import os
import subprocess
import sys
import textwrap
import time
from pathlib import Path
from typing import Any

import pytest
from _cli import REPO, cli_env, run_cli

from unionbulletin.domain import AddressBook, Leader, OrgSettings, Period, PlanLayout, RecipientGroup
from unionbulletin.domain.exchange import from_exchange
from unionbulletin.fileio import TEMP_PREFIX
from unionbulletin.storage import (
    Database,
    DatabaseDamaged,
    DatabaseLocked,
    DatabaseReadOnly,
    DatabaseTooNew,
    DatabaseWriteFailed,
    StorageError,
    backups,
    default_db_path,
    migrations,
)
from unionbulletin.storage.errors import FileDamage


@pytest.fixture
def sample(fixtures_dir: Path) -> Any:
    return from_exchange(json.loads((fixtures_dir / "sample-2020.json").read_text("utf-8")))


def _snapshot(folder: Path) -> dict[str, bytes]:
    """Every file under `folder` (lock files aside) with its bytes."""
    return {
        str(p.relative_to(folder)): p.read_bytes()
        for p in sorted(folder.rglob("*"))
        if p.is_file() and not p.name.endswith(".lock")
    }


def _created(path: Path) -> Path:
    """A data file on disk holding the seeded examples."""
    Database.open(path).close()
    assert path.is_file()
    return path


def _db_with_backup(tmp_path: Path, sample: Any) -> tuple[Path, Path]:
    """A data file with one daily backup (the state before the first write of the day)."""
    path = _created(tmp_path / "data" / "bulletins.json")
    with Database.open(path) as db:
        db.add(sample)
        found = db.backups()
    assert len(found) == 1
    return path, found[0]


# ---- a new file -------------------------------------------------------------------------------------


def test_new_file_has_the_examples_and_an_address_book(tmp_path: Path) -> None:
    path = tmp_path / "sub" / "dir" / "bulletins.json"
    with Database.open(path) as db:
        rows = db.list_bulletins()
        assert [(r.id, r.period) for r in rows] == [(2, Period(2020, 8)), (1, Period(2018, 11))]
        assert rows[0].title == "荆州市总工会八月份工作综述"
        assert (rows[0].items, rows[0].tasks, rows[1].items, rows[1].tasks) == (6, 9, 8, 0)
        book = db.address_book()
        assert set(book.leader_names()) == {"高启秀", "郭红萍", "张征军"}
        assert "权益保障部" in book.departments and "商贸服务业工会" in book.departments
        groups = {g.name: g.members for g in book.recipient_groups}
        assert len(groups) == 2
        assert ("省总工会", "市“四大家”有关领导", "市“四大家”办公室") in groups.values()
        assert ("各县市区总工会", "市总机关各部室", "各驻会产业工会") in groups.values()
        assert db.settings().editor == "董军"
        assert path.is_file()
        assert db.backups() == []  # nothing to back up yet
    with Database.open(path, read_only=True) as db:
        assert len(db.list_bulletins()) == 2


def test_new_file_without_examples(tmp_path: Path) -> None:
    with Database.open(tmp_path / "b.json", seed_examples=False) as db:
        assert db.list_bulletins() == []
        assert db.address_book() == AddressBook()
        assert db.settings() == OrgSettings()


def test_read_only_on_a_missing_file_creates_nothing(tmp_path: Path) -> None:
    with Database.open(tmp_path / "nothing.json", read_only=True) as db:
        assert len(db.list_bulletins()) == 2
        with pytest.raises(DatabaseReadOnly):
            db.add(db.get(1))
    assert list(tmp_path.iterdir()) == []


def test_default_path_is_in_the_user_data_folder(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("XDG_DATA_HOME", str(tmp_path))
    assert default_db_path() == tmp_path / "unionbulletin" / "bulletins.json"


# ---- the repository ---------------------------------------------------------------------------------


def test_add_get_update_delete_and_reopen(tmp_path: Path, sample: Any) -> None:
    path = tmp_path / "b.json"
    with Database.open(path, seed_examples=False) as db:
        first = db.add(sample)
        second = db.add(dataclasses.replace(sample, period=Period(2020, 9), total_number=7))
        assert db.get(first) == sample
        db.update(second, dataclasses.replace(sample, period=Period(2020, 9), editor="张三"))
        db.delete(first)
        with pytest.raises(KeyError):
            db.get(first)
        with pytest.raises(KeyError):
            db.update(first, sample)
        with pytest.raises(KeyError):
            db.delete(first)
    with Database.open(path) as db:
        assert [r.id for r in db.list_bulletins()] == [second]
        stored = db.get(second)
        assert stored.editor == "张三"
        assert stored.total_number is None  # update replaces the whole document
        assert db.add(sample) == second + 1  # ids are never reused, even after deleting
        db.delete(second + 1)
    with Database.open(path) as db:
        assert db.add(sample) == second + 2


def test_list_is_newest_first_and_search_finds_text(tmp_path: Path, sample: Any) -> None:
    with Database.open(tmp_path / "b.json") as db:
        older = db.add(dataclasses.replace(sample, period=Period(2019, 3)))
        same_month = db.add(sample)
        rows = db.list_bulletins()
        assert [r.id for r in rows] == [same_month, 2, older, 1]
        assert [r.id for r in db.search("快递小哥")] == [same_month, 2, older]
        assert [r.id for r in db.search("第五次代表大会")] == [1]
        assert [r.id for r in db.search("高启秀")] == [same_month, 2, older]  # task leaders count too
        assert [r.id for r in db.search("  ")] == [r.id for r in rows]
        assert db.search("找不到的文字") == []


def test_row_json_and_line(tmp_path: Path) -> None:
    with Database.open(tmp_path / "b.json") as db:
        row = db.list_bulletins()[1]
    assert row.to_json() == {
        "id": 1,
        "title": "荆州市总工会十一月份工作完成情况",
        "date": "2018-12-12",
        "period": {"year": 2018, "month": 11},
        "issue_number": None,
        "items": 8,
        "tasks": 0,
    }
    assert "荆州市总工会十一月份工作完成情况" in row.to_line() and "2018年11月" in row.to_line()


def test_settings_and_address_book_round_trip(tmp_path: Path) -> None:
    path = tmp_path / "b.json"
    settings = OrgSettings(
        org="某某市总工会",
        series="工作简报",
        issue_format="{year}年第{n}期",
        editor="李四",
        phone="123",
        plan_layout=PlanLayout.TABLE,
        hanging_punctuation=False,
        font_files=(("body", "/fonts/仿宋.ttf"),),
    )
    book = AddressBook(
        leaders=(Leader("王五", "副主席"),),
        departments=("办公室",),
        recipient_groups=(RecipientGroup("上级", ("省总工会",)),),
    )
    with Database.open(path) as db:
        db.save_settings(settings)
        db.save_address_book(book)
    with Database.open(path, read_only=True) as db:
        assert db.settings() == settings
        assert db.address_book() == book


def test_get_returns_the_same_snapshot_until_changed(tmp_path: Path, sample: Any) -> None:
    with Database.open(tmp_path / "b.json") as db:
        a = db.get(2)
        assert db.get(2) is a  # item ids stay stable for the window
        db.add(sample)
        assert db.get(2) is a


# ---- atomic writes and encodings ---------------------------------------------------------------------


def test_chinese_is_stored_unescaped_and_no_temp_is_left(tmp_path: Path, sample: Any) -> None:
    path = tmp_path / "b.json"
    with Database.open(path) as db:
        db.add(sample)
    raw = path.read_bytes()
    assert "荆州市总工会".encode() in raw
    assert b"\\u" not in raw
    assert not raw.startswith(b"\xef\xbb\xbf")
    assert not list(tmp_path.rglob(TEMP_PREFIX + "*"))


def test_a_file_with_a_bom_opens(tmp_path: Path, sample: Any) -> None:
    path = tmp_path / "b.json"
    with Database.open(path) as db:
        db.add(sample)
    path.write_bytes(b"\xef\xbb\xbf" + path.read_bytes())
    with Database.open(path) as db:
        assert len(db.list_bulletins()) == 3
        db.delete(1)
    assert not path.read_bytes().startswith(b"\xef\xbb\xbf")
    result = run_cli("list", "--json", db=path)
    assert result.returncode == 0, result.stderr
    assert [r["id"] for r in json.loads(result.stdout)] == [3, 2]


def test_failed_write_keeps_the_old_file_and_a_usable_database(
    tmp_path: Path, sample: Any, monkeypatch: pytest.MonkeyPatch
) -> None:
    path = tmp_path / "b.json"
    with Database.open(path) as db:
        db.add(sample)  # today's backup exists, so the failing write below only writes the file
        before = path.read_bytes()

        # A full disk cannot be made here; fsync failing with ENOSPC is what it looks like.
        def full(fd: int) -> None:
            raise OSError(errno.ENOSPC, "No space left on device")

        monkeypatch.setattr(os, "fsync", full)
        with pytest.raises(DatabaseWriteFailed, match="磁盘空间不足"):
            db.add(sample)
        with pytest.raises(DatabaseWriteFailed):
            db.update(1, sample)
        monkeypatch.undo()
        assert path.read_bytes() == before
        assert not list(tmp_path.glob(TEMP_PREFIX + "*"))
        assert [r.id for r in db.list_bulletins()] == [3, 2, 1]
        assert db.get(1).summary.title == "荆州市总工会十一月份工作完成情况"
        assert db.add(sample) == 4  # the failed insert stored nothing, not even its id
    assert json.loads(path.read_bytes())["meta"]["1"]["next_bulletin_id"] == 5


def test_read_only_database_refuses_every_write(tmp_path: Path, sample: Any) -> None:
    path = _created(tmp_path / "b.json")
    before = path.read_bytes()
    with Database.open(path, read_only=True) as db:
        assert db.read_only
        for write in (
            lambda: db.add(sample),
            lambda: db.update(1, sample),
            lambda: db.delete(1),
            lambda: db.save_settings(OrgSettings()),
            lambda: db.save_address_book(AddressBook()),
        ):
            with pytest.raises(StorageError, match="只读"):
                write()
    assert path.read_bytes() == before


def test_read_only_database_sees_changes_made_by_the_writer(tmp_path: Path, sample: Any) -> None:
    path = tmp_path / "b.json"
    with Database.open(path) as writer, Database.open(path, read_only=True) as reader:
        assert len(reader.list_bulletins()) == 2
        new_id = writer.add(sample)
        assert reader.get(new_id) == sample


def test_closed_database_refuses_use(tmp_path: Path) -> None:
    db = Database.open(tmp_path / "b.json")
    db.close()
    db.close()
    with pytest.raises(StorageError, match="已关闭"):
        db.list_bulletins()


# ---- damaged files ----------------------------------------------------------------------------------


def _schema(version: int) -> Any:
    def damage(raw: bytes) -> bytes:
        data = json.loads(raw)
        data["meta"]["1"]["schema_version"] = version
        return json.dumps(data, ensure_ascii=False).encode()

    return damage


DAMAGE = {
    "zero-bytes": (lambda raw: b"", "0 字节"),
    "truncated": (lambda raw: raw[: len(raw) // 2], "中途结束"),
    # no trace of a data file left: said plainly (storage/classify.py), the backup still named
    "random-bytes": (lambda raw: bytes((i * 7919 + 13) % 256 for i in range(4096)), "这不是简报数据文件"),
    "wrong-shape-list": (lambda raw: b"[1, 2, 3]", "这不是简报数据文件"),
    "garbled-bytes": (lambda raw: raw[:100] + b"\xff\xfe" + raw[102:], "UTF-8"),
    "wrong-shape-no-meta": (lambda raw: b'{"bulletins": {}}', "不是 unionbulletin 的数据文件"),
    "wrong-shape-bulletin": (
        lambda raw: raw.replace("荆州市总工会八月份工作综述".encode(), b"", 1).replace(
            b'"title": ""', b'"title": 5', 1
        ),
        "summary.title",
    ),
    "newer-schema": (_schema(99), "数据格式版本 99"),
}


@pytest.mark.parametrize("kind", list(DAMAGE))
@pytest.mark.slow
def test_damaged_file_is_reported_and_never_touched(tmp_path: Path, sample: Any, kind: str) -> None:
    path, backup = _db_with_backup(tmp_path, sample)
    damage, reason = DAMAGE[kind]
    path.write_bytes(damage(path.read_bytes()))
    before = _snapshot(tmp_path)
    mtime = path.stat().st_mtime_ns

    for args in (
        ["list"],
        ["show", "1", "--json"],
        ["import", tmp_path / "nothing.json"],
        ["export", "1", "--json", tmp_path / "out.json"],
    ):
        result = run_cli(*args, db=path)
        assert result.returncode == 3, (args, result.stdout, result.stderr)
        assert str(path) in result.stderr
        assert str(backup) in result.stderr
        assert reason in result.stderr
        assert result.stdout == ""

    expected: type[DatabaseTooNew | DatabaseDamaged] = (
        DatabaseTooNew if kind == "newer-schema" else DatabaseDamaged
    )
    for read_only in (False, True):
        with pytest.raises(expected) as info:
            Database.open(path, read_only=read_only)
        assert isinstance(info.value, DatabaseTooNew | DatabaseDamaged)
        assert info.value.backup == backup
    assert _snapshot(tmp_path) == before
    assert path.stat().st_mtime_ns == mtime


def test_damage_message_without_a_backup(tmp_path: Path) -> None:
    path = tmp_path / "b.json"
    path.write_bytes(b"")
    result = run_cli("list", db=path)
    assert result.returncode == 3
    assert "已损坏" in result.stderr and "没有找到完好的备份" in result.stderr
    assert path.read_bytes() == b""


def test_newest_good_backup_skips_damaged_copies(tmp_path: Path, sample: Any) -> None:
    path, good = _db_with_backup(tmp_path, sample)
    newer = good.with_name(f"bulletins-{dt.datetime.now():%Y%m%d}-235959-daily.json")
    newer.write_bytes(b'{"meta": ')
    assert backups.list_backups(path)[0] == newer
    assert backups.newest_good_backup(path) == good
    path.write_bytes(b"")
    with pytest.raises(DatabaseDamaged) as info:
        Database.open(path)
    assert info.value.backup == good
    assert str(good) in str(info.value)


def test_a_file_damaged_while_open_is_not_overwritten(tmp_path: Path, sample: Any) -> None:
    path = _created(tmp_path / "b.json")
    damaged = b'{"meta": {"1": {"schema_version": 1}}, "bulletins": ['
    with Database.open(path) as writer, Database.open(path, read_only=True) as reader:
        path.write_bytes(damaged)  # another program writes over it while we have it open
        with pytest.raises(DatabaseDamaged):
            writer.add(sample)
        with pytest.raises(DatabaseDamaged):
            reader.list_bulletins()
    assert path.read_bytes() == damaged


# ---- the lock ---------------------------------------------------------------------------------------

HOLDER = textwrap.dedent("""
    import sys
    from unionbulletin.storage import Database
    db = Database.open(sys.argv[1])
    print("ready", flush=True)
    sys.stdin.readline()
    db.close()
""")


@pytest.mark.slow
def test_second_process_on_a_locked_file_writes_nothing(tmp_path: Path, fixtures_dir: Path) -> None:
    path = _created(tmp_path / "b.json")
    holder = subprocess.Popen(
        [sys.executable, "-c", HOLDER, str(path)],
        stdin=subprocess.PIPE,
        stdout=subprocess.PIPE,
        text=True,
        cwd=REPO,
        env=cli_env(),
    )
    try:
        assert holder.stdout is not None and holder.stdout.readline().strip() == "ready"
        before = _snapshot(tmp_path)
        mtime = path.stat().st_mtime_ns

        result = run_cli("import", fixtures_dir / "sample-2018.json", db=path)
        assert result.returncode == 3, result.stderr
        assert str(path) in result.stderr and "正被另一个" in result.stderr and "只读" in result.stderr

        listed = run_cli("list", "--json", db=path)  # read-only still works
        assert listed.returncode == 0, listed.stderr
        assert len(json.loads(listed.stdout)) == 2

        with pytest.raises(DatabaseLocked):
            Database.open(path)
        with Database.open(path, read_only=True) as db:
            assert len(db.list_bulletins()) == 2

        assert _snapshot(tmp_path) == before
        assert path.stat().st_mtime_ns == mtime
    finally:
        holder.kill()
        holder.communicate()  # reaps it and closes the pipes
    # a killed holder leaves no lock behind
    with Database.open(path) as db:
        assert len(db.list_bulletins()) == 2


def test_the_same_process_cannot_open_a_file_twice_for_writing(tmp_path: Path) -> None:
    path = tmp_path / "b.json"
    with Database.open(path):
        with pytest.raises(DatabaseLocked):
            Database.open(path)
        Database.open(path, read_only=True).close()
    Database.open(path).close()  # released on close


# ---- migrations -------------------------------------------------------------------------------------


def _to_next(tables: dict[str, Any]) -> dict[str, Any]:
    """A stand-in migration: the next version would store the editor's name in upper case."""
    for doc in tables.get("bulletins", {}).values():
        doc["bulletin"]["editor"] = doc["bulletin"]["editor"].upper() + "（next）"
    return tables


def test_migration_backs_up_then_migrates(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    path = _created(tmp_path / "b.json")
    old = path.read_bytes()
    shipped = list(migrations.MIGRATIONS)
    nxt = len(shipped) + 2

    monkeypatch.setattr(migrations, "MIGRATIONS", [*shipped, _to_next])
    with Database.open(path, read_only=True) as db:  # read-only: migrated in memory only
        assert db.get(2).editor == "董军（next）"
    assert path.read_bytes() == old
    assert not (tmp_path / "backups").exists()

    with Database.open(path) as db:
        assert db.get(2).editor == "董军（next）"
        found = db.backups()
    assert [p.name.endswith(f"-before-v{nxt}.json") for p in found] == [True]
    assert found[0].read_bytes() == old
    stored = json.loads(path.read_bytes())
    assert stored["meta"]["1"]["schema_version"] == nxt
    assert stored["bulletins"]["2"]["bulletin"]["editor"] == "董军（next）"

    with Database.open(path) as db:  # already current: not migrated again
        assert db.get(2).editor == "董军（next）"
    assert len(backups.list_backups(path)) == 1

    monkeypatch.setattr(migrations, "MIGRATIONS", shipped)
    with pytest.raises(DatabaseTooNew, match=f"版本 {nxt}"):
        Database.open(path)


def test_a_failing_migration_leaves_the_file_alone(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    path = _created(tmp_path / "b.json")
    v1 = path.read_bytes()

    def broken(tables: dict[str, Any]) -> dict[str, Any]:
        raise FileDamage("第 1 号简报缺少 editor")

    monkeypatch.setattr(migrations, "MIGRATIONS", [*migrations.MIGRATIONS, broken])
    with pytest.raises(DatabaseDamaged, match="缺少 editor"):
        Database.open(path)
    assert path.read_bytes() == v1


# ---- backups ----------------------------------------------------------------------------------------


def test_daily_backup_once_a_day_with_the_state_before_the_write(tmp_path: Path, sample: Any) -> None:
    path = _created(tmp_path / "b.json")
    created = path.read_bytes()
    with Database.open(path) as db:
        assert db.backups() == []
        db.add(sample)
        db.add(sample)
        assert len(db.backups()) == 1
        assert db.backups()[0].read_bytes() == created
    with Database.open(path) as db:
        db.delete(3)
        assert len(db.backups()) == 1


def test_daily_backups_rotate(tmp_path: Path) -> None:
    path = _created(tmp_path / "b.json")
    start = dt.datetime(2024, 1, 1, 9, 30)
    for day in range(15):
        now = start + dt.timedelta(days=day)
        assert backups.daily_backup_if_needed(path, now) is not None
        assert backups.daily_backup_if_needed(path, now + dt.timedelta(hours=1)) is None
    for n in range(7):
        backups.make_backup(path, f"before-v{n + 2}", start + dt.timedelta(minutes=n))
    found = backups.list_backups(path)
    daily = [p.name for p in found if p.name.endswith("-daily.json")]
    assert daily == [f"b-202401{d:02d}-093000-daily.json" for d in range(15, 5, -1)]
    assert len([p for p in found if "before-v" in p.name]) == backups.KEEP_MIGRATION
    assert found[0].name == "b-20240115-093000-daily.json"
    assert all(backups.is_good_backup(p) for p in found)


def test_backups_of_two_files_in_one_folder_stay_apart(tmp_path: Path) -> None:
    for name in ("a.json", "a-b.json"):
        _created(tmp_path / name)
        backups.make_backup(tmp_path / name, "daily", dt.datetime(2024, 1, 1))
    assert [p.name for p in backups.list_backups(tmp_path / "a.json")] == ["a-20240101-000000-daily.json"]
    assert [p.name for p in backups.list_backups(tmp_path / "a-b.json")] == ["a-b-20240101-000000-daily.json"]
    backups.make_backup(tmp_path / "a.json", "daily", dt.datetime(2024, 1, 1))
    assert len(backups.list_backups(tmp_path / "a.json")) == 2  # same second: a numbered name


# ---- stale temp files -------------------------------------------------------------------------------


def test_stale_temps_of_a_crashed_run_are_removed_at_open(tmp_path: Path) -> None:
    path = _created(tmp_path / "b.json")
    (tmp_path / "backups").mkdir()
    old = [tmp_path / f"{TEMP_PREFIX}crashed.json", tmp_path / "backups" / f"{TEMP_PREFIX}x.json"]
    fresh = tmp_path / f"{TEMP_PREFIX}writing-now.json"
    for p in [*old, fresh]:
        p.write_bytes(b'{"half')
    hour_ago = time.time() - 3600
    for p in old:
        os.utime(p, (hour_ago, hour_ago))
    with Database.open(path, read_only=True):
        assert all(p.exists() for p in old)  # read-only opening changes nothing
    with Database.open(path):
        pass
    assert not any(p.exists() for p in old)
    assert fresh.exists()  # may belong to a running export
