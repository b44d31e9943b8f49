"""official-format.md §12.1–12.4 (P1–P22) checked on real PDFs read back with pdfplumber.

The PDFs are those of the two real samples (tests/fixtures/sample-*.json), of the long synthetic
bulletin (tests/fixtures/long.json) in the default Word-compatible mode and in the strict-block mode,
all rendered with the bundled fonts (no system fonts, so the result is the same on every machine).
Each PDF is rendered and parsed once per module.

The expected text comes from the bulletin and domain.conventions, not from the layout engine: the
body lines of each PDF are matched one by one against the paragraphs the bulletin must produce, which
both checks that no character is lost or doubled and tells which lines end a paragraph.
"""

from __future__ import annotations

import io
import itertools
import json
import re
import shutil
import subprocess
import unicodedata
from collections.abc import Iterator
from dataclasses import dataclass, field, replace
from functools import cache
from pathlib import Path
from typing import Any

import pdfplumber
import pytest
from fontTools.ttLib import TTFont

from unionbulletin.domain import Bulletin, OrgSettings, PlanLayout
from unionbulletin.domain.conventions import (
    format_date,
    issue_text,
    item_marker,
    joined,
    plan_title,
    subpoint_marker,
    summary_title,
)
from unionbulletin.domain.exchange import from_exchange
from unionbulletin.layout.chars import clusters
from unionbulletin.layout.fonts import FontFace, FontResolver
from unionbulletin.layout.style import FontRole
from unionbulletin.render.pdf import render_pdf_result

FIXTURES = Path(__file__).resolve().parent / "fixtures"

PAGE_W, PAGE_H = 595.276, 841.890
LEFT, RIGHT = 79.370, 521.575
BLOCK_TOP, BLOCK_BOTTOM = 104.882, 742.677  # from the page top
PITCH = 28.95
CELL = (RIGHT - LEFT) / 28

# official-format.md §6.1, spelled out independently of layout/chars.py.
CANNOT_START = set("、。，．：；？！”’）］｝〕〗】》〉」』·・～－‐／/—%％‰℃°′″)]},.:;?!")
CANNOT_END = set("“‘（［｛〔〖【《〈「『([{￥¥＄$£")
HANGABLE = set("、，。．：；？！”’）》〉」』】〕")
POINT_MARKS = set("。，、；：？！")
PAGE_NUMBER_RE = re.compile(r"^— ?[1-9]\d* ?—$")
DATE_RE = re.compile(r"^\d{4}年[1-9]\d?月[1-9]\d?日$")
MARKER_RE = re.compile(r"^[一二三四五六七八九十]+、")


def cells(text: str) -> float:
    """Grid width by East Asian Width (CJK, full-width and ambiguous marks = 1, the rest = ½)."""
    return sum(1.0 if unicodedata.east_asian_width(ch) in "WFA" else 0.5 for ch in text)


# ------------------------------------------------------------------------------- reading the PDF


@dataclass
class PLine:
    """Characters of one baseline on one page, in x order."""

    page: int
    baseline: float
    chars: list[dict[str, Any]]

    @property
    def text(self) -> str:
        return "".join(c["text"] for c in self.chars)

    @property
    def x0(self) -> float:
        return float(self.chars[0]["x0"])

    @property
    def size(self) -> float:
        return max(float(c["size"]) for c in self.chars)


@dataclass
class Expected:
    """A paragraph the bulletin must produce: text and how many leading characters are its head."""

    text: str
    lead: int
    lead_role: FontRole
    kind: str  # item, body, task_title, task_field


@dataclass
class BodyLine:
    line: PLine
    para: Expected
    first: bool
    last: bool
    offset: int  # index of the line's first character in the paragraph


@dataclass
class Rendered:
    name: str
    bulletin: Bulletin
    hanging: bool
    data: bytes
    missing: tuple[str, ...]
    faces: dict[FontRole, FontFace]
    resolver: FontResolver
    pages: list[dict[str, Any]]  # per page: chars, lines (rules), width, height
    lines: list[list[PLine]] = field(default_factory=list)  # per page, page numbers excluded
    numbers: list[list[dict[str, Any]]] = field(default_factory=list)  # page-number chars per page

    def font(self, role: FontRole, ch: str) -> str:
        face = self.resolver.face_for_char(role, ch) or self.resolver.resolve(role)
        return ps_name(face)


@cache
def _ps_name(path: str, index: int) -> str:
    font = TTFont(path, fontNumber=index, lazy=True)
    try:
        return str(font["name"].getDebugName(6))
    finally:
        font.close()


def ps_name(face: FontFace) -> str:
    return _ps_name(str(face.path), face.subfont_index)


def base_font(char: dict[str, Any]) -> str:
    return str(char["fontname"]).split("+", 1)[-1]


