#!/usr/bin/env bash
# Install everything the tests need and run them: Debian packages (as root: LibreOffice, poppler, CUPS with cups-pdf,
# Xvfb, Qt runtime libraries), the Python packages in .venv, then ruff, mypy, the import contracts
# and the whole pytest suite. Extra arguments go to pytest.
set -euo pipefail
source "$(dirname "$0")/setup-env.sh"
cd "$ub_root"
ub_apt_install "${UB_QT_DEBS[@]}" poppler-utils libreoffice-writer-nogui xvfb cups cups-pdf desktop-file-utils appstream
ub_venv "[test,lint,build]"
export QT_QPA_PLATFORM=offscreen
echo "== ruff";  "$UB_VENV/bin/ruff" check unionbulletin tests tools benchmarks benchmarks/run
echo "== mypy";  "$UB_VENV/bin/mypy" unionbulletin
echo "== import contracts"; "$UB_VENV/bin/lint-imports" --no-cache | tail -n 4
echo "== pytest"
exec "$UB_VENV/bin/pytest" "$@"
