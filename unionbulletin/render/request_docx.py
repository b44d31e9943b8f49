"""A request form (征集表) for one department as a DOCX that people who only know Word can fill in.

A4 portrait; a title, a line for who fills it in; three bordered tables: last month's tasks of the
department (with 完成情况 and a status column of three boxes □已完成 □进行中 □转下月 — tick one, or
delete the other two), other work of the month (a lead sentence and the details), and next month's
tasks (content, leaders, deadline). The form is identified by a `FormMark` written twice: into the
document's keywords (kept by Word, WPS and LibreOffice) and as a small grey line at the end, so either
survives the other being lost.
"""

from __future__ import annotations

import io

from docx import Document
from docx.document import Document as DocxDocument
from docx.enum.table import WD_ROW_HEIGHT_RULE, WD_TABLE_ALIGNMENT
from docx.enum.text import WD_ALIGN_PARAGRAPH
from docx.oxml.ns import qn
from docx.shared import Cm, Pt, RGBColor
from docx.table import Table, _Cell
from docx.text.paragraph import Paragraph

from ..domain import FontNames
from ..domain.conventions import joined
from ..domain.requests import NEXT_TASK_ROWS, OTHER_WORK_ROWS, STATUS_CHOICES, RequestForm
from ..layout.style import FontRole
from .docx_styles import font_names

TASK_HEADER = ("序号", "工作任务", "责任领导", "完成时限", "完成情况", "状态（勾选一项）")
TASK_WIDTHS = (1.3, 5.0, 1.9, 1.9, 4.9, 2.0)
OTHER_HEADER = ("导语（一句话概括）", "具体内容")
OTHER_WIDTHS = (5.0, 12.0)
NEXT_HEADER = ("序号", "工作任务", "责任领导", "完成时限")
NEXT_WIDTHS = (1.3, 10.2, 2.8, 2.7)


def _para(
    container: DocxDocument | _Cell,
    text: str,
    face: str,
    size: float,
    *,
    bold: bool = False,
    align: WD_ALIGN_PARAGRAPH | None = None,
    colour: RGBColor | None = None,
) -> Paragraph:
    p: Paragraph = container.add_paragraph()
    if align is not None:
        p.alignment = align
    p.paragraph_format.space_after = Pt(0)
    run = p.add_run(text)
    run.font.name = face
    run.font.size = Pt(size)
    run.font.bold = bold
    run._element.get_or_add_rPr().get_or_add_rFonts().set(qn("w:eastAsia"), face)
    if colour is not None:
        run.font.color.rgb = colour
    return p


def _fill(
    cell: _Cell,
    text: str,
    face: str,
    size: float,
    *,
    bold: bool = False,
    align: WD_ALIGN_PARAGRAPH | None = None,
) -> None:
    p = cell.paragraphs[0]
    if align is not None:
        p.alignment = align
    run = p.add_run(text)
    run.font.name = face
    run.font.size = Pt(size)
    run.font.bold = bold
    run._element.get_or_add_rPr().get_or_add_rFonts().set(qn("w:eastAsia"), face)


def _table(doc: DocxDocument, header: tuple[str, ...], widths: tuple[float, ...], heading_face: str) -> Table:
    table: Table = doc.add_table(rows=1, cols=len(header))
    table.style = "Table Grid"
    table.alignment = WD_TABLE_ALIGNMENT.CENTER
    table.autofit = False
    for column, width in zip(table.columns, widths, strict=True):
        column.width = Cm(width)  # the grid: LibreOffice and WPS size columns by it, Word by the cells
    for cell, text, width in zip(table.rows[0].cells, header, widths, strict=True):
        cell.width = Cm(width)
        _fill(cell, text, heading_face, 11, align=WD_ALIGN_PARAGRAPH.CENTER)
    # the header row repeats on every page
    tr_pr = table.rows[0]._tr.get_or_add_trPr()
    header_el = tr_pr.makeelement(qn("w:tblHeader"), {})
    tr_pr.append(header_el)
    return table


