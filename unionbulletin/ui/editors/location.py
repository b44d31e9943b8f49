"""Showing a place of the bulletin in the editor page that holds it.

Each editor page (items, plan, masthead) says whether it `holds` a Location and can `focus_location`
it: select the item or task and the text. The 校对 jump and a click in the preview both go through
`show_location`, so neither reaches into an editor's widgets.
"""

from __future__ import annotations

from typing import Protocol, runtime_checkable

from PySide6.QtWidgets import QTabWidget

from ...checks.finding import Location


@runtime_checkable
class LocationEditor(Protocol):
    """An editor page that can show a place of the bulletin (each editor of ui/editors is one)."""

    def holds(self, loc: Location) -> bool: ...

    def focus_location(self, loc: Location) -> None: ...


def show_location(tabs: QTabWidget, loc: Location) -> bool:
    """Make the page of `tabs` that holds `loc` current and show the place there; False when none does."""
    for index in range(tabs.count()):
        editor = tabs.widget(index)
        if isinstance(editor, LocationEditor) and editor.holds(loc):
            tabs.setCurrentIndex(index)
            editor.focus_location(loc)
            return True
    return False
