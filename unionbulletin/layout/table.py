"""The plan as a bordered table, an option (official-format.md §4.5).

Five columns 序号 | 工作任务 | 责任领导 | 责任部室 | 完成时限 across the whole block (156 mm), 0.5 pt black
single borders, header row in 黑体 14 pt centred, cells in 仿宋 14 pt on 24 pt lines. The narrow
columns take the width of their longest entry within limits (4–5 characters); the task column gets
the rest. The header row is repeated on every page the table runs onto (the paginator does it).
"""

from __future__ import annotations

from collections.abc import Sequence

from ..domain import Task
from ..domain.conventions import chinese_numeral, joined
from .boxes import LineKind, Ref, RefKind, Rule
from .lines import ProtoLine, natural_run, paragraph_lines, run_width
from .paginate import BoxRow, TableBlock
from .style import FontRole, Style

HEADERS = ("序号", "工作任务", "责任领导", "责任部室", "完成时限")
CELL_SIZE = 14.0  # 四号
LINE_PITCH = 24.0
PAD_X = 4.0
PAD_Y = 3.0
BORDER = 0.5
# (min, max) width in characters of the narrow columns (the headers need 4); the task column, the one
# with the most text, takes the rest (about 14 characters).
_LIMITS = {0: (2, 2), 2: (4, 4), 3: (4, 5), 4: (4, 5)}


def column_widths(tasks: Sequence[Task], total: float) -> list[float]:
    """Widths (pt) of the five columns, summing to ``total``."""
    texts = [_cells(i, task) for i, task in enumerate(tasks)]
    widths = [0.0] * 5
    for col, (low, high) in _LIMITS.items():
        longest = max(run_width(row[col], 1.0) for row in texts) if texts else low
        chars = min(max(longest, low), high)
        widths[col] = chars * CELL_SIZE + 2 * PAD_X
    widths[1] = total - sum(widths)
    return widths


def _cells(index: int, task: Task) -> tuple[str, str, str, str, str]:
    return (
        chinese_numeral(index + 1),
        task.content,
        joined(task.leaders),
        joined(task.departments),
        task.deadline,
    )


def _row(
    texts: Sequence[str], widths: Sequence[float], left: float, *, header: bool, ref: Ref, top_rule: bool
) -> BoxRow:
    role = FontRole.HEITI if header else FontRole.FANGSONG
    columns: list[list[ProtoLine]] = []
    x = left
    for col, (text, width) in enumerate(zip(texts, widths, strict=True)):
        inner = width - 2 * PAD_X
        centred = header or col in (0, 4)
        if centred and run_width(text, CELL_SIZE) <= inner:
            run = natural_run(text, role, CELL_SIZE, x + (width - run_width(text, CELL_SIZE)) / 2)
            columns.append([ProtoLine(LineKind.TABLE_CELL, (run,), CELL_SIZE, ref)])
        else:
            columns.append(
                paragraph_lines(
                    [(text, role)],
                    kind=LineKind.TABLE_CELL,
                    ref=ref,
                    size=CELL_SIZE,
                    cell=CELL_SIZE,
                    left=x + PAD_X,
                    width=inner,
                    first_indent=0.0,
                    hanging=False,
                )
            )
        x += width
    height = max(len(c) for c in columns) * LINE_PITCH + 2 * PAD_Y
    placed = tuple((PAD_Y + i * LINE_PITCH, LINE_PITCH, line) for c in columns for i, line in enumerate(c))
    right = left + sum(widths)
    rules = [Rule(left, height, right, height, BORDER)]
    if top_rule:
        rules.append(Rule(left, 0.0, right, 0.0, BORDER))
    x = left
    for width in (0.0, *widths):
        x += width
        rules.append(Rule(x, 0.0, x, height, BORDER))
    return BoxRow(height, placed, tuple(rules))


def plan_table(tasks: Sequence[Task], style: Style) -> TableBlock:
    left = style.page.block_left
    widths = column_widths(tasks, style.page.block_width)
    header = _row(HEADERS, widths, left, header=True, ref=Ref(RefKind.PLAN_TITLE), top_rule=True)
    rows = tuple(
        _row(_cells(i, task), widths, left, header=False, ref=Ref(RefKind.TASK, task.id), top_rule=False)
        for i, task in enumerate(tasks)
    )
    return TableBlock(header, rows)
