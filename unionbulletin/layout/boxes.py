"""Page boxes: the output of the layout engine and the only input of the PDF, preview and print painters.

Everything is positioned in PostScript points with the origin at the *top-left* corner of the page
and y growing downwards (Qt's convention; the PDF renderer flips it). Each character of a `TextRun`
has its own x origin, so the painters never re-flow or re-space text: what the preview shows is what
the PDF and the printer get.
"""

from __future__ import annotations

from dataclasses import dataclass
from enum import StrEnum

from .style import FontRole

RGB = tuple[float, float, float]


class LineKind(StrEnum):
    MASTHEAD_NAME = "masthead_name"
    ISSUE_NUMBER = "issue_number"
    ISSUER_DATE = "issuer_date"
    TITLE = "title"
    BODY = "body"  # item, sub-point or body paragraph line (may mix heading and body runs)
    TASK_TITLE = "task_title"
    TASK_FIELD = "task_field"
    TABLE_CELL = "table_cell"
    TAIL = "tail"  # 报/送/发, 责任编辑, 联系电话
    PAGE_NUMBER = "page_number"


class RefKind(StrEnum):
    META = "meta"  # masthead fields
    SUMMARY_TITLE = "summary_title"
    ITEM = "item"
    PLAN_TITLE = "plan_title"
    TASK = "task"
    DISTRIBUTION = "distribution"


@dataclass(frozen=True)
class Ref:
    """What a line belongs to, so a click in the preview can select it in the editor."""

    kind: RefKind
    id: str = ""  # item or task id; sub-points refer to their item


@dataclass(frozen=True)
class TextRun:
    """Characters of one font role and size on one baseline.

    `xs[i]` is the left origin of `text[i]`; `advances[i]` its width on the grid (a full cell for
    CJK characters and punctuation, half a cell for ASCII digits and letters).
    """

    text: str
    role: FontRole
    size: float
    xs: tuple[float, ...]
    advances: tuple[float, ...]
    baseline: float
    colour: RGB = (0.0, 0.0, 0.0)

    @property
    def x0(self) -> float:
        return self.xs[0] if self.xs else 0.0

    @property
    def x1(self) -> float:
        return self.xs[-1] + self.advances[-1] if self.xs else 0.0


@dataclass(frozen=True)
class Line:
    """One printed line; `top`/`bottom` bound the line box (for hit-testing and highlighting)."""

    kind: LineKind
    runs: tuple[TextRun, ...]
    baseline: float
    top: float
    bottom: float
    ref: Ref | None = None

    @property
    def text(self) -> str:
        return "".join(r.text for r in self.runs)

    @property
    def x0(self) -> float:
        return min((r.x0 for r in self.runs if r.text), default=0.0)

    @property
    def x1(self) -> float:
        return max((r.x1 for r in self.runs if r.text), default=0.0)


@dataclass(frozen=True)
class Rule:
    """A straight stroke from (x0, y0) to (x1, y1); y is the centre of the stroke."""

    x0: float
    y0: float
    x1: float
    y1: float
    width: float
    colour: RGB = (0.0, 0.0, 0.0)


@dataclass(frozen=True)
class Page:
    number: int  # 1-based
    width: float
    height: float
    lines: tuple[Line, ...]
    rules: tuple[Rule, ...] = ()


@dataclass(frozen=True)
class Document:
    pages: tuple[Page, ...]
    title: str = ""
    author: str = ""
    subject: str = ""
