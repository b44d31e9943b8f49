"""Test-suite-wide fixtures: no network, Qt offscreen, paths to the samples and fixtures."""

from __future__ import annotations

import os
import socket
from collections.abc import Iterator
from pathlib import Path

import pytest

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


def pytest_collection_modifyitems(items: list[pytest.Item]) -> None:
    """Every test that builds widgets (it asks for `qtbot`) carries the `gui` marker, so the fast loop
    `pytest -m "not gui and not slow"` runs the Qt-free core alone."""
    for item in items:
        if "qtbot" in getattr(item, "fixturenames", ()):
            item.add_marker(pytest.mark.gui)
