"""Structure recognition: cleaned paragraphs → a Bulletin (official-format.md §1, product.md §5).

The input is a sequence of paragraphs already repaired by `domain.text_cleanup` and re-joined by
`importers.paragraphs` (plus, from a DOCX plan table, ready-made `TaskRow`s). Recognised, in
document order: the masthead lines (series name, 第N期, issuer and date), the summary title and its
items 一、 (lead sentence split from the body) with sub-points （一）, the plan title (…工作安排) and
its tasks with 责任领导 / 责任部室 / 完成时限, and the distribution block 报： 送： 发： 责任编辑：
联系电话： 共印N份. Whatever is not recognised is kept: it goes into the nearest item's body and a
warning says where.
"""

from __future__ import annotations

import datetime as _dt
import re
from collections.abc import Sequence
from dataclasses import dataclass, field

from ..domain.conventions import marker_of, parse_chinese_numeral, parse_date, parse_month
from ..domain.model import Bulletin, Distribution, Item, OrgSettings, Period, Plan, SubPoint, Summary, Task
from .bounds import check_counts, check_text_size
from .paragraphs import (
    DATE_END_RE,
    DATE_LINE_RE,
    DISTRIBUTION_RE,
    FIELD_LABELS,
    FIELD_RE,
    ISSUE_LINE_RE,
    SENTENCE_PUNCT_RE,
    TAIL_SINGLE_RE,
    TITLE_SUFFIX_RE,
    imported_paragraphs,
    is_section_title,
)
from .result import ImportError_, ImportResult


@dataclass(frozen=True)
class TaskRow:
    """One row of a plan table (DOCX), already split into fields."""

    content: str
    leaders: tuple[str, ...] = ()
    departments: tuple[str, ...] = ()
    deadline: str = ""


Block = str | TaskRow

_PLAN_SUFFIXES = ("安排", "要点", "计划")
_FIELD_SPLIT_RE = re.compile(f"({'|'.join(FIELD_LABELS)})[:：]")
# Recipient names never contain a colon, so a label may follow the previous value directly.
_TAIL_SPLIT_RE = re.compile(r"(报|送|发)[:：]|(责任编辑|联系电话)[:：]|[（(]?共印(\d+)份[）)]?")
_RECIPIENT_SPLIT_RE = re.compile("[、，,；;]+")
_NAME_SPLIT_RE = re.compile("[、，,；;\\s]+")
_EDGE_PUNCT = " \u3000，,；;。.、：:"
_SERIES_HINT_RE = re.compile("(简报|动态|摘报|通报|快报|信息|通讯|专报|要情)$")
_ORG_HINT_RE = re.compile("(会|委|局|厅|部|院|办|处|室|组|中心|公司|政府)$")
_YEAR_RE = re.compile(r"(?<!\d)((?:19|20)\d{2})(?!\d)")
_FILE_PERIOD_RE = re.compile(r"(?<!\d)((?:19|20)\d{2})(?:[-_.年 ]?(\d{1,2})(?!\d))?")
# The 版记 area after the 报/发 block: "荆州市总工会办公室  2021年4月6日印发", an office line alone.
_IMPRINT_RE = re.compile(r"(?P<date>\d{4}\s*年\s*\d{1,2}\s*月\s*\d{1,2}\s*日)\s*印\s*发")
_OPENERS = "“‘「『《〈（(【〔["
_CLOSERS = "”’」』》〉）)】〕]"
_SNIPPET = 16
_QUOTE_WHOLE = 500  # a left-out paragraph up to this length is quoted whole in its warning
_DROPPED_QUOTED = 20  # warnings for left-out paragraphs; the rest are counted in one more


def split_lead(text: str) -> tuple[str, str]:
    """The lead sentence (through the first 。 outside quotes and brackets) and the rest."""
    depth = 0
    for i, ch in enumerate(text):
        if ch in _OPENERS:
            depth += 1
        elif ch in _CLOSERS:
            depth = max(0, depth - 1)
        elif ch == "。" and depth == 0:
            return text[: i + 1], text[i + 1 :]
    return text, ""


def _strip_marker(text: str) -> str:
    m = marker_of(text)
    return text if m is None else text[m[2] :].lstrip(" \u3000")


def _snippet(text: str) -> str:
    text = text.replace("\n", " ")
    return text if len(text) <= _SNIPPET else text[:_SNIPPET] + "……"


@dataclass
class _ItemDraft:
    heading: str
    body: list[str] = field(default_factory=list)
    subpoints: list[list[str]] = field(default_factory=list)  # [heading, body paragraphs…]


