"""Conventional file names for exported bulletins, e.g. 荆州市总工会2020年8月份工作综述.docx.

The name says who, which month and what: organisation, 年 and 月份 in Arabic digits (as file names
are sorted and searched), and the kind of the summary title (工作综述, or 工作完成情况 when the title
says so). Characters Windows forbids in file names are dropped.
"""

from __future__ import annotations

import re

from .conventions import summary_title
from .model import Bulletin

_FORBIDDEN = re.compile(r'[\\/:*?"<>|\x00-\x1f]')
_KIND = re.compile(r"月份?(工作[^\s]*)$")
DEFAULT_KIND = "工作综述"
MAX_STEM = 120  # well under Windows' 255-character component limit, with room for " (2)"


def summary_kind(b: Bulletin) -> str:
    """工作综述 or what the summary title calls it after the month (工作完成情况, 工作总结 …)."""
    m = _KIND.search(summary_title(b))
    return m.group(1) if m else DEFAULT_KIND


def export_stem(b: Bulletin) -> str:
    """荆州市总工会2020年8月份工作综述 (no suffix)."""
    stem = f"{b.org.strip()}{b.period.year}年{b.period.month}月份{summary_kind(b)}"
    stem = _FORBIDDEN.sub("", stem).strip().rstrip(".")
    return stem[:MAX_STEM] or f"{b.period.year}年{b.period.month}月份{DEFAULT_KIND}"


def export_file_name(b: Bulletin, suffix: str) -> str:
    """The conventional file name with `suffix` (".docx", ".pdf" or without the dot)."""
    return export_stem(b) + "." + suffix.lstrip(".")
