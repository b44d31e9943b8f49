"""Comparing two versions of a bulletin field by field, marked like a leader's corrections on paper.

``compare(old, new)`` lists, for every printed field that differs (titles, each item's lead sentence
and body, sub-points, tasks and their fields, 报/发, editor…), the runs of text kept, inserted and
deleted. Items and tasks are paired by position (a snapshot has no ids).

The character diff is bounded: texts are first split into sentences (after 。！？；\\n), the sentence
sequences are matched with difflib, and only replaced stretches up to ``CHAR_DIFF_LIMIT`` characters
each side are compared character by character; longer ones show as deleted + inserted whole. So a
30 000-character body costs at most a quadratic of the sentence count plus bounded small pieces.
"""

from __future__ import annotations

import difflib
import re
from dataclasses import dataclass
from typing import Literal

from .conventions import item_marker, joined, plan_title, subpoint_marker, summary_title
from .model import Bulletin

Op = Literal["equal", "insert", "delete"]
CHAR_DIFF_LIMIT = 2_000
_SENTENCE = re.compile(r"[^。！？；\n]*[。！？；\n]?")


@dataclass(frozen=True)
class Piece:
    op: Op
    text: str


@dataclass(frozen=True)
class FieldDiff:
    label: str  # 标题, 一、导语, 一、正文, 任务三·责任领导, 报 …
    pieces: tuple[Piece, ...]

    @property
    def changed(self) -> bool:
        return any(p.op != "equal" for p in self.pieces)


def _sentences(text: str) -> list[str]:
    return [s for s in _SENTENCE.findall(text) if s]


def _merge(pieces: list[Piece]) -> tuple[Piece, ...]:
    out: list[Piece] = []
    for p in pieces:
        if not p.text:
            continue
        if out and out[-1].op == p.op:
            out[-1] = Piece(p.op, out[-1].text + p.text)
        else:
            out.append(p)
    return tuple(out)


def diff_text(old: str, new: str) -> tuple[Piece, ...]:
    """Runs of kept, deleted and inserted text turning ``old`` into ``new``."""
    if old == new:
        return (Piece("equal", old),) if old else ()
    a, b = _sentences(old), _sentences(new)
    pieces: list[Piece] = []
    matcher = difflib.SequenceMatcher(None, a, b, autojunk=False)
    for tag, i1, i2, j1, j2 in matcher.get_opcodes():
        left, right = "".join(a[i1:i2]), "".join(b[j1:j2])
        if tag == "equal":
            pieces.append(Piece("equal", left))
        elif tag == "replace" and len(left) <= CHAR_DIFF_LIMIT and len(right) <= CHAR_DIFF_LIMIT:
            chars = difflib.SequenceMatcher(None, left, right, autojunk=False)
            for t, x1, x2, y1, y2 in chars.get_opcodes():
                if t == "equal":
                    pieces.append(Piece("equal", left[x1:x2]))
                else:
                    pieces.append(Piece("delete", left[x1:x2]))
                    pieces.append(Piece("insert", right[y1:y2]))
        else:
            pieces.append(Piece("delete", left))
            pieces.append(Piece("insert", right))
    return _merge(pieces)


def _fields(b: Bulletin) -> list[tuple[str, str]]:
    """Every printed field as (label, text), in reading order."""
    out: list[tuple[str, str]] = [
        ("刊名", b.series),
        ("编发单位", b.org),
        ("期号", "" if b.issue_number is None else str(b.issue_number)),
        ("印发日期", b.date.isoformat() if b.date else ""),
        ("综述标题", summary_title(b)),
    ]
    for i, item in enumerate(b.summary.items):
        marker = item_marker(i)
        out += [(f"{marker}导语", item.heading), (f"{marker}正文", item.body)]
        for k, sub in enumerate(item.subpoints):
            sub_marker = marker + subpoint_marker(k)
            out += [(f"{sub_marker}导语", sub.heading), (f"{sub_marker}正文", sub.body)]
    if b.plan is not None:
        out.append(("安排标题", plan_title(b)))
        for i, task in enumerate(b.plan.tasks):
            marker = item_marker(i)
            out += [
                (f"安排{marker}任务", task.content),
                (f"安排{marker}责任领导", joined(task.leaders)),
                (f"安排{marker}责任部室", joined(task.departments)),
                (f"安排{marker}完成时限", task.deadline),
            ]
    d = b.distribution
    out += [
        ("报", joined(d.report_to)),
        ("送", joined(d.copy_to)),
        ("发", joined(d.send_to)),
        ("责任编辑", b.editor),
        ("联系电话", b.phone),
    ]
    return out


def compare(old: Bulletin, new: Bulletin) -> list[FieldDiff]:
    """The fields that differ between two versions (pairs by label; a field only on one side counts)."""
    left = dict(_fields(old))
    right = dict(_fields(new))
    labels = [label for label, _t in _fields(old)]
    labels += [label for label, _t in _fields(new) if label not in left]
    diffs = []
    for label in labels:
        a, b = left.get(label, ""), right.get(label, "")
        if a != b:
            diffs.append(FieldDiff(label, diff_text(a, b)))
    return diffs
