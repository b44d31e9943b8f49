"""Layering rules that import-linter cannot express (it sees whole external packages only).

Only `render/qt`, `controller`, `ui` and `app` may import PySide6; only `ui` and `app` may import
QtWidgets. `lint-imports` (run by the test command) checks the rest.
"""

from __future__ import annotations

import ast
from pathlib import Path

import pytest

PACKAGE = Path(__file__).resolve().parent.parent / "unionbulletin"


def _imports(path: Path) -> set[str]:
    tree = ast.parse(path.read_text(encoding="utf-8"))
    names: set[str] = set()
    for node in ast.walk(tree):
        if isinstance(node, ast.Import):
            names.update(alias.name for alias in node.names)
        elif isinstance(node, ast.ImportFrom) and node.module and node.level == 0:
            names.add(node.module)
            names.update(f"{node.module}.{alias.name}" for alias in node.names)
    return names


def _modules() -> list[tuple[str, Path]]:
    return [(p.relative_to(PACKAGE).as_posix(), p) for p in sorted(PACKAGE.rglob("*.py"))]


def test_package_has_modules() -> None:
    assert len(_modules()) > 10


@pytest.mark.slow
def test_only_qt_layers_import_pyside() -> None:
    allowed = ("render/qt", "controller/", "ui/", "app.py")
    offenders = [
        rel
        for rel, path in _modules()
        if any(n.split(".")[0] == "PySide6" for n in _imports(path)) and not rel.startswith(allowed)
    ]
    assert offenders == []


@pytest.mark.slow
def test_only_ui_imports_widgets() -> None:
    offenders = [
        rel
        for rel, path in _modules()
        if any(n.startswith("PySide6.QtWidgets") for n in _imports(path))
        and not rel.startswith(("ui/", "app.py"))
    ]
    assert offenders == []


def test_checker_sees_a_violation(tmp_path: Path) -> None:
    bad = tmp_path / "bad.py"
    bad.write_text("from PySide6.QtWidgets import QWidget\n", encoding="utf-8")
    assert "PySide6.QtWidgets.QWidget" in _imports(bad)
