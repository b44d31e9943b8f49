"""Font resolution (layout/fonts/), the bundled Fandol TrueType files and `unionbulletin fonts`.

Real font files only: the bundled ones, copies of them under official file names in a temporary
"system fonts" folder, and tiny fonts built here with fontTools' FontBuilder.
"""

from __future__ import annotations

import argparse
import io
import json
import os
import shutil
import subprocess
from pathlib import Path

import pdfplumber
import pytest
from fontTools.fontBuilder import FontBuilder
from fontTools.pens.t2CharStringPen import T2CharStringPen
from fontTools.pens.ttGlyphPen import TTGlyphPen
from fontTools.ttLib import TTCollection, TTFont
from reportlab.pdfbase import pdfmetrics
from reportlab.pdfbase.ttfonts import TTFont as ReportlabTTFont
from reportlab.pdfgen import canvas

from unionbulletin.cli_fonts import run_fonts
from unionbulletin.layout.fonts import (
    BUNDLED_FAMILIES,
    BUNDLED_FILES,
    FONTCONFIG_ALIASES,
    FontResolver,
    bundled_font_dir,
    configured_from_settings,
    write_fontconfig,
)
from unionbulletin.layout.style import FontRole

BUNDLED = bundled_font_dir()
PROBE_TEXT = "中文，。“”《》0123"
# Clean-up of the PDF-extracted 2018 sample (see shared/samples/README.md).
SAMPLE_CLEANUP = str.maketrans(
    {"\ua3ae": "。", "\ua3ac": "，", "\ua3bb": "；", "«": "《", "»": "》", ":": "：", "(": "（", ")": "）"}
)
PRIVATE_CHAR = "\ue000"  # in none of the bundled fonts; the tiny test fonts map it


def _rect_tt() -> object:
    pen = TTGlyphPen(None)
    pen.moveTo((100, 0))
    pen.lineTo((100, 700))
    pen.lineTo((900, 700))
    pen.lineTo((900, 0))
    pen.closePath()
    return pen.glyph()


def make_font(path: Path, family: str, chars: str, *, cff: bool = False, fs_type: int = 0) -> Path:
    """A minimal real font mapping ``chars`` to a rectangle (TrueType or CFF outlines)."""
    names = [".notdef"] + [f"uni{ord(c):04X}" for c in chars]
    fb = FontBuilder(1000, isTTF=not cff)
    fb.setupGlyphOrder(names)
    fb.setupCharacterMap({ord(c): f"uni{ord(c):04X}" for c in chars})
    if cff:
        charstrings = {}
        for name in names:
            pen = T2CharStringPen(1000, None)
            pen.moveTo((100, 0))
            pen.lineTo((100, 700))
            pen.lineTo((900, 700))
            pen.lineTo((900, 0))
            pen.closePath()
            charstrings[name] = pen.getCharString()
        fb.setupCFF(family.replace(" ", ""), {"FullName": family}, charstrings, {})
    else:
        fb.setupGlyf({name: _rect_tt() for name in names})
    fb.setupHorizontalMetrics({name: (1000, 100) for name in names})
    fb.setupHorizontalHeader(ascent=880, descent=-120)
    fb.setupNameTable({"familyName": family, "styleName": "Regular"})
    fb.setupOS2(fsType=fs_type, sTypoAscender=880, sTypoDescender=-120, usWinAscent=880, usWinDescent=120)
    fb.setupPost()
    fb.save(str(path))
    return path


@pytest.fixture
def sysdir(tmp_path: Path) -> Path:
    """An empty folder playing the system fonts folder."""
    d = tmp_path / "sysfonts"
    d.mkdir()
    return d


def resolver(sysdir: Path, configured: dict[FontRole, str | Path] | None = None) -> FontResolver:
    return FontResolver(configured or {}, system_dirs=[sysdir], bundled_dir=BUNDLED)


# ----------------------------------------------------------------------------- bundled files


