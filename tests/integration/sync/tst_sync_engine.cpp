// The sync engine against the real central over TLS on loopback: snapshot then deltas,
// tombstones, cursor expiry; eight simulated hours offline and the drain afterwards; two
// kiosks numbering tickets while one is offline; refusals with clear log lines; call-outs.

#include "synctestsupport.h"

#include "kiosk/centralstatus.h"
#include "sync/wire.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QSet>
#include <QSignalSpy>
#include <QtTest>

using namespace bk;
using namespace bk::testing;

class TestSyncEngine : public QObject
{
    Q_OBJECT
private slots:
    void snapshotDeltasTombstonesAndCursorExpiry();
    void pagedSnapshotGoesOnAfterACrash();
    void eightHoursOfflineThenDrainAppliesEachOnce();
    void twoKiosksNeverIssueANumberTwice();
    void otherCaRefused();
    void plainHttpRefusedWithoutDevFlag();
    void plainHttpWithDevFlag();
    void wrongTokenRefused();
    void calloutsReachTheKioskAndReconnect();
};

namespace {

QString cachePath(const CentralFixture &f, const char *name)
{
    return f.dir.filePath(QString::fromLatin1(name) + u".db"_qs);
}

void baseConfig(central::Config &c)
{
    c.numberBlockBase = 501; // static partitions stay in 1..500 (kioskCacheOptions)
}

} // namespace

void TestSyncEngine::snapshotDeltasTombstonesAndCursorExpiry()
{
    CentralFixture f;
    QString e = f.start([](central::Config &c) {
        baseConfig(c);
        c.changeHistory = 5;
    });
    QVERIFY2(e.isEmpty(), qPrintable(e));
    const QDateTime ten = testNow().addSecs(3600);
    const QString b1 = testCode(1), b2 = testCode(2), b3 = testCode(3);
    f.withStore([&](central::CentralStore &s) {
        QVERIFY(s.putBooking(testBooking(b1, u"pas"_qs, ten), f.clock.now()));
        QVERIFY(s.putBooking(testBooking(b2, u"pas"_qs, ten.addSecs(900)), f.clock.now()));
    });
    LockedClock clock(testNow());
    LogCapture log;
    const QString token = f.enrol(u"k1"_qs);
    sync::SyncEngine engine(engineConfig(f, token, u"k1"_qs, cachePath(f, "k1")), clock);
    QCOMPARE(engine.start(), QString());
    QCOMPARE(runRound(engine), QString());

    CacheStore cache;
    QVERIFY(cache.open(cachePath(f, "k1"), kioskCacheOptions(0, 1)));
    QVERIFY(cache.findBooking(b1).hasValue());
    // Each round ends with a heartbeat the staff view shows.
    sync::HeartbeatInfo info;
    info.versions = {{u"app"_qs, u"0.1.0"_qs}};
    info.printer = sync::HeartbeatDevice(u"error"_qs, u"media-empty"_qs, u"out of paper"_qs);
    engine.setHeartbeatInfo(info);
    QCOMPARE(runRound(engine), QString());
    const HttpReply fleet =
        f.client()->request("GET", u"/v1/sites/test/fleet"_qs, {}, f.adminToken(u"staff"_qs));
    QCOMPARE(fleet.status, 200);
    const QJsonObject k1 = fleet.json()[u"kiosks"][0].toObject();
    QCOMPARE(k1[u"devices"][u"printer"][u"state"].toString(), u"error"_qs);
    QCOMPARE(k1[u"devices"][u"printer"][u"reasonKey"].toString(), u"media-empty"_qs);
    QCOMPARE(k1[u"devices"][u"display"][u"state"].toString(), u"unknown"_qs);
    QCOMPARE(k1[u"outboxDepth"].toInt(), 0);
    QVERIFY(k1[u"outboxOldestAgeSeconds"].isNull());
    // The cursor the kiosk holds, and its clock against the central's (the same clock here,
    // read through the Date header's whole seconds).
    QCOMPARE(k1[u"cursor"].toString(), cache.meta(u"sync.cursor"_qs));
    QVERIFY2(std::abs(k1[u"clockOffsetMs"].toInteger()) <= 1000,
             qPrintable(QString::number(k1[u"clockOffsetMs"].toInteger())));
    QVERIFY(cache.findBooking(b2).hasValue());
    QCOMPARE(cache.services(u"test"_qs)->size(), 2);
    QVERIFY(engine.state().online);
    QVERIFY(engine.state().lastSync.isValid());

    // A delta brings a new booking; a tombstone removes one.
    f.withStore([&](central::CentralStore &s) {
        QVERIFY(s.putBooking(testBooking(b3, u"solo"_qs, ten), f.clock.now()));
        QVERIFY(s.deleteBooking(u"test"_qs, b2, f.clock.now()));
    });
    QCOMPARE(runRound(engine), QString());
    QVERIFY(cache.findBooking(b3).hasValue());
    QVERIFY(cache.findBooking(b2).isNotFound());
    QVERIFY(log.matching(u"cursor expired"_qs).isEmpty());

    // More changes than the central keeps: the cursor expires, a snapshot follows and the
    // booking tombstoned meanwhile is gone.
    QList<QString> later;
    f.withStore([&](central::CentralStore &s) {
        for (quint32 i = 10; i < 20; ++i) {
            later.append(testCode(i));
            QVERIFY(s.putBooking(testBooking(later.last(), u"pas"_qs, ten.addSecs(i * 60)),
                                 f.clock.now()));
        }
        QVERIFY(s.deleteBooking(u"test"_qs, b1, f.clock.now()));
    });
    QCOMPARE(runRound(engine), QString());
    QCOMPARE(log.matching(u"cursor expired"_qs).size(), 1);
    QVERIFY(!log.matching(u"snapshot applied"_qs).isEmpty());
    QVERIFY(cache.findBooking(b1).isNotFound());
    QVERIFY(cache.findBooking(b3).hasValue());
    for (const QString &c : later)
        QVERIFY(cache.findBooking(c).hasValue());
    // No personal data or booking codes in what the engine logged.
    for (const QString &line : log.messages())
        for (const QString &c : later + QList<QString>{b1, b2, b3})
            QVERIFY2(!line.contains(c), qPrintable(line));
    QVERIFY2(f.violations().isEmpty(), qPrintable(f.violations().join(u'\n')));
}

