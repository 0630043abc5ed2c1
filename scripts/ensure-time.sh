#!/usr/bin/env bash
# The build benchmark reads wall time and peak memory from GNU time (`/usr/bin/time -v`): installed if missing.
set -euo pipefail
[ -x /usr/bin/time ] && exit 0
if [ "$(id -u)" = 0 ] && command -v apt-get >/dev/null; then
  echo "Installing Debian's time package…"
  apt-get update -qq
  DEBIAN_FRONTEND=noninteractive apt-get install -y -qq time >/dev/null
  exit 0
fi
echo "The benchmarks need GNU time at /usr/bin/time. Install it (sudo apt-get install time)." >&2
exit 1
