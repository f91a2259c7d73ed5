// CupsReceiptPrinter against a private cupsd (rig: cupsrig.h) when the printer cannot be
// reached: a dead printer is reported unreachable within a bound and nothing is queued for it,
// the usb backend's real behaviour (slow finish, unplugged) and a busy printer are told apart
// from an unreachable one, and a receipt CUPS printed after it was reported failed is told to
// staff.
#include "cupsrig.h"

#include "domain/bookingcode.h"
#include "drivers/code128.h"
#include "drivers/cupsreceiptprinter.h"
#include "drivers/printertestpage.h"
#include "kiosk/receiptlayouts.h"
#include "kiosk/receiptslipprinter.h"
#include "kiosk/receiptstatus.h"
#include "kiosk/uiformat.h"
#include "support/escposreader.h"

#include <QDir>
#include <QElapsedTimer>
#include <QFile>
#include <QProcess>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

using namespace bk;
using namespace bk::testing;

class TestDevicesCupsUnreachable : public CupsTestBase
{
    Q_OBJECT

private slots:
    void initTestCase() { startRig(); }
    void cleanup() { verifyNoCodeLogged(); }
    void cleanupTestCase() { verifyLogSeen(); }

    void unreachablePrinterIsReported()
    {
        // Bound: CUPS's socket backend keeps retrying a refused connection, the job processing
        // with a warning as printer-state-message; the driver calls the printer unreachable
        // after unreachableGraceMs (5 s) plus one job poll (0.3 s). The test allows 10 s.
        CupsReceiptPrinter printer(options(QStringLiteral("deadprinter")));
        QTRY_COMPARE_WITH_TIMEOUT(printer.status().state, DeviceState::Connected, 5000);
        QSignalSpy finished(&printer, &ReceiptPrinter::jobFinished);
        QElapsedTimer clock;
        clock.start();
        printer.print(layouts().at(1), 9);
        QTRY_COMPARE_WITH_TIMEOUT(finished.count(), 1, 10000);
        qInfo("unreachable printer reported after %lld ms", qlonglong(clock.elapsed()));
        QCOMPARE(outcomeOf(finished, 0), Outcome::Failed);
        const QString why = finished.at(0).at(2).toString();
        QVERIFY2(why.contains(u"unreachable"), qPrintable(why));
        QCOMPARE(printer.status().state, DeviceState::Reconnecting);
        QVERIFY(clock.elapsed() < 10000);
        QTRY_VERIFY_WITH_TIMEOUT(m_cupsd.jobsOn(QStringLiteral("deadprinter")).isEmpty(), 5000);
    }

    void busyPrinterIsNotUnreachable()
    {
        // A network printer keeps the connection open while it prints; the socket backend
        // waits for it with the job processing and "Waiting for printer to finish." as the
        // printer's message. Longer than the unreachable grace, it is still a working printer.
        HoldingServer busy(7000);
        QVERIFY(busy.start());
        QString error;
        QVERIFY2(m_cupsd.addRawQueue(QStringLiteral("busyprinter"),
                                     QStringLiteral("socket://127.0.0.1:%1").arg(busy.serverPort()),
                                     &error),
                 qPrintable(error));
        qint64 elapsed = 0;
        printStayingConnected(QStringLiteral("busyprinter"), 11, &elapsed);
        if (QTest::currentTestFailed())
            return;
        QVERIFY(elapsed >= 6500); // the printer really held the job past the grace
        QCOMPARE(busy.received.load(), 1);
    }