void TestSyncEngine::pagedSnapshotGoesOnAfterACrash()
{
    CentralFixture f;
    QVERIFY2(f.start(baseConfig).isEmpty(), "central");
    const QDateTime ten = testNow().addSecs(300); // on time for a check-in at testNow()
    QStringList codes;
    f.withStore([&](central::CentralStore &s) {
        for (quint32 i = 30; i < 37; ++i) {
            codes.append(testCode(i));
            QVERIFY(s.putBooking(testBooking(codes.last(), u"pas"_qs, ten), f.clock.now()));
        }
    });
    codes.sort();
    const QString token = f.enrol(u"k1"_qs);
    const QString path = cachePath(f, "k1");
    // The kiosk took the first page of two and died: its cache holds a booking the central no
    // longer has, the page, and a check-in of a booking on it, not yet pushed.
    const HttpReply first =
        f.client()->request("GET", u"/v1/sites/test/snapshot?limit=2"_qs, {}, token);
    QCOMPARE(first.status, 200);
    auto parsed = sync::parseSnapshot(first.body);
    QVERIFY(std::holds_alternative<sync::Snapshot>(parsed));
    const sync::Snapshot &page = std::get<sync::Snapshot>(parsed);
    QCOMPARE(page.bookings.size(), 2);
    QCOMPARE(page.next, codes[1]);
    const QString stale = testCode(40);
    {
        CacheStore cache;
        QVERIFY(cache.open(path, kioskCacheOptions(0, 1)));
        QVERIFY(cache.upsertBookings({testBooking(stale, u"pas"_qs, ten)}));
        CacheStore::SyncMemo memo;
        memo.cursor = page.cursor;
        memo.hoursJson = page.hoursJson;
        memo.chanceQueueLetter = page.chanceQueueLetter;
        auto progress = cache.beginSnapshot(u"test"_qs, page.services, memo);
        QVERIFY(progress);
        QVERIFY(cache.applySnapshotPage(*progress, page.bookings, page.next));
        auto in = cache.checkIn(codes[0], u"test"_qs, testNow());
        QVERIFY(in && in->decision.admits());
    }
    // Meanwhile the central removes a booking already paged and takes a new one.
    const QString added = testCode(50);
    f.withStore([&](central::CentralStore &s) {
        QVERIFY(s.deleteBooking(u"test"_qs, codes[1], f.clock.now()));
        QVERIFY(s.putBooking(testBooking(added, u"pas"_qs, ten), f.clock.now()));
    });

    LockedClock clock(testNow());
    LogCapture log;
    sync::SyncConfig config = engineConfig(f, token, u"k1"_qs, path);
    config.snapshotPageSize = 2;
    sync::SyncEngine engine(config, clock);
    QCOMPARE(engine.start(), QString());
    QCOMPARE(runRound(engine), QString());
    QCOMPARE(log.matching(u"going on after page 1"_qs).size(), 1);
    QCOMPARE(log.matching(u"snapshot applied"_qs).size(), 1);
    CacheStore cache;
    QVERIFY(cache.open(path, kioskCacheOptions(0, 1)));
    QVERIFY(cache.findBooking(stale).isNotFound());    // swept after the last page
    QVERIFY(cache.findBooking(codes[1]).isNotFound()); // replayed from the first page's cursor
    QVERIFY(cache.findBooking(added).hasValue());
    for (const QString &code : codes.mid(2))
        QVERIFY(cache.findBooking(code).hasValue());
    QCOMPARE(cache.findBooking(codes[0])->status, BookingStatus::CheckedIn);
    QCOMPARE(cache.outboxDepth(), 0); // the check-in reached the central
    QCOMPARE(centralCount(f, "SELECT count(*) FROM tickets"), 1);
    QVERIFY(!cache.snapshotInProgress()->has_value());
    QVERIFY(!cache.meta(u"sync.cursor"_qs).isEmpty());
    QVERIFY2(f.violations().isEmpty(), qPrintable(f.violations().join(u'\n')));
}

