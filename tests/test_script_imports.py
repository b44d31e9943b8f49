"""The benchmarks and tools import only what the package still has.

They are not imported by the suite (the benchmarks run for minutes), so a renamed or removed module
(as `pyside_workaround` was) broke them silently. Every `from unionbulletin… import names` and
`import unionbulletin…` in their text, the child-process programs kept in strings included, is
resolved here without running them.
"""

from __future__ import annotations

import importlib
import re
from pathlib import Path

import pytest

REPO = Path(__file__).resolve().parent.parent
SCRIPTS = sorted([*REPO.glob("benchmarks/*.py"), REPO / "benchmarks" / "run", *REPO.glob("tools/*.py")])
_FROM = re.compile(r"^\s*from\s+(unionbulletin(?:\.\w+)*)\s+import\s+(?:\(([^)]*)\)|([\w ,]+))", re.M)
_IMPORT = re.compile(r"^\s*import\s+(unionbulletin(?:\.\w+)*)\s*(?:#.*)?$", re.M)


def _references(text: str) -> list[tuple[str, list[str]]]:
    found = []
    for m in _FROM.finditer(text):
        listed = re.sub(r"#.*", "", m.group(2) or m.group(3))
        names = [n.split(" as ")[0].strip() for n in listed.replace("\n", ",").split(",")]
        found.append((m.group(1), [n for n in names if n]))
    return found + [(m.group(1), []) for m in _IMPORT.finditer(text)]


def test_the_pattern_sees_both_forms() -> None:
    text = "x = 1\n    from unionbulletin.app import (a,\n b)  # c\nimport unionbulletin.cli\n"
    assert _references(text) == [("unionbulletin.app", ["a", "b"]), ("unionbulletin.cli", [])]


@pytest.mark.parametrize("script", SCRIPTS, ids=lambda p: p.relative_to(REPO).as_posix())
def test_script_imports_exist(script: Path) -> None:
    for module_name, names in _references(script.read_text(encoding="utf-8")):
        module = importlib.import_module(module_name)
        missing = [
            n
            for n in names
            if n != "*" and not hasattr(module, n) and importlib.util.find_spec(f"{module_name}.{n}") is None
        ]
        assert missing == [], f"{script.name}: {module_name} has no {missing}"
