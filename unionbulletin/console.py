"""Console output of the command line that never fails on the console's encoding.

Redirected output on Chinese Windows is GBK (code page 936), on English Windows cp1252, and
`PYTHONIOENCODING` can name any codec: a character it cannot encode ('⚠', '年', U+FFFD) must not end
the program after its work is done (a script would then retry an import that already happened).
Text keeps the console's encoding with unencodable characters replaced; `--json` is always written
as UTF-8 bytes, whatever the console, so a program reading it gets the same text on every system.
"""

from __future__ import annotations

import contextlib
import io
import json
import sys
from typing import TextIO


def make_streams_safe() -> None:
    """Let stdout and stderr replace what their encoding cannot show instead of raising."""
    for stream in (sys.stdout, sys.stderr):
        _replace_errors(stream)


def _replace_errors(stream: TextIO | None) -> None:
    if stream is None:  # the windowed Windows program has no console at all
        return
    if isinstance(stream, io.TextIOWrapper):
        with contextlib.suppress(ValueError, io.UnsupportedOperation):
            stream.reconfigure(errors="replace")


def write_json(data: object, stream: TextIO | None = None) -> None:
    """Write `data` as indented JSON text, UTF-8 encoded, followed by a newline."""
    out = stream if stream is not None else sys.stdout
    if out is None:
        return
    text = json.dumps(data, ensure_ascii=False, indent=2) + "\n"
    buffer = getattr(out, "buffer", None)
    if buffer is None:  # a StringIO (tests) or a wrapper without bytes underneath
        out.write(text)
        return
    out.flush()
    # Not through the text layer: on Windows it would also turn "\n" into "\r\n".
    buffer.write(text.encode("utf-8"))
    buffer.flush()
