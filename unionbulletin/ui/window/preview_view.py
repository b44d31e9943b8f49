"""The live preview: every page of the laid-out bulletin, one under the other, drawn by PagePainter.

Zoom: fit width, fit page or a percentage (100 % = real size on a 96-dpi screen). Pages are painted
into images cached by (page, zoom, device pixel ratio); after a re-layout only pages whose boxes
changed are painted again (by the preview worker when they are in view, so the GUI thread only
blits), and the scroll position stays where it was. Clicking a line reports the
item or task it belongs to; `scroll_to_ref` brings an item into view and highlights its lines.
"""

from __future__ import annotations

from dataclasses import dataclass

from PySide6.QtCore import QPointF, QRect, QRectF, Qt, Signal
from PySide6.QtGui import (
    QColor,
    QImage,
    QInputMethodEvent,
    QKeyEvent,
    QMouseEvent,
    QPainter,
    QPaintEvent,
    QResizeEvent,
    QWheelEvent,
)
from PySide6.QtWidgets import QAbstractScrollArea, QWidget

from ...layout.boxes import Document, Line, Page, RefKind
from ...layout.style import PageGeometry
from ...render.qt import PagePainter, PageRasterizer, RasterPages, RasterTarget

MARGIN = 16  # logical pixels around the pages
GAP = 14  # between pages
ZOOM_STEPS = (50, 75, 100, 125, 150, 200)
BACKGROUND = QColor(0x80, 0x86, 0x8E)
A4 = (PageGeometry().width, PageGeometry().height)
HIGHLIGHT = QColor(255, 214, 0, 38)
HIGHLIGHT_BAR = QColor(230, 150, 0)


@dataclass
class _Cached:
    page: Page
    scale: float
    dpr: float
    image: QImage


