#!/usr/bin/env bash
# Installs Debian's Chromium for the map page tests (they render the page headless) unless it is there.
# Uses apt-get as root, or through sudo (without a password prompt) otherwise; JOURNEYBOT_CHROMIUM may
# name another Chromium executable instead.
set -euo pipefail
if [ -n "${JOURNEYBOT_CHROMIUM:-}" ]; then
  [ -x "$JOURNEYBOT_CHROMIUM" ] || { echo "error: JOURNEYBOT_CHROMIUM=$JOURNEYBOT_CHROMIUM is not an executable." >&2; exit 2; }
  echo "using $JOURNEYBOT_CHROMIUM"
  exit 0
fi
if [ -x /usr/bin/chromium ]; then
  echo "chromium is installed"
  exit 0
fi
# A mirror can fail for a moment; a second attempt after a pause usually gets through.
with_retry() {
  "$@" || { echo "retrying in 15 s: $*" >&2; sleep 15; "$@"; }
}
install=(apt-get install -y --no-install-recommends chromium)
if [ "$(id -u)" -eq 0 ]; then
  with_retry env DEBIAN_FRONTEND=noninteractive apt-get update
  with_retry env DEBIAN_FRONTEND=noninteractive "${install[@]}"
elif command -v sudo >/dev/null && sudo -n true 2>/dev/null; then
  with_retry sudo -n env DEBIAN_FRONTEND=noninteractive apt-get update
  with_retry sudo -n env DEBIAN_FRONTEND=noninteractive "${install[@]}"
else
  echo "error: Chromium is needed for the map page tests and is not installed (/usr/bin/chromium)," >&2
  echo "       and this user can neither run apt-get nor sudo without a password. Install it with:" >&2
  echo "       sudo apt-get install -y --no-install-recommends chromium" >&2
  exit 2
fi
[ -x /usr/bin/chromium ] || { echo "error: apt-get finished but /usr/bin/chromium is still missing." >&2; exit 2; }
