"""The font catalogue: which files are official for each role, which are bundled, where fonts live.

Decisions:

* 华文中宋 (``STZHONGS.TTF``) is used for 小标宋 when no 方正小标宋 file is found, before the bundled
  FandolSong-Bold, but it is reported as a stand-in (``official=False``).
* 仿宋 / 楷体 (``SIMFANG.TTF`` / ``SIMKAI.TTF``, the Windows built-ins) count as official for 仿宋 /
  楷体: same design as the ``_GB2312`` fonts, larger coverage.
* A configured file is official when its file name is one of the role's official file names or its
  family name is one of the role's official face names (English or Chinese).

`write_fontconfig` maps the official names to the bundled faces for LibreOffice (tests, benchmarks).
"""

from __future__ import annotations

import os
import sys
from dataclasses import dataclass
from importlib import resources
from pathlib import Path
from xml.sax.saxutils import escape

from ..style import FontRole

FONT_EXTENSIONS = (".ttf", ".ttc", ".otf", ".otc")


@dataclass(frozen=True)
class OfficialFile:
    """An official (or accepted stand-in) font file looked up in the system font folders."""

    file_name: str
    display: str  # Chinese face name shown to the user
    subfont_index: int = 0
    official: bool = True


OFFICIAL_FILES: dict[FontRole, tuple[OfficialFile, ...]] = {
    FontRole.XIAOBIAOSONG: (
        OfficialFile("FZXBSJW.TTF", "方正小标宋简体"),
        OfficialFile("方正小标宋简体.ttf", "方正小标宋简体"),
        OfficialFile("FZXBSK.TTF", "方正小标宋_GBK"),
        OfficialFile("STZHONGS.TTF", "华文中宋", official=False),
    ),
    FontRole.FANGSONG: (
        OfficialFile("仿宋_GB2312.ttf", "仿宋_GB2312"),
        OfficialFile("FS_GB2312.ttf", "仿宋_GB2312"),
        OfficialFile("SIMFANG.TTF", "仿宋"),
    ),
    FontRole.HEITI: (OfficialFile("SIMHEI.TTF", "黑体"),),
    FontRole.KAITI: (
        OfficialFile("楷体_GB2312.ttf", "楷体_GB2312"),
        OfficialFile("KAITI_GB2312.ttf", "楷体_GB2312"),
        OfficialFile("SIMKAI.TTF", "楷体"),
    ),
    FontRole.SONGTI: (
        OfficialFile("SIMSUN.TTC", "宋体", subfont_index=0),
        OfficialFile("simsun.ttf", "宋体"),
    ),
}

# Family names (any language, compared case-insensitively) that make a configured file official.
OFFICIAL_FAMILIES: dict[FontRole, frozenset[str]] = {
    FontRole.XIAOBIAOSONG: frozenset(
        {"方正小标宋简体", "方正小标宋_gbk", "fzxiaobiaosong-b05s", "fzxiaobiaosong-b05"}
    ),
    FontRole.FANGSONG: frozenset({"仿宋_gb2312", "fangsong_gb2312", "仿宋", "fangsong"}),
    FontRole.HEITI: frozenset({"黑体", "simhei"}),
    FontRole.KAITI: frozenset({"楷体_gb2312", "kaiti_gb2312", "楷体", "kaiti"}),
    FontRole.SONGTI: frozenset({"宋体", "simsun"}),
}

# The bundled files (tools/build_fonts.py) and their family names.
BUNDLED_FILES: dict[FontRole, str] = {
    FontRole.FANGSONG: "FandolFang-Regular.ttf",
    FontRole.SONGTI: "FandolSong-Regular.ttf",
    FontRole.HEITI: "FandolHei-Regular.ttf",
    FontRole.KAITI: "FandolKai-Regular.ttf",
    FontRole.XIAOBIAOSONG: "FandolSong-Bold.ttf",
}
BUNDLED_FAMILIES: dict[FontRole, str] = {
    FontRole.FANGSONG: "UB FandolFang",
    FontRole.SONGTI: "UB FandolSong",
    FontRole.HEITI: "UB FandolHei",
    FontRole.KAITI: "UB FandolKai",
    FontRole.XIAOBIAOSONG: "UB FandolSong Bold",
}

