#!/usr/bin/env bash
# Refresh the interface translation: extract the strings of the window code into the .ts file
# (existing translations are kept), then compile it to the .qm the program loads.
# Translate new strings with Qt Linguist (`pyside6-linguist`) or by editing the .ts, then rerun.
set -euo pipefail
cd "$(dirname "$0")/.."
ts=unionbulletin/data/translations/unionbulletin_zh_CN.ts
pyside6-lupdate -no-obsolete -locations relative unionbulletin/app.py unionbulletin/controller/*.py \
    unionbulletin/ui/*.py -ts "$ts"
pyside6-lrelease "$ts" -qm "${ts%.ts}.qm"
