"""Decoding a text file of unknown encoding: UTF-8 (with or without BOM), UTF-16 with BOM, GB18030.

Chinese Windows editors save GBK/GB18030 ("ANSI"), UTF-8 with a BOM, or UTF-16 ("Unicode"). Strict
UTF-8 is tried first (GBK text is almost never valid UTF-8), then strict GB18030, a superset of GBK
and GB2312. No guessing library is needed.
"""

from __future__ import annotations

import codecs

from .result import ImportError_


def decode_text(data: bytes) -> tuple[str, str, tuple[str, ...]]:
    """(text, encoding name, warnings). Raises ImportError_ for data that is not text at all."""
    if data.startswith(codecs.BOM_UTF8):
        return _decode(data[len(codecs.BOM_UTF8) :], "utf-8", "UTF-8（带 BOM）")
    if data.startswith((codecs.BOM_UTF16_LE, codecs.BOM_UTF16_BE)):
        return _decode(data, "utf-16", "UTF-16")
    if b"\x00" in data[:65536]:
        raise ImportError_("文件中含有二进制数据，不是纯文本文件。请导入 .txt、.docx 或交换 .json 文件。")
    try:
        return data.decode("utf-8"), "UTF-8", ()
    except UnicodeDecodeError:
        pass
    try:
        return data.decode("gb18030"), "GB18030", ()
    except UnicodeDecodeError:
        pass
    as_utf8 = data.decode("utf-8", errors="replace")
    as_gb = data.decode("gb18030", errors="replace")
    if as_utf8.count("\ufffd") <= as_gb.count("\ufffd"):
        text, name = as_utf8, "UTF-8"
    else:
        text, name = as_gb, "GB18030"
    bad = text.count("\ufffd")
    return (
        text,
        name,
        (
            f"文件编码无法确定（既不是有效的 UTF-8 也不是 GB18030），按 {name} 读取，"
            f"有 {bad} 处无法识别的字节已用“\ufffd”代替，请核对。",
        ),
    )


def _decode(data: bytes, codec: str, label: str) -> tuple[str, str, tuple[str, ...]]:
    try:
        return data.decode(codec), label, ()
    except UnicodeDecodeError:
        text = data.decode(codec, errors="replace")
        bad = text.count("\ufffd")
        return text, label, (f"文件声明为 {label} 编码，但有 {bad} 处字节无效，已用“\ufffd”代替，请核对。",)
