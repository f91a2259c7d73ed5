// The Receipt -> ESC/POS bytes path, read back with the protocol layer's reader.
#include "drivers/escposreceipt.h"
#include "drivers/printertestpage.h"
#include "drivers/qrsymbol.h"
#include "support/escposreader.h"

#include <QTest>

#include <algorithm>

using namespace bk;
using escpos::CodePage;

namespace {

Receipt danishBooking()
{
    Receipt r;
    r.kind = ReceiptKind::BookingConfirmation;
    r.text(QStringLiteral("Borgerservice Århus"), {.align = TextAlign::Center, .bold = true})
        .text(QStringLiteral("Din tid: mandag 3. februar kl. 09:30"))
        .text(QStringLiteral("Pas og kørekort - husk billede, gebyr og løbenummer"),
              {.size = TextSize::Double})
        .rule()
        .qr(QByteArrayLiteral("K7Q2M9XA"))
        .code128(QByteArrayLiteral("K7Q2-M9XA"))
        .feed(2)
        .cut();
    return r;
}

} // namespace

class TestEscPosReceipt : public QObject
{
    Q_OBJECT

private slots:
    void danishTextInBothCodePages_data()
    {
        QTest::addColumn<CodePage>("page");
        QTest::newRow("pc865") << CodePage::PC865;
        QTest::newRow("wpc1252") << CodePage::WPC1252;
    }

    void danishTextInBothCodePages()
    {
        QFETCH(CodePage, page);
        const QByteArray bytes = encodeEscPosReceipt(danishBooking(), {.codePage = page});
        const escpos::PrintJob job = escpos::readEscPos(bytes);
        QVERIFY2(job.problems.isEmpty(), qPrintable(job.problems.value(0).what));
        QCOMPARE(job.inits, 1);
        QVERIFY(job.images.isEmpty()); // everything Danish is in both pages
        const QStringList lines = job.lines();
        QCOMPARE(lines.value(0), QStringLiteral("Borgerservice Århus"));
        QCOMPARE(lines.value(1), QStringLiteral("Din tid: mandag 3. februar kl. 09:30"));
        // Double width on 80 mm paper: 24 columns, wrapped at spaces.
        QCOMPARE(lines.value(2), QStringLiteral("Pas og kørekort - husk"));
        QCOMPARE(lines.value(3), QStringLiteral("billede, gebyr og"));
        QCOMPARE(lines.value(4), QStringLiteral("løbenummer"));
        QCOMPARE(lines.value(5), QString(48, u'-'));
        for (const escpos::TextRun &run : job.runs)
            QCOMPARE(run.codePage, std::optional<CodePage>(page));
        QVERIFY(job.runs.at(0).bold);
        QCOMPARE(job.runs.at(0).align, escpos::Align::Center);
    }

    // Which text the printer's own font prints and which is drawn, per language: a block goes
    // out as text when its code page has every character, else as one GS v 0 image.
    void codePageOrImagePerLanguage_data()
    {
        QTest::addColumn<QString>("language");
        QTest::addColumn<QString>("text");
        QTest::addColumn<bool>("pc865");   // printed as text in PC865
        QTest::addColumn<bool>("wpc1252"); // printed as text in WPC1252
        QTest::newRow("da") << "da" << QStringLiteral("Køb på Ærø") << true << true;
        QTest::newRow("en") << "en" << QStringLiteral("Your number") << true << true;
        QTest::newRow("de") << "de" << QStringLiteral("Bitte mitbringen: Führerschein, Gebühr")
                            << true << true;
        QTest::newRow("tr ç ü only") << "tr" << QStringLiteral("Gün ve saat") << true << true;
        QTest::newRow("tr ş ğ ı") << "tr" << QStringLiteral("Sıra numaranız") << false << false;
        QTest::newRow("pl ó only") << "pl" << QStringLiteral("Twój numer") << true << true;
        QTest::newRow("pl ł ę") << "pl" << QStringLiteral("Proszę zabrać") << false << false;
        QTest::newRow("uk") << "uk" << QStringLiteral("Ваш номер") << false << false;
        QTest::newRow("ar") << "ar" << QStringLiteral("رقمك") << false << false;
    }

