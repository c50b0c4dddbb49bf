#!/bin/sh
# Installs AIM explainer for the current user, without root and without network: copies this folder to
# ~/.local/share/aim-explainer and adds a menu entry with its icon. Run it again from a newer package to
# update; `./install.sh --uninstall` removes the program and the menu entry (settings and logs stay in
# ~/.config/aim-explainer and ~/.local/state/aim-explainer; delete those by hand if wanted).
set -eu
here=$(cd "$(dirname "$0")" && pwd)
data=${XDG_DATA_HOME:-$HOME/.local/share}
target=$data/aim-explainer
entry=$data/applications/aim-explainer.desktop
icon=$data/icons/hicolor/256x256/apps/aim-explainer.png
scalable=$data/icons/hicolor/scalable/apps/aim-explainer.svg

if [ "${1:-}" = "--uninstall" ]; then
    rm -rf "$target" "$entry" "$icon" "$scalable"
    echo "AIM explainer is removed."
    exit 0
fi
if [ "$here" = "$target" ]; then
    echo "Run install.sh from the unpacked package, not from $target." >&2
    exit 1
fi

rm -rf "$target.new"
mkdir -p "$target.new" "$(dirname "$entry")" "$(dirname "$icon")" "$(dirname "$scalable")"
cp -a "$here/aim-explainer" "$here/_internal" "$target.new/"
rm -rf "$target"
mv "$target.new" "$target"
cp "$here/aim-explainer.png" "$icon"
cp "$here/aim-explainer.svg" "$scalable"
sed "s|^Exec=.*|Exec=\"$target/aim-explainer\"|" "$here/aim-explainer.desktop" > "$entry"
command -v update-desktop-database > /dev/null && update-desktop-database -q "$(dirname "$entry")" || true
echo "AIM explainer is installed in $target and in the applications menu."
