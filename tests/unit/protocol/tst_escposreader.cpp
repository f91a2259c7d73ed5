// The ESC/POS reader: what the encoder writes reads back the same (text, QR, Code 128,
// images, cuts), and bytes it does not know are reported with their offset, never a crash.

#include "support/escposreader.h"

#include <QRandomGenerator>
#include <QTest>

using namespace bk::escpos;

class TestEscPosReader : public QObject
{
    Q_OBJECT
private slots:
    void receiptRoundTrip()
    {
        Encoder e;
        e.init().codePage(CodePage::PC865).align(Align::Center).bold(true).size(2, 2);
        QVERIFY(e.text(QStringLiteral("A042\n")).isEmpty());
        e.bold(false).size(1, 1).align(Align::Left);
        QVERIFY(e.text(QStringLiteral("Rødovre Rådhus – pas\n")).size() == 1); // '–' not in PC865
        QVERIFY(e.text(QStringLiteral("Rødovre Rådhus - pas\n")).isEmpty());
        QVERIFY(!e.qr("https://kiosk.example/b/7K3M9QX2", 6));
        QVERIFY(!e.code128("7K3M-9QX2"));
        e.feed(3).cut();

        const PrintJob job = readEscPos(e.bytes());
        QVERIFY2(job.problems.isEmpty(), qPrintable(job.problems.value(0).what));
        QCOMPARE(job.text, QStringLiteral("A042\nRødovre Rådhus - pas\n\n\n\n"));
        QCOMPARE(job.lines(),
                 (QStringList{QStringLiteral("A042"), QStringLiteral("Rødovre Rådhus - pas"),
                              QString(), QString(), QString()}));
        QCOMPARE(job.qrPayloads, QList<QByteArray>{"https://kiosk.example/b/7K3M9QX2"});
        QCOMPARE(job.qrPrints, 1);
        QCOMPARE(job.code128, QList<QByteArray>{"7K3M-9QX2"});
        QCOMPARE(job.cuts, 1);
        QCOMPARE(job.inits, 1);
        QVERIFY(job.runs.size() >= 2);
        const TextRun &ticket = job.runs.first();
        QCOMPARE(ticket.text, QStringLiteral("A042\n"));
        QVERIFY(ticket.bold);
        QCOMPARE(ticket.width, 2);
        QCOMPARE(ticket.height, 2);
        QCOMPARE(ticket.align, Align::Center);
        QCOMPARE(ticket.codePage, std::optional(CodePage::PC865));
        QCOMPARE(job.runs.at(1).text, QStringLiteral("Rødovre Rådhus - pas\n"));
        QVERIFY(!job.runs.at(1).bold);
    }

    void codePageNumbersOfThePrinter()
    {
        // A clone whose PC865 is ESC t 18 and WPC1252 ESC t 71: read with its numbers the
        // text decodes; with Epson's the reader says it cannot tell the table.
        const CodePageNumbers clone{18, 71};
        Encoder e;
        e.init().codePage(CodePage::PC865, clone.pc865);
        QVERIFY(e.text(QStringLiteral("Ø ")).isEmpty());
        e.codePage(CodePage::WPC1252, clone.wpc1252);
        QVERIFY(e.text(QStringLiteral("€")).isEmpty());
        const PrintJob job = readEscPos(e.bytes(), std::nullopt, clone);
        QVERIFY2(job.problems.isEmpty(), qPrintable(job.problems.value(0).what));
        QCOMPARE(job.text, QStringLiteral("Ø €"));
        const PrintJob asEpson = readEscPos(e.bytes());
        QVERIFY(!asEpson.problems.isEmpty());
        QVERIFY(asEpson.problems.first().what.contains(u"ESC t 18"));
    }

