#!/usr/bin/env bash
# Installs Debian's Chromium for the browser tests when it is missing
# (Playwright's own browser download is unreachable on these machines).
set -euo pipefail
chromium_path="${CHROMIUM_PATH:-/usr/bin/chromium}"
if [ -x "$chromium_path" ]; then exit 0; fi
if [ "$(id -u)" -ne 0 ]; then
  echo "Chromium est absent ($chromium_path). Installez-le : sudo apt-get install -y chromium" >&2
  exit 1
fi
echo "Installation de Chromium (paquet Debian)…"
apt-get update -qq
DEBIAN_FRONTEND=noninteractive apt-get install -y -qq chromium >/dev/null
