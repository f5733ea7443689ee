#!/usr/bin/env bash
# Smoke check of the .deb, end to end: build it, install it, use it, remove it.
#   1. packaging/build.sh (unless --skip-build) -> target/packaging/ouroboros_<v>-1_amd64.deb
#   2. install it with apt-get (which also installs its dependencies): on this machine, or with
#      --chroot DIR in a clean Debian chroot made by `debootstrap --variant=minbase` (created when
#      DIR does not exist yet; needs a Debian mirror)
#   3. check: /opt/ouroboros/bin/Ouroboros, the `ouroboros` command on the PATH, the desktop menu
#      entry (/usr/share/applications/ouroboros-Ouroboros.desktop, its Exec and Icon exist),
#      `ouroboros run` of a tiny program prints what CPython prints
#   4. start the installed app under a private Xvfb, wait for the main window, screenshot it and
#      check it is not blank (packaging/window-check.sh); then start it 3x with -Xshare:on (fails
#      if the CDS archive is rejected in /opt) and print the time to the first frame
#   5. dpkg --purge: every file the package installed, /opt/ouroboros, /usr/bin/ouroboros and the
#      menu entry must be gone
# The package is removed even when a check fails. Needs root.
#
# Usage: packaging/smoke.sh [--skip-build] [--chroot DIR] [--deb FILE]
#   --skip-build  use the .deb already in target/packaging
#   --chroot DIR  install into the Debian chroot DIR instead of this machine (it is kept for the
#                 next run, the package's dependencies are autoremoved again; /proc, /dev and the
#                 X socket folder are bind-mounted while it runs)
#   --deb FILE    check this .deb (implies --skip-build)
# Environment: MVN_ARGS (passed to build.sh, e.g. -o), SMOKE_MEASURE=N (also run
#   measure-startup.sh -n N on the installed app; not with --chroot; SMOKE_NICE=-10 passes --nice),
#   DEBIAN_MIRROR (for
#   debootstrap, default http://deb.debian.org/debian), SMOKE_TIMEOUT (see window-check.sh).
# Screenshots: target/packaging/smoke.png (window), smoke-root.png (whole screen).
set -euo pipefail

root="$(cd "$(dirname "$0")/.." && pwd)"
here="$root/packaging"
# shellcheck source=lib/xvfb.sh
source "$here/lib/xvfb.sh"

build=true; chroot_dir=""; deb=""
while (($#)); do
  case "$1" in
    --skip-build) build=false ;;
    --chroot) chroot_dir="$(realpath -m "$2")"; shift ;;
    --deb) deb="$(realpath "$2")"; build=false; shift ;;
    -h|--help) sed -n '2,/^set -euo/p' "$0" | sed '$d; s/^# \{0,1\}//'; exit 0 ;;
    *) echo "unknown option: $1 (try --help)" >&2; exit 2 ;;
  esac
  shift
done
log() { printf '[smoke] %s\n' "$*"; }
fail() { echo "SMOKE FAILED: $*" >&2; exit 1; }
[[ "$(id -u)" == 0 ]] || fail "needs root (it installs the package)"

if $build; then
  "$here/build.sh"
fi
[[ -n "$deb" ]] || deb="$(ls "$root"/target/packaging/ouroboros_*.deb 2>/dev/null | head -1)"
[[ -f "$deb" ]] || fail "no .deb (run without --skip-build)"
log "package $(basename "$deb"), $(du -h "$deb" | cut -f1)"

# The target system: "" is this machine; otherwise every command runs through chroot.
target="${chroot_dir}"
in_target() {
  if [[ -n "$chroot_dir" ]]; then
    chroot "$chroot_dir" /usr/bin/env PATH=/usr/sbin:/usr/bin:/sbin:/bin "$@"
  else
    "$@"
  fi
}

