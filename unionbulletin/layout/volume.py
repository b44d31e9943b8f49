"""The annual compilation (年度汇编) as page boxes: cover, table of contents, running volume numbers.

The bulletins themselves are not laid out again here: their pages come from ``layout_bulletin``
unchanged, and ``with_volume_number`` only adds one small line “总第N页” beside each page's own
“— n —” (on the outer side of it, so it stays visible when the volume is bound). Everything else is
built from the same style tokens and runs as a bulletin page, so the PDF painter draws it as it is.

Volume page numbers are the physical page numbers of the PDF (cover = 1), so “page 17” in the
contents is page 17 in any PDF viewer. For double-sided binding (``duplex``) the contents and every
bulletin start on a right-hand (odd) page, a blank page filling the gap, so a bulletin's page 1
keeps its number on the outer edge as when it was printed alone.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass, replace

from ..domain import Bulletin
from ..domain.conventions import plan_title, summary_title
from .boxes import Document, Line, LineKind, Page, RefKind, Rule
from .compose import page_number_line
from .lines import EM_ASCENT, EM_DESCENT, ProtoRun, baseline_in_cell, natural_run, run_width
from .masthead import masthead_name_size
from .style import FontRole, Style

TOC_SIZE = 14.0  # 四号
VOLUME_NUMBER_SIZE = 10.5  # 五号
VOLUME_NUMBER_GAP = 7.0  # half a 四号 character between “— n —” and “总第N页”
TOC_PAGE_CELLS = 2.0  # four half-width digits
TOC_GAP_CELLS = 1.0


def volume_number_text(number: int) -> str:
    return f"总第{number}页"


@dataclass(frozen=True)
class TitleMark:
    """Where a bulletin's title stands: the bulletin page (1-based) and the top of its first line."""

    page: int
    top: float


@dataclass(frozen=True)
class VolumeEntry:
    """One bulletin as the contents and the bookmarks see it."""

    label: str  # 第8期 (may be empty when the bulletin has no number)
    title: str
    plan_title: str | None
    month: str  # 8月, or 2020年8月 when the volume spans several years
    pages: int
    summary_mark: TitleMark
    plan_mark: TitleMark | None
    start: int = 0  # volume page of the bulletin's page 1 (set by plan_volume)


@dataclass(frozen=True)
class TocRow:
    """A table-of-contents row on the page: for links from the contents to the bulletin."""

    page: int  # volume page
    top: float
    bottom: float
    entry: int  # index into VolumePlan.entries


@dataclass(frozen=True)
class VolumePlan:
    entries: tuple[VolumeEntry, ...]
    toc_start: int  # volume page of the first contents page
    toc_pages: int
    total_pages: int
    duplex: bool


@dataclass(frozen=True)
class CoverText:
    org: str
    series: str
    period: str  # 2020年度, or 2020年1月至6月
    count: int  # number of bulletins


def volume_entry(bulletin: Bulletin, document: Document, style: Style, *, with_year: bool) -> VolumeEntry:
    """What the contents and the bookmarks need of one laid-out bulletin (nothing of its pages)."""
    summary: TitleMark | None = None
    plan: TitleMark | None = None
    for page in document.pages:
        for line in page.lines:
            if line.ref is None or line.kind != LineKind.TITLE:
                continue
            if line.ref.kind == RefKind.SUMMARY_TITLE and summary is None:
                summary = TitleMark(page.number, line.top)
            elif line.ref.kind == RefKind.PLAN_TITLE and plan is None:
                plan = TitleMark(page.number, line.top)
    period = bulletin.period
    month = f"{period.year}年{period.month}月" if with_year else f"{period.month}月"
    return VolumeEntry(
        label=f"第{bulletin.issue_number}期" if bulletin.issue_number is not None else "",
        title=summary_title(bulletin),
        plan_title=plan_title(bulletin) if bulletin.plan is not None else None,
        month=month,
        pages=len(document.pages),
        summary_mark=summary or TitleMark(1, style.page.block_top),
        plan_mark=plan,
    )


# ------------------------------------------------------------------------------------------ contents


@dataclass(frozen=True)
class _Columns:
    label: float  # x of the 期号
    title: float  # left of the title column
    title_right: float
    month_right: float
    page_right: float


def _columns(entries: Sequence[VolumeEntry], style: Style) -> _Columns:
    """Columns as wide as their longest entry (a heading at least), the rest for the titles."""
    geo = style.page
    gap = TOC_GAP_CELLS * TOC_SIZE
    label = max([run_width("期号", TOC_SIZE), *(run_width(e.label, TOC_SIZE) for e in entries)])
    month = max([run_width("月份", TOC_SIZE), *(run_width(e.month, TOC_SIZE) for e in entries)])
    month_right = geo.block_right - TOC_PAGE_CELLS * TOC_SIZE - gap
    return _Columns(
        geo.block_left, geo.block_left + label + gap, month_right - month - gap, month_right, geo.block_right
    )


