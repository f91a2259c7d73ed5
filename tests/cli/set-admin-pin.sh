#!/bin/sh
# borgerkiosk --set-admin-pin as a technician runs it: the PIN on standard input, only a salted
# hash in admin.pin_file (mode 0600), the digits nowhere in the file or the output; a PIN that
# is not 4-12 digits or no input is refused with 64, a file that cannot be written with 73.
#   set-admin-pin.sh BORGERKIOSK
set -u
bin=$1
dir=$(mktemp -d)
trap 'chmod -R u+w "$dir"; rm -rf "$dir"' EXIT
fail() { echo "FAIL: $*"; exit 1; }
cat > "$dir/kiosk.conf" <<CONF
[site]
id = demo
name = Borgerservice Demo
[store]
path = data/cache.sqlite
[admin]
pin_file = state/admin-pin
CONF
mkdir "$dir/state"

out=$(printf '97531\n' | "$bin" --config "$dir/kiosk.conf" --set-admin-pin 2>&1); rc=$?
[ $rc -eq 0 ] || fail "set: exit $rc: $out"
echo "$out" | grep -q "admin PIN set in $dir/state/admin-pin" || fail "set: output: $out"
echo "$out" | grep -q 97531 && fail "the PIN is in the output: $out"
[ "$(stat -c %a "$dir/state/admin-pin")" = 600 ] || fail "mode $(stat -c %a "$dir/state/admin-pin")"
grep -q 97531 "$dir/state/admin-pin" && fail "the PIN is in the file"
grep -q '"algorithm":"pbkdf2-sha256"' "$dir/state/admin-pin" || fail "no PBKDF2 record: $(cat "$dir/state/admin-pin")"

for bad in 123 12a45 1234567890123; do
    out=$(printf '%s\n' "$bad" | "$bin" --config "$dir/kiosk.conf" --set-admin-pin 2>&1); rc=$?
    [ $rc -eq 64 ] || fail "PIN '$bad': exit $rc, expected 64: $out"
    echo "$out" | grep -q "PIN not set: the PIN must have" || fail "PIN '$bad': output: $out"
    echo "$out" | grep -q -- "$bad" && fail "PIN '$bad' echoed: $out"
done
out=$("$bin" --config "$dir/kiosk.conf" --set-admin-pin 2>&1 </dev/null); rc=$?
[ $rc -eq 64 ] || fail "no input: exit $rc: $out"
echo "$out" | grep -q "no PIN on standard input" || fail "no input: output: $out"

if [ "$(id -u)" -ne 0 ]; then
    chmod a-w "$dir/state"
    out=$(printf '2468\n' | "$bin" --config "$dir/kiosk.conf" --set-admin-pin 2>&1); rc=$?
    [ $rc -eq 73 ] || fail "read-only folder: exit $rc, expected 73: $out"
    echo "$out" | grep -q "state/admin-pin" || fail "read-only folder: output: $out"
else
    # As root every folder is writable: a missing folder stands in for the unwritable one.
    sed -i 's|state/admin-pin|no-such-folder/admin-pin|' "$dir/kiosk.conf"
    out=$(printf '2468\n' | "$bin" --config "$dir/kiosk.conf" --set-admin-pin 2>&1); rc=$?
    [ $rc -eq 73 ] || fail "missing folder: exit $rc, expected 73: $out"
    echo "$out" | grep -q "no-such-folder/admin-pin" || fail "missing folder: output: $out"
fi
echo "ok"
