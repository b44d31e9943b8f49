"""Exchange JSON: the two samples survive file → database → file unchanged, and bad input is refused
with a message naming the field while the database file keeps its bytes."""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

import pytest
from _cli import run_cli

from unionbulletin.domain.exchange import EXCHANGE_VERSION, ExchangeError, from_exchange, to_exchange
from unionbulletin.storage import Database

FIXTURES = ["sample-2018.json", "sample-2020.json"]


def _folder_bytes(folder: Path) -> dict[str, bytes]:
    return {
        str(p.relative_to(folder)): p.read_bytes()
        for p in sorted(folder.rglob("*"))
        if p.is_file() and not p.name.endswith(".lock")
    }


@pytest.mark.parametrize("name", FIXTURES)
@pytest.mark.slow
def test_sample_round_trip_through_the_command_line(tmp_path: Path, fixtures_dir: Path, name: str) -> None:
    fixture = fixtures_dir / name
    text = fixture.read_text(encoding="utf-8")
    db = tmp_path / "b.json"

    imported = run_cli("import", fixture, "--json", db=db)
    assert imported.returncode == 0, imported.stderr
    new_id = json.loads(imported.stdout)["id"]
    assert new_id == 3  # after the two seeded examples

    shown = run_cli("show", str(new_id), "--json", db=db)
    assert shown.returncode == 0, shown.stderr
    assert shown.stdout.strip() == text.strip()  # same keys, same order, same text

    out = tmp_path / "out.json"
    exported = run_cli("export", str(new_id), "--json", out, db=db)
    assert exported.returncode == 0, exported.stderr
    assert out.read_text(encoding="utf-8").strip() == text.strip()


@pytest.mark.parametrize("name", FIXTURES)
def test_sample_round_trip_through_the_file_on_disk(tmp_path: Path, fixtures_dir: Path, name: str) -> None:
    data = json.loads((fixtures_dir / name).read_text(encoding="utf-8"))
    path = tmp_path / "b.json"
    with Database.open(path, seed_examples=False) as db:
        new_id = db.add(from_exchange(data))
    stored = json.loads(path.read_bytes())["bulletins"][str(new_id)]["bulletin"]
    assert stored == data  # one schema for the file and the exchange format
    with Database.open(path, read_only=True) as db:
        assert to_exchange(db.get(new_id)) == data


def test_the_bundled_examples_are_the_fixtures(tmp_path: Path, fixtures_dir: Path) -> None:
    with Database.open(tmp_path / "b.json") as db:
        assert [to_exchange(db.get(i)) for i in (1, 2)] == [
            json.loads((fixtures_dir / name).read_text(encoding="utf-8")) for name in FIXTURES
        ]


# ---- invalid exchange JSON ----------------------------------------------------------------------------


def _valid() -> dict[str, Any]:
    return {
        "version": EXCHANGE_VERSION,
        "org": "荆州市总工会",
        "series": "工会要情摘报",
        "issue_number": 3,
        "date": "2020-09-01",
        "period": {"year": 2020, "month": 8},
        "summary": {"title": "", "items": [{"heading": "开展活动。", "body": "正文。"}]},
        "plan": {
            "title": "",
            "tasks": [
                {
                    "content": "任务",
                    "leaders": ["高启秀"],
                    "departments": ["经技部"],
                    "deadline": "九月份",
                    "status": "planned",
                }
            ],
        },
        "distribution": {"report_to": ["省总工会"], "copy_to": [], "send_to": []},
        "editor": "董军",
        "phone": "8219262",
    }


def _without(*path: str | int) -> dict[str, Any]:
    data = _valid()
    target: Any = data
    for key in path[:-1]:
        target = target[key]
    del target[path[-1]]
    return data


def _with(value: Any, *path: str | int) -> dict[str, Any]:
    data = _valid()
    target: Any = data
    for key in path[:-1]:
        target = target[key]
    target[path[-1]] = value
    return data


