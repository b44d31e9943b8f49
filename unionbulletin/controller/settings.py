"""Typed window settings over an injected QSettings (window state and view choices, never bulletins).

`app.py` passes the user's QSettings; tests pass an IniFormat file in tmp_path. The scalar values
are one table of typed options (`controller/options.py`); the saved geometry and splitter states are
Qt's own byte arrays. Keys are versioned so a later release can migrate them.
"""

from __future__ import annotations

from PySide6.QtCore import QByteArray, QSettings

from .options import Option

SETTINGS_VERSION = 1
DEFAULT_ZOOM = "fit-width"
ZOOM_CHOICES = ("fit-width", "fit-page", "50", "75", "100", "125", "150", "200")

VERSION = Option("settings_version", int, 0)
ZOOM = Option("preview/zoom", str, DEFAULT_ZOOM, choices=ZOOM_CHOICES)
LAST_BULLETIN = Option("session/last_bulletin", int, 0)  # data-file ids start at 1: 0 is "none"
AUTOSAVE_SECONDS = Option("editing/autosave_seconds", float, 3.0, bounds=(0.5, 600.0))
PROOFREAD_FOLDED = Option("window/proofreadFolded", bool, False)
OPTIONS: tuple[Option[int] | Option[str] | Option[float] | Option[bool], ...] = (
    VERSION,
    ZOOM,
    LAST_BULLETIN,
    AUTOSAVE_SECONDS,
    PROOFREAD_FOLDED,
)


class WindowSettings:
    def __init__(self, qsettings: QSettings) -> None:
        self._s = qsettings
        if VERSION.read(qsettings) < SETTINGS_VERSION:
            VERSION.write(qsettings, SETTINGS_VERSION)

    @property
    def qsettings(self) -> QSettings:
        return self._s

    def _bytes(self, key: str) -> QByteArray | None:
        value = self._s.value(key)
        return value if isinstance(value, QByteArray) and not value.isEmpty() else None

    # ------------------------------------------------------------------ window state

    def geometry(self) -> QByteArray | None:
        return self._bytes("window/geometry")

    def set_geometry(self, data: QByteArray) -> None:
        self._s.setValue("window/geometry", data)

    def window_state(self) -> QByteArray | None:
        return self._bytes("window/state")

    def set_window_state(self, data: QByteArray) -> None:
        self._s.setValue("window/state", data)

    def splitter_state(self, name: str) -> QByteArray | None:
        return self._bytes(f"window/splitter/{name}")

    def set_splitter_state(self, name: str, data: QByteArray) -> None:
        self._s.setValue(f"window/splitter/{name}", data)

    def proofread_folded(self) -> bool:
        """The 校对 panel under the preview was folded away."""
        return PROOFREAD_FOLDED.read(self._s)

    def set_proofread_folded(self, folded: bool) -> None:
        PROOFREAD_FOLDED.write(self._s, folded)

    # ------------------------------------------------------------------ view and session

    def zoom(self) -> str:
        return ZOOM.read(self._s)

    def set_zoom(self, zoom: str) -> None:
        ZOOM.write(self._s, zoom)

    def last_bulletin(self) -> int | None:
        return LAST_BULLETIN.read(self._s) or None

    def set_last_bulletin(self, bulletin_id: int | None) -> None:
        if bulletin_id is None:
            self._s.remove(LAST_BULLETIN.key)
        else:
            LAST_BULLETIN.write(self._s, bulletin_id)

    def autosave_seconds(self) -> float:
        return AUTOSAVE_SECONDS.read(self._s)

    def sync(self) -> None:
        self._s.sync()
