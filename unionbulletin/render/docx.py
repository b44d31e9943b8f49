"""DOCX export (python-docx + raw OOXML): the bulletin as an editable Word document in the official
layout, paginated by Word, WPS and LibreOffice like the program's own PDF (official-format.md §9.1).

DOCX is a flow format: it is built from the model and the same style tokens as the PDF, not from the
positioned page boxes, but it takes every decision the PDF layout takes where Word could decide
otherwise: the masthead positions (``layout.masthead``), the title line breaks (``layout.titles``),
the task field texts, the 报尾 rows and the 避头尾 sets. The 22 × 28 grid comes from exact 28.95 pt
lines and a −0.3 pt character spacing on the 16 pt text; the masthead is a stack of exact-height
paragraphs that ends on the grid line where the PDF puts the rule; the 报尾 is a table floating at
the bottom margin of the last page.
"""

from __future__ import annotations

import io
from dataclasses import dataclass

import docx
from docx.document import Document as DocxDocument
from docx.oxml.xmlchemy import BaseOxmlElement

from ..domain import Bulletin, OrgSettings
from ..domain.conventions import (
    format_date,
    issue_text,
    item_marker,
    plan_title,
    subpoint_marker,
    summary_title,
)
from ..layout import masthead as layout_masthead
from ..layout.compose import style_for, task_field_texts
from ..layout.style import Style, to_twips
from ..layout.titles import break_title
from . import docx_page as page
from . import docx_styles as st
from .docx_tables import plan_table, tail_table
from .docx_xml import clean_text, paragraph, size, spacing, strip_indent, text_run, w

ISSUER_LINE_PT = 20.0  # exact height of the issuer/date line
WORD_BASELINE = 0.8  # Word (and LibreOffice) put the baseline of an exact-height line at 0.8 of it


@dataclass(frozen=True)
class Masthead:
    """Exact heights (twips) of the masthead paragraphs; they add up to whole grid lines."""

    top_spacer: int
    name: int
    name_half_points: int
    issue: int
    mid_spacer: int
    issuer: int
    rule_space: int  # points between the issuer/date line box and the red rule (w:space)
    rule_eighths: int
    blank_lines: int  # empty grid lines between the rule and the first title


def masthead_geometry(style: Style, name: str) -> Masthead:
    """The PDF's masthead positions (``layout.masthead``: name → 期号 14 mm → issuer 12 mm → rule 4 mm,
    rule snapped to a grid boundary) as exact-height paragraphs: each baseline lands where the PDF
    puts it, and the rule, the bottom border of the issuer paragraph, ends on the same grid line."""
    geo = layout_masthead.masthead_geometry(style)
    top = style.page.block_top
    line = to_twips(style.line_pitch)
    total = geo.rule_boundary * line
    rule_w = style.masthead.rule_width
    name_pt = layout_masthead.masthead_name_size(name, style) if name else style.masthead.name_size
    name_h = to_twips(round(name_pt * 1.05, 1))
    issuer_h = to_twips(ISSUER_LINE_PT)
    issuer_base = to_twips(geo.issuer_baseline - top)
    issuer_top = round(issuer_base - WORD_BASELINE * issuer_h)
    space_pt = max(1, min(31, round((total - to_twips(rule_w) - issuer_top - issuer_h) / 20)))
    name_top = max(0, round(to_twips(geo.name_baseline - top) - WORD_BASELINE * name_h))
    issue_top = name_top + name_h
    issue_h = max(
        to_twips(style.body_size * 1.25),
        round((to_twips(geo.issue_baseline - top) - issue_top) / WORD_BASELINE),
    )
    mid = max(0, issuer_top - issue_top - issue_h)
    used = name_h + issue_h + mid + issuer_h + to_twips(space_pt + rule_w)
    return Masthead(
        top_spacer=max(0, total - used),
        name=name_h,
        name_half_points=round(name_pt * 2),
        issue=issue_h,
        mid_spacer=mid,
        issuer=issuer_h,
        rule_space=space_pt,
        rule_eighths=round(rule_w * 8),
        blank_lines=geo.first_title_line - geo.rule_boundary,
    )