    void codePageOrImagePerLanguage()
    {
        QFETCH(QString, language);
        QFETCH(QString, text);
        QFETCH(bool, pc865);
        QFETCH(bool, wpc1252);
        for (const auto &[page, asText] :
             {std::pair{CodePage::PC865, pc865}, std::pair{CodePage::WPC1252, wpc1252}}) {
            Receipt r;
            r.language = language;
            r.text(QStringLiteral("A042")).text(text);
            const escpos::PrintJob job =
                escpos::readEscPos(encodeEscPosReceipt(r, {.codePage = page}));
            QVERIFY2(job.problems.isEmpty(), qPrintable(job.problems.value(0).what));
            QCOMPARE(job.lines().value(0), QStringLiteral("A042")); // codes are always text
            QCOMPARE(job.text.contains(text), asText);
            QCOMPARE(job.images.size(), asText ? 0 : 1);
            if (!asText)
                QCOMPARE(job.images.at(0).width(), kPaper80mmDots);
        }
    }

    void rightToLeftReceiptStartsAtTheRight()
    {
        // An Arabic receipt: its text blocks aligned Left start at the right edge, printer text
        // (ESC a 2) and drawn text alike; Center stays centred.
        Receipt r;
        r.language = QStringLiteral("ar");
        r.text(QStringLiteral("A042"))
            .text(QStringLiteral("K7Q2-M9XA"), {.align = TextAlign::Center})
            .text(QStringLiteral("رقمك هو A042"));
        const escpos::PrintJob job = escpos::readEscPos(encodeEscPosReceipt(r));
        QVERIFY2(job.problems.isEmpty(), qPrintable(job.problems.value(0).what));
        QCOMPARE(job.runs.value(0).text, QStringLiteral("A042\n"));
        QCOMPARE(job.runs.value(0).align, escpos::Align::Right);
        QCOMPARE(job.runs.value(1).align, escpos::Align::Center);
        QCOMPARE(job.images.size(), 1);
        const QImage mono = job.images.at(0).convertToFormat(QImage::Format_Grayscale8);
        int left = mono.width(), right = -1;
        for (int y = 0; y < mono.height(); ++y)
            for (int x = 0; x < mono.width(); ++x)
                if (qGray(mono.pixel(x, y)) < 128) {
                    left = std::min(left, x);
                    right = std::max(right, x);
                }
        QVERIFY2(right >= kPaper80mmDots - kReceiptMarginDots - 8,
                 qPrintable(QString::number(right)));
        QVERIFY2(left > kPaper80mmDots / 2, qPrintable(QString::number(left))); // a short line
        // The same receipt in Danish starts at the left.
        r.language = QStringLiteral("da");
        const escpos::PrintJob ltr = escpos::readEscPos(encodeEscPosReceipt(r));
        QCOMPARE(ltr.runs.value(0).align, escpos::Align::Left);
    }

    void qrAndBarcodeCarryTheCode()
    {
        const escpos::PrintJob job = escpos::readEscPos(encodeEscPosReceipt(danishBooking()));
        QCOMPARE(job.qrPayloads, QList<QByteArray>{QByteArrayLiteral("K7Q2M9XA")});
        QCOMPARE(job.qrPrints, 1);
        QCOMPARE(job.code128, QList<QByteArray>{QByteArrayLiteral("K7Q2-M9XA")});
        QVERIFY(job.lines().contains(QStringLiteral("K7Q2-M9XA"))); // human-readable line
        QCOMPARE(job.cuts, 1);
    }

    void qrModuleFitsThePaper()
    {
        // A 25-module symbol (version 2) with quiet zone: 33 modules; 10 dots fit 576 (330),
        // 10 fit 384 too; the printer is told the same module size the renderer draws.
        const QByteArray bytes =
            encodeEscPosReceipt(danishBooking(), {.widthDots = kPaper58mmDots});
        const QByteArray moduleCmd("\x1d(k\x03\x00\x31\x43", 7);
        const qsizetype at = bytes.indexOf(moduleCmd);
        QVERIFY(at >= 0);
        const int module = bytes.at(at + moduleCmd.size());
        QVERIFY(module >= kQrMinModuleDots && module <= 10);
    }

    void foreignScriptsPrintAsImages_data()
    {
        QTest::addColumn<QString>("line");
        QTest::newRow("greek") << QStringLiteral("Καλημέρα, ο αριθμός σας");
        QTest::newRow("arabic") << QStringLiteral("رقم التذكرة الخاص بك");
        QTest::newRow("ukrainian") << QStringLiteral("Ваш номер черги");
    }