def is_black(colour: object) -> bool:
    return colour in ((0, 0, 0), (0.0, 0.0, 0.0), (0,), (0.0,), [0, 0, 0])


def is_red(colour: Any) -> bool:
    return tuple(colour) in ((1, 0, 0), (1.0, 0.0, 0.0), (0, 1, 1, 0)) if colour is not None else False


def _baseline(char: dict[str, Any], height: float) -> float:
    return round(height - float(char["matrix"][5]), 2)


def _group_lines(page_index: int, chars: list[dict[str, Any]], height: float) -> list[PLine]:
    by_baseline: dict[float, list[dict[str, Any]]] = {}
    for c in chars:
        by_baseline.setdefault(_baseline(c, height), []).append(c)
    return [
        PLine(page_index, y, sorted(cs, key=lambda c: float(c["x0"])))
        for y, cs in sorted(by_baseline.items())
    ]


def load(path: Path) -> Bulletin:
    return from_exchange(json.loads(path.read_text(encoding="utf-8")))


def render(name: str, bulletin: Bulletin, settings: OrgSettings) -> Rendered:
    resolver = FontResolver(system_dirs=[])
    result = render_pdf_result(bulletin, settings, fonts=resolver)
    pages: list[dict[str, Any]] = []
    with pdfplumber.open(io.BytesIO(result.data)) as pdf:
        for page in pdf.pages:
            pages.append(
                {
                    "width": float(page.width),
                    "height": float(page.height),
                    "chars": list(page.chars),
                    "rules": list(page.lines) + list(page.rects),
                }
            )
    rendered = Rendered(
        name,
        bulletin,
        settings.hanging_punctuation,
        result.data,
        result.missing,
        result.faces,
        resolver,
        pages,
    )
    for index, page_data in enumerate(pages):
        body = [c for c in page_data["chars"] if float(c["top"]) < BLOCK_BOTTOM + 0.5]
        rendered.numbers.append([c for c in page_data["chars"] if float(c["top"]) >= BLOCK_BOTTOM + 0.5])
        rendered.lines.append(_group_lines(index, body, page_data["height"]))
    return rendered


CASES = {
    "sample-2018": ("sample-2018.json", OrgSettings()),
    "sample-2020": ("sample-2020.json", OrgSettings()),
    "long": ("long.json", OrgSettings()),
    "long-strict": ("long.json", OrgSettings(hanging_punctuation=False)),
}


@pytest.fixture(scope="module")
def rendered_all() -> dict[str, Rendered]:
    out = {}
    for name, (file, settings) in CASES.items():
        out[name] = render(name, load(FIXTURES / file), settings)
    return out


@pytest.fixture(params=list(CASES), scope="module")
def doc(request: pytest.FixtureRequest, rendered_all: dict[str, Rendered]) -> Rendered:
    return rendered_all[request.param]


# ----------------------------------------------------------------------------- what must be there


def expected_paragraphs(b: Bulletin) -> list[Expected]:
    paras: list[Expected] = []
    for index, item in enumerate(b.summary.items):
        bodies = item.body.split("\n") if item.body else [""]
        head = item_marker(index) + item.heading
        paras.append(Expected(head + bodies[0], len(head), FontRole.HEITI, "item"))
        paras += [Expected(t, 0, FontRole.FANGSONG, "body") for t in bodies[1:] if t.strip()]
        for sub_index, sub in enumerate(item.subpoints):
            sub_bodies = sub.body.split("\n") if sub.body else [""]
            head = subpoint_marker(sub_index) + sub.heading
            paras.append(Expected(head + sub_bodies[0], len(head), FontRole.KAITI, "item"))
            paras += [Expected(t, 0, FontRole.FANGSONG, "body") for t in sub_bodies[1:] if t.strip()]
    if b.plan is not None:
        for index, task in enumerate(b.plan.tasks):
            title = item_marker(index) + task.content
            paras.append(Expected(title, len(title), FontRole.HEITI, "task_title"))
            for label, value in (
                ("责任领导", joined(task.leaders)),
                ("责任部室", joined(task.departments)),
                ("完成时限", task.deadline),
            ):
                paras.append(Expected(f"{label}：{value}", 0, FontRole.FANGSONG, "task_field"))
    return paras


def tail_texts(b: Bulletin) -> list[str]:
    texts = []
    for label, names in (
        ("报", b.distribution.report_to),
        ("送", b.distribution.copy_to),
        ("发", b.distribution.send_to),
    ):
        if names:
            texts.append(f"{label}：{joined(names)}")
    if b.editor:
        texts.append(f"责任编辑：{b.editor}")
    if b.phone:
        texts.append(f"联系电话：{b.phone}")
    if b.copies is not None:
        texts.append(f"共印{b.copies}份")
    return texts