void TestSyncEngine::eightHoursOfflineThenDrainAppliesEachOnce()
{
    CentralFixture f;
    QString e = f.start(baseConfig);
    QVERIFY2(e.isEmpty(), qPrintable(e));
    // A booking every ten minutes from 09:00 to 16:50 local.
    QList<QString> codes;
    f.withStore([&](central::CentralStore &s) {
        for (int i = 0; i < 48; ++i) {
            codes.append(testCode(100 + quint32(i)));
            QVERIFY(s.putBooking(testBooking(codes.last(), u"pas"_qs, testNow().addSecs(i * 600)),
                                 f.clock.now()));
        }
    });
    LockedClock clock(testNow().addSecs(-600));
    const QString path = cachePath(f, "k1");
    sync::SyncEngine engine(engineConfig(f, f.enrol(u"k1"_qs), u"k1"_qs, path), clock);
    QCOMPARE(engine.start(), QString());
    QCOMPARE(runRound(engine), QString());

    // The central goes away for the day; the kiosk keeps checking in and issuing tickets.
    f.stop();
    CacheStore kiosk;
    QVERIFY(kiosk.open(path, kioskCacheOptions(0, 1)));
    QStringList opIds;
    QSet<QString> labels;
    for (int step = 0; step < 96; ++step) { // 8 hours in 5-minute steps
        const QDateTime now = testNow().addSecs(step * 300 - 300);
        clock.set(now);
        auto t = kiosk.issueChanceTicket(u"test"_qs, u"solo"_qs, u'K', now);
        QVERIFY2(t, qPrintable(t.error()));
        opIds.append(t->opId);
        labels.insert(t->ticket.label());
        if (step % 2 == 0) {
            auto c = kiosk.checkIn(codes[step / 2], u"test"_qs, now);
            QVERIFY2(c, qPrintable(c.error()));
            QVERIFY(c->issued.has_value());
            opIds.append(c->issued->opId);
            labels.insert(c->issued->ticket.label());
        }
        if (step % 24 == 0) // the engine keeps trying (and failing) meanwhile
            QVERIFY(!runRound(engine).isEmpty());
    }
    QCOMPARE(opIds.size(), 144);
    QCOMPARE(labels.size(), 144);
    QCOMPARE(kiosk.outboxDepth(), 144);
    QVERIFY(!engine.state().online);
    QVERIFY(!runRound(engine).isEmpty());
    QCOMPARE(engine.state().outboxDepth, 144);

    // The central returns on its address: one round drains everything, in order, each
    // operation applied once.
    const std::uint16_t port = f.port;
    e = f.start([port](central::Config &c) {
        baseConfig(c);
        c.listenPort = port;
    });
    QVERIFY2(e.isEmpty(), qPrintable(e));
    sync::SyncEngine &again = engine;
    QCOMPARE(runRound(again), QString());
    QCOMPARE(kiosk.outboxDepth(), 0);
    QCOMPARE(again.state().outboxDepth, 0);
    for (const QString &id : opIds) {
        const auto entry = kiosk.outboxEntry(id);
        QVERIFY(entry.hasValue());
        const QJsonObject answer = QJsonDocument::fromJson(entry->answer).object();
        QCOMPARE(answer[u"status"].toString(), u"applied"_qs);
        QCOMPARE(answer[u"opId"].toString(), id);
    }
    QCOMPARE(centralCount(f, "SELECT count(*) FROM ops"), 144);
    QCOMPARE(centralCount(f, "SELECT count(*) FROM tickets"), 144);
    QCOMPARE(centralCount(f, "SELECT count(DISTINCT op_id) FROM tickets"), 144);
    QCOMPARE(centralCount(f, "SELECT count(*) FROM bookings WHERE status = 'checked-in'"), 48);

    // Another round sends nothing; resending operations by hand only replays their answers.
    QCOMPARE(runRound(again), QString());
    QCOMPARE(centralCount(f, "SELECT count(*) FROM ops"), 144);
    QJsonArray ops;
    for (int i = 0; i < 10; ++i) {
        const auto entry = kiosk.outboxEntry(opIds[i]);
        ops.append(QJsonObject{{u"opId"_qs, entry->opId},
                               {u"kind"_qs, entry->kind},
                               {u"payload"_qs, QJsonDocument::fromJson(entry->payload).object()}});
    }
    const HttpReply r = f.client()->request(
        "POST", u"/v1/outbox"_qs,
        QJsonDocument(QJsonObject{{u"ops"_qs, ops}}).toJson(QJsonDocument::Compact),
        f.enrol(u"k1"_qs));
    QCOMPARE(r.status, 200);
    for (const QJsonValue &v : r.json()[u"results"].toArray())
        QVERIFY(v[u"replayed"].toBool());
    QCOMPARE(centralCount(f, "SELECT count(*) FROM tickets"), 144);
    QVERIFY2(f.violations().isEmpty(), qPrintable(f.violations().join(u'\n')));
}

