"""Years of monthly bulletins made the way the program makes them, for ledger tests and benchmarks.

Starts from the real 2020-08 sample (9 tasks for September) and goes on month by month through
`next_issue`: each task of last month's plan gets a status (done, in progress, carried over; a few
left unmarked), the statuses are stored in last month's issue as 根据上月新建 does, and the new plan
gets the carried tasks plus new ones drawn from a pool of real task texts. Every seventh carried task
is reworded a little, as secretaries do; half the tasks in progress are listed again
unchanged. Deterministic for a given seed.
"""

from __future__ import annotations

import dataclasses
import datetime as _dt
import json
import random
from pathlib import Path

from unionbulletin.domain import Bulletin, Plan, Task, TaskStatus
from unionbulletin.domain.conventions import month_deadline
from unionbulletin.domain.exchange import from_exchange
from unionbulletin.domain.next_issue import next_issue, with_task_statuses

REPO = Path(__file__).resolve().parent.parent
SAMPLE_2020 = REPO / "unionbulletin/data/examples/2020-08.json"

DEPARTMENTS = (
    "办公室",
    "组织部",
    "宣教网络部",
    "权益保障部",
    "经技部",
    "基层工作部",
    "财务部",
    "商贸服务业工会",
)
LEADERS = ("高启秀", "张征军", "郭红萍", "王俊", "李明")
POOL = (
    "开展“送清凉、送健康”活动",
    "做好全市困难职工帮扶工作",
    "组织开展全市职工技能竞赛",
    "推进“法院+工会”劳动争议诉调对接机制建设",
    "举办全市职工素质提升大讲堂",
    "开展户外劳动者服务站点建设",
    "做好市总机关财务审计整改工作",
    "筹备荆州市工会第五次代表大会",
    "推进非公企业“职工之家”建设",
    "组织开展单身青年职工交友联谊活动",
    "开展职工书屋示范点创建",
    "推进产业工人队伍建设改革",
    "做好劳模慰问和疗休养工作",
    "开展工会经费收缴专项检查",
    "组织全市工会干部培训班",
)


def sample_2020() -> Bulletin:
    return from_exchange(json.loads(SAMPLE_2020.read_text("utf-8")))


def _new_task(rng: random.Random, plan_month: int, n: int) -> Task:
    text = f"{rng.choice(POOL)}（第{n}批）"
    leaders = tuple(rng.sample(LEADERS, 2 if rng.random() < 0.2 else 1))
    departments = tuple(rng.sample(DEPARTMENTS, 2 if rng.random() < 0.2 else 1))
    deadline = month_deadline(plan_month) if rng.random() < 0.85 else "年底"
    return Task(text, leaders, departments, deadline)


def make_years(months: int, seed: int = 7) -> dict[int, Bulletin]:
    """`months` consecutive bulletins from August 2020 on, by id 1…months; the newest one's plan has
    no statuses yet (it is the issue being prepared)."""
    rng = random.Random(seed)
    out: dict[int, Bulletin] = {1: sample_2020()}
    counter = 0
    for bid in range(2, months + 1):
        previous = out[bid - 1]
        assert previous.plan is not None
        statuses = {}
        for t in previous.plan.tasks:
            r = rng.random()
            statuses[t.id] = (
                TaskStatus.DONE
                if r < 0.55
                else TaskStatus.IN_PROGRESS
                if r < 0.7
                else TaskStatus.CARRIED_OVER
                if r < 0.95
                else TaskStatus.PLANNED
            )
        marked = with_task_statuses(previous, statuses)
        out[bid - 1] = marked
        today = _dt.date(previous.period.next().year, previous.period.next().month, 3)
        nxt, _ = next_issue(marked, today=today)
        assert nxt.plan is not None
        tasks = list(nxt.plan.tasks)
        for i, t in enumerate(tasks):
            counter += 1
            if counter % 7 == 0:
                tasks[i] = dataclasses.replace(t, content=t.content + "工作")
        plan_month = nxt.period.next().month
        for t in marked.plan.tasks if marked.plan else ():
            if t.status == TaskStatus.IN_PROGRESS and rng.random() < 0.5:  # listed again as it goes on
                tasks.append(Task(t.content, t.leaders, t.departments, month_deadline(plan_month)))
        while len(tasks) < 10:
            counter += 1
            tasks.append(_new_task(rng, plan_month, counter))
        out[bid] = dataclasses.replace(nxt, plan=Plan(tasks=tuple(tasks)))
    return out


def write_data_file(path: Path, bulletins: dict[int, Bulletin]) -> None:
    """A data file holding exactly these bulletins (by id), written as the storage writes it."""
    from unionbulletin.fileio import atomic_write
    from unionbulletin.storage.codec import ADDRESS_BOOK, BULLETINS, SETTINGS, bulletin_to_doc
    from unionbulletin.storage.jsonstorage import encode_tables
    from unionbulletin.storage.migrations import META_TABLE, new_meta

    docs = {str(i): bulletin_to_doc(b) for i, b in bulletins.items()}
    tables = {
        META_TABLE: {"1": new_meta(max(bulletins) + 1)},
        BULLETINS: docs,
        SETTINGS: {},
        ADDRESS_BOOK: {},
    }
    atomic_write(path, encode_tables(tables))
