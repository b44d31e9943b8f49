"""Make a Qt Linguist .ts file for the source language complete: every message is translated by its
own source text (the interface strings are written in English, so English needs no other wording).

Usage: python3 tools/ts_source_as_translation.py unionbulletin/data/translations/unionbulletin_en.ts
Run by tools/update_translations.sh after lupdate; lrelease then compiles the .qm.
"""

from __future__ import annotations

import sys
import xml.etree.ElementTree as ET
from pathlib import Path


def fill(ts: Path) -> int:
    tree = ET.parse(ts)
    changed = 0
    for message in tree.getroot().iter("message"):
        translation = message.find("translation")
        if translation is None:
            translation = ET.SubElement(message, "translation")
        if translation.get("type") in ("obsolete", "vanished"):
            continue
        source = message.findtext("source") or ""
        if message.get("numerus") == "yes":  # English has two plural forms: one, other
            forms = translation.findall("numerusform")
            if len(forms) != 2 or any(f.text != source for f in forms) or translation.get("type"):
                for form in forms:
                    translation.remove(form)
                for _ in range(2):
                    ET.SubElement(translation, "numerusform").text = source
                translation.attrib.pop("type", None)
                changed += 1
            continue
        if translation.text != source or translation.get("type") is not None:
            translation.text = source
            translation.attrib.pop("type", None)
            changed += 1
    body = ET.tostring(tree.getroot(), encoding="unicode")
    ts.write_text('<?xml version="1.0" encoding="utf-8"?>\n<!DOCTYPE TS>\n' + body + "\n", encoding="utf-8")
    return changed


if __name__ == "__main__":
    for name in sys.argv[1:]:
        print(f"{name}: {fill(Path(name))} messages filled")
