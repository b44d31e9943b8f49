"""A window in a child process for the crash tests: opens a bulletin, types into an item's body,
then reports on stdout when the recovery journal ("JOURNAL") or the database ("SAVED") has it, and
keeps running until the parent kills it.

usage: python _window_child.py DB SETTINGS.ini BULLETIN_ID AUTOSAVE_MS TEXT
"""

from __future__ import annotations

import sys
from pathlib import Path

from PySide6.QtCore import QSettings
from PySide6.QtGui import QTextCursor
from PySide6.QtWidgets import QApplication
from window_helpers import type_text

from unionbulletin.app import create_window
from unionbulletin.storage import Database


def main() -> None:
    db_path, ini, bulletin_id, autosave_ms, text = sys.argv[1:6]
    app = QApplication(sys.argv[:1])
    db = Database.open(Path(db_path))
    parts = create_window(
        db,
        QSettings(ini, QSettings.Format.IniFormat),
        autosave_ms=int(autosave_ms),
        journal_ms=50,
        debounce_ms=0,
    )
    parts.session.journalWritten.connect(lambda: print("JOURNAL", flush=True))
    parts.session.saved.connect(lambda _id: print("SAVED", flush=True))
    parts.session.open_bulletin(int(bulletin_id))
    parts.window.show()
    editor = parts.window.items
    editor.select_item(parts.session.document.bulletin.summary.items[0].id)
    editor.body_edit.setFocus()
    editor.body_edit.moveCursor(QTextCursor.MoveOperation.End)
    type_text(editor.body_edit, text)
    app.exec()


if __name__ == "__main__":
    main()
