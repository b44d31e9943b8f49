"""No two modules of the program share a name (issue 14): `domain/text.py` beside `importers/text.py`,
`checks/fields.py` beside `ui/fields.py` and `controller/workflow.py` beside `ui/workflow.py` did
different things under one name, so a search or a traceback pointed at the wrong one."""

from __future__ import annotations

from collections import defaultdict
from pathlib import Path

PACKAGE = Path(__file__).resolve().parent.parent / "unionbulletin"


def test_module_names_are_unique_across_the_package() -> None:
    places: dict[str, list[str]] = defaultdict(list)
    for path in PACKAGE.rglob("*.py"):
        if path.name not in ("__init__.py", "__main__.py"):
            places[path.stem].append(path.relative_to(PACKAGE).as_posix())
    assert {name: where for name, where in places.items() if len(where) > 1} == {}


def test_the_domain_keeps_no_import_structure() -> None:
    """Re-joining printed lines (markers, field labels, titles, 报/发 lines) is the importers' job."""
    from unionbulletin.domain import text_cleanup
    from unionbulletin.importers import paragraphs

    for name in (
        "join_printed_lines",
        "starts_paragraph",
        "ends_paragraph",
        "is_section_title",
        "FIELD_RE",
        "DISTRIBUTION_RE",
    ):
        assert not hasattr(text_cleanup, name), name
        assert hasattr(paragraphs, name), name
    assert text_cleanup.clean_text("一、甲\n乙") == "一、甲\n乙"  # the editors' clean-up keeps lines
    assert paragraphs.imported_paragraphs("一、甲\n乙") == ["一、甲乙"]  # the importer re-joins them
