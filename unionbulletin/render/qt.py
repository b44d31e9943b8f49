"""QPainter page painter: draws `layout.boxes.Page` for the preview and the printer.

The same page boxes feed the PDF renderer, so the screen shows exactly what prints. Every character
is placed at its own x origin from the layout (no re-flow); glyphs come from the font files the
FontResolver chose (per-character fallback included), loaded as `QRawFont`s at the exact pixel size
of the zoom. The painter is independent of any widget: `paint(page, painter, scale)` draws onto any
QPaintDevice whose coordinates are device pixels; `scale` is device pixels per point.
"""

from __future__ import annotations

import threading
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path

from PySide6.QtCore import QPointF, QRectF, Qt
from PySide6.QtGui import QColor, QFont, QFontDatabase, QGlyphRun, QImage, QPainter, QPen, QRawFont

from ..layout.boxes import RGB, Document, Page, TextRun
from ..layout.fonts import FontFace, FontResolver
from ..layout.style import FontRole

# Same thresholds as render/pdf.py, so the screen and the paper place every glyph alike.
SCALE_THRESHOLD = 1.05

_registered: dict[Path, list[str]] = {}
_register_lock = threading.Lock()


def register_font_file(path: Path) -> list[str]:
    """Register a font file with QFontDatabase (once per process); returns its family names."""
    path = Path(path)
    with _register_lock:
        families = _registered.get(path)
        if families is None:
            font_id = QFontDatabase.addApplicationFont(str(path))
            families = list(QFontDatabase.applicationFontFamilies(font_id)) if font_id >= 0 else []
            _registered[path] = families
        return families


def qcolor(rgb: RGB) -> QColor:
    return QColor.fromRgbF(rgb[0], rgb[1], rgb[2])


class PagePainter:
    """Paints page boxes. Create one per resolver and reuse it: it caches raw fonts per size.

    Use from the GUI thread (or any single thread at a time).
    """

    def __init__(self, resolver: FontResolver, *, register_fonts: bool = True) -> None:
        self._resolver = resolver
        self._register = register_fonts  # QFontDatabase is touched from the GUI thread only
        self._raw: dict[tuple[Path, int, float], QRawFont] = {}
        self._families: dict[tuple[Path, int], str] = {}

    @property
    def resolver(self) -> FontResolver:
        return self._resolver

    def prepare(self, document: Document) -> None:
        """Resolve the font of every character of `document` (reads font cmaps: slow the first time).

        Touches no Qt object, so the preview worker calls it on its thread right after the layout;
        painting then finds every answer cached and never stalls the GUI thread.
        """
        for role in FontRole:
            self._resolver.resolve(role)
        seen: set[tuple[FontRole, str]] = set()
        for page in document.pages:
            for line in page.lines:
                for run in line.runs:
                    for ch in run.text:
                        if (run.role, ch) not in seen:
                            seen.add((run.role, ch))
                            self._resolver.face_for_char(run.role, ch)

    # ------------------------------------------------------------------ fonts

    def _family(self, face: FontFace) -> str:
        key = (face.path, face.subfont_index)
        family = self._families.get(key)
        if family is None:
            families = register_font_file(face.path)
            family = families[min(face.subfont_index, len(families) - 1)] if families else face.family
            self._families[key] = family
        return family

    def raw_font(self, face: FontFace, pixel_size: float) -> QRawFont:
        key = (face.path, face.subfont_index, round(pixel_size, 2))
        raw = self._raw.get(key)
        if raw is None:
            if self._register:
                self._family(face)  # registered with QFontDatabase once, for widgets and printing alike
            if face.subfont_index == 0 or not self._register:
                raw = QRawFont(str(face.path), key[2])
            else:  # QRawFont reads the first face of a collection only: go through the registration
                qfont = QFont(self._family(face))
                qfont.setPixelSize(max(1, round(pixel_size)))
                raw = QRawFont.fromFont(qfont)
                raw.setPixelSize(key[2])
            self._raw[key] = raw
        return raw

    def _segments(self, run: TextRun) -> Iterator[tuple[FontFace | None, int, int]]:
        """Consecutive characters of `run` drawn by the same face: (face, start, end)."""
        start = 0
        current: FontFace | None = None
        for i, ch in enumerate(run.text):
            face = self._resolver.face_for_char(run.role, ch) if not ch.isspace() else current
            if i == 0:
                current = face
            elif face != current:
                yield current, start, i
                start, current = i, face
        if run.text:
            yield current, start, len(run.text)

    # ------------------------------------------------------------------ painting

    def paint(self, page: Page, painter: QPainter, scale: float, *, background: bool = True) -> None:
        """Draw `page` with its top-left corner at the painter's origin, `scale` pixels per point."""
        painter.save()
        try:
            painter.setRenderHint(QPainter.RenderHint.Antialiasing, True)
            painter.setRenderHint(QPainter.RenderHint.TextAntialiasing, True)
            if background:
                painter.fillRect(QRectF(0, 0, page.width * scale, page.height * scale), Qt.GlobalColor.white)
            for rule in page.rules:
                pen = QPen(qcolor(rule.colour), max(rule.width * scale, 0.5))
                pen.setCapStyle(Qt.PenCapStyle.FlatCap)
                painter.setPen(pen)
                painter.drawLine(
                    QPointF(rule.x0 * scale, rule.y0 * scale), QPointF(rule.x1 * scale, rule.y1 * scale)
                )
            for line in page.lines:
                for run in line.runs:
                    self._paint_run(run, painter, scale)
        finally:
            painter.restore()

    def _paint_run(self, run: TextRun, painter: QPainter, scale: float) -> None:
        """Each glyph at its x origin, adjusted exactly as the PDF renderer does: a glyph narrower
        than its cell is centred in it, a wider one is narrowed to the cell."""
        if not run.text:
            return
        painter.setPen(qcolor(run.colour))
        pixel_size = run.size * scale
        baseline = run.baseline * scale
        for face, start, end in self._segments(run):
            if face is None:  # no font has it: the role's font draws its .notdef box, as in the PDF
                face = self._resolver.resolve(run.role)
            raw = self.raw_font(face, pixel_size)
            if not raw.isValid():
                continue
            chars = run.text[start:end]
            glyphs = [g for ch in chars for g in raw.glyphIndexesForString(ch)[:1]]
            if len(glyphs) != len(chars):
                continue
            widths = raw.advancesForGlyphIndexes(glyphs)
            positions: list[QPointF] = []
            kept: list[int] = []
            for glyph, width_point, x, advance in zip(
                glyphs, widths, run.xs[start:end], run.advances[start:end], strict=True
            ):
                cell = advance * scale
                width = width_point.x()
                left = x * scale
                if cell > 0 and width > cell * SCALE_THRESHOLD:
                    self._paint_narrowed(painter, raw, glyph, left, baseline, cell / width)
                    continue
                if width < cell / SCALE_THRESHOLD:
                    left += (cell - width) / 2
                positions.append(QPointF(left, 0.0))
                kept.append(glyph)
            if kept:
                glyph_run = QGlyphRun()
                glyph_run.setRawFont(raw)
                glyph_run.setGlyphIndexes(kept)
                glyph_run.setPositions(positions)
                painter.drawGlyphRun(QPointF(0.0, baseline), glyph_run)

    @staticmethod
    def _paint_narrowed(
        painter: QPainter, raw: QRawFont, glyph: int, left: float, baseline: float, factor: float
    ) -> None:
        glyph_run = QGlyphRun()
        glyph_run.setRawFont(raw)
        glyph_run.setGlyphIndexes([glyph])
        glyph_run.setPositions([QPointF(0.0, 0.0)])
        painter.save()
        painter.translate(left, baseline)
        painter.scale(factor, 1.0)
        painter.drawGlyphRun(QPointF(0.0, 0.0), glyph_run)
        painter.restore()

    def render_image(self, page: Page, scale: float, device_pixel_ratio: float = 1.0) -> QImage:
        """The page as an image `scale × dpr` pixels per point, tagged with the pixel ratio."""
        pixels = scale * device_pixel_ratio
        image = QImage(
            max(1, round(page.width * pixels)),
            max(1, round(page.height * pixels)),
            QImage.Format.Format_ARGB32_Premultiplied,
        )
        image.setDevicePixelRatio(device_pixel_ratio)
        image.fill(Qt.GlobalColor.white)
        painter = QPainter(image)
        try:
            # the image's logical coordinates are device-independent; draw in physical pixels
            painter.scale(1 / device_pixel_ratio, 1 / device_pixel_ratio)
            self.paint(page, painter, pixels, background=False)
        finally:
            painter.end()
        return image


