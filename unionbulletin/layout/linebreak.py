"""The grid line breaker (official-format.md §2, §4.3, §6): 避头尾, hanging, push-back, justification.

Widths are in points; every character advances by a whole or half grid cell (``chars.cell_units``),
so a 16 pt body line holds 28 cells of 15.793 pt. ``break_paragraph`` returns line spans;
``place_line`` turns a span into per-character x origins, justified to the line's right edge for
non-final lines (the extra space is spread evenly over the gaps *between* unbreakable clusters, never
inside ``2020``, ``1.38`` or ``——``) and flush left for the final one.

Rules, in order, when a line overflows:

1. break before the first cluster that does not fit, if 避头尾 allows it;
2. otherwise, in the Word-compatible mode, let a single closing mark (``HANGABLE``) hang one cell past
   the edge, if the mark is not followed by another mark that cannot start a line;
3. otherwise push back: break at the nearest earlier allowed position and spread the shortened line;
4. a cluster wider than a whole line is broken by characters (emergency, never happens with prose).

Afterwards a paragraph whose last line would hold a single character (plus its closing marks) takes
one more cluster from the line above when that line stays at least ``MAX_PUSHBACK_CELLS`` full.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from functools import lru_cache

from .chars import CANNOT_START, HANGABLE, can_break_between, cell_units, clusters

EPS = 1e-3  # points; absorbs float drift when 28 cells are summed
MAX_PUSHBACK_CELLS = 2.0  # a line shortened to avoid a one-character last line keeps ≥ 26 of 28 cells


@dataclass(frozen=True)
class LineSpan:
    """Characters ``text[start:end]`` of one line; ``hanging`` if the last one hangs past the edge."""

    start: int
    end: int
    hanging: bool = False


@dataclass(frozen=True)
class _Unit:
    start: int
    end: int
    width: float


def _units(text: str, cell: float, max_width: float) -> list[_Unit]:
    units: list[_Unit] = []
    for start, end in clusters(text):
        width = sum(cell_units(ch) for ch in text[start:end]) * cell
        if width > max_width + EPS and end - start > 1:
            units.extend(_Unit(i, i + 1, cell_units(text[i]) * cell) for i in range(start, end))
        else:
            units.append(_Unit(start, end, width))
    return units


def break_paragraph(
    text: str, *, cell: float, first_width: float, width: float, hanging: bool = True
) -> tuple[LineSpan, ...]:
    """Break ``text`` into lines: the first ``first_width`` points wide, the others ``width``."""
    return _break_cached(text, cell, first_width, width, hanging)


@lru_cache(maxsize=4096)
def _break_cached(
    text: str, cell: float, first_width: float, width: float, hanging: bool
) -> tuple[LineSpan, ...]:
    if not text:
        return (LineSpan(0, 0),)
    units = _units(text, cell, min(first_width, width))
    n = len(units)

    def allowed(k: int) -> bool:
        """A break before unit k (0 < k < n) respects 避头尾."""
        a, b = units[k - 1], units[k]
        return can_break_between(text, (a.start, a.end), (b.start, b.end))

    # Each line as (first unit, end unit, hanging).
    lines: list[tuple[int, int, bool]] = []
    s = 0
    while s < n:
        cap = first_width if not lines else width
        total = 0.0
        j = s
        while j < n and total + units[j].width <= cap + EPS:
            total += units[j].width
            j += 1
        if j == n:
            lines.append((s, n, False))
            break
        if j == s:  # a unit wider than the line cannot happen after _units; guard anyway
            j = s + 1
        if j > s and allowed(j):
            lines.append((s, j, False))
            s = j
            continue
        if hanging and _hangable(text, units[j]) and (j + 1 == n or allowed(j + 1)):
            lines.append((s, j + 1, True))
            s = j + 1
            continue
        k = j - 1
        while k > s and not allowed(k):
            k -= 1
        if k == s:  # nowhere to break: emergency break at the overflow point
            k = j
        lines.append((s, k, False))
        s = k

    _avoid_lone_last_line(text, units, lines, cell, first_width, width, allowed)
    return tuple(LineSpan(units[a].start, units[b - 1].end, hang) for a, b, hang in lines)


def _hangable(text: str, unit: _Unit) -> bool:
    return unit.end - unit.start == 1 and text[unit.start] in HANGABLE


def _avoid_lone_last_line(
    text: str,
    units: list[_Unit],
    lines: list[tuple[int, int, bool]],
    cell: float,
    first_width: float,
    width: float,
    allowed: Callable[[int], bool],
) -> None:
    """Pull one cluster down when the last line would hold a single character and its closing marks."""
    if len(lines) < 2:
        return
    last_s, last_e, _ = lines[-1]
    if sum(1 for ch in text[units[last_s].start : units[last_e - 1].end] if ch not in CANNOT_START) > 1:
        return
    prev_s, prev_e, _ = lines[-2]
    prev_cap = first_width if len(lines) == 2 else width
    last_width = sum(u.width for u in units[last_s:last_e])
    k = prev_e - 1
    while k > prev_s:
        kept = sum(u.width for u in units[prev_s:k])
        if kept < prev_cap - MAX_PUSHBACK_CELLS * cell - EPS:
            return
        moved = sum(u.width for u in units[k:prev_e])
        if allowed(k) and moved + last_width <= width + EPS:
            lines[-2] = (prev_s, k, False)
            lines[-1] = (k, last_e, False)
            return
        k -= 1


def place_line(
    text: str,
    span: LineSpan,
    *,
    cell: float,
    x_left: float,
    width: float,
    justify: bool,
) -> tuple[list[float], list[float]]:
    """Per-character x origins and advances of one line.

    ``justify``: spread the slack so the line (without a hanging mark) ends exactly at
    ``x_left + width``; otherwise set the characters at their natural pitch from ``x_left``.
    """
    segment = text[span.start : span.end]
    advances = [cell_units(ch) * cell for ch in segment]
    body_end = len(segment) - (1 if span.hanging else 0)
    # Gap i lies before character i; only gaps between clusters stretch.
    stretch_at: list[int] = []
    if justify:
        for start, _end in clusters(segment[:body_end]):
            if start > 0:
                stretch_at.append(start)
    extra = 0.0
    if stretch_at:
        slack = width - sum(advances[:body_end])
        if slack > EPS:
            extra = slack / len(stretch_at)
    xs: list[float] = []
    x = x_left
    stretch = set(stretch_at)
    for i, adv in enumerate(advances):
        if i in stretch:
            x += extra
        xs.append(x)
        x += adv
    return xs, advances


def line_cells(text: str) -> float:
    """Width of ``text`` in grid cells."""
    return sum(cell_units(ch) for ch in text)
