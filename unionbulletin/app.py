"""Wiring of the window: QApplication, translators, settings, store, controller, main window.

The only place where the parts meet. `run_gui` is what `unionbulletin [--db PATH]` runs;
`create_window` builds the same window for the tests and the benchmark (with their own database and
QSettings). With `--screenshot PNG` the window opens a bulletin, waits until the preview has
painted its pages, saves a PNG of the whole window and exits.
"""

from __future__ import annotations

import argparse
import functools
import gc
import sys
import tempfile
from dataclasses import dataclass
from pathlib import Path

from PySide6.QtCore import QLibraryInfo, QLocale, QSettings, QTimer, QTranslator
from PySide6.QtGui import QFont, QFontDatabase, QIcon
from PySide6.QtWidgets import QApplication, QMessageBox

from .controller.document import BulletinDocument
from .controller.journal import Recovered
from .controller.preferences import Preferences
from .controller.preview import PreviewWorker
from .controller.render_setup import RenderSetup
from .controller.session import Session
from .controller.settings import WindowSettings
from .layout.compose import layout_bulletin
from .layout.fonts import BUNDLED_FILES, bundled_font_dir
from .layout.style import FontRole
from .render.qt import PagePainter, PageRasterizer, register_font_file
from .storage import Database, DatabaseLocked, DataFolderNotWritable, StorageError, default_db_path
from .storage.lock import set_holder_kind
from .ui.window.main_window import MainWindow
from .ui.window.single_instance import InstanceChannel, ask_running_window, bring_forward, channel_name

DEFAULT_LANGUAGE = "zh_CN"
SCREENSHOT_TIMEOUT_MS = 30_000


def _data_dir(name: str) -> Path:
    from importlib import resources

    return Path(str(resources.files("unionbulletin").joinpath("data", name)))


def install_translators(app: QApplication, language: str = DEFAULT_LANGUAGE) -> list[QTranslator]:
    """Our .qm and Qt's own qtbase translation, so standard dialogs speak the same language."""
    translators: list[QTranslator] = []
    qt = QTranslator(app)
    if qt.load(f"qtbase_{language}", QLibraryInfo.path(QLibraryInfo.LibraryPath.TranslationsPath)):
        app.installTranslator(qt)
        translators.append(qt)
    ours = QTranslator(app)
    if ours.load(f"unionbulletin_{language}", str(_data_dir("translations"))):
        app.installTranslator(ours)
        translators.append(ours)
    QLocale.setDefault(QLocale(language))
    return translators


def ensure_cjk_interface_font(app: QApplication) -> None:
    """On a system without any Chinese font (a bare Linux), let the interface use the bundled 黑体."""
    if QFontDatabase.families(QFontDatabase.WritingSystem.SimplifiedChinese):
        return
    families = register_font_file(bundled_font_dir() / BUNDLED_FILES[FontRole.HEITI])
    if families:
        font = QFont(app.font())
        font.setFamilies([app.font().family(), *families])
        app.setFont(font)


@dataclass
class Parts:
    """What `create_window` built, for the tests and the benchmark."""

    window: MainWindow
    session: Session
    worker: PreviewWorker
    settings: WindowSettings
    preferences: Preferences


def create_window(
    db: Database,
    qsettings: QSettings,
    *,
    autosave_ms: int | None = None,
    debounce_ms: int = 250,
    journal_ms: int = 300,
    preferences: Preferences | None = None,
) -> Parts:
    """The window and its parts over `db`, with settings and preferences in `qsettings`
    (`preferences` when the caller has already read them over the same QSettings)."""
    settings = WindowSettings(qsettings)
    preferences = preferences if preferences is not None else Preferences(qsettings)
    # one render setup (style tokens + font resolver) for the preview, printing, export and the
    # proofreader; Settings → Fonts / Layout change it and every consumer follows `changed`
    render = RenderSetup(db.settings())
    document = BulletinDocument()
    session = Session(
        db,
        document,
        journal_ms=journal_ms,
        autosave_ms=autosave_ms if autosave_ms is not None else int(settings.autosave_seconds() * 1000),
    )
    # The worker thread lays out, resolves the fonts of every character and paints the pages in
    # view; the GUI thread paints only what the worker did not (another zoom, a page scrolled to).
    rasterizer = PageRasterizer(render.fonts)
    worker = PreviewWorker(
        functools.partial(layout_bulletin, style=render.style),
        debounce_ms=debounce_ms,
        key=render.key,
        render=rasterizer,
    )
    window = MainWindow(
        session, worker, PagePainter(render.fonts), settings, render=render, preferences=preferences
    )
    window.preview.rasterizer = rasterizer
    render.setParent(window)
    render.changed.connect(functools.partial(follow_render_setup, window, render))
    session.setParent(window)
    document.setParent(session)
    worker.setParent(window)
    return Parts(window, session, worker, settings, preferences)