def expected_text(b: Bulletin) -> str:
    parts = [b.series, issue_text(b), b.org, format_date(b.date) if b.date else "", summary_title(b)]
    paras = expected_paragraphs(b)
    summary = [p.text for p in paras if p.kind in ("item", "body")]
    plan = [p.text for p in paras if p.kind.startswith("task")]
    parts += summary
    if b.plan is not None:
        parts.append(plan_title(b))
        parts += plan
    parts += tail_texts(b)
    return "".join(parts)


def red_rule(doc: Rendered) -> dict[str, Any]:
    reds = [r for r in doc.pages[0]["rules"] if is_red(r.get("stroking_color"))]
    assert len(reds) == 1
    red: dict[str, Any] = reds[0]
    return red


def kinds(doc: Rendered) -> Iterator[tuple[str, PLine]]:
    """Every line outside the page numbers with its kind: name, masthead, title, tail, body."""
    rule_top = float(red_rule(doc)["top"])
    for page_lines in doc.lines:
        for line in page_lines:
            if line.size >= 24:
                yield "name", line
            elif line.page == 0 and line.baseline < rule_top:
                yield "masthead", line
            elif abs(line.size - 22) < 0.1:
                yield "title", line
            elif abs(line.size - 14) < 0.1:
                yield "tail", line
            else:
                yield "body", line


def body_lines(doc: Rendered) -> list[BodyLine]:
    """Match the body lines against the expected paragraphs, in reading order."""
    paras = expected_paragraphs(doc.bulletin)
    out: list[BodyLine] = []
    index = 0
    consumed = 0
    for kind, line in kinds(doc):
        if kind != "body":
            continue
        assert index < len(paras), f"extra body line {line.text!r}"
        para = paras[index]
        rest = para.text[consumed:]
        assert rest.startswith(line.text), f"page {line.page + 1}: {line.text!r} is not next in {rest!r}"
        first = consumed == 0
        consumed += len(line.text)
        last = consumed == len(para.text)
        out.append(BodyLine(line, para, first, last, consumed - len(line.text)))
        if last:
            index += 1
            consumed = 0
    assert index == len(paras), f"missing paragraphs from {paras[index].text[:20]!r}"
    return out


# ------------------------------------------------------------------------------ text as a whole


@pytest.mark.slow
def test_no_character_is_missing_from_the_fonts(doc: Rendered) -> None:
    assert doc.missing == ()


def test_extracted_text_equals_the_bulletin(doc: Rendered) -> None:
    stream = "".join(
        c["text"]
        for page, numbers in zip(doc.pages, doc.numbers, strict=True)
        for c in page["chars"]
        if c not in numbers
    )
    assert stream == expected_text(doc.bulletin)
    assert not re.search("[\u2e80-\u2fdf\uf900-\ufaff]", stream)  # no Kangxi/compatibility radicals


def test_body_lines_are_the_paragraphs_in_order(doc: Rendered) -> None:
    lines = body_lines(doc)
    assert lines and lines[0].first


# ------------------------------------------------------------------------------- P1–P3 page/block


def test_p1_page_size(doc: Rendered) -> None:
    for page in doc.pages:
        assert page["width"] == pytest.approx(PAGE_W, abs=0.5)
        assert page["height"] == pytest.approx(PAGE_H, abs=0.5)


def test_p2_glyphs_inside_the_block(doc: Rendered) -> None:
    for page_lines in doc.lines:
        for line in page_lines:
            outside = [c for c in line.chars if float(c["x1"]) > RIGHT + 0.5]
            assert len(outside) <= 1, line.text
            for c in outside:
                assert doc.hanging, f"strict mode hangs {c['text']!r} in {line.text!r}"
                assert c["text"] in HANGABLE and float(c["x1"]) <= RIGHT + 16.5
            for c in line.chars:
                assert float(c["x0"]) >= LEFT - 0.5, line.text
                assert float(c["top"]) >= BLOCK_TOP - 0.5, line.text
                assert float(c["bottom"]) <= BLOCK_BOTTOM + 0.5, line.text


def test_p3_fonts_embedded_and_clean_text(doc: Rendered) -> None:
    for page in doc.pages:
        for c in page["chars"]:
            assert re.match(r"^[A-Z]{6}\+", str(c["fontname"])), c["fontname"]
    text = "".join(c["text"] for page in doc.pages for c in page["chars"])
    assert not re.search("[\ua000-\ua4cf\uff10-\uff19\uff21-\uff3a\uff41-\uff5a«»]", text)
    for page_lines in doc.lines:
        for line in page_lines:
            t = line.text
            for i in range(1, len(t) - 1):
                if t[i] == " ":
                    assert not (cells(t[i - 1]) == 1 and (cells(t[i + 1]) == 1 or t[i + 1].isdigit()))
    assert b"/FontFile2" in doc.data  # embedded TrueType programs


