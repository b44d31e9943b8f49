"""The two tables of the DOCX: the 报尾 floating at the bottom margin of the last page, and the
optional bordered plan table (official-format.md §4.5, §4.6, §9.1).

Both take their rows, texts and column widths from the layout engine (``layout.tail``,
``layout.table``), so they hold what the PDF holds.
"""

from __future__ import annotations

from collections.abc import Sequence

from docx.oxml.xmlchemy import BaseOxmlElement

from ..domain import Bulletin, Task
from ..domain.conventions import chinese_numeral, joined
from ..layout import table as layout_table
from ..layout.style import Style, to_twips
from ..layout.tail import editor_lines, recipient_lines
from . import docx_styles as st
from .docx_xml import border, clean_text, paragraph, spacing, text_run, w

THICK = 8  # eighths of a point: 1.0 pt ≈ 0.35 mm (GB/T 9704 §7.4.1)
THIN = 6  # 0.75 pt ≈ 0.25 mm
PLAN_RULE = 4  # 0.5 pt
CENTRED_CELL_MARGIN = 60  # twips
# Twips kept free per 报尾 so that its k lines plus its rules fit in k grid lines: the text above it
# then keeps as many lines on the last page as in the PDF.
TAIL_SLACK = 60


def _cell(
    width: int, paragraphs: Sequence[BaseOxmlElement], v_align: str = "center", side_margin: int | None = None
) -> BaseOxmlElement:
    tcpr = w("tcPr", None, w("tcW", {"w": width, "type": "dxa"}))
    if side_margin is not None:
        tcpr.append(
            w(
                "tcMar",
                None,
                w("left", {"w": side_margin, "type": "dxa"}),
                w("right", {"w": side_margin, "type": "dxa"}),
            )
        )
    tcpr.append(w("vAlign", {"val": v_align}))
    return w("tc", None, tcpr, *paragraphs)


def _row(cells: Sequence[BaseOxmlElement], *, header: bool = False) -> BaseOxmlElement:
    trpr = w("trPr", None, w("cantSplit"))
    if header:
        trpr.append(w("tblHeader"))
    return w("tr", None, trpr, *cells)


def _text(value: str) -> str:
    return clean_text(value).replace("\n", "\x0b")


def _margins(left: int, top: int = 0) -> BaseOxmlElement:
    return w(
        "tblCellMar",
        None,
        w("top", {"w": top, "type": "dxa"}),
        w("left", {"w": left, "type": "dxa"}),
        w("bottom", {"w": top, "type": "dxa"}),
        w("right", {"w": left, "type": "dxa"}),
    )


def _look(first_row: bool) -> BaseOxmlElement:
    return w(
        "tblLook",
        {
            "val": "0000",
            "firstRow": first_row,
            "lastRow": 0,
            "firstColumn": 0,
            "lastColumn": 0,
            "noHBand": 1,
            "noVBand": 1,
        },
    )


def tail_texts(b: Bulletin, style: Style) -> tuple[list[str], list[str]]:
    """Paragraph texts of the 报尾: the 报/送/发 entries and the editor/contact rows (tabs between
    the left and the right part), as the layout engine composes them."""
    d = b.distribution
    stop = "。" if style.tail.final_full_stop else ""
    entries = [
        f"{label}：{joined(names)}{stop}"
        for label, names in (("报", d.report_to), ("送", d.copy_to), ("发", d.send_to))
        if any(names)
    ]
    copies = f"共印{b.copies}份" if b.copies is not None else ""
    contact: list[str] = []
    first = f"\t责任编辑：{b.editor}" if b.editor else ""
    if b.phone:
        first += f"\t联系电话：{b.phone}"
    elif copies:
        first += f"\t{copies}"
        copies = ""
    if first:
        contact.append(first if b.editor else "\t" + first)
    if copies:
        contact.append(f"\t\t{copies}")
    return entries, contact


