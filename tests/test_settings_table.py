"""The typed settings tables (controller/options.py, preferences.py, settings.py) over real .ini files:
PySide6's conversions of bool/int/float/str, damaged values falling back to the default, and a
settings file written by the first release read back with every value it holds."""

from __future__ import annotations

import shutil
from pathlib import Path

import pytest
from PySide6.QtCore import QByteArray, QSettings
from pytestqt.qtbot import QtBot

from unionbulletin.controller import preferences as prefs_module
from unionbulletin.controller import settings as settings_module
from unionbulletin.controller.options import Option
from unionbulletin.controller.preferences import Preferences
from unionbulletin.controller.settings import WindowSettings

AnyOption = Option[bool] | Option[int] | Option[float] | Option[str]
FIXTURE = Path(__file__).parent / "fixtures" / "window-settings-main.ini"


def _ini(tmp_path: Path, body: str = "") -> QSettings:
    path = tmp_path / "window.ini"
    path.write_text(body, encoding="utf-8")
    return QSettings(str(path), QSettings.Format.IniFormat)


def _reopen(qsettings: QSettings) -> QSettings:
    qsettings.sync()
    return QSettings(qsettings.fileName(), QSettings.Format.IniFormat)


@pytest.mark.parametrize(
    ("option", "stored", "expected"),
    [
        (Option("g/b", bool, False), "true", True),
        (Option("g/b", bool, True), "false", False),
        (Option("g/b", bool, False), "1", True),
        (Option("g/b", bool, True), "0", False),
        (Option("g/b", bool, False), "abc", False),  # Qt alone reads any other string as True
        (Option("g/b", bool, True), "", True),
        (Option("g/i", int, 7), "42", 42),
        (Option("g/i", int, 7), "-3", -3),
        (Option("g/i", int, 7), "abc", 7),  # Qt alone reads 0
        (Option("g/i", int, 7), "", 7),
        (Option("g/i", int, 7), "3.7", 7),
        (Option("g/i", int, 7), "true", 7),
        (Option("g/i", int, 7), "a, b", 7),  # an .ini list
        (Option("g/f", float, 3.0), "2.5", 2.5),
        (Option("g/f", float, 3.0), "12", 12.0),
        (Option("g/f", float, 3.0), "abc", 3.0),  # Qt alone reads 0.0
        (Option("g/f", float, 3.0), "nan", 3.0),
        (Option("g/f", float, 3.0), "inf", 3.0),
        (Option("g/f", float, 3.0, bounds=(0.5, 600.0)), "0", 0.5),
        (Option("g/f", float, 3.0, bounds=(0.5, 600.0)), "1e9", 600.0),
        (Option("g/s", str, "d"), "hello", "hello"),
        (Option("g/s", str, "d"), "a, b", "d"),  # Qt alone reads a list as ""
        (Option("g/s", str, "d"), "@Invalid()", "d"),
        (Option("g/s", str, "d", choices=("x", "y")), "z", "d"),
        (Option("g/s", str, "d", choices=("x", "y")), "y", "y"),
        (Option("g/s", str, "d"), '"42"', "42"),
    ],
)
def test_option_reads_stored_text(tmp_path: Path, option: AnyOption, stored: str, expected: object) -> None:
    group, name = option.key.split("/")
    value = option.read(_ini(tmp_path, f"[{group}]\n{name}={stored}\n"))
    assert value == expected
    assert type(value) is option.type


def test_missing_key_gives_default(tmp_path: Path) -> None:
    q = _ini(tmp_path)
    assert Option("a/b", int, 5).read(q) == 5
    assert Option("a/b", bool, True).read(q) is True
    assert Option("a/b", str, "x").read(q) == "x"


@pytest.mark.parametrize(
    ("option", "value"),
    [
        (Option("g/b", bool, False), True),
        (Option("g/b", bool, True), False),
        (Option("g/i", int, 7), 0),
        (Option("g/i", int, 7), -12),
        (Option("g/f", float, 3.0), 0.25),
        (Option("g/s", str, "d"), ""),
        (Option("g/s", str, "d"), "仿宋, 楷体"),  # a comma would make an .ini list of a bare string
        (Option("g/s", str, "d"), "true"),
    ],
)
def test_option_round_trip(tmp_path: Path, option: AnyOption, value: object) -> None:
    q = _ini(tmp_path)
    option.write(q, value)  # type: ignore[arg-type]
    again = option.read(_reopen(q))
    assert again == value and type(again) is option.type


