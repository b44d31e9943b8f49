"""Proofreading (校对) of the open bulletin, for the window: checks after a pause in typing, fixes as
undoable edits, findings ignored per bulletin.

The checks run in the GUI thread: they take a few milliseconds on a long bulletin
(benchmarks/bench_checks.py), far less than the debounce. Ignored findings are remembered per
bulletin for the running session (by `Finding.key`, so typing elsewhere does not revive them); they
are not written to the data file.
"""

from __future__ import annotations

import contextlib

from PySide6.QtCore import QCoreApplication, QObject, QTimer, Signal, Slot

from ..checks.engine import FixConflict, apply_fix, apply_fixes, run_checks
from ..checks.finding import Finding, Location
from ..domain import OrgSettings
from ..layout.fonts import FontResolver, configured_from_settings
from ..storage import StorageError
from .changes import Change, ChangeKind
from .session import Session

translate = QCoreApplication.translate

DEFAULT_DEBOUNCE_MS = 400


def change_for(loc: Location) -> Change:
    """The broadcast of an edit of the field at `loc`, so the editors concerned refresh."""
    if loc.section == "summary":
        if loc.ident is None:
            return Change(ChangeKind.META, fields=("summary_title",))
        field = "subpoints" if loc.field.startswith("subpoint_") else loc.field
        return Change(ChangeKind.ITEM, ids=(loc.ident,), fields=(field,))
    if loc.section == "plan":
        if loc.ident is None:
            return Change(ChangeKind.META, fields=("plan_title",))
        return Change(ChangeKind.TASK, ids=(loc.ident,), fields=(loc.field,))
    return Change(ChangeKind.META, fields=(loc.field,))


class Proofreader(QObject):
    """Keeps the findings of the open bulletin current and applies their fixes."""

    findingsChanged = Signal()
    message = Signal(str)  # short status-bar text

    def __init__(self, session: Session, fonts: FontResolver | None = None, *,
                 debounce_ms: int = DEFAULT_DEBOUNCE_MS, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._session = session
        self._doc = session.document
        self._fonts = fonts
        self._all: list[Finding] = []
        self._findings: list[Finding] = []
        self._ignored: dict[int | None, set[str]] = {}
        self._timer = QTimer(self)
        self._timer.setSingleShot(True)
        self._timer.setInterval(debounce_ms)
        self._timer.timeout.connect(self.recheck)
        self._settings = OrgSettings()
        self._doc.changed.connect(self._on_changed)

    # ------------------------------------------------------------------ state

    @property
    def findings(self) -> list[Finding]:
        """The current findings, ignored ones left out, in reading order."""
        return list(self._findings)

    def counts(self) -> dict[str, int]:
        result = {"error": 0, "warning": 0, "hint": 0}
        for f in self._findings:
            result[f.severity] += 1
        return result

    def is_pending(self) -> bool:
        """Edits arrived since the findings were computed."""
        return self._timer.isActive()

    def _ignored_keys(self) -> set[str]:
        return self._ignored.setdefault(self._doc.bulletin_id, set())

    # ------------------------------------------------------------------ checking

    @Slot(object)
    def _on_changed(self, change: Change) -> None:
        if change.kind == ChangeKind.ALL and not self._doc.is_modified():
            self.recheck()  # another bulletin was opened: its findings at once
        else:
            self._timer.start()

    @Slot()
    def recheck(self) -> None:
        """Check the open bulletin now."""
        self._timer.stop()
        if not self._doc.has_bulletin:
            self._all = []
        else:
            with contextlib.suppress(StorageError):  # a closed or damaged file: the last settings
                self._settings = self._session.db.settings()
            if self._fonts is None:
                self._fonts = FontResolver(configured_from_settings(self._settings.font_files))
            self._all = run_checks(self._doc.bulletin, settings=self._settings,
                                   address_book=self._session.address_book(), fonts=self._fonts)
        self._filter()

    def _filter(self) -> None:
        ignored = self._ignored_keys() if self._doc.has_bulletin else set()
        self._findings = [f for f in self._all if f.key not in ignored]
        self.findingsChanged.emit()

    def errors_before_output(self) -> list[Finding]:
        """Checks now and returns the errors (for a check before printing or exporting)."""
        self.recheck()
        return [f for f in self._findings if f.severity == "error"]

    # ------------------------------------------------------------------ acting on findings

    def fix(self, finding: Finding) -> bool:
        """Apply the finding's fix as one undoable edit; False (and a message) if it no longer fits."""
        if finding.fix is None or not self._doc.has_bulletin or self._session.read_only:
            return False
        try:
            fixed = apply_fix(self._doc.bulletin, finding)
        except FixConflict as exc:
            self.message.emit(str(exc))
            self.recheck()
            return False
        label = translate("Proofreader", "Proofreading: %1").replace("%1", finding.fix.label)
        done = self._doc.apply(label, lambda _b: fixed, change_for(finding.location))
        self.recheck()
        return done

    def fix_all(self) -> int:
        """Apply every fix of the current findings as one undoable edit; returns how many."""
        if not self._doc.has_bulletin or self._session.read_only:
            return 0
        fixable = [f for f in self._findings if f.fix is not None]
        fixed, count = apply_fixes(self._doc.bulletin, fixable)
        if count:
            label = translate("Proofreader", "Proofreading: fix %n problem(s)", "", count)
            self._doc.apply(label, lambda _b: fixed, Change(ChangeKind.ALL))
        self.recheck()
        return count

    def ignore(self, finding: Finding) -> None:
        """Hide this finding for the open bulletin (until the program is closed)."""
        self._ignored_keys().add(finding.key)
        self._filter()

    def restore_ignored(self) -> int:
        """Show the ignored findings of the open bulletin again; returns how many were ignored."""
        keys = self._ignored_keys()
        count = len(keys)
        keys.clear()
        self._filter()
        return count
