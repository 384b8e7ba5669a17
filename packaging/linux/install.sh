#!/usr/bin/env bash
# Install the one-folder bundle for the current user: ~/.local/opt/helavb, a `helavb` command in
# ~/.local/bin, the desktop entry and the icon. Run from the unpacked bundle's parent folder or
# pass the bundle folder: packaging/linux/install.sh dist/helavb
set -euo pipefail
bundle=${1:-dist/helavb}
here=$(cd "$(dirname "$0")" && pwd)
prefix=${PREFIX:-$HOME/.local}
[ -x "$bundle/helavb" ] || { echo "no bundle at $bundle (run make package first)" >&2; exit 1; }
mkdir -p "$prefix/opt" "$prefix/bin" "$prefix/share/applications" "$prefix/share/icons/hicolor/scalable/apps"
rm -rf "$prefix/opt/helavb"
cp -a "$bundle" "$prefix/opt/helavb"
ln -sf "$prefix/opt/helavb/helavb" "$prefix/bin/helavb"
sed "s|^Exec=helavb|Exec=$prefix/bin/helavb|" "$here/se.lansstyrelsen.helavb.desktop" \
  > "$prefix/share/applications/se.lansstyrelsen.helavb.desktop"
cp "$prefix/opt/helavb/_internal/helavb_desktop/resources/icons/helavb.svg" \
  "$prefix/share/icons/hicolor/scalable/apps/se.lansstyrelsen.helavb.svg"
echo "HelaVB installed in $prefix/opt/helavb; start it from the menu or with: helavb"
