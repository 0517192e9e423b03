#!/usr/bin/env bash
# Installs what the project needs on a Debian machine, only when it is missing:
#   - the Debian packages the tests drive (Chromium, LibreOffice, poppler, xmllint, fonts),
#   - the npm dependencies (npm ci, which also builds the `kap` command line).
# `npm test` and `npm start` call it first, so on a fresh machine one command does everything.
# Usage: scripts/setup.sh [all|npm]
set -euo pipefail
cd "$(dirname "$0")/.."
mode="${1:-all}"

if [ "$mode" = all ]; then
  missing=()
  for pkg in chromium libreoffice-impress libreoffice-writer poppler-utils libxml2-utils fonts-liberation2; do
    if ! dpkg-query -W -f='${Status}' "$pkg" 2>/dev/null | grep -q 'install ok installed'; then
      missing+=("$pkg")
    fi
  done
  if [ "${#missing[@]}" -gt 0 ]; then
    if [ "$(id -u)" = 0 ] && command -v apt-get >/dev/null; then
      echo "setup: installing Debian packages: ${missing[*]}"
      apt-get update -qq
      DEBIAN_FRONTEND=noninteractive apt-get install -y -qq --no-install-recommends "${missing[@]}" >/dev/null
    else
      echo "setup: missing Debian packages (install them as root): ${missing[*]}" >&2
    fi
  fi
fi

# node_modules/.package-lock.json is npm's record of what is installed; a newer lock file means
# the dependencies changed since.
if [ ! -f node_modules/.package-lock.json ] || [ package-lock.json -nt node_modules/.package-lock.json ]; then
  echo "setup: installing npm dependencies (npm ci)"
  npm ci --no-audit --no-fund
fi
