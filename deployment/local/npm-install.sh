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
npm ci --no-audit --no-fund
echo "$wanted" >"$stamp"
