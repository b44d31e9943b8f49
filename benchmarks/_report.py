"""The machine-readable line every benchmark prints with ``--json``, read by ``benchmarks/run``.

The human-readable output stays as it is; with ``--json`` a script adds one last line
``BENCH-JSON {...}`` holding its figures (milliseconds as ``*_ms``, sizes in MiB as ``*_mib``).
"""

from __future__ import annotations

import json
import sys

PREFIX = "BENCH-JSON "


def json_requested(argv: list[str] | None = None) -> bool:
    return "--json" in (sys.argv[1:] if argv is None else argv)


def emit(figures: dict[str, object]) -> None:
    print(PREFIX + json.dumps(figures, ensure_ascii=False), flush=True)


def parse(output: str) -> dict[str, object] | None:
    """The figures of the last BENCH-JSON line of a script's output, or None."""
    for line in reversed(output.splitlines()):
        if line.startswith(PREFIX):
            figures = json.loads(line[len(PREFIX) :])
            return figures if isinstance(figures, dict) else None
    return None
