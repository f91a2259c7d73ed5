// CacheStore: a snapshot from the central applied page by page (see cachestore.h).

#include "store/cachestore.h"

#include "internal.h"

#include <QJsonDocument>
#include <QJsonObject>
#include <QSet>

#include <algorithm>
#include <limits>

namespace bk {

using namespace bk::store;

namespace {

// The meta key of the snapshot in progress (a JSON object; absent = none).
constexpr const char *kMetaSnapshot = "sync.snapshot";

QString progressJson(const CacheStore::SnapshotProgress &p)
{
    const CacheStore::SyncMemo &m = p.memo;
    const QJsonObject o{
        {QStringLiteral("generation"), p.generation},
        {QStringLiteral("pages"), p.pages},
        {QStringLiteral("begunMs"), p.begunMs},
        {QStringLiteral("after"), p.after},
        {QStringLiteral("cursor"), m.cursor},
        {QStringLiteral("hours"), QString::fromUtf8(m.hoursJson)},
        {QStringLiteral("chanceQueueLetter"),
         m.chanceQueueLetter ? QString(*m.chanceQueueLetter) : QString()},
        {QStringLiteral("lastCentralTime"),
         m.lastCentralTime.isValid() ? m.lastCentralTime.toString(Qt::ISODateWithMs) : QString()},
        {QStringLiteral("publicBaseUrl"), m.publicBaseUrl}};
    return QString::fromUtf8(QJsonDocument(o).toJson(QJsonDocument::Compact));
}

std::optional<CacheStore::SnapshotProgress> progressFromJson(const QString &text)
{
    const QJsonObject o = QJsonDocument::fromJson(text.toUtf8()).object();
    CacheStore::SnapshotProgress p;
    p.generation = o.value(QStringLiteral("generation")).toInteger();
    p.pages = o.value(QStringLiteral("pages")).toInt();
    p.begunMs = o.value(QStringLiteral("begunMs")).toInteger();
    p.after = o.value(QStringLiteral("after")).toString();
    p.memo.cursor = o.value(QStringLiteral("cursor")).toString();
    p.memo.hoursJson = o.value(QStringLiteral("hours")).toString().toUtf8();
    const QString letter = o.value(QStringLiteral("chanceQueueLetter")).toString();
    if (letter.size() == 1 && letter.at(0).isLetter())
        p.memo.chanceQueueLetter = letter.at(0);
    p.memo.lastCentralTime = QDateTime::fromString(
        o.value(QStringLiteral("lastCentralTime")).toString(), Qt::ISODateWithMs);
    p.memo.publicBaseUrl = o.value(QStringLiteral("publicBaseUrl")).toString();
    // Unreadable (never written by this program): taken again from the start.
    if (p.generation <= 0 || p.memo.cursor.isEmpty())
        return std::nullopt;
    return p;
}

/// A snapshot page's chunks before its last commit with synchronous = NORMAL: in WAL mode such a
/// commit waits for no fsync, and a power cut can lose the newest of them but never corrupts
/// the file (sqlite.org/pragma.html#pragma_synchronous, "WAL mode ... NORMAL"). The page's last
/// chunk, which records the progress, commits with the cache's FULL and so makes the earlier
/// ones durable too; a lost chunk belongs to a page whose progress was lost with it, and that
/// page is fetched again. 1,000,000 bookings are 4,000 chunks: 200 fsyncs instead of 4,000.
/// Restores FULL when it goes, whatever the outcome (a check-in on this connection after it
/// is as durable as ever).
class RelaxedSync
{
public:
    explicit RelaxedSync(sql::Database &db) : m_db(db) {}
    ~RelaxedSync()
    {
        // FULL fails only on a connection that is gone; a destructor has no one to tell.
        (void)full();
    }
    RelaxedSync(const RelaxedSync &) = delete;
    RelaxedSync &operator=(const RelaxedSync &) = delete;

