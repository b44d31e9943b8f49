"""The task ledger (督办台账) of one year out of twenty years of bulletins (240, generated month by month
through `next_issue` from the 2020 sample, tests/_ledger_years.py).

Prints the time to build the whole ledger and filter one year from bulletins in memory (the target of
issue 17: under 100 ms), the same after opening the data file read-only, and the wall time of a whole
`unionbulletin ledger --year 2030 --json` process.

    python3 benchmarks/bench_ledger.py [--json]
"""

from __future__ import annotations

import datetime as _dt
import statistics
import subprocess
import sys
import tempfile
import time
from collections.abc import Callable
from pathlib import Path

REPO = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(REPO))  # run from a checkout without installing

from tests._ledger_years import make_years, write_data_file  # noqa: E402
from unionbulletin.domain.ledger import build_ledger, filter_ledger, normalise  # noqa: E402
from unionbulletin.storage import Database  # noqa: E402

sys.path.insert(0, str(REPO / "benchmarks"))
from _report import emit, json_requested  # noqa: E402

MONTHS = 240
YEAR = 2030
TODAY = _dt.date(2040, 8, 15)


def timed(fn: Callable[[], object], repeat: int = 9, clock: Callable[[], float] = time.perf_counter) -> float:
    times = []
    for _ in range(repeat):
        normalise.cache_clear()  # cold: nothing remembered from the last run
        t = clock()
        fn()
        times.append(clock() - t)
    return statistics.median(times)


def main() -> None:
    bulletins = make_years(MONTHS)
    tasks = sum(len(b.plan.tasks) for b in bulletins.values() if b.plan)
    lines = build_ledger(bulletins, TODAY)
    year = filter_ledger(lines, year=YEAR)
    print(f"bulletins: {MONTHS}, tasks: {tasks}, ledger lines: {len(lines)}, lines of {YEAR}: {len(year)}")

    def year_ledger() -> None:
        filter_ledger(build_ledger(bulletins, TODAY), year=YEAR)

    memory_s = timed(year_ledger)
    cpu_s = timed(year_ledger, clock=time.process_time)
    print(
        f"ledger of {YEAR} from bulletins in memory: {memory_s * 1000:.1f} ms wall, "
        f"{cpu_s * 1000:.1f} ms CPU (median of 9, target < 100 ms)"
    )
    with tempfile.TemporaryDirectory() as tmp:
        path = Path(tmp) / "bulletins.json"
        write_data_file(path, bulletins)

        def from_file() -> None:
            with Database.open(path, read_only=True) as db:
                filter_ledger(build_ledger(db.bulletins(), TODAY), year=YEAR)

        file_s = timed(from_file, repeat=5)
        print(f"open the data file read-only + ledger of {YEAR}: {file_s * 1000:.0f} ms (median of 5)")
        cmd = [
            sys.executable,
            "-m",
            "unionbulletin",
            "--db",
            str(path),
            "ledger",
            "--year",
            str(YEAR),
            "--json",
        ]
        t = time.perf_counter()
        done = subprocess.run(cmd, capture_output=True, cwd=REPO)
        process_s = time.perf_counter() - t
        if done.returncode == 0:
            print(f"`unionbulletin ledger --year {YEAR} --json` process, wall: {process_s * 1000:.0f} ms")
        else:
            print(f"`unionbulletin ledger` failed: {done.stderr.decode('utf-8', 'replace')[-300:]}")
    if json_requested():
        emit(
            {
                "months": MONTHS,
                "lines": len(lines),
                "year_lines": len(year),
                "memory_ms": memory_s * 1000,
                "memory_cpu_ms": cpu_s * 1000,
                "file_ms": file_s * 1000,
                "process_ms": process_s * 1000 if done.returncode == 0 else None,
            }
        )


if __name__ == "__main__":
    main()
