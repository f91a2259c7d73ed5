// CentralStore: opening, migrations, sites, enrolment, tokens, the change log, heartbeats.
// Bookings and pull are in centralstore_sync.cpp; outbox, blocks and calls in
// centralstore_queue.cpp.

#include "central/centralstore.h"

#include "central/tokens.h"
#include "central/wirejson.h"
#include "platform/sqlmigrations.h"
#include "platform/sqlrows.h"

#include <QJsonDocument>

#include <array>

namespace bk::central {

namespace {

// Each entry moves the schema one version up, in one transaction (PRAGMA user_version, run by
// sql::migrate()). Append only: databases in use already ran the released ones.
const std::array kMigrations = {
    sql::Migration{"initial schema", R"sql(
CREATE TABLE sites(id TEXT PRIMARY KEY, name TEXT NOT NULL, chance_letter TEXT NOT NULL,
                   hours TEXT NOT NULL);
CREATE TABLE services(site TEXT NOT NULL REFERENCES sites(id), id TEXT NOT NULL,
                      json TEXT NOT NULL, PRIMARY KEY(site, id));
CREATE TABLE bookings(code TEXT PRIMARY KEY, site TEXT NOT NULL, service TEXT NOT NULL,
                      start_ms INTEGER NOT NULL, status TEXT NOT NULL, checked_in_ms INTEGER,
                      phone TEXT, name TEXT, created_ms INTEGER NOT NULL);
CREATE INDEX bookings_slot ON bookings(site, service, start_ms);
CREATE INDEX bookings_start ON bookings(site, start_ms);
CREATE TABLE changes(seq INTEGER PRIMARY KEY AUTOINCREMENT, site TEXT NOT NULL,
                     entity TEXT NOT NULL, key TEXT NOT NULL, op TEXT NOT NULL,
                     at_ms INTEGER NOT NULL);
CREATE INDEX changes_site ON changes(site, seq);
CREATE TABLE change_floor(site TEXT PRIMARY KEY, seq INTEGER NOT NULL);
CREATE TABLE enrol_codes(code TEXT PRIMARY KEY, site TEXT NOT NULL, created_ms INTEGER NOT NULL,
                         used_ms INTEGER, used_by TEXT);
CREATE TABLE kiosks(kiosk_id TEXT PRIMARY KEY, site TEXT NOT NULL,
                    token_hash TEXT NOT NULL UNIQUE, enrolled_ms INTEGER NOT NULL,
                    heartbeat TEXT, heartbeat_ms INTEGER);
CREATE TABLE ops(op_id TEXT PRIMARY KEY, kiosk_id TEXT NOT NULL, kind TEXT NOT NULL,
                 status INTEGER NOT NULL, answer TEXT NOT NULL, at_ms INTEGER NOT NULL);
CREATE TABLE number_blocks(site TEXT NOT NULL, day TEXT NOT NULL, queue TEXT NOT NULL,
                           first INTEGER NOT NULL, last INTEGER NOT NULL,
                           kiosk_id TEXT NOT NULL, granted_ms INTEGER NOT NULL,
                           PRIMARY KEY(site, day, queue, first));
CREATE TABLE tickets(site TEXT NOT NULL, day TEXT NOT NULL, queue TEXT NOT NULL,
                     number INTEGER NOT NULL, label TEXT NOT NULL, kind TEXT NOT NULL,
                     service TEXT, booking_code TEXT, booking_start_ms INTEGER,
                     issued_ms INTEGER NOT NULL, op_id TEXT NOT NULL, kiosk_id TEXT NOT NULL,
                     called_ms INTEGER, counter TEXT, PRIMARY KEY(site, day, queue, number));
CREATE INDEX tickets_waiting ON tickets(site, day, called_ms);
CREATE TABLE callouts(id INTEGER PRIMARY KEY, site TEXT NOT NULL, ticket TEXT NOT NULL,
                      counter TEXT NOT NULL, at_ms INTEGER NOT NULL);
)sql"},
    sql::Migration{"admin tokens and staff alerts", R"sql(
CREATE TABLE admin_tokens(name TEXT PRIMARY KEY, site TEXT, token_hash TEXT NOT NULL UNIQUE,
                          created_ms INTEGER NOT NULL);
CREATE TABLE alerts(id INTEGER PRIMARY KEY, site TEXT NOT NULL, kiosk_id TEXT NOT NULL,
                    kind TEXT NOT NULL, event TEXT NOT NULL, at_ms INTEGER NOT NULL,
                    received_ms INTEGER NOT NULL, op_id TEXT NOT NULL);
CREATE INDEX alerts_site ON alerts(site, received_ms);
CREATE INDEX alerts_kiosk ON alerts(kiosk_id, kind, id);
)sql"},
    sql::Migration{"staff accounts, sessions, display links, events", R"sql(
CREATE TABLE staff_accounts(username TEXT PRIMARY KEY, site TEXT NOT NULL, role TEXT NOT NULL,
                            password TEXT NOT NULL, disabled INTEGER NOT NULL DEFAULT 0,
                            failures INTEGER NOT NULL DEFAULT 0, locked_until_ms INTEGER,
                            created_ms INTEGER NOT NULL);
CREATE TABLE staff_sessions(token_hash TEXT PRIMARY KEY, username TEXT NOT NULL,
                            csrf TEXT NOT NULL, counter TEXT, created_ms INTEGER NOT NULL,
                            seen_ms INTEGER NOT NULL);
CREATE INDEX staff_sessions_user ON staff_sessions(username);
CREATE TABLE display_links(token_hash TEXT PRIMARY KEY, site TEXT NOT NULL, name TEXT NOT NULL,
                           created_by TEXT NOT NULL, created_ms INTEGER NOT NULL);
CREATE TABLE events(id INTEGER PRIMARY KEY, at_ms INTEGER NOT NULL, site TEXT NOT NULL,
                    kind TEXT NOT NULL, queue TEXT, service TEXT, ticket TEXT, counter TEXT);
CREATE INDEX events_site ON events(site, at_ms);
ALTER TABLE tickets ADD COLUMN state TEXT NOT NULL DEFAULT 'waiting';
ALTER TABLE tickets ADD COLUMN finished_ms INTEGER;
ALTER TABLE sites ADD COLUMN notice TEXT NOT NULL DEFAULT '';
)sql"},
    // An audit log, not an ordinary log: who saw which booking's phone number, when and from
    // where; never the number itself.
    sql::Migration{"phone access log", R"sql(
CREATE TABLE phone_access(id INTEGER PRIMARY KEY, at_ms INTEGER NOT NULL, site TEXT NOT NULL,
                          username TEXT NOT NULL, booking_code TEXT NOT NULL,
                          peer TEXT NOT NULL);
CREATE INDEX phone_access_site ON phone_access(site, at_ms);
)sql"},
    sql::Migration{"queue-page tokens of tickets", R"sql(
ALTER TABLE tickets ADD COLUMN queue_token_hash TEXT;
CREATE INDEX tickets_queue_token ON tickets(queue_token_hash) WHERE queue_token_hash IS NOT NULL;
)sql"},
    // Statistics (issue 14): an opaque random visit key links one visit's events (a booking's
    // and its ticket's), with the booked slot, the booking's channel and the check-in's class.
    // Bookings and tickets made before get a key of their own; their older events stay
    // without one (and are not counted).
    sql::Migration{"visit keys for statistics", R"sql(
ALTER TABLE events ADD COLUMN visit TEXT;
ALTER TABLE events ADD COLUMN slot_ms INTEGER;
ALTER TABLE events ADD COLUMN channel TEXT;
ALTER TABLE events ADD COLUMN checkin_class TEXT;
CREATE INDEX events_visit ON events(visit);
ALTER TABLE bookings ADD COLUMN visit TEXT;
UPDATE bookings SET visit = lower(hex(randomblob(8)));
ALTER TABLE tickets ADD COLUMN visit TEXT;
UPDATE tickets SET visit = coalesce((SELECT b.visit FROM bookings b
                                     WHERE b.code = tickets.booking_code),
                                    lower(hex(randomblob(8))));
)sql"},
    // Statistics' roll-up (issue 14 item 6): the day cells (central/statistics.h) of each visit
    // day that is over, so that a year's report does not read a million events; a day's row is
    // deleted when an event of one of its visits arrives late, and made again when asked for.
    // The slot index finds the visits booked for a day.
    sql::Migration{"statistics roll-up", R"sql(
CREATE TABLE stats_days(site TEXT NOT NULL, day TEXT NOT NULL, cells BLOB NOT NULL,
                        PRIMARY KEY(site, day)) WITHOUT ROWID;
CREATE INDEX events_slot ON events(site, slot_ms) WHERE slot_ms IS NOT NULL;
)sql"},
    // Staff bookings by phone (issue 13 item 2): what staff noted for the counter. Personal
    // data like phone and name: never sent to kiosks, deleted by the retention sweep.
    sql::Migration{"notes of bookings", R"sql(
ALTER TABLE bookings ADD COLUMN notes TEXT;
)sql"}};

// Enrolment codes are typed by a technician: case and separators do not matter.
QString normaliseCode(const QString &code)
{
    QString out;
    for (QChar c : code)
        if (c.isLetterOrNumber())
            out.append(c.toUpper());
    return out;
}

} // namespace

Status CentralStore::open(const QString &path, const Config &config)
{
    m_config = config;
    // WAL so the snapshot's read transaction never blocks a writer; synchronous=FULL because
    // an answer the central gave must survive a power cut, or a replayed operation could be
    // applied twice; foreign keys for services -> sites.
    sql::OpenOptions options;
    options.role = QStringLiteral("the central database");
    options.busyTimeoutMs = 5000;
    options.wal = true;
    options.synchronousFull = true;
    options.foreignKeys = true;
    if (Status s = m_db.open(path, options); !s)
        return s;
    return sql::migrate(m_db, kMigrations,
                        {options.role, QStringLiteral("Use a newer borgerkiosk-central.")});
}

Status CentralStore::logChange(const SiteId &site, const char *entity, const QString &key,
                               const char *op, const QDateTime &nowUtc)
{
    sql::Statement ins = m_db.prepare(
        "INSERT INTO changes(site, entity, key, op, at_ms) VALUES (?1, ?2, ?3, ?4, ?5)");
    ins.bind(1, site).bind(2, entity).bind(3, key).bind(4, op).bind(5, sql::toMs(nowUtc));
    if (Status s = ins.run(); !s)
        return s;
    // Keep the history bounded: what falls off raises the floor, and cursors below the floor
    // are answered 410 so the kiosk takes a snapshot instead of silently missing changes.
    sql::Statement cut =
        m_db.prepare("SELECT seq FROM changes WHERE site = ?1 ORDER BY seq DESC LIMIT 1 OFFSET ?2");
    cut.bind(1, site).bind(2, m_config.changeHistory);
    if (!cut.next())
        return cut.status();
    const qint64 floor = cut.int64(0);
    sql::Statement del = m_db.prepare("DELETE FROM changes WHERE site = ?1 AND seq <= ?2");
    del.bind(1, site).bind(2, floor);
    sql::Statement up =
        m_db.prepare("INSERT OR REPLACE INTO change_floor(site, seq) VALUES (?1, ?2)");
    up.bind(1, site).bind(2, floor);
    if (Status s = del.run(); !s)
        return s;
    return up.run();
}

Outcome<Done> CentralStore::putSite(const SiteDefinition &site, const QDateTime &nowUtc)
{
    sql::Transaction tx(m_db);
    if (!tx.status())
        return serverError(tx.status().storeError());
    const bool existed = hasSite(site.id);
    // An upsert, not a REPLACE: a site defined again keeps the notice its manager set.
    sql::Statement s =
        m_db.prepare("INSERT INTO sites(id, name, chance_letter, hours) VALUES (?1, ?2, ?3, ?4) "
                     "ON CONFLICT(id) DO UPDATE SET name = excluded.name, "
                     "chance_letter = excluded.chance_letter, hours = excluded.hours");
    s.bind(1, site.id)
        .bind(2, site.name)
        .bind(3, QString(site.chanceQueueLetter))
        .bind(4, QString::fromUtf8(compact(hoursToJson(site.hours))));
    if (Status e = s.run(); !e)
        return serverError(e.storeError());
    if (Status e = logChange(site.id, "hours", site.id, existed ? "update" : "create", nowUtc); !e)
        return serverError(e.storeError());
    for (const Service &svc : site.services) {
        sql::Statement old = m_db.prepare("SELECT 1 FROM services WHERE site = ?1 AND id = ?2");
        old.bind(1, site.id).bind(2, svc.id);
        const bool had = old.next();
        sql::Statement ins =
            m_db.prepare("INSERT OR REPLACE INTO services(site, id, json) VALUES (?1, ?2, ?3)");
        ins.bind(1, site.id)
            .bind(2, svc.id)
            .bind(3, QString::fromUtf8(compact(serviceToJson(svc))));
        if (Status e = ins.run(); !e)
            return serverError(e.storeError());
        if (Status e = logChange(site.id, "service", svc.id, had ? "update" : "create", nowUtc); !e)
            return serverError(e.storeError());
    }
    if (Status e = tx.commit(); !e)
        return serverError(e.storeError());
    return Done{};
}

bool CentralStore::hasSite(const SiteId &site)
{
    sql::Statement s = m_db.prepare("SELECT 1 FROM sites WHERE id = ?1");
    s.bind(1, site);
    return s.next();
}

Result<SiteDefinition> CentralStore::loadSite(const SiteId &site)
{
    sql::Statement s = m_db.prepare("SELECT name, chance_letter, hours FROM sites WHERE id = ?1");
    s.bind(1, site);
    if (!s.next()) {
        if (Status e = s.status(); !e)
            return e.storeError();
        return notFound(QStringLiteral("site '%1' does not exist").arg(site));
    }
    SiteDefinition d;
    d.id = site;
    d.name = s.text(0);
    const QString letter = s.text(1);
    d.chanceQueueLetter = letter.isEmpty() ? QChar(u'K') : letter.at(0);
    const auto hours = hoursFromJson(sql::jsonObjectColumn(s.text(2)));
    if (!hours)
        return StoreError{StoreErrorKind::Database,
                          QStringLiteral("%1: the stored hours of site '%2' cannot be read")
                              .arg(m_db.path(), site)};
    d.hours = *hours;
    sql::Statement svc = m_db.prepare("SELECT json FROM services WHERE site = ?1 ORDER BY id");
    svc.bind(1, site);
    while (svc.next())
        if (auto service = serviceFromJson(sql::jsonObjectColumn(svc.text(0))))
            d.services.append(*service);
    if (Status e = svc.status(); !e)
        return e.storeError();
    return d;
}

Outcome<Done> CentralStore::addEnrolCode(const SiteId &site, const QString &code,
                                         const QDateTime &nowUtc)
{
    if (!hasSite(site))
        return Refusal{404,
                       QStringLiteral("not-found"),
                       QStringLiteral("site '%1' does not exist").arg(site),
                       {}};
    sql::Statement s = m_db.prepare("INSERT OR IGNORE INTO enrol_codes(code, site, created_ms) "
                                    "VALUES (?1, ?2, ?3)");
    s.bind(1, normaliseCode(code)).bind(2, site).bind(3, nowUtc.toMSecsSinceEpoch());
    if (Status e = s.run(); !e)
        return serverError(e.storeError());
    return Done{};
}

Outcome<QString> CentralStore::makeEnrolCode(const SiteId &site, const QDateTime &nowUtc)
{
    // 12 symbols of the booking-code alphabet: ~59 bits, typed once by a technician.
    static constexpr char kAlphabet[] = "0123456789ABCDEFGHJKMNPQRSTWXYZ";
    QString code;
    for (int i = 0; i < 12; ++i) {
        if (i > 0 && i % 4 == 0)
            code.append(u'-');
        code.append(QChar::fromLatin1(kAlphabet[QRandomGenerator::system()->bounded(31)]));
    }
    if (auto r = addEnrolCode(site, code, nowUtc); !r)
        return r.refusal();
    return code;
}

Outcome<QJsonObject> CentralStore::enrol(const QString &code, const QString &kioskId,
                                         const QDateTime &nowUtc)
{
    sql::Transaction tx(m_db);
    if (!tx.status())
        return serverError(tx.status().storeError());
    sql::Statement find =
        m_db.prepare("SELECT site FROM enrol_codes WHERE code = ?1 AND used_ms IS NULL");
    find.bind(1, normaliseCode(code));
    if (!find.next())
        return Refusal{403,
                       QStringLiteral("enrol-code-invalid"),
                       QStringLiteral("the enrolment code is unknown or was already used; ask "
                                      "the administrator for a new one"),
                       {}};
    const SiteId site = find.text(0);
    const QString token = newToken();
    sql::Statement use =
        m_db.prepare("UPDATE enrol_codes SET used_ms = ?2, used_by = ?3 WHERE code = ?1");
    use.bind(1, normaliseCode(code)).bind(2, nowUtc.toMSecsSinceEpoch()).bind(3, kioskId);
    // A kiosk enrolled again (re-imaged) gets a new token; the old one stops working.
    sql::Statement k = m_db.prepare("INSERT OR REPLACE INTO kiosks(kiosk_id, site, token_hash, "
                                    "enrolled_ms) VALUES (?1, ?2, ?3, ?4)");
    k.bind(1, kioskId).bind(2, site).bind(3, tokenHash(token)).bind(4, nowUtc.toMSecsSinceEpoch());
    if (Status e = use.run(); !e)
        return serverError(e.storeError());
    if (Status e = k.run(); !e)
        return serverError(e.storeError());
    if (Status e = tx.commit(); !e)
        return serverError(e.storeError());
    return QJsonObject{{QStringLiteral("token"), token}, {QStringLiteral("siteId"), site}};
}

namespace {

// Looks a bearer token up by its hash with `query` (?1 = the hash); `read` makes the identity
// from the row. NotFound for an empty, over-long or unknown token.
template <typename T, typename Read>
Result<T> findToken(sql::Database &db, const char *query, const QString &token, Read read)
{
    const auto unknown = [] { return notFound(QStringLiteral("missing or unknown token")); };
    if (token.isEmpty() || token.size() > 256)
        return unknown();
    sql::Statement s = db.prepare(query);
    s.bind(1, tokenHash(token));
    if (s.next())
        return read(s);
    if (Status e = s.status(); !e)
        return e.storeError();
    return unknown();
}

} // namespace

Result<KioskIdentity> CentralStore::authenticate(const QString &token)
{
    return findToken<KioskIdentity>(m_db, "SELECT kiosk_id, site FROM kiosks WHERE token_hash = ?1",
                                    token, [](const sql::Statement &s) {
                                        return KioskIdentity{s.text(0), s.text(1)};
                                    });
}

Outcome<QString> CentralStore::makeAdminToken(const QString &name, const SiteId &site,
                                              const QDateTime &nowUtc)
{
    if (name.isEmpty() || name.size() > 64)
        return badRequest(QStringLiteral("bad-field"), QStringLiteral("name: 1 to 64 characters"));
    if (!site.isEmpty() && !hasSite(site))
        return Refusal{404,
                       QStringLiteral("not-found"),
                       QStringLiteral("site '%1' does not exist").arg(site),
                       {}};
    const QString token = newToken();
    // Same name again: a new token replaces the old one (a lost or leaked token is renewed).
    sql::Statement s = m_db.prepare("INSERT OR REPLACE INTO admin_tokens(name, site, token_hash, "
                                    "created_ms) VALUES (?1, ?2, ?3, ?4)");
    s.bind(1, name).bind(3, tokenHash(token)).bind(4, nowUtc.toMSecsSinceEpoch());
    if (site.isEmpty())
        s.bindNull(2);
    else
        s.bind(2, site);
    if (Status e = s.run(); !e)
        return serverError(e.storeError());
    return token;
}

Result<AdminIdentity> CentralStore::authenticateAdmin(const QString &token)
{
    return findToken<AdminIdentity>(
        m_db, "SELECT name, site FROM admin_tokens WHERE token_hash = ?1", token,
        [](const sql::Statement &s) {
            return AdminIdentity{s.text(0), s.isNull(1) ? SiteId() : s.text(1)};
        });
}

Outcome<Done> CentralStore::heartbeat(const KioskIdentity &who, const QJsonObject &body,
                                      const QDateTime &nowUtc)
{
    sql::Statement s =
        m_db.prepare("UPDATE kiosks SET heartbeat = ?2, heartbeat_ms = ?3 WHERE kiosk_id = ?1");
    s.bind(1, who.kioskId)
        .bind(2, QString::fromUtf8(compact(body)))
        .bind(3, nowUtc.toMSecsSinceEpoch());
    if (Status e = s.run(); !e)
        return serverError(e.storeError());
    return Done{};
}

Outcome<QJsonArray> CentralStore::kiosks(const SiteId &site)
{
    sql::Statement s =
        m_db.prepare("SELECT kiosk_id, site, enrolled_ms, heartbeat, heartbeat_ms "
                     "FROM kiosks WHERE ?1 = '' OR site = ?1 ORDER BY site, kiosk_id");
    s.bind(1, site);
    QJsonArray out;
    while (s.next()) {
        out.append(QJsonObject{
            {QStringLiteral("kioskId"), s.text(0)},
            {QStringLiteral("siteId"), s.text(1)},
            {QStringLiteral("enrolledAt"), toWire(sql::fromMs(s.int64(2)))},
            {QStringLiteral("lastHeartbeatAt"),
             s.isNull(4) ? QJsonValue::Null : QJsonValue(toWire(sql::fromMs(s.int64(4))))},
            {QStringLiteral("heartbeat"),
             s.isNull(3) ? QJsonValue::Null : QJsonValue(sql::jsonObjectColumn(s.text(3)))}});
    }
    if (Status e = s.status(); !e)
        return serverError(e.storeError());
    return out;
}

} // namespace bk::central
