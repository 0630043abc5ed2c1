#!/usr/bin/env bash
# `npm audit` of the production dependencies: fails on a high or critical advisory. When the
# registry's advisory endpoint cannot be reached (some mirrors and proxies refuse it), there is no
# verdict to give: that is said loudly, and the script does not fail, unless AUDIT_DEPS_STRICT=1.
set -uo pipefail
output=$(npm audit --omit=dev --audit-level=high 2>&1)
status=$?
echo "$output"
if [ "$status" -ne 0 ] && grep -q "audit endpoint returned an error" <<<"$output"; then
  echo "npm audit: NO VERDICT. The registry's advisory endpoint refused the request (see above): the dependencies were not checked." >&2
  [ "${AUDIT_DEPS_STRICT:-0}" = 1 ] && exit 1
  exit 0
fi
exit "$status"
