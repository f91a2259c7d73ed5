// ReceiptStatus: what the screen says about a flow's receipt follows the printer's three-valued
// outcome, and a job the flow has moved on from is ignored.
#include "kiosktestsupport.h"
#include "receiptstatus.h"

#include <QSignalSpy>
#include <QTest>

using namespace bk;

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
        status.print(Slip{});
        QCOMPARE(status.state(), ReceiptStatus::State::Printing);
        QTRY_COMPARE(status.state(), expected);
        QCOMPARE(changed.count(), 2);
    }

    void forgottenJobIsIgnored()
    {
        test::RecordingSlipPrinter printer;
        printer.readyOutcome = SlipPrinter::Outcome::Sent;
        ReceiptStatus status(printer);
        status.print(Slip{});
        status.reset();
        QTest::qWait(20);
        QCOMPARE(status.state(), ReceiptStatus::State::None);
    }
};

QTEST_MAIN(TestReceiptStatus)
#include "tst_receiptstatus.moc"