# Face names mapped to the bundled families by the fontconfig file of write_fontconfig().
FONTCONFIG_ALIASES: dict[FontRole, tuple[str, ...]] = {
    FontRole.XIAOBIAOSONG: ("方正小标宋简体", "方正小标宋_GBK", "FZXiaoBiaoSong-B05S", "FZXiaoBiaoSong-B05"),
    FontRole.FANGSONG: ("仿宋_GB2312", "FangSong_GB2312", "仿宋", "FangSong"),
    FontRole.HEITI: ("黑体", "SimHei"),
    FontRole.KAITI: ("楷体_GB2312", "KaiTi_GB2312", "楷体", "KaiTi"),
    FontRole.SONGTI: ("宋体", "SimSun"),
}


def default_system_dirs() -> list[Path]:
    """The platform's font folders (they need not exist)."""
    home = Path.home()
    if sys.platform == "win32":
        windir = Path(os.environ.get("WINDIR", r"C:\Windows"))
        dirs = [windir / "Fonts"]
        local = os.environ.get("LOCALAPPDATA")
        if local:
            dirs.append(Path(local) / "Microsoft" / "Windows" / "Fonts")
        return dirs
    if sys.platform == "darwin":
        return [Path("/Library/Fonts"), Path("/System/Library/Fonts"), home / "Library" / "Fonts"]
    return [
        Path("/usr/share/fonts"),
        Path("/usr/local/share/fonts"),
        home / ".local" / "share" / "fonts",
        home / ".fonts",
    ]


def bundled_font_dir() -> Path:
    """The folder of the shipped fonts, from a source tree, a wheel or a PyInstaller bundle."""
    # files() is a real directory for every way the program is installed (no zip imports).
    return Path(str(resources.files("unionbulletin").joinpath("data", "fonts")))


def write_fontconfig(directory: Path, bundled_dir: Path | None = None) -> Path:
    """Write ``fonts.conf`` into ``directory`` and return its path (for ``FONTCONFIG_FILE``).

    The file includes the system configuration, adds the bundled fonts folder and maps the official
    face names (方正小标宋简体, 仿宋_GB2312, 仿宋, FangSong, 黑体, SimHei, 楷体_GB2312, 楷体, KaiTi,
    宋体, SimSun, …) to the bundled families, so that LibreOffice renders a DOCX naming the official
    fonts with the bundled ones. The font cache goes to ``directory/fontconfig-cache``.
    """
    fonts_dir = (bundled_font_dir() if bundled_dir is None else Path(bundled_dir)).resolve()
    directory.mkdir(parents=True, exist_ok=True)
    cache = directory / "fontconfig-cache"
    lines = [
        '<?xml version="1.0"?>',
        '<!DOCTYPE fontconfig SYSTEM "urn:fontconfig:fonts.dtd">',
        "<!-- Generated by unionbulletin.layout.fonts.write_fontconfig: official names → bundled fonts. -->",
        "<fontconfig>",
        f"  <cachedir>{escape(str(cache))}</cachedir>",
        '  <include ignore_missing="yes">/etc/fonts/fonts.conf</include>',
        f"  <dir>{escape(str(fonts_dir))}</dir>",
    ]
    for role, names in FONTCONFIG_ALIASES.items():
        target = escape(BUNDLED_FAMILIES[role])
        for name in names:
            lines += [
                '  <match target="pattern">',
                f'    <test name="family" qual="any"><string>{escape(name)}</string></test>',
                f'    <edit name="family" mode="assign" binding="strong"><string>{target}</string></edit>',
                "  </match>",
            ]
    lines.append("</fontconfig>")
    path = directory / "fonts.conf"
    path.write_text("\n".join(lines) + "\n", encoding="utf-8")
    return path
