// Call-outs from the central to the lobby: the kiosk is built as the program builds it
// (graph/kioskgraph.h, from a kiosk.conf naming the test central: kioskgraphtesting.h), staff call
// the next ticket, and the call-out reaches home's "now serving" list and the ticket display over
// the WebSocket.

#include "kioskgraphtesting.h"
#include "synctestsupport.h"

#include "drivers/simulatedticketdisplay.h"
#include "kiosk/calloutmodel.h"
#include "kiosk/centralstatus.h"
#include "kiosk/kioskcontroller.h"

#include <QtTest>

using namespace bk;
using namespace bk::testing;

class TestSyncDisplay : public QObject
{
    Q_OBJECT
private slots:
    void callNextReachesTheDisplay();
};

void TestSyncDisplay::callNextReachesTheDisplay()
{
    CentralFixture f;
    QString e = f.start([](central::Config &c) { c.numberBlockBase = 501; });
    QVERIFY2(e.isEmpty(), qPrintable(e));
    // A booked citizen due now, and walk-ins in the chance queue.
    const QString code = testCode(42);
    f.withStore([&](central::CentralStore &s) {
        QVERIFY(s.putBooking(testBooking(code, u"pas"_qs, testNow().addSecs(-60)), f.clock.now()));
    });
    LockedClock clock(testNow());
    const QString token = f.enrol(u"k1"_qs);

    QString error;
    const std::unique_ptr<KioskGraph> graph = buildKiosk(f, token, u"k1"_qs, clock, &error);
    QVERIFY2(graph, qPrintable(error));
    QVERIFY(graph->syncEngine() && graph->devices().simDisplay);
    CacheStore &cache = graph->store();
    CalloutModel &nowServing = *graph->kiosk().nowServing();
    const SimulatedTicketDisplay &display = *graph->devices().simDisplay;
    QCOMPARE(runRound(*graph->syncEngine()), QString());
    QTRY_VERIFY_WITH_TIMEOUT(graph->central().liveConnected(), 10000);

    const QString walkIn1 =
        cache.issueChanceTicket(u"test"_qs, u"solo"_qs, u'K', clock.now())->ticket.label();
    const QString walkIn2 =
        cache.issueChanceTicket(u"test"_qs, u"solo"_qs, u'K', clock.now())->ticket.label();
    auto checkedIn = cache.checkIn(code, u"test"_qs, clock.now());
    QVERIFY2(checkedIn && checkedIn->issued, qPrintable(checkedIn.error()));
    const QString booked = checkedIn->issued->ticket.label();
    QCOMPARE(runRound(*graph->syncEngine()), QString());

    // The booked citizen, due, comes first; then the chance queue in order of issue.
    auto staff = f.client();
    const QStringList expected{booked, walkIn1, walkIn2};
    for (int i = 0; i < expected.size(); ++i) {
        const HttpReply r = staff->request(
            "POST", QStringLiteral("/v1/sites/test/counters/%1/call-next").arg(i + 1), {}, token);
        QCOMPARE(r.status, 200);
        QCOMPARE(r.json()[u"ticket"].toString(), expected[i]);
        QTRY_COMPARE_WITH_TIMEOUT(nowServing.rowCount(), i + 1, 10000);
        const QModelIndex latest = nowServing.index(0);
        QCOMPARE(nowServing.data(latest, CalloutModel::TicketRole).toString(), expected[i]);
        QCOMPARE(nowServing.data(latest, CalloutModel::CounterRole).toString(),
                 QString::number(i + 1));
        QVERIFY2(display.lines().constFirst().contains(expected[i]),
                 qPrintable(display.lines().join(u'|')));
    }
    QCOMPARE(staff->request("POST", u"/v1/sites/test/counters/1/call-next"_qs, {}, token).status,
             204);
    QVERIFY2(f.violations().isEmpty(), qPrintable(f.violations().join(u'\n')));
}

QTEST_MAIN(TestSyncDisplay)
#include "tst_sync_display.moc"
