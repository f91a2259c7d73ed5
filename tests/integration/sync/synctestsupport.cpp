#include "synctestsupport.h"

#include "domain/bookingcode.h"

#include <boost/asio/io_context.hpp>

#include <sqlite3.h>

namespace bk::testing {

sync::SyncConfig engineConfig(const CentralFixture &f, const QString &token, const QString &kioskId,
                              const QString &cachePath)
{
    sync::SyncConfig c;
    c.centralUrl = QStringLiteral("https://127.0.0.1:%1").arg(f.port);
    c.serverName = QStringLiteral("localhost");
    c.caFile = CentralFixture::pki().caCert;
    c.token = token;
    c.site = QStringLiteral("test");
    c.kioskId = kioskId;
    c.cachePath = cachePath;
    c.requestTimeoutMs = 3000;
    c.pollIntervalMs = 600000; // rounds on demand only, so tests decide when
    c.backoffMinMs = 40;
    c.backoffMaxMs = 400;
    c.liveReconnectMinMs = 50;
    c.liveReconnectMaxMs = 400;
    return c;
}

QString runRound(sync::SyncEngine &engine, int timeoutMs)
{
    if (!engine.waitForSync(engine.syncNow(), timeoutMs))
        return QStringLiteral("no round within %1 ms").arg(timeoutMs);
    return engine.state().lastError;
}

QString stepRound(boost::asio::io_context &io, sync::SyncEngine &engine, int timeoutMs)
{
    const quint64 ticket = engine.syncNow();
    const auto deadline = std::chrono::steady_clock::now() + std::chrono::milliseconds(timeoutMs);
    while (engine.state().served < ticket) {
        if (std::chrono::steady_clock::now() > deadline)
            return QStringLiteral("no round within %1 ms").arg(timeoutMs);
        if (io.stopped())
            io.restart();
        io.run_one_for(std::chrono::milliseconds(50));
    }
    return engine.state().lastError;
}

QString testCode(quint32 seed)
{
    quint32 n = seed * 2654435761u + 12345u;
    return QString::fromStdString(bookingcode::generate([&n] {
        n = n * 1664525u + 1013904223u;
        return n;
    }));
}

Booking testBooking(const QString &code, const QString &service, const QDateTime &startUtc)
{
    Booking b;
    b.code = code;
    b.siteId = QStringLiteral("test");
    b.serviceId = service;
    b.start = startUtc;
    return b;
}

qint64 centralCount(const CentralFixture &f, const char *sql)
{
    return centralCount(f.dir.filePath(QStringLiteral("central.db")), sql);
}

int seedCentralBookings(const QString &databasePath, int count, int first)
{
    sqlite3 *db = nullptr;
    if (sqlite3_open(databasePath.toUtf8().constData(), &db) != SQLITE_OK) {
        sqlite3_close(db);
        return -1;
    }
    sqlite3_busy_timeout(db, 10000);
    sqlite3_exec(db, "BEGIN IMMEDIATE", nullptr, nullptr, nullptr);
    sqlite3_stmt *st = nullptr;
    sqlite3_prepare_v2(db,
                       "INSERT OR IGNORE INTO bookings(code, site, service, start_ms, status, "
                       "created_ms) VALUES (?1, 'test', 'pas', ?2, 'booked', ?3)",
                       -1, &st, nullptr);
    const qint64 t0 = testNow().toMSecsSinceEpoch();
    for (int i = first; i < first + count; ++i) {
        const QByteArray code = testCode(quint32(i)).toLatin1();
        sqlite3_bind_text(st, 1, code.constData(), int(code.size()), SQLITE_TRANSIENT);
        sqlite3_bind_int64(st, 2, t0 + qint64(i % 10) * 86400000 + qint64(i / 10 % 600) * 60000);
        sqlite3_bind_int64(st, 3, t0);
        sqlite3_step(st);
        sqlite3_reset(st);
    }
    sqlite3_finalize(st);
    sqlite3_exec(db, "COMMIT", nullptr, nullptr, nullptr);
    sqlite3_close(db);
    return int(centralCount(databasePath, "SELECT count(*) FROM bookings"));
}

qint64 centralCount(const QString &databasePath, const char *sql)
{
    const QByteArray path = databasePath.toUtf8();
    sqlite3 *db = nullptr;
    qint64 n = -1;
    if (sqlite3_open_v2(path.constData(), &db, SQLITE_OPEN_READONLY, nullptr) == SQLITE_OK) {
        sqlite3_stmt *st = nullptr;
        if (sqlite3_prepare_v2(db, sql, -1, &st, nullptr) == SQLITE_OK &&
            sqlite3_step(st) == SQLITE_ROW)
            n = sqlite3_column_int64(st, 0);
        sqlite3_finalize(st);
    }
    sqlite3_close(db);
    return n;
}

CacheStore::Options kioskCacheOptions(int kioskIndex, int kioskCount)
{
    CacheStore::Options o;
    o.kioskIndex = kioskIndex;
    o.kioskCount = kioskCount;
    o.blockSize = 50;
    o.staticNumberLimit = 500;
    return o;
}

} // namespace bk::testing
