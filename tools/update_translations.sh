#!/usr/bin/env bash
# Refresh the interface translations: extract the strings of the window code into the .ts files
# (existing translations are kept), then compile them to the .qm files the program loads.
# Translate new strings with Qt Linguist (`pyside6-linguist`) or by editing the .ts, then rerun.
set -euo pipefail
cd "$(dirname "$0")/.."
ts=unionbulletin/data/translations/unionbulletin_zh_CN.ts
en=unionbulletin/data/translations/unionbulletin_en.ts
sources=(unionbulletin/app.py unionbulletin/controller/*.py unionbulletin/ui/*.py unionbulletin/ui/*/*.py unionbulletin/render/qt*.py)
pyside6-lupdate -no-obsolete -locations relative "${sources[@]}" -ts "$ts"
pyside6-lrelease "$ts" -qm "${ts%.ts}.qm"
# English is the language of the source strings: its .ts translates every string by itself.
pyside6-lupdate -no-obsolete -locations relative -source-language en -target-language en "${sources[@]}" -ts "$en"
python3 tools/ts_source_as_translation.py "$en"
pyside6-lupdate -silent -no-obsolete -locations relative "${sources[@]}" -ts "$en"  # lupdate's own layout
pyside6-lrelease "$en" -qm "${en%.ts}.qm"
