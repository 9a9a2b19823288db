#!/usr/bin/env bash
# Render a Recall HTML report to a PNG with headless Chromium, to look at it as a reader would.
#
#   Scripts/render-report.sh REPORT.html OUT.png [WIDTH]
#
# Needs the Debian package `chromium` (apt-get install -y chromium). The page is loaded from the file with
# the network off; the window is WIDTH (default 1000) pixels wide and tall enough for the whole page.
set -euo pipefail
if [ $# -lt 2 ]; then
  echo "usage: $0 REPORT.html OUT.png [WIDTH]" >&2
  exit 2
fi
report="$(realpath "$1")"
out="$(realpath -m "$2")"
width="${3:-1000}"
[ -f "$report" ] || { echo "$0: $report: no such file" >&2; exit 2; }
browser="$(command -v chromium || command -v chromium-browser || true)"
[ -n "$browser" ] || { echo "$0: chromium is not installed (apt-get install -y chromium)" >&2; exit 2; }
profile="$(mktemp -d)"
trap 'rm -rf "$profile"' EXIT
# Tall enough for the longest report; the PNG is cropped to the page's content below.
"$browser" --headless --no-sandbox --disable-gpu --hide-scrollbars --user-data-dir="$profile" \
  --proxy-server='127.0.0.1:9' --proxy-bypass-list='<-loopback>' --no-first-run \
  --window-size="${width},6000" --screenshot="$out" "file://$report" >/dev/null 2>&1
[ -s "$out" ] || { echo "$0: chromium wrote no screenshot" >&2; exit 1; }
# Crop the blank space below the page, where ImageMagick (with its fonts) is present.
if command -v convert >/dev/null 2>&1 && convert -version 2>/dev/null | grep -q ImageMagick; then
  convert "$out" -trim +repage -bordercolor white -border 16 "$out"
fi
echo "wrote $out"
