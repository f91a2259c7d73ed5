// The sync engine on loopback over TLS against the real central: a first snapshot of 100,000
// bookings into an empty cache, and a drain of 2,000 outbox operations beside its floor (the
// same number of the same kind of operations POSTed one by one to /v1/outbox over one
// keep-alive TLS connection by a plain Beast client, same central, same run). Prints the
// figures and the ratio; exits non-zero only when the result is wrong (bookings missing,
// operations unanswered or refused).
//   bench_sync [bookings (100000)] [operations (2000)]

#include "synctestsupport.h"
#include "testclient.h"

#include <QCoreApplication>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

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

// The floor of the drain: `operations` chance tickets queued offline by a second kiosk
// ("floor") in a cache of its own (static numbers of kiosk 2 of 2, for the next day so that
// they never meet the drained kiosk's numbers), then each POSTed alone to /v1/outbox, in order,
// over one keep-alive TLS connection. The bodies are built before the clock starts; the replies are
// checked after it stops. Milliseconds, or a negative number when anything went wrong.
double floorDrain(CentralFixture &f, const LockedClock &clock, int operations)
{
    const QString token = f.enrol(u"floor"_qs);
    CacheStore cache;
    if (token.isEmpty() || !cache.open(f.dir.filePath(u"floor.db"_qs), kioskCacheOptions(1, 2)))
        return -1;
    for (int i = 0; i < operations; ++i)
        if (!cache.issueChanceTicket(u"test"_qs, u"solo"_qs, QChar(u'A' + i % 20),
                                     clock.now().addDays(1)))
            return -1;
    auto pending = cache.pendingOutbox(operations);
    if (!pending || pending->size() != operations)
        return -1;
    QList<QByteArray> bodies;
    for (const OutboxEntry &e : *pending) {
        const QJsonObject op{{u"opId"_qs, e.opId},
                             {u"kind"_qs, e.kind},
                             {u"payload"_qs, QJsonDocument::fromJson(e.payload).object()}};
        bodies.append(
            QJsonDocument(QJsonObject{{u"ops"_qs, QJsonArray{op}}}).toJson(QJsonDocument::Compact));
    }
    TestClient client(f.port, CentralFixture::pki().caCert);
    QList<HttpReply> replies;
    replies.reserve(operations);
    const auto t = SteadyClock::now();
    for (const QByteArray &body : bodies)
        replies.append(client.request("POST", u"/v1/outbox"_qs, body, token));
    const double ms = msSince(t);
    for (const HttpReply &r : replies) {
        const QJsonArray results = r.json().value(u"results"_qs).toArray();
        if (r.status != 200 || results.size() != 1 ||
            results[0][u"answer"_qs][u"status"_qs].toString() != u"applied"_qs) {
            std::fprintf(stderr, "floor: HTTP %d %s\n", r.status, r.body.left(300).constData());
            return -1;
        }
    }
    if (client.connections() != 1) {
        std::fprintf(stderr, "floor: %d connections instead of one\n", client.connections());
        return -1;
    }
    return ms;
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
    if (qint64 refused = centralCount(path, "SELECT count(*) FROM outbox WHERE answer NOT LIKE "
                                            "'%\"status\":\"applied\"%'");
        refused != 0) {
        std::fprintf(stderr, "drain: %lld operations not applied\n",
                     static_cast<long long>(refused));
        return 4;
    }

    const double floorMs = floorDrain(f, clock, operations);
    if (floorMs < 0)
        return 5;
    std::printf(
        "floor: %d operations POSTed one by one over one keep-alive TLS connection: %.0f ms, "
        "%.2f ms/operation\n",
        operations, floorMs, floorMs / operations);
    std::printf("drain/floor ratio: %.2f (goal <= 2)\n", drainMs / floorMs);
    if (centralCount(f, "SELECT count(*) FROM tickets") != 2 * qint64(operations))
        return 5;
    return 0;
}
