"""Breaking a title into centred lines of at most 20 characters (official-format.md §4.2).

GB/T 9704 §7.3.1: a multi-line title breaks between words, never leaves 的/和/及 at a line end, and
its lines form a trapezoid or a diamond. Without a full dictionary the breaker scores every possible
split into the fewest lines: breaks inside numbers, ``——``, quotes/book titles, the organisation name or
a common word of these bulletins cost a lot, breaks after a function word are forbidden, and among the
rest the most even split wins (ties: the longer line first, a 正梯形).

``break_title`` is public so the DOCX writer can insert the same line breaks.
"""

from __future__ import annotations

import itertools
from collections.abc import Sequence
from functools import lru_cache

from .chars import can_break_between, cell_units, clusters, printable

# Never end a title line with these (GB/T 9704 §7.3.1 names 的/和/及).
NO_LINE_END: frozenset[str] = frozenset("的和及与或并暨")
# Words of this kind of document that a title line should not split.
TITLE_WORDS: tuple[str, ...] = (
    "总工会", "工会", "工作", "活动", "会议", "情况", "安排", "综述", "完成", "开展", "举办", "召开",
    "全市", "全省", "职工", "建设", "通知", "关于", "月份", "技能", "大赛", "竞赛", "学习", "宣传",
    "贯彻", "精神", "荆州市", "荆州", "湖北省", "代表", "大会", "改革", "服务", "创新", "创业", "劳动",
    "劳模", "工匠", "素质", "提升", "困难", "帮扶", "慰问", "维权", "推进", "落实", "领导", "委员会",
    "组织", "党风", "廉政", "作风", "产业", "工人", "队伍", "年度", "上半年", "下半年", "总结",
    "计划", "要点", "报告", "意见", "方案", "办法", "规定", "实施", "简报", "动态",
)
_PAIRS = {"“": "”", "‘": "’", "《": "》", "（": "）", "〈": "〉", "【": "】", "〔": "〕"}
_MONTH_DIGITS = frozenset("一二三四五六七八九十")

_FORBIDDEN = 1e9
_INSIDE_WORD = 400.0
_INSIDE_QUOTE = 250.0
_AFTER_PARTICLE = 120.0


def title_cells(text: str) -> float:
    return sum(cell_units(ch) for ch in text)


def break_title(text: str, max_chars: int = 20, *, keep: Sequence[str] = ()) -> list[str]:
    """Split ``text`` into the fewest lines of ≤ ``max_chars`` cells, breaking between words.

    ``keep``: extra phrases that must not be split (e.g. the organisation name).
    """
    return list(_break_title(text, max_chars, tuple(keep)))


@lru_cache(maxsize=256)
def _break_title(text: str, max_chars: int, keep: tuple[str, ...]) -> tuple[str, ...]:
    text = printable(text).strip()
    if title_cells(text) <= max_chars or len(text) < 2:
        return (text,)
    spans = clusters(text)
    bounds = [s for s, _ in spans[1:]]  # candidate break positions (character indices)
    costs = {b: _break_cost(text, spans, b, keep) for b in bounds}
    total = title_cells(text)
    n_lines = max(2, -int(-total // max_chars))
    while n_lines <= len(spans):
        best: tuple[float, tuple[int, ...]] | None = None
        usable = [b for b in bounds if costs[b] < _FORBIDDEN]
        for cut in itertools.combinations(usable, n_lines - 1):
            edges = (0, *cut, len(text))
            lengths = [title_cells(text[a:b]) for a, b in itertools.pairwise(edges)]
            if max(lengths) > max_chars:
                continue
            score = sum(costs[b] for b in cut) + _shape_cost(lengths)
            if best is None or score < best[0]:
                best = (score, cut)
        if best is not None:
            edges = (0, *best[1], len(text))
            return tuple(text[a:b] for a, b in itertools.pairwise(edges))
        n_lines += 1
    # No acceptable split (e.g. one enormous number): cut by cells.
    lines: list[str] = []
    current = ""
    for ch in text:
        if title_cells(current + ch) > max_chars:
            lines.append(current)
            current = ""
        current += ch
    lines.append(current)
    return tuple(lines)


def _break_cost(text: str, spans: list[tuple[int, int]], pos: int, keep: tuple[str, ...]) -> float:
    index = next(i for i, (s, _) in enumerate(spans) if s == pos)
    if not can_break_between(text, spans[index - 1], spans[index]):
        return _FORBIDDEN
    before, after = text[pos - 1], text[pos]
    if before in NO_LINE_END:
        return _FORBIDDEN
    cost = 0.0
    for phrase in keep:
        if phrase and _splits(text, pos, phrase):
            cost += _FORBIDDEN / 10
    for word in TITLE_WORDS:
        if _splits(text, pos, word):
            cost += _INSIDE_WORD
    if before in _MONTH_DIGITS and after in "月":
        cost += _INSIDE_WORD
    if _inside_pair(text, pos):
        cost += _INSIDE_QUOTE
    if after in "的之":
        cost += _AFTER_PARTICLE
    return cost


def _splits(text: str, pos: int, word: str) -> bool:
    """Whether a break at ``pos`` falls strictly inside an occurrence of ``word``."""
    start = max(0, pos - len(word) + 1)
    i = text.find(word, start)
    while i != -1 and i < pos:
        if i < pos < i + len(word):
            return True
        i = text.find(word, i + 1)
    return False


def _inside_pair(text: str, pos: int) -> bool:
    stack: list[str] = []
    for ch in text[:pos]:
        if ch in _PAIRS:
            stack.append(_PAIRS[ch])
        elif stack and ch == stack[-1]:
            stack.pop()
    return bool(stack)


def _shape_cost(lengths: list[float]) -> float:
    """Even lines are best; equal halves are fine; a longer first line breaks ties (正梯形)."""
    mean = sum(lengths) / len(lengths)
    cost = sum((x - mean) ** 2 for x in lengths)
    if len(lengths) >= 2 and lengths[0] < lengths[1]:
        cost += 0.5
    return cost
