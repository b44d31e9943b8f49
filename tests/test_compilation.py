"""The annual compilation (年度汇编): range parsing, the page plan, and the PDF read back.

The PDF is written by the real command (`compile`) from a real data file and read with pdfplumber
(text and glyph positions), pypdfium2 (bookmarks) and pdffonts (embedding).
"""

from __future__ import annotations

import dataclasses
import json
import re
import shutil
import subprocess
from pathlib import Path

import pdfplumber
import pypdfium2
import pytest
from _cli import run_cli
from _pdf_chars import Char, extra_chars, page_chars

from unionbulletin.compilation import CompileError, select_bulletins, volume_range
from unionbulletin.domain import Bulletin, OrgSettings, Period
from unionbulletin.domain.exchange import from_exchange
from unionbulletin.layout.compose import layout_bulletin, style_for
from unionbulletin.layout.fonts import resolver_for_settings
from unionbulletin.layout.style import Style
from unionbulletin.layout.volume import plan_volume, volume_entry, volume_number_text
from unionbulletin.render.pdf import render_pdf
from unionbulletin.storage import Database

FIXTURES = Path(__file__).resolve().parent / "fixtures"


def _fixture(name: str) -> Bulletin:
    return from_exchange(json.loads((FIXTURES / f"{name}.json").read_text(encoding="utf-8")))


def _year_of_bulletins() -> list[Bulletin]:
    """Four 2020 bulletins of different lengths (long, the two samples), one of 2019."""
    long = _fixture("long")
    s2018 = _fixture("sample-2018")
    s2020 = _fixture("sample-2020")
    return [
        dataclasses.replace(s2020, period=Period(2020, 8), issue_number=8),
        dataclasses.replace(long, period=Period(2020, 3), issue_number=3),
        dataclasses.replace(s2018, period=Period(2020, 1), issue_number=1),
        dataclasses.replace(s2020, period=Period(2020, 5), issue_number=5, plan=None),
        dataclasses.replace(s2018, period=Period(2019, 12), issue_number=12),
    ]


@pytest.fixture
def db_path(tmp_path: Path) -> Path:
    path = tmp_path / "bulletins.json"
    with Database.open(path, seed_examples=False) as db:
        for b in _year_of_bulletins():
            db.add(b)
    return path


def page_chars_of(page: pdfplumber.page.Page) -> list[Char]:
    return [(str(c["text"]), float(c["x0"]), float(c["top"]), float(c["size"])) for c in page.chars]


# ----------------------------------------------------------------------------------------- range


def test_volume_range_whole_year_and_months() -> None:
    assert volume_range(2020).text() == "2020年度"
    assert volume_range(2020, "3", "6").text() == "2020年3月至6月"
    span = volume_range(None, "2019-07", "2020年6月")
    assert span.text() == "2019年7月至2020年6月"
    assert span.contains(Period(2019, 12)) and not span.contains(Period(2020, 7))


@pytest.mark.parametrize(
    ("year", "start", "end", "message"),
    [
        (None, None, None, "请给出年份"),
        (2020, "13", None, "1 到 12"),
        (2020, "6", "3", "晚于"),
        (None, "3", "2020-05", "没有年份"),
        (2020, "三月", None, "看不懂"),
        (99999, None, None, "不合理"),
    ],
)
def test_volume_range_refuses_nonsense_in_chinese(
    year: int | None, start: str | None, end: str | None, message: str
) -> None:
    with pytest.raises(CompileError, match=message):
        volume_range(year, start, end)


def test_selection_is_in_reading_order() -> None:
    bulletins = dict(enumerate(_year_of_bulletins(), start=1))
    chosen = select_bulletins(bulletins, volume_range(2020))
    assert [b.period.month for b in chosen] == [1, 3, 5, 8]


def test_plan_starts_every_bulletin_on_a_right_hand_page() -> None:
    style = Style()
    entries = []
    for b in select_bulletins(dict(enumerate(_year_of_bulletins())), volume_range(2020)):
        entries.append(volume_entry(b, layout_bulletin(b, style), style, with_year=False))
    plan = plan_volume(entries, style, duplex=True)
    assert plan.toc_start == 3
    assert all(e.start % 2 == 1 for e in plan.entries)
    single = plan_volume(entries, style, duplex=False)
    assert single.toc_start == 2
    assert [e.start for e in single.entries][1:] == [
        e.start + e.pages for e in single.entries[:-1]
    ]  # no blank pages between bulletins


