"""Import and clean-up speed: the two samples, and pastes of about 1 MB (the samples repeated, and
adversarial text with a space after every character, unmatched parentheses, thousands of markers).

Prints, per input: its size, the median time of `imported_paragraphs(…)` (clean-up and re-joined lines) and of
`import_text` (structure recognition included), and the throughput. The spec asks for 1 MB of text
in well under a second, linear in the size.

    python3 benchmarks/bench_import.py [--json]
"""

from __future__ import annotations

import contextlib
import random
import statistics
import sys
import time
from collections.abc import Callable
from pathlib import Path

REPO = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(REPO))  # run from a checkout without installing

from unionbulletin.domain.model import OrgSettings  # noqa: E402
from unionbulletin.importers import ImportError_, import_file, import_text  # noqa: E402
from unionbulletin.importers.paragraphs import imported_paragraphs  # noqa: E402

sys.path.insert(0, str(REPO / "benchmarks"))
from _report import emit, json_requested  # noqa: E402

SAMPLES = REPO / "tests" / "fixtures" / "samples"
MB = 1_000_000


def median_s(fn: Callable[[], object], runs: int) -> float:
    times = []
    for _ in range(runs):
        t = time.perf_counter()
        fn()
        times.append(time.perf_counter() - t)
    return statistics.median(times)


def to_size(text: str, size: int) -> str:
    return text * (size // len(text.encode("utf-8")) + 1)


def inputs() -> list[tuple[str, str]]:
    s2018 = (SAMPLES / "2018-11-report.txt").read_text(encoding="utf-8")
    s2020 = (SAMPLES / "2020-08-summary-and-09-plan.txt").read_text(encoding="utf-8")
    rng = random.Random(1)
    spaced = " ".join(rng.choice("工会职工荆州12ab，。ꎮꎬ１２") for _ in range(MB // 3))
    return [
        ("sample 2018 (PDF text)", s2018),
        ("sample 2020 (clean text)", s2020),
        ("2018 sample ×≈160 (1 MB)", to_size(s2018, MB)),
        ("2020 sample ×≈100 (1 MB)", to_size(s2020, MB)),
        ("space after every char (1 MB)", spaced),
        ("unmatched parentheses (1 MB)", "(" * (MB // 2) + ")" * (MB // 2)),
        ("200 000 marker lines (1 MB)", "一、\n" * (MB // 7)),
        ("4 MB of the 2018 sample", to_size(s2018, 4 * MB)),
    ]


def main() -> None:
    defaults = OrgSettings()
    t = time.perf_counter()
    import_file(SAMPLES / "2018-11-report.txt", defaults)
    cold = (time.perf_counter() - t) * 1000
    print(f"first import of the 2018 file (cold): {cold:.1f} ms")
    print(f"{'input':34} {'KB':>7} {'clean ms':>9} {'import ms':>10} {'MB/s':>6}")
    figures: dict[str, object] = {"cold_2018_ms": cold}
    for name, text in inputs():
        size = len(text.encode("utf-8"))
        runs = 20 if size < 100_000 else 3
        clean = median_s(lambda text=text: imported_paragraphs(text), runs)

        def run_import(text: str = text) -> None:
            with contextlib.suppress(ImportError_):  # a paste of only parentheses has no content
                import_text(text, defaults, source_name="2020-08.txt")

        full = median_s(run_import, runs)
        print(f"{name:34} {size / 1024:7.0f} {clean * 1000:9.1f} {full * 1000:10.1f} {size / MB / full:6.1f}")
        figures[name] = {"kib": size / 1024, "import_ms": full * 1000, "mb_per_s": size / MB / full}
    if json_requested():
        emit(figures)


if __name__ == "__main__":
    main()
