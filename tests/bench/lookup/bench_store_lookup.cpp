// Booking lookups in a cache of a million bookings. Prints rows, build time, per-lookup mean,
// p50 and p99 for CacheStore::findBooking and for a bare prepared SELECT on the same file,
// and the peak RSS. Exits non-zero only when a lookup returns the wrong answer.
//   bench_store_lookup [rows (1000000)] [lookups (100000)]

#include "store/cachestore.h"
#include "storetestdata.h"

#include <QFile>
#include <QRandomGenerator>
#include <QTemporaryDir>

#include <sqlite3.h>

#include <algorithm>
#include <chrono>
#include <cstdio>
#include <vector>

using namespace bk;
using namespace bk::storetest;
using SteadyClock = std::chrono::steady_clock;

namespace {

/// Peak resident set size in MiB, from the kernel's high-water mark.
double peakRssMiB()
{
    QFile f(QStringLiteral("/proc/self/status"));
    if (!f.open(QIODevice::ReadOnly))
        return -1;
    for (const QByteArray &line : f.readAll().split('\n'))
        if (line.startsWith("VmHWM:"))
            return line.mid(6).trimmed().split(' ').first().toDouble() / 1024.0;
    return -1;
}

void printStats(const char *what, std::vector<double> &us)
{
    std::sort(us.begin(), us.end());
    double sum = 0;
    for (double v : us)
        sum += v;
    const auto at = [&](double q) { return us[std::size_t(q * double(us.size() - 1))]; };
    std::printf("%-24s mean %7.2f us   p50 %7.2f us   p99 %7.2f us   max %8.1f us\n", what,
                sum / double(us.size()), at(0.50), at(0.99), us.back());
}

double microsSince(SteadyClock::time_point t0)
{
    return std::chrono::duration<double, std::micro>(SteadyClock::now() - t0).count();
}

} // namespace

int main(int argc, char *argv[])
{
    const qint64 rows = argc > 1 ? QByteArray(argv[1]).toLongLong() : 1000000;
    const int lookups = argc > 2 ? QByteArray(argv[2]).toInt() : 100000;
    QTemporaryDir dir; // removed, with the database, when main returns
    if (!dir.isValid())
        return 2;
    const QString path = dir.filePath(QStringLiteral("bench.sqlite"));

    CacheStore store;
    if (Status s = store.open(path); !s) {
        std::fprintf(stderr, "%s\n", qPrintable(s.error()));
        return 2;
    }
    const QDateTime start = local(2024, 3, 5, 8, 0);
    const auto t0 = SteadyClock::now();
    qint64 i = 0;
    const Result<int> built = store.upsertBookings([&]() -> std::optional<Booking> {
        if (i >= rows)
            return std::nullopt;
        Booking b = booking(i, start.addSecs(60 * (i % 600)));
        ++i;
        return b;
    });
    const double buildSecs = microsSince(t0) / 1e6;
    if (!built || *built != rows) {
        std::fprintf(stderr, "bulk insert failed: %s\n", qPrintable(built.error()));
        return 2;
    }

    // 90 % codes that are cached, 10 % valid codes that are not; fixed seed for comparability.
    QRandomGenerator rng(20240305);
    std::vector<qint64> indexes(static_cast<std::size_t>(lookups));
    for (qint64 &ix : indexes)
        ix = rng.bounded(10) == 0 ? rows + qint64(rng.bounded(quint32(rows)))
                                  : qint64(rng.bounded(quint32(rows)));
    std::vector<QString> codes;
    codes.reserve(indexes.size());
    for (qint64 ix : indexes)
        codes.push_back(code(ix));

    int wrong = 0;
    std::vector<double> storeUs, bareUs;
    storeUs.reserve(indexes.size());
    bareUs.reserve(indexes.size());
    for (std::size_t k = 0; k < codes.size(); ++k) {
        const auto t = SteadyClock::now();
        const Result<Booking> b = store.findBooking(codes[k]);
        storeUs.push_back(microsSince(t));
        const bool expected = indexes[k] < rows;
        if (b.hasValue() != expected || (b && b->code != codes[k]))
            ++wrong;
    }

    sqlite3 *db = nullptr;
    sqlite3_stmt *st = nullptr;
    if (sqlite3_open_v2(path.toUtf8().constData(), &db, SQLITE_OPEN_READONLY, nullptr) !=
            SQLITE_OK ||
        sqlite3_prepare_v2(db,
                           "SELECT code, site_id, service_id, start_utc, status, checked_in_at, "
                           "phone, name FROM bookings WHERE code = ?1",
                           -1, &st, nullptr) != SQLITE_OK) {
        std::fprintf(stderr, "bare sqlite3: %s\n", sqlite3_errmsg(db));
        return 2;
    }
    for (std::size_t k = 0; k < codes.size(); ++k) {
        const QByteArray utf8 = codes[k].toUtf8();
        const auto t = SteadyClock::now();
        sqlite3_bind_text(st, 1, utf8.constData(), int(utf8.size()), SQLITE_STATIC);
        const bool found = sqlite3_step(st) == SQLITE_ROW;
        const bool same =
            found && utf8 == reinterpret_cast<const char *>(sqlite3_column_text(st, 0));
        sqlite3_reset(st);
        bareUs.push_back(microsSince(t));
        if (found != (indexes[k] < rows) || (found && !same))
            ++wrong;
    }
    sqlite3_finalize(st);
    sqlite3_close(db);

    std::printf("rows                     %lld bookings (file + WAL %.0f MiB)\n", rows,
                double(QFile(path).size() + QFile(path + QStringLiteral("-wal")).size()) /
                    (1024.0 * 1024.0));
    std::printf("build                    %.2f s in one transaction (%.0f rows/s)\n", buildSecs,
                double(rows) / buildSecs);
    std::printf("lookups                  %d random codes, %d%% cached\n", lookups, 90);
    printStats("CacheStore::findBooking", storeUs);
    printStats("bare sqlite3 SELECT", bareUs);
    std::printf("peak RSS                 %.1f MiB\n", peakRssMiB());
    if (wrong != 0) {
        std::printf("FAILED: %d lookups returned the wrong answer\n", wrong);
        return 1;
    }
    std::printf("all %d lookups correct in both\n", 2 * lookups);
    return 0;
}