# ------------------------------------------------------------------------------- P4–P11 grid/body


def test_p4_body_size_and_fonts(doc: Rendered) -> None:
    for bl in body_lines(doc):
        for i, c in enumerate(bl.line.chars):
            assert float(c["size"]) == pytest.approx(16, abs=0.05)
            pos = bl.offset + i
            role = bl.para.lead_role if pos < bl.para.lead else FontRole.FANGSONG
            assert base_font(c) == doc.font(role, c["text"]), (bl.line.text, c["text"])


def test_p4_roles_use_the_resolved_faces(doc: Rendered) -> None:
    names = {base_font(c) for page in doc.pages for c in page["chars"]}
    assert ps_name(doc.faces[FontRole.FANGSONG]) in names
    assert ps_name(doc.faces[FontRole.HEITI]) in names
    assert ps_name(doc.faces[FontRole.XIAOBIAOSONG]) in names
    assert ps_name(doc.faces[FontRole.SONGTI]) in names


def test_p5_baselines_on_the_grid(doc: Rendered) -> None:
    for page_lines in doc.lines:
        grid = (
            [
                ln.baseline
                for kind, ln in kinds(doc)
                if kind in ("body", "title") and ln.page == page_lines[0].page
            ]
            if page_lines
            else []
        )
        body = [
            ln.baseline
            for kind, ln in kinds(doc)
            if kind == "body" and page_lines and ln.page == page_lines[0].page
        ]
        for a, b in itertools.pairwise(body):
            steps = (b - a) / PITCH
            assert steps >= 0.99 and abs(steps - round(steps)) * PITCH <= 0.1, (a, b)
        assert len(grid) >= len(body)


def _page_body(doc: Rendered, page: int) -> list[PLine]:
    return [ln for kind, ln in kinds(doc) if kind in ("body", "title") and ln.page == page]


def _grid_index(line: PLine) -> int:
    """Grid line of a body/title line (its box is centred in the 28.95 pt cell)."""
    size = line.size
    top = line.baseline - (PITCH - size) / 2 - 0.88 * size
    return round((top - BLOCK_TOP) / PITCH)


def _kept_group(doc: Rendered, page: int) -> int:
    """Grid lines of the heading or task block a page starts with (0 if it starts with a paragraph)."""
    lines = _page_body(doc, page)
    if not lines:
        return 0
    count = 0
    if abs(lines[0].size - 22) < 0.1:  # plan title: blank + title + blank + first task block
        count = 2
        while lines and abs(lines[0].size - 22) < 0.1:
            count += 1
            lines = lines[1:]
    if (
        not lines
        or not MARKER_RE.match(lines[0].text)
        or base_font(lines[0].chars[0]) != doc.font(FontRole.HEITI, lines[0].text[0])
        or doc.bulletin.plan is None
    ):
        return count
    for n, line in enumerate(lines, start=1):
        if line.text.startswith("完成时限："):
            return count + n
    return count


def test_p6_lines_per_page(doc: Rendered) -> None:
    n = len(doc.pages)
    for page in range(n):
        lines = _page_body(doc, page)
        if not lines:
            continue
        used = _grid_index(lines[-1]) + 1 - (_grid_index(lines[0]) if page else 0)
        assert _grid_index(lines[-1]) <= 21
        # Middle pages (not the one before a page holding only the 报尾) are full unless the next
        # page starts with a kept-together group that did not fit.
        if 0 < page < n - 1 and _page_body(doc, page + 1) and used < 22:
            group = _kept_group(doc, page + 1)
            assert group > 22 - used, f"page {page + 1}: {used} lines, next group {group}"
            assert used >= 22 - (group - 1)


def _min_movable(doc: Rendered, text: str) -> float:
    """Cells of the shortest piece at the start of ``text`` that could have ended the line above."""
    spans = clusters(text)
    for k in range(1, len(spans) + 1):
        end = spans[k - 1][1]
        if k == len(spans):
            return cells(text)
        nxt = text[spans[k][0]]
        if text[end - 1] in CANNOT_END or (nxt in CANNOT_START and not text[spans[k][0] :].startswith("——")):
            continue
        piece = cells(text[:end])
        if doc.hanging and text[end - 1] in HANGABLE and k >= 2:
            piece -= 1  # the mark could have hung
        return piece
    return cells(text)


