"""The standalone Linux program: PyInstaller builds packaging/unionbulletin.spec into a temporary
folder, and the frozen program (not the checkout) runs --version, imports a sample, exports PDF and
DOCX and takes a screenshot of its window offscreen, and under Xvfb with the xcb plugin it ships."""

from __future__ import annotations

import json
import os
import shutil
import subprocess
import sys
from collections.abc import Iterator
from pathlib import Path

import pdfplumber
import pytest
from docx import Document
from PIL import Image

import unionbulletin

pytestmark = pytest.mark.slow

REPO = Path(__file__).resolve().parent.parent
SPEC = REPO / "packaging" / "unionbulletin.spec"
SIZE_LIMIT_MIB = 200  # 164 MiB measured (PySide6 6.11 and 6.12; 32 MiB fonts, 36 MiB ICU): a guard


def folder_size(folder: Path) -> int:
    return sum(p.stat().st_size for p in folder.rglob("*") if p.is_file() and not p.is_symlink())


@pytest.fixture(scope="module")
def frozen(tmp_path_factory: pytest.TempPathFactory) -> Iterator[Path]:
    """The one-folder build (built once for this module); yields the folder."""
    pytest.importorskip("PyInstaller", reason="pip install pyinstaller (the test extra has it)")
    work = tmp_path_factory.mktemp("pyinstaller")
    result = subprocess.run(
        [
            sys.executable,
            "-m",
            "PyInstaller",
            "--noconfirm",
            "--log-level",
            "WARN",
            "--distpath",
            str(work / "dist"),
            "--workpath",
            str(work / "build"),
            str(SPEC),
        ],
        capture_output=True,
        text=True,
        cwd=REPO,
        timeout=600,
    )
    assert result.returncode == 0, result.stdout[-3000:] + result.stderr[-5000:]
    folder = work / "dist" / "unionbulletin"
    yield folder
    shutil.rmtree(work, ignore_errors=True)


@pytest.fixture
def home(tmp_path: Path) -> Path:
    folder = tmp_path / "home"
    folder.mkdir()
    return folder


def run_frozen(
    folder: Path,
    home: Path,
    *args: str | Path,
    env: dict[str, str] | None = None,
    timeout: float = 90,
    prefix: list[str] | None = None,
) -> subprocess.CompletedProcess[str]:
    """Run the frozen program with a private home and no PYTHONPATH (nothing from the checkout)."""
    child_env = {k: v for k, v in os.environ.items() if not k.startswith(("PYTHON", "QT_"))}
    child_env.update(
        HOME=str(home),
        XDG_DATA_HOME=str(home / "data"),
        XDG_CONFIG_HOME=str(home / "config"),
        XDG_CACHE_HOME=str(home / "cache"),
        QT_QPA_PLATFORM="offscreen",
    )
    child_env.update(env or {})
    return subprocess.run(
        [*(prefix or []), str(folder / "unionbulletin"), *map(str, args)],
        capture_output=True,
        text=True,
        encoding="utf-8",
        env=child_env,
        cwd=home,
        timeout=timeout,
    )


