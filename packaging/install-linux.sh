#!/usr/bin/env bash
# Install Hall Desk on Linux into its own virtualenv and add a menu entry.
#
#   packaging/install-linux.sh [--system | --user] [--wheel FILE] [--uninstall]
#
#   --system   venv in /opt/hall-desk, command /usr/local/bin/hall-desk,
#              menu entry in /usr/share/applications (default when run as root)
#   --user     venv in ~/.local/share/hall-desk, command ~/.local/bin/hall-desk,
#              menu entry in ~/.local/share/applications (default otherwise)
#   --wheel F  install this wheel instead of building one from this checkout
#   --uninstall  remove what a previous run installed (same --system/--user)
#
# Re-running it upgrades the installation in place.  Needs Python >= 3.11
# (HALL_DESK_PYTHON=/path/to/python3 to choose one); on Debian/Ubuntu the Qt
# runtime libraries are installed through ../dev (apt-get, via sudo if needed).
set -euo pipefail

HERE="$(cd -- "$(dirname -- "${BASH_SOURCE[0]}")" && pwd -P)"
ROOT="$(dirname -- "$HERE")"
MARKER=".hall-desk-install"

say() { printf '[install] %s\n' "$*" >&2; }
die() { printf '[install] error: %s\n' "$*" >&2; exit 1; }

usage() { sed -n '2,15p' "${BASH_SOURCE[0]}" | sed 's/^# \{0,1\}//'; }

MODE="" WHEEL="" UNINSTALL=0
while (($#)); do
    case "$1" in
        --system) MODE=system ;;
        --user) MODE=user ;;
        --wheel)
            (($# >= 2)) || die "--wheel needs a file"
            WHEEL="$(realpath -- "$2")"
            shift
            ;;
        --uninstall) UNINSTALL=1 ;;
        -h | --help) usage; exit 0 ;;
        *) usage >&2; die "unknown option: $1" ;;
    esac
    shift
done
if [[ -z "$MODE" ]]; then
    if ((EUID == 0)); then MODE=system; else MODE=user; fi
fi

if [[ "$MODE" == system ]]; then
    ((EUID == 0)) || die "--system needs root (sudo $0 --system), or use --user"
    PREFIX=/opt/hall-desk
    BIN_DIR=/usr/local/bin
    APPS_DIR=/usr/share/applications
    ICONS_DIR=/usr/share/icons/hicolor
    DEFAULT_PYTHON=python3
    [[ -x /usr/bin/python3 ]] && DEFAULT_PYTHON=/usr/bin/python3  # usable by every user
else
    DATA_HOME="${XDG_DATA_HOME:-$HOME/.local/share}"
    PREFIX="$DATA_HOME/hall-desk"
    BIN_DIR="$HOME/.local/bin"
    APPS_DIR="$DATA_HOME/applications"
    ICONS_DIR="$DATA_HOME/icons/hicolor"
    DEFAULT_PYTHON=python3
fi
PYTHON="${HALL_DESK_PYTHON:-$DEFAULT_PYTHON}"
DESKTOP_FILE="$APPS_DIR/hall-desk.desktop"
LINK="$BIN_DIR/hall-desk"

refresh_menus() {
    if command -v update-desktop-database >/dev/null 2>&1; then
        update-desktop-database -q "$APPS_DIR" 2>/dev/null || true
    fi
    if command -v gtk-update-icon-cache >/dev/null 2>&1 && [[ -d "$ICONS_DIR" ]]; then
        gtk-update-icon-cache -q -t "$ICONS_DIR" 2>/dev/null || true
    fi
}