def test_p7_cells_per_line(doc: Rendered) -> None:
    lines = body_lines(doc)
    for i, bl in enumerate(lines):
        if bl.last:
            continue
        text = bl.line.text
        hang = bool(text) and text[-1] in HANGABLE and float(bl.line.chars[-1]["x1"]) > RIGHT + 0.5
        full = 26 if bl.first else 28
        body = cells(text[:-1] if hang else text)
        assert body <= full, text
        if body < full - 2:
            nxt = lines[i + 1].line.text
            assert body + _min_movable(doc, nxt) > full, f"{text!r} could have taken from {nxt!r}"
        chars = bl.line.chars[:-1] if hang else bl.line.chars
        if len(chars) == 28 and all(cells(c["text"]) == 1 for c in chars):
            for a, b in itertools.pairwise(chars):
                assert float(b["x0"]) - float(a["x0"]) == pytest.approx(CELL, abs=0.05)


def test_p7_some_lines_are_exactly_28_cells(doc: Rendered) -> None:
    full = [
        bl
        for bl in body_lines(doc)
        if not bl.first and not bl.last and cells(bl.line.text.rstrip("".join(HANGABLE))) >= 27.5
    ]
    assert full


def test_p8_justified_edges(doc: Rendered) -> None:
    for bl in body_lines(doc):
        chars = bl.line.chars
        if bl.first:
            assert bl.line.x0 == pytest.approx(LEFT + 2 * CELL, abs=0.6), bl.line.text
        elif bl.para.kind != "task_field":
            assert bl.line.x0 == pytest.approx(LEFT, abs=0.3), bl.line.text
        if not bl.last:
            end = float(chars[-1]["x1"])
            if chars[-1]["text"] in HANGABLE and end > RIGHT + 0.5:
                assert end <= RIGHT + 16.5
                end = float(chars[-2]["x1"])
            assert end == pytest.approx(RIGHT, abs=0.5), bl.line.text


def _wrapped_pairs(doc: Rendered) -> Iterator[tuple[str, str]]:
    lines = body_lines(doc)
    for a, b in itertools.pairwise(lines):
        if not a.last:
            yield a.line.text, b.line.text
    tail = [ln for kind, ln in kinds(doc) if kind == "tail"]
    for c, d in itertools.pairwise(tail):
        if not d.text.startswith(("报：", "送：", "发：", "责任编辑", "联系电话", "共印")):
            yield c.text, d.text


def test_p9_line_start_and_end_rules(doc: Rendered) -> None:
    pairs = list(_wrapped_pairs(doc))
    assert pairs
    for before, after in pairs:
        assert after[0] not in CANNOT_START or after.startswith("——"), (before, after)
        assert before[-1] not in CANNOT_END, (before, after)
        assert not (before.endswith("—") and after.startswith("—"))
        assert not (before.endswith("…") and after.startswith("…"))
        assert not (before[-1].isdigit() and (after[0].isdigit() or after[0] in ".%")), (before, after)
        assert not (before[-1] == "." and after[0].isdigit())


def test_p10_run_in_heads(doc: Rendered) -> None:
    heiti = 0
    for bl in body_lines(doc):
        if not MARKER_RE.match(bl.para.text) or bl.para.kind not in ("item", "task_title"):
            continue
        stop = bl.para.text.find("。")
        lead = len(bl.para.text) if stop < 0 else stop + 1
        for i, c in enumerate(bl.line.chars):
            role = FontRole.HEITI if bl.offset + i < lead else FontRole.FANGSONG
            assert base_font(c) == doc.font(role, c["text"]), (bl.line.text, c["text"])
            heiti += role == FontRole.HEITI
    assert heiti > 0


def test_p11_task_blocks(doc: Rendered) -> None:
    if doc.bulletin.plan is None:
        pytest.skip("no plan section")
    lines = body_lines(doc)
    titles = [i for i, bl in enumerate(lines) if bl.para.kind == "task_title" and bl.last]
    assert len(titles) == len(doc.bulletin.plan.tasks)
    for i in titles:
        assert lines[i].line.text[-1] not in POINT_MARKS
        fields = [bl.line for bl in lines[i + 1 : i + 4]]
        assert [f.text[:5] for f in fields] == ["责任领导：", "责任部室：", "完成时限："]
        for f in fields:
            assert f.x0 == pytest.approx(LEFT + 31.6, abs=0.6)


def test_task_blocks_kept_together_and_no_heading_at_a_page_foot(doc: Rendered) -> None:
    lines = body_lines(doc)
    block_pages: list[set[int]] = []
    for bl in lines:
        if bl.para.kind == "task_title" and bl.first:
            block_pages.append(set())
        if bl.para.kind.startswith("task"):
            block_pages[-1].add(bl.line.page)
    assert all(len(pages) == 1 for pages in block_pages)
    ordered = list(kinds(doc))
    for (kind, line), (_next_kind, nxt) in itertools.pairwise(ordered):
        if kind == "title":
            assert nxt.page == line.page, f"title {line.text!r} alone at the foot of page {line.page + 1}"


