"""The DOCX style sheet: document defaults and one named style per role of the official layout.

A colleague who opens the file can restyle the whole bulletin through these styles, so every run
and paragraph of the body refers to a style instead of carrying its own fonts and sizes. Built-in
styles are used where Word has one for the role (Normal = 正文, Title = 标题, footer = 页脚,
page number = 页码: a Chinese Word shows those names); the others carry Chinese names.
"""

from __future__ import annotations

from dataclasses import dataclass

from docx.oxml.xmlchemy import BaseOxmlElement

from ..domain import FontNames
from ..layout.style import DOCX_FONT_NAMES, FontRole, Style, to_twips
from .docx_xml import PPR_ORDER, RPR_ORDER, border, fonts, lang, ordered, size, spacing, w

RED = "FF0000"
BLACK = "000000"
# Character spacing of the 16 pt text, in twips: a 15.7 pt pitch, so 28 characters (439.6 pt) fit the
# 442.2 pt line and 28½ cells never do, in Word, WPS and LibreOffice alike. −0.25 pt (−5) fits too,
# but LibreOffice 7.4 then paints no glyph for a mark hanging after a full justified line of 28
# characters (the comma disappears from its print-out); at −0.3 pt it paints it.
BODY_CHAR_SPACING = -6


@dataclass(frozen=True)
class Metrics:
    """Twip values derived from the style tokens (official-format.md §2, §4, §9.1)."""

    page_w: int
    page_h: int
    top: int
    right: int
    bottom: int
    left: int
    text_w: int
    line: int  # 579: the grid pitch and the exact line height
    first_indent: int  # 2 字 of the grid
    tail_indent: int  # 1 四号 字
    issuer_tab: int  # 1 三号 字 from the left
    body_half_points: int
    title_half_points: int
    tail_half_points: int
    page_number_half_points: int

    @classmethod
    def from_style(cls, style: Style) -> Metrics:
        page = style.page
        left = to_twips(page.margin_left)
        right = to_twips(page.margin_right)
        page_w = to_twips(page.width)
        return cls(
            page_w=page_w,
            page_h=to_twips(page.height),
            top=to_twips(page.margin_top),
            right=right,
            bottom=to_twips(page.margin_bottom),
            left=left,
            text_w=page_w - left - right,
            line=to_twips(style.line_pitch),
            first_indent=to_twips(style.first_line_indent_chars * style.char_pitch),
            tail_indent=to_twips(style.tail.indent),
            issuer_tab=to_twips(style.masthead.issuer_indent_chars * style.body_size),
            body_half_points=round(style.body_size * 2),
            title_half_points=round(style.title.size * 2),
            tail_half_points=round(style.tail.size * 2),
            page_number_half_points=round(style.page_number.size * 2),
        )


def font_names(setting: FontNames | str) -> dict[FontRole, str]:
    return DOCX_FONT_NAMES[str(setting)]


# Paragraph style ids and names (ids are ASCII so any program can refer to them).
NORMAL = "Normal"
TITLE = "Title"
MASTHEAD = "Masthead"
ISSUE = "IssueNumber"
ISSUER = "IssuerLine"
SPACER = "Spacer"
BLANK = "BlankLine"
TASK_TITLE = "TaskTitle"
ITEM = "Item"  # a numbered item 一、: run-in lead sentence, then its body
SUBITEM = "SubItem"  # a sub-point （一）
TASK_FIELD = "TaskField"
TABLE_HEAD = "TableHead"
TABLE_TEXT = "TableText"
TAIL = "Tail"
TAIL_CONTACT = "TailContact"
FOOTER = "Footer"
# Character styles.
LEAD = "LeadSentence"
LEAD2 = "Level2Lead"
PAGE_NUMBER = "PageNumber"

STYLE_NAMES: dict[str, str] = {
    NORMAL: "Normal",
    TITLE: "Title",
    MASTHEAD: "报头",
    ISSUE: "期号",
    ISSUER: "发文机关",
    SPACER: "报头间距",
    BLANK: "空行",
    TASK_TITLE: "一级标题",
    ITEM: "条目",
    SUBITEM: "小点",
    TASK_FIELD: "任务字段",
    TABLE_HEAD: "表头",
    TABLE_TEXT: "表格文字",
    TAIL: "报尾",
    TAIL_CONTACT: "报尾编辑电话",
    FOOTER: "footer",
    LEAD: "首句",
    LEAD2: "二级标题",
    PAGE_NUMBER: "page number",
}