@dataclass
class _TaskDraft:
    content: str
    leaders: list[str] = field(default_factory=list)
    departments: list[str] = field(default_factory=list)
    deadline: str = ""


class _Builder:
    """Walks the blocks once, keeping the section it is in and where continuation text belongs."""

    def __init__(self, defaults: OrgSettings) -> None:
        self.defaults = defaults
        self.warnings: list[str] = []
        self.section = "head"  # head → summary → plan → tail
        self.series = ""
        self.org = ""
        self.issue_number: int | None = None
        self.total_number: int | None = None
        self.issue_year: int | None = None
        self.date: _dt.date | None = None
        self.summary_title: str | None = None
        self.plan_title: str | None = None
        self.items: list[_ItemDraft] = []
        self.tasks: list[_TaskDraft] = []
        self.report_to: list[str] = []
        self.copy_to: list[str] = []
        self.send_to: list[str] = []
        self.distribution_seen = False
        self.editor: str | None = None
        self.phone: str | None = None
        self.copies: int | None = None
        self.pending: list[str] = []  # unrecognised text before the first item
        self.dropped = 0  # unrecognised paragraphs after the 报/发 block
        self.pending_where = ""
        self.head_lines: list[str] = []
        # What a plain continuation paragraph belongs to (DOCX keeps real paragraphs).
        self.open: str = ""  # "item", "sub" or ""

    # ---- dispatch --------------------------------------------------------------------------------

    def add(self, block: Block) -> None:
        if isinstance(block, TaskRow):
            self._task_row(block)
            return
        p = block
        after_tail = self.section == "tail" or DISTRIBUTION_RE.match(p) or TAIL_SINGLE_RE.match(p)
        if after_tail and self._imprint(p):
            return
        if is_section_title(p) and self._title(p):
            return
        if self.date is None and DATE_LINE_RE.fullmatch(p):
            date = parse_date(p)
            if date is not None:
                self.date = date
                self.open = ""  # a closing date ends the last item
                return
        marker = marker_of(p)
        if marker is not None:
            if self._marker(p, marker[0]):
                return
        elif FIELD_RE.match(p):
            if self.section == "plan" and self.tasks:
                self._fields(self.tasks[-1], p)
                self.open = ""
                return
        elif DISTRIBUTION_RE.match(p) or TAIL_SINGLE_RE.match(p):
            self._tail(p)
            return
        elif self.section == "head" and not self.items and self._head(p):
            return
        elif self.open and self.section == "summary" and self.items:
            self._body_paragraph(p)
            return
        self._unrecognised(p)

    # ---- sections --------------------------------------------------------------------------------

    def _title(self, p: str) -> bool:
        m = TITLE_SUFFIX_RE.search(p)
        assert m is not None
        is_plan = m.group(1) in _PLAN_SUFFIXES
        if is_plan and self.plan_title is None and self.section != "tail":
            self.plan_title = p
            self.section = "plan"
            self.open = ""
            return True
        if not is_plan and self.summary_title is None and not self.items and self.section == "head":
            self.summary_title = p
            self.section = "summary"
            self.open = ""
            return True
        return False

    def _marker(self, p: str, level: int) -> bool:
        if level == 0:
            if self.section == "plan":
                self._new_task(_strip_marker(p))
                return True
            if self.section in ("head", "summary"):
                self.section = "summary"
                heading, body = split_lead(_strip_marker(p))
                self.items.append(_ItemDraft(heading, [body] if body else []))
                self._flush_pending()
                self.open = "item"
                return True
            return False
        if self.section != "summary" or not self.items:
            return False
        item = self.items[-1]
        if level == 1:
            heading, body = split_lead(_strip_marker(p))
            item.subpoints.append([heading, *([body] if body else [])])
            self.open = "sub"
        else:  # 1. and （1） have no place of their own in the model: they stay body paragraphs
            self._body_paragraph(p)
        return True

    def _body_paragraph(self, p: str) -> None:
        item = self.items[-1]
        if item.subpoints:
            item.subpoints[-1].append(p)
        else:
            item.body.append(p)

    def _new_task(self, text: str) -> None:
        label = _FIELD_SPLIT_RE.search(text)
        content = text if label is None else text[: label.start()]
        task = _TaskDraft(content.rstrip(_EDGE_PUNCT + "（("))
        self.tasks.append(task)
        self.open = ""
        if label is not None:
            self._fields(task, text[label.start() :])
        if not task.content:
            task.content = content

    def _fields(self, task: _TaskDraft, text: str) -> None:
        parts = _FIELD_SPLIT_RE.split(text)
        if parts[0].strip(_EDGE_PUNCT):  # text before the first label (cannot happen at a line start)
            task.content += parts[0]
        for label, value in zip(parts[1::2], parts[2::2], strict=True):
            value = value.strip(_EDGE_PUNCT)
            if value.endswith(("）", ")")) and not any(c in value for c in "（("):
                value = value[:-1].rstrip(_EDGE_PUNCT)
            if label == "责任领导":
                task.leaders.extend(n for n in _NAME_SPLIT_RE.split(value) if n)
            elif label == "责任部室":
                task.departments.extend(n for n in _NAME_SPLIT_RE.split(value) if n)
            elif value:
                task.deadline = f"{task.deadline}、{value}" if task.deadline else value

    def _task_row(self, row: TaskRow) -> None:
        if self.section != "plan":
            self.section = "plan"
            if self.plan_title is None:
                self.plan_title = ""
        self.tasks.append(_TaskDraft(row.content, list(row.leaders), list(row.departments), row.deadline))
        self.open = ""

    def _tail(self, p: str) -> None:
        self.section = "tail"
        self.open = ""
        pos = 0
        label: str | None = None
        for m in _TAIL_SPLIT_RE.finditer(p):
            if label is not None:
                self._tail_value(label, p[pos : m.start()])
            elif p[: m.start()].strip(_EDGE_PUNCT):
                self._unrecognised(p[: m.start()])
            if m.group(3) is not None:
                self.copies = int(m.group(3))
                label = None
            else:
                label = m.group(1) or m.group(2)
            pos = m.end()
        if label is not None:
            self._tail_value(label, p[pos:])
        elif p[pos:].strip(_EDGE_PUNCT):
            self._unrecognised(p[pos:])

    def _imprint(self, p: str) -> bool:
        """A 版记 line after (or joined to) the 报/发 block: …印发 gives the issue date; an office line
        alone is the issuing office. What shares the paragraph (发：…, 共印N份) is read as the tail."""
        m = _IMPRINT_RE.search(p)
        if m is not None:
            before, after = p[: m.start("date")], p[m.end() :]
            if _TAIL_SPLIT_RE.search(before):
                self._tail(before)
                self._office_joined_to_recipients()
            else:
                self._office(before.strip(_EDGE_PUNCT))
            date = parse_date(m.group("date"))
            if date is None:
                self.warnings.append(f"版记中的印发日期“{_snippet(m.group('date'))}”不是有效日期，未导入")
            elif self.date is None:
                self.date = date
            elif date != self.date:
                self.warnings.append(
                    f"版记中的印发日期{date.year}年{date.month}月{date.day}日与文中的日期不同，"
                    "已按文中的日期导入，请核对"
                )
            self.section = "tail"
            if after.strip(_EDGE_PUNCT):
                self._tail(after)
            return True
        if (
            self.section == "tail"
            and len(p) <= 40
            and not SENTENCE_PUNCT_RE.search(p)
            and _ORG_HINT_RE.search(p)
            and not marker_of(p)
        ):
            self._office(p.strip(_EDGE_PUNCT))
            return True
        return False

    def _office_joined_to_recipients(self) -> None:
        """Text copied from a PDF joins the office line to the last recipient
        (各驻会产业工会荆州市总工会办公室): split it off when it is the issuer's 办公室."""
        known = {o for o in (self.org, self.defaults.org, self._title_org()) if o}
        orgs = sorted(known, key=len, reverse=True)
        for names in (self.send_to, self.copy_to, self.report_to):
            if not names:
                continue
            for org in orgs:
                office = f"{org}办公室"
                if names[-1].endswith(office):
                    names[-1] = names[-1][: -len(office)]
                    if not names[-1]:
                        names.pop()
                    self._office(office)
                    return
            return

    def _office(self, office: str) -> None:
        if office:
            self.warnings.append(
                f"版记中的印发机关“{_snippet(office)}”没有单独保存（简报只记编发单位），请核对"
            )

    def _tail_value(self, label: str, value: str) -> None:
        value = value.strip(_EDGE_PUNCT)
        if label in ("报", "送", "发"):
            self.distribution_seen = True
            names = [n.strip(_EDGE_PUNCT) for n in _RECIPIENT_SPLIT_RE.split(value)]
            target = {"报": self.report_to, "送": self.copy_to, "发": self.send_to}[label]
            target.extend(n for n in names if n)
        elif label == "责任编辑":
            self.editor = f"{self.editor}、{value}" if self.editor else value
        else:
            self.phone = f"{self.phone}、{value}" if self.phone else value

    def _head(self, p: str) -> bool:
        """Masthead lines before the first title or item. False when `p` is not one."""
        if len(p) > 40 or SENTENCE_PUNCT_RE.search(p):
            return False
        m = ISSUE_LINE_RE.fullmatch(p)
        if m is not None and self.issue_number is None:
            number = _number(m.group(2))
            total = _number(m.group(3)) if m.group(3) else None
            if number is not None and 1 <= number <= 9999 and (total is None or 1 <= total <= 99999):
                self.issue_number = number
                self.total_number = total
                if m.group(1):
                    self.issue_year = int(m.group(1))
                return True
            return False
        m2 = DATE_END_RE.search(p)
        if m2 is not None and self.date is None:
            date = parse_date(m2.group())
            prefix = p[: m2.start()].strip(" \u3000")
            if date is None or (prefix and (self.org or marker_of(prefix))):
                return False
            self.date = date
            if prefix:
                self.org = prefix
            return True
        if m2 is not None or marker_of(p):
            return False
        self.head_lines.append(p)
        return True

    # ---- what is left over -----------------------------------------------------------------------

    def _unrecognised(self, p: str) -> None:
        snippet = _snippet(p)
        if self.section == "tail":
            # After the 报/发 block there is no body text: never put it into an item. The warning
            # quotes what was left out (whole when short) so nothing goes unseen.
            self.dropped += 1
            if self.dropped <= _DROPPED_QUOTED:
                quoted = p if len(p) <= _QUOTE_WHOLE else snippet
                self.warnings.append(f"报送范围后有无法识别的文字“{quoted}”，未导入")
            return
        if self.section == "plan" and self.tasks and not self.items:
            task = self.tasks[-1]
            task.content = f"{task.content}\n{p}" if task.content else p
            self.warnings.append(
                f"第{len(self.tasks)}项工作安排后有无法识别的文字“{snippet}”，已并入该项内容"
            )
            return
        if self.items:
            self._body_paragraph(p)
            n = len(self.items)
            if self.section == "plan":
                where = f"第{len(self.tasks)}项工作安排后" if self.tasks else "工作安排标题后"
                self.warnings.append(f"{where}有无法识别的文字“{snippet}”，已并入第{n}条正文")
            else:
                self.warnings.append(f"第{n}条后有无法识别的文字“{snippet}”，已并入该条正文")
            return
        self.pending.append(p)

    def _flush_pending(self) -> None:
        if not self.pending or len(self.items) != 1:
            return
        item = self.items[0]
        item.body[:0] = self.pending
        snippet = _snippet(self.pending[0])
        self.warnings.append(f"第1条前有无法识别的文字“{snippet}”，已并入该条正文")
        self.pending = []

    # ---- the result ------------------------------------------------------------------------------

    def _resolve_head(self) -> None:
        """Series name and issuer among the short masthead lines; the rest is left over."""
        leftovers: list[str] = []
        title = self.summary_title or self.plan_title or ""
        for line in self.head_lines:
            if not self.org and (
                line == self.defaults.org
                or (title.startswith(line) and len(line) >= 2)
                or _ORG_HINT_RE.search(line)
            ):
                self.org = line
            elif not self.series and (line == self.defaults.series or _SERIES_HINT_RE.search(line)):
                self.series = line
            else:
                leftovers.append(line)
        if leftovers:
            if self.items:
                item = self.items[0]
                item.body[:0] = leftovers
                self.warnings.append(f"开头有无法识别的文字“{_snippet(leftovers[0])}”，已并入第1条正文")
            else:
                self.pending[:0] = leftovers

    def _period(self, source_name: str, today: _dt.date) -> Period:
        month: int | None = None
        if self.summary_title:
            month = parse_month(self.summary_title)
        if month is None and self.plan_title:
            plan_month = parse_month(self.plan_title)
            if plan_month is not None:
                month = 12 if plan_month == 1 else plan_month - 1
        file_match = _FILE_PERIOD_RE.search(source_name)
        file_month = None
        if file_match and file_match.group(2) and 1 <= int(file_match.group(2)) <= 12:
            file_month = int(file_match.group(2))
        if month is None:
            if self.date is not None:
                month = 12 if self.date.month == 1 else self.date.month - 1
                self.warnings.append(f"标题中没有月份，按发文日期取为{month}月，请核对")
            elif file_month is not None:
                month = file_month
                self.warnings.append(f"标题中没有月份，按文件名取为{month}月，请核对")
            else:
                month = 12 if today.month == 1 else today.month - 1
                self.warnings.append(f"标题中没有月份，暂按上个月（{month}月）计，请核对")
        title_year = _YEAR_RE.search(self.summary_title or self.plan_title or "")
        if self.date is not None:
            year = self.date.year - 1 if month > self.date.month else self.date.year
        elif title_year is not None:
            year = int(title_year.group(1))
        elif self.issue_year is not None:
            year = self.issue_year
        elif file_match is not None:
            year = int(file_match.group(1))
            self.warnings.append(f"文中没有发文日期，年份取自文件名：{year}年，请核对")
        else:
            year = today.year if month <= today.month else today.year - 1
            self.warnings.append(f"文中没有发文日期和年份，暂按{year}年计，请核对")
        return Period(year, month)

    def _title_org(self) -> str:
        title = self.summary_title or self.plan_title or ""
        m = re.search(r"(\d{4}年)?([一二三四五六七八九十]{1,3}|\d{1,2})月", title)
        prefix = title[: m.start()] if m else ""
        return prefix if len(prefix) >= 2 else ""

    def build(self, source_name: str, today: _dt.date) -> ImportResult:
        self._resolve_head()
        if self.dropped > _DROPPED_QUOTED:
            self.warnings.append(f"报送范围后另有{self.dropped - _DROPPED_QUOTED}段无法识别的文字，未导入")
        if self.pending:
            text = "\n".join(self.pending)
            heading, body = split_lead(self.pending[0])
            rest = [body] if body else []
            self.items.insert(0, _ItemDraft(heading, rest + self.pending[1:]))
            self.warnings.append(
                "未找到编号的工作条目（一、二、……），无法识别的文字已作为第1条导入"
                if len(self.items) == 1
                else f"第1条前有无法识别的文字“{_snippet(text)}”，已单独作为第1条导入"
            )
        if (
            not self.items
            and not self.tasks
            and self.summary_title is None
            and self.plan_title is None
            and not (self.report_to or self.copy_to or self.send_to)
            and self.date is None
        ):
            raise ImportError_("没有找到可以导入的内容（标题、条目“一、……”、工作安排或报送范围）。")
        period = self._period(source_name, today)
        items = tuple(
            Item(
                heading=d.heading,
                body="\n".join(d.body),
                subpoints=tuple(SubPoint(heading=s[0], body="\n".join(s[1:])) for s in d.subpoints),
            )
            for d in self.items
        )
        plan = None
        if self.plan_title is not None or self.tasks:
            plan = Plan(
                title=self.plan_title or "",
                tasks=tuple(
                    Task(
                        content=t.content,
                        leaders=tuple(t.leaders),
                        departments=tuple(t.departments),
                        deadline=t.deadline,
                    )
                    for t in self.tasks
                ),
            )
        defaults = self.defaults
        distribution = (
            Distribution(tuple(self.report_to), tuple(self.copy_to), tuple(self.send_to))
            if self.distribution_seen
            else defaults.distribution
        )
        bulletin = Bulletin(
            org=self.org or self._title_org() or defaults.org,
            series=self.series or defaults.series,
            period=period,
            issue_number=self.issue_number,
            total_number=self.total_number,
            date=self.date,
            summary=Summary(title=self.summary_title or "", items=items),
            plan=plan,
            distribution=distribution,
            editor=defaults.editor if self.editor is None else self.editor,
            phone=defaults.phone if self.phone is None else self.phone,
            copies=self.copies,
        )
        if self.section == "head" and not items:
            self.warnings.append("没有找到编号的工作条目")
        return ImportResult(bulletin=bulletin, warnings=tuple(self.warnings))


def _number(text: str | None) -> int | None:
    if not text:
        return None
    return int(text) if text.isdigit() else parse_chinese_numeral(text)


def recognise(
    blocks: Sequence[Block], defaults: OrgSettings, *, source_name: str = "", today: _dt.date | None = None
) -> ImportResult:
    """Build a bulletin from cleaned paragraphs (and plan-table rows) in document order."""
    builder = _Builder(defaults)
    for block in blocks:
        builder.add(block)
    return builder.build(source_name, today or _dt.date.today())


def import_text(
    text: str, defaults: OrgSettings, *, source_name: str = "", today: _dt.date | None = None
) -> ImportResult:
    """Clean `text` (re-joining printed lines) and recognise its structure."""
    paragraphs = imported_paragraphs(text)
    if not paragraphs:
        raise ImportError_("文件中没有文字。")
    check_text_size(paragraphs)
    result = recognise(paragraphs, defaults, source_name=source_name, today=today)
    check_counts(result.bulletin)
    return result


__all__ = ["Block", "TaskRow", "import_text", "recognise", "split_lead"]
