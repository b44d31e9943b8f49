"""What a proofreading rule reports: a `Finding` at a `Location`, with an optional safe `Fix`.

Offsets count Unicode code points from 0 in the field's stored text (a Python ``str`` index); the
text output shows them 1-based ("第15字"), as a reader counts characters.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any, Literal

Severity = Literal["error", "warning", "hint"]
Section = Literal["summary", "plan", "meta", "distribution"]

SEVERITY_LABELS: dict[str, str] = {"error": "错误", "warning": "警告", "hint": "提示"}
SEVERITY_ORDER: dict[str, int] = {"error": 0, "warning": 1, "hint": 2}

# Field ids (English, stable) and how they are named to the user.
FIELD_LABELS: dict[str, str] = {
    "title": "标题",
    "heading": "首句",
    "body": "正文",
    "subpoint_heading": "首句",
    "subpoint_body": "正文",
    "content": "任务",
    "leaders": "责任领导",
    "departments": "责任部室",
    "deadline": "完成时限",
    "org": "发文单位",
    "series": "简报名称",
    "editor": "责任编辑",
    "phone": "联系电话",
    "date": "日期",
    "font": "字体",
    "report_to": "报",
    "copy_to": "送",
    "send_to": "发",
}

# Fields whose text is one entry of a list (the entry number is `Location.sub`).
LIST_FIELDS = frozenset({"leaders", "departments", "report_to", "copy_to", "send_to"})


@dataclass(frozen=True)
class Location:
    """Where a finding is.

    `number` is the 1-based item (summary) or task (plan) number and `ident` its stable id; `sub` is
    the 1-based sub-point number for ``subpoint_*`` fields or the 1-based entry number for list
    fields; `offset`/`length` delimit the offending text `text` inside the field (None: the field as
    a whole).
    """

    section: Section
    field: str
    number: int | None = None
    ident: str | None = None
    sub: int | None = None
    offset: int | None = None
    length: int = 0
    text: str = ""

    def to_json(self) -> dict[str, Any]:
        # No `ident`: item and task ids exist only while the bulletin is in memory (a new one at every
        # load), so `check --json` would differ from run to run; section, number and field name the place.
        return {
            "section": self.section,
            "number": self.number,
            "field": self.field,
            "sub": self.sub,
            "offset": self.offset,
            "length": self.length,
            "text": self.text,
        }

    def describe(self) -> str:
        """The place in words: 第3条 正文 第15字 / 安排第2项 责任领导 / 工作综述标题."""
        parts: list[str] = []
        field_label = FIELD_LABELS.get(self.field, self.field)
        if self.section == "summary":
            if self.number is None:
                parts.append("工作综述" + field_label)
            else:
                parts.append(f"第{self.number}条")
                if self.field.startswith("subpoint_") and self.sub is not None:
                    parts.append(f"第{self.sub}小点{field_label}")
                else:
                    parts.append(field_label)
        elif self.section == "plan":
            if self.number is None:
                parts.append("工作安排" + field_label)
            else:
                parts.append(f"安排第{self.number}项")
                parts.append(field_label)
        else:
            parts.append(field_label)
        if self.field in LIST_FIELDS and self.sub is not None:
            parts[-1] += f"第{self.sub}个"
        if self.offset is not None:
            parts.append(f"第{self.offset + 1}字")
        return " ".join(parts)


@dataclass(frozen=True)
class Fix:
    """A safe correction of the finding's field.

    With `offset` set, `length` characters at `offset` become `replacement`, and `expected` holds
    the characters that must be there (so a fix never lands on text edited since the check). With
    `offset` None the whole field becomes `replacement` and `expected` is the whole old text.
    """

    replacement: str
    offset: int | None
    length: int
    expected: str
    label: str  # Chinese, e.g. 改为“截至目前”

    def to_json(self) -> dict[str, Any]:
        return {
            "offset": self.offset,
            "length": self.length,
            "replacement": self.replacement,
            "label": self.label,
        }


@dataclass(frozen=True)
class Finding:
    rule: str
    severity: Severity
    message: str  # Chinese
    location: Location
    fix: Fix | None = None

    @property
    def key(self) -> str:
        """Identifies this finding across re-checks of an edited bulletin (for "ignore").

        Made of the rule, the item/task id (or the section), the field, the entry and the offending
        text, but not the offset: typing elsewhere in the field does not revive an ignored finding.
        """
        loc = self.location
        where = loc.ident or loc.section
        return f"{self.rule}|{where}|{loc.field}|{loc.sub or ''}|{loc.text}"

    def to_json(self) -> dict[str, Any]:
        return {
            "rule": self.rule,
            "severity": self.severity,
            "message": self.message,
            "location": self.location.to_json(),
            "fix": self.fix.to_json() if self.fix else None,
        }

    def to_line(self) -> str:
        """One line of text output: 错误 第8条 正文 第40字：“截止目前”应为“截至目前”"""
        line = f"{SEVERITY_LABELS[self.severity]} {self.location.describe()}：{self.message}"
        if self.fix is not None:
            line += f"（可修正：{self.fix.label}）"
        return line
