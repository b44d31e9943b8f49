"""The task ledger (督办台账): every task of every plan in the file, followed through the months.

A task of the plan in the bulletin reporting on month P is planned for month P+1; its status there
(set when the next issue was made, by hand or by a returned 征集表) says what became of it. The same
task appears again in the next month's plan when it was carried over. Task ids are not stored in the
data file, so a task is followed across months by its **normalised content**:

* `normalise` folds full/half width (NFKC) and drops white space and punctuation, so “做好……工作。”
  and “做好…工作” are the same task;
* a task of month P's plan continues in the plan of the next month present in the file (P+1, or P+2
  when one month's issue is missing, e.g. a January–February issue) when the normalised contents are
  equal and the earlier task was not done; a task marked carried over (转下月) that finds no equal text
  is matched to the most similar unmatched task of the next plan (difflib ratio ≥ 0.75), because
  secretaries often reword a task when they carry it;
* a task marked done ends its line: the same text in a later plan (a recurring monthly duty) is a new
  line of the ledger;
* two bulletins for the same month (a duplicate import, a draft kept beside the issue) count once:
  the task of the bulletin with the higher id stands for both.

Each line (`LedgerEntry`) knows where it was first planned, where it is now (its latest bulletin and
task index, so a view can open it), its current status, how many months it was carried over, its due
date read from the deadline wording (九月份 → the last day of September of the plan's year; 9月15日,
2020年9月15日, 九月中旬, 年底 …) and whether that date has passed without the task being done, and the
bulletin in which it was reported done (the issue reporting on its plan month).

Pure functions, no I/O: `build_ledger` from the bulletins by id, `filter_ledger` by year, department,
leader and status, ordered overdue first.
"""

from __future__ import annotations

import calendar
import datetime as _dt
import difflib
import functools
import re
import unicodedata
from collections.abc import Iterable, Mapping
from dataclasses import dataclass

from .conventions import parse_chinese_numeral
from .model import Bulletin, Period, Task, TaskStatus

FUZZY_RATIO = 0.75  # below this a reworded carried-over task counts as a new one
MAX_GAP_MONTHS = 2  # a plan continues in the next issue present within this many months
# Rewording is looked for only in task texts of ordinary length and a bounded number of times per
# month, so a pasted novel in every task cannot make the ledger quadratic in its length.
FUZZY_MAX_CHARS = 300
FUZZY_BUDGET = 400  # full difflib comparisons per pair of months


_NOT_WORD_RE = re.compile(r"[\W_]+")


@functools.lru_cache(maxsize=16384)
def normalise(content: str) -> str:
    """The text a task is recognised by: NFKC, no white space, no punctuation or symbols."""
    return _NOT_WORD_RE.sub("", unicodedata.normalize("NFKC", content))


def _month_index(p: Period) -> int:
    return p.year * 12 + p.month - 1


@dataclass(frozen=True)
class Occurrence:
    """A task as it stands in one bulletin's plan."""

    bulletin_id: int
    period: Period  # the month the bulletin reports on; the task is planned for period.next()
    task_index: int
    task: Task

    @property
    def plan_month(self) -> Period:
        return self.period.next()


@dataclass(frozen=True)
class LedgerEntry:
    """One task followed through the months (oldest occurrence first)."""

    occurrences: tuple[Occurrence, ...]
    due: _dt.date | None  # read from the latest deadline; None when it names no date (长期, 持续 …)
    overdue: bool  # due has passed (as of the day the ledger was built) and the task is not done
    done_in: int | None  # id of the bulletin that reported it done

    @property
    def first(self) -> Occurrence:
        return self.occurrences[0]

    @property
    def latest(self) -> Occurrence:
        return self.occurrences[-1]

    @property
    def task(self) -> Task:
        return self.latest.task

    @property
    def status(self) -> TaskStatus:
        return self.latest.task.status

    @property
    def first_planned(self) -> Period:
        return self.first.plan_month

    @property
    def last_planned(self) -> Period:
        return self.latest.plan_month

    @property
    def months_carried(self) -> int:
        return len(self.occurrences) - 1

    def years(self) -> set[int]:
        return {o.plan_month.year for o in self.occurrences}


# ---- deadlines ----------------------------------------------------------------------------------

_NUM = r"[一二三四五六七八九十]{1,3}|\d{1,2}"
_FULL_DATE_RE = re.compile(r"(\d{4})\s*[年.\-/]\s*(\d{1,2})\s*[月.\-/]\s*(\d{1,2})")
_MONTH_DAY_RE = re.compile(
    rf"(?:(\d{{4}})\s*年\s*)?({_NUM})\s*月\s*(?:({_NUM})\s*[日号]|(上旬|中旬|下旬|底|末|份)?)"
)
_YEAR_END_RE = re.compile(r"年底|年末|年内|全年|年终|本年度")


def _number(token: str) -> int | None:
    return int(token) if token.isdigit() else parse_chinese_numeral(token)


