"""Batch conversions with LibreOffice for the DOCX fidelity tests.

One ``soffice --headless --convert-to`` call converts many files (starting soffice is the slow part),
with a private profile and ``FONTCONFIG_FILE`` pointing to the fontconfig file of
``layout.fonts.write_fontconfig``, which maps the official face names to the bundled fonts.

``word_equivalent_pdfs`` converts DOCX → ODT, switches off the automatic space between Chinese and
Latin/digits in every paragraph style (ODF ``style:text-autospace="none"``) and converts the ODT to
PDF. That is what the DOCX asks for with ``w:autoSpaceDE``/``w:autoSpaceDN`` = 0 and what Word and
WPS do with it; LibreOffice 7.4's DOCX import ignores those two elements (writerfilter's DomainMapper
has empty ``case`` branches for them), so a plain conversion adds ≈ 3.5 pt at every boundary between
Chinese and digits and breaks such lines one character earlier than Word.
"""

from __future__ import annotations

import os
import re
import shutil
import subprocess
import zipfile
from collections.abc import Sequence
from pathlib import Path

from unionbulletin.layout.fonts import write_fontconfig

TIMEOUT = 600


def available() -> bool:
    return shutil.which("soffice") is not None


class LibreOffice:
    """soffice with its own profile and font configuration under ``workdir``."""

    def __init__(self, workdir: Path) -> None:
        self.workdir = workdir
        workdir.mkdir(parents=True, exist_ok=True)
        self.env = {**os.environ, "FONTCONFIG_FILE": str(write_fontconfig(workdir / "fontconfig"))}
        self.profile = (workdir / "profile").as_uri()

    def convert(self, files: Sequence[Path], fmt: str, outdir: Path) -> list[Path]:
        """Convert ``files`` in one soffice call; returns the output paths (in order)."""
        outdir.mkdir(parents=True, exist_ok=True)
        if files:
            subprocess.run(
                [
                    "soffice",
                    f"-env:UserInstallation={self.profile}",
                    "--headless",
                    "--convert-to",
                    fmt,
                    "--outdir",
                    str(outdir),
                    *map(str, files),
                ],
                env=self.env,
                capture_output=True,
                check=True,
                timeout=TIMEOUT,
            )
        outs = [outdir / f"{f.stem}.{fmt}" for f in files]
        missing = [o.name for o in outs if not o.is_file()]
        assert not missing, f"LibreOffice did not convert {missing}"
        return outs

    def pdfs(self, files: Sequence[Path], outdir: Path) -> list[Path]:
        return self.convert(files, "pdf", outdir)

    def word_equivalent_pdfs(self, files: Sequence[Path], outdir: Path) -> list[Path]:
        """PDFs with the Chinese/Latin auto-space off, as Word and WPS lay the DOCX out."""
        odts = self.convert(files, "odt", outdir / "odt")
        patched = [without_autospace(odt, outdir / "odt-patched" / odt.name) for odt in odts]
        return self.convert(patched, "pdf", outdir)


_AUTOSPACE = re.compile(rb'style:text-autospace="[^"]*"')


def without_autospace(odt: Path, target: Path) -> Path:
    """A copy of ``odt`` whose paragraph styles have ``style:text-autospace="none"``."""
    target.parent.mkdir(parents=True, exist_ok=True)
    replaced = 0
    with zipfile.ZipFile(odt) as src, zipfile.ZipFile(target, "w") as dst:
        for info in src.infolist():
            data = src.read(info)
            if info.filename in ("styles.xml", "content.xml"):
                data, n = _AUTOSPACE.subn(b'style:text-autospace="none"', data)
                replaced += n
            # "mimetype" must stay first and stored; keep every entry's compression as it was.
            dst.writestr(info, data, compress_type=info.compress_type)
    assert replaced, f"{odt.name}: LibreOffice wrote no text-autospace attribute to switch off"
    return target
