"""The 期号 pattern of the settings is checked by formatting sample numbers (issue 12, finding 10).

On main ``第{n.x}期`` and ``第{n[0]}期`` passed the dialog's check and then every layout failed, and
``{n:>300000000}`` made an export build a 300 MB line. They are refused with a Chinese sentence now,
and a bad pattern already stored in a data file falls back to 第{n}期 in layout, export and check.
"""

from __future__ import annotations

import dataclasses
import json
from pathlib import Path

import pdfplumber
import pytest
from _cli import run_cli

from unionbulletin.domain.conventions import issue_text
from unionbulletin.domain.issue_format import issue_format_example, issue_format_problem
from unionbulletin.storage.database import Database

BAD = [
    "第{n.x}期",
    "第{n[0]}期",
    "{n:>300000000}",
    "第{n!r}期",
    "{n:{year}}",
    "第{number}期",
    "第{n期",
    "{year.real}年第{n}期",
    "第{n:,}期" * 30,
]


@pytest.mark.parametrize("pattern", BAD)
def test_bad_patterns_are_refused_in_chinese(pattern: str) -> None:
    problem = issue_format_problem(pattern)
    assert problem is not None and problem.startswith("期号格式") and problem.endswith("。")
    assert issue_format_example(pattern) is None


@pytest.mark.parametrize(
    ("pattern", "example"),
    [
        ("第{n}期", "第9期"),
        ("{year}年第{n}期（总第{total}期）", "2020年第9期（总第121期）"),
        ("第{n:02d}期", "第09期"),
        ("第{n:>3}期", "第  9期"),
        ("第{{n}}期", "第{n}期"),
    ],
)
def test_good_patterns_give_their_example(pattern: str, example: str) -> None:
    assert issue_format_problem(pattern) is None
    assert issue_format_example(pattern) == example


def _stored_with_pattern(tmp_path: Path, pattern: str) -> Path:
    """A real data file whose settings hold ``pattern``, written as an older version could have."""
    path = tmp_path / "b.json"
    with Database.open(path) as db:
        db.update(2, dataclasses.replace(db.get(2), issue_number=7))
    doc = json.loads(path.read_text(encoding="utf-8"))
    doc["settings"]["1"]["issue_format"] = pattern
    path.write_text(json.dumps(doc, ensure_ascii=False), encoding="utf-8")
    return path


@pytest.mark.parametrize("pattern", ["第{n.x}期", "第{n[0]}期", "{n:>300000000}"])
@pytest.mark.slow
def test_a_stored_bad_pattern_falls_back_in_layout_export_and_check(tmp_path: Path, pattern: str) -> None:
    db = _stored_with_pattern(tmp_path, pattern)
    with Database.open(db, read_only=True) as opened:
        assert opened.settings().issue_format == pattern
        assert issue_text(opened.get(2), pattern) == "第7期"
    pdf, docx = tmp_path / "out.pdf", tmp_path / "out.docx"
    for args in (("export", "2", "--pdf", pdf), ("export", "2", "--docx", docx)):
        result = run_cli(*args, db=db, timeout=120)
        assert result.returncode == 0, result.stderr
        assert "Traceback" not in result.stderr
    with pdfplumber.open(pdf) as document:
        assert "第7期" in (document.pages[0].extract_text() or "")
    assert docx.stat().st_size < 2_000_000
    check = run_cli("check", "2", db=db, timeout=120)
    assert check.returncode in (0, 1) and "Traceback" not in check.stderr
