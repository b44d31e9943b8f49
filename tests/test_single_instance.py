"""One window per data file (issue 15, item 10): a second start on the same file brings the open
window forward instead of offering read-only mode; another data file still gets its own window. The
channel is local (a Unix domain socket here), which the suite's network guard allows."""

from __future__ import annotations

import os
import socket
import subprocess
import sys
from collections.abc import Iterator
from pathlib import Path

import pytest
from PySide6.QtCore import QDir
from PySide6.QtNetwork import QLocalSocket
from PySide6.QtWidgets import QApplication
from pytestqt.qtbot import QtBot
from window_helpers import dispose, make_window

from unionbulletin.app import Parts
from unionbulletin.storage import Database
from unionbulletin.ui.window.single_instance import (
    InstanceChannel,
    ask_running_window,
    bring_forward,
    channel_name,
)

REPO = Path(__file__).resolve().parent.parent


def _env(tmp_path: Path) -> dict[str, str]:
    env = dict(os.environ)
    env["PYTHONPATH"] = os.pathsep.join([str(REPO), env.get("PYTHONPATH", "")])
    env["QT_QPA_PLATFORM"] = "offscreen"
    env["XDG_CONFIG_HOME"] = str(tmp_path / "config")
    env["PYTHONIOENCODING"] = "utf-8"
    return env


@pytest.fixture
def window(qtbot: QtBot, tmp_path: Path) -> Iterator[tuple[Parts, InstanceChannel, Path]]:
    path = tmp_path / "bulletins.json"
    with Database.open(path) as db:
        parts = make_window(db, tmp_path)
        channel = InstanceChannel(channel_name(path), parts.window)
        channel.activationRequested.connect(lambda: bring_forward(parts.window))
        assert channel.listen()
        try:
            yield parts, channel, path
        finally:
            dispose(parts)


@pytest.mark.qt_log_ignore("This plugin does not support raise")  # offscreen has no window stack
def test_a_second_start_on_the_same_file_brings_the_window_forward(
    qtbot: QtBot, window: tuple[Parts, InstanceChannel, Path], tmp_path: Path
) -> None:
    parts, channel, path = window
    parts.window.showMinimized()
    asked: list[bool] = []
    channel.activationRequested.connect(lambda: asked.append(True))
    # the real second start, as a double click on the program would do it (no read-only question:
    # that would block the child on a message box until the timeout)
    child = subprocess.Popen(
        [sys.executable, "-m", "unionbulletin", "--db", str(path)],
        cwd=REPO,
        env=_env(tmp_path),
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
    )
    try:
        qtbot.waitUntil(lambda: child.poll() is not None, timeout=30_000)
    finally:
        if child.poll() is None:
            child.kill()
        _out, err = child.communicate()
    assert child.returncode == 0, err.decode("utf-8", "replace")
    assert asked == [True]
    assert parts.window.isVisible() and not parts.window.isMinimized()


def test_another_data_file_has_no_window_to_bring_forward(
    window: tuple[Parts, InstanceChannel, Path], tmp_path: Path
) -> None:
    _parts, channel, path = window
    other = tmp_path / "other" / "bulletins.json"
    assert channel_name(other) != channel.name
    assert channel_name(path.parent / "." / path.name) == channel.name  # the same file, spelt otherwise
    assert ask_running_window(channel_name(other)) is False


@pytest.mark.skipif(sys.platform == "win32", reason="a named pipe leaves nothing behind")
def test_a_channel_left_by_a_crashed_window_is_taken_over(qtbot: QtBot, tmp_path: Path) -> None:
    """A killed window leaves its socket file; the next window removes it and listens. (Python's
    AF_UNIX socket makes that file here: local sockets pass the suite's network guard.)"""
    name = channel_name(tmp_path / "crashed.json")
    stale = Path(QDir.tempPath()) / name
    left = socket.socket(socket.AF_UNIX, socket.SOCK_STREAM)
    left.bind(str(stale))
    left.close()  # the file stays, nobody listens
    assert stale.exists()
    assert ask_running_window(name) is False
    channel = InstanceChannel(name)
    try:
        assert channel.listen()
    finally:
        channel.close()


def test_a_stranger_on_the_channel_is_dropped(
    qtbot: QtBot, window: tuple[Parts, InstanceChannel, Path]
) -> None:
    _parts, channel, _path = window
    asked: list[bool] = []
    channel.activationRequested.connect(lambda: asked.append(True))
    client = QLocalSocket()
    client.connectToServer(channel.name)
    assert client.waitForConnected(1000)
    client.write(b"x" * 100)
    client.flush()
    qtbot.waitUntil(lambda: client.state() == QLocalSocket.LocalSocketState.UnconnectedState, timeout=5000)
    QApplication.processEvents()
    assert asked == []
