#!/usr/bin/env bash
# Renders an Encore report in headless Chromium and saves a full-page screenshot, to see what a reader sees.
# Usage: scripts/screenshot-report.sh reports/NAME/report.html OUT.png [WIDTH]
set -euo pipefail
if [[ $# -lt 2 ]]; then
  echo "usage: $0 REPORT.html OUT.png [WIDTH]" >&2
  exit 2
fi
report=$1
out=$2
width=${3:-1200}
[[ -f "$report" ]] || { echo "no such report: $report" >&2; exit 1; }
browser=$(command -v chromium || command -v chromium-browser || command -v google-chrome || true)
[[ -n "$browser" ]] || { echo "Chromium not found: apt-get install -y chromium" >&2; exit 1; }
profile=$(mktemp -d)
trap 'rm -rf "$profile"' EXIT
url="file://$(cd "$(dirname "$report")" && pwd)/$(basename "$report")"
flags=(--headless --no-sandbox --disable-gpu --disable-background-networking --disable-component-update
       --disable-sync --no-first-run --hide-scrollbars "--user-data-dir=$profile" --virtual-time-budget=5000)
# the page's full height at this width, which the report writes into <body data-height> once drawn
height=$("$browser" "${flags[@]}" "--window-size=$width,1000" --dump-dom "$url" 2>/dev/null \
  | grep -o 'data-height="[0-9]*"' | grep -o '[0-9]\+' || echo 3000)
"$browser" "${flags[@]}" "--window-size=$width,$height" "--screenshot=$(realpath -m "$out")" "$url" 2>/dev/null
echo "$out"
