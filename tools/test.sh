#!/usr/bin/env bash
# Install everything the tests need and run them: Debian packages (as root: LibreOffice, poppler, CUPS with cups-pdf,
# Xvfb, Qt runtime libraries), the Python packages in .venv, then ruff, mypy, the import contracts
# and the whole pytest suite. Extra arguments go to pytest.
set -euo pipefail
source "$(dirname "$0")/setup-env.sh"
cd "$ub_root"
ub_apt_install "${UB_QT_DEBS[@]}" poppler-utils libreoffice-writer-nogui libreoffice-calc-nogui xvfb cups cups-pdf desktop-file-utils appstream
ub_venv "[test,lint,build]"
export QT_QPA_PLATFORM=offscreen
echo "== ruff";  "$UB_VENV/bin/ruff" check unionbulletin tests tools benchmarks benchmarks/run
"$UB_VENV/bin/ruff" format --check unionbulletin tests tools benchmarks benchmarks/run  # `ruff format` fixes it
echo "== mypy";  "$UB_VENV/bin/mypy" unionbulletin tests  # strict on both (pyproject [tool.mypy])
echo "== import contracts"; "$UB_VENV/bin/lint-imports" --no-cache | tail -n 4
# The Windows program under Wine (tools/test-windows.sh, a few minutes) with the whole suite only, not
# when test files or test ids are named; tests/test_windows_wine.py reports its checks.
ub_whole_suite=1
for arg in "$@"; do
    case "$arg" in *test_windows_wine*) ub_whole_suite=2 ;; esac
    if [ "$ub_whole_suite" = 1 ] && { [ -e "$arg" ] || [[ "$arg" == *::* ]]; }; then ub_whole_suite=0; fi
done
if [ "$ub_whole_suite" != 0 ] && [ "${UB_SKIP_WINDOWS:-0}" != 1 ]; then
    echo "== Windows under Wine (tools/test-windows.sh; UB_SKIP_WINDOWS=1 skips it)"
    bash "$ub_root/tools/test-windows.sh" || true  # its failed checks fail in tests/test_windows_wine.py
    export UB_WINDOWS_RESULTS="$ub_root/build/windows/results.json"
fi
echo "== pytest"
exec "$UB_VENV/bin/pytest" "$@"