void TestSyncEngine::twoKiosksNeverIssueANumberTwice()
{
    CentralFixture f;
    QString e = f.start(baseConfig);
    QVERIFY2(e.isEmpty(), qPrintable(e));
    LockedClock clock(testNow());
    const QString pathA = cachePath(f, "a"), pathB = cachePath(f, "b");
    // Kiosk A is online; kiosk B's central is unreachable for the whole test (a closed port).
    sync::SyncConfig configA = engineConfig(f, f.enrol(u"a"_qs), u"a"_qs, pathA);
    configA.numbersLowWater = 30;
    sync::SyncConfig configB = engineConfig(f, f.enrol(u"b"_qs), u"b"_qs, pathB);
    configB.centralUrl = u"https://127.0.0.1:9"_qs;
    sync::SyncEngine a(configA, clock), b(configB, clock);
    QCOMPARE(a.start(), QString());
    QCOMPARE(b.start(), QString());
    QCOMPARE(runRound(a), QString());
    QVERIFY(!runRound(b).isEmpty());

    CacheStore kioskA, kioskB;
    QVERIFY(kioskA.open(pathA, kioskCacheOptions(0, 2)));
    QVERIFY(kioskB.open(pathB, kioskCacheOptions(1, 2)));
    // B has no snapshot: its walk-in tickets still work from its static numbers.
    QSet<int> numbers;
    QStringList opsB;
    for (int i = 0; i < 260; ++i) {
        clock.set(testNow().addSecs(i * 60));
        auto ta = kioskA.issueChanceTicket(u"test"_qs, u"solo"_qs, u'K', clock.now());
        QVERIFY2(ta, qPrintable(ta.error()));
        QVERIFY2(!numbers.contains(ta->ticket.number), qPrintable(ta->ticket.label()));
        numbers.insert(ta->ticket.number);
        if (i < 250) { // B's static numbers: its 5 blocks of 50 below 501
            auto tb = kioskB.issueChanceTicket(u"test"_qs, u"solo"_qs, u'K', clock.now());
            QVERIFY2(tb, qPrintable(tb.error()));
            QVERIFY2(!numbers.contains(tb->ticket.number), qPrintable(tb->ticket.label()));
            numbers.insert(tb->ticket.number);
            opsB.append(tb->opId);
        }
        if (i % 10 == 9) // A keeps its blocks topped up and reports its tickets
            QCOMPARE(runRound(a), QString());
    }
    QCOMPARE(numbers.size(), 510);
    // B's static partition is used up below the central's numbers: it refuses rather than
    // issue a number A may hold.
    auto refused = kioskB.issueChanceTicket(u"test"_qs, u"solo"_qs, u'K', clock.now());
    QVERIFY(!refused);
    QCOMPARE(refused.errorKind(), StoreErrorKind::Exhausted);
    QVERIFY(centralCount(f, "SELECT min(first) FROM number_blocks") >= 501);

    // Afterwards B's line comes back: the central accepts every one of its tickets too.
    b.stop();
    sync::SyncEngine bOnline(engineConfig(f, f.enrol(u"b"_qs), u"b"_qs, pathB), clock);
    QCOMPARE(bOnline.start(), QString());
    QCOMPARE(runRound(bOnline), QString());
    QCOMPARE(runRound(a), QString());
    for (const QString &id : opsB)
        QCOMPARE(QJsonDocument::fromJson(kioskB.outboxEntry(id)->answer)[u"status"].toString(),
                 u"applied"_qs);
    QCOMPARE(centralCount(f, "SELECT count(*) FROM tickets"), 510);
    QCOMPARE(centralCount(f, "SELECT count(DISTINCT number) FROM tickets WHERE queue = 'K'"), 510);
}

