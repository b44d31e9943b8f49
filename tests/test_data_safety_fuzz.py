"""Fuzz (issue 12): generated bulletins and pastes through model → save → open → PDF → DOCX.

Every C0 and C1 control, lone and paired surrogates, noncharacters, private use, and long runs of
them, pasted into every kind of field through the domain's edit functions (what the controller's
commands call), then saved, reopened, laid out to PDF and written to DOCX. Slow-marked: the default
profile runs a few hundred cases, HYPOTHESIS_PROFILE=nightly thousands; FUZZ_EXAMPLES=N sets N.

Titles stay short here: how long titles break is measured elsewhere (layout/titles.py).
"""

from __future__ import annotations

import contextlib
import io
import os
import zipfile
from collections.abc import Iterator

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st
from hypothesis_profiles import PROPERTY_SETTINGS

from unionbulletin.domain import Bulletin, Distribution, Item, OrgSettings, Period, SubPoint, Task, edits
from unionbulletin.domain.limit_check import LimitExceeded
from unionbulletin.domain.normalize import normalize_bulletin
from unionbulletin.export import RenderOptions, render_bytes
from unionbulletin.storage import Database

pytestmark = pytest.mark.slow

_N = int(os.environ.get("FUZZ_EXAMPLES", "0")) or PROPERTY_SETTINGS.max_examples
_LOG = os.environ.get("FUZZ_LOG", "")  # a line per passed case, to count a long run as it goes
FUZZ_SETTINGS = settings(PROPERTY_SETTINGS, max_examples=_N)

CONTROLS = [chr(c) for c in (*range(0x00, 0x20), *range(0x7F, 0xA0))]
SPECIAL = [
    *CONTROLS,
    "\u2028",
    "\u2029",
    "\ud800",
    "\udbff",
    "\udc00",
    "\udfff",
    "\ud83d\ude00",
    "\ufffe",
    "\uffff",
    "\ufdd0",
    "\ufdef",
    "\U0001fffe",
    "\U0010ffff",
    "\ue000",
    "\uf8ff",
    "\U000f0000",
    "\U0010fffd",
    "\u200b",
    "\ufeff",
    "\u00ad",
    "\u3000",
]
piece = st.one_of(
    st.sampled_from(SPECIAL),
    st.characters(blacklist_categories=()),
    st.sampled_from(["工会", "开展活动。", "，", "A1", " ", "“", "”"]),
    st.builds(lambda c, n: c * n, st.sampled_from([*SPECIAL, "工"]), st.integers(1, 400)),  # long runs
)
paste = st.lists(piece, max_size=8).map("".join)
short = st.lists(st.one_of(st.sampled_from(SPECIAL), st.sampled_from("工会简报一二AB ")), max_size=12).map(
    "".join
)


@pytest.fixture(scope="module")
def fuzz_db(tmp_path_factory: pytest.TempPathFactory) -> Iterator[Database]:
    db = Database.open(tmp_path_factory.mktemp("fuzz") / "bulletins.json", seed_examples=False)
    yield db
    db.close()


@st.composite
def pasted_bulletins(draw: st.DrawFn) -> Bulletin:
    b = Bulletin(
        org="",
        series="",
        period=Period(2020, draw(st.integers(1, 12))),
        issue_number=draw(st.none() | st.integers(1, 9999)),
    )
    b = edits.update_meta(b, org=draw(short), series=draw(short))
    b = edits.set_summary_title(b, draw(short))
    for _ in range(draw(st.integers(1, 3))):
        item = Item(heading="")
        b = edits.add_item(b, item)
        heading, body = draw(paste)[:300], draw(paste)
        with contextlib.suppress(LimitExceeded):  # the field refused the paste, naming the limit
            b = edits.update_item(b, item.id, heading=heading, body=body)
        if draw(st.booleans()):
            sub = SubPoint(draw(paste)[:300], draw(paste))
            with contextlib.suppress(LimitExceeded):
                b = edits.add_subpoint(b, item.id, sub)
    if draw(st.booleans()):
        b = edits.set_plan_title(b, draw(short))
        task = Task(content="")
        b = edits.add_task(b, task)
        b = edits.update_task(
            b,
            task.id,
            content=draw(paste)[:300],
            leaders=[draw(short)],
            departments=[draw(short), draw(short)],
            deadline=draw(short),
        )
    dist = Distribution(report_to=(draw(short),), send_to=(draw(short), draw(short)))
    return edits.update_meta(b, editor=draw(short), phone=draw(short), distribution=dist)


@FUZZ_SETTINGS
@given(pasted_bulletins())
def test_fuzzed_pastes_save_open_and_export(fuzz_db: Database, b: Bulletin) -> None:
    assert normalize_bulletin(b) is b  # the edit functions normalised everything that entered
    bid = fuzz_db.add(b)
    with Database.open(fuzz_db.path, read_only=True) as other:
        again = other.get(bid)
    assert again == b
    pdf = render_bytes(again, "pdf", OrgSettings(), RenderOptions.for_settings(OrgSettings()))
    assert pdf.startswith(b"%PDF")
    docx = render_bytes(again, "docx", OrgSettings())
    with zipfile.ZipFile(io.BytesIO(docx)) as z:
        assert z.testzip() is None
    fuzz_db.delete(bid)
    if _LOG:
        with open(_LOG, "a", encoding="utf-8") as log:
            log.write("ok\n")


def test_the_fuzz_covers_what_the_issue_names() -> None:
    assert len(CONTROLS) == 65  # every C0 control, DEL and every C1 control
    assert {"\ud800", "\ue000", "\U0010fffd"} <= set(SPECIAL)
