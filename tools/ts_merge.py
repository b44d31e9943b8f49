"""Resolve a merge conflict in a Qt Linguist .ts file: keep every translation either side has.

Usage: python3 tools/ts_merge.py OURS.ts THEIRS.ts OUT.ts [BASE.ts]
Messages are matched by (context, source, comment). OURS is the starting point; a message only THEIRS
has is added to the same context (created when missing). With BASE (the common ancestor), a translation
THEIRS changed and OURS did not is taken from THEIRS (a plural form is never replaced by a plain one).
Afterwards run tools/update_translations.sh: lupdate re-extracts the strings of the sources, keeps the
translations found here and drops vanished ones, and lrelease rebuilds the .qm files (a .qm conflict
is resolved by that rebuild).

In a conflicted merge:
    git show :1:F > /tmp/base.ts; git show :2:F > /tmp/ours.ts; git show :3:F > /tmp/theirs.ts
    python3 tools/ts_merge.py /tmp/ours.ts /tmp/theirs.ts F /tmp/base.ts && bash tools/update_translations.sh
"""

from __future__ import annotations

import sys
import xml.etree.ElementTree as ET
from pathlib import Path


def _key(message: ET.Element) -> tuple[str, str]:
    return message.findtext("source") or "", message.findtext("comment") or ""


def _translations(ts: Path | None) -> dict[tuple[str, str, str], str]:
    """(context, source, comment) -> the serialised <translation> element."""
    if ts is None:
        return {}
    out = {}
    for context in ET.parse(ts).getroot().iter("context"):
        name = context.findtext("name") or ""
        for message in context.iter("message"):
            translation = message.find("translation")
            if translation is not None:
                out[(name, *_key(message))] = ET.tostring(translation, encoding="unicode").strip()
    return out


def merge(ours: Path, theirs: Path, base: Path | None = None) -> ET.ElementTree:
    before = _translations(base)
    tree = ET.parse(ours)
    root = tree.getroot()
    contexts = {c.findtext("name") or "": c for c in root.iter("context")}
    for their_context in ET.parse(theirs).getroot().iter("context"):
        name = their_context.findtext("name") or ""
        context = contexts.get(name)
        if context is None:
            context = ET.SubElement(root, "context")
            ET.SubElement(context, "name").text = name
            contexts[name] = context
        known = {_key(m): m for m in context.iter("message")}
        for message in their_context.iter("message"):
            mine = known.get(_key(message))
            if mine is None:
                context.append(message)
                continue
            translation = mine.find("translation")
            if translation is not None and translation.get("type") == "unfinished":
                context.remove(mine)  # theirs may be translated where ours is not
                context.append(message)
                continue
            theirs_t = message.find("translation")
            old = before.get((name, *_key(message)))
            if translation is None or theirs_t is None or old is None:
                continue
            if ET.tostring(translation, encoding="unicode").strip() != old:
                continue  # ours changed it: ours wins
            if ET.tostring(theirs_t, encoding="unicode").strip() == old:
                continue
            if mine.get("numerus") == "yes" and message.get("numerus") != "yes":
                continue  # lupdate on their side dropped the plural form
            mine.remove(translation)
            mine.append(theirs_t)
    return tree


def main(argv: list[str]) -> int:
    if len(argv) not in (3, 4):
        print(__doc__, file=sys.stderr)
        return 2
    tree = merge(Path(argv[0]), Path(argv[1]), Path(argv[3]) if len(argv) == 4 else None)
    body = ET.tostring(tree.getroot(), encoding="unicode")
    Path(argv[2]).write_text(
        '<?xml version="1.0" encoding="utf-8"?>\n<!DOCTYPE TS>\n' + body + "\n", encoding="utf-8"
    )
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