# --------------------------------------------------------------------------- P12–P17 masthead etc.


def test_p12_masthead_name(doc: Rendered) -> None:
    names = [ln for kind, ln in kinds(doc) if kind == "name"]
    assert len(names) == 1 and names[0].page == 0
    name = names[0]
    assert name.text == doc.bulletin.series
    assert name.size >= 36 or len(name.text) > 12
    for c in name.chars:
        assert is_red(c["non_stroking_color"])
    centre = (float(name.chars[0]["x0"]) + float(name.chars[-1]["x1"])) / 2
    assert centre == pytest.approx((LEFT + RIGHT) / 2, abs=1.5)
    assert max(float(c["bottom"]) for c in name.chars) < float(red_rule(doc)["top"])


def test_p13_red_rule(doc: Rendered) -> None:
    rule = red_rule(doc)
    assert float(rule["x0"]) == pytest.approx(LEFT, abs=0.5)
    assert float(rule["x1"]) == pytest.approx(RIGHT, abs=0.5)
    assert float(rule["linewidth"]) == pytest.approx(1.5, abs=0.25)
    issuer = [ln for kind, ln in kinds(doc) if kind == "masthead"][-1]
    bottom = max(float(c["bottom"]) for c in issuer.chars)
    assert float(rule["top"]) - bottom == pytest.approx(11.34, abs=4.25)
    above_bottom = PAGE_H - float(rule["top"])
    assert 0.5 * PAGE_H <= above_bottom <= 0.75 * PAGE_H
    for page in doc.pages[1:]:
        assert not [r for r in page["rules"] if is_red(r.get("stroking_color"))]


def test_p14_issuer_and_date(doc: Rendered) -> None:
    issuer = [ln for kind, ln in kinds(doc) if kind == "masthead"][-1]
    org = doc.bulletin.org
    assert issuer.text.startswith(org)
    assert issuer.x0 == pytest.approx(LEFT + 16, abs=1)
    if doc.bulletin.date is not None:
        date = issuer.text[len(org) :]
        assert DATE_RE.match(date)
        assert float(issuer.chars[-1]["x1"]) == pytest.approx(RIGHT - 16, abs=1)


def test_p15_titles(doc: Rendered) -> None:
    titles = [ln for kind, ln in kinds(doc) if kind == "title"]
    assert titles
    for t in titles:
        for c in t.chars:
            assert float(c["size"]) == pytest.approx(22, abs=0.05)
            assert base_font(c) == doc.font(FontRole.XIAOBIAOSONG, c["text"])
            assert is_black(c["non_stroking_color"])
        left_gap = float(t.chars[0]["x0"]) - LEFT
        right_gap = RIGHT - float(t.chars[-1]["x1"])
        assert abs(left_gap - right_gap) <= 1.0
        assert cells(t.text) <= 20 and t.text[-1] not in POINT_MARKS
    first = titles[0]
    gap = min(float(c["top"]) for c in first.chars) - float(red_rule(doc)["top"])
    assert 57.9 - 4 <= gap <= 65 + 4


def test_p16_first_page_shows_body_text(doc: Rendered) -> None:
    assert any(kind == "body" and ln.page == 0 for kind, ln in kinds(doc))


def test_p17_everything_else_is_black(doc: Rendered) -> None:
    for kind, line in kinds(doc):
        if kind == "name":
            continue
        for c in line.chars:
            assert is_black(c["non_stroking_color"]), (line.text, c["non_stroking_color"])
    for numbers in doc.numbers:
        assert all(is_black(c["non_stroking_color"]) for c in numbers)
    red = red_rule(doc)
    for page in doc.pages:
        for r in page["rules"]:
            if r is not red:
                assert is_black(r.get("stroking_color")), r.get("stroking_color")


# ------------------------------------------------------------------------- P18–P22 报尾, numbers


def _tail_rules(doc: Rendered) -> list[dict[str, Any]]:
    last = doc.pages[-1]
    return sorted(
        (
            r
            for r in last["rules"]
            if is_black(r.get("stroking_color")) and abs(float(r["top"]) - float(r["bottom"])) < 0.01
        ),
        key=lambda r: float(r["top"]),
    )


def test_p18_tail_rules(doc: Rendered) -> None:
    rules = _tail_rules(doc)
    assert len(rules) >= 2
    lowest, topmost = rules[-1], rules[0]
    for r in (lowest, topmost):
        assert float(r["x0"]) == pytest.approx(LEFT, abs=0.5)
        assert float(r["x1"]) == pytest.approx(RIGHT, abs=0.5)
        assert float(r["linewidth"]) == pytest.approx(0.99, abs=0.1)
    assert PAGE_H - float(lowest["top"]) == pytest.approx(99.21, abs=0.5)
    for r in rules[1:-1]:
        assert float(r["linewidth"]) == pytest.approx(0.71, abs=0.1)
    if doc.bulletin.editor or doc.bulletin.phone:
        assert len(rules) == 3


