"""The PDF passes a print shop's preflight for fonts: every font the PDF references is embedded
(``pdffonts`` from poppler lists none with "emb" = no). reportlab's canvas used to select Helvetica
at the top of every page without drawing with it, which left an unused, non-embedded font in each
page's resources."""

from __future__ import annotations

import shutil
import subprocess
from pathlib import Path

import pytest
from _cli import run_cli
from _ledger_years import make_years, write_data_file
from test_docx_fidelity import load

from unionbulletin.domain import Bulletin, OrgSettings, Period
from unionbulletin.layout.fonts import resolver_for_settings
from unionbulletin.render.pdf import render_pdf

pytestmark = pytest.mark.skipif(shutil.which("pdffonts") is None, reason="poppler-utils not installed")


def pdffonts(path: Path) -> list[tuple[str, bool]]:
    """(font name, embedded) for every font ``pdffonts`` lists (names contain no spaces)."""
    out = subprocess.run(["pdffonts", str(path)], capture_output=True, text=True, check=True).stdout
    rows = out.splitlines()[2:]  # header and rule
    fonts = []
    for row in rows:
        parts = row.split()
        emb = parts[-5]  # … emb sub uni object ID
        assert emb in ("yes", "no"), row
        fonts.append((parts[0], emb == "yes"))
    return fonts


@pytest.mark.parametrize("name", ["sample-2018", "sample-2020", "long", "sample-2020-table", "empty"])
def test_every_font_is_embedded(name: str, tmp_path: Path) -> None:
    if name == "empty":
        bulletin, settings = Bulletin("荆州市总工会", "工作动态", Period(2026, 11)), OrgSettings()
    else:
        bulletin, settings = load(name)
    path = tmp_path / "out.pdf"
    path.write_bytes(render_pdf(bulletin, settings, fonts=resolver_for_settings(settings)))
    fonts = pdffonts(path)
    assert fonts, "pdffonts lists no font"
    assert [f for f, embedded in fonts if not embedded] == []
    assert not any(f.startswith(("Helvetica", "Times", "Courier")) for f, _ in fonts)


@pytest.mark.slow
def test_ledger_and_compilation_pdfs_embed_every_font(tmp_path: Path) -> None:
    """The 督办 ledger (platypus tables) and the annual compilation draw with reportlab too: a table
    cell or a canvas left on reportlab's defaults references a Helvetica that is never embedded."""
    data = tmp_path / "years.json"
    write_data_file(data, make_years(14))
    ledger = run_cli("ledger", "--year", "2021", "--pdf", tmp_path / "ledger.pdf", db=data)
    assert ledger.returncode == 0, ledger.stderr
    volume = run_cli("compile", "--year", "2021", "--pdf", tmp_path / "volume.pdf", db=data)
    assert volume.returncode == 0, volume.stderr
    for name in ("ledger.pdf", "volume.pdf"):
        fonts = pdffonts(tmp_path / name)
        assert fonts, name
        assert [f for f, embedded in fonts if not embedded] == [], name
        assert not any(f.startswith(("Helvetica", "Times", "Courier")) for f, _ in fonts), name
