// A kiosk's sync engine as a process of its own, for tst_sync_kill: drains the outbox of the
// cache it is given and exits 0 once it is empty; prints "depth N" after every change so that
// the test can kill it in the middle of the drain.
//
// sync_child URL CAFILE TOKEN SITE KIOSKID CACHE BATCH

#include "domain/clock.h"
#include "sync/syncengine.h"

#include <QCoreApplication>
#include <QLoggingCategory>

#include <condition_variable>
#include <cstdio>
#include <mutex>

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    QLoggingCategory::setFilterRules(QStringLiteral("bk.sync.debug=false"));
    const QStringList a = app.arguments();
    if (a.size() != 8) {
        std::fputs("usage: sync_child URL CAFILE TOKEN SITE KIOSKID CACHE BATCH\n", stderr);
        return 64;
    }
    bk::sync::SyncConfig c;
    c.centralUrl = a[1];
    c.serverName = QStringLiteral("localhost");
    c.caFile = a[2];
    c.token = a[3];
    c.site = a[4];
    c.kioskId = a[5];
    c.cachePath = a[6];
    c.outboxBatch = a[7].toInt();
    c.requestTimeoutMs = 2000;
    c.pollIntervalMs = 50;
    c.backoffMinMs = 50;
    c.backoffMaxMs = 300;
    bk::SystemClock clock;
    bk::sync::SyncEngine engine(c, clock);
    std::mutex mutex;
    std::condition_variable done;
    bool drained = false;
    qint64 printed = -1;
    engine.setStateObserver([&](const bk::sync::SyncState &s) {
        std::lock_guard lock(mutex);
        if (s.outboxDepth != printed) {
            std::printf("depth %lld\n", static_cast<long long>(s.outboxDepth));
            std::fflush(stdout);
            printed = s.outboxDepth;
        }
        if (s.online && s.outboxDepth == 0) {
            drained = true;
            done.notify_all();
        }
    });
    if (const QString e = engine.start(); !e.isEmpty())
        return 1;
    std::unique_lock lock(mutex);
    const bool ok = done.wait_for(lock, std::chrono::seconds(50), [&] { return drained; });
    lock.unlock();
    engine.setStateObserver({});
    engine.stop();
    return ok ? 0 : 2;
}