void TestSyncEngine::otherCaRefused()
{
    CentralFixture f;
    QString e = f.start([](central::Config &c) {
        c.tlsCert = CentralFixture::otherPki().serverCert;
        c.tlsKey = CentralFixture::otherPki().serverKey;
    });
    QVERIFY2(e.isEmpty(), qPrintable(e));
    LogCapture log;
    LockedClock clock(testNow());
    sync::SyncEngine engine(engineConfig(f, u"token"_qs, u"k1"_qs, cachePath(f, "k1")), clock);
    QCOMPARE(engine.start(), QString());
    const QString error = runRound(engine);
    QVERIFY2(error.contains(u"certificate refused"_qs), qPrintable(error));
    QVERIFY(!engine.state().online);
    QVERIFY(!log.matching(u"certificate refused"_qs).isEmpty());
}

void TestSyncEngine::plainHttpRefusedWithoutDevFlag()
{
    CentralFixture f;
    QString e = f.start([](central::Config &c) { c.devPlainHttp = true; });
    QVERIFY2(e.isEmpty(), qPrintable(e));
    LogCapture log;
    LockedClock clock(testNow());
    sync::SyncConfig c = engineConfig(f, f.enrol(u"k1"_qs), u"k1"_qs, cachePath(f, "k1"));
    c.centralUrl = QStringLiteral("http://127.0.0.1:%1").arg(f.port);
    sync::SyncEngine engine(c, clock);
    const QString error = engine.start();
    QVERIFY2(error.contains(u"plain HTTP: refused"_qs), qPrintable(error));
    QVERIFY(!engine.state().running);
    QCOMPARE(engine.state().lastError, error);
    QCOMPARE(log.matching(u"plain HTTP: refused"_qs).size(), 1);
}

void TestSyncEngine::plainHttpWithDevFlag()
{
    CentralFixture f;
    QString e = f.start([](central::Config &c) { c.devPlainHttp = true; });
    QVERIFY2(e.isEmpty(), qPrintable(e));
    LogCapture log;
    LockedClock clock(testNow());
    sync::SyncConfig c = engineConfig(f, f.enrol(u"k1"_qs), u"k1"_qs, cachePath(f, "k1"));
    c.centralUrl = QStringLiteral("http://127.0.0.1:%1").arg(f.port);
    c.caFile.clear();
    c.devPlainHttp = true;
    sync::SyncEngine engine(c, clock);
    QCOMPARE(engine.start(), QString());
    QCOMPARE(runRound(engine), QString());
    QVERIFY(!log.matching(u"DEVELOPMENT MODE"_qs).isEmpty());
}

