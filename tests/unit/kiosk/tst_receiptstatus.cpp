// ReceiptStatus: what the screen says about a flow's receipt follows the printer's three-valued
// outcome, and a job the flow has moved on from is ignored.
#include "kiosk/receiptstatus.h"
#include "kiosktestsupport.h"

#include <QRegularExpression>
#include <QSignalSpy>
#include <QTest>

using namespace bk;

namespace {

Slip ticketSlip()
{
    Slip slip;
    slip.kind = Slip::Kind::ChanceTicket;
    slip.ticket = QStringLiteral("K001");
    return slip;
}

} // namespace

class TestReceiptStatus : public QObject
{
    Q_OBJECT

private slots:
    void followsTheOutcome_data()
    {
        QTest::addColumn<bool>("ready");
        QTest::addColumn<SlipPrinter::Outcome>("outcome");
        QTest::addColumn<ReceiptStatus::State>("expected");
        QTest::newRow("printed") << true << SlipPrinter::Outcome::Printed
                                 << ReceiptStatus::State::Printed;
        QTest::newRow("sent, paper unknown")
            << true << SlipPrinter::Outcome::Sent << ReceiptStatus::State::Sent;
        QTest::newRow("failed") << false << SlipPrinter::Outcome::Printed
                                << ReceiptStatus::State::Failed;
    }

    void followsTheOutcome()
    {
        QFETCH(bool, ready);
        QFETCH(SlipPrinter::Outcome, outcome);
        QFETCH(ReceiptStatus::State, expected);
        test::RecordingSlipPrinter printer;
        printer.setReady(ready);
        printer.readyOutcome = outcome;
        ReceiptStatus status(printer);
        QSignalSpy changed(&status, &ReceiptStatus::stateChanged);
        status.print(ticketSlip());
        QCOMPARE(status.state(), ReceiptStatus::State::Printing);
        QTRY_COMPARE(status.state(), expected);
        QCOMPARE(changed.count(), 2);
    }

    void forgottenJobIsIgnored()
    {
        test::RecordingSlipPrinter printer;
        printer.readyOutcome = SlipPrinter::Outcome::Sent;
        ReceiptStatus status(printer);
        status.print(ticketSlip());
        status.reset();
        QTest::qWait(20);
        QCOMPARE(status.state(), ReceiptStatus::State::None);
    }

    void oneTapOnePrint()
    {
        // A second print while the first is under way (a double tap on "print again") is the
        // same request: one job.
        test::RecordingSlipPrinter printer;
        ReceiptStatus status(printer);
        status.print(ticketSlip());
        status.print(ticketSlip());
        QCOMPARE(printer.slips.size(), 1);
        QTRY_COMPARE(status.state(), ReceiptStatus::State::Printed);
        status.print(ticketSlip()); // a deliberate reprint once it is done
        QCOMPARE(printer.slips.size(), 2);
    }

    void anotherSlipIsPrintedWhileOneIsUnderWay()
    {
        // "Print the link" then "book anyway" on a slow printer: the booking receipt is
        // another slip and must not be lost behind the first.
        test::RecordingSlipPrinter printer;
        ReceiptStatus status(printer);
        Slip link;
        link.kind = Slip::Kind::SelfService;
        link.url = QStringLiteral("https://www.borger.dk/");
        Slip booking;
        booking.kind = Slip::Kind::Booking;
        booking.code = QStringLiteral("K7M3QX9S");
        status.print(link);
        status.print(booking);
        QCOMPARE(printer.slips.size(), 2);
        QCOMPARE(printer.slips.last().kind, Slip::Kind::Booking);
        QTRY_COMPARE(status.state(), ReceiptStatus::State::Printed);
    }

    void slipWithoutItsNumberIsNotPrinted_data()
    {
        QTest::addColumn<int>("kind");
        QTest::newRow("queue ticket") << int(Slip::Kind::QueueTicket);
        QTest::newRow("chance ticket") << int(Slip::Kind::ChanceTicket);
        QTest::newRow("booking") << int(Slip::Kind::Booking);
        QTest::newRow("self-service") << int(Slip::Kind::SelfService);
    }

    void slipWithoutItsNumberIsNotPrinted()
    {
        QFETCH(int, kind);
        test::RecordingSlipPrinter printer;
        ReceiptStatus status(printer);
        Slip slip;
        slip.kind = Slip::Kind(kind);
        slip.siteName = QStringLiteral("Borgerservice");
        QTest::ignoreMessage(QtWarningMsg, QRegularExpression(u"receipt not printed"_qs));
        status.print(slip);
        QVERIFY(printer.slips.isEmpty());
        QCOMPARE(status.state(), ReceiptStatus::State::None);
    }
};

QTEST_MAIN(TestReceiptStatus)
#include "tst_receiptstatus.moc"