def _row(
    table: Table,
    values: tuple[str, ...],
    widths: tuple[float, ...],
    face: str,
    centred: tuple[int, ...] = (),
    height_cm: float = 0,
) -> None:
    row = table.add_row()
    if height_cm:
        row.height = Cm(height_cm)
        row.height_rule = WD_ROW_HEIGHT_RULE.AT_LEAST
    for i, (cell, value, width) in enumerate(zip(row.cells, values, widths, strict=True)):
        cell.width = Cm(width)
        lines = value.split("\n")
        _fill(cell, lines[0], face, 11, align=WD_ALIGN_PARAGRAPH.CENTER if i in centred else None)
        for line in lines[1:]:
            _para(cell, line, face, 11)


def render_request_docx(
    form: RequestForm, font_setting: FontNames | str = FontNames.GB2312, deadline_note: str = ""
) -> bytes:
    names = font_names(font_setting)
    title_face, heading_face, body_face = (
        names[FontRole.XIAOBIAOSONG],
        names[FontRole.HEITI],
        names[FontRole.FANGSONG],
    )
    doc = Document()
    section = doc.sections[0]
    section.page_width, section.page_height = Cm(21.0), Cm(29.7)
    section.left_margin = section.right_margin = Cm(2.0)
    section.top_margin = section.bottom_margin = Cm(2.2)
    normal = doc.styles["Normal"]
    normal.font.name = body_face
    normal.font.size = Pt(12)
    normal.element.get_or_add_rPr().get_or_add_rFonts().set(qn("w:eastAsia"), body_face)

    mark = form.mark
    doc.core_properties.title = form.title
    doc.core_properties.subject = f"{mark.department} {mark.period.year}年{mark.period.month}月"
    doc.core_properties.keywords = mark.text()
    doc.core_properties.author = form.org
    doc.core_properties.comments = "请在表格中填写，不要删除文末的表单标识。"

    _para(doc, form.title, title_face, 20, align=WD_ALIGN_PARAGRAPH.CENTER)
    _para(doc, "", body_face, 8)
    _para(doc, f"填报部室：{mark.department}　　填报人：__________　　联系电话：__________", body_face, 12)
    note = (
        "填写说明：在“完成情况”中写明做了什么、取得什么效果；“状态”只保留一项（把□改成√，或删去另外两项）。"
    )
    if deadline_note:
        note += f"请于{deadline_note}前交回办公室。"
    _para(doc, note, body_face, 10.5)

    _para(doc, "", body_face, 6)
    _para(doc, f"一、{mark.period.month}月工作安排完成情况", heading_face, 14)
    table = _table(doc, TASK_HEADER, TASK_WIDTHS, heading_face)
    for ft in form.tasks:
        _row(
            table,
            (
                str(ft.number),
                ft.task.content,
                joined(ft.task.leaders),
                ft.task.deadline,
                "",
                STATUS_CHOICES.replace("　", "\n"),
            ),
            TASK_WIDTHS,
            body_face,
            centred=(0,),
            height_cm=3.2,
        )

    _para(doc, "", body_face, 6)
    _para(doc, f"二、{mark.period.month}月其他工作", heading_face, 14)
    _para(
        doc,
        "每项工作一行：左边一句话概括（将印为黑体导语），右边写具体内容。行不够可以增加。",
        body_face,
        10.5,
    )
    table = _table(doc, OTHER_HEADER, OTHER_WIDTHS, heading_face)
    for _ in range(OTHER_WORK_ROWS):
        _row(table, ("", ""), OTHER_WIDTHS, body_face, height_cm=2.5)

    next_month = mark.period.next().month
    _para(doc, "", body_face, 6)
    _para(doc, f"三、{next_month}月工作安排", heading_face, 14)
    table = _table(doc, NEXT_HEADER, NEXT_WIDTHS, heading_face)
    for n in range(1, NEXT_TASK_ROWS + 1):
        _row(table, (str(n), "", "", ""), NEXT_WIDTHS, body_face, centred=(0,), height_cm=1.2)

    _para(doc, "", body_face, 6)
    _para(doc, f"表单标识（请勿删除）：{mark.text()}", body_face, 7, colour=RGBColor(0x99, 0x99, 0x99))
    out = io.BytesIO()
    doc.save(out)
    return out.getvalue()
