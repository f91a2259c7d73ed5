// CentralStore: opening, migrations, sites, enrolment, tokens, the change log, heartbeats.
// Bookings and pull are in centralstore_sync.cpp; outbox, blocks and calls in
// centralstore_queue.cpp.

#include "central/centralstore.h"

#include "central/wirejson.h"

#include <QCryptographicHash>
#include <QJsonDocument>
#include <QRandomGenerator>

#include <array>

namespace bk::central {

namespace {

// Each entry moves the schema one version up, in one transaction (PRAGMA user_version).
const std::array<const char *, 1> kMigrations = {R"sql(
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
)sql"};

QString tokenHash(const QString &token)
{
    return QString::fromLatin1(
        QCryptographicHash::hash(token.toUtf8(), QCryptographicHash::Sha256).toHex());
}

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

QString CentralStore::open(const QString &path, const Config &config)
{
    m_config = config;
    if (QString e = m_db.open(path); !e.isEmpty())
        return e;
    return migrate();
}

QString CentralStore::migrate()
{
    sql::Stmt v(m_db.handle(), "PRAGMA user_version");
    const int version = v.next() ? int(v.integer(0)) : -1;
    if (version < 0)
        return QStringLiteral("cannot read the schema version: %1").arg(v.error());
    if (version > int(kMigrations.size()))
        return QStringLiteral("the database has schema version %1, newer than this program "
                              "knows (%2): use a newer borgerkiosk-central")
            .arg(version)
            .arg(kMigrations.size());
    for (int i = version; i < int(kMigrations.size()); ++i) {
        sql::Transaction tx(m_db);
        if (!tx.error().isEmpty())
            return tx.error();
        if (QString e = m_db.exec(kMigrations[std::size_t(i)]); !e.isEmpty())
            return QStringLiteral("migration to version %1 failed: %2").arg(i + 1).arg(e);
        const QByteArray bump = "PRAGMA user_version = " + QByteArray::number(i + 1);
        if (QString e = m_db.exec(bump.constData()); !e.isEmpty())
            return e;
        if (QString e = tx.commit(); !e.isEmpty())
            return e;
    }
    return {};
}

QString CentralStore::logChange(const SiteId &site, const char *entity, const QString &key,
                                const char *op, const QDateTime &nowUtc)
{
    sql::Stmt ins(m_db.handle(),
                  "INSERT INTO changes(site, entity, key, op, at_ms) VALUES (?1, ?2, ?3, ?4, ?5)");
    ins.bind(1, site)
        .bind(2, QString::fromLatin1(entity))
        .bind(3, key)
        .bind(4, QString::fromLatin1(op))
        .bind(5, nowUtc.toMSecsSinceEpoch());
    if (!ins.run())
        return ins.error();
    // Keep the history bounded: what falls off raises the floor, and cursors below the floor
    // are answered 410 so the kiosk takes a snapshot instead of silently missing changes.
    sql::Stmt cut(m_db.handle(),
                  "SELECT seq FROM changes WHERE site = ?1 ORDER BY seq DESC LIMIT 1 OFFSET ?2");
    cut.bind(1, site).bind(2, m_config.changeHistory);
    if (!cut.next())
        return cut.error();
    const qint64 floor = cut.integer(0);
    sql::Stmt del(m_db.handle(), "DELETE FROM changes WHERE site = ?1 AND seq <= ?2");
    del.bind(1, site).bind(2, floor);
    sql::Stmt up(m_db.handle(), "INSERT OR REPLACE INTO change_floor(site, seq) VALUES (?1, ?2)");
    up.bind(1, site).bind(2, floor);
    if (!del.run())
        return del.error();
    return up.run() ? QString() : up.error();
}

Outcome<Done> CentralStore::putSite(const SiteDefinition &site, const QDateTime &nowUtc)
{
    sql::Transaction tx(m_db);
    if (!tx.error().isEmpty())
        return serverError(tx.error());
    const bool existed = hasSite(site.id);
    sql::Stmt s(m_db.handle(), "INSERT OR REPLACE INTO sites(id, name, chance_letter, hours) "
                               "VALUES (?1, ?2, ?3, ?4)");
    s.bind(1, site.id)
        .bind(2, site.name)
        .bind(3, QString(site.chanceQueueLetter))
        .bind(4, QString::fromUtf8(compact(hoursToJson(site.hours))));
    if (!s.run())
        return serverError(s.error());
    if (QString e = logChange(site.id, "hours", site.id, existed ? "update" : "create", nowUtc);
        !e.isEmpty())
        return serverError(e);
    for (const Service &svc : site.services) {
        sql::Stmt old(m_db.handle(), "SELECT 1 FROM services WHERE site = ?1 AND id = ?2");
        old.bind(1, site.id).bind(2, svc.id);
        const bool had = old.next();
        sql::Stmt ins(m_db.handle(),
                      "INSERT OR REPLACE INTO services(site, id, json) VALUES (?1, ?2, ?3)");
        ins.bind(1, site.id)
            .bind(2, svc.id)
            .bind(3, QString::fromUtf8(compact(serviceToJson(svc))));
        if (!ins.run())
            return serverError(ins.error());
        if (QString e = logChange(site.id, "service", svc.id, had ? "update" : "create", nowUtc);
            !e.isEmpty())
            return serverError(e);
    }
    if (QString e = tx.commit(); !e.isEmpty())
        return serverError(e);
    return Done{};
}

bool CentralStore::hasSite(const SiteId &site)
{
    sql::Stmt s(m_db.handle(), "SELECT 1 FROM sites WHERE id = ?1");
    s.bind(1, site);
    return s.next();
}

std::optional<SiteDefinition> CentralStore::loadSite(const SiteId &site)
{
    sql::Stmt s(m_db.handle(), "SELECT name, chance_letter, hours FROM sites WHERE id = ?1");
    s.bind(1, site);
    if (!s.next())
        return std::nullopt;
    SiteDefinition d;
    d.id = site;
    d.name = s.text(0);
    const QString letter = s.text(1);
    d.chanceQueueLetter = letter.isEmpty() ? QChar(u'K') : letter.at(0);
    const auto hours = hoursFromJson(QJsonDocument::fromJson(s.text(2).toUtf8()).object());
    if (!hours)
        return std::nullopt;
    d.hours = *hours;
    sql::Stmt svc(m_db.handle(), "SELECT json FROM services WHERE site = ?1 ORDER BY id");
    svc.bind(1, site);
    while (svc.next())
        if (auto service = serviceFromJson(QJsonDocument::fromJson(svc.text(0).toUtf8()).object()))
            d.services.append(*service);
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
    sql::Stmt s(m_db.handle(), "INSERT OR IGNORE INTO enrol_codes(code, site, created_ms) "
                               "VALUES (?1, ?2, ?3)");
    s.bind(1, normaliseCode(code)).bind(2, site).bind(3, nowUtc.toMSecsSinceEpoch());
    if (!s.run())
        return serverError(s.error());
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
    if (!tx.error().isEmpty())
        return serverError(tx.error());
    sql::Stmt find(m_db.handle(),
                   "SELECT site FROM enrol_codes WHERE code = ?1 AND used_ms IS NULL");
    find.bind(1, normaliseCode(code));
    if (!find.next())
        return Refusal{403,
                       QStringLiteral("enrol-code-invalid"),
                       QStringLiteral("the enrolment code is unknown or was already used; ask "
                                      "the administrator for a new one"),
                       {}};
    const SiteId site = find.text(0);
    QByteArray raw(32, Qt::Uninitialized);
    QRandomGenerator::system()->generate(reinterpret_cast<quint32 *>(raw.data()),
                                         reinterpret_cast<quint32 *>(raw.data() + raw.size()));
    const QString token = QString::fromLatin1(
        raw.toBase64(QByteArray::Base64UrlEncoding | QByteArray::OmitTrailingEquals));
    sql::Stmt use(m_db.handle(),
                  "UPDATE enrol_codes SET used_ms = ?2, used_by = ?3 WHERE code = ?1");
    use.bind(1, normaliseCode(code)).bind(2, nowUtc.toMSecsSinceEpoch()).bind(3, kioskId);
    // A kiosk enrolled again (re-imaged) gets a new token; the old one stops working.
    sql::Stmt k(m_db.handle(), "INSERT OR REPLACE INTO kiosks(kiosk_id, site, token_hash, "
                               "enrolled_ms) VALUES (?1, ?2, ?3, ?4)");
    k.bind(1, kioskId).bind(2, site).bind(3, tokenHash(token)).bind(4, nowUtc.toMSecsSinceEpoch());
    if (!use.run())
        return serverError(use.error());
    if (!k.run())
        return serverError(k.error());
    if (QString e = tx.commit(); !e.isEmpty())
        return serverError(e);
    return QJsonObject{{QStringLiteral("token"), token}, {QStringLiteral("siteId"), site}};
}

std::optional<KioskIdentity> CentralStore::authenticate(const QString &token)
{
    if (token.isEmpty() || token.size() > 256)
        return std::nullopt;
    sql::Stmt s(m_db.handle(), "SELECT kiosk_id, site FROM kiosks WHERE token_hash = ?1");
    s.bind(1, tokenHash(token));
    if (!s.next())
        return std::nullopt;
    return KioskIdentity{s.text(0), s.text(1)};
}

Outcome<Done> CentralStore::heartbeat(const KioskIdentity &who, const QJsonObject &body,
                                      const QDateTime &nowUtc)
{
    sql::Stmt s(m_db.handle(),
                "UPDATE kiosks SET heartbeat = ?2, heartbeat_ms = ?3 WHERE kiosk_id = ?1");
    s.bind(1, who.kioskId)
        .bind(2, QString::fromUtf8(compact(body)))
        .bind(3, nowUtc.toMSecsSinceEpoch());
    if (!s.run())
        return serverError(s.error());
    return Done{};
}

Outcome<QJsonArray> CentralStore::kiosks(const SiteId &site)
{
    sql::Stmt s(m_db.handle(), "SELECT kiosk_id, site, enrolled_ms, heartbeat, heartbeat_ms "
                               "FROM kiosks WHERE site = ?1 ORDER BY kiosk_id");
    s.bind(1, site);
    QJsonArray out;
    while (s.next()) {
        const auto ms = [](qint64 v) { return QDateTime::fromMSecsSinceEpoch(v, Qt::UTC); };
        out.append(QJsonObject{
            {QStringLiteral("kioskId"), s.text(0)},
            {QStringLiteral("siteId"), s.text(1)},
            {QStringLiteral("enrolledAt"), toWire(ms(s.integer(2)))},
            {QStringLiteral("lastHeartbeatAt"),
             s.isNull(4) ? QJsonValue::Null : QJsonValue(toWire(ms(s.integer(4))))},
            {QStringLiteral("heartbeat"),
             s.isNull(3) ? QJsonValue::Null
                         : QJsonValue(QJsonDocument::fromJson(s.text(3).toUtf8()).object())}});
    }
    if (!s.error().isEmpty())
        return serverError(s.error());
    return out;
}

} // namespace bk::central
