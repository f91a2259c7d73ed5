// "Your place in the queue" from the kiosk to the citizen's phone (issue 13 item 5): a whole
// kiosk (graph/kioskgraph.h, kioskgraphtesting.h) against the real central over TLS learns the
// central's public address with the sync, prints each ticket's page as a QR code, sends the
// ticket's token with its outbox operation, and the central's GET /v1/queue/{token} then
// answers for that ticket. A central without a public address: no QR code, said once in the
// log.

#include "kioskgraphtesting.h"
#include "synctestsupport.h"

#include "domain/queuetoken.h"
#include "kiosk/centralstatus.h"
#include "kiosk/chanceflow.h"
#include "kiosk/checkinflow.h"
#include "kiosk/receiptslipprinter.h"

#include <QtTest>

using namespace bk;
using namespace bk::testing;

namespace {

const QString kPublicBase = u"https://koe.test.example"_qs;

/// The QR payloads and the text of the receipt the kiosk printed last.
std::pair<QList<QByteArray>, QString> lastPrinted(KioskGraph &graph)
{
    QList<QByteArray> qr;
    QStringList text;
    if (const std::optional<Receipt> r = graph.slipPrinter().lastReceipt())
        for (const ReceiptBlock &b : r->blocks) {
            if (const auto *q = std::get_if<receipt::Qr>(&b))
                qr.append(q->payload);
            else if (const auto *t = std::get_if<receipt::Text>(&b))
                text.append(t->text);
        }
    return {qr, text.join(u'\n')};
}

/// The token at the end of a queue-page address printed by the kiosk under `base`.
QString tokenIn(const QByteArray &url, const QString &base)
{
    const QString prefix = base + u"/q/"_qs;
    const QString text = QString::fromLatin1(url);
    return text.startsWith(prefix) ? text.mid(prefix.size()) : QString();
}

/// A test central (its publicBaseUrl as given; none when empty) and kiosk k1 of site "test",
/// built as the program builds it, after its first sync round has reached the GUI thread.
struct Rig
{
    CentralFixture f;
    LockedClock clock{testNow()};
    QString token;
    std::unique_ptr<KioskGraph> graph;
    std::unique_ptr<QSignalSpy> printed; ///< the slip printer's finished jobs

    /// Starts both; `seed` fills the central's store first. What failed, or empty.
    QString start(const QString &publicBaseUrl,
                  const std::function<void(central::CentralStore &)> &seed = {})
    {
        if (QString e = f.start([&](central::Config &c) { c.publicBaseUrl = publicBaseUrl; });
            !e.isEmpty())
            return e;
        if (seed)
            f.withStore(seed);
        token = f.enrol(u"k1"_qs);
        QString error;
        graph = buildKiosk(f, token, u"k1"_qs, clock, &error);
        if (!graph)
            return error;
        printed = std::make_unique<QSignalSpy>(&graph->slipPrinter(), &SlipPrinter::jobFinished);
        if (QString e = runRound(*graph->syncEngine()); !e.isEmpty())
            return e;
        // The round's state reaches the GUI thread queued; the site's letter comes with it.
        if (!QTest::qWaitFor(
                [&] { return graph->central().state().chanceQueueLetter.has_value(); }))
            return u"the sync's state did not reach the GUI thread"_qs;
        return {};
    }
};

} // namespace

class TestQueuePage : public QObject
{
    Q_OBJECT
private slots:
    void ticketsLeadToTheirQueuePage();
    void centralWithoutPublicAddressPrintsNoQr();
};

