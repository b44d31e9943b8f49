"""Fonts for the layout and the outputs, split by job (the public names are re-exported here).

* `catalogue`: the official and bundled files per role, the font folders, the fontconfig file;
* `inspection`: reading a font file (names, cmap, embedding permission), cached per file;
* `resolver`: `FontResolver` (role → face, character → face) and `resolver_for_settings`, the one
  place that builds a resolver;
* `report`: what resolution found (`FontFace`, `SkippedFont`, `RoleReport`).

Pure Python: fontTools reads the cmaps; no Qt, no reportlab.
"""

from .catalogue import (
    BUNDLED_FAMILIES,
    BUNDLED_FILES,
    FONT_EXTENSIONS,
    FONTCONFIG_ALIASES,
    OFFICIAL_FAMILIES,
    OFFICIAL_FILES,
    OfficialFile,
    bundled_font_dir,
    default_system_dirs,
    write_fontconfig,
)
from .inspection import CodepointSet, SkipCode, embeddable, inspect_font
from .report import FontFace, FontSource, RoleReport, SkippedFont
from .resolver import FontNotFoundError, FontResolver, configured_from_settings, resolver_for_settings

__all__ = [
    "BUNDLED_FAMILIES",
    "BUNDLED_FILES",
    "FONTCONFIG_ALIASES",
    "FONT_EXTENSIONS",
    "OFFICIAL_FAMILIES",
    "OFFICIAL_FILES",
    "CodepointSet",
    "FontFace",
    "FontNotFoundError",
    "FontResolver",
    "FontSource",
    "OfficialFile",
    "RoleReport",
    "SkipCode",
    "SkippedFont",
    "bundled_font_dir",
    "configured_from_settings",
    "default_system_dirs",
    "embeddable",
    "inspect_font",
    "resolver_for_settings",
    "write_fontconfig",
]
