"""留底: snapshots of every output in the data file, `history`, and `export --snapshot` re-creating it.

Real TinyDB files in tmp_path, the real command line, PDFs compared glyph by glyph with pdfplumber.
"""

from __future__ import annotations

import dataclasses
import json
from pathlib import Path

import pytest
from _cli import run_cli
from _pdf_chars import page_chars, same_pages

from unionbulletin.domain import Bulletin, OrgSettings, Period, PlanLayout
from unionbulletin.domain.exchange import from_exchange, to_exchange
from unionbulletin.storage import Database
from unionbulletin.storage.snapshots import CONTENTS, SNAPSHOTS, SnapshotError, SnapshotStore

FIXTURES = Path(__file__).resolve().parent / "fixtures"


def _fixture(name: str) -> Bulletin:
    return from_exchange(json.loads((FIXTURES / f"{name}.json").read_text(encoding="utf-8")))


def _edited(b: Bulletin, extra: str = "，并作了补充说明") -> Bulletin:
    item = b.summary.items[0]
    items = (dataclasses.replace(item, body=item.body + extra), *b.summary.items[1:])
    return dataclasses.replace(b, summary=dataclasses.replace(b.summary, items=items))


@pytest.fixture
def db_path(tmp_path: Path) -> Path:
    path = tmp_path / "bulletins.json"
    with Database.open(path, seed_examples=False) as db:
        db.add(_fixture("sample-2020"))
    return path


def test_identical_outputs_share_one_content_and_edits_are_small_deltas(db_path: Path) -> None:
    b = _fixture("sample-2020")
    settings = OrgSettings()
    with Database.open(db_path) as db:
        store = SnapshotStore(db)
        first = store.record(1, b, settings, "print", "HP LaserJet", layout_version=1)
        again = store.record(1, b, settings, "pdf", "x.pdf", layout_version=1)
        edited = store.record(1, _edited(b), settings, "docx", "x.docx", layout_version=1)
        assert [s.number for s in store.history(1)] == [1, 2, 3]
        assert first.content == again.content != edited.content
    tables = json.loads(db_path.read_text(encoding="utf-8"))
    contents = tables[CONTENTS]
    assert len(contents) == 2 and len(tables[SNAPSHOTS]) == 3
    whole, delta = contents[str(first.content)], contents[str(edited.content)]
    assert delta["base"] == first.content
    assert len(delta["z"]) < len(whole["z"]) / 5  # a small edit costs a small fraction
    with Database.open(db_path, read_only=True) as db:
        snap = SnapshotStore(db).get(1, 3)
        assert to_exchange(snap.bulletin) == to_exchange(_edited(b))
        assert snap.info.kind == "docx" and snap.info.file_name == "x.docx"
        with pytest.raises(SnapshotError, match="没有第 9 份留底"):
            SnapshotStore(db).get(1, 9)


def test_a_damaged_snapshot_is_refused_clearly_and_the_file_still_opens(db_path: Path) -> None:
    with Database.open(db_path) as db:
        info = SnapshotStore(db).record(
            1, _fixture("sample-2020"), OrgSettings(), "pdf", "a.pdf", layout_version=1
        )
    tables = json.loads(db_path.read_text(encoding="utf-8"))
    z = tables[CONTENTS][str(info.content)]["z"]
    tables[CONTENTS][str(info.content)]["z"] = z[:40] + ("A" if z[40] != "A" else "B") + z[41:]
    db_path.write_text(json.dumps(tables, ensure_ascii=False), encoding="utf-8")
    with Database.open(db_path) as db:
        assert db.get(1).org  # the bulletins are untouched
        with pytest.raises(SnapshotError, match=r"损坏|校验不符"):
            SnapshotStore(db).get(1, 1)
    result = run_cli("export", "1", "--snapshot", "1", "--pdf", db_path.parent / "x.pdf", db=db_path)
    assert result.returncode == 2 and "Traceback" not in result.stderr and "留底内容" in result.stderr


