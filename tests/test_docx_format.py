"""DOCX export: the checkable properties D1–D10 of official-format.md §12.5 on the DOCX of both samples
and of the long synthetic bulletin, read back with python-docx + lxml; the masthead geometry, titles,
numbering, the table option, text sanitising and random text (hypothesis)."""

from __future__ import annotations

import dataclasses
import datetime as dt
import io
import json
import re
import zipfile
from pathlib import Path

import docx
import pytest
from _docx_read import DocxXml, q
from hypothesis import given, settings
from hypothesis import strategies as st
from hypothesis_profiles import PROPERTY_SETTINGS
from lxml import etree

from unionbulletin.domain import (
    Bulletin,
    Distribution,
    FontNames,
    Item,
    OrgSettings,
    Period,
    Plan,
    PlanLayout,
    SubPoint,
    Summary,
    Task,
)
from unionbulletin.domain.conventions import item_marker, plan_title, summary_title
from unionbulletin.domain.exchange import from_exchange
from unionbulletin.export import export_bulletin
from unionbulletin.layout.compose import style_for
from unionbulletin.layout.masthead import masthead_geometry
from unionbulletin.layout.titles import break_title
from unionbulletin.render import docx_styles as sty
from unionbulletin.render.docx import render_docx
from unionbulletin.render.docx_xml import script_boundaries

FIXTURES = Path(__file__).resolve().parent / "fixtures"
NAMES = ("sample-2018", "sample-2020", "long")
BODY_STYLES = {sty.NORMAL, sty.ITEM, sty.SUBITEM, sty.TASK_FIELD, sty.TASK_TITLE}
TEXT_WIDTH = 11906 - 1587 - 1474  # twips between the margins of D1 (156 mm)


def load(name: str) -> Bulletin:
    return from_exchange(json.loads((FIXTURES / f"{name}.json").read_text(encoding="utf-8")))


_cache: dict[tuple[str, OrgSettings], DocxXml] = {}


def read(name: str, settings: OrgSettings | None = None) -> DocxXml:
    settings = settings or OrgSettings()
    key = (name, settings)
    if key not in _cache:
        _cache[key] = DocxXml(render_docx(load(name), settings))
    return _cache[key]


def _int(value: str | None) -> int:
    assert value is not None
    return int(value)


def _present(x: DocxXml, p: etree._Element, tag: str) -> etree._Element:
    found = x.p_present(p, tag)
    assert found is not None, tag
    return found


def body_paragraphs(x: DocxXml) -> list[etree._Element]:
    """Paragraphs of body text: items, sub-points, task titles and fields (D2)."""
    return [p for p in x.body_paragraphs() if x.para_style(p) in BODY_STYLES and x.text(p)]


# --------------------------------------------------------------------------------------------- D1


@pytest.mark.parametrize("name", NAMES)
def test_d1_a4_portrait_with_gb_margins(name: str) -> None:
    sect = read(name).body.find(q("sectPr"))
    size = sect.find(q("pgSz"))
    assert (size.get(q("w")), size.get(q("h"))) == ("11906", "16838")
    assert size.get(q("orient")) in (None, "portrait")
    mar = sect.find(q("pgMar"))
    assert abs(int(mar.get(q("top"))) - 2098) <= 57
    assert abs(int(mar.get(q("left"))) - 1587) <= 57
    assert mar.get(q("bottom")) == "1984"
    assert mar.get(q("right")) == "1474"


# --------------------------------------------------------------------------------------------- D2


@pytest.mark.parametrize("name", NAMES)
def test_d2_line_grid_and_body_paragraphs(name: str) -> None:
    x = read(name)
    grid = x.body.find(f"{q('sectPr')}/{q('docGrid')}")
    assert grid.get(q("linePitch")) == "579"
    assert grid.get(q("type")) == "lines"
    paras = body_paragraphs(x)
    assert len(paras) >= len(load(name).summary.items) > 5
    for p in paras:
        assert x.p_attr(p, "spacing", "line") == "579"
        assert x.p_attr(p, "spacing", "lineRule") == "exact"
        assert x.p_attr(p, "spacing", "before") == "0"
        assert x.p_attr(p, "spacing", "after") == "0"
        assert x.p_attr(p, "jc", "val") == "both"
        chars = x.p_attr(p, "ind", "firstLineChars")
        first = int(x.p_attr(p, "ind", "firstLine") or 0)
        assert chars == "200" or 620 <= first <= 640
        assert not x.text(p).startswith(("\u3000", " "))


