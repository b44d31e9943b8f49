"""Ignored proofreading findings are kept in the data file, beside each bulletin's exchange JSON:
stored per bulletin, kept when the bulletin is saved, migrated from schema 1, loaded by the
proofreader after a restart and shown again through 显示已忽略的问题."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from unionbulletin.controller.document import BulletinDocument
from unionbulletin.controller.proofread import Proofreader, place_key
from unionbulletin.controller.render_setup import RenderSetup
from unionbulletin.controller.session import Session
from unionbulletin.domain.exchange import from_exchange, to_exchange
from unionbulletin.storage import Database, DatabaseReadOnly, migrations


def test_stored_per_bulletin_and_kept_when_the_bulletin_is_saved(tmp_path: Path) -> None:
    path = tmp_path / "b.json"
    with Database.open(path) as db:
        assert db.ignored_findings(1) == frozenset()
        db.set_ignored_findings(1, ["b-key", "a-key", "a-key"])
        db.update(1, db.get(1))
        assert db.ignored_findings(1) == {"a-key", "b-key"}
        assert db.ignored_findings(2) == frozenset()
        with pytest.raises(KeyError):
            db.ignored_findings(99)
        with pytest.raises(KeyError):
            db.set_ignored_findings(99, ["x"])
    record = json.loads(path.read_bytes())["bulletins"]["1"]
    assert record["ignored_findings"] == ["a-key", "b-key"]
    assert "ignored_findings" not in json.dumps(record["bulletin"])  # not part of the exchange JSON
    with Database.open(path, read_only=True) as ro:
        assert ro.ignored_findings(1) == {"a-key", "b-key"}
        with pytest.raises(DatabaseReadOnly):
            ro.set_ignored_findings(1, [])


def test_a_schema_1_file_is_migrated_after_a_backup(tmp_path: Path) -> None:
    path = tmp_path / "b.json"
    with Database.open(path) as db:
        expected = [to_exchange(db.get(i)) for i in (1, 2)]
    data = json.loads(path.read_bytes())
    data["meta"]["1"]["schema_version"] = 1  # the shape before version 2: the exchange dict itself
    data["bulletins"] = {k: v["bulletin"] for k, v in data["bulletins"].items()}
    v1 = json.dumps(data, ensure_ascii=False).encode()
    path.write_bytes(v1)

    with Database.open(path) as db:
        assert [to_exchange(db.get(i)) for i in (1, 2)] == expected
        assert db.ignored_findings(1) == frozenset()
        assert [b.read_bytes() for b in db.backups()] == [v1]
    stored = json.loads(path.read_bytes())
    assert stored["meta"]["1"]["schema_version"] == migrations.current_schema() >= 2
    assert stored["bulletins"]["2"] == {"bulletin": expected[1], "ignored_findings": []}


def test_a_damaged_ignored_list_is_reported(tmp_path: Path) -> None:
    path = tmp_path / "b.json"
    Database.open(path).close()
    data = json.loads(path.read_bytes())
    data["bulletins"]["1"]["ignored_findings"] = "all"
    path.write_bytes(json.dumps(data, ensure_ascii=False).encode())
    with pytest.raises(Exception, match="ignored_findings"):
        Database.open(path)


def _planted_file(tmp_path: Path, fixtures_dir: Path) -> Path:
    """A data file with bulletin 1 and 2 both the planted-problems bulletin."""
    path = tmp_path / "b.json"
    data = json.loads((fixtures_dir / "checks-planted.json").read_text("utf-8"))
    with Database.open(path, seed_examples=False) as db:
        db.add(from_exchange(data["bulletin"]))
        db.add(from_exchange(data["bulletin"]))
    return path


def _proofreader(path: Path, *, read_only: bool = False) -> tuple[Database, Proofreader]:
    db = Database.open(path, read_only=read_only)
    session = Session(db, BulletinDocument())
    assert session.open_bulletin(2)
    proofreader = Proofreader(session, RenderSetup(db.settings()))
    proofreader.recheck()
    return db, proofreader


def test_ignored_findings_survive_a_restart_and_can_be_shown_again(
    tmp_path: Path, qapp: object, fixtures_dir: Path
) -> None:
    path = _planted_file(tmp_path, fixtures_dir)
    db, proofreader = _proofreader(path)
    # the text's findings (font findings depend on the fonts this machine has)
    found = [f for f in proofreader.findings if f.location.section != "meta"]
    assert len(found) >= 3
    ignored = {place_key(found[0]), place_key(found[1])}  # ids change from one run to the next
    proofreader.ignore(found[0])
    proofreader.ignore(found[1])
    assert ignored.isdisjoint(place_key(f) for f in proofreader.findings)
    db.close()

    db, proofreader = _proofreader(path)  # "restart": a new connection, session and proofreader
    keys = {place_key(f) for f in proofreader.findings}
    assert ignored.isdisjoint(keys)
    assert {place_key(f) for f in found[2:]} <= keys
    assert db.ignored_findings(2) == ignored
    assert db.ignored_findings(1) == frozenset()  # the other bulletin is not concerned
    assert proofreader.restore_ignored() == 2  # 显示已忽略的问题
    assert ignored <= {place_key(f) for f in proofreader.findings}
    db.close()

    db, proofreader = _proofreader(path)
    assert ignored <= {place_key(f) for f in proofreader.findings}
    assert db.ignored_findings(2) == frozenset()
    db.close()


def test_read_only_ignoring_is_kept_in_memory_only(tmp_path: Path, qapp: object, fixtures_dir: Path) -> None:
    path = _planted_file(tmp_path, fixtures_dir)
    before = path.read_bytes()
    db, proofreader = _proofreader(path, read_only=True)
    found = proofreader.findings
    proofreader.ignore(found[0])
    assert [f.key for f in proofreader.findings] == [f.key for f in found[1:]]
    db.close()
    assert path.read_bytes() == before
