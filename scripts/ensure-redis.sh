#!/usr/bin/env bash
# The tests of the rate limits and the page cache that instances share run a real Redis: installed if missing.
set -euo pipefail
command -v "${REDIS_SERVER:-redis-server}" >/dev/null && exit 0
[ -x /usr/bin/redis-server ] && exit 0
if [ "$(id -u)" = 0 ] && command -v apt-get >/dev/null; then
  echo "Installing Debian's redis-server package…"
  apt-get update -qq
  # No service is started here: the tests start their own Redis on loopback.
  DEBIAN_FRONTEND=noninteractive RUNLEVEL=1 apt-get install -y -qq redis-server >/dev/null
  exit 0
fi
echo "The tests need Redis. Install it (sudo apt-get install redis-server) or set REDIS_SERVER to its path." >&2
exit 1