@pytest.mark.parametrize("role", list(FontRole))
def test_bundled_font_is_truetype_renamed_and_without_radicals(role: FontRole) -> None:
    with TTFont(BUNDLED / BUNDLED_FILES[role], lazy=True) as font:
        assert "glyf" in font and "CFF " not in font
        assert font["name"].getBestFamilyName() == BUNDLED_FAMILIES[role]
        cmap = font.getBestCmap()
    assert ord("工") in cmap and ord("。") in cmap
    radicals = [cp for cp in cmap if 0x2E80 <= cp <= 0x2FDF or 0xF900 <= cp <= 0xFAFF]
    assert radicals == []


@pytest.mark.slow
def test_bundled_fonts_embed_in_reportlab_and_extract_back() -> None:
    buf = io.BytesIO()
    pdf = canvas.Canvas(buf)
    y = 800
    for role in FontRole:
        name = f"ub-test-{role.value}"
        pdfmetrics.registerFont(ReportlabTTFont(name, str(BUNDLED / BUNDLED_FILES[role])))
        pdf.setFont(name, 16)
        pdf.drawString(72, y, PROBE_TEXT)
        y -= 40
    pdf.save()
    buf.seek(0)
    with pdfplumber.open(buf) as doc:
        page = doc.pages[0]
        lines = page.extract_text().splitlines()
        fontnames = {ch["fontname"] for ch in page.chars}
    assert lines == [PROBE_TEXT] * len(FontRole)
    # Subset-embedded under the new PostScript names: "AAAAAA+UBFandolFang-Regular" and so on.
    prefixes = {n.split("+", 1)[0] for n in fontnames}
    assert all(len(p) == 6 and p.isupper() for p in prefixes), fontnames
    assert {n.split("+", 1)[1] for n in fontnames} == {
        "UBFandolFang-Regular",
        "UBFandolHei-Regular",
        "UBFandolKai-Regular",
        "UBFandolSong-Regular",
        "UBFandolSong-Bold",
    }


@pytest.mark.parametrize("role", [FontRole.FANGSONG, FontRole.HEITI, FontRole.XIAOBIAOSONG, FontRole.KAITI])
def test_bundled_fonts_cover_the_samples(role: FontRole, samples_dir: Path) -> None:
    text = "".join(p.read_text(encoding="utf-8") for p in sorted(samples_dir.glob("*.txt")))
    chars = set(text.translate(SAMPLE_CLEANUP)) - set(" \n\t\r\u3000")
    with TTFont(BUNDLED / BUNDLED_FILES[role], lazy=True) as font:
        cmap = font.getBestCmap()
    assert len(chars) > 500
    assert sorted(c for c in chars if ord(c) not in cmap) == []


# ----------------------------------------------------------------------------- resolution order


def test_nothing_installed_resolves_every_role_to_the_bundled_font(sysdir: Path) -> None:
    r = resolver(sysdir)
    for role in FontRole:
        face = r.resolve(role)
        assert face.path == BUNDLED / BUNDLED_FILES[role]
        assert (face.source, face.official, face.subfont_index) == ("bundled", False, 0)
        assert face.family == BUNDLED_FAMILIES[role]
    report = {rep.role: rep for rep in r.report()}
    assert (
        report[FontRole.FANGSONG].warning
        == "未找到官方字体“仿宋_GB2312”，使用随程序附带的 UB FandolFang 代替"
    )


def test_official_system_font_found_by_file_name_case_insensitively(sysdir: Path) -> None:
    sub = sysdir / "truetype" / "windows"
    sub.mkdir(parents=True)
    shutil.copy(BUNDLED / "FandolHei-Regular.ttf", sub / "simhei.ttf")  # Windows ships SIMHEI.TTF
    r = resolver(sysdir)
    face = r.resolve(FontRole.HEITI)
    assert (face.path, face.source, face.official) == (sub / "simhei.ttf", "system", True)
    assert r.resolve(FontRole.FANGSONG).source == "bundled"
    assert {rep.role: rep for rep in r.report()}[FontRole.HEITI].warning is None


