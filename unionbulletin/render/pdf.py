"""PDF export: the page boxes of the layout engine drawn with the reportlab canvas (no platypus).

Every character is drawn at its own x origin in the face that serves it
(``FontResolver.face_for_char``: the role's font, else the first font of the fallback chain that has
the glyph). TrueType faces are registered once per process and embedded as subsets. Characters that
no font has are drawn with the role's font (a visible .notdef box, never silently dropped), listed in
``PdfResult.missing`` and logged. A glyph wider than its grid cell (a proportional ``%`` or ``W`` of a
stand-in font in a half cell) is narrowed with the horizontal-scale operator so that it never
overlaps its neighbour, and a glyph narrower than its cell (a proportional ``.`` or ``-``) is centred in
it; the official faces have half-width ASCII, which needs neither.

Colours: the masthead name and the red rule in RGB red, everything else black. The page boxes are
top-down; reportlab is bottom-up, so y is flipped here.
"""

from __future__ import annotations

import io
import logging
import threading
from dataclasses import dataclass, field
from pathlib import Path

from reportlab import rl_config
from reportlab.pdfbase import pdfmetrics
from reportlab.pdfbase.ttfonts import TTFont
from reportlab.pdfgen import canvas as rl_canvas

from ..domain import Bulletin, OrgSettings
from ..layout.boxes import Document, Page, TextRun
from ..layout.compose import layout_bulletin, style_for
from ..layout.fonts import (
    BUNDLED_FAMILIES,
    BUNDLED_FILES,
    FontFace,
    FontResolver,
    bundled_font_dir,
)
from ..layout.style import FontRole, Style

log = logging.getLogger(__name__)

SCALE_THRESHOLD = 1.05  # glyph advance / grid advance above which the glyph is narrowed

_registered: dict[tuple[str, int], str] = {}
_unloadable: dict[tuple[str, int], str] = {}
_register_lock = threading.Lock()


@dataclass(frozen=True)
class PdfResult:
    data: bytes
    missing: tuple[str, ...] = ()  # characters no font could draw (shown as .notdef boxes)
    faces: dict[FontRole, FontFace] = field(default_factory=dict)  # the primary face of each role
    warnings: tuple[str, ...] = ()  # Chinese messages, e.g. a font file that could not be loaded


class FontLoadError(Exception):
    """reportlab cannot use a font file that the resolver accepted (a damaged or unusual file)."""


def register_face(face: FontFace) -> str:
    """The reportlab font name of ``face``, registering the file on first use (once per process).

    Raises FontLoadError (also on later calls) when reportlab cannot load the file.
    """
    key = (str(face.path), face.subfont_index)
    name = _registered.get(key)
    if name is not None:
        return name
    with _register_lock:
        if key in _unloadable:
            raise FontLoadError(_unloadable[key])
        name = _registered.get(key)
        if name is None:
            name = f"UB{len(_registered) + 1}-{Path(face.path).stem}"
            try:
                pdfmetrics.registerFont(TTFont(name, str(face.path), subfontIndex=face.subfont_index))
            except Exception as exc:  # reportlab raises TTFError, struct.error, KeyError, …
                _unloadable[key] = f"{face.path}：{type(exc).__name__}: {exc}"
                raise FontLoadError(_unloadable[key]) from exc
            _registered[key] = name
    return name


def bundled_face(role: FontRole) -> FontFace:
    path = bundled_font_dir() / BUNDLED_FILES[role]
    return FontFace(path, 0, BUNDLED_FAMILIES[role], "bundled", False)


