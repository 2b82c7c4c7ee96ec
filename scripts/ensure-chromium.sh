#!/usr/bin/env bash
# Browser tests run in Debian's own Chromium, never a downloaded browser build.
# Installs it when missing (as root), else says what to install. Silent when it is there.
set -euo pipefail

CHROMIUM=/usr/bin/chromium

if [ -x "$CHROMIUM" ]; then
  exit 0
fi

if [ "$(id -u)" -ne 0 ]; then
  echo "Chromium is missing at $CHROMIUM. Install Debian's package as root, then run again:" >&2
  echo "  apt-get update && apt-get install -y chromium" >&2
  exit 1
fi

echo "Installing Debian's chromium package for the browser tests…" >&2
export DEBIAN_FRONTEND=noninteractive
apt-get update -qq
apt-get install -y -qq chromium >/dev/null

if [ ! -x "$CHROMIUM" ]; then
  echo "apt-get installed chromium but $CHROMIUM is still missing" >&2
  exit 1
fi
