"""Font resolution per role (official-format.md §3): which font file draws which character.

Order for a role: the file the user configured → an official Windows face found in the system font
folders by file name (`catalogue`) → the bundled Fandol TrueType conversion (``unionbulletin/data/
fonts``, see ``tools/build_fonts.py``). For characters the role's face lacks, ``face_for_char`` walks
a fallback chain: the other bundled faces, then every other usable TrueType font of the system (CJK
fonts first).

`resolver_for_settings` is the one place that builds a resolver: the window's render setup calls it
once (and again after Settings → Fonts), the command line once per run; everything else is given one.
"""

from __future__ import annotations

import os
import threading
import unicodedata
from collections.abc import Iterable, Mapping, Sequence
from pathlib import Path

from ...domain.model import OrgSettings
from ..style import DOCX_FONT_NAMES, ROLE_LABELS, FontRole
from .catalogue import (
    BUNDLED_FAMILIES,
    BUNDLED_FILES,
    FONT_EXTENSIONS,
    OFFICIAL_FAMILIES,
    OFFICIAL_FILES,
    bundled_font_dir,
    default_system_dirs,
)
from .inspection import CodepointSet, FontInfo, UnusableFont, inspect_face, subfont_count
from .report import FontFace, RoleReport, SkippedFont

# Characters always excluded from missing_chars(): they are never drawn.
_IGNORED_CATEGORIES = frozenset({"Cc", "Cf", "Zs", "Zl", "Zp"})
_CJK_PROBES = (0x4E00, 0x3002)  # 一 and 。: a font with both is treated as a CJK font


class FontNotFoundError(RuntimeError):
    """No usable font at all for a role (no bundled fonts and no TrueType font on the system)."""


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

        def usable(path: Path, index: int) -> FontInfo | None:
            try:
                return inspect_face(path, index)
            except UnusableFont as exc:
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
                info = inspect_face(face.path, face.subfont_index)
            except UnusableFont:
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
            for index in range(subfont_count(path)):
                try:
                    info = inspect_face(path, index)
                except UnusableFont:
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
