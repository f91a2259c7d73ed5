// Call-outs from the central to the lobby: the kiosk is wired as main() wires it
// (startCentralLink), staff call the next ticket, and the call-out reaches home's "now
// serving" list and the ticket display over the WebSocket.

#include "synctestsupport.h"

#include "drivers/simulatedreceiptprinter.h"
#include "drivers/simulatedticketdisplay.h"
#include "kiosk/cachebookingbackend.h"
#include "kiosk/centrallink.h"
#include "kiosk/kioskcontroller.h"
#include "kiosk/receiptslipprinter.h"
#include "kiosk/translations.h"

#include <QQmlEngine>
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
    const QString path = f.dir.filePath(u"k1.db"_qs);
    const QString token = f.enrol(u"k1"_qs);

    QQmlEngine qml;
    Translations translations(&qml);
    SimulatedReceiptPrinter paper(f.dir.filePath(u"receipts"_qs));
    ReceiptSlipPrinter printer(paper);
    SimulatedTicketDisplay display;
    KioskController::Options ko;
    ko.fullscreen = false;
    KioskController kiosk(ko, clock, translations, printer,
                          [&display](const QList<Callout> &c) { display.showCallouts(c); });
    CacheStore cache;
    QVERIFY(cache.open(path, kioskCacheOptions(0, 1)));
    CacheBookingBackend times(cache, clock,
                              {u"test"_qs, CacheBookingBackend::fixedHours(testSite().hours), 0});
    CentralLink link;
    QCOMPARE(
        startCentralLink(engineConfig(f, token, u"k1"_qs, path), {}, clock, times, kiosk, link),
        QString());
    QCOMPARE(runRound(*link.engine), QString());
    QTRY_VERIFY_WITH_TIMEOUT(link.status->liveConnected(), 10000);

    const QString walkIn1 =
        cache.issueChanceTicket(u"test"_qs, u"solo"_qs, u'K', clock.now())->ticket.label();
    const QString walkIn2 =
        cache.issueChanceTicket(u"test"_qs, u"solo"_qs, u'K', clock.now())->ticket.label();
    auto checkedIn = cache.checkIn(code, u"test"_qs, clock.now());
    QVERIFY2(checkedIn && checkedIn->issued, qPrintable(checkedIn.error()));
    const QString booked = checkedIn->issued->ticket.label();
    QCOMPARE(runRound(*link.engine), QString());

    // The booked citizen, due, comes first; then the chance queue in order of issue.
    auto staff = f.client();
    const QStringList expected{booked, walkIn1, walkIn2};
    for (int i = 0; i < expected.size(); ++i) {
        const HttpReply r = staff->request(
            "POST", QStringLiteral("/v1/sites/test/counters/%1/call-next").arg(i + 1), {}, token);
        QCOMPARE(r.status, 200);
        QCOMPARE(r.json()[u"ticket"].toString(), expected[i]);
        QTRY_COMPARE_WITH_TIMEOUT(kiosk.nowServing().size(), i + 1, 10000);
        const QVariantMap latest = kiosk.nowServing().constFirst().toMap();
        QCOMPARE(latest.value(u"ticket"_qs).toString(), expected[i]);
        QCOMPARE(latest.value(u"counter"_qs).toString(), QString::number(i + 1));
        QVERIFY2(display.lines().constFirst().contains(expected[i]),
                 qPrintable(display.lines().join(u'|')));
    }
    QCOMPARE(staff->request("POST", u"/v1/sites/test/counters/1/call-next"_qs, {}, token).status,
             204);
    QVERIFY2(f.violations().isEmpty(), qPrintable(f.violations().join(u'\n')));
}

QTEST_MAIN(TestSyncDisplay)
#include "tst_sync_display.moc"