    Status normal()
    {
        m_relaxed = true;
        return m_db.exec("PRAGMA synchronous = NORMAL");
    }
    Status full()
    {
        if (!m_relaxed)
            return {};
        m_relaxed = false;
        return m_db.exec("PRAGMA synchronous = FULL");
    }

private:
    sql::Database &m_db;
    bool m_relaxed = false;
};

} // namespace

Status CacheStore::writeSnapshotProgress(const SnapshotProgress &progress)
{
    return writeMeta(QString::fromLatin1(kMetaSnapshot), progressJson(progress));
}

Result<CacheStore::SnapshotProgress>
CacheStore::beginSnapshot(const SiteId &site, const QList<Service> &services, const SyncMemo &memo)
{
    using R = Result<SnapshotProgress>;
    if (!m_db)
        return fail(R(notOpen()));
    sql::Transaction tx(*m_db);
    if (!tx.status())
        return fail(R(tx.status().storeError()));
    SnapshotProgress progress;
    progress.memo = memo;
    progress.begunMs = QDateTime::currentMSecsSinceEpoch();
    {
        // Above every generation in the file (an earlier snapshot begun and not finished
        // included); a scan of the (site_id, snapshot_gen) index, not of the table.
        sql::Statement st = m_db->prepare("SELECT coalesce(max(snapshot_gen), 0) FROM bookings");
        if (!st.next())
            return fail(R(st.status().storeError()));
        progress.generation = st.int64(0) + 1;
    }
    QSet<QString> keep;
    for (const Service &s : services)
        keep.insert(s.id);
    QStringList drop;
    {
        sql::Statement st = m_db->prepare("SELECT id FROM services WHERE site_id = ?1");
        st.bind(1, site);
        while (st.next())
            if (!keep.contains(st.text(0)))
                drop.append(st.text(0));
        if (!st.status())
            return fail(R(st.status().storeError()));
    }
    if (Status s = writeServices(site, services, QDateTime::currentDateTimeUtc()); !s)
        return fail(R(s.storeError()));
    m_servicesMemo.reset();
    for (const QString &id : drop) {
        sql::Statement st = m_db->prepare("DELETE FROM services WHERE site_id = ?1 AND id = ?2");
        st.bind(1, site).bind(2, id);
        if (Status s = st.run(); !s)
            return fail(R(s.storeError()));
    }
    // No cursor until the snapshot is complete: a kiosk restarted now resumes it (below) or
    // takes a new one, never pulls changes onto half a snapshot as if it were whole.
    SyncMemo cleared = memo;
    cleared.cursor.clear();
    if (Status s = writeSyncMemo(cleared); !s)
        return fail(R(s.storeError()));
    if (Status s = writeSnapshotProgress(progress); !s)
        return fail(R(s.storeError()));
    if (Status s = tx.commit(); !s)
        return fail(R(s.storeError()));
    return progress;
}

Status CacheStore::applySnapshotPage(SnapshotProgress &progress, const QList<Booking> &bookings,
                                     const QString &next)
{
    if (!m_db)
        return fail(Status(notOpen()));
    const QDateTime now = QDateTime::currentDateTimeUtc();
    SnapshotProgress after = progress;
    after.after = next;
    ++after.pages;
    RelaxedSync sync(*m_db);
    qsizetype from = 0;
    do {
        const qsizetype to = std::min(bookings.size(), from + kSnapshotRowsPerTransaction);
        if (Status s = to == bookings.size() ? sync.full() : sync.normal(); !s)
            return fail(s);
        sql::Transaction tx(*m_db);
        if (!tx.status())
            return fail(tx.status());
        for (qsizetype i = from; i < to; ++i)
            if (Status s = writeBooking(bookings[i], now, "central", progress.generation); !s)
                return fail(s);
        if (to == bookings.size())
            if (Status s = writeSnapshotProgress(after); !s)
                return fail(s);
        if (Status s = tx.commit(); !s)
            return fail(s);
        from = to;
    } while (from < bookings.size());
    progress = after;
    return {};
}

Result<int> CacheStore::finishSnapshot(const SiteId &site, const SnapshotProgress &progress,
                                       int batch)
{
    using R = Result<int>;
    if (!m_db)
        return fail(R(notOpen()));
    int removed = 0;
    for (;;) {
        sql::Transaction tx(*m_db);
        if (!tx.status())
            return fail(R(tx.status().storeError()));
        // A booking made here whose push is still queued is not in the central's snapshot
        // yet; deleting it would strand a citizen holding a receipt. Nor is one written after
        // the snapshot began (booked online at this stander while the pages came, after its
        // page had passed): the changes from the first page's cursor settle it. Tickets keep
        // their numbers (the foreign key sets booking_code to NULL).
        sql::Statement st = m_db->prepare(
            "DELETE FROM bookings WHERE id IN (SELECT b.id FROM bookings b WHERE b.site_id = ?1 "
            "AND b.snapshot_gen < ?2 AND b.updated_at <= ?4 AND NOT (b.origin = 'local' AND "
            "EXISTS (SELECT 1 FROM outbox WHERE kind = 'booking' AND sent_at IS NULL "
            "AND json_extract(payload, '$.code') = b.code)) LIMIT ?3)");
        st.bind(1, site)
            .bind(2, progress.generation)
            .bind(3, std::max(1, batch))
            .bind(4, progress.begunMs > 0 ? progress.begunMs : std::numeric_limits<qint64>::max());
        if (Status s = st.run(); !s)
            return fail(R(s.storeError()));
        const int n = m_db->changes();
        removed += n;
        if (n == 0) {
            // The last step: the memo with the first page's cursor, and no progress.
            if (Status s = writeSyncMemo(progress.memo); !s)
                return fail(R(s.storeError()));
            sql::Statement del = m_db->prepare("DELETE FROM meta WHERE key = ?1");
            del.bind(1, kMetaSnapshot);
            if (Status s = del.run(); !s)
                return fail(R(s.storeError()));
        }
        if (Status s = tx.commit(); !s)
            return fail(R(s.storeError()));
        if (n == 0)
            return removed;
    }
}

Result<std::optional<CacheStore::SnapshotProgress>> CacheStore::snapshotInProgress()
{
    using R = Result<std::optional<SnapshotProgress>>;
    if (!m_db)
        return fail(R(notOpen()));
    sql::Statement st = m_db->prepare("SELECT value FROM meta WHERE key = ?1");
    st.bind(1, kMetaSnapshot);
    if (st.next())
        return progressFromJson(st.text(0));
    if (Status s = st.status(); !s)
        return fail(R(s.storeError()));
    return std::optional<SnapshotProgress>();
}

} // namespace bk
