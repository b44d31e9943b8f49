"""The QPainter page painter: the real layout of a sample drawn offscreen, checked pixel by pixel."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from PySide6.QtGui import QColor, QImage

from unionbulletin.domain.exchange import from_exchange
from unionbulletin.layout.boxes import LineKind, Page, TextRun
from unionbulletin.layout.compose import layout_bulletin
from unionbulletin.layout.fonts import FontResolver
from unionbulletin.layout.style import FontRole
from unionbulletin.render.qt import PagePainter

SCALE = 1.5  # pixels per point


@pytest.fixture(scope="module")
def painter(qapp: object) -> PagePainter:
    return PagePainter(FontResolver(system_dirs=[]))  # bundled fonts only: the same on every machine


@pytest.fixture(scope="module")
def first_page() -> Page:
    data = json.loads((Path(__file__).parent / "fixtures" / "sample-2018.json").read_text(encoding="utf-8"))
    return layout_bulletin(from_exchange(data)).pages[0]


def _ink(image: QImage, x0: float, y0: float, x1: float, y1: float, *, red: bool = False) -> int:
    """Pixels in the rectangle (points) that are dark (or red)."""
    count = 0
    for y in range(int(y0 * SCALE), int(y1 * SCALE)):
        for x in range(int(x0 * SCALE), int(x1 * SCALE)):
            c = QColor(image.pixel(x, y))
            if red:
                count += c.red() > 180 and c.green() < 90 and c.blue() < 90
            else:
                count += c.red() < 110 and c.green() < 110 and c.blue() < 110
    return count


def test_page_is_white_with_ink_where_the_boxes_are(painter: PagePainter, first_page: Page) -> None:
    image = painter.render_image(first_page, SCALE)
    assert (image.width(), image.height()) == (
        round(first_page.width * SCALE),
        round(first_page.height * SCALE),
    )
    assert QColor(image.pixel(5, 5)) == QColor("white")
    body = next(ln for ln in first_page.lines if ln.kind == LineKind.BODY)
    size = body.runs[0].size
    # every character cell of the first body line has ink; the margin left of it has none
    for run in body.runs:
        for x, adv, ch in zip(run.xs, run.advances, run.text, strict=True):
            if not ch.isspace():
                assert _ink(image, x, run.baseline - size * 0.8, x + adv, run.baseline + size * 0.1) > 3, ch
    assert _ink(image, 0, body.top, body.x0 - 2, body.bottom) == 0


def test_masthead_and_rule_are_red(painter: PagePainter, first_page: Page) -> None:
    image = painter.render_image(first_page, SCALE)
    name = next(ln for ln in first_page.lines if ln.kind == LineKind.MASTHEAD_NAME)
    assert _ink(image, name.x0, name.top, name.x1, name.bottom, red=True) > 500
    rule = next(r for r in first_page.rules if r.colour[0] > 0.9 and r.colour[1] < 0.1)
    mid = (rule.x0 + rule.x1) / 2
    assert _ink(image, mid - 20, rule.y0 - 2, mid + 20, rule.y0 + 2, red=True) > 40
    assert _ink(image, mid - 20, rule.y0 + 6, mid + 20, rule.y0 + 10, red=True) == 0


def test_characters_missing_from_the_role_font_come_from_the_fallback(painter: PagePainter) -> None:
    cell = 16.0
    text = "温度℉高㊣"  # ℉ is in FandolSong only; no bundled font has ㊣
    run = TextRun(
        text,
        FontRole.FANGSONG,
        16.0,
        tuple(20 + i * cell for i in range(len(text))),
        (cell,) * len(text),
        40.0,
    )
    segments = [(face.path.name if face else None, a, b) for face, a, b in painter._segments(run)]
    assert segments == [
        ("FandolFang-Regular.ttf", 0, 2),
        ("FandolSong-Regular.ttf", 2, 3),
        ("FandolFang-Regular.ttf", 3, 4),
        (None, 4, 5),
    ]
    from unionbulletin.layout.boxes import Line

    page = Page(1, 200, 60, (Line(LineKind.BODY, (run,), 40.0, 24.0, 44.0),))
    image = painter.render_image(page, SCALE)
    assert _ink(image, 20 + 2 * cell, 26, 20 + 3 * cell, 42) > 10  # ℉ drawn
    assert _ink(image, 20 + 4 * cell, 26, 20 + 5 * cell, 42) > 10  # ㊣: a .notdef box, as in the PDF


def test_device_pixel_ratio_gives_a_sharper_image_of_the_same_logical_size(
    painter: PagePainter, first_page: Page
) -> None:
    image = painter.render_image(first_page, 1.0, 2.0)
    assert image.devicePixelRatio() == 2.0
    assert image.width() == round(first_page.width * 2.0)