def tail_table(b: Bulletin, style: Style, m: st.Metrics) -> BaseOxmlElement | None:
    """The 报尾 as a one-column table floating at the bottom of the text area: thick rules above and
    below, a thin rule above the editor/contact row; None when there is nothing to print.

    Horizontally it is anchored to the page (at the left margin) rather than to the margin: the
    same place for Word, but LibreOffice (7.4) turns a floating table into a frame — and so honours
    the bottom alignment — only when text could flow beside it, measured against the page width for
    page-anchored tables; a margin-anchored full-width table would stay inline after the text."""
    entries, contact = tail_texts(b, style)
    if not entries and not contact:
        return None
    lines = len(recipient_lines(b, style)) + len(editor_lines(b, style))
    line = (max(1, lines) * m.line - TAIL_SLACK) // max(1, lines)
    rows = [
        _row([_cell(m.text_w, [paragraph(pstyle, [spacing(line)], [text_run(_text(t))]) for t in texts])])
        for texts, pstyle in ((entries, st.TAIL), (contact, st.TAIL_CONTACT))
        if texts
    ]
    props = w(
        "tblPr",
        None,
        w("tblStyle", {"val": "TableNormal"}),
        w(
            "tblpPr",
            {
                "leftFromText": 0,
                "rightFromText": 0,
                "topFromText": 0,
                "bottomFromText": 0,
                "vertAnchor": "margin",
                "horzAnchor": "page",
                "tblpX": m.left,
                "tblpYSpec": "bottom",
            },
        ),
        w("tblOverlap", {"val": "never"}),
        w("tblW", {"w": m.text_w, "type": "dxa"}),
        w("tblInd", {"w": 0, "type": "dxa"}),
        w(
            "tblBorders",
            None,
            border("top", THICK, st.BLACK),
            border("left", 0, "auto", style="nil"),
            border("bottom", THICK, st.BLACK),
            border("right", 0, "auto", style="nil"),
            border("insideH", THIN, st.BLACK),
            border("insideV", 0, "auto", style="nil"),
        ),
        w("tblLayout", {"type": "fixed"}),
        _margins(0),
        _look(False),
    )
    return w("tbl", None, props, w("tblGrid", None, w("gridCol", {"w": m.text_w})), *rows)


def plan_table(tasks: Sequence[Task], style: Style, m: st.Metrics) -> BaseOxmlElement:
    """The plan as a bordered 5-column table (the PlanLayout.TABLE option) with the PDF's column
    widths; the header row repeats on every page and rows are not split across pages."""
    widths = [to_twips(x) for x in layout_table.column_widths(tasks, style.page.block_width)]
    widths[1] += m.text_w - sum(widths)

    def cell(i: int, text: str, pstyle: str, centred: bool) -> BaseOxmlElement:
        ppr = [w("jc", {"val": "center"})] if centred else []
        # Centred cells hold exactly their longest entry in the PDF; smaller side margins keep
        # LibreOffice from wrapping such an entry (序号, 责任领导) on a rounding error.
        return _cell(
            widths[i],
            [paragraph(pstyle, ppr, [text_run(_text(text))] if text else [])],
            "top",
            CENTRED_CELL_MARGIN if centred else None,
        )

    rows = [_row([cell(i, h, st.TABLE_HEAD, True) for i, h in enumerate(layout_table.HEADERS)], header=True)]
    for n, task in enumerate(tasks):
        values = (
            chinese_numeral(n + 1),
            task.content,
            joined(task.leaders),
            joined(task.departments),
            task.deadline,
        )
        rows.append(_row([cell(i, v, st.TABLE_TEXT, i in (0, 4)) for i, v in enumerate(values)]))
    props = w(
        "tblPr",
        None,
        w("tblStyle", {"val": "TableNormal"}),
        w("tblW", {"w": m.text_w, "type": "dxa"}),
        w("tblInd", {"w": 0, "type": "dxa"}),
        w(
            "tblBorders",
            None,
            *(
                border(side, PLAN_RULE, st.BLACK)
                for side in ("top", "left", "bottom", "right", "insideH", "insideV")
            ),
        ),
        w("tblLayout", {"type": "fixed"}),
        _margins(to_twips(layout_table.PAD_X), to_twips(layout_table.PAD_Y)),
        _look(True),
    )
    grid = w("tblGrid", None, *(w("gridCol", {"w": x}) for x in widths))
    return w("tbl", None, props, grid, *rows)
