# Sourced by the packaging scripts: start and stop a private Xvfb display.
# start_xvfb [first-display-number]  -> exports DISPLAY, sets XVFB_PID; tries the next number when taken.
# stop_xvfb                          -> kills only the Xvfb this script started.

XVFB_PID=""

start_xvfb() {
  local display_number="${1:-93}"
  command -v Xvfb >/dev/null || { echo "Xvfb not found (apt-get install xvfb xauth)" >&2; return 1; }
  local attempt
  for attempt in 1 2 3 4 5 6 7 8 9 10; do
    if [[ ! -e "/tmp/.X${display_number}-lock" && ! -e "/tmp/.X11-unix/X${display_number}" ]]; then
      Xvfb ":${display_number}" -ac -screen 0 1600x1000x24 -nolisten tcp >/dev/null 2>&1 &
      XVFB_PID=$!
      local waited
      for waited in $(seq 1 50); do
        if [[ -e "/tmp/.X11-unix/X${display_number}" ]]; then
          export DISPLAY=":${display_number}"
          return 0
        fi
        kill -0 "$XVFB_PID" 2>/dev/null || break
        sleep 0.1
      done
      kill "$XVFB_PID" 2>/dev/null || true
      XVFB_PID=""
    fi
    display_number=$((display_number + 1))
  done
  echo "could not start Xvfb on any display from :${1:-93}" >&2
  return 1
}

stop_xvfb() {
  if [[ -n "$XVFB_PID" ]]; then
    kill "$XVFB_PID" 2>/dev/null || true
    wait "$XVFB_PID" 2>/dev/null || true
    XVFB_PID=""
  fi
}
