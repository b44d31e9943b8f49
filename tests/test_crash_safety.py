"""Crash safety: a process saving in a loop is killed (SIGKILL) at random moments, over and over.

After every kill the data file must be readable JSON holding either the last state the writer
reported as saved or the one it was writing, and the next process must be able to open it for
writing (the lock dies with its owner).
"""

from __future__ import annotations

import dataclasses
import json
import random
import subprocess
import sys
import textwrap
import time
from pathlib import Path

import pytest
from _cli import REPO, cli_env

from unionbulletin.domain import Period
from unionbulletin.fileio import TEMP_PREFIX
from unionbulletin.storage import Database

KILLS = 100

WRITER = textwrap.dedent("""
    import dataclasses, sys
    from unionbulletin.storage import Database
    db = Database.open(sys.argv[1])
    b = db.get(1)
    n = int(b.editor)
    print("ready", flush=True)
    while True:
        n += 1
        db.update(1, dataclasses.replace(b, editor=str(n)))
        print(n, flush=True)
""")


@pytest.mark.slow
def test_killed_writer_leaves_old_or_new_state(tmp_path: Path) -> None:
    path = tmp_path / "bulletins.json"
    with Database.open(path) as db:
        sample = db.get(2)
        # a file of a few hundred KB, so a kill often lands inside a write
        for month in range(1, 25):
            db.add(dataclasses.replace(sample, period=Period(2000 + month // 12, month % 12 + 1)))
        db.update(1, dataclasses.replace(db.get(1), editor="0"))
    size = path.stat().st_size
    assert size > 200_000

    rng = random.Random(20240901)
    state = 0
    caught_mid_write = 0  # the kill came after the new file was in place but before it was reported
    for _ in range(KILLS):
        writer = subprocess.Popen(
            [sys.executable, "-c", WRITER, str(path)],
            stdout=subprocess.PIPE,
            stderr=subprocess.PIPE,
            text=True,
            cwd=REPO,
            env=cli_env(),
        )
        assert writer.stdout is not None
        ready = writer.stdout.readline()
        assert ready.strip() == "ready", writer.stderr.read() if writer.stderr else ""
        time.sleep(rng.uniform(0.0, 0.06))
        writer.kill()
        rest, _ = writer.communicate()
        reported = [int(line) for line in rest.splitlines(keepends=True) if line.endswith("\n")]
        acked = reported[-1] if reported else state

        data = json.loads(path.read_bytes().decode("utf-8"))  # readable after every kill
        stored = int(data["bulletins"]["1"]["bulletin"]["editor"])
        assert stored in (acked, acked + 1), (state, acked, stored)
        assert len(data["bulletins"]) == 26
        caught_mid_write += stored == acked + 1
        state = stored

    temps = list(tmp_path.rglob(TEMP_PREFIX + "*"))  # writes cut short leave their temp file
    with Database.open(path) as db:  # full validation, and the lock is free again
        assert db.get(1).editor == str(state)
        assert len(db.list_bulletins()) == 26
    print(
        f"\n{KILLS} kills, {state} saves, file {size} bytes, {len(temps)} interrupted writes left a "
        f"temp file, {caught_mid_write} kills between replace and report"
    )