@pytest.mark.slow
def test_contents_spanning_two_pages_keeps_page_numbers_right(tmp_path: Path) -> None:
    """Thirty short bulletins: the contents need two pages; the plan accounts for both."""
    base = _fixture("sample-2018")
    bulletins = {
        i: dataclasses.replace(base, period=Period(2018 + (i - 1) // 12, (i - 1) % 12 + 1), issue_number=i)
        for i in range(1, 31)
    }
    path = tmp_path / "b.json"
    with Database.open(path, seed_examples=False) as db:
        for b in bulletins.values():
            db.add(b)
    out = tmp_path / "many.pdf"
    result = run_cli("compile", "--from", "2018-01", "--to", "2020-06", "--pdf", out, "--json", db=path)
    assert result.returncode == 0, result.stderr
    summary = json.loads(result.stdout)
    with pdfplumber.open(out) as pdf:
        assert len(pdf.pages) == summary["pages"]
        toc = "\n".join(pdf.pages[i].extract_text() for i in range(2, summary["starts"][0] - 1))
        assert "2019年7月" in toc  # months carry the year when the volume spans years
        numbers = [int(m) for m in re.findall(r"月\s+(\d+)\s*$", toc, re.M)]
        assert numbers == summary["starts"]
        assert summary["starts"][0] == 5  # cover, blank, two contents pages (19 + 11 rows)
        for start in summary["starts"]:
            assert "第" in pdf.pages[start - 1].extract_text().splitlines()[1]  # 期号 under the masthead


# ------------------------------------------------------------------------------------ the PDF itself


@pytest.mark.slow
def test_compile_writes_cover_contents_and_every_bulletin_as_printed(db_path: Path, tmp_path: Path) -> None:
    out = tmp_path / "2020.pdf"
    result = run_cli("compile", "--year", "2020", "--pdf", out, "--json", db=db_path)
    assert result.returncode == 0, result.stderr
    summary = json.loads(result.stdout)
    assert summary["bulletins"] == 4
    settings = OrgSettings()
    chosen = select_bulletins(dict(enumerate(_year_of_bulletins())), volume_range(2020))
    with pdfplumber.open(out) as pdf:
        assert len(pdf.pages) == summary["pages"]
        cover = pdf.pages[0].extract_text()
        assert "工会要情摘报" in cover and "2020年度汇编" in cover and "荆州市总工会" in cover
        assert "共4期" in cover
        toc_lines = pdf.pages[2].extract_text().splitlines()
        assert toc_lines[0].replace(" ", "") == "目录"
        rows = [line for line in toc_lines if line.startswith("第")]
        assert [r.split()[0] for r in rows] == ["第1期", "第3期", "第5期", "第8期"]
        assert [int(r.split()[-1]) for r in rows] == summary["starts"]
        assert [r.split()[-2] for r in rows] == ["1月", "3月", "5月", "8月"]
        for bulletin, start in zip(chosen, summary["starts"], strict=True):
            alone = page_chars(render_pdf(bulletin, settings, fonts=resolver_for_settings(settings)))
            for k, expected in enumerate(alone):
                got = page_chars_of(pdf.pages[start - 1 + k])
                missing, extra = extra_chars(expected, got)
                assert missing == []
                assert "".join(c[0] for c in extra) == volume_number_text(start + k)
            # the blank page after an odd-length bulletin carries nothing
        blank = [i + 1 for i, p in enumerate(pdf.pages) if not p.chars]
        assert 2 in blank
        assert all(s % 2 == 1 for s in summary["starts"])


@pytest.mark.slow
def test_bookmarks_name_each_issue_and_its_two_titles(db_path: Path, tmp_path: Path) -> None:
    out = tmp_path / "2020.pdf"
    result = run_cli("compile", "--year", "2020", "--pdf", out, "--json", db=db_path)
    summary = json.loads(result.stdout)
    document = pypdfium2.PdfDocument(out)
    try:
        toc = [(item.level, item.get_title(), item.get_dest().get_index()) for item in document.get_toc()]
    finally:
        document.close()
    assert toc[0] == (0, "目录", 2)
    top = [(title, page) for level, title, page in toc if level == 0][1:]
    assert [page + 1 for _t, page in top] == summary["starts"]
    assert top[0][0].startswith("第1期 ")
    children = [(title, page) for level, title, page in toc if level == 1]
    chosen = select_bulletins(dict(enumerate(_year_of_bulletins())), volume_range(2020))
    assert len(children) == len(chosen) + sum(b.plan is not None for b in chosen) == 6
    assert any(title.endswith("工作安排") for title, _p in children)
    with pdfplumber.open(out) as pdf:
        for title, page in children:
            assert title[:6] in pdf.pages[page].extract_text().replace("\n", "")


@pytest.mark.skipif(shutil.which("pdffonts") is None, reason="poppler-utils not installed")
@pytest.mark.slow
def test_every_font_is_embedded_none_only_referenced(db_path: Path, tmp_path: Path) -> None:
    """Also the single-bulletin PDF: reportlab's initial Helvetica used to be referenced, not embedded."""
    out = tmp_path / "2020.pdf"
    assert run_cli("compile", "--year", "2020", "--pdf", out, db=db_path).returncode == 0
    single = tmp_path / "single.pdf"
    single.write_bytes(render_pdf(_fixture("sample-2020"), fonts=resolver_for_settings(OrgSettings())))
    for path in (out, single):
        listing = subprocess.run(["pdffonts", str(path)], capture_output=True, text=True, check=True).stdout
        fonts = listing.splitlines()[2:]
        assert fonts
        for row in fonts:
            assert row.split()[-5:-2] == ["yes", "yes", "yes"], row  # emb sub uni
        assert "Helvetica" not in listing


@pytest.mark.slow
def test_compile_refuses_clearly(db_path: Path, tmp_path: Path) -> None:
    empty = run_cli("compile", "--year", "2015", "--pdf", tmp_path / "x.pdf", db=db_path)
    assert empty.returncode == 2 and "2015年度没有简报" in empty.stderr and "Traceback" not in empty.stderr
    folder = run_cli("compile", "--year", "2020", "--pdf", tmp_path / "nope" / "x.pdf", db=db_path)
    assert folder.returncode == 2 and "文件夹不存在" in folder.stderr
    assert not (tmp_path / "x.pdf").exists()


@pytest.mark.slow
def test_single_sided_volume_has_no_blank_pages(db_path: Path, tmp_path: Path) -> None:
    out = tmp_path / "s.pdf"
    result = run_cli(
        "compile",
        "--year",
        "2020",
        "--from",
        "1",
        "--to",
        "5",
        "--single-sided",
        "--pdf",
        out,
        "--json",
        db=db_path,
    )
    summary = json.loads(result.stdout)
    assert summary["bulletins"] == 3
    with pdfplumber.open(out) as pdf:
        assert all(p.chars for p in pdf.pages)
        assert "2020年1月至5月汇编" in pdf.pages[0].extract_text()
    style = style_for(OrgSettings())
    assert summary["starts"][0] == 3 and style.page.width > 0
