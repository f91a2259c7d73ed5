#!/usr/bin/env bash
# The demo command: installs what is needed, builds, and starts the kiosk in demo mode
# (demo site, simulated devices) with packaging/demo/kiosk-demo.conf.
#   ./packaging/dev/demo.sh [extra borgerkiosk options]
# Without a display (ssh, a server) it runs under Xvfb and saves a screenshot instead.
set -euo pipefail
cd "$(dirname "$0")/../.."
build=${BK_BUILD_DIR:-build/demo}
./packaging/dev/install-deps.sh
cmake -S . -B "$build" -G Ninja -DCMAKE_BUILD_TYPE=RelWithDebInfo -DBK_FUZZ=OFF
cmake --build "$build" -j "${BK_JOBS:-2}" --target borgerkiosk
conf=packaging/demo/kiosk-demo.conf
if [ -z "${DISPLAY:-}" ] && [ -z "${WAYLAND_DISPLAY:-}" ]; then
  shot=${BK_SCREENSHOT:-/tmp/borgerkiosk-demo/screenshot.png}
  mkdir -p "$(dirname "$shot")"
  echo "demo: no display here; running under Xvfb and saving a screenshot to $shot"
  export QT_QUICK_BACKEND=software
  exec xvfb-run -a -s "-screen 0 1600x1920x24" "$build/app/borgerkiosk" --config "$conf" \
    --screenshot "$shot" "$@"
fi
exec "$build/app/borgerkiosk" --config "$conf" "$@"
