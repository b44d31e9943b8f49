"""Raw WordprocessingML helpers for the DOCX writer: element builders, runs, fields, text sanitising.

python-docx has no API for most of what the official layout needs (East Asian fonts, grid, kinsoku,
borders, floating tables), so the writer builds those elements here with lxml through python-docx's
``OxmlElement``. Every piece of user text passes through `clean_text` before it reaches the XML, so
control characters, lone surrogates and other XML-invalid code points can never corrupt the file.
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Mapping

from docx.oxml import OxmlElement
from docx.oxml.ns import qn
from docx.oxml.xmlchemy import BaseOxmlElement

from ..domain.char_classes import HAN_CLASS

# Code points XML 1.0 forbids (besides tab, LF, CR) — python-docx/lxml raise on them.
_XML_INVALID = re.compile("[\x00-\x08\x0b\x0c\x0e-\x1f\ud800-\udfff\ufffe\uffff]")
LINE_BREAK = "\x0b"  # Word's manual line break (Shift+Enter) as pasted text carries it


def clean_text(text: str) -> str:
    """`text` with line endings unified to "\\n", the vertical tab kept as a line-break marker and
    every other XML-invalid character (control characters, lone surrogates, U+FFFE/FFFF) removed."""
    text = text.replace("\r\n", "\n").replace("\r", "\n")
    return _XML_INVALID.sub(lambda m: LINE_BREAK if m.group() == LINE_BREAK else "", text)


# LibreOffice 7.4 adds an
# automatic space of 1/5 em wherever a letter of an East Asian script meets a Latin letter or digit,
# and its DOCX import ignores w:autoSpaceDE/w:autoSpaceDN = 0, the setting that turns it off (the
# writerfilter case branches are empty). Its rule (sw/source/core/text/itrform2.cxx, BuildPortions)
# needs a letter or digit on *both* sides of the script change, so a zero-width space between the
# two takes the boundary away: LibreOffice then breaks lines like Word and WPS, which already
# honour autoSpaceDE/DN = 0 and draw U+200B with no width. The program's own text import drops
# U+200B, so a DOCX read back brings none into the bulletin.
BOUNDARY_MARK = "\u200b"
_IDEOGRAPH = HAN_CLASS  # domain/char_classes.py: Chinese characters of every block (before: the BMP only)
_SCRIPT_BOUNDARY = re.compile(f"(?<=[{_IDEOGRAPH}])(?=[0-9A-Za-z])|(?<=[0-9A-Za-z])(?=[{_IDEOGRAPH}])")


def script_boundaries(text: str) -> str:
    """`text` with `BOUNDARY_MARK` wherever a Chinese character meets an ASCII letter or digit."""
    return _SCRIPT_BOUNDARY.sub(BOUNDARY_MARK, text)


def strip_indent(text: str) -> str:
    """Drop spaces typed as a paragraph indent: indents are paragraph properties here."""
    return text.lstrip(" \u3000\t")


def w(tag: str, attrs: Mapping[str, object] | None = None, *children: BaseOxmlElement) -> BaseOxmlElement:
    """A ``w:`` element; attribute names without a prefix get ``w:``."""
    el: BaseOxmlElement = OxmlElement(f"w:{tag}")
    for name, value in (attrs or {}).items():
        el.set(qn(name if ":" in name else f"w:{name}"), _attr(value))
    for child in children:
        el.append(child)
    return el


def _attr(value: object) -> str:
    if isinstance(value, bool):
        return "1" if value else "0"
    return str(value)


def child(parent: BaseOxmlElement, tag: str, attrs: Mapping[str, object] | None = None) -> BaseOxmlElement:
    """Append a new ``w:tag`` to `parent` and return it."""
    el = w(tag, attrs)
    parent.append(el)
    return el


# Child order of w:pPr and w:rPr required by the schema (Word rejects files that break it).
PPR_ORDER = (
    "pStyle",
    "keepNext",
    "keepLines",
    "pageBreakBefore",
    "framePr",
    "widowControl",
    "numPr",
    "suppressLineNumbers",
    "pBdr",
    "shd",
    "tabs",
    "suppressAutoHyphens",
    "kinsoku",
    "wordWrap",
    "overflowPunct",
    "topLinePunct",
    "autoSpaceDE",
    "autoSpaceDN",
    "bidi",
    "adjustRightInd",
    "snapToGrid",
    "spacing",
    "ind",
    "contextualSpacing",
    "mirrorIndents",
    "suppressOverlap",
    "jc",
    "textDirection",
    "textAlignment",
    "textboxTightWrap",
    "outlineLvl",
    "divId",
    "cnfStyle",
    "rPr",
    "sectPr",
    "pPrChange",
)
RPR_ORDER = (
    "rStyle",
    "rFonts",
    "b",
    "bCs",
    "i",
    "iCs",
    "caps",
    "smallCaps",
    "strike",
    "dstrike",
    "outline",
    "shadow",
    "emboss",
    "imprint",
    "noProof",
    "snapToGrid",
    "vanish",
    "webHidden",
    "color",
    "spacing",
    "w",
    "kern",
    "position",
    "sz",
    "szCs",
    "highlight",
    "u",
    "effect",
    "bdr",
    "shd",
    "fitText",
    "vertAlign",
    "rtl",
    "cs",
    "em",
    "lang",
    "eastAsianLayout",
    "specVanish",
    "oMath",
)


def ordered(tag: str, order: tuple[str, ...], parts: Iterable[BaseOxmlElement]) -> BaseOxmlElement:
    """A ``w:tag`` container with `parts` sorted into schema order."""
    rank = {name: i for i, name in enumerate(order)}
    items = sorted(parts, key=lambda el: rank[el.tag.rsplit("}", 1)[1]])
    return w(tag, None, *items)


def text_run(text: str, rstyle: str | None = None, rpr: Iterable[BaseOxmlElement] = ()) -> BaseOxmlElement:
    """One ``w:r`` holding `text` (already cleaned); "\\x0b" becomes ``w:br``, "\\t" ``w:tab``."""
    r = w("r")
    parts = list(rpr)
    if rstyle:
        parts.insert(0, w("rStyle", {"val": rstyle}))
    if parts:
        r.append(ordered("rPr", RPR_ORDER, parts))
    for piece in re.split("([\x0b\t])", text):
        if piece == LINE_BREAK:
            r.append(w("br"))
        elif piece == "\t":
            r.append(w("tab"))
        elif piece:
            t = w("t")
            t.text = script_boundaries(piece)
            if piece[0].isspace() or piece[-1].isspace():
                t.set("{http://www.w3.org/XML/1998/namespace}space", "preserve")
            r.append(t)
    return r


def field_runs(instruction: str, placeholder: str, rstyle: str | None = None) -> list[BaseOxmlElement]:
    """A complex field (begin / instrText / separate / cached result / end), e.g. ``PAGE``."""

    def run(*content: BaseOxmlElement) -> BaseOxmlElement:
        r = w("r")
        if rstyle:
            r.append(w("rPr", None, w("rStyle", {"val": rstyle})))
        for c in content:
            r.append(c)
        return r

    instr = w("instrText")
    instr.text = f" {instruction} "
    instr.set("{http://www.w3.org/XML/1998/namespace}space", "preserve")
    result = w("t")
    result.text = placeholder
    return [
        run(w("fldChar", {"fldCharType": "begin"})),
        run(instr),
        run(w("fldChar", {"fldCharType": "separate"})),
        run(result),
        run(w("fldChar", {"fldCharType": "end"})),
    ]


def paragraph(
    pstyle: str | None, ppr: Iterable[BaseOxmlElement] = (), runs: Iterable[BaseOxmlElement] = ()
) -> BaseOxmlElement:
    """A ``w:p`` with its style, extra paragraph properties and runs."""
    p = w("p")
    parts = list(ppr)
    if pstyle:
        parts.insert(0, w("pStyle", {"val": pstyle}))
    if parts:
        p.append(ordered("pPr", PPR_ORDER, parts))
    for r in runs:
        p.append(r)
    return p


def spacing(line: int | None = None, rule: str = "exact", before: int = 0, after: int = 0) -> BaseOxmlElement:
    attrs: dict[str, object] = {"before": before, "beforeLines": 0, "after": after, "afterLines": 0}
    if line is not None:
        attrs |= {"line": line, "lineRule": rule}
    return w("spacing", attrs)


def border(
    side: str, size_eighths: int, colour: str, space: int = 0, style: str = "single"
) -> BaseOxmlElement:
    return w(side, {"val": style, "sz": size_eighths, "space": space, "color": colour})


def fonts(name: str) -> BaseOxmlElement:
    """``w:rFonts`` naming `name` for every script; the East Asian slot is the one Word uses for
    Chinese text, the others keep digits and Latin letters in the same face (official-format.md §3.3)."""
    return w("rFonts", {"ascii": name, "hAnsi": name, "eastAsia": name, "cs": name, "hint": "eastAsia"})


def size(half_points: int) -> list[BaseOxmlElement]:
    return [w("sz", {"val": half_points}), w("szCs", {"val": half_points})]


def lang() -> BaseOxmlElement:
    return w("lang", {"val": "en-US", "eastAsia": "zh-CN", "bidi": "ar-SA"})