def test_folder_is_small_and_holds_only_what_the_program_uses(
    frozen: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    size = folder_size(frozen) / 2**20
    internal = frozen / "_internal"
    fonts = folder_size(internal / "unionbulletin" / "data" / "fonts") / 2**20
    with capsys.disabled():
        print(f"\nfrozen folder: {size:.0f} MiB ({fonts:.0f} MiB of it bundled fonts) at {frozen}")
    assert size < SIZE_LIMIT_MIB
    assert fonts > 30  # the Fandol faces travel with the program
    plugins = {
        p.relative_to(internal / "PySide6" / "Qt" / "plugins").as_posix()
        for p in (internal / "PySide6" / "Qt" / "plugins").rglob("*.so")
    }
    assert "platforms/libqxcb.so" in plugins and "platforms/libqoffscreen.so" in plugins
    assert "printsupport/libcupsprintersupport.so" in plugins
    assert "platforminputcontexts/libibusplatforminputcontextplugin.so" in plugins  # typing Chinese
    assert not [p for p in plugins if p.startswith(("wayland", "egl", "platformthemes", "generic"))]
    translations = sorted(p.name for p in (internal / "PySide6" / "Qt" / "translations").iterdir())
    assert translations == ["qtbase_zh_CN.qm"]
    assert (internal / "unionbulletin" / "data" / "translations" / "unionbulletin_zh_CN.qm").is_file()
    assert not list(internal.glob("libssl*")) and not list(internal.glob("libgtk*"))


def test_version(frozen: Path, home: Path) -> None:
    result = run_frozen(frozen, home, "--version")
    assert result.returncode == 0, result.stderr
    assert result.stdout.strip() == f"unionbulletin {unionbulletin.__version__}"


def test_import_and_export_pdf_and_docx(frozen: Path, home: Path, samples_dir: Path) -> None:
    db = home / "bulletins.json"
    result = run_frozen(frozen, home, "--db", db, "import", samples_dir / "2018-11-report.txt", "--json")
    assert result.returncode == 0, result.stderr
    imported = json.loads(result.stdout)
    bid = imported["id"]
    listed = json.loads(run_frozen(frozen, home, "--db", db, "list", "--json").stdout)
    assert bid in [row["id"] for row in listed]

    pdf, docx = home / "out.pdf", home / "out.docx"
    for flag, target in (("--pdf", pdf), ("--docx", docx)):
        result = run_frozen(frozen, home, "--db", db, "export", str(bid), flag, target)
        assert result.returncode == 0, result.stderr
    with pdfplumber.open(pdf) as doc:
        text = "".join((page.extract_text() or "") for page in doc.pages).replace(" ", "")
        assert len(doc.pages) >= 2
    assert "荆州市总工会十一月份工作完成情况" in text
    assert "工会要情摘报" in text  # the masthead, drawn with the bundled fonts
    paragraphs = [p.text for p in Document(str(docx)).paragraphs]
    assert any("十一月份工作完成情况" in p for p in paragraphs)
    assert any(p.startswith("一、") for p in paragraphs)


def _red_pixels(png: Path) -> int:
    with Image.open(png) as image:
        data = image.convert("RGB").reduce(2).tobytes()
    return sum(1 for i in range(0, len(data), 3) if data[i] > 180 and data[i + 1] < 90 and data[i + 2] < 90)


def test_screenshot_offscreen(frozen: Path, home: Path, samples_dir: Path) -> None:
    db = home / "bulletins.json"
    shot = home / "window.png"
    result = run_frozen(frozen, home, "--db", db, "--screenshot", shot, "--open", "2")
    assert result.returncode == 0, result.stderr
    assert "Could not" not in result.stderr, result.stderr
    with Image.open(shot) as image:
        assert image.size == (1366, 768)
    assert shot.stat().st_size > 50_000  # a painted window, not a blank one
    assert _red_pixels(shot) > 300  # the red masthead of the previewed page


def test_window_on_x11_with_the_bundled_xcb_plugin(frozen: Path, home: Path) -> None:
    xvfb_run = shutil.which("xvfb-run")
    if xvfb_run is None:
        pytest.skip("xvfb-run not installed (Debian package xvfb)")
    shot = home / "x11.png"
    xvfb = [xvfb_run, "-a", "-s", "-screen 0 1400x900x24"]
    result = run_frozen(
        frozen,
        home,
        "--db",
        home / "bulletins.json",
        "--screenshot",
        shot,
        env={"QT_QPA_PLATFORM": "xcb"},
        prefix=xvfb,
    )
    assert result.returncode == 0, result.stderr
    assert "qt.qpa" not in result.stderr, result.stderr
    assert _red_pixels(shot) > 300
