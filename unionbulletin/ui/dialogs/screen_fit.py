"""Dialog sizes that fit the screen they open on (a 1366×768 office screen leaves about 1366×697)."""

from __future__ import annotations

from PySide6.QtGui import QGuiApplication
from PySide6.QtWidgets import QWidget

FRAME = 40  # a window's title bar and borders, which the available geometry does not subtract


def fit_to_screen(widget: QWidget, width: int, height: int, near: QWidget | None = None) -> None:
    """Resize `widget` to `width`×`height`, or less where the screen of `near` is smaller."""
    screen = (near.screen() if near is not None else None) or QGuiApplication.primaryScreen()
    if screen is None:
        widget.resize(width, height)
        return
    area = screen.availableGeometry()
    widget.resize(min(width, area.width() - FRAME // 2), min(height, area.height() - FRAME))
