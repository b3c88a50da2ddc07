#!/usr/bin/env bash
# shellcheck disable=SC2317  # functions run from traps and through wait_until look unreachable
# Runs JourneyBot locally: Azurite (Table Storage, data kept in .local/azurite), the bot in
# Development (anonymous, no app id) and the Microsoft 365 Agents Playground pointed at it.
# Open the URL it prints in a browser. Ctrl+C stops everything; so does any of them dying.
#
# Usage (from anywhere; `npm start` runs this):  bash deployment/local/run.sh
# Settings (environment variables):
#   BOT_PORT=3978            the bot's port (must be free)
#   AZURITE_PORT=13002       Azurite's table port; 0 picks a free one
#   PLAYGROUND_PORT=56150    the Playground's port; it picks another one itself if this is taken
#   CONFIGURATION=Debug      the build configuration
#   TABLE_PREFIX=local       put before every table name
#   SKIP_BUILD=1             run what is already built
#   BOT_DLL=path             run another build of the bot
set -euo pipefail

cd "$(dirname "${BASH_SOURCE[0]}")/../.."
ROOT=$PWD

BOT_PORT=${BOT_PORT:-3978}
AZURITE_PORT=${AZURITE_PORT:-13002}
PLAYGROUND_PORT=${PLAYGROUND_PORT:-56150}
CONFIGURATION=${CONFIGURATION:-Debug}
TABLE_PREFIX=${TABLE_PREFIX:-local}
BOT_DLL=${BOT_DLL:-$ROOT/src/JourneyBot/bin/$CONFIGURATION/net10.0/JourneyBot.dll}
STATE_DIR=$ROOT/.local
LOG_DIR=$STATE_DIR/logs
PLAYGROUND_CONFIG=$ROOT/deployment/local/playground.yml
# Azurite's well-known development account (public, documented; not a secret).
AZURITE_KEY='Eby8vdM02xNOcqFlqUwJPLlmEtlCDXJ1OUzFT50uSRZ6IFsuFq2UVErCz4I6tq/K1SZFPTOtr/KBHBeksoGMGw=='

say() { printf '[run] %s\n' "$*"; }
die() { printf '[run] error: %s\n' "$*" >&2; exit 1; }

# --- children: each in its own process group, so stopping one stops all it started --------
CHILD_PIDS=()
CHILD_NAMES=()
CHILD_STOP_SIGNALS=()

start_child() { # name stop-signal logfile command...
  local name=$1 signal=$2 log=$3
  shift 3
  if [[ $log == - ]]; then
    setsid "$@" &
  else
    setsid "$@" >"$log" 2>&1 &
  fi
  CHILD_PIDS+=("$!")
  CHILD_NAMES+=("$name")
  CHILD_STOP_SIGNALS+=("$signal")
  guard_child "$!" "$signal"
}

# The traps below stop the children on Ctrl+C, TERM, HUP and errors. Should this script be
# killed outright (kill -9), a small guard per child stops that child's group instead.
guard_child() { # process-group stop-signal
  # shellcheck disable=SC2016  # the guard's own script: expanded by the guard, not here
  setsid bash -c '
    parent=$1 group=$2 signal=$3
    while kill -0 "$parent" 2>/dev/null && kill -0 "$group" 2>/dev/null; do sleep 1; done
    kill -0 "$group" 2>/dev/null || exit 0
    kill "-$signal" -- "-$group" 2>/dev/null || kill "-$signal" "$group" 2>/dev/null
    for ((i = 0; i < 50; i++)); do kill -0 "$group" 2>/dev/null || exit 0; sleep 0.2; done
    kill -KILL -- "-$group" 2>/dev/null || kill -KILL "$group" 2>/dev/null' guard "$$" "$1" "$2" </dev/null >/dev/null 2>&1 &
  disown "$!"
}

# A child's process group has its pid as id once setsid ran; just after the fork only the pid exists.
group_alive() { kill -0 -- "-$1" 2>/dev/null || kill -0 "$1" 2>/dev/null; }

signal_group() { # signal pid
  kill "-$1" -- "-$2" 2>/dev/null || kill "-$1" "$2" 2>/dev/null || true
}

