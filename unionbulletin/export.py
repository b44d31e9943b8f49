"""Export one bulletin to PDF, DOCX or exchange JSON, always through an atomic replace.

The renderers build the whole file in memory; only when that succeeded is the target replaced, so a
failed export never leaves a broken or half-written file, and a locked target keeps its old bytes.
"""

from __future__ import annotations

import json
from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING, Literal

from .domain import Bulletin, OrgSettings
from .domain.exchange import to_exchange
from .fileio import atomic_write
from .os_errors import reason

if TYPE_CHECKING:
    from .layout.fonts import FontResolver
    from .layout.style import Style

ExportKind = Literal["pdf", "docx", "json"]


@dataclass(frozen=True)
class RenderOptions:
    """The fonts and style a PDF is drawn with (the window's render setup, letterhead applied)."""

    fonts: FontResolver
    style: Style

    @classmethod
    def for_settings(cls, settings: OrgSettings, *, letterhead: bool = False) -> RenderOptions:
        """The command line's: the settings' style (on letterhead paper, 套红, if asked) and a
        resolver built for this run."""
        from dataclasses import replace

        from .layout.compose import style_for
        from .layout.fonts import resolver_for_settings

        style = style_for(settings)
        return cls(resolver_for_settings(settings), replace(style, letterhead=True) if letterhead else style)


class ExportError(Exception):
    """A Chinese message for the user; the previous target file is intact."""


def render_bytes(
    bulletin: Bulletin, kind: ExportKind, settings: OrgSettings, render: RenderOptions | None = None
) -> bytes:
    if kind == "json":
        return (json.dumps(to_exchange(bulletin), ensure_ascii=False, indent=2) + "\n").encode("utf-8")
    if kind == "pdf":
        from .render.pdf import render_pdf

        if render is None:
            raise ValueError("a PDF is drawn with the caller's fonts: pass RenderOptions")
        return render_pdf(bulletin, settings, fonts=render.fonts, style=render.style)
    if kind == "docx":
        from .render.docx import render_docx

        return render_docx(bulletin, settings)
    raise ValueError(kind)


def _exists(path: Path) -> bool:
    try:
        return path.is_file()
    except OSError:  # e.g. the name is too long to look up
        return False


def export_bulletin(
    bulletin: Bulletin,
    target: Path,
    kind: ExportKind,
    settings: OrgSettings | None = None,
    render: RenderOptions | None = None,
) -> None:
    """Render and write `target`; raise ExportError with a message naming the file on failure.

    `render` gives the PDF its fonts and style (the window's render setup, letterhead included, or
    `RenderOptions.for_settings` on the command line); required for a PDF, ignored otherwise.
    """
    settings = settings or OrgSettings()
    target = Path(target)
    if not target.parent.is_dir():
        raise ExportError(f"导出失败：文件夹不存在：{target.parent}")
    write_output(target, render_bytes(bulletin, kind, settings, render))


def write_output(target: Path, data: bytes) -> None:
    """Atomically replace `target` with `data`; ExportError with a Chinese message on failure."""
    try:
        atomic_write(target, data)
    except OSError as exc:  # FileLockedError, DiskFullError and the rest: one Chinese clause each
        kept = "原文件未被改动。" if _exists(target) else ""
        raise ExportError(f"无法写入 {target}：{reason(exc)}。{kept}") from exc
