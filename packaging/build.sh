#!/usr/bin/env bash
# Builds the Linux installers of Ouroboros:
#   target/packaging/Ouroboros/               jpackage app-image (launchers: bin/Ouroboros, the desktop
#                                             app; bin/ouroboros-cli, the CLI: see step 5)
#   target/packaging/ouroboros_<v>-1_amd64.deb when dpkg-deb and fakeroot exist
#
# Layout: a jlinked runtime holds the JDK modules the app needs plus the JavaFX modules (from the
# javafx-*-linux.jar files in the Maven repository); the app-image's class path holds one jar, the
# shaded ouroboros.jar minus every JavaFX class, so JavaFX exists once, as named modules (no
# "Unsupported JavaFX configuration" warning). JavaFX's native libraries are copied to the
# runtime's lib/ so nothing is unpacked into ~/.openjfx at start-up.
#
# Start-up: the runtime's default CDS archive (lib/server/classes.jsa) is regenerated from the
# classes the app loads up to the main window's first frame (JDK + JavaFX; the probe exits there,
# after the start-up screen's first frame), recorded by one run under Xvfb with
# -Douroboros.startupProbe=true. It lives inside the runtime, so it stays valid wherever the
# app-image or the .deb is installed. The .deb also gets an archive of the class-path classes,
# dumped at its install path /opt/ouroboros (step 8). See packaging/README.md.
#
# Usage: packaging/build.sh [--skip-build] [--no-cds] [--no-deb]
#   --skip-build  use the existing target/ouroboros.jar instead of running Maven
#   --no-cds      keep jlink's JDK-only CDS archive (no display needed)
#   --no-deb      build the app-image only
# Environment: MVN_ARGS (extra Maven arguments, e.g. -o), M2_REPO (default ~/.m2/repository),
#   XVFB_DISPLAY (first display number tried when no $DISPLAY works, default 93),
#   DEB_MAINTAINER (e-mail for the .deb's Maintainer field; jpackage writes "<Unknown>" without it).
set -euo pipefail

root="$(cd "$(dirname "$0")/.." && pwd)"
here="$root/packaging"
# shellcheck source=lib/xvfb.sh
source "$here/lib/xvfb.sh"
trap stop_xvfb EXIT

skip_build=false; with_cds=true; with_deb=true
for arg in "$@"; do
  case "$arg" in
    --skip-build) skip_build=true ;;
    --no-cds) with_cds=false ;;
    --no-deb) with_deb=false ;;
    -h|--help) sed -n '2,/^set -euo/p' "$0" | sed '$d; s/^# \{0,1\}//'; exit 0 ;;
    *) echo "unknown option: $arg (try --help)" >&2; exit 2 ;;
  esac
done

app_name=Ouroboros
package_name=ouroboros
cli_name=ouroboros-cli
# JVM options of the launchers (see step 5); no spaces inside an option.
app_java_options="-Dfile.encoding=UTF-8"
gui_only_java_options="-XX:TieredStopAtLevel=1"
main_class=org.ouroboros.Main
description="Python's object model and concurrency, made visible."
out="$root/target/packaging"
work="$out/work"
m2="${M2_REPO:-$HOME/.m2/repository}"
log() { printf '[build] %s\n' "$*"; }

# 1. The shaded jar.
if ! $skip_build; then
  log "mvn package"
  # shellcheck disable=SC2086
  (cd "$root" && mvn -B -q ${MVN_ARGS:-} package -DskipTests)
fi
fat_jar="$root/target/ouroboros.jar"
[[ -f "$fat_jar" ]] || { echo "missing $fat_jar (run without --skip-build)" >&2; exit 1; }

rm -rf "$out"
mkdir -p "$work/classes" "$work/fx-native" "$out/input"

# 2. Which JavaFX: the version the jar was built with, the jars Maven downloaded for it.
(cd "$work/classes" && jar xf "$fat_jar")
fx_version="$(sed -n 's/^javafx\.version=//p' "$work/classes/javafx.properties")"
case "$(uname -m)" in
  x86_64|amd64) fx_classifier=linux ;;
  aarch64|arm64) fx_classifier=linux-aarch64 ;;
  *) echo "no JavaFX build for $(uname -m)" >&2; exit 1 ;;
