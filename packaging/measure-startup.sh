#!/usr/bin/env bash
# Measures start-up to the first rendered frame of the app-image under a private Xvfb, with and
# without CDS, and prints the app-image and .deb sizes. Uses org.ouroboros.ui.StartupProbe
# (-Douroboros.startupProbe=true prints first-frame-ms and exits).
#
# Configurations, run round-robin so that load from other processes hits all of them alike:
#   no-cds        -Xshare:off
#   jdk-cds       jlink's default archive (JDK classes only), as built by jlink --generate-cds-archive
#   shipped       the archive build.sh puts in the runtime (JDK + JavaFX classes) -- what users get
#   shipped+app   plus a dynamic archive of the class-path classes. JDK 17 accepts it only at the
#                 absolute path it was dumped at: the app-image (relocatable) does not ship it, the
#                 .deb ships one dumped at /opt/ouroboros, so this row predicts the installed .deb
# Numbers per run: first-frame-ms (from the JVM's start time, as the probe prints it: the start-up
# screen's first frame), ready-ms (the same for the main window's first frame, the whole shell) and
# launch-ms (from just before exec of the launcher, so it includes the native launcher); plus
# cpu-ms, the user+system CPU time of the whole run (to exit, all threads), and ready-cpu-ms, the
# process's CPU time when the main window's first frame was rendered (as the probe prints it):
# both depend much less on other load than the wall-clock numbers.
# The OS file cache is warm after the first run: these are cold-JVM, warm-disk numbers.
#
# Usage: packaging/measure-startup.sh [-n RUNS] [--nice N] [--launcher PATH]
#   -n RUNS   runs per configuration (default 5)
#   --launcher PATH  measure another launcher, e.g. an installed .deb's /opt/ouroboros/bin/Ouroboros:
#             only no-cds and shipped (whatever its .cfg ships), since .cfg options win over
#             JAVA_TOOL_OPTIONS
#   --nice N  run the app at nice level N (e.g. -10, needs root): on a machine shared with other
#             busy processes this approximates an idle machine; the table says when it was used
# Needs an app-image from packaging/build.sh (built with --no-deb when missing).
set -euo pipefail

root="$(cd "$(dirname "$0")/.." && pwd)"
# shellcheck source=lib/xvfb.sh
source "$root/packaging/lib/xvfb.sh"

runs=5
nice_level=""
launcher=""
while (($#)); do
  case "$1" in
    -n) runs="$2"; shift ;;
    --nice) nice_level="$2"; shift ;;
    --launcher) launcher="$2"; shift ;;
    -h|--help) sed -n '2,/^set -euo/p' "$0" | sed '$d; s/^# \{0,1\}//'; exit 0 ;;
    *) echo "unknown option: $1 (try --help)" >&2; exit 2 ;;
  esac
  shift
done

out="$root/target/packaging"
own_image=false
if [[ -z "$launcher" ]]; then
  own_image=true
  launcher="$out/Ouroboros/bin/Ouroboros"
  [[ -x "$launcher" ]] || "$root/packaging/build.sh" --no-deb
fi
jdk_archive="$out/work/jdk-default.jsa"

scratch="$(mktemp -d)"
trap 'stop_xvfb; rm -rf "$scratch"' EXIT
start_xvfb "${XVFB_DISPLAY:-93}"
# The X server draws every frame: at normal priority on a busy machine it, not the app, is the
# bottleneck of a --nice run.
[[ -n "$nice_level" ]] && renice -n "$nice_level" -p "$XVFB_PID" > /dev/null
mkdir -p "$scratch/home"
probe="-Douroboros.startupProbe=true -Duser.home=$scratch/home -Douroboros.configDir=$scratch/home/.config/ouroboros"

nice_prefix=()
[[ -n "$nice_level" ]] && nice_prefix=(nice -n "$nice_level")