    void barcodeModuleWidthIsRead()
    {
        Encoder e;
        e.init();
        QVERIFY(!e.code128("A1"));
        QVERIFY(!e.code128("B2", 2));
        QVERIFY(!e.code128("C3")); // GS w stays in effect
        e.init();                  // until ESC @
        QVERIFY(!e.code128("D4", 5));
        QVERIFY(!e.code128("E5"));
        const PrintJob job = readEscPos(e.bytes());
        QVERIFY(job.problems.isEmpty());
        QCOMPARE(job.code128, (QList<QByteArray>{"A1", "B2", "C3", "D4", "E5"}));
        QCOMPARE(job.code128ModuleDots, (QList<int>{0, 2, 2, 5, 5}));
        QVERIFY(!readEscPos(QByteArray("\x1Dw\x09", 3)).problems.isEmpty()); // out of range
    }

    void sampleQrReadsTheGrid()
    {
        // A version 1 grid (21 modules) drawn at 5 dots/module with a 4-module quiet zone
        // somewhere on a wider image: finder patterns in three corners, a known pattern inside.
        const int size = 21;
        QByteArray modules(size * size, '\0');
        const auto finder = [&](int x0, int y0) {
            for (int y = 0; y < 7; ++y)
                for (int x = 0; x < 7; ++x) {
                    const bool ring = x == 0 || y == 0 || x == 6 || y == 6;
                    const bool core = x >= 2 && x <= 4 && y >= 2 && y <= 4;
                    modules[(y0 + y) * size + x0 + x] = (ring || core) ? 1 : 0;
                }
        };
        finder(0, 0);
        finder(14, 0);
        finder(0, 14);
        for (int i = 0; i < size * size; i += 7)
            if (modules[i] == 0 && (i % size) > 7 && (i / size) > 7)
                modules[i] = 1;
        const int module = 5;
        QImage image(300, 200, QImage::Format_Mono);
        image.setColorTable({qRgb(255, 255, 255), qRgb(0, 0, 0)});
        image.fill(0);
        const int left = 37, top = 23;
        for (int y = 0; y < size * module; ++y)
            for (int x = 0; x < size * module; ++x)
                if (modules[(y / module) * size + x / module])
                    image.setPixel(left + x, top + y, 1);
        const auto sampled = sampleQr(image);
        QVERIFY(sampled);
        QCOMPARE(sampled->size, size);
        QCOMPARE(sampled->moduleDots, module);
        QCOMPARE(sampled->modules, modules);

        QImage blank(100, 100, QImage::Format_Mono);
        blank.fill(0);
        QVERIFY(!sampleQr(blank));
    }

    void codePageSwitchesAreTracked()
    {
        Encoder e;
        e.codePage(CodePage::PC865);
        QVERIFY(e.text(QStringLiteral("Ø ")).isEmpty());
        e.codePage(CodePage::WPC1252);
        QVERIFY(e.text(QStringLiteral("Ø €")).isEmpty());
        const PrintJob job = readEscPos(e.bytes());
        QCOMPARE(job.text, QStringLiteral("Ø Ø €"));
        QVERIFY(job.problems.isEmpty());
    }

    void code128BracesRoundTrip()
    {
        Encoder e;
        QVERIFY(!e.code128("{x}{{"));
        QCOMPARE(readEscPos(e.bytes()).code128, QList<QByteArray>{"{x}{{"});
    }

    void code128SetC()
    {
        // GS k 73 with "{C" and values 12, 34, 5: digits in pairs.
        const QByteArray bytes = QByteArray::fromHex("1d6b4905 7b43 0c2205");
        QCOMPARE(readEscPos(bytes).code128, QList<QByteArray>{"123405"});
    }

    void rasterBandsJoinIntoOneImage()
    {
        QImage image(20, 300, QImage::Format_RGB32);
        image.fill(Qt::white);
        for (int y = 0; y < 300; ++y)
            image.setPixel((y * 7) % 20, y, qRgb(0, 0, 0));
        Encoder e;
        // The same image twice, back to back: 2 x (256 + 44) rows in four GS v 0 bands.
        QVERIFY(!e.raster(image, Dither::Threshold));
        QVERIFY(!e.raster(image, Dither::Threshold));
        const PrintJob job = readEscPos(e.bytes());
        // Back-to-back bands of the same width are indistinguishable from one tall image.
        QCOMPARE(job.images.size(), 1);
        const QImage read = job.images.first();
        QCOMPARE(read.width(), 24); // whole bytes
        QCOMPARE(read.height(), 600);
        for (int y = 0; y < 600; ++y) {
            for (int x = 0; x < 24; ++x) {
                const bool black = x < 20 && x == ((y % 300) * 7) % 20;
                QCOMPARE(read.pixelIndex(x, y), black ? 1 : 0);
            }
        }
    }