# --------------------------------------------------------------------------------------------- D3


@pytest.mark.parametrize("name", NAMES)
@pytest.mark.parametrize("font_names", [FontNames.GB2312, FontNames.WINDOWS])
def test_d3_body_runs_are_fangsong_16pt_zh_cn(name: str, font_names: FontNames) -> None:
    x = read(name, OrgSettings(docx_font_names=font_names))
    expected = "仿宋_GB2312" if font_names == FontNames.GB2312 else "仿宋"
    body_runs = [
        (r, p)
        for p in body_paragraphs(x)
        for r in x.runs(p)
        if r.find(f"{q('rPr')}/{q('rStyle')}") is None and x.para_style(p) != sty.TASK_TITLE
    ]
    assert len(body_runs) > 5
    for r, p in body_runs:
        assert x.r_attr(r, p, "sz") == "32"
        assert x.r_attr(r, p, "rFonts", "eastAsia") == expected
        assert x.r_attr(r, p, "lang", "eastAsia") == "zh-CN"
        # 16 pt at −0.3 pt: 28 characters = 439.6 pt ≤ 442.2 pt, 28½ cells never fit.
        spacing = int(x.r_attr(r, p, "spacing") or 0)
        assert 28 * (320 + spacing) <= 8844 < 28.5 * (320 + spacing)
    assert x.settings.find(q("themeFontLang")).get(q("eastAsia")) == "zh-CN"
    assert x.defaults.find(f"{q('rPrDefault')}/{q('rPr')}/{q('lang')}").get(q("eastAsia")) == "zh-CN"


# --------------------------------------------------------------------------------------------- D4


@pytest.mark.parametrize("name", NAMES)
def test_d4_titles_22pt_xiaobiaosong_centred_not_bold(name: str) -> None:
    x = read(name)
    titles = [p for p in x.body_paragraphs() if x.para_style(p) == sty.TITLE]
    b = load(name)
    expected = [summary_title(b)] + ([plan_title(b)] if b.plan is not None else [])
    assert [x.text(p).replace("\n", "") for p in titles] == expected
    for p in titles:
        assert x.p_attr(p, "jc", "val") == "center"
        for r in x.runs(p):
            assert x.r_attr(r, p, "sz") == "44"
            assert x.r_attr(r, p, "rFonts", "eastAsia") == "方正小标宋简体"
            assert not x.r_on(r, p, "b")


def test_long_titles_break_where_the_pdf_breaks() -> None:
    b = load("sample-2020")
    title = "荆州市总工会关于开展全市职工技术创新成果评选和“双创”大赛活动的工作综述"
    b = dataclasses.replace(b, summary=dataclasses.replace(b.summary, title=title))
    x = DocxXml(render_docx(b, OrgSettings()))
    first = next(p for p in x.body_paragraphs() if x.para_style(p) == sty.TITLE)
    lines = x.text(first).split("\n")
    assert len(lines) >= 2
    assert lines == break_title(title, 20, keep=(b.org,))


# --------------------------------------------------------------------------------------------- D5


@pytest.mark.parametrize("name", NAMES)
def test_d5_run_in_leads(name: str) -> None:
    x = read(name)
    b = load(name)
    leads = [
        (r, p)
        for p in x.body_paragraphs()
        for r in x.runs(p)
        if (s := r.find(f"{q('rPr')}/{q('rStyle')}")) is not None and s.get(q("val")) == sty.LEAD
    ]
    expected = [item_marker(i) + it.heading for i, it in enumerate(b.summary.items)]
    assert [x.text(r) for r, _ in leads] == expected
    task_runs = [(r, p) for p in x.body_paragraphs() if x.para_style(p) == sty.TASK_TITLE for r in x.runs(p)]
    for r, p in leads + task_runs:
        assert x.r_attr(r, p, "rFonts", "eastAsia") == "黑体"
        assert x.r_attr(r, p, "sz") == "32"
        assert not x.r_on(r, p, "b")
    level2 = [
        (r, p)
        for p in x.body_paragraphs()
        for r in x.runs(p)
        if (s := r.find(f"{q('rPr')}/{q('rStyle')}")) is not None and s.get(q("val")) == sty.LEAD2
    ]
    assert len(level2) == sum(len(it.subpoints) for it in b.summary.items)
    for r, p in level2:
        assert x.text(r).startswith("（")
        assert x.r_attr(r, p, "rFonts", "eastAsia") in ("楷体_GB2312", "楷体")


