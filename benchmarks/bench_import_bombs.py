"""Peak memory of importing hostile DOCX files (issue 12, finding 8): the target is under 500 MiB.

Built in a temporary folder: a 1 MB zip whose document.xml expands to 1 GiB, the 2,000,000-paragraph
DOCX (at two compression levels, so both the ratio check and the paragraph count are exercised),
and for reference a DOCX of 20,000 real paragraphs (at the limit). Each import runs in a child
process; its peak resident memory comes from ``ru_maxrss``.

    python3 benchmarks/bench_import_bombs.py [--json]
"""

from __future__ import annotations

import json
import random
import subprocess
import sys
import tempfile
import time
from collections.abc import Iterator
from pathlib import Path

REPO = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(REPO))
sys.path.insert(0, str(REPO / "tests"))
sys.path.insert(0, str(REPO / "benchmarks"))
from _docx_bombs import _with_document_xml, expansion_bomb, paragraph_flood  # noqa: E402
from _report import emit, json_requested  # noqa: E402

CHILD = r"""
import json, resource, sys, time
from pathlib import Path
from unionbulletin.domain.model import OrgSettings
from unionbulletin.importers import ImportError_, import_file
start = time.perf_counter()
try:
    result = import_file(Path(sys.argv[1]), OrgSettings())
    outcome = f"imported, {len(result.bulletin.summary.items)} items"
except ImportError_ as exc:
    outcome = "refused: " + str(exc)
seconds = time.perf_counter() - start
print(json.dumps({"outcome": outcome, "s": seconds,
                  "rss_mib": resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024}, ensure_ascii=False))
"""


def measure(path: Path) -> dict[str, object]:
    result = subprocess.run(
        [sys.executable, "-c", CHILD, str(path)],
        capture_output=True,
        text=True,
        encoding="utf-8",
        cwd=REPO,
        timeout=1800,
        check=True,
    )
    figures: dict[str, object] = json.loads(result.stdout.strip().splitlines()[-1])
    return figures


def at_limit(path: Path, count: int) -> Path:
    para = "<w:p><w:r><w:t>第{}段。</w:t></w:r></w:p>"
    return _with_document_xml(path, (para.format(i).encode() for i in range(count)))


def big_text(path: Path) -> Path:
    """Just under every archive limit: 7,600 paragraphs of 1,700 varied Han characters (38 MB)."""
    rng = random.Random(5)
    han = [chr(c) for c in range(0x4E00, 0x4E00 + 3000)]
    pool = "".join(rng.choice(han) for _ in range(2_000)).encode()

    def chunks() -> Iterator[bytes]:
        for _ in range(7_600):
            start = rng.randrange(0, len(pool) - 1_700 * 3)
            start -= start % 3
            yield b"<w:p><w:r><w:t>" + pool[start : start + 1_700 * 3] + b"</w:t></w:r></w:p>"

    return _with_document_xml(path, chunks(), 1)


def main() -> int:
    figures: dict[str, object] = {}
    with tempfile.TemporaryDirectory(prefix="ub-bench-bombs-") as tmp:
        folder = Path(tmp)
        empty = b"<w:p/>" * 10_000
        cases = [
            ("1 MB → 1 GiB expansion bomb", "bomb_1gib", lambda: expansion_bomb(folder / "bomb.docx", 1024)),
            ("2,000,000 paragraphs", "flood_2m", lambda: paragraph_flood(folder / "flood.docx", 2_000_000)),
            (
                "1,000,000 empty paragraphs (6 MB XML)",
                "flood_1m_empty",
                lambda: _with_document_xml(folder / "empty.docx", (empty for _ in range(100)), 1),
            ),
            ("20,000 paragraphs (the limit)", "limit_20k", lambda: at_limit(folder / "limit.docx", 20_000)),
            ("38 MB of text in 7,600 paragraphs", "text_38mb", lambda: big_text(folder / "text.docx")),
        ]
        for label, key, build in cases:
            path = build()
            size = path.stat().st_size
            t = time.perf_counter()
            result = measure(path)
            wall = time.perf_counter() - t
            print(
                f"{label:36} {size / 1e6:6.2f} MB  peak {result['rss_mib']:6.0f} MiB  "
                f"{wall:5.1f} s  {result['outcome']}"
            )
            figures[f"{key}_rss_mib"] = result["rss_mib"]
            figures[f"{key}_ms"] = wall * 1000
    if json_requested():
        emit(figures)
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
