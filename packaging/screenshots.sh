#!/usr/bin/env bash
# Takes the README's screenshots from the real app under a private Xvfb, one per language:
#   assets/screenshot-en.png, assets/screenshot-zh_CN.png
# Each run starts the launcher with a throw-away configuration folder whose preferences pick
# the language, the theme, the lesson and the window size; it waits for the shell's window,
# runs the lesson's example (Ctrl+Enter, typed with xdotool), picks a view tab (click on the
# first, Ctrl+Tab), and screenshots the window.
#
# Usage: packaging/screenshots.sh [--launcher PATH] [--lesson ID] [--theme light|dark|high-contrast]
#   --launcher  default target/packaging/Ouroboros/bin/Ouroboros (packaging/build.sh --no-deb makes it)
#   --lesson    lesson id shown (default classes: the MRO view); objects, magic-methods, ...
# Environment: SHOT_SIZE (window size, default 1280x800), SHOT_WAIT (s after running, default 6),
#   SHOT_TAB (which view tab, 1-based, default 2), SHOT_TAB_X/SHOT_TAB_Y (where the first tab is),
#   XVFB_DISPLAY (first display number tried, default 93).
# Needs: Xvfb, xdotool, xwininfo (x11-utils), ImageMagick; fonts-wqy-microhei for the Chinese shot.
set -euo pipefail

root="$(cd "$(dirname "$0")/.." && pwd)"
# shellcheck source=lib/xvfb.sh
source "$root/packaging/lib/xvfb.sh"

launcher="$root/target/packaging/Ouroboros/bin/Ouroboros"
lesson=classes
theme=light
while (($#)); do
  case "$1" in
    --launcher) launcher="$2"; shift ;;
    --lesson) lesson="$2"; shift ;;
    --theme) theme="$2"; shift ;;
    -h|--help) sed -n '2,/^set -euo/p' "$0" | sed '$d; s/^# \{0,1\}//'; exit 0 ;;
    *) echo "unknown option: $1 (try --help)" >&2; exit 2 ;;
  esac
  shift
done
[[ -x "$launcher" ]] || { echo "no launcher at $launcher (run packaging/build.sh --no-deb)" >&2; exit 1; }
for tool in Xvfb xdotool xwininfo import; do
  command -v "$tool" >/dev/null || { echo "$tool not found" >&2; exit 1; }
done
size="${SHOT_SIZE:-1280x800}"
width="${size%x*}"; height="${size#*x}"

scratch="$(mktemp -d)"
app_pid=""
stop_app() {
  if [[ -n "$app_pid" ]] && kill -0 "$app_pid" 2>/dev/null; then
    kill "$app_pid" 2>/dev/null || true
    sleep 1
    kill -9 "$app_pid" 2>/dev/null || true
  fi
  wait "$app_pid" 2>/dev/null || true
  app_pid=""
}
trap 'stop_app; stop_xvfb; rm -rf "$scratch"' EXIT
start_xvfb "${XVFB_DISPLAY:-93}"

# wait_for_pixels WINDOW FILE: screenshots WINDOW into FILE until it is not one flat colour.
wait_for_pixels() {
  local attempt
  for attempt in $(seq 1 60); do
    if import -window "$1" "$2" 2>/dev/null && (($(identify -format '%k' "$2") >= 64)); then
      return 0
    fi
    sleep 1
  done
  return 1
}

# shot LANGUAGE_TAG OUTPUT
shot() {
  local language="$1" out="$2" home="$scratch/$1"
  mkdir -p "$home/.config/ouroboros"
  cat > "$home/.config/ouroboros/preferences.properties" <<EOF
language=$language
theme=$theme
lastLesson=$lesson
window.x=0
window.y=0
window.width=$width
window.height=$height
window.maximized=false
zoom=1.0
EOF
  HOME="$home" XDG_CONFIG_HOME="$home/.config" \
    JAVA_TOOL_OPTIONS="-Duser.home=$home -Douroboros.configDir=$home/.config/ouroboros" \
    "$launcher" > "$scratch/$language.log" 2>&1 &
  app_pid=$!
  local window="" waited
  for waited in $(seq 1 240); do
    window="$(xwininfo -root -tree | awk '$2 ~ /^"/ && /[^"]Ouroboros"/ && /[0-9]+x[0-9]+\+/ { print $1; exit }')"
    [[ -n "$window" ]] && xwininfo -id "$window" | grep -q IsViewable && break
    window=""
    sleep 0.5
  done
  [[ -n "$window" ]] || { tail -20 "$scratch/$language.log" >&2; echo "no shell window" >&2; exit 1; }
  # The shell is painted some time after it is mapped (seconds under load): wait for pixels.
  wait_for_pixels "$window" "$scratch/probe.png" || { echo "the window stays blank" >&2; exit 1; }
  sleep 2     # the lesson's example is read in the background after the window shows
  # No window manager: keyboard focus follows the pointer, so put the pointer on the window.
  xdotool mousemove $((width * 3 / 4)) $((height / 3))
  xdotool key ctrl+Return
  sleep "${SHOT_WAIT:-6}"
  # The first view tab, then Ctrl+Tab: the lesson's second tab (the MRO view for classes).
  xdotool mousemove "${SHOT_TAB_X:-280}" "${SHOT_TAB_Y:-99}" click 1
  sleep 1
  local tab
  for ((tab = 1; tab < ${SHOT_TAB:-2}; tab++)); do xdotool key ctrl+Tab; sleep 1; done
  xdotool mousemove $((width - 5)) $((height - 5))   # no hover highlight or tooltip in the shot
  sleep 3
  wait_for_pixels "$window" "$out"
  echo "[screenshots] $out ($(identify -format '%wx%h' "$out"))"
  stop_app
}

shot en "$root/assets/screenshot-en.png"
shot zh_CN "$root/assets/screenshot-zh_CN.png"
