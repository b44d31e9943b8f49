"""What a new data file starts with: the bundled example bulletins and an address book built from them.

The examples are read through `importlib.resources`, so they are found the same way from a checkout,
a wheel and a frozen build.
"""

from __future__ import annotations

import json
from importlib import resources

from ..domain import AddressBook, Bulletin, Leader, OrgSettings, RecipientGroup
from ..domain.exchange import from_exchange

REPORT_GROUP = "上级（报）"
SEND_GROUP = "下级（发）"


def example_bulletins() -> list[Bulletin]:
    """The bundled examples, oldest first."""
    folder = resources.files("unionbulletin").joinpath("data", "examples")
    found = sorted((f for f in folder.iterdir() if f.name.endswith(".json")), key=lambda f: f.name)
    bulletins = [from_exchange(json.loads(f.read_text(encoding="utf-8-sig"))) for f in found]
    return sorted(bulletins, key=lambda b: (b.period.year, b.period.month))


def _unique(names: list[str]) -> tuple[str, ...]:
    return tuple(dict.fromkeys(n for n in names if n))


def address_book_from(bulletins: list[Bulletin]) -> AddressBook:
    """Leaders and departments named in the plans, and the 报 / 发 lists as two recipient groups."""
    tasks = [t for b in bulletins if b.plan for t in b.plan.tasks]
    leaders = _unique([name for t in tasks for name in t.leaders])
    groups = []
    report = _unique([n for b in bulletins for n in b.distribution.report_to])
    send = _unique([n for b in bulletins for n in b.distribution.send_to])
    if report:
        groups.append(RecipientGroup(REPORT_GROUP, report))
    if send:
        groups.append(RecipientGroup(SEND_GROUP, send))
    return AddressBook(
        leaders=tuple(Leader(n) for n in leaders),
        departments=_unique([d for t in tasks for d in t.departments]),
        recipient_groups=tuple(groups),
    )


def settings_from(bulletins: list[Bulletin]) -> OrgSettings:
    """Organisation defaults taken from the newest bulletin (org, series, editor, phone, 报/发)."""
    if not bulletins:
        return OrgSettings()
    newest = bulletins[-1]
    return OrgSettings(
        org=newest.org or OrgSettings.org,
        series=newest.series or OrgSettings.series,
        editor=newest.editor,
        phone=newest.phone,
        distribution=newest.distribution,
    )