def test_numbering_is_text_and_restarts_for_the_plan() -> None:
    x = read("sample-2020")
    b = load("sample-2020")
    assert b.plan is not None
    tasks = [x.text(p) for p in x.body_paragraphs() if x.para_style(p) == sty.TASK_TITLE]
    assert tasks == [item_marker(i) + t.content for i, t in enumerate(b.plan.tasks)]
    fields = [x.text(p) for p in x.body_paragraphs() if x.para_style(p) == sty.TASK_FIELD]
    assert fields[:3] == ["责任领导：高启秀", "责任部室：机关党委", "完成时限：九月份"]
    assert fields[-3:] == ["责任领导：高启秀、张征军", "责任部室：商贸服务业工会、经技部", "完成时限：九月份"]
    assert x.doc.element.body.find(f".//{q('numPr')}") is None  # no automatic numbering
    # Task blocks keep together: the title and the first two fields keep with the next paragraph.
    for p in x.body_paragraphs():
        if x.para_style(p) == sty.TASK_TITLE:
            assert x.p_present(p, "keepNext") is not None and x.p_present(p, "keepLines") is not None


# --------------------------------------------------------------------------------------------- D6


@pytest.mark.parametrize("name", NAMES)
def test_d6_red_masthead_and_red_rule(name: str) -> None:
    x = read(name)
    paras = x.body_paragraphs()
    name_p = next(p for p in paras if x.para_style(p) == sty.MASTHEAD)
    assert x.text(name_p) == load(name).series
    for r in x.runs(name_p):
        assert x.r_attr(r, name_p, "color") == "FF0000"
        assert _int(x.r_attr(r, name_p, "sz")) >= 72
    assert x.p_attr(name_p, "snapToGrid", "val") == "0"
    issuer = next(p for p in paras if x.para_style(p) == sty.ISSUER)
    bottom = _present(x, issuer, "pBdr").find(q("bottom"))
    assert bottom is not None
    assert bottom.get(q("color")) == "FF0000"
    assert bottom.get(q("sz")) == "12"
    for attr in ("left", "right", "firstLine", "hanging"):
        assert int(x.p_attr(issuer, "ind", attr) or 0) == 0
    tabs = [(t.get(q("val")), int(t.get(q("pos")))) for t in _present(x, issuer, "tabs")]
    assert tabs == [("left", 320), ("right", TEXT_WIDTH - 320)]  # 1 字 in from each side
    assert x.text(issuer).startswith("\t荆州市总工会")


@pytest.mark.parametrize("name", NAMES)
def test_masthead_ends_on_the_pdf_grid_line(name: str) -> None:
    """The exact heights above the first title add up to the PDF's first title line, so the body of
    page 1 starts on the same grid line as in the PDF."""
    x = read(name)
    style = style_for(OrgSettings())
    total = 0
    for p in x.body_paragraphs():
        if x.para_style(p) == sty.TITLE:
            break
        assert x.p_attr(p, "spacing", "lineRule") == "exact"
        total += _int(x.p_attr(p, "spacing", "line"))
        border = p.find(f"{q('pPr')}/{q('pBdr')}/{q('bottom')}")
        if border is not None:
            total += 20 * int(border.get(q("space"))) + 20 * int(border.get(q("sz"))) // 8
    assert total == masthead_geometry(style).first_title_line * 579


# --------------------------------------------------------------------------------------------- D7


@pytest.mark.parametrize("name", NAMES)
def test_d7_odd_and_even_footers_with_page_field(name: str) -> None:
    x = read(name)
    assert x.settings.find(q("evenAndOddHeaders")) is not None
    section = x.doc.sections[0]
    for footer, jc, side in ((section.footer, "right", "right"), (section.even_page_footer, "left", "left")):
        (p,) = footer._element.findall(q("p"))
        assert x.p_attr(p, "jc", "val") == jc
        assert abs(_int(x.p_attr(p, "ind", side)) - 280) <= 40
        runs = list(p.iter(q("r")))
        kinds = []
        for r in runs:
            if r.find(q("instrText")) is not None:
                kinds.append("instr:" + r.find(q("instrText")).text.strip())
            elif r.find(q("fldChar")) is not None:
                kinds.append(r.find(q("fldChar")).get(q("fldCharType")))
            else:
                kinds.append("text:" + x.text(r))
        assert kinds == ["text:— ", "begin", "instr:PAGE", "separate", "text:1", "end", "text: —"]
        for r in runs:
            assert x.r_attr(r, p, "rFonts", "eastAsia") == "宋体"
            assert x.r_attr(r, p, "sz") == "28"