    void usbPrinterFinishingSlowlyIsNotUnreachable()
    {
        // CUPS's usb backend says "Sending data to printer." and keeps the job processing for
        // ~8 s after the last byte (the back channel wait), with no
        // cups-waiting-for-job-completed. That is a working printer: the receipt is out.
        QString error;
        m_cupsd.setFlag(QStringLiteral("usb-slow"), true);
        QVERIFY2(m_cupsd.addRawQueue(QStringLiteral("usbslow"),
                                     QStringLiteral("usb://BK/Receipt?serial=slow"), &error),
                 qPrintable(error));
        qint64 elapsed = 0;
        printStayingConnected(QStringLiteral("usbslow"), 21, &elapsed);
        if (QTest::currentTestFailed())
            return;
        QVERIFY(elapsed >= 7000); // the backend really kept it processing past the grace
    }

    void unpluggedUsbPrinterIsUnreachableAndNothingPrintsLater()
    {
        // The same backend with no printer on the bus: "Waiting for printer to become
        // available." every 5 s. Told apart from the slow finish by what the backend says.
        QString error;
        m_cupsd.setFlag(QStringLiteral("usb-gone"), false);
        QVERIFY2(m_cupsd.addRawQueue(QStringLiteral("usbgone"),
                                     QStringLiteral("usb://BK/Receipt?serial=gone"), &error),
                 qPrintable(error));
        CupsPrinterOptions o = options(QStringLiteral("usbgone"));
        CupsReceiptPrinter printer(o);
        QTRY_COMPARE_WITH_TIMEOUT(printer.status().state, DeviceState::Connected, 5000);
        QSignalSpy finished(&printer, &ReceiptPrinter::jobFinished);
        QElapsedTimer clock;
        clock.start();
        printer.print(layouts().at(1), 22);
        QTRY_COMPARE_WITH_TIMEOUT(finished.count(), 1, 10000);
        qInfo("unplugged usb printer reported after %lld ms", qlonglong(clock.elapsed()));
        QCOMPARE(outcomeOf(finished, 0), Outcome::Failed);
        QVERIFY2(finished.at(0).at(2).toString().contains(u"unreachable"),
                 qPrintable(finished.at(0).at(2).toString()));
        QCOMPARE(printer.status().state, DeviceState::Reconnecting);
        QTRY_VERIFY_WITH_TIMEOUT(m_cupsd.jobsOn(QStringLiteral("usbgone")).isEmpty(), 5000);
        // Plugged in again: the cancelled receipt does not come out.
        const QStringList before = m_cupsd.printed();
        m_cupsd.setFlag(QStringLiteral("usb-gone"), true);
        QTest::qWait(6000); // longer than the backend's 5 s retry
        QCOMPARE(m_cupsd.printed(), before);
    }

    void unreachablePrinterQueuesNothingAndNeverPrintsTwice()
    {
        // Printer unreachable: the first receipt fails after the grace and is cancelled; the
        // next ones (a reprint, the next citizen) are failed at once without being queued; when
        // the printer is back, only a receipt asked for then comes out, once.
        const quint16 port = freePort();
        QString error;
        QVERIFY2(m_cupsd.addRawQueue(QStringLiteral("comesback"),
                                     QStringLiteral("socket://127.0.0.1:%1").arg(port), &error),
                 qPrintable(error));
        CupsPrinterOptions o = options(QStringLiteral("comesback"));
        o.unreachableHoldMs = 4000;
        CupsReceiptPrinter printer(o);
        ReceiptSlipPrinter slipPrinter(printer);
        QTRY_COMPARE_WITH_TIMEOUT(printer.status().state, DeviceState::Connected, 5000);
        QSignalSpy finished(&printer, &ReceiptPrinter::jobFinished);
        const LogCapture &log = *m_log;
        const qsizetype logBefore = log.messages().size();
        printer.print(layouts().at(1), 31);
        QTRY_COMPARE_WITH_TIMEOUT(finished.count(), 1, 10000);
        QCOMPARE(outcomeOf(finished, 0), Outcome::Failed);
        QTRY_VERIFY_WITH_TIMEOUT(m_cupsd.jobsOn(QStringLiteral("comesback")).isEmpty(), 5000);
        // Known unreachable: the reprint fails at once and CUPS gets no job.
        QCOMPARE(printer.status().state, DeviceState::Reconnecting);
        QVERIFY(!slipPrinter.ready());
        QElapsedTimer clock;
        clock.start();
        printer.print(layouts().at(1), 32);
        QTRY_COMPARE_WITH_TIMEOUT(finished.count(), 2, 2000);
        QVERIFY(clock.elapsed() < 1000);
        QCOMPARE(outcomeOf(finished, 1), Outcome::Failed);
        QVERIFY(m_cupsd.jobsOn(QStringLiteral("comesback")).isEmpty());
        // Staff are told: a warning names the job as not queued.
        const QStringList lines = log.messages().mid(logBefore);
        QVERIFY2(std::any_of(lines.cbegin(), lines.cend(),
                             [](const QString &l) { return l.contains(u"not queued"); }),
                 qPrintable(lines.join(u'\n')));

        // The printer comes back on its port.
        CaptureServer back;
        QVERIFY(back.start(port));
        QTRY_COMPARE_WITH_TIMEOUT(printer.status().state, DeviceState::Connected, 10000);
        const Receipt third = layouts().at(0);
        printer.print(third, 33);
        QTRY_COMPARE_WITH_TIMEOUT(finished.count(), 3, 15000);
        QCOMPARE(outcomeOf(finished, 2), Outcome::Sent);
        QTest::qWait(3000); // anything still queued would arrive now
        QCOMPARE(back.finished.size(), 1);
        QVERIFY(back.finished.first() == encodeEscPosReceipt(third));
    }

