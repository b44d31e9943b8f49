"""Every size a user can reach, stated once, with the Chinese sentence that names it.

The limits come from what an official monthly bulletin can be, with a wide margin: the longest real
issues have about 20 items, 15 tasks and 20 pages; a secretary who reaches a limit has almost surely
pasted something by mistake. Each number is enforced where text enters the model (editors, paste,
import, exchange JSON, settings) and again before every save, so the data file can never hold more.
The numerals 一、 and （一） cover every allowed count (`chinese_numeral` goes to 999).
"""

from __future__ import annotations

from dataclasses import dataclass


@dataclass(frozen=True)
class Limit:
    """A bound on a count or a length, with the noun the message uses for it."""

    value: int
    what: str  # Chinese noun phrase: "工作综述的条目", "标题的字数" …
    unit: str  # Chinese measure word: "条", "个字" …

    def message(self) -> str:
        return f"{self.what}最多 {self.value} {self.unit}。"

    def exceeded(self, actual: int) -> str:
        return f"{self.what}有 {actual} {self.unit}，超过了上限 {self.value} {self.unit}。"


# Counts in one bulletin
ITEMS = Limit(99, "工作综述的条目", "条")
SUBPOINTS = Limit(30, "一个条目中的小点", "个")
TASKS = Limit(99, "工作安排的任务", "项")
RECIPIENTS = Limit(60, "报、送、发中每一栏的单位", "个")
NAMES_PER_FIELD = Limit(30, "一个任务的责任领导或责任部室", "个")
PARAGRAPHS_PER_BODY = Limit(200, "一段正文中的段落", "段")

# Lengths of text, in characters
TITLE_CHARS = Limit(100, "标题", "个字")  # titles, masthead name, organisation
LINE_CHARS = Limit(200, "单行内容", "个字")  # names, deadline, editor, phone, one recipient
LEAD_CHARS = Limit(1_000, "导语（首句）", "个字")
BODY_CHARS = Limit(30_000, "一个条目的正文", "个字")  # about 35 printed pages
TASK_CHARS = Limit(2_000, "一项任务的内容", "个字")
BULLETIN_CHARS = Limit(300_000, "一期简报的全部文字", "个字")

# The data file and imports
BULLETINS_PER_FILE = Limit(2_000, "一个数据文件中的简报", "期")
ISSUE_NUMBER = Limit(9_999, "期号", "")
IMPORT_FILE_MB = Limit(20, "导入的文件", "MB")
DOCX_EXPANDED_MB = Limit(100, "Word 文件解压后的内容", "MB")
DOCX_XML_MB = Limit(40, "Word 文件中的文字和排版部分（解压后）", "MB")  # parsed in memory: about 5 × this
IMPORT_PARAGRAPHS = Limit(20_000, "导入文件中的段落", "段")
