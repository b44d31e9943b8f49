"""Title layout time against title length (issue 12, finding 4): 20 to 200 characters.

For each length, the median time of breaking a fresh title (cache cleared) into lines of 20 cells,
with the organisation name kept whole as the layout does. The target: any title up to
``domain.limits.TITLE_CHARS`` in well under 50 ms (the former exhaustive search took 10 s at 80).

    python3 benchmarks/bench_titles.py [--json] [--runs N]
"""

from __future__ import annotations

import argparse
import statistics
import sys
import time
from pathlib import Path

REPO = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(REPO))  # run from a checkout without installing

from unionbulletin.domain.limits import TITLE_CHARS  # noqa: E402
from unionbulletin.layout import titles  # noqa: E402

sys.path.insert(0, str(REPO / "benchmarks"))
from _report import emit, json_requested  # noqa: E402

PHRASE = "荆州市总工会关于开展2020年度“金秋助学”活动和职工素质提升行动及劳模工匠宣传工作的通知"
LENGTHS = (20, 40, 60, 80, 100, 120, 160, 200)


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--json", action="store_true")
    parser.add_argument("--runs", type=int, default=7)
    args = parser.parse_args()
    figures: dict[str, object] = {}
    print(f"{'length':>6}  {'lines':>5}  {'median':>9}")
    for length in LENGTHS:
        text = (PHRASE * (length // len(PHRASE) + 1))[:length]
        times = []
        for _ in range(args.runs):
            titles._break_title.cache_clear()
            start = time.perf_counter()
            lines = titles.break_title(text, 20, keep=("荆州市总工会",))
            times.append(time.perf_counter() - start)
        ms = statistics.median(times) * 1000
        figures[f"title_{length}_ms"] = ms
        mark = "  (limit)" if length == TITLE_CHARS.value else ""
        print(f"{length:>6}  {len(lines):>5}  {ms:>7.2f} ms{mark}")
    if json_requested():
        emit(figures)
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
