"""Read one exchange JSON file (product.md §6) into a bulletin, with every problem in Chinese.

Used by `import_file` for `.json`; raises `ExchangeError` (domain/exchange.py) for unreadable bytes,
bad JSON syntax and each invalid field alike, so callers handle one exception type.
"""

from __future__ import annotations

import json
from pathlib import Path

from ..domain import Bulletin
from ..domain.exchange import ExchangeError, from_exchange


def read_exchange_file(path: Path) -> Bulletin:
    """The bulletin in `path`; ExchangeError listing every problem otherwise."""
    try:
        raw = Path(path).read_bytes()
    except OSError as exc:
        raise ExchangeError([("", f"无法读取文件：{exc.strerror or exc}")]) from exc
    try:
        text = raw.decode("utf-8-sig")
    except UnicodeDecodeError as exc:
        raise ExchangeError([("", f"不是 UTF-8 文本（第 {exc.start + 1} 个字节无法解码）")]) from exc
    if not text.strip():
        raise ExchangeError([("", "文件是空的")])
    try:
        data = json.loads(text)
    except json.JSONDecodeError as exc:
        where = f"第 {exc.lineno} 行第 {exc.colno} 列"
        raise ExchangeError([("", f"JSON 格式错误：{where}（{exc.msg}）")]) from exc
    return from_exchange(data)
