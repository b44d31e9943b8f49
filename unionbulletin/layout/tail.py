"""The 报尾 (distribution block) at the foot of the last page (official-format.md §4.6).

Rows of 28.95 pt in 仿宋 14 pt between black rules: a thick rule (0.35 mm) above the first row,
“报：…” / “送：…” / “发：…” indented one 四号 character left and right, wrapped lines aligned with the
first name after the colon (hanging indent 14 + 28 pt), then, when there is an editor, a phone
number or a print run, a thin rule (0.25 mm) and the row “责任编辑：…” (left) / “联系电话：…”
(right), and a thick rule that lies on the block's bottom edge (placed by the paginator).
"""

from __future__ import annotations

from ..domain import Bulletin
from ..domain.conventions import joined
from .boxes import LineKind, Ref, RefKind, Rule
from .lines import ProtoLine, ProtoRun, natural_run, paragraph_lines, run_width
from .paginate import BoxRow
from .style import FontRole, Style

LABELS = (("报", "report_to"), ("送", "copy_to"), ("发", "send_to"))


def recipient_lines(bulletin: Bulletin, style: Style) -> list[ProtoLine]:
    """The 报/送/发 lines, wrapped with a hanging indent; no hanging punctuation past the indent."""
    t = style.tail
    page = style.page
    ref = Ref(RefKind.DISTRIBUTION)
    lines: list[ProtoLine] = []
    for label, attr in LABELS:
        names: tuple[str, ...] = getattr(bulletin.distribution, attr)
        if not any(names):
            continue
        text = f"{label}：{joined(names)}" + ("。" if t.final_full_stop else "")
        lines += paragraph_lines(
            [(text, FontRole.FANGSONG)],
            kind=LineKind.TAIL,
            ref=ref,
            size=t.size,
            cell=t.size,
            left=page.block_left,
            width=page.block_width - t.indent,
            first_indent=t.indent,
            rest_indent=t.indent + run_width(f"{label}：", t.size),
            hanging=False,
        )
    return lines


def editor_lines(bulletin: Bulletin, style: Style) -> list[ProtoLine]:
    """“责任编辑：…” left and “联系电话：…” right on one row; “共印N份” right, on its own row if needed."""
    t = style.tail
    page = style.page
    ref = Ref(RefKind.DISTRIBUTION)
    left_x = page.block_left + t.indent
    right_x = page.block_right - t.indent

    def right(text: str) -> ProtoRun:
        return natural_run(text, FontRole.FANGSONG, t.size, right_x - run_width(text, t.size))

    rows: list[tuple[ProtoRun, ...]] = []
    first: list[ProtoRun] = []
    if bulletin.editor:
        first.append(natural_run(f"责任编辑：{bulletin.editor}", FontRole.FANGSONG, t.size, left_x))
    copies = f"共印{bulletin.copies}份" if bulletin.copies is not None else ""
    if bulletin.phone:
        first.append(right(f"联系电话：{bulletin.phone}"))
    elif copies:
        first.append(right(copies))
        copies = ""
    if first:
        rows.append(tuple(first))
    if copies:
        rows.append((right(copies),))
    return [ProtoLine(LineKind.TAIL, runs, t.size, ref) for runs in rows]


def tail_box(bulletin: Bulletin, style: Style) -> BoxRow | None:
    """The whole 报尾 as one box, or None when there is nothing to print."""
    t = style.tail
    page = style.page
    recipients = recipient_lines(bulletin, style)
    editor = editor_lines(bulletin, style)
    rows = recipients + editor
    if not rows:
        return None
    pitch = t.row_pitch
    height = len(rows) * pitch
    x0, x1 = page.block_left, page.block_right
    rules = [Rule(x0, 0.0, x1, 0.0, t.outer_rule), Rule(x0, height, x1, height, t.outer_rule)]
    if recipients and editor:
        y = len(recipients) * pitch
        rules.insert(1, Rule(x0, y, x1, y, t.inner_rule))
    placed = tuple((i * pitch, pitch, line) for i, line in enumerate(rows))
    return BoxRow(height, placed, tuple(rules))