def _safe_date(year: int, month: int, day: int) -> _dt.date | None:
    if not 1 <= month <= 12 or not 1900 <= year <= 2999:
        return None
    last = calendar.monthrange(year, month)[1]
    return _dt.date(year, month, min(max(day, 1), last))


def due_date(deadline: str, plan_month: Period) -> _dt.date | None:
    """The last day the deadline wording allows, in the plan month's year unless it names one.

    A month name earlier than the plan month by more than half a year is read as next year
    (a December plan with 一月份 means January of the next year).
    """
    text = unicodedata.normalize("NFKC", deadline)
    m = _FULL_DATE_RE.search(text)
    if m:
        return _safe_date(int(m.group(1)), int(m.group(2)), int(m.group(3)))
    m = _MONTH_DAY_RE.search(text)
    if m:
        month = _number(m.group(2))
        if month is None or not 1 <= month <= 12:
            return None
        next_year = month < plan_month.month - 6
        year = int(m.group(1)) if m.group(1) else plan_month.year + next_year
        day_token, part = m.group(3), m.group(4)
        if day_token:
            day = _number(day_token)
            return None if day is None else _safe_date(year, month, day)
        day = {"上旬": 10, "中旬": 20}.get(part or "", 31)
        return _safe_date(year, month, day)
    if _YEAR_END_RE.search(text):
        return _dt.date(plan_month.year, 12, 31)
    return None


# ---- building --------------------------------------------------------------------------------------


def _occurrences_by_month(bulletins: Mapping[int, Bulletin]) -> dict[int, list[Occurrence]]:
    """Occurrences per reported month; of equal texts in one month the higher bulletin id wins."""
    by_month: dict[int, dict[str, Occurrence]] = {}
    unnamed: dict[int, list[Occurrence]] = {}
    for bid in sorted(bulletins):
        b = bulletins[bid]
        if b.plan is None:
            continue
        month = by_month.setdefault(_month_index(b.period), {})
        for i, task in enumerate(b.plan.tasks):
            occ = Occurrence(bid, b.period, i, task)
            key = normalise(task.content)
            if key:
                month.pop(key, None)  # re-insert so the order follows the newer bulletin
                month[key] = occ
            else:
                unnamed.setdefault(_month_index(b.period), []).append(occ)
    return {m: [*tasks.values(), *unnamed.get(m, [])] for m, tasks in by_month.items()}


def _link(previous: list[Occurrence], following: list[Occurrence]) -> dict[int, int]:
    """Which task of `following` continues which task of `previous` (indices into the lists)."""
    links: dict[int, int] = {}
    free: dict[str, list[int]] = {}
    for j, occ in enumerate(following):
        free.setdefault(normalise(occ.task.content), []).append(j)
    taken: set[int] = set()
    reworded: list[int] = []
    for i, occ in enumerate(previous):
        if occ.task.status == TaskStatus.DONE:
            continue
        key = normalise(occ.task.content)
        candidates = free.get(key) if key else None
        if candidates:
            j = candidates.pop(0)
            links[i] = j
            taken.add(j)
        elif key and occ.task.status == TaskStatus.CARRIED_OVER:
            reworded.append(i)
    budget = FUZZY_BUDGET
    for i in reworded:
        key = normalise(previous[i].task.content)
        if len(key) > FUZZY_MAX_CHARS:
            continue
        best, best_ratio = -1, FUZZY_RATIO
        for j, occ in enumerate(following):
            other = normalise(occ.task.content)
            if j in taken or len(other) > FUZZY_MAX_CHARS or budget <= 0:
                continue
            matcher = difflib.SequenceMatcher(None, key, other, autojunk=False)
            if matcher.real_quick_ratio() < best_ratio or matcher.quick_ratio() < best_ratio:
                continue
            budget -= 1
            ratio = matcher.ratio()
            if ratio >= best_ratio:
                best, best_ratio = j, ratio
        if best >= 0:
            links[i] = best
            taken.add(best)
    return links


def build_ledger(bulletins: Mapping[int, Bulletin], today: _dt.date) -> list[LedgerEntry]:
    """Every task line of the file, in the order they were first planned."""
    by_month = _occurrences_by_month(bulletins)
    months = sorted(by_month)
    reporting = {_month_index(b.period): bid for bid, b in sorted(bulletins.items())}  # highest id wins
    chains: list[list[Occurrence]] = []
    chain_of: dict[tuple[int, int], int] = {}  # (month, index in month) → chain
    for n, month in enumerate(months):
        current = by_month[month]
        for i, occ in enumerate(current):
            if (month, i) not in chain_of:
                chain_of[(month, i)] = len(chains)
                chains.append([occ])
        if n + 1 < len(months) and months[n + 1] - month <= MAX_GAP_MONTHS:
            following = months[n + 1]
            for i, j in _link(current, by_month[following]).items():
                c = chain_of[(month, i)]
                chain_of[(following, j)] = c
                chains[c].append(by_month[following][j])
    return [_entry(chain, reporting, today) for chain in chains]


