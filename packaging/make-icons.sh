#!/usr/bin/env bash
# Renders assets/icon/ouroboros.svg into the icon files each platform needs:
#   assets/icon/png/ouroboros-<size>.png (16..512)  Linux launcher/.deb, window icons
#   assets/icon/ouroboros.ico                         Windows (.msi / app-image), 16..256
#   assets/icon/ouroboros.icns                        macOS (.dmg / .app), 16..512
# Needs rsvg-convert (librsvg2-bin), and icotool (icoutils) or ImageMagick, and png2icns (icnsutils).
# The outputs are committed, so packaging does not need these tools; rerun after editing the SVG.
set -euo pipefail
icon_dir="$(cd "$(dirname "$0")/../assets/icon" && pwd)"
svg="$icon_dir/ouroboros.svg"
mkdir -p "$icon_dir/png"

for size in 16 32 48 64 128 256 512; do
  rsvg-convert --width "$size" --height "$size" "$svg" --output "$icon_dir/png/ouroboros-$size.png"
done

ico_sizes=(16 32 48 64 128 256)
ico_inputs=("${ico_sizes[@]/#/$icon_dir/png/ouroboros-}")
ico_inputs=("${ico_inputs[@]/%/.png}")
if command -v icotool >/dev/null; then
  # 256 px goes in as PNG (Vista+ format), the small sizes as classic bitmaps.
  icotool --create --output "$icon_dir/ouroboros.ico" \
    "${ico_inputs[@]:0:5}" --raw="$icon_dir/png/ouroboros-256.png"
else
  convert "${ico_inputs[@]}" "$icon_dir/ouroboros.ico"
fi

# icns has no 64 px slot; these are the sizes png2icns accepts.
icns_sizes=(16 32 48 128 256 512)
icns_inputs=("${icns_sizes[@]/#/$icon_dir/png/ouroboros-}")
icns_inputs=("${icns_inputs[@]/%/.png}")
if command -v png2icns >/dev/null; then
  png2icns "$icon_dir/ouroboros.icns" "${icns_inputs[@]}" >/dev/null
else
  echo "png2icns not found (apt-get install icnsutils); ouroboros.icns left unchanged" >&2
fi
ls -l "$icon_dir" "$icon_dir/png"
