// The sync engine on an io_context the test owns and steps (no thread of its own), against the
// real central over TLS on loopback: nothing happens until the test runs the context; a stepped
// round fills the cache and publishes the site's hours, chance-queue letter and the central's
// clock, on the test's own thread; a change at the central arrives with the next stepped round;
// stop() ends the engine's work on the context; and an engine started again on the same cache
// publishes what the last sync kept before any round, and keeps it while the central is down.

#include "synctestsupport.h"

#include "domain/hoursjson.h"

#include <boost/asio/io_context.hpp>

#include <QtTest>

#include <thread>
#include <vector>

using namespace bk;
using namespace bk::testing;

class TestSyncStepped : public QObject
{
    Q_OBJECT
private slots:
    void aSteppedRoundPublishesTheSite();
    void aRestartPublishesWhatTheLastSyncKept();
};

namespace {

bool near(const QDateTime &a, const QDateTime &b, qint64 secs = 5)
{
    return a.isValid() && qAbs(a.secsTo(b)) <= secs;
}

bool sameHours(const std::optional<OpeningHours> &a, const OpeningHours &b)
{
    return a && openingHoursToJson(*a) == openingHoursToJson(b);
}

/// The test site with hours and a letter of its own (not testSite()'s every day 08-20, K).
central::SiteDefinition shortWeekSite(QChar letter)
{
    central::SiteDefinition site = testSite();
    site.chanceQueueLetter = letter;
    site.hours.weekly[0] = TimeRange{QTime(9, 30), QTime(15, 0)};
    site.hours.weekly[5] = std::nullopt;
    site.hours.weekly[6] = std::nullopt;
    return site;
}

/// Starts the central with `site` in place of the test site; empty on success, else why not.
QString startWithSite(CentralFixture &f, const central::SiteDefinition &site)
{
    if (QString e = f.start(); !e.isEmpty())
        return e;
    bool put = false;
    f.withStore([&](central::CentralStore &s) { put = bool(s.putSite(site, f.clock.now())); });
    return put ? QString() : QStringLiteral("the central did not take the site");
}

} // namespace

