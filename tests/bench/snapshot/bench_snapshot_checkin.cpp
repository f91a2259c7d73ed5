// Check-in while syncing (issue 15 item 3): a thread checks bookings in through the real
// CacheStore path (scan -> decision: the write transaction, the booking and service read, the
// decision, the ticket) in a loop against the kiosk's cache, first with no sync running (the
// floor), then while the sync engine applies a fresh snapshot of 100,000 bookings from the real
// central over TLS and then pulls a stream of deltas (bookings the central takes meanwhile).
// Prints p50, p99 and max of the scan -> decision time for both and the ratio of the p99s (goal:
// p99 <= 100 ms). Exits non-zero only when a result is wrong (a check-in failing, bookings
// missing after the sync).
//   bench_snapshot_checkin [bookings (100000)] [page size (1000)]

#include "synctestsupport.h"

#include <QCoreApplication>

#include <algorithm>
#include <atomic>
#include <chrono>
#include <cstdio>
#include <thread>

using namespace bk;
using namespace bk::testing;
using SteadyClock = std::chrono::steady_clock;

namespace {

double msSince(SteadyClock::time_point t)
{
    return std::chrono::duration<double, std::milli>(SteadyClock::now() - t).count();
}

struct Figures
{
    double p50 = 0, p99 = 0, max = 0;
    qsizetype n = 0;
};

Figures figures(QList<double> ms)
{
    Figures f;
    f.n = ms.size();
    if (ms.isEmpty())
        return f;
    std::sort(ms.begin(), ms.end());
    const auto at = [&](double q) {
        return ms.at(std::min(ms.size() - 1, qsizetype(q * ms.size())));
    };
    f.p50 = at(0.50);
    f.p99 = at(0.99);
    f.max = ms.last();
    return f;
}

void print(const char *what, const Figures &f)
{
    std::printf("%-44s n=%-5lld p50 %7.2f ms  p99 %7.2f ms  max %7.2f ms\n", what,
                static_cast<long long>(f.n), f.p50, f.p99, f.max);
}

/// Checks bookings in one after another (a citizen every `pauseMs`) until `stop`; the
/// scan -> decision times in ms, or an empty list and `error` set when a check-in failed.
QList<double> checkInLoop(CacheStore &kiosk, const QStringList &codes, const Clock &clock,
                          const std::atomic<bool> &stop, int pauseMs, int atMost, QString &error)
{
    QList<double> ms;
    for (int i = 0; !stop && i < atMost; ++i) {
        const QString &code = codes.at(i % codes.size());
        const auto t = SteadyClock::now();
        const Result<CheckInResult> r = kiosk.checkIn(code, u"test"_qs, clock.now());
        ms.append(msSince(t));
        if (!r) {
            error = r.error();
            return {};
        }
        std::this_thread::sleep_for(std::chrono::milliseconds(pauseMs));
    }
    return ms;
}

} // namespace

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    const int bookings = argc > 1 ? std::atoi(argv[1]) : 100000;
    const int pageSize = argc > 2 ? std::atoi(argv[2]) : 1000;
    CentralFixture f;
    if (QString e = f.start(); !e.isEmpty()) {
        std::fprintf(stderr, "central: %s\n", qPrintable(e));
        return 1;
    }
    const QString centralDb = f.dir.filePath(u"central.db"_qs);
    const int seeded = seedCentralBookings(centralDb, bookings);
    if (seeded != bookings)
        return 2;

    LockedClock clock(testNow());
    const QString path = f.dir.filePath(u"kiosk.db"_qs);
    sync::SyncConfig config = engineConfig(f, f.enrol(u"bench"_qs), u"bench"_qs, path);
    config.requestTimeoutMs = 60000;
    config.pollIntervalMs = 3600000; // rounds only when asked
    config.snapshotPageSize = pageSize;
    auto engine = std::make_unique<sync::SyncEngine>(config, clock);
    if (!engine->start().isEmpty() || !runRound(*engine, 300000).isEmpty())
        return 1;

    // The citizens: today's bookings (every tenth seeded one starts today), each scanned once
    // and then again ("already checked in": the same write transaction, no ticket).
    QStringList codes;
    for (int i = 0; i < bookings && codes.size() < 3000; i += 10)
        codes.append(testCode(quint32(i)));
    CacheStore kiosk;
    if (!kiosk.open(path, kioskCacheOptions(0, 1)))
        return 1;
    QString error;
    std::atomic<bool> stop = false;
    const QList<double> floor = checkInLoop(kiosk, codes, clock, stop, 2, 600, error);
    if (!error.isEmpty()) {
        std::fprintf(stderr, "check-in without sync: %s\n", qPrintable(error));
        return 3;
    }

    // A fresh snapshot (as after an expired cursor): the engine is restarted on a cache whose
    // cursor is gone, so its next round takes the whole snapshot again.
    engine->stop();
    auto memo = kiosk.syncMemo();
    if (!memo)
        return 1;
    memo->cursor.clear();
    if (!kiosk.setSyncMemo(*memo))
        return 1;
    engine = std::make_unique<sync::SyncEngine>(config, clock);
    if (!engine->start().isEmpty())
        return 1;

    QList<double> during;
    std::thread citizens(
        [&] { during = checkInLoop(kiosk, codes, clock, stop, 2, 1 << 30, error); });
    // The deltas: the central takes a booking every 5 ms while the kiosk syncs.
    std::atomic<int> deltas = 0;
    std::thread central([&] {
        for (int i = 0; !stop; ++i) {
            f.withStore([&](central::CentralStore &s) {
                if (s.putBooking(testBooking(testCode(quint32(bookings + i)), u"pas"_qs,
                                             testNow().addSecs(600 + 60 * (i % 500))),
                                 testNow()))
                    ++deltas;
            });
            std::this_thread::sleep_for(std::chrono::milliseconds(5));
        }
    });
    auto t = SteadyClock::now();
    const QString snapshotError = runRound(*engine, 300000);
    const double snapshotMs = msSince(t);
    QString deltaError;
    t = SteadyClock::now();
    for (int round = 0; round < 5 && deltaError.isEmpty(); ++round)
        deltaError = runRound(*engine, 60000);
    const double deltaMs = msSince(t);
    stop = true;
    citizens.join();
    central.join();
    if (!snapshotError.isEmpty() || !deltaError.isEmpty()) {
        std::fprintf(stderr, "sync: %s%s\n", qPrintable(snapshotError), qPrintable(deltaError));
        return 1;
    }
    if (!error.isEmpty()) {
        std::fprintf(stderr, "check-in during sync: %s\n", qPrintable(error));
        return 3;
    }
    // Every booking the central has is in the cache after one more round.
    if (!runRound(*engine, 60000).isEmpty())
        return 1;
    const qint64 atCentral = centralCount(centralDb, "SELECT count(*) FROM bookings");
    const qint64 cached = centralCount(path, "SELECT count(*) FROM bookings");
    std::printf("snapshot of %d bookings in pages of %d applied in %.0f ms while checking in; "
                "then 5 rounds of deltas (%d bookings taken at the central) in %.0f ms\n",
                bookings, pageSize, snapshotMs, deltas.load(), deltaMs);
    const Figures base = figures(floor);
    const Figures sync = figures(during);
    print("scan -> decision, no sync (floor):", base);
    print("scan -> decision, snapshot + deltas applying:", sync);
    std::printf("ratio p99 %.2fx the floor (goal: p99 <= 100 ms: %s)\n",
                base.p99 > 0 ? sync.p99 / base.p99 : 0.0, sync.p99 <= 100 ? "met" : "MISSED");
    if (cached != atCentral) {
        std::fprintf(stderr, "cache has %lld bookings, the central %lld\n",
                     static_cast<long long>(cached), static_cast<long long>(atCentral));
        return 4;
    }
    return 0;
}
