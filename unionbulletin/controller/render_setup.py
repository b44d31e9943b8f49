"""The render setup of the window: the style tokens and the font resolver, built once, followed by all.

app.py builds one `RenderSetup` from the data file's settings and hands it to the preview worker, the
page painters, printing, export and the proofreader. When Settings change the fonts or the layout
options, `apply` rebuilds it and emits `changed`; every consumer reads `style` and `fonts` from here
when it next works (or rebuilds what it derived from them on `changed`), so nothing keeps checking or
drawing with the old face until a restart.

Printing on pre-printed letterhead (套红) is an output option, not a setting of the data file: it
comes from the user's preferences, and `output_style(letterhead=True)` is the style for that paper.
"""

from __future__ import annotations

from dataclasses import replace
from typing import TYPE_CHECKING

from PySide6.QtCore import QObject, Signal

from ..domain import OrgSettings
from ..layout.compose import content_key, layout_bulletin, style_for
from ..layout.fonts import FontResolver, resolver_for_settings

if TYPE_CHECKING:
    from collections.abc import Hashable

    from ..domain import Bulletin
    from ..layout.boxes import Document
    from ..layout.style import Style


class RenderSetup(QObject):
    """Style tokens + font resolver of the open data file, with a `changed` signal.

    The only owner of a font resolver in the window: every consumer reads `fonts` from here.
    """

    changed = Signal()

    def __init__(self, settings: OrgSettings, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._settings = settings
        self._style = style_for(settings)
        self._fonts = resolver_for_settings(settings)

    @property
    def settings(self) -> OrgSettings:
        return self._settings

    @property
    def style(self) -> Style:
        return self._style

    @property
    def fonts(self) -> FontResolver:
        return self._fonts

    def output_style(self, *, letterhead: bool = False) -> Style:
        """The style for printing or a PDF: without masthead name and red rule on letterhead paper."""
        return replace(self._style, letterhead=letterhead) if letterhead else self._style

    def layout(self, bulletin: Bulletin) -> Document:
        """The pages of `bulletin` in the current style."""
        return layout_bulletin(bulletin, self._style)

    def key(self, bulletin: Bulletin) -> Hashable:
        """Equal for bulletins that lay out identically in the current style."""
        return content_key(bulletin, self._style)

    def apply(self, settings: OrgSettings) -> bool:
        """Follow new settings; emits `changed` (and returns True) when the style or the fonts differ."""
        style = style_for(settings)
        fonts_differ = tuple(settings.font_files) != tuple(self._settings.font_files)
        self._settings = settings
        if style == self._style and not fonts_differ:
            return False
        self._style = style
        if fonts_differ:
            self._fonts = resolver_for_settings(settings)
        self.changed.emit()
        return True
