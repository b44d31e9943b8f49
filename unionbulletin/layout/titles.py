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
from collections.abc import Iterator, Sequence
from functools import lru_cache

from .chars import can_break_between, cell_units, clusters, printable

# Never end a title line with these (GB/T 9704 §7.3.1 names 的/和/及).
NO_LINE_END: frozenset[str] = frozenset("的和及与或并暨")
# Words of this kind of document that a title line should not split.
TITLE_WORDS: tuple[str, ...] = (
    "总工会",
    "工会",
    "工作",
    "活动",
    "会议",
    "情况",
    "安排",
    "综述",
    "完成",
    "开展",
    "举办",
    "召开",
    "全市",
    "全省",
    "职工",
    "建设",
    "通知",
    "关于",
    "月份",
    "技能",
    "大赛",
    "竞赛",
    "学习",
    "宣传",
    "贯彻",
    "精神",
    "荆州市",
    "荆州",
    "湖北省",
    "代表",
    "大会",
    "改革",
    "服务",
    "创新",
    "创业",
    "劳动",
    "劳模",
    "工匠",
    "素质",
    "提升",
    "困难",
    "帮扶",
    "慰问",
    "维权",
    "推进",
    "落实",
    "领导",
    "委员会",
    "组织",
    "党风",
    "廉政",
    "作风",
    "产业",
    "工人",
    "队伍",
    "年度",
    "上半年",
    "下半年",
    "总结",
    "计划",
    "要点",
    "报告",
    "意见",
    "方案",
    "办法",
    "规定",
    "实施",
    "简报",
    "动态",
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
    cut = _best_cut(text, max_chars, keep)
    if cut is not None:
        edges = (0, *cut, len(text))
        return tuple(text[a:b] for a, b in itertools.pairwise(edges))
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


def _best_cut(text: str, max_chars: float, keep: tuple[str, ...]) -> tuple[int, ...] | None:
    """The break positions of the best split into the fewest lines, or None if there is none.

    The score of a split is the sum of its break costs plus ``_shape_cost`` of its line widths. The
    mean width is fixed by the line count, so the spread term is Σ width² minus a constant, and the
    score is a sum over lines except for the 正梯形 tie-break between the first two lines: dynamic
    programming over break points, with the first two lines enumerated. Widths are counted in half
    cells and costs times four so every score is an exact integer; among equal scores the split
    with the earliest breaks wins (as the former exhaustive search did).

    With the fewest lines ``m``, a break at position p can only be the end of line
    ``fewest_lines_to(p)`` (a split through p has at least ``fewest_lines_to(p) +
    fewest_lines_from(p)`` lines), so the table is one value per position: O(len · line length).
    """
    spans = clusters(text)
    n = len(text)
    limit = 2 * max_chars
    costs = _break_costs(text, spans, keep)
    points = [0, *(s for s, _ in spans[1:] if costs[s] < _FORBIDDEN), n]
    half = [0]  # half[i]: width of text[:i] in half cells
    for ch in text:
        half.append(half[-1] + round(2 * cell_units(ch)))
    last = len(points) - 1

    def reach(order: range) -> list[int | None]:
        """Fewest lines from the start (order ascending) or to the end (descending) per point."""
        fewest: list[int | None] = [None] * len(points)
        fewest[order[0]] = 0
        step = 1 if order.step > 0 else -1
        for i in order[1:]:
            best: int | None = None
            j = i - step
            while 0 <= j <= last and abs(half[points[i]] - half[points[j]]) <= limit:
                f = fewest[j]
                if f is not None and (best is None or f + 1 < best):
                    best = f + 1
                j -= step
            fewest[i] = best
        return fewest

    to = reach(range(0, last + 1))
    lines = to[last]
    if lines is None:
        return None
    back = reach(range(last, -1, -1))
    line_of = [
        t if t is not None and b is not None and t + b == lines else None
        for t, b in zip(to, back, strict=True)
    ]
    price = [round(4 * costs.get(p, 0.0)) for p in points]

    def width(i: int, k: int) -> int:
        return half[points[k]] - half[points[i]]

    def successors(i: int) -> Iterator[int]:
        line = line_of[i]
        k = i + 1
        while k <= last and width(i, k) <= limit:
            if line is not None and line_of[k] == line + 1:
                yield k
            k += 1

    # rest[i]: least score of the lines after point i (its own break cost excluded).
    rest: list[int | None] = [None] * len(points)
    rest[last] = 0
    for i in range(last - 1, -1, -1):
        options = [
            width(i, k) ** 2 + (0 if k == last else price[k]) + r
            for k in successors(i)
            if (r := rest[k]) is not None
        ]
        rest[i] = min(options) if options else None

    best: tuple[int, int, int] | None = None
    for b1 in successors(0):
        for b2 in successors(b1):
            r = rest[b2]
            if r is None:
                continue
            w1, w2 = width(0, b1), width(b1, b2)
            score = w1**2 + price[b1] + w2**2 + 2 * (w1 < w2) + (0 if b2 == last else price[b2] + r)
            if best is None or score < best[0]:
                best = (score, b1, b2)
    assert best is not None  # a point on a fewest-lines path always continues to the end
    path = [best[1], best[2]]
    while path[-1] != last:
        i = path[-1]
        target = rest[i]
        path.append(
            next(
                k
                for k in successors(i)
                if (r := rest[k]) is not None
                and width(i, k) ** 2 + (0 if k == last else price[k]) + r == target
            )
        )
    return tuple(points[i] for i in path[:-1])


def _break_costs(text: str, spans: list[tuple[int, int]], keep: tuple[str, ...]) -> dict[int, float]:
    """Cost of a break before each cluster but the first, in one pass over the text per word."""
    inside_keep = _inside_any(text, keep)
    inside_word = {word: _inside_any(text, (word,)) for word in TITLE_WORDS}
    in_pair = _pair_depths(text)
    costs: dict[int, float] = {}
    for index in range(1, len(spans)):
        pos = spans[index][0]
        if not can_break_between(text, spans[index - 1], spans[index]) or text[pos - 1] in NO_LINE_END:
            costs[pos] = _FORBIDDEN
            continue
        before, after = text[pos - 1], text[pos]
        cost = 0.0
        cost += (_FORBIDDEN / 10) * inside_keep.get(pos, 0)
        for hits in inside_word.values():
            if pos in hits:
                cost += _INSIDE_WORD
        if before in _MONTH_DIGITS and after in "月":
            cost += _INSIDE_WORD
        if in_pair[pos]:
            cost += _INSIDE_QUOTE
        if after in "的之":
            cost += _AFTER_PARTICLE
        costs[pos] = cost
    return costs


def _inside_any(text: str, phrases: Sequence[str]) -> dict[int, int]:
    """For each position strictly inside an occurrence of one of ``phrases``: how many phrases do."""
    hits: dict[int, int] = {}
    for phrase in phrases:
        if not phrase:
            continue
        inside: set[int] = set()
        i = text.find(phrase)
        while i != -1:
            inside.update(range(i + 1, i + len(phrase)))
            i = text.find(phrase, i + 1)
        for pos in inside:
            hits[pos] = hits.get(pos, 0) + 1
    return hits


def _pair_depths(text: str) -> list[bool]:
    """Whether each position (0..len) lies inside an open quotation mark or bracket."""
    inside = [False]
    stack: list[str] = []
    for ch in text:
        if ch in _PAIRS:
            stack.append(_PAIRS[ch])
        elif stack and ch == stack[-1]:
            stack.pop()
        inside.append(bool(stack))
    return inside


def _shape_cost(lengths: list[float]) -> float:
    """Even lines are best; equal halves are fine; a longer first line breaks ties (正梯形)."""
    mean = sum(lengths) / len(lengths)
    cost = sum((x - mean) ** 2 for x in lengths)
    if len(lengths) >= 2 and lengths[0] < lengths[1]:
        cost += 0.5
    return cost
