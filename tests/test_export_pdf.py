"""`unionbulletin [--db PATH] export ID --pdf OUT` end to end: the real command in a subprocess, a real
database file, the PDF read back with pdfplumber; the target is replaced atomically.
"""

from __future__ import annotations

import io
import json
from pathlib import Path

import pdfplumber
import pytest
from _cli import run_cli


def _import(db: Path, source: Path) -> int:
    result = run_cli("import", source, "--json", db=db)
    assert result.returncode == 0, result.stderr
    return int(json.loads(result.stdout)["id"])


@pytest.mark.slow
def test_export_pdf_from_the_command_line(tmp_path: Path, fixtures_dir: Path) -> None:
    db = tmp_path / "bulletins.json"
    number = _import(db, fixtures_dir / "sample-2020.json")
    out = tmp_path / "out" / "简报.pdf"
    out.parent.mkdir()
    out.write_bytes(b"old contents")
    result = run_cli("export", str(number), "--pdf", out, db=db)
    assert result.returncode == 0, result.stderr
    data = out.read_bytes()
    assert data.startswith(b"%PDF-")
    with pdfplumber.open(io.BytesIO(data)) as pdf:
        assert len(pdf.pages) >= 5
        first = pdf.pages[0].extract_text() or ""
        assert "荆州市总工会八月份工作综述" in first
        last = "".join(c["text"] for c in pdf.pages[-1].chars)
        assert "报：省总工会" in last and "联系电话：8219262" in last
    assert sorted(p.name for p in out.parent.iterdir()) == ["简报.pdf"]  # no temporary file left


def test_export_pdf_into_a_missing_folder_fails_cleanly(tmp_path: Path, fixtures_dir: Path) -> None:
    db = tmp_path / "bulletins.json"
    number = _import(db, fixtures_dir / "sample-2018.json")
    out = tmp_path / "nowhere" / "x.pdf"
    result = run_cli("export", str(number), "--pdf", out, db=db)
    assert result.returncode == 2
    assert "文件夹不存在" in result.stderr
    assert not out.exists()
