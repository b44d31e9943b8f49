"""Proofreading speed on the long synthetic bulletin (tests/fixtures/long.json, 7 pages) and the samples.

Prints, per bulletin (the two samples, long.json, and long.json with ten times longer bodies): the
characters checked, the first run (cold: word list, fonts, line-breaker caches), the median of warm
runs with and without the font rules, the median after a one-character edit (what the window pays
while the user types), and applying every safe fix to a copy of the long bulletin with one planted
error per item.

    python3 benchmarks/bench_checks.py [--json]
"""

from __future__ import annotations

import json
import statistics
import sys
import time
from collections.abc import Callable, Iterator
from pathlib import Path

REPO = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(REPO))  # run from a checkout without installing

from unionbulletin.checks.engine import apply_fixes, run_checks  # noqa: E402
from unionbulletin.checks.text_fields import text_fields  # noqa: E402
from unionbulletin.domain import AddressBook, Bulletin, OrgSettings, edits  # noqa: E402
from unionbulletin.domain.exchange import from_exchange  # noqa: E402
from unionbulletin.layout.fonts import FontResolver  # noqa: E402

sys.path.insert(0, str(REPO / "benchmarks"))
from _report import emit, json_requested  # noqa: E402

RUNS = 20


def ms(fn: Callable[[], object], runs: int = RUNS) -> float:
    times = []
    for _ in range(runs):
        t = time.perf_counter()
        fn()
        times.append(time.perf_counter() - t)
    return statistics.median(times) * 1000


def load(path: Path) -> Bulletin:
    return from_exchange(json.loads(path.read_text("utf-8")))


def with_errors(b: Bulletin) -> Bulletin:
    """One fixable error in every item body: 截止目前, a half-width comma, a full-width number."""
    for i, item in enumerate(b.summary.items):
        planted = ("截止目前，", "会议,", "共１２人，")[i % 3]
        b = edits.update_item(b, item.id, body=planted + item.body)
    return b


def tenfold(b: Bulletin) -> Bulletin:
    """Every item body ten times as long (about 30 pages): how the checks scale."""
    for item in b.summary.items:
        b = edits.update_item(b, item.id, body="\n".join([item.body] * 10))
    return b


def main() -> None:
    settings = OrgSettings()
    book = AddressBook()
    fonts = FontResolver()
    long = load(REPO / "tests/fixtures/long.json")
    cases = [
        ("long.json", long),
        ("sample-2018", load(REPO / "tests/fixtures/sample-2018.json")),
        ("sample-2020", load(REPO / "tests/fixtures/sample-2020.json")),
        ("long ×10", tenfold(long)),
    ]
    print(f"{'bulletin':12} {'chars':>6} {'cold ms':>8} {'warm ms':>8} {'no-font':>8} {'edited':>8} findings")
    figures: dict[str, object] = {}
    for name, b in cases:
        chars = sum(len(f.text) for f in text_fields(b))
        t = time.perf_counter()
        findings = run_checks(b, settings=settings, address_book=book, fonts=fonts)
        cold = (time.perf_counter() - t) * 1000
        warm = ms(lambda b=b: run_checks(b, settings=settings, address_book=book, fonts=fonts))
        no_font = ms(lambda b=b: run_checks(b, settings=settings, address_book=book, fonts=None))
        item = b.summary.items[0]
        counter = iter(range(10**6))

        def edited(
            b: Bulletin = b, item_id: str = item.id, body: str = item.body, counter: Iterator[int] = counter
        ) -> None:
            changed = edits.update_item(b, item_id, body=body + "新" * (next(counter) % 5 + 1))
            run_checks(changed, settings=settings, address_book=book, fonts=fonts)

        typing = ms(edited)
        print(f"{name:12} {chars:6d} {cold:8.1f} {warm:8.1f} {no_font:8.1f} {typing:8.1f} {len(findings)}")
        figures[name] = {"chars": chars, "cold_ms": cold, "warm_ms": warm, "edited_ms": typing}

    b = with_errors(load(REPO / "tests/fixtures/long.json"))
    findings = run_checks(b, settings=settings, address_book=book, fonts=fonts)
    fixable = [f for f in findings if f.fix is not None]
    t = time.perf_counter()
    fixed, count = apply_fixes(b, findings)
    took = (time.perf_counter() - t) * 1000
    left = [f for f in run_checks(fixed, settings=settings, address_book=book, fonts=fonts) if f.fix]
    print(
        f"apply_fixes on long.json with {len(fixable)} fixable findings: {count} applied in {took:.1f} ms, "
        f"{len(left)} fixable left"
    )
    if json_requested():
        emit(figures)


if __name__ == "__main__":
    main()
