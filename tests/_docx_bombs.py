"""Hostile DOCX files built on the spot (shared by tests/test_import_bounds.py and the benchmark)."""

from __future__ import annotations

import zipfile
from collections.abc import Iterable
from pathlib import Path

from docx import Document

_HEAD = (
    b'<?xml version="1.0" encoding="UTF-8" standalone="yes"?>'
    b'<w:document xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main"><w:body>'
)
_FOOT = b"</w:body></w:document>"


def _with_document_xml(path: Path, chunks: Iterable[bytes], level: int = 6) -> Path:
    """A real python-docx file whose word/document.xml is replaced by ``_HEAD + chunks + _FOOT``."""
    base = path.with_suffix(".base.docx")
    Document().save(str(base))
    target = zipfile.ZipFile(path, "w", zipfile.ZIP_DEFLATED, compresslevel=level)
    with zipfile.ZipFile(base) as src, target as out:
        for info in src.infolist():
            if info.filename != "word/document.xml":
                out.writestr(info, src.read(info))
        with out.open("word/document.xml", "w", force_zip64=True) as stream:
            stream.write(_HEAD)
            for chunk in chunks:
                stream.write(chunk)
            stream.write(_FOOT)
    base.unlink()
    return path


def expansion_bomb(path: Path, mib: int) -> Path:
    """word/document.xml of ``mib`` MiB of blanks inside one paragraph (1 GiB zips to about 1 MB)."""
    block = b" " * (1 << 20)
    return _with_document_xml(path, (block for _ in range(mib)), level=9)


def paragraph_flood(path: Path, count: int) -> Path:
    """``count`` one-character paragraphs (2,000,000 zip to about 0.5 MB)."""
    para = b"<w:p><w:r><w:t>x</w:t></w:r></w:p>"
    batch = 10_000
    chunks = (para * min(batch, count - i) for i in range(0, count, batch))
    return _with_document_xml(path, chunks, level=9)


def numbered_items(path: Path, count: int) -> Path:
    """A plain document of ``count`` items 一、… (more than the limit allows)."""
    from unionbulletin.domain.conventions import chinese_numeral

    document = Document()
    document.add_paragraph("荆州市总工会八月份工作综述")
    for n in range(1, count + 1):
        document.add_paragraph(f"{chinese_numeral(min(n, 999))}、第{n}件事。内容。")
    document.save(str(path))
    return path
