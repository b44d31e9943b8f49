"""Reading a DOCX back for the format tests: effective run and paragraph properties as Word resolves
them (direct formatting → character style chain → paragraph style chain → document defaults)."""

from __future__ import annotations

import io
from collections.abc import Iterator

import docx
from lxml import etree

W = "{http://schemas.openxmlformats.org/wordprocessingml/2006/main}"


def q(tag: str) -> str:
    return W + tag


class DocxXml:
    """A DOCX opened with python-docx, with helpers over its raw XML."""

    def __init__(self, data: bytes) -> None:
        self.doc = docx.Document(io.BytesIO(data))
        self.body = self.doc.element.body
        root = self.doc.styles.element
        self.styles = {s.get(q("styleId")): s for s in root.findall(q("style"))}
        self.defaults = root.find(q("docDefaults"))
        self.settings = self.doc.settings.element
        self.default_para_style = next(
            (
                sid
                for sid, s in self.styles.items()
                if s.get(q("type")) == "paragraph" and s.get(q("default")) == "1"
            ),
            None,
        )

    # ------------------------------------------------------------------ structure
    def body_paragraphs(self) -> list[etree._Element]:
        """Paragraphs of the main text, not those inside tables."""
        return [p for p in self.body if p.tag == q("p")]

    def tables(self) -> list[etree._Element]:
        return [t for t in self.body if t.tag == q("tbl")]

    @staticmethod
    def text(el: etree._Element) -> str:
        """The text a reader sees: without the zero-width spaces the writer puts between Chinese and
        Latin letters or digits for LibreOffice (``render.docx_xml.script_boundaries``)."""
        return DocxXml.raw_text(el).replace("\u200b", "")

    @staticmethod
    def raw_text(el: etree._Element) -> str:
        out = []
        for node in el.iter(q("t"), q("br"), q("tab")):
            if node.tag == q("t"):
                out.append(node.text or "")
            else:
                out.append("\n" if node.tag == q("br") else "\t")
        return "".join(out)

    @staticmethod
    def runs(p: etree._Element) -> list[etree._Element]:
        return [r for r in p.iter(q("r")) if r.find(q("t")) is not None]

    def para_style(self, p: etree._Element) -> str | None:
        ps = p.find(f"{q('pPr')}/{q('pStyle')}")
        return ps.get(q("val")) if ps is not None else self.default_para_style

    def style_chain(self, sid: str | None) -> Iterator[etree._Element]:
        seen = set()
        while sid and sid in self.styles and sid not in seen:
            seen.add(sid)
            style = self.styles[sid]
            yield style
            based = style.find(q("basedOn"))
            sid = based.get(q("val")) if based is not None else None

    # ------------------------------------------------------------------ effective properties
    def _ppr_chain(self, p: etree._Element) -> Iterator[etree._Element | None]:
        yield p.find(q("pPr"))
        for style in self.style_chain(self.para_style(p)):
            yield style.find(q("pPr"))
        yield self.defaults.find(f"{q('pPrDefault')}/{q('pPr')}") if self.defaults is not None else None

    def _rpr_chain(self, r: etree._Element, p: etree._Element) -> Iterator[etree._Element | None]:
        rpr = r.find(q("rPr"))
        yield rpr
        rstyle = rpr.find(q("rStyle")) if rpr is not None else None
        if rstyle is not None:
            for style in self.style_chain(rstyle.get(q("val"))):
                yield style.find(q("rPr"))
        for style in self.style_chain(self.para_style(p)):
            yield style.find(q("rPr"))
        yield self.defaults.find(f"{q('rPrDefault')}/{q('rPr')}") if self.defaults is not None else None

    @staticmethod
    def _first(chain: Iterator[etree._Element | None], tag: str, attr: str) -> str | None:
        for props in chain:
            if props is None:
                continue
            el = props.find(q(tag))
            value = el.get(q(attr)) if el is not None else None
            if value is not None:
                return str(value)
        return None

    def p_attr(self, p: etree._Element, tag: str, attr: str) -> str | None:
        return self._first(self._ppr_chain(p), tag, attr)

    def r_attr(self, r: etree._Element, p: etree._Element, tag: str, attr: str = "val") -> str | None:
        return self._first(self._rpr_chain(r, p), tag, attr)

    def r_on(self, r: etree._Element, p: etree._Element, tag: str) -> bool:
        """A toggle property (w:b, w:i…) as resolved: the nearest element decides, absent = off."""
        for props in self._rpr_chain(r, p):
            if props is None:
                continue
            el = props.find(q(tag))
            if el is not None:
                return el.get(q("val"), "1") not in ("0", "false", "off")
        return False

    def p_present(self, p: etree._Element, tag: str) -> etree._Element | None:
        for props in self._ppr_chain(p):
            if props is not None and props.find(q(tag)) is not None:
                return props.find(q(tag))
        return None