void TestQueuePage::ticketsLeadToTheirQueuePage()
{
    Rig rig;
    const QString code = testCode(7);
    const QString e = rig.start(kPublicBase, [&code](central::CentralStore &s) {
        QVERIFY(s.putBooking(testBooking(code, u"pas"_qs, testNow().addSecs(-60)), testNow()));
    });
    QVERIFY2(e.isEmpty(), qPrintable(e));
    CentralFixture &f = rig.f;
    KioskGraph *graph = rig.graph.get();
    QSignalSpy &printed = *rig.printed;
    const QString &token = rig.token;
    // The sync brought the central's public address to the GUI thread.
    QCOMPARE(graph->central().state().publicBaseUrl, kPublicBase);

    // A chance ticket and a booking's check-in, each through its flow as the citizen does it.
    ChanceFlow &chance = graph->chance();
    chance.choose(u"solo"_qs);
    QCOMPARE(chance.step(), ChanceFlow::Step::Ticket);
    QTRY_COMPARE(printed.size(), 1);
    const auto [chanceQr, chanceText] = lastPrinted(*graph);
    QCOMPARE(chanceQr.size(), 1);
    const QString chanceToken = tokenIn(chanceQr.value(0), kPublicBase);
    QVERIFY2(queuetoken::isWellFormed(chanceToken), chanceQr.value(0).constData());
    QVERIFY(chanceText.contains(u"Follow your place in the queue on your phone"_qs) ||
            chanceText.contains(u"Følg din plads i køen på din telefon"_qs));

    CheckInFlow &checkIn = graph->checkIn();
    checkIn.start();
    for (const QChar c : code)
        checkIn.press(QString(c));
    checkIn.submit();
    QVERIFY(checkIn.step() == CheckInFlow::Step::OnTime ||
            checkIn.step() == CheckInFlow::Step::LateAccepted);
    QTRY_COMPARE(printed.size(), 2);
    const auto [checkInQr, checkInText] = lastPrinted(*graph);
    QCOMPARE(checkInQr.size(), 1);
    const QString checkInToken = tokenIn(checkInQr.value(0), kPublicBase);
    QVERIFY2(queuetoken::isWellFormed(checkInToken), checkInQr.value(0).constData());
    QVERIFY(checkInToken != chanceToken);

    // Before the outbox reaches the central, the page knows neither ticket.
    auto phone = f.client();
    QCOMPARE(phone->request("GET", u"/v1/queue/"_qs + chanceToken).status, 404);
    QCOMPARE(runRound(*graph->syncEngine()), QString());

    // The page the QR code leads to answers for its own ticket (the booked one, due, is
    // called before the walk-in).
    const HttpReply booked = phone->request("GET", u"/v1/queue/"_qs + checkInToken);
    QCOMPARE(booked.status, 200);
    QCOMPARE(booked.json()[u"ticket"].toString(), checkIn.ticket());
    QCOMPARE(booked.json()[u"state"].toString(), u"waiting"_qs);
    QCOMPARE(booked.json()[u"ahead"].toInt(), 0);
    const HttpReply walkIn = phone->request("GET", u"/v1/queue/"_qs + chanceToken);
    QCOMPARE(walkIn.status, 200);
    QCOMPARE(walkIn.json()[u"ticket"].toString(), chance.ticket());
    QCOMPARE(walkIn.json()[u"ahead"].toInt(), 1);

    // Called to a counter: the walk-in's page says so.
    for (int counter = 1; counter <= 2; ++counter)
        QCOMPARE(phone
                     ->request("POST",
                               QStringLiteral("/v1/sites/test/counters/%1/call-next").arg(counter),
                               {}, token)
                     .status,
                 200);
    const HttpReply called = phone->request("GET", u"/v1/queue/"_qs + chanceToken);
    QCOMPARE(called.json()[u"state"].toString(), u"called"_qs);
    QCOMPARE(called.json()[u"counter"].toString(), u"2"_qs);
    QVERIFY2(f.violations().isEmpty(), qPrintable(f.violations().join(u'\n')));
}

void TestQueuePage::centralWithoutPublicAddressPrintsNoQr()
{
    LogCapture log;
    Rig rig;
    const QString e = rig.start(QString()); // as an older central: no publicBaseUrl
    QVERIFY2(e.isEmpty(), qPrintable(e));
    CentralFixture &f = rig.f;
    KioskGraph *graph = rig.graph.get();
    QSignalSpy &printed = *rig.printed;
    QVERIFY(graph->central().state().publicBaseUrl.isEmpty());

    ChanceFlow &chance = graph->chance();
    for (int i = 1; i <= 2; ++i) {
        chance.reset();
        chance.choose(u"solo"_qs);
        QCOMPARE(chance.step(), ChanceFlow::Step::Ticket);
        QTRY_COMPARE(printed.size(), i);
        QVERIFY(lastPrinted(*graph).first.isEmpty()); // the ticket, without a QR code
        QVERIFY(lastPrinted(*graph).second.contains(chance.ticket()));
    }
    const QStringList said = log.matching(u"sent no public address"_qs);
    QCOMPARE(said.size(), 1); // once, not per ticket
    QVERIFY2(!said.value(0).contains(u"K00"_qs), qPrintable(said.value(0)));
    QVERIFY2(f.violations().isEmpty(), qPrintable(f.violations().join(u'\n')));
}

QTEST_MAIN(TestQueuePage)
#include "tst_queue_page.moc"