# --------------------------------------------------------------------------------------------- D8


@pytest.mark.parametrize("hanging", [True, False])
def test_d8_kinsoku_hanging_and_no_compression(hanging: bool) -> None:
    data = render_docx(load("sample-2018"), OrgSettings(hanging_punctuation=hanging))
    x = DocxXml(data)
    xml = zipfile.ZipFile(io.BytesIO(data)).read("word/document.xml").decode()
    styles = zipfile.ZipFile(io.BytesIO(data)).read("word/styles.xml").decode()
    assert 'kinsoku w:val="0"' not in xml + styles
    for p in body_paragraphs(x):
        punct = x.p_present(p, "overflowPunct")
        if hanging:
            assert punct is None or punct.get(q("val"), "1") in ("1", "true")
        else:
            assert punct is not None and punct.get(q("val")) == "0"
    assert x.settings.find(q("characterSpacingControl")).get(q("val")) == "doNotCompress"
    # Word and WPS get the layout engine's 避头尾 sets.
    before = x.settings.find(q("noLineBreaksBefore"))
    assert before.get(q("lang")) == "zh-CN" and set("，。、）》”") <= set(before.get(q("val")))
    assert set("（《“") <= set(x.settings.find(q("noLineBreaksAfter")).get(q("val")))
    for p in body_paragraphs(x):
        assert x.p_attr(p, "autoSpaceDE", "val") == "0"
        assert x.p_attr(p, "autoSpaceDN", "val") == "0"
        assert x.p_attr(p, "widowControl", "val") == "0"


# --------------------------------------------------------------------------------------------- D9


@pytest.mark.parametrize("name", NAMES)
def test_d9_tail_table_at_the_bottom_margin(name: str) -> None:
    x = read(name)
    (table,) = x.tables()
    assert x.body.index(table) == len(x.body) - 3  # then the anchor paragraph and sectPr
    pos = table.find(f"{q('tblPr')}/{q('tblpPr')}")
    assert (pos.get(q("vertAnchor")), pos.get(q("tblpYSpec"))) == ("margin", "bottom")
    borders = {b.tag.split("}")[1]: b for b in table.find(f"{q('tblPr')}/{q('tblBorders')}")}
    assert borders["top"].get(q("sz")) == "8" and borders["bottom"].get(q("sz")) == "8"
    assert borders["insideH"].get(q("sz")) == "6"
    for side in ("top", "bottom", "insideH"):
        assert borders[side].get(q("color")) == "000000"
    width = int(table.find(f"{q('tblPr')}/{q('tblW')}").get(q("w")))
    assert width == TEXT_WIDTH
    b = load(name)
    texts = []
    for p in table.iter(q("p")):
        texts.append(x.text(p))
        for r in x.runs(p):
            assert x.r_attr(r, p, "sz") == "28"
            assert x.r_attr(r, p, "rFonts", "eastAsia") == "仿宋_GB2312"
    d = b.distribution
    expected = [
        f"{label}：{'、'.join(names)}"
        for label, names in (("报", d.report_to), ("送", d.copy_to), ("发", d.send_to))
        if names
    ]
    if b.editor:
        expected.append(f"\t责任编辑：{b.editor}\t联系电话：{b.phone}")
    if b.copies:
        expected.append(f"\t\t共印{b.copies}份")
    assert texts == expected
    first = table.find(f".//{q('p')}")
    assert _int(x.p_attr(first, "ind", "left")) - _int(x.p_attr(first, "ind", "hanging")) == 280


def test_no_tail_table_without_distribution() -> None:
    b = dataclasses.replace(load("sample-2018"), distribution=Distribution(), editor="", phone="")
    assert DocxXml(render_docx(b, OrgSettings())).tables() == []


# -------------------------------------------------------------------------------------------- D10


@pytest.mark.parametrize("name", NAMES)
def test_d10_text_forms(name: str) -> None:
    data = render_docx(load(name), OrgSettings())
    xml = zipfile.ZipFile(io.BytesIO(data)).read("word/document.xml").decode().replace("\u200b", "")
    assert not re.search("[\ua300-\ua3ff]", xml)
    assert not re.search("[\uff10-\uff19]", xml)
    assert "«" not in xml and "»" not in xml
    dates = re.findall(r"(\d+)年(\d+)月(\d+)日", xml)
    assert all(not m.startswith("0") and not d.startswith("0") for _, m, d in dates)
    if load(name).date is not None:
        assert dates


