"""Typed user preferences of the daily workflow over the injected QSettings (never bulletin data).

The folders the file dialogs last used (per purpose), whether "export for e-mail" also writes the
PDF, whether printing and the PDF are for pre-printed letterhead (套红), and the interface language
(read at start-up by `app.py`; a change applies at the next start).
The organisation's settings live in the data file (`Database.settings()`), not here.
"""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QSettings, QStandardPaths

LANGUAGES = ("zh_CN", "en")
DEFAULT_LANGUAGE = "zh_CN"
FOLDER_PURPOSES = ("export", "email", "import", "fonts", "datafile")


def documents_folder() -> str:
    return QStandardPaths.writableLocation(QStandardPaths.StandardLocation.DocumentsLocation) or str(
        Path.home()
    )


class Preferences:
    def __init__(self, qsettings: QSettings) -> None:
        self._s = qsettings

    @property
    def qsettings(self) -> QSettings:
        return self._s

    # ------------------------------------------------------------------ folders

    def last_folder(self, purpose: str) -> str:
        """The folder the `purpose` dialog used last, if it still exists; else the documents folder."""
        value = self._s.value(f"folders/{purpose}", "")
        folder = str(value) if value else ""
        if folder and Path(folder).is_dir():
            return folder
        return documents_folder()

    def set_last_folder(self, purpose: str, folder: str | Path) -> None:
        self._s.setValue(f"folders/{purpose}", str(folder))

    # ------------------------------------------------------------------ export for e-mail

    def email_with_pdf(self) -> bool:
        return _bool(self._s.value("export/email_with_pdf", False))

    def set_email_with_pdf(self, on: bool) -> None:
        self._s.setValue("export/email_with_pdf", bool(on))

    # ------------------------------------------------------------------ proofread before output

    def check_before_output(self) -> bool:
        return _bool(self._s.value("output/check_first", True))

    def set_check_before_output(self, on: bool) -> None:
        self._s.setValue("output/check_first", bool(on))

    # ------------------------------------------------------------------ pre-printed letterhead

    def letterhead(self) -> bool:
        """Print and export the PDF for pre-printed letterhead paper (套红): no masthead name, no red rule."""
        return _bool(self._s.value("output/letterhead", False))

    def set_letterhead(self, on: bool) -> None:
        self._s.setValue("output/letterhead", bool(on))

    # ------------------------------------------------------------------ interface language

    def language(self) -> str:
        value = str(self._s.value("interface/language", DEFAULT_LANGUAGE))
        return value if value in LANGUAGES else DEFAULT_LANGUAGE

    def set_language(self, language: str) -> None:
        if language in LANGUAGES:
            self._s.setValue("interface/language", language)

    def sync(self) -> None:
        self._s.sync()


def _bool(value: object) -> bool:
    if isinstance(value, str):  # IniFormat stores booleans as "true"/"false"
        return value.strip().lower() in ("1", "true", "yes", "on")
    return bool(value)
