"""Writing the follow-up files (督办台账 XLSX/PDF, 征集表 DOCX), atomically and never over the data file.

Shared by the command line and the window. Every failure is an `ExportError` with a Chinese message
naming the file; the previous target stays as it was.
"""

from __future__ import annotations

import datetime as _dt
from collections.abc import Sequence
from pathlib import Path
from typing import TYPE_CHECKING, Literal

from .domain import OrgSettings
from .domain.ledger import LedgerEntry
from .export import ExportError, write_output
from .storage.data_path import export_target_problem

if TYPE_CHECKING:
    from .layout.fonts import FontResolver

LedgerKind = Literal["xlsx", "pdf"]


def refuse_data_file(target: Path, data_file: Path | None) -> None:
    """Raise ExportError when `target` is the data file or one of its companions (lock, journal,
    backups: `storage.data_path.export_target_problem`, the rule every export follows)."""
    if data_file is None:
        return
    problem = export_target_problem(target, data_file)
    if problem:
        raise ExportError(problem)


def write_file(target: Path, data: bytes, data_file: Path | None = None) -> None:
    """Atomically replace `target` with `data`; ExportError with a Chinese message on failure."""
    target = Path(target)
    refuse_data_file(target, data_file)
    if not target.parent.is_dir():
        raise ExportError(f"导出失败：文件夹不存在：{target.parent}")
    if target.is_dir():
        raise ExportError(f"导出失败：{target} 是一个文件夹，请给出文件名。")
    write_output(target, data)


def export_ledger(
    entries: Sequence[LedgerEntry],
    title: str,
    today: _dt.date,
    target: Path,
    kind: LedgerKind,
    settings: OrgSettings | None = None,
    data_file: Path | None = None,
    *,
    fonts: FontResolver,
) -> None:
    """Write the ledger lines as XLSX or PDF to `target` (a PDF drawn with `fonts`)."""
    refuse_data_file(Path(target), data_file)
    if kind == "xlsx":
        from .render.ledger_xlsx import render_ledger_xlsx

        data = render_ledger_xlsx(entries, title, today)
    else:
        from .render.ledger_pdf import render_ledger_pdf

        data = render_ledger_pdf(entries, title, today, settings, fonts=fonts)
    write_file(target, data, data_file)
