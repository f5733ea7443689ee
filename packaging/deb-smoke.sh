#!/usr/bin/env bash
# Installs the built .deb on this machine, checks it, and removes it again:
#   - the `ouroboros` command is on the PATH (/usr/bin/ouroboros -> /opt/ouroboros/bin/Ouroboros)
#     and `ouroboros --version` works;
#   - the menu entry is installed (a warning only: xdg-desktop-menu needs a menu directory);
#   - the installed app shows a non-blank window under Xvfb (packaging/smoke.sh --launcher);
#   - the shipped CDS archive is accepted in /opt (a probe run with -Xshare:on, which fails
#     instead of silently running without the archive);
#   - after removal (dpkg --purge) /opt/ouroboros and /usr/bin/ouroboros are gone.
# Needs root (apt-get or dpkg). The package is removed even when a check fails.
# apt-get installs the .deb's missing dependencies (here: xdg-utils); they stay installed.
#
# Usage: packaging/deb-smoke.sh [path/to/ouroboros_*.deb]   (default: the one in target/packaging)
# DEB_SMOKE_MEASURE=N also runs measure-startup.sh -n N on the installed app before removing it.
set -euo pipefail

root="$(cd "$(dirname "$0")/.." && pwd)"
# shellcheck source=lib/xvfb.sh
source "$root/packaging/lib/xvfb.sh"

deb="${1:-$(ls "$root"/target/packaging/ouroboros_*.deb 2>/dev/null | head -1)}"
[[ -f "$deb" ]] || { echo "no .deb: run packaging/build.sh first" >&2; exit 1; }
[[ "$(id -u)" == 0 ]] || { echo "deb-smoke needs root (it installs the package)" >&2; exit 1; }
if dpkg-query -W -f='${Status}' ouroboros 2>/dev/null | grep -q 'install ok installed'; then
  echo "ouroboros is already installed; remove it first (dpkg -r ouroboros)" >&2
  exit 1
fi

fail() { echo "DEB SMOKE FAILED: $*" >&2; exit 1; }
scratch="$(mktemp -d)"
remove_package() {
  stop_xvfb
  if dpkg-query -W ouroboros >/dev/null 2>&1; then
    dpkg --purge ouroboros >/dev/null || true
  fi
  rm -rf "$scratch"
}
trap remove_package EXIT

echo "[deb-smoke] installing $deb"
if command -v apt-get >/dev/null; then
  DEBIAN_FRONTEND=noninteractive apt-get install -y --no-install-recommends "$(realpath "$deb")" \
    > "$scratch/install.log" 2>&1 || { tail -20 "$scratch/install.log" >&2; fail "apt-get install"; }
else
  dpkg -i "$deb" > "$scratch/install.log" 2>&1 || { tail -20 "$scratch/install.log" >&2; fail "dpkg -i"; }
fi

[[ -x /opt/ouroboros/bin/Ouroboros ]] || fail "no /opt/ouroboros/bin/Ouroboros"
[[ "$(readlink /usr/bin/ouroboros)" == /opt/ouroboros/bin/Ouroboros ]] || fail "no /usr/bin/ouroboros symlink"
version="$(ouroboros --version 2>&1)" || fail "ouroboros --version: $version"
echo "[deb-smoke] ouroboros --version: $version"
if ls /usr/share/applications/*ouroboros*.desktop >/dev/null 2>&1; then
  menu_entry=true
  echo "[deb-smoke] menu entry: $(ls /usr/share/applications/*ouroboros*.desktop)"
else
  menu_entry=false   # xdg-desktop-menu needs a menu directory, which minimal systems lack
  echo "[deb-smoke] WARNING: no menu entry installed ($(grep -h 'xdg-desktop-menu' "$scratch/install.log" | head -1))"
fi

"$root/packaging/smoke.sh" --launcher /opt/ouroboros/bin/Ouroboros \
  --screenshot "$root/target/packaging/deb-smoke.png"

start_xvfb "${XVFB_DISPLAY:-93}"
mkdir -p "$scratch/home"
for run in 1 2 3; do
  HOME="$scratch/home" XDG_CONFIG_HOME="$scratch/home/.config" \
  JAVA_TOOL_OPTIONS="-Xshare:on -Douroboros.startupProbe=true -Duser.home=$scratch/home -Douroboros.configDir=$scratch/home/.config/ouroboros" \
    timeout 120 /opt/ouroboros/bin/Ouroboros > "$scratch/cds.log" 2>&1 \
    || { tail -20 "$scratch/cds.log" >&2; fail "installed app does not start with -Xshare:on (CDS archive rejected in /opt)"; }
  echo "[deb-smoke] installed, -Xshare:on: $(grep '^first-frame-ms=' "$scratch/cds.log")"
done
stop_xvfb
if [[ -n "${DEB_SMOKE_MEASURE:-}" ]]; then
  "$root/packaging/measure-startup.sh" -n "$DEB_SMOKE_MEASURE" --launcher /opt/ouroboros/bin/Ouroboros
fi

echo "[deb-smoke] removing"
dpkg --purge ouroboros > "$scratch/remove.log" 2>&1 || { cat "$scratch/remove.log" >&2; fail "dpkg -r"; }
[[ ! -e /opt/ouroboros ]] || fail "/opt/ouroboros still exists after dpkg --purge"
[[ ! -e /usr/bin/ouroboros && ! -L /usr/bin/ouroboros ]] || fail "/usr/bin/ouroboros still exists after dpkg --purge"
if ls /usr/share/applications/*ouroboros*.desktop >/dev/null 2>&1; then
  fail "menu entry left after dpkg --purge"
fi
echo "[deb-smoke] OK: installed, CLI, menu entry: $menu_entry, window, CDS in /opt, removed cleanly"
