"""The DOCX stays in shape while a colleague keeps editing it: headings carry outline levels (Word's
navigation pane lists the two titles and the 一、 items), the document defaults and not only the
styles carry the 28-character grid and the body font, and the package holds nothing of
python-docx's template that would claim another program or unused parts.

Typed text is checked in LibreOffice (one soffice call for the module): paragraphs added to the
DOCX as a colleague's Word would store them, without direct formatting.
"""

from __future__ import annotations

import io
import itertools
import re
import zipfile

import _libreoffice
import pytest
from _docx_read import DocxXml, q
from _pdf_lines import PdfLine, pdf_pages
from lxml import etree
from test_docx_fidelity import load

from unionbulletin import __version__
from unionbulletin.domain.conventions import item_marker, plan_title, subpoint_marker, summary_title
from unionbulletin.render import docx_styles as sty
from unionbulletin.render.docx import render_docx


def read(name: str) -> DocxXml:
    b, settings = load(name)
    return DocxXml(render_docx(b, settings))


def outline_level(x: DocxXml, p: etree._Element) -> int | None:
    value = x.p_attr(p, "outlineLvl", "val")
    return None if value is None else int(value)


def test_titles_items_subpoints_and_tasks_have_outline_levels() -> None:
    b, _ = load("sample-2020")
    x = read("sample-2020")
    levels = [(outline_level(x, p), x.text(p)) for p in x.body_paragraphs() if x.text(p).strip()]
    listed = [(lvl, text) for lvl, text in levels if lvl is not None]
    # (a long title is broken by manual line breaks, read back as "\n")
    assert [t.replace("\n", "") for lvl, t in listed if lvl == 0] == [summary_title(b), plan_title(b)]
    items = [t for lvl, t in listed if lvl == 1]
    assert [t[: len(item_marker(i))] for i, t in enumerate(items[: len(b.summary.items)])] == [
        item_marker(i) for i in range(len(b.summary.items))
    ]
    assert len(items) == len(b.summary.items) + len(b.plan.tasks)  # type: ignore[union-attr]
    # Only titles, items and tasks: no masthead, body continuation, task field or 报尾 paragraph.
    assert len(listed) == 2 + len(items)
    # The levels live in the styles, so a paragraph a colleague sets in 条目 gets one too.
    for sid, level in ((sty.TITLE, 0), (sty.ITEM, 1), (sty.SUBITEM, 2), (sty.TASK_TITLE, 1)):
        assert x.styles[sid].find(f"{q('pPr')}/{q('outlineLvl')}").get(q("val")) == str(level)


def test_subpoints_are_outline_level_2() -> None:
    b, _ = load("long")
    x = read("long")
    subs = [x.text(p) for p in x.body_paragraphs() if outline_level(x, p) == 2]
    expected = sum(len(item.subpoints) for item in b.summary.items)
    assert len(subs) == expected
    assert all(t.startswith(subpoint_marker(0)[:1]) for t in subs)


def test_document_defaults_carry_the_grid_and_the_body_font() -> None:
    x = read("sample-2018")
    rpr = x.defaults.find(f"{q('rPrDefault')}/{q('rPr')}")
    ppr = x.defaults.find(f"{q('pPrDefault')}/{q('pPr')}")
    assert rpr.find(q("rFonts")).get(q("eastAsia")) in ("仿宋_GB2312", "仿宋")
    assert rpr.find(q("sz")).get(q("val")) == "32"
    assert rpr.find(q("spacing")).get(q("val")) == str(sty.BODY_CHAR_SPACING)
    assert rpr.find(q("lang")).get(q("eastAsia")) == "zh-CN"
    spacing = ppr.find(q("spacing"))
    assert (spacing.get(q("line")), spacing.get(q("lineRule"))) == ("579", "exact")
    assert ppr.find(q("kinsoku")) is not None
    assert ppr.find(q("autoSpaceDE")).get(q("val")) == "0"


def test_app_properties_name_this_program() -> None:
    b, settings = load("sample-2018")
    data = render_docx(b, settings)
    app = zipfile.ZipFile(io.BytesIO(data)).read("docProps/app.xml").decode()
    assert f"<Application>unionbulletin {__version__}</Application>" in app
    assert "Microsoft" not in app and "Normal.dotm" not in app
    assert f"<Company>{b.org}</Company>" in app


def test_template_leftovers_are_gone() -> None:
    b, settings = load("sample-2020")
    pkg = zipfile.ZipFile(io.BytesIO(render_docx(b, settings)))
    names = pkg.namelist()
    assert not [n for n in names if n.startswith("customXml/") or n == "word/numbering.xml"]
    assert "docProps/thumbnail.jpeg" not in names
    rels = pkg.read("word/_rels/document.xml.rels").decode()
    assert "numbering" not in rels and "customXml" not in rels
    types = pkg.read("[Content_Types].xml").decode()
    assert "numbering" not in types and "customXml" not in types


# ------------------------------------------------------------------ typed later, in LibreOffice

TYPED_NORMAL = "编" * 60  # a paragraph typed into the body (style 正文, no direct formatting)
TYPED_OTHER = "辑" * 60  # one in a style the colleague made, not based on 正文
OTHER_STYLE = (
    '<w:style w:type="paragraph" w:customStyle="1" w:styleId="Colleague"><w:name w:val="同事样式"/></w:style>'
)


def with_typed_paragraphs(data: bytes) -> bytes:
    out = io.BytesIO()
    with zipfile.ZipFile(io.BytesIO(data)) as src, zipfile.ZipFile(out, "w", zipfile.ZIP_DEFLATED) as dst:
        for info in src.infolist():
            part = src.read(info)
            if info.filename == "word/document.xml":
                text = part.decode()
                typed = (
                    f"<w:p><w:r><w:t>{TYPED_NORMAL}</w:t></w:r></w:p>"
                    '<w:p><w:pPr><w:pStyle w:val="Colleague"/></w:pPr>'
                    f"<w:r><w:t>{TYPED_OTHER}</w:t></w:r></w:p>"
                )
                first_table = text.index("<w:tbl>")
                part = (text[:first_table] + typed + text[first_table:]).encode()
            elif info.filename == "word/styles.xml":
                part = part.decode().replace("</w:styles>", OTHER_STYLE + "</w:styles>").encode()
            dst.writestr(info, part)
    return out.getvalue()


@pytest.fixture(scope="module")
def typed_lines(tmp_path_factory: pytest.TempPathFactory) -> list[PdfLine]:
    if not _libreoffice.available():
        pytest.skip("LibreOffice (soffice) not installed")
    work = tmp_path_factory.mktemp("docx-editing")
    b, settings = load("sample-2018")
    doc = work / "typed.docx"
    doc.write_bytes(with_typed_paragraphs(render_docx(b, settings)))
    (pdf,) = _libreoffice.LibreOffice(work / "lo").pdfs([doc], work / "pdf")
    return [line for page in pdf_pages(pdf) for line in page]


@pytest.mark.slow
@pytest.mark.libreoffice
@pytest.mark.parametrize(("char", "first"), [("编", 26), ("辑", 28)])
def test_text_typed_later_gets_28_characters_and_the_body_size(
    typed_lines: list[PdfLine], char: str, first: int
) -> None:
    lines = [line for line in typed_lines if re.fullmatch(f"{char}+", line.text)]
    assert [len(line.text) for line in lines] == [first, 28, 60 - first - 28]
    assert {line.size for line in lines} == {16}
    assert all(abs(b.baseline - a.baseline - 28.95) < 0.2 for a, b in itertools.pairwise(lines))
