"""Font resolution per role (official-format.md §3): which font file draws which character.

Order for a role: the file the user configured → an official Windows face found in the system font
folders by file name → the bundled Fandol TrueType conversion (``unionbulletin/data/fonts``, see
``tools/build_fonts.py``). Only TrueType-outline fonts (a ``glyf`` table) whose OS/2 ``fsType``
allows embedding are used, because reportlab embeds nothing else. For characters the role's face
lacks, ``face_for_char`` walks a fallback chain: the other bundled faces, then every other usable
TrueType font of the system (CJK fonts first).

Decisions:

* 华文中宋 (``STZHONGS.TTF``) is used for 小标宋 when no 方正小标宋 file is found, before the bundled
  FandolSong-Bold, but it is reported as a stand-in (``official=False``).
* 仿宋 / 楷体 (``SIMFANG.TTF`` / ``SIMKAI.TTF``, the Windows built-ins) count as official for 仿宋 /
  楷体: same design as the ``_GB2312`` fonts, larger coverage.
* A configured file is official when its file name is one of the role's official file names or its
  family name is one of the role's official face names (English or Chinese).

Pure Python: fontTools reads the cmaps; no Qt, no reportlab.
"""

from __future__ import annotations

import contextlib
import os
import struct
import sys
import threading
import unicodedata
from array import array
from bisect import bisect_left
from collections.abc import Iterable, Iterator, Mapping, Sequence
from dataclasses import dataclass
from functools import lru_cache
from importlib import resources
from pathlib import Path
from typing import Literal
from xml.sax.saxutils import escape

from fontTools.ttLib import TTCollection, TTFont

from ..domain.model import OrgSettings
from .style import DOCX_FONT_NAMES, ROLE_LABELS, FontRole

FontSource = Literal["configured", "system", "bundled", "fallback"]
SkipCode = Literal["missing", "unreadable", "cff", "no-embedding", "bad-index"]

FONT_EXTENSIONS = (".ttf", ".ttc", ".otf", ".otc")


@dataclass(frozen=True)
class FontFace:
    """One face of one font file; ``official`` means it is one of the official Chinese faces."""

    path: Path
    subfont_index: int
    family: str
    source: FontSource
    official: bool


@dataclass(frozen=True)
class SkippedFont:
    """A configured or official candidate that exists (or was asked for) but cannot be used."""

    path: Path
    code: SkipCode
    reason: str  # user-facing, Chinese


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

# Characters always excluded from missing_chars(): they are never drawn.
_IGNORED_CATEGORIES = frozenset({"Cc", "Cf", "Zs", "Zl", "Zp"})
_CJK_PROBES = (0x4E00, 0x3002)  # 一 and 。: a font with both is treated as a CJK font


class FontNotFoundError(RuntimeError):
    """No usable font at all for a role (no bundled fonts and no TrueType font on the system)."""


class CodepointSet:
    """The code points of a cmap, sorted in an array: 4 bytes each, membership by binary search.

    A whole Windows font folder holds about a million mapped code points; as Python sets they
    would take some 60 MB. Lookups are cached per character by FontResolver anyway.
    """

    __slots__ = ("_cps",)

    def __init__(self, codepoints: Iterable[int]) -> None:
        self._cps = array("I", sorted(set(codepoints)))

    def __contains__(self, cp: object) -> bool:
        if not isinstance(cp, int):
            return False
        i = bisect_left(self._cps, cp)
        return i < len(self._cps) and self._cps[i] == cp

    def __len__(self) -> int:
        return len(self._cps)

    def __iter__(self) -> Iterator[int]:
        return iter(self._cps)


class _Unusable(Exception):
    def __init__(self, code: SkipCode, reason: str) -> None:
        super().__init__(reason)
        self.code: SkipCode = code
        self.reason = reason


@dataclass(frozen=True)
class _FontInfo:
    family: str
    families: frozenset[str]  # every family name of the face, lower-cased
    codepoints: CodepointSet
    plain: bool  # upright, normal width, weight 300-500: preferred among fallbacks