def test_gb2312_file_is_preferred_to_the_windows_builtin(sysdir: Path) -> None:
    shutil.copy(BUNDLED / "FandolFang-Regular.ttf", sysdir / "SIMFANG.TTF")
    shutil.copy(BUNDLED / "FandolFang-Regular.ttf", sysdir / "仿宋_GB2312.ttf")
    face = resolver(sysdir).resolve(FontRole.FANGSONG)
    assert face.path.name == "仿宋_GB2312.ttf" and face.official


def test_stzhongsong_stands_in_for_xiaobiaosong_but_is_not_official(sysdir: Path) -> None:
    shutil.copy(BUNDLED / "FandolSong-Bold.ttf", sysdir / "STZHONGS.TTF")
    r = resolver(sysdir)
    face = r.resolve(FontRole.XIAOBIAOSONG)
    assert (face.path.name, face.source, face.official) == ("STZHONGS.TTF", "system", False)
    warning = {rep.role: rep for rep in r.report()}[FontRole.XIAOBIAOSONG].warning
    assert warning is not None and "方正小标宋简体" in warning and "系统字体" in warning


def test_configured_file_beats_the_official_system_font(sysdir: Path, tmp_path: Path) -> None:
    shutil.copy(BUNDLED / "FandolHei-Regular.ttf", sysdir / "SIMHEI.TTF")
    mine = make_font(tmp_path / "mine.ttf", "My Hei", "中文")
    r = resolver(sysdir, {FontRole.HEITI: str(mine)})
    face = r.resolve(FontRole.HEITI)
    assert (face.path, face.source, face.official, face.family) == (mine, "configured", False, "My Hei")
    assert r.skipped(FontRole.HEITI) == ()
    warning = {rep.role: rep for rep in r.report()}[FontRole.HEITI].warning
    assert warning == "所配置的字体 My Hei 不是官方字体“黑体”"


def test_configured_file_with_an_official_family_name_is_official(sysdir: Path, tmp_path: Path) -> None:
    mine = make_font(tmp_path / "anything.ttf", "FangSong_GB2312", "中文")
    face = resolver(sysdir, {FontRole.FANGSONG: mine}).resolve(FontRole.FANGSONG)
    assert (face.source, face.official) == ("configured", True)


def test_configured_cff_and_missing_files_are_skipped_with_reasons(sysdir: Path, tmp_path: Path) -> None:
    cff = make_font(tmp_path / "cff.otf", "Some CFF", "中文", cff=True)
    shutil.copy(BUNDLED / "FandolKai-Regular.ttf", sysdir / "SIMKAI.TTF")
    missing = tmp_path / "nowhere" / "仿宋_GB2312.ttf"
    r = resolver(sysdir, {FontRole.KAITI: cff, FontRole.FANGSONG: missing})

    kai = r.resolve(FontRole.KAITI)
    assert (kai.path.name, kai.source, kai.official) == ("SIMKAI.TTF", "system", True)
    [cff_skip] = r.skipped(FontRole.KAITI)
    assert (cff_skip.path, cff_skip.code) == (cff, "cff") and "CFF" in cff_skip.reason

    fang = r.resolve(FontRole.FANGSONG)
    assert fang.source == "bundled"
    [skip] = r.skipped(FontRole.FANGSONG)
    assert (skip.path, skip.code, skip.reason) == (missing, "missing", "文件不存在")

    as_json = {d["role"]: d for d in (rep.to_dict() for rep in r.report())}
    assert as_json["kaiti"]["skipped"] == [{"file": str(cff), "code": "cff", "reason": cff_skip.reason}]


