#!/bin/bash
# What a stander needs is in the borgerkiosk package, as the unit and the docs promise.
# Usage: contents.sh DEB_DIR SOURCE_DIR PROGRAM
set -euo pipefail
shopt -s nullglob
debs=("$1"/borgerkiosk_*.deb)
src=$2
program=$3
failed=0
check() { # check WHAT COMMAND...: runs COMMAND, reports WHAT
  if "${@:2}"; then echo "ok: $1"; else echo "FAILED: $1" >&2; failed=1; fi
}
if [ ${#debs[@]} -ne 1 ]; then
  echo "package_contents: expected one borgerkiosk_*.deb in $1, found ${#debs[@]}: build with tests/run.sh" >&2
  exit 1
fi
deb=${debs[0]}
tmp=$(mktemp -d)
trap 'rm -rf "$tmp"' EXIT
dpkg-deb -x "$deb" "$tmp/root"
dpkg-deb -e "$deb" "$tmp/control"
files=$(dpkg-deb -c "$deb" | awk '{ print $6 }' | sed 's#^\./#/#')

for f in /usr/bin/borgerkiosk /usr/bin/borgerkiosk-ctl /usr/sbin/borgerkiosk-setup-printer \
         /usr/lib/cups/backend/bkescpos /lib/systemd/system/borgerkiosk.service \
         /lib/udev/rules.d/60-borgerkiosk.rules /usr/lib/sysusers.d/borgerkiosk.conf \
         /usr/lib/tmpfiles.d/borgerkiosk.conf /etc/borgerkiosk/kiosk.conf \
         /usr/share/doc/borgerkiosk/README.md.gz /usr/share/doc/borgerkiosk/examples/kiosk.conf.example \
         /usr/share/man/man1/borgerkiosk.1.gz /usr/share/man/man8/borgerkiosk-setup-printer.8.gz \
         /usr/share/borgerkiosk/xdg/speech-dispatcher/speechd.conf; do
  check "contains $f" grep -qx "$f" <<<"$files"
done
check "kiosk.conf is a conffile" \
  grep -qx /etc/borgerkiosk/kiosk.conf "$tmp/control/conffiles"
check "the shipped kiosk.conf is the documented example" \
  cmp "$tmp/root/etc/borgerkiosk/kiosk.conf" "$src/packaging/kiosk.conf.example"
depends=$(dpkg-deb -f "$deb" Depends)
for d in cage xwayland qt6-wayland qml6-module-qtquick-controls cups-client fonts-dejavu-core \
         tzdata seatd qt6-speech-speechd-plugin speech-dispatcher speech-dispatcher-espeak-ng \
         speech-dispatcher-audio-plugins; do
  check "Depends on $d" grep -qE "(^|, )$d( |,|$)" <<<"$depends"
done
unit="$tmp/root/lib/systemd/system/borgerkiosk.service"
for line in Type=notify NotifyAccess=all 'WatchdogSec=[0-9]+' Restart=always User=borgerkiosk \
            TTYPath=/dev/tty1 StateDirectory=borgerkiosk 'SupplementaryGroups=video dialout audio' \
            Environment=LIBSEAT_BACKEND=seatd Environment=XDG_RUNTIME_DIR=/run/borgerkiosk \
            Environment=XDG_CONFIG_HOME=/usr/share/borgerkiosk/xdg \
            'ExecStart=/usr/bin/cage -d -- /usr/bin/borgerkiosk --config /etc/borgerkiosk/kiosk.conf' \
            'ExecCondition=/usr/bin/borgerkiosk --config /etc/borgerkiosk/kiosk.conf --check-config'; do
  check "unit has $line" grep -qxE "$line" "$unit"
done
check "postinst creates the user (systemd-sysusers)" grep -q systemd-sysusers "$tmp/control/postinst"
check "postinst enables the unit" grep -q 'deb-systemd-helper.*borgerkiosk.service' "$tmp/control/postinst"
check "no RPATH in /usr/bin/borgerkiosk" \
  bash -c "! readelf -d '$tmp/root/usr/bin/borgerkiosk' | grep -qE 'RPATH|RUNPATH'"
# The shipped configuration is valid as it is: the unit's ExecCondition passes on it.
check "the shipped kiosk.conf passes --check-config" \
  "$program" --config "$tmp/root/etc/borgerkiosk/kiosk.conf" --check-config
exit $failed
