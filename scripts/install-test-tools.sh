#!/usr/bin/env bash
# Installs the real programs the tests use: LibreOffice Calc (workbook recalculation, PDF; python3-uno drives it),
# Chromium (website), a Java runtime (HTML validator) and poppler (PDF pages to PNG).
set -euo pipefail
packages=(libreoffice-calc python3-uno chromium default-jre-headless poppler-utils fonts-dejavu-core)
missing=()
for p in "${packages[@]}"; do
  dpkg-query -W -f='${Status}' "$p" 2>/dev/null | grep -q "install ok installed" || missing+=("$p")
done
if ((${#missing[@]})); then
  SUDO=""; [ "$(id -u)" -eq 0 ] || SUDO="sudo"
  $SUDO apt-get update -q
  DEBIAN_FRONTEND=noninteractive $SUDO apt-get install -y -q --no-install-recommends "${missing[@]}"
fi
# A real NL Design System theme for tests/test_theme.py, in .cache/npm of the repository (git-ignored).
repo="$(cd "$(dirname "$0")/.." && pwd)"
[ -f "$repo/.cache/npm/node_modules/@utrecht/design-tokens/dist/index.css" ] ||
  npm install --no-save --prefix "$repo/.cache/npm" @utrecht/design-tokens
