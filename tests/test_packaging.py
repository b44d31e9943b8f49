"""Packaging metadata: the Linux desktop entry and AppStream file validate, and every place that states
the version, the icon or the application id agrees with the package."""

from __future__ import annotations

import configparser
import re
import shutil
import subprocess
import tomllib
import xml.etree.ElementTree as ET
from pathlib import Path

import pytest

import unionbulletin

REPO = Path(__file__).resolve().parent.parent
PACKAGING = REPO / "packaging"
APP_ID = "org.unionbulletin.UnionBulletin"
DESKTOP = PACKAGING / f"{APP_ID}.desktop"
METAINFO = PACKAGING / f"{APP_ID}.metainfo.xml"


def _tool(name: str, package: str) -> str:
    path = shutil.which(name)
    if path is None:
        pytest.skip(f"{name} not installed (Debian package {package}; tools/test.sh installs it as root)")
    return path


def test_desktop_file_validates() -> None:
    tool = _tool("desktop-file-validate", "desktop-file-utils")
    result = subprocess.run([tool, str(DESKTOP)], capture_output=True, text=True, timeout=30)
    # desktop-file-validate exits 0 on hints too; any line it prints is a problem worth fixing
    assert result.returncode == 0 and result.stdout.strip() == "", result.stdout + result.stderr


def test_metainfo_validates() -> None:
    tool = _tool("appstreamcli", "appstream")
    result = subprocess.run(
        [tool, "validate", "--no-net", "--pedantic", str(METAINFO)],
        capture_output=True,
        text=True,
        timeout=60,
    )
    assert result.returncode == 0, result.stdout + result.stderr
    assert not re.search(r"^[EW]:", result.stdout, re.MULTILINE), result.stdout


def _desktop_entry() -> configparser.SectionProxy:
    parser = configparser.ConfigParser(interpolation=None, strict=True)
    parser.optionxform = str  # type: ignore[assignment, method-assign]  # keys are case-sensitive
    parser.read(DESKTOP, encoding="utf-8")
    return parser["Desktop Entry"]


def test_desktop_entry_starts_the_installed_command_without_file_arguments() -> None:
    entry = _desktop_entry()
    project = tomllib.loads((REPO / "pyproject.toml").read_text(encoding="utf-8"))["project"]
    assert entry["Exec"].split()[0] in project["scripts"]
    # the command line takes no file to open: a %f/%F would make a double-clicked file an argparse error
    assert "%" not in entry["Exec"] and "MimeType" not in entry
    assert entry["Icon"] == APP_ID
    assert entry["StartupWMClass"] == "unionbulletin"  # QApplication.setApplicationName in app.py
    assert 'setApplicationName("unionbulletin")' in (REPO / "unionbulletin" / "app.py").read_text("utf-8")


def test_version_and_id_agree_everywhere() -> None:
    version = tomllib.loads((REPO / "pyproject.toml").read_text(encoding="utf-8"))["project"]["version"]
    assert unionbulletin.__version__ == version

    root = ET.parse(METAINFO).getroot()
    assert root.findtext("id") == APP_ID
    launchable = root.find("launchable")
    assert launchable is not None and launchable.text == DESKTOP.name
    releases = [r.get("version") for r in root.iter("release")]
    assert releases and releases[0] == version, "the newest <release> must be the package version"

    iss = (PACKAGING / "windows" / "unionbulletin.iss").read_bytes()
    assert iss.startswith(b"\xef\xbb\xbf"), "Inno Setup before 6.3 reads a UTF-8 script only with a BOM"
    assert f'#define AppVersion "{version}"' in iss.decode("utf-8-sig")

    info = (PACKAGING / "windows" / "version_info.txt").read_text(encoding="utf-8")
    numbers = tuple(int(n) for n in version.split("."))
    four = ", ".join(str(n) for n in (*numbers, 0, 0, 0)[:4])
    assert f"filevers=({four})" in info and f"prodvers=({four})" in info
    assert f"StringStruct('FileVersion', '{version}')" in info
    assert f"StringStruct('ProductVersion', '{version}')" in info


def test_icons_exist_in_the_formats_each_platform_needs() -> None:
    png = REPO / "unionbulletin" / "data" / "icons" / "unionbulletin.png"
    data = png.read_bytes()
    assert data[:8] == b"\x89PNG\r\n\x1a\n"
    width, height = int.from_bytes(data[16:20], "big"), int.from_bytes(data[20:24], "big")
    assert (width, height) == (256, 256)  # the size hicolor/256x256/apps expects (packaging/README.md)
    ico = (PACKAGING / "unionbulletin.ico").read_bytes()
    assert ico[:4] == b"\x00\x00\x01\x00" and int.from_bytes(ico[4:6], "little") >= 4
