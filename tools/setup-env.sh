# Sourced by tools/run.sh and tools/test.sh: installs what the program needs on a fresh
# Debian/Ubuntu machine. Debian packages are installed only when running as root and only when
# missing; Python packages go into a virtual environment (default .venv, override with UB_VENV).

ub_root="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
UB_VENV="${UB_VENV:-$ub_root/.venv}"

ub_apt_install() {
    local missing=()
    local pkg
    for pkg in "$@"; do
        dpkg-query -W -f='${Status}' "$pkg" 2>/dev/null | grep -q "install ok installed" || missing+=("$pkg")
    done
    [ ${#missing[@]} -eq 0 ] && return 0
    if [ "$(id -u)" -ne 0 ]; then
        echo "Missing Debian packages (install them as root): ${missing[*]}" >&2
        return 0
    fi
    echo "Installing Debian packages: ${missing[*]}"
    export DEBIAN_FRONTEND=noninteractive
    apt-get update -qq
    apt-get install -y -qq --no-install-recommends "${missing[@]}" >/dev/null
}

# Qt's runtime libraries (xcb for a real screen, EGL/GL, fontconfig) and the venv module.
UB_QT_DEBS=(libegl1 libgl1 libxkbcommon0 libxkbcommon-x11-0 libfontconfig1 libdbus-1-3 fontconfig
            libxcb-icccm4 libxcb-keysyms1 libxcb-cursor0 libxcb-shape0 libxcb-randr0 libxcb-render-util0
            libxcb-image0 libxcb-xinerama0 libxcb-xkb1)

ub_venv() {
    if ! python3 -c "import ensurepip" >/dev/null 2>&1; then
        ub_apt_install python3-venv
    fi
    if [ ! -x "$UB_VENV/bin/python" ]; then
        python3 -m venv "$UB_VENV"
    fi
    # Reinstall only when the dependencies changed (pyproject.toml, constraints.txt or the extras asked for).
    local stamp="$UB_VENV/.unionbulletin-installed"
    local want
    want="$(cat "$ub_root/pyproject.toml" "$ub_root/constraints.txt" | sha256sum | cut -d' ' -f1) $ub_root$1"
    if [ -f "$stamp" ] && [ "$(cat "$stamp")" = "$want" ]; then
        return 0
    fi
    "$UB_VENV/bin/python" -m pip install -q --disable-pip-version-check --upgrade pip >/dev/null
    # Every version comes from constraints.txt: the same packages today, in CI and in the frozen build.
    "$UB_VENV/bin/python" -m pip install -q --disable-pip-version-check -c "$ub_root/constraints.txt" -e "$ub_root$1"
    echo "$want" > "$stamp"
}
