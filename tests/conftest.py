"""Test-suite-wide fixtures: no network, Qt offscreen, paths to the samples and fixtures."""

from __future__ import annotations

import json
import os
import socket
import sys
from collections.abc import Iterator
from pathlib import Path
from typing import TYPE_CHECKING

import pytest

if TYPE_CHECKING:  # the Qt-free fast loop must not import Qt through this file
    from pytestqt.qtbot import QtBot

    from unionbulletin.app import Parts
    from unionbulletin.controller.document import BulletinDocument
    from unionbulletin.storage import Database

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

REPO = Path(__file__).resolve().parent.parent
FIXTURES = Path(__file__).resolve().parent / "fixtures"
SHARED_SAMPLES = REPO.parent / "shared" / "samples"

_real_socket = socket.socket


class _NoNetworkSocket(_real_socket):
    """Creating an internet socket fails: the program must never open a network connection."""

    def __init__(self, family: int = -1, type: int = -1, proto: int = -1, fileno: int | None = None) -> None:
        fam = socket.AF_INET if family == -1 else family
        if fileno is None and fam in (socket.AF_INET, socket.AF_INET6):
            raise RuntimeError(f"network access attempted in a test (socket family {fam})")
        super().__init__(family, type, proto, fileno)


@pytest.fixture(autouse=True, scope="session")
def _no_network() -> Iterator[None]:
    socket.socket = _NoNetworkSocket  # type: ignore[misc]
    try:
        yield
    finally:
        socket.socket = _real_socket  # type: ignore[misc]


@pytest.fixture
def fixtures_dir() -> Path:
    return FIXTURES


@pytest.fixture
def samples_dir() -> Path:
    """The real sample bulletins (beside the checkout in ../shared, bundled copies otherwise)."""
    if SHARED_SAMPLES.is_dir():
        return SHARED_SAMPLES
    return REPO / "tests" / "fixtures" / "samples"


@pytest.fixture
def db(tmp_path: Path) -> Iterator[Database]:
    """A new data file in tmp_path, seeded with the two example bulletins (2018 and 2020) as at a
    first start; closed after the test. Files that need other contents define their own `db`."""
    from unionbulletin.storage import Database

    database = Database.open(tmp_path / "bulletins.json")
    yield database
    database.close()


@pytest.fixture
def doc(qapp: object, fixtures_dir: Path) -> BulletinDocument:
    """A document (controller: bulletin + undo stack) holding the 2020 sample as bulletin 1."""
    from unionbulletin.controller.document import BulletinDocument
    from unionbulletin.domain.exchange import from_exchange

    d = BulletinDocument()
    d.load(from_exchange(json.loads((fixtures_dir / "sample-2020.json").read_text(encoding="utf-8"))), 1)
    return d


@pytest.fixture
def parts(qtbot: QtBot, db: Database, tmp_path: Path) -> Iterator[Parts]:
    """The real window at 1366×697 (the secretary's laptop) with the 2020 sample open and laid out;
    closed and deleted after the test while the data file is still open."""
    from window_helpers import dispose, open_sample_2020

    p = open_sample_2020(qtbot, db, tmp_path)
    yield p
    dispose(p)


QT_FIXTURES = frozenset({"qtbot", "qapp", "qtmodeltester"})  # pytest-qt's: each starts a QApplication


def pytest_collection_modifyitems(items: list[pytest.Item]) -> None:
    """Every test that needs a QApplication (it asks, maybe through another fixture, for `qtbot`,
    `qapp` or `qtmodeltester`) carries the `gui` marker, so the fast loop
    `pytest -m "not gui and not slow"` runs the Qt-free core alone."""
    for item in items:
        if QT_FIXTURES & set(getattr(item, "fixturenames", ())):
            item.add_marker(pytest.mark.gui)


@pytest.hookimpl(wrapper=True)
def pytest_runtest_call(item: pytest.Item) -> Iterator[None]:
    """A test without the `gui` marker that starts a QApplication itself fails: the fast loop would
    run it, and it would pass or fail there depending on which test ran before."""
    before = _qt_application_exists()
    result = yield
    if not before and _qt_application_exists() and item.get_closest_marker("gui") is None:
        pytest.fail("this test starts a QApplication: ask for qapp or qtbot, which marks it gui")
    return result


def _qt_application_exists() -> bool:
    qtcore = sys.modules.get("PySide6.QtCore")  # never imported here: the fast loop stays Qt-free
    return qtcore is not None and qtcore.QCoreApplication.instance() is not None