void TestSyncStepped::aSteppedRoundPublishesTheSite()
{
    CentralFixture f;
    const central::SiteDefinition site = shortWeekSite(u'Q');
    const QString e = startWithSite(f, site);
    QVERIFY2(e.isEmpty(), qPrintable(e));
    // The central's clock is an hour ahead of the kiosk's: the state carries the central's.
    f.clock.set(testNow().addSecs(3600));
    LockedClock clock(testNow());
    const QString path = f.dir.filePath(u"k1.db"_qs);
    boost::asio::io_context io;
    sync::SyncEngine engine(engineConfig(f, f.enrol(u"k1"_qs), u"k1"_qs, path), clock, io);
    std::vector<std::thread::id> observedOn;
    engine.setStateObserver([&observedOn](const sync::SyncState &) {
        observedOn.push_back(std::this_thread::get_id());
    });
    QCOMPARE(engine.start(), QString());

    // No thread of its own: until the test runs the context, no round begins.
    QTest::qWait(300);
    QCOMPARE(engine.state().rounds, quint64(0));
    CacheStore cache;
    QVERIFY(cache.open(path, kioskCacheOptions(0, 1)));
    QVERIFY(cache.services(u"test"_qs)->isEmpty());
    QVERIFY(!engine.state().hours.has_value());
    QVERIFY(!engine.state().chanceQueueLetter.has_value());

    QCOMPARE(stepRound(io, engine), QString());
    sync::SyncState s = engine.state();
    QCOMPARE(s.rounds, quint64(1));
    QVERIFY(s.online);
    QCOMPARE(s.lastSync, testNow()); // the kiosk's clock at the end of the round
    QVERIFY(sameHours(s.hours, site.hours));
    QCOMPARE(s.chanceQueueLetter, std::optional<QChar>(u'Q'));
    QVERIFY(near(s.lastCentralTime, testNow().addSecs(3600)));
    // The round's effect in the cache: the site's services, and the memo a restart reads.
    QCOMPARE(cache.services(u"test"_qs)->size(), 2);
    const auto memo = cache.syncMemo();
    QVERIFY2(memo, qPrintable(memo.error()));
    QVERIFY(!memo->cursor.isEmpty());
    QCOMPARE(memo->chanceQueueLetter, std::optional<QChar>(u'Q'));
    QCOMPARE(memo->lastCentralTime, s.lastCentralTime);
    // Every state change was published on the thread that runs the context: this one.
    QVERIFY(!observedOn.empty());
    for (const std::thread::id id : observedOn)
        QCOMPARE(id, std::this_thread::get_id());

    // The central changes the letter and closes Mondays: the next stepped round brings both.
    central::SiteDefinition changed = shortWeekSite(u'W');
    changed.hours.weekly[0] = std::nullopt;
    f.withStore([&](central::CentralStore &st) { QVERIFY(st.putSite(changed, f.clock.now())); });
    QCOMPARE(stepRound(io, engine), QString());
    s = engine.state();
    QVERIFY(s.rounds >= 2); // a round asked for during the first may run before this one
    QCOMPARE(s.chanceQueueLetter, std::optional<QChar>(u'W'));
    QVERIFY(sameHours(s.hours, changed.hours));
    QCOMPARE(cache.syncMemo()->chanceQueueLetter, std::optional<QChar>(u'W'));

    // stop() runs the context until the engine's coroutines have ended: whatever is left on
    // it (the streams' cancelled timers) runs no round and publishes nothing.
    engine.stop();
    QVERIFY(!engine.state().running);
    const std::size_t published = observedOn.size();
    const quint64 rounds = engine.state().rounds;
    io.restart();
    io.poll();
    QCOMPARE(observedOn.size(), published);
    QCOMPARE(engine.state().rounds, rounds);
    QVERIFY2(f.violations().isEmpty(), qPrintable(f.violations().join(u'\n')));
}

void TestSyncStepped::aRestartPublishesWhatTheLastSyncKept()
{
    CentralFixture f;
    const central::SiteDefinition site = shortWeekSite(u'Q');
    const QString e = startWithSite(f, site);
    QVERIFY2(e.isEmpty(), qPrintable(e));
    LockedClock clock(testNow());
    const QString path = f.dir.filePath(u"k1.db"_qs);
    const sync::SyncConfig config = engineConfig(f, f.enrol(u"k1"_qs), u"k1"_qs, path);
    QDateTime centralTime;
    {
        boost::asio::io_context io;
        sync::SyncEngine engine(config, clock, io);
        QCOMPARE(engine.start(), QString());
        QCOMPARE(stepRound(io, engine), QString());
        centralTime = engine.state().lastCentralTime;
        QVERIFY(near(centralTime, testNow()));
    } // the destructor stops the engine on its context

    // The central is down; the kiosk restarts. Before any round (the context is not run) the
    // state already holds the site's hours, letter and the central's clock from the cache.
    f.stop();
    boost::asio::io_context io;
    sync::SyncEngine engine(config, clock, io);
    QCOMPARE(engine.start(), QString());
    sync::SyncState s = engine.state();
    QCOMPARE(s.rounds, quint64(0));
    QVERIFY(sameHours(s.hours, site.hours));
    QCOMPARE(s.chanceQueueLetter, std::optional<QChar>(u'Q'));
    QCOMPARE(s.lastCentralTime, centralTime);

    // A round that cannot reach the central: offline, and the kept values stay.
    const QString error = stepRound(io, engine);
    QVERIFY2(!error.isEmpty(), "the central is down: the round fails");
    s = engine.state();
    QVERIFY(s.unreachable());
    QVERIFY(sameHours(s.hours, site.hours));
    QCOMPARE(s.chanceQueueLetter, std::optional<QChar>(u'Q'));
    QCOMPARE(s.lastCentralTime, centralTime);
}

QTEST_GUILESS_MAIN(TestSyncStepped)
#include "tst_sync_stepped.moc"