class _Painter:
    def __init__(self, fonts: FontResolver) -> None:
        self.fonts = fonts
        self.missing: list[str] = []
        self._missing_seen: set[str] = set()
        self._font_for: dict[tuple[FontRole, str], str] = {}
        self._width: dict[tuple[str, str], float] = {}
        self.faces: dict[FontRole, FontFace] = {}
        self.warnings: list[str] = []

    def font_name(self, role: FontRole, ch: str) -> str:
        key = (role, ch)
        name = self._font_for.get(key)
        if name is not None:
            return name
        face = self.fonts.face_for_char(role, ch)
        if face is None:
            if ch not in self._missing_seen and not ch.isspace():
                self._missing_seen.add(ch)
                self.missing.append(ch)
            face = self.primary(role)
        try:
            name = register_face(face)
        except FontLoadError as exc:
            self._warn(str(exc))
            name = register_face(self.primary(role))
        self._font_for[key] = name
        return name

    def primary(self, role: FontRole) -> FontFace:
        """The role's face, or its bundled stand-in when reportlab cannot load the resolved file."""
        face = self.faces.get(role)
        if face is None:
            face = self.fonts.resolve(role)
            try:
                register_face(face)
            except FontLoadError as exc:
                self._warn(str(exc))
                face = bundled_face(role)
            self.faces[role] = face
        return face

    def _warn(self, message: str) -> None:
        text = f"无法使用字体文件 {message}，已改用随程序附带的字体"
        if text not in self.warnings:
            self.warnings.append(text)
            log.warning(text)

    def glyph_width(self, font: str, ch: str) -> float:
        """Advance of ``ch`` in ``font`` at 1 pt."""
        key = (font, ch)
        width = self._width.get(key)
        if width is None:
            width = pdfmetrics.stringWidth(ch, font, 1.0)
            self._width[key] = width
        return width

    def _glyphs(self, run: TextRun) -> list[_Glyph]:
        """Font, x origin and horizontal scale of each character of ``run``."""
        glyphs: list[_Glyph] = []
        for ch, x, advance in zip(run.text, run.xs, run.advances, strict=True):
            font = self.font_name(run.role, ch)
            width = self.glyph_width(font, ch) * run.size
            scale = 100.0
            if width > advance * SCALE_THRESHOLD and advance > 0:
                scale = 100.0 * advance / width
                width = advance
            elif width < advance / SCALE_THRESHOLD:
                x += (advance - width) / 2  # a narrow glyph is centred in its cell
            glyphs.append(_Glyph(ch, font, x, width, scale))
        return glyphs

    def _pieces(self, c: rl_canvas.Canvas, segments: list[list[_Glyph]]) -> list[list[_Glyph]]:
        """Cut segments where reportlab switches to another 256-glyph subset of the font.

        A subset switch starts a new ``Tj``; pdfminer (and so pdfplumber) adds ``Tc`` only between
        the glyphs of one string, so every piece gets its own text origin to keep readers exact.
        """
        pieces: list[list[_Glyph]] = []
        for segment in segments:
            if len(segment) == 1:
                pieces.append(segment)
                continue
            font = pdfmetrics.getFont(segment[0].font)
            start = 0
            # splitString assigns subset codes exactly as textOut will (c._doc is reportlab's own
            # handle for it, used the same way by its text objects).
            for _subset, encoded in font.splitString("".join(g.ch for g in segment), c._doc):
                pieces.append(segment[start : start + len(encoded)])
                start += len(encoded)
        return pieces

    def draw_page(self, c: rl_canvas.Canvas, page: Page) -> None:
        height = page.height
        c.setLineCap(0)
        for rule in page.rules:
            c.setStrokeColorRGB(*rule.colour)
            c.setLineWidth(rule.width)
            c.line(rule.x0, height - rule.y0, rule.x1, height - rule.y1)
        text = c.beginText()
        state = _TextState()
        for line in page.lines:
            for run in line.runs:
                if run.colour != state.colour:
                    state.colour = run.colour
                    text.setFillColorRGB(*run.colour)
                y = height - run.baseline
                for segment in self._pieces(c, _segments(self._glyphs(run))):
                    first = segment[0]
                    if state.font != (first.font, run.size):
                        state.font = (first.font, run.size)
                        text.setFont(first.font, run.size)
                    if first.scale != state.scale:
                        state.scale = first.scale
                        text.setHorizScale(first.scale)
                    spacing = segment[1].x - first.x - first.width if len(segment) > 1 else state.spacing
                    if abs(spacing - state.spacing) > 1e-4:
                        state.spacing = spacing
                        text.setCharSpace(spacing)
                    text.setTextOrigin(first.x, y)
                    text.textOut("".join(g.ch for g in segment))
        c.drawText(text)


