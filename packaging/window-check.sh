#!/usr/bin/env bash
# Window check of the packaged app: starts the app-image's launcher under a private Xvfb, waits
# for its window, screenshots it and checks the picture is not blank. Exits non-zero, with the
# reason and the app's output, when anything is wrong.
#
# Usage: packaging/window-check.sh [--build] [--launcher PATH] [--screenshot FILE]
#   --build          run packaging/build.sh --no-deb first (default: only when no app-image exists)
#   --launcher PATH  launcher to start (default target/packaging/Ouroboros/bin/Ouroboros;
#                    /opt/ouroboros/bin/Ouroboros checks an installed .deb)
#   --screenshot F   where to write the window screenshot (default target/packaging/smoke.png)
# Environment: XVFB_DISPLAY (first display number tried, default 93), SMOKE_TIMEOUT (s, default 90: the shell takes ~25 s at load 20),
#   WINDOW_TITLE (regex the xwininfo line must match, default `[^"]Ouroboros"`: a title that ends
#   in Ouroboros but is not just "Ouroboros", i.e. the shell's "<file> — Ouroboros", not the
#   start-up screen that is shown before it),
#   SMOKE_JAVA_OPTIONS (extra JVM options, e.g. "-Duser.language=zh -Duser.country=CN" for the
#   Chinese UI).
# Needs: Xvfb, xwininfo (x11-utils), ImageMagick (import, identify, convert).
set -euo pipefail

root="$(cd "$(dirname "$0")/.." && pwd)"
# shellcheck source=lib/xvfb.sh
source "$root/packaging/lib/xvfb.sh"

build=false
launcher="$root/target/packaging/Ouroboros/bin/Ouroboros"
screenshot="$root/target/packaging/smoke.png"
while (($#)); do
  case "$1" in
    --build) build=true ;;
    --launcher) launcher="$2"; shift ;;
    --screenshot) screenshot="$2"; shift ;;
    -h|--help) sed -n '2,/^set -euo/p' "$0" | sed '$d; s/^# \{0,1\}//'; exit 0 ;;
    *) echo "unknown option: $1 (try --help)" >&2; exit 2 ;;
  esac
  shift
done
timeout_s="${SMOKE_TIMEOUT:-90}"
title_regex="${WINDOW_TITLE:-[^\"]Ouroboros\"}"

fail() {
  echo "WINDOW CHECK FAILED: $*" >&2
  if [[ -s "${app_log:-}" ]]; then
    echo "--- app output (last 40 lines) ---" >&2
    tail -40 "$app_log" >&2
  fi
  exit 1
}

if $build || [[ ! -x "$launcher" && "$launcher" == "$root/target/packaging/"* ]]; then
  "$root/packaging/build.sh" --no-deb
fi
[[ -x "$launcher" ]] || fail "no launcher at $launcher"
for tool in Xvfb xwininfo import identify; do
  command -v "$tool" >/dev/null || fail "$tool not found (apt-get install xvfb xauth x11-utils imagemagick)"
done

scratch="$(mktemp -d)"
app_log="$scratch/app.log"
app_pid=""
cleanup() {
  if [[ -n "$app_pid" ]] && kill -0 "$app_pid" 2>/dev/null; then
    kill "$app_pid" 2>/dev/null || true
    sleep 1
    kill -9 "$app_pid" 2>/dev/null || true
    wait "$app_pid" 2>/dev/null || true
  fi
  stop_xvfb
  rm -rf "$scratch"
}
trap cleanup EXIT

start_xvfb "${XVFB_DISPLAY:-93}" || fail "could not start Xvfb"
echo "[window-check] Xvfb on $DISPLAY; starting $launcher"
# A throw-away home so the run neither reads nor leaves preferences or autosaves.
mkdir -p "$scratch/home"
HOME="$scratch/home" XDG_CONFIG_HOME="$scratch/home/.config" \
  JAVA_TOOL_OPTIONS="-Duser.home=$scratch/home -Douroboros.configDir=$scratch/home/.config/ouroboros ${SMOKE_JAVA_OPTIONS:-}" \
  "$launcher" > "$app_log" 2>&1 &
app_pid=$!

# Wait for a mapped top-level window whose title matches.
window_id=""
deadline=$((SECONDS + timeout_s))
while ((SECONDS < deadline)); do
  kill -0 "$app_pid" 2>/dev/null || fail "the app exited before showing a window"
  for candidate in $(xwininfo -root -tree 2>/dev/null \
      | awk -v re="$title_regex" '$2 ~ /^"/ && $0 ~ re && $0 ~ /[0-9]+x[0-9]+\+/ { print $1 }'); do
    if xwininfo -id "$candidate" 2>/dev/null | grep -q 'Map State: IsViewable'; then
      window_id="$candidate"
      break 2
    fi
  done
  window_id=""
  sleep 0.5
done
[[ -n "$window_id" ]] || fail "no window titled /$title_regex/ within ${timeout_s}s"
geometry="$(xwininfo -id "$window_id" | awk '/Width:/ {w=$2} /Height:/ {h=$2} END {print w "x" h}')"
echo "[window-check] window $window_id ($geometry) after ~$((timeout_s - (deadline - SECONDS)))s"

# The first frames may still be empty, and the stage shows the start-up screen (the theme's
# background, a logo in the middle) until the shell's first pulse, though its title already names
# the shell. Retry the screenshot until it shows the shell: besides "not one flat colour", the
# menu bar's corner (top left, 300x40) must hold text; on the start-up screen it is flat.
mkdir -p "$(dirname "$screenshot")"
colours=0; deviation=0; menu_colours=0
shows_shell() {
  ((colours >= 8 && menu_colours >= 4)) && awk -v d="$deviation" 'BEGIN { exit !(d > 0.005) }'
}
while ((SECONDS < deadline + 30)); do
  if import -window "$window_id" "$screenshot" 2>/dev/null; then
    colours="$(identify -format '%k' "$screenshot")"
    deviation="$(identify -format '%[fx:standard_deviation]' "$screenshot")"
    menu_colours="$(convert "$screenshot" -crop 300x40+0+0 +repage -format '%k' info:)"
    shows_shell && break
  fi
  sleep 1
done
import -window root "${screenshot%.png}-root.png" 2>/dev/null || true
shows_shell || fail "the window does not show the shell: $colours colours, std dev $deviation, $menu_colours colours in the menu bar's corner ($screenshot)"

if grep -q -e 'Unsupported JavaFX configuration' -e 'Exception in' "$app_log"; then
  fail "the app logged an error or warning"
fi
kill -0 "$app_pid" 2>/dev/null || fail "the app died after showing its window"
echo "[window-check] OK: window '$title_regex' $geometry shows the shell ($colours colours, std dev $deviation, menu bar corner $menu_colours colours); screenshot $screenshot"