    void foreignScriptsPrintAsImages()
    {
        QFETCH(QString, line);
        for (const int width : {kPaper80mmDots, kPaper58mmDots}) {
            Receipt r;
            r.text(QStringLiteral("Nummer")).text(line).text(QStringLiteral("Tak")).cut();
            const escpos::PrintJob job =
                escpos::readEscPos(encodeEscPosReceipt(r, {.widthDots = width}));
            QVERIFY2(job.problems.isEmpty(), qPrintable(job.problems.value(0).what));
            QCOMPARE(job.lines(), (QStringList{QStringLiteral("Nummer"), QStringLiteral("Tak")}));
            QCOMPARE(job.images.size(), 1);
            QCOMPARE(job.images.at(0).width(), width);
            // Something was drawn: some black dots, mostly white paper.
            const QImage img = job.images.at(0).convertToFormat(QImage::Format_Grayscale8);
            int black = 0;
            for (int y = 0; y < img.height(); ++y)
                for (int x = 0; x < img.width(); ++x)
                    black += qGray(img.pixel(x, y)) < 128;
            QVERIFY(black > 100);
            QVERIFY(black < img.width() * img.height() / 2);
            QCOMPARE(job.cuts, 1);
        }
    }

    void euroSignDependsOnThePage()
    {
        Receipt r;
        r.text(QStringLiteral("Gebyr 120 €"));
        const escpos::PrintJob pc865 = escpos::readEscPos(encodeEscPosReceipt(r));
        QCOMPARE(pc865.images.size(), 1); // PC865 has no euro sign
        const escpos::PrintJob cp1252 =
            escpos::readEscPos(encodeEscPosReceipt(r, {.codePage = CodePage::WPC1252}));
        QCOMPARE(cp1252.images.size(), 0);
        QCOMPARE(cp1252.lines().value(0), QStringLiteral("Gebyr 120 €"));
    }

    void testPageAndCuts()
    {
        Receipt r =
            testPage(QStringLiteral("Borgerservice"), QDateTime(QDate(2026, 2, 3), QTime(9, 30)));
        r.cut();
        const escpos::PrintJob job = escpos::readEscPos(encodeEscPosReceipt(r));
        QVERIFY2(job.problems.isEmpty(), qPrintable(job.problems.value(0).what));
        QCOMPARE(job.cuts, 2);
        QVERIFY(job.text.contains(QStringLiteral("Æble, øl og å: ÆØÅ æøå é ü ß")));
        QCOMPARE(job.qrPayloads.value(0), QByteArrayLiteral("https://www.borger.dk"));
        QCOMPARE(job.code128.value(0), QByteArrayLiteral("BK-TEST-0123"));
    }

    void deterministic()
    {
        Receipt r = danishBooking();
        r.text(QStringLiteral("Καλημέρα"));
        QCOMPARE(encodeEscPosReceipt(r), encodeEscPosReceipt(r));
    }

    void wrapping()
    {
        QCOMPARE(escPosColumns(kPaper80mmDots), 48);
        QCOMPARE(escPosColumns(kPaper58mmDots), 32);
        QCOMPARE(escPosColumns(kPaper80mmDots, 3), 16);
        QCOMPARE(wrapColumns(QStringLiteral("aa bb cc"), 5),
                 (QStringList{QStringLiteral("aa bb"), QStringLiteral("cc")}));
        QCOMPARE(wrapColumns(QStringLiteral("https://borger.dk/x"), 8),
                 (QStringList{QStringLiteral("https://"), QStringLiteral("borger.d"),
                              QStringLiteral("k/x")}));
        QCOMPARE(wrapColumns(QStringLiteral("a\n\nb"), 5),
                 (QStringList{QStringLiteral("a"), QString(), QStringLiteral("b")}));
        QCOMPARE(wrapColumns(QStringLiteral("æøå æøå"), 3),
                 (QStringList{QStringLiteral("æøå"), QStringLiteral("æøå")}));
    }

