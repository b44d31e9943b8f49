"""Atomic replacement: new files get the usual mode, old files keep theirs, failures keep the old bytes."""

from __future__ import annotations

import os
import stat
from pathlib import Path

import pytest

from unionbulletin.fileio import FileLockedError, atomic_write, clean_stale_temps


def test_new_file_follows_umask(tmp_path: Path) -> None:
    target = tmp_path / "out.pdf"
    old = os.umask(0o022)
    try:
        atomic_write(target, b"new")
    finally:
        os.umask(old)
    assert target.read_bytes() == b"new"
    assert stat.S_IMODE(target.stat().st_mode) == 0o644


def test_existing_file_keeps_its_mode(tmp_path: Path) -> None:
    target = tmp_path / "out.docx"
    target.write_bytes(b"old")
    target.chmod(0o640)
    atomic_write(target, b"new")
    assert target.read_bytes() == b"new"
    assert stat.S_IMODE(target.stat().st_mode) == 0o640


def test_read_only_target_is_refused_and_kept(tmp_path: Path) -> None:
    target = tmp_path / "out.pdf"
    target.write_bytes(b"old")
    target.chmod(0o444)
    with pytest.raises(FileLockedError):
        atomic_write(target, b"new")
    assert target.read_bytes() == b"old"
    assert [p.name for p in tmp_path.iterdir()] == ["out.pdf"]


def test_no_temp_file_left_after_success(tmp_path: Path) -> None:
    atomic_write(tmp_path / "a.json", b"{}")
    assert sorted(p.name for p in tmp_path.iterdir()) == ["a.json"]


def test_stale_temps_are_cleaned(tmp_path: Path) -> None:
    stale = tmp_path / ".ub-tmp-abc.json"
    stale.write_bytes(b"half")
    os.utime(stale, (0, 0))
    fresh = tmp_path / ".ub-tmp-new.json"
    fresh.write_bytes(b"in progress")
    removed = clean_stale_temps(tmp_path)
    assert removed == [stale]
    assert fresh.exists()
