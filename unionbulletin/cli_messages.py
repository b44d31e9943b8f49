"""argparse's own messages in Chinese (用法、错误…) for the command line.

argparse looks its texts up through `gettext` at the moment it prints them (`argparse._`), so a
lookup table installed before parsing turns "error: the following arguments are required: id" into
"错误：缺少参数：id". Texts not in the table stay as argparse wrote them.
"""

from __future__ import annotations

import argparse

CHINESE = {
    "usage: ": "用法：",
    "%(prog)s: error: %(message)s\n": "%(prog)s：错误：%(message)s\n",
    "argument %(argument_name)s: %(message)s": "参数 %(argument_name)s：%(message)s",
    "the following arguments are required: %s": "缺少参数：%s",
    "one of the arguments %s is required": "需要以下参数之一：%s",
    "unrecognized arguments: %s": "无法识别的参数：%s",
    "not allowed with argument %s": "不能与参数 %s 同时使用",
    "expected one argument": "后面应有一个值",
    "expected at most one argument": "后面最多有一个值",
    "expected at least one argument": "后面至少要有一个值",
    "ambiguous option: %(option)s could match %(matches)s": "选项 %(option)s 有歧义，可能是 %(matches)s",
    "invalid %(type)s value: %(value)r": "%(value)r 不是有效的值（应为 %(type)s）",
    "invalid choice: %(value)r (choose from %(choices)s)": "没有 %(value)r 这一项（可选：%(choices)s）",
    "positional arguments": "位置参数",
    "options": "选项",
    "show this help message and exit": "显示本帮助并退出",
    "show program's version number and exit": "显示版本号并退出",
    "ignored explicit argument %r": "多余的值 %r",
    "can't open '%(filename)s': %(error)s": "无法打开“%(filename)s”：%(error)s",
}


def chinese(text: str) -> str:
    return CHINESE.get(text, text)


def install() -> None:
    """Make argparse speak Chinese in this process (the command line is the whole process)."""
    argparse._ = chinese  # type: ignore[attr-defined]
