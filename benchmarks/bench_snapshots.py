"""留底 size budget: a data file of twenty years (240 monthly bulletins, the two samples alternating)
with four outputs per bulletin (print and PDF of one text, then DOCX and PDF after a correction).

Prints the file size without and with the snapshots, the snapshot share against the budget
(``storage.snapshots.BUDGET_MIB``), and the time of one more snapshot on that file (one atomic
rewrite of the whole file, what a print or export adds), and of reading one snapshot back.

    python3 benchmarks/bench_snapshots.py [--json]
"""

from __future__ import annotations

import argparse
import dataclasses
import json
import statistics
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from unionbulletin.domain import Bulletin, OrgSettings, Period  # noqa: E402
from unionbulletin.domain.exchange import from_exchange  # noqa: E402
from unionbulletin.storage import Database  # noqa: E402
from unionbulletin.storage.snapshots import BUDGET_MIB, SnapshotStore  # noqa: E402

sys.path.insert(0, str(ROOT / "benchmarks"))
from _report import emit  # noqa: E402


def corrected(b: Bulletin) -> Bulletin:
    item = b.summary.items[0]
    items = (dataclasses.replace(item, body=item.body + "，并抓好落实。"), *b.summary.items[1:])
    return dataclasses.replace(b, summary=dataclasses.replace(b.summary, items=items))


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--json", action="store_true")
    args = parser.parse_args(argv)
    fixtures = ROOT / "tests" / "fixtures"
    samples = [
        from_exchange(json.loads((fixtures / f"{n}.json").read_text("utf-8")))
        for n in ("sample-2018", "sample-2020")
    ]
    settings = OrgSettings()
    with tempfile.TemporaryDirectory(prefix="bench-snap-") as tmp:
        path = Path(tmp) / "bulletins.json"
        with Database.open(path, seed_examples=False) as db:
            added = []
            with db._storage.batch():
                for i in range(240):
                    b = dataclasses.replace(
                        samples[i % 2], period=Period(2006 + i // 12, i % 12 + 1), issue_number=i % 12 + 1
                    )
                    added.append((db.add(b), b))
            bare = path.stat().st_size
            store = SnapshotStore(db)
            with db._storage.batch():
                for bid, b in added:
                    store.record(bid, b, settings, "print", "HP LaserJet", layout_version=1)
                    store.record(bid, b, settings, "pdf", "x.pdf", layout_version=1)
                    store.record(bid, corrected(b), settings, "docx", "x.docx", layout_version=1)
                    store.record(bid, corrected(b), settings, "pdf", "x.pdf", layout_version=1)
            full = path.stat().st_size
            times = []
            for k in range(5):
                start = time.perf_counter()
                store.record(
                    added[k][0], corrected(corrected(added[k][1])), settings, "pdf", "y.pdf", layout_version=1
                )
                times.append(time.perf_counter() - start)
            start = time.perf_counter()
            store.get(added[10][0], 4)
            read_ms = (time.perf_counter() - start) * 1000
    share = (full - bare) / 2**20
    print(f"240 bulletins: {bare / 2**20:.2f} MiB; with 960 snapshots: {full / 2**20:.2f} MiB")
    verdict = "met" if share < BUDGET_MIB else "NOT met"
    print(f"snapshots take {share:.2f} MiB, budget {BUDGET_MIB:.0f} MiB: {verdict}")
    print(
        f"one more snapshot (whole file rewritten) {statistics.median(times) * 1000:6.0f} ms; "
        f"reading one back {read_ms:.1f} ms"
    )
    if args.json:
        emit(
            {
                "file_mib": full / 2**20,
                "bare_mib": bare / 2**20,
                "snapshots_mib": share,
                "record_ms": statistics.median(times) * 1000,
                "read_ms": read_ms,
            }
        )
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
