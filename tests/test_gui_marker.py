"""The `gui` marker is right, so that the fast loop (`pytest -m "not gui and not slow"`) runs every
Qt-free test and no test that needs a QApplication."""

from __future__ import annotations

import shutil
import subprocess
import sys
from pathlib import Path

import pytest
from conftest import QT_FIXTURES

CONFTEST = Path(__file__).with_name("conftest.py")


def test_a_test_is_marked_gui_exactly_when_it_needs_a_qapplication(request: pytest.FixtureRequest) -> None:
    """Over every test collected with this one (the whole suite in a full run)."""
    items = request.session.items
    assert request.node in items
    wrong = [
        item.nodeid
        for item in items
        if bool(QT_FIXTURES & set(getattr(item, "fixturenames", ())))
        != (item.get_closest_marker("gui") is not None)
    ]
    assert wrong == []


@pytest.mark.slow
def test_a_test_that_starts_qt_without_the_marker_fails(tmp_path: Path) -> None:
    shutil.copy(CONFTEST, tmp_path / "conftest.py")
    (tmp_path / "test_probe.py").write_text(
        "from PySide6.QtCore import QCoreApplication\n\n\n"
        "def test_starts_qt_by_itself():\n"
        "    app = QCoreApplication([])\n"
        "    assert app is not None\n\n\n"
        "def test_qt_free():\n"
        "    assert True\n",
        encoding="utf-8",
    )
    result = subprocess.run(
        [sys.executable, "-m", "pytest", "-q", "-p", "no:cacheprovider", str(tmp_path)],
        cwd=tmp_path,
        capture_output=True,
        text=True,
        timeout=120,
    )
    assert result.returncode == 1, result.stdout + result.stderr
    assert "this test starts a QApplication" in result.stdout
    assert "1 failed, 1 passed" in result.stdout
