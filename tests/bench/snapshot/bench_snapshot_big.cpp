// Big snapshots (issue 15 item 4): 1,000,000 bookings at the central (seeded straight into its
// SQLite file), taken by the kiosk's sync engine as a paged snapshot over TLS on loopback into
// an empty cache. Prints the time and this process's memory growth while applying (VmRSS and
// VmHWM from /proc/self/status before and after; goal < 64 MiB; the central runs in this same
// process, so its part is counted too: an upper bound), and the floor: the same pages fetched
// with the same HTTP client, written out as CSV and bulk-inserted with the sqlite3 shell
// (.import in one transaction) into the cache's own schema. Ratio, goal <= 1.5x. Exits
// non-zero only when a result is wrong (bookings missing).
//   bench_snapshot_big [bookings (1000000)] [page size (5000)]

#include "synctestsupport.h"

#include <QCoreApplication>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QUrlQuery>

#include <chrono>
#include <cstdio>

using namespace bk;
using namespace bk::testing;
using SteadyClock = std::chrono::steady_clock;

namespace {

double msSince(SteadyClock::time_point t)
{
    return std::chrono::duration<double, std::milli>(SteadyClock::now() - t).count();
}

/// A /proc/self/status value in KiB ("VmRSS", "VmHWM"); -1 when absent.
qint64 statusKiB(const char *key)
{
    QFile f(u"/proc/self/status"_qs);
    if (!f.open(QIODevice::ReadOnly))
        return -1;
    const QByteArray prefix = QByteArray(key) + ':';
    for (const QByteArray &line : f.readAll().split('\n'))
        if (line.startsWith(prefix))
            return line.mid(prefix.size()).trimmed().split(' ').value(0).toLongLong();
    return -1;
}

QByteArray csvField(const QString &s)
{
    QByteArray b = s.toUtf8();
    b.replace('"', "\"\"");
    return '"' + b + '"';
}

/// The floor's fetch: every page through the test client (TLS, one kept connection), each
/// booking as a CSV line in the cache's column order. Returns the rows written, -1 on error.
qint64 fetchAsCsv(CentralFixture &f, const QString &token, int pageSize, const QString &csvPath)
{
    QFile out(csvPath);
    if (!out.open(QIODevice::WriteOnly | QIODevice::Truncate))
        return -1;
    auto client = f.client();
    qint64 rows = 0;
    QString target = u"/v1/sites/test/snapshot?limit="_qs + QString::number(pageSize);
    for (;;) {
        const HttpReply r = client->request("GET", target, {}, token);
        if (r.status != 200)
            return -1;
        const QJsonObject page = QJsonDocument::fromJson(r.body).object();
        QByteArray csv;
        for (const QJsonValue &v : page.value(u"bookings").toArray()) {
            const QJsonObject b = v.toObject();
            const qint64 start = QDateTime::fromString(b.value(u"start").toString(), Qt::ISODate)
                                     .toMSecsSinceEpoch();
            csv += csvField(b.value(u"code").toString()) + ',' +
                   csvField(b.value(u"siteId").toString()) + ',' +
                   csvField(b.value(u"serviceId").toString()) + ',' + QByteArray::number(start) +
                   ",\"booked\",\"central\"," + QByteArray::number(start) + '\n';
            ++rows;
        }
        out.write(csv);
        const QString next = page.value(u"next").toString();
        if (next.isEmpty())
            break;
        QUrlQuery q;
        q.addQueryItem(u"after"_qs, next);
        q.addQueryItem(u"limit"_qs, QString::number(pageSize));
        target = u"/v1/sites/test/snapshot/bookings?"_qs + q.toString(QUrl::FullyEncoded);
    }
    return rows;
}

} // namespace

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    const int bookings = argc > 1 ? std::atoi(argv[1]) : 1000000;
    const int pageSize = argc > 2 ? std::atoi(argv[2]) : 5000;
    CentralFixture f;
    if (QString e = f.start(); !e.isEmpty()) {
        std::fprintf(stderr, "central: %s\n", qPrintable(e));
        return 1;
    }
    const QString centralDb = f.dir.filePath(u"central.db"_qs);
    auto t = SteadyClock::now();
    if (seedCentralBookings(centralDb, bookings) != bookings)
        return 2;
    std::printf("seeded %d bookings at the central in %.0f ms\n", bookings, msSince(t));

    LockedClock clock(testNow());
    const QString path = f.dir.filePath(u"kiosk.db"_qs);
    sync::SyncConfig config = engineConfig(f, f.enrol(u"bench"_qs), u"bench"_qs, path);
    config.requestTimeoutMs = 60000;
    config.pollIntervalMs = 3600000;
    config.snapshotPageSize = pageSize;

    // The floor first (it also warms the central's page cache for both).
    const QString floorDb = f.dir.filePath(u"floor.db"_qs);
    {
        CacheStore schema; // the cache's own schema, indexes included
        if (!schema.open(floorDb))
            return 1;
    }
    const QString csvPath = f.dir.filePath(u"floor.csv"_qs);
    t = SteadyClock::now();
    const qint64 fetched = fetchAsCsv(f, config.token, pageSize, csvPath);
    const double fetchMs = msSince(t);
    t = SteadyClock::now();
    QProcess sqlite;
    sqlite.start(u"sqlite3"_qs, {floorDb});
    sqlite.write(QStringLiteral(".mode csv\nBEGIN;\nCREATE TEMP TABLE incoming(code, site_id, "
                                "service_id, start_utc, status, origin, updated_at);\n.import %1 "
                                "incoming\nINSERT INTO bookings(code, site_id, service_id, "
                                "start_utc, status, origin, updated_at) SELECT * FROM incoming;\n"
                                "COMMIT;\n")
                     .arg(csvPath)
                     .toUtf8());
    sqlite.closeWriteChannel();
    if (!sqlite.waitForFinished(600000) || sqlite.exitCode() != 0) {
        std::fprintf(stderr, "sqlite3: %s\n", sqlite.readAllStandardError().constData());
        return 1;
    }
    const double importMs = msSince(t);
    const double floorMs = fetchMs + importMs;
    const qint64 floorRows = centralCount(floorDb, "SELECT count(*) FROM bookings");
    std::printf("floor: fetched %lld bookings in pages of %d in %.0f ms, sqlite3 .import in %.0f "
                "ms: %.0f ms\n",
                static_cast<long long>(fetched), pageSize, fetchMs, importMs, floorMs);
    if (fetched != bookings || floorRows != bookings)
        return 4;

    const qint64 rssBefore = statusKiB("VmRSS");
    const qint64 hwmBefore = statusKiB("VmHWM");
    sync::SyncEngine engine(config, clock);
    t = SteadyClock::now();
    if (!engine.start().isEmpty())
        return 1;
    if (QString e = runRound(engine, 900000); !e.isEmpty()) {
        std::fprintf(stderr, "snapshot round: %s\n", qPrintable(e));
        return 1;
    }
    const double kioskMs = msSince(t);
    const qint64 rssAfter = statusKiB("VmRSS");
    const qint64 hwmAfter = statusKiB("VmHWM");
    engine.stop();
    const qint64 cached = centralCount(path, "SELECT count(*) FROM bookings");
    std::printf("kiosk: paged snapshot of %lld bookings in pages of %d (first round, empty "
                "cache): %.0f ms\n",
                static_cast<long long>(cached), pageSize, kioskMs);
    std::printf("memory while applying: VmRSS %+.1f MiB (%.1f -> %.1f), VmHWM %+.1f MiB (%.1f "
                "-> %.1f) (goal: < 64 MiB growth: %s)\n",
                (rssAfter - rssBefore) / 1024.0, rssBefore / 1024.0, rssAfter / 1024.0,
                (hwmAfter - hwmBefore) / 1024.0, hwmBefore / 1024.0, hwmAfter / 1024.0,
                hwmAfter - hwmBefore < 64 * 1024 ? "met" : "MISSED");
    std::printf("ratio %.2fx the floor (goal: <= 1.5x: %s)\n", kioskMs / floorMs,
                kioskMs / floorMs <= 1.5 ? "met" : "MISSED");
    return cached == bookings ? 0 : 4;
}