def test_write_refuses_value_outside_choices(tmp_path: Path) -> None:
    q = _ini(tmp_path)
    lang = prefs_module.LANGUAGE
    lang.write(q, "en")
    lang.write(q, "fr")
    assert lang.read(_reopen(q)) == "en"


def test_tables_have_unique_keys_and_valid_defaults() -> None:
    options = [*prefs_module.OPTIONS, *settings_module.OPTIONS]
    keys = [o.key for o in options]
    assert len(keys) == len(set(keys))
    for o in options:
        assert type(o.default) is o.type
        assert not o.choices or o.default in o.choices


def test_settings_file_of_first_release_keeps_every_value(tmp_path: Path) -> None:
    """The fixture was written by the hand-written getters and setters these tables replace."""
    path = tmp_path / "window.ini"
    shutil.copy(FIXTURE, path)
    q = QSettings(str(path), QSettings.Format.IniFormat)
    prefs = Preferences(q)
    window = WindowSettings(q)
    assert prefs.email_with_pdf() is True
    assert prefs.check_before_output() is False
    assert prefs.letterhead() is True
    assert prefs.language() == "en"
    assert prefs.last_folder("export") == "/tmp"
    assert window.zoom() == "125"
    assert window.last_bulletin() == 7
    assert window.autosave_seconds() == 12.5
    assert window.proofread_folded() is True
    assert window.geometry() == QByteArray(b"\x01\xd9\xd0\xcb\x00\x03geometry")
    assert window.window_state() == QByteArray(b"\x00\x00\x00\xffstate")
    assert window.splitter_state("main") == QByteArray(b"\x00\x00\x00\xffmain")


def test_damaged_settings_file_gives_defaults(tmp_path: Path) -> None:
    q = _ini(
        tmp_path,
        "[General]\nsettings_version=abc\n[editing]\nautosave_seconds=abc\n[export]\nemail_with_pdf=abc\n"
        "[output]\ncheck_first=maybe\nletterhead=2\n[interface]\nlanguage=fr\n[preview]\nzoom=1e9\n"
        "[session]\nlast_bulletin=abc\n[window]\ngeometry=garbage\nproofreadFolded=abc\n",
    )
    window = WindowSettings(q)
    prefs = Preferences(q)
    assert prefs.email_with_pdf() is False
    assert prefs.check_before_output() is True
    assert prefs.letterhead() is False
    assert prefs.language() == "zh_CN"
    assert window.zoom() == "fit-width"
    assert window.last_bulletin() is None
    assert window.autosave_seconds() == 3.0
    assert window.proofread_folded() is False
    assert window.geometry() is None
    assert settings_module.VERSION.read(_reopen(q)) == settings_module.SETTINGS_VERSION


def test_preferences_round_trip(tmp_path: Path) -> None:
    q = _ini(tmp_path)
    prefs = Preferences(q)
    prefs.set_email_with_pdf(True)
    prefs.set_check_before_output(False)
    prefs.set_letterhead(True)
    prefs.set_language("en")
    prefs.set_last_folder("import", tmp_path)
    again = Preferences(_reopen(q))
    assert (again.email_with_pdf(), again.check_before_output(), again.letterhead()) == (True, False, True)
    assert again.language() == "en"
    assert again.last_folder("import") == str(tmp_path)


def test_last_folder_gone_gives_documents_folder(tmp_path: Path) -> None:
    q = _ini(tmp_path)
    prefs = Preferences(q)
    prefs.set_last_folder("export", tmp_path / "gone")
    assert prefs.last_folder("export") == prefs_module.documents_folder()


def test_window_uses_the_preferences_built_by_create_window(tmp_path: Path, qtbot: QtBot) -> None:
    """One Preferences for the whole window: a change made through one flow is seen by every other."""
    from window_helpers import dispose, make_window

    from unionbulletin.storage import Database

    with Database.open(tmp_path / "bulletins.json") as db:
        parts = make_window(db, tmp_path)
        try:
            assert parts.window.preferences is parts.preferences
            assert parts.window.workflow.prefs is parts.preferences
            assert parts.window.followup.prefs is parts.preferences
            parts.window.workflow.letterhead.action.setChecked(True)
            assert parts.preferences.letterhead() is True
        finally:
            dispose(parts)