    void everyJobStartsWithInitUsaSetAndTheTable_data()
    {
        QTest::addColumn<CodePage>("page");
        QTest::addColumn<int>("pc865");
        QTest::addColumn<int>("wpc1252");
        QTest::addColumn<int>("n");
        QTest::newRow("epson pc865") << CodePage::PC865 << 5 << 16 << 5;
        QTest::newRow("epson wpc1252") << CodePage::WPC1252 << 5 << 16 << 16;
        QTest::newRow("clone pc865 18") << CodePage::PC865 << 18 << 71 << 18;
        QTest::newRow("clone wpc1252 71") << CodePage::WPC1252 << 18 << 71 << 71;
        QTest::newRow("clone pc865 0") << CodePage::PC865 << 0 << 1 << 0;
    }

    void everyJobStartsWithInitUsaSetAndTheTable()
    {
        QFETCH(CodePage, page);
        QFETCH(int, pc865);
        QFETCH(int, wpc1252);
        QFETCH(int, n);
        EscPosSetup setup{.codePage = page};
        setup.codePageNumbers = {quint8(pc865), quint8(wpc1252)};
        Receipt r;
        r.text(QStringLiteral("Rådhus @[]{} æøå ÆØÅ"));
        const QByteArray bytes = encodeEscPosReceipt(r, setup);
        // ESC @, ESC R 0 (U.S.A. set: "@[]{}" print as themselves on a printer set to
        // Denmark), ESC t n with this printer's number for the page.
        QCOMPARE(bytes.left(8), QByteArray("\x1B@\x1BR\x00\x1Bt", 7) + char(n));
        const escpos::PrintJob job = escpos::readEscPos(bytes, std::nullopt, setup.codePageNumbers);
        QVERIFY2(job.problems.isEmpty(), qPrintable(job.problems.value(0).what));
        QVERIFY(job.images.isEmpty());
        QCOMPARE(job.lines().value(0), QStringLiteral("Rådhus @[]{} æøå ÆØÅ"));
    }

    void columnsOfTheProfile_data()
    {
        QTest::addColumn<int>("dots");
        QTest::addColumn<int>("columns");
        QTest::addColumn<int>("expected");
        QTest::newRow("80 mm 203 dpi") << 576 << 0 << 48;
        QTest::newRow("58 mm 203 dpi") << 384 << 0 << 32;
        QTest::newRow("80 mm 180 dpi") << 512 << 0 << 42;
        QTest::newRow("80 mm 180 dpi, named") << 512 << 42 << 42;
        QTest::newRow("80 mm in 42-column mode") << 576 << 42 << 42;
        QTest::newRow("58 mm 35 columns") << 384 << 35 << 35;
    }

    void columnsOfTheProfile()
    {
        QFETCH(int, dots);
        QFETCH(int, columns);
        QFETCH(int, expected);
        const EscPosSetup setup{.widthDots = dots, .columns = columns};
        QCOMPARE(escPosColumns(setup), expected);
        QCOMPARE(escPosColumns(setup, 2), expected / 2);
        Receipt r;
        // 60 characters of words: wraps at the profile's columns, never beyond.
        r.text(QStringLiteral("Pas og kørekort: husk billede, gebyr og dit gamle pas, tak!"))
            .rule()
            .text(QStringLiteral("Stor"), {.size = TextSize::Double});
        const escpos::PrintJob job = escpos::readEscPos(encodeEscPosReceipt(r, setup));
        QVERIFY2(job.problems.isEmpty(), qPrintable(job.problems.value(0).what));
        const QStringList lines = job.lines();
        QVERIFY(lines.size() >= 4);
        QCOMPARE(lines.at(0), wrapColumns(QStringLiteral("Pas og kørekort: husk billede, gebyr "
                                                         "og dit gamle pas, tak!"),
                                          expected)
                                  .at(0));
        QVERIFY(lines.at(0).size() <= expected);
        QVERIFY(lines.at(0).size() > expected - 10); // filled, not wrapped at 32 everywhere
        QVERIFY(lines.contains(QString(expected, u'-')));
    }

    void qrAsRasterForPrintersWithoutNativeQr_data()
    {
        QTest::addColumn<int>("dots");
        QTest::addColumn<QByteArray>("payload");
        QTest::newRow("576 code") << 576 << QByteArrayLiteral("K7Q2M9XA");
        QTest::newRow("512 url") << 512 << QByteArrayLiteral("https://www.borger.dk/pas-og-rejse");
        QTest::newRow("384 url") << 384 << QByteArrayLiteral("https://www.borger.dk");
    }

