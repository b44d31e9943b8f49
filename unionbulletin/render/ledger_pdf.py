"""The task ledger (督办台账) as a landscape A4 PDF for the leaders' meeting (reportlab platypus).

Title in 小标宋, header row in 黑体, cells in 仿宋 — the faces the bulletin itself uses (the official
files when installed, the bundled Fandol stand-ins otherwise). The header row repeats on every page;
overdue lines are printed in red; each page says 第 N 页.
"""

from __future__ import annotations

import datetime as _dt
import io
from collections.abc import Sequence
from xml.sax.saxutils import escape

from reportlab.lib import colors
from reportlab.lib.pagesizes import A4, landscape
from reportlab.lib.styles import ParagraphStyle
from reportlab.lib.units import mm
from reportlab.pdfgen.canvas import Canvas
from reportlab.platypus import Paragraph, SimpleDocTemplate, Spacer, Table, TableStyle

from ..domain import OrgSettings
from ..domain.ledger import COLUMNS, LedgerEntry, entry_row
from ..layout.fonts import FontResolver
from ..layout.style import FontRole
from .pdf import FontLoadError, bundled_face, register_face

# Share of the usable width per column (sums to 1).
_SHARES = (0.04, 0.265, 0.07, 0.10, 0.07, 0.08, 0.08, 0.05, 0.06, 0.08, 0.045, 0.06)
RED = colors.Color(0.75, 0, 0)


def _font(fonts: FontResolver, role: FontRole) -> str:
    try:
        return register_face(fonts.resolve(role))
    except FontLoadError:
        return register_face(bundled_face(role))


def _cell(value: object) -> str:
    if value is None:
        return ""
    if isinstance(value, _dt.date):
        return f"{value.year}.{value.month}.{value.day}"
    return str(value)


def render_ledger_pdf(
    entries: Sequence[LedgerEntry],
    title: str,
    today: _dt.date,
    settings: OrgSettings | None = None,
    *,
    fonts: FontResolver,
) -> bytes:
    """The ledger as a landscape A4 table, drawn with `fonts` (the caller's resolver)."""
    settings = settings or OrgSettings()
    title_font = _font(fonts, FontRole.XIAOBIAOSONG)
    head_font = _font(fonts, FontRole.HEITI)
    body_font = _font(fonts, FontRole.FANGSONG)
    page = landscape(A4)
    margin = 15 * mm
    width = page[0] - 2 * margin
    title_style = ParagraphStyle("title", fontName=title_font, fontSize=20, leading=28, alignment=1)
    note_style = ParagraphStyle("note", fontName=body_font, fontSize=10.5, leading=14, alignment=2)
    head_style = ParagraphStyle(
        "head", fontName=head_font, fontSize=10.5, leading=13, alignment=1, wordWrap="CJK"
    )
    body = ParagraphStyle("body", fontName=body_font, fontSize=10.5, leading=13.5, wordWrap="CJK")
    late = ParagraphStyle("late", parent=body, textColor=RED)

    rows: list[list[Paragraph]] = [[Paragraph(escape(c), head_style) for c in COLUMNS]]
    for n, e in enumerate(entries, start=1):
        style = late if e.overdue else body
        rows.append([Paragraph(escape(_cell(v)), style) for v in entry_row(n, e)])
    table = Table(rows, colWidths=[s * width for s in _SHARES], repeatRows=1)
    table.setStyle(
        TableStyle(
            [
                (
                    "FONTNAME",
                    (0, 0),
                    (-1, -1),
                    body_font,
                ),  # else each cell selects Helvetica (never embedded)
                ("GRID", (0, 0), (-1, -1), 0.5, colors.black),
                ("BACKGROUND", (0, 0), (-1, 0), colors.Color(0.88, 0.88, 0.88)),
                ("VALIGN", (0, 0), (-1, -1), "MIDDLE"),
                ("LEFTPADDING", (0, 0), (-1, -1), 3),
                ("RIGHTPADDING", (0, 0), (-1, -1), 3),
            ]
        )
    )
    overdue = sum(e.overdue for e in entries)
    note = (
        f"共 {len(entries)} 项，其中逾期未完成 {overdue} 项（红色）。"
        f"制表日期：{today.year}年{today.month}月{today.day}日"
    )
    story = [
        Paragraph(escape(title), title_style),
        Spacer(1, 4 * mm),
        Paragraph(escape(note), note_style),
        Spacer(1, 3 * mm),
    ]
    story.append(table if entries else Paragraph("没有符合条件的任务。", body))

    def footer(canvas: Canvas, doc: SimpleDocTemplate) -> None:
        canvas.setFont(body_font, 10.5)
        canvas.drawCentredString(page[0] / 2, 8 * mm, f"第 {doc.page} 页")

    out = io.BytesIO()
    doc = SimpleDocTemplate(
        out,
        pagesize=page,
        leftMargin=margin,
        rightMargin=margin,
        topMargin=margin,
        bottomMargin=margin,
        title=title,
        author=settings.org,
    )
    # Our font as the canvas's initial font: reportlab's default would put an unused, non-embedded
    # Helvetica on every page (see render.pdf.new_canvas).
    doc.initialFontName = body_font
    doc.build(story, onFirstPage=footer, onLaterPages=footer)
    return out.getvalue()
