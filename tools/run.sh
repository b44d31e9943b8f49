#!/usr/bin/env bash
# Install the program (Debian runtime libraries as root, Python packages in .venv) and start it.
# Arguments are passed to `unionbulletin`, e.g. `bash tools/run.sh --db /tmp/test.json list`.
set -euo pipefail
source "$(dirname "$0")/setup-env.sh"
ub_apt_install "${UB_QT_DEBS[@]}"
ub_venv ""
exec "$UB_VENV/bin/unionbulletin" "$@"