def test_p19_tail_text(doc: Rendered) -> None:
    tail = [ln for kind, ln in kinds(doc) if kind == "tail"]
    assert tail and all(ln.page == len(doc.pages) - 1 for ln in tail)
    top_rule = float(_tail_rules(doc)[0]["top"])
    for line in tail:
        assert line.baseline > top_rule
        for c in line.chars:
            assert float(c["size"]) == pytest.approx(14, abs=0.05)
            assert base_font(c) == doc.font(FontRole.FANGSONG, c["text"])
        assert float(line.chars[-1]["x1"]) <= RIGHT - 14 + 0.5
        if line.text.startswith(("报：", "送：", "发：", "责任编辑：")):
            assert line.x0 == pytest.approx(LEFT + 14, abs=1)
        elif not line.text.startswith(("联系电话", "共印")):
            assert line.x0 == pytest.approx(LEFT + 42, abs=1), line.text


def _number_text(chars: list[dict[str, Any]]) -> str:
    return "".join(c["text"] for c in sorted(chars, key=lambda c: float(c["x0"])))


def test_p20_page_number_strings(doc: Rendered) -> None:
    for number, chars in enumerate(doc.numbers, start=1):
        text = _number_text(chars)
        assert PAGE_NUMBER_RE.match(text), text
        assert int(text.strip("— ")) == number
        for c in chars:
            assert float(c["size"]) == pytest.approx(14, abs=0.05)
            assert base_font(c) == doc.font(FontRole.SONGTI, c["text"])


def test_p21_page_number_sides(doc: Rendered) -> None:
    for number, chars in enumerate(doc.numbers, start=1):
        visible = [c for c in chars if c["text"].strip()]
        if number % 2:
            assert max(float(c["x1"]) for c in visible) == pytest.approx(RIGHT - 14, abs=2.5)
        else:
            assert min(float(c["x0"]) for c in visible) == pytest.approx(LEFT + 14, abs=2.5)


def test_p22_page_number_height(doc: Rendered) -> None:
    for chars in doc.numbers:
        for c in chars:
            if c["text"] == "—":
                centre = PAGE_H - (float(c["top"]) + float(c["bottom"])) / 2
                assert centre == pytest.approx(79.4, abs=5.7)


# ------------------------------------------------------------------------------- modes and options


def test_strict_mode_differs_from_word_mode(rendered_all: dict[str, Rendered]) -> None:
    def hangs(doc: Rendered) -> int:
        return sum(1 for page in doc.lines for ln in page if float(ln.chars[-1]["x1"]) > RIGHT + 0.5)

    assert hangs(rendered_all["long"]) > 0
    assert hangs(rendered_all["long-strict"]) == 0


def test_long_bulletin_is_long(rendered_all: dict[str, Rendered]) -> None:
    assert len(rendered_all["long"].pages) >= 6
    tail = [ln for kind, ln in kinds(rendered_all["long"]) if kind == "tail"]
    assert any(ln.x0 == pytest.approx(LEFT + 42, abs=1) for ln in tail)  # wrapped recipient lines


def test_metadata(rendered_all: dict[str, Rendered]) -> None:
    doc = rendered_all["sample-2020"]
    with pdfplumber.open(io.BytesIO(doc.data)) as pdf:
        meta = pdf.metadata
    assert meta["Title"] == summary_title(doc.bulletin)
    assert meta["Author"] == doc.bulletin.org
    assert doc.bulletin.series in meta["Subject"]


def test_plan_as_table() -> None:
    bulletin = load(FIXTURES / "long.json")
    doc = render("table", bulletin, OrgSettings(plan_layout=PlanLayout.TABLE))
    assert doc.missing == ()
    for page in doc.pages:  # table cells (14 pt) never hang out of the block
        for c in page["chars"]:
            if float(c["top"]) < BLOCK_BOTTOM and float(c["size"]) == pytest.approx(14):
                assert float(c["x0"]) >= LEFT - 0.5 and float(c["x1"]) <= RIGHT + 0.5, c["text"]
    stream = "".join(
        c["text"]
        for page, numbers in zip(doc.pages, doc.numbers, strict=True)
        for c in page["chars"]
        if c not in numbers
    )
    header = "序号工作任务责任领导责任部室完成时限"
    assert stream.count(header) >= 1
    body = stream.replace(header, "")
    assert doc.bulletin.plan is not None
    for index, task in enumerate(doc.bulletin.plan.tasks):
        row = (
            item_marker(index)[:-1]
            + task.content
            + joined(task.leaders)
            + joined(task.departments)
            + task.deadline
        )
        assert row in body
    borders = [
        r
        for page in doc.pages
        for r in page["rules"]
        if float(r.get("linewidth", 0)) == pytest.approx(0.5, abs=0.05)
    ]
    assert len(borders) > 6 * len(doc.bulletin.plan.tasks)


