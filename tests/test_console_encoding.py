"""The command line on consoles that cannot show every character (GBK on Chinese Windows, cp1252 on
English Windows, any `PYTHONIOENCODING`): text output never raises, `--json` is always UTF-8."""

from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path

import pytest
from _cli import REPO, cli_env

# A text bulletin with one byte that is neither UTF-8 nor GB18030: the import warns with U+FFFD.
BROKEN_TEXT = "荆州市总工会八月份工作综述\n一、工作情况\n".encode() + b"\xff" + "继续推进。\n".encode()


def run(*args: str | Path, encoding: str, db: Path) -> subprocess.CompletedProcess[bytes]:
    env = cli_env()
    env["PYTHONIOENCODING"] = encoding
    return subprocess.run(
        [sys.executable, "-m", "unionbulletin", "--db", str(db), *map(str, args)],
        capture_output=True,
        cwd=REPO,
        env=env,
        timeout=60,
    )


def bulletin_count(db: Path) -> int:
    listed = run("list", "--json", encoding="utf-8", db=db)
    assert listed.returncode == 0, listed.stderr.decode("utf-8", "replace")
    return len(json.loads(listed.stdout.decode("utf-8")))


@pytest.mark.parametrize("encoding", ["gbk", "cp1252", "ascii"])
@pytest.mark.slow
def test_import_warning_with_replacement_character_does_not_fail_after_saving(
    tmp_path: Path, encoding: str
) -> None:
    """Issue 12, finding 11: the import was saved, then printing its warning raised and exit was 1,
    so a script retried and imported it twice."""
    db = tmp_path / "b.json"
    source = tmp_path / "八月.txt"
    source.write_bytes(BROKEN_TEXT)
    before = bulletin_count(db)
    result = run("import", source, encoding=encoding, db=db)
    out = result.stdout.decode(encoding)
    assert result.returncode == 0, result.stderr.decode(encoding, "replace")
    assert b"Traceback" not in result.stderr
    assert "3" in out and out.count("\n") >= 2  # the result line and the warning line
    assert bulletin_count(db) == before + 1


@pytest.mark.parametrize("encoding", ["gbk", "cp1252"])
@pytest.mark.slow
def test_text_commands_do_not_raise(tmp_path: Path, encoding: str) -> None:
    db = tmp_path / "b.json"
    listed = run("list", encoding=encoding, db=db)
    assert listed.returncode == 0, listed.stderr.decode(encoding, "replace")
    lines = listed.stdout.decode(encoding).splitlines()
    assert len(lines) == 2 and lines[0].split()[0] == "2"
    if encoding == "gbk":
        assert "荆州市总工会八月份工作综述" in lines[0]

    fonts = run("fonts", encoding=encoding, db=db)  # the '⚠' of a substitute font has no GBK code
    assert fonts.returncode == 0, fonts.stderr.decode(encoding, "replace")
    assert b"Traceback" not in fonts.stderr

    checked = run("check", "2", encoding=encoding, db=db)
    assert checked.returncode in (0, 1)
    assert b"Traceback" not in checked.stderr

    missing = run("show", "99", encoding=encoding, db=db)  # a Chinese error on stderr
    assert missing.returncode == 2
    assert b"Traceback" not in missing.stderr and missing.stderr.strip()


@pytest.mark.parametrize("encoding", ["gbk", "cp1252", "ascii", "utf-16"])
@pytest.mark.slow
def test_json_output_is_always_utf8(tmp_path: Path, encoding: str, fixtures_dir: Path) -> None:
    db = tmp_path / "b.json"
    assert run("import", fixtures_dir / "sample-2018.json", encoding="utf-8", db=db).returncode == 0
    reference = {
        name: run(*cmd, encoding="utf-8", db=db).stdout
        for name, cmd in {
            "list": ("list", "--json"),
            "show": ("show", "2", "--json"),
            "check": ("check", "2", "--json"),
            "fonts": ("fonts", "--json"),
        }.items()
    }
    for name, cmd in {
        "list": ("list", "--json"),
        "show": ("show", "2", "--json"),
        "check": ("check", "2", "--json"),
        "fonts": ("fonts", "--json"),
    }.items():
        result = run(*cmd, encoding=encoding, db=db)
        assert result.returncode in (0, 1), (name, result.stderr.decode("utf-8", "replace"))
        if name == "check":  # ids in findings differ per process: compare the messages
            assert _without_ids(result.stdout) == _without_ids(reference[name])
        else:
            assert result.stdout == reference[name], name
    shown = json.loads(reference["show"].decode("utf-8"))
    assert shown["summary"]["items"][0]["heading"]  # real Chinese content came through
    assert "荆州市总工会" in reference["list"].decode("utf-8")


def _without_ids(output: bytes) -> list[str]:
    return [f["message"] for f in json.loads(output.decode("utf-8"))]


def test_json_of_an_import_is_utf8(tmp_path: Path) -> None:
    db = tmp_path / "b.json"
    source = tmp_path / "八月.txt"
    source.write_bytes(BROKEN_TEXT)
    result = run("import", source, "--json", encoding="gbk", db=db)
    assert result.returncode == 0
    summary = json.loads(result.stdout.decode("utf-8"))
    assert summary["warnings"] and "\ufffd" in summary["warnings"][0]


def test_streams_without_console_are_left_alone() -> None:
    """The windowed Windows program has sys.stdout = None: nothing to reconfigure, nothing to write."""
    code = (
        "import sys; sys.stdout = None; sys.stderr = None\n"
        "from unionbulletin.console import make_streams_safe, write_json\n"
        "make_streams_safe(); write_json({'a': 1})\n"
    )
    env = cli_env()
    result = subprocess.run([sys.executable, "-c", code], capture_output=True, cwd=REPO, env=env, timeout=60)
    assert result.returncode == 0 and result.stdout == b""