def follow_render_setup(window: MainWindow, render: RenderSetup) -> None:
    """The preview after a change of style or fonts: new layout, new painters, the pages again."""
    rasterizer = PageRasterizer(render.fonts)
    window.worker.set_layout(functools.partial(layout_bulletin, style=render.style))
    window.worker.set_render(rasterizer)
    window.preview.rasterizer = rasterizer
    window.preview.set_page_painter(PagePainter(render.fonts))
    if window.document.has_bulletin:
        window.worker.request_now(window.document.bulletin)


def open_initial(parts: Parts, wanted: int | None) -> None:
    """Open the requested, the last or the newest bulletin."""
    session = parts.session
    for candidate in (wanted, parts.settings.last_bulletin()):
        if candidate is not None and session.open_bulletin(candidate):
            return
    session.open_newest()


def offer_recovery(parts: Parts) -> None:
    """If the last run died with unsaved work, ask whether to restore it (never silently)."""
    recovered = parts.session.pending_recovery()
    if recovered is None:
        return
    window = parts.window
    box = QMessageBox(window)
    box.setIcon(QMessageBox.Icon.Question)
    box.setWindowTitle(QApplication.translate("App", "Restore unsaved work?"))
    box.setText(
        QApplication.translate("App", "The program was closed with unsaved changes (written %1).").replace(
            "%1", recovered.written_at.strftime("%Y-%m-%d %H:%M")
        )
    )
    box.setInformativeText(_recovery_detail(window, recovered))
    restore = box.addButton(QApplication.translate("App", "Restore"), QMessageBox.ButtonRole.AcceptRole)
    box.addButton(QApplication.translate("App", "Discard"), QMessageBox.ButtonRole.DestructiveRole)
    box.setDefaultButton(restore)
    box.exec()
    if box.clickedButton() is restore:
        parts.session.restore(recovered)
    else:
        parts.session.discard_recovery()


def _recovery_detail(window: MainWindow, recovered: Recovered) -> str:
    from .domain.conventions import summary_title

    return QApplication.translate(
        "App", "“%1” will be shown with the recovered text as an unsaved change; you can still undo it."
    ).replace("%1", summary_title(recovered.bulletin))


def _open_database(path: Path) -> Database | None:
    """The database, or None after telling the user why it cannot be opened."""
    error: StorageError
    try:
        return Database.open(path)
    except (DatabaseLocked, DataFolderNotWritable) as exc:
        title = (
            QApplication.translate("App", "Data file in use")
            if isinstance(exc, DatabaseLocked)
            else QApplication.translate("App", "Data folder is read-only")
        )
        box = QMessageBox(QMessageBox.Icon.Warning, title, str(exc))
        box.setObjectName("openReadOnlyBox")
        read_only = box.addButton(
            QApplication.translate("App", "Open read-only"), QMessageBox.ButtonRole.AcceptRole
        )
        box.addButton(QMessageBox.StandardButton.Cancel)
        box.exec()
        if box.clickedButton() is not read_only:
            return None
        try:
            return Database.open(path, read_only=True)
        except StorageError as again:
            error = again
    except StorageError as exc:
        error = exc
    QMessageBox.critical(None, QApplication.translate("App", "Cannot open the data file"), str(error))
    return None


