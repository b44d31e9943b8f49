"""Package-level parts of the DOCX: page setup, settings.xml, the style sheet, font table, odd/even
footers with the page number and the document properties.

python-docx's default template is US Letter, en-US with a Japanese theme font and Calibri styles;
everything here replaces those defaults (official-format.md §6.3, §9.1).
"""

from __future__ import annotations

import datetime as _dt
from xml.sax.saxutils import escape

from docx.document import Document as DocxDocument
from docx.opc.constants import RELATIONSHIP_TYPE as RT
from docx.oxml.ns import qn
from lxml import etree

from .. import __version__
from ..domain import Bulletin
from ..domain.conventions import issue_text, summary_title
from ..layout.chars import CANNOT_END, CANNOT_START
from ..layout.style import FontRole, Style, to_twips
from .docx_styles import FOOTER, PAGE_NUMBER, Metrics, build_styles, doc_defaults
from .docx_xml import clean_text, field_runs, paragraph, text_run, w

# Characters that may not start / end a line: the layout engine's sets (official-format.md §6.1,
# clreq "basic"), written into settings.xml so Word and WPS break lines like the program's own PDF.
NO_LINE_START = "".join(sorted(CANNOT_START))
NO_LINE_END = "".join(sorted(CANNOT_END))

# Footer distance: the dash of "— N —" (≈ 0.36 em above the baseline of a 14 pt 宋体 line) lies
# 7 mm below the text block (official-format.md §4.7). Word puts the baseline of an exact-height line
# at 0.8 of its height and the bottom of the footer's last line at this distance from the page edge.
FOOTER_LINE = 360


def footer_distance(style: Style) -> int:
    dash_from_bottom = style.page.margin_bottom - style.page_number.dash_below_block
    baseline_from_bottom = dash_from_bottom - 0.36 * style.page_number.size
    return to_twips(baseline_from_bottom) - round(0.2 * FOOTER_LINE)


def setup_section(doc: DocxDocument, m: Metrics, style: Style) -> None:
    """A4 portrait, GB/T 9704 margins, the 22-line grid, footers 7 mm below the block."""
    sect = doc.element.body.sectPr
    assert sect is not None
    for el in list(sect):
        if el.tag in {qn("w:pgSz"), qn("w:pgMar"), qn("w:cols"), qn("w:docGrid")}:
            sect.remove(el)
    sect.append(w("pgSz", {"w": m.page_w, "h": m.page_h}))
    sect.append(
        w(
            "pgMar",
            {
                "top": m.top,
                "right": m.right,
                "bottom": m.bottom,
                "left": m.left,
                "header": 851,
                "footer": footer_distance(style),
                "gutter": 0,
            },
        )
    )
    sect.append(w("cols", {"space": 425}))
    sect.append(w("docGrid", {"type": "lines", "linePitch": m.line}))


def setup_styles(doc: DocxDocument, m: Metrics, style: Style, names: dict[FontRole, str]) -> None:
    """Replace the template's style sheet by ours (the latent-style list is kept)."""
    root = doc.styles.element
    latent = root.find(qn("w:latentStyles"))
    del root[:]  # one slice deletion: removing the template's 160 styles one by one is slow
    root.append(doc_defaults(names, m, style))
    if latent is not None:
        root.append(latent)
    for st in build_styles(names, m, style):
        root.append(st)


def setup_settings(doc: DocxDocument) -> None:
    """settings.xml: odd/even footers, zh-CN theme language, no punctuation compression, kinsoku sets."""
    doc.settings.odd_and_even_pages_header_footer = True
    root = doc.settings.element
    lang_el = root.find(qn("w:themeFontLang"))
    if lang_el is not None:
        lang_el.set(qn("w:eastAsia"), "zh-CN")
    control = root.find(qn("w:characterSpacingControl"))
    if control is None:
        control = w("characterSpacingControl")
        root.find(qn("w:defaultTabStop")).addnext(control)
    control.set(qn("w:val"), "doNotCompress")
    for tag in ("noLineBreaksAfter", "noLineBreaksBefore"):
        old = root.find(qn(f"w:{tag}"))
        if old is not None:
            root.remove(old)
    # Schema order: …characterSpacingControl, (printTwoOnOne…), savePreviewPicture…, noLineBreaksAfter,
    # noLineBreaksBefore, …; they follow characterSpacingControl directly.
    control.addnext(w("noLineBreaksBefore", {"lang": "zh-CN", "val": NO_LINE_START}))
    control.addnext(w("noLineBreaksAfter", {"lang": "zh-CN", "val": NO_LINE_END}))
    compat = root.find(qn("w:compat"))
    if compat is not None:
        for cs in compat.findall(qn("w:compatSetting")):
            if cs.get(qn("w:name")) == "compatibilityMode":
                cs.set(qn("w:val"), "15")