@dataclass(frozen=True)
class RasterTarget:
    """Where the preview shows pages: pixels per point, device pixel ratio, the pages in view.

    The GUI thread replaces the rasterizer's target with a new object; the worker reads it once per job.
    """

    scale: float
    dpr: float
    first: int  # 0-based index of the first page to paint ahead (in view, or next to it)
    last: int


@dataclass(frozen=True)
class RasterPages:
    """Page images made on the worker thread: (page boxes, image) by page index."""

    scale: float
    dpr: float
    images: dict[int, tuple[Page, QImage]]


class PageRasterizer:
    """The preview worker's render step: pages in and near the view painted into images off the GUI
    thread, so that after an edit the GUI thread only has to blit them.

    It owns its own PagePainter (raw fonts are per thread) and skips a page equal to the one it
    painted at the same index and target last time: the view kept that painting.
    """

    def __init__(self, resolver: FontResolver) -> None:
        self._painter = PagePainter(resolver, register_fonts=False)
        self.target: RasterTarget | None = None
        self._done: dict[int, Page] = {}
        self._done_for: tuple[float, float] | None = None

    @property
    def fonts(self) -> FontResolver:
        return self._painter.resolver

    def __call__(self, document: Document) -> RasterPages | None:
        self._painter.prepare(document)
        target = self.target
        if target is None:
            return None
        if self._done_for != (target.scale, target.dpr):
            self._done = {}
            self._done_for = (target.scale, target.dpr)
        images: dict[int, tuple[Page, QImage]] = {}
        for index in range(max(0, target.first), min(len(document.pages), target.last + 1)):
            page = document.pages[index]
            if self._done.get(index) == page:
                continue
            images[index] = (page, self._painter.render_image(page, target.scale, target.dpr))
            self._done[index] = page
        for index in [i for i in self._done if i >= len(document.pages)]:
            del self._done[index]
        return RasterPages(target.scale, target.dpr, images)