mounted=()
scratch="$(mktemp -d)"
package_installed=false
cleanup() {
  stop_xvfb
  if $package_installed && in_target dpkg-query -W ouroboros >/dev/null 2>&1; then
    in_target dpkg --purge ouroboros >/dev/null 2>&1 || true
  fi
  local i
  for ((i = ${#mounted[@]} - 1; i >= 0; i--)); do
    umount "${mounted[i]}" 2>/dev/null || umount -l "${mounted[i]}" || true
  done
  rm -rf "$scratch"
}
trap cleanup EXIT

if [[ -n "$chroot_dir" ]]; then
  if [[ ! -x "$chroot_dir/usr/bin/apt-get" ]]; then
    command -v debootstrap >/dev/null || fail "debootstrap not found (apt-get install debootstrap)"
    log "debootstrap --variant=minbase bookworm $chroot_dir"
    debootstrap --variant=minbase bookworm "$chroot_dir" "${DEBIAN_MIRROR:-http://deb.debian.org/debian}" \
      > "$scratch/debootstrap.log" 2>&1 || { tail -20 "$scratch/debootstrap.log" >&2; fail "debootstrap"; }
  fi
  for dir in proc dev tmp/.X11-unix; do
    mkdir -p "$chroot_dir/$dir" "/$dir"
    if [[ "$dir" == proc ]]; then
      mount -t proc proc "$chroot_dir/proc"
    else
      mount --bind "/$dir" "$chroot_dir/$dir"
    fi
    mounted+=("$chroot_dir/$dir")
  done
  cp /etc/resolv.conf "$chroot_dir/etc/resolv.conf"
  log "chroot $chroot_dir: $(in_target cat /etc/debian_version), apt-get update"
  in_target apt-get update > "$scratch/update.log" 2>&1 || { tail -20 "$scratch/update.log" >&2; fail "apt-get update in the chroot"; }
fi
if in_target dpkg-query -W -f='${Status}' ouroboros 2>/dev/null | grep -q 'install ok installed'; then
  fail "ouroboros is already installed there; remove it first (dpkg -r ouroboros)"
fi

# 2. Install.
cp "$deb" "$target/tmp/ouroboros-smoke.deb"
log "installing (apt-get install ./$(basename "$deb"))"
package_installed=true
DEBIAN_FRONTEND=noninteractive in_target apt-get install -y --no-install-recommends /tmp/ouroboros-smoke.deb \
  > "$scratch/install.log" 2>&1 || { tail -20 "$scratch/install.log" >&2; fail "apt-get install"; }
rm -f "$target/tmp/ouroboros-smoke.deb"
in_target dpkg -L ouroboros > "$scratch/files.txt"
log "installed $(wc -l < "$scratch/files.txt") paths; $(grep -c 'Setting up' "$scratch/install.log") packages set up"

# 3. Files, command, menu entry, CLI.
[[ -x "$target/opt/ouroboros/bin/Ouroboros" ]] || fail "no /opt/ouroboros/bin/Ouroboros"
[[ "$(readlink "$target/usr/bin/ouroboros")" == /opt/ouroboros/bin/ouroboros-cli ]] || fail "no /usr/bin/ouroboros symlink"
version="$(in_target ouroboros --version 2>&1)" || fail "ouroboros --version: $version"
log "ouroboros --version: $version"
desktop="$target/usr/share/applications/ouroboros-Ouroboros.desktop"
[[ -f "$desktop" ]] || fail "no menu entry $desktop ($(grep -h xdg-desktop-menu "$scratch/install.log" | head -1))"
exec_path="$(sed -n 's/^Exec=//p' "$desktop")"; icon_path="$(sed -n 's/^Icon=//p' "$desktop")"
[[ -x "$target$exec_path" ]] || fail "menu entry Exec=$exec_path is not executable"
[[ -f "$target$icon_path" ]] || fail "menu entry Icon=$icon_path does not exist"
how="xdg-desktop-menu"
grep -q 'No writable system menu directory' "$scratch/install.log" && how="the postinst's copy (no XDG menu folder here)"
log "menu entry by $how: $(sed -n 's/^Name=//p' "$desktop") in $(sed -n 's/^Categories=//p' "$desktop"), Exec=$exec_path, Icon=$icon_path"
cat > "$target/tmp/ouroboros-smoke.py" <<'EOF'
class A:
    def hello(self):
        return "A"
class B(A):
    def hello(self):
        return "B>" + super().hello()
class C(A):
    def hello(self):
        return "C>" + super().hello()
class D(B, C):
    pass
print([k.__name__ for k in D.__mro__], D().hello())
EOF
expected="['D', 'B', 'C', 'A', 'object'] B>C>A"
output="$(cd / && in_target ouroboros run /tmp/ouroboros-smoke.py 2>&1)" || fail "ouroboros run: $output"
rm -f "$target/tmp/ouroboros-smoke.py"
[[ "$output" == "$expected" ]] || fail "ouroboros run printed '$output', expected '$expected'"
log "ouroboros run /tmp/ouroboros-smoke.py: $output"

# 4. The installed app's window, and its CDS archive in /opt.
launcher=/opt/ouroboros/bin/Ouroboros
if [[ -n "$chroot_dir" ]]; then
  # window-check.sh starts "$launcher" with HOME and JAVA_TOOL_OPTIONS pointing into a host temp
  # folder; the wrapper creates that folder inside the chroot and starts the app there.
  launcher="$scratch/in-chroot"
  cat > "$launcher" <<EOF
#!/bin/sh
mkdir -p "$chroot_dir\$HOME"
exec chroot "$chroot_dir" /opt/ouroboros/bin/Ouroboros "\$@"
EOF
  chmod +x "$launcher"
fi
"$here/window-check.sh" --launcher "$launcher" --screenshot "$root/target/packaging/smoke.png" \
  || fail "window check of the installed app"

start_xvfb "${XVFB_DISPLAY:-93}" || fail "could not start Xvfb"
home=/tmp/ouroboros-smoke-home
for run in 1 2 3; do
  mkdir -p "$target$home"
  HOME="$home" XDG_CONFIG_HOME="$home/.config" \
  JAVA_TOOL_OPTIONS="-Xshare:on -Douroboros.startupProbe=true -Duser.home=$home -Douroboros.configDir=$home/.config/ouroboros" \
    timeout 180 "$launcher" > "$scratch/cds.log" 2>&1 \
    || { tail -20 "$scratch/cds.log" >&2; fail "the installed app does not start with -Xshare:on (CDS archive rejected in /opt)"; }
  rm -rf "$target$home"
  log "installed app, -Xshare:on, run $run: $(grep -h -e '^first-frame-ms=' -e '^window-ready-ms=' "$scratch/cds.log" | tr '\n' ' ')"
done
stop_xvfb
if [[ -n "${SMOKE_MEASURE:-}" && -z "$chroot_dir" ]]; then
  "$here/measure-startup.sh" -n "$SMOKE_MEASURE" ${SMOKE_NICE:+--nice "$SMOKE_NICE"} --launcher /opt/ouroboros/bin/Ouroboros
fi

# 5. Remove; nothing of the package may be left.
log "removing (dpkg --purge ouroboros)"
in_target dpkg --purge ouroboros > "$scratch/remove.log" 2>&1 || { cat "$scratch/remove.log" >&2; fail "dpkg --purge"; }
package_installed=false
if [[ -n "$chroot_dir" ]]; then
  # Back to a clean chroot for the next run: the dependencies apt-get installed go too.
  DEBIAN_FRONTEND=noninteractive in_target apt-get autoremove --purge -y > "$scratch/autoremove.log" 2>&1 \
    || { tail -20 "$scratch/autoremove.log" >&2; fail "apt-get autoremove in the chroot"; }
  log "chroot: $(grep -c '^Removing' "$scratch/autoremove.log") dependencies removed again"
fi
left=()
while IFS= read -r path; do
  # Folders the package shares with the system (/opt, /usr, ...) stay; its own files must go.
  if [[ -e "$target$path" || -L "$target$path" ]] && ! [[ -d "$target$path" && "$path" != /opt/ouroboros* ]]; then
    left+=("$path")
  fi
done < "$scratch/files.txt"
for path in /opt/ouroboros /usr/bin/ouroboros /usr/share/applications/ouroboros-Ouroboros.desktop; do
  [[ -e "$target$path" || -L "$target$path" ]] && left+=("$path")
done
if ls "$target"/usr/share/applications/*ouroboros* >/dev/null 2>&1; then
  left+=("$target"/usr/share/applications/*ouroboros*)
fi
((${#left[@]} == 0)) || fail "left after dpkg --purge: ${left[*]}"
log "OK: $(basename "$deb") installed ${chroot_dir:+in the chroot $chroot_dir }and checked (CLI, menu entry, window, CDS), removed without a trace"