# ------------------------------------------------------------------------------------ other parts


def test_styles_are_named_for_their_roles() -> None:
    x = read("sample-2020")
    names = {s.find(q("name")).get(q("val")) for s in x.styles.values()}
    assert {
        "Normal",
        "Title",
        "报头",
        "期号",
        "发文机关",
        "首句",
        "二级标题",
        "一级标题",
        "任务字段",
        "报尾",
        "footer",
        "page number",
    } <= names
    # Only our styles: none of python-docx's template styles (Calibri headings, ja-JP theme fonts).
    assert "heading 1" not in names
    assert (
        "minorEastAsia"
        not in zipfile.ZipFile(io.BytesIO(render_docx(load("long"), OrgSettings())))
        .read("word/styles.xml")
        .decode()
    )


def test_plan_as_table_option() -> None:
    b = load("sample-2020")
    assert b.plan is not None
    x = read("sample-2020", OrgSettings(plan_layout=PlanLayout.TABLE))
    plan, _tail = x.tables()
    rows = plan.findall(q("tr"))
    assert len(rows) == 1 + len(b.plan.tasks)
    assert rows[0].find(f"{q('trPr')}/{q('tblHeader')}") is not None
    headers = ["序号", "工作任务", "责任领导", "责任部室", "完成时限"]
    assert [x.text(c) for c in rows[0].findall(q("tc"))] == headers
    assert [x.text(c) for c in rows[-1].findall(q("tc"))] == [
        "九",
        b.plan.tasks[-1].content,
        "高启秀、张征军",
        "商贸服务业工会、经技部",
        "九月份",
    ]
    widths = [int(g.get(q("w"))) for g in plan.find(q("tblGrid"))]
    assert sum(widths) == TEXT_WIDTH
    assert [p for p in x.body_paragraphs() if x.para_style(p) == sty.TASK_TITLE] == []


def test_core_properties() -> None:
    data = render_docx(load("sample-2018"), OrgSettings())
    props = docx.Document(io.BytesIO(data)).core_properties
    assert props.title == "荆州市总工会十一月份工作完成情况"
    assert props.author == "荆州市总工会"
    assert props.created == dt.datetime(2018, 12, 12, 9, 0, tzinfo=dt.UTC)
    assert props.language == "zh-CN"
    names = zipfile.ZipFile(io.BytesIO(data)).namelist()
    assert "docProps/thumbnail.jpeg" not in names


def test_export_writes_a_docx_that_reopens(tmp_path: Path) -> None:
    target = tmp_path / "简报.docx"
    target.write_bytes(b"old")
    export_bulletin(load("sample-2020"), target, "docx")
    assert DocxXml(target.read_bytes()).text(DocxXml(target.read_bytes()).body).count("责任领导") == 9


# ------------------------------------------------------------------------------- text sanitising


def _one_item(heading: str, body: str, **fields: object) -> Bulletin:
    return Bulletin(
        org="荆州市总工会",
        series="工作动态",
        period=Period(2020, 8),
        issue_number=3,
        summary=Summary(items=(Item(heading, body),)),
        **fields,  # type: ignore[arg-type]
    )


def test_control_characters_are_removed_and_vertical_tab_breaks_the_line() -> None:
    b = _one_item("开展活动。\x00", "第一行\x0b第二行\x1f，\ud800完毕\x0c。\ufffe", editor="董\x07军")
    x = DocxXml(render_docx(b, OrgSettings()))
    item = next(p for p in body_paragraphs(x) if x.text(p).startswith("一、"))
    assert x.text(item) == "一、开展活动。第一行\n第二行，完毕。"
    assert len(item.findall(f".//{q('br')}")) == 1
    assert "责任编辑：董军" in x.text(x.tables()[0])


def test_body_paragraph_breaks_become_paragraphs_without_typed_indents() -> None:
    b = _one_item("开展活动。", "第一段。\n\u3000\u3000第二段。\n\n  第三段。")
    x = DocxXml(render_docx(b, OrgSettings()))
    assert [x.text(p) for p in body_paragraphs(x)] == ["一、开展活动。第一段。", "第二段。", "第三段。"]


