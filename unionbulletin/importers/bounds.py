"""Bounds of an import (issue 12, finding 8): what is checked before a file is read in full.

A DOCX is a zip: a 1 MB file can expand to gigabytes of XML (a "zip bomb"), and a 481 KB file can
hold two million paragraphs. Before python-docx sees the file, every member's declared size and
compression ratio are checked, and the XML parts are streamed once (read in chunks, never more than
the declared size) to count paragraphs and tags, so a refusal costs a few megabytes of memory.
After recognition, the counts of items, tasks and sub-points are held to ``domain.limits``.
"""

from __future__ import annotations

import re
import zipfile
from pathlib import Path

from ..domain import limits
from ..domain.model import Bulletin
from .result import ImportError_

MIB = 1024 * 1024
# A Word XML part compresses about 5-20 times; a bomb a thousand times and more.
MAX_RATIO = 200
RATIO_FLOOR = MIB  # members smaller than this are never a memory risk
# Tags in all XML parts together: real bulletins have 20-60 per paragraph.
MAX_TAGS = limits.IMPORT_PARAGRAPHS.value * 50
_CHUNK = 1 << 16
_PARAGRAPH = re.compile(rb"<(?:[A-Za-z_][\w.-]{0,20}:)?p[\s/>]")
_TAG = re.compile(rb"<[A-Za-z_]")
_OVERLAP = 64  # bytes kept between chunks so a tag split across two chunks is counted once

_BOMB = "不是正常的 Word 文档：其中的“{name}”解压后是压缩前的 {ratio:.0f} 倍，可能是恶意构造的文件，未导入。"


def check_docx_archive(path: Path) -> None:
    """Refuse a DOCX whose expanded content or paragraph count is beyond the limits."""
    try:
        archive = zipfile.ZipFile(path)
    except (zipfile.BadZipFile, OSError, ValueError):
        return  # python-docx reports a damaged file in its own words
    with archive:
        members = archive.infolist()
        expanded = sum(m.file_size for m in members)
        if expanded > limits.DOCX_EXPANDED_MB.value * MIB:
            raise ImportError_(limits.DOCX_EXPANDED_MB.exceeded(round(expanded / MIB)))
        xml = sum(m.file_size for m in members if _is_xml(m))
        if xml > limits.DOCX_XML_MB.value * MIB:
            raise ImportError_(limits.DOCX_XML_MB.exceeded(round(xml / MIB)))
        for m in members:
            if m.file_size > RATIO_FLOOR and m.file_size > MAX_RATIO * max(m.compress_size, 1):
                raise ImportError_(_BOMB.format(name=m.filename, ratio=m.file_size / max(m.compress_size, 1)))
        paragraphs = tags = 0
        for m in members:
            if not _is_xml(m):
                continue
            p, t = _count(archive, m)
            paragraphs, tags = paragraphs + p, tags + t
            if paragraphs > limits.IMPORT_PARAGRAPHS.value:
                raise ImportError_(_too_many_paragraphs(paragraphs))
            if tags > MAX_TAGS:
                raise ImportError_(f"Word 文档的排版标记超过 {MAX_TAGS} 个，不像一期简报，未导入。")


def _is_xml(member: zipfile.ZipInfo) -> bool:
    return member.filename.lower().endswith((".xml", ".rels"))


def check_text_size(paragraphs: list[str]) -> None:
    """Refuse text longer than a bulletin can be, before it is recognised."""
    chars = sum(len(p) for p in paragraphs)
    if chars > limits.BULLETIN_CHARS.value:
        raise ImportError_(limits.BULLETIN_CHARS.exceeded(chars) + "请检查导入的文件。")
    if len(paragraphs) > limits.IMPORT_PARAGRAPHS.value:
        raise ImportError_(limits.IMPORT_PARAGRAPHS.exceeded(len(paragraphs)) + "请检查导入的文件。")


def _too_many_paragraphs(counted: int) -> str:
    return f"{limits.IMPORT_PARAGRAPHS.message()}这个 Word 文档至少有 {counted} 段，未导入。"


def _count(archive: zipfile.ZipFile, member: zipfile.ZipInfo) -> tuple[int, int]:
    """Paragraph and tag starts in one member, streamed; never reads past its declared size."""
    paragraphs = tags = 0
    left = member.file_size
    tail = b""
    try:
        with archive.open(member) as stream:
            while left > 0:
                chunk = stream.read(min(_CHUNK, left))
                if not chunk:
                    break
                left -= len(chunk)
                data = tail + chunk
                # A match that ends inside the overlap was counted with the previous chunk.
                start = len(tail)
                paragraphs += sum(1 for x in _PARAGRAPH.finditer(data) if x.end() > start)
                tags += sum(1 for x in _TAG.finditer(data) if x.end() > start)
                tail = data[-_OVERLAP:]
                if paragraphs > limits.IMPORT_PARAGRAPHS.value or tags > MAX_TAGS:
                    break
    except (zipfile.BadZipFile, OSError, EOFError, RuntimeError, NotImplementedError):
        return 0, 0  # damaged or encrypted: python-docx refuses it next
    return paragraphs, tags


def check_counts(bulletin: Bulletin) -> None:
    """Refuse an imported bulletin with more items, tasks or sub-points than the limits allow."""
    items = bulletin.summary.items
    if len(items) > limits.ITEMS.value:
        raise ImportError_(limits.ITEMS.exceeded(len(items)) + "请检查导入的文件。")
    tasks = bulletin.plan.tasks if bulletin.plan is not None else ()
    if len(tasks) > limits.TASKS.value:
        raise ImportError_(limits.TASKS.exceeded(len(tasks)) + "请检查导入的文件。")
    for n, item in enumerate(items, 1):
        if len(item.subpoints) > limits.SUBPOINTS.value:
            raise ImportError_(f"第{n}条：{limits.SUBPOINTS.exceeded(len(item.subpoints))}请检查导入的文件。")
