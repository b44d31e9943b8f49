"""Building page lines: vertical placement in a grid cell and mixed-font runs.

**Where a glyph sits in its grid line** (P2 of official-format.md §12.1). Every face used here has an
ideographic em box of ascent 0.88 em and descent 0.12 em (the Fandol fonts and the Windows 仿宋/黑体/
楷体 alike). The layout centres that em box in the 28.95 pt line: the baseline is
``top + (pitch − size) / 2 + 0.88 · size``. A 16 pt line then keeps 6.5 pt above and below its
glyphs, so even the 22nd line of a page (its cell ends at 741.8 pt) stays inside the block
(262 mm = 742.7 pt), and a reader's eye sees the text centred on Word's grid.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass

from .boxes import RGB, Line, LineKind, Ref, TextRun
from .chars import cell_units, printable
from .linebreak import break_paragraph, place_line
from .style import BLACK, FontRole

EM_ASCENT = 0.88
EM_DESCENT = 0.12


def baseline_in_cell(top: float, pitch: float, size: float) -> float:
    """Baseline that centres a ``size`` pt em box in a line box of height ``pitch`` starting at ``top``."""
    return top + (pitch - size) / 2 + EM_ASCENT * size


@dataclass(frozen=True)
class ProtoRun:
    """A run whose x positions are final but whose line has no y yet."""

    text: str
    role: FontRole
    size: float
    xs: tuple[float, ...]
    advances: tuple[float, ...]
    colour: RGB = BLACK

    def at(self, baseline: float) -> TextRun:
        return TextRun(self.text, self.role, self.size, self.xs, self.advances, baseline, self.colour)


@dataclass(frozen=True)
class ProtoLine:
    """One line of the flow, placed on a page by the paginator."""

    kind: LineKind
    runs: tuple[ProtoRun, ...]
    size: float
    ref: Ref | None = None

    @property
    def text(self) -> str:
        return "".join(r.text for r in self.runs)

    def place(self, top: float, pitch: float) -> Line:
        baseline = baseline_in_cell(top, pitch, self.size)
        return Line(
            kind=self.kind,
            runs=tuple(r.at(baseline) for r in self.runs),
            baseline=baseline,
            top=top,
            bottom=top + pitch,
            ref=self.ref,
        )


Segments = Sequence[tuple[str, FontRole]]


def _role_runs(
    segments: Segments,
    start: int,
    end: int,
    xs: Sequence[float],
    advances: Sequence[float],
    size: float,
    colour: RGB,
) -> tuple[ProtoRun, ...]:
    """Cut ``[start, end)`` of the paragraph into runs of one role each."""
    runs: list[ProtoRun] = []
    offset = 0
    for text, role in segments:
        a = max(start, offset)
        b = min(end, offset + len(text))
        if a < b:
            i, j = a - start, b - start
            runs.append(
                ProtoRun(
                    text[a - offset : b - offset], role, size, tuple(xs[i:j]), tuple(advances[i:j]), colour
                )
            )
        offset += len(text)
    return tuple(runs)


def paragraph_lines(
    segments: Segments,
    *,
    kind: LineKind,
    ref: Ref | None,
    size: float,
    cell: float,
    left: float,
    width: float,
    first_indent: float,
    rest_indent: float = 0.0,
    hanging: bool,
    justify: bool = True,
    first_kind: LineKind | None = None,
    colour: RGB = BLACK,
) -> list[ProtoLine]:
    """Break and place a paragraph made of runs in several fonts (run-in heading + body)."""
    segments = [(printable(t), role) for t, role in segments]
    text = "".join(t for t, _ in segments)
    spans = break_paragraph(
        text, cell=cell, first_width=width - first_indent, width=width - rest_indent, hanging=hanging
    )
    lines: list[ProtoLine] = []
    for index, span in enumerate(spans):
        indent = first_indent if index == 0 else rest_indent
        xs, advances = place_line(
            text,
            span,
            cell=cell,
            x_left=left + indent,
            width=width - indent,
            justify=justify and index < len(spans) - 1,
        )
        runs = _role_runs(segments, span.start, span.end, xs, advances, size, colour)
        line_kind = first_kind if (first_kind is not None and index == 0) else kind
        lines.append(ProtoLine(line_kind, runs, size, ref))
    return lines


def natural_run(
    text: str, role: FontRole, size: float, x: float, cell: float | None = None, colour: RGB = BLACK
) -> ProtoRun:
    """A run set at its natural pitch (``cell`` per full-width character, default the font size)."""
    pitch = size if cell is None else cell
    text = printable(text)
    xs: list[float] = []
    advances: list[float] = []
    for ch in text:
        xs.append(x)
        adv = cell_units(ch) * pitch
        advances.append(adv)
        x += adv
    return ProtoRun(text, role, size, tuple(xs), tuple(advances), colour)


def run_width(text: str, pitch: float) -> float:
    return sum(cell_units(ch) for ch in printable(text)) * pitch


__all__ = [
    "EM_ASCENT",
    "EM_DESCENT",
    "ProtoLine",
    "ProtoRun",
    "baseline_in_cell",
    "natural_run",
    "paragraph_lines",
    "run_width",
]
