#!/bin/sh
# Runs "$@" with JOURNAL_STREAM naming its stderr ("device:inode", systemd.exec(5)), as systemd
# does for a unit whose stderr is connected to the journal.
JOURNAL_STREAM=$(stat -L -c %d:%i /proc/self/fd/2)
export JOURNAL_STREAM
exec "$@"
