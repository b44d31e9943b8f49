"""OnlyOffice's document converter (PyPI ``document-builder``, ``import docbuilder``) as a second,
independent DOCX layout engine for the tests.

It is given only fonts carrying the official face names (the bundled Fandol fonts renamed with
fontTools, name IDs 1/4/16), so it lays the DOCX out as on a machine with the official fonts.
Conversions run in a child process: the library is native code that keeps global state, and a
crash must not take pytest down. It needs no network (measured under ``unshare -n``); unlicensed,
it prints "license is invalid" and stamps a watermark, which does not touch the text layer.
"""

from __future__ import annotations

import importlib.util
import subprocess
import sys
from collections.abc import Sequence
from pathlib import Path

from fontTools.ttLib import TTFont

from unionbulletin.layout.fonts import bundled_font_dir

TIMEOUT = 600

# Official face names the DOCX may name (both font-name settings) → the bundled file standing in.
OFFICIAL_FACES = {
    "方正小标宋简体": "FandolSong-Bold.ttf",
    "仿宋_GB2312": "FandolFang-Regular.ttf",
    "仿宋": "FandolFang-Regular.ttf",
    "黑体": "FandolHei-Regular.ttf",
    "楷体_GB2312": "FandolKai-Regular.ttf",
    "楷体": "FandolKai-Regular.ttf",
    "宋体": "FandolSong-Regular.ttf",
}

_CONVERT = """
import sys
import docbuilder
fonts, outdir, *docs = sys.argv[1:]
builder = docbuilder.CDocBuilder()
builder.SetProperty("--fonts-system", "false")
builder.SetProperty("--fonts-dir", fonts)
builder.SetProperty("--check-fonts", "true")
for doc in docs:
    builder.OpenFile(doc, "")
    stem = doc.rsplit("/", 1)[-1].rsplit(".", 1)[0]
    builder.SaveFile("pdf", outdir + "/" + stem + ".pdf")
    builder.CloseFile()
"""


def available() -> bool:
    return importlib.util.find_spec("docbuilder") is not None


def official_fonts(directory: Path) -> Path:
    """A folder of the bundled fonts, one copy per official face name, named as that face."""
    directory.mkdir(parents=True, exist_ok=True)
    for n, (face, file) in enumerate(OFFICIAL_FACES.items()):
        with TTFont(bundled_font_dir() / file) as font:
            names = font["name"]
            for name_id in (1, 2, 3, 4, 6, 16, 17):
                names.removeNames(nameID=name_id)
            postscript = f"UBOfficial{n}"
            for name_id, value in (
                (1, face),
                (2, "Regular"),
                (3, postscript),
                (4, face),
                (6, postscript),
                (16, face),
                (17, "Regular"),
            ):
                for lang in (0x804, 0x409):  # zh-CN and en-US Windows names
                    names.setName(value, name_id, 3, 1, lang)
            font.save(directory / f"official-{n}.ttf")
    return directory


def pdfs(docs: Sequence[Path], outdir: Path, fonts: Path) -> list[Path]:
    """Convert ``docs`` to PDF in one child process; returns the PDF paths in order."""
    outdir.mkdir(parents=True, exist_ok=True)
    subprocess.run(
        [sys.executable, "-c", _CONVERT, str(fonts), str(outdir), *map(str, docs)],
        capture_output=True,
        check=True,
        timeout=TIMEOUT,
    )
    outs = [outdir / f"{doc.stem}.pdf" for doc in docs]
    missing = [o.name for o in outs if not o.is_file()]
    assert not missing, f"OnlyOffice did not convert {missing}"
    return outs