esac
fx_jars=()
for module in base graphics controls swing; do
  jar_path="$m2/org/openjfx/javafx-$module/$fx_version/javafx-$module-$fx_version-$fx_classifier.jar"
  [[ -f "$jar_path" ]] || { echo "missing $jar_path (run mvn package once online)" >&2; exit 1; }
  fx_jars+=("$jar_path")
done
fx_module_path="$(IFS=:; echo "${fx_jars[*]}")"
app_version="$(sed -n 's/^Implementation-Version: *//p' "$work/classes/META-INF/MANIFEST.MF" | tr -d '\r')"
log "app $app_version, JavaFX $fx_version ($fx_classifier)"

# 3. The app jar without JavaFX: delete every file that came from a JavaFX jar.
for jar_path in "${fx_jars[@]}"; do
  jar tf "$jar_path"
done | grep -v -e '/$' -e '^META-INF/MANIFEST.MF$' | sort -u > "$work/javafx-files.txt"
(cd "$work/classes" && xargs -d '\n' rm -f < "$work/javafx-files.txt" && find . -type d -empty -delete)
mv "$work/classes/META-INF/MANIFEST.MF" "$work/MANIFEST.MF"
jar --create --file "$out/input/ouroboros.jar" --manifest "$work/MANIFEST.MF" -C "$work/classes" .
rm -rf "$work/classes"

# 4. The runtime: JDK modules the app uses + JavaFX modules.
app_modules="$(jdeps --print-module-deps --ignore-missing-deps --multi-release 17 \
  --module-path "$fx_module_path" "$out/input/ouroboros.jar")"
# Always present: preferences, Unsafe for libraries that probe for it, locale data for en + zh.
modules="$(tr ',' '\n' <<<"$app_modules,javafx.controls,javafx.swing,java.prefs,jdk.unsupported,jdk.localedata" \
  | sort -u | paste -sd, -)"
log "jlink $modules"
# No --strip-native-commands: --generate-cds-archive runs the image's bin/java; bin/ is removed
# from the app-image below instead.
jlink --module-path "$fx_module_path" --add-modules "$modules" \
  --include-locales=en,zh \
  --exclude-resources='glob:/javafx.graphics/*.so,glob:/javafx.graphics/javafx-swt.jar' \
  --strip-debug --no-man-pages --no-header-files --compress=2 --generate-cds-archive \
  --output "$out/runtime" > "$work/jlink.log"
