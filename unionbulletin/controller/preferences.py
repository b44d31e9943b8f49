"""Typed user preferences of the daily workflow over the injected QSettings (never bulletin data).

The folders the file dialogs last used (per purpose), whether "export for e-mail" also writes the
PDF, whether printing and the PDF are for pre-printed letterhead (套红), and the interface language
(read at start-up by `app.py`; a change applies at the next start). One table, `OPTIONS`, states
each key with its type and default; `app.py` builds the one `Preferences` and hands it to the window.
The keys are those of the first release, so existing settings files keep their values.
The organisation's settings live in the data file (`Database.settings()`), not here.
"""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QSettings, QStandardPaths

from .options import Option

LANGUAGES = ("zh_CN", "en")
DEFAULT_LANGUAGE = "zh_CN"
FOLDER_PURPOSES = ("export", "email", "import", "fonts", "datafile")

EMAIL_WITH_PDF = Option("export/email_with_pdf", bool, False)
CHECK_BEFORE_OUTPUT = Option("output/check_first", bool, True)
LETTERHEAD = Option("output/letterhead", bool, False)
LANGUAGE = Option("interface/language", str, DEFAULT_LANGUAGE, choices=LANGUAGES)
OPTIONS: tuple[Option[bool] | Option[str], ...] = (EMAIL_WITH_PDF, CHECK_BEFORE_OUTPUT, LETTERHEAD, LANGUAGE)


def folder_option(purpose: str) -> Option[str]:
    return Option(f"folders/{purpose}", str, "")


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

    def last_folder(self, purpose: str) -> str:
        """The folder the `purpose` dialog used last, if it still exists; else the documents folder."""
        folder = folder_option(purpose).read(self._s)
        if folder and Path(folder).is_dir():
            return folder
        return documents_folder()

    def set_last_folder(self, purpose: str, folder: str | Path) -> None:
        folder_option(purpose).write(self._s, str(folder))

    def email_with_pdf(self) -> bool:
        return EMAIL_WITH_PDF.read(self._s)

    def set_email_with_pdf(self, on: bool) -> None:
        EMAIL_WITH_PDF.write(self._s, on)

    def check_before_output(self) -> bool:
        """Proofread before printing or exporting."""
        return CHECK_BEFORE_OUTPUT.read(self._s)

    def set_check_before_output(self, on: bool) -> None:
        CHECK_BEFORE_OUTPUT.write(self._s, on)

    def letterhead(self) -> bool:
        """Print and export the PDF for pre-printed letterhead paper (套红): no masthead name, no red rule."""
        return LETTERHEAD.read(self._s)

    def set_letterhead(self, on: bool) -> None:
        LETTERHEAD.write(self._s, on)

    def language(self) -> str:
        return LANGUAGE.read(self._s)

    def set_language(self, language: str) -> None:
        LANGUAGE.write(self._s, language)

    def sync(self) -> None:
        self._s.sync()
