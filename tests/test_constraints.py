"""Reproducible installs: every dependency is pinned in constraints.txt, and the environment the
tests run in is exactly the pinned one (tools/setup-env.sh installs with `pip -c constraints.txt`)."""

from __future__ import annotations

import importlib.metadata
import re
import tomllib
from pathlib import Path

REPO = Path(__file__).resolve().parent.parent


def _canonical(name: str) -> str:
    return re.sub(r"[-_.]+", "-", name).lower()


def _pins() -> dict[str, str]:
    pins: dict[str, str] = {}
    for line in (REPO / "constraints.txt").read_text(encoding="utf-8").splitlines():
        line = line.split("#", 1)[0].strip()
        if line:
            name, _, version = line.partition("==")
            assert version, f"constraints.txt: {line!r} is not pinned with =="
            pins[_canonical(name)] = version
    return pins


def _requirement_names() -> set[str]:
    project = tomllib.loads((REPO / "pyproject.toml").read_text(encoding="utf-8"))["project"]
    requirements = list(project["dependencies"])
    for extra in project["optional-dependencies"].values():
        requirements.extend(extra)
    return {_canonical(re.split(r"[<>=!~;\[ ]", r, maxsplit=1)[0]) for r in requirements}


def test_every_direct_dependency_is_pinned() -> None:
    missing = _requirement_names() - set(_pins())
    assert not missing, f"add to constraints.txt: {sorted(missing)}"


def test_installed_versions_are_the_pinned_ones() -> None:
    wrong = {}
    for name, version in _pins().items():
        try:
            installed = importlib.metadata.version(name)
        except importlib.metadata.PackageNotFoundError:
            continue  # a platform-only or optional package (e.g. Windows-only) not on this machine
        if installed != version:
            wrong[name] = (installed, version)
    assert not wrong, f"installed ≠ constraints.txt: {wrong}"
