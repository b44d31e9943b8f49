"""What font resolution found: the face of a role, the candidates skipped and why, per-role reports.

`RoleReport` feeds `unionbulletin fonts`, the About box and the settings dialog's font table.
"""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path
from typing import Literal

from ..style import FontRole
from .inspection import SkipCode

FontSource = Literal["configured", "system", "bundled", "fallback"]


@dataclass(frozen=True)
class FontFace:
    """One face of one font file; ``official`` means it is one of the official Chinese faces."""

    path: Path
    subfont_index: int
    family: str
    source: FontSource
    official: bool


@dataclass(frozen=True)
class SkippedFont:
    """A configured or official candidate that exists (or was asked for) but cannot be used."""

    path: Path
    code: SkipCode
    reason: str  # user-facing, Chinese


@dataclass(frozen=True)
class RoleReport:
    """What a role resolved to and why better candidates were not used."""

    role: FontRole
    label: str  # 小标宋 / 仿宋 / 黑体 / 楷体 / 宋体
    wanted: str  # the official face name, e.g. 仿宋_GB2312
    face: FontFace
    skipped: tuple[SkippedFont, ...]

    @property
    def warning(self) -> str | None:
        """A one-line Chinese warning when the face is a stand-in, else None."""
        if self.face.official:
            return None
        if self.face.source == "configured":
            return f"所配置的字体 {self.face.family} 不是官方字体“{self.wanted}”"
        where = "随程序附带的" if self.face.source == "bundled" else "系统字体"
        return f"未找到官方字体“{self.wanted}”，使用{where} {self.face.family} 代替"

    def to_dict(self) -> dict[str, object]:
        return {
            "role": self.role.value,
            "label": self.label,
            "wanted": self.wanted,
            "file": str(self.face.path),
            "subfont_index": self.face.subfont_index,
            "family": self.face.family,
            "source": self.face.source,
            "official": self.face.official,
            "warning": self.warning,
            "skipped": [{"file": str(s.path), "code": s.code, "reason": s.reason} for s in self.skipped],
        }
