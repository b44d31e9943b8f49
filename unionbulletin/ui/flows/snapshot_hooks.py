"""留底 from the window: after a print or a PDF/DOCX export succeeded, keep what was output.

``print_flow`` and ``export_flow`` call ``record_output`` with the bulletin and the settings their job
used (captured when the job started, so an edit made meanwhile is not recorded). A read-only data
file, or a failure to write, never turns a successful print into an error: the status bar says that
no snapshot was kept.
"""

from __future__ import annotations

from collections.abc import Sequence
from pathlib import Path

from PySide6.QtCore import QCoreApplication

from ...domain import Bulletin, OrgSettings
from ...layout.compose import LAYOUT_VERSION
from ...storage import StorageError
from ...storage.snapshots import SnapshotStore
from .context import FlowContext

RECORDED_KINDS = ("print", "pdf", "docx")


def record_output(
    context: FlowContext,
    bulletin_id: int | None,
    bulletin: Bulletin,
    settings: OrgSettings,
    kind: str,
    file_name: str,
) -> bool:
    """Keep a snapshot of an output that just succeeded; False (and a status message) when not kept."""
    db = context.session.db
    if bulletin_id is None or kind not in RECORDED_KINDS or db.read_only:
        return False
    try:
        SnapshotStore(db).record(
            bulletin_id, bulletin, settings, kind, file_name, layout_version=LAYOUT_VERSION
        )
    except (StorageError, OSError) as exc:
        context.status(
            QCoreApplication.translate("Snapshots", "Output done, but no snapshot was kept: %1").replace(
                "%1", str(exc)
            ),
            10000,
        )
        return False
    return True


def record_exports(
    context: FlowContext,
    bulletin_id: int | None,
    bulletin: Bulletin,
    settings: OrgSettings,
    paths: Sequence[Path],
) -> None:
    for path in paths:
        record_output(context, bulletin_id, bulletin, settings, path.suffix.lower().lstrip("."), path.name)
