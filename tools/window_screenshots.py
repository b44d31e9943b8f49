"""The README's window screenshots: the 2020 example at 1366×697 (a maximised window on a 1366×768
Windows screen) and at 1920×1040, in Chinese, saved as small palette PNGs in docs/ (Pillow comes
with the test extra).

    QT_QPA_PLATFORM=offscreen .venv/bin/python tools/window_screenshots.py [FOLDER]
"""

from __future__ import annotations

import sys
import tempfile
from pathlib import Path

from PIL import Image
from PySide6.QtCore import QEventLoop, QSettings, QTimer
from PySide6.QtWidgets import QApplication

from unionbulletin.app import create_window, ensure_cjk_interface_font, install_translators
from unionbulletin.storage import Database

SIZES = ((1366, 697), (1920, 1040))


def _wait(ms: int) -> None:
    loop = QEventLoop()
    QTimer.singleShot(ms, loop.quit)
    loop.exec()


def main(folder: Path) -> None:
    app = QApplication([])
    install_translators(app)
    ensure_cjk_interface_font(app)
    with tempfile.TemporaryDirectory() as scratch:
        db = Database.open(Path(scratch) / "bulletins.json")
        try:
            for width, height in SIZES:
                qsettings = QSettings(str(Path(scratch) / f"{width}.ini"), QSettings.Format.IniFormat)
                parts = create_window(db, qsettings, debounce_ms=0)
                parts.window.resize(width, height)
                parts.window.show()
                parts.session.open_bulletin(next(r.id for r in db.list_bulletins() if r.period.year == 2020))
                _wait(2500)  # laid out and painted
                png = folder / f"window-{width}x{height}.png"
                parts.window.grab().save(str(png))
                Image.open(png).convert("RGB").quantize(colors=128).save(png, optimize=True)
                print(png, png.stat().st_size // 1024, "KB")
                parts.window.close()
                parts.worker.shutdown()
        finally:
            db.close()


if __name__ == "__main__":
    main(Path(sys.argv[1]) if len(sys.argv) > 1 else Path(__file__).resolve().parent.parent / "docs")
