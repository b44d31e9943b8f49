"""The annual compilation (年度汇编) as one PDF: cover, contents, every bulletin as printed, bookmarks.

Each bulletin's pages are the ones ``layout_bulletin`` gives the single-bulletin PDF and the printer,
drawn by the same ``_Painter`` of ``render.pdf``; the only addition on them is the running volume
number (``layout.volume.with_volume_number``). One canvas serves the whole volume, so every font is
embedded once as a subset covering all bulletins.

Memory stays bounded by the output, not by the bulletins: a first pass lays each bulletin out only to
learn its page count and where its titles stand (the layout cache keeps the last few Documents), the
second pass lays it out again (a cache hit for a normal year) and draws it, keeping nothing.

Bookmarks: 目录, then one per issue (第N期 title) with its two titles (综述 and 安排) below it; every
contents row links to the bulletin's first page.
"""

from __future__ import annotations

import io
from collections.abc import Callable, Sequence
from dataclasses import dataclass

from reportlab import rl_config

from ..domain import Bulletin, OrgSettings
from ..layout.compose import layout_bulletin, style_for
from ..layout.fonts import FontResolver
from ..layout.volume import (
    CoverText,
    VolumePlan,
    blank_page,
    cover_page,
    plan_volume,
    toc_pages,
    volume_entry,
    with_volume_number,
)
from .pdf import PdfResult, _Painter, log, new_canvas

Progress = Callable[[int, int], None]


@dataclass(frozen=True)
class VolumeResult:
    pdf: PdfResult
    plan: VolumePlan


def _outline_title(label: str, title: str) -> str:
    return f"{label} {title}" if label else title


def render_volume(
    bulletins: Sequence[Bulletin],
    settings: OrgSettings,
    cover: CoverText,
    *,
    duplex: bool = True,
    fonts: FontResolver,
    progress: Progress | None = None,
) -> VolumeResult:
    """PDF bytes of the compilation of ``bulletins`` (in the order given) and its page plan, drawn
    with `fonts` (the caller's resolver)."""
    style = style_for(settings)
    with_year = len({b.period.year for b in bulletins}) > 1
    total_steps = 2 * len(bulletins)
    entries = []
    for done, bulletin in enumerate(bulletins, start=1):
        entries.append(volume_entry(bulletin, layout_bulletin(bulletin, style), style, with_year=with_year))
        if progress is not None:
            progress(done, total_steps)
    plan = plan_volume(entries, style, duplex=duplex)

    rl_config.useA85 = 0  # as render.pdf: binary streams, smaller and faster
    buffer = io.BytesIO()
    painter = _Painter(fonts)
    c = new_canvas(buffer, (style.page.width, style.page.height), painter)
    c.setTitle(f"{cover.series}{cover.period}汇编")
    c.setAuthor(cover.org)
    c.setSubject(f"{cover.org}{cover.series}{cover.period}汇编（共{cover.count}期）")
    c.setCreator("unionbulletin")
    c.showOutline()
    height = style.page.height
    number = 0

    def show() -> None:
        nonlocal number
        number += 1
        c.showPage()

    painter.draw_page(c, cover_page(cover, style))
    show()
    if duplex:
        painter.draw_page(c, blank_page(2, style))
        show()
    contents, rows = toc_pages(plan, style)
    for index, page in enumerate(contents):
        if index == 0:
            c.bookmarkPage("toc", fit="XYZ", top=height - style.page.block_top, left=0)
            c.addOutlineEntry("目录", "toc", level=0)
        for row in rows:
            if row.page == page.number:
                rect = (style.page.block_left, height - row.bottom, style.page.block_right, height - row.top)
                c.linkRect("", f"b{row.entry}", rect, relative=0, thickness=0)
        painter.draw_page(c, page)
        show()
    for index, (bulletin, entry) in enumerate(zip(bulletins, plan.entries, strict=True)):
        while number + 1 < entry.start:
            painter.draw_page(c, blank_page(number + 1, style))
            show()
        document = layout_bulletin(bulletin, style)
        for page in document.pages:
            volume_number = entry.start + page.number - 1
            if page.number == 1:
                c.bookmarkPage(f"b{index}", fit="XYZ", top=height, left=0)
                c.addOutlineEntry(_outline_title(entry.label, entry.title), f"b{index}", level=0, closed=True)
            if page.number == entry.summary_mark.page:
                c.bookmarkPage(f"b{index}s", fit="XYZ", top=height - entry.summary_mark.top + 4, left=0)
                c.addOutlineEntry(entry.title, f"b{index}s", level=1)
            if entry.plan_mark is not None and entry.plan_title and page.number == entry.plan_mark.page:
                c.bookmarkPage(f"b{index}p", fit="XYZ", top=height - entry.plan_mark.top + 4, left=0)
                c.addOutlineEntry(entry.plan_title, f"b{index}p", level=1)
            painter.draw_page(c, with_volume_number(page, volume_number, style))
            show()
        if progress is not None:
            progress(len(bulletins) + index + 1, total_steps)
    c.save()
    if painter.missing:
        log.warning("无字体可显示的字符（以方框代替）：%s", "".join(painter.missing))
    result = PdfResult(
        buffer.getvalue(), tuple(painter.missing), dict(painter.faces), tuple(painter.warnings)
    )
    return VolumeResult(result, plan)