# (case, data, the field the message must name, a word of the message)
INVALID: list[tuple[str, Any, str, str]] = [
    ("missing org", _without("org"), "org", "缺少此字段"),
    ("missing period", _without("period"), "period", "缺少此字段"),
    ("missing month", _without("period", "month"), "period.month", "缺少此字段"),
    ("missing summary", _without("summary"), "summary", "缺少此字段"),
    ("missing heading", _without("summary", "items", 0, "heading"), "summary.items[0].heading", "缺少"),
    ("missing task content", _without("plan", "tasks", 0, "content"), "plan.tasks[0].content", "缺少"),
    ("org is a number", _with(5, "org"), "org", "应为文本"),
    ("items not a list", _with("一、二、", "summary", "items"), "summary.items", "应为列表"),
    ("leaders a string", _with("高启秀", "plan", "tasks", 0, "leaders"), "plan.tasks[0].leaders", "文本列表"),
    ("month as text", _with("8", "period", "month"), "period.month", "应为整数"),
    ("month 13", _with(13, "period", "month"), "period.month", "超出范围"),
    ("issue as text", _with("第3期", "issue_number"), "issue_number", "应为整数"),
    ("date in Chinese", _with("2020年9月1日", "date"), "date", "YYYY-MM-DD"),
    ("bad status", _with("finished", "plan", "tasks", 0, "status"), "plan.tasks[0].status", "无效"),
    ("item not an object", _with(["x"], "summary", "items", 0), "summary.items[0]", "应为对象"),
    ("newer version", _with(EXCHANGE_VERSION + 1, "version"), "version", "请升级程序"),
    ("version 0", _with(0, "version"), "version", "未知的格式版本"),
    ("version as text", _with("1", "version"), "version", "应为整数"),
    ("top level list", [_valid()], "", "顶层应为对象"),
]


def test_valid_reference_is_valid() -> None:
    assert from_exchange(_valid()).issue_number == 3


@pytest.mark.parametrize(("case", "data", "field", "word"), INVALID, ids=[c[0] for c in INVALID])
def test_invalid_exchange_names_the_field(case: str, data: Any, field: str, word: str) -> None:
    with pytest.raises(ExchangeError) as info:
        from_exchange(data)
    matching = [msg for path, msg in info.value.problems if path == field]
    assert matching, info.value.problems
    assert any(word in msg for msg in matching), matching


def test_every_problem_is_listed_at_once() -> None:
    data = _with(5, "org")
    data["period"]["month"] = "8"
    data["summary"]["items"][0]["body"] = 2
    with pytest.raises(ExchangeError) as info:
        from_exchange(data)
    assert {p for p, _ in info.value.problems} == {"org", "period.month", "summary.items[0].body"}


CLI_INVALID: list[tuple[str, bytes, str]] = [
    (
        "missing field",
        json.dumps(_without("summary", "items", 0, "heading")).encode(),
        "summary.items[0].heading",
    ),
    ("wrong type", json.dumps(_with("8", "period", "month")).encode(), "period.month"),
    ("newer version", json.dumps(_with(99, "version")).encode(), "version"),
    ("truncated", json.dumps(_valid(), ensure_ascii=False).encode()[:200], "JSON"),
    ("not utf-8", json.dumps(_valid(), ensure_ascii=False).encode("gb18030"), "UTF-8"),
    ("empty", b"", "JSON"),
]


@pytest.mark.parametrize(("case", "raw", "word"), CLI_INVALID, ids=[c[0] for c in CLI_INVALID])
def test_invalid_import_exits_2_and_changes_nothing(tmp_path: Path, case: str, raw: bytes, word: str) -> None:
    db = tmp_path / "data" / "bulletins.json"
    Database.open(db).close()
    before = _folder_bytes(db.parent)
    bad = tmp_path / "bad.json"
    bad.write_bytes(raw)

    result = run_cli("import", bad, "--json", db=db)
    assert result.returncode == 2, (result.stdout, result.stderr)
    assert word in result.stderr
    assert str(bad) in result.stderr
    assert result.stdout == ""
    assert _folder_bytes(db.parent) == before  # no write, no backup


def test_bom_prefixed_exchange_file_imports(tmp_path: Path, fixtures_dir: Path) -> None:
    src = tmp_path / "bom.json"
    src.write_bytes(b"\xef\xbb\xbf" + (fixtures_dir / "sample-2020.json").read_bytes())
    result = run_cli("import", src, "--json", db=tmp_path / "b.json")
    assert result.returncode == 0, result.stderr
    assert json.loads(result.stdout)["title"] == "荆州市总工会八月份工作综述"
