#!/usr/bin/env bash
# The Nu HTML Checker of `npm run audit` is a Java program (vnu-jar): Debian's JRE if missing.
set -euo pipefail
command -v "${JAVA:-java}" >/dev/null && exit 0
if [ "$(id -u)" = 0 ] && command -v apt-get >/dev/null; then
  echo "Installing Debian's default-jre-headless package for the Nu HTML Checker…"
  apt-get update -qq
  DEBIAN_FRONTEND=noninteractive apt-get install -y -qq default-jre-headless >/dev/null
  exit 0
fi
echo "npm run audit needs Java for the Nu HTML Checker. Install it (sudo apt-get install default-jre-headless) or set JAVA." >&2
exit 1