@dataclass(frozen=True)
class _Glyph:
    ch: str
    font: str
    x: float
    width: float  # drawn advance in points
    scale: float  # horizontal scale in percent


@dataclass
class _TextState:
    font: tuple[str, float] | None = None
    colour: tuple[float, float, float] | None = None
    scale: float = 100.0
    spacing: float = 0.0


def _segments(glyphs: list[_Glyph]) -> list[list[_Glyph]]:
    """Split a run into pieces drawn with one ``Tj``: same font, no scaling, evenly spaced.

    Within a piece the character spacing (``Tc``) is the constant gap between one glyph's advance
    and the next origin, so the viewer puts every glyph exactly at its layout x.
    """
    segments: list[list[_Glyph]] = []
    for glyph in glyphs:
        if segments:
            current = segments[-1]
            last = current[-1]
            if glyph.font == last.font and glyph.scale == 100.0 and last.scale == 100.0:
                gap = glyph.x - last.x - last.width
                if len(current) == 1 or abs(gap - (current[1].x - current[0].x - current[0].width)) < 1e-4:
                    current.append(glyph)
                    continue
        segments.append([glyph])
    return segments


def new_canvas(buffer: io.BytesIO, size: tuple[float, float], painter: _Painter) -> rl_canvas.Canvas:
    """A canvas whose initial font is one of ours (registered first), not reportlab's Helvetica.

    reportlab writes its initial font into every page's preamble; with the default that is a
    Helvetica referenced but never embedded (pdffonts lists it with emb "no").
    """
    for role in FontRole:
        painter.primary(role)
    initial = register_face(painter.primary(FontRole.FANGSONG))
    return rl_canvas.Canvas(buffer, pagesize=size, pageCompression=1, initialFontName=initial)


def render_document(document: Document, fonts: FontResolver) -> PdfResult:
    """Draw laid-out pages into PDF bytes."""
    # Binary streams (Flate only): no ASCII85 layer, which costs a third of the time of embedding
    # the CJK font subsets and 25 % of the file size. reportlab is used by this module only.
    rl_config.useA85 = 0
    buffer = io.BytesIO()
    first = document.pages[0] if document.pages else None
    size = (first.width, first.height) if first else (595.2756, 841.8898)
    painter = _Painter(fonts)
    c = new_canvas(buffer, size, painter)
    c.setTitle(document.title)
    c.setAuthor(document.author)
    c.setSubject(document.subject)
    c.setCreator("unionbulletin")
    for page in document.pages:
        c.setPageSize((page.width, page.height))
        painter.draw_page(c, page)
        c.showPage()
    c.save()
    if painter.missing:
        log.warning("无字体可显示的字符（以方框代替）：%s", "".join(painter.missing))
    return PdfResult(buffer.getvalue(), tuple(painter.missing), dict(painter.faces), tuple(painter.warnings))


def render_pdf_result(
    bulletin: Bulletin,
    settings: OrgSettings | None = None,
    *,
    fonts: FontResolver,
    style: Style | None = None,
) -> PdfResult:
    """The PDF of ``bulletin`` with the report of fonts used and characters no font has.

    `fonts` is the caller's resolver (the window's render setup, or the command line's
    `layout.fonts.resolver_for_settings`): none is built here. `style` (default: the settings' own)
    lets the window pass its render setup's, e.g. for letterhead.
    """
    settings = settings or OrgSettings()
    document = layout_bulletin(bulletin, style or style_for(settings))
    return render_document(document, fonts)


def render_pdf(
    bulletin: Bulletin,
    settings: OrgSettings | None = None,
    *,
    fonts: FontResolver,
    style: Style | None = None,
) -> bytes:
    """PDF bytes of ``bulletin`` in the official layout (the entry point of ``export.export_bulletin``)."""
    return render_pdf_result(bulletin, settings, fonts=fonts, style=style).data
