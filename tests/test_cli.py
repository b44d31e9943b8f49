"""The `unionbulletin` command line as a user runs it: a real subprocess on real files."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from _cli import run_cli

from unionbulletin import __version__


def test_version() -> None:
    result = run_cli("--version")
    assert result.returncode == 0
    assert result.stdout.strip() == f"unionbulletin {__version__}"


@pytest.mark.slow
def test_without_db_the_user_data_folder_is_used(tmp_path: Path, fixtures_dir: Path) -> None:
    home = tmp_path / "home"
    expected = home / ".local" / "share" / "unionbulletin" / "bulletins.json"

    listed = run_cli("list", "--json", home=home)  # read-only: shows the examples, creates nothing
    assert listed.returncode == 0, listed.stderr
    assert [r["id"] for r in json.loads(listed.stdout)] == [2, 1]
    assert not expected.exists()

    imported = run_cli("import", fixtures_dir / "sample-2018.json", home=home)
    assert imported.returncode == 0, imported.stderr
    assert "已导入为第 3 号：荆州市总工会十一月份工作完成情况（8 条工作，0 项安排）" in imported.stdout
    assert expected.is_file()
    assert [r["id"] for r in json.loads(run_cli("list", "--json", home=home).stdout)] == [2, 3, 1]


def test_list_text_and_json(tmp_path: Path) -> None:
    db = tmp_path / "b.json"
    text = run_cli("list", db=db)
    assert text.returncode == 0, text.stderr
    lines = text.stdout.splitlines()
    assert len(lines) == 2
    assert lines[0].split()[0] == "2" and "荆州市总工会八月份工作综述" in lines[0] and "2020年" in lines[0]
    assert lines[1].split()[0] == "1" and "十一月份工作完成情况" in lines[1]

    rows = json.loads(run_cli("list", "--json", db=db).stdout)
    assert rows[0] == {
        "id": 2,
        "title": "荆州市总工会八月份工作综述",
        "date": None,
        "period": {"year": 2020, "month": 8},
        "issue_number": None,
        "items": 6,
        "tasks": 9,
    }


@pytest.mark.slow
def test_import_json_output_and_show(tmp_path: Path, fixtures_dir: Path) -> None:
    db = tmp_path / "b.json"
    result = run_cli("import", fixtures_dir / "sample-2020.json", "--json", db=db)
    assert result.returncode == 0, result.stderr
    assert json.loads(result.stdout) == {
        "id": 3,
        "title": "荆州市总工会八月份工作综述",
        "items": 6,
        "tasks": 9,
        "warnings": [],
    }
    shown = run_cli("show", "3", "--json", db=db)
    assert shown.returncode == 0
    data = json.loads(shown.stdout)
    assert data["plan"]["tasks"][8]["leaders"] == ["高启秀", "张征军"]
    assert "\\u" not in shown.stdout  # Chinese printed as it is


@pytest.mark.slow
def test_unknown_id_and_missing_files(tmp_path: Path) -> None:
    db = tmp_path / "b.json"
    for args in (["show", "9", "--json"], ["export", "9", "--json", tmp_path / "o.json"]):
        result = run_cli(*args, db=db)
        assert result.returncode == 2
        assert "没有编号为 9 的简报" in result.stderr
    assert not db.exists()  # read-only commands create nothing
    missing = run_cli("import", tmp_path / "nope.json", db=db)
    assert missing.returncode == 2
    assert "找不到要导入的文件" in missing.stderr
    assert [r["id"] for r in json.loads(run_cli("list", "--json", db=db).stdout)] == [2, 1]


@pytest.mark.slow
def test_export_json(tmp_path: Path, fixtures_dir: Path) -> None:
    db = tmp_path / "b.json"
    out = tmp_path / "导出" / "八月.json"
    bad = run_cli("export", "2", "--json", out, db=db)
    assert bad.returncode == 2
    assert "文件夹不存在" in bad.stderr
    out.parent.mkdir()
    good = run_cli("export", "2", "--json", out, db=db)
    assert good.returncode == 0, good.stderr
    assert str(out) in good.stdout
    assert json.loads(out.read_text(encoding="utf-8")) == json.loads(
        (fixtures_dir / "sample-2020.json").read_text(encoding="utf-8")
    )


@pytest.mark.slow
def test_read_only_commands_do_not_write(tmp_path: Path, fixtures_dir: Path) -> None:
    db = tmp_path / "b.json"
    assert run_cli("import", fixtures_dir / "sample-2020.json", db=db).returncode == 0
    before, mtime = db.read_bytes(), db.stat().st_mtime_ns
    names = sorted(p.name for p in tmp_path.rglob("*"))
    out = tmp_path / "x"
    for args in (["list"], ["list", "--json"], ["show", "1", "--json"], ["export", "1", "--json", out]):
        assert run_cli(*args, db=db).returncode == 0
    assert db.read_bytes() == before and db.stat().st_mtime_ns == mtime
    assert sorted(p.name for p in tmp_path.rglob("*")) == sorted([*names, "x"])


def test_usage_errors_exit_2(tmp_path: Path) -> None:
    for args in (["show"], ["export", "1"], ["show", "abc"], ["frobnicate"]):
        result = run_cli(*args, db=tmp_path / "b.json")
        assert result.returncode == 2, args
        assert result.stderr


@pytest.mark.slow
def test_check_json_is_the_same_from_one_run_to_the_next(tmp_path: Path) -> None:
    """Tools compare `check --json` outputs; item ids made at load time used to differ per run."""
    db = tmp_path / "bulletins.json"
    runs = [run_cli("check", "2", "--json", db=db) for _ in range(2)]
    assert all(r.returncode in (0, 1) for r in runs), runs[0].stderr
    assert json.loads(runs[0].stdout) and runs[0].stdout == runs[1].stdout


def test_usage_errors_are_in_chinese(tmp_path: Path) -> None:
    """argparse's own texts (usage, missing or unknown arguments, bad values) used to be English."""
    db = tmp_path / "bulletins.json"
    cases = {
        ("export",): "缺少参数：id",
        ("export", "abc", "--pdf", "x.pdf"): "'abc' 不是有效的值",
        ("frobnicate",): "没有 'frobnicate' 这一项",
        ("list", "--bogus"): "无法识别的参数：--bogus",
        ("export", "1", "--pdf", "a.pdf", "--docx", "b.docx"): "不能与参数 --pdf 同时使用",
    }
    for args, expected in cases.items():
        result = run_cli(*args, db=db)
        assert result.returncode == 2, args
        assert expected in result.stderr and "用法：" in result.stderr, (args, result.stderr)
        assert "error:" not in result.stderr and "usage:" not in result.stderr, result.stderr
    assert "显示本帮助并退出" in run_cli("--help").stdout


def test_history_of_a_bulletin_that_never_was(tmp_path: Path) -> None:
    result = run_cli("history", "999", db=tmp_path / "bulletins.json")
    assert result.returncode == 2 and "没有编号为 999 的简报" in result.stderr
