#!/usr/bin/env bash
# Playwright cannot download its own browsers here: the end-to-end tests drive Debian's chromium,
# with the system fonts a Debian user has for the site's scripts (Noto covers Arabic, Persian,
# Thai, Ethiopic for Tigrinya, Cyrillic). Installs what is missing (the test machines run as
# root; otherwise sudo is tried).
set -euo pipefail
missing=()
[ -x "${CHROMIUM_PATH:-/usr/bin/chromium}" ] || missing+=(chromium)
dpkg-query -W -f='${Status}' fonts-noto-core 2>/dev/null | grep -q "ok installed" || missing+=(fonts-noto-core)
if [ ${#missing[@]} -eq 0 ]; then
  exit 0
fi
echo "Installing for the browser tests: ${missing[*]}…"
SUDO=""
if [ "$(id -u)" -ne 0 ]; then SUDO="sudo"; fi
export DEBIAN_FRONTEND=noninteractive
$SUDO apt-get update -qq
$SUDO apt-get install -y -qq --no-install-recommends "${missing[@]}" >/dev/null
/usr/bin/chromium --version
