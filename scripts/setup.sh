#!/usr/bin/env bash
# Installs, by name and idempotently, every Debian package casus needs to build, test and
# benchmark. Safe to run again: packages already present are left alone and apt is only
# consulted when something is missing.
set -euo pipefail

PACKAGES=(
  build-essential cmake pkg-config
  libxml2-dev libicu-dev libsqlite3-dev zlib1g-dev libsimdjson-dev libxxhash-dev libjemalloc-dev
  libgtest-dev libgmock-dev libbenchmark-dev
  python3 sqlite3 time
)

missing=()
for p in "${PACKAGES[@]}"; do
  dpkg-query -W -f='${Status}' "$p" 2>/dev/null | grep -q "install ok installed" || missing+=("$p")
done

if [ ${#missing[@]} -gt 0 ]; then
  echo "setup: installing ${missing[*]}"
  SUDO=""
  [ "$(id -u)" -eq 0 ] || SUDO="sudo"
  export DEBIAN_FRONTEND=noninteractive
  $SUDO apt-get update -qq
  $SUDO apt-get install -y -qq --no-install-recommends "${missing[@]}"
else
  echo "setup: all packages present"
fi