stop_children() {
  local i pid waited
  # Newest first: the Playground, then the bot, then Azurite.
  for ((i = ${#CHILD_PIDS[@]} - 1; i >= 0; i--)); do
    pid=${CHILD_PIDS[i]}
    if group_alive "$pid"; then
      say "stopping ${CHILD_NAMES[i]}"
      signal_group "${CHILD_STOP_SIGNALS[i]}" "$pid"
    fi
  done
  for ((waited = 0; waited < 100; waited++)); do
    local alive=0
    for pid in "${CHILD_PIDS[@]}"; do
      if group_alive "$pid"; then alive=1; fi
    done
    ((alive)) || break
    sleep 0.1
  done
  for ((i = 0; i < ${#CHILD_PIDS[@]}; i++)); do
    pid=${CHILD_PIDS[i]}
    if group_alive "$pid"; then
      say "${CHILD_NAMES[i]} did not stop in 10 s; killing it"
      signal_group KILL "$pid"
    fi
  done
  wait 2>/dev/null || true
}

cleanup() {
  local status=$?
  trap - EXIT INT TERM HUP
  if ((${#CHILD_PIDS[@]})); then stop_children; fi
  exit "$status"
}
trap cleanup EXIT
trap 'exit 130' INT
trap 'exit 143' TERM
trap 'exit 129' HUP

# --- helpers -------------------------------------------------------------------------------
port_in_use() { (exec 3<>"/dev/tcp/127.0.0.1/$1") 2>/dev/null; }

free_port() {
  node -e 'const s = require("net").createServer(); s.listen(0, "127.0.0.1", () => { console.log(s.address().port); s.close(); });'
}

http_ok() { # url: true when it answers 2xx
  node -e 'require("http").get(process.argv[1], r => process.exit(r.statusCode >= 200 && r.statusCode < 300 ? 0 : 1)).on("error", () => process.exit(1)).setTimeout(2000, function () { this.destroy(); });' "$1"
}

child_exited() { # index: true when that child is gone
  ! group_alive "${CHILD_PIDS[$1]}"
}

wait_until() { # description seconds child-index command...: polls command until it succeeds
  local what=$1 seconds=$2 child=$3 tries
  shift 3
  for ((tries = 0; tries < seconds * 5; tries++)); do
    if "$@"; then return 0; fi
    if child_exited "$child"; then return 1; fi
    sleep 0.2
  done
  say "$what did not become ready within $seconds s"
  return 1
}

show_log() { # name file
  if [[ -f $2 ]]; then
    say "last lines of $1's log ($2):"
    tail -n 40 "$2" >&2
  fi
}

# --- prerequisites --------------------------------------------------------------------------
command -v dotnet >/dev/null || die "the .NET SDK (dotnet) is not installed"
command -v node >/dev/null || die "Node.js (node) is not installed"
command -v npm >/dev/null || die "npm is not installed"
command -v setsid >/dev/null || die "setsid (util-linux) is not installed"
[[ -f $PLAYGROUND_CONFIG ]] || die "$PLAYGROUND_CONFIG is missing"
mkdir -p "$STATE_DIR/azurite" "$STATE_DIR/playground" "$LOG_DIR"

# npm ci, unless node_modules already matches package-lock.json.
bash deployment/local/npm-install.sh

if [[ ${SKIP_BUILD:-} != 1 ]]; then
  say "building ($CONFIGURATION)"
  dotnet build JourneyBot.sln -c "$CONFIGURATION" --nologo -v minimal
fi
[[ -f $BOT_DLL ]] || die "$BOT_DLL does not exist (build failed or SKIP_BUILD=1 without a build)"

# --- Azurite --------------------------------------------------------------------------------
if [[ $AZURITE_PORT == 0 ]]; then AZURITE_PORT=$(free_port); fi
port_in_use "$AZURITE_PORT" && die "port $AZURITE_PORT (Azurite) is in use: stop what uses it or set AZURITE_PORT (0 picks a free one)"
port_in_use "$BOT_PORT" && die "port $BOT_PORT (bot) is in use: stop what uses it or set BOT_PORT"

say "starting Azurite on 127.0.0.1:$AZURITE_PORT (data in .local/azurite)"
# Azurite saves its data and closes on SIGINT; on SIGTERM it would just die.
start_child azurite INT "$LOG_DIR/azurite.log" \
  node "$ROOT/node_modules/azurite/dist/src/table/main.js" \
  --tableHost 127.0.0.1 --tablePort "$AZURITE_PORT" --location "$STATE_DIR/azurite" \
  --skipApiVersionCheck --disableProductStyleUrl --disableTelemetry
AZURITE=$((${#CHILD_PIDS[@]} - 1))
wait_until "Azurite" 30 "$AZURITE" port_in_use "$AZURITE_PORT" || { show_log azurite "$LOG_DIR/azurite.log"; die "Azurite did not start"; }
STORAGE="DefaultEndpointsProtocol=http;AccountName=devstoreaccount1;AccountKey=$AZURITE_KEY;TableEndpoint=http://127.0.0.1:$AZURITE_PORT/devstoreaccount1;"

# --- the bot ---------------------------------------------------------------------------------
say "starting the bot on http://127.0.0.1:$BOT_PORT (its log follows here)"
# Its folder is its content root (appsettings, card templates). No app id (Bot:AppId empty):
# anonymous in and out, which the Playground needs and Development allows.
start_child bot TERM - env -u AUTH_CLIENT_ID -u AUTH_CLIENT_SECRET -u AUTH_TENANT_ID -C "$(dirname "$BOT_DLL")" \
  ASPNETCORE_ENVIRONMENT=Development \
  Bot__AppId= \
  ASPNETCORE_URLS="http://127.0.0.1:$BOT_PORT" \
  Storage__ConnectionString="$STORAGE" \
  Storage__TablePrefix="$TABLE_PREFIX" \
  MapLinks__PublicBaseUrl="http://localhost:$BOT_PORT" \
  DOTNET_NOLOGO=1 \
  dotnet "$BOT_DLL"
BOT=$((${#CHILD_PIDS[@]} - 1))
wait_until "the bot" 60 "$BOT" http_ok "http://127.0.0.1:$BOT_PORT/healthz" || die "the bot did not start"

# --- the Playground --------------------------------------------------------------------------
PLAYGROUND_OUT=$LOG_DIR/playground.stdout
PLAYGROUND_LOG=$LOG_DIR/playground.log
: >"$PLAYGROUND_OUT"
say "starting the Agents Playground"
start_child playground TERM "$PLAYGROUND_OUT" env -C "$STATE_DIR/playground" \
  -u AUTH_CLIENT_ID -u AUTH_CLIENT_SECRET -u AUTH_TENANT_ID -u BOT_ENDPOINT -u DEFAULT_CHANNEL_ID \
  -u M365_AGENTS_PLAYGROUND_CONVERSATION_ID -u M365_AGENTS_PLAYGROUND_SERVICE_URL \
  TEAMSAPPTESTER_BROWSER=none \
  APPLICATION_INSIGHTS_NO_STATSBEAT=true \
  M365_AGENTS_PLAYGROUND_CONFIG_PATH="$PLAYGROUND_CONFIG" \
  M365_AGENTS_PLAYGROUND_LOGFILE="$PLAYGROUND_LOG" \
  node "$ROOT/node_modules/@microsoft/m365agentsplayground/cli.js" \
  -p "$PLAYGROUND_PORT" -e "http://127.0.0.1:$BOT_PORT/api/messages" -c msteams --dt
PLAYGROUND=$((${#CHILD_PIDS[@]} - 1))
listening_port() { sed -n 's/^Listening on \([0-9][0-9]*\).*/\1/p' "$PLAYGROUND_OUT" | head -n 1; }
# It loads its config after printing "Listening" and exits at once on an invalid file.
playground_ready() {
  local port
  port=$(listening_port)
  [[ -n $port ]] && http_ok "http://127.0.0.1:$port/_internal/v1/testConfig"
}
wait_until "the Playground" 60 "$PLAYGROUND" playground_ready || { show_log playground "$PLAYGROUND_LOG"; die "the Playground did not start"; }
PLAYGROUND_URL="http://localhost:$(listening_port)"

cat <<EOF

  JourneyBot is running.
    Playground (open in a browser):  $PLAYGROUND_URL
    Bot endpoint:                    http://127.0.0.1:$BOT_PORT/api/messages
    Azurite tables:                  http://127.0.0.1:$AZURITE_PORT/devstoreaccount1  (data in .local/azurite)
    Logs:                            .local/logs/ (azurite.log, playground.log)
  Press Ctrl+C to stop.

EOF

# --- run until Ctrl+C or until any of them exits ---------------------------------------------
set +e
wait -n
status=$?
set -e
for ((i = 0; i < ${#CHILD_PIDS[@]}; i++)); do
  if child_exited "$i"; then
    say "${CHILD_NAMES[i]} exited (status $status); stopping the others"
    case ${CHILD_NAMES[i]} in
      azurite) show_log azurite "$LOG_DIR/azurite.log" ;;
      playground) show_log playground "$PLAYGROUND_LOG" ;;
    esac
  fi
done
exit "$((status == 0 ? 1 : status))"
