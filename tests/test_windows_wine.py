"""The Windows program under Wine (issue 13): one test per check of tools/windows_wine.py.

tools/test.sh runs tools/test-windows.sh before the whole suite and points UB_WINDOWS_RESULTS at its
results file; every check listed there becomes a test here, so a failed Windows check fails the run.
Run on their own (no UB_WINDOWS_RESULTS) these tests are skipped: the Wine run takes minutes.
"""

from __future__ import annotations

import json
import os
from pathlib import Path

import pytest

pytestmark = pytest.mark.wine

RESULTS = os.environ.get("UB_WINDOWS_RESULTS")


def _load() -> tuple[dict[str, object], list[dict[str, object]]]:
    if not RESULTS:
        return {}, []
    path = Path(RESULTS)
    if not path.is_file():
        return {"missing": str(path)}, []
    data = json.loads(path.read_text(encoding="utf-8"))
    return data, list(data.get("checks", []))


DATA, CHECKS = _load()
skip_unless_run = pytest.mark.skipif(
    not RESULTS,
    reason="the Wine run belongs to the whole suite (tools/test.sh); alone: bash tools/test-windows.sh",
)


@skip_unless_run
def test_the_wine_run_finished() -> None:
    assert "missing" not in DATA, f"tools/test-windows.sh wrote no results ({DATA.get('missing')})"
    assert DATA.get("finished") is True, "tools/test-windows.sh stopped before the end"
    assert len(CHECKS) >= 20, f"only {len(CHECKS)} checks ran"


@skip_unless_run
@pytest.mark.parametrize("check", CHECKS or [None], ids=[str(c["name"]) for c in CHECKS] or ["none"])
def test_windows_check(check: dict[str, object] | None) -> None:
    assert check is not None, "no checks in the results"
    assert check["ok"], check["detail"]
