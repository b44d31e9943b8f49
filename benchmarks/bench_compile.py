"""Annual compilation (年度汇编) speed and memory: twelve long bulletins (tests/fixtures/long.json, one
per month, ≈ 90 pages with the cover, contents and blank pages) into one PDF.

Prints the median wall time of ``compilation.compile_pdf`` (layout from scratch, drawing, writing the
file; fonts registered by a warm-up run, product target < 2 s), the page count, the file size, and the
peak resident memory of the process after all runs.

    python3 benchmarks/bench_compile.py [--runs N] [--json]
"""

from __future__ import annotations

import argparse
import dataclasses
import json
import resource
import statistics
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from unionbulletin.compilation import compile_pdf, volume_range  # noqa: E402
from unionbulletin.domain import OrgSettings, Period  # noqa: E402
from unionbulletin.domain.exchange import from_exchange  # noqa: E402
from unionbulletin.layout import linebreak, titles  # noqa: E402
from unionbulletin.layout.compose import clear_cache  # noqa: E402
from unionbulletin.layout.fonts import resolver_for_settings  # noqa: E402

sys.path.insert(0, str(ROOT / "benchmarks"))
from _report import emit  # noqa: E402


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--runs", type=int, default=5)
    parser.add_argument("--json", action="store_true")
    args = parser.parse_args(argv)
    long = from_exchange(json.loads((ROOT / "tests" / "fixtures" / "long.json").read_text("utf-8")))
    bulletins = {m: dataclasses.replace(long, period=Period(2020, m), issue_number=m) for m in range(1, 13)}
    settings = OrgSettings()
    span = volume_range(2020)
    fonts = resolver_for_settings(settings)
    with tempfile.TemporaryDirectory(prefix="bench-compile-") as tmp:
        target = Path(tmp) / "2020.pdf"
        summary = compile_pdf(bulletins, settings, span, target, fonts=fonts)  # warm-up: fonts, imports
        times = []
        for _ in range(args.runs):
            clear_cache()
            linebreak._break_cached.cache_clear()
            titles._break_title.cache_clear()
            start = time.perf_counter()
            compile_pdf(bulletins, settings, span, target, fonts=fonts)
            times.append(time.perf_counter() - start)
        size = target.stat().st_size
    seconds = statistics.median(times)
    peak = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024  # KiB on Linux
    print(f"12 long bulletins: {summary.pages} pages, PDF {size / 1024 / 1024:.1f} MiB")
    print(
        f"compile (layout + draw + write)  {seconds * 1000:8.0f} ms  (median of {args.runs}) "
        f"target < 2000 ms: {'met' if seconds < 2 else 'NOT met'}"
    )
    print(f"peak resident memory             {peak:8.0f} MiB")
    if args.json:
        emit(
            {
                "pages": summary.pages,
                "compile_ms": seconds * 1000,
                "pdf_mib": size / 1024 / 1024,
                "peak_rss_mib": peak,
            }
        )
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
