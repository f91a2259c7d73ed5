// The sync engine on loopback over TLS against the real central: a first snapshot of 100,000
// bookings into an empty cache, and a drain of 2,000 outbox operations. Prints the figures;
// exits non-zero only when the result is wrong (bookings missing, operations unanswered).
//   bench_sync [bookings (100000)] [operations (2000)]

#include "synctestsupport.h"

#include <QCoreApplication>

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

} // namespace

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    const int bookings = argc > 1 ? std::atoi(argv[1]) : 100000;
    const int operations = argc > 2 ? std::atoi(argv[2]) : 2000;
    CentralFixture f;
    if (QString e = f.start([](central::Config &c) {
            c.numberBlockBase = 501;
            c.maxTicketNumber = 9999;
        });
        !e.isEmpty()) {
        std::fprintf(stderr, "central: %s\n", qPrintable(e));
        return 1;
    }
    auto t = SteadyClock::now();
    const int seeded = seedCentralBookings(f.dir.filePath(u"central.db"_qs), bookings);
    std::printf("seeded %d bookings at the central in %.0f ms\n", seeded, msSince(t));

    LockedClock clock(testNow());
    const QString path = f.dir.filePath(u"kiosk.db"_qs);
    sync::SyncConfig config = engineConfig(f, f.enrol(u"bench"_qs), u"bench"_qs, path);
    config.requestTimeoutMs = 60000;
    config.outboxBatch = 100;
    sync::SyncEngine engine(config, clock);
    t = SteadyClock::now();
    if (QString e = engine.start(); !e.isEmpty())
        return 1;
    if (QString e = runRound(engine, 300000); !e.isEmpty()) {
        std::fprintf(stderr, "snapshot round: %s\n", qPrintable(e));
        return 1;
    }
    const double snapshotMs = msSince(t);
    CacheStore kiosk;
    if (!kiosk.open(path, kioskCacheOptions(0, 1)))
        return 1;
    const qint64 cached = centralCount(path, "SELECT count(*) FROM bookings");
    std::printf("snapshot of %lld bookings (first round, empty cache): %.0f ms, %.1f bookings/ms\n",
                static_cast<long long>(cached), snapshotMs, double(cached) / snapshotMs);
    if (cached != seeded)
        return 2;

    // 2,000 operations queued offline (chance tickets: static numbers, then more blocks).
    CacheStore::Options options = kioskCacheOptions(0, 1);
    options.staticNumberLimit = 0;
    options.blockSize = 500;
    CacheStore offline;
    if (!offline.open(path, options))
        return 1;
    t = SteadyClock::now();
    for (int i = 0; i < operations; ++i)
        if (!offline.issueChanceTicket(u"test"_qs, u"solo"_qs, QChar(u'A' + i % 20), clock.now()))
            return 3;
    std::printf("queued %d operations offline in %.0f ms\n", operations, msSince(t));
    t = SteadyClock::now();
    if (QString e = runRound(engine, 300000); !e.isEmpty()) {
        std::fprintf(stderr, "drain round: %s\n", qPrintable(e));
        return 1;
    }
    const double drainMs = msSince(t);
    std::printf("drain of %d operations in batches of %d: %.0f ms, %.2f ms/operation\n", operations,
                config.outboxBatch, drainMs, drainMs / operations);
    if (offline.outboxDepth() != 0 || centralCount(f, "SELECT count(*) FROM tickets") != operations)
        return 4;
    return 0;
}
