"""DOCX export speed: both samples and the long synthetic bulletin (tests/fixtures/long.json).

Prints, per bulletin, the median wall-clock and CPU time of ``render.docx.render_docx`` over several
warm runs (modules imported, title-break cache warm), the DOCX size, and the time of the whole
``export_bulletin`` (render + atomic write with fsync). Product target (product.md §8): DOCX export
under 0.3 s for the 6-page bulletin.

    python3 benchmarks/bench_docx.py [--runs N] [--json]
"""

from __future__ import annotations

import argparse
import json
import statistics
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from unionbulletin.domain import OrgSettings, PlanLayout  # noqa: E402
from unionbulletin.domain.exchange import from_exchange  # noqa: E402
from unionbulletin.export import export_bulletin  # noqa: E402
from unionbulletin.render.docx import render_docx  # noqa: E402

sys.path.insert(0, str(ROOT / "benchmarks"))
from _report import emit  # noqa: E402

FIXTURES = ROOT / "tests" / "fixtures"
TARGET = 0.3


def median(values: list[float]) -> float:
    return statistics.median(values)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--runs", type=int, default=15)
    parser.add_argument("--json", action="store_true", help="add a BENCH-JSON line for benchmarks/run")
    args = parser.parse_args()
    cases = [
        ("sample-2018", OrgSettings()),
        ("sample-2020", OrgSettings()),
        ("long", OrgSettings()),
        ("long", OrgSettings(plan_layout=PlanLayout.TABLE)),
    ]
    print(f"render_docx, median of {args.runs} warm runs (target < {TARGET} s for the long bulletin)")
    worst = 0.0
    figures: dict[str, object] = {}
    with tempfile.TemporaryDirectory() as tmp:
        for name, settings in cases:
            bulletin = from_exchange(json.loads((FIXTURES / f"{name}.json").read_text(encoding="utf-8")))
            data = render_docx(bulletin, settings)  # warm-up
            wall, cpu = [], []
            for _ in range(args.runs):
                t0, c0 = time.perf_counter(), time.process_time()
                render_docx(bulletin, settings)
                wall.append(time.perf_counter() - t0)
                cpu.append(time.process_time() - c0)
            target = Path(tmp) / f"{name}.docx"
            exports = []
            for _ in range(max(3, args.runs // 3)):
                t0 = time.perf_counter()
                export_bulletin(bulletin, target, "docx", settings)
                exports.append(time.perf_counter() - t0)
            label = name + (" (plan table)" if settings.plan_layout == PlanLayout.TABLE else "")
            figures[f"docx_{label}_ms"] = median(wall) * 1000
            print(
                f"  {label:<24} render {median(wall) * 1000:6.1f} ms (cpu {median(cpu) * 1000:6.1f} ms)"
                f"   export incl. atomic write {median(exports) * 1000:6.1f} ms"
                f"   {len(data) / 1024:5.1f} KiB"
            )
            if name == "long":
                worst = max(worst, median(wall))
    print(f"long bulletin: {worst:.3f} s — {'within' if worst < TARGET else 'OVER'} the {TARGET} s target")
    if args.json:
        emit(figures)


if __name__ == "__main__":
    main()