def _wrap(text: str, width: float, size: float) -> list[str]:
    """Greedy character wrap of a contents title (a title is at most a few hundred characters)."""
    lines: list[str] = []
    current = ""
    for ch in text:
        if current and run_width(current + ch, size) > width:
            lines.append(current)
            current = ""
        current += ch
    return [*lines, current] if current or not lines else lines


def _rows_per_page(style: Style, first: bool) -> int:
    """Grid lines left for rows: the first page has the title, a blank line and the header."""
    return style.grid.lines - (3 if first else 1)


def _toc_row_lines(entry: VolumeEntry, columns: _Columns) -> list[str]:
    """The title in as few lines as the column allows, balanced (no lone last character)."""
    left, right = columns.title, columns.title_right
    lines = _wrap(entry.title, right - left, TOC_SIZE)
    if len(lines) > 1:
        width = run_width(entry.title, TOC_SIZE) / len(lines)
        while width < right - left:
            balanced = _wrap(entry.title, width, TOC_SIZE)
            if len(balanced) == len(lines):
                return balanced
            width += TOC_SIZE / 2
    return lines


def _paginate_toc(entries: Sequence[VolumeEntry], style: Style) -> list[list[int]]:
    """Entry indices per contents page; an entry's rows never split over two pages."""
    pages: list[list[int]] = [[]]
    free = _rows_per_page(style, True)
    columns = _columns(entries, style)
    for index, entry in enumerate(entries):
        need = len(_toc_row_lines(entry, columns))
        if need > free and pages[-1]:
            pages.append([])
            free = _rows_per_page(style, False)
        pages[-1].append(index)
        free -= need
    return pages


def plan_volume(entries: Sequence[VolumeEntry], style: Style, *, duplex: bool = True) -> VolumePlan:
    """Give every entry its volume start page: cover, (blank), contents, then the bulletins."""
    toc_pages = len(_paginate_toc(entries, style))
    toc_start = 3 if duplex else 2
    next_page = toc_start + toc_pages
    placed: list[VolumeEntry] = []
    for entry in entries:
        if duplex and next_page % 2 == 0:
            next_page += 1
        placed.append(_with_start(entry, next_page))
        next_page += entry.pages
    return VolumePlan(tuple(placed), toc_start, toc_pages, next_page - 1, duplex)


def _with_start(entry: VolumeEntry, start: int) -> VolumeEntry:
    return replace(entry, start=start)


def _line(kind: LineKind, runs: tuple[ProtoRun, ...], top: float, pitch: float, size: float) -> Line:
    baseline = baseline_in_cell(top, pitch, size)
    return Line(kind, tuple(r.at(baseline) for r in runs), baseline, top, top + pitch, None)


def toc_pages(plan: VolumePlan, style: Style) -> tuple[list[Page], list[TocRow]]:
    """The contents pages (目录) with their page numbers, and where each row stands."""
    page_geo = style.page
    pitch = style.line_pitch
    columns = _columns(plan.entries, style)
    left, page_right, month_right = columns.title, columns.page_right, columns.month_right
    pages: list[Page] = []
    rows: list[TocRow] = []
    for page_index, indices in enumerate(_paginate_toc(plan.entries, style)):
        number = plan.toc_start + page_index
        lines: list[Line] = []
        line_no = 0
        if page_index == 0:
            title = "目　录"
            size = style.title.size
            x = page_geo.block_left + (page_geo.block_width - run_width(title, size)) / 2
            run = natural_run(title, FontRole.XIAOBIAOSONG, size, x)
            lines.append(_line(LineKind.TITLE, (run,), page_geo.block_top, pitch, size))
            line_no = 2
        header_top = page_geo.block_top + line_no * pitch
        header = (
            natural_run("期号", FontRole.HEITI, TOC_SIZE, page_geo.block_left),
            natural_run("标题", FontRole.HEITI, TOC_SIZE, left),
            natural_run("月份", FontRole.HEITI, TOC_SIZE, month_right - run_width("月份", TOC_SIZE)),
            natural_run("页码", FontRole.HEITI, TOC_SIZE, page_right - run_width("页码", TOC_SIZE)),
        )
        lines.append(_line(LineKind.TABLE_CELL, header, header_top, pitch, TOC_SIZE))
        line_no += 1
        rule_y = header_top + pitch
        rules = [Rule(page_geo.block_left, rule_y, page_right, rule_y, 0.71)]
        for index in indices:
            entry = plan.entries[index]
            parts = _toc_row_lines(entry, columns)
            top = page_geo.block_top + line_no * pitch
            for k, part in enumerate(parts):
                runs: list[ProtoRun] = []
                if k == 0 and entry.label:
                    runs.append(natural_run(entry.label, FontRole.FANGSONG, TOC_SIZE, page_geo.block_left))
                runs.append(natural_run(part, FontRole.FANGSONG, TOC_SIZE, left))
                if k == len(parts) - 1:
                    start = str(entry.start)
                    runs.append(
                        natural_run(
                            entry.month,
                            FontRole.FANGSONG,
                            TOC_SIZE,
                            month_right - run_width(entry.month, TOC_SIZE),
                        )
                    )
                    runs.append(
                        natural_run(
                            start, FontRole.FANGSONG, TOC_SIZE, page_right - run_width(start, TOC_SIZE)
                        )
                    )
                lines.append(
                    _line(
                        LineKind.TABLE_CELL,
                        tuple(runs),
                        page_geo.block_top + line_no * pitch,
                        pitch,
                        TOC_SIZE,
                    )
                )
                line_no += 1
            rows.append(TocRow(number, top, page_geo.block_top + line_no * pitch, index))
        lines.append(page_number_line(number, style))
        pages.append(Page(number, page_geo.width, page_geo.height, tuple(lines), tuple(rules)))
    return pages, rows


