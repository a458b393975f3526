#!/usr/bin/env bash
# Installs the fontconfig aliases that map the official-document font names used in the
# consolidated table and the blank forms (方正小标宋, 仿宋_GB2312, 黑体 …) to the installed
# Noto CJK fonts, so LibreOffice renders them with a CJK face. Idempotent.
set -euo pipefail
here="$(cd "$(dirname "$0")" && pwd)"
conf="65-wcr-cjk-aliases.conf"
dest="/etc/fonts/conf.d/$conf"
if [ -f "$dest" ] && cmp -s "$here/$conf" "$dest"; then
  exit 0
fi
SUDO=""
if [ "$(id -u)" -ne 0 ]; then SUDO="sudo"; fi
$SUDO install -m 0644 "$here/$conf" "$dest"
fc-cache -f >/dev/null 2>&1 || true
echo "Installed font aliases: $dest" >&2
