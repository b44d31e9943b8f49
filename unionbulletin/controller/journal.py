"""The recovery journal: unsaved work kept in a small file beside the database.

Written atomically after every burst of changes (exchange JSON of the whole bulletin + its id) and
removed after a successful save. If the program dies with unsaved changes, the journal is still there
at the next start and the window offers to restore it (never silently). A journal that cannot be read
is moved aside, not deleted, so nothing typed is ever thrown away by the program.
"""

from __future__ import annotations

import contextlib
import datetime as _dt
import json
import os
from dataclasses import dataclass
from pathlib import Path

from ..domain import Bulletin
from ..domain.exchange import ExchangeError, from_exchange, to_exchange
from ..fileio import atomic_write

JOURNAL_VERSION = 1


@dataclass(frozen=True)
class Recovered:
    """What the journal held: the unsaved bulletin and the id it belongs to (None: never stored)."""

    bulletin_id: int | None
    bulletin: Bulletin
    written_at: _dt.datetime


def journal_path(db_path: Path) -> Path:
    return Path(db_path).with_name(Path(db_path).name + ".recovery.json")


class RecoveryJournal:
    def __init__(self, db_path: Path) -> None:
        self.path = journal_path(db_path)

    def exists(self) -> bool:
        return self.path.exists()

    def write(self, bulletin_id: int | None, bulletin: Bulletin) -> None:
        """Replace the journal atomically; raises OSError (the caller reports it)."""
        data = {
            "version": JOURNAL_VERSION,
            "bulletin_id": bulletin_id,
            "written_at": _dt.datetime.now().isoformat(timespec="seconds"),
            "bulletin": to_exchange(bulletin),
        }
        atomic_write(self.path, json.dumps(data, ensure_ascii=False).encode("utf-8"))

    def read(self) -> Recovered | None:
        """The journal's content, or None if there is none or it is unreadable (then moved aside)."""
        try:
            raw = self.path.read_bytes()
        except FileNotFoundError:
            return None
        except OSError:
            return None
        try:
            data = json.loads(raw.decode("utf-8-sig"))
            bulletin = from_exchange(data["bulletin"])
            bulletin_id = data.get("bulletin_id")
            if bulletin_id is not None and not isinstance(bulletin_id, int):
                raise ValueError("bulletin_id")
            written = _dt.datetime.fromisoformat(str(data.get("written_at")))
        except (ValueError, KeyError, TypeError, ExchangeError, UnicodeDecodeError):
            self._move_aside()
            return None
        return Recovered(bulletin_id, bulletin, written)

    def clear(self) -> None:
        with contextlib.suppress(FileNotFoundError):
            self.path.unlink()

    def _move_aside(self) -> None:
        stamp = _dt.datetime.now().strftime("%Y%m%d-%H%M%S")
        with contextlib.suppress(OSError):
            os.replace(self.path, self.path.with_name(f"{self.path.name}.damaged-{stamp}"))