def save_screenshot(parts: Parts, target: Path, app: QApplication) -> None:
    """When the preview has painted the open bulletin, grab the whole window into `target`, then quit."""
    done = {"saved": False}

    def grab() -> None:
        if done["saved"]:
            return
        done["saved"] = True
        image = parts.window.grab()
        ok = image.save(str(target), "PNG")
        app.exit(0 if ok else 1)

    def timeout() -> None:
        if not done["saved"]:
            print(f"截图超时：预览在 {SCREENSHOT_TIMEOUT_MS // 1000} 秒内没有绘制完成。", file=sys.stderr)
            app.exit(1)

    # grab after the paint event that announced the pages has returned (no recursive repaint)
    parts.window.previewPainted.connect(lambda: QTimer.singleShot(0, grab))
    parts.worker.failed.connect(lambda message: (print(f"排版失败：{message}", file=sys.stderr), app.exit(1)))
    QTimer.singleShot(SCREENSHOT_TIMEOUT_MS, timeout)


def settle_memory() -> None:
    """Move everything built at start-up out of the garbage collector's sight.

    A full collection otherwise walks every module, widget wrapper and cached layout and holds the
    GIL for tens of milliseconds, which the user feels as a hitch while typing.
    """
    gc.collect()
    gc.freeze()


def _open_first(parts: Parts, wanted: int | None, screenshot: bool) -> None:
    if screenshot:
        if wanted is None or not parts.session.open_bulletin(wanted):
            if wanted is not None:
                print(f"没有编号为 {wanted} 的简报，打开最新的一期。", file=sys.stderr)
            parts.session.open_newest()
    else:
        open_initial(parts, wanted)
        offer_recovery(parts)
    settle_memory()


def run_gui(args: argparse.Namespace) -> int:
    app = QApplication.instance()
    if not isinstance(app, QApplication):
        app = QApplication(sys.argv[:1])
    app.setApplicationName("unionbulletin")
    app.setOrganizationName("unionbulletin")
    app.setWindowIcon(QIcon(str(_data_dir("icons") / "unionbulletin.png")))
    # the interface language is a user preference (Settings → Layout & interface); a screenshot run
    # keeps the default so that the pictures in the documentation stay the same
    screenshot_run = getattr(args, "screenshot", None) is not None
    user_settings = None if screenshot_run else QSettings()
    preferences = None if user_settings is None else Preferences(user_settings)
    install_translators(app, DEFAULT_LANGUAGE if preferences is None else preferences.language())
    ensure_cjk_interface_font(app)
    app.setApplicationDisplayName(app.translate("App", "Union bulletin"))

    set_holder_kind("window")
    screenshot: Path | None = getattr(args, "screenshot", None)
    data_file = Path(args.db) if args.db else default_db_path()
    channel: InstanceChannel | None = None
    if screenshot is None:
        name = channel_name(data_file)
        if ask_running_window(name):
            return 0  # the window already open on this data file came forward
        channel = InstanceChannel(name)
    db = _open_database(data_file)
    if db is None:
        return 3
    wanted: int | None = getattr(args, "open_id", None)
    with tempfile.TemporaryDirectory(prefix="ub-shot-") as scratch:
        # A screenshot run leaves the user's window settings alone.
        qsettings = (
            user_settings
            if user_settings is not None
            else QSettings(str(Path(scratch) / "window.ini"), QSettings.Format.IniFormat)
        )
        try:
            parts = create_window(db, qsettings, preferences=preferences)
            if channel is not None and not db.read_only:
                # a second start on this data file brings this window forward (read-only windows
                # do not listen: the writing window is the one to bring forward)
                channel.setParent(parts.window)
                channel.activationRequested.connect(functools.partial(bring_forward, parts.window))
                channel.listen()
            if screenshot is not None:
                parts.window.resize(1366, 768)
                save_screenshot(parts, screenshot, app)
            parts.window.show()
            # The window appears at once; the bulletin opens in the first turn of the event loop.
            QTimer.singleShot(0, lambda: _open_first(parts, wanted, screenshot is not None))
            code = app.exec()
            if parts.window.isVisible():
                parts.window.close()
            return code
        finally:
            db.close()
