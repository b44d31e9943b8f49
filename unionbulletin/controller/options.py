"""A typed option (key, type, default) and reading it from a QSettings without PySide6's surprises.

`QSettings.value(key, default, type=...)` converts what it finds, but a damaged value does not fall
back to the default: "abc" read as int gives 0, as float 0.0, as bool True (any string but "",
"0" and "false"); a list read as str gives "". So `read` first checks that the stored value parses
as the option's type and only then lets Qt convert it; anything else, a missing key included,
gives the default. Lists are not offered: an .ini file gives a one-element list back as a plain
string and an empty list as `@Invalid()`.
"""

from __future__ import annotations

import math
import re
from collections.abc import Sequence
from dataclasses import dataclass
from typing import Generic, TypeVar, cast

from PySide6.QtCore import QSettings

T = TypeVar("T", bool, int, float, str)

_INTEGER = re.compile(r"\s*[+-]?\d+\s*")
_BOOLEANS = ("true", "false", "1", "0")


@dataclass(frozen=True)
class Option(Generic[T]):
    """One stored value: its QSettings key, its Python type, what it is when unset or damaged."""

    key: str
    type: type[T]
    default: T
    choices: Sequence[T] = ()  # when given, any other value reads as the default
    bounds: tuple[T, T] | None = None  # numbers: a value outside is brought to the nearest bound

    def read(self, qsettings: QSettings) -> T:
        raw = qsettings.value(self.key)
        if raw is None or not _parses(raw, self.type):
            return self.default
        value = cast(T, qsettings.value(self.key, self.default, type=self.type))
        if self.choices and value not in self.choices:
            return self.default
        if self.bounds is not None:
            low, high = self.bounds
            value = min(max(value, low), high)
        return value

    def write(self, qsettings: QSettings, value: T) -> None:
        if self.choices and value not in self.choices:
            return
        qsettings.setValue(self.key, self.type(value))


def _parses(raw: object, kind: type) -> bool:
    """Whether a stored value is one that Qt converts to `kind` faithfully."""
    if kind is bool:
        return isinstance(raw, bool) or (isinstance(raw, str) and raw.strip().lower() in _BOOLEANS)
    if kind is int:
        if isinstance(raw, bool):
            return False
        return isinstance(raw, int) or (isinstance(raw, str) and _INTEGER.fullmatch(raw) is not None)
    if kind is float:
        if isinstance(raw, bool) or not isinstance(raw, int | float | str):
            return False
        try:
            return math.isfinite(float(raw))
        except ValueError:
            return False
    return isinstance(raw, str)
