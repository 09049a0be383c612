#!/usr/bin/env sh
# Add Resume Tailor to the desktop's application menu, for the current user only.
#
#   install-desktop.sh [--exec PATH]    install the launcher, icons and AppStream data
#   install-desktop.sh --uninstall      remove them again
#
# Works from a source checkout (packaging/) and from a built folder (dist/tailor-app/,
# where build.py copies it). The launcher runs, in this order: --exec PATH, the
# tailor-app next to this script (a built folder), or tailor-app found on PATH
# (pip/pipx install). Files go to ${XDG_DATA_HOME:-~/.local/share}.
set -eu

APP_ID=io.github.resume_tailor.ResumeTailor
ICON=resume-tailor
SIZES="16 24 32 48 64 128 256 512"
HERE=$(cd "$(dirname "$0")" && pwd)
DATA="${XDG_DATA_HOME:-$HOME/.local/share}"

die() { echo "install-desktop: $*" >&2; exit 1; }

refresh() {
    # Menus and icon caches pick the change up sooner; none of these is required.
    command -v update-desktop-database >/dev/null 2>&1 \
        && update-desktop-database -q "$DATA/applications" 2>/dev/null || true
    # Refresh an existing icon cache only: creating one would hide icons added later.
    touch "$DATA/icons/hicolor" 2>/dev/null || true
    if [ -f "$DATA/icons/hicolor/icon-theme.cache" ] && command -v gtk-update-icon-cache \
            >/dev/null 2>&1; then
        gtk-update-icon-cache -q -t "$DATA/icons/hicolor" 2>/dev/null || true
    fi
}

EXEC=""
case "${1:-}" in
    --uninstall)
        rm -f "$DATA/applications/$APP_ID.desktop" "$DATA/metainfo/$APP_ID.metainfo.xml" \
              "$DATA/icons/hicolor/scalable/apps/$ICON.svg"
        for s in $SIZES; do rm -f "$DATA/icons/hicolor/${s}x${s}/apps/$ICON.png"; done
        refresh
        echo "Removed Resume Tailor from the application menu."
        exit 0 ;;
    --exec) [ $# -ge 2 ] || die "--exec needs a path"; EXEC=$2 ;;
    "") ;;
    *) die "unknown option '$1' (use --exec PATH or --uninstall)" ;;
esac

if [ -z "$EXEC" ]; then
    if [ -x "$HERE/tailor-app" ]; then
        EXEC="$HERE/tailor-app"
    else
        EXEC=$(command -v tailor-app) || die "tailor-app is not on PATH; give --exec PATH"
    fi
fi
case "$EXEC" in /*) ;; *) EXEC="$(pwd)/$EXEC" ;; esac
[ -x "$EXEC" ] || die "$EXEC is not an executable file"
case "$EXEC" in
    *[\"\`\$\\%\&\|]*) die "the path $EXEC holds one of \" \` \$ \\ % & |; move the app" ;;
esac

# Icons: next to a checkout's packaging/, or inside a built folder.
for dir in "$HERE/../resources/icons/app" "$HERE/_internal/tailor_app/resources/icons/app" \
           "$HERE/tailor_app/resources/icons/app"; do
    if [ -f "$dir/$ICON.svg" ]; then ICONS=$dir; break; fi
done
[ -n "${ICONS:-}" ] || die "can't find the icons (resources/icons/app) near $HERE"

mkdir -p "$DATA/applications" "$DATA/metainfo" "$DATA/icons/hicolor/scalable/apps"
cp "$ICONS/$ICON.svg" "$DATA/icons/hicolor/scalable/apps/$ICON.svg"
for s in $SIZES; do
    mkdir -p "$DATA/icons/hicolor/${s}x${s}/apps"
    cp "$ICONS/$ICON-$s.png" "$DATA/icons/hicolor/${s}x${s}/apps/$ICON.png"
done
cp "$HERE/$APP_ID.metainfo.xml" "$DATA/metainfo/$APP_ID.metainfo.xml"
# Exec is quoted (the path may hold spaces); TryExec takes the bare path.
sed -e "s|^Exec=.*|Exec=\"$EXEC\"|" -e "s|^TryExec=.*|TryExec=$EXEC|" \
    "$HERE/$APP_ID.desktop" > "$DATA/applications/$APP_ID.desktop"
refresh
echo "Resume Tailor is in the application menu (runs $EXEC)."