def _style(
    kind: str,
    style_id: str,
    based_on: str | None,
    ppr: list[BaseOxmlElement],
    rpr: list[BaseOxmlElement],
    *,
    default: bool = False,
    next_id: str | None = None,
    priority: int = 1,
) -> BaseOxmlElement:
    attrs: dict[str, object] = {"type": kind, "styleId": style_id}
    if default:
        attrs["default"] = 1
    el = w("style", attrs, w("name", {"val": STYLE_NAMES.get(style_id, style_id)}))
    if based_on:
        el.append(w("basedOn", {"val": based_on}))
    if next_id:
        el.append(w("next", {"val": next_id}))
    el.append(w("uiPriority", {"val": priority}))
    el.append(w("qFormat"))
    if ppr:
        el.append(ordered("pPr", PPR_ORDER, ppr))
    if rpr:
        el.append(ordered("rPr", RPR_ORDER, rpr))
    return el


def outline(level: int) -> BaseOxmlElement:
    """Word's navigation pane (and LibreOffice's navigator) list paragraphs of this level."""
    return w("outlineLvl", {"val": level})


def no_spacing() -> BaseOxmlElement:
    return w("spacing", {"val": 0})


def _no_indent() -> BaseOxmlElement:
    return w("ind", {"left": 0, "right": 0, "firstLine": 0})


def _grid_rpr(names: dict[FontRole, str], m: Metrics) -> list[BaseOxmlElement]:
    """Run properties of the 28-character grid: 仿宋 16 pt with the grid's character spacing."""
    return [
        fonts(names[FontRole.FANGSONG]),
        w("spacing", {"val": BODY_CHAR_SPACING}),
        w("kern", {"val": 0}),
        *size(m.body_half_points),
        lang(),
    ]


def _line_ppr(m: Metrics, style: Style) -> list[BaseOxmlElement]:
    """Paragraph properties of the grid lines and the Chinese line breaking."""
    hang = [] if style.hanging_punctuation else [w("overflowPunct", {"val": 0})]
    return [w("kinsoku"), *hang, w("autoSpaceDE", {"val": 0}), w("autoSpaceDN", {"val": 0}), spacing(m.line)]


def doc_defaults(names: dict[FontRole, str], m: Metrics, style: Style) -> BaseOxmlElement:
    """docDefaults: 仿宋 16 pt on the 28-character grid, zh-CN, exact grid lines, nothing before or
    after a paragraph (python-docx's template has Calibri/ja-JP theme fonts, en-US, 1.15 spacing and
    10 pt after). The defaults, not only the styles, carry the grid: a style a colleague adds later
    that is not based on 正文 (Normal), or Word's own styles, still give 28 characters per line."""
    rpr = ordered("rPr", RPR_ORDER, _grid_rpr(names, m))
    ppr = ordered("pPr", PPR_ORDER, _line_ppr(m, style))
    return w("docDefaults", None, w("rPrDefault", None, rpr), w("pPrDefault", None, ppr))