def test_official_candidate_that_forbids_embedding_is_skipped(sysdir: Path) -> None:
    make_font(sysdir / "SIMHEI.TTF", "SimHei", "中文", fs_type=0x0002)
    r = resolver(sysdir)
    assert r.resolve(FontRole.HEITI).source == "bundled"
    assert [s.code for s in r.skipped(FontRole.HEITI)] == ["no-embedding"]


def test_simsun_collection_uses_face_zero_and_configured_index(sysdir: Path, tmp_path: Path) -> None:
    first = make_font(tmp_path / "a.ttf", "SimSun", "中文")
    second = make_font(tmp_path / "b.ttf", "NSimSun", "中文")
    collection = TTCollection()
    with TTFont(first) as one, TTFont(second) as two:
        collection.fonts = [one, two]
        collection.save(str(sysdir / "simsun.ttc"))

    face = resolver(sysdir).resolve(FontRole.SONGTI)
    assert (face.path.name, face.subfont_index, face.family, face.official) == (
        "simsun.ttc",
        0,
        "SimSun",
        True,
    )

    configured = resolver(sysdir, {FontRole.SONGTI: f"{sysdir / 'simsun.ttc'}#1"})
    face = configured.resolve(FontRole.SONGTI)
    assert (face.subfont_index, face.family, face.source) == (1, "NSimSun", "configured")

    bad = resolver(sysdir, {FontRole.SONGTI: f"{sysdir / 'simsun.ttc'}#5"})
    assert bad.resolve(FontRole.SONGTI).source == "system"
    assert [s.code for s in bad.skipped(FontRole.SONGTI)] == ["bad-index"]


def test_configured_from_settings_ignores_unknown_roles_and_blank_paths() -> None:
    got = configured_from_settings([("fangsong", "/x/f.ttf"), ("heiti", " "), ("bogus", "/y.ttf")])
    assert got == {FontRole.FANGSONG: "/x/f.ttf"}


# ----------------------------------------------------------------------------- per-character fallback


def _cmap(file_name: str) -> set[int]:
    with TTFont(BUNDLED / file_name, lazy=True) as font:
        return set(font.getBestCmap())


def test_char_missing_from_fandolfang_comes_from_another_bundled_face(sysdir: Path) -> None:
    fang = _cmap(BUNDLED_FILES[FontRole.FANGSONG])
    song = _cmap(BUNDLED_FILES[FontRole.SONGTI])
    extra = sorted(song - fang)
    assert extra, "FandolSong is expected to map some code point FandolFang lacks"
    ch = chr(extra[0])
    r = resolver(sysdir)
    face = r.face_for_char(FontRole.FANGSONG, ch)
    assert face is not None and face.path.name == BUNDLED_FILES[FontRole.SONGTI]
    assert face.source == "bundled"
    assert r.face_for_char(FontRole.FANGSONG, "中") == r.resolve(FontRole.FANGSONG)
    assert r.missing_chars(ch + "中", FontRole.FANGSONG) == []


def test_char_in_no_bundled_face_comes_from_a_system_font(sysdir: Path) -> None:
    extra = make_font(sysdir / "zz-private.ttf", "Private Use", PRIVATE_CHAR)
    r = resolver(sysdir)
    face = r.face_for_char(FontRole.KAITI, PRIVATE_CHAR)
    assert face is not None and (face.path, face.source, face.official) == (extra, "fallback", False)
    chain = r.fallback_chain(FontRole.KAITI)
    assert chain[0] == r.resolve(FontRole.KAITI)
    assert [f.path.name for f in chain[:5]] == [
        BUNDLED_FILES[FontRole.KAITI],
        *(BUNDLED_FILES[x] for x in BUNDLED_FILES if x != FontRole.KAITI),
    ]
    assert chain[-1].path == extra
    assert resolver(sysdir.parent / "empty-nonexistent").face_for_char(FontRole.KAITI, PRIVATE_CHAR) is None


