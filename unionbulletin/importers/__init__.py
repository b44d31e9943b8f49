"""Importers: plain text and DOCX bulletins to the domain model, with PDF-artefact clean-up.

`import_file` dispatches on the file suffix: `.docx` (python-docx), `.json` (exchange JSON), and
anything else is read as text (UTF-8, UTF-8 with BOM, UTF-16 with BOM or GB18030). Every import
returns the bulletin and a tuple of Chinese warnings naming what the user should check; a file that
cannot be imported raises `ImportError_` with a Chinese message.
"""

from __future__ import annotations

import json
from pathlib import Path

from ..domain.exchange import ExchangeError, from_exchange
from ..domain.model import OrgSettings
from ..os_errors import reason
from .encoding import decode_text
from .result import ImportError_, ImportResult
from .text import import_text

MAX_FILE_BYTES = 20 * 1024 * 1024

_UNSUPPORTED = {
    ".doc": "旧版 Word 文档（.doc）无法直接导入，请在 Word 或 WPS 中“另存为” .docx 后再导入。",
    ".wps": "WPS 文字文档（.wps）无法直接导入，请在 WPS 中“另存为” .docx 后再导入。",
    ".pdf": "PDF 文件无法直接导入：请在 PDF 阅读器中全选并复制文字，粘贴到记事本保存为 .txt 后再导入"
    "（复制时产生的乱码会自动修正）。",
    ".odt": "OpenDocument 文档（.odt）无法直接导入，请另存为 .docx 后再导入。",
    ".rtf": "RTF 文档无法直接导入，请另存为 .docx 或 .txt 后再导入。",
}


def import_file(path: Path, defaults: OrgSettings) -> ImportResult:
    """Read `path` and recognise a bulletin; raises ImportError_ with a Chinese message."""
    suffix = path.suffix.lower()
    if suffix in _UNSUPPORTED:
        raise ImportError_(_UNSUPPORTED[suffix])
    try:
        size = path.stat().st_size
    except OSError as exc:
        raise ImportError_(f"无法读取文件：{reason(exc)}") from exc
    if size > MAX_FILE_BYTES:
        raise ImportError_(
            f"文件太大（{size / 1024 / 1024:.0f} MB），一期简报不会超过 "
            f"{MAX_FILE_BYTES // 1024 // 1024} MB，请确认选择的文件是否正确。"
        )
    if suffix in (".docx", ".docm", ".dotx"):
        from .docx_reader import import_docx

        return import_docx(path, defaults)
    try:
        data = path.read_bytes()
    except OSError as exc:
        raise ImportError_(f"无法读取文件：{reason(exc)}") from exc
    if suffix == ".json":
        return import_exchange(data)
    return import_bytes(data, defaults, source_name=path.name)


def import_bytes(data: bytes, defaults: OrgSettings, *, source_name: str = "") -> ImportResult:
    """A text file's bytes: decode (see `encoding`), clean up and recognise."""
    text, _encoding, warnings = decode_text(data)
    result = import_text(text, defaults, source_name=source_name)
    if warnings:
        result = ImportResult(result.bulletin, warnings + result.warnings)
    return result


def import_exchange(data: bytes) -> ImportResult:
    """Exchange JSON (utf-8, BOM allowed); invalid JSON or content lists every problem."""
    try:
        raw = json.loads(data.decode("utf-8-sig"))
    except UnicodeDecodeError as exc:
        raise ImportError_(f"交换文件不是 UTF-8 编码（第 {exc.start + 1} 个字节无效）。") from exc
    except json.JSONDecodeError as exc:
        raise ImportError_(f"不是有效的 JSON 文件：第 {exc.lineno} 行第 {exc.colno} 列，{exc.msg}。") from exc
    try:
        bulletin = from_exchange(raw)
    except ExchangeError as exc:
        lines = [f"{where}：{msg}" if where else msg for where, msg in exc.problems]
        raise ImportError_("交换文件内容有误：\n" + "\n".join(lines)) from exc
    return ImportResult(bulletin=bulletin, warnings=())


__all__ = ["ImportError_", "ImportResult", "import_bytes", "import_exchange", "import_file", "import_text"]