@pytest.mark.slow
def test_twenty_years_of_snapshots_fit_the_budget(tmp_path: Path) -> None:
    """24 bulletins × 4 outputs (2 contents each), scaled to 240 bulletins: under the budget."""
    from unionbulletin.storage.snapshots import BUDGET_MIB

    path = tmp_path / "b.json"
    samples = [_fixture("sample-2018"), _fixture("sample-2020")]
    with Database.open(path, seed_examples=False) as db:
        store = SnapshotStore(db)
        added = []
        for i in range(24):
            b = dataclasses.replace(samples[i % 2], period=Period(2005 + i // 12, i % 12 + 1))
            added.append((db.add(b), b))
        before = path.stat().st_size
        for bid, b in added:
            for kind, content in (("print", b), ("pdf", b), ("docx", _edited(b)), ("pdf", _edited(b))):
                store.record(bid, content, OrgSettings(), kind, "f", layout_version=1)
    per_bulletin = (path.stat().st_size - before) / 24
    assert per_bulletin * 240 / 2**20 < BUDGET_MIB / 4


@pytest.mark.slow
def test_export_records_history_and_recreates_what_was_sent_after_changes(
    db_path: Path, tmp_path: Path
) -> None:
    sent = tmp_path / "sent.pdf"
    assert run_cli("export", "1", "--pdf", sent, db=db_path).returncode == 0
    docx = tmp_path / "sent.docx"
    assert run_cli("export", "1", "--docx", docx, db=db_path).returncode == 0
    # afterwards the text and the settings that shape the layout change
    with Database.open(db_path) as db:
        db.update(1, _edited(db.get(1), "。另有新的内容补充在这里，使得版面整体移动" * 3))
        db.save_settings(
            dataclasses.replace(
                db.settings(), hanging_punctuation=False, plan_layout=PlanLayout.TABLE, issue_format="第{n}号"
            )
        )
    now = tmp_path / "now.pdf"
    assert run_cli("export", "1", "--pdf", now, db=db_path).returncode == 0
    history = run_cli("history", "1", "--json", db=db_path)
    assert history.returncode == 0
    rows = json.loads(history.stdout)
    assert [(r["number"], r["kind"], r["file"]) for r in rows] == [
        (1, "pdf", "sent.pdf"),
        (2, "docx", "sent.docx"),
        (3, "pdf", "now.pdf"),
    ]
    assert rows[0]["content"] == rows[1]["content"] != rows[2]["content"]
    text = run_cli("history", "1", db=db_path).stdout
    assert "sent.docx" in text and "Word" in text

    again = tmp_path / "again.pdf"
    result = run_cli("export", "1", "--snapshot", "1", "--pdf", again, db=db_path)
    assert result.returncode == 0, result.stderr
    original, recreated, current = page_chars(sent), page_chars(again), page_chars(now)
    assert same_pages(original, recreated)
    assert not same_pages(original, current)  # the comparison can tell a changed bulletin apart


@pytest.mark.slow
def test_export_while_the_file_is_in_use_still_exports(db_path: Path, tmp_path: Path) -> None:
    with Database.open(db_path):  # holds the write lock, as the window does
        result = run_cli("export", "1", "--pdf", tmp_path / "a.pdf", db=db_path)
    assert result.returncode == 0
    assert (tmp_path / "a.pdf").exists()
    assert "未能留底" in result.stderr and "Traceback" not in result.stderr


def test_history_of_a_bulletin_without_snapshots(db_path: Path) -> None:
    result = run_cli("history", "1", db=db_path)
    assert result.returncode == 0 and "还没有留底" in result.stdout
    missing = run_cli("export", "1", "--snapshot", "1", "--pdf", db_path.parent / "x.pdf", db=db_path)
    assert missing.returncode == 2 and "还没有留底" in missing.stderr


@pytest.mark.slow
def test_first_export_before_any_data_file_leaves_the_examples_alone(tmp_path: Path) -> None:
    """No data file yet: the command shows the examples from memory. Keeping a snapshot of the
    export used to create the file with no bulletin in it, so the window then opened empty."""
    path = tmp_path / "fresh" / "bulletins.json"
    path.parent.mkdir()
    for kind, name in (("--pdf", "a.pdf"), ("--docx", "a.docx")):
        result = run_cli("export", "2", kind, tmp_path / name, db=path)
        assert result.returncode == 0, result.stderr
    listed = run_cli("list", "--json", db=path)
    assert listed.returncode == 0
    assert sorted(row["id"] for row in json.loads(listed.stdout)) == [1, 2]