def _entry(chain: list[Occurrence], reporting: Mapping[int, int], today: _dt.date) -> LedgerEntry:
    latest = chain[-1]
    due = due_date(latest.task.deadline, latest.plan_month)
    done = latest.task.status == TaskStatus.DONE
    done_in = None
    if done:
        done_in = reporting.get(_month_index(latest.plan_month), latest.bulletin_id)
    return LedgerEntry(tuple(chain), due, bool(due is not None and due < today and not done), done_in)


# ---- filtering -------------------------------------------------------------------------------------


def _names_match(wanted: str, names: Iterable[str]) -> bool:
    key = normalise(wanted)
    return any(normalise(n) == key for n in names)


def sort_key(e: LedgerEntry) -> tuple[bool, int, int, int]:
    """Overdue first, then in the order first planned."""
    return (not e.overdue, _month_index(e.first_planned), e.first.bulletin_id, e.first.task_index)


def filter_ledger(
    entries: Iterable[LedgerEntry],
    *,
    year: int | None = None,
    department: str | None = None,
    leader: str | None = None,
    status: TaskStatus | None = None,
) -> list[LedgerEntry]:
    """The lines planned in `year` (in any of their months) for that department / leader / status,
    overdue first. Names compare after `normalise`; a department or leader matches any of the
    task's current names."""
    out = []
    for e in entries:
        if year is not None and not any(o.plan_month.year == year for o in e.occurrences):
            continue
        if department and not _names_match(department, e.task.departments):
            continue
        if leader and not _names_match(leader, e.task.leaders):
            continue
        if status is not None and e.status != status:
            continue
        out.append(e)
    out.sort(key=sort_key)
    return out


def ledger_years(entries: Iterable[LedgerEntry]) -> list[int]:
    """Every plan year present, ascending (for a year chooser)."""
    years: set[int] = set()
    for e in entries:
        years |= e.years()
    return sorted(years)


def ledger_names(entries: Iterable[LedgerEntry]) -> tuple[list[str], list[str]]:
    """Every department and every leader named by a current task, sorted (for choosers)."""
    departments: set[str] = set()
    leaders: set[str] = set()
    for e in entries:
        departments.update(d for d in e.task.departments if d)
        leaders.update(n for n in e.task.leaders if n)
    return sorted(departments), sorted(leaders)


# ---- the ledger as a table (command line, XLSX, PDF) ---------------------------------------------

STATUS_TEXT: dict[TaskStatus, str] = {
    TaskStatus.PLANNED: "计划",
    TaskStatus.IN_PROGRESS: "进行中",
    TaskStatus.DONE: "已完成",
    TaskStatus.CARRIED_OVER: "转下月",
}
COLUMNS = (
    "序号",
    "任务",
    "责任领导",
    "责任部室",
    "完成时限",
    "首次安排",
    "最近安排",
    "延续月数",
    "状态",
    "到期日",
    "是否逾期",
    "完成通报",
)


def month_text(p: Period) -> str:
    return f"{p.year}年{p.month}月"


def entry_row(n: int, e: LedgerEntry) -> tuple[object, ...]:
    """The cells of line `n` (1-based) in `COLUMNS` order; dates stay dates (for a spreadsheet)."""
    return (
        n,
        e.task.content,
        "、".join(e.task.leaders),
        "、".join(e.task.departments),
        e.task.deadline,
        month_text(e.first_planned),
        month_text(e.last_planned),
        e.months_carried,
        STATUS_TEXT[e.status],
        e.due,
        "逾期" if e.overdue else "",
        f"第 {e.done_in} 号" if e.done_in is not None else "",
    )


def entry_json(e: LedgerEntry) -> dict[str, object]:
    """One line for `ledger --json`."""
    return {
        "content": e.task.content,
        "leaders": list(e.task.leaders),
        "departments": list(e.task.departments),
        "deadline": e.task.deadline,
        "status": e.status.value,
        "first_planned": {"year": e.first_planned.year, "month": e.first_planned.month},
        "last_planned": {"year": e.last_planned.year, "month": e.last_planned.month},
        "months_carried": e.months_carried,
        "due": e.due.isoformat() if e.due else None,
        "overdue": e.overdue,
        "done_in": e.done_in,
        "bulletins": [o.bulletin_id for o in e.occurrences],
        "bulletin": e.latest.bulletin_id,
        "task_index": e.latest.task_index,
    }


def ledger_title(year: int | None, department: str | None) -> str:
    """督办台账 heading: 2020年工作任务督办台账（经技部）."""
    title = f"{year}年工作任务督办台账" if year is not None else "工作任务督办台账"
    return title + (f"（{department.strip()}）" if department and department.strip() else "")


__all__ = [
    "COLUMNS",
    "STATUS_TEXT",
    "LedgerEntry",
    "Occurrence",
    "build_ledger",
    "due_date",
    "entry_json",
    "entry_row",
    "filter_ledger",
    "ledger_names",
    "ledger_title",
    "ledger_years",
    "normalise",
    "sort_key",
]