    void qrAsRasterForPrintersWithoutNativeQr()
    {
        QFETCH(int, dots);
        QFETCH(QByteArray, payload);
        Receipt r;
        r.text(QStringLiteral("Din kode")).qr(payload).text(QStringLiteral("Tak"));
        const EscPosSetup setup{.widthDots = dots, .qr = QrMode::Raster};
        const QByteArray bytes = encodeEscPosReceipt(r, setup);
        QVERIFY(!bytes.contains("\x1D(k")); // no GS ( k at all
        const escpos::PrintJob job = escpos::readEscPos(bytes);
        QVERIFY2(job.problems.isEmpty(), qPrintable(job.problems.value(0).what));
        QVERIFY(job.qrPayloads.isEmpty());
        QCOMPARE(job.qrPrints, 0);
        QCOMPARE(job.lines(), (QStringList{QStringLiteral("Din kode"), QStringLiteral("Tak")}));
        QCOMPARE(job.images.size(), 1);
        QCOMPARE(job.images.at(0).width(), dots);
        // The image's modules are libqrencode's symbol for the payload, at the module size the
        // native command would have been given.
        const auto symbol = encodeQr(payload);
        QVERIFY(symbol);
        const auto sampled = escpos::sampleQr(job.images.at(0));
        QVERIFY(sampled);
        QCOMPARE(sampled->size, symbol->size);
        QCOMPARE(sampled->moduleDots, qrModuleDots(symbol->size, dots));
        QCOMPARE(sampled->modules, symbol->modules);
        // Native mode sends the same payload as GS ( k instead.
        const escpos::PrintJob native =
            escpos::readEscPos(encodeEscPosReceipt(r, {.widthDots = dots}));
        QCOMPARE(native.qrPayloads, QList<QByteArray>{payload});
        QVERIFY(native.images.isEmpty());
    }

    void barcodeModuleWidthFitsOrSaysTooWide_data()
    {
        QTest::addColumn<int>("dots");
        QTest::addColumn<QByteArray>("payload");
        QTest::addColumn<int>("module"); // 0: too wide
        QTest::newRow("576 12 chars") << 576 << QByteArrayLiteral("BK-TEST-0123") << 3;
        QTest::newRow("512 12 chars") << 512 << QByteArrayLiteral("BK-TEST-0123") << 2;
        QTest::newRow("512 9 chars") << 512 << QByteArrayLiteral("K7Q2-M9XA") << 3;
        QTest::newRow("384 12 chars") << 384 << QByteArrayLiteral("BK-TEST-0123") << 2;
        QTest::newRow("384 13 chars") << 384 << QByteArrayLiteral("BK-TEST-01234") << 0;
        QTest::newRow("512 20 chars") << 512 << QByteArrayLiteral("BORGERSERVICE-AARHUS") << 0;
        QTest::newRow("576 21 chars") << 576 << QByteArrayLiteral("BORGERSERVICE-AARHUS1") << 2;
    }

    void barcodeModuleWidthFitsOrSaysTooWide()
    {
        QFETCH(int, dots);
        QFETCH(QByteArray, payload);
        QFETCH(int, module);
        Receipt r;
        r.code128(payload);
        const escpos::PrintJob job =
            escpos::readEscPos(encodeEscPosReceipt(r, {.widthDots = dots}));
        QVERIFY2(job.problems.isEmpty(), qPrintable(job.problems.value(0).what));
        if (module == 0) {
            // Never a GS k the printer would silently drop: a notice instead.
            QVERIFY(job.code128.isEmpty());
            QCOMPARE(job.lines().value(0), QStringLiteral("[barcode too wide]"));
            return;
        }
        QCOMPARE(job.code128, QList<QByteArray>{payload});
        QCOMPARE(job.code128ModuleDots, QList<int>{module});
        QVERIFY((11 * payload.size() + 55) * module <= dots); // quiet zones included
        QVERIFY(job.lines().contains(QString::fromLatin1(payload)));
    }