# One run: prints "<first-frame-ms> <launch-ms> <cpu-ms> <ready-ms> <ready-cpu-ms>", or fails.
# ready-ms is "-" for an app that does not print window-ready-ms (built before the start-up screen
# existed), ready-cpu-ms for one that does not print window-ready-cpu-ms.
run_once() {
  local options="$1" log="$scratch/run.log" started status=0 TIMEFORMAT='%3U %3S'
  started="$(date +%s%3N)"
  { time HOME="$scratch/home" XDG_CONFIG_HOME="$scratch/home/.config" JAVA_TOOL_OPTIONS="$probe $options" \
      "${nice_prefix[@]}" timeout 120 "$launcher" > "$log" 2>&1 ; } 2> "$scratch/cpu" || status=$?
  if ((status != 0)); then
    echo "run failed with options '$options':" >&2; tail -20 "$log" >&2; return 1
  fi
  local frame epoch user system ready ready_cpu
  frame="$(sed -n 's/^first-frame-ms=//p' "$log")"
  ready="$(sed -n 's/^window-ready-ms=//p' "$log")"
  ready_cpu="$(sed -n 's/^window-ready-cpu-ms=//p' "$log")"
  epoch="$(sed -n 's/^first-frame-epoch-ms=//p' "$log")"
  [[ -n "$frame" && -n "$epoch" ]] || { echo "no probe output:" >&2; tail -20 "$log" >&2; return 1; }
  read -r user system < "$scratch/cpu"
  echo "$frame $((epoch - started)) $(awk -v u="$user" -v s="$system" 'BEGIN { printf "%d", (u + s) * 1000 }') ${ready:--} ${ready_cpu:--}"
}

configs=(no-cds shipped)
declare -A options=([no-cds]="-Xshare:off" [shipped]="-Xshare:on")
if $own_image; then
  if [[ -f "$jdk_archive" ]]; then
    configs=(no-cds jdk-cds shipped)
    options[jdk-cds]="-Xshare:on -XX:SharedArchiveFile=$jdk_archive"
  fi
  echo "[measure] dumping the class-path archive for shipped+app (not shipped in the app-image, see header)"
  run_once "-XX:ArchiveClassesAtExit=$scratch/app.jsa" > /dev/null
  configs+=(shipped+app)
  options[shipped+app]="-Xshare:on -XX:SharedArchiveFile=$scratch/app.jsa"
fi
echo "[measure] $launcher"

echo "[measure] $runs runs per configuration, round-robin; load: $(cut -d' ' -f1-3 /proc/loadavg)"
run_once "${options[shipped]}" > /dev/null   # warm the file cache once
for ((i = 1; i <= runs; i++)); do
  for config in "${configs[@]}"; do
    read -r frame launch cpu ready ready_cpu < <(run_once "${options[$config]}")
    echo "$frame" >> "$scratch/$config.frame"
    [[ "$ready" == - ]] || echo "$ready" >> "$scratch/$config.ready"
    [[ "$ready_cpu" == - ]] || echo "$ready_cpu" >> "$scratch/$config.ready-cpu"
    echo "$cpu" >> "$scratch/$config.cpu"
    echo "$launch" >> "$scratch/$config.launch"
  done
done

median() { sort -n "$1" | awk '{ v[NR] = $1 } END { print (NR % 2) ? v[(NR + 1) / 2] : int((v[NR / 2] + v[NR / 2 + 1]) / 2) }'; }
range() { sort -n "$1" | awk 'NR == 1 { lo = $1 } { hi = $1 } END { print lo "-" hi }'; }
echo
printf '%-12s %15s %12s %10s %8s %9s %12s %13s\n' config first-frame-ms range launch-ms cpu-ms ready-ms \
  ready-range ready-cpu-ms
for config in "${configs[@]}"; do
  ready=- ready_range=- ready_cpu=-
  if [[ -s "$scratch/$config.ready" ]]; then
    ready="$(median "$scratch/$config.ready")"
    ready_range="$(range "$scratch/$config.ready")"
  fi
  [[ -s "$scratch/$config.ready-cpu" ]] && ready_cpu="$(median "$scratch/$config.ready-cpu")"
  printf '%-12s %15s %12s %10s %8s %9s %12s %13s\n' "$config" "$(median "$scratch/$config.frame")" \
    "$(range "$scratch/$config.frame")" "$(median "$scratch/$config.launch")" \
    "$(median "$scratch/$config.cpu")" "$ready" "$ready_range" "$ready_cpu"
done
echo "(medians of $runs runs; $(date -u '+%Y-%m-%d %H:%M UTC'); $(nproc) cores; load after: $(cut -d' ' -f1-3 /proc/loadavg)${nice_level:+; app at nice $nice_level})"
echo
echo "app-image: $(du -sh "$out/Ouroboros" | cut -f1)  ($out/Ouroboros)"
for deb in "$out"/*.deb; do
  [[ -f "$deb" ]] && echo "deb:       $(du -sh "$deb" | cut -f1)  ($deb)"
done
