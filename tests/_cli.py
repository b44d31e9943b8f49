"""Run the real `unionbulletin` command in a subprocess (shared by the CLI, storage and exchange tests)."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

REPO = Path(__file__).resolve().parent.parent


def cli_env(home: Path | None = None) -> dict[str, str]:
    """The environment of a child: the checkout importable, and optionally a private home folder."""
    env = dict(os.environ)
    env["PYTHONPATH"] = str(REPO) + os.pathsep + env.get("PYTHONPATH", "")
    env["PYTHONIOENCODING"] = "utf-8"
    if home is not None:
        env["HOME"] = str(home)
        env["XDG_DATA_HOME"] = str(home / ".local" / "share")
    return env


def run_cli(
    *args: str | Path, db: Path | None = None, home: Path | None = None, timeout: float = 60
) -> subprocess.CompletedProcess[str]:
    cmd = [sys.executable, "-m", "unionbulletin"]
    if db is not None:
        cmd += ["--db", str(db)]
    cmd += [str(a) for a in args]
    return subprocess.run(
        cmd, capture_output=True, text=True, encoding="utf-8", cwd=REPO, env=cli_env(home), timeout=timeout
    )