def test_cjk_system_fonts_come_before_other_system_fonts(sysdir: Path) -> None:
    make_font(sysdir / "a-latin.ttf", "A Latin", "ab" + PRIVATE_CHAR)
    make_font(sysdir / "b-cjk.ttf", "B CJK", "一。" + PRIVATE_CHAR)
    face = resolver(sysdir).face_for_char(FontRole.FANGSONG, PRIVATE_CHAR)
    assert face is not None and face.family == "B CJK"


def test_missing_chars_reports_undrawable_chars_once_and_ignores_blanks(sysdir: Path) -> None:
    r = resolver(sysdir)
    text = "工作\u3000简报 \n\t\x0b\u200b\U0010fffd，\U0010fffd⼯"
    assert r.missing_chars(text, FontRole.FANGSONG) == ["\U0010fffd", "⼯"]
    assert r.face_for_char(FontRole.FANGSONG, "⼯") is None  # Kangxi radical: removed on purpose
    assert r.face_for_char(FontRole.FANGSONG, "工") is not None


def test_face_for_char_is_cheap_on_repeated_calls(sysdir: Path, samples_dir: Path) -> None:
    import time

    text = "".join(p.read_text(encoding="utf-8") for p in sorted(samples_dir.glob("*.txt"))) * 4
    r = resolver(sysdir)
    r.face_for_char(FontRole.FANGSONG, "中")  # load the cmaps
    start = time.perf_counter()
    for ch in text:
        r.face_for_char(FontRole.FANGSONG, ch)
    assert time.perf_counter() - start < 0.5, "per-character lookup must be a dictionary hit"


# ----------------------------------------------------------------------------- command line


def test_run_fonts_prints_roles_and_warnings(sysdir: Path, capsys: pytest.CaptureFixture[str]) -> None:
    shutil.copy(BUNDLED / "FandolHei-Regular.ttf", sysdir / "SIMHEI.TTF")
    assert run_fonts(argparse.Namespace(json=False), resolver(sysdir)) == 0
    out = capsys.readouterr().out
    for label in ("小标宋", "仿宋", "黑体", "楷体", "宋体"):
        assert f"{label}：" in out
    assert "未找到官方字体“仿宋_GB2312”，使用随程序附带的 UB FandolFang 代替" in out
    assert "SIMHEI.TTF" in out and "未找到官方字体“黑体”" not in out


def test_run_fonts_json(sysdir: Path, capsys: pytest.CaptureFixture[str]) -> None:
    assert run_fonts(argparse.Namespace(json=True), resolver(sysdir)) == 0
    data = json.loads(capsys.readouterr().out)
    assert [d["role"] for d in data] == [r.value for r in FontRole]
    assert {d["source"] for d in data} == {"bundled"}
    assert all(d["official"] is False and d["warning"] for d in data)
    assert data[1]["file"] == str(BUNDLED / BUNDLED_FILES[FontRole.FANGSONG])


# ----------------------------------------------------------------------------- fontconfig


@pytest.mark.skipif(shutil.which("fc-match") is None, reason="fontconfig tools not installed")
def test_fontconfig_file_maps_official_names_to_bundled_fonts(tmp_path: Path) -> None:
    conf = write_fontconfig(tmp_path / "fc")
    env = {**os.environ, "FONTCONFIG_FILE": str(conf)}
    for role, names in FONTCONFIG_ALIASES.items():
        for name in names:
            out = subprocess.run(
                ["fc-match", "--format=%{family[0]}|%{file}", name.replace("-", "\\-")],  # "-" = size
                env=env,
                capture_output=True,
                text=True,
                check=True,
                timeout=60,
            ).stdout
            family, file = out.split("|")
            assert (family, Path(file).name) == (BUNDLED_FAMILIES[role], BUNDLED_FILES[role]), name


