#!/usr/bin/env bash
# Builds the Teams app package (manifest.json + icons, zipped) to upload in Teams.
#   BOT_ID=<bot app id> BOT_DOMAIN=<bot host name> bash deployment/teams/package.sh [output.zip]
# Default output: .local/teams/journeybot-teams.zip. Needs Node.js (the project's prerequisite), nothing else;
# when the dev dependencies are installed (npm ci), the packaged manifest is checked against its schema too.
# See deployment/teams/package.mjs for the optional settings.
set -euo pipefail
here="$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)"
root="$(cd "$here/../.." && pwd)"
output="${1:-$root/.local/teams/journeybot-teams.zip}"
node "$here/package.mjs" "$output"
if [[ -d "$root/node_modules/@microsoft/teams-manifest" && -d "$root/node_modules/@microsoft/app-manifest" ]]; then
  (cd "$root" && node "$here/validate.mjs" "$output")
else
  echo "(schema check skipped: run npm ci first to check the manifest against the Teams schema)"
fi
