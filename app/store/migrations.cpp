#include "migrations.h"

#include "platform/sqlite.h"

#include <array>
#include <vector>

namespace bk::migrations {
namespace {

using sql::Migration;

// Append only: a released migration is never edited, since kiosks in the field already ran it.
// Times are INTEGER milliseconds since the epoch (UTC); business days are local ISO dates.
constexpr std::array kMigrations{
    Migration{"initial schema", R"sql(
CREATE TABLE meta (
    key   TEXT PRIMARY KEY,
    value TEXT NOT NULL
) WITHOUT ROWID;

CREATE TABLE sites (
    id         TEXT PRIMARY KEY,
    updated_at INTEGER NOT NULL
) WITHOUT ROWID;

-- Service as the central sends it: the fields the rules use as columns, names and what to
-- bring (per language) as JSON because only the UI reads them.
CREATE TABLE services (
    site_id            TEXT NOT NULL REFERENCES sites(id) ON DELETE CASCADE,
    id                 TEXT NOT NULL,
    queue_letter       TEXT NOT NULL CHECK (length(queue_letter) = 1),
    duration_minutes   INTEGER NOT NULL,
    counters           INTEGER NOT NULL,
    opens_before_min   INTEGER NOT NULL,
    on_time_after_min  INTEGER NOT NULL,
    late_after_min     INTEGER NOT NULL,
    too_late           TEXT NOT NULL CHECK (too_late IN ('chance', 'staff')),
    bookable           INTEGER NOT NULL CHECK (bookable IN (0, 1)),
    self_service_url   TEXT NOT NULL DEFAULT '',
    names_json         TEXT NOT NULL CHECK (json_valid(names_json)),
    bring_json         TEXT NOT NULL CHECK (json_valid(bring_json)),
    updated_at         INTEGER NOT NULL,
    PRIMARY KEY (site_id, id)
) WITHOUT ROWID;

-- No foreign key to services: deltas may bring a booking before its service, and check-in
-- reports a missing service clearly instead.
CREATE TABLE bookings (
    id            INTEGER PRIMARY KEY,
    code          TEXT NOT NULL UNIQUE,
    site_id       TEXT NOT NULL,
    service_id    TEXT NOT NULL,
    start_utc     INTEGER NOT NULL,
    status        TEXT NOT NULL CHECK (status IN ('booked', 'checked_in', 'cancelled')),
    checked_in_at INTEGER,
    phone         TEXT,
    name          TEXT,
    origin        TEXT NOT NULL CHECK (origin IN ('central', 'local')),
    updated_at    INTEGER NOT NULL
);
CREATE INDEX bookings_by_start ON bookings(start_utc);
CREATE INDEX bookings_by_slot ON bookings(site_id, service_id, start_utc);

CREATE TABLE tickets (
    id           INTEGER PRIMARY KEY,
    site_id      TEXT NOT NULL,
    business_day TEXT NOT NULL,
    queue        TEXT NOT NULL CHECK (length(queue) = 1),
    number       INTEGER NOT NULL CHECK (number > 0),
    kind         TEXT NOT NULL CHECK (kind IN ('checkin', 'chance')),
    booking_code TEXT REFERENCES bookings(code) ON DELETE SET NULL ON UPDATE CASCADE,
    service_id   TEXT NOT NULL,
    op_id        TEXT NOT NULL UNIQUE,
    issued_at    INTEGER NOT NULL,
    UNIQUE (site_id, business_day, queue, number)
);
CREATE INDEX tickets_by_booking ON tickets(booking_code);

-- The number ranges this kiosk may issue from, per site, day and queue, in granted order.
CREATE TABLE number_blocks (
    site_id       TEXT NOT NULL,
    business_day  TEXT NOT NULL,
    queue         TEXT NOT NULL CHECK (length(queue) = 1),
    granted_order INTEGER NOT NULL,
    first         INTEGER NOT NULL CHECK (first >= 1),
    last          INTEGER NOT NULL CHECK (last >= first),
    source        TEXT NOT NULL CHECK (source IN ('static', 'central')),
    static_n      INTEGER,
    PRIMARY KEY (site_id, business_day, queue, granted_order)
) WITHOUT ROWID;

-- AUTOINCREMENT so that a seq is never reused after old rows are deleted.
CREATE TABLE outbox (
    seq        INTEGER PRIMARY KEY AUTOINCREMENT,
    op_id      TEXT NOT NULL UNIQUE,
    kind       TEXT NOT NULL CHECK (kind IN ('checkin', 'ticket', 'booking')),
    payload    TEXT NOT NULL CHECK (json_valid(payload)),
    created_at INTEGER NOT NULL,
    sent_at    INTEGER,
    answer     TEXT
);
CREATE INDEX outbox_pending ON outbox(seq) WHERE sent_at IS NULL;
)sql"},
    // Staff alerts travel through the outbox too. SQLite cannot change a CHECK constraint, so
    // the table is rebuilt; its AUTOINCREMENT counter is carried over, so no seq is reused.
    Migration{"outbox kind alert", R"sql(
CREATE TABLE outbox_new (
    seq        INTEGER PRIMARY KEY AUTOINCREMENT,
    op_id      TEXT NOT NULL UNIQUE,
    kind       TEXT NOT NULL CHECK (kind IN ('checkin', 'ticket', 'booking', 'alert')),
    payload    TEXT NOT NULL CHECK (json_valid(payload)),
    created_at INTEGER NOT NULL,
    sent_at    INTEGER,
    answer     TEXT
);
INSERT INTO outbox_new(seq, op_id, kind, payload, created_at, sent_at, answer)
    SELECT seq, op_id, kind, payload, created_at, sent_at, answer FROM outbox ORDER BY seq;
DELETE FROM sqlite_sequence WHERE name = 'outbox_new';
INSERT INTO sqlite_sequence(name, seq)
    SELECT 'outbox_new', seq FROM sqlite_sequence WHERE name = 'outbox';
DROP TABLE outbox;
ALTER TABLE outbox_new RENAME TO outbox;
CREATE INDEX outbox_pending ON outbox(seq) WHERE sent_at IS NULL;
)sql"},
    // The ticket's "your place in the queue" token (domain/queuetoken.h), printed in the QR code
    // on its receipt and sent with its outbox operation. NULL for tickets issued before.
    Migration{"ticket queue token", R"sql(
ALTER TABLE tickets ADD COLUMN queue_token TEXT;
)sql"},
    // Paged snapshots (issue 15 item 4): each page marks its bookings with the snapshot's
    // generation; after the last page the site's bookings of an older generation are the ones
    // the central no longer has. 0 = never seen in a paged snapshot.
    Migration{"booking snapshot generation", R"sql(
ALTER TABLE bookings ADD COLUMN snapshot_gen INTEGER NOT NULL DEFAULT 0;
CREATE INDEX bookings_by_snapshot_gen ON bookings(site_id, snapshot_gen);
)sql"},
    // What only the stander knows reaches the statistics (issue 14): outbox operations of kind
    // "event" (the outbox is rebuilt as for "alert"). And why a cancelled booking needs no visit
    // (issue 13 item 3): 'settled_by_phone' or 'moved_to_self_service' beside status
    // 'cancelled', NULL otherwise. A column, not a status: the bookings table cannot be rebuilt
    // for a new CHECK without its tickets' foreign keys setting booking_code to NULL.
    Migration{"outbox kind event, settled bookings", R"sql(
CREATE TABLE outbox_new (
    seq        INTEGER PRIMARY KEY AUTOINCREMENT,
    op_id      TEXT NOT NULL UNIQUE,
    kind       TEXT NOT NULL CHECK (kind IN ('checkin', 'ticket', 'booking', 'alert', 'event')),
    payload    TEXT NOT NULL CHECK (json_valid(payload)),
    created_at INTEGER NOT NULL,
    sent_at    INTEGER,
    answer     TEXT
);
INSERT INTO outbox_new(seq, op_id, kind, payload, created_at, sent_at, answer)
    SELECT seq, op_id, kind, payload, created_at, sent_at, answer FROM outbox ORDER BY seq;
DELETE FROM sqlite_sequence WHERE name = 'outbox_new';
INSERT INTO sqlite_sequence(name, seq)
    SELECT 'outbox_new', seq FROM sqlite_sequence WHERE name = 'outbox';
DROP TABLE outbox;
ALTER TABLE outbox_new RENAME TO outbox;
CREATE INDEX outbox_pending ON outbox(seq) WHERE sent_at IS NULL;
ALTER TABLE bookings ADD COLUMN settled TEXT
    CHECK (settled IN ('settled_by_phone', 'moved_to_self_service'));
)sql"},
};

} // namespace

int latestVersion()
{
    return int(kMigrations.size());
}

int currentVersion(sql::Database &db)
{
    return sql::userVersion(db);
}

Status migrate(sql::Database &db, const QList<QByteArray> &extra)
{
    std::vector<Migration> all(kMigrations.begin(), kMigrations.end());
    for (const QByteArray &text : extra)
        all.push_back(Migration{"test migration", text.constData()});
    return sql::migrate(db, all,
                        {QStringLiteral("the cache"),
                         QStringLiteral("Install the newer borgerkiosk or move the cache file "
                                        "away.")});
}

} // namespace bk::migrations
