#!/bin/sh
# The kiosk's log messages in a real journald: a private systemd-journald (this machine's
# /lib/systemd/systemd-journald) in a private mount namespace, with tmpfs over /run and
# /var/log so nothing of the host is touched; the kiosk's stderr is "the journal stream"
# (JOURNAL_STREAM names it, as systemd sets it), so each message must arrive natively with
# PRIORITY, SYSLOG_IDENTIFIER, BK_CATEGORY, and not also on stderr.
# Needs root (mount namespaces): run as  unshare -m --propagation private sh THIS BORGERKIOSK DIR
set -eu
program=$1
work=$2
helper=$(dirname "$0")/../../cli/journal-stream.sh
fail() { echo "FAIL: $*"; exit 1; }

mount -t tmpfs tmpfs /run
mount -t tmpfs tmpfs /var/log
mkdir -p /run/systemd/journal /run/log/journal
/lib/systemd/systemd-journald >"$work/journald.out" 2>&1 &
journald=$!
trap 'kill $journald 2>/dev/null || true' EXIT
i=0
while [ ! -S /run/systemd/journal/socket ]; do
  i=$((i + 1)); [ $i -lt 100 ] || fail "journald did not create its socket"; sleep 0.1
done

rm -rf "$work/k" && mkdir -p "$work/k"
printf 'enrolled-token\n' >"$work/k/token"
cat >"$work/k/kiosk.conf" <<CONF
[site]
id = demo
name = Journal
[store]
path = cache.sqlite
[central]
url = https://127.0.0.1:9
ca_file = ca.pem
token_file = token
enrolment_code = ABCD-EFGH
CONF
printf 'not a certificate\n' >"$work/k/ca.pem"

# An info message: the kiosk is already enrolled.
"$helper" "$program" --enrol --config "$work/k/kiosk.conf" 2>"$work/stderr-info.txt" \
  || fail "--enrol on an enrolled kiosk: exit $?"
# An error: no token, and the CA file is not a certificate.
rm "$work/k/token"
rc=0
"$helper" "$program" --enrol --config "$work/k/kiosk.conf" 2>"$work/stderr-err.txt" || rc=$?
[ $rc -eq 78 ] || fail "--enrol with a bad CA file: exit $rc, expected 78"
sleep 0.5
journalctl -D /run/log/journal --no-pager -o export SYSLOG_IDENTIFIER=borgerkiosk >"$work/entries.txt"

# Each entry in journalctl's export format: NAME=value lines, a blank line between entries.
entry_with() { awk -v RS= -v want="$1" 'index($0, want) { print; exit }' "$work/entries.txt"; }
info=$(entry_with "MESSAGE=already enrolled")
[ -n "$info" ] || fail "no 'already enrolled' entry in the journal: $(cat "$work/entries.txt")"
err=$(entry_with "MESSAGE=enrolment not attempted")
[ -n "$err" ] || fail "no 'enrolment not attempted' entry in the journal"
for f in _TRANSPORT=journal PRIORITY=6 SYSLOG_IDENTIFIER=borgerkiosk BK_CATEGORY=bk.main; do
  printf '%s\n' "$info" | grep -qx "$f" || fail "info entry lacks $f: $info"
done
for f in _TRANSPORT=journal PRIORITY=3 SYSLOG_IDENTIFIER=borgerkiosk BK_CATEGORY=bk.main; do
  printf '%s\n' "$err" | grep -qx "$f" || fail "error entry lacks $f: $err"
done
# The location is the caller's when Qt knows it, never the log handler's own.
if printf '%s\n%s\n' "$info" "$err" | grep -q '^CODE_FILE=.*logging.cpp'; then
  fail "CODE_FILE names the log handler"
fi
# Sent to the journal, not also written to stderr; the code is never logged.
[ ! -s "$work/stderr-info.txt" ] || fail "stderr got: $(cat "$work/stderr-info.txt")"
[ ! -s "$work/stderr-err.txt" ] || fail "stderr got: $(cat "$work/stderr-err.txt")"
if grep -q 'ABCD-EFGH' "$work/entries.txt"; then fail "the enrolment code reached the journal"; fi
echo "ok: info and error entries with PRIORITY, SYSLOG_IDENTIFIER, BK_CATEGORY in journald"
