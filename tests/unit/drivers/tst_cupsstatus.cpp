// The CUPS printer's state in words, and the driver's behaviour with no CUPS server at all
// (the real cupsd runs in tests/integration/devices).
#include "cupsreceiptprinter.h"

#include <QSignalSpy>
#include <QTcpServer>
#include <QTest>

using namespace bk;

class TestCupsStatus : public QObject
{
    Q_OBJECT

private slots:
    void mapping_data()
    {
        QTest::addColumn<int>("state");
        QTest::addColumn<QStringList>("reasons");
        QTest::addColumn<bool>("accepting");
        QTest::addColumn<bool>("connectingTooLong");
        QTest::addColumn<DeviceState>("expected");
        QTest::addColumn<QString>("reasonStart");
        const auto L = [](std::initializer_list<const char *> l) {
            QStringList out;
            for (const char *s : l)
                out.append(QString::fromLatin1(s));
            return out;
        };
        QTest::newRow("idle") << 3 << L({}) << true << false << DeviceState::Connected << "";
        QTest::newRow("printing") << 4 << L({}) << true << false << DeviceState::Connected << "";
        QTest::newRow("paper out stopped") << 5 << L({"media-empty-error", "paused"}) << true
                                           << false << DeviceState::Error << "out of paper";
        QTest::newRow("paper out idle")
            << 3 << L({"media-empty"}) << true << false << DeviceState::Error << "out of paper";
        QTest::newRow("paper low") << 3 << L({"media-low-report"}) << true << false
                                   << DeviceState::Connected << "paper low";
        QTest::newRow("cover") << 3 << L({"cover-open-error"}) << true << false
                               << DeviceState::Error << "printer cover open";
        QTest::newRow("offline") << 4 << L({"offline-report"}) << true << false
                                 << DeviceState::Reconnecting << "printer offline";
        QTest::newRow("connecting briefly")
            << 4 << L({"connecting-to-device"}) << true << false << DeviceState::Connected << "";
        QTest::newRow("connecting too long") << 4 << L({"connecting-to-device"}) << true << true
                                             << DeviceState::Reconnecting << "printer unreachable";
        QTest::newRow("stopped by hand")
            << 5 << L({"paused"}) << true << false << DeviceState::Error << "print queue stopped";
        QTest::newRow("rejecting")
            << 3 << L({}) << false << false << DeviceState::Error << "print queue rejects jobs";
    }

    void mapping()
    {
        QFETCH(int, state);
        QFETCH(QStringList, reasons);
        QFETCH(bool, accepting);
        QFETCH(bool, connectingTooLong);
        QFETCH(DeviceState, expected);
        QFETCH(QString, reasonStart);
        const DeviceStatus s = cupsPrinterStatus(state, reasons, accepting, connectingTooLong);
        QCOMPARE(s.state, expected);
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
