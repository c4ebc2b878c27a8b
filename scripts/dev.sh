#!/usr/bin/env bash
# The two everyday commands of README.md:
#   scripts/dev.sh run [app arguments]   install what is missing, build, launch on the demo workspace
#   scripts/dev.sh test                  install what is missing, build, run every test (offscreen)
# Both build incrementally in build/<preset>. PRESET=asan selects the sanitizer build; with CI=true the
# test command runs the dev preset and then the asan preset.
set -euo pipefail
cd "$(dirname "$0")/.."

preset=${PRESET:-dev}

# Debian 12 packages the build, the tests and the app need. Kept in one place so both commands agree.
packages=(
    cmake ninja-build g++ pkg-config
    qt6-base-dev qt6-base-dev-tools qt6-httpserver-dev qt6-websockets-dev qt6-svg-dev
    qt6-tools-dev qt6-tools-dev-tools qt6-l10n-tools qt6-qpa-plugins libqt6svg6 qt6-translations-l10n
    qtkeychain-qt6-dev libsimdjson-dev libarchive-dev libgl-dev fonts-dejavu-core
    desktop-file-utils appstream
)

install_missing() {
    local missing=()
    for p in "${packages[@]}"; do
        dpkg-query -W -f='${Status}' "$p" 2>/dev/null | grep -q 'install ok installed' || missing+=("$p")
    done
    [ ${#missing[@]} -eq 0 ] && return 0
    echo "Installing missing packages: ${missing[*]}"
    local sudo=()
    [ "$(id -u)" -ne 0 ] && sudo=(sudo)
    "${sudo[@]}" apt-get update -qq
    DEBIAN_FRONTEND=noninteractive "${sudo[@]}" apt-get install -y -qq --no-install-recommends "${missing[@]}"
}

build() {
    [ -f "build/$preset/CMakeCache.txt" ] || cmake --preset "$preset"
    cmake --build --preset "$preset"
}

case "${1:-}" in
run)
    shift
    install_missing
    build
    exec "build/$preset/participant-inspector" --demo "$@"
    ;;
test)
    install_missing
    build
    ctest --preset "$preset"
    # CI (CI=true) also keeps the sanitizer build green: the same tests under ASan and UBSan.
    if [ "${CI:-}" = true ] && [ "$preset" = dev ]; then
        preset=asan
        build
        ctest --preset asan
    fi
    ;;
*)
    echo "usage: $0 run [app arguments] | test" >&2
    exit 2
    ;;
esac
