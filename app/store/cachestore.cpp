// CacheStore: opening, pragmas, meta, outbox and housekeeping. Services and bookings are in
// cachestore_bookings.cpp, tickets and check-in in cachestore_tickets.cpp.

#include "store/cachestore.h"

#include "internal.h"
#include "migrations.h"

#include <QJsonDocument>
#include <QJsonObject>

namespace bk {

using namespace bk::store;

namespace {

constexpr qint64 kDayMs = 24LL * 60 * 60 * 1000;

StoreError invalidOption(const QString &what)
{
    return StoreError{StoreErrorKind::Invalid, QStringLiteral("cache options: %1").arg(what)};
}

Status checkOptions(const CacheStore::Options &o)
{
    if (o.kioskCount < 1)
        return invalidOption(QStringLiteral("kioskCount %1 must be at least 1").arg(o.kioskCount));
    if (o.kioskIndex < 0 || o.kioskIndex >= o.kioskCount)
        return invalidOption(
            QStringLiteral("kioskIndex %1 must be 0..%2").arg(o.kioskIndex).arg(o.kioskCount - 1));
    if (o.blockSize < 1)
        return invalidOption(QStringLiteral("blockSize %1 must be at least 1").arg(o.blockSize));
    if (o.staticNumberLimit < 0)
        return invalidOption(
            QStringLiteral("staticNumberLimit %1 must not be negative").arg(o.staticNumberLimit));
    // keepBookingDays below retentionDays is allowed: the row, personal fields included, then
    // simply goes earlier.
    if (o.retentionDays < 0 || o.keepBookingDays < 0)
        return invalidOption(QStringLiteral("retentionDays %1 and keepBookingDays %2 must not "
                                            "be negative")
                                 .arg(o.retentionDays)
                                 .arg(o.keepBookingDays));
    return {};
}

} // namespace

CacheStore::CacheStore() = default;
CacheStore::~CacheStore() = default;

Status CacheStore::open(const QString &path, const Options &options)
{
    close();
    if (Status s = checkOptions(options); !s)
        return fail(s);
    auto db = std::make_unique<sql::Database>();
    // WAL: readers (the sync process) never block the writer; FULL: a committed check-in
    // survives power loss (a citizen holds its ticket); the schema relies on foreign keys.
    sql::OpenOptions open;
    open.role = QStringLiteral("the cache");
    open.busyTimeoutMs = options.busyTimeoutMs;
    open.wal = true;
    open.synchronousFull = true;
    open.foreignKeys = true;
    if (Status s = db->open(path, open); !s)
        return fail(s);
    if (Status s = migrations::migrate(*db, options.extraMigrationsForTest); !s)
        return fail(s);
    m_db = std::move(db);
    m_servicesMemo.reset();
    m_options = options;
    m_lastError.clear();
    return {};
}

void CacheStore::close()
{
    m_db.reset();
    m_servicesMemo.reset();
}

bool CacheStore::isOpen() const
{
    return m_db != nullptr;
}

int CacheStore::schemaVersion() const
{
    return m_db ? migrations::currentVersion(*m_db) : -1;
}

int CacheStore::latestSchemaVersion()
{
    return migrations::latestVersion();
}

Result<CacheStore::Pragmas> CacheStore::pragmas()
{
    if (!m_db)
        return fail(Result<Pragmas>(notOpen()));
    return fail(m_db->pragmas());
}

// --- Meta --------------------------------------------------------------------------------------

QString CacheStore::meta(const QString &key)
{
    if (!m_db)
        return {};
    sql::Statement st = m_db->prepare("SELECT value FROM meta WHERE key = ?1");
    st.bind(1, key);
    if (st.next())
        return st.text(0);
    if (Status s = st.status(); !s)
        m_lastError = s.error();
    return {};
}

Status CacheStore::setMeta(const QString &key, const QString &value)
{
    if (!m_db)
        return fail(Status(notOpen()));
    return fail(writeMeta(key, value));
}

Status CacheStore::writeMeta(const QString &key, const QString &value)
{
    sql::Statement st = m_db->prepare("INSERT INTO meta(key, value) VALUES (?1, ?2) "
                                      "ON CONFLICT(key) DO UPDATE SET value = excluded.value");
    st.bind(1, key).bind(2, value);
    return st.run();
}

namespace {

// The meta keys of CacheStore::SyncMemo (kept as they were when the engine wrote them itself,
// so a cache from before reads the same).
constexpr const char *kMetaCursor = "sync.cursor";
constexpr const char *kMetaHours = "sync.hours";
constexpr const char *kMetaChanceLetter = "sync.chanceQueueLetter";
constexpr const char *kMetaLastCentralTime = "sync.lastCentralTime";
constexpr const char *kMetaPublicBaseUrl = "sync.publicBaseUrl";

} // namespace

Result<CacheStore::SyncMemo> CacheStore::syncMemo()
{
    using R = Result<SyncMemo>;
    if (!m_db)
        return fail(R(notOpen()));
    sql::Statement st =
        m_db->prepare("SELECT key, value FROM meta WHERE key IN (?1, ?2, ?3, ?4, ?5)");
    st.bind(1, kMetaCursor).bind(2, kMetaHours).bind(3, kMetaChanceLetter);
    st.bind(4, kMetaLastCentralTime).bind(5, kMetaPublicBaseUrl);
    SyncMemo memo;
    while (st.next()) {
        const QString key = st.text(0);
        const QString value = st.text(1);
        if (key == QLatin1String(kMetaCursor)) {
            memo.cursor = value;
        } else if (key == QLatin1String(kMetaHours)) {
            memo.hoursJson = value.toUtf8();
        } else if (key == QLatin1String(kMetaChanceLetter)) {
            if (value.size() == 1 && value.at(0).isLetter())
                memo.chanceQueueLetter = value.at(0);
        } else if (key == QLatin1String(kMetaPublicBaseUrl)) {
            memo.publicBaseUrl = value;
        } else if (const QDateTime t = QDateTime::fromString(value, Qt::ISODateWithMs);
                   t.isValid()) {
            memo.lastCentralTime = t.toUTC();
        }
    }
    if (Status s = st.status(); !s)
        return fail(R(s.storeError()));
    return memo;
}

Status CacheStore::setSyncMemo(const SyncMemo &memo)
{
    if (!m_db)
        return fail(Status(notOpen()));
    sql::Transaction tx(*m_db);
    if (!tx.status())
        return fail(tx.status());
    if (Status s = writeSyncMemo(memo); !s)
        return fail(s);
    return fail(tx.commit());
}

Status CacheStore::writeSyncMemo(const SyncMemo &memo)
{
    const QList<std::pair<const char *, QString>> values{
        {kMetaCursor, memo.cursor},
        {kMetaHours, QString::fromUtf8(memo.hoursJson)},
        {kMetaChanceLetter, memo.chanceQueueLetter ? QString(*memo.chanceQueueLetter) : QString()},
        {kMetaLastCentralTime, memo.lastCentralTime.isValid()
                                   ? memo.lastCentralTime.toUTC().toString(Qt::ISODateWithMs)
                                   : QString()},
        {kMetaPublicBaseUrl, memo.publicBaseUrl}};
    for (const auto &[key, value] : values) {
        if (Status s = writeMeta(QString::fromLatin1(key), value); !s)
            return s;
    }
    return {};
}

// --- Outbox ------------------------------------------------------------------------------------

Status CacheStore::writeOutbox(const QString &opId, const char *kind, const QByteArray &payload,
                               const QDateTime &nowUtc)
{
    sql::Statement st = m_db->prepare(
        "INSERT INTO outbox(op_id, kind, payload, created_at) VALUES (?1, ?2, ?3, ?4)");
    st.bind(1, opId).bind(2, kind).bind(3, QString::fromUtf8(payload)).bind(4, toMs(nowUtc));
    return st.run();
}

Result<QString> CacheStore::queueEvent(StanderEvent event, const ServiceId &service,
                                       const QDateTime &atUtc, const QString &bookingCode)
{
    using R = Result<QString>;
    if (!m_db)
        return fail(R(notOpen()));
    const bool refused = event == StanderEvent::CheckInRefusedTooLate;
    if (service.isEmpty() || refused == bookingCode.isEmpty())
        return fail(R(StoreError{StoreErrorKind::Invalid,
                                 QStringLiteral("a stander event needs its errand, and a booking "
                                                "code exactly when a check-in was refused")}));
    // The central's names (central/STATISTICS.md, "Events and visits").
    const char *name = "";
    switch (event) {
    case StanderEvent::SelfServiceShown:
        name = "self_service_shown";
        break;
    case StanderEvent::SelfServiceQrPrinted:
        name = "self_service_qr_printed";
        break;
    case StanderEvent::SelfServiceBookedAnyway:
        name = "self_service_booked_anyway";
        break;
    case StanderEvent::CheckInRefusedTooLate:
        name = "checkin_refused_too_late";
        break;
    }
    QJsonObject payload{{QStringLiteral("event"), QString::fromLatin1(name)},
                        {QStringLiteral("service"), service},
                        {QStringLiteral("at"), atUtc.toUTC().toString(Qt::ISODateWithMs)}};
    if (refused)
        payload.insert(QStringLiteral("code"), bookingCode);
    const QString opId = newOpId();
    if (Status s = writeOutbox(opId, "event", QJsonDocument(payload).toJson(QJsonDocument::Compact),
                               atUtc);
        !s)
        return fail(R(s.storeError()));
    return opId;
}

Result<QString> CacheStore::queueAlert(const QString &alert, bool raised, const QDateTime &atUtc,
                                       const QString &metaKey, const QString &metaValue)
{
    using R = Result<QString>;
    if (!m_db)
        return fail(R(notOpen()));
    if (alert.isEmpty() || alert.size() > 32)
        return fail(R(StoreError{
            StoreErrorKind::Invalid,
            QStringLiteral("alert key '%1' must be 1 to 32 characters").arg(alert.left(40))}));
    const QString opId = newOpId();
    const QJsonObject payload{
        {QStringLiteral("alert"), alert},
        {QStringLiteral("event"), raised ? QStringLiteral("raised") : QStringLiteral("cleared")},
        {QStringLiteral("at"), atUtc.toUTC().toString(Qt::ISODateWithMs)}};
    sql::Transaction tx(*m_db);
    if (!tx.status())
        return fail(R(tx.status().storeError()));
    if (Status s = writeOutbox(opId, "alert", QJsonDocument(payload).toJson(QJsonDocument::Compact),
                               atUtc);
        !s)
        return fail(R(s.storeError()));
    if (!metaKey.isEmpty()) {
        if (Status s = writeMeta(metaKey, metaValue); !s)
            return fail(R(s.storeError()));
    }
    if (Status s = tx.commit(); !s)
        return fail(R(s.storeError()));
    return opId;
}

namespace {

OutboxEntry readOutbox(const sql::Statement &st)
{
    OutboxEntry e;
    e.seq = st.int64(0);
    e.opId = st.text(1);
    e.kind = st.text(2);
    e.payload = st.text(3).toUtf8();
    e.createdAt = fromMs(st.int64(4));
    e.sentAt = sql::optionalTime(st, 5);
    e.answer = st.text(6).toUtf8();
    return e;
}

} // namespace

Result<QList<OutboxEntry>> CacheStore::pendingOutbox(int limit)
{
    if (!m_db)
        return fail(Result<QList<OutboxEntry>>(notOpen()));
    sql::Statement st =
        m_db->prepare("SELECT seq, op_id, kind, payload, created_at, sent_at, answer FROM outbox "
                      "WHERE sent_at IS NULL ORDER BY seq LIMIT ?1");
    st.bind(1, limit);
    QList<OutboxEntry> out;
    while (st.next())
        out.append(readOutbox(st));
    if (Status s = st.status(); !s)
        return fail(Result<QList<OutboxEntry>>(s.storeError()));
    return out;
}

Result<OutboxEntry> CacheStore::outboxEntry(const QString &opId)
{
    using R = Result<OutboxEntry>;
    if (!m_db)
        return fail(R(notOpen()));
    sql::Statement st =
        m_db->prepare("SELECT seq, op_id, kind, payload, created_at, sent_at, answer FROM outbox "
                      "WHERE op_id = ?1");
    st.bind(1, opId);
    if (st.next())
        return readOutbox(st);
    if (Status s = st.status(); !s)
        return fail(R(s.storeError()));
    return notFound(QStringLiteral("%1: no outbox operation %2").arg(m_db->path(), opId));
}

Status CacheStore::markSent(const QString &opId, const QByteArray &answerJson,
                            const QDateTime &sentAtUtc)
{
    return markSent(QList<SentOperation>{{opId, answerJson}}, sentAtUtc);
}

Status CacheStore::markSent(const QList<SentOperation> &answers, const QDateTime &sentAtUtc)
{
    if (!m_db)
        return fail(Status(notOpen()));
    sql::Transaction tx(*m_db);
    if (!tx.status())
        return fail(tx.status());
    // The first answer wins: the central replays it for a repeated id, so a second markSent
    // (a retry after a lost reply) must not overwrite what was recorded.
    sql::Statement st = m_db->prepare("UPDATE outbox SET sent_at = coalesce(sent_at, ?2), "
                                      "answer = coalesce(answer, ?3) WHERE op_id = ?1");
    for (const SentOperation &a : answers) {
        st.bind(1, a.opId).bind(2, toMs(sentAtUtc)).bind(3, QString::fromUtf8(a.answerJson));
        if (Status s = st.run(); !s)
            return fail(s);
        if (m_db->changes() == 0)
            return fail(Status(StoreError{
                StoreErrorKind::NotFound,
                QStringLiteral("%1: no outbox operation %2").arg(m_db->path(), a.opId)}));
    }
    if (Status s = tx.commit(); !s)
        return fail(s);
    return {};
}

qint64 CacheStore::outboxDepth()
{
    if (!m_db)
        return -1;
    sql::Statement st = m_db->prepare("SELECT count(*) FROM outbox WHERE sent_at IS NULL");
    if (st.next())
        return st.int64(0);
    m_lastError = st.status().error();
    return -1;
}

// --- Housekeeping ------------------------------------------------------------------------------

Result<PurgeReport> CacheStore::purgePersonalData(const QDateTime &nowUtc)
{
    using R = Result<PurgeReport>;
    if (!m_db)
        return fail(R(notOpen()));
    const qint64 now = toMs(nowUtc);
    const QString today = dayText(businessDay(nowUtc));
    PurgeReport report;
    sql::Transaction tx(*m_db);
    if (!tx.status())
        return fail(R(tx.status().storeError()));

    auto run = [&](const char *sqlText, auto bindAll, int &count) -> Status {
        sql::Statement st = m_db->prepare(sqlText);
        bindAll(st);
        Status s = st.run();
        count = m_db->changes();
        return s;
    };
    // What is kept, and why:
    //  - phone and name: until start + retentionDays, so staff can still reach a citizen about
    //    today's appointment; after that the booking carries no personal data.
    //  - booking rows (code, site, service, start, status): until start + keepBookingDays, so
    //    a citizen with last week's letter is told "wrong day", not "unknown code".
    //  - tickets and number blocks: only for today; numbering restarts each business day and
    //    the central has its own copy through the outbox.
    //  - outbox rows: unsent ones always (nothing queued offline may be lost); sent ones until
    //    sent_at + retentionDays, since a "booking" payload carries phone and name.
    const qint64 personalCutoff = now - m_options.retentionDays * kDayMs;
    const qint64 rowCutoff = now - m_options.keepBookingDays * kDayMs;
    Status s = run(
        "UPDATE bookings SET phone = NULL, name = NULL, updated_at = ?2 "
        "WHERE start_utc < ?1 AND (phone IS NOT NULL OR name IS NOT NULL)",
        [&](sql::Statement &st) { st.bind(1, personalCutoff).bind(2, now); },
        report.personalCleared);
    if (s)
        s = run(
            "DELETE FROM bookings WHERE start_utc < ?1",
            [&](sql::Statement &st) { st.bind(1, rowCutoff); }, report.bookingsDeleted);
    if (s)
        s = run(
            "DELETE FROM tickets WHERE business_day < ?1",
            [&](sql::Statement &st) { st.bind(1, today); }, report.ticketsDeleted);
    if (s)
        s = run(
            "DELETE FROM number_blocks WHERE business_day < ?1",
            [&](sql::Statement &st) { st.bind(1, today); }, report.blocksDeleted);
    if (s)
        s = run(
            "DELETE FROM outbox WHERE sent_at IS NOT NULL AND sent_at < ?1",
            [&](sql::Statement &st) { st.bind(1, personalCutoff); }, report.outboxDeleted);
    if (s)
        s = tx.commit();
    if (!s)
        return fail(R(s.storeError()));
    return report;
}

QString CacheStore::integrityCheck()
{
    if (!m_db)
        return QStringLiteral("cache not open");
    QStringList problems;
    sql::Statement ic = m_db->prepare("PRAGMA integrity_check");
    while (ic.next()) {
        if (const QString row = ic.text(0); row != u"ok")
            problems.append(row);
    }
    if (Status s = ic.status(); !s)
        return s.error();
    sql::Statement fk = m_db->prepare("PRAGMA foreign_key_check");
    while (fk.next())
        problems.append(QStringLiteral("foreign key: %1 row %2 -> %3")
                            .arg(fk.text(0))
                            .arg(fk.int64(1))
                            .arg(fk.text(2)));
    if (Status s = fk.status(); !s)
        return s.error();
    return problems.isEmpty() ? QStringLiteral("ok") : problems.join(u'\n');
}

} // namespace bk
