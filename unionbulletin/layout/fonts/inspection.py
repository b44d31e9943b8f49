"""Reading one font file: its family names, its cmap and whether it can be embedded in a PDF.

Only TrueType-outline fonts (a ``glyf`` table) whose OS/2 ``fsType`` allows embedding are usable,
because reportlab embeds nothing else. Results are cached per file (path, face index, mtime, size)
across resolvers. Every file is opened here and closed on every path, also when it is not a font.
"""

from __future__ import annotations

import contextlib
import struct
from array import array
from bisect import bisect_left
from collections.abc import Iterable, Iterator
from dataclasses import dataclass
from functools import lru_cache
from pathlib import Path
from typing import Literal

from fontTools.ttLib import TTCollection, TTFont

SkipCode = Literal["missing", "unreadable", "cff", "no-embedding", "bad-index"]


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


class UnusableFont(Exception):
    """A file that exists (or was asked for) but cannot be used; `reason` is Chinese."""

    def __init__(self, code: SkipCode, reason: str) -> None:
        super().__init__(reason)
        self.code: SkipCode = code
        self.reason = reason


@dataclass(frozen=True)
class FontInfo:
    family: str
    families: frozenset[str]  # every family name of the face, lower-cased
    codepoints: CodepointSet
    plain: bool  # upright, normal width, weight 300-500: preferred among fallbacks


def embeddable(fs_type: int) -> bool:
    """reportlab's rule: restricted-licence (0x0002) and no-subsetting/bitmap-only (0x0300) fail."""
    return not (fs_type == 0x0002 or fs_type & 0x0300)


def inspect_font(path: Path, subfont_index: int = 0) -> tuple[str, CodepointSet]:
    """Family name and cmap code points of a usable face; raises ValueError with a Chinese reason."""
    try:
        info = inspect_face(path, subfont_index)
    except UnusableFont as exc:
        raise ValueError(exc.reason) from None
    return info.family, info.codepoints


def inspect_face(path: Path, subfont_index: int) -> FontInfo:
    """Names and cmap of one face (cached while the file is unchanged); raises UnusableFont."""
    try:
        st = path.stat()
    except OSError:
        raise UnusableFont("missing", "文件不存在") from None
    return _inspect_cached(str(path), subfont_index, st.st_mtime_ns, st.st_size)


@lru_cache(maxsize=512)
def _inspect_cached(path: str, subfont_index: int, _mtime_ns: int, _size: int) -> FontInfo:
    """Read one face (cached by path, index, mtime and size); raises UnusableFont.

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
                    raise UnusableFont(
                        "bad-index",
                        f"字体集合中没有第 {subfont_index} 个字体（共 {len(collection.fonts)} 个）",
                    )
                font = collection.fonts[subfont_index]
            else:
                if subfont_index != 0:
                    raise UnusableFont("bad-index", "不是字体集合（.ttc），字体序号只能为 0")
                font = TTFont(fh, lazy=True)
            if "glyf" not in font:
                if "CFF " in font or "CFF2" in font:
                    raise UnusableFont(
                        "cff", "PostScript（CFF）轮廓的 OpenType 字体，PDF 无法嵌入，需 TrueType 轮廓"
                    )
                raise UnusableFont("unreadable", "没有字形轮廓（glyf 表）")
            plain = True
            if "OS/2" in font:
                os2 = font["OS/2"]
                if not embeddable(int(os2.fsType)):
                    raise UnusableFont("no-embedding", "字体授权不允许嵌入 PDF")
                plain = 300 <= os2.usWeightClass <= 500 and os2.usWidthClass == 5 and not os2.fsSelection & 1
            cmap = _codepoints_of(font)
            names = font["name"]
            family = str(names.getBestFamilyName() or Path(path).stem)
            families = {family.lower()}
            for record in names.names:
                if record.nameID in (1, 4, 16):
                    with contextlib.suppress(UnicodeDecodeError):
                        families.add(record.toUnicode().strip().lower())
            return FontInfo(family, frozenset(families), CodepointSet(cmap), plain)
    except UnusableFont:
        raise
    except Exception as exc:  # fontTools raises many kinds (TTLibError, struct.error, KeyError…)
        raise UnusableFont("unreadable", f"无法读取字体文件（{type(exc).__name__}: {exc}）") from None


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


def subfont_count(path: Path) -> int:
    """How many faces the file holds (a .ttc collection: several; unreadable: 0)."""
    try:
        with path.open("rb") as fh:
            head = fh.read(12)
    except OSError:
        return 0
    if head[:4] == b"ttcf" and len(head) == 12:
        return int.from_bytes(head[8:12], "big")
    return 1
