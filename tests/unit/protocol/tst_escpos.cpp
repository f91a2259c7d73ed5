// The ESC/POS encoder, on exact bytes: each command as Epson's command reference has it, and
// every out-of-range parameter capped or refused before it reaches the printer.

#include "protocol/escpos.h"

#include <QPainter>
#include <QTest>

using namespace bk::escpos;

namespace {

QByteArray hexBytes(const char *hex)
{
    return QByteArray::fromHex(hex);
}

} // namespace

class TestEscPos : public QObject
{
    Q_OBJECT
private slots:
    void simpleCommands()
    {
        Encoder e;
        e.init().codePage(CodePage::PC865).align(Align::Center).bold(true).size(2, 3);
        e.bold(false).align(Align::Right).align(Align::Left).feed(3).cut();
        QCOMPARE(e.bytes(), hexBytes("1b40"
                                     "1b5200"
                                     "1b7405"
                                     "1b6101"
                                     "1b4501"
                                     "1d2112"
                                     "1b4500"
                                     "1b6102"
                                     "1b6100"
                                     "1b6403"
                                     "1d564200"));
    }

    void parametersAreCapped()
    {
        Encoder e;
        e.size(0, 9).size(8, 8).size(-5, 100).feed(-1).feed(1000).cut(999).cut(-3);
        QCOMPARE(e.bytes(), hexBytes("1d2107"
                                     "1d2177"
                                     "1d2107"
                                     "1b6400"
                                     "1b64ff"
                                     "1d5642ff"
                                     "1d564200"));
    }

    void wpc1252Page()
    {
        Encoder e;
        e.codePage(CodePage::WPC1252);
        QVERIFY(e.text(QStringLiteral("5 €\n")).isEmpty());
        QCOMPARE(e.bytes(), hexBytes("1b7410"
                                     "3520800a"));
    }

    void danishText()
    {
        Encoder e;
        e.codePage(CodePage::PC865);
        QCOMPARE(e.text(QStringLiteral("Rødovre Rådhus, Æbleø\n")), QString());
        QCOMPARE(e.bytes(), QByteArray("\x1Bt\x05R\x9B"
                                       "dovre R\x86"
                                       "dhus, \x92"
                                       "ble\x9B\n"));
        QVERIFY(e.unencodable().isEmpty());
    }

    void unencodableTextIsNotEmittedAndReported()
    {
        Encoder e;
        e.codePage(CodePage::PC865);
        const QByteArray before = e.bytes();
        QCOMPARE(e.text(QStringLiteral("Ваш номер A042 €")), QStringLiteral("Вашномер€"));
        QCOMPARE(e.bytes(), before); // all or nothing: the caller prints it as an image
        QCOMPARE(e.text(QStringLiteral("ok")), QString());
        QCOMPARE(e.text(QStringLiteral("€ ش")), QStringLiteral("€ش"));
        QCOMPARE(e.unencodable(), QStringLiteral("Вашномер€ش"));
        QCOMPARE(e.bytes(), before + "ok");
    }

    void beforeCodePageOnlyAscii()
    {
        Encoder e;
        QCOMPARE(e.text(QStringLiteral("A042")), QString());
        QCOMPARE(e.text(QStringLiteral("Rødovre")), QStringLiteral("ø"));
        e.codePage(CodePage::PC865).init();
        QVERIFY(!e.currentCodePage()); // ESC @ restores the printer's default table
        QCOMPARE(e.text(QStringLiteral("å")), QStringLiteral("å"));
        QCOMPARE(e.bytes(), QByteArray("A042\x1Bt\x05\x1B@\x1BR\x00", 12));
    }

    void initSelectsTheUsaCharacterSet()
    {
        // A printer configured for Denmark (ESC R 4) prints 0x40 0x5B 0x5D 0x7B 0x7D as
        // É Æ Å æ å; ESC @ brings that setting back, so every init is followed by ESC R 0.
        Encoder e;
        e.init().codePage(CodePage::PC865);
        QVERIFY(e.text(QStringLiteral("@[]{}\\|~")).isEmpty());
        e.init();
        QCOMPARE(e.bytes(), QByteArray("\x1B@\x1BR\x00\x1Bt\x05@[]{}\\|~\x1B@\x1BR\x00", 21));
    }

    void codePageNumberOfThisPrinter_data()
    {
        QTest::addColumn<CodePage>("page");
        QTest::addColumn<int>("n");
        QTest::addColumn<QString>("text");
        QTest::addColumn<QByteArray>("encoded");
        QTest::newRow("pc865 as 18")
            << CodePage::PC865 << 18 << QStringLiteral("æøå") << QByteArray("\x91\x9B\x86");
        QTest::newRow("pc865 as 0")
            << CodePage::PC865 << 0 << QStringLiteral("Å") << QByteArray("\x8F");
        QTest::newRow("wpc1252 as 71")
            << CodePage::WPC1252 << 71 << QStringLiteral("€ æ") << QByteArray("\x80 \xE6");
        QTest::newRow("wpc1252 as 255")
            << CodePage::WPC1252 << 255 << QStringLiteral("Ø") << QByteArray("\xD8");
    }

