"""Characters of PDF pages with their positions (pdfplumber), compared within 0.01 pt.

Used to prove that two PDFs (a single bulletin and its pages in the annual compilation, or a PDF
re-created from a snapshot and the one written at the time) put every glyph at the same place.
"""

from __future__ import annotations

from pathlib import Path

import pdfplumber

TOLERANCE = 0.01  # pt: reportlab writes positions rounded differently when a text origin moves
Char = tuple[str, float, float, float]  # text, x0, top, size


def page_chars(path: Path | bytes) -> list[list[Char]]:
    import io

    source = io.BytesIO(path) if isinstance(path, bytes) else path
    with pdfplumber.open(source) as pdf:
        return [
            [(str(c["text"]), float(c["x0"]), float(c["top"]), float(c["size"])) for c in page.chars]
            for page in pdf.pages
        ]


def _same(a: Char, b: Char) -> bool:
    return (
        a[0] == b[0]
        and abs(a[1] - b[1]) < TOLERANCE
        and abs(a[2] - b[2]) < TOLERANCE
        and abs(a[3] - b[3]) < TOLERANCE
    )


def extra_chars(expected: list[Char], got: list[Char]) -> tuple[list[Char], list[Char]]:
    """(chars of ``expected`` missing from ``got``, chars of ``got`` not in ``expected``), in order."""
    unused = list(got)
    missing: list[Char] = []
    for ch in expected:
        index = next((i for i, g in enumerate(unused) if _same(ch, g)), None)
        if index is None:
            missing.append(ch)
        else:
            del unused[index]
    return missing, unused


def same_pages(a: list[list[Char]], b: list[list[Char]]) -> bool:
    return len(a) == len(b) and all(extra_chars(x, y) == ([], []) for x, y in zip(a, b, strict=True))
