#!/usr/bin/env bash
# Measures start-up to the first rendered frame of the app-image under a private Xvfb, with and
# without CDS, and prints the app-image and .deb sizes. Uses org.ouroboros.ui.StartupProbe
# (-Douroboros.startupProbe=true prints first-frame-ms and exits).
#
# Configurations, run round-robin so that load from other processes hits all of them alike:
#   no-cds        -Xshare:off
#   jdk-cds       jlink's default archive (JDK classes only), as built by jlink --generate-cds-archive
#   shipped       the archive build.sh puts in the runtime (JDK + JavaFX classes) -- what users get
#   shipped+app   plus a dynamic archive of the class-path classes; informational: JDK 17 accepts it
#                 only at the absolute path it was dumped at, so it is not shipped
# Two numbers per run: first-frame-ms (from the JVM's start time, as the probe prints it) and
# launch-ms (from just before exec of the launcher, so it includes the native launcher).
# The OS file cache is warm after the first run: these are cold-JVM, warm-disk numbers.
#
# Usage: packaging/measure-startup.sh [-n RUNS] (default 5)
# Needs an app-image from packaging/build.sh (built with --no-deb when missing).
set -euo pipefail

root="$(cd "$(dirname "$0")/.." && pwd)"
# shellcheck source=lib/xvfb.sh
source "$root/packaging/lib/xvfb.sh"

runs=5
while (($#)); do
  case "$1" in
    -n) runs="$2"; shift ;;
    -h|--help) sed -n '2,/^set -euo/p' "$0" | sed '$d; s/^# \{0,1\}//'; exit 0 ;;
    *) echo "unknown option: $1 (try --help)" >&2; exit 2 ;;
  esac
  shift
done

out="$root/target/packaging"
launcher="$out/Ouroboros/bin/Ouroboros"
[[ -x "$launcher" ]] || "$root/packaging/build.sh" --no-deb
jdk_archive="$out/work/jdk-default.jsa"

scratch="$(mktemp -d)"
trap 'stop_xvfb; rm -rf "$scratch"' EXIT
start_xvfb "${XVFB_DISPLAY:-93}"
mkdir -p "$scratch/home"
probe="-Douroboros.startupProbe=true -Duser.home=$scratch/home -Douroboros.configDir=$scratch/home/.config/ouroboros"

# One run: prints "<first-frame-ms> <launch-ms>", or fails.
run_once() {
  local options="$1" log="$scratch/run.log" started
  started="$(date +%s%3N)"
  if ! HOME="$scratch/home" XDG_CONFIG_HOME="$scratch/home/.config" JAVA_TOOL_OPTIONS="$probe $options" timeout 120 "$launcher" > "$log" 2>&1; then
    echo "run failed with options '$options':" >&2; tail -20 "$log" >&2; return 1
  fi
  local frame epoch
  frame="$(sed -n 's/^first-frame-ms=//p' "$log")"
  epoch="$(sed -n 's/^first-frame-epoch-ms=//p' "$log")"
  [[ -n "$frame" && -n "$epoch" ]] || { echo "no probe output:" >&2; tail -20 "$log" >&2; return 1; }
  echo "$frame $((epoch - started))"
}

configs=(no-cds shipped)
declare -A options=([no-cds]="-Xshare:off" [shipped]="-Xshare:on")
if [[ -f "$jdk_archive" ]]; then
  configs=(no-cds jdk-cds shipped)
  options[jdk-cds]="-Xshare:on -XX:SharedArchiveFile=$jdk_archive"
fi
echo "[measure] dumping the class-path archive for shipped+app (not shipped, see header)"
run_once "-XX:ArchiveClassesAtExit=$scratch/app.jsa" > /dev/null
configs+=(shipped+app)
options[shipped+app]="-Xshare:on -XX:SharedArchiveFile=$scratch/app.jsa"

echo "[measure] $runs runs per configuration, round-robin; load: $(cut -d' ' -f1-3 /proc/loadavg)"
run_once "${options[shipped]}" > /dev/null   # warm the file cache once
for ((i = 1; i <= runs; i++)); do
  for config in "${configs[@]}"; do
    read -r frame launch < <(run_once "${options[$config]}")
    echo "$frame" >> "$scratch/$config.frame"
    echo "$launch" >> "$scratch/$config.launch"
  done
done

median() { sort -n "$1" | awk '{ v[NR] = $1 } END { print (NR % 2) ? v[(NR + 1) / 2] : int((v[NR / 2] + v[NR / 2 + 1]) / 2) }'; }
range() { sort -n "$1" | awk 'NR == 1 { lo = $1 } { hi = $1 } END { print lo "-" hi }'; }
echo
printf '%-12s %18s %14s %18s\n' config first-frame-ms range launch-ms
for config in "${configs[@]}"; do
  printf '%-12s %18s %14s %18s\n' "$config" "$(median "$scratch/$config.frame")" \
    "$(range "$scratch/$config.frame")" "$(median "$scratch/$config.launch")"
done
echo "(medians of $runs runs; $(date -u '+%Y-%m-%d %H:%M UTC'); $(nproc) cores; load after: $(cut -d' ' -f1-3 /proc/loadavg))"
echo
echo "app-image: $(du -sh "$out/Ouroboros" | cut -f1)  ($out/Ouroboros)"
for deb in "$out"/*.deb; do
  [[ -f "$deb" ]] && echo "deb:       $(du -sh "$deb" | cut -f1)  ($deb)"
done
