"""Lines of text read back from a PDF (pdfplumber), for comparing the program's PDF with LibreOffice's
rendering of the DOCX: characters grouped by baseline and size, in reading order."""

from __future__ import annotations

import difflib
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import pdfplumber

BODY_SIZE = 16
TITLE_SIZE = 22
BLOCK_LEFT = 79.37
BLOCK_RIGHT = 521.58
# Zero-width characters LibreOffice writes into its text layer (the DOCX's U+200B at Chinese/Latin
# boundaries): not drawn, not part of a line's text.
INVISIBLE = frozenset("\u200b\u200c\u200d\u2060")


@dataclass(frozen=True)
class PdfLine:
    page: int  # 1-based
    baseline: float  # from the page top
    size: int
    text: str
    xs: tuple[float, ...]  # x0 of each character
    x1: float  # right end of the last character


def pdf_pages(path: Path) -> list[list[PdfLine]]:
    pages: list[list[PdfLine]] = []
    with pdfplumber.open(path) as pdf:
        for number, page in enumerate(pdf.pages, start=1):
            rows: list[tuple[float, int, list[dict[str, Any]]]] = []
            for ch in page.chars:
                if str(ch["text"]).isspace() or ch["text"] in INVISIBLE:
                    continue
                base = float(page.height) - float(ch["matrix"][5])
                size = round(float(ch["size"]))
                row = next((r for r in rows if abs(r[0] - base) < 1.0 and r[1] == size), None)
                if row is None:
                    rows.append((base, size, [ch]))
                else:
                    row[2].append(ch)
            lines = []
            for base, size, chars in sorted(rows, key=lambda r: r[0]):
                chars.sort(key=lambda c: float(c["x0"]))
                lines.append(
                    PdfLine(
                        number,
                        round(base, 1),
                        size,
                        "".join(str(c["text"]) for c in chars),
                        tuple(float(c["x0"]) for c in chars),
                        max(float(c["x1"]) for c in chars),
                    )
                )
            pages.append(lines)
    return pages


def flow_lines(pages: list[list[PdfLine]]) -> list[PdfLine]:
    """Title and body lines from the first title on: no masthead, no 报尾 or page numbers (14 pt)."""
    out: list[PdfLine] = []
    started = False
    for lines in pages:
        for line in lines:
            started = started or line.size == TITLE_SIZE
            if started and line.size in (BODY_SIZE, TITLE_SIZE):
                out.append(line)
    return out


def body_lines(pages: list[list[PdfLine]]) -> list[PdfLine]:
    return [line for line in flow_lines(pages) if line.size == BODY_SIZE]


def same_breaks(reference: list[PdfLine], other: list[PdfLine]) -> tuple[int, list[tuple[str, str]]]:
    """How many reference lines have an identical line in ``other`` (in order), and the differences."""
    a = [line.text for line in reference]
    b = [line.text for line in other]
    matcher = difflib.SequenceMatcher(None, a, b, autojunk=False)
    matched = sum(block.size for block in matcher.get_matching_blocks())
    diffs = []
    for tag, i1, i2, j1, j2 in matcher.get_opcodes():
        if tag != "equal":
            diffs.append(("|".join(a[i1:i2]), "|".join(b[j1:j2])))
    return matched, diffs
