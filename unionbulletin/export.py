"""Export one bulletin to PDF, DOCX or exchange JSON, always through an atomic replace.

The renderers build the whole file in memory; only when that succeeded is the target replaced, so a
failed export never leaves a broken or half-written file, and a locked target keeps its old bytes.
"""

from __future__ import annotations

import json
from pathlib import Path
from typing import Literal

from .domain import Bulletin, OrgSettings
from .domain.exchange import to_exchange
from .fileio import DiskFullError, FileLockedError, atomic_write

ExportKind = Literal["pdf", "docx", "json"]


class ExportError(Exception):
    """A Chinese message for the user; the previous target file is intact."""


def render_bytes(bulletin: Bulletin, kind: ExportKind, settings: OrgSettings) -> bytes:
    if kind == "json":
        return (json.dumps(to_exchange(bulletin), ensure_ascii=False, indent=2) + "\n").encode("utf-8")
    if kind == "pdf":
        from .render.pdf import render_pdf

        return render_pdf(bulletin, settings)
    if kind == "docx":
        from .render.docx import render_docx

        return render_docx(bulletin, settings)
    raise ValueError(kind)


def export_bulletin(bulletin: Bulletin, target: Path, kind: ExportKind,
                    settings: OrgSettings | None = None) -> None:
    """Render and write `target`; raise ExportError with a message naming the file on failure."""
    settings = settings or OrgSettings()
    target = Path(target)
    if not target.parent.is_dir():
        raise ExportError(f"导出失败：文件夹不存在：{target.parent}")
    write_output(target, render_bytes(bulletin, kind, settings))


def write_output(target: Path, data: bytes) -> None:
    """Atomically replace `target` with `data`; ExportError with a Chinese message on failure."""
    try:
        atomic_write(target, data)
    except FileLockedError as exc:
        raise ExportError(f"无法写入 {target}：文件正被其他程序（如 WPS 或 Word）打开，或没有写入权限。"
                          "请关闭该文件后重试；原文件未被改动。") from exc
    except DiskFullError as exc:
        raise ExportError(f"无法写入 {target}：磁盘空间不足。原文件未被改动。") from exc
    except OSError as exc:
        raise ExportError(f"无法写入 {target}：{exc.strerror or exc}。原文件未被改动。") from exc
