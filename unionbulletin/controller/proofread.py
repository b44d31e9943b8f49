"""Proofreading (校对) of the open bulletin, for the window: checks after a pause in typing, fixes as
undoable edits, findings ignored per bulletin.

The fonts checked against are the window's `RenderSetup` fonts: after Settings → Fonts the findings
are computed again with the new faces. The checks run in the GUI thread: they take a few
milliseconds on a long bulletin (benchmarks/bench_checks.py), far less than the debounce. Ignored
findings are remembered per bulletin by `Finding.key` (so typing elsewhere does not revive them) and
kept in the data file beside the bulletin (`Database.ignored_findings`); with a read-only file they
last for the running session.
"""

from __future__ import annotations

import contextlib

from PySide6.QtCore import QCoreApplication, QObject, QTimer, Signal, Slot

from ..checks.engine import FixConflict, apply_fix, apply_fixes, run_checks
from ..checks.finding import Finding, Location
from ..domain import OrgSettings
from ..storage import StorageError
from .changes import Change, ChangeKind
from .render_setup import RenderSetup
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


FONT_HINT_RULE = "fonts.substitute"


def font_hint_group(findings: list[Finding]) -> list[Finding]:
    """The stand-in-font hints, shown as one line when there are two or more (on a machine without
    the official faces there is one per role, always the same: they would fill the 校对 list)."""
    hints = [f for f in findings if f.rule == FONT_HINT_RULE and f.severity == "hint"]
    return hints if len(hints) >= 2 else []


def place_key(f: Finding) -> str:
    """`Finding.key` with the item or task named by its number instead of its run-time id (ids are
    not kept in the data file): what is stored for an ignored finding."""
    loc = f.location
    where = f"{loc.section}{loc.number}" if loc.ident is not None else loc.section
    return f"{f.rule}|{where}|{loc.field}|{loc.sub or ''}|{loc.text}"


class Proofreader(QObject):
    """Keeps the findings of the open bulletin current and applies their fixes."""

    findingsChanged = Signal()
    message = Signal(str)  # short status-bar text

    def __init__(
        self,
        session: Session,
        render: RenderSetup,
        *,
        debounce_ms: int = DEFAULT_DEBOUNCE_MS,
        parent: QObject | None = None,
    ) -> None:
        super().__init__(parent)
        self._session = session
        self._doc = session.document
        self._render = render
        # other fonts or layout options: check against them at once (the font and line rules)
        render.changed.connect(self._recheck_if_open)
        self._all: list[Finding] = []
        self._findings: list[Finding] = []
        self._ignored: dict[int | None, set[str]] = {}  # Finding.key, for the running session
        self._stored: dict[int | None, set[str]] = {}  # place_key, as in the data file
        self._timer = QTimer(self)
        self._timer.setSingleShot(True)
        self._timer.setInterval(debounce_ms)
        self._timer.timeout.connect(self.recheck)
        self._settings = OrgSettings()
        self._doc.changed.connect(self._on_changed)
        session.addressBookChanged.connect(self._recheck_if_open)  # names now known (or not)

    # ------------------------------------------------------------------ state

    @property
    def findings(self) -> list[Finding]:
        """The current findings, ignored ones left out, in reading order."""
        return list(self._findings)

    @property
    def read_only(self) -> bool:
        """Fixes are off: the data file is open read-only."""
        return self._session.read_only

    def counts(self) -> dict[str, int]:
        """Findings per severity, the grouped font hints counted as the one line they are shown as."""
        result = {"error": 0, "warning": 0, "hint": 0}
        for f in self._findings:
            result[f.severity] += 1
        result["hint"] -= max(len(font_hint_group(self._findings)) - 1, 0)
        return result

    def is_pending(self) -> bool:
        """Edits arrived since the findings were computed."""
        return self._timer.isActive()

    def _ignored_keys(self) -> set[str]:
        return self._ignored.setdefault(self._doc.bulletin_id, set())

    def _stored_keys(self) -> set[str]:
        """The open bulletin's ignored findings as stored in the data file (by `place_key`)."""
        bulletin_id = self._doc.bulletin_id
        if bulletin_id not in self._stored:
            stored: frozenset[str] = frozenset()
            if bulletin_id is not None:
                with contextlib.suppress(KeyError, StorageError):  # not stored (yet), or unreadable
                    stored = self._session.db.ignored_findings(bulletin_id)
            self._stored[bulletin_id] = set(stored)
        return self._stored[bulletin_id]

    def _is_ignored(self, f: Finding) -> bool:
        return f.key in self._ignored_keys() or place_key(f) in self._stored_keys()

    def _store_ignored(self) -> None:
        """Write the open bulletin's ignored findings to the data file (not when it is read-only).

        Item and task ids are not stored in the file, so the stored keys name the item or task by
        its number; they are brought up to date here from the findings as they are now."""
        bulletin_id = self._doc.bulletin_id
        stored = self._stored_keys()
        current = {place_key(f) for f in self._all if self._is_ignored(f)}
        stored.clear()
        stored.update(current)
        if bulletin_id is None or self._session.read_only:
            return
        try:
            self._session.db.set_ignored_findings(bulletin_id, stored)
        except KeyError:
            pass  # not stored yet: kept in memory
        except StorageError as exc:
            self.message.emit(str(exc))

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
            self._all = run_checks(
                self._doc.bulletin,
                settings=self._settings,
                address_book=self._session.address_book(),
                fonts=self._render.fonts,
            )
        self._filter()

    @Slot()
    def _recheck_if_open(self) -> None:
        if self._doc.has_bulletin:
            self.recheck()

    def _filter(self) -> None:
        if not self._doc.has_bulletin:
            self._findings = list(self._all)
        else:
            self._findings = [f for f in self._all if not self._is_ignored(f)]
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
            label = self.tr("Proofreading: fix %n problem(s)", "", count)
            self._doc.apply(label, lambda _b: fixed, Change(ChangeKind.ALL))
        self.recheck()
        return count

    def ignore(self, finding: Finding) -> None:
        """Hide this finding for the open bulletin (stored in the data file unless it is read-only)."""
        self._ignored_keys().add(finding.key)
        self._store_ignored()
        self._filter()

    def restore_ignored(self) -> int:
        """Show the ignored findings of the open bulletin again; returns how many were ignored."""
        count = sum(1 for f in self._all if self._is_ignored(f))
        self._ignored_keys().clear()
        stored = bool(self._stored_keys())
        self._stored_keys().clear()
        if stored:
            self._store_ignored()
        self._filter()
        return count
