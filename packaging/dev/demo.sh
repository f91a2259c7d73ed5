#!/usr/bin/env bash
# The demo command: installs what is needed, builds, starts the reference central on loopback
# with the demo site (TLS with a CA made for the demo), enrols the kiosk and runs it against
# the central in demo mode (simulated devices) with packaging/demo/kiosk-demo.conf plus a
# [central] section. Staff call the next ticket with the command it prints.
#   ./packaging/dev/demo.sh [extra borgerkiosk options]
#   BK_DEMO_CENTRAL=off ./packaging/dev/demo.sh      # the kiosk alone, from its cache
# Without a display (ssh, a server) it runs under Xvfb and saves a screenshot instead.
set -euo pipefail
cd "$(dirname "$0")/../.."
build=${BK_BUILD_DIR:-build/demo}
./packaging/dev/install-deps.sh
cmake -S . -B "$build" -G Ninja -DCMAKE_BUILD_TYPE=RelWithDebInfo -DBK_FUZZ=OFF
cmake --build "$build" -j "${BK_JOBS:-2}" --target borgerkiosk borgerkiosk-central borgerkiosk-ctl
conf=packaging/demo/kiosk-demo.conf
work=/tmp/borgerkiosk-demo

if [ "${BK_DEMO_CENTRAL:-on}" != off ]; then
  mkdir -p "$work/central"
  pki=$work/central/pki
  if [ ! -f "$pki/server.pem" ]; then
    # A CA for the demo only, and a certificate for localhost/127.0.0.1 signed by it.
    mkdir -p "$pki"
    openssl req -x509 -newkey rsa:2048 -nodes -days 30 -subj "/CN=borgerkiosk demo CA" \
      -keyout "$pki/ca.key" -out "$pki/ca.pem" 2>/dev/null
    openssl req -newkey rsa:2048 -nodes -subj "/CN=localhost" \
      -keyout "$pki/server.key" -out "$pki/server.csr" 2>/dev/null
    printf 'subjectAltName=DNS:localhost,IP:127.0.0.1\n' >"$pki/san.ext"
    openssl x509 -req -in "$pki/server.csr" -CA "$pki/ca.pem" -CAkey "$pki/ca.key" \
      -CAcreateserial -days 30 -extfile "$pki/san.ext" -out "$pki/server.pem" 2>/dev/null
  fi
  # The port is chosen here, not by the central (listen port 0), because the tickets' queue
  # page QR code needs the address before the central starts: its loopback address.
  port=$(python3 -c 'import socket; s = socket.socket(); s.bind(("127.0.0.1", 0)); print(s.getsockname()[1])')
  # Kiosk static ticket numbers stay in 1..500 (central.static_number_limit), the central's
  # blocks start above them: no number is issued twice.
  cat >"$work/central/central.conf" <<CONF
listen = 127.0.0.1:$port
database = $work/central/central.db
tlsCert = $pki/server.pem
tlsKey = $pki/server.key
numberBlockBase = 501
publicBaseUrl = https://127.0.0.1:$port
CONF
  central_bin=$build/central/borgerkiosk-central
  ctl=$build/app/sync/borgerkiosk-ctl
  code=$("$central_bin" --config "$work/central/central.conf" --demo --make-enrol-code demo)
  "$central_bin" --config "$work/central/central.conf" --demo >"$work/central/stdout.log" \
    2>"$work/central/central.log" &
  central_pid=$!
  trap 'kill $central_pid 2>/dev/null || true' EXIT
  for _ in $(seq 100); do
    grep -q '^listening on ' "$work/central/stdout.log" 2>/dev/null && break
    sleep 0.1
  done
  address=$(sed -n 's/^listening on //p' "$work/central/stdout.log" | head -n1)
  [ -n "$address" ] || { echo "demo: the central did not start; see $work/central/central.log" >&2; exit 1; }
  url="https://$address"
  "$ctl" --central "$url" --ca "$pki/ca.pem" enrol "$code" demo-1 >"$work/central/token"
  chmod 600 "$work/central/token"
  { cat "$conf"; printf '\n[central]\nurl = %s\nca_file = %s\ntoken_file = %s\npoll_seconds = 5\n' \
      "$url" "$pki/ca.pem" "$work/central/token"; } >"$work/kiosk-central.conf"
  conf=$work/kiosk-central.conf
  echo "demo: central at $url (log: $work/central/central.log)"
  echo "demo: call the next ticket to counter 3 with:"
  echo "  $ctl --central $url --ca $pki/ca.pem --token-file $work/central/token call-next demo 3"
fi

run() {
  if [ -z "${DISPLAY:-}" ] && [ -z "${WAYLAND_DISPLAY:-}" ]; then
    shot=${BK_SCREENSHOT:-$work/screenshot.png}
    mkdir -p "$(dirname "$shot")"
    echo "demo: no display here; running under Xvfb and saving a screenshot to $shot"
    export QT_QUICK_BACKEND=software
    xvfb-run -a -s "-screen 0 1600x1920x24" "$build/app/borgerkiosk" --config "$conf" \
      --screenshot "$shot" "$@"
  else
    "$build/app/borgerkiosk" --config "$conf" "$@"
  fi
}
run "$@"