def setup_font_table(doc: DocxDocument, names: dict[FontRole, str]) -> None:
    """A font table naming only our faces (GB2312 charset), each with the Windows built-in face as
    alternative, so Word falls back to 仿宋 / 楷体 where 仿宋_GB2312 / 楷体_GB2312 are missing."""
    part = next(r.target_part for r in doc.part.rels.values() if r.reltype == RT.FONT_TABLE)
    root = w("fonts")
    alternatives = {"仿宋_GB2312": "仿宋", "楷体_GB2312": "楷体", "方正小标宋简体": "方正小标宋_GBK"}
    families = {FontRole.XIAOBIAOSONG: "roman", FontRole.SONGTI: "roman"}
    seen: set[str] = set()
    for role, name in names.items():
        if name in seen:
            continue
        seen.add(name)
        font = w("font", {"name": name})
        if name in alternatives:
            font.append(w("altName", {"val": alternatives[name]}))
        font.append(w("charset", {"val": "86"}))
        font.append(w("family", {"val": families.get(role, "modern")}))
        font.append(w("pitch", {"val": "variable"}))
        root.append(font)
    # The template's part is a plain blob (python-docx has no font-table API).
    part._blob = etree.tostring(root, xml_declaration=True, encoding="UTF-8", standalone=True)


def setup_footers(doc: DocxDocument, m: Metrics) -> None:
    """Page numbers "— N —" in 宋体 四号: odd pages right (右空一字), even pages left (左空一字)."""
    section = doc.sections[0]
    for footer, jc, ind in ((section.footer, "right", "right"), (section.even_page_footer, "left", "left")):
        footer.is_linked_to_previous = False
        root = footer._element
        for p in root.findall(qn("w:p")):
            root.remove(p)
        runs = [
            text_run("— ", PAGE_NUMBER),
            *field_runs("PAGE", "1", PAGE_NUMBER),
            text_run(" —", PAGE_NUMBER),
        ]
        root.append(paragraph(FOOTER, [w("jc", {"val": jc}), w("ind", {ind: m.tail_indent})], runs))


def setup_properties(doc: DocxDocument, b: Bulletin, style: Style) -> None:
    """Title, author (the organisation), subject (series and issue), created date, language."""
    props = doc.core_properties
    props.title = _plain(summary_title(b))
    props.author = _plain(b.org)
    props.last_modified_by = props.author
    props.subject = _plain(b.series + issue_text(b, style.issue_format))
    props.category = "工作简报"
    props.keywords = ""
    props.comments = ""
    props.language = "zh-CN"
    props.revision = 1
    now = _dt.datetime.now(_dt.UTC).replace(microsecond=0, tzinfo=None)
    created = _dt.datetime.combine(b.date, _dt.time(9, 0)) if b.date else now
    props.created = created
    props.modified = max(now, created)


def _plain(text: str) -> str:
    """A core-property value: one line, no control characters."""
    return clean_text(text).replace("\x0b", " ").replace("\n", " ").replace("\t", " ").strip()


STYLES_WITH_EFFECTS = "http://schemas.microsoft.com/office/2007/relationships/stylesWithEffects"
# Parts of the template nothing refers to: its list definitions (the bulletin numbers its items as
# text) and a custom-XML data store of the template's author.
_UNUSED_PARTS = {STYLES_WITH_EFFECTS, RT.NUMBERING, RT.CUSTOM_XML}

APP_XML = """<?xml version="1.0" encoding="UTF-8" standalone="yes"?>
<Properties xmlns="http://schemas.openxmlformats.org/officeDocument/2006/extended-properties" \
xmlns:vt="http://schemas.openxmlformats.org/officeDocument/2006/docPropsVTypes">\
<Application>{application}</Application><DocSecurity>0</DocSecurity><ScaleCrop>false</ScaleCrop>\
<Company>{company}</Company><LinksUpToDate>false</LinksUpToDate><SharedDoc>false</SharedDoc>\
<HyperlinksChanged>false</HyperlinksChanged></Properties>"""


def drop_template_leftovers(doc: DocxDocument) -> None:
    """Parts of python-docx's template that would contradict ours: its thumbnail (someone else's
    page in file browsers), stylesWithEffects.xml (its Calibri/theme-font style sheet, which
    Word 2010 reads besides styles.xml), its unused numbering and custom-XML parts."""
    pkg = doc.part.package
    for rel_id, rel in list(pkg.rels.items()):
        if rel.reltype == RT.THUMBNAIL:
            pkg.rels.pop(rel_id)
    for rel_id, rel in list(doc.part.rels.items()):
        if rel.reltype in _UNUSED_PARTS:
            doc.part.drop_rel(rel_id)


def setup_app_properties(doc: DocxDocument, b: Bulletin) -> None:
    """docProps/app.xml names this program (the template's says "Microsoft Macintosh Word", with
    its page and word counts of an empty page) and the organisation as company."""
    pkg = doc.part.package
    part = next(r.target_part for r in pkg.rels.values() if r.reltype == RT.EXTENDED_PROPERTIES)
    # The template's part is a plain blob (python-docx has no API for it).
    part._blob = APP_XML.format(
        application=f"unionbulletin {__version__}", company=escape(_plain(b.org))
    ).encode()