    void codePageNumberOfThisPrinter()
    {
        // The n is the printer's; the bytes of the text are the page's, whatever its number.
        QFETCH(CodePage, page);
        QFETCH(int, n);
        QFETCH(QString, text);
        QFETCH(QByteArray, encoded);
        Encoder e;
        e.codePage(page, quint8(n));
        QCOMPARE(e.currentCodePage(), std::optional(page));
        QVERIFY(e.text(text).isEmpty());
        QCOMPARE(e.bytes(), QByteArray("\x1Bt", 2) + char(n) + encoded);
    }

    void controlCharactersInTextAreRefused()
    {
        Encoder e;
        e.codePage(CodePage::PC865);
        // An ESC inside citizen-supplied text would start a printer command.
        QCOMPARE(e.text(QStringLiteral("x\x1B@y\x1DV")), QStringLiteral("\x1B\x1D"));
        QCOMPARE(e.bytes(), hexBytes("1b7405"));
    }

    void qrModel2Sequence()
    {
        Encoder e;
        QVERIFY(!e.qr("ABC", 8, ErrorCorrection::M));
        QCOMPARE(e.bytes(), hexBytes("1d286b0400314132 00"
                                     "1d286b0300314308"
                                     "1d286b0300314531"
                                     "1d286b0600315030414243"
                                     "1d286b0300315130"));
    }

    void qrErrorCorrectionAndModuleSizeCapped()
    {
        Encoder e;
        QVERIFY(!e.qr("1", 0, ErrorCorrection::L));
        QVERIFY(!e.qr("1", 99, ErrorCorrection::H));
        const QByteArray bytes = e.bytes();
        QVERIFY(bytes.contains(hexBytes("1d286b0300314301")));
        QVERIFY(bytes.contains(hexBytes("1d286b0300314530")));
        QVERIFY(bytes.contains(hexBytes("1d286b0300314310")));
        QVERIFY(bytes.contains(hexBytes("1d286b0300314533")));
        Encoder q;
        QVERIFY(!q.qr("x", 4, ErrorCorrection::Q));
        QVERIFY(q.bytes().contains(hexBytes("1d286b0300314532")));
    }

    void qrLengthBytes()
    {
        Encoder e;
        const QByteArray payload(7089, '7');
        QVERIFY(!e.qr(payload));
        // pL pH = 7089 + 3 = 7092 = 0x1BB4
        QVERIFY(e.bytes().contains(hexBytes("1d286bb41b315030")));
        QVERIFY(e.bytes().endsWith(hexBytes("1d286b0300315130")));
    }

    void qrRefusals()
    {
        Encoder e;
        QCOMPARE(e.qr(QByteArray()), std::optional(Refusal::EmptyPayload));
        QCOMPARE(e.qr(QByteArray(7090, 'a')), std::optional(Refusal::PayloadTooLong));
        QVERIFY(e.bytes().isEmpty());
        QCOMPARE(e.refusals(), (QList<Refusal>{Refusal::EmptyPayload, Refusal::PayloadTooLong}));
    }

    void qrBinaryPayloadIsCarriedAsIs()
    {
        Encoder e;
        const QByteArray payload("\x00\x1B\x1D\xFF", 4);
        QVERIFY(!e.qr(payload));
        QVERIFY(e.bytes().contains(hexBytes("1d286b0700315030") + payload));
    }

    void code128SetB()
    {
        Encoder e;
        QVERIFY(!e.code128("A042-7"));
        QCOMPARE(e.bytes(), hexBytes("1d6b4908 7b42 413034322d37"));
    }

    void code128ModuleWidth_data()
    {
        QTest::addColumn<int>("module");
        QTest::addColumn<QByteArray>("gsw");
        QTest::newRow("none sent") << 0 << QByteArray();
        QTest::newRow("2") << 2 << hexBytes("1d7702");
        QTest::newRow("3") << 3 << hexBytes("1d7703");
        QTest::newRow("6") << 6 << hexBytes("1d7706");
        QTest::newRow("1 capped to 2") << 1 << hexBytes("1d7702");
        QTest::newRow("9 capped to 6") << 9 << hexBytes("1d7706");
    }

    void code128ModuleWidth()
    {
        QFETCH(int, module);
        QFETCH(QByteArray, gsw);
        Encoder e;
        QVERIFY(!e.code128("A042", module));
        QCOMPARE(e.bytes(), gsw + hexBytes("1d6b4906 7b42 41303432"));
        Encoder refused;
        QVERIFY(refused.code128("", module)); // nothing at all for a refused barcode
        QVERIFY(refused.bytes().isEmpty());
    }

