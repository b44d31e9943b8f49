"""Reading a returned 征集表 (DOCX) into plain cell texts (`domain.requests.ReturnedForm`).

The tables are recognised by their header rows, not their position: the one with 完成情况 holds the
reports on last month's tasks, the one with 导语 or 具体内容 the other work, and the one with 工作任务
and 完成时限 but no 完成情况 next month's tasks; columns are found by their header text, so columns
moved, added or deleted in Word or WPS do not matter. Paragraphs inside a cell are joined with a line
break. The form's mark comes from the document keywords, else from any paragraph or table cell.
"""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

from docx import Document
from docx.oxml.ns import qn
from docx.table import Table

from ..domain.requests import FormError, FormMark, NextTaskRow, OtherWorkRow, ReportRow, ReturnedForm
from . import MAX_FILE_BYTES

_T = qn("w:t")
_TAB = qn("w:tab")
_BR = qn("w:br")
_P = qn("w:p")
MAX_ROWS = 2000


def _cell_text(cell: object) -> str:
    paragraphs = []
    for p in cell._tc.iter(_P):  # type: ignore[attr-defined]
        parts = []
        for el in p.iter():
            if el.tag == _T and el.text:
                parts.append(el.text)
            elif el.tag in (_TAB, _BR):
                parts.append(" " if el.tag == _TAB else "\n")
        text = "".join(parts).strip()
        if text:
            paragraphs.append(text)
    return "\n".join(paragraphs)


def _rows(table: Table) -> list[list[str]]:
    out = []
    for n, row in enumerate(table.rows):
        if n >= MAX_ROWS:
            break
        cells: list[str] = []
        previous = None
        for cell in row.cells:
            if cell._tc is previous:  # a merged cell appears once per grid column
                continue
            previous = cell._tc
            cells.append(_cell_text(cell))
        out.append(cells)
    return out


def _column(header: list[str], *words: str, exclude: tuple[str, ...] = ()) -> int | None:
    for i, h in enumerate(header):
        if any(w in h for w in words) and not any(x in h for x in exclude):
            return i
    return None


def _get(row: list[str], i: int | None) -> str:
    return row[i] if i is not None and i < len(row) else ""


def _tables(document: object) -> Iterator[Table]:
    """Every table, also those nested in a cell (a form pasted into another)."""
    stack = list(document.tables)  # type: ignore[attr-defined]
    while stack:
        table = stack.pop(0)
        yield table
        for row in table.rows:
            for cell in row.cells:
                stack.extend(cell.tables)


def read_returned_form(path: Path) -> ReturnedForm:
    """Read a returned form; FormError (Chinese) when the file is not a readable Word document."""
    try:
        size = path.stat().st_size
    except OSError as exc:
        raise FormError(f"{path.name}：无法读取文件：{exc.strerror or exc}") from exc
    if size > MAX_FILE_BYTES:
        raise FormError(f"{path.name}：文件太大（{size / 1024 / 1024:.0f} MB），不是征集表。")
    if path.suffix.lower() not in (".docx", ".docm"):
        raise FormError(f"{path.name}：征集表应为 Word 文件（.docx）；.doc 或 .wps 请先“另存为” .docx。")
    try:
        document = Document(str(path))
    except Exception as exc:  # python-docx raises many kinds (zip, XML, missing part) for a bad file
        raise FormError(f"{path.name}：不是有效的 Word 文档（.docx），文件可能已损坏。") from exc

    mark = FormMark.parse(document.core_properties.keywords or "")
    reports: list[ReportRow] = []
    other: list[OtherWorkRow] = []
    next_tasks: list[NextTaskRow] = []
    for table in _tables(document):
        rows = _rows(table)
        if not rows:
            continue
        if mark is None:
            mark = next((m for r in rows for c in r if (m := FormMark.parse(c)) is not None), None)
        header = rows[0]
        joined = "".join(header)
        body = rows[1:]
        if "完成情况" in joined:
            number = _column(header, "序号", "编号")
            content = _column(header, "任务", "事项", "内容", exclude=("完成情况",))
            completion = _column(header, "完成情况")
            status = _column(header, "状态")
            known = {number, content, completion, status}
            for r in body:
                extra = "\n".join(c for i, c in enumerate(r) if i not in known and c)
                reports.append(
                    ReportRow(_get(r, number), _get(r, content), _get(r, completion), _get(r, status), extra)
                )
        elif "导语" in joined or "具体内容" in joined:
            heading = _column(header, "导语", "概括")
            details = _column(header, "具体内容", "内容", exclude=("导语", "概括"))
            for r in body:
                other.append(OtherWorkRow(_get(r, heading), _get(r, details)))
        elif "完成时限" in joined or "责任领导" in joined:
            content = _column(header, "任务", "事项", "内容")
            leaders = _column(header, "领导")
            deadline = _column(header, "时限", "时间")
            for r in body:
                next_tasks.append(NextTaskRow(_get(r, content), _get(r, leaders), _get(r, deadline)))
    if mark is None:
        mark = next((m for p in document.paragraphs if (m := FormMark.parse(p.text)) is not None), None)
    return ReturnedForm(path.name, mark, tuple(reports), tuple(other), tuple(next_tasks))
