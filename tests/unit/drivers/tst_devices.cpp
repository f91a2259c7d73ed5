#include "drivers/barcodereader.h"
#include "drivers/receiptprinter.h"
#include "drivers/simulatedbarcodereader.h"

#include <QSignalSpy>
#include <QTest>

using namespace bk;

class TestDevices : public QObject
{
    Q_OBJECT

private slots:
    void stateKeys()
    {
        QCOMPARE(stateKey(DeviceState::Disabled), QStringLiteral("disabled"));
        QCOMPARE(stateKey(DeviceState::Connected), QStringLiteral("connected"));
        QCOMPARE(stateKey(DeviceState::Reconnecting), QStringLiteral("reconnecting"));
        QCOMPARE(stateKey(DeviceState::Error), QStringLiteral("error"));
    }

    void nullPrinter()
    {
        NullReceiptPrinter printer;
        QCOMPARE(printer.status().state, DeviceState::Disabled);
        QSignalSpy finished(&printer, &ReceiptPrinter::jobFinished);
        printer.print(testPage(), 42);
        QCOMPARE(finished.count(), 0);
        QTRY_COMPARE(finished.count(), 1);
        QCOMPARE(finished.at(0).at(0).value<quint64>(), quint64(42));
        QCOMPARE(finished.at(0).at(1).value<ReceiptPrinter::Outcome>(),
                 ReceiptPrinter::Outcome::Failed);
        QCOMPARE(finished.at(0).at(2).toString(), QStringLiteral("no printer configured"));
        QTest::qWait(10);
        QCOMPARE(finished.count(), 1);
    }

    void simulatedScanner()
    {
        SimulatedBarcodeReader reader;
        QCOMPARE(reader.status().state, DeviceState::Connected);
        QSignalSpy scanned(&reader, &BarcodeReader::scanned);
        reader.inject("]Q1K7M3-QX9S\r\n");
        reader.inject(QByteArray("\xFF\x00garbage", 9));
        QCOMPARE(scanned.count(), 0); // queued, as real data arrives
        QTRY_COMPARE(scanned.count(), 2);
        QCOMPARE(scanned.at(0).at(0).toByteArray(), QByteArray("]Q1K7M3-QX9S\r\n"));
        QCOMPARE(scanned.at(1).at(0).toByteArray(), QByteArray("\xFF\x00garbage", 9));
    }

    void nullScanner()
    {
        NullBarcodeReader reader;
        QCOMPARE(reader.status().state, DeviceState::Disabled);
        QVERIFY(!reader.status().reason.isEmpty());
    }

    void receiptBuilder()
    {
        Receipt r;
        r.text(QStringLiteral("Tak"), {.align = TextAlign::Center, .bold = true})
            .qr("q")
            .code128("C")
            .feed(2)
            .rule()
            .cut();
        QCOMPARE(r.blocks.size(), 6);
        QCOMPARE(std::get<receipt::Text>(r.blocks.at(0)).style,
                 (TextStyle{TextAlign::Center, TextSize::Normal, true}));
        QCOMPARE(std::get<receipt::Feed>(r.blocks.at(3)).lines, 2);
        QVERIFY(std::holds_alternative<receipt::Cut>(r.blocks.constLast()));
        QVERIFY(r == r);
        const Receipt t = testPage(QStringLiteral("X"), QDateTime(QDate(2026, 3, 2), QTime(9, 0)));
        QCOMPARE(t.kind, ReceiptKind::TestPage);
        QVERIFY(!(t == r));
    }
};

QTEST_MAIN(TestDevices)
#include "tst_devices.moc"
