#!/usr/bin/env bash
# Installs the pinned Node tools (package-lock.json) unless node_modules already matches the lockfile.
set -euo pipefail
cd "$(dirname "${BASH_SOURCE[0]}")/../.."
stamp=node_modules/.journeybot-lock.sha256
wanted="$(sha256sum package-lock.json | cut -d' ' -f1)"
if [ -f "$stamp" ] && [ "$(cat "$stamp")" = "$wanted" ]; then
  echo "node_modules matches package-lock.json"
  exit 0
fi
# The registry sometimes drops an idle connection; a fresh attempt usually gets through.
for attempt in 1 2 3; do
  if npm ci --no-audit --no-fund; then
    break
  fi
  if [ "$attempt" = 3 ]; then
    echo "error: npm ci failed three times" >&2
    exit 1
  fi
  echo "npm ci failed (attempt $attempt); retrying in $((attempt * 10)) s" >&2
  sleep $((attempt * 10))
done
echo "$wanted" >"$stamp"
