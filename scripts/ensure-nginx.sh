#!/usr/bin/env bash
# The caching-proxy test and the benchmarks run Debian's nginx with deploy/nginx.conf: installed if missing.
set -euo pipefail
command -v "${NGINX:-nginx}" >/dev/null && exit 0
[ -x /usr/sbin/nginx ] && exit 0
if [ "$(id -u)" = 0 ] && command -v apt-get >/dev/null; then
  echo "Installing Debian's nginx package…"
  apt-get update -qq
  # No service is started here: the tests start their own nginx on loopback.
  DEBIAN_FRONTEND=noninteractive RUNLEVEL=1 apt-get install -y -qq nginx >/dev/null
  exit 0
fi
echo "The tests need nginx. Install it (sudo apt-get install nginx) or set NGINX to its path." >&2
exit 1