@dataclass(frozen=True)
class RoleReport:
    """What a role resolved to and why better candidates were not used."""

    role: FontRole
    label: str  # 小标宋 / 仿宋 / 黑体 / 楷体 / 宋体
    wanted: str  # the official face name, e.g. 仿宋_GB2312
    face: FontFace
    skipped: tuple[SkippedFont, ...]

    @property
    def warning(self) -> str | None:
        """A one-line Chinese warning when the face is a stand-in, else None."""
        if self.face.official:
            return None
        if self.face.source == "configured":
            return f"所配置的字体 {self.face.family} 不是官方字体“{self.wanted}”"
        where = "随程序附带的" if self.face.source == "bundled" else "系统字体"
        return f"未找到官方字体“{self.wanted}”，使用{where} {self.face.family} 代替"

    def to_dict(self) -> dict[str, object]:
        return {
            "role": self.role.value,
            "label": self.label,
            "wanted": self.wanted,
            "file": str(self.face.path),
            "subfont_index": self.face.subfont_index,
            "family": self.face.family,
            "source": self.face.source,
            "official": self.face.official,
            "warning": self.warning,
            "skipped": [{"file": str(s.path), "code": s.code, "reason": s.reason} for s in self.skipped],
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


def embeddable(fs_type: int) -> bool:
    """reportlab's rule: restricted-licence (0x0002) and no-subsetting/bitmap-only (0x0300) fail."""
    return not (fs_type == 0x0002 or fs_type & 0x0300)


def inspect_font(path: Path, subfont_index: int = 0) -> tuple[str, CodepointSet]:
    """Family name and cmap code points of a usable face; raises ValueError with a Chinese reason."""
    try:
        info = _inspect(path, subfont_index)
    except _Unusable as exc:
        raise ValueError(exc.reason) from None
    return info.family, info.codepoints


def _inspect(path: Path, subfont_index: int) -> _FontInfo:
    try:
        st = path.stat()
    except OSError:
        raise _Unusable("missing", "文件不存在") from None
    return _inspect_cached(str(path), subfont_index, st.st_mtime_ns, st.st_size)


@lru_cache(maxsize=512)
def _inspect_cached(path: str, subfont_index: int, _mtime_ns: int, _size: int) -> _FontInfo:
    """Read one face (cached by path, index, mtime and size); raises _Unusable.

    The file is opened here and closed on every path: fontTools leaves its own handle open when a
    file turns out not to be a font, and on Windows an open handle keeps the user from replacing it.
    """
    try:
        with open(path, "rb") as fh:
            tag = fh.read(4)
            fh.seek(0)
            if tag == b"ttcf":
                collection = TTCollection(fh, lazy=True)
                if not 0 <= subfont_index < len(collection.fonts):
                    raise _Unusable(
                        "bad-index",
                        f"字体集合中没有第 {subfont_index} 个字体（共 {len(collection.fonts)} 个）",
                    )
                font = collection.fonts[subfont_index]
            else:
                if subfont_index != 0:
                    raise _Unusable("bad-index", "不是字体集合（.ttc），字体序号只能为 0")
                font = TTFont(fh, lazy=True)
            if "glyf" not in font:
                if "CFF " in font or "CFF2" in font:
                    raise _Unusable(
                        "cff", "PostScript（CFF）轮廓的 OpenType 字体，PDF 无法嵌入，需 TrueType 轮廓"
                    )
                raise _Unusable("unreadable", "没有字形轮廓（glyf 表）")
            plain = True
            if "OS/2" in font:
                os2 = font["OS/2"]
                if not embeddable(int(os2.fsType)):
                    raise _Unusable("no-embedding", "字体授权不允许嵌入 PDF")
                plain = 300 <= os2.usWeightClass <= 500 and os2.usWidthClass == 5 and not os2.fsSelection & 1
            cmap = _codepoints_of(font)
            names = font["name"]
            family = str(names.getBestFamilyName() or Path(path).stem)
            families = {family.lower()}
            for record in names.names:
                if record.nameID in (1, 4, 16):
                    with contextlib.suppress(UnicodeDecodeError):
                        families.add(record.toUnicode().strip().lower())
            return _FontInfo(family, frozenset(families), CodepointSet(cmap), plain)
    except _Unusable:
        raise
    except Exception as exc:  # fontTools raises many kinds (TTLibError, struct.error, KeyError…)
        raise _Unusable("unreadable", f"无法读取字体文件（{type(exc).__name__}: {exc}）") from None


# Preferred cmap subtables, best first (fontTools' getBestCmap order).
_CMAP_PREFERENCE = ((3, 10), (0, 6), (0, 4), (3, 1), (0, 3), (0, 2), (0, 1), (0, 0))


def _codepoints_of(font: TTFont) -> list[int]:
    """The code points the font maps to a real glyph, read straight from the raw cmap table.

    fontTools' getBestCmap decompiles every glyph name (≈ 0.1 s for a CJK font); reading the
    format 4/12 subtable with struct takes a few milliseconds, which matters at start-up.
    """
    try:
        data = font.reader["cmap"]
    except KeyError:
        return []
    try:
        return _parse_cmap(bytes(data))
    except struct.error:
        return sorted((font.getBestCmap() or {}).keys())


def _parse_cmap(data: bytes) -> list[int]:
    _, count = struct.unpack_from(">HH", data, 0)
    offsets: dict[tuple[int, int], int] = {}
    for i in range(count):
        platform, encoding, offset = struct.unpack_from(">HHI", data, 4 + 8 * i)
        offsets.setdefault((platform, encoding), offset)
    for key in _CMAP_PREFERENCE:
        if key not in offsets:
            continue
        offset = offsets[key]
        fmt = struct.unpack_from(">H", data, offset)[0]
        if fmt == 12:
            return _parse_format12(data, offset)
        if fmt == 4:
            return _parse_format4(data, offset)
    return []


def _parse_format12(data: bytes, offset: int) -> list[int]:
    groups = struct.unpack_from(">I", data, offset + 12)[0]
    out: list[int] = []
    for i in range(groups):
        start, end, glyph = struct.unpack_from(">III", data, offset + 16 + 12 * i)
        if glyph == 0:
            start += 1  # the first code point of the group maps to .notdef
        out.extend(range(start, end + 1))
    return out


def _parse_format4(data: bytes, offset: int) -> list[int]:
    seg_x2 = struct.unpack_from(">H", data, offset + 6)[0]
    segs = seg_x2 // 2
    ends_at = offset + 14
    starts_at = ends_at + seg_x2 + 2
    deltas_at = starts_at + seg_x2
    ranges_at = deltas_at + seg_x2
    ends = struct.unpack_from(f">{segs}H", data, ends_at)
    starts = struct.unpack_from(f">{segs}H", data, starts_at)
    deltas = struct.unpack_from(f">{segs}h", data, deltas_at)
    range_offsets = struct.unpack_from(f">{segs}H", data, ranges_at)
    out: list[int] = []
    for i in range(segs):
        start, end, delta, range_offset = starts[i], ends[i], deltas[i], range_offsets[i]
        if start == 0xFFFF:
            continue
        if range_offset == 0:
            out.extend(c for c in range(start, end + 1) if (c + delta) & 0xFFFF)
            continue
        base = ranges_at + 2 * i + range_offset
        for c in range(start, end + 1):
            glyph = struct.unpack_from(">H", data, base + 2 * (c - start))[0]
            if glyph and (glyph + delta) & 0xFFFF:
                out.append(c)
    return out


def _subfont_count(path: Path) -> int:
    try:
        with path.open("rb") as fh:
            head = fh.read(12)
    except OSError:
        return 0
    if head[:4] == b"ttcf" and len(head) == 12:
        return int.from_bytes(head[8:12], "big")
    return 1


def _parse_configured(value: str | Path) -> tuple[Path, int]:
    """A configured entry is a path, optionally ``file.ttc#N`` for face N of a collection."""
    path = Path(value).expanduser()
    if isinstance(value, str) and not path.exists() and "#" in value:
        base, _, index = value.rpartition("#")
        if index.isdigit():
            return Path(base).expanduser(), int(index)
    return path, 0


class FontResolver:
    """Resolves each FontRole to a font file and finds a font for every character.

    Cheap to construct; folders are listed and cmaps read lazily, once (cmaps are cached per file
    across resolvers). Safe to share between threads.
    """

    def __init__(
        self,
        configured: Mapping[FontRole, str | Path] | None = None,
        system_dirs: Sequence[Path] | None = None,
        bundled_dir: Path | None = None,
    ) -> None:
        self._configured = dict(configured or {})
        self._system_dirs = list(default_system_dirs() if system_dirs is None else system_dirs)
        self._bundled_dir = bundled_font_dir() if bundled_dir is None else Path(bundled_dir)
        self._lock = threading.RLock()
        self._file_index: dict[str, list[Path]] | None = None
        self._resolved: dict[FontRole, tuple[FontFace, tuple[SkippedFont, ...]]] = {}
        self._primary: dict[FontRole, list[tuple[FontFace, CodepointSet]]] = {}
        self._system_faces: list[tuple[FontFace, CodepointSet]] | None = None
        self._char_cache: dict[FontRole, dict[str, FontFace | None]] = {role: {} for role in FontRole}

    # ----------------------------------------------------------------- role resolution

    def resolve(self, role: FontRole) -> FontFace:
        """The face that draws ``role``; raises FontNotFoundError if there is no usable font at all."""
        return self._resolve(role)[0]

    def skipped(self, role: FontRole) -> tuple[SkippedFont, ...]:
        """Configured/official/bundled candidates that were found unusable while resolving ``role``."""
        return self._resolve(role)[1]

    def _resolve(self, role: FontRole) -> tuple[FontFace, tuple[SkippedFont, ...]]:
        cached = self._resolved.get(role)
        if cached is not None:
            return cached
        with self._lock:
            cached = self._resolved.get(role)
            if cached is None:
                cached = self._resolve_uncached(role)
                self._resolved[role] = cached
            return cached

    def _resolve_uncached(self, role: FontRole) -> tuple[FontFace, tuple[SkippedFont, ...]]:
        skipped: list[SkippedFont] = []

        def usable(path: Path, index: int) -> _FontInfo | None:
            try:
                return _inspect(path, index)
            except _Unusable as exc:
                skipped.append(SkippedFont(path, exc.code, exc.reason))
                return None

        value = self._configured.get(role)
        if value is not None and str(value).strip():
            path, index = _parse_configured(value)
            info = usable(path, index)
            if info is not None:
                names = {c.file_name.lower() for c in OFFICIAL_FILES[role] if c.official}
                official = path.name.lower() in names or bool(info.families & OFFICIAL_FAMILIES[role])
                return FontFace(path, index, info.family, "configured", official), tuple(skipped)

        for candidate in OFFICIAL_FILES[role]:
            for path in self._files_named(candidate.file_name):
                info = usable(path, candidate.subfont_index)
                if info is not None:
                    face = FontFace(path, candidate.subfont_index, info.family, "system", candidate.official)
                    return face, tuple(skipped)

        bundled = self._bundled_dir / BUNDLED_FILES[role]
        info = usable(bundled, 0)
        if info is not None:
            return FontFace(bundled, 0, info.family, "bundled", False), tuple(skipped)

        system = self._system_fallbacks()
        if system:
            return system[0][0], tuple(skipped)
        raise FontNotFoundError(f"找不到可用于“{ROLE_LABELS[role]}”的 TrueType 字体")

    def _files_named(self, file_name: str) -> list[Path]:
        if self._file_index is None:
            with self._lock:
                if self._file_index is None:
                    self._file_index = self._scan_dirs()
        return self._file_index.get(file_name.lower(), [])

    def _scan_dirs(self) -> dict[str, list[Path]]:
        index: dict[str, list[Path]] = {}
        for root in self._system_dirs:
            if not root.is_dir():
                continue
            for dirpath, dirnames, filenames in os.walk(root, onerror=None):
                dirnames.sort()
                for name in sorted(filenames):
                    if name.lower().endswith(FONT_EXTENSIONS):
                        index.setdefault(name.lower(), []).append(Path(dirpath) / name)
        return index

    # ----------------------------------------------------------------- per-character fallback

    def fallback_chain(self, role: FontRole) -> list[FontFace]:
        """The role's face, the other bundled faces, then every other usable system TrueType font."""
        chain = [face for face, _ in self._primary_chain(role)]
        seen = {(face.path, face.subfont_index) for face in chain}
        chain += [face for face, _ in self._system_fallbacks() if (face.path, face.subfont_index) not in seen]
        return chain

    def face_for_char(self, role: FontRole, ch: str) -> FontFace | None:
        """The first face of the fallback chain whose cmap maps ``ch`` (one code point), or None."""
        cache = self._char_cache[role]
        try:
            return cache[ch]
        except KeyError:
            pass
        cp = ord(ch)
        found: FontFace | None = None
        for face, codepoints in self._primary_chain(role):
            if cp in codepoints:
                found = face
                break
        else:
            for face, codepoints in self._system_fallbacks():
                if cp in codepoints:
                    found = face
                    break
        cache[ch] = found
        return found

    def missing_chars(self, text: str, role: FontRole) -> list[str]:
        """Characters of ``text`` (once each, in order) that no font can draw; blanks/controls ignored."""
        missing: list[str] = []
        seen: set[str] = set()
        for ch in text:
            if ch in seen:
                continue
            seen.add(ch)
            if ch.isspace() or unicodedata.category(ch) in _IGNORED_CATEGORIES:
                continue
            if self.face_for_char(role, ch) is None:
                missing.append(ch)
        return missing

    def _primary_chain(self, role: FontRole) -> list[tuple[FontFace, CodepointSet]]:
        chain = self._primary.get(role)
        if chain is not None:
            return chain
        with self._lock:
            chain = self._primary.get(role)
            if chain is None:
                chain = self._build_primary(role)
                self._primary[role] = chain
            return chain

    def _build_primary(self, role: FontRole) -> list[tuple[FontFace, CodepointSet]]:
        chain: list[tuple[FontFace, CodepointSet]] = []
        seen: set[tuple[Path, int]] = set()

        def add(face: FontFace) -> None:
            key = (face.path, face.subfont_index)
            if key in seen:
                return
            try:
                info = _inspect(face.path, face.subfont_index)
            except _Unusable:
                return
            seen.add(key)
            chain.append((face, info.codepoints))

        try:
            add(self.resolve(role))
        except FontNotFoundError:
            return chain
        # The role's own bundled face first, then the others in BUNDLED_FILES order.
        order = [role, *(r for r in BUNDLED_FILES if r != role)]
        for other in order:
            path = self._bundled_dir / BUNDLED_FILES[other]
            if path.is_file():
                add(FontFace(path, 0, BUNDLED_FAMILIES[other], "bundled", False))
        return chain

    def _system_fallbacks(self) -> list[tuple[FontFace, CodepointSet]]:
        """Every usable TrueType face in the system folders (scanned once).

        Order: CJK fonts before others, plain (upright, regular weight and width) before bold,
        italic or condensed ones, larger cmaps first, then by path.
        """
        if self._system_faces is not None:
            return self._system_faces
        with self._lock:
            if self._system_faces is None:
                self._system_faces = self._scan_system_faces()
            return self._system_faces

    def _scan_system_faces(self) -> list[tuple[FontFace, CodepointSet]]:
        if self._file_index is None:
            self._files_named("")  # builds the index
        assert self._file_index is not None
        paths = sorted({p for ps in self._file_index.values() for p in ps}, key=lambda p: str(p).lower())
        found: list[tuple[tuple[bool, bool, int, str, int], FontFace, CodepointSet]] = []
        for path in paths:
            for index in range(_subfont_count(path)):
                try:
                    info = _inspect(path, index)
                except _Unusable:
                    continue
                face = FontFace(path, index, info.family, "fallback", False)
                is_cjk = all(cp in info.codepoints for cp in _CJK_PROBES)
                key = (not is_cjk, not info.plain, -len(info.codepoints), str(path).lower(), index)
                found.append((key, face, info.codepoints))
        found.sort(key=lambda item: item[0])
        return [(face, codepoints) for _, face, codepoints in found]

    # ----------------------------------------------------------------- reporting

    def report(self) -> list[RoleReport]:
        """One entry per role (in FontRole order) for `unionbulletin fonts` and the settings dialog."""
        reports: list[RoleReport] = []
        for role in FontRole:
            face, skipped = self._resolve(role)
            reports.append(
                RoleReport(role, ROLE_LABELS[role], DOCX_FONT_NAMES["gb2312"][role], face, skipped)
            )
        return reports


def configured_from_settings(font_files: Iterable[tuple[str, str]]) -> dict[FontRole, str]:
    """Turn ``OrgSettings.font_files`` ((role value, path) pairs) into FontResolver's ``configured``.

    Unknown role names and empty paths are ignored.
    """
    result: dict[FontRole, str] = {}
    values = {role.value: role for role in FontRole}
    for key, path in font_files:
        role = values.get(key)
        if role is not None and path.strip():
            result[role] = path
    return result


def resolver_for_settings(settings: OrgSettings) -> FontResolver:
    """The resolver of the user's font choice (``settings.font_files``): the one place that builds one.

    The window builds it once in its render setup (`controller.render_setup`) and passes it on; the
    command line builds one per run. Everything else (checks, the PDF renderers, exports) is given
    one, so the preview, printing, export and proofreading never disagree about a face.
    """
    return FontResolver(configured_from_settings(settings.font_files))


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
