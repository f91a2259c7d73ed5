// The CUPS printer's state in words, and the driver's behaviour with no CUPS server at all
// (the real cupsd runs in tests/integration/devices).
#include "drivers/cupsbackendsignals.h"
#include "drivers/cupsreceiptprinter.h"

#include <QSignalSpy>
#include <QTcpServer>
#include <QTest>

using namespace bk;

class TestCupsStatus : public QObject
{
    Q_OBJECT

private slots:
    void backendMessages_data()
    {
        // CUPS 2.4's backend strings (usb-libusb.c, socket.c, ipp.c), as the printer's
        // printer-state-message while a job is processing.
        QTest::addColumn<QString>("message");
        QTest::addColumn<bool>("unreachable");
        QTest::newRow("usb unplugged")
            << QStringLiteral("Waiting for printer to become available.") << true;
        QTest::newRow("usb sending, slow finish")
            << QStringLiteral("Sending data to printer.") << false;
        QTest::newRow("socket refused") << QStringLiteral("The printer is in use.") << true;
        QTest::newRow("socket connecting") << QStringLiteral("Connecting to printer.") << true;
        QTest::newRow("socket host down")
            << QStringLiteral("The printer may not exist or is unavailable at this time.") << true;
        QTest::newRow("socket unreachable")
            << QStringLiteral("The printer is unreachable at this time.") << true;
        QTest::newRow("socket finishing")
            << QStringLiteral("Waiting for printer to finish.") << false;
        QTest::newRow("ipp following the job")
            << QStringLiteral("Waiting for job to complete.") << false;
        QTest::newRow("connected") << QStringLiteral("Connected to printer.") << false;
        QTest::newRow("unknown words") << QStringLiteral("Printer warming up") << false;
        QTest::newRow("empty") << QString() << false;
    }

    void backendMessages()
    {
        QFETCH(QString, message);
        QFETCH(bool, unreachable);
        QCOMPARE(cupsMessageMeansUnreachable(message), unreachable);
    }

    void paperReportByDevice_data()
    {
        QTest::addColumn<QString>("uri");
        QTest::addColumn<bool>("printerReports");
        QTest::newRow("socket") << QStringLiteral("socket://192.0.2.10:9100") << false;
        QTest::newRow("usb") << QStringLiteral("usb://EPSON/TM-T20III?serial=X") << false;
        QTest::newRow("lpd") << QStringLiteral("lpd://192.0.2.10/queue") << false;
        QTest::newRow("serial") << QStringLiteral("serial:/dev/ttyS0?baud=38400") << false;
        QTest::newRow("ipp") << QStringLiteral("ipp://192.0.2.10/ipp/print") << true;
        QTest::newRow("ipps") << QStringLiteral("IPPS://printer.local/ipp/print") << true;
        QTest::newRow("none") << QString() << false;
    }

    void paperReportByDevice()
    {
        QFETCH(QString, uri);
        QFETCH(bool, printerReports);
        QCOMPARE(paperReportForDeviceUri(uri) == PaperReport::Printer, printerReports);
    }

    void mapping_data()
    {
        QTest::addColumn<int>("state");
        QTest::addColumn<QStringList>("reasons");
        QTest::addColumn<bool>("accepting");
        QTest::addColumn<bool>("connectingTooLong");
        QTest::addColumn<DeviceState>("expected");
        QTest::addColumn<QString>("reasonStart");
        QTest::addColumn<QString>("reasonKey");
        const auto L = [](std::initializer_list<const char *> l) {
            QStringList out;
            for (const char *s : l)
                out.append(QString::fromLatin1(s));
            return out;
        };
        QTest::newRow("idle") << 3 << L({}) << true << false << DeviceState::Connected << ""
                              << QStringLiteral("");
        QTest::newRow("printing") << 4 << L({}) << true << false << DeviceState::Connected << ""
                                  << QStringLiteral("");
        QTest::newRow("paper out stopped")
            << 5 << L({"media-empty-error", "paused"}) << true << false << DeviceState::Error
            << "out of paper" << QStringLiteral("media-empty");
        QTest::newRow("paper out idle")
            << 3 << L({"media-empty"}) << true << false << DeviceState::Error << "out of paper"
            << QStringLiteral("media-empty");
        QTest::newRow("paper low")
            << 3 << L({"media-low-report"}) << true << false << DeviceState::Connected
            << "paper low" << QStringLiteral("media-low");
        QTest::newRow("cover") << 3 << L({"cover-open-error"}) << true << false
                               << DeviceState::Error << "printer cover open"
                               << QStringLiteral("cover-open");
        QTest::newRow("offline") << 4 << L({"offline-report"}) << true << false
                                 << DeviceState::Reconnecting << "printer offline"
                                 << QStringLiteral("offline");
        QTest::newRow("connecting briefly") << 4 << L({"connecting-to-device"}) << true << false
                                            << DeviceState::Connected << "" << QStringLiteral("");
        QTest::newRow("connecting too long")
            << 4 << L({"connecting-to-device"}) << true << true << DeviceState::Reconnecting
            << "printer unreachable" << QStringLiteral("unreachable");
        QTest::newRow("stopped by hand")
            << 5 << L({"paused"}) << true << false << DeviceState::Error << "print queue stopped"
            << QStringLiteral("queue-stopped");
        QTest::newRow("rejecting")
            << 3 << L({}) << false << false << DeviceState::Error << "print queue rejects jobs"
            << QStringLiteral("queue-rejecting");
    }

    void mapping()
    {
        QFETCH(int, state);
        QFETCH(QStringList, reasons);
        QFETCH(bool, accepting);
        QFETCH(bool, connectingTooLong);
        QFETCH(DeviceState, expected);
        QFETCH(QString, reasonStart);
        QFETCH(QString, reasonKey);
        const DeviceStatus s = cupsPrinterStatus(state, reasons, accepting, connectingTooLong);
        QCOMPARE(s.state, expected);
        QCOMPARE(s.reasonKey, reasonKey);
        if (reasonStart.isEmpty())
            QVERIFY2(s.reason.isEmpty(), qPrintable(s.reason));
        else
            QVERIFY2(s.reason.startsWith(reasonStart), qPrintable(s.reason));
    }

    void noServerMeansReconnectingAndFailedJobs()
    {
        // A port that was free a moment ago: connection refused at once.
        QTcpServer probe;
        QVERIFY(probe.listen(QHostAddress::LocalHost));
        const quint16 port = probe.serverPort();
        probe.close();
        CupsPrinterOptions options;
        options.server = QStringLiteral("127.0.0.1:%1").arg(port);
        options.statusPollMs = 200;
        options.requestTimeoutMs = 1000;
        CupsReceiptPrinter printer(options);
        QTRY_COMPARE_WITH_TIMEOUT(printer.status().state, DeviceState::Reconnecting, 3000);
        QTRY_VERIFY_WITH_TIMEOUT(printer.status().reason.contains(u"not reachable"), 3000);
        QSignalSpy finished(&printer, &ReceiptPrinter::jobFinished);
        printer.print(testPage(), 7);
        QCOMPARE(finished.count(), 0); // never from inside print()
        QTRY_COMPARE_WITH_TIMEOUT(finished.count(), 1, 5000);
        QCOMPARE(finished.at(0).at(0).value<quint64>(), quint64(7));
        QCOMPARE(finished.at(0).at(1).value<ReceiptPrinter::Outcome>(),
                 ReceiptPrinter::Outcome::Failed);
        QVERIFY(finished.at(0).at(2).toString().contains(u"not reachable"));
    }
};

QTEST_MAIN(TestCupsStatus)
#include "tst_cupsstatus.moc"
