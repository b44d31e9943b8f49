"""The task ledger (督办台账) as an XLSX workbook (openpyxl): one sheet, title row, frozen header row
with filters, set column widths, real dates, overdue lines in red, landscape A4 when printed."""

from __future__ import annotations

import datetime as _dt
import io
from collections.abc import Sequence

from openpyxl import Workbook
from openpyxl.styles import Alignment, Border, Font, PatternFill, Side
from openpyxl.utils import get_column_letter
from openpyxl.worksheet.page import PageMargins

from ..domain.ledger import COLUMNS, LedgerEntry, entry_row

WIDTHS = (6, 48, 14, 18, 12, 11, 11, 9, 8, 12, 9, 11)  # in characters of the default font
DATE_FORMAT = 'yyyy"年"m"月"d"日"'
_THIN = Side(style="thin", color="808080")
_BORDER = Border(left=_THIN, right=_THIN, top=_THIN, bottom=_THIN)


def render_ledger_xlsx(entries: Sequence[LedgerEntry], title: str, today: _dt.date) -> bytes:
    wb = Workbook()
    ws = wb.active
    assert ws is not None
    ws.title = "督办台账"
    ws.append([title])
    ws.merge_cells(start_row=1, start_column=1, end_row=1, end_column=len(COLUMNS))
    ws["A1"].font = Font(name="黑体", size=16, bold=True)
    ws["A1"].alignment = Alignment(horizontal="center", vertical="center")
    ws.row_dimensions[1].height = 30
    ws.append(list(COLUMNS))
    header_fill = PatternFill("solid", fgColor="D9D9D9")
    for cell in ws[2]:
        cell.font = Font(name="黑体", bold=True)
        cell.fill = header_fill
        cell.border = _BORDER
        cell.alignment = Alignment(horizontal="center", vertical="center", wrap_text=True)
    red = Font(name="仿宋", color="C00000")
    plain = Font(name="仿宋")
    for n, e in enumerate(entries, start=1):
        ws.append(list(entry_row(n, e)))
        for col, cell in enumerate(ws[ws.max_row], start=1):
            cell.font = red if e.overdue else plain
            cell.border = _BORDER
            cell.alignment = Alignment(vertical="top", wrap_text=col in (2, 3, 4))
            if isinstance(cell.value, _dt.date):
                cell.number_format = DATE_FORMAT
    for i, width in enumerate(WIDTHS, start=1):
        ws.column_dimensions[get_column_letter(i)].width = width
    last = get_column_letter(len(COLUMNS))
    ws.freeze_panes = "C3"  # header rows and the number and task columns stay in view
    ws.auto_filter.ref = f"A2:{last}{max(ws.max_row, 2)}"
    ws.print_title_rows = "2:2"
    ws.page_setup.orientation = "landscape"
    ws.page_setup.paperSize = ws.PAPERSIZE_A4
    ws.page_setup.fitToWidth = 1
    ws.page_setup.fitToHeight = 0
    ws.sheet_properties.pageSetUpPr.fitToPage = True
    ws.page_margins = PageMargins(left=0.5, right=0.5, top=0.6, bottom=0.6)
    ws.oddFooter.center.text = "第 &P 页，共 &N 页"
    ws.oddFooter.right.text = f"{today.year}年{today.month}月{today.day}日制表"
    out = io.BytesIO()
    wb.save(out)
    return out.getvalue()
