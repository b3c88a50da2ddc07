#!/usr/bin/env bash
# The full reliability suite: installs the Node tools (Azurite) when missing, builds the solution (Release),
# then starts its own Azurite, a fake Bot Connector and the real bot process on loopback, runs every
# scenario (bad inputs, mutation fuzz, re-deliveries and double submits, connector faults, 50 users x 20
# notes, Table Storage stopped and started again) and prints one table. Exits non-zero when any scenario
# saw a 5xx, lost a confirmed note or recorded a problem.
# Usage (from anywhere): npm run reliability   or   bash deployment/local/reliability.sh [--quick] [--json <file>] [--only <scenario>]
set -euo pipefail

root="$(cd "$(dirname "${BASH_SOURCE[0]}")/../.." && pwd)"
cd "$root"
configuration="${CONFIGURATION:-Release}"

for tool in dotnet node npm; do
  command -v "$tool" >/dev/null || { echo "error: '$tool' is not installed; see README.md (prerequisites)." >&2; exit 2; }
done

bash deployment/local/npm-install.sh
dotnet build tests/JourneyBot.Reliability -c "$configuration" -nologo -v q
exec dotnet run --project tests/JourneyBot.Reliability --no-build -c "$configuration" -- "$@"
