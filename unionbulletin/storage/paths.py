"""Where the data file lives when no path is given."""

from __future__ import annotations

from pathlib import Path

from platformdirs import user_data_dir

APP_NAME = "unionbulletin"
DB_FILE_NAME = "bulletins.json"


def default_db_path() -> Path:
    """`~/.local/share/unionbulletin/bulletins.json` on Linux, under `%LOCALAPPDATA%` on Windows."""
    return Path(user_data_dir(APP_NAME, appauthor=False)) / DB_FILE_NAME