remove_icons() {
    local f
    for f in "$ICONS_DIR"/*/apps/hall-desk.png "$ICONS_DIR"/scalable/apps/hall-desk.svg; do
        [[ -e "$f" ]] && rm -f -- "$f"
    done
    return 0
}

if ((UNINSTALL)); then
    if [[ -L "$LINK" && "$(readlink -- "$LINK")" == "$PREFIX/bin/hall-desk" ]]; then
        rm -f -- "$LINK"
    fi
    rm -f -- "$DESKTOP_FILE"
    remove_icons
    if [[ -f "$PREFIX/$MARKER" ]]; then
        rm -rf -- "$PREFIX"
    elif [[ -e "$PREFIX" ]]; then
        say "left $PREFIX alone: it was not created by this installer"
    fi
    refresh_menus
    say "Hall Desk removed ($MODE installation). User data (database, backups) is kept."
    exit 0
fi

# 1. Qt runtime libraries (Debian/Ubuntu) ---------------------------------
if [[ -x "$ROOT/dev" ]] && command -v dpkg-query >/dev/null 2>&1; then
    "$ROOT/dev" setup run system
else
    say "not checking system libraries; Qt needs libxcb-cursor0, libxkbcommon-x11-0, libegl1 and friends"
fi

# 2. Python and the virtualenv ----------------------------------------------
command -v "$PYTHON" >/dev/null 2>&1 || die "'$PYTHON' not found; install Python >= 3.11"
"$PYTHON" -c 'import sys; sys.exit(0 if sys.version_info >= (3, 11) else 1)' \
    || die "Hall Desk needs Python >= 3.11; '$PYTHON' is $("$PYTHON" -V 2>&1)"

if [[ -e "$PREFIX" && ! -f "$PREFIX/$MARKER" ]]; then
    die "$PREFIX exists but was not created by this installer; move it away first"
fi
if [[ -e "$PREFIX" ]] && ! "$PREFIX/bin/python" -c '' >/dev/null 2>&1; then
    say "the virtualenv in $PREFIX is broken: recreating it"
    rm -rf -- "$PREFIX"
fi
if [[ ! -e "$PREFIX" ]]; then
    say "creating virtualenv $PREFIX ($("$PYTHON" -V 2>&1))"
    mkdir -p -- "$(dirname -- "$PREFIX")"
    "$PYTHON" -m venv "$PREFIX"
    printf 'Hall Desk virtualenv created by packaging/install-linux.sh\n' >"$PREFIX/$MARKER"
fi

if [[ -n "$WHEEL" ]]; then
    [[ -f "$WHEEL" ]] || die "no such wheel: $WHEEL"
    TARGET="$WHEEL"
else
    [[ -f "$ROOT/pyproject.toml" ]] || die "no pyproject.toml in $ROOT; use --wheel FILE"
    TARGET="$ROOT"
fi
say "installing $TARGET"
PIP_DISABLE_PIP_VERSION_CHECK=1 "$PREFIX/bin/python" -m pip install --upgrade --progress-bar off "$TARGET"
[[ -x "$PREFIX/bin/hall-desk" ]] || die "pip did not create $PREFIX/bin/hall-desk"

# 3. Command, menu entry, icon ---------------------------------------------
mkdir -p -- "$BIN_DIR" "$APPS_DIR"
ln -sfn -- "$PREFIX/bin/hall-desk" "$LINK"

EXEC="$PREFIX/bin/hall-desk"
if [[ "$EXEC" =~ [[:space:]\"\'\\\$\`] ]]; then
    EXEC="\"$(printf '%s' "$EXEC" | sed -e 's/[\\"`$]/\\\\&/g')\""
fi
TMP_DESKTOP="$(mktemp)"
trap 'rm -f -- "$TMP_DESKTOP"' EXIT
# Absolute Exec= path: ~/.local/bin is not always on the menu's PATH.
EXEC_LINE="Exec=$EXEC" awk '/^Exec=/ { print ENVIRON["EXEC_LINE"]; next } { print }' \
    "$HERE/hall-desk.desktop" >"$TMP_DESKTOP"
install -m 0644 -- "$TMP_DESKTOP" "$DESKTOP_FILE"

remove_icons
if [[ -f "$ROOT/resources/icons/hall-desk.svg" ]]; then
    install -D -m 0644 -- "$ROOT/resources/icons/hall-desk.svg" "$ICONS_DIR/scalable/apps/hall-desk.svg"
elif [[ -f "$ROOT/resources/icons/hall-desk.png" ]]; then
    install -D -m 0644 -- "$ROOT/resources/icons/hall-desk.png" "$ICONS_DIR/256x256/apps/hall-desk.png"
fi
refresh_menus

say "installed: $LINK -> $PREFIX/bin/hall-desk, menu entry $DESKTOP_FILE"
if [[ "$MODE" == user && ":$PATH:" != *":$BIN_DIR:"* ]]; then
    say "note: $BIN_DIR is not on your PATH; the menu entry works anyway"
fi