class _Writer:
    """Appends the bulletin's paragraphs to the document body, in reading order."""

    def __init__(self, doc: DocxDocument, b: Bulletin, style: Style, m: st.Metrics) -> None:
        self.body = doc.element.body
        self.b = b
        self.style = style
        self.m = m

    def add(self, el: BaseOxmlElement) -> BaseOxmlElement:
        sect = self.body.sectPr
        assert sect is not None
        sect.addprevious(el)
        return el

    def para(
        self, pstyle: str | None, runs: list[BaseOxmlElement], ppr: list[BaseOxmlElement] | None = None
    ) -> BaseOxmlElement:
        return self.add(paragraph(pstyle, ppr or [], runs))

    def exact(
        self,
        pstyle: str,
        height: int,
        runs: list[BaseOxmlElement] | None = None,
        extra: list[BaseOxmlElement] | None = None,
    ) -> BaseOxmlElement:
        return self.para(pstyle, runs or [], [spacing(height), *(extra or [])])

    # ----------------------------------------------------------------------------- masthead
    def masthead(self) -> None:
        b = self.b
        name = one_line(b.series.strip())
        g = masthead_geometry(self.style, name)
        if g.top_spacer:
            self.exact(st.SPACER, g.top_spacer)
        name_rpr = [] if g.name_half_points == 84 else size(g.name_half_points)
        self.exact(st.MASTHEAD, g.name, [text_run(name, None, name_rpr)] if name else [])
        issue = one_line(issue_text(b, self.style.issue_format))
        self.exact(st.ISSUE, g.issue, [text_run(issue)] if issue else [])
        if g.mid_spacer:
            self.exact(st.SPACER, g.mid_spacer)
        line = "\t" + one_line(b.org) + ("\t" + format_date(b.date) if b.date else "")
        self.exact(
            st.ISSUER, g.issuer, [text_run(line)], [st.issuer_border(g.rule_eighths / 8, g.rule_space)]
        )
        for _ in range(g.blank_lines):
            self.para(st.BLANK, [], [w("keepNext")])

    # ----------------------------------------------------------------------------- titles, items
    def title(self, text: str, blank_before: int, blank_after: int) -> None:
        """A centred title, broken where the PDF breaks it (manual line breaks); the blank lines
        around it are paragraph spacing, which Word drops at the top of a page like the PDF."""
        parts = break_title(
            one_line(text), self.style.title.max_chars_per_line, keep=(self.b.org,) if self.b.org else ()
        )
        pitch = self.m.line
        self.para(
            st.TITLE,
            [text_run("\x0b".join(parts))],
            [spacing(pitch, before=blank_before * pitch, after=blank_after * pitch)],
        )

    def run_in(self, pstyle: str, lead_style: str, marker: str, heading: str, body: str) -> None:
        """A numbered paragraph (a style with an outline level): marker and lead sentence in the
        heading face, then the body; further body paragraphs ("\\n") follow as plain body paragraphs."""
        pieces = clean_text(body).split("\n")
        runs = [text_run(marker + one_line(heading), lead_style)]
        if pieces[0]:
            runs.append(text_run(pieces[0]))
        self.para(pstyle, runs)
        for piece in pieces[1:]:
            if piece.strip():
                self.para(None, [text_run(strip_indent(piece))])

    def summary(self) -> None:
        t = self.style.title
        self.title(summary_title(self.b), 0, t.blank_lines_after)
        for i, item in enumerate(self.b.summary.items):
            self.run_in(st.ITEM, st.LEAD, item_marker(i), item.heading, item.body)
            for j, sp in enumerate(item.subpoints):
                self.run_in(st.SUBITEM, st.LEAD2, subpoint_marker(j), sp.heading, sp.body)

    def plan(self) -> None:
        plan = self.b.plan
        if plan is None:
            return
        t = self.style.title
        self.title(plan_title(self.b), t.blank_lines_before_second, t.blank_lines_after)
        if self.style.plan_as_table:
            if plan.tasks:
                self.add(plan_table(plan.tasks, self.style, self.m))
            return
        for i, task in enumerate(plan.tasks):
            self.para(st.TASK_TITLE, [text_run(item_marker(i) + one_line(task.content))])
            fields = task_field_texts(task)
            for k, text in enumerate(fields):
                keep = [w("keepNext")] if k < len(fields) - 1 else []
                self.para(st.TASK_FIELD, [text_run(one_line(text))], keep)

    # ----------------------------------------------------------------------------- 报尾
    def tail(self) -> None:
        table = tail_table(self.b, self.style, self.m)
        if table is None:
            return
        self.add(table)
        # A floating table is anchored to the paragraph after it; keep that paragraph tiny so it
        # does not need a grid line of its own under the text.
        self.para(st.SPACER, [], [spacing(10), w("rPr", None, *size(2))])


def one_line(text: str) -> str:
    """Cleaned text for a field that is a single line (a newline becomes a manual line break)."""
    return clean_text(text).replace("\n", "\x0b")


def render_docx(bulletin: Bulletin, settings: OrgSettings) -> bytes:
    """The bulletin as DOCX bytes. Odd text is sanitised, never an error; the layout options come
    from ``settings`` exactly as for the PDF (``layout.compose.style_for``)."""
    style = style_for(settings)
    m = st.Metrics.from_style(style)
    names = st.font_names(settings.docx_font_names)
    doc = docx.Document()
    body = doc.element.body
    for el in list(body):
        if el is not body.sectPr:
            body.remove(el)
    page.setup_styles(doc, m, style, names)
    page.setup_settings(doc)
    page.setup_font_table(doc, names)
    page.setup_section(doc, m, style)
    page.setup_footers(doc, m)
    page.setup_properties(doc, bulletin, style)
    page.drop_template_leftovers(doc)
    page.setup_app_properties(doc, bulletin)

    writer = _Writer(doc, bulletin, style, m)
    writer.masthead()
    writer.summary()
    writer.plan()
    writer.tail()
    out = io.BytesIO()
    doc.save(out)
    return out.getvalue()
