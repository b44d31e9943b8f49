"""The masthead (报头) of page 1 (official-format.md §4.1) and its geometry.

From the style tokens: the name's em box starts ``name_top_below_block`` (20 mm) below the block top,
the 期号 baseline lies 14 mm below the name baseline, the issuer/date baseline 12 mm below that, and the
red rule 4 mm below the bottom of the issuer/date characters.

**Snapping to the grid** [choice]: the whole masthead is then shifted (by at most half a grid line,
2.4 mm with the defaults: the name top ends at 17.6 mm below the block top) so that the red rule lies
exactly on a boundary of the 22-line grid. The first title then sits exactly two blank grid lines
below the rule (GB/T 9704 “红色分隔线下空二行”) and every body line of page 1 is on the same grid as
the other pages. The DOCX writer can read the same numbers from ``masthead_geometry``.

On pre-printed letterhead (``Style.letterhead``) the name and the rule are left out and nothing else
moves: the geometry does not depend on them.
"""

from __future__ import annotations

from dataclasses import dataclass

from ..domain import Bulletin
from ..domain.conventions import format_date, issue_text
from .boxes import Line, LineKind, Ref, RefKind, Rule, TextRun
from .lines import EM_ASCENT, EM_DESCENT, natural_run, run_width
from .style import FontRole, Style


@dataclass(frozen=True)
class MastheadGeometry:
    """Vertical positions (pt from the page top) of the masthead and where the flow starts."""

    name_size: float  # before auto-shrink
    name_baseline: float
    issue_baseline: float
    issuer_baseline: float
    rule_y: float  # centre of the red rule, on a grid boundary
    rule_boundary: int  # the rule lies between grid lines rule_boundary - 1 and rule_boundary
    shift: float  # how far (pt, + = down) the masthead moved from the configured offsets
    first_title_line: int  # grid line index of the first title line

    @property
    def name_top(self) -> float:
        return self.name_baseline - EM_ASCENT * self.name_size


def masthead_geometry(style: Style) -> MastheadGeometry:
    """Positions of the masthead elements with the rule snapped to the grid."""
    m = style.masthead
    page = style.page
    pitch = style.line_pitch
    name_baseline = page.block_top + m.name_top_below_block + EM_ASCENT * m.name_size
    issue_baseline = name_baseline + m.issue_baseline_below_name
    issuer_baseline = issue_baseline + m.issuer_baseline_below_issue
    rule = issuer_baseline + EM_DESCENT * style.body_size + m.rule_below_issuer
    boundary = max(1, round((rule - page.block_top) / pitch))
    snapped = page.block_top + boundary * pitch
    shift = snapped - rule
    return MastheadGeometry(
        name_size=m.name_size,
        name_baseline=name_baseline + shift,
        issue_baseline=issue_baseline + shift,
        issuer_baseline=issuer_baseline + shift,
        rule_y=snapped,
        rule_boundary=boundary,
        shift=shift,
        first_title_line=boundary + style.title.blank_lines_before_first,
    )


def masthead_name_size(name: str, style: Style) -> float:
    """The configured name size, shrunk so that the name never exceeds the block width."""
    cells = run_width(name, 1.0)
    if cells <= 0:
        return style.masthead.name_size
    return min(style.masthead.name_size, style.page.block_width / cells)


def _line(kind: LineKind, runs: tuple[TextRun, ...], baseline: float, size: float) -> Line:
    return Line(
        kind, runs, baseline, baseline - EM_ASCENT * size, baseline + EM_DESCENT * size, Ref(RefKind.META)
    )


def masthead(bulletin: Bulletin, style: Style) -> tuple[list[Line], list[Rule], MastheadGeometry]:
    """The masthead lines and the red rule of page 1."""
    geo = masthead_geometry(style)
    page = style.page
    centre = page.block_left + page.block_width / 2
    lines: list[Line] = []
    name = bulletin.series.strip()
    if name and not style.letterhead:
        size = masthead_name_size(name, style)
        run = natural_run(
            name,
            FontRole.XIAOBIAOSONG,
            size,
            centre - run_width(name, size) / 2,
            colour=style.masthead.colour,
        )
        lines.append(_line(LineKind.MASTHEAD_NAME, (run.at(geo.name_baseline),), geo.name_baseline, size))
    body = style.body_size
    cell = style.char_pitch
    issue = issue_text(bulletin, style.issue_format)
    if issue:
        run = natural_run(issue, FontRole.FANGSONG, body, centre - run_width(issue, cell) / 2, cell)
        lines.append(_line(LineKind.ISSUE_NUMBER, (run.at(geo.issue_baseline),), geo.issue_baseline, body))
    indent = style.masthead.issuer_indent_chars * body
    runs: list[TextRun] = []
    if bulletin.org:
        issuer = natural_run(bulletin.org, FontRole.FANGSONG, body, page.block_left + indent, cell)
        runs.append(issuer.at(geo.issuer_baseline))
    if bulletin.date is not None:
        date = format_date(bulletin.date)
        x = page.block_right - indent - run_width(date, cell)
        runs.append(natural_run(date, FontRole.FANGSONG, body, x, cell).at(geo.issuer_baseline))
    if runs:
        lines.append(_line(LineKind.ISSUER_DATE, tuple(runs), geo.issuer_baseline, body))
    if style.letterhead:
        return lines, [], geo  # the name and the rule are printed on the paper
    rule = Rule(
        page.block_left,
        geo.rule_y,
        page.block_right,
        geo.rule_y,
        style.masthead.rule_width,
        style.masthead.colour,
    )
    return lines, [rule], geo
