"""Font rules: roles the export would draw in a stand-in face on this machine, and characters no font
here can draw (they would print as empty boxes). Uses `layout.fonts.FontResolver`."""

from __future__ import annotations

from collections.abc import Iterator

from ..layout.fonts import FontNotFoundError
from ..layout.style import ROLE_LABELS, FontRole
from .base import CheckContext, Rule, at
from .finding import Finding, Location, Severity
from .rules_chars import ARTEFACT_RE

SUBSTITUTE = "fonts.substitute"
MISSING_GLYPH = "fonts.missing-glyph"


def _roles_used(ctx: CheckContext) -> list[FontRole]:
    has_subpoints = any(item.subpoints for item in ctx.bulletin.summary.items)
    return [role for role in FontRole if role is not FontRole.KAITI or has_subpoints]


def _substitutes(ctx: CheckContext) -> Iterator[Finding]:
    resolver = ctx.fonts
    if resolver is None:
        return
    for role in _roles_used(ctx):
        label = ROLE_LABELS[role]
        loc = Location("meta", "font", text=label)
        try:
            face = resolver.resolve(role)
        except FontNotFoundError as exc:
            yield Finding(SUBSTITUTE, "error", f"{label}：{exc}，无法导出", loc)
            continue
        if face.official:
            continue
        report = next(r for r in resolver.report() if r.role is role)
        message = report.warning or f"未找到官方字体，使用 {face.family} 代替"
        # A random system font is a worse stand-in than the bundled Fandol face chosen for the role.
        severity: Severity = "warning" if face.source == "fallback" else "hint"
        yield Finding(SUBSTITUTE, severity, f"{label}：{message}", loc)


def _missing_glyphs(ctx: CheckContext) -> Iterator[Finding]:
    resolver = ctx.fonts
    if resolver is None:
        return
    for field in ctx.fields:
        if not field.text:
            continue
        try:
            missing = resolver.missing_chars(field.text, field.role)
        except FontNotFoundError:
            return  # reported by the substitute rule
        for ch in missing:
            if ARTEFACT_RE.fullmatch(ch):
                continue  # reported (and fixable) as a PDF artefact
            offset = field.text.index(ch)
            yield at(
                field,
                MISSING_GLYPH,
                "error",
                f"本机没有能显示“{ch}”（U+{ord(ch):04X}）的字体，打印和导出时会缺字",
                offset,
                1,
            )


RULES = (
    Rule(frozenset({SUBSTITUTE}), _substitutes),
    Rule(frozenset({MISSING_GLYPH}), _missing_glyphs),
)
