"""Issue 14: one owner of the font resolver.

The window's render setup is the only object in the window that holds a resolver, the proofreader
takes it from there and follows its `changed`; the checks and the PDF renderers are given one and
never build their own; the command line builds one per run through `resolver_for_settings`. The
source is scanned so that a second construction site cannot come back unnoticed.
"""

from __future__ import annotations

import ast
import dataclasses
from pathlib import Path

import pytest

from unionbulletin.controller.document import BulletinDocument
from unionbulletin.controller.proofread import Proofreader
from unionbulletin.controller.render_setup import RenderSetup
from unionbulletin.controller.session import Session
from unionbulletin.domain import OrgSettings
from unionbulletin.layout.fonts import BUNDLED_FILES, bundled_font_dir
from unionbulletin.layout.style import FontRole
from unionbulletin.render.pdf import render_pdf
from unionbulletin.storage import Database

PACKAGE = Path(__file__).resolve().parent.parent / "unionbulletin"


def _calls_of(name: str) -> list[str]:
    """`file:line` of every call of `name(...)` (plain or as an attribute) in the package."""
    sites = []
    for path in sorted(PACKAGE.rglob("*.py")):
        tree = ast.parse(path.read_text(encoding="utf-8"), filename=str(path))
        for node in ast.walk(tree):
            if isinstance(node, ast.Call):
                func = node.func
                called = (
                    func.id
                    if isinstance(func, ast.Name)
                    else func.attr
                    if isinstance(func, ast.Attribute)
                    else None
                )
                if called == name:
                    sites.append(f"{path.relative_to(PACKAGE).as_posix()}:{node.lineno}")
    return sites


@pytest.mark.slow
def test_one_place_constructs_a_font_resolver() -> None:
    """Before: six (render setup twice, proofreader, checks engine, PDF renderer, `fonts` command)."""
    sites = _calls_of("FontResolver")
    assert len(sites) == 1, sites
    assert sites[0].startswith("layout/fonts")


def test_the_window_builds_its_resolver_in_the_render_setup_only() -> None:
    """`resolver_for_settings` is called by the render setup and by command-line modules, never by
    the checks, the renderers or another part of the window."""
    callers = {site.split(":")[0] for site in _calls_of("resolver_for_settings")}
    window = {c for c in callers if c.startswith(("controller/", "ui/", "app.py"))}
    assert window == {"controller/render_setup.py"}, callers
    assert not {c for c in callers if c.startswith(("checks/", "render/", "layout/volume"))}, callers


@pytest.fixture
def chosen_font(tmp_path: Path) -> Path:
    """A font file the user picks for 仿宋 (the bundled 楷体 under another name)."""
    chosen = tmp_path / "my-fangsong.ttf"
    chosen.write_bytes((bundled_font_dir() / BUNDLED_FILES[FontRole.KAITI]).read_bytes())
    return chosen


def _fangsong_hint(proofreader: Proofreader) -> str:
    return next(
        f.message
        for f in proofreader.findings
        if f.rule == "fonts.substitute" and f.message.startswith("仿宋")
    )


def test_the_proofreader_follows_the_render_setup_after_a_font_change(
    tmp_path: Path, qapp: object, chosen_font: Path
) -> None:
    """Settings → Fonts: the proofreader checks against the new face at once, with the very resolver
    the preview and the outputs use (it holds none of its own)."""
    db = Database.open(tmp_path / "b.json")
    try:
        session = Session(db, BulletinDocument())
        assert session.open_bulletin(2)
        render = RenderSetup(db.settings())
        proofreader = Proofreader(session, render)
        proofreader.recheck()
        assert "随程序附带的" in _fangsong_hint(proofreader)
        before = render.fonts

        settings = dataclasses.replace(db.settings(), font_files=(("fangsong", str(chosen_font)),))
        db.save_settings(settings)
        assert render.apply(settings)
        # no edit and no explicit recheck: `changed` made the proofreader check again
        assert "所配置的字体" in _fangsong_hint(proofreader)
        assert render.fonts is not before
        assert render.fonts.resolve(FontRole.FANGSONG).path == chosen_font
    finally:
        db.close()


def test_a_proofreader_cannot_be_built_without_the_render_setup(tmp_path: Path, qapp: object) -> None:
    """Before: `Proofreader(session)` built a resolver of its own that no font change ever reached."""
    db = Database.open(tmp_path / "b.json")
    try:
        with pytest.raises(TypeError):
            Proofreader(Session(db, BulletinDocument()))  # type: ignore[call-arg]
    finally:
        db.close()


def test_the_pdf_renderer_draws_with_the_resolver_it_is_given(chosen_font: Path) -> None:
    """A PDF names no resolver of its own: without `fonts` it is a TypeError, not a silent default."""
    import io

    import pdfplumber

    from unionbulletin.domain import Bulletin, Item, Period, Summary
    from unionbulletin.layout.fonts import resolver_for_settings

    bulletin = Bulletin(
        org="荆州市总工会",
        series="工会要情摘报",
        period=Period(2020, 8),
        summary=Summary(items=(Item("召开会议。", "委员会总结了上半年工作。"),)),
    )
    settings = OrgSettings(font_files=(("fangsong", str(chosen_font)),))
    with pytest.raises(TypeError):
        render_pdf(bulletin, settings)  # type: ignore[call-arg]
    data = render_pdf(bulletin, settings, fonts=resolver_for_settings(settings))
    with pdfplumber.open(io.BytesIO(data)) as pdf:
        fonts = {c["fontname"] for c in pdf.pages[0].chars if c["text"] == "委"}
    assert fonts and all("Kai" in name for name in fonts), fonts