    void code128BraceIsDoubled()
    {
        Encoder e;
        QVERIFY(!e.code128("a{b"));
        QCOMPARE(e.bytes(), hexBytes("1d6b4906 7b42 617b7b62"));
    }

    void code128Refusals()
    {
        Encoder e;
        QCOMPARE(e.code128(""), std::optional(Refusal::EmptyPayload));
        QCOMPARE(e.code128("AB\rC"), std::optional(Refusal::NotPrintableAscii));
        QCOMPARE(e.code128("caf\xC3\xA9"), std::optional(Refusal::NotPrintableAscii));
        QCOMPARE(e.code128(QByteArray("a\0b", 3)), std::optional(Refusal::NotPrintableAscii));
        QCOMPARE(e.code128(QByteArray(254, 'x')), std::optional(Refusal::PayloadTooLong));
        QCOMPARE(e.code128(QByteArray(127, '{')), std::optional(Refusal::PayloadTooLong));
        QVERIFY(e.bytes().isEmpty());
        QVERIFY(!e.code128(QByteArray(253, 'x')));
        QCOMPARE(e.bytes().left(6), hexBytes("1d6b49ff7b42"));
        QCOMPARE(e.bytes().size(), 4 + 255);
    }

    void rasterSmallImageExactBytes()
    {
        // 10 x 2: row 0 black at x = 0, 8 and 9; row 1 all white except x = 1.
        QImage image(10, 2, QImage::Format_RGB32);
        image.fill(Qt::white);
        image.setPixel(0, 0, qRgb(0, 0, 0));
        image.setPixel(8, 0, qRgb(0, 0, 0));
        image.setPixel(9, 0, qRgb(0, 0, 0));
        image.setPixel(1, 1, qRgb(0, 0, 0));
        Encoder e;
        QVERIFY(!e.raster(image, Dither::Threshold));
        QCOMPARE(e.bytes(), hexBytes("1d763000 0200 0200 80c0 4000"));
    }

    void rasterTransparentIsPaper()
    {
        QImage image(8, 1, QImage::Format_ARGB32);
        image.fill(Qt::transparent);
        image.setPixel(7, 0, qRgba(0, 0, 0, 255));
        Encoder e;
        QVERIFY(!e.raster(image));
        QCOMPARE(e.bytes(), hexBytes("1d763000 0100 0100 01"));
    }

    void rasterBands()
    {
        QImage image(16, 600, QImage::Format_Grayscale8);
        image.fill(0); // black
        Encoder e;
        QVERIFY(!e.raster(image));
        const QByteArray b = e.bytes();
        // 256 + 256 + 88 rows, 2 bytes each.
        QCOMPARE(b.size(), 3 * 8 + 600 * 2);
        QCOMPARE(b.left(8), hexBytes("1d763000 0200 0001"));
        QCOMPARE(b.mid(8 + 512, 8), hexBytes("1d763000 0200 0001"));
        QCOMPARE(b.mid(2 * (8 + 512), 8), hexBytes("1d763000 0200 5800"));
        QCOMPARE(b.count(char(0xFF)), 1200);
    }

    void rasterDitherGivesHalfTone()
    {
        QImage grey(64, 64, QImage::Format_Grayscale8);
        grey.fill(128);
        const QImage fs = toMonochrome(grey, Dither::FloydSteinberg);
        int black = 0;
        for (int y = 0; y < 64; ++y) {
            for (int x = 0; x < 64; ++x)
                black += fs.pixelIndex(x, y);
        }
        QVERIFY2(black > 64 * 64 * 4 / 10 && black < 64 * 64 * 6 / 10,
                 qPrintable(QString::number(black)));
        const QImage th = toMonochrome(grey, Dither::Threshold);
        QCOMPARE(th.pixelIndex(10, 10), 0); // 128 is not darker than the threshold
    }

    void rasterRefusals()
    {
        Encoder e;
        QCOMPARE(e.raster(QImage()), std::optional(Refusal::EmptyImage));
        QImage wide(1025, 1, QImage::Format_RGB32);
        wide.fill(Qt::white);
        QCOMPARE(e.raster(wide), std::optional(Refusal::ImageTooWide));
        QVERIFY(e.bytes().isEmpty());
        QImage widest(1024, 1, QImage::Format_RGB32);
        widest.fill(Qt::white);
        QVERIFY(!e.raster(widest));
        QCOMPARE(e.bytes().left(8), hexBytes("1d763000 8000 0100"));
    }

    void refusalKeys()
    {
        QCOMPARE(refusalKey(Refusal::PayloadTooLong), "payload-too-long");
        QCOMPARE(refusalKey(Refusal::ImageTooWide), "image-too-wide");
    }
};

QTEST_APPLESS_MAIN(TestEscPos)
#include "tst_escpos.moc"