    void imagesSeparatedByTextStaySeparate()
    {
        QImage image(8, 2, QImage::Format_RGB32);
        image.fill(Qt::black);
        Encoder e;
        QVERIFY(!e.raster(image));
        QVERIFY(e.text(QStringLiteral("\n")).isEmpty());
        QVERIFY(!e.raster(image));
        QCOMPARE(readEscPos(e.bytes()).images.size(), 2);
    }

    void unknownBytesAreReported()
    {
        const QByteArray bytes("ab\x1Bz\x07\x1D\xF0"
                               "cd\x10\x04\x01"
                               "e",
                               13);
        const PrintJob job = readEscPos(bytes);
        QCOMPARE(job.text, QStringLiteral("abcde"));
        QCOMPARE(job.problems.size(), 4);
        QCOMPARE(job.problems.at(0).offset, 2);
        QCOMPARE(job.problems.at(1).offset, 4);
        QCOMPARE(job.problems.at(2).offset, 5);
        QCOMPARE(job.problems.at(3).offset, 9);
    }

    void highBytesWithoutCodePageAreReported()
    {
        const PrintJob job = readEscPos(QByteArray("R\x9B"));
        QCOMPARE(job.text, QStringLiteral("R\uFFFD"));
        QCOMPARE(job.problems.size(), 1);
        QCOMPARE(readEscPos(QByteArray("R\x9B"), CodePage::PC865).text, QStringLiteral("Rø"));
    }

    void truncatedCommandsAreReported_data()
    {
        QTest::addColumn<QByteArray>("bytes");
        QTest::newRow("ESC") << QByteArray("\x1B");
        QTest::newRow("ESC t") << QByteArray("\x1Bt");
        QTest::newRow("GS ( k length") << QByteArray::fromHex("1d286b10003150");
        QTest::newRow("GS ( k header") << QByteArray::fromHex("1d286b");
        QTest::newRow("GS k 73") << QByteArray::fromHex("1d6b4909 7b42");
        QTest::newRow("GS k 4 no NUL") << QByteArray::fromHex("1d6b04 414243");
        QTest::newRow("GS v 0 data") << QByteArray::fromHex("1d763000 0200 0200 ff");
        QTest::newRow("GS v 0 header") << QByteArray::fromHex("1d763000 02");
        QTest::newRow("GS V 66") << QByteArray::fromHex("1d5642");
        QTest::newRow("GS 8 L") << QByteArray::fromHex("1d384c ffffffff 30");
    }

    void truncatedCommandsAreReported()
    {
        QFETCH(QByteArray, bytes);
        const PrintJob job = readEscPos(QByteArray("ok") + bytes);
        QCOMPARE(job.text, QStringLiteral("ok"));
        QCOMPARE(job.problems.size(), 1);
        QCOMPARE(job.problems.first().offset, 2);
        QVERIFY(job.problems.first().what.startsWith(QLatin1String("truncated")));
    }

    void randomBytesNeverCrash()
    {
        QRandomGenerator rng(1234);
        for (int i = 0; i < 2000; ++i) {
            QByteArray bytes(int(rng.bounded(200)), Qt::Uninitialized);
            for (char &c : bytes) {
                // Mostly command bytes, so that many command paths are taken.
                const quint32 r = rng.bounded(10);
                c = r < 2 ? '\x1B' : r < 4 ? '\x1D' : char(rng.bounded(256));
            }
            const PrintJob job = readEscPos(bytes);
            QVERIFY(job.text.size() <= bytes.size() * 255);
        }
    }
};

QTEST_APPLESS_MAIN(TestEscPosReader)
#include "tst_escposreader.moc"
