#!/usr/bin/env bash
# The build benchmark measures Hugo on the same corpus as the blog (scripts/bench/peers.ts): Debian's package, installed if missing.
set -euo pipefail
command -v hugo >/dev/null && exit 0
if [ "$(id -u)" = 0 ] && command -v apt-get >/dev/null; then
  echo "Installing Debian's hugo package…"
  apt-get update -qq
  DEBIAN_FRONTEND=noninteractive apt-get install -y -qq hugo >/dev/null
  exit 0
fi
echo "The build benchmark needs Hugo. Install it (sudo apt-get install hugo)." >&2
exit 1
