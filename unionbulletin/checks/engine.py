"""The proofreading engine: run every rule over a bulletin, and apply the safe fixes it offers.

`run_checks` returns findings in reading order (masthead, summary, plan, 报尾, then fonts).
`ignored` holds rule ids (``dates.outside-month``) or finding keys (`Finding.key`) not to report.
"""

from __future__ import annotations

from collections import defaultdict
from typing import TYPE_CHECKING

from ..domain.model import AddressBook, Bulletin, OrgSettings
from . import (
    rules_chars,
    rules_dates,
    rules_draft,
    rules_fonts,
    rules_paper,
    rules_punct,
    rules_structure,
    rules_words,
)
from .base import CheckContext, Rule
from .finding import SEVERITY_ORDER, Finding
from .text_fields import FieldNotFound, field_text, text_fields, with_field_text

if TYPE_CHECKING:
    from ..layout.fonts import FontResolver

RULES: tuple[Rule, ...] = (
    *rules_chars.RULES,
    *rules_punct.RULES,
    *rules_dates.RULES,
    *rules_words.RULES,
    *rules_structure.RULES,
    *rules_draft.RULES,
    *rules_paper.RULES,
    *rules_fonts.RULES,
)
FONT_RULES = frozenset({rules_fonts.SUBSTITUTE, rules_fonts.MISSING_GLYPH})


def rule_ids() -> frozenset[str]:
    """Every rule id the engine can report."""
    return frozenset().union(*(rule.ids for rule in RULES))


class FixConflict(ValueError):
    """The text a fix was computed for has changed or is gone; check again."""


def run_checks(
    bulletin: Bulletin,
    *,
    settings: OrgSettings,
    address_book: AddressBook,
    fonts: FontResolver | None,
    ignored: frozenset[str] = frozenset(),
) -> list[Finding]:
    """All findings for `bulletin`, in reading order.

    `fonts` is the resolver the bulletin is drawn with (the window's render setup, or the one the
    command line built for this run: `layout.fonts.resolver_for_settings`); None skips the font
    rules. No resolver is built here, so the checks never look at other faces than the output.
    """
    active = [rule for rule in RULES if not rule.ids <= ignored]
    ctx = CheckContext(bulletin, settings, address_book, tuple(text_fields(bulletin)), fonts)
    findings = [f for rule in active for f in rule.run(ctx) if f.rule not in ignored and f.key not in ignored]
    return sorted(findings, key=_reading_order)


_SECTION_RANK = {"meta": 0, "summary": 1, "plan": 2, "distribution": 3}
_META_RANK = {"series": 0, "org": 1, "date": 2, "editor": 10, "phone": 11, "font": 20}
_FIELD_RANK = {
    "title": 0,
    "heading": 1,
    "body": 2,
    "subpoint_heading": 3,
    "subpoint_body": 4,
    "content": 1,
    "leaders": 2,
    "departments": 3,
    "deadline": 4,
    "report_to": 1,
    "copy_to": 2,
    "send_to": 3,
}


def _reading_order(f: Finding) -> tuple[int, int, int, int, int, int]:
    loc = f.location
    section = _SECTION_RANK[loc.section]
    if loc.section == "meta":
        rank = _META_RANK.get(loc.field, 5)
        section = 4 if rank >= 10 else 0  # editor, phone and fonts come after the 报/发 lines
    else:
        rank = _FIELD_RANK.get(loc.field, 9)
    if loc.field.startswith("subpoint_"):
        rank = 3 + 2 * (loc.sub or 0) + (1 if loc.field == "subpoint_body" else 0)
    offset = -1 if loc.offset is None else loc.offset
    return (section, loc.number or 0, rank, loc.sub or 0, offset, SEVERITY_ORDER[f.severity])


def apply_fix(bulletin: Bulletin, finding: Finding) -> Bulletin:
    """The bulletin with the finding's fix applied (through `domain.edits`, ids kept).

    Raises FixConflict when the text at the place no longer is what the check saw, and ValueError
    when the finding has no fix.
    """
    fix = finding.fix
    if fix is None:
        raise ValueError("这一问题没有可以自动修正的办法")
    loc = finding.location
    try:
        text = field_text(bulletin, loc)
    except FieldNotFound as exc:
        raise FixConflict("要修正的条目已被删除或移动，请重新校对") from exc
    if fix.offset is None:
        if text != fix.expected:
            raise FixConflict("该处文字在校对后已修改，请重新校对")
        new = fix.replacement
    else:
        if text[fix.offset : fix.offset + fix.length] != fix.expected:
            raise FixConflict("该处文字在校对后已修改，请重新校对")
        new = text[: fix.offset] + fix.replacement + text[fix.offset + fix.length :]
    return with_field_text(bulletin, loc, new)


def apply_fixes(bulletin: Bulletin, findings: list[Finding]) -> tuple[Bulletin, int]:
    """Apply every fix of `findings` that does not overlap another one; returns (bulletin, count).

    Fixes in one field are applied from the end backwards so earlier offsets stay valid; of two
    overlapping fixes only the first (in reading order) is applied — check again for the rest.
    """
    by_field: dict[tuple[object, ...], list[Finding]] = defaultdict(list)
    for f in findings:
        if f.fix is not None:
            loc = f.location
            by_field[(loc.section, loc.field, loc.ident, loc.number, loc.sub)].append(f)
    applied = 0
    for group in by_field.values():
        chosen: list[Finding] = []
        taken: list[tuple[int, int]] = []
        for f in sorted(group, key=lambda f: -1 if f.fix is None or f.fix.offset is None else f.fix.offset):
            assert f.fix is not None
            if f.fix.offset is None:
                if not taken and not chosen:
                    chosen.append(f)
                    taken.append((-1, 1 << 30))
                continue
            start, end = f.fix.offset, f.fix.offset + f.fix.length
            if any((start < b and a < end) or start == end == a for a, b in taken):
                continue
            chosen.append(f)
            taken.append((start, end))
        for f in sorted(
            chosen, key=lambda f: -1 if f.fix is None or f.fix.offset is None else f.fix.offset, reverse=True
        ):
            try:
                bulletin = apply_fix(bulletin, f)
            except FixConflict:
                continue
            applied += 1
    return bulletin, applied