def test_subpoints_follow_their_item() -> None:
    item = Item("开展活动。", "总述。", (SubPoint("组织宣讲。", "共6场。"), SubPoint("开展培训。")))
    b = dataclasses.replace(_one_item("", ""), summary=Summary(items=(item,)))
    x = DocxXml(render_docx(b, OrgSettings()))
    assert [x.text(p) for p in body_paragraphs(x)] == [
        "一、开展活动。总述。",
        "（一）组织宣讲。共6场。",
        "（二）开展培训。",
    ]


# ------------------------------------------------------------------------------ property-based


# Any code point, lone surrogates and control characters included.
ANY_TEXT = st.text(st.characters(codec=None, categories=None), max_size=60)
LONG_TEXT = st.builds(lambda a, n: a * n, ANY_TEXT, st.integers(1, 60))


@st.composite
def random_bulletins(draw: st.DrawFn) -> Bulletin:
    items = tuple(
        Item(
            draw(ANY_TEXT),
            draw(LONG_TEXT),
            tuple(SubPoint(draw(ANY_TEXT), draw(ANY_TEXT)) for _ in range(draw(st.integers(0, 2)))),
        )
        for _ in range(draw(st.integers(0, 4)))
    )
    tasks = tuple(
        Task(draw(ANY_TEXT), (draw(ANY_TEXT),), (draw(ANY_TEXT), draw(ANY_TEXT)), draw(ANY_TEXT))
        for _ in range(draw(st.integers(0, 3)))
    )
    names = st.lists(ANY_TEXT, max_size=4).map(tuple)
    return Bulletin(
        org=draw(ANY_TEXT),
        series=draw(ANY_TEXT),
        period=Period(2020, draw(st.integers(1, 12))),
        issue_number=draw(st.none() | st.integers(1, 999)),
        date=draw(st.none() | st.dates()),
        summary=Summary(draw(ANY_TEXT), items),
        plan=draw(st.none() | st.just(Plan(draw(ANY_TEXT), tasks))),
        distribution=Distribution(draw(names), draw(names), draw(names)),
        editor=draw(ANY_TEXT),
        phone=draw(ANY_TEXT),
        copies=draw(st.none() | st.integers(1, 500)),
    )


def _visible(text: str) -> str:
    return re.sub("[\x00-\x1f\ud800-\udfff\ufffe\uffff]", "", text)


# A third of the profile's examples: each one builds a whole DOCX package (≈ 0.05 s).
@settings(PROPERTY_SETTINGS, max_examples=max(50, PROPERTY_SETTINGS.max_examples // 3))
@given(random_bulletins(), st.booleans(), st.sampled_from(list(PlanLayout)))
@pytest.mark.slow
def test_random_text_always_gives_a_docx_python_docx_reopens(
    b: Bulletin, hanging: bool, layout: PlanLayout
) -> None:
    data = render_docx(b, OrgSettings(hanging_punctuation=hanging, plan_layout=layout))
    x = DocxXml(data)  # raises on a corrupt package or XML
    text = x.text(x.body)
    for item in b.summary.items:
        for piece in _visible(item.heading + item.body).replace("\n", "").split():
            assert piece.lstrip("\u3000") in text.replace("\n", "").replace("\t", "")


def test_zero_width_space_exactly_where_chinese_meets_latin_letters_or_digits() -> None:
    """LibreOffice's automatic Chinese/Latin space needs a letter or digit on both sides; U+200B sits
    at every such boundary in the text (and nowhere else), so LibreOffice adds none."""
    x = read("sample-2018")
    raw = "".join(x.raw_text(p) for p in x.doc.element.body.iter(q("p")))
    assert raw.count("\u200b") > 20
    plain = raw.replace("\u200b", "")
    ideograph = "\u4e00-\u9fff"
    boundaries = re.findall(f"(?<=[{ideograph}])(?=[0-9A-Za-z])|(?<=[0-9A-Za-z])(?=[{ideograph}])", plain)
    assert raw.count("\u200b") == len(boundaries)
    assert not re.search(f"[{ideograph}][0-9A-Za-z]|[0-9A-Za-z][{ideograph}]", raw)
    assert not re.search("\u200b[^0-9A-Za-z" + ideograph + "]|[^0-9A-Za-z" + ideograph + "]\u200b", raw)
    assert (
        script_boundaries("2018年12月，第3期ABC和GB/T")
        == "2018\u200b年\u200b12\u200b月，第\u200b3\u200b期\u200bABC\u200b和\u200bGB/T"
    )
