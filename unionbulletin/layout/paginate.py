"""Pagination on the 22-line grid (official-format.md §2, §4.3, §4.6).

The flow is a list of blocks. A ``FlowBlock`` is one paragraph or heading: its lines take one grid
line each. ``keep_together`` keeps a block on one page when it fits on a page at all (task blocks);
``keep_with_next`` moves a heading to the next page together with what follows (no standalone heading
at the foot of a page). Blank lines before a block are dropped at the top of a page. A ``TableBlock``
(the plan as a table) places rows of free height and repeats its header row on every page.

The 报尾 (``BoxRow``) is bottom-aligned on the last page: its last rule lies on the block's bottom
edge; if it does not fit under the text it goes to the bottom of a new page.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass

from .boxes import Line, Rule
from .lines import ProtoLine
from .style import Style

EPS = 1e-3


@dataclass(frozen=True)
class FlowBlock:
    lines: tuple[ProtoLine, ...]
    blank_before: int = 0
    blank_after: int = 0
    keep_together: bool = False
    keep_with_next: bool = False


@dataclass(frozen=True)
class BoxRow:
    """A box of fixed height; line tops and rule y are relative to the box top.

    ``lines``: (top offset, line pitch, line); ``rules``: rules with y relative to the box top.
    """

    height: float
    lines: tuple[tuple[float, float, ProtoLine], ...]
    rules: tuple[Rule, ...] = ()

    def place(self, top: float) -> tuple[list[Line], list[Rule]]:
        lines = [proto.place(top + dy, pitch) for dy, pitch, proto in self.lines]
        rules = [Rule(r.x0, top + r.y0, r.x1, top + r.y1, r.width, r.colour) for r in self.rules]
        return lines, rules


@dataclass(frozen=True)
class TableBlock:
    header: BoxRow
    rows: tuple[BoxRow, ...]
    blank_before: int = 0


Block = FlowBlock | TableBlock


@dataclass
class PageContent:
    lines: list[Line]
    rules: list[Rule]


class _Pager:
    def __init__(self, style: Style, start_y: float, first: PageContent) -> None:
        self.pitch = style.line_pitch
        self.top = style.page.block_top
        self.limit = self.top + style.grid.lines * self.pitch
        self.bottom = style.page.block_bottom
        self.pages = [first]
        self.y = start_y
        self.at_top = True

    @property
    def room(self) -> float:
        return self.limit - self.y

    def new_page(self) -> None:
        self.pages.append(PageContent([], []))
        self.y = self.top
        self.at_top = True

    def skip(self, n: int) -> None:
        if n and not self.at_top:
            self.y = min(self.limit, self.y + n * self.pitch)

    def put_line(self, proto: ProtoLine) -> None:
        if self.y + self.pitch > self.limit + EPS:
            self.new_page()
        self.pages[-1].lines.append(proto.place(self.y, self.pitch))
        self.y += self.pitch
        self.at_top = False

    def put_box(self, box: BoxRow) -> None:
        lines, rules = box.place(self.y)
        self.pages[-1].lines.extend(lines)
        self.pages[-1].rules.extend(rules)
        self.y += box.height
        self.at_top = False


def _fits_page(block: FlowBlock, pager: _Pager) -> bool:
    return len(block.lines) * pager.pitch <= pager.limit - pager.top + EPS


def _first_need(block: Block, pager: _Pager) -> float:
    """Height that must come with a heading placed just before ``block``."""
    if isinstance(block, TableBlock):
        return block.header.height + (block.rows[0].height if block.rows else 0.0)
    if block.keep_together and _fits_page(block, pager):
        return len(block.lines) * pager.pitch
    return pager.pitch if block.lines else 0.0


def paginate(
    blocks: Sequence[Block],
    style: Style,
    *,
    start_y: float,
    first_page: PageContent,
    tail: BoxRow | None = None,
) -> list[PageContent]:
    """Place the blocks from ``start_y`` on page 1 onwards; then the 报尾 at the foot of the last page."""
    pager = _Pager(style, start_y, first_page)
    for index, block in enumerate(blocks):
        following = blocks[index + 1] if index + 1 < len(blocks) else None
        if isinstance(block, TableBlock):
            _place_table(block, pager)
            continue
        pager.skip(block.blank_before)
        if block.keep_with_next and following is not None:
            need = (len(block.lines) + block.blank_after) * pager.pitch + _first_need(following, pager)
        elif block.keep_together and _fits_page(block, pager):
            need = len(block.lines) * pager.pitch
        else:
            need = pager.pitch
        if not pager.at_top and need > pager.room + EPS:
            pager.new_page()
        for line in block.lines:
            pager.put_line(line)
        pager.skip(block.blank_after)
    if tail is not None:
        tail_top = pager.bottom - tail.height
        if pager.y > tail_top + EPS:
            pager.new_page()
        pager.y = tail_top
        pager.put_box(tail)
    return pager.pages


def _place_table(table: TableBlock, pager: _Pager) -> None:
    pager.skip(table.blank_before)
    header_needed = True
    for row in table.rows:
        need = row.height + (table.header.height if header_needed else 0.0)
        if need > pager.room + EPS and not pager.at_top:
            pager.new_page()
            header_needed = True
        if header_needed:
            pager.put_box(table.header)
            header_needed = False
        pager.put_box(row)
    if not table.rows:
        pager.put_box(table.header)
    # Back on the grid for whatever follows (only the 报尾 does, and it is bottom-aligned).
    steps = -int(-(pager.y - pager.top - EPS) // pager.pitch)
    pager.y = pager.top + steps * pager.pitch
