"""Style tokens: every number of the official layout in one place (official-format.md §2–§10).

The PDF, the preview, the printer and the DOCX writer all read these, so they cannot drift apart.
Lengths are in PostScript points (1/72 in) unless a name says otherwise; y is measured from the
*top* of the page unless a name says otherwise.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from enum import StrEnum

MM = 72 / 25.4  # points per millimetre
TWIP = 1 / 20  # points per twip


def mm(value: float) -> float:
    return value * MM


def to_twips(points: float) -> int:
    return round(points * 20)


class FontRole(StrEnum):
    """The five typefaces of GB/T 9704 documents."""

    XIAOBIAOSONG = "xiaobiaosong"  # 小标宋: masthead name, titles
    FANGSONG = "fangsong"  # 仿宋: body, fields, 报尾, 期号, issuer line
    HEITI = "heiti"  # 黑体: level-1 headings (lead sentences, task titles)
    KAITI = "kaiti"  # 楷体: level-2 headings
    SONGTI = "songti"  # 宋体: page numbers


ROLE_LABELS: dict[FontRole, str] = {
    FontRole.XIAOBIAOSONG: "小标宋",
    FontRole.FANGSONG: "仿宋",
    FontRole.HEITI: "黑体",
    FontRole.KAITI: "楷体",
    FontRole.SONGTI: "宋体",
}

# Names written into DOCX (w:rFonts/@w:eastAsia), per FontNames setting.
DOCX_FONT_NAMES: dict[str, dict[FontRole, str]] = {
    "gb2312": {
        FontRole.XIAOBIAOSONG: "方正小标宋简体",
        FontRole.FANGSONG: "仿宋_GB2312",
        FontRole.HEITI: "黑体",
        FontRole.KAITI: "楷体_GB2312",
        FontRole.SONGTI: "宋体",
    },
    "windows": {
        FontRole.XIAOBIAOSONG: "方正小标宋简体",
        FontRole.FANGSONG: "仿宋",
        FontRole.HEITI: "黑体",
        FontRole.KAITI: "楷体",
        FontRole.SONGTI: "宋体",
    },
}

RED = (1.0, 0.0, 0.0)
BLACK = (0.0, 0.0, 0.0)


@dataclass(frozen=True)
class PageGeometry:
    """A4 with the GB/T 9704 margins; the 版心 (text block) is 156 × 225 mm."""

    width: float = mm(210)
    height: float = mm(297)
    margin_top: float = mm(37)
    margin_left: float = mm(28)
    margin_bottom: float = mm(35)
    margin_right: float = mm(26)

    @property
    def block_left(self) -> float:
        return self.margin_left

    @property
    def block_right(self) -> float:
        return self.width - self.margin_right

    @property
    def block_width(self) -> float:
        return self.width - self.margin_left - self.margin_right

    @property
    def block_top(self) -> float:
        return self.margin_top

    @property
    def block_bottom(self) -> float:
        """y of the block's bottom edge, from the page top (262 mm)."""
        return self.height - self.margin_bottom

    @property
    def block_height(self) -> float:
        return self.height - self.margin_top - self.margin_bottom


@dataclass(frozen=True)
class Grid:
    """22 lines of 28 characters (GB/T 9704 §5.2.3)."""

    lines: int = 22
    chars: int = 28
    line_pitch: float = 28.95  # 579 twips, Word's grid for these margins
    font_size: float = 16.0  # 三号

    def char_pitch(self, geometry: PageGeometry) -> float:
        """15.793 pt: the block width shared by 28 cells."""
        return geometry.block_width / self.chars


@dataclass(frozen=True)
class MastheadStyle:
    name_size: float = 42.0  # 初号; auto-shrunk to fit the block
    name_min_size: float = 24.0
    name_top_below_block: float = mm(20)  # top of the name's em box below the block top
    issue_baseline_below_name: float = mm(14)
    issuer_baseline_below_issue: float = mm(12)
    issuer_indent_chars: float = 1.0
    rule_width: float = 1.5
    rule_below_issuer: float = mm(4)  # below the bottom of the issuer/date line
    colour: tuple[float, float, float] = RED


@dataclass(frozen=True)
class TitleStyle:
    size: float = 22.0  # 二号
    max_chars_per_line: int = 20
    blank_lines_before_first: int = 2  # below the red rule
    blank_lines_after: int = 1
    blank_lines_before_second: int = 1


@dataclass(frozen=True)
class TailStyle:
    """The 报尾 (distribution block): GB/T 9704 §7.4 版记 rules reused."""

    size: float = 14.0  # 四号
    indent: float = 14.0  # 左右各空一字 (one 四号 character)
    row_pitch: float = 28.95
    outer_rule: float = mm(0.35)  # 0.99 pt
    inner_rule: float = mm(0.25)  # 0.71 pt
    final_full_stop: bool = False


@dataclass(frozen=True)
class PageNumberStyle:
    size: float = 14.0  # 四号
    dash_below_block: float = mm(7)
    indent: float = 14.0  # 一字 of 四号
    template: str = "— {n} —"


@dataclass(frozen=True)
class Style:
    """Everything the layout needs besides the bulletin itself."""

    page: PageGeometry = field(default_factory=PageGeometry)
    grid: Grid = field(default_factory=Grid)
    masthead: MastheadStyle = field(default_factory=MastheadStyle)
    title: TitleStyle = field(default_factory=TitleStyle)
    tail: TailStyle = field(default_factory=TailStyle)
    page_number: PageNumberStyle = field(default_factory=PageNumberStyle)
    body_size: float = 16.0
    first_line_indent_chars: int = 2
    hanging_punctuation: bool = True  # Word-compatible; False = strict block
    plan_as_table: bool = False
    issue_format: str = "第{n}期"
    print_task_status: bool = False
    # Pre-printed letterhead (套红): the masthead name and the red rule are on the paper already, so
    # they are left out; every other box keeps its place.
    letterhead: bool = False

    @property
    def char_pitch(self) -> float:
        return self.grid.char_pitch(self.page)

    @property
    def line_pitch(self) -> float:
        return self.grid.line_pitch
