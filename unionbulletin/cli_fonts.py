"""`unionbulletin fonts`: which font file each role uses, and whether it is the official face."""

from __future__ import annotations

import argparse

from .console import write_json
from .layout.fonts import FontNotFoundError, FontResolver

EXIT_OK = 0
EXIT_NO_FONT = 1

_SOURCE_LABELS = {
    "configured": "用户配置",
    "system": "系统字体",
    "bundled": "随程序附带",
    "fallback": "系统后备字体",
}


def run_fonts(args: argparse.Namespace, resolver: FontResolver) -> int:
    """Print, per role, the file used, its source and a warning when it is not the official face.

    ``args.json`` (optional, default False) prints a JSON array instead. ``resolver`` is the run's
    (``layout.fonts.resolver_for_settings`` of the data file's settings). Returns 0, or 1 when some
    role has no usable font at all.
    """
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
