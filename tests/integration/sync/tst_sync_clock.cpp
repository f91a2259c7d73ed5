// The kiosk's clock against the central's, with the real central over TLS: the central's Date
// header pins the kiosk's clock (a kiosk a day off is caught and recovers when it is right),
// the central's clock at the last sync is kept across restarts, a certificate "not yet valid"
// names the clock; and the chance queue's letter is the one the central sends for the site.

#include "kioskgraphtesting.h"
#include "synctestsupport.h"

#include "drivers/receipt.h"
#include "kiosk/centralstatus.h"
#include "kiosk/chanceflow.h"
#include "kiosk/clockguard.h"
#include "kiosk/receiptslipprinter.h"

#include "domain/clock.h"

#include <QtTest>

using namespace bk;
using namespace bk::testing;

class TestSyncClock : public QObject
{
    Q_OBJECT
private slots:
    void theCentralsClockPinsTheKiosks();
    void certificateNotYetValidNamesTheClock();
    void chanceTicketsUseTheCentralsLetter();
};

namespace {

bool near(const QDateTime &a, const QDateTime &b, qint64 secs = 5)
{
    return qAbs(a.secsTo(b)) <= secs;
}

/// The text lines of a receipt, joined.
QString receiptText(const Receipt &r)
{
    QStringList lines;
    for (const ReceiptBlock &b : r.blocks)
        if (const auto *t = std::get_if<receipt::Text>(&b))
            lines.append(t->text);
    return lines.join(u'\n');
}

} // namespace

void TestSyncClock::theCentralsClockPinsTheKiosks()
{
    CentralFixture f;
    const QString e = f.start();
    QVERIFY2(e.isEmpty(), qPrintable(e));
    const QString path = f.dir.filePath(u"k1.db"_qs);
    LockedClock clock(testNow());
    // The kiosk's clock runs a day behind the central's (it booted with a stale clock).
    f.clock.set(testNow().addDays(1));
    sync::SyncEngine engine(engineConfig(f, f.enrol(u"k1"_qs), u"k1"_qs, path), clock);
    QCOMPARE(engine.start(), QString());
    QCOMPARE(runRound(engine), QString());

    const sync::SyncState state = engine.state();
    QVERIFY(state.centralNow().has_value());
    QVERIFY(near(*state.centralNow(), testNow().addDays(1)));

    CacheStore cache;
    QVERIFY(cache.open(path, kioskCacheOptions(0, 1)));
    // Kept in the cache: after a restart the kiosk knows the true time is at least this.
    QVERIFY(near(cache.syncMemo()->lastCentralTime, testNow().addDays(1)));
    QVERIFY(near(state.lastCentralTime, testNow().addDays(1)));

    std::optional<QDateTime> centralNow = state.centralNow();
    ClockGuard guard(clock,
                     {testNow().addDays(-30), [&engine] { return engine.state().lastCentralTime; },
                      [&centralNow] { return centralNow; }});
    QTest::ignoreMessage(QtWarningMsg,
                         QRegularExpression(u"system clock wrong: .* the central's clock"_qs));
    QCOMPARE(guard.check().fault, ClockFault::FarFromCentral);
    QVERIFY(!guard.gate()());

    // No answer from the central any more (say it is down): the last sync still says the
    // clock is a day behind.
    centralNow.reset();
    QTest::ignoreMessage(QtWarningMsg, QRegularExpression(u"before the last sync"_qs));
    QCOMPARE(guard.check().fault, ClockFault::BeforeLastSync);

    // NTP fixes the clock; the next answer agrees: tickets and check-ins resume.
    clock.set(testNow().addDays(1).addSecs(30));
    f.clock.set(testNow().addDays(1).addSecs(30));
    QCOMPARE(runRound(engine), QString());
    centralNow = engine.state().centralNow();
    QVERIFY(centralNow.has_value());
    QVERIFY(guard.check().ok());
    QVERIFY(guard.gate()());
}

void TestSyncClock::certificateNotYetValidNamesTheClock()
{
    // A kiosk whose clock is behind sees the central's certificate as "not yet valid": the
    // technician is sent to the clock, not to the certificate.
    CentralFixture f;
    const QString e = f.start([](central::Config &c) {
        c.tlsCert = CentralFixture::pki().futureServerCert;
        c.tlsKey = CentralFixture::pki().serverKey;
    });
    QVERIFY2(e.isEmpty(), qPrintable(e));
    LogCapture log;
    LockedClock clock(testNow());
    sync::SyncEngine engine(engineConfig(f, u"token"_qs, u"k1"_qs, f.dir.filePath(u"k1.db"_qs)),
                            clock);
    QCOMPARE(engine.start(), QString());
    const QString error = runRound(engine);
    QVERIFY2(error.contains(u"not yet valid"_qs), qPrintable(error));
    QVERIFY2(error.contains(u"check this kiosk's clock first: it says "_qs), qPrintable(error));
    QVERIFY(error.contains(u"timedatectl"_qs));
    QVERIFY(!log.matching(u"check this kiosk's clock"_qs).isEmpty());
}

void TestSyncClock::chanceTicketsUseTheCentralsLetter()
{
    CentralFixture f;
    const QString e = f.start();
    QVERIFY2(e.isEmpty(), qPrintable(e));
    f.withStore([&](central::CentralStore &s) {
        central::SiteDefinition site = testSite();
        site.chanceQueueLetter = u'Q'; // not the demo's K
        QVERIFY(s.putSite(site, f.clock.now()));
    });
    LockedClock clock(testNow());
    // The kiosk as the program builds it: hours and letter from the engine's published state.
    QString error;
    const std::unique_ptr<KioskGraph> graph =
        buildKiosk(f, f.enrol(u"k1"_qs), u"k1"_qs, clock, &error);
    QVERIFY2(graph, qPrintable(error));
    sync::SyncEngine &engine = *graph->syncEngine();
    ChanceFlow &chance = graph->chance();
    QSignalSpy printed(&graph->slipPrinter(), &SlipPrinter::jobFinished);
    // The letter the GUI thread has from the engine's latest state.
    const auto letter = [&graph] { return graph->central().state().chanceQueueLetter; };

    // Before the first sync the kiosk does not know the letter: no ticket under a made-up one.
    chance.choose(u"solo"_qs);
    QCOMPARE(chance.step(), ChanceFlow::Step::Unavailable);
    chance.reset();

    QCOMPARE(runRound(engine), QString());
    QTRY_COMPARE(letter(), std::optional<QChar>(u'Q'));
    chance.choose(u"solo"_qs);
    QCOMPARE(chance.step(), ChanceFlow::Step::Ticket);
    QVERIFY2(chance.ticket().startsWith(u'Q'), qPrintable(chance.ticket()));
    QTRY_COMPARE(printed.size(), 1);
    QVERIFY(graph->slipPrinter().lastReceipt().has_value());
    QVERIFY(receiptText(*graph->slipPrinter().lastReceipt()).contains(chance.ticket()));

    // The central renames the queue: the next round brings it, the next ticket follows.
    f.withStore([&](central::CentralStore &s) {
        central::SiteDefinition site = testSite();
        site.chanceQueueLetter = u'W';
        QVERIFY(s.putSite(site, f.clock.now()));
    });
    QCOMPARE(runRound(engine), QString());
    QTRY_COMPARE(letter(), std::optional<QChar>(u'W'));
    chance.reset();
    chance.choose(u"solo"_qs);
    QVERIFY2(chance.ticket().startsWith(u'W'), qPrintable(chance.ticket()));
}

QTEST_MAIN(TestSyncClock)
#include "tst_sync_clock.moc"
