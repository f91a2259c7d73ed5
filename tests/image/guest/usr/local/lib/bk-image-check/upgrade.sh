# Sourced by bk-image-check in the phase "upgrade": the package upgraded in place, as on a
# municipality's own Debian (apt-get install ./borgerkiosk_NEW.deb). The host put the .deb the
# image was built from into the share; it is repacked here with a higher version, so that
# dpkg takes it as an upgrade. Asserts: the new version is installed, the edited kiosk.conf
# (this test's, different from the packaged one) is kept, the cache and the token are kept,
# the unit is restarted with a new app and is READY again, and the units verify.
# Uses check, say, wait_for, app_pid and up_again from bk-image-check.
upgrade_phase() {
  local deb=$share/borgerkiosk.deb work=/run/bk-upgrade old new conf_before token_before
  local db=/var/lib/borgerkiosk/cache.sqlite
  check upgrade-deb-present "$deb" test -s "$deb" || return
  # The image's root is read-only; a stander on the image upgrades by flashing. On this test
  # copy of the root it is made writable to exercise dpkg's upgrade path.
  mount -o remount,rw / || { say "FAIL upgrade-root-writable mount -o remount,rw /"; return; }
  rm -rf "$work" && mkdir -p "$work"
  dpkg-deb -R "$deb" "$work/pkg"
  old=$(dpkg-query -W -f='${Version}' borgerkiosk)
  new=$old+upgradetest1
  sed -i "s/^Version: .*/Version: $new/" "$work/pkg/DEBIAN/control"
  dpkg-deb -b "$work/pkg" "$work/borgerkiosk_new.deb" > /dev/null
  conf_before=$(sha256sum < /etc/borgerkiosk/kiosk.conf)
  # A token as enrolment leaves it (this test's kiosk has no central).
  install -m 0600 -o borgerkiosk -g borgerkiosk /dev/null /var/lib/borgerkiosk/token
  echo "upgrade-test-token-$token" > /var/lib/borgerkiosk/token
  token_before=$(stat -c '%a %U' /var/lib/borgerkiosk/token)
  local app_before; app_before=$(app_pid)
  DEBIAN_FRONTEND=noninteractive dpkg -i "$work/borgerkiosk_new.deb" > "$share/dpkg-upgrade.txt" 2>&1
  check upgrade-installed "borgerkiosk $old -> $(dpkg-query -W -f='${Version}' borgerkiosk)" \
    test "$(dpkg-query -W -f='${Version}' borgerkiosk)" = "$new"
  check upgrade-conffile-kept "kiosk.conf $(grep -c . /etc/borgerkiosk/kiosk.conf) lines" \
    test "$(sha256sum < /etc/borgerkiosk/kiosk.conf)" = "$conf_before"
  check upgrade-no-dpkg-new "no kiosk.conf.dpkg-new/-old" \
    test ! -e /etc/borgerkiosk/kiosk.conf.dpkg-new -a ! -e /etc/borgerkiosk/kiosk.conf.dpkg-old
  check upgrade-token-kept "$(stat -c '%a %U' /var/lib/borgerkiosk/token)" \
    test "$(cat /var/lib/borgerkiosk/token)" = "upgrade-test-token-$token" -a \
    "$(stat -c '%a %U' /var/lib/borgerkiosk/token)" = "$token_before"
  check upgrade-cache-kept "sentinel $(sqlite3 -readonly "$db" 'SELECT token FROM image_test_sentinel' 2>&1)" \
    test "$(sqlite3 -readonly "$db" 'SELECT token FROM image_test_sentinel' 2>&1)" = "$token"
  check upgrade-restarted "app $app_before replaced after the upgrade" wait_for 240 up_again "$app_before"
  say "INFO upgrade-restart-seconds $waited new app $(app_pid)"
  check units-verify "systemd-analyze verify borgerkiosk.service" \
    systemd-analyze verify borgerkiosk.service
  mount -o remount,ro / || true
}
