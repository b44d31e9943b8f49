"""Messages that must not mislead (issue 12, finding 14).

On main a failed save said "本次修改仍在窗口中" also on the command line; a data folder where no lock
file can be created gave a message offering read-only opening with only an OK button; a command-line
import refused because another command held the file blamed a "窗口".
"""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest
from _cli import run_cli
from window_helpers import accept_next_box

from unionbulletin.app import _open_database
from unionbulletin.storage import Database, DatabaseWriteFailed
from unionbulletin.storage import lock as lock_module
from unionbulletin.storage.lock import DatabaseLock, set_holder_kind


@pytest.fixture
def holder_kind() -> Iterator[None]:
    yield
    set_holder_kind("command")


def test_a_failed_write_does_not_speak_of_a_window() -> None:
    message = str(DatabaseWriteFailed(Path("/data/bulletins.json"), "磁盘空间不足"))
    assert "窗口" not in message and "磁盘空间不足" in message


def _holding(db: Path) -> DatabaseLock:
    with Database.open(db):
        pass
    held = DatabaseLock(db)
    held.acquire()
    return held


def test_import_refused_by_another_command_names_a_command(
    tmp_path: Path, samples_dir: Path, holder_kind: None
) -> None:
    db = tmp_path / "b.json"
    held = _holding(db)  # this test process is "a command"
    try:
        result = run_cli("import", samples_dir / "2018-11-report.txt", db=db)
    finally:
        held.release()
    assert result.returncode == 3, result.stderr
    assert "命令" in result.stderr and "窗口" not in result.stderr
    assert "Traceback" not in result.stderr


def test_import_refused_by_a_window_names_the_window(
    tmp_path: Path, samples_dir: Path, holder_kind: None
) -> None:
    db = tmp_path / "b.json"
    set_holder_kind("window")
    held = _holding(db)
    try:
        result = run_cli("import", samples_dir / "2018-11-report.txt", db=db)
    finally:
        held.release()
    assert result.returncode == 3
    assert "窗口" in result.stderr
    assert not lock_module.holder_path(db).exists()  # released: the note is gone


def test_a_folder_without_a_lock_offers_read_only_with_real_buttons(qapp: object, tmp_path: Path) -> None:
    """The lock file cannot be created (its path is a folder, as a read-only folder refuses it)."""
    path = tmp_path / "b.json"
    with Database.open(path):
        pass
    lock_module.lock_path(path).unlink(missing_ok=True)
    lock_module.lock_path(path).mkdir()
    seen: list[tuple[str, list[str]]] = []
    accept_next_box(seen)
    opened = _open_database(path)
    assert opened is not None and opened.read_only
    opened.close()
    text, buttons = seen[0]
    assert "只读" in text and len(buttons) == 2