rm -f "$out/runtime/lib/server/classes_nocoops.jsa"   # only for heaps > 32 GB
find "$out/runtime/bin" -type f ! -name java -delete
fx_graphics="${fx_jars[1]}"
(cd "$work/fx-native" && jar tf "$fx_graphics" | grep '\.so$' | xargs jar xf "$fx_graphics" \
  && cp ./*.so "$out/runtime/lib/")

# 5. The app-image, with two launchers over the same jar: bin/Ouroboros (the desktop app; the
#    menu entry starts it) and bin/ouroboros-cli (the `ouroboros` command). They differ in one JVM
#    option: the app stops JIT compilation at C1 (-XX:TieredStopAtLevel=1). On this 2-core machine
#    C2 compiling start-up code competed with the FX thread for the other core: C1 only halved the
#    process's CPU time to the main window's first frame (README "Start-up"), and the lesson
#    programs the app runs are small. The CLI keeps C2 for long runs and benchmarks.
#    The CLI launcher is a copy of the native launcher, which reads lib/app/<its name>.cfg; it is
#    not a jpackage --add-launcher, because JDK 17's jpackage gives every such launcher a menu entry.
log "jpackage app-image"
# shellcheck disable=SC2086
jpackage --type app-image --name "$app_name" --dest "$out" \
  --runtime-image "$out/runtime" --input "$out/input" \
  --main-jar ouroboros.jar --main-class "$main_class" \
  --app-version "$app_version" --vendor "$app_name" --description "$description" \
  --icon "$root/assets/icon/png/ouroboros-256.png" \
  $(printf -- '--java-options %s ' $app_java_options $gui_only_java_options)
cp "$out/$app_name/bin/$app_name" "$out/$app_name/bin/$cli_name"
grep -v -F -x $(printf -- '-e java-options=%s ' $gui_only_java_options) \
  "$out/$app_name/lib/app/$app_name.cfg" > "$out/$app_name/lib/app/$cli_name.cfg"
app_image="$out/$app_name"
launcher="$app_image/bin/$app_name"
image_java="$app_image/lib/runtime/bin/java"
image_jar="$app_image/lib/app/ouroboros.jar"
default_archive="$app_image/lib/runtime/lib/server/classes.jsa"

# 6. CDS: regenerate the runtime's default archive from what the app loads up to the main window's
#    first frame (the probe prints first-frame-ms for the start-up screen, then window-ready-ms
#    for the shell, and exits).
display_works() { [[ -n "${DISPLAY:-}" ]] && xwininfo -root >/dev/null 2>&1; }
if $with_cds && ! display_works && ! start_xvfb "${XVFB_DISPLAY:-93}"; then
  log "CDS: no display and no Xvfb; keeping jlink's JDK-only archive (install xvfb for a faster start)"
  with_cds=false
fi
if $with_cds; then
  # A throw-away home and config folder: these runs must not touch the builder's preferences.
  probe_home="$work/home"
  mkdir -p "$probe_home"
  probe_env=(env HOME="$probe_home" XDG_CONFIG_HOME="$probe_home/.config")
  probe_options="-Douroboros.startupProbe=true -Duser.home=$probe_home -Douroboros.configDir=$probe_home/.config/ouroboros"
  log "CDS: recording the classes loaded up to the main window's first frame (DISPLAY=$DISPLAY)"
  # shellcheck disable=SC2086
  "${probe_env[@]}" timeout 120 "$image_java" -Xshare:off -XX:DumpLoadedClassList="$work/first-frame.classlist" \
    $probe_options -Dfile.encoding=UTF-8 -cp "$image_jar" "$main_class" \
    > "$work/classlist-run.log" 2>&1 \
    || { cat "$work/classlist-run.log" >&2; echo "app did not reach its first frame" >&2; exit 1; }
  grep -q '^window-ready-ms=' "$work/classlist-run.log" \
    || { cat "$work/classlist-run.log" >&2; echo "StartupProbe printed nothing" >&2; exit 1; }
  # jlink's JDK class list first, then ours; classes of the class path are not found without
  # -cp and are skipped, which keeps the archive independent of where the app is installed.
  cat "$app_image/lib/runtime/lib/classlist" "$work/first-frame.classlist" | grep -v '^#' \
    > "$work/archive.classlist"
  cp "$default_archive" "$work/jdk-default.jsa"
  rm -f "$default_archive"
  log "CDS: dumping lib/server/classes.jsa"
  if "$image_java" -Xshare:dump -XX:SharedClassListFile="$work/archive.classlist" \
       > "$work/cds-dump.log" 2>&1 \
     && [[ -f "$default_archive" ]] \
     && "${probe_env[@]}" JAVA_TOOL_OPTIONS="-Xshare:on $probe_options" timeout 120 "$launcher" \
       > "$work/cds-check.log" 2>&1 \
     && grep -q '^first-frame-ms=' "$work/cds-check.log"; then
    log "CDS: archive $(du -h "$default_archive" | cut -f1), checked with -Xshare:on"
  else
    cat "$work/cds-dump.log" "$work/cds-check.log" 2>/dev/null | tail -20 >&2
    echo "CDS archive unusable; keeping jlink's JDK-only archive" >&2
    rm -f "$default_archive"
    cp "$work/jdk-default.jsa" "$default_archive"
  fi
fi
rm -rf "$app_image/lib/runtime/bin"   # the launcher does not need bin/java
log "app-image $(du -sh "$app_image" | cut -f1): $launcher"

# 8 (called from 7). The class-path classes (app + libraries) can only be archived for one
# absolute path: JDK 17 rejects a dynamic archive whose class path moved. The .deb always installs
# to /opt/ouroboros, so its archive is dumped there: the package's files are unpacked (keeping
# their mtimes, which CDS also checks) and mounted over /opt in a private mount namespace, the
# installed launcher runs once with -XX:ArchiveClassesAtExit, and the package is rebuilt with the
# archive and -XX:SharedArchiveFile=$APPDIR/ouroboros.jsa. CDS log output is switched off, so a
# rejected archive (e.g. /opt relocated) falls back silently instead of warning at every start.
# Needs root and unshare; otherwise the .deb ships with the runtime archive only.
add_class_path_archive_to_deb() {
  local deb="$1" tree="$work/deb-tree" installed=/opt/ouroboros
  if [[ "$(id -u)" != 0 ]] || ! command -v unshare >/dev/null; then
    log "deb CDS: needs root and unshare; .deb keeps the runtime archive only"
    return 0
  fi
  rm -rf "$tree"
  dpkg-deb -R "$deb" "$tree"
  local cfg
  # shellcheck disable=SC2016
  local in_opt='mount --bind "$1/opt" /opt && shift && exec "$@"'
  log "deb CDS: dumping the class-path archive at $installed"
  if unshare --mount --propagation private bash -c "$in_opt" _ "$tree" "${probe_env[@]}" \
       JAVA_TOOL_OPTIONS="$probe_options -XX:ArchiveClassesAtExit=$installed/lib/app/ouroboros.jsa" \
       timeout 120 "$installed/bin/$app_name" > "$work/deb-cds-dump.log" 2>&1 \
     && unshare --mount --propagation private bash -c "$in_opt" _ "$tree" "${probe_env[@]}" \
       JAVA_TOOL_OPTIONS="$probe_options -Xshare:on -XX:SharedArchiveFile=$installed/lib/app/ouroboros.jsa" \
       timeout 120 "$installed/bin/$app_name" > "$work/deb-cds-check.log" 2>&1 \
     && grep -q '^first-frame-ms=' "$work/deb-cds-check.log"; then
    for cfg in "$tree$installed/lib/app/$app_name.cfg" "$tree$installed/lib/app/$cli_name.cfg"; do
      sed -i 's|^\[JavaOptions\]$|[JavaOptions]\njava-options=-XX:SharedArchiveFile=$APPDIR/ouroboros.jsa\njava-options=-Xlog:cds=off\njava-options=-Xlog:cds+dynamic=off|' "$cfg"
    done
    sed -i "s/^Installed-Size: .*/Installed-Size: $(du -sk "$tree/opt" | cut -f1)/" "$tree/DEBIAN/control"
    dpkg-deb --root-owner-group --build "$tree" "$deb" > /dev/null
    log "deb CDS: class-path archive $(du -h "$tree$installed/lib/app/ouroboros.jsa" | cut -f1) added"
  else
    tail -20 "$work/deb-cds-dump.log" "$work/deb-cds-check.log" 2>/dev/null >&2
    log "deb CDS: dump failed; .deb keeps the runtime archive only"
  fi
  rm -rf "$tree"
}

# 7. The .deb, from the app-image.
if $with_deb; then
  if command -v dpkg-deb >/dev/null && command -v fakeroot >/dev/null; then
    log "jpackage deb"
    jpackage --type deb --app-image "$app_image" --dest "$out" \
      --name "$app_name" --linux-package-name "$package_name" --install-dir /opt \
      --app-version "$app_version" --vendor "$app_name" --description "$description" \
      --icon "$root/assets/icon/png/ouroboros-256.png" \
      --linux-package-deps 'libgtk-3-0, fonts-wqy-microhei' \
      --linux-shortcut --linux-menu-group 'Education;' --linux-app-category education \
      --resource-dir "$here/linux" \
      ${DEB_MAINTAINER:+--linux-deb-maintainer "$DEB_MAINTAINER"}
    deb="$(ls "$out"/"${package_name}"_*.deb)"
    if $with_cds; then
      add_class_path_archive_to_deb "$deb"
    fi
    log "deb $(du -sh "$deb" | cut -f1): $deb"
  else
    log "no dpkg-deb/fakeroot: skipping the .deb"
  fi
fi
