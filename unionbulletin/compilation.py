"""The annual compilation (年度汇编): which bulletins go into it, in what order, and writing the PDF.

Shared by the command line (``compile``) and the window (a year's context menu in the library). The
range is a year, or months from/to (``3`` within ``--year``, or ``2019-07`` across years). Bulletins
are ordered by the month they report on, then by issue number, then by their id; the layout and the
drawing are those of the single-bulletin PDF (``render.pdf_volume``).
"""

from __future__ import annotations

import re
from collections.abc import Callable, Mapping
from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING

from .domain import Bulletin, OrgSettings, Period
from .export import ExportError, write_output

if TYPE_CHECKING:
    from .layout.fonts import FontResolver

MAX_VOLUME_BULLETINS = 400  # a range of over thirty years of monthly issues is refused
_MONTH = re.compile(r"^\s*(?:(\d{4})\s*[-./年]\s*)?(\d{1,2})\s*月?\s*$")


class CompileError(ExportError):
    """A Chinese message for the user (bad range, nothing to compile, file not writable)."""


@dataclass(frozen=True)
class VolumeRange:
    first: Period
    last: Period

    def contains(self, period: Period) -> bool:
        return (
            (self.first.year, self.first.month)
            <= (period.year, period.month)
            <= (self.last.year, self.last.month)
        )

    def text(self) -> str:
        """2020年度 for a whole year, 2020年1月至6月, or 2019年7月至2020年6月."""
        a, b = self.first, self.last
        if a.year == b.year and a.month == 1 and b.month == 12:
            return f"{a.year}年度"
        if a.year == b.year:
            return f"{a.year}年{a.month}月" if a.month == b.month else f"{a.year}年{a.month}月至{b.month}月"
        return f"{a.year}年{a.month}月至{b.year}年{b.month}月"


@dataclass(frozen=True)
class CompileSummary:
    target: Path
    bulletins: int
    pages: int
    starts: tuple[int, ...]  # volume page where each bulletin starts
    missing: tuple[str, ...]
    warnings: tuple[str, ...]


def _parse_month(text: str, year: int | None, what: str) -> Period:
    match = _MONTH.match(text)
    if match is None:
        raise CompileError(f"{what}“{text}”看不懂：请写月份（如 3）或年月（如 2020-03）")
    y = int(match.group(1)) if match.group(1) else year
    month = int(match.group(2))
    if y is None:
        raise CompileError(f"{what}“{text}”没有年份：请写成 2020-03，或同时给出 --year")
    if not 1 <= month <= 12:
        raise CompileError(f"{what}“{text}”的月份应在 1 到 12 之间")
    if not 1900 <= y <= 2999:
        raise CompileError(f"{what}“{text}”的年份不合理")
    return Period(y, month)


def volume_range(year: int | None, start: str | None = None, end: str | None = None) -> VolumeRange:
    """The months to compile; CompileError with a Chinese message when the range makes no sense."""
    if year is not None and not 1900 <= year <= 2999:
        raise CompileError(f"年份 {year} 不合理")
    if year is None and (start is None or end is None):
        raise CompileError("请给出年份（--year 2020），或同时给出起止年月（--from 2019-07 --to 2020-06）")
    first = _parse_month(start, year, "起始月份") if start else Period(year or 0, 1)
    last = _parse_month(end, year, "截止月份") if end else Period(year or 0, 12)
    if (first.year, first.month) > (last.year, last.month):
        raise CompileError(f"起始月份 {first.year}年{first.month}月 晚于截止月份 {last.year}年{last.month}月")
    return VolumeRange(first, last)


def select_bulletins(bulletins: Mapping[int, Bulletin], span: VolumeRange) -> list[Bulletin]:
    """The bulletins of the range in reading order (month, issue number, id)."""
    chosen = [(i, b) for i, b in bulletins.items() if span.contains(b.period)]
    chosen.sort(
        key=lambda p: (
            p[1].period.year,
            p[1].period.month,
            p[1].issue_number if p[1].issue_number is not None else 1 << 30,
            p[0],
        )
    )
    return [b for _i, b in chosen]


def compile_pdf(
    bulletins: Mapping[int, Bulletin],
    settings: OrgSettings,
    span: VolumeRange,
    target: Path,
    *,
    fonts: FontResolver,
    duplex: bool = True,
    progress: Callable[[int, int], None] | None = None,
) -> CompileSummary:
    """Write the compilation of the range to ``target`` (atomically), drawn with `fonts` (the window's
    render setup, or the command line's resolver for this run); CompileError on failure."""
    from .layout.volume import CoverText
    from .render.pdf_volume import render_volume

    target = Path(target)
    chosen = select_bulletins(bulletins, span)
    if not chosen:
        raise CompileError(f"{span.text()}没有简报，未生成汇编")
    if len(chosen) > MAX_VOLUME_BULLETINS:
        raise CompileError(
            f"一本汇编最多收 {MAX_VOLUME_BULLETINS} 期简报，所选范围有 {len(chosen)} 期，请缩小范围"
        )
    if not target.parent.is_dir():
        raise CompileError(f"生成汇编失败：文件夹不存在：{target.parent}")
    org = settings.org or chosen[0].org
    series = settings.series or chosen[0].series
    cover = CoverText(org, series, span.text(), len(chosen))
    result = render_volume(chosen, settings, cover, duplex=duplex, fonts=fonts, progress=progress)
    write_output(target, result.pdf.data)
    starts = tuple(e.start for e in result.plan.entries)
    return CompileSummary(
        target, len(chosen), result.plan.total_pages, starts, result.pdf.missing, result.pdf.warnings
    )