    void printedBeforeTheCancelLandedIsToldToStaff()
    {
        // The job times out (reported failed, code on screen) but CUPS refuses the cancel (a
        // policy the kiosk user does not pass) and prints it: staff must learn of the stray
        // receipt.
        QString error;
        m_cupsd.setFlag(QStringLiteral("usb-nocancel"), true);
        QVERIFY2(m_cupsd.addRawQueue(QStringLiteral("nocancel"),
                                     QStringLiteral("usb://BK/Receipt?serial=nocancel"), &error,
                                     {QStringLiteral("printer-op-policy=nocancel")}),
                 qPrintable(error));
        CupsPrinterOptions o = options(QStringLiteral("nocancel"));
        o.jobTimeoutMs = 2000;
        CupsReceiptPrinter printer(o);
        QTRY_COMPARE_WITH_TIMEOUT(printer.status().state, DeviceState::Connected, 5000);
        QSignalSpy finished(&printer, &ReceiptPrinter::jobFinished);
        QSignalSpy late(&printer, &CupsReceiptPrinter::jobPrintedLate);
        printer.print(layouts().at(1), 41);
        QTRY_COMPARE_WITH_TIMEOUT(finished.count(), 1, 6000);
        QCOMPARE(outcomeOf(finished, 0), Outcome::Failed);
        // "Print my number again" while the failed job is still in CUPS: not queued, or the
        // two would come out together.
        printer.print(layouts().at(1), 42);
        QTRY_COMPARE_WITH_TIMEOUT(finished.count(), 2, 2000);
        QCOMPARE(outcomeOf(finished, 1), Outcome::Failed);
        QVERIFY2(finished.at(1).at(2).toString().contains(u"nothing prints twice"),
                 qPrintable(finished.at(1).at(2).toString()));
        QTRY_COMPARE_WITH_TIMEOUT(late.count(), 1, 15000);
        QCOMPARE(late.at(0).at(0).value<quint64>(), quint64(41));
        QVERIFY2(late.at(0).at(1).toString().contains(u"stray receipt"),
                 qPrintable(late.at(0).at(1).toString()));
        QCOMPARE(finished.count(), 2);
        QCOMPARE(m_cupsd.jobsOn(QStringLiteral("nocancel")), QStringList());
    }
};

QTEST_MAIN(TestDevicesCupsUnreachable)
#include "tst_devices_cups_unreachable.moc"