void TestSyncEngine::wrongTokenRefused()
{
    CentralFixture f;
    QString e = f.start(baseConfig);
    QVERIFY2(e.isEmpty(), qPrintable(e));
    LogCapture log;
    LockedClock clock(testNow());
    sync::SyncEngine engine(engineConfig(f, u"not-the-token"_qs, u"k1"_qs, cachePath(f, "k1")),
                            clock);
    CentralStatus status;
    status.follow(engine);
    QCOMPARE(engine.start(), QString());
    const QString error = runRound(engine);
    QVERIFY2(error.contains(u"refused the kiosk token"_qs), qPrintable(error));
    // The UI (GUI thread) sees the same, queued from the sync thread.
    QTRY_VERIFY_WITH_TIMEOUT(status.lastError().contains(u"refused the kiosk token"_qs), 10000);
    QVERIFY(!status.online());
    QVERIFY(!status.lastSync().isValid());
    QVERIFY(!log.matching(u"refused the kiosk token"_qs).isEmpty());
    // The token itself is never logged.
    QVERIFY(log.matching(u"not-the-token"_qs).isEmpty());
}

void TestSyncEngine::calloutsReachTheKioskAndReconnect()
{
    CentralFixture f;
    QString e = f.start(baseConfig);
    QVERIFY2(e.isEmpty(), qPrintable(e));
    LockedClock clock(testNow());
    const QString path = cachePath(f, "k1");
    const QString token = f.enrol(u"k1"_qs);
    sync::SyncEngine engine(engineConfig(f, token, u"k1"_qs, path), clock);
    CentralStatus status;
    status.follow(engine);
    QSignalSpy callouts(&status, &CentralStatus::calloutReceived);
    QCOMPARE(engine.start(), QString());
    QCOMPARE(runRound(engine), QString());
    QTRY_VERIFY_WITH_TIMEOUT(status.liveConnected(), 10000);
    QTRY_VERIFY_WITH_TIMEOUT(status.online(), 10000);

    CacheStore kiosk;
    QVERIFY(kiosk.open(path, kioskCacheOptions(0, 1)));
    QStringList issued;
    for (int i = 0; i < 2; ++i)
        issued.append(
            kiosk.issueChanceTicket(u"test"_qs, u"solo"_qs, u'K', clock.now())->ticket.label());
    QCOMPARE(runRound(engine), QString());
    auto staff = f.client();
    HttpReply r = staff->request("POST", u"/v1/sites/test/counters/3/call-next"_qs, {}, token);
    QCOMPARE(r.status, 200);
    QTRY_COMPARE_WITH_TIMEOUT(callouts.size(), 1, 10000);
    const auto first = callouts.at(0).at(0).value<Callout>();
    QCOMPARE(first.ticket, issued[0]);
    QCOMPARE(first.counter, u"3"_qs);

    // The central restarts on its address: the engine notices the drop, reconnects by
    // itself, and the next call-out arrives.
    const std::uint16_t port = f.port;
    f.stop();
    QTRY_VERIFY_WITH_TIMEOUT(!status.liveConnected(), 10000);
    e = f.start([port](central::Config &c) {
        baseConfig(c);
        c.listenPort = port;
    });
    QVERIFY2(e.isEmpty(), qPrintable(e));
    QTRY_VERIFY_WITH_TIMEOUT(status.liveConnected(), 10000);
    r = staff->request("POST", u"/v1/sites/test/counters/5/call-next"_qs, {}, token);
    QCOMPARE(r.status, 200);
    QTRY_COMPARE_WITH_TIMEOUT(callouts.size(), 2, 10000);
    const auto second = callouts.at(1).at(0).value<Callout>();
    QCOMPARE(second.ticket, issued[1]);
    QCOMPARE(second.counter, u"5"_qs);
}

QTEST_GUILESS_MAIN(TestSyncEngine)
#include "tst_sync_engine.moc"