def test_missing_glyphs_are_reported_not_dropped(fixtures_dir: Path) -> None:
    bulletin = load(fixtures_dir / "sample-2018.json")
    odd = "\U000f0001"  # a private-use plane character no font has
    item = replace(bulletin.summary.items[0], body=bulletin.summary.items[0].body + odd)
    bulletin = replace(bulletin, summary=replace(bulletin.summary, items=(item, *bulletin.summary.items[1:])))
    result = render_pdf_result(bulletin, OrgSettings(), fonts=FontResolver(system_dirs=[]))
    assert result.missing == (odd,)
    with pdfplumber.open(io.BytesIO(result.data)) as pdf:
        assert len(pdf.pages) >= 1


def _font_reportlab_cannot_load(path: Path) -> Path:
    """A real TrueType font with a glyf table (so the resolver accepts it) but no post table."""
    from fontTools.fontBuilder import FontBuilder
    from fontTools.pens.ttGlyphPen import TTGlyphPen

    chars = "荆州市总工会"
    names = [".notdef"] + [f"uni{ord(c):04X}" for c in chars]
    builder = FontBuilder(1000, isTTF=True)
    builder.setupGlyphOrder(names)
    builder.setupCharacterMap({ord(c): n for c, n in zip(chars, names[1:], strict=True)})
    pen = TTGlyphPen(None)
    pen.moveTo((100, 0))
    pen.lineTo((100, 700))
    pen.lineTo((900, 700))
    pen.closePath()
    glyph = pen.glyph()
    builder.setupGlyf({n: glyph for n in names})
    builder.setupHorizontalMetrics({n: (1000, 100) for n in names})
    builder.setupHorizontalHeader(ascent=880, descent=-120)
    builder.setupNameTable({"familyName": "Damaged", "styleName": "Regular"})
    builder.setupOS2()
    builder.setupPost()
    builder.save(str(path))
    with TTFont(str(path)) as font:
        del font["post"]
        font.save(str(path))
    return path


def test_a_font_reportlab_cannot_load_falls_back_to_the_bundled_one(tmp_path: Path) -> None:
    damaged = _font_reportlab_cannot_load(tmp_path / "damaged.ttf")
    resolver = FontResolver({FontRole.FANGSONG: damaged}, system_dirs=[])
    assert resolver.resolve(FontRole.FANGSONG).path == damaged  # accepted by the resolver
    result = render_pdf_result(load(FIXTURES / "sample-2018.json"), OrgSettings(), fonts=resolver)
    assert result.faces[FontRole.FANGSONG].source == "bundled"
    assert result.warnings and "damaged.ttf" in result.warnings[0]
    with pdfplumber.open(io.BytesIO(result.data)) as pdf:
        names = {base_font(c) for c in pdf.pages[0].chars}
    assert ps_name(result.faces[FontRole.FANGSONG]) in names


# ---------------------------------------------------------------------------------- looking at it


@pytest.mark.parametrize("name", ["sample-2018", "sample-2020"])
def test_first_page_renders_to_a_png(name: str, rendered_all: dict[str, Rendered], tmp_path: Path) -> None:
    if shutil.which("pdftoppm") is None:
        pytest.skip("pdftoppm (poppler-utils) is not installed")
    from PIL import Image

    pdf = tmp_path / f"{name}.pdf"
    pdf.write_bytes(rendered_all[name].data)
    subprocess.run(
        ["pdftoppm", "-r", "40", "-png", "-f", "1", "-l", "1", str(pdf), str(tmp_path / name)],
        check=True,
        timeout=60,
    )
    png = next(tmp_path.glob(f"{name}*.png"))
    image = Image.open(png).convert("RGB")
    assert image.size == (331, 468)
    raw = image.tobytes()
    pixels = [(raw[i], raw[i + 1], raw[i + 2]) for i in range(0, len(raw), 3)]
    width, height = image.size
    ink = [i for i, (r, g, b) in enumerate(pixels) if r + g + b < 600 and abs(r - g) < 40]
    red = [i for i, (r, g, b) in enumerate(pixels) if r > 180 and g < 90 and b < 90]
    assert len(ink) > 3000  # body text and title
    assert len(red) > 300  # masthead name and rule
    # The red masthead sits in the upper half of the page, most of the text below it.
    assert max(i // width for i in red) < height * 0.5
    assert sum(1 for i in ink if i // width > height * 0.5) > len(ink) / 3
