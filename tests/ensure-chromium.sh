#!/usr/bin/env bash
# What the end-to-end tests need from Debian, installed when missing (the test machines run as
# root; otherwise sudo is tried):
# - chromium: Playwright cannot download its own browsers here, the tests drive Debian's;
# - fonts-noto-core: the system fonts a Debian user has for the site's scripts (Noto covers
#   Arabic, Persian, Thai, Ethiopic for Tigrinya, Cyrillic);
# - nginx-light: static-mirror.spec.ts and nginx-proxy.spec.ts run the real deploy/nginx-static.conf
#   and deploy/nginx.conf (nginx-light is enough: neither file uses a module it lacks).
set -euo pipefail
missing=()
[ -x "${CHROMIUM_PATH:-/usr/bin/chromium}" ] || missing+=(chromium)
dpkg-query -W -f='${Status}' fonts-noto-core 2>/dev/null | grep -q "ok installed" || missing+=(fonts-noto-core)
command -v nginx >/dev/null 2>&1 || [ -x /usr/sbin/nginx ] || missing+=(nginx-light)
if [ ${#missing[@]} -eq 0 ]; then
  exit 0
fi
echo "Installing for the browser tests: ${missing[*]}…"
SUDO=""
if [ "$(id -u)" -ne 0 ]; then SUDO="sudo"; fi
export DEBIAN_FRONTEND=noninteractive
$SUDO apt-get update -qq
$SUDO apt-get install -y -qq --no-install-recommends "${missing[@]}" >/dev/null
"${CHROMIUM_PATH:-/usr/bin/chromium}" --version
/usr/sbin/nginx -v
