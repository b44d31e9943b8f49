"""Open time of a data file holding 20 years of monthly bulletins (240, made from the two samples).

Prints the file size, the time to open it for writing (lock, read, full validation) and read-only,
to list it, to save one bulletin, and the wall time of a whole `unionbulletin list` process.
Target (product.md §8): opening in under 1 s.

    python3 benchmarks/bench_storage.py [--json]
"""

from __future__ import annotations

import dataclasses
import json
import statistics
import subprocess
import sys
import tempfile
import time
from collections.abc import Callable
from pathlib import Path

REPO = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(REPO))  # run from a checkout without installing

from unionbulletin.domain import Period  # noqa: E402
from unionbulletin.domain.exchange import from_exchange  # noqa: E402
from unionbulletin.fileio import atomic_write  # noqa: E402
from unionbulletin.storage import Database  # noqa: E402
from unionbulletin.storage.codec import ADDRESS_BOOK, BULLETINS, SETTINGS, bulletin_to_doc  # noqa: E402
from unionbulletin.storage.jsonstorage import encode_tables  # noqa: E402
from unionbulletin.storage.migrations import META_TABLE, new_meta  # noqa: E402

sys.path.insert(0, str(REPO / "benchmarks"))
from _report import emit, json_requested  # noqa: E402

YEARS = 20


def build(path: Path) -> None:
    samples = [
        from_exchange(json.loads((REPO / "unionbulletin/data/examples" / name).read_text("utf-8")))
        for name in ("2018-11.json", "2020-08.json")
    ]
    docs = {}
    n = 0
    for year in range(2025 - YEARS, 2025):
        for month in range(1, 13):
            n += 1
            b = dataclasses.replace(samples[n % 2], period=Period(year, month), issue_number=month)
            docs[str(n)] = bulletin_to_doc(b)
    tables = {META_TABLE: {"1": new_meta(n + 1)}, BULLETINS: docs, SETTINGS: {}, ADDRESS_BOOK: {}}
    atomic_write(path, encode_tables(tables))


def timed(fn: Callable[[], object], repeat: int = 7) -> float:
    times = []
    for _ in range(repeat):
        t = time.perf_counter()
        fn()
        times.append(time.perf_counter() - t)
    return statistics.median(times)


def main() -> None:
    with tempfile.TemporaryDirectory() as tmp:
        path = Path(tmp) / "bulletins.json"
        build(path)
        print(f"bulletins: {YEARS * 12}, file size: {path.stat().st_size / 1e6:.2f} MB")

        def open_write() -> None:
            with Database.open(path) as db:
                db.list_bulletins()

        def open_read() -> None:
            with Database.open(path, read_only=True) as db:
                db.list_bulletins()

        write_s, read_s = timed(open_write), timed(open_read)
        print(f"open for writing + list: {write_s * 1000:.0f} ms (median of 7)")
        print(f"open read-only + list:   {read_s * 1000:.0f} ms (median of 7)")
        with Database.open(path) as db:
            b = db.get(1)
            print(f"list (warm):             {timed(db.list_bulletins) * 1000:.1f} ms")
            print(f"search '快递':           {timed(lambda: db.search('快递')) * 1000:.1f} ms")
            print(f"save one bulletin:       {timed(lambda: db.update(1, b)) * 1000:.0f} ms (atomic, fsync)")
        cmd = [sys.executable, "-m", "unionbulletin", "--db", str(path), "list"]
        t = time.perf_counter()
        subprocess.run(cmd, check=True, capture_output=True, cwd=REPO)
        process_s = time.perf_counter() - t
        print(f"`unionbulletin list` process, wall: {process_s * 1000:.0f} ms")
        if json_requested():
            emit(
                {
                    "bulletins": YEARS * 12,
                    "file_mib": path.stat().st_size / 2**20,
                    "open_write_ms": write_s * 1000,
                    "open_read_ms": read_s * 1000,
                    "list_process_ms": process_s * 1000,
                }
            )


if __name__ == "__main__":
    main()
