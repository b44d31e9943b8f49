"""What an import returns, and the one error it raises (with a Chinese message)."""

from __future__ import annotations

from dataclasses import dataclass

from ..domain.model import Bulletin


@dataclass(frozen=True)
class ImportResult:
    """The recognised bulletin and what the user should check (Chinese sentences)."""

    bulletin: Bulletin
    warnings: tuple[str, ...] = ()


class ImportError_(Exception):  # the trailing underscore keeps clear of the builtin ImportError
    """The file cannot be imported; `str(exc)` is a Chinese message for the user."""
