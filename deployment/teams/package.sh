#!/usr/bin/env bash
# Builds the Teams app package (manifest.json + icons, zipped) to upload in Teams.
#   BOT_ID=<bot app id> BOT_DOMAIN=<bot host name> bash deployment/teams/package.sh [output.zip]
# Default output: .local/teams/journeybot-teams.zip. Needs Node.js (the project's prerequisite), nothing else.
# See deployment/teams/package.mjs for the optional settings.
set -euo pipefail
here="$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)"
exec node "$here/package.mjs" "$@"
