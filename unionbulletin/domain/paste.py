"""Pasted text as paragraphs: what the clipboard of Word, WPS, a web page or a PDF viewer holds.

`pasted_text(plain, html)` turns the clipboard's text/plain and (if present) text/html into the
editors' plain text, one paragraph per line, before the usual clean-up (`clean_text`):

* HTML (Word, WPS, browsers): every block element (p, div, li, h1…, tr, br) ends a line; table cells
  of one row are joined by `join_cells`; style, script and head are dropped; source line breaks
  inside a paragraph are only spacing.
* Plain text only (a PDF viewer, a text editor): every line break is a paragraph break, except lines
  that a printed page wrapped — a line that does not end a sentence and is about as long as the
  longest line, followed by a line that does not start an item of its own (一、 （一） 1.).
* Table cells separated by tabs: short names become one 、-list (工会、妇联), longer cells are
  separated by a space, a cell that already ends with punctuation is joined directly.
"""

from __future__ import annotations

import itertools
import re
from html.parser import HTMLParser

from .char_classes import is_han
from .conventions import marker_of

_LINE_BREAKS = re.compile("\r\n|\r|\n|\x0b|\x0c|\u2028|\u2029|\x85")
_SENTENCE_ENDS = "。！？；：…!?;:"
_CLOSERS = "”’）)」』】》"
_PUNCTUATION = "。，、；：！？…,.;:!?）)”’」』】》"
_SHORT_CELL = 12  # a cell this short with no punctuation inside reads as a name in a list
_WRAP_RATIO = 0.8  # a wrapped line is at least this share of the longest line
_MIN_WRAP_WIDTH = 12  # shorter "longest lines" are not a printed page's lines


def _is_name(cell: str) -> bool:
    return 0 < len(cell) <= _SHORT_CELL and not any(c in _PUNCTUATION or c == " " for c in cell)


def join_cells(cells: list[str]) -> str:
    """The cells of one table row as one line of Chinese text (see the module doc)."""
    parts = [c.strip() for c in cells if c.strip()]
    if not parts:
        return ""
    out = [parts[0]]
    for prev, cell in itertools.pairwise(parts):
        if prev[-1] in _PUNCTUATION:
            out.append(cell)
        elif _is_name(prev) and _is_name(cell):
            out.extend(("、", cell))
        else:
            out.extend((" ", cell))
    return "".join(out)


def _ends_sentence(line: str) -> bool:
    tail = line.rstrip(_CLOSERS)
    return bool(tail) and tail[-1] in _SENTENCE_ENDS


def _plain_lines(plain: str) -> list[str]:
    lines = [join_cells(line.split("\t")) for line in _LINE_BREAKS.split(plain)]
    return [line for line in lines if line]


def _rejoin_wrapped(lines: list[str]) -> list[str]:
    """Join the lines a printed page wrapped (plain text copied from a PDF)."""
    if len(lines) < 2:
        return lines
    longest = max(len(line) for line in lines)
    if longest < _MIN_WRAP_WIDTH:
        return lines
    paragraphs: list[list[str]] = [[lines[0]]]
    for prev, line in itertools.pairwise(lines):
        wrapped = not _ends_sentence(prev) and len(prev) >= _WRAP_RATIO * longest and marker_of(line) is None
        if wrapped:
            if prev[-1].isascii() and prev[-1].isalnum() and line[0].isascii():
                paragraphs[-1].append(" ")
            paragraphs[-1].append(line)
        else:
            paragraphs.append([line])
    return ["".join(parts) for parts in paragraphs]


_BLOCKS = {
    "p",
    "div",
    "li",
    "ul",
    "ol",
    "h1",
    "h2",
    "h3",
    "h4",
    "h5",
    "h6",
    "tr",
    "table",
    "blockquote",
    "section",
    "article",
    "header",
    "footer",
    "pre",
    "dd",
    "dt",
    "dl",
    "title",
    "form",
    "hr",
}
_SKIPPED = {"style", "script", "head", "title", "xml", "template", "noscript"}
_CELLS = {"td", "th"}
_SPACES = re.compile(r"[ \t\r\n\f\u00a0\u3000]+")


class _Blocks(HTMLParser):
    """Collects text as lines; a line is a list of cells (one cell outside tables), a cell a list of
    text pieces (joined once at the end: appending to one growing string would be quadratic)."""

    def __init__(self) -> None:
        super().__init__(convert_charrefs=True)
        self.lines: list[list[str]] = []
        self._cells: list[list[str]] = [[]]
        self._skip = 0
        self._in_cell = 0

    def _last_cell_has_text(self) -> bool:
        return any(piece.strip() for piece in self._cells[-1])

    def _break(self, tag: str = "br") -> None:
        if self._in_cell and tag not in ("tr", "table"):
            self._cells[-1].append(" ")  # paragraphs inside one table cell stay in that cell
            return
        cells = ["".join(pieces) for pieces in self._cells]
        if any(c.strip() for c in cells):
            self.lines.append(cells)
        self._cells = [[]]

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        if tag in _SKIPPED:
            self._skip += 1
        elif tag == "br" or tag in _BLOCKS:
            self._break(tag)
        elif tag in _CELLS:
            self._in_cell += 1
            if self._last_cell_has_text():
                self._cells.append([])

    def handle_startendtag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        if tag in ("br", "hr"):
            self._break(tag)

    def handle_endtag(self, tag: str) -> None:
        if tag in _SKIPPED:
            self._skip = max(0, self._skip - 1)
        elif tag in _BLOCKS:
            self._break(tag)
        elif tag in _CELLS:
            self._in_cell = max(0, self._in_cell - 1)
            self._cells.append([])

    def handle_data(self, data: str) -> None:
        if not self._skip:
            self._cells[-1].append(data)

    def close(self) -> None:
        super().close()
        self._in_cell = 0
        self._break()


def _collapse(text: str) -> str:
    """HTML spacing: runs of blanks become one space, none between two Chinese characters."""
    s = _SPACES.sub(" ", text).strip()
    return re.sub(r"(?<=\S) (?=\S)", lambda m: _space_between(s, m.start()), s)


def _space_between(s: str, at: int) -> str:
    before, after = s[at - 1], s[at + 1]
    if is_han(before) or is_han(after) or before in _PUNCTUATION or after in _PUNCTUATION:
        return ""
    return " "


def html_lines(html: str) -> list[str]:
    """The paragraphs of an HTML fragment (Word, WPS, a web page), one string each."""
    parser = _Blocks()
    parser.feed(html)
    parser.close()
    lines = [join_cells([_collapse(c) for c in cells]) for cells in parser.lines]
    return [line for line in lines if line]


def pasted_text(plain: str, html: str | None = None) -> str:
    """The clipboard's text as paragraphs separated by "\\n" (see the module doc)."""
    if html:
        lines = html_lines(html)
        if lines:
            return "\n".join(lines)
    return "\n".join(_rejoin_wrapped(_plain_lines(plain)))
