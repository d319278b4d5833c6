#!/usr/bin/env bash
# Draws the extension's icon (images/icon.png, 128x128): a lens over a heatmap of hidden states
# in the Run Cell panel's diverging colours. Needs ImageMagick
# (`apt-get install -y imagemagick`). Run from anywhere: bash client/make-icon.sh
set -euo pipefail
root="$(cd "$(dirname "$0")/.." && pwd)"
out="$root/images/icon.png"
tmp="$(mktemp -d)"
trap 'rm -rf "$tmp"' EXIT

# Heatmap cells (RdBu), 6 columns x 6 rows, 14 px each, starting at (10, 10).
colors=(
  "#2166ac #92c5de #f7f7f7 #f4a582 #b2182b #d6604d"
  "#4393c3 #d1e5f0 #fddbc7 #d6604d #f4a582 #fddbc7"
  "#92c5de #f7f7f7 #f4a582 #b2182b #fddbc7 #d1e5f0"
  "#d1e5f0 #fddbc7 #d6604d #f4a582 #d1e5f0 #92c5de"
  "#f7f7f7 #f4a582 #fddbc7 #d1e5f0 #4393c3 #2166ac"
  "#fddbc7 #d1e5f0 #92c5de #4393c3 #2166ac #4393c3"
)
draw=()
for r in 0 1 2 3 4 5; do
  read -r -a row <<<"${colors[$r]}"
  for c in 0 1 2 3 4 5; do
    x=$((10 + c * 14)); y=$((10 + r * 14))
    draw+=(-fill "${row[$c]}" -draw "rectangle $x,$y $((x + 13)),$((y + 13))")
  done
done
convert -size 128x128 xc:none "${draw[@]}" "$tmp/cells.png"
# Keep the cells inside the lens (circle at (52, 52), radius 38).
convert -size 128x128 xc:black -fill white -draw "circle 52,52 52,14" "$tmp/mask.png"
convert "$tmp/cells.png" "$tmp/mask.png" -alpha off -compose CopyOpacity -composite "$tmp/lens.png"

convert -size 128x128 xc:none \
  -fill "#1b2b3a" -draw "roundrectangle 0,0 127,127 22,22" \
  "$tmp/lens.png" -compose over -composite \
  -fill none -stroke "#e8eef4" -strokewidth 7 -draw "circle 52,52 52,13" \
  -stroke "#e8eef4" -strokewidth 12 -draw "line 82,82 112,112" \
  -depth 8 -define png:exclude-chunks=date,time -strip "PNG32:$out"
echo "wrote $out"