@pytest.mark.slow
@pytest.mark.libreoffice
@pytest.mark.skipif(shutil.which("soffice") is None, reason="LibreOffice not installed")
def test_libreoffice_renders_official_font_names_with_bundled_fonts(tmp_path: Path) -> None:
    from docx import Document
    from docx.oxml.ns import qn

    doc = Document()
    for names in FONTCONFIG_ALIASES.values():
        run = doc.add_paragraph().add_run(PROBE_TEXT)
        run.font.name = names[0]
        run._element.get_or_add_rPr().find(qn("w:rFonts")).set(qn("w:eastAsia"), names[0])
    doc.save(str(tmp_path / "probe.docx"))
    env = {**os.environ, "FONTCONFIG_FILE": str(write_fontconfig(tmp_path / "fc"))}
    subprocess.run(
        [
            "soffice",
            f"-env:UserInstallation={(tmp_path / 'profile').as_uri()}",
            "--headless",
            "--convert-to",
            "pdf",
            "--outdir",
            str(tmp_path),
            str(tmp_path / "probe.docx"),
        ],
        env=env,
        capture_output=True,
        check=True,
        timeout=180,
    )
    with pdfplumber.open(tmp_path / "probe.pdf") as pdf:
        page = pdf.pages[0]
        fonts = {ch["fontname"].split("+", 1)[-1] for ch in page.chars}
        text = page.extract_text()
    assert text.splitlines() == [PROBE_TEXT] * len(FONTCONFIG_ALIASES)
    assert fonts == {
        "UBFandolFang-Regular",
        "UBFandolHei-Regular",
        "UBFandolKai-Regular",
        "UBFandolSong-Regular",
        "UBFandolSong-Bold",
    }


@pytest.mark.slow
def test_raw_cmap_reader_agrees_with_fonttools() -> None:
    """The fast cmap reader gives exactly fontTools' best cmap (minus .notdef) on every font here."""
    from fontTools.ttLib import TTCollection, TTFont

    from unionbulletin.layout.fonts import inspection

    files = sorted(bundled_font_dir().glob("*.ttf"))
    files += sorted(Path("/usr/share/fonts").rglob("*.ttf"))[:10]
    files += sorted(Path("/usr/share/fonts").rglob("*.ttc"))[:2]
    checked = 0
    for path in files:
        is_ttc = path.suffix == ".ttc"
        opened = TTCollection(path, lazy=True) if is_ttc else TTFont(path, lazy=True)
        with opened:
            for face in opened.fonts if isinstance(opened, TTCollection) else [opened]:
                cmap = face.getBestCmap() or {}
                expected = sorted(cp for cp, glyph in cmap.items() if glyph != ".notdef")
                assert sorted(set(inspection._codepoints_of(face))) == expected, path
                checked += 1
    assert checked >= 5


@pytest.mark.parametrize(
    "content",
    [b"not a font at all" * 10, b"\x00\x01\x00\x00" + b"\xff" * 60, b"ttcf" + b"\x00" * 40],
    ids=["text", "truetype-header", "empty-collection"],
)
def test_a_file_that_is_not_a_font_is_closed_again(tmp_path: Path, content: bytes) -> None:
    """Issue 14 (layout/fonts split): inspecting a chosen file that turns out not to be a font leaves
    no handle open (on Windows an open handle keeps the user from replacing the file)."""
    import gc
    import os
    import warnings

    from unionbulletin.layout.fonts import inspect_font

    bogus = tmp_path / "chosen.ttf"
    bogus.write_bytes(content)
    with warnings.catch_warnings(record=True) as caught:
        warnings.simplefilter("always")
        with pytest.raises(ValueError, match=r"无法读取字体文件|没有字形轮廓|字体集合"):
            inspect_font(bogus)
        gc.collect()
    assert not [w for w in caught if issubclass(w.category, ResourceWarning)]
    open_files = {os.path.realpath(f"/proc/self/fd/{fd}") for fd in os.listdir("/proc/self/fd")}
    assert str(bogus.resolve()) not in open_files
