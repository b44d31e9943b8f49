"""shiboken6 6.12 on Python 3.11 loses a reference to None per void call; the work-around holds."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

import pytest

from unionbulletin.pyside_workaround import affected, keep_none_alive

REPO = Path(__file__).resolve().parent.parent

MANY_VOID_CALLS = """
import sys
sys.path.insert(0, {repo!r})
if {guard}:
    from unionbulletin.pyside_workaround import keep_none_alive
    keep_none_alive()
from PySide6.QtCore import Qt
from PySide6.QtGui import QGuiApplication, QImage
app = QGuiApplication(sys.argv[:1])
image = QImage(4, 4, QImage.Format.Format_ARGB32_Premultiplied)
for _ in range(60_000):
    image.fill(Qt.GlobalColor.white)
print("done", flush=True)
"""


def _run(guard: bool) -> subprocess.CompletedProcess[str]:
    code = MANY_VOID_CALLS.format(repo=str(REPO), guard=guard)
    return subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, timeout=120,
                          env={"QT_QPA_PLATFORM": "offscreen", "PATH": "/usr/bin:/bin"})


def test_many_void_calls_survive_with_the_work_around() -> None:
    result = _run(guard=True)
    assert result.returncode == 0, result.stderr
    assert "done" in result.stdout


@pytest.mark.skipif(not affected(), reason="this shiboken6 / Python pair does not have the bug")
def test_without_it_the_interpreter_aborts() -> None:
    result = _run(guard=False)
    assert result.returncode != 0
    assert "deallocating None" in result.stderr


def test_applies_once_and_only_where_needed() -> None:
    keep_none_alive()
    assert keep_none_alive() is False  # already applied (or not needed)
    if affected():
        assert all(sys.getrefcount(x) > 1 << 39 for x in (None, True, False))