    void printerTestPageShowsTheProfile_data()
    {
        QTest::addColumn<int>("dots");
        QTest::addColumn<int>("columns");
        QTest::addColumn<bool>("raster");
        QTest::addColumn<int>("pc865");
        QTest::addColumn<QStringList>("expected");
        QTest::newRow("80 mm 203 dpi epson")
            << 576 << 0 << false << 5
            << QStringList{"dots: 576", "columns: 48", "code page: PC865 (ESC t 5)",
                           "QR: native (GS ( k)", "Code 128: 3 dots/module (GS w 3)"};
        QTest::newRow("80 mm 180 dpi clone")
            << 512 << 42 << true << 18
            << QStringList{"dots: 512", "columns: 42", "code page: PC865 (ESC t 18)",
                           "QR: raster (GS v 0)", "Code 128: 2 dots/module (GS w 2)"};
        QTest::newRow("58 mm") << 384 << 0 << false << 5
                               << QStringList{"dots: 384", "columns: 32",
                                              "code page: PC865 (ESC t 5)", "QR: native (GS ( k)",
                                              "Code 128: 2 dots/module (GS w 2)"};
        QTest::newRow("too narrow for the barcode")
            << 360 << 30 << true << 5
            << QStringList{"dots: 360", "columns: 30", "code page: PC865 (ESC t 5)",
                           "QR: raster (GS v 0)", "Code 128: too wide for 360 dots"};
    }

    void printerTestPageShowsTheProfile()
    {
        QFETCH(int, dots);
        QFETCH(int, columns);
        QFETCH(bool, raster);
        QFETCH(int, pc865);
        QFETCH(QStringList, expected);
        EscPosSetup setup{.widthDots = dots, .columns = columns};
        setup.qr = raster ? QrMode::Raster : QrMode::Native;
        setup.codePageNumbers.pc865 = quint8(pc865);
        QCOMPARE(printerProfileLines(setup), expected);
        const Receipt page = printerTestPage(setup, QStringLiteral("Borgerservice Århus"),
                                             QDateTime(QDate(2026, 2, 3), QTime(9, 30)));
        const escpos::PrintJob job = escpos::readEscPos(encodeEscPosReceipt(page, setup),
                                                        std::nullopt, setup.codePageNumbers);
        QVERIFY2(job.problems.isEmpty(), qPrintable(job.problems.value(0).what));
        const QStringList lines = job.lines();
        // Each value on a line of its own (wrapped only on paper narrower than 32 columns).
        const int cols = escPosColumns(setup);
        for (const QString &line : expected) {
            const bool shown =
                cols < 32 ? job.text.simplified().contains(line) : lines.contains(line);
            QVERIFY2(shown, qPrintable(line));
        }
        QVERIFY(lines.contains(QStringLiteral("æøå ÆØÅ")));
        QVERIFY(lines.contains(QStringLiteral("@ [ ] { } \\ | ~")));
        for (const QString &line : lines)
            QVERIFY2(line.size() <= cols, qPrintable(line));
        // The ruler: exactly one line of the profile's columns.
        QVERIFY(std::any_of(lines.cbegin(), lines.cend(), [cols](const QString &l) {
            return l.size() == cols && l.startsWith(QStringLiteral("....+....1"));
        }));
        if (expected.last().contains(u"too wide")) {
            QVERIFY(job.code128.isEmpty());
            QVERIFY(lines.contains(QStringLiteral("[barcode too wide]")));
        } else {
            QCOMPARE(job.code128, QList<QByteArray>{kTestPageBarcode});
        }
        if (raster) {
            QVERIFY(job.qrPayloads.isEmpty());
            const auto sampled = escpos::sampleQr(job.images.value(0));
            QVERIFY(sampled);
            QCOMPARE(sampled->modules, encodeQr(kTestPageQrPayload)->modules);
        } else {
            QCOMPARE(job.qrPayloads, QList<QByteArray>{kTestPageQrPayload});
        }
        QCOMPARE(job.cuts, 1);
    }

    void unprintableBarcodeBecomesANotice()
    {
        Receipt r;
        r.code128(QByteArrayLiteral("\x01\x02"));
        const escpos::PrintJob job = escpos::readEscPos(encodeEscPosReceipt(r));
        QVERIFY(job.code128.isEmpty());
        QCOMPARE(job.lines().value(0), QStringLiteral("[barcode not printable]"));
    }
};

QTEST_MAIN(TestEscPosReceipt)
#include "tst_escposreceipt.moc"