def build_styles(names: dict[FontRole, str], m: Metrics, style: Style) -> list[BaseOxmlElement]:
    """Every style the writer uses, in the order Word lists them."""
    body_ppr = [
        w("widowControl", {"val": 0}),
        *_line_ppr(m, style),
        # In twips only (2 grid cells = 31.6 pt): a character-unit indent (firstLineChars) would be
        # inherited by every derived style and override their own indents in Word, and Word and
        # LibreOffice measure character units differently.
        w("ind", {"firstLine": m.first_indent}),
        w("jc", {"val": "both"}),
    ]
    body_rpr = [*_grid_rpr(names, m), w("color", {"val": BLACK})]
    contact_tab = m.text_w - m.tail_indent
    styles = [
        _style("paragraph", NORMAL, None, body_ppr, body_rpr, default=True, priority=0),
        _style("character", "DefaultParagraphFont", None, [], [], default=True),
        _style("table", "TableNormal", None, [], [], default=True),
        _style(
            "paragraph",
            TITLE,
            NORMAL,
            [w("keepNext"), w("keepLines"), _no_indent(), w("jc", {"val": "center"}), outline(0)],
            [fonts(names[FontRole.XIAOBIAOSONG]), no_spacing(), *size(m.title_half_points)],
            next_id=NORMAL,
            priority=10,
        ),
        _style(
            "paragraph",
            MASTHEAD,
            NORMAL,
            [w("snapToGrid", {"val": 0}), _no_indent(), w("jc", {"val": "center"})],
            [
                fonts(names[FontRole.XIAOBIAOSONG]),
                w("color", {"val": RED}),
                w("spacing", {"val": 0}),
                *size(84),
            ],
        ),
        _style(
            "paragraph",
            ISSUE,
            NORMAL,
            [w("snapToGrid", {"val": 0}), _no_indent(), w("jc", {"val": "center"})],
            [],
        ),
        _style(
            "paragraph",
            ISSUER,
            NORMAL,
            [
                w("snapToGrid", {"val": 0}),
                _no_indent(),
                w("jc", {"val": "left"}),
                w(
                    "tabs",
                    None,
                    w("tab", {"val": "left", "pos": m.issuer_tab}),
                    w("tab", {"val": "right", "pos": m.text_w - m.issuer_tab}),
                ),
            ],
            [no_spacing()],
        ),
        _style("paragraph", SPACER, NORMAL, [w("snapToGrid", {"val": 0}), _no_indent()], []),
        _style("paragraph", BLANK, NORMAL, [_no_indent()], []),
        _style("paragraph", ITEM, NORMAL, [outline(1)], [], next_id=NORMAL),
        _style("paragraph", SUBITEM, NORMAL, [outline(2)], [], next_id=NORMAL),
        _style(
            "paragraph",
            TASK_TITLE,
            NORMAL,
            [w("keepNext"), w("keepLines"), outline(1)],
            [fonts(names[FontRole.HEITI])],
            next_id=TASK_FIELD,
        ),
        _style("paragraph", TASK_FIELD, NORMAL, [], []),
        _style(
            "paragraph",
            TABLE_HEAD,
            NORMAL,
            [
                w("keepNext"),
                w("snapToGrid", {"val": 0}),
                _no_indent(),
                w("jc", {"val": "center"}),
                spacing(480),
            ],
            [fonts(names[FontRole.HEITI]), no_spacing(), *size(m.tail_half_points)],
        ),
        _style(
            "paragraph",
            TABLE_TEXT,
            NORMAL,
            [w("snapToGrid", {"val": 0}), _no_indent(), w("jc", {"val": "left"}), spacing(480)],
            [no_spacing(), *size(m.tail_half_points)],
        ),
        _style(
            "paragraph",
            TAIL,
            NORMAL,
            [
                w(
                    "ind",
                    {
                        "left": m.tail_indent + 2 * m.tail_indent,
                        "right": m.tail_indent,
                        "hanging": 2 * m.tail_indent,
                    },
                ),
                w("jc", {"val": "both"}),
            ],
            [no_spacing(), *size(m.tail_half_points)],
        ),
        _style(
            "paragraph",
            TAIL_CONTACT,
            NORMAL,
            [
                _no_indent(),
                w("jc", {"val": "left"}),
                w(
                    "tabs",
                    None,
                    w("tab", {"val": "left", "pos": m.tail_indent}),
                    w("tab", {"val": "right", "pos": contact_tab}),
                ),
            ],
            [no_spacing(), *size(m.tail_half_points)],
        ),
        _style(
            "paragraph",
            FOOTER,
            NORMAL,
            [w("snapToGrid", {"val": 0}), spacing(360), _no_indent()],
            [fonts(names[FontRole.SONGTI]), no_spacing(), *size(m.page_number_half_points)],
            priority=99,
        ),
        _style("character", LEAD, "DefaultParagraphFont", [], [fonts(names[FontRole.HEITI])]),
        _style("character", LEAD2, "DefaultParagraphFont", [], [fonts(names[FontRole.KAITI])]),
        _style(
            "character",
            PAGE_NUMBER,
            "DefaultParagraphFont",
            [],
            [fonts(names[FontRole.SONGTI]), w("spacing", {"val": 0}), *size(m.page_number_half_points)],
            priority=99,
        ),
    ]
    return styles


def issuer_border(width_pt: float, space_pt: int) -> BaseOxmlElement:
    """The red rule under the issuer/date line, as that paragraph's bottom border."""
    return w("pBdr", None, border("bottom", round(width_pt * 8), RED, space_pt))
