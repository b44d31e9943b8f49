"""Draft rule: the placeholder a new issue puts in the items made from last month's plan.

`domain.next_issue` turns each task reported done or in progress into an item whose body is
`DRAFT_PLACEHOLDER`; it must be replaced by what was actually done before the bulletin goes out.
"""

from __future__ import annotations

from collections.abc import Iterator

from ..domain.next_issue import DRAFT_PLACEHOLDER
from .base import CheckContext, Rule, at
from .finding import Finding

DRAFT_PLACEHOLDER_RULE = "struct.draft-placeholder"


def _placeholders(ctx: CheckContext) -> Iterator[Finding]:
    for field in ctx.fields:
        start = field.text.find(DRAFT_PLACEHOLDER)
        while start >= 0:
            yield at(
                field,
                DRAFT_PLACEHOLDER_RULE,
                "error",
                f"这一条由上月工作安排生成，“{DRAFT_PLACEHOLDER}”处请写明具体完成情况",
                start,
                len(DRAFT_PLACEHOLDER),
            )
            start = field.text.find(DRAFT_PLACEHOLDER, start + len(DRAFT_PLACEHOLDER))


RULES = (Rule(frozenset({DRAFT_PLACEHOLDER_RULE}), _placeholders),)