# ------------------------------------------------------------------------------------- cover, blank


def cover_page(text: CoverText, style: Style) -> Page:
    """Series name in red 小标宋 with a red rule, the period and 年度汇编, the organisation below."""
    geo = style.page
    centre = geo.block_left + geo.block_width / 2
    lines: list[Line] = []
    rules: list[Rule] = []

    def centred(
        value: str,
        role: FontRole,
        size: float,
        baseline: float,
        colour: tuple[float, float, float] = (0.0, 0.0, 0.0),
    ) -> None:
        if not value:
            return
        run = natural_run(value, role, size, centre - run_width(value, size) / 2, colour=colour)
        lines.append(
            Line(
                LineKind.TITLE,
                (run.at(baseline),),
                baseline,
                baseline - EM_ASCENT * size,
                baseline + EM_DESCENT * size,
                None,
            )
        )

    series = text.series.strip()
    name_size = masthead_name_size(series, style) if series else style.masthead.name_size
    top = geo.block_top + 3 * style.line_pitch
    name_baseline = top + EM_ASCENT * name_size
    centred(series, FontRole.XIAOBIAOSONG, name_size, name_baseline, style.masthead.colour)
    rule_y = name_baseline + EM_DESCENT * name_size + style.line_pitch
    rules.append(
        Rule(
            geo.block_left, rule_y, geo.block_right, rule_y, style.masthead.rule_width, style.masthead.colour
        )
    )
    period_baseline = rule_y + 3 * style.line_pitch
    centred(f"{text.period}汇编", FontRole.XIAOBIAOSONG, 36.0, period_baseline)
    centred(f"共{text.count}期", FontRole.FANGSONG, style.body_size, period_baseline + 2 * style.line_pitch)
    org_baseline = geo.block_bottom - 2 * style.line_pitch
    centred(text.org.strip(), FontRole.XIAOBIAOSONG, style.title.size, org_baseline)
    return Page(1, geo.width, geo.height, tuple(lines), tuple(rules))


def blank_page(number: int, style: Style) -> Page:
    return Page(number, style.page.width, style.page.height, ())


def with_volume_number(page: Page, number: int, style: Style) -> Page:
    """The bulletin page as printed, plus “总第N页” beside its own page number (outer side)."""
    own = next((line for line in page.lines if line.kind == LineKind.PAGE_NUMBER), None)
    text = volume_number_text(number)
    size = VOLUME_NUMBER_SIZE
    width = run_width(text, size)
    if own is not None:
        baseline = own.baseline
        x = own.x1 + VOLUME_NUMBER_GAP if page.number % 2 else own.x0 - VOLUME_NUMBER_GAP - width
    else:
        baseline = page_number_line(page.number, style).baseline
        x = style.page.block_right - width
    run = natural_run(text, FontRole.SONGTI, size, x).at(baseline)
    line = Line(
        LineKind.PAGE_NUMBER,
        (run,),
        baseline,
        baseline - EM_ASCENT * size,
        baseline + EM_DESCENT * size,
        None,
    )
    return Page(page.number, page.width, page.height, (*page.lines, line), page.rules)


__all__ = [
    "CoverText",
    "TitleMark",
    "TocRow",
    "VolumeEntry",
    "VolumePlan",
    "blank_page",
    "cover_page",
    "plan_volume",
    "toc_pages",
    "volume_entry",
    "volume_number_text",
    "with_volume_number",
]
