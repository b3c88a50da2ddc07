#!/usr/bin/env bash
# Runs every test of JourneyBot on a fresh machine (Debian with the .NET 10 SDK and Node.js/npm):
# installs the Node tools (Azurite, Agents Playground) from package-lock.json and Debian's Chromium
# (the map page tests render the page headless) when missing, restores and builds
# the solution, starts Azurite on a free port, runs `dotnet test` and then the quick reliability suite
# (which starts its own Azurite and the bot), stops Azurite, and exits non-zero on any failure.
# Usage (from anywhere): npm test   or   bash deployment/local/test.sh [dotnet test args]
set -euo pipefail

root="$(cd "$(dirname "${BASH_SOURCE[0]}")/../.." && pwd)"
cd "$root"
configuration="${CONFIGURATION:-Release}"
results="$root/TestResults"

say() { printf '\n== %s\n' "$*"; }

for tool in dotnet node npm; do
  command -v "$tool" >/dev/null || { echo "error: '$tool' is not installed; see README.md (prerequisites)." >&2; exit 2; }
done

say "Node tools (npm ci)"
bash deployment/local/npm-install.sh

say "Chromium (headless, for the map page tests)"
bash deployment/local/chromium-install.sh

say "Restore and build ($configuration)"
dotnet restore JourneyBot.sln
dotnet build JourneyBot.sln --no-restore -c "$configuration" -nologo

say "Azurite (Table Storage emulator)"
port="$(node -e 'const s=require("net").createServer();s.listen(0,"127.0.0.1",()=>{console.log(s.address().port);s.close()})')"
azurite_log="$(mktemp -t journeybot-azurite.XXXXXX.log)"
node node_modules/azurite/dist/src/table/main.js \
  --tableHost 127.0.0.1 --tablePort "$port" --inMemoryPersistence \
  --skipApiVersionCheck --disableProductStyleUrl --disableTelemetry >"$azurite_log" 2>&1 &
azurite_pid=$!
cleanup() {
  kill "$azurite_pid" 2>/dev/null || true
  wait "$azurite_pid" 2>/dev/null || true
}
trap cleanup EXIT INT TERM

for _ in $(seq 1 100); do
  if (exec 3<>"/dev/tcp/127.0.0.1/$port") 2>/dev/null; then break; fi
  if ! kill -0 "$azurite_pid" 2>/dev/null; then echo "error: Azurite exited:" >&2; cat "$azurite_log" >&2; exit 1; fi
  sleep 0.1
done
echo "Azurite tables on 127.0.0.1:$port"
export JOURNEYBOT_TEST_STORAGE="DefaultEndpointsProtocol=http;AccountName=devstoreaccount1;AccountKey=Eby8vdM02xNOcqFlqUwJPLlmEtlCDXJ1OUzFT50uSRZ6IFsuFq2UVErCz4I6tq/K1SZFPTOtr/KBHBeksoGMGw==;TableEndpoint=http://127.0.0.1:$port/devstoreaccount1;"

say "dotnet test"
rm -rf "$results"
test_log="$(mktemp -t journeybot-test.XXXXXX.log)"
status=0
dotnet test JourneyBot.sln --no-build -c "$configuration" --results-directory "$results" --logger "trx" "$@" 2>&1 | tee "$test_log" || status=$?

# One closing line summed over the test assemblies, in the plain 'N passed, N failed' form.
awk '
  /(Passed|Failed)! +- +Failed: +[0-9]+, +Passed: +[0-9]+, +Skipped: +[0-9]+/ {
    match($0, /Failed: +[0-9]+/);  f += substr($0, RSTART + 7, RLENGTH - 7) + 0
    match($0, /Passed: +[0-9]+/);  p += substr($0, RSTART + 7, RLENGTH - 7) + 0
    match($0, /Skipped: +[0-9]+/); s += substr($0, RSTART + 8, RLENGTH - 8) + 0
    n++
  }
  END { printf "\ntest assemblies: %d\ntests: %d passed, %d failed, %d skipped\n", n, p, f, s }
' "$test_log"

if [ "$status" -ne 0 ]; then
  echo "error: dotnet test failed (exit $status); TRX results are in $results" >&2
fi

say "Reliability suite (quick; the full one: npm run reliability)"
mkdir -p "$results"
reliability=0
dotnet run --project tests/JourneyBot.Reliability --no-build -c "$configuration" -- --quick --json "$results/reliability.json" || reliability=$?
if [ "$reliability" -ne 0 ]; then
  echo "error: the reliability suite failed (exit $reliability)" >&2
  [ "$status" -ne 0 ] || status=$reliability
fi
exit "$status"
