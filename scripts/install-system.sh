#!/usr/bin/env bash
# Installs the Debian packages the service needs (OCR, document conversion, PDF rendering,
# CJK fonts, a browser for the UI tests). Idempotent: installs only what is missing.
set -euo pipefail
PKGS=(
  tesseract-ocr tesseract-ocr-chi-sim tesseract-ocr-eng
  libreoffice-writer-nogui libreoffice-calc-nogui
  poppler-utils
  fonts-noto-cjk fonts-wqy-zenhei
  chromium
  libgl1 libglib2.0-0
  fonts-crosextra-carlito
  antiword
)
missing=()
for p in "${PKGS[@]}"; do
  dpkg-query -W -f='${Status}' "$p" 2>/dev/null | grep -q "install ok installed" || missing+=("$p")
done
if [ ${#missing[@]} -gt 0 ]; then
  echo "Installing system packages: ${missing[*]}" >&2
  SUDO=""
  if [ "$(id -u)" -ne 0 ]; then SUDO="sudo"; fi
  export DEBIAN_FRONTEND=noninteractive
  $SUDO apt-get update -qq
  $SUDO apt-get install -y -qq --no-install-recommends "${missing[@]}" >&2
fi
# Map official-document font names (仿宋_GB2312, 方正小标宋 …) to the installed CJK fonts.
bash "$(dirname "$0")/fonts/install-fonts.sh"