class PreviewView(QAbstractScrollArea):
    refClicked = Signal(object)  # layout.boxes.Ref
    pageChanged = Signal(int, int)  # current page (1-based), page count
    painted = Signal()  # a paint with at least one page finished
    zoomChanged = Signal(str)
    typedInto = Signal()  # she typed while the preview had the focus (it cannot be edited)

    def __init__(self, page_painter: PagePainter | None = None, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("preview")
        self._painter = page_painter
        self._document: Document | None = None
        self._zoom = "fit-width"
        self._cache: dict[int, _Cached] = {}
        self._highlight = ""
        self._message = self.tr("Laying out…")
        self._current_page = 0
        self.rasterizer: PageRasterizer | None = None  # paints ahead on the preview worker's thread
        self.setMinimumWidth(240)
        self.viewport().setAutoFillBackground(False)
        self.verticalScrollBar().setSingleStep(24)
        # Always there, so "fit width" does not change when the first pages arrive (the worker
        # paints ahead at the width it was told).
        self.setVerticalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOn)
        self.horizontalScrollBar().setSingleStep(24)
        self.setFocusPolicy(Qt.FocusPolicy.StrongFocus)
        # receive an input method's text too, to say where to edit instead of swallowing it
        self.setAttribute(Qt.WidgetAttribute.WA_InputMethodEnabled, True)

    # ------------------------------------------------------------------ public state

    @property
    def document(self) -> Document | None:
        return self._document

    def set_page_painter(self, page_painter: PagePainter) -> None:
        self._painter = page_painter
        self._cache.clear()
        self.viewport().update()

    def set_message(self, message: str) -> None:
        """Text shown instead of the pages (no bulletin, or the layout failed)."""
        self._message = message
        self.viewport().update()

    def set_document(self, document: Document | None, rendered: RasterPages | None = None) -> None:
        """Show new page boxes, keeping the scroll position and the paintings of unchanged pages.

        `rendered` holds pages the worker has already painted; they are used when painted at the
        view's current zoom.
        """
        old = self._cache
        self._cache = {}
        if document is not None:
            for i, page in enumerate(document.pages):
                cached = old.get(i)
                if cached is not None and (cached.page is page or cached.page == page):
                    cached.page = page
                    self._cache[i] = cached
            if (
                rendered is not None
                and self._document_scale(document) == rendered.scale
                and self.devicePixelRatioF() == rendered.dpr
            ):
                for i, (page, image) in rendered.images.items():
                    if i < len(document.pages) and document.pages[i] is page:
                        self._cache[i] = _Cached(page, rendered.scale, rendered.dpr, image)
        self._document = document
        self._update_scrollbars()
        self.viewport().update()
        self._emit_page()

    def zoom(self) -> str:
        return self._zoom

    def set_zoom(self, zoom: str) -> None:
        if zoom == self._zoom:
            return
        anchor = self._relative_position()
        self._zoom = zoom
        self._cache.clear()
        self._update_scrollbars()
        self._restore_relative_position(anchor)
        self.viewport().update()
        self._emit_page()
        self.zoomChanged.emit(zoom)

    def page_count(self) -> int:
        return len(self._document.pages) if self._document else 0

    def current_page(self) -> int:
        return self._current_page

    # ------------------------------------------------------------------ geometry

    def scale(self) -> float:
        """Logical pixels per point at the current zoom."""
        return self._document_scale(self._document)

    def _document_scale(self, doc: Document | None) -> float:
        # Before the first layout arrives, an A4 page: the worker can paint the first pages at once.
        page_width, page_height = (doc.pages[0].width, doc.pages[0].height) if doc and doc.pages else A4
        width = max(self.viewport().width() - 2 * MARGIN, 50)
        height = max(self.viewport().height() - 2 * MARGIN, 50)
        fit_width = width / page_width
        if self._zoom == "fit-width":
            return fit_width
        if self._zoom == "fit-page":
            return min(fit_width, height / page_height)
        try:
            percent = float(self._zoom)
        except ValueError:
            return fit_width
        return percent / 100 * self.logicalDpiX() / 72

    def _page_rects(self) -> list[QRectF]:
        doc = self._document
        if doc is None:
            return []
        scale = self.scale()
        widest = max((p.width for p in doc.pages), default=0) * scale
        area = max(self.viewport().width(), int(widest) + 2 * MARGIN)
        rects = []
        y = float(MARGIN)
        for page in doc.pages:
            w, h = page.width * scale, page.height * scale
            rects.append(QRectF((area - w) / 2, y, w, h))
            y += h + GAP
        return rects

    def _content_size(self) -> tuple[int, int]:
        rects = self._page_rects()
        if not rects:
            return 0, 0
        width = max(r.right() for r in rects) + MARGIN
        return int(width), int(rects[-1].bottom() + MARGIN)

    def _update_scrollbars(self) -> None:
        width, height = self._content_size()
        view = self.viewport().size()
        vbar, hbar = self.verticalScrollBar(), self.horizontalScrollBar()
        vbar.setPageStep(view.height())
        hbar.setPageStep(view.width())
        vbar.setRange(0, max(0, height - view.height()))
        hbar.setRange(0, max(0, width - view.width()))

    def _relative_position(self) -> float:
        _, height = self._content_size()
        return (self.verticalScrollBar().value() + self.viewport().height() / 2) / height if height else 0.0

    def _restore_relative_position(self, anchor: float) -> None:
        _, height = self._content_size()
        self.verticalScrollBar().setValue(int(anchor * height - self.viewport().height() / 2))

    # ------------------------------------------------------------------ painting

    def _image(self, index: int, page: Page, scale: float, dpr: float) -> QImage | None:
        cached = self._cache.get(index)
        if cached is not None and cached.scale == scale and cached.dpr == dpr:
            return cached.image
        if self._painter is None:
            return None
        image = self._painter.render_image(page, scale, dpr)
        self._cache[index] = _Cached(page, scale, dpr, image)
        return image

    def paintEvent(self, event: QPaintEvent) -> None:
        painter = QPainter(self.viewport())
        try:
            painter.fillRect(event.rect(), BACKGROUND)
            doc = self._document
            if doc is None or not doc.pages:
                painter.setPen(Qt.GlobalColor.white)
                painter.drawText(self.viewport().rect(), Qt.AlignmentFlag.AlignCenter, self._message)
                return
            dx = -self.horizontalScrollBar().value()
            dy = -self.verticalScrollBar().value()
            visible = QRectF(event.rect())
            scale = self.scale()
            dpr = self.devicePixelRatioF()
            drawn = 0
            for index, (page, rect) in enumerate(zip(doc.pages, self._page_rects(), strict=True)):
                target = rect.translated(dx, dy)
                if not target.intersects(visible):
                    continue
                painter.fillRect(target.translated(3, 3), QColor(0, 0, 0, 70))
                image = self._image(index, page, scale, dpr)
                if image is not None:
                    painter.drawImage(target.topLeft(), image)
                painter.setPen(QColor(0, 0, 0, 90))
                painter.drawRect(target.adjusted(-0.5, -0.5, 0.5, 0.5))
                if self._highlight:
                    self._paint_highlight(painter, page, target, scale)
                drawn += 1
        finally:
            painter.end()
        if drawn:
            self.painted.emit()

    def _paint_highlight(self, painter: QPainter, page: Page, target: QRectF, scale: float) -> None:
        for line in page.lines:
            if line.ref is not None and line.ref.id == self._highlight:
                x0 = line.x0 if line.x1 > line.x0 else 0.0
                rect = QRectF(
                    target.left() + (x0 - 3) * scale,
                    target.top() + line.top * scale,
                    (line.x1 - x0 + 6) * scale,
                    (line.bottom - line.top) * scale,
                )
                painter.fillRect(rect, HIGHLIGHT)

    def scrollContentsBy(self, dx: int, dy: int) -> None:
        self.viewport().update()
        self._emit_page()

    def resizeEvent(self, event: QResizeEvent) -> None:
        anchor = self._relative_position()
        super().resizeEvent(event)
        if self._zoom.startswith("fit"):
            self._cache.clear()
        self._update_scrollbars()
        if self._zoom.startswith("fit"):
            self._restore_relative_position(anchor)
        self._emit_page()

    def wheelEvent(self, event: QWheelEvent) -> None:
        if event.modifiers() & Qt.KeyboardModifier.ControlModifier:
            self.step_zoom(1 if event.angleDelta().y() > 0 else -1)
            event.accept()
            return
        super().wheelEvent(event)

    def keyPressEvent(self, event: QKeyEvent) -> None:
        text = event.text()
        plain = not event.modifiers() & (
            Qt.KeyboardModifier.ControlModifier | Qt.KeyboardModifier.AltModifier
        )
        if plain and text and text.isprintable() and not text.isspace():
            self.typedInto.emit()
            event.accept()
            return
        super().keyPressEvent(event)

    def inputMethodEvent(self, event: QInputMethodEvent) -> None:
        if event.commitString():
            self.typedInto.emit()
        event.accept()

    def step_zoom(self, step: int) -> None:
        percent = self.scale() * 72 / self.logicalDpiX() * 100
        if step > 0:
            target = next((z for z in ZOOM_STEPS if z > percent + 1), ZOOM_STEPS[-1])
        else:
            target = next((z for z in reversed(ZOOM_STEPS) if z < percent - 1), ZOOM_STEPS[0])
        self.set_zoom(str(target))

    # ------------------------------------------------------------------ pages and lines

    def _emit_page(self) -> None:
        rects = self._page_rects()
        current = 0
        if rects:
            middle = self.verticalScrollBar().value() + self.viewport().height() / 2
            current = 1
            for i, rect in enumerate(rects):
                if rect.top() - GAP / 2 <= middle:
                    current = i + 1
        if current != self._current_page or not rects:
            self._current_page = current
        self.pageChanged.emit(current, len(rects))
        self._publish_target(rects)

    def _publish_target(self, rects: list[QRectF]) -> None:
        """Tell the worker's rasterizer which pages to paint ahead, at which zoom."""
        if self.rasterizer is None:
            return
        top = self.verticalScrollBar().value()
        bottom = top + self.viewport().height()
        visible = [i for i, r in enumerate(rects) if r.bottom() >= top and r.top() <= bottom]
        first, last = (visible[0], visible[-1]) if visible else (0, 1)
        self.rasterizer.target = RasterTarget(self.scale(), self.devicePixelRatioF(), first - 1, last + 1)

    def line_at(self, pos: QPointF) -> Line | None:
        """The line under a viewport position, if any."""
        doc = self._document
        if doc is None:
            return None
        x = pos.x() + self.horizontalScrollBar().value()
        y = pos.y() + self.verticalScrollBar().value()
        scale = self.scale()
        for page, rect in zip(doc.pages, self._page_rects(), strict=True):
            if rect.contains(QPointF(x, y)):
                px, py = (x - rect.left()) / scale, (y - rect.top()) / scale
                for line in page.lines:
                    if line.top <= py <= line.bottom and line.x0 - 8 <= px <= line.x1 + 8:
                        return line
                return None
        return None

    def mousePressEvent(self, event: QMouseEvent) -> None:
        if event.button() == Qt.MouseButton.LeftButton:
            line = self.line_at(event.position())
            if line is not None and line.ref is not None:
                self.refClicked.emit(line.ref)
        super().mousePressEvent(event)

    def set_highlight(self, ref_id: str) -> None:
        if ref_id != self._highlight:
            self._highlight = ref_id
            self.viewport().update()

    def line_rect(self, ref_id: str, kind: RefKind | None = None) -> QRect | None:
        """Content rectangle (logical pixels) of the first line belonging to `ref_id` (or, with
        `kind`, of the first line of that kind of element, e.g. the plan title)."""
        doc = self._document
        if doc is None or not (ref_id or kind):
            return None
        scale = self.scale()
        for page, rect in zip(doc.pages, self._page_rects(), strict=True):
            for line in page.lines:
                if line.ref is not None and (line.ref.kind == kind if kind else line.ref.id == ref_id):
                    return QRectF(
                        rect.left() + line.x0 * scale,
                        rect.top() + line.top * scale,
                        (line.x1 - line.x0) * scale,
                        (line.bottom - line.top) * scale,
                    ).toRect()
        return None

    def scroll_to_ref(self, ref_id: str) -> bool:
        """Highlight the lines of `ref_id` and scroll its first line into view if it is not visible."""
        self.set_highlight(ref_id)
        rect = self.line_rect(ref_id)
        if rect is None:
            return False
        bar = self.verticalScrollBar()
        top, height = bar.value(), self.viewport().height()
        if rect.top() < top or rect.bottom() > top + height:
            bar.setValue(max(0, rect.top() - height // 5))
        return True

    def reveal_char(self, ref_id: str, count: int) -> bool:
        """Keep the line holding the `count`-th printed character of `ref_id` in view, with a little
        room below it, as a word processor keeps the line being typed in view; no scrolling when it
        is already visible. False when the layout has no line of `ref_id`."""
        doc = self._document
        if doc is None:
            return False
        scale = self.scale()
        found: QRectF | None = None
        seen = 0
        for page, rect in zip(doc.pages, self._page_rects(), strict=True):
            for line in page.lines:
                if line.ref is None or line.ref.id != ref_id:
                    continue
                found = QRectF(
                    rect.left(), rect.top() + line.top * scale, rect.width(), (line.bottom - line.top) * scale
                )
                seen += sum(1 for ch in line.text if not ch.isspace())
                if seen >= count:
                    break
            else:
                continue
            break
        if found is None:
            return False
        bar = self.verticalScrollBar()
        top, height = bar.value(), self.viewport().height()
        room = min(found.height() * 3, height / 4)  # the next lines too, as she goes on typing
        if found.bottom() + room > top + height:
            bar.setValue(int(found.bottom() + room - height))
        elif found.top() < top:
            bar.setValue(int(max(0.0, found.top() - room)))
        return True

    def scroll_to_kind(self, kind: RefKind) -> bool:
        """Bring the first line of an element kind (the plan title…) near the top of the view."""
        self.set_highlight("")
        rect = self.line_rect("", kind)
        if rect is None:
            return False
        self.verticalScrollBar().setValue(max(0, rect.top() - self.viewport().height() // 5))
        return True

    def ref_ids(self) -> set[str]:
        doc = self._document
        if doc is None:
            return set()
        return {line.ref.id for page in doc.pages for line in page.lines if line.ref is not None}
