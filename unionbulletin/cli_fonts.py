"""`unionbulletin fonts`: which font file each role uses, and whether it is the official face."""

from __future__ import annotations

import argparse
from collections.abc import Mapping
from pathlib import Path

from .console import write_json
from .layout.fonts import FontNotFoundError, FontResolver
from .layout.style import FontRole

EXIT_OK = 0
EXIT_NO_FONT = 1

_SOURCE_LABELS = {
    "configured": "用户配置",
    "system": "系统字体",
    "bundled": "随程序附带",
    "fallback": "系统后备字体",
}


def run_fonts(
    args: argparse.Namespace,
    configured: Mapping[FontRole, str | Path] | None = None,
    resolver: FontResolver | None = None,
) -> int:
    """Print, per role, the file used, its source and a warning when it is not the official face.

    ``args.json`` (optional, default False) prints a JSON array instead. ``configured`` is the
    user's font choice (see ``layout.fonts.configured_from_settings``); ``resolver`` replaces the
    default one (tests). Returns 0, or 1 when some role has no usable font at all.
    """
    if resolver is None:
        resolver = FontResolver(configured or {})
    try:
        reports = resolver.report()
    except FontNotFoundError as exc:
        print(str(exc))
        return EXIT_NO_FONT
    if getattr(args, "json", False):
        write_json([r.to_dict() for r in reports])
        return EXIT_OK
    for r in reports:
        face = r.face
        index = f" #{face.subfont_index}" if face.subfont_index else ""
        print(f"{r.label}：{face.path}{index}（{face.family}，{_SOURCE_LABELS[face.source]}）")
        for skipped in r.skipped:
            print(f"    跳过 {skipped.path}：{skipped.reason}")
        if r.warning:
            print(f"    ⚠ {r.warning}")
    return EXIT_OK
