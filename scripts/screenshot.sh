#!/usr/bin/env bash
# Runs the app in a virtual X display and saves a screenshot of the whole screen, so a GUI change
# can be looked at as a user sees it:  scripts/screenshot.sh out.png [seconds] [app arguments]
# Needs xvfb, xauth and imagemagick (installed on demand). Default arguments: --demo.
set -euo pipefail
cd "$(dirname "$0")/.."
out=${1:?usage: $0 out.png [seconds] [app arguments]}
wait_s=${2:-4}
shift $(( $# >= 2 ? 2 : 1 ))
[ $# -eq 0 ] && set -- --demo

need=()
for p in xvfb xauth imagemagick; do
    dpkg-query -W -f='${Status}' "$p" 2>/dev/null | grep -q 'install ok installed' || need+=("$p")
done
if [ ${#need[@]} -gt 0 ]; then
    sudo=(); [ "$(id -u)" -ne 0 ] && sudo=(sudo)
    "${sudo[@]}" apt-get update -qq && DEBIAN_FRONTEND=noninteractive "${sudo[@]}" apt-get install -y -qq "${need[@]}"
fi

app=build/${PRESET:-dev}/participant-inspector
[ -x "$app" ] || { echo "build first: scripts/dev.sh test" >&2; exit 1; }

# The key must never appear in a screenshot: the demo needs none.
env -u RECALL_API_KEY xvfb-run -a -s "-screen 0 1280x800x24" bash -c '
    "$0" "$@" &
    pid=$!
    sleep '"$wait_s"'
    import -window root "'"$out"'"
    kill $pid
    wait $pid 2>/dev/null || true
' "$app" "$@"
echo "saved $out"
