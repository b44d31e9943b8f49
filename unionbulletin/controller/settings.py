"""Typed window settings over an injected QSettings (window state and preferences, never bulletins).

`app.py` passes the user's QSettings; tests pass an IniFormat file in tmp_path. Keys are versioned
so a later release can migrate them.
"""

from __future__ import annotations

from PySide6.QtCore import QByteArray, QSettings

SETTINGS_VERSION = 1
DEFAULT_ZOOM = "fit-width"
ZOOM_CHOICES = ("fit-width", "fit-page", "50", "75", "100", "125", "150", "200")


class WindowSettings:
    def __init__(self, qsettings: QSettings) -> None:
        self._s = qsettings
        version = self._int("settings_version")
        if version is None or version < SETTINGS_VERSION:
            self._s.setValue("settings_version", SETTINGS_VERSION)

    @property
    def qsettings(self) -> QSettings:
        return self._s

    def _int(self, key: str) -> int | None:
        value = self._s.value(key)
        if value is None or value == "":
            return None
        try:
            return int(value)
        except (TypeError, ValueError):
            return None

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

    # ------------------------------------------------------------------ preferences

    def zoom(self) -> str:
        value = str(self._s.value("preview/zoom", DEFAULT_ZOOM))
        return value if value in ZOOM_CHOICES else DEFAULT_ZOOM

    def set_zoom(self, zoom: str) -> None:
        if zoom in ZOOM_CHOICES:
            self._s.setValue("preview/zoom", zoom)

    def last_bulletin(self) -> int | None:
        return self._int("session/last_bulletin")

    def set_last_bulletin(self, bulletin_id: int | None) -> None:
        if bulletin_id is None:
            self._s.remove("session/last_bulletin")
        else:
            self._s.setValue("session/last_bulletin", bulletin_id)

    def autosave_seconds(self) -> float:
        value = self._s.value("editing/autosave_seconds", 3)
        try:
            seconds = float(value)  # type: ignore[arg-type]
        except (TypeError, ValueError):
            return 3.0
        return min(max(seconds, 0.5), 600.0)

    def sync(self) -> None:
        self._s.sync()
