"""The window as a process: killed after typing, it loses nothing; `--screenshot` draws a real PNG."""

from __future__ import annotations

import os
import subprocess
import sys
import time
from pathlib import Path

import pytest
from PySide6.QtCore import QTimer
from PySide6.QtGui import QColor, QImage
from PySide6.QtWidgets import QApplication, QMessageBox
from pytestqt.qtbot import QtBot
from window_helpers import dispose, make_window

from unionbulletin.app import offer_recovery
from unionbulletin.controller.journal import journal_path
from unionbulletin.storage import Database

TESTS = Path(__file__).resolve().parent
REPO = TESTS.parent
TYPED = "崩溃前最后输入的一句。"


def _env(tmp_path: Path) -> dict[str, str]:
    env = dict(os.environ)
    env["PYTHONPATH"] = os.pathsep.join([str(REPO), str(TESTS), env.get("PYTHONPATH", "")])
    env["QT_QPA_PLATFORM"] = "offscreen"
    env["XDG_CONFIG_HOME"] = str(tmp_path / "config")  # never the user's window settings
    env["PYTHONIOENCODING"] = "utf-8"
    return env


def _seeded_db(tmp_path: Path) -> tuple[Path, int]:
    path = tmp_path / "bulletins.json"
    with Database.open(path) as db:
        bid = next(r.id for r in db.list_bulletins() if r.period.year == 2020)
    return path, bid


def _run_child_until(tmp_path: Path, db_path: Path, bid: int, autosave_ms: int, signal: str) -> None:
    child = subprocess.Popen(
        [
            sys.executable,
            str(TESTS / "_window_child.py"),
            str(db_path),
            str(tmp_path / "child.ini"),
            str(bid),
            str(autosave_ms),
            TYPED,
        ],
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
        text=True,
        encoding="utf-8",
        env=_env(tmp_path),
    )
    try:
        assert child.stdout is not None
        deadline = time.monotonic() + 60
        for line in child.stdout:
            if line.strip() == signal or time.monotonic() > deadline:
                break
        else:
            pytest.fail(f"the child ended without {signal}: {child.stderr.read() if child.stderr else ''}")
    finally:
        child.kill()  # SIGKILL: no closeEvent, no save at quit
        child.communicate(timeout=30)  # reaps it and closes the pipes


def test_killed_after_typing_the_next_start_restores_the_edit(qtbot: QtBot, tmp_path: Path) -> None:
    db_path, bid = _seeded_db(tmp_path)
    _run_child_until(tmp_path, db_path, bid, autosave_ms=3_600_000, signal="JOURNAL")

    assert journal_path(db_path).exists()
    with Database.open(db_path) as db:
        assert not db.get(bid).summary.items[0].body.endswith(TYPED)  # the file never got the edit
        parts = make_window(db, tmp_path)

        def click_restore() -> None:
            box = QApplication.activeModalWidget()
            assert isinstance(box, QMessageBox)
            next(b for b in box.buttons() if box.buttonRole(b) == QMessageBox.ButtonRole.AcceptRole).click()

        QTimer.singleShot(0, click_restore)
        offer_recovery(parts)
        doc = parts.session.document
        assert doc.bulletin_id == bid
        assert doc.bulletin.summary.items[0].body.endswith(TYPED)
        assert parts.window.items.body_edit.toPlainText().endswith(TYPED)
        assert doc.is_modified()
        assert parts.window.save()
        assert db.get(bid).summary.items[0].body.endswith(TYPED)
        assert not journal_path(db_path).exists()
        dispose(parts)


@pytest.mark.slow
def test_killed_after_autosave_the_file_has_the_edit(tmp_path: Path) -> None:
    db_path, bid = _seeded_db(tmp_path)
    _run_child_until(tmp_path, db_path, bid, autosave_ms=200, signal="SAVED")
    with Database.open(db_path, read_only=True) as db:
        assert db.get(bid).summary.items[0].body.endswith(TYPED)
    assert not journal_path(db_path).exists()  # nothing left to recover


@pytest.mark.slow
def test_screenshot_command_draws_the_window_with_the_preview(tmp_path: Path) -> None:
    db_path, bid = _seeded_db(tmp_path)
    png = tmp_path / "window.png"
    result = subprocess.run(
        [
            sys.executable,
            "-m",
            "unionbulletin",
            "--db",
            str(db_path),
            "--screenshot",
            str(png),
            "--open",
            str(bid),
        ],
        capture_output=True,
        text=True,
        encoding="utf-8",
        cwd=REPO,
        env=_env(tmp_path),
        timeout=120,
    )
    assert result.returncode == 0, result.stderr
    image = QImage(str(png))
    assert (image.width(), image.height()) == (1366, 768)
    # The preview (right part) shows the red masthead: the pages were painted before the grab.
    red = 0
    for y in range(0, image.height(), 2):
        for x in range(image.width() // 2, image.width(), 2):
            c = QColor(image.pixel(x, y))
            if c.red() > 200 and c.green() < 80 and c.blue() < 80:
                red += 1
    assert red > 200
    assert not (tmp_path / "config").exists() or not any((tmp_path / "config").rglob("*.conf"))
